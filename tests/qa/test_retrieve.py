"""Hybrid retrieval: fusion, modes, graph expansion, plan filter, and the seed with the real encoder."""
from __future__ import annotations

import pytest

from embeddings.encoder import HashEncoder, get_encoder
from embeddings.index import build_index
from embeddings.passages import Passage, make_passages
from kg.errors import BackendNotFound, NoAnswer
from qa.index.retrieve import Retriever, rrf

TEXTS = [
    ("a", "打造新材料百亿产业园，引进锰系新材料生产企业。"),
    ("a", "何仙观水库工程，建设总库容为13000万m³的水库。"),
    ("a", "零陵古城2号停车场，建设724个停车位。"),
    ("a", "持续巩固零陵夜宴品牌，完善夜间经济。"),
    ("b", "某县何仙观水库除险加固。"),
    ("b", "建设县城污水处理厂。"),
]


@pytest.fixture(scope="module")
def passages() -> list[Passage]:
    return [Passage(f"p{i}#1", f"p{i}", t, None, None, None, None, plan) for i, (plan, t) in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def retriever(passages) -> Retriever:
    return Retriever.build(passages, encoder=HashEncoder(), index="faiss-flat")


def test_rrf():
    fused = rrf([["a", "b", "c"], ["c", "a"]], k=60)
    assert [item for item, _ in fused] == ["a", "c", "b"]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)
    assert rrf([]) == []
    assert rrf([["x"], ["y"]], weights=[1, 2])[0][0] == "y"


@pytest.mark.parametrize("mode", ["hybrid", "bm25", "dense"])
def test_modes_find_the_passage(retriever, mode):
    hits = retriever.search("水库总库容13000万", k=3, mode=mode)
    assert hits[0].passage.id == "p1#1"
    assert len(hits) <= 3
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:]))


def test_hybrid_reports_each_rankers_rank(retriever):
    hit = retriever.search("零陵古城停车位", k=1)[0]
    assert hit.passage.id == "p2#1"
    assert set(hit.ranks) == {"bm25", "dense"} and all(r >= 1 for r in hit.ranks.values())
    assert set(retriever.search("零陵古城停车位", k=1, mode="bm25")[0].ranks) == {"bm25"}


def test_graph_expansion_adds_candidates(retriever):
    expanded = retriever.search("污水", k=6, mode="hybrid", expand=["p3", "unknown-paragraph"])
    assert "p3#1" in {h.passage.id for h in expanded}
    graph_hit = next(h for h in expanded if h.passage.id == "p3#1")
    assert graph_hit.ranks["graph"] == 1
    assert "p3#1" not in {h.passage.id for h in retriever.search("污水", k=6, mode="bm25")}


def test_graph_expansion_raises_a_passage(retriever):
    before = [h.passage.id for h in retriever.search("水库", k=6)]
    after = [h.passage.id for h in retriever.search("水库", k=6, expand=["p4"])]
    assert after.index("p4#1") < before.index("p4#1")


def test_plan_filter(retriever):
    hits = retriever.search("何仙观水库", k=5, plan="b")
    assert hits and {h.passage.plan for h in hits} == {"b"}
    assert hits[0].passage.id == "p4#1"


def test_rrf_fusion_option(passages, retriever):
    by_rank = Retriever(passages, bm25=retriever.bm25, encoder=retriever.encoder, index=retriever.index,
                        fusion="rrf")
    hits = by_rank.search("水库总库容13000万", k=2)
    assert hits[0].passage.id == "p1#1"
    assert hits[0].score == pytest.approx(sum(1 / (60 + r) for r in hits[0].ranks.values()))


def test_errors(passages, retriever):
    with pytest.raises(NoAnswer):
        retriever.search("  ")
    with pytest.raises(BackendNotFound, match="'vector'.*hybrid, bm25, dense"):
        retriever.search("水库", mode="vector")
    with pytest.raises(BackendNotFound, match="'borda'"):
        Retriever(passages, bm25=retriever.bm25, encoder=retriever.encoder, index=retriever.index,
                  fusion="borda")
    with pytest.raises(ValueError, match="same passages"):
        Retriever(passages[:2], bm25=retriever.bm25, encoder=retriever.encoder, index=retriever.index)


def test_from_parts_searches_several_indexes(passages):
    enc = HashEncoder()
    parts = [build_index(enc.encode([p.text for p in passages[:4]]), name="numpy"),
             build_index(enc.encode([p.text for p in passages[4:]]), name="faiss-flat")]
    r = Retriever.from_parts(passages, parts, enc)
    assert r.search("污水处理厂", k=1, mode="dense")[0].passage.id == "p5#1"
    assert r.search("停车位", k=1)[0].passage.id == "p2#1"


# -- the seed plan with the real default encoder -------------------------------------------

SEED_QUESTIONS = [
    ("何仙观水库的总库容是多少？", "何仙观水库工程", "专栏26.3"),
    ("零陵古城2号停车场有多少个停车位？", "724个停车位", "专栏26.4"),
    ("夜间经济指什么？", "下午6点", None),
    ("退伍回来的军人找工作有什么帮扶？", "退役军人", None),
    ("电动汽车充电桩会不会多建一些？", "充电桩", None),
]


@pytest.fixture(scope="module")
def seed_retriever(seed_doc) -> Retriever:
    # Chapters 26–28 and the glossary: enough distractors, a few seconds to encode.
    wanted = ("第26章", "第27章", "第28章")
    passages = [p for p in make_passages(seed_doc)
                if (p.chapter and p.chapter.startswith(wanted)) or p.paragraph.startswith("gl-")]
    return Retriever.build(passages, encoder=get_encoder(), vocabulary=["何仙观水库工程", "梁山岐风电场"])


@pytest.mark.parametrize("question, cite, box", SEED_QUESTIONS)
@pytest.mark.parametrize("mode", ["hybrid", "dense"])
def test_seed_questions(seed_retriever, question, cite, box, mode):
    hits = seed_retriever.search(question, k=5, mode=mode)
    assert any(cite in h.passage.text for h in hits), [h.passage.text[:30] for h in hits]
    if box and mode == "hybrid":
        assert hits[0].passage.box.startswith(box)


@pytest.mark.slow
def test_full_seed_hybrid_beats_each_alone(seed_doc):
    """The benchmark's claim on the whole seed plan and the dev questions (slow: encodes ~500 passages)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import retrieval_eval as bench

    if not bench.DEV.exists():
        pytest.skip(f"dev questions not found at {bench.DEV}")
    passages = make_passages(seed_doc)
    vocabulary, _ = bench.graph_linker(seed_doc)
    r = Retriever.build(passages, encoder=get_encoder(), vocabulary=vocabulary)
    questions = (bench.load_questions(bench.DEV, passages, source="dev")
                 + bench.load_questions(bench.OWN, passages, source="own"))
    mrr = {mode: bench.evaluate(bench.Variant(mode, r, mode), questions)["mrr@10"]
           for mode in ("bm25", "dense", "hybrid")}
    assert mrr["hybrid"] > max(mrr["bm25"], mrr["dense"])
