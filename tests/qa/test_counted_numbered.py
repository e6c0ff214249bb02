"""A counted group (「三大战略」) a lead-in names, its members the heads of the numbered paragraphs after it
(「1.实施“枢纽品牌跃升”战略。…」): each member is the name the head quotes, cited to its own paragraph —
qa.enumerations.groups.answer_counted_group, on a made-up district plan."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "counted-numbered-plan.md"
STRATEGIES = ["枢纽品牌跃升", "数字城区攀峰", "青年人才集聚"]


@pytest.fixture(scope="module")
def district(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", ["三大战略是哪三个？", "“三大战略”指的是什么", "全区的三大战略分别是什么？",
                                      "规划提出的三大战略包括哪些"])
def test_members_are_the_quoted_names_heading_the_numbered_paragraphs(district, question):
    a = district.ask(question)
    assert a.found and [i.label for i in a.items] == STRATEGIES, a.answer
    cited = [i.citation.text for i in a.items]
    assert all(name in text for name, text in zip(STRATEGIES, cited)), cited


def test_unquoted_heads_are_named_whole(district):
    a = district.ask("两项民生工程是哪两项？")
    assert a.found and [i.label for i in a.items] == ["老旧小区改造工程", "社区食堂建设工程"], a.answer


@pytest.mark.parametrize("question", ["四大战略是哪四个？", "两大战略是哪两个？"])
def test_a_count_the_plan_does_not_print_gets_no_list(district, question):
    a = district.ask(question)
    assert not set(STRATEGIES) & {i.label for i in a.items}, a.answer
