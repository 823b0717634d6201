#!/usr/bin/env bash
# Measures how evenly Duet sets lines in a side-by-side PDF: kinsoku violations, Chinese lines that
# pushed a character (spread by an em or more) or squeezed punctuation, and the share of justified
# English lines with a word space wider than half an em (press.duet.testing.ChineseLines, PDFBox).
# Real texts (five classics in Traditional Chinese with English translations from before 1927) and the
# generated benchmark corpus are reported apart, on A4 and A5.
# Usage: bench/evenness.sh [JAR]   (default: target/duet.jar, built by ./duet; its lib/ beside it)
# EVENNESS_GENERATED=no measures the real texts only (a quick look).
# Not part of `mvn verify`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
./duet --version >/dev/null
jar="$(realpath "${1:-target/duet.jar}")"
mvn -q -o -B test-compile >/dev/null
work="${BENCH_WORK:-$root/bench/work}/evenness"
rm -rf "$work" && mkdir -p "$work"
real="src/test/resources/realtexts"
classics=(analects-legge-book1 analects-legge-book2 analects-legge-book17 mencius-legge-1a-1-4 suntzu-giles-1-2)
inputs() { # a classic's input files: those its meta.properties names, else its one text
  local files
  files="$(sed -n 's/^files=//p' "$real/$1/meta.properties" 2>/dev/null)"
  if [[ -n "$files" ]]; then tr ',' '\n' <<<"$files" | sed "s|^|$real/$1/|"; else
    find "$real/$1" -maxdepth 1 -name '*.txt' ! -name junk.txt | sort | head -1; fi
}
"$JAVA_HOME/bin/java" bench/GenerateCorpus.java medium "$work" >/dev/null
build() { # paper name input...
  local paper="$1" name="$2"
  shift 2
  "$JAVA_HOME/bin/java" -Djava.awt.headless=true -Dduet.home="$root" -jar "$jar" build "$@" -o "$work/$name" \
    --format pdf --layout side-by-side --paper "$paper" >/dev/null 2>&1
  mv "$work/$name"/*.pdf "$work/$name.pdf" && rm -rf "${work:?}/$name"
}
measure() { "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:target/lib/*" press.duet.testing.ChineseLines "$@"; }
for paper in A4 A5; do
  pdfs=()
  for classic in "${classics[@]}"; do
    name="real-$paper-$classic"
    mapfile -t files < <(inputs "$classic")
    build "$paper" "$name" "${files[@]}"
    pdfs+=("$work/$name.pdf")
  done
  echo "== $paper, real texts"
  measure "${pdfs[@]}"
  if [[ "${EVENNESS_GENERATED:-yes}" != no ]]; then
    build "$paper" "generated-$paper-corpus-medium" "$work/corpus-medium.txt"
    echo "== $paper, generated"
    measure "$work/generated-$paper-corpus-medium.pdf"
  fi
done
