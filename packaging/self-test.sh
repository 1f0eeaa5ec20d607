#!/usr/bin/env bash
# Runs the built bundle's self-test as a user's machine would see it: a bare environment (no venv, no
# PYTHONPATH, no display), and reports the bundle's size and the time from launch to the first drawn network.
# Called by `make package-test` (after `make package`) and by CI. Exit status: the self-test's.
set -uo pipefail
cd "$(dirname "$0")/.."
bundle=dist/Entente
[[ -x $bundle/Entente ]] || { echo "self-test.sh: no bundle at $bundle; run 'make package' first" >&2; exit 1; }

log=$(mktemp "${TMPDIR:-/tmp}/entente-self-test.XXXXXX")
no_python=$(mktemp -d "${TMPDIR:-/tmp}/entente-path.XXXXXX")  # a PATH with nothing on it: surely no Python
trap 'rm -rf "$log" "$no_python"' EXIT
started=$(date +%s.%N)
env -i HOME="$HOME" PATH="$no_python" "$bundle/Entente" --self-test 2>"$log"
status=$?
finished=$(date +%s.%N)

if ((status != 0)); then
  echo "self-test.sh: the self-test failed (exit status $status); what Qt and Chromium said:" >&2
  tail -n 40 "$log" >&2
fi
wall=$(awk -v a="$started" -v b="$finished" 'BEGIN { printf "%.2f", b - a }')
echo "self-test.sh: bundle $(du -sh "$bundle" | cut -f1) in $(find "$bundle" -type f | wc -l) files;" \
  "self-test took $wall s wall time; exit status $status"
exit "$status"
