"""Spoken wordings around a figure question that ask nothing more: an intention verb (打算/准备/想要建几所) is the
plan's 要, and a time word after the thing (建成以后, 迁建之后) no part of the measure asked (seedwords3 b2:
「示范性托育机构打算建几所」 not found while 「…要建几所」 was; 「永州七中异地新建以后有多少个学位」 asked 以后学位).
"""
from __future__ import annotations

import pytest

from qa.question.wording import read_wording
from tests.conftest import DATA


@pytest.mark.parametrize("question, read", [
    ("示范性托育机构打算建几所", "示范性托育机构要建几所"),
    ("乡镇污水处理厂准备建多少个？", "乡镇污水处理厂要建多少个？"),
    ("园区想要建多少标准厂房", "园区要建多少标准厂房"),
    ("县一中迁建以后有多少个学位", "县一中迁建有多少个学位"),
    ("县一中建成之后能有几个教学班？", "县一中建成能有几个教学班？"),
    ("年产值过亿的企业要弄几家", "年产值过亿元的企业要达到几家"),
    ("到2025年要建成高标准农田多少亩", "到2025年高标准农田要建成多少亩"),
    ("要新建风机多少台？", "风机要新建多少台？"),
])
def test_spoken_modal_and_time_words_read(question, read):
    assert read_wording(question) == read


@pytest.mark.parametrize("question", [
    "规划打算怎么发展托育服务？",      # a how-question: 打算 stays for the passage answerers
    "以后的发展方向是什么？",          # 以后 asked about, no figure
    "建成以后怎么运营？",
    "园区每年建成标准厂房多少平方米",   # an owner before the verb: the answerers read it as it stands
    "要做几件事？",
    "建设用地多少亩？",                # 建设用地, 建成区, 新增就业: nouns of their own
    "建成区面积多少平方公里",
    "要新增就业多少人",
    "要建设交通设施是第几章第几节？",  # where a heading sits: no count
])
def test_words_of_other_questions_stay(question):
    assert read_wording(question) == question


@pytest.fixture(scope="module")
def modal(engine_for):
    return engine_for(DATA / "spoken-modal-plan.txt")


@pytest.mark.parametrize("question, expected", [
    ("示范性托育机构打算建几所", ["2所"]),
    ("乡镇污水处理厂准备建几个？", ["5个"]),
    ("县一中迁建以后有多少个学位、多少个教学班", ["3600", "72"]),
    ("县一中迁建之后有多少个学位", ["3600"]),
    ("年产值过亿的企业要弄几家", ["3家"]),
    ("年产值超亿的企业打算搞几家？", ["3家"]),
    ("到2025年要建成高标准农田多少亩", ["6万亩"]),
    ("要建成高标准农田多少亩？", ["6万亩"]),
])
def test_figures_asked_in_spoken_words(modal, question, expected):
    a = modal.ask(question)
    assert a.found, a.answer
    for word in expected:
        assert word in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "县一中迁建项目打算投资多少钱？",    # no investment printed
    "示范性托育机构2030年打算建几所？",  # no 2030 figure
    "到2030年要建成高标准农田多少亩",      # no 2030 figure
    "年产值过亿的企业2030年要弄几家？",
])
def test_spoken_words_borrow_nothing(modal, question):
    assert not modal.ask(question).found


def test_a_noun_of_reserves_is_no_intention():
    assert read_wording("风险准备金规模多少？") == "风险准备金规模多少？"
    assert read_wording("打算要建几个客运站？") == "要建几个客运站？"
