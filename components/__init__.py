"""What the Rasa server loads: the assistant's graph components (README, "Understanding"),
the fixes to Rasa 3.6.21 in ``rasa_patches`` and the deletion of a conversation its
user asked to forget (``privacy``), applied here, when Rasa first imports
any component of this package (in every Rasa process: server, shell, training, tests)."""

from __future__ import annotations

import hashlib
from pathlib import Path


def source_fingerprint(module_file: str) -> str:
    """A hash of a component's source file, for its ``fingerprint_addon``.

    Rasa's training cache keys a component on its class name and config, not its
    code: without this, a changed component is restored from the cache unchanged.
    """
    return hashlib.sha256(Path(module_file).read_bytes()).hexdigest()


def _apply_rasa_patches() -> None:
    # these import rasa: after source_fingerprint is defined
    from components import privacy, rasa_patches

    rasa_patches.apply()
    privacy.apply()


_apply_rasa_patches()
