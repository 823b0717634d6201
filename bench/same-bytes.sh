#!/usr/bin/env bash
# Checks that this worktree builds the same bytes as another commit: the generated corpus of one size
# (default large) as EPUB and as PDF side by side, built by both jars and compared with cmp. For work
# that must change no decision (the aligner's speed): any difference is a defect. Not part of `mvn verify`.
# Usage: bench/same-bytes.sh REF [small|medium|large]     e.g. bench/same-bytes.sh main
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: bench/same-bytes.sh REF [small|medium|large]" >&2; exit 2; }
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ref="$1"
size="${2:-large}"
git rev-parse --verify --quiet "$ref^{commit}" >/dev/null || { echo "same-bytes.sh: $ref names no commit" >&2; exit 2; }
./duet --version >/dev/null    # builds this worktree's jar when needed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/ref"
git archive "$ref" | tar -x -C "$work/ref"
(cd "$work/ref" && mvn -q -o -B package -DskipTests) >"$work/ref-build.log" 2>&1 \
  || { cat "$work/ref-build.log" >&2; echo "same-bytes.sh: $ref did not build" >&2; exit 1; }
"$JAVA_HOME/bin/java" bench/GenerateCorpus.java "$size" "$work" >/dev/null
corpus="$work/corpus-$size.txt"
status=0
for format in epub pdf; do
  options=(--format "$format")
  [[ $format == pdf ]] && options+=(--layout side-by-side)
  for side in ref here; do
    jar="$root/target/duet.jar"
    [[ $side == ref ]] && jar="$work/ref/target/duet.jar"
    "$JAVA_HOME/bin/java" -jar "$jar" build "$corpus" -o "$work/out-$side" "${options[@]}" >/dev/null 2>&1 \
      || { echo "same-bytes.sh: the $side build of $corpus as $format failed" >&2; exit 1; }
  done
  if cmp -s "$work/out-ref/corpus-$size.$format" "$work/out-here/corpus-$size.$format"; then
    echo "same bytes: corpus-$size.$format ($(wc -c <"$work/out-here/corpus-$size.$format") bytes) from $ref and from this worktree"
  else
    echo "DIFFERENT: corpus-$size.$format from $ref and from this worktree" >&2
    status=1
  fi
done
exit "$status"
