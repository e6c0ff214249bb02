"""Classes probe 18 (a city's 十四五 special plan, 一、/（一） parts, figures in prose) showed, on an invented plan
(tests/data/probe18-special-plan.md).

- A run that is its clause's subject, closed by what the members became (「A、B、C成为…首批获得“X”称号的…」), is the
  answer to 「首批获得“X”称号的是哪几个」 — not another run sharing the label's words.
- 「X这项工作放在重点任务的哪一部分」: 这项工作/这个任务/这件事 point at X, no part of its printed words.
- A verb of placing asked after the things counted (「…总共要布局几个」) is no part of their name.
- 市属/区属 before a kind of body is the plan's 市/区 (「市属国有企业」 printed 市国有企业), and 国企 is 国有企业.
- An area asked (多少面积, 多大面积) is answered by a figure in an area unit where the clause never prints 面积.
- A thing described with 的 (「获得…认证的项目」) is the one the plan prints without it (「…认证项目总数达到…」).
- 投资 inside a name (政府投资项目) asks no amount of money; the least size a rule applies to, asked before the things
  (「多大面积以上的政府投资项目要…」), is the bound printed before them (「3000平方米以上政府投资项目应当…」).
- A measure's qualifier printed in the clause before, which opens with what is done to it (「进一步扩大X平台的监管规模，
  到2025年末纳入市级平台监测的…不少于…」), is the measure's: the verb names no narrower owner.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "probe18-special-plan.md"


@pytest.mark.parametrize("question", [
    "首批获得“海绵城市示范片区”称号的是哪几个？",
    "首批获得海绵城市示范片区称号的有哪些？",
    "哪几个片区成为首批获得“海绵城市示范片区”称号的片区？",
])
def test_subject_run_closed_by_what_it_became(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == ["江北东湾智创新城", "北山智谷", "南湖片区"], a.answer


def test_subject_run_of_another_title_is_no_answer(plan):
    a = plan.ask("首批获得“海绵城市先行区”称号的是哪几个？")
    assert "北山智谷" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "推广应用雨水花园这项工作放在重点任务的哪一部分？",
    "推广应用雨水花园这个任务放在重点任务的哪一块？",
    "推广应用雨水花园这件事属于重点任务里的哪一项？",
])
def test_position_through_a_pointer(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "推动新建项目雨水调蓄" in a.answer, a.answer
    assert "健全海绵城市制度" not in a.answer, a.answer


def test_position_under_another_heading_says_where_it_is(plan):
    a = plan.ask("推广应用雨水花园这项工作放在保障措施的哪一部分？")
    assert "不在" in a.answer and "推动新建项目雨水调蓄" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "城市内涝监测站点和积水预警装置，到2025年总共要布局到几个？",
    "城市内涝监测站点及积水预警装置要布局几个？",
    "到2025年，城市内涝监测站点及积水预警装置一共要布设多少个？",
])
def test_verb_of_placing_after_the_things(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "80个" in a.answer, a.answer


def test_verb_of_placing_other_year_refused(plan):
    a = plan.ask("城市内涝监测站点和积水预警装置到2030年总共要布局几个？")
    assert not a.found, a.answer


@pytest.mark.parametrize("question", [
    "到2025年市属国有企业的海绵城市投资规模要达到多少？",
    "市属国企海绵城市投资规模到2025年是多少？",
])
def test_owned_by_the_city(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "50亿元" in a.answer, a.answer


def test_owned_by_a_district_is_not_the_city(plan):
    a = plan.ask("到2025年区属国有企业的海绵城市投资规模要达到多少？")
    assert not a.found or "50亿元" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "“十四五”期间雨水调蓄示范项目累计要落实多少面积？",
    "雨水调蓄示范项目要累计落实多大面积？",
])
def test_area_in_an_area_unit(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "300万平方米" in a.answer, a.answer


def test_area_of_a_count_refused(plan):
    a = plan.ask("城市内涝监测站点的占地面积是多少？")
    assert not a.found, a.answer


@pytest.mark.parametrize("question, values", [
    ("截至2020年底，获得海绵城市评价认证的项目有多少项？建筑面积合计多少？", ("120项", "900万平方米")),
    ("获得海绵城市评价认证的项目总数是多少？", ("120项",)),
])
def test_described_with_de(plan, question, values):
    a = plan.ask(question)
    assert a.found, a.answer
    for v in values:
        assert v in a.answer, a.answer


def test_described_thing_the_plan_lacks(plan):
    a = plan.ask("获得海绵城市设计认证的项目有多少项？")
    assert not a.found, a.answer


@pytest.mark.parametrize("question", [
    "政府投资项目面积多大以上要按海绵城市高标准建？",
    "政府投资项目面积多少平方米以上要按照海绵城市高标准建设？",
    "政府投资项目面积在多少以上的，要按海绵城市高标准建设？",
    "多大面积以上的政府投资项目要按照海绵城市高标准建设？",
    "面积多大以上的政府投资项目应当按照海绵城市高标准建设？",
])
def test_investment_inside_a_name(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "3000平方米" in a.answer, a.answer


def test_size_bound_of_another_kind_refused(plan):
    a = plan.ask("多大面积以上的居住建筑要按照海绵城市高标准建设？")
    assert not a.found, a.answer


def test_investment_asked_is_still_money(plan):
    a = plan.ask("政府投资项目的总投资是多少？")
    assert not a.found, a.answer


@pytest.mark.parametrize("question", [
    "到2025年末纳入市级内涝监测平台的排水管网长度要达到多少？",
    "纳入市级内涝监测平台的排水管网长度到2025年要达到多少公里？",
])
def test_qualifier_in_the_clause_before(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "3000公里" in a.answer, a.answer


def test_qualifier_in_the_clause_before_other_year(plan):
    a = plan.ask("到2030年纳入市级内涝监测平台的排水管网长度要达到多少？")
    assert not a.found, a.answer
