"""Questions on an invented district 纲要 numbered 一、 > 1. > 1.1 (tests/data/qa-decimal-outline-plan.md), the classes
lane probe20 found failing on the 浦东 and 普陀 十五五 纲要, each asked in wordings of its own:

* a table flattened under a two-row header: a row's target and 属性, a period total printed in the 年均（累计） column,
  the rows of a 类别 and of a 属性 counted;
* a figure of the 「过去五年」 review asked for the plan's period: refused, saying the year the plan gives;
* the plan's own region said short (滨湖 for 滨湖新区);
* a formula's members: the lead-ins under the heading naming it (四区协同), the names a formula counting 多 prints
  after it (一廊多园), the labels after a counted group (两大主导产业);
* a count dated 「“十五五”末期」; an industry's 规模 printed a sentence after its name, never a count of other things.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "qa-decimal-outline-plan.md"


@pytest.mark.parametrize("question, wanted", [
    ("研发经费投入强度的规划目标是多少？是约束性还是预期性？", ["3.5", "预期性"]),
    ("研发经费投入强度到2030年要达到多少？", ["3.5"]),
    ("新增规上工业企业数这项指标目标多少家？", ["120"]),
    ("规划期内新增社区卫生服务站数累计要达到多少个？", ["20"]),
    ("“十五五”时期新增社区卫生服务站要达到多少个？", ["20"]),
])
def test_two_row_header_rows(plan, question, wanted):
    a = plan.ask(question)
    assert a.found and all(w in a.answer for w in wanted), a.answer


@pytest.mark.parametrize("question, rows", [
    ("主要指标里民生福祉类有几项？", ["城镇调查失业率", "新增社区卫生服务站数"]),
    ("哪些指标是约束性的？", ["城镇调查失业率", "细颗粒物年均浓度"]),
])
def test_rows_of_a_group_or_attribute(plan, question, rows):
    a = plan.ask(question)
    assert a.found and "2项" in a.answer and all(r in a.answer for r in rows), a.answer


@pytest.mark.parametrize("question", ["“十五五”期间要新增多少张养老床位？", "十五五时期新增养老床位要达到多少张？"])
def test_review_figure_not_the_plans_target(plan, question):
    a = plan.ask(question)  # the figure is dated by its 「过去五年」 heading: the period before, never the plan's
    assert not a.found and "1200" not in a.answer.split("规划给出")[0] and "2025年" in a.answer, a.answer


@pytest.mark.parametrize("question, wanted", [
    ("到2030年滨湖港口货物吞吐量要达到多少？", "1亿吨"),
    ("2025年滨湖港口货物吞吐量是多少？", "8600万吨"),
    # 滨湖机场 is printed as a name of its own: no region said before 机场
    ("2030年滨湖机场旅客吞吐量要达到多少？", "1500万人次"),
])
def test_own_region_said_short(plan, question, wanted):
    a = plan.ask(question)
    assert a.found and wanted in a.answer, a.answer


@pytest.mark.parametrize("question, members", [
    ("“四区协同”是哪四个区？", ["湖东商务区", "湖西科创区", "南岸物流区", "北岸文旅区"]),
    ("“一廊多园”里有哪些园？", ["智造产业园", "数字产业园", "健康产业园"]),
    ("“一廊多园”里的几个园分别是什么？", ["智造产业园", "数字产业园", "健康产业园"]),
    ("两大主导产业分别是哪两个？", ["绿色能源产业", "智能装备产业"]),
])
def test_formula_members(plan, question, members):
    a = plan.ask(question)
    assert a.found and all(m in a.answer for m in members), a.answer
    assert "湖东园区" not in a.answer and "走廊" not in a.answer, a.answer


@pytest.mark.parametrize("question, wanted", [
    ("十五五末期要布局几个百亿级新兴赛道？", ["4个"]),
    ("“十五五”末期要培育几个千亿级主导产业、布局几个百亿级新兴赛道？", ["2个", "4个"]),
])
def test_count_dated_by_the_period_end(plan, question, wanted):
    a = plan.ask(question)
    assert a.found and all(w in a.answer for w in wanted), a.answer


@pytest.mark.parametrize("question, wanted, other", [
    ("智能装备产业规模预计多少？", "500亿元", "800"),
    ("绿色能源产业规模能到多少？", "800亿元", "500"),
])
def test_scale_printed_after_the_industry_named(plan, question, wanted, other):
    a = plan.ask(question)
    assert a.found and wanted in a.answer and other not in a.answer, a.answer


@pytest.mark.parametrize("question", ["现代物流产业规模是多少？", "现代物流产业的规模能到多少？"])
def test_scale_never_a_count_of_other_things(plan, question):
    a = plan.ask(question)  # 「…现代物流三大产业」 counts the industries; the plan gives no 规模 of this one
    assert not a.found and "三大" not in a.answer.split("相关")[0], a.answer


def test_scale_of_a_zone_the_plan_does_not_give_refused(plan):
    a = plan.ask("北岸文旅区规模预计多少？")
    assert not a.found, a.answer


def test_scale_read_for_the_member_named_nearest(plan):
    from qa.values.ownclause import own_clause_figures

    # 「两大主导产业。绿色能源产业：…规模可达到800亿元。智能装备产业：…规模超500亿元」: each 规模 is its member's
    assert [f.value for f in own_clause_figures(plan.kb, "智能装备产业规模", "智能装备产业规模多少？")] == ["500亿元"]
    assert own_clause_figures(plan.kb, "主导产业规模", "主导产业规模是多少？") == []
