#!/usr/bin/env bash
# run.sh: libcort vs Go, side by side, on the same workloads
# (bench_cort.c and go/bench.go). Usage: bench/runtime/run.sh [BUILDDIR]
# BUILDDIR (default: build) is a meson build dir of this repo; an optimised
# one is best (meson setup BUILDDIR -Dbuildtype=release). Both runtimes get
# 2 workers (CO_PROCS = GOMAXPROCS = PROCS, default 2); the raw switch runs
# on one. Prints ns/op, the ratio libcort/Go and the geometric mean.
# Each workload runs REPS times (default 3), alternating libcort and Go so
# both see the same machine load; the best time of each side is kept.
# Last, bench/runtime/pagefault prints what a fresh page costs here.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="${1:-$repo/build}"
procs="${PROCS:-2}"
reps="${REPS:-3}"

[ -d "$build" ] || meson setup "$build" "$repo" -Dbuildtype=release >/dev/null
ninja -C "$build" bench/runtime/bench_cort bench/runtime/pagefault >/dev/null
cbench="$build/bench/runtime/bench_cort"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$here/go" && GOCACHE="$tmp/gocache" GOFLAGS= GO111MODULE=off go build -o "$tmp/bench_go" bench.go)

workloads="spawn pingpong buffered select_default mutex mutex8 live100k"
printf "%-28s %14s %14s %8s\n" "workload" "libcort ns/op" "Go ns/op" "ratio"
printf "%-28s %14s %14s %8s\n" "--------" "-------------" "--------" "-----"
logsum=0; count=0
describe() {
    case "$1" in
        spawn) echo "spawn+exit (batches of 64)";;
        pingpong) echo "unbuffered ping-pong RTT";;
        buffered) echo "buffered send+recv";;
        select_default) echo "select+default, empty chan";;
        mutex) echo "uncontended mutex";;
        mutex8) echo "mutex, 8 goroutines";;
        live100k) echo "100k live goroutines (/g)";;
        switch) echo "context switch (1 worker)";;
    esac
}
for w in $workloads switch; do
    if [ "$w" = switch ]; then p=1; else p=$procs; fi
    c=""; g=""
    n=$reps
    for _ in $(seq "$n"); do
        c="$c
$(CO_PROCS=$p "$cbench" "$w")"
        g="$g
$(GOMAXPROCS=$p "$tmp/bench_go" "$w")"
    done
    c=$(echo "$c" | sed '/^$/d' | sort -g -k2 | head -1)  # best run
    g=$(echo "$g" | sed '/^$/d' | sort -g -k2 | head -1)
    cns=$(echo "$c" | awk '{print $2}'); gns=$(echo "$g" | awk '{print $2}')
    ratio=$(awk -v a="$cns" -v b="$gns" 'BEGIN{printf "%.2f", a/b}')
    printf "%-28s %14s %14s %8s\n" "$(describe "$w")" "$cns" "$gns" "$ratio"
    if [ "$w" = live100k ]; then
        crss=$(echo "$c" | awk '{print $3}'); grss=$(echo "$g" | awk '{print $3}')
        live_line=$(printf "%-28s %11s MiB %10s MiB %8s\n" "  peak RSS (VmHWM)" \
            "$(awk -v k="$crss" 'BEGIN{printf "%.1f", k/1024}')" \
            "$(awk -v k="$grss" 'BEGIN{printf "%.1f", k/1024}')" \
            "$(awk -v a="$crss" -v b="$grss" 'BEGIN{printf "%.2f", a/b}')")
        echo "$live_line"
    fi
    if [ "$w" != switch ]; then
        logsum=$(awk -v s="$logsum" -v r="$ratio" 'BEGIN{print s + log(r)}'); count=$((count + 1))
    fi
done
printf "%-28s %14s %14s %8s\n" "geometric mean (7 above)" "" "" \
    "$(awk -v s="$logsum" -v n="$count" 'BEGIN{printf "%.2f", exp(s/n)}')"
echo "(CO_PROCS=GOMAXPROCS=$procs; switch: 1 worker, co_yield vs runtime.Gosched; $(go version | awk '{print $3}'))"
echo
echo "This machine's page costs (the 100k row is bound by them; see docs/runtime.md):"
"$build/bench/runtime/pagefault"
