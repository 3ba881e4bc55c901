#!/bin/sh
# A short, bounded libFuzzer run of one target, for CI.
#   tests/fuzz/run_fuzz.sh SOURCE_DIR BUILD_DIR TARGET SECONDS [SEED_FILE_OR_DIR...]
# Configures BUILD_DIR with clang (only TARGET is built), seeds a corpus from
# the given files and folders, and fuzzes for SECONDS. Exits 0 when no crash
# was found, 77 (skipped) when clang or libFuzzer is missing, 1 otherwise.
set -eu
src=${1:?source dir}
build=${2:?build dir}
target=${3:?fuzz target}
seconds=${4:-20}
shift 4 || shift $#

if ! command -v clang++ >/dev/null 2>&1; then
  echo "run_fuzz: clang++ is not installed; skipping"
  exit 77
fi
mkdir -p "$build"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOORWAY_FUZZ=ON -DDOORWAY_BENCH=OFF -DDOORWAY_TESTS=ON \
    >"$build/run_fuzz.configure.log" 2>&1 || { cat "$build/run_fuzz.configure.log"; exit 1; }
fi
cmake --build "$build" -j2 --target "$target" >"$build/run_fuzz.$target.build.log" 2>&1 || {
  if grep -q "libclang_rt.fuzzer\|cannot find.*fuzzer" "$build/run_fuzz.$target.build.log"; then
    echo "run_fuzz: libFuzzer runtime missing (libclang-rt-dev); skipping"; exit 77
  fi
  cat "$build/run_fuzz.$target.build.log"; exit 1; }

corpus="$build/fuzz-corpus-$target"
mkdir -p "$corpus"
for seed in "$@"; do
  if [ -d "$seed" ]; then
    find "$seed" -maxdepth 1 -type f -exec cp {} "$corpus/" \; 2>/dev/null || true
  elif [ -f "$seed" ]; then
    cp "$seed" "$corpus/"
  fi
done
cd "$build"
# -rss_limit_mb: the size caps must hold; -max_len keeps inputs quick.
# libFuzzer exits 77 on a finding by default, which CTest would read as
# "skipped" (SKIP_RETURN_CODE): a crash must fail the test.
exec "./tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -max_len=65536 \
  -error_exitcode=1 -timeout_exitcode=1 \
  -rss_limit_mb=1024 -timeout=10 -print_final_stats=1 -artifact_prefix="$build/$target-"
