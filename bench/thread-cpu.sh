#!/usr/bin/env bash
# Runs one command (a JVM, started directly, not through a wrapper) and prints its wall time, peak
# resident memory and the CPU time (user + system) of its threads by kind: the main thread, the C2 and
# C1 compiler threads, the collector and VM thread, and the rest. The threads are read from /proc every
# 50 ms, so a thread that ends between two reads loses at most its last 50 ms. On a shared machine the
# thread times say where the work went when wall times say nothing. Not part of `mvn verify`.
# Usage: bench/thread-cpu.sh JAVA [JVM OPTIONS] -jar target/duet.jar build INPUT ...
set -uo pipefail
[[ $# -gt 0 ]] || { echo "usage: bench/thread-cpu.sh JAVA [OPTIONS] -jar target/duet.jar build INPUT ..." >&2; exit 2; }
start=$(date +%s.%N)
"$@" >/dev/null &
pid=$!
declare -A cpu name
ticks=$(getconf CLK_TCK)
peak_kb=0
while kill -0 "$pid" 2>/dev/null; do
  hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null)
  [[ -n "$hwm" ]] && peak_kb=$hwm
  for task in /proc/"$pid"/task/*; do
    stat=$(cat "$task/stat" 2>/dev/null) || continue
    tid=${task##*/}
    comm=${stat#*(}; comm=${comm%%)*}
    read -ra fields <<<"${stat##*) }"
    cpu[$tid]=$((fields[11] + fields[12])) # utime and stime, fields 14 and 15 of stat
    name[$tid]=$comm
  done
  sleep 0.05
done
wait "$pid"
status=$?
end=$(date +%s.%N)
declare -A kind
for tid in "${!cpu[@]}"; do
  case "${name[$tid]}" in
    C2*) k=C2 ;; C1*) k=C1 ;; java) k=main ;; GC*|"VM Thread") k=gc+vm ;; *) k=other ;;
  esac
  kind[$k]=$((${kind[$k]:-0} + cpu[$tid]))
done
seconds() { awk -v t="$1" -v hz="$ticks" 'BEGIN {printf "%.2f", t / hz}'; }
total=0
parts=""
for k in main C2 C1 gc+vm other; do
  total=$((total + ${kind[$k]:-0}))
  parts+=" $k=$(seconds "${kind[$k]:-0}")"
done
echo "exit=$status wall=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}')s rss=$((peak_kb / 1024))MB" \
  "cpu=$(seconds "$total")$parts load=$(cut -d' ' -f1 /proc/loadavg)"
exit "$status"
