#!/usr/bin/env bash
# Builds everything and runs every test: the normal build (all suites),
# an ASan+UBSan build (all suites), and a TSan build (the runtime's
# concurrency suites). Ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh || exit 1

passed=0; failed=0
# Counts the results of the last meson test run in build dir $1.
tally() {
    local log="$1/meson-logs/testlog.json"
    [ -f "$log" ] || return 0
    local p f
    p=$(python3 -c 'import json,sys; r=[json.loads(l)["result"] for l in open(sys.argv[1]) if l.strip()]; print(sum(x in ("OK","EXPECTEDFAIL","SKIP") for x in r))' "$log")
    f=$(python3 -c 'import json,sys; r=[json.loads(l)["result"] for l in open(sys.argv[1]) if l.strip()]; print(sum(x not in ("OK","EXPECTEDFAIL","SKIP") for x in r))' "$log")
    passed=$((passed + p)); failed=$((failed + f))
}
run() { # run NAME BUILDDIR [meson setup args] -- [meson test args]
    local name="$1" dir="$2"; shift 2
    local setup=() test=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do setup+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    test=("$@")
    echo "=== $name: build"
    if [ ! -d "$dir" ]; then meson setup "$dir" "${setup[@]}" >/dev/null || { failed=$((failed + 1)); return; }; fi
    if ! ninja -C "$dir" >"$dir.build.log" 2>&1; then
        tail -50 "$dir.build.log"; echo "=== $name: BUILD FAILED"; failed=$((failed + 1)); return
    fi
    echo "=== $name: test"
    meson test -C "$dir" --no-rebuild --print-errorlogs --num-processes 2 "${test[@]}" | tail -40
    tally "$dir"
}

start=$(date +%s)
run "normal" build
ASAN_OPTIONS=detect_stack_use_after_return=0:detect_leaks=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
run "asan+ubsan" build-asan -Db_sanitize=address,undefined -Db_lundef=false -- --no-suite stress --no-suite bench
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 STRESS_SCALE=${STRESS_SCALE_TSAN:-0.1} \
run "tsan (runtime)" build-tsan -Db_sanitize=thread -Db_lundef=false -- --suite runtime --suite stress --suite leakcheck
echo "=== total time: $(( $(date +%s) - start )) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
