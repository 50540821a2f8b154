#!/usr/bin/env bash
# Starts the action server, the Rasa server and the website page, prints where
# to chat, and stops everything on Ctrl-C. Logs go to var/*.log.
#
#   RASA_PORT (5005)  Rasa server: REST, socket.io, Slack and Telegram webhooks
#   WEB_PORT  (8080)  the website page with the chat widget
#   BIND (127.0.0.1)  the address the Rasa server and page listen on
#   RASA_API_TOKEN    turns Rasa's HTTP API on, protected by this token (off when unset)
set -euo pipefail
cd "$(dirname "$0")/.."
RASA_PORT=${RASA_PORT:-5005}
WEB_PORT=${WEB_PORT:-8080}
ACTION_PORT=5055   # must match action_endpoint in endpoints.yml
BIND=${BIND:-127.0.0.1}
PAGE_ORIGIN="http://$BIND:$WEB_PORT"
mkdir -p var
export SANIC_REQUEST_MAX_SIZE=${SANIC_REQUEST_MAX_SIZE:-1048576}  # bodies over 1 MB get 413
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

.venv/bin/python scripts/credentials.py var/credentials.yml
api=()
if [ -n "${RASA_API_TOKEN:-}" ]; then
  api=(--enable-api --auth-token "$RASA_API_TOKEN")
  echo "  HTTP API: on (token from RASA_API_TOKEN)"
else
  echo "  HTTP API: off (set RASA_API_TOKEN to turn it on)"
fi

.venv/bin/rasa run actions --actions actions --port "$ACTION_PORT" >var/action-server.log 2>&1 &
pids+=($!)
.venv/bin/rasa run --model models/mlcareer.tar.gz --interface "$BIND" --port "$RASA_PORT" \
  --endpoints endpoints.yml --credentials var/credentials.yml --cors "$PAGE_ORIGIN" \
  "${api[@]}" >var/rasa-server.log 2>&1 &
pids+=($!)
.venv/bin/python scripts/serve_web.py --bind "$BIND" --port "$WEB_PORT" \
  --rasa-url "http://$BIND:$RASA_PORT" >var/web.log 2>&1 &
pids+=($!)

echo "Starting the action server, the Rasa server and the web page (logs in var/)..."
if ! .venv/bin/python scripts/wait_for.py "http://127.0.0.1:$ACTION_PORT/health" 120 \
   || ! .venv/bin/python scripts/wait_for.py "http://$BIND:$RASA_PORT/" 180 \
   || ! .venv/bin/python scripts/wait_for.py "$PAGE_ORIGIN/" 30; then
  echo "A server failed to start. Last lines of the logs:" >&2
  tail -n 20 var/action-server.log var/rasa-server.log var/web.log >&2
  exit 1
fi
cat <<MSG

The assistant is running.
  Website with the chat widget:  $PAGE_ORIGIN/
  Chat over REST:
    curl -s http://$BIND:$RASA_PORT/webhooks/rest/webhook \\
      -H 'Content-Type: application/json' \\
      -d '{"sender": "me", "message": "How much does a bootcamp cost?"}'
  Chat in the terminal (another window):  make shell
  Slack / Telegram webhooks (when on):  http://$BIND:$RASA_PORT/webhooks/slack/webhook,
    http://$BIND:$RASA_PORT/webhooks/telegram/webhook  (expose them over HTTPS; see README)
Press Ctrl-C to stop.
MSG
wait -n "${pids[@]}"
echo "A server stopped unexpectedly; see var/*.log." >&2
exit 1
