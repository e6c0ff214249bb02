"""Figure questions every answerer refused, answered by the one clause printing all their words (lane fallback22).

An invented plan (tests/data/fallback22-plan.md) words its figures as plans do; the questions word them off the
frame's usual shapes (the measure after a spoken verb, an owner said short, the period inside the words). A clause
answers only when it prints every word asked and exactly one figure of the kind asked, dated as asked
(qa.values.clausefallback, qa.values.dating); a year, period or place it does not give stays refused.
"""
from __future__ import annotations

import pytest

from qa.values.clausefallback import covers, question_words
from qa.values.dating import answers_time, dating
from tests.conftest import DATA
from tests.qa.said import QUOTE

PLAN = DATA / "fallback22-plan.md"


@pytest.mark.parametrize("question, value", [
    ("做适老化改造的公交站台有多少个？", "120个"),  # the counted noun after its verb
    ("截至2020年底，全县纳入能耗监测平台的公共建筑有多少栋？", "86栋"),  # a bare count going on with its clause
    ("省级绿色建筑创新奖十三五期间青禾累计拿了多少项？", "7项"),  # the period and the plan's own place inside
    ("建筑调适示范项目十四五期间力争引导完成多少平方米？", "12万平方米"),  # the measure after its value
])
def test_a_figure_question_answered_by_the_one_clause_covering_it(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in QUOTE.sub("", a.answer), a.answer
    assert a.items and a.items[0].citation is not None and value in (a.items[0].citation.text or "")


@pytest.mark.parametrize("question", [
    "2023年纳入能耗监测平台的公共建筑有多少栋？",  # a year the clause does not give
    "白溪县做适老化改造的公交站台有多少个？",  # a place the plan is not and the clause does not name
    "“十四五”期间获得省级绿色建筑创新奖要达到多少项？",  # the clause's period is 十三五
    "做适老化改造的公交站台有多少辆？",  # another kind of figure
])
def test_a_clause_not_covering_the_asked_time_place_or_kind_stays_refused(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer


def test_a_span_never_answers_one_year():
    d = dating("2024年-2025年完成积水点改造35个")
    assert d.spans == ((2024, 2025),) and not d.years
    assert not answers_time(d, year=2025) and answers_time(d, span=(2024, 2025)) and answers_time(d)


@pytest.mark.parametrize("text, year, span, horizon, ok", [
    ("“十四五”期间力争引导完成", None, (2021, 2025), 2025, True),
    ("“十三五”期间累计获得", None, (2021, 2025), 2025, False),
    ("全区农机总动力达到70万千瓦", 2023, None, 2025, False),  # undated: the plan's horizon only
    ("全区农机总动力达到70万千瓦", 2025, None, 2025, True),
    ("“十三五”末达到", 2020, None, 2025, True),
    ("到2025年末纳入", None, (2021, 2025), 2025, True),
])
def test_a_clause_dates_answer_the_time_asked(text, year, span, horizon, ok):
    assert answers_time(dating(text), year=year, span=span, horizon=horizon) is ok


def test_the_words_a_covering_clause_must_print():
    words = question_words("截至2020年12月，全市纳入能耗监测平台的公共建筑有多少栋？", "上海市绿色建筑“十四五”规划")
    assert words == "纳入能耗监测平台的公共建筑有"
    assert covers("做适老化改造的公交站台有", "对300个公交站台进行适老化改造")
    assert not covers("每年投运大型公交车", "每年投运中小车型公交车200辆")
    assert not covers("冷水滩区农民合作社入社率", "农民合作社入社率达到60%")


# Trust on the answerers' own path: a span's figure is no one year's, another size word's figure is no answer.
@pytest.mark.parametrize("question", [
    "2025年完成积水点改造多少个？",  # printed 「2024年-2025年完成积水点改造35个」: the span's
    "每年投运大型公交车多少辆？",  # printed 「每年投运中小车型公交车40辆」: another kind's
])
def test_a_figure_of_a_span_or_of_another_size_is_refused(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer


@pytest.mark.parametrize("question, value, said", [
    ("2024年-2025年完成积水点改造多少个？", "35个", "2024—2025年"),  # the span asked: its figure, said for the span
    ("积水点改造要完成多少个", "35个", "2024—2025年"),
    ("每年投运中小车型公交车多少辆？", "40辆", ""),
])
def test_the_span_or_size_asked_is_answered(plan, question, value, said):
    a = plan.ask(question)
    assert a.found and value in a.answer and said in a.answer, a.answer
