# Sourced by every bench script: the repository's root as the working folder (in $root), and a JDK of
# at least 21 as JAVA_HOME, found as ./duet and .ci/run find it.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source .ci/find-java
JAVA_HOME="$(duet_find_java)"
export JAVA_HOME
