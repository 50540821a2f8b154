#!/usr/bin/env bash
# Starts the action server, the Rasa server and the website page under a supervisor
# (supervisord) that restarts any of them that stops, prints where to chat, and stops
# everything on Ctrl-C. Logs go to var/*.log: appended to across runs, rotated at
# 10 MB (5 kept); restarts are logged in var/supervisord.log and printed here.
#
#   RASA_PORT (5005)  Rasa server: REST, socket.io, Slack and Telegram webhooks
#   WEB_PORT  (8080)  the website page with the chat widget
#   BIND (127.0.0.1)  the address the Rasa server and page listen on
#   RASA_API_TOKEN    turns Rasa's HTTP API on, protected by this token (off when unset);
#                     passed through the environment, never on a command line
#   WEB_ORIGINS       origins allowed to use the widget's socket.io (the page's own)
#   RATE_LIMIT_PER_SENDER / RATE_LIMIT_PER_ADDRESS / MAX_METADATA_BYTES: see README
# The action server listens on 127.0.0.1 only (port 5055).
set -euo pipefail
cd "$(dirname "$0")/.."
RASA_PORT=${RASA_PORT:-5005}
WEB_PORT=${WEB_PORT:-8080}
ACTION_PORT=5055   # must match action_endpoint in endpoints.yml
BIND=${BIND:-127.0.0.1}
PAGE_ORIGIN="http://$BIND:$WEB_PORT"
export WEB_ORIGINS=${WEB_ORIGINS:-$PAGE_ORIGIN}
export SANIC_REQUEST_MAX_SIZE=${SANIC_REQUEST_MAX_SIZE:-1048576}  # bodies over 1 MB get 413
umask 077   # conversations, logs and credentials: readable by their owner only
mkdir -p var
chmod 711 var   # others may pass through (PostgreSQL of make cluster), not list
chmod -f 600 var/*.db var/*.db-wal var/*.db-shm var/*.log var/*.log.* 2>/dev/null || true

.venv/bin/python scripts/credentials.py var/credentials.yml
if [ -n "${RASA_API_TOKEN:-}" ]; then
  echo "  HTTP API: on (token from RASA_API_TOKEN)"
else
  echo "  HTTP API: off (set RASA_API_TOKEN to turn it on)"
fi

ROOT=$(pwd)
program() {  # name, log, command: one supervised program
  cat <<CONF

[program:$1]
command=$3
directory=$ROOT
autorestart=true
startsecs=1
startretries=5
stopasgroup=true
killasgroup=true
stopwaitsecs=20
redirect_stderr=true
stdout_logfile=$ROOT/var/$2
stdout_logfile_maxbytes=10MB
stdout_logfile_backups=5
CONF
}
{
  cat <<CONF
; Written by scripts/run.sh for this run. \`.venv/bin/supervisorctl -c var/supervisord.conf status\`
[supervisord]
nodaemon=true
directory=$ROOT
logfile=$ROOT/var/supervisord.log
logfile_maxbytes=10MB
logfile_backups=5
pidfile=$ROOT/var/supervisord.pid
umask=077
; the action server (rasa-sdk reads SANIC_HOST) listens on loopback only
environment=SANIC_HOST="127.0.0.1"

[unix_http_server]
file=$ROOT/var/supervisor.sock
chmod=0700

[supervisorctl]
serverurl=unix://$ROOT/var/supervisor.sock

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
CONF
  program actions action-server.log \
    "$ROOT/.venv/bin/rasa run actions --actions actions --port $ACTION_PORT"
  program rasa rasa-server.log "$ROOT/.venv/bin/python scripts/rasa_server.py \
--model models/mlcareer.tar.gz --interface $BIND --port $RASA_PORT --endpoints endpoints.yml \
--credentials var/credentials.yml --cors $WEB_ORIGINS"
  program web web.log "$ROOT/.venv/bin/python scripts/serve_web.py --bind $BIND \
--port $WEB_PORT --rasa-url http://$BIND:$RASA_PORT"
} > var/supervisord.conf

.venv/bin/supervisord -c var/supervisord.conf &
supervisor=$!
cleanup() {
  kill -TERM "$supervisor" 2>/dev/null || true   # stops every program, then exits
  wait "$supervisor" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

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
A server that stops is restarted (see var/supervisord.log).
Press Ctrl-C to stop.
MSG
wait "$supervisor"
echo "The supervisor stopped; see var/supervisord.log." >&2
exit 1
