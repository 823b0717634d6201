# Sourced by every bench script: the repository's root as the working folder (in $root), and a JDK of
# at least 21 as JAVA_HOME, found as ./duet and .ci/run find it.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source .ci/find-java
JAVA_HOME="$(duet_find_java)"
export JAVA_HOME

# Builds a commit once, apart from the worktree (its own jar and start-up cache, from `git archive`),
# in a folder under $2; prints the folder. Usage: commit_build REV WORK
commit_build() {
  local rev folder
  rev="$(git rev-parse --short "$1")"
  folder="$2/rev-$rev"
  if [[ ! -f "$folder/target/duet.jar" ]]; then
    rm -rf "$folder" && mkdir -p "$folder"
    git archive "$rev" | tar -x -C "$folder"
    (cd "$folder" && ./duet --version >/dev/null 2>&1) || { echo "bench: $rev does not build" >&2; return 1; }
  fi
  echo "$folder"
}
