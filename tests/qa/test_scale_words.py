"""「X要打造什么规模的Y」: the 级 word a plan prints before what it builds (万亿级产业集群, 百万吨级物流基地), of the owner
printed just before it in its clause (tests/data/scale-words-plan.txt, made up). Traps: an owner printed with no scale
of that thing, the thing of another kind (外贸产业集群 asked of an industry whose 产业集群 is sized), a year past the plan's.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA, hash_engine

PLAN = DATA / "scale-words-plan.txt"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return hash_engine(tmp_path_factory, [PLAN], "scale-words")


@pytest.mark.parametrize("question,said,unsaid", [
    ("新能源汽车要打造什么规模的产业集群？", "万亿级产业集群", "千亿级"),
    ("生物医药产业集群是多大规模？", "千亿级产业集群", "万亿级"),
    ("智能家电要打造什么量级的产业集群？", "五百亿级产业集群", "千亿级"),
    ("纺织服装外贸产业集群是什么规模？", "三百亿级外贸产业集群", "千亿级"),
    ("电子信息要打造什么规模的外贸产业集群", "千亿级外贸产业集群", "三百亿级"),
    ("到2030年集成电路要打造多大规模的产业集群？", "千亿级产业集群", "万亿级"),
    ("临港物流基地是什么规模？", "百万吨级临港物流基地", "亿级"),
])
def test_the_scale_printed_before_the_owners_thing(engine, question, said, unsaid):
    a = engine.ask(question)
    assert a.found and said in a.answer and unsaid not in a.answer.split("原文")[0], a.answer
    assert a.citations, a.answer


@pytest.mark.parametrize("question", [
    "人工智能要打造什么规模的产业集群？",
    "新能源汽车要打造什么规模的外贸产业集群？",
    "到2035年新能源汽车要打造什么规模的产业集群？",
])
def test_no_scale_of_the_owner_thing_or_year_is_refused(engine, question):
    a = engine.ask(question)
    assert not a.found, a.answer
