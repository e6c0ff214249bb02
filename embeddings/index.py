"""Vector indices, chosen by name from a small registry, saved next to their metadata.

Three back-ends share the :class:`VectorIndex` interface (inner product over
L2-normalised vectors, i.e. cosine similarity):

* ``faiss-flat``: exact search (``faiss.IndexFlatIP``), the choice for small corpora;
* ``faiss-hnsw``: approximate search (``faiss.IndexHNSWFlat``), picked
  automatically from ``threshold`` vectors up (:func:`choose_index`);
* ``numpy``: exact search with a matrix product, no faiss needed.

faiss is imported only when a faiss back-end is used. :func:`save_index`
writes the vectors and ``meta.json`` (source hash, encoder name, passage
count …) into a temporary folder and renames it into place; :func:`load_index`
refuses an index whose metadata does not match what the caller expects.
"""
from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from embeddings.parts import LazyParts
from kg._lazy import LazyModule
from kg.errors import BackendNotFound, IndexNotBuilt

if TYPE_CHECKING:
    import numpy as np
else:
    np = LazyModule("numpy")  # imported at the first search or build: a question the graph answers never needs it

__all__ = [
    "VectorIndex",
    "NumpyIndex",
    "FaissFlatIndex",
    "FaissHNSWIndex",
    "ConcatIndex",
    "HNSW_THRESHOLD",
    "known_indexes",
    "get_index",
    "choose_index",
    "build_index",
    "save_index",
    "load_index",
]

#: Vector count from which :func:`choose_index` picks the approximate index.
HNSW_THRESHOLD = 50_000
_META = "meta.json"

#: name → (module, class); the class is imported on demand.
_INDEXES: dict[str, tuple[str, str]] = {
    "faiss-flat": ("embeddings.index", "FaissFlatIndex"),
    "faiss-hnsw": ("embeddings.index", "FaissHNSWIndex"),
    "numpy": ("embeddings.index", "NumpyIndex"),
}


def _as_matrix(vectors: np.ndarray, dim: int) -> np.ndarray:
    matrix = np.ascontiguousarray(np.atleast_2d(np.asarray(vectors, dtype=np.float32)))
    if matrix.shape[1] != dim:
        raise ValueError(f"vectors have dimension {matrix.shape[1]}, the index expects {dim}")
    return matrix


def _empty(n_queries: int) -> tuple[np.ndarray, np.ndarray]:
    return np.zeros((n_queries, 0), np.float32), np.zeros((n_queries, 0), np.int64)


class VectorIndex:
    """Inner-product search over vectors numbered in the order they were added.

    ``search`` returns ``(scores, ids)``, both of shape ``(n_queries, k')``
    with ``k' = min(k, len(self))``, best first.
    """

    name: ClassVar[str]

    def __init__(self, dim: int) -> None:
        self.dim = dim

    def add(self, vectors: np.ndarray) -> None:
        raise NotImplementedError

    def search(self, query_vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        raise NotImplementedError

    def save(self, directory: str | os.PathLike[str]) -> None:
        """Write the index's own files into the existing ``directory``."""
        raise NotImplementedError

    @classmethod
    def load(cls, directory: str | os.PathLike[str]) -> VectorIndex:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(dim={self.dim}, n={len(self)})"


class NumpyIndex(VectorIndex):
    """Exact search with one matrix product; stores ``vectors.npy``.

    Examples
    --------
    >>> index = NumpyIndex(2)
    >>> index.add(np.array([[1, 0], [0, 1], [0.6, 0.8]]))
    >>> scores, ids = index.search(np.array([[0, 1]]), 2)
    >>> ids.tolist(), [round(float(x), 2) for x in scores[0]]
    ([[1, 2]], [1.0, 0.8])
    """

    name = "numpy"
    _FILE = "vectors.npy"

    def __init__(self, dim: int) -> None:
        super().__init__(dim)
        self._vectors = np.zeros((0, dim), dtype=np.float32)

    def add(self, vectors: np.ndarray) -> None:
        self._vectors = np.vstack([self._vectors, _as_matrix(vectors, self.dim)])

    def search(self, query_vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        scores = _as_matrix(query_vectors, self.dim) @ self._vectors.T
        k = min(k, len(self))
        if not k:
            return _empty(len(scores))
        top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
        order = np.take_along_axis(-scores, top, axis=1).argsort(axis=1, kind="stable")
        ids = np.take_along_axis(top, order, axis=1).astype(np.int64)
        return np.take_along_axis(scores, ids, axis=1), ids

    def save(self, directory: str | os.PathLike[str]) -> None:
        np.save(Path(directory) / self._FILE, self._vectors)

    @classmethod
    def load(cls, directory: str | os.PathLike[str]) -> NumpyIndex:
        # Memory-mapped: the OS pages vectors in when searched, and processes share them.
        vectors = np.load(Path(directory) / cls._FILE, mmap_mode="r")
        index = cls(vectors.shape[1])
        index._vectors = vectors
        return index

    def __len__(self) -> int:
        return len(self._vectors)


class _FaissIndex(VectorIndex):
    """Shared faiss plumbing; subclasses say how to make the empty faiss index."""

    _FILE = "vectors.faiss"

    def __init__(self, dim: int) -> None:
        super().__init__(dim)
        self._index = self._new(dim)
        self._configure()

    def _new(self, dim: int) -> Any:
        raise NotImplementedError

    def add(self, vectors: np.ndarray) -> None:
        self._index.add(_as_matrix(vectors, self.dim))

    def search(self, query_vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        queries = _as_matrix(query_vectors, self.dim)
        k = min(k, len(self))
        if not k:
            return _empty(len(queries))
        scores, ids = self._index.search(queries, k)
        return scores, ids.astype(np.int64)

    def save(self, directory: str | os.PathLike[str]) -> None:
        import faiss

        faiss.write_index(self._index, str(Path(directory) / self._FILE))

    @classmethod
    def load(cls, directory: str | os.PathLike[str]) -> _FaissIndex:
        import faiss

        # Memory-mapped flat codes: nothing is copied into this process until searched,
        # and every server process on the machine shares the pages.
        raw = faiss.read_index(str(Path(directory) / cls._FILE), faiss.IO_FLAG_MMAP_IFC)
        index = cls.__new__(cls)
        VectorIndex.__init__(index, raw.d)
        index._index = raw
        index._configure()
        return index

    def _configure(self) -> None:
        """Set search-time parameters that the file does not carry."""

    def __len__(self) -> int:
        return int(self._index.ntotal)


class FaissFlatIndex(_FaissIndex):
    """Exact inner-product search (``faiss.IndexFlatIP``).

    Examples
    --------
    >>> index = FaissFlatIndex(2)
    >>> index.add(np.array([[1, 0], [0, 1], [0.6, 0.8]]))
    >>> index.search(np.array([[1, 0]]), 5)[1].tolist()
    [[0, 2, 1]]
    """

    name = "faiss-flat"

    def _new(self, dim: int) -> Any:
        import faiss

        return faiss.IndexFlatIP(dim)


class FaissHNSWIndex(_FaissIndex):
    """Approximate inner-product search over an HNSW graph (``faiss.IndexHNSWFlat``).

    ``M`` links per node and ``ef_construction`` trade build time for recall;
    ``ef_search`` (set again on load) trades query time for recall.

    Examples
    --------
    >>> index = FaissHNSWIndex(2)
    >>> index.add(np.array([[1, 0], [0, 1], [0.6, 0.8]]))
    >>> index.search(np.array([[0, 1]]), 1)[1].tolist()
    [[1]]
    """

    name = "faiss-hnsw"
    M = 32
    ef_construction = 200
    ef_search = 128

    def _new(self, dim: int) -> Any:
        import faiss

        index = faiss.IndexHNSWFlat(dim, self.M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = self.ef_construction
        return index

    def _configure(self) -> None:
        self._index.hnsw.efSearch = self.ef_search


class ConcatIndex(VectorIndex):
    """Several indices searched as one, ids numbered across them in order.

    Lets one index per plan be loaded as built and searched together, without
    re-indexing; ``search(..., only=i)`` searches part ``i`` alone (a question
    scoped to one plan). ``parts`` may hold zero-argument callables that load
    a part when it is first searched; then ``sizes`` and ``dim`` must be given.
    Read-only: it cannot ``add`` or ``save``.

    Examples
    --------
    >>> a, b = build_index(np.eye(2), name="numpy"), build_index(np.array([[0.6, 0.8]]), name="numpy")
    >>> both = ConcatIndex([a, b])
    >>> len(both), both.search(np.array([[0, 1]]), 2)[1].tolist()
    (3, [[1, 2]])
    >>> ConcatIndex([lambda: a, lambda: b], sizes=[2, 1], dim=2).search(np.array([[0, 1]]), 2, only=0)[1].tolist()
    [[1, 0]]
    """

    name = "concat"

    def __init__(self, parts: list[Any], *, sizes: list[int] | None = None, dim: int | None = None) -> None:
        if sizes is None or dim is None:
            dims = {part.dim for part in parts}
            if len(dims) != 1:
                raise ValueError(f"indices of different dimensions {sorted(dims)} cannot be searched together")
            sizes, dim = [len(part) for part in parts], dims.pop()
        super().__init__(dim)
        self.parts = LazyParts(VectorIndex, list(parts))
        self.sizes = list(sizes)
        self._offsets = [0, *itertools.accumulate(self.sizes[:-1])]  # plain ints: loading needs no NumPy

    def search(self, query_vectors: np.ndarray, k: int, *, only: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        which = range(len(self.parts)) if only is None else [only]
        found = [(self.parts.get(i).search(query_vectors, k), self._offsets[i]) for i in which]
        scores = np.hstack([s for (s, _), _ in found])
        ids = np.hstack([i + offset for (_, i), offset in found])
        order = np.argsort(-scores, axis=1, kind="stable")[:, :min(k, scores.shape[1])]
        return np.take_along_axis(scores, order, axis=1), np.take_along_axis(ids, order, axis=1)

    def __len__(self) -> int:
        return sum(self.sizes)


def known_indexes() -> list[str]:
    """Names of the registered index back-ends.

    Examples
    --------
    >>> known_indexes()
    ['faiss-flat', 'faiss-hnsw', 'numpy']
    """
    return sorted(_INDEXES)


def _index_class(name: str) -> type[VectorIndex]:
    if name not in _INDEXES:
        raise BackendNotFound(f"No vector index called {name!r}; known: {', '.join(known_indexes())}.")
    import importlib

    module, attr = _INDEXES[name]
    return getattr(importlib.import_module(module), attr)


def get_index(name: str, dim: int) -> VectorIndex:
    """An empty index of back-end ``name`` for ``dim``-dimensional vectors.

    Raises
    ------
    BackendNotFound
        If ``name`` is not registered.

    Examples
    --------
    >>> get_index("numpy", 4)
    NumpyIndex(dim=4, n=0)
    >>> get_index("annoy", 4)
    Traceback (most recent call last):
    kg.errors.BackendNotFound: No vector index called 'annoy'; known: faiss-flat, faiss-hnsw, numpy.
    """
    return _index_class(name)(dim)


def choose_index(n_vectors: int, *, threshold: int = HNSW_THRESHOLD) -> str:
    """Exact search below ``threshold`` vectors, HNSW from there up.

    Examples
    --------
    >>> choose_index(800), choose_index(200_000)
    ('faiss-flat', 'faiss-hnsw')
    """
    return "faiss-hnsw" if n_vectors >= threshold else "faiss-flat"


def build_index(vectors: np.ndarray, *, name: str | None = None,
                threshold: int = HNSW_THRESHOLD) -> VectorIndex:
    """An index of back-end ``name`` (default: :func:`choose_index`) holding ``vectors``.

    Examples
    --------
    >>> build_index(np.eye(3), name="numpy")
    NumpyIndex(dim=3, n=3)
    """
    vectors = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
    index = get_index(name or choose_index(len(vectors), threshold=threshold), vectors.shape[1])
    index.add(vectors)
    return index


def save_index(index: VectorIndex, directory: str | os.PathLike[str], *, meta: dict[str, Any]) -> None:
    """Write ``index`` and ``meta.json`` to ``directory``, replacing it as a whole.

    Everything is written to a temporary folder beside ``directory`` and
    renamed into place, so a reader never sees half an index.

    Parameters
    ----------
    index : VectorIndex
    directory : path
    meta : dict
        What the index was built from (``sha256``, ``encoder``, ``passages`` …);
        ``backend``, ``dim`` and ``count`` are added.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     save_index(build_index(np.eye(2), name="numpy"), pathlib.Path(d) / "idx", meta={"encoder": "hash"})
    ...     sorted(p.name for p in (pathlib.Path(d) / "idx").iterdir())
    ['meta.json', 'vectors.npy']
    """
    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=directory.parent, prefix=f".{directory.name}."))
    try:
        index.save(tmp)
        full = {**meta, "backend": index.name, "dim": index.dim, "count": len(index)}
        (tmp / _META).write_text(json.dumps(full, ensure_ascii=False, indent=1), encoding="utf-8")
        old = None
        if directory.exists():
            # A folder cannot be renamed over a non-empty one: move the old one aside first.
            old = Path(tempfile.mkdtemp(dir=directory.parent, prefix=f".{directory.name}.old."))
            os.replace(directory, old / directory.name)
        os.replace(tmp, directory)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def load_index(directory: str | os.PathLike[str], *, expect: dict[str, Any]) -> VectorIndex:
    """Load the index in ``directory`` if its metadata matches ``expect``.

    Parameters
    ----------
    directory : path
    expect : dict
        Every key must be present in ``meta.json`` with an equal value
        (typically source ``sha256``, ``encoder`` name and ``passages`` count).

    Raises
    ------
    IndexNotBuilt
        If there is no readable index, or it was built from another source,
        encoder or passage set, or its vector count disagrees with its metadata.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     save_index(build_index(np.eye(2), name="numpy"), d, meta={"encoder": "hash"})
    ...     load_index(d, expect={"encoder": "hash"})
    NumpyIndex(dim=2, n=2)
    """
    directory = Path(directory)
    meta_file = directory / _META
    if not meta_file.exists():
        raise IndexNotBuilt(f"No vector index in {str(directory)!r}; run `plankg build`.")
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexNotBuilt(f"The vector index metadata {str(meta_file)!r} is unreadable ({exc}); "
                            f"run `plankg build` to rebuild it.") from exc
    for key, value in expect.items():
        if meta.get(key) != value:
            raise IndexNotBuilt(
                f"The vector index in {str(directory)!r} is stale: it was built with {key}="
                f"{meta.get(key)!r}, expected {value!r}; run `plankg build` to rebuild it.")
    try:
        index = _index_class(meta["backend"]).load(directory)
    except (OSError, RuntimeError, KeyError, ValueError) as exc:
        # faiss reports a missing or truncated file as RuntimeError, numpy as OSError/ValueError.
        raise IndexNotBuilt(f"The vector index in {str(directory)!r} cannot be read ({exc!r}); "
                            f"run `plankg build` to rebuild it.") from exc
    if len(index) != meta["count"]:
        raise IndexNotBuilt(
            f"The vector index in {str(directory)!r} holds {len(index)} vectors, its metadata says "
            f"{meta['count']}; run `plankg build` to rebuild it.")
    return index
