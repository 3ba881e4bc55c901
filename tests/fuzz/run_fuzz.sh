#!/bin/sh
# A short, bounded libFuzzer run of the workbook loader, for CI.
#   tests/fuzz/run_fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS]
# Configures BUILD_DIR with clang (only the fuzz target is built), seeds the
# corpus with workbooks/ and its fixtures, and fuzzes for SECONDS (default 20).
# Exits 0 when no crash was found, 77 (skipped) when clang or libFuzzer is
# missing, 1 otherwise.
set -eu
src=${1:?source dir}
build=${2:?build dir}
seconds=${3:-20}

if ! command -v clang++ >/dev/null 2>&1; then
  echo "run_fuzz: clang++ is not installed; skipping"
  exit 77
fi
mkdir -p "$build"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOORWAY_FUZZ=ON -DDOORWAY_BENCH=OFF >"$build/run_fuzz.configure.log" 2>&1 || {
  cat "$build/run_fuzz.configure.log"; exit 1; }
cmake --build "$build" -j2 --target doorway_fuzz_loader >"$build/run_fuzz.build.log" 2>&1 || {
  if grep -q "libclang_rt.fuzzer\|cannot find.*fuzzer" "$build/run_fuzz.build.log"; then
    echo "run_fuzz: libFuzzer runtime missing (libclang-rt-dev); skipping"; exit 77
  fi
  cat "$build/run_fuzz.build.log"; exit 1; }

corpus="$build/fuzz-corpus"
mkdir -p "$corpus"
for f in "$src"/workbooks/*.json "$src"/workbooks/fixtures/*.json; do
  [ -f "$f" ] && cp "$f" "$corpus/" || true
done
cd "$build"
# -rss_limit_mb: the 64 MiB cap must hold; -max_len keeps inputs quick.
exec "./tests/fuzz/doorway_fuzz_loader" "$corpus" -max_total_time="$seconds" -max_len=65536 \
  -rss_limit_mb=1024 -timeout=10 -print_final_stats=1 -artifact_prefix="$build/"
