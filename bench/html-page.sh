#!/usr/bin/env bash
# The HTML speed budget of issue 12: a 2.4 MB page (the medium corpus as HTML: a heading per chapter,
# each pair a <div> of a Chinese and an English <p>) against the same text as .txt, EPUB and PDF, with
# wall time, peak memory (RSS) and the page's time as a share of the text's (budget: 200 %).
# Usage: bench/html-page.sh [medium|large]   (default: medium). Not part of `mvn verify`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
./duet --version >/dev/null    # builds the jar when needed
work="${BENCH_WORK:-$root/bench/work}"
size="${1:-medium}"
mkdir -p "$work"
"$JAVA_HOME/bin/java" bench/GenerateCorpus.java "$size" "$work" >/dev/null
corpus="$work/corpus-$size"

measure() { # command... -> "seconds megabytes", or "- -" when it fails
  local log="$work/time.log"
  if /usr/bin/time -f "%e %M" -o "$log" "$@" >"$work/last.out" 2>&1; then
    awk '{printf "%s %.0f", $1, $2 / 1024}' "$log"
  else
    echo "- -"
  fi
}

printf "%-7s %-5s %-6s %9s %8s %10s\n" size input format seconds "RSS MB" "html/txt"
for format in epub pdf; do
  read -r ts tm <<<"$(measure ./duet build "$corpus.txt" -o "$work/txt" --format "$format")"
  read -r hs hm <<<"$(measure ./duet build "$corpus.html" -o "$work/html" --format "$format")"
  share="$(awk -v a="$hs" -v b="$ts" 'BEGIN { if (a == "-" || b == "-") print "-"; else printf "%.0f%%", 100 * a / b }')"
  printf "%-7s %-5s %-6s %9s %8s %10s\n" "$size" txt "$format" "$ts" "$tm" ""
  printf "%-7s %-5s %-6s %9s %8s %10s\n" "$size" html "$format" "$hs" "$hm" "$share"
done
