"""Rasa components of the assistant (see README, "Understanding")."""

from __future__ import annotations

import hashlib
from pathlib import Path


def source_fingerprint(module_file: str) -> str:
    """A hash of a component's source file, for its ``fingerprint_addon``.

    Rasa's training cache keys a component on its class name and config, not its
    code: without this, a changed component is restored from the cache unchanged.
    """
    return hashlib.sha256(Path(module_file).read_bytes()).hexdigest()
