#!/usr/bin/env bash
# Scores Duet on the real-text corpus (src/test/resources/realtexts) and prints the Markdown report
# (also written to target/real-texts-report.md). The same evaluation runs in `mvn verify` as
# RealTextEvaluationTest; this script is for measuring from the command line, and another worktree.
# Usage: bench/real-texts.sh [--classes DIR] [--private [DIR]] [--dump ID] [--out FILE]
#   --classes DIR   measure these compiled main classes (e.g. /work/wt/align/target/classes) instead of
#                   this worktree's; the harness itself is always this worktree's test code
#   --private [DIR] also score the private cache of copyrighted pages (default /work/realtexts-private);
#                   see src/test/resources/realtexts/PRIVATE.md to re-create it
#   --dump ID       print what Duet published of one text, unit by unit, instead of the report
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
classes="$root/target/classes"
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --classes) classes="$(cd "${2:?--classes needs a folder}" && pwd)"; shift 2 ;;
    --private)
      if [[ $# -gt 1 && "$2" != --* ]]; then args+=(--private "$2"); shift 2
      else args+=(--private /work/realtexts-private); shift; fi ;;
    --dump|--out) args+=("$1" "${2:?$1 needs a value}"); shift 2 ;;
    *) echo "real-texts.sh: unknown option $1 (see the usage at the top of the script)" >&2; exit 2 ;;
  esac
done
[[ -f "$classes/press/duet/Duet.class" && -f "$classes/press/duet/BuildRequest.class" ]] || { echo "real-texts.sh: $classes holds no compiled Duet classes (run mvn compile there)" >&2; exit 2; }
log="$root/target/real-texts-build.log"
mkdir -p "$root/target"
quiet_mvn() { # runs Maven quietly in folder $1; on failure shows its output and stops
  (cd "$1" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" mvn -q -o -B "${@:2}") >"$log" 2>&1 \
    || { cat "$log" >&2; echo "real-texts.sh: Maven failed in $1 (see above)" >&2; exit 1; }
}
quiet_mvn "$root" test-compile
libs="$root/target/real-texts.classpath"
if [[ ! -s "$libs" || "$root/pom.xml" -nt "$libs" ]]; then
  quiet_mvn "$root" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$libs"
fi
# A worktree measured with --classes may have added libraries of its own: its pom names them.
extra=""
other="$(dirname "$(dirname "$classes")")"
if [[ "$classes" != "$root/target/classes" && -f "$other/pom.xml" ]]; then
  quiet_mvn "$other" dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile="$root/target/real-texts-other.classpath"
  extra=":$(cat "$root/target/real-texts-other.classpath")"
fi
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$classes:$root/target/test-classes$extra:$(cat "$libs")" \
  press.duet.realtexts.RealTextsCommand --corpus "$root/src/test/resources/realtexts" \
  --work "$root/target/real-texts-work" "${args[@]}"
