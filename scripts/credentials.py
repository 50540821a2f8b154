"""Writes the Rasa credentials file for this run and says which channels are on.

    python scripts/credentials.py [OUT]        (default: var/credentials.yml)

Reads credentials.yml. A channel whose ``${VAR}`` values name an unset (or
empty) environment variable is left out, with a line saying which variables
turn it on, so the server starts without it. ``${VAR}`` stays as it is for
Rasa to expand (no secret is written to disk); ``${VAR:-default}`` is replaced
here by the variable's value or the default.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAIN = re.compile(r"\$\{([A-Z0-9_]+)\}")
WITH_DEFAULT = re.compile(r"\$\{([A-Z0-9_]+):-([^}]*)\}")
NAMES = {"channels.rest.RestInput": "REST",
         "channels.socketio.SocketIOInput": "Website widget (socket.io)",
         "channels.slack.SlackInput": "Slack", "channels.telegram.TelegramInput": "Telegram"}


def blocks(text: str) -> list[tuple[str | None, list[str]]]:
    """Top-level keys with their lines; comments and blank lines go with the next key."""
    out: list[tuple[str | None, list[str]]] = []
    pending: list[str] = []
    for line in text.splitlines():
        key = re.match(r"^([A-Za-z0-9_.]+):\s*$", line)
        if key:
            out.append((key.group(1), [*pending, line]))
            pending = []
        elif line.startswith((" ", "\t")) and out:
            out[-1][1].append(line)
        else:
            pending.append(line)
    if pending:
        out.append((None, pending))
    return out


def render(text: str, env: dict[str, str]) -> tuple[str, list[str]]:
    kept, report = [], []
    for key, lines in blocks(text):
        values = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
        missing = sorted({v for v in PLAIN.findall(values) if not env.get(v)})
        name = NAMES.get(key or "", key)
        if key and missing:
            report.append(f"  {name}: off (set {' and '.join(missing)} to turn it on)")
            continue
        if key:
            report.append(f"  {name}: on")
        kept.append("\n".join(
            line if line.lstrip().startswith("#")
            else WITH_DEFAULT.sub(lambda m: env.get(m.group(1)) or m.group(2), line)
            for line in lines))
    return "\n".join(kept).rstrip() + "\n", report


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "var" / "credentials.yml"
    text, report = render((ROOT / "credentials.yml").read_text(), dict(os.environ))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text)
    print("Channels:\n" + "\n".join(report))


if __name__ == "__main__":
    main()
