#!/usr/bin/env bash
# The main job: install what is missing, build cvet and libcort, and lint
# the bundled example tree (examples/: correct programs, and
# examples/buggy/: programs with the bugs cvet finds).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
[ -d build ] || meson setup build >/dev/null
ninja -C build
echo "== cvet examples/*.c (correct programs: expect no findings)"
./build/cvet examples/*.c --fail-on warning
echo "== cvet examples/buggy/ (each file has a bug cvet reports)"
./build/cvet examples/buggy --fail-on never
