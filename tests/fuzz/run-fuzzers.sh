#!/usr/bin/env bash
# run-fuzzers.sh [SECONDS]: configure a clang build with the libFuzzer targets (ASan + UBSan on
# GuardianDesk's own code too), build the three fuzzers and run each for SECONDS (default 60)
# from its seed corpus in tests/fuzz/corpus. Exit 1 when one finds a crash; the input is kept
# in the build directory's artifacts/ folder: add it to the fuzzer's regression test.
# Needs clang-14 and libclang-rt-14-dev (libFuzzer and the sanitizer runtimes).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
dir=${GD_FUZZ_BUILD_DIR:-build-fuzz}
cxx=${GD_FUZZ_CXX:-clang++-14}
launcher=()
if command -v ccache > /dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
mkdir -p "$dir"
# Every object is instrumented for coverage and the sanitizers, the fuzzers link libFuzzer.
cmake -S . -B "$dir" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-omit-frame-pointer" \
    -DGD_BUILD_FUZZERS=ON -DGD_BUILD_GUI=OFF -DGD_WERROR=OFF > "$dir/configure.log" 2>&1 \
    || { cat "$dir/configure.log" >&2; exit 1; }
fuzzers=(fuzz_aamva fuzz_roster fuzz_letter_seal)
cmake --build "$dir" -j"$(nproc)" --target "${fuzzers[@]}"

mkdir -p "$dir/artifacts"
failed=0
for f in "${fuzzers[@]}"; do
    name=${f#fuzz_}
    corpus="$dir/corpus/$name"   # grows here; the seeds in the repository stay as they are
    mkdir -p "$corpus"
    echo "run-fuzzers: $f for ${seconds}s"
    if ! "$dir/tests/fuzz/$f" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
            -print_final_stats=1 -artifact_prefix="$dir/artifacts/$name-" "$corpus" "tests/fuzz/corpus/$name" \
            > "$dir/$f.log" 2>&1; then
        echo "run-fuzzers: $f found a crash (see $dir/$f.log and $dir/artifacts/)" >&2
        tail -n 40 "$dir/$f.log" >&2
        failed=1
    else
        grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$dir/$f.log" | sed "s/^/run-fuzzers: $f /"
    fi
done
exit $failed
