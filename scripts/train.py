"""Train the model only when its inputs changed.

The inputs are everything that shapes the trained model: config, domain,
training data, the knowledge base (it generates the entity ruler), the NLU
component code and the locked package versions. Their hash is stored beside
the model; ``make train`` is a no-op while it matches. ``--force`` retrains.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "mlcareer.tar.gz"
STAMP = MODEL.with_suffix("").with_suffix(".inputs.sha256")
INPUTS = [
    "config.yml",
    "domain.yml",
    "constraints.txt",
    "data",
    "knowledge",
    "components",
    "mlcareer/knowledge",
    "mlcareer/embeddings.py",
    "mlcareer/spelling.py",
    "requirements-models.txt",
    "vectors/package-lock.json",
    "scripts/build_vectors.py",
]


def input_files() -> list[Path]:
    files: list[Path] = []
    for name in INPUTS:
        path = ROOT / name
        if path.is_dir():
            files += sorted(
                p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts
            )
        elif path.is_file():
            files.append(path)
    return files


def inputs_hash() -> str:
    digest = hashlib.sha256()
    for path in input_files():
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def is_up_to_date() -> bool:
    return MODEL.is_file() and STAMP.is_file() and STAMP.read_text().strip() == inputs_hash()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="train even if nothing changed")
    parser.add_argument("--check", action="store_true", help="exit 1 if the model is stale")
    args = parser.parse_args()
    if args.check:
        return 0 if is_up_to_date() else 1
    if is_up_to_date() and not args.force:
        print(f"Model {MODEL.relative_to(ROOT)} is up to date with its inputs; not retraining.")
        return 0
    digest = inputs_hash()
    print("Training the model (inputs changed or no model yet)...", flush=True)
    STAMP.unlink(missing_ok=True)
    started = time.monotonic()
    rasa = Path(sys.executable).parent / "rasa"
    result = subprocess.run(
        [str(rasa), "train", "--fixed-model-name", MODEL.name.split(".")[0],
         "--out", str(MODEL.parent)],
        cwd=ROOT, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
    )
    if result.returncode != 0:
        return result.returncode
    STAMP.write_text(digest + "\n")
    print(f"Trained {MODEL.relative_to(ROOT)} in {time.monotonic() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
