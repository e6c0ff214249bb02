"""Issue 11 classes 5, 7 and 11, round 4: lists whose members are paragraphs after a lead-in
(「主要的有以下四条：」 then 「第一，是…」…; 「一是…」 paragraphs), how-questions answered from the
heading or numbered title line naming the topic (「（二）实现农业生产计划的措施」), section answers
within 300 characters, and list members without a leading verb, a coverb or an action after the name.

Our own questions, several wordings each, on a made-up old-style county plan
(tests/data/paragraph-lists-plan.md: 章/节 headings, numbered title lines as plain lines).
"""
from __future__ import annotations

import pytest

from qa.enumerations.enumerated import enumerations_in
from qa.enumerations.lists import first_sentences
from tests.conftest import DATA
from tests.qa.test_lead_in_lists import labels

PLAN = DATA / "paragraph-lists-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


def _joined(answer) -> str:
    return answer.answer + "|" + "|".join(labels(answer))


# 1. Members printed as paragraphs 第一，…第四， after a lead-in -----------------------------------------
@pytest.mark.parametrize("question", ["五年内要新建的主要铁路干线是哪四条？", "要新建的四条主要铁路是哪几条？",
                                      "计划新建哪些铁路干线？",
                                      # The plan's own name (第一个五年计划) restates no heading (第一个五年计划的任务).
                                      "第一个五年计划五年内要新建哪些铁路干线？"])
def test_members_printed_as_numbered_paragraphs(county, question):
    a = county.ask(question)
    assert a.found and a.kind == "list"
    assert len(a.items) == 4
    for name in ("东西铁路", "北关通到南河镇", "青石到白马", "县城到柳溪"):
        assert name in _joined(a)
    # What a member is said to be (「…的铁路线是另一交通要道」) is no part of its name.
    assert "由县城到柳溪的铁路线" in labels(a)
    # 「五年内，这条铁路还将加修车站五座。」 goes on about the second member: it is no member itself.
    assert "加修车站" not in _joined(a)
    # Each member cited to its own paragraph, the lead-in cited too.
    assert all(i.citation in a.citations for i in a.items)
    assert any("以下四条" in c.text for c in a.citations)


@pytest.mark.parametrize("question", ["五年内要改建的主要公路是哪几条？", "要改建哪些公路？"])
def test_announced_count_not_met_is_said(county, question):
    a = county.ask(question)
    assert a.found and len(a.items) == 4
    assert "以下五条" in a.answer and "4项" in a.answer


# 2. How-questions: the numbered title line naming the topic holds the measures ---------------------------
@pytest.mark.parametrize("question", ["计划打算用哪些措施来完成农业生产计划？", "如何实现农业生产计划？",
                                      "怎样保证农业生产计划的完成？", "实现农业生产计划有哪些措施？"])
def test_measures_under_a_numbered_title_line(county, question):
    a = county.ask(question)
    assert a.found
    text = _joined(a)
    for measure in ("新式犁", "农田水利", "积肥造肥", "优良种子"):
        assert measure in text
    # Not the 林业 line that merely mentions 生产计划, nor the grounds a member is done on.
    assert "造林" not in text and "根据当地的实际需要" not in "|".join(labels(a))


@pytest.mark.parametrize("question", ["实现工业生产计划有哪些必要措施？", "怎么实现工业生产计划？"])
def test_measures_counted_in_yishi_paragraphs(county, question):
    a = county.ask(question)
    assert a.found
    assert [l[:6] for l in labels(a)] == ["提高工人和技", "加强生产中的", "进一步地提高"]


@pytest.mark.parametrize("question", ["如何改善空气质量？", "怎样提升城区的空气质量？"])
def test_how_a_target_is_reached_not_the_target(county, question):
    a = county.ask(question)
    assert a.found
    assert "禁煤区" in a.answer


@pytest.mark.parametrize("question", ["规划打算怎么帮退役军人就业创业？", "如何支持退役军人就业创业？",
                                      # 措施 is no kind of thing the plan names: asked for, the on-topic passages answer.
                                      "有哪些措施来支持退役军人就业创业？", "规划用哪些举措帮助退役军人就业创业？"])
def test_how_answer_goes_on_after_a_title_like_lead(county, question):
    a = county.ask(question)
    assert a.found and "直通车" in a.answer


# 3. Presentation: a section's content within 300 characters, members without residue -------------------
@pytest.mark.parametrize("question", ["第三章第三节讲的啥？", "第3章第三节讲了什么？"])
def test_section_content_within_300_characters(county, question):
    a = county.ask(question)
    assert a.found and "发展普惠托育服务" in a.answer
    assert len(a.answer) <= 300
    assert a.answer.rstrip().endswith("。")


def test_first_sentences_keep_whole_sentences():
    assert first_sentences("甲乙丙。丁戊己庚。", 5) == "甲乙丙。"
    assert first_sentences("甲乙丙丁戊己庚", 4) == "甲乙丙…"


@pytest.mark.parametrize(
    "question, members",
    [
        ("哪些文物要申报全国重点文物保护单位？", ["龙眼岗遗址", "许家大院", "石湾石棚"]),
        ("中小河流治理主要治哪几条河？", ["青溪河", "白沙河", "柳江"]),
        ("城区要新建哪3所义务教育学校？", ["杏花小学", "明德学校", "桃源小学"]),
        ("城区要新建的义务教育学校是哪几所？", ["杏花小学", "明德学校", "桃源小学"]),
        ("古镇保护开发要建设好哪些古文化建筑？", ["文昌阁", "观音堂", "魁星楼"]),
        # A run of kinds (三大煤矿基地、两大钢铁基地…) is no answer to which 煤矿基地: their members are.
        ("规划要重点抓好哪三大煤矿基地？", ["东坡", "西岭", "南山"]),
        ("重点抓好哪些煤矿基地？", ["东坡", "西岭", "南山"]),
        # Members spelled out in brackets after what they name, one character each.
        ("设备八字经验是哪八个字？", ["清", "查", "补", "修", "换", "调", "紧", "润"]),
        ("设备八字经验包括哪些字？", ["清", "查", "补", "修", "换", "调", "紧", "润"]),
    ],
)
def test_list_members_without_residue(county, question, members):
    a = county.ask(question)
    assert a.found and labels(a) == members


def test_two_names_before_a_verb_are_no_list():
    # 「把造林、护林任务列入生产计划」: a pair before a verb, not a counted list.
    assert enumerations_in("都应该把造林、护林任务列入生产计划") == []


@pytest.mark.parametrize("question", ["县城要建设哪些公园？", "规划建设哪些公园？"])
def test_numbered_lines_no_sentence_announces_are_no_answer(county, question):
    # 「县城要建设凤凰山公园、滨江公园，…。」 announces nothing: the 1./2. lines after it are not its parks.
    a = county.ask(question)
    assert a.found
    assert labels(a) == ["凤凰山公园", "滨江公园"]


# A list line whose name is set off by a comma before its figures (「- 燃料动力，111亿元，占25.4％；」) --------------
@pytest.mark.parametrize("question, figure", [("燃料动力投资多少亿元？", "111亿元"), ("五年内燃料动力的投资是多少？", "111亿元"),
                                              ("原材料工业投资多少亿元？", "81亿元")])
def test_figure_after_a_name_set_off_by_a_comma(county, question, figure):
    a = county.ask(question)
    assert a.found and a.kind == "fact"
    assert figure in a.answer.split("原文")[0]


def test_list_lines_with_figures_after_their_names(county):
    a = county.ask("主要部门的投资怎么分配？")
    assert a.found and len(a.items) == 3
    assert [i.detail.split(",")[0] for i in a.items] == ["48亿元", "111亿元", "81亿元"]


@pytest.mark.parametrize("question", ["第一个五年计划有哪些具体任务？", "第四章列了哪些任务？"])
def test_a_heading_lists_what_it_announces(county, question):
    # The heading's list is the 一、…三、 paragraphs its lead-in announces (a line going on about one read past,
    # a clause of circumstance 「在发展农业的同时」 no name), not the lead phrase of every paragraph under it.
    a = county.ask(question)
    assert a.found
    assert labels(a) == ["建立和扩建县办工业", "发展农业生产合作社", "保证市场的稳定"]


@pytest.mark.parametrize("question", ["怎样加强农业基础？", "如何大力加强农业基础？", "大力加强农业基础有哪些方面？"])
def test_a_numbered_run_no_sentence_announces(county, question):
    # 「第一，…」「第二，…」「第三，…」 under the heading that is the topic, a list inside a member's paragraph read past.
    a = county.ask(question)
    assert a.found
    assert labels(a) == ["坚持以粮为纲", "大搞农田基本建设", "发展社队企业"]


@pytest.mark.parametrize("question", ["第二章第一节讲了什么？", "第2章第一节讲的啥？"])
def test_a_section_lists_its_numbered_title_lines(county, question):
    # Sub-headings printed as plain numbered lines (（一）…（三）) are the section's parts, not its numbered members.
    a = county.ask(question)
    assert a.found
    assert labels(a) == ["农业生产的任务", "实现农业生产计划的措施", "林业"]
