"""``rasa run`` with the HTTP API token taken from the environment, not the command line.

    python scripts/rasa_server.py --model ... --port ...   (any ``rasa run`` options)

``rasa run --auth-token TOKEN`` shows the token to every local user in the process
list (``ps``, ``/proc/<pid>/cmdline``). Here, when ``RASA_API_TOKEN`` is set, the API
is turned on with that token, which is passed to Rasa inside this process only and
removed from the environment the server sees. Without it the HTTP API stays off.

The assistant's fixes to Rasa (``components.rasa_patches``) are applied before Rasa
starts: Rasa creates the tracker store before it loads the model, and so before it
imports the components; the SQLite connection pool (fix 9) must be in place by then,
or every message connects to the database anew (about 4 ms per message).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def argv(args: list[str], token: str) -> list[str]:
    """Rasa's command line for ``rasa run`` with ``args`` and the API token, if any."""
    return ["rasa", "run", *args, *(["--enable-api", "--auth-token", token] if token else [])]


def main() -> None:
    token = os.environ.pop("RASA_API_TOKEN", "")
    sys.argv = argv(sys.argv[1:], token)
    sys.path.insert(0, str(ROOT))
    from rasa.__main__ import main as rasa_main

    import components  # noqa: F401  (applies the fixes to Rasa before Rasa starts)

    rasa_main()


if __name__ == "__main__":
    main()
