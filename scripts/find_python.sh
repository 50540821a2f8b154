#!/usr/bin/env bash
# Prints the path of a working Python 3.10 (Rasa 3.6 needs Python < 3.11).
set -euo pipefail
candidates=(python3.10)
if command -v pyenv >/dev/null 2>&1; then
  candidates+=("$(pyenv root)"/versions/3.10*/bin/python3.10)
fi
candidates+=("$HOME"/.pyenv/versions/3.10*/bin/python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10)
for candidate in "${candidates[@]}"; do
  if path=$(command -v "$candidate" 2>/dev/null) && "$path" -c 'import sys, venv; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
    echo "$path"
    exit 0
  fi
done
echo "error: Python 3.10 not found (Rasa 3.6.21 needs Python 3.10). Install it, e.g. 'apt-get install python3.10 python3.10-venv' or 'pyenv install 3.10', or set PYTHON310=/path/to/python3.10." >&2
exit 1
