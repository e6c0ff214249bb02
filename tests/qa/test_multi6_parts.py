"""Two-figure questions where one part named its measure loosely, on an invented district plan: a 分别 run's
members each their own value, a later part asking the level reached by a time (「十四五末已经有多少幢了」), the plan's
own district said in the first part only, 现在 after a place, a period said as 「这几年」 — every part answered as when
asked alone in the plan's words, and never another member's value."""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import spaceless_said

PLAN = DATA / "qa-multi6-plan.md"


@pytest.fixture(scope="module")
def district(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", [
    "西湾片区的税收占滨江商务区和占全区的比重，分别不能低于多少？",
    "西湾片区税收占滨江商务区、占全区的比重各不低于多少？",
    "西湾片区税收占全区和占滨江商务区的比重分别不低于多少？",
])
def test_each_member_of_a_run_takes_its_own_value(district, question):
    a = district.ask(question)
    said = a.answer
    assert a.found and "45%" in said and "30%" in said.replace("45%、30%", ""), said
    for part in said.split("；"):
        head = part.split("（原文")[0]
        if "全区" in head.split("：")[0]:
            assert "30%" in head and "45%" not in head, said


@pytest.mark.parametrize("question", ["西湾片区税收占全区比重不低于多少？", "西湾片区的税收占全区的比重最低是多少？"])
def test_one_member_asked_alone_is_never_given_the_others_value(district, question):
    a = district.ask(question)
    assert not a.found or all("45%" not in i.label for i in a.items), a.answer


@pytest.mark.parametrize("question", [
    "税收亿元楼到2030年要搞到多少幢？十四五末已经有多少幢了？",
    "税收亿元楼2030年要达到多少幢？2025年已经有多少幢了？",
])
def test_a_later_part_asks_the_level_reached_by_a_time(district, question):
    a = district.ask(question)
    assert a.found and "36" in spaceless_said(a) and "28" in spaceless_said(a), a.answer


@pytest.mark.parametrize("question", [
    "到2030年甲山的高新技术企业要到多少家？研发经费支出占GDP的比例呢？",
    "甲山区高新技术企业到2030年要到多少家？研发经费支出占地区生产总值比例要超过多少？",
])
def test_the_plans_own_district_said_in_the_first_part_only(district, question):
    a = district.ask(question)
    assert a.found and "620家" in spaceless_said(a) and "4.2%" in spaceless_said(a), a.answer


@pytest.mark.parametrize("question", [
    "甲山现在有多少处优秀历史建筑？不可移动文物有多少处？",
    "甲山区目前有多少处不可移动文物？优秀历史建筑呢？",
])
def test_now_said_after_the_place(district, question):
    a = district.ask(question)
    assert a.found and "126处" in spaceless_said(a) and "318处" in spaceless_said(a), a.answer


@pytest.mark.parametrize("question", [
    "十四五这几年累计引进外资多少？年均增长多少？",
    "“十四五”那五年里累计引进外资多少？年均增长多少？",
])
def test_a_period_said_as_these_years(district, question):
    a = district.ask(question)
    assert a.found and "8.4亿美元" in spaceless_said(a) and "9%" in spaceless_said(a), a.answer


@pytest.mark.parametrize("question", [
    "“万亩园”“千亩片”基地现在有几个？市级以上龙头企业呢？",
    "万亩园千亩片基地有多少个？市级以上龙头企业有多少个？",
])
def test_terms_the_plan_prints_in_quotes(district, question):
    a = district.ask(question)
    assert a.found and "31个" in spaceless_said(a) and "12个" in spaceless_said(a), a.answer
