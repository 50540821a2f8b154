"""``rasa run`` with the HTTP API token taken from the environment, not the command line.

    python scripts/rasa_server.py --model ... --port ...   (any ``rasa run`` options)

``rasa run --auth-token TOKEN`` shows the token to every local user in the process
list (``ps``, ``/proc/<pid>/cmdline``). Here, when ``RASA_API_TOKEN`` is set, the API
is turned on with that token, which is passed to Rasa inside this process only and
removed from the environment the server sees. Without it the HTTP API stays off.
"""

from __future__ import annotations

import os
import sys


def argv(args: list[str], token: str) -> list[str]:
    """Rasa's command line for ``rasa run`` with ``args`` and the API token, if any."""
    return ["rasa", "run", *args, *(["--enable-api", "--auth-token", token] if token else [])]


def main() -> None:
    token = os.environ.pop("RASA_API_TOKEN", "")
    sys.argv = argv(sys.argv[1:], token)
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
