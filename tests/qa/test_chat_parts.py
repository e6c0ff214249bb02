"""Two-part questions in chat wording (qa.question.topic, qa.question.aliases): each part answered as when asked in the plan's words,
a topic said first (「X这块，」) read as soft context, never as an owner printed verbatim."""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import joined_labels

PLAN = DATA / "qa-chat-parts-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", [
    "县城照明这块，覆盖率和完好率分别要到多少？",
    "路灯那块，照明覆盖率和照明完好率各要到多少？",
    "关于县城照明，覆盖率和完好率分别是多少？",
    "路灯改造这方面，照明覆盖率要达到多少？照明完好率呢？",
])
def test_a_topic_said_first_is_soft_context(county, question):
    a = county.ask(question)
    assert a.found and "100%" in joined_labels(a), a.answer
    if "完好率" in question:
        assert "96%" in joined_labels(a), a.answer


@pytest.mark.parametrize("question", ["招商那块，每年要引进多少个项目？", "精准招商这一块，每年引进多少个工业项目？"])
def test_a_topic_before_a_count(county, question):
    a = county.ask(question)
    assert a.found and "15个" in joined_labels(a), a.answer


def test_a_topic_the_evidence_does_not_share_is_no_licence(county):
    # 「学前教育这块，」 shares no word with the lighting clause: its 覆盖率 is never given as the topic's.
    a = county.ask("学前教育这块，照明覆盖率要到多少？")
    assert "100%" not in joined_labels(a), a.answer


@pytest.mark.parametrize("question", [
    "公办园要占多大比例？",
    "学前三年毛入园率25年定的多少？公办园要占多大比例？",
    "公办园占比要到多少？毛入园率呢？",
])
def test_the_office_short_form_of_a_kindergarten(county, question):
    a = county.ask(question)
    assert a.found and "55%" in joined_labels(a), a.answer
    if "入园率" in question:
        assert "92%" in joined_labels(a).replace("％", "%"), a.answer


@pytest.mark.parametrize("question", [
    "省县两级文物保护单位要搞到多少处？",
    "省县两级文保单位要达到多少处？",
    "省县两级文物保护单位要搞到多少处？档案馆那批要抢救修复的古籍有多少册？",
])
def test_levels_said_together_read_as_printed(county, question):
    a = county.ask(question)
    assert a.found and "40处" in joined_labels(a), a.answer
    if "古籍" in question:
        assert "1.2万" in joined_labels(a), a.answer


def test_levels_the_plan_never_prints_are_not_read_into_others(county):
    a = county.ask("国省两级文物保护单位要搞到多少处？")
    assert "40处" not in joined_labels(a), a.answer


@pytest.mark.parametrize("question", [
    "青阳到石门坳那条路有多长？到北岭那条快速干道呢？",
    "青阳到石门坳那条公路多长？那到北岭那条快速干道呢？",
])
def test_a_road_said_by_its_ends_then_by_its_far_end_only(county, question):
    a = county.ask(question)
    assert a.found and "21km" in a.answer and "33km" in a.answer, a.answer


def test_a_far_end_only_starts_where_the_road_before_starts():
    from qa.question.aliases import read_spoken_ends

    class _KB:  # 东山 runs to 西山 and to 北岭; 南坡 runs to 北岭 too
        paragraph_nodes = ["p"]
        norm_text = {"p": "东山镇至西山(省界)公路,全长12km。东山至北岭快速干道,全长7km。南坡至北岭公路,全长5km。"}

    assert read_spoken_ends(_KB(), "东山到西山那条路多长？到北岭那条快速干道呢？") == \
        "东山镇至西山(省界)公路多长？东山至北岭快速干道呢？"
    assert read_spoken_ends(_KB(), "到北岭那条快速干道多长？") == "到北岭那条快速干道多长？"


@pytest.mark.parametrize("question", [
    "县里打算成立的那个融资担保公司，担保额度是多少？",
    "那家担保公司，担保额度要达到多少？",
    "园区要成立的那个担保公司，担保额度定的多少？公办园占比呢？",
])
def test_a_thing_described_then_pointed_at_is_a_topic(county, question):
    a = county.ask(question)
    assert a.found and "3亿元" in joined_labels(a), a.answer


@pytest.mark.parametrize("question, figure", [
    ("第2章里说公办幼儿园占比要到多少？", "55%"),
    ("第二章公办幼儿园占比要达到多少？", "55%"),
    ("第3章里说青阳到石门坳那条路有多长？", "21km"),
])
def test_a_heading_said_first_scopes_the_question(county, question, figure):
    a = county.ask(question)
    assert a.found and figure in joined_labels(a), a.answer


def test_a_figure_outside_the_heading_said_is_not_given(county):
    a = county.ask("第1章里说公办幼儿园占比要到多少？")
    assert "55%" not in joined_labels(a), a.answer


@pytest.mark.parametrize("question", [
    "到25年多少比例的自然村要达到美丽乡村建设标准？面貌明显改善的集镇比例呢？",
    "多少比例的自然村要达到美丽乡村建设标准？",
    "面貌明显改善的集镇比例是多少？",
])
def test_a_share_asked_with_a_modal_or_after_the_things_described(county, question):
    a = county.ask(question)
    want = [f for f, said in (("90%", "自然村"), ("70%", "集镇")) if said in question]
    assert a.found and all(f in joined_labels(a) for f in want), a.answer


def test_a_share_of_another_thing_described_alike_is_not_given(county):
    a = county.ask("面貌明显改善的自然村比例是多少？")
    assert "70%" not in joined_labels(a), a.answer


def test_a_topic_naming_an_owner_stays_the_owner():
    # 「精准招商」 named as an owner: the question keeps it and is read as asked (the owner's checks apply).
    from qa.question.topic import split_topic

    assert split_topic("精准招商这块，每年引进多少个工业项目？", lambda t: t == "精准招商") == \
        (None, "精准招商这块，每年引进多少个工业项目？")
