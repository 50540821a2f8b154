#!/usr/bin/env bash
# Starts the action server and the Rasa server, prints where to chat, and
# stops both on Ctrl-C. Logs go to var/*.log.
set -euo pipefail
cd "$(dirname "$0")/.."
RASA_PORT=${RASA_PORT:-5005}
ACTION_PORT=5055   # must match action_endpoint in endpoints.yml
BIND=${BIND:-127.0.0.1}
mkdir -p var
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

.venv/bin/rasa run actions --actions actions --port "$ACTION_PORT" >var/action-server.log 2>&1 &
pids+=($!)
.venv/bin/rasa run --model models/mlcareer.tar.gz --interface "$BIND" --port "$RASA_PORT" \
  --endpoints endpoints.yml --credentials credentials.yml >var/rasa-server.log 2>&1 &
pids+=($!)

echo "Starting the action server and the Rasa server (logs: var/action-server.log, var/rasa-server.log)..."
if ! .venv/bin/python scripts/wait_for.py "http://127.0.0.1:$ACTION_PORT/health" 120 \
   || ! .venv/bin/python scripts/wait_for.py "http://127.0.0.1:$RASA_PORT/" 180; then
  echo "A server failed to start. Last lines of the logs:" >&2
  tail -n 20 var/action-server.log var/rasa-server.log >&2
  exit 1
fi
cat <<MSG

The assistant is running.
  Chat over REST:
    curl -s http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook \\
      -H 'Content-Type: application/json' \\
      -d '{"sender": "me", "message": "How much does a bootcamp cost?"}'
  Chat in the terminal (another window):  make shell
Press Ctrl-C to stop.
MSG
wait -n "${pids[@]}"
echo "A server stopped unexpectedly; see var/action-server.log and var/rasa-server.log." >&2
exit 1
