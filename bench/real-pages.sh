#!/usr/bin/env bash
# Scores the article finder (press.duet.read.html.ArticleFinder) on the real saved pages and prints the
# Markdown report: the committed pages (src/test/resources/realpages, licences beside them) and, with
# --private, the copyrighted pages kept outside the repository (default /work/realpages-private; its
# PRIVATE.md lists each page's source and why it is private). Development and held-out pages are
# totalled apart. The committed part also runs in `mvn verify` as ArticleRealPagesTest.
# Usage: bench/real-pages.sh [--private [DIR]]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
corpora=("$root/src/test/resources/realpages")
while [[ $# -gt 0 ]]; do
  case "$1" in
    --private)
      if [[ $# -gt 1 && "$2" != --* ]]; then corpora+=("$2"); shift 2
      else corpora+=(/work/realpages-private); shift; fi ;;
    *) echo "real-pages.sh: unknown option $1 (see the usage at the top of the script)" >&2; exit 2 ;;
  esac
done
for corpus in "${corpora[@]}"; do
  [[ -d "$corpus" ]] || { echo "real-pages.sh: no folder $corpus" >&2; exit 2; }
done
log="$root/target/real-pages-build.log"
mkdir -p "$root/target"
(MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" mvn -q -o -B test-compile) >"$log" 2>&1 \
  || { cat "$log" >&2; echo "real-pages.sh: Maven failed (see above)" >&2; exit 1; }
libs="$root/target/real-pages.classpath"
if [[ ! -s "$libs" || "$root/pom.xml" -nt "$libs" ]]; then
  (mvn -q -o -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$libs") >"$log" 2>&1 \
    || { cat "$log" >&2; echo "real-pages.sh: Maven failed (see above)" >&2; exit 1; }
fi
exec "$JAVA_HOME/bin/java" -cp "$root/target/classes:$root/target/test-classes:$(cat "$libs")" \
  press.duet.read.html.RealPages "${corpora[@]}"
