#!/usr/bin/env bash
# Issue 11's speed budgets measured as fairly as a shared machine allows: the large corpus's text form
# and its markup form (markup on a fifth of the paragraphs, a note every ten pairs) built by the same
# jar in pairs, the two forms interleaved round after round in the same minutes, each run timed by
# bench/thread-cpu.sh (all the JVM's threads' CPU, so the JIT's and the collector's work counts
# wherever it ran, and the wall time). With a second commit (TODAY) its text-form build joins each
# round, for "the corpus without markup within 5 % of today's times". The order of the builds turns
# by one each round, so no build always runs first or after the same one. The summary gives, per
# build, the medians of all threads' CPU, of the main thread's, the compilers' and the collector's,
# and of the wall time, with the peak RSS and the load average's range; then each budget as the ratio
# of the medians and the median (and range) of the ratios round by round, and the median peak RSS.
# The markup budget is stated twice when TODAY is given: against the same commit's text form (what
# the markup itself costs) and against TODAY's text form (the issue's "within 20 % of today's times").
# Usage: bench/markup-budget.sh [ROUNDS] [TODAY]   (ROUNDS defaults to 7, the fewest that gives a
#        median worth the name; TODAY, e.g. da2eea2, the commit that filed issue 11)
# BUDGET_AT: the commit measured (default HEAD). BUDGET_FORMAT: epub (default) or pdf (side by side).
# BUDGET_SIZE: the corpus size (default large). Not part of `mvn verify`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
rounds="${1:-7}"
today="${2:-}"
format="${BUDGET_FORMAT:-epub}"
size="${BUDGET_SIZE:-large}"
work="${BENCH_WORK:-$root/bench/work}/budget"
[[ "$rounds" =~ ^[0-9]+$ && "$rounds" -ge 1 ]] || { echo "markup-budget.sh: ROUNDS must be a whole number" >&2; exit 2; }
[[ "$rounds" -ge 7 ]] || echo "markup-budget.sh: $rounds rounds; the budget needs at least 7 for a fair median" >&2
case "$format" in epub) layout=() ;; pdf) layout=(--layout side-by-side) ;;
  *) echo "markup-budget.sh: BUDGET_FORMAT is epub or pdf, not $format" >&2; exit 2 ;; esac
mkdir -p "$work"

"$JAVA_HOME/bin/java" bench/GenerateCorpus.java "$size" "$work" >/dev/null
at="$(git rev-parse --short "${BUDGET_AT:-HEAD}")"
at_folder="$(commit_build "$at" "$work")"
builds=("$at:text" "$at:markup")
declare -A folder=([$at]="$at_folder")
if [[ -n "$today" ]]; then
  today="$(git rev-parse --short "$today")"
  folder[$today]="$(commit_build "$today" "$work")"
  builds+=("$today:text")
fi
input_of() { [[ "$1" == text ]] && echo "$work/corpus-$size.txt" || echo "$work/corpus-$size-markup.md"; }

log="$work/runs.log"
: >"$log"
echo "# $format, $size corpus; each line: round build exit wall rss cpu main C2 C1 gc+vm other load" | tee -a "$log"
for ((round = 1; round <= rounds; round++)); do
  for ((k = 0; k < ${#builds[@]}; k++)); do
    build="${builds[$(((k + round - 1) % ${#builds[@]}))]}"
    rev="${build%%:*}" form="${build##*:}"
    out="$work/out-$rev-$form"
    rm -rf "$out"
    line="$(bench/thread-cpu.sh "${folder[$rev]}/duet" build "$(input_of "$form")" -o "$out" --format "$format" \
      "${layout[@]}" 2>/dev/null)" || { echo "markup-budget.sh: $build failed: $line" >&2; exit 1; }
    # exit=0 wall=2.5s rss=400MB cpu=4.10 main=1.9 C2=1.2 C1=0.3 gc+vm=0.2 other=0.1 load=3.2 -> the numbers
    echo "$round $build $(sed -E 's/[a-zA-Z0-9+]+=//g; s/(s|MB)( |$)/\2/g' <<<"$line")" | tee -a "$log"
  done
done

# The median of the numbers on standard input, one a line (to $1 decimals, default 2).
median() { sort -g | awk -v d="${1:-2}" '{v[NR] = $1} END {printf "%." d "f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
column_of() { awk -v b="$1" -v c="$2" '$2 == b {print $c}' "$log"; }
range_of() { local values; values="$(column_of "$1" "$2" | sort -g)"; echo "$(head -1 <<<"$values")-$(tail -1 <<<"$values")"; }

echo
printf "%-16s %-18s %-10s %-10s %-10s %-14s %-10s %s\n" build "CPU s: median (range)" "main" "C2+C1" "gc+vm" \
  "wall s" "RSS MB" load
for build in "${builds[@]}"; do
  jit="$(awk -v b="$build" '$2 == b {print $8 + $9}' "$log" | median)"
  printf "%-16s %-18s %-10s %-10s %-10s %-14s %-10s %s\n" "$build" \
    "$(column_of "$build" 6 | median) ($(range_of "$build" 6))" "$(column_of "$build" 7 | median)" "$jit" \
    "$(column_of "$build" 10 | median)" "$(column_of "$build" 4 | median) ($(range_of "$build" 4))" \
    "$(range_of "$build" 5)" "$(range_of "$build" 12)"
done

# Prints one budget: B over A, as the ratio of the medians and as the median and range of the rounds'
# own ratios, for all threads' CPU and the wall time; and B's median peak RSS over A's.
budget() {
  local a="$1" b="$2" what="$3" limit="$4" col name pairs
  echo
  echo "$what (budget +$limit %):"
  for col in 6 4; do
    [[ "$col" == 6 ]] && name="all threads' CPU" || name="wall time"
    pairs="$(awk -v a="$a" -v b="$b" -v c="$col" '$2 == a {x[$1] = $c} $2 == b {y[$1] = $c}
      END {for (r in x) if (r in y && x[r] > 0) printf "%.4f\n", y[r] / x[r]}' "$log")"
    awk -v ma="$(column_of "$a" "$col" | median)" -v mb="$(column_of "$b" "$col" | median)" \
        -v mp="$(median 4 <<<"$pairs")" -v lo="$(sort -g <<<"$pairs" | head -1)" -v hi="$(sort -g <<<"$pairs" | tail -1)" \
        -v n="$(wc -l <<<"$pairs")" -v name="$name" -v limit="$limit" 'BEGIN {
      d = 100 * (mb / ma - 1); p = 100 * (mp - 1)
      printf "  %-16s medians %+.1f %%, paired rounds %+.1f %% (%+.1f to %+.1f %%, %d pairs): %s\n", name, d, p,
        100 * (lo - 1), 100 * (hi - 1), n, (d <= limit && p <= limit) ? "within" : "over"}'
  done
  awk -v ra="$(column_of "$a" 5 | median 0)" -v rb="$(column_of "$b" 5 | median 0)" 'BEGIN {
    d = 100 * (rb / ra - 1); printf "  %-16s median %d MB against %d MB, %+.1f %%: %s\n", "peak RSS", rb, ra, d,
      d <= 10 ? "within the 10 % budget" : "over the 10 % budget"}'
}
budget "$at:text" "$at:markup" "markup corpus against the same commit's text corpus, $at against $at" 20
if [[ -n "$today" ]]; then
  budget "$today:text" "$at:markup" "markup corpus against today's text corpus, $at against $today" 20
  budget "$today:text" "$at:text" "text corpus against today's text corpus, $at against $today" 5
fi
exit 0
