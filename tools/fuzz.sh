#!/usr/bin/env bash
# Long fuzzing runs of tests/fuzz: random forms to every POST page, random JSON to every write
# API action, mutated fixtures to the importer. `cargo test` runs 48 cases of each; this runs
# many more (default 20000), in the release build.
#   tools/fuzz.sh [CASES]
set -euo pipefail
cd "$(dirname "$0")/.."
export PROPTEST_CASES="${1:-20000}"
cargo test --release --test fuzz
