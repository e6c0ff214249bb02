"""Questions on an invented plan whose two indicator tables print their header over several rows, flattened cell by
cell (tests/data/stacked-header-tables-plan.md; see tests/kg/ingest/test_table_stacked_header.py), in office wording:

* a row's figure by the column asked — the “十四五” 完成值 (what was done) or the “十五五” 目标值, the 现状 or the
  近期规划 — and a row found by its figure;
* a present value asked (现在/目前/现状) where the row's 现状 cell is 「/」: not found, saying what the row gives — the
  2030 target is no answer to it;
* a share asked of a row whose target is printed 「4.1左右」 in a % column: 左右 is no unit of its own;
* a 专栏 titled by the table it holds counts its rows, and is found by its title less the plan's name leading it;
* a town named by one character and its kind word (北桥) that the plan never prints: not found, while one it
  prints (马桥) is answered.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "stacked-header-tables-plan.md"


@pytest.mark.parametrize("question, figure", [
    ("“十四五”期间燃气老化管道改造完成了多少公里？", "355"),
    ("十四五燃气老化管道改造实际完成了多少？", "355"),
    ("十五五燃气老化管道改造的目标是多少公里？", "421"),
    ("到2030年河湖水面率要达到多少？", "3.9"),
    ("河湖水面率现状是多少？", "3.8"),
])
def test_column_asked(plan, question, figure):
    a = plan.ask(question)
    assert a.found and figure in a.answer, a.answer


@pytest.mark.parametrize("question, row", [
    ("哪个指标的“十五五”目标值是421？", "燃气老化管道改造数量"),
    ("十四五完成值为240的是哪个指标？", "老旧小区整治改造面积"),
])
def test_row_by_its_figure(plan, question, row):
    a = plan.ask(question)
    assert a.found and row in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "养老床位数占老年人口比例现在是多少？",
    "目前新增科技型企业孵化器有多少家？",
    "满足消防响应时间的现状值是多少？",
])
def test_blank_present_cell_is_not_the_target(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert "现状" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "研发经费支出占GDP的比例2030年要达到多少？",
    "全社会研发经费支出相当于地区生产总值比例近期规划是多少？",
])
def test_approximate_share(plan, question):
    a = plan.ask(question)
    assert a.found and "4.1" in a.answer, a.answer


@pytest.mark.parametrize("question", ["专栏1一共有多少项指标？", "专栏1里有几项指标？"])
def test_table_box_counts_its_rows(plan, question):
    a = plan.ask(question)
    assert a.found and "7项" in a.answer, a.answer


@pytest.mark.parametrize("question", ["北桥的城中村改造什么时候完成？", "北桥那边的城中村改造怎么安排？"])
def test_unprinted_town_by_one_character(plan, question):
    a = plan.ask(question)
    assert not a.found and "北桥" in a.answer, a.answer


def test_printed_town_by_one_character(plan):
    a = plan.ask("马桥的城中村改造什么时候完成？")
    assert a.found and "2028" in a.answer, a.answer


@pytest.mark.parametrize("question", ["核心指标表放在第几个专栏？", "核心指标表在哪个专栏里？", "“核心指标表”是哪个专栏？"])
def test_box_titled_after_the_plan_named_by_its_own_words(plan, question):
    # 「某区城市更新和空间近期规划核心指标表」 is asked as 核心指标表: the plan's name leading the title is no part of it
    a = plan.ask(question)
    assert a.found and "专栏1" in a.answer, a.answer
