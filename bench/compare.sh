#!/usr/bin/env bash
# Compares two commits of Duet on the large corpus as a shared machine allows: each commit is built
# apart (its own jar and start-up cache, from `git archive`), the builds run alternately, round after
# round, under /usr/bin/time, and the summary gives each build's user CPU time (wall
# time says nothing when other work shares the cores) as the median and the range over the rounds,
# with the peak RSS range and the load average. It also says whether the two commits wrote the same
# bytes for each input.
# Usage: bench/compare.sh BEFORE [AFTER] [ROUNDS]   (AFTER defaults to HEAD, ROUNDS to 3)
# COMPARE_BUILDS chooses the builds, as FORM:FORMAT words (FORM: text, plain, markup; FORMAT: epub,
# pdf for the side-by-side PDF); default "text:epub markup:epub plain:epub text:pdf markup:pdf".
# COMPARE_SIZE chooses the corpus size (default large). Not part of `mvn verify`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
before="${1:?usage: bench/compare.sh BEFORE [AFTER] [ROUNDS]}"
after="${2:-HEAD}"
rounds="${3:-3}"
builds=(${COMPARE_BUILDS:-text:epub markup:epub plain:epub text:pdf markup:pdf})
size="${COMPARE_SIZE:-large}"
work="${BENCH_WORK:-$root/bench/work}/compare"
mkdir -p "$work"

input_of() {
  case "$1" in
    text) echo "$work/corpus-$size.txt" ;;
    plain) echo "$work/corpus-$size-plain.md" ;;
    markup) echo "$work/corpus-$size-markup.md" ;;
    *) echo "compare.sh: unknown form $1 (text, plain or markup)" >&2; exit 2 ;;
  esac
}

"$JAVA_HOME/bin/java" bench/GenerateCorpus.java "$size" "$work" >/dev/null
revs=("$(git rev-parse --short "$before")" "$(git rev-parse --short "$after")")
folders=("$(commit_build "${revs[0]}" "$work")" "$(commit_build "${revs[1]}" "$work")")
log="$work/runs.log"
: >"$log"
for ((round = 1; round <= rounds; round++)); do
  for build in "${builds[@]}"; do
    form="${build%%:*}" format="${build##*:}"
    layout=()
    [[ "$format" == pdf ]] && layout=(--layout side-by-side)
    for i in 0 1; do
      out="$work/out-${revs[$i]}-$form-$format"
      rm -rf "$out"
      /usr/bin/time -f "%U %S %M" -o "$work/time" "${folders[$i]}/duet" build "$(input_of "$form")" -o "$out" \
        --format "$format" "${layout[@]}" >/dev/null 2>&1
      read -r user system kb <"$work/time"
      load="$(cut -d' ' -f1 /proc/loadavg)"
      echo "${revs[$i]} $build $user $system $((kb / 1024)) $load" | tee -a "$log"
    done
  done
done

echo
printf "%-14s %-9s %-22s %-12s %-12s %s\n" build commit "user CPU s: median (range)" "peak RSS MB" "load" "same bytes"
for build in "${builds[@]}"; do
  form="${build%%:*}" format="${build##*:}"
  same=no
  cmp -s "$work/out-${revs[0]}-$form-$format/corpus-$size"*."$format" "$work/out-${revs[1]}-$form-$format/corpus-$size"*."$format" && same=yes
  for rev in "${revs[@]}"; do
    cpus="$(awk -v rev="$rev" -v b="$build" '$1 == rev && $2 == b {printf "%.2f\n", $3}' "$log" | sort -n)"
    rss="$(awk -v rev="$rev" -v b="$build" '$1 == rev && $2 == b {print $5}' "$log" | sort -n)"
    loads="$(awk -v rev="$rev" -v b="$build" '$1 == rev && $2 == b {print $6}' "$log" | sort -n)"
    median="$(awk '{v[NR] = $1} END {printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}' <<<"$cpus")"
    printf "%-14s %-9s %-22s %-12s %-12s %s\n" "$build" "$rev" "$median ($(head -1 <<<"$cpus")-$(tail -1 <<<"$cpus"))" \
      "$(head -1 <<<"$rss")-$(tail -1 <<<"$rss")" "$(head -1 <<<"$loads")-$(tail -1 <<<"$loads")" "$same"
  done
done
