#!/usr/bin/env bash
# Time from `./stratum demo` to "ready" on a fresh data directory (generate + load + start), and on a
# second start over the same directory (population and warehouse reused). Default 20,000 patients.
#
#   bench/demo-ready.sh [PATIENTS=20000]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
patients=${1:-20000}
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
./stratum --version >/dev/null # builds the jar if needed

ready_in() {
  local log="$data/demo.log" start end
  start=$(date +%s.%N)
  ./stratum demo --patients "$patients" --port "$port" --data "$data/data" > "$log" 2>&1 &
  local pid=$!
  until grep -q "Stratum is ready" "$log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$end - $start" | bc -l
}

printf 'patients %d: fresh data directory %.1f s; second start %.1f s\n' "$patients" "$(ready_in)" "$(ready_in)"
rm -rf "$data"
