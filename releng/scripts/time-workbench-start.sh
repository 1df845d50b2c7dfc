#!/usr/bin/env bash
# Usage: time-workbench-start.sh [RUNS [WORKBENCH ARGUMENTS...]]
# Times the workbench product from launch to its window on the X display: starts `./longarm workbench` RUNS times
# (default 5), polls `xwininfo` every 20 ms until a viewable top-level window named "Longarm" of that process exists
# (xprop _NET_WM_PID), then also waits for the product's own "first paint" line (printed with
# -Dlongarm.workbench.reportStartup=true) and closes the window as a user would (close-x-window.py), which ends the
# workbench. Prints one line per run and the median. Needs DISPLAY (e.g. Xvfb), Python 3 and a built product (the
# first start after a product build has no caches yet: leave it out, see docs/workbench.md); extra JVM
# options go in LONGARM_JAVA_OPTS, the data folder in LONGARM_DATA_DIR (start its server first with
# `./longarm server start` to leave Neo4j's start out of the measurement).
# Also prints the CPU time (user + system, all threads) the workbench's JVM had used when its first-paint line
# appeared: on a shared machine the wall-clock figures follow the load of the other processes, the CPU time much less,
# so variants are compared on both.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
runs=${1:-5}
shift || true # further arguments go to the workbench
log=$(mktemp)
mapped=()
painted=()
cpu=()
ticks_per_second=$(getconf CLK_TCK)
for run in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    LONGARM_JAVA_OPTS="${LONGARM_JAVA_OPTS:-} -Dlongarm.workbench.reportStartup=true" \
        "$root/longarm" workbench "$@" >"$log" 2>&1 &
    pid=$!
    window=""
    jvm=""
    while [ -z "$window" ]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the workbench ended before its window appeared:" >&2
            cat "$log" >&2
            exit 1
        fi
        # the top-level windows named Longarm that belong to this process (other workbenches may share the display)
        for id in $(xwininfo -root -children 2>/dev/null | awk '/"Longarm/ {print $1}'); do
            info=$(xwininfo -id "$id" 2>/dev/null || true)
            owner=$(xprop -id "$id" _NET_WM_PID 2>/dev/null | grep -o '[0-9]*$' || true)
            # ./longarm execs the JVM, except in the session that records the AOT cache, where the JVM is its child
            if [[ "$info" == *IsViewable* && -n "$owner" &&
                ( "$owner" == "$pid" || "$(ps -o ppid= -p "$owner" 2>/dev/null | tr -d ' ')" == "$pid" ) ]]; then
                window=$id
                jvm=$owner
            fi
        done
        [ -n "$window" ] || sleep 0.02
    done
    mapped_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    cpu_ms="?"
    for _ in $(seq 1 500); do
        if grep -q 'first window painted' "$log"; then
            # fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks (the command name, field 2,
            # has no spaces here: java)
            cpu_ms=$(awk -v hz="$ticks_per_second" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$jvm/stat" 2>/dev/null || echo "?")
            break
        fi
        sleep 0.02
    done
    paint=$(grep -o 'first window painted after [0-9]* ms' "$log" | grep -o '[0-9]*' || echo "?")
    echo "run $run: window mapped after $mapped_ms ms (wall clock from launch); first paint at $paint ms of JVM uptime, $cpu_ms ms of CPU time"
    mapped+=("$mapped_ms")
    painted+=("$paint")
    cpu+=("$cpu_ms")
    # close the window as a user does, so that the workbench saves its caches as after a normal session (see
    # close-x-window.py); kill it only if it has not ended after 120 s (the session that records the AOT cache writes it
    # after the window has closed)
    "$root/releng/scripts/close-x-window.py" "$window" || true
    for _ in $(seq 1 1200); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    sleep 1
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median: window mapped $(median "${mapped[@]}") ms; first paint $(median "${painted[@]}") ms (JVM uptime), $(median "${cpu[@]}") ms CPU"
rm -f "$log"
