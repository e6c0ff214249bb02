"""「X写在规划的哪一章哪一节」: a heading asked where it sits with the plan named before the part asked (规划的,
纲要里的) is asked as 「X在哪一章」 — the plan's name had been read as the subject's end, sending the question to
the passages (set 19 led with an unrelated 节). A year spelled in Chinese digits (二〇三五年) matches a heading or
question writing it in figures (2035年) either way round (qa.index.kb.arabic_years)."""
from __future__ import annotations

import pytest

from qa.index.kb import arabic_years
from tests.conftest import DATA

PLAN = DATA / "spelled-year-headings-plan.txt"


@pytest.mark.parametrize("question", [
    "二〇三五年远景目标写在规划的哪一章哪一节？",
    "2035年远景目标在哪一节？",
    "二〇三五年远景目标在纲要里的第几章？",
    "2035年远景目标放在规划的哪一章？",
])
def test_a_spelled_year_heading_is_found_either_way(engine_for, question):
    a = engine_for(PLAN).ask(question)
    first = a.answer.split("另见")[0]
    assert a.found and "第2章" in first and "第3章" not in first, a.answer


@pytest.mark.parametrize("question, chapter", [
    ("发展方位写在规划的哪一章？", "第2章"),
    ("建设智慧物流枢纽在规划中的哪一章？", "第3章"),
    ("发展茶叶精深加工放在纲要的第几章？", "第3章"),
])
def test_the_plan_named_before_the_part_asked_is_the_plan_itself(engine_for, question, chapter):
    a = engine_for(PLAN).ask(question)
    first = a.answer.split("另见")[0]
    assert a.found and chapter in first and a.answer.startswith("“"), a.answer


def test_a_year_no_heading_prints_is_not_placed(engine_for):
    # trap: 2050年 is no heading's year — no 节 may be said to be titled with it
    a = engine_for(PLAN).ask("二〇五〇年远景目标写在规划的哪一章哪一节？")
    assert not a.answer.startswith("“2050年远景目标”是"), a.answer


def test_counts_and_longer_numerals_stay_spelled():
    assert arabic_years("二〇三五年") == "2035年"
    assert arabic_years("一千九百年") == "一千九百年"
    assert arabic_years("三十二〇二五年") == "三十二〇二五年"
