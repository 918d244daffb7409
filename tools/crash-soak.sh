#!/usr/bin/env bash
# Crash soak: the crash test of the suite (tests/crash) with many more rounds. Each round kills
# the server with SIGKILL among concurrent writes, restarts it, stops it with SIGTERM among
# writes, then checks that every acknowledged write is there and `comuniza verify` is clean.
#   tools/crash-soak.sh [ROUNDS] [SEED]     (default 500 rounds, a seed from the clock)
set -euo pipefail
cd "$(dirname "$0")/.."
export COMUNIZA_CRASH_ROUNDS="${1:-500}"
if [ -n "${2:-}" ]; then export COMUNIZA_CRASH_SEED="$2"; fi
cargo test --release --test crash -- --nocapture
