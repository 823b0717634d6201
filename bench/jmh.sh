#!/usr/bin/env bash
# Runs the JMH microbenchmarks of the hot paths (line breaking, font selection, XHTML, alignment).
# Usage: bench/jmh.sh [JMH options, e.g. a benchmark name pattern]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" mvn -q -B -Pbench test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main "$@"
