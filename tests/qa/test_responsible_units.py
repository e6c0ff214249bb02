"""「X由哪些单位负责」「X的牵头单位是谁」「X归哪个部门管」: the units a 实施方案/行动计划 prints after a task, on an
invented 行动计划 with three bracket forms (责任单位：…, 牵头单位：…；配合单位：…, 「A牵头，B配合」), a 责任部门 line
and one task printed without units."""
from __future__ import annotations

import pytest

from qa.passages.responsible import RESPONSIBLE_ASKED, responsible_units
from tests.conftest import DATA

PLAN = DATA / "qa-responsible-units-plan.md"


@pytest.mark.parametrize("text, expected", [
    ("1.强化规划管控。编制规划。（责任单位：区建设局、区规划局，各街镇）",
     [("责任单位", ["区建设局", "区规划局", "各街镇"])]),
    ("推进改造。（牵头单位：市住建局；配合单位：市财政局、各区政府）",
     [("牵头单位", ["市住建局"]), ("配合单位", ["市财政局", "各区政府"])]),
    ("推进社区建设。（市民政局牵头，市商务局、各区政府配合）",
     [("牵头", ["市民政局"]), ("配合", ["市商务局", "各区政府"])]),
    ("推进社区建设，完善设施（含养老、托育）。", []),
    ("到2027年，新建绿道60公里（其中滨水绿道20公里）。", []),
])
def test_units_read_from_the_bracket(text, expected):
    assert responsible_units(text) == expected


@pytest.mark.parametrize("question", [
    "推进排水管网改造由哪些单位负责？", "推进排水管网改造的责任单位是哪些？", "排水管网改造归哪个部门管？",
    "谁负责推进排水管网改造？", "推进排水管网改造这项任务是哪个部门牵头？",
])
def test_responsible_units_of_a_named_task(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "市水务局" in a.answer and "市城管局" in a.answer, a.answer
    assert "市园林局" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["老旧小区改造的牵头单位是谁？", "实施老旧小区改造由哪个部门牵头？"])
def test_lead_and_partner_units(plan, question):
    a = plan.ask(question)
    assert a.found and "市住房城乡建设局" in a.answer and "配合单位" in a.answer, a.answer


@pytest.mark.parametrize("question, unit, not_unit", [
    ("完整社区建设由谁牵头？", "市民政局", "市水务局"),
    ("建设城市绿道由哪个部门负责？", "市园林局", "市城管局"),
])
def test_other_printed_forms(plan, question, unit, not_unit):
    a = plan.ask(question)
    assert a.found and unit in a.answer and not_unit not in a.answer, a.answer


def test_task_printed_without_units_is_said_so(plan):
    a = plan.ask("开展危旧房屋排查由哪些单位负责？")
    assert not a.found and "没有写明" in a.answer, a.answer


@pytest.mark.parametrize("question", ["新建绿道多少公里？", "排水管网改造怎么推进？"])
def test_other_questions_are_not_asked_for_units(question):
    assert not RESPONSIBLE_ASKED.search(question)


@pytest.mark.parametrize("question, expected, other", [
    ("城区按多少年一遇设防？", ["100年一遇"], "50年一遇防洪"),
    ("郊区的防洪标准是多少年一遇？", ["50年一遇"], "100年一遇"),
    ("除涝标准，中心城区和一般地区分别是多少年一遇？", ["20年一遇", "10年一遇"], "100年一遇"),
    ("新建城区雨水管渠要达到几年一遇的排水标准？", ["3~5年一遇"], "100年一遇"),
    ("一般地区除涝标准是几年一遇？", ["10年一遇"], "20年一遇"),
])
def test_return_period_standard_as_printed(plan, question, expected, other):
    """「按多少年一遇设防」: the N年一遇 of the asked area and standard, from its own 、-clause."""
    a = plan.ask(question)
    assert a.found, a.answer
    for e in expected:
        assert e in a.answer, a.answer
    assert other not in a.answer.split("（")[0], a.answer


@pytest.mark.parametrize("question, first, second", [
    ("到2030年新建城区雨水管渠要达到几年一遇的排水标准？暴雨呢？", "3~5年一遇", "50年一遇"),
    ("城区防洪标准是多少年一遇？郊区呢？", "100年一遇", "50年一遇"),
])
def test_return_period_second_part_by_ellipsis(plan, question, first, second):
    """「…几年一遇的排水标准？暴雨呢？」: the second part is the clause naming its own word, not the first's measure."""
    a = plan.ask(question)
    assert a.found and first in a.answer and second in a.answer, a.answer
    assert a.answer.index(first) < a.answer.index(second), a.answer


def test_task_named_with_another_verb(plan):
    """「加快老旧小区改造的牵头单位」: the task printed as 实施老旧小区改造 (one verb changed) is still the task."""
    a = plan.ask("加快实施老旧小区改造的牵头单位是谁？")
    assert a.found and "市住房城乡建设局" in a.answer, a.answer


def test_task_the_plan_does_not_print(plan):
    a = plan.ask("道路扬尘治理由哪些单位负责？")
    assert not a.found or "市" not in a.answer, a.answer


@pytest.mark.parametrize("question, whole, share, other", [
    ("新建绿道多少公里？其中滨水绿道呢？", "60公里", "20公里", None),
    ("绿道要新建多少公里？其中滨水绿道多少？", "60公里", "20公里", None),
    ("口袋公园一共建几个？其中新城几个？", "12个", "5个", "7个"),
    ("口袋公园共计建设多少个？其中中心城区有几个？", "12个", "7个", None),
    ("新增停车泊位多少个？其中公共充电泊位呢？", "8000个", "1500个", None),
    ("停车那一项，新增停车泊位多少个？其中公共充电泊位呢？", "8000个", "1500个", None),
    ("公园那一项，口袋公园一共建多少个？其中中心城区几个？", "12个", "7个", "5个"),
])
def test_share_after_the_figure(plan, question, whole, share, other):
    """「…多少？其中X呢」: X's share printed after the first part's figure in its clause (其中X v / (X v、…))."""
    a = plan.ask(question)
    assert a.found and whole in a.answer, a.answer
    said = a.answer.split("其中")[-1]
    assert share in said and (other is None or other not in said), a.answer


def test_share_the_clause_does_not_print(plan):
    a = plan.ask("新建绿道多少公里？其中山地绿道呢？")
    assert "山地绿道：20公里" not in a.answer, a.answer


@pytest.mark.parametrize("question, lead, partner", [
    ("推进生活垃圾分类由哪些单位负责？", "市城管局", "市商务局"),
    ("背街小巷整治的牵头单位是谁？", "市住房城乡建设局", "各区政府"),
])
def test_units_from_a_task_table(plan, question, lead, partner):
    """| 重点任务 | 牵头单位 | 配合单位 |: the row of the asked task, each role column with its units."""
    a = plan.ask(question)
    assert a.found and lead in a.answer and partner in a.answer and "牵头单位" in a.answer, a.answer


@pytest.mark.parametrize("question", ["绿道总面积是按多少公顷计的？", "绿道总面积按多少公顷算？", "绿道总面积要按多少公顷来计算？"])
def test_figure_reckoned_by(plan, question):
    """「…按照120公顷计」 (a table note's reckoning) asked 「按多少公顷算」: the figure as any figure."""
    a = plan.ask(question)
    assert a.found and "120公顷" in a.answer, a.answer
