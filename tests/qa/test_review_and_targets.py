"""A special plan that prints two tables of the same rows — the period before's targets and outcomes
(“十四五”目标值 / 2025年 / 完成情况) and its own (“十四五”现状 / “十五五”目标), cells one per line — and
states further figures in prose (tests/data/review-and-targets-plan.md, made up after a district's
绿化市容 plan). Each class in several wordings: a year neither table has a column for, a period said
by number whose cell is blank, a rate asked under words a row's name starts with, what was actually
built asked with the verb split from its object, and a figure restated with the same value.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA, hash_engine
from tests.qa.said import norm, said

PLAN = DATA / "review-and-targets-plan.md"


@pytest.fixture(scope="module")
def qe(tmp_path_factory):
    return hash_engine(tmp_path_factory, [PLAN], "review-targets-home")


@pytest.mark.parametrize("question", [
    "到2035年桐溪区绿化覆盖率要达到多少？",
    "2035年的绿化覆盖率目标是多少？",
    "绿化覆盖率2035年要到多少？",
])
def test_a_year_no_table_gives_is_refused_saying_what_it_gives(qe, question):
    a = qe.ask(question)
    assert not a.found, a.answer
    assert "2035" in a.answer and "29.5" in a.answer  # what the plan does give: its own 2030 target


@pytest.mark.parametrize("question", [
    "新能源环卫车辆占比十四五末是多少？",
    "“十四五”末新能源环卫车辆占比的现状值是多少？",
    "十四五期末新能源环卫车辆占比是多少？",
])
def test_a_period_said_by_number_whose_cell_is_blank_is_refused(qe, question):
    a = qe.ask(question)
    assert not a.found, a.answer
    assert "60以上" in a.answer  # the target it does print, said as what the table gives


@pytest.mark.parametrize("question", [
    "到十五五末，夜景照明设施节能灯具使用率要达到多少？",
    "夜景照明节能灯具使用率的目标是多少？",
    "十五五末，夜景照明节能灯具使用率要达到多少？",
])
def test_a_rate_under_a_rows_first_words_is_not_that_rows_figure(qe, question):
    a = qe.ask(question)
    # 夜景照明建设 counts 处 (4 → 5): never its figures for the lamps' rate
    assert "5处" not in said(a) and "2030年目标为5" not in said(a), a.answer
    assert a.found and "97%" in said(a), a.answer


@pytest.mark.parametrize("question", [
    "十四五期间实际新建了多少绿地？",
    "“十四五”期间桐溪实际新建了多少绿地？",
    "十四五时期新建绿地实际完成了多少？",
])
def test_what_was_actually_built_is_the_outcome_not_the_target(qe, question):
    a = qe.ask(question)
    assert a.found and "52.36" in said(a), a.answer
    assert "40" not in norm(a.answer).replace("52.36", ""), a.answer  # the 十四五 target is no outcome


@pytest.mark.parametrize("question, value", [
    ("十五五要新建多少公里绿道？", "8"),
    ("桐溪要新建多少绿地？", "20"),
])
def test_a_verb_split_from_its_object_names_the_row(qe, question, value):
    a = qe.ask(question)
    assert a.found and f"2030年目标为{value}" in norm(a.answer), a.answer


def test_the_same_figure_elsewhere_is_no_restatement_that_differs(qe):
    a = qe.ask("绿化覆盖率十四五实际完成了多少？")
    assert a.found and "29.12" in a.answer and "与上不同" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "十五五末绿化覆盖率和新建绿道分别要达到多少？",
    "到十五五末，绿化覆盖率和新建绿道各要达到多少？",
])
def test_a_row_named_in_both_tables_is_cited_to_its_own(qe, question):
    a = qe.ask(question)
    assert a.found and "29.5" in said(a) and "8" in said(a), a.answer
    assert any("“十五五”目标为29.5" in norm(c.text) for c in a.citations), [c.text for c in a.citations]


@pytest.mark.parametrize("question", [
    "十四五时期桐溪还有哪些短板弱项？",
    "规划里说存在哪些短板弱项？",
    "短板弱项有哪些？",
])
def test_a_heading_titled_with_what_is_asked_lists_it(qe, question):
    a = qe.ask(question)
    assert a.found and "公园布局仍不均衡" in said(a) and "环卫设施仍有短板" in said(a), a.answer


@pytest.mark.parametrize("question", ["环境卫生工作还面临哪些问题？", "环境卫生工作面临的问题有哪些？"])
def test_a_counted_item_is_named_after_its_framing_phrase(qe, question):
    a = qe.ask(question)
    assert a.found and "桐溪的环卫设施用地仍然紧张" in said(a), a.answer


@pytest.mark.parametrize("question", ["哪项指标比十三五期末下降了12.6%？", "比“十三五”末下降12.6%的是哪个指标？"])
def test_a_base_asked_is_no_year_of_the_value(qe, question):
    a = qe.ask(question)
    assert a.found and "万元工业增加值用水量" in said(a), a.answer


@pytest.mark.parametrize("question", ["“加强立体绿化”放在哪一项主要任务下面？", "加强立体绿化放在哪个主要任务下面？"])
def test_a_numbered_item_is_placed_under_its_task(qe, question):
    a = qe.ask(question)
    assert a.found and "绿化建设" in a.answer and "夜景照明" not in a.answer, a.answer  # its task, not every task


@pytest.mark.parametrize("question", ["十四五期间桐溪园林绿化一共投入了多少钱？", "十四五期间园林绿化投入了多少钱？"])
def test_money_put_in_is_the_measure_printed(qe, question):
    a = qe.ask(question)
    assert a.found and "36亿元" in said(a), a.answer


@pytest.mark.parametrize("question", ["生活垃圾回收利用率十五五的目标是多少？", "到十五五末生活垃圾回收利用率要达到多少？",
                                      "2030年生活垃圾回收利用率要达到多少？"])
def test_the_share_asked_by_its_year_is_said_with_its_percent(qe, question):
    a = qe.ask(question)
    assert a.found and "2030年目标为48%" in norm(a.answer), a.answer
    assert "2025年为44%" in norm(a.answer), a.answer  # the year not asked is said with its year, and its unit


def test_a_share_of_a_year_not_asked_is_quoted_with_its_year_and_unit(qe):
    """A not-found answer quoted 「2030年目标为48」: every figure it quotes carries its unit, beside its own year."""
    a = qe.ask("2035年生活垃圾回收利用率要达到多少？")
    assert not a.found and "2030年目标为48%" in norm(a.answer) and "2035年为" not in norm(a.answer), a.answer


@pytest.mark.parametrize("question", ["绿化覆盖率十四五的目标是多少？", "“十四五”绿化覆盖率的规划目标是多少？"])
def test_the_rows_own_outcome_is_no_restatement_of_its_target(qe, question):
    a = qe.ask(question)
    assert a.found and "28.5" in a.answer and "与上不同" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["十五五要建设多少口应急取水井？", "要建设多少口应急取水井？"])
def test_a_hyphen_range_is_answered_whole(qe, question):
    a = qe.ask(question)
    assert a.found and "6-8口" in said(a), a.answer
