"""Figure questions whose wording the plan prints otherwise: two names joined by 和 that a report prints as one owner
of one figure (「交通和邮电的费用，约占…百分之十八」), two verbs of one bound (达到和超过), a 「…呢？」 part.

On a made-up 1958 report (``tests/data/qa-figs7-report.md``), in the style of the 1950s reports.
"""
from __future__ import annotations

import pytest

from qa.question.frame import parse_frame
from qa.question.intent import classify_intent
from tests.conftest import DATA
from tests.qa.said import labels

PLAN = DATA / "qa-figs7-report.md"


@pytest.fixture(scope="module")
def report(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", [
    "一五的时候交通和邮电的费用占地方财政支出多少？",
    "一五交通和邮电费用大概占地方财政支出多少？",
    "第一个五年交通和邮电的费用占地方财政支出的比重是多少？",
])
def test_two_names_printed_as_one_owner_keep_their_figure(report, question):
    a = report.ask(question)
    assert a.found and labels(a) == ["百分之十八左右"], a.answer
    assert "规划中未" not in a.answer  # never split into 交通 / 邮电费用 with one denied


@pytest.mark.parametrize("question", [
    "文化和教育的经费占地方财政支出多少？",
    "一五的时候文化和教育经费大概占地方财政支出多少？",
])
def test_a_joint_owner_after_a_comma_and_about(report, question):
    a = report.ask(question)
    assert a.found and labels(a) == ["百分之九左右"], a.answer


@pytest.mark.parametrize("question, parts", [
    ("达到和超过规定水平的乡有多少个？", 1),
    ("保持与提高水平的学校有几所？", 1),
    ("孕产妇死亡率和婴儿死亡率分别是多少？", 2),
])
def test_two_verbs_of_one_bound_are_one_measure(question, parts):
    assert len(parse_frame(question, classify_intent(question)).measures) == parts


@pytest.mark.parametrize("question", [
    "过去五年那几年承接产业转移一共签了多少个项目？",
    "承接产业转移累计签约多少个项目？",
    "承接产业转移签约项目有多少个？",
    "承接产业转移园区一共签了几个项目？",
])
def test_signed_projects_counted_whatever_the_wording(report, question):
    a = report.ask(question)
    assert a.found and labels(a) == ["80余个"], a.answer


def test_a_signed_count_and_its_money_asked_together(report):
    a = report.ask("承接产业转移一共签了多少个项目？合同引资多少？")
    assert a.found and labels(a) == ["80余个", "150亿元"], a.answer


@pytest.mark.parametrize("question", [
    "57年农村人均收入大概多少？土地改革以前中农呢？",
    "一九五七年农村人均收入有多少？土地改革以前中农呢？",
    "1957年全省农村人均收入是多少？土地改革以前的中农呢？",
])
def test_a_follow_up_keeps_the_earlier_parts_measure(report, question):
    a = report.ask(question)
    assert a.found and labels(a) == ["六十五元左右", "六十元"], a.answer


@pytest.mark.parametrize("question, verdict", [
    ("全省农田灌溉保证率要提高到95%吗？", "不是"),
    ("到1962年农田灌溉保证率是不是提高到97%？", "不是"),
    ("农田灌溉保证率提高到90%以上吗？", "是的"),
    ("地方工业产值达到100亿元以上吗？", "是的"),
    ("地方工业产值能达到150亿元以上吗？", "不是"),
])
def test_yes_no_against_a_printed_bound(report, question, verdict):
    a = report.ask(question)
    assert a.found and a.answer.startswith(verdict), a.answer
    assert "百分之九十以上" in a.answer or "一百二十亿元" in a.answer  # the plan's own figure given


@pytest.mark.parametrize("question", [
    "1957年达到和超过规划规定的乡有多少个？",
    "57年达到规划规定的乡有几个？",
    "57年粮食亩产达到规划要求的乡有多少个？",
])
def test_a_count_of_places_meeting_the_plans_bound(report, question):
    a = report.ask(question)
    assert a.found and labels(a) == ["三百二十个"], a.answer


def test_a_count_is_never_the_wholes(report):
    a = report.ask("57年粮食亩产达到规划要求的乡有多少个？")
    assert "一千二百" not in "".join(labels(a))
