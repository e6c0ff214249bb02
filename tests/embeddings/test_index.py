"""Vector indices: every back-end searches, saves and loads; stale indices are refused."""
from __future__ import annotations

import json

import numpy as np
import pytest

from embeddings.index import (ConcatIndex, VectorIndex, build_index, choose_index, get_index, known_indexes,
                              load_index, save_index)
from kg.errors import BackendNotFound, IndexNotBuilt

META = {"source_sha256": "a" * 64, "encoder": "hash", "passages": 40}


def _vectors(n: int = 40, dim: int = 16, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


@pytest.fixture(params=known_indexes())
def backend(request) -> str:
    return request.param


@pytest.fixture
def vectors() -> np.ndarray:
    return _vectors()


@pytest.fixture
def index(backend, vectors) -> VectorIndex:
    return build_index(vectors, name=backend)


def test_registry_names():
    assert known_indexes() == ["faiss-flat", "faiss-hnsw", "numpy"]


def test_search_finds_each_vector_first(index, vectors):
    scores, ids = index.search(vectors, 3)
    assert ids.shape == scores.shape == (len(vectors), 3)
    assert ids[:, 0].tolist() == list(range(len(vectors)))
    assert np.allclose(scores[:, 0], 1.0, atol=1e-5)
    assert (np.diff(scores, axis=1) <= 1e-6).all()  # best first


def test_search_matches_exact_ranking(index, vectors):
    queries = _vectors(5, seed=1)
    exact = np.argsort(-(queries @ vectors.T), axis=1)[:, :5]
    assert np.array_equal(index.search(queries, 5)[1], exact)


def test_k_larger_than_index(index, vectors):
    scores, ids = index.search(vectors[:2], 100)
    assert ids.shape == (2, len(vectors)) and (ids >= 0).all()


def test_save_load_round_trip(tmp_path, index, backend, vectors):
    save_index(index, tmp_path / "index", meta=META)
    loaded = load_index(tmp_path / "index", expect=META)
    assert type(loaded) is type(index) and len(loaded) == len(index) and loaded.dim == index.dim
    queries = _vectors(5, seed=2)
    for a, b in zip(index.search(queries, 5), loaded.search(queries, 5)):
        assert np.allclose(a, b)
    meta = json.loads((tmp_path / "index" / "meta.json").read_text(encoding="utf-8"))
    assert meta == {**META, "backend": backend, "dim": 16, "count": 40}


def test_save_replaces_whole_folder_and_leaves_no_temp(tmp_path, index):
    save_index(build_index(_vectors(3), name="numpy"), tmp_path / "index", meta={**META, "passages": 3})
    save_index(index, tmp_path / "index", meta=META)
    assert [p.name for p in tmp_path.iterdir()] == ["index"]
    assert len(load_index(tmp_path / "index", expect=META)) == 40


@pytest.mark.parametrize("key, value", [("source_sha256", "b" * 64), ("encoder", "use-multilingual-v3"),
                                        ("passages", 41)])
def test_stale_index_is_refused(tmp_path, index, key, value):
    save_index(index, tmp_path / "index", meta=META)
    with pytest.raises(IndexNotBuilt, match="plankg build") as err:
        load_index(tmp_path / "index", expect={**META, key: value})
    assert key in str(err.value) and repr(value) in str(err.value)


def test_missing_index(tmp_path):
    with pytest.raises(IndexNotBuilt, match="plankg build"):
        load_index(tmp_path / "nowhere", expect=META)


def test_damaged_index(tmp_path, index):
    save_index(index, tmp_path / "index", meta=META)
    vectors_file = next(p for p in (tmp_path / "index").iterdir() if p.name.startswith("vectors"))
    vectors_file.write_bytes(b"not an index")
    with pytest.raises(IndexNotBuilt, match="cannot be read"):
        load_index(tmp_path / "index", expect=META)
    (tmp_path / "index" / "meta.json").write_text("{", encoding="utf-8")
    with pytest.raises(IndexNotBuilt, match="unreadable"):
        load_index(tmp_path / "index", expect=META)


def test_vector_count_disagreeing_with_meta(tmp_path):
    save_index(build_index(_vectors(), name="numpy"), tmp_path / "index", meta=META)
    np.save(tmp_path / "index" / "vectors.npy", _vectors(3))
    with pytest.raises(IndexNotBuilt, match="holds 3 vectors"):
        load_index(tmp_path / "index", expect=META)


def test_unknown_backend():
    with pytest.raises(BackendNotFound) as err:
        get_index("annoy", 8)
    assert "'annoy'" in str(err.value) and all(name in str(err.value) for name in known_indexes())


def test_wrong_dimension(backend):
    with pytest.raises(ValueError, match="dimension"):
        get_index(backend, 8).add(_vectors(2, dim=4))


def test_choose_index_by_size():
    assert choose_index(1_000) == "faiss-flat"
    assert choose_index(50_000) == "faiss-hnsw"
    assert choose_index(100, threshold=50) == "faiss-hnsw"
    assert build_index(_vectors(), threshold=10).name == "faiss-hnsw"
    assert build_index(_vectors()).name == "faiss-flat"


def test_concat_index_numbers_across_parts(vectors):
    both = ConcatIndex([build_index(vectors[:25], name="faiss-flat"), build_index(vectors[25:], name="numpy")])
    assert len(both) == 40
    assert both.search(vectors, 1)[1][:, 0].tolist() == list(range(40))
