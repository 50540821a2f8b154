#!/usr/bin/env bash
# The Rasa shell for support staff, with the action server running.
# Reuses an action server that `make run` already started.
set -euo pipefail
cd "$(dirname "$0")/.."
ACTION_PORT=${ACTION_PORT:-5055}   # must match action_endpoint in $ENDPOINTS
ENDPOINTS=${ENDPOINTS:-endpoints.yml}
SHELL_PORT=${SHELL_PORT:-5006}
export PYTHONWARNINGS="ignore::DeprecationWarning"  # keep the chat screen readable
umask 077
mkdir -p var
if ! .venv/bin/python scripts/wait_for.py "http://127.0.0.1:$ACTION_PORT/health" 1 2>/dev/null; then
  SANIC_HOST=127.0.0.1 .venv/bin/rasa run actions --actions actions --port "$ACTION_PORT" \
    >>var/action-server.log 2>&1 &
  action_pid=$!
  trap 'kill $action_pid 2>/dev/null || true' EXIT INT TERM
  .venv/bin/python scripts/wait_for.py "http://127.0.0.1:$ACTION_PORT/health" 120
fi
# rasa shell also reads the credentials file: give it one without unset secrets.
.venv/bin/python scripts/credentials.py var/shell-credentials.yml >/dev/null
.venv/bin/rasa shell --model models/mlcareer.tar.gz --endpoints "$ENDPOINTS" \
  --credentials var/shell-credentials.yml \
  --port "$SHELL_PORT" --quiet "$@"
