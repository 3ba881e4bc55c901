#!/bin/sh
# Short, bounded libFuzzer runs, for CI, in a clang build folder of their own.
#   tests/fuzz/run_fuzz.sh build SOURCE_DIR BUILD_DIR TARGET...
#     configures BUILD_DIR with clang and builds the targets (once, for all
#     the runs: they then start together, and nothing builds while they run)
#   tests/fuzz/run_fuzz.sh run BUILD_DIR TARGET SECONDS [SEED_FILE_OR_DIR...]
#     seeds a corpus from the given files and folders and fuzzes for SECONDS
# Exits 0 when it built or found no crash, 77 (skipped) when clang or
# libFuzzer is missing, 1 otherwise.
set -eu
mode=${1:?build or run}
shift

if ! command -v clang++ >/dev/null 2>&1; then
  echo "run_fuzz: clang++ is not installed; skipping"
  exit 77
fi

if [ "$mode" = build ]; then
  src=${1:?source dir}
  build=${2:?build dir}
  shift 2
  mkdir -p "$build"
  if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOORWAY_FUZZ=ON -DDOORWAY_BENCH=OFF -DDOORWAY_TESTS=ON \
      >"$build/run_fuzz.configure.log" 2>&1 || { cat "$build/run_fuzz.configure.log"; exit 1; }
  fi
  cmake --build "$build" -j2 --target "$@" >"$build/run_fuzz.build.log" 2>&1 || {
    if grep -q "libclang_rt.fuzzer\|cannot find.*fuzzer" "$build/run_fuzz.build.log"; then
      echo "run_fuzz: libFuzzer runtime missing (libclang-rt-dev); skipping"; exit 77
    fi
    cat "$build/run_fuzz.build.log"; exit 1; }
  exit 0
fi

[ "$mode" = run ] || { echo "run_fuzz: unknown mode '$mode' (build or run)" >&2; exit 2; }
build=${1:?build dir}
target=${2:?fuzz target}
seconds=${3:-20}
shift 3 || shift $#
if [ ! -x "$build/tests/fuzz/$target" ]; then
  # The build step was skipped (no libFuzzer runtime); had it failed, CTest
  # would not have started this run.
  echo "run_fuzz: $target was not built; skipping"
  exit 77
fi

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
