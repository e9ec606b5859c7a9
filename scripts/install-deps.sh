#!/usr/bin/env bash
# Installs what cvet and libcort need to build and test, on Debian 12, when
# it is missing. Needs root (or sudo) only when something must be installed.
set -euo pipefail

pkgs=(build-essential meson ninja-build pkg-config python3 python3-jsonschema
      libclang-19-dev clang-19 llvm-19-dev libcjson-dev check libdw-dev)
[ "${CVET_WITH_GO:-0}" = 1 ] && pkgs+=(golang-go)

missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "install-deps: missing packages (${missing[*]}) and not root: install them first" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
