#!/usr/bin/env bash
# Doorway's two commands on a fresh Debian bookworm machine:
#   ./dev.sh run    install what is missing, build, open Doorway
#   ./dev.sh test   install what is missing, build, run every test
#   ./dev.sh package  the same, then the Debian package doorway_<version>_amd64.deb
#                     in the build folder (install it: apt-get install ./build/doorway_*.deb)
# Both are idempotent: with nothing missing and nothing changed they only
# ask dpkg and ninja, and return in a second or two.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

usage() { echo "usage: ./dev.sh run [DOORWAY ARGS...] | ./dev.sh test | ./dev.sh build | ./dev.sh package" >&2; exit 2; }
[[ $# -ge 1 ]] || usage
cmd="$1"; shift

scripts/setup.sh
build_dir="${DOORWAY_BUILD_DIR:-build}"
werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON
if [[ ! -f "$build_dir/build.ninja" ]] || ! grep -q "DOORWAY_WERROR:BOOL=$werror" "$build_dir/CMakeCache.txt" 2>/dev/null; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOORWAY_WERROR="$werror" >/dev/null
fi
cmake --build "$build_dir" -j"$(nproc)"

case "$cmd" in
  build) ;;
  run) exec "$build_dir/doorway" "$@" ;;
  package)
    # CPack stages `cmake --install` under /usr, strips, asks dpkg-shlibdeps.
    exec cpack --config "$build_dir/CPackConfig.cmake" -B "$(cd "$build_dir" && pwd)" ;;
  test)
    # Window tests need a display; give them a virtual one when there is none.
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
      exec xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)" "$@"
    fi
    exec ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)" "$@" ;;
  *) usage ;;
esac
