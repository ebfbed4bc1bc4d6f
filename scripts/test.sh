#!/bin/sh
# Builds dualvm and runs the whole test suite: Catch2 unit tests and every conformance program
# in interpreter, JIT and GC-stress modes (ctest). Usage: scripts/test.sh [extra ctest args]
set -e
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j 2
cd build
ctest -j 2 --output-on-failure --timeout 300 "$@"
