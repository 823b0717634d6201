#!/usr/bin/env bash
# The two-editions budget (issue 13): one book in a Chinese and an English edition, about MB megabytes
# of text each (default 1), built into one parallel book (EPUB and PDF) from two .txt files, from two
# Markdown files with a heading per chapter (the shape the e-book reader gives), and from two EPUBs
# that Duet's own writer makes of the Markdown editions (--layout zh / --layout en) when this build
# reads EPUB. Prints wall time and peak memory of each, and each form's time as a share of the .txt's.
# Usage: bench/editions.sh [MB] [RUNS]   (default 1 MB, best of 3 runs). Not part of `mvn verify`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
megabytes="${1:-1}"
runs="${2:-3}"
./duet --version >/dev/null    # builds the jar when needed
work="${BENCH_WORK:-$root/bench/work}/editions"
rm -rf "$work"
mkdir -p "$work"
"$JAVA_HOME/bin/java" bench/GenerateEditions.java "$megabytes" "$work"

# Best wall time of $runs builds, and the peak memory of that run: "seconds megabytes", or "- -".
measure() {
  local best="-" mem="-" log="$work/time.log"
  for ((r = 0; r < runs; r++)); do
    if /usr/bin/time -f "%e %M" -o "$log" "$@" >"$work/last.out" 2>&1; then
      read -r s m <"$log"
      if [[ "$best" == "-" ]] || awk -v a="$s" -v b="$best" 'BEGIN {exit !(a < b)}'; then
        best="$s"; mem=$((m / 1024))
      fi
    else
      echo "- -"; return
    fi
  done
  echo "$best $mem"
}
ratio() { if [[ "$1" == "-" || "$2" == "-" ]]; then echo "-"; else awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; fi; }

forms=(txt md)
./duet build "$work/zh.md" --layout zh --format epub -o "$work/zh-edition" >/dev/null 2>&1 \
  && ./duet build "$work/en.md" --layout en --format epub -o "$work/en-edition" >/dev/null 2>&1 || true
zh_epub=$(ls "$work"/zh-edition/*.epub 2>/dev/null | head -1)
en_epub=$(ls "$work"/en-edition/*.epub 2>/dev/null | head -1)
if [[ -n "$zh_epub" && -n "$en_epub" ]]; then
  cp "$zh_epub" "$work/zh.epub"; cp "$en_epub" "$work/en.epub"
  if ./duet inspect "$work/zh.epub" "$work/en.epub" >/dev/null 2>&1; then forms+=(epub)
  else echo "(this build reads no EPUB: the .epub pair is not measured; the .md pair has the e-book reader's shape)"; fi
fi
printf "%-6s %-5s %10s %9s %8s %10s\n" form size seconds "RSS MB" "vs .txt" chapters
txt_s=""
for form in "${forms[@]}"; do
  size=$(du -k "$work/zh.$form" | cut -f1)
  read -r s m <<<"$(measure ./duet build "$work/zh.$form" "$work/en.$form" -o "$work/out-$form" --format epub,pdf)"
  chapters=$(./duet inspect "$work/zh.$form" "$work/en.$form" | sed -n 's/^chapter matching  //p')
  [[ "$form" == txt ]] && txt_s="$s"
  printf "%-6s %4sK %10s %9s %8s   %s\n" "$form" "$size" "$s" "$m" "$(ratio "$s" "$txt_s")" "$chapters"
done
