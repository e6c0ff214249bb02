"""Lane parts26 (issue 11): a question asking several things — a figure beside where or who the plan writes it.

「信用联合奖惩是第几章提的？要覆盖多少个领域？」「示范性街镇要率先建成几个，清单里谁来推进？」「发展绿色金融由哪个
单位负责？推动热泵应用呢？」: each part is answered (and verified) alone, a part naming no subject asked of the first
part's, and a part the plan does not answer said so alone. Questions are our own, on a made-up 行动方案
(tests/data/parts26-action-plan.txt: tasks each closed by a 「（责任单位：…）」 line, a rate set for two kinds of
building at once) and on the seed plan.
"""
from __future__ import annotations

import pytest

from qa.passages.responsible import _tasks
from qa.checks.joint import joint_member
from qa.question.mixedparts import mixed_parts
from tests.conftest import DATA, hash_engine
from tests.qa.said import cited, norm, said

PLAN = DATA / "parts26-action-plan.txt"


@pytest.fixture(scope="module")
def ah(tmp_path_factory):
    return hash_engine(tmp_path_factory, [PLAN], "parts26-action-home")


# 1. Cutting a mixed question ------------------------------------------------------------------
@pytest.mark.parametrize(
    "question, parts",
    [
        ("信用联合奖惩是第几章提的？要覆盖多少个领域？", [("信用联合奖惩是第几章提的", "where"), ("信用联合奖惩要覆盖多少个领域", "figure")]),
        ("全区省保单位的目标写在哪个专栏？要达到几处？", [("全区省保单位的目标写在哪个专栏", "where"), ("全区省保单位要达到几处", "figure")]),
        ("示范性街镇要率先建成几个，清单里谁来推进？", [("示范性街镇要率先建成几个", "figure"), ("示范性街镇由谁来推进", "who")]),
        ("再生水利用率要达到多少，这项谁来负责？", [("再生水利用率要达到多少", "figure"), ("再生水利用率由谁来负责", "who")]),
        ("公共机构到哪一年全部建成节水型单位？责任单位有哪些？",
         [("公共机构到哪一年全部建成节水型单位", "when"), ("公共机构的责任单位有哪些", "who")]),
        ("推进再生水利用由哪个单位负责？推广雨水收集呢？",
         [("推进再生水利用由哪个单位负责", "who"), ("推广雨水收集由哪个单位负责", "who")]),
    ],
)
def test_a_figure_beside_a_where_or_who_part_is_cut_into_parts(question, parts):
    assert [(p.text, p.kind) for p in mixed_parts(question)] == parts


@pytest.mark.parametrize("question", ["森林覆盖率要达到多少？湿地保护率呢？", "再生水输配管网建多少公里？", "规划有多少章？第3章有几节？"])
def test_figures_alone_or_one_part_are_no_mixed_question(question):
    assert mixed_parts(question) is None


# 2. Units printed on the line after a task ----------------------------------------------------
def test_a_units_line_after_a_task_is_that_tasks():
    texts = ["推进城东再生水厂建设,建设管网25公里。", "(责任单位:区水务局、区建管委)", "鼓励新建小区建设雨水收集设施。"]
    tasks = _tasks(texts)
    assert tasks[0][1] == [("责任单位", ["区水务局", "区建管委"])]
    assert tasks[2][1] == []  # the next task's own line is not printed after it


@pytest.mark.parametrize(
    "question, units, missing",
    [
        ("推进再生水利用由哪个单位负责？推广雨水收集呢？", ["区水务局", "区建管委", "区绿化市容局", "区房管局"], []),
        ("再生水利用率要达到多少，这项谁来负责？", ["30%", "区水务局", "区建管委"], ["区绿化市容局"]),
        ("新建机关办公建筑节水器具普及率不低于多少？由哪些单位负责？", ["95%", "区水务局", "区机管局"], ["区建管委"]),
    ],
)
def test_each_part_answered_with_the_units_of_its_own_task(ah, question, units, missing):
    a = ah.ask(question)
    assert a.found, a.answer
    assert all(norm(u) in said(a) for u in units), a.answer
    assert not any(norm(u) in said(a) for u in missing), a.answer
    assert all(cited(a, u) for u in units if not u.endswith("%")), a.citations  # the units line is cited too


def test_a_where_part_and_a_figure_part_both_answered_on_the_seed(engine):
    a = engine.ask("信用联合奖惩是第几章提的？要覆盖多少个领域？")
    assert "40" in said(a) and "第17章" in said(a), a.answer


def test_a_part_the_plan_does_not_answer_is_said_so_alone(ah):
    a = ah.ask("再生水利用率要达到多少，这项谁来牵头考核？")
    assert "30%" in said(a), a.answer


# 3. A rate set for two kinds at once is each one's ----------------------------------------------
def test_a_rate_set_for_two_kinds_at_once_is_no_joint_figure():
    sentence = "新建机关办公建筑和教育建筑节水器具普及率不低于95%"
    assert joint_member("新建机关办公建筑节水器具普及率不低于多少", sentence) is None
    # a total the two share stays the joint's
    assert joint_member("金溪治理河道多少公里", "金溪和银溪河道整治,共治理河道36公里") is not None


def test_a_rate_asked_of_one_of_two_kinds_is_answered(ah):
    a = ah.ask("新建机关办公建筑节水器具普及率不低于多少？")
    assert a.found and "95%" in said(a), a.answer


# 4. The clause quoted is the asked one's when its paragraph prints the figure twice ---------------
@pytest.mark.parametrize("question", ["新建住宅小区节水器具的普及比例不低于多少？", "新建住宅小区节水器具比例不低于多少，这项谁来负责？"])
def test_a_figure_printed_twice_quotes_the_asked_ones_clause(ah, question):
    a = ah.ask(question)
    assert a.found and "85%" in said(a), a.answer
    assert "新建住宅小区安装节水型器具的普及比例不低于85%" in norm(a.answer), a.answer
    assert "其他类型公共建筑安装节水型器具的普及比例不低于85%" not in norm(a.answer), a.answer


# 5. A 新增 row asked without its size word --------------------------------------------------------
@pytest.mark.parametrize("label, alias", [("新增专用绿地面积", "新增专用绿地"), ("新增公园数量（个）", "新增公园")])
def test_an_added_rows_name_is_asked_without_its_size_word(label, alias):
    from qa.index.kb import _measure_forms

    assert alias in _measure_forms({"label": label, "type": "Indicator"}, set())["aliases"]
    # a stem that is another entity's own name keeps the question to that entity
    assert "aliases" not in _measure_forms({"label": label, "type": "Indicator"}, {alias})


# 6. A where part quoting the plan says the heading it is under ------------------------------------
def test_a_where_part_says_the_heading_of_the_paragraph_it_finds(ah):
    a = ah.ask("城东、城西两座再生水厂在哪项任务里提的？再生水输配管网要建多少公里？")
    assert "25公里" in said(a), a.answer
    assert "推进再生水利用" in said(a), a.answer


def test_a_where_answer_quoting_no_heading_is_told_its_paragraphs_heading_path():
    from qa.answer import Answer, Citation
    from qa.engine import _placed

    cite = Citation("p1", "持续推进半淞园路街道整区域光伏试点。", chapter="一、主要任务", section="（一）全面实施光伏专项工程")
    a = _placed(Answer("q", "规划中的相关表述：持续推进半淞园路街道整区域光伏试点。", True, [], [cite], kind="semantic"))
    assert a.answer.startswith("写在一、主要任务 / （一）全面实施光伏专项工程。"), a.answer
    named = Answer("q", "信用联合奖惩出现在第17章 持续改善营商环境。", True, [], [cite], kind="location")
    assert _placed(named).answer == named.answer  # a heading already named is not said again


# 7. An area asked is never answered by a length ----------------------------------------------------
def test_an_area_asked_is_not_answered_by_a_length():
    from qa.answer import Answer, Citation, Item
    from qa.checks.verify import checked_figures

    cite = Citation("p1", "石坝仔水库灌区渠道21.5km,灌溉面积5.96万亩")
    length = Answer("q", "石坝仔水库灌区：21.5km", True, [Item("21.5km", cite, detail="石坝仔水库灌区渠道21.5km")], [cite], kind="fact")
    assert not checked_figures("石坝仔水库灌区灌溉面积多少", length).found
    area = Answer("q", "石坝仔水库灌区：5.96万亩", True, [Item("5.96万亩", cite, detail="灌溉面积5.96万亩")], [cite], kind="fact")
    assert checked_figures("石坝仔水库灌区灌溉面积多少", area).found
