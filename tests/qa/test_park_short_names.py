"""A park asked by a short name (X园 for X产业园/X园区) is the park whose name it shortens best; two parks it shortens
alike are asked back; a longer other park's figure (航空航天新材料产业园's) is never given for it (lane trust13: the
seed's 「新材料园产值多少」 was answered 50亿 from 「循环经济、航空航天新材料产业园产值分别达到50亿元以上」 while
新材料产业园's own figure is 100亿 — 新材料 is printed in too many names to count as the short form's own words).

The invented plan (tests/data/park-short-names-plan.txt) prints 新材料 in several firms' names, 新材料百亿产业园 also as
新材料产业园, 航空航天新材料产业园 with figures of its own, and 河西工业园 beside 河西物流园.
"""
from __future__ import annotations

import pytest

from qa.question.link import kind_cut
from tests.conftest import DATA

PLAN = DATA / "park-short-names-plan.txt"


@pytest.mark.parametrize("question, value, other", [
    ("新材料园产值多少？", "100亿", "50亿"),
    ("新材料园的产值是多少？", "100亿", "50亿"),
    ("新材料园到2025年产值要达到多少？", "100亿", "50亿"),
    ("新材料园总投资多少？", "30亿", "12亿"),
    ("新材料园规划面积多大？", "5平方公里", "2平方公里"),
    ("航天新材料园产值多少？", "50亿", "100亿"),
    ("航天新材料园总投资多少？", "12亿", "30亿"),
])
def test_a_short_park_name_answers_with_the_park_it_shortens_best(plan, question, value, other):
    a = plan.ask(question)
    assert a.found, a.answer
    assert value in a.answer and other not in a.answer, a.answer


@pytest.mark.parametrize("question", ["河西园规划面积多少？", "河西园产值是多少？", "河西园的规划面积有多大？"])
def test_a_short_name_two_parks_share_alike_is_asked_back(plan, question):
    a = plan.ask(question)
    assert not a.found and a.kind == "clarify", a.answer
    assert "河西工业园" in a.answer and "河西物流园" in a.answer, a.answer


@pytest.mark.parametrize("question, value", [
    ("新材料百亿产业园产值多少？", "100亿"),
    ("新材料百亿产业园到2025年产值要达到多少？", "100亿"),
    ("新材料百亿产业园规划面积多少？", "5平方公里"),
])
def test_a_park_asked_by_one_name_owns_its_figure_printed_under_another(plan, question, value):
    # 新材料百亿产业园 is printed 新材料产业园 beside its figures: neither that name nor its tail (料产业园) is a rival.
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer
    assert "料产业园" not in a.answer.split("原文")[0].replace("新材料百亿产业园", ""), a.answer


def test_a_kind_cut_is_the_names_own_words_before_a_park_kind():
    assert kind_cut("新材料园", "新材料产业园") and kind_cut("高新园", "高新园区")
    assert not kind_cut("新材料园", "航空航天新材料产业园")  # words before the short form's: another park
    assert not kind_cut("河西园", "河西新兴产业百亿园区")  # words of its own between the stem and the kind
    assert not kind_cut("新材料区", "新材料产业园")


@pytest.mark.parametrize("question, never", [
    ("新材料园规划用地多少亩？", "300亩"),
    ("新材料产业园规划用地多少？", "300亩"),
    ("新材料园利税多少？", "5亿"),
    ("新材料产业园引进企业投资多少？", "6亿"),
])
def test_a_longer_other_parks_item_is_never_the_asked_parks(plan, question, never):
    # 「航空航天新材料产业园。规划用地300亩…」: the item's title names the owner of the sentences under it, and a name
    # holding the asked one after words of its own (航空航天…) is another park.
    a = plan.ask(question)
    assert not a.found, a.answer
    assert never not in a.answer.split("原文中的数值")[0], a.answer


@pytest.mark.parametrize("question, value", [("航天新材料园规划用地多少亩？", "300亩"), ("航空航天新材料产业园利税多少？", "5亿")])
def test_the_longer_parks_own_item_answers_for_it(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", ["智慧物流产业园总投资多少？", "智慧物流园总投资多少？", "青川智慧物流产业园总投资是多少？"])
def test_an_item_titled_by_the_parks_own_place_is_its_own(plan, question):
    # 「青川智慧物流产业园项目。…总投资22.8亿元」: the words before the asked name are the plan's place, not another park's.
    a = plan.ask(question)
    assert a.found and "22.8亿" in a.answer, a.answer
