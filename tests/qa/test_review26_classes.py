"""Trust checks of lane review26, each one mechanism at its depth, asked of an invented plan (tests/data/review26-plan.md).

- A member of a 、-run of names of no parallel form (「石榴、桂林、松涛、临江四个片区城市更新，…累计新增公共空间面积
  45万平方米」) is never given the run's figure — by any answerer or the last-resort clause fallback — unless 各/分别/
  每个 gives the figure to each (qa.checks.joint.joint_member; the fallback keeps no check of its own).
- One box item asked (「专栏1里的物流分拨中心总投资多少」「…冷链物流中心要购置多少台冷藏车」) is answered by that item's
  own paragraph only: never the box's sum or count over its siblings, nor a sibling's figure (qa.values.figures.named_item).
- A grade asked (万吨级码头) is never answered by a sibling grade's figure (千吨级码头).
- A figure asked as it stands now (现在, 目前) is never a target: one check (qa.checks.scope.target_not_now) reads the
  years the answer dates it by against the horizon, and the sentence and headings over it.
"""
from __future__ import annotations

import pytest

from qa.checks.joint import joint_member
from qa.checks.scope import foreign_scope, target_not_now
from qa.values.printedrun import printed_run
from qa.answer import Citation
from tests.conftest import DATA

PLAN = DATA / "review26-plan.md"
RUN = "加快推进石榴、桂林、松涛、临江四个片区城市更新,确保“十四五”期间全面完成,累计新增公共空间面积45万平方米"


@pytest.mark.parametrize("question", ["桂林片区新增公共空间面积多少", "石榴片区累计新增多少公共空间面积",
                                      "松涛和临江片区新增公共空间多少平方米"])
def test_a_member_of_a_run_of_unlike_names_is_a_joint_member(question):
    found = joint_member(question, RUN)
    assert found is not None and found[2] == "45万平方米", found


@pytest.mark.parametrize("question, sentence", [
    ("石榴、桂林、松涛、临江四个片区新增公共空间面积多少", RUN),  # the whole run asked
    ("片区更新新增公共空间面积多少", RUN),  # no member asked
    ("东岸驿站建几座", "实施东岸、西岸、北岸滨江步道贯通工程,各建设驿站2座"),
    ("东岸驿站建几座", "实施东岸、西岸、北岸滨江步道贯通工程,分别建设驿站2座"),
    ("东岸驿站建几座", "实施东岸、西岸、北岸滨江步道贯通工程,每个建设驿站2座"),
])
def test_the_whole_run_or_a_figure_given_to_each_is_no_joint_member(question, sentence):
    assert joint_member(question, sentence) is None


@pytest.mark.parametrize("question", ["桂林片区新增公共空间面积多少", "临江片区要新增多少平方米公共空间",
                                      "石榴片区城市更新累计新增公共空间面积是多少"])
def test_no_answerer_gives_a_member_the_runs_figure(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert "45万平方米" in a.answer and "几项合计" in a.answer, a.answer


def test_a_run_asked_whole_is_one_owner_not_cut_into_members():
    # 「…治理湘江、潇水多长」 names the whole run its clause prints one figure of: read as one owner, never cut into
    # members each refused as a joint member; the tail of a longer run stays no owner
    text = "河道整治工程。青溪、白沙河治理30公里，综合治理桃溪、柳河、石溪长度共计80公里。"
    assert printed_run("河道整治工程治理青溪、白沙河多长", [text]) == "青溪、白沙河"
    assert printed_run("柳河、石溪治理多长", [text]) is None


def test_a_place_with_its_level_or_a_numbered_name_is_no_member():
    s = "建设滨江绿地广场、城区换乘中心、临江古城2号停车场"
    assert joint_member("临江区河道整治工程治理多长", s) is None
    assert joint_member("临江古城停车场新增停车位多少个", "建设滨江绿地广场、城区换乘中心、临江古城停车场,新增停车位300个") is not None


def test_one_check_reads_a_target_from_its_years():
    assert target_not_now("养老床位现在有多少张", "4200张", years=[2030], horizon=2025)
    assert target_not_now("养老床位到2030年要达到多少张", "4200张", years=[2030], horizon=2025) is None
    assert target_not_now("养老床位现在有多少张", "2600张", years=[2020], horizon=2025) is None


def test_one_check_reads_a_target_from_its_sentence_and_headings():
    assert target_not_now("现在养老床位有多少张", "4200张", sentence_before="到2030年,全区养老床位达到")
    assert target_not_now("现在养老床位有多少张", "2600张", headings=["一、发展基础"]) is None
    # the scope check asked of a figure's citation says the same
    cite = Citation(id="x", text="到2030年,全区养老床位达到4200张。", chapter="二、主要任务", section="（一）推进片区更新")
    why = foreign_scope("现在养老床位有多少张", "4200张", "到2030年,全区养老床位达到4200张", cite)
    assert why and "目标" in why, why


def test_a_target_is_never_the_present_figure(plan):
    a = plan.ask("全区养老床位现在有多少张")
    assert "4200" not in "".join(i.label for i in a.items), a.answer


@pytest.mark.parametrize("question", [
    "专栏1里的物流分拨中心总投资多少亿元？",
    "专栏1里的冷链物流中心要购置多少台冷藏车？",
    "专栏1里的城中村改造项目总投资是多少？",
    "专栏1里的冷链物流中心选址在哪个镇？",
])
def test_one_box_item_never_takes_a_siblings_figure_or_the_boxs_sum(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert not any(v in a.answer for v in ("6亿元", "10亿元", "20台", "临江镇")), a.answer


@pytest.mark.parametrize("question, value", [
    ("专栏1里的综合保税仓库总投资多少？", "6亿元"),
    ("专栏1里的城区配送站要购置多少台冷藏车？", "20台"),
    ("专栏1里的冷链园区总投资是多少？", "8亿元"),  # the figure its own clause names 总投资, not its 一期's
])
def test_one_box_items_own_figure_is_answered(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


def test_a_grade_asked_is_never_a_sibling_grades_figure(plan):
    a = plan.ask("滨江货运码头要建几个万吨级码头？")
    assert not a.found and "2个" not in "".join(i.label for i in a.items), a.answer
    assert plan.ask("滨江货运码头要建几个千吨级码头？").found
