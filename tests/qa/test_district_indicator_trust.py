"""Indicator rows of a district plan's core-indicator box asked in office wording (an invented plan).

- A row linked by likeness only, whose shared words follow another subject, is no answer: 「战略性新兴产业产值占
  工业总产值比重」 is never the row 高新技术产业产值占规上工业总产值比重 (another measure's figure).
- The 现状 asked of a row whose 现状 cell is printed “/” is not found, saying what the row gives — never the
  target beside it.
- A share's value with its approximation word (3.5左右) is a share, not an amount in a unit of its own.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "district-flat-indicator-box-plan.md"


@pytest.mark.parametrize("question", [
    "战略性新兴产业产值占规上工业总产值比重要达到多少？",
    "战略性新兴产业产值占规上工业总产值的比重是多少？",
    "到2030年战略性新兴产业产值占规上工业总产值比重达到多少？",
])
def test_a_sibling_rows_figure_is_not_found(plan, question):
    a = plan.ask(question)
    assert not a.found and "45" not in a.answer.split("以下段落")[0], a.answer


def test_the_row_itself_still_answers(plan):
    a = plan.ask("高新技术产业产值占规上工业总产值比重要达到多少？")
    assert a.found and "45" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "养老床位数占老年人口比例现状值是多少？", "养老床位数占老年人口比例目前是多少？", "新增科技企业孵化器现状是多少？",
])
def test_a_blank_base_cell_is_not_found(plan, question):
    a = plan.ask(question)
    assert not a.found and "未列" in a.answer and "现状" in a.answer, a.answer


@pytest.mark.parametrize("question, value", [("道路网密度现状是多少？", "6.1"), ("公共文化设施面积目前是多少？", "12")])
def test_a_printed_base_cell_answers(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "研发经费支出占GDP的比例2030年要到多少？", "研发经费支出相当于地区生产总值比例近期规划目标是多少？",
    "2030年研发经费支出占地区生产总值比例要达到多少？",
])
def test_a_share_with_its_approximation_word(plan, question):
    a = plan.ask(question)
    assert a.found and "3.5左右" in a.answer, a.answer


@pytest.mark.parametrize("question, heading", [
    ("北环路跨河通道是放在哪项行动里的？", "完善综合交通行动"),
    ("滨江绿道写在哪项行动中？", "推进蓝绿空间行动"),
    ("优化公交站点布局属于哪项行动？", "完善综合交通行动"),
])
def test_which_action_a_phrase_sits_in(plan, question, heading):
    a = plan.ask(question)
    assert a.found and heading in a.answer, a.answer
