#!/usr/bin/env bash
# Benchmarks Duet against pandoc (EPUB), WeasyPrint and headless Chromium (PDF) on the same generated
# corpus, printing wall time, peak memory (RSS) and Duet's share of each peer's time; and Duet on the
# corpus as Markdown, plain (duet-md) and with markup on a fifth of its paragraphs and a footnote every
# ten pairs (duet-markup), as a share of its time on the text format.
# Usage: bench/run.sh [small|medium|large ...]   (default: small medium large)
# Peers that are not installed are skipped; BENCH_PEERS chooses among them (default: all three).
# Not part of `mvn verify`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
./duet --version >/dev/null    # builds the jar when needed
work="${BENCH_WORK:-$root/bench/work}"
mkdir -p "$work"
sizes=("$@")
peers=" ${BENCH_PEERS-pandoc weasyprint chromium} "
wanted() { [[ "$peers" == *" $1 "* ]] && command -v "$1" >/dev/null; }
[[ ${#sizes[@]} -eq 0 ]] && sizes=(small medium large)

# Runs a command under /usr/bin/time and prints "seconds megabytes", or "- -" when it fails.
measure() {
  local log="$work/time.log"
  if /usr/bin/time -f "%e %M" -o "$log" "$@" >"$work/last.out" 2>&1; then
    awk '{printf "%s %.0f", $1, $2 / 1024}' "$log"
  else
    echo "- -"
  fi
}

ratio() { # duet peer -> percent
  if [[ "$1" == "-" || "$2" == "-" ]]; then echo "-"; else awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f%%", 100 * a / b}'; fi
}

printf "%-7s %-10s %-6s %9s %8s %12s\n" size tool format seconds "RSS MB" "Duet/peer"
for size in "${sizes[@]}"; do
  "$JAVA_HOME/bin/java" bench/GenerateCorpus.java "$size" "$work" >/dev/null
  corpus="$work/corpus-$size"
  read -r epub_s epub_m <<<"$(measure ./duet build "$corpus.txt" -o "$work/duet" --format epub)"
  read -r pdf_s pdf_m <<<"$(measure ./duet build "$corpus.txt" -o "$work/duet" --format pdf --layout side-by-side)"
  printf "%-7s %-10s %-6s %9s %8s %12s\n" "$size" duet epub "$epub_s" "$epub_m" ""
  printf "%-7s %-10s %-6s %9s %8s %12s\n" "$size" duet pdf "$pdf_s" "$pdf_m" ""
  for form in plain markup; do
    tool="duet-$([[ $form == plain ]] && echo md || echo markup)"
    read -r s m <<<"$(measure ./duet build "$corpus-$form.md" -o "$work/duet-$form" --format epub)"
    printf "%-7s %-10s %-6s %9s %8s %12s\n" "$size" "$tool" epub "$s" "$m" "$(ratio "$s" "$epub_s")"
    read -r s m <<<"$(measure ./duet build "$corpus-$form.md" -o "$work/duet-$form" --format pdf --layout side-by-side)"
    printf "%-7s %-10s %-6s %9s %8s %12s\n" "$size" "$tool" pdf "$s" "$m" "$(ratio "$s" "$pdf_s")"
  done
  if wanted pandoc; then
    read -r s m <<<"$(measure pandoc "$corpus.md" -o "$work/pandoc-$size.epub")"
    printf "%-7s %-10s %-6s %9s %8s %12s\n" "$size" pandoc epub "$s" "$m" "$(ratio "$epub_s" "$s")"
  fi
  if wanted weasyprint; then
    read -r s m <<<"$(measure weasyprint "$corpus.html" "$work/weasyprint-$size.pdf")"
    printf "%-7s %-10s %-6s %9s %8s %12s\n" "$size" weasyprint pdf "$s" "$m" "$(ratio "$pdf_s" "$s")"
  fi
  if wanted chromium; then
    read -r s m <<<"$(measure chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$work/chromium-profile" --no-pdf-header-footer \
      --print-to-pdf="$work/chromium-$size.pdf" "file://$corpus.html")"
    printf "%-7s %-10s %-6s %9s %8s %12s\n" "$size" chromium pdf "$s" "$m" "$(ratio "$pdf_s" "$s")"
  fi
done
