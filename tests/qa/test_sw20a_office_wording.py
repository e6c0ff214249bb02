"""Seedwords20a's classes on a made-up county plan (tests/data/sw20a-county-plan.md), in office staff's own words:
几大X asked of a count printed as a name (「全面下放“六大权力”」); the sentence saying what the asking clause asks,
not the one naming the topic; a share printed before the things it is of (「85%以上的中心村和特色村达到…」), asked
after them, each member's own and a joint's refused for one member; a heading's sections asked 分了哪几节; a box's
items asked as its classes; a kind described with 的 or printed in other words; a topic said as where it was read."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "sw20a-county-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question, count", [
    ("园区改革要全面下放几大权力？", "六大"), ("园区要下放几大权力", "六大"), ("第一章说要实施几大工程？", "三大")])
def test_a_count_printed_as_a_name(county, question, count):
    a = county.ask(question)
    assert a.found and count in a.answer


def test_the_asking_clause_picks_the_sentence(county):
    a = county.ask("园区那个物流集散中心，打算跟哪个港搞港铁联运？")
    assert a.found and "钦州港" in a.answer


@pytest.mark.parametrize("question, share", [
    ("行政村要达到新农村建设要求的比例是多少？", "92%"),
    ("中心村和特色村达到美丽宜居村庄要求的比例是多少？", "85%"),
    ("乡镇面貌大为改观的比例要到多少？", "75%"),
])
def test_a_share_printed_before_its_things(county, question, share):
    a = county.ask(question)
    assert a.found and share in a.answer


def test_each_share_of_several_asked_is_its_own(county):
    a = county.ask("人居环境到2025年，行政村、中心村和特色村、乡镇分别要达到多大比例？")
    assert a.found and all(s in a.answer for s in ("92%", "85%以上", "75%"))
    assert "共同的75%" not in a.answer


def test_one_member_of_a_joint_share_is_refused_with_the_joints(county):
    a = county.ask("特色村达到美丽宜居村庄要求的比例是多少？")
    assert not a.found and "共同的85%以上" in a.answer


@pytest.mark.parametrize("question", ["乡镇卫生院的比例是多少？", "2023年行政村达到新农村建设要求的比例是多少？"])
def test_a_share_of_other_things_or_years_is_refused(county, question):
    assert not county.ask(question).found


@pytest.mark.parametrize("question", ["第二章下面分了哪几节？", "第二章分成哪几节？"])
def test_a_chapters_sections_asked_as_divided(county, question):
    a = county.ask(question)
    assert a.found and all(t in a.answer for t in ("改善人居环境", "发展特色农业", "深化农村改革"))


@pytest.mark.parametrize("question", ["专栏2.1的乡村振兴重点项目分成了几类？", "专栏2.1分成哪几类？"])
def test_a_boxs_items_asked_as_its_classes(county, question):
    a = county.ask(question)
    assert a.found and all(t in a.answer for t in ("人居环境整治工程", "农村产业振兴项目", "农村土地整理项目"))
    assert "绿源农业" not in a.answer


@pytest.mark.parametrize("question", ["青岚享有哪些全国性的荣誉称号？", "讲精品农业示范区的时候，规划说青岚享有哪些荣誉称号？",
                                      "精品农业示范区那段，青岚享有哪些荣誉称号？"])
def test_a_kind_described_or_a_topic_said_where_read(county, question):
    a = county.ask(question)
    assert a.found and "全国茶叶基地县" in a.answer and "全国粮食生产先进县" in a.answer


def test_a_kind_printed_in_other_words_is_not_denied(county):
    a = county.ask("招商引资要综合运用哪些招商模式？")
    assert a.found and "委托招商" in a.answer


def test_members_of_another_kind_do_not_answer(county):
    a = county.ask("产业链每个季度要编制的是哪两个报告？")
    assert "绿源农业" not in a.answer
    assert not a.found or ("产业链分析报告" in a.answer and "产业链招商报告" in a.answer)


def test_a_count_of_a_quoted_term(county):
    a = county.ask("有几个500强企业落地入驻？")
    assert a.found and "6个" in a.answer


def test_mainly_before_the_verb_is_no_part_of_the_measure():
    from qa.question.frame import parse_frame
    from qa.question.intent import classify_intent
    q = "物流园主要规划建设几大功能区？"
    assert "主" not in parse_frame(q, classify_intent(q)).measures[0]
    q = "主要农作物机械化水平要达到多少？"
    assert parse_frame(q, classify_intent(q)).measures[0].startswith("主要农作物")
