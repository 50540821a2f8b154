"""Wait until an HTTP URL answers (used by the run and shell scripts)."""

from __future__ import annotations

import sys
import time
import urllib.request


def wait_for(url: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except OSError:
            time.sleep(0.5)
    return False


if __name__ == "__main__":
    url, timeout = sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 120
    if not wait_for(url, timeout):
        print(f"error: {url} did not answer within {timeout:.0f} s", file=sys.stderr)
        sys.exit(1)
