"""Figures stated in prose on a plan with no indicator table (issue 11 classes 1–3), read by the measure phrase
asked and checked against the clause that states it.

On a made-up county plan of the 八五 era (``tests/data/qa-prose9-plan.md``).
"""
from __future__ import annotations

import pytest

from qa.question.frame import parse_frame, price_bases, years_in
from qa.question.intent import classify_intent
from tests.conftest import DATA
from tests.qa.said import labels

PLAN = DATA / "qa-prose9-plan.md"


# -- a price basis (「按1990年价格计算」) is neither the year asked nor part of the measure ----------------------------

@pytest.mark.parametrize("question, measure, year", [
    ("按1990年价格算，1995年全县生产总值要达到多少？", "生产总值", 1995),
    ("到2005年按2000年价格算，全省国内生产总值要达到多少？", "国内生产总值", 2005),
    ("按照1980年不变价格计算，1985年社会总产品要达到多少？", "社会总产品", 1985),
    ("以1990年价格计算的国民生产总值到2000年要达到多少？", "国民生产总值", 2000),
])
def test_price_basis_is_no_year_and_no_name(question, measure, year):
    frame = parse_frame(question, classify_intent(question))
    assert frame.year == year and frame.measures[0].endswith(measure), frame


def test_price_basis_read_apart():
    assert price_bases("按2000年价格算，到2005年全省国内生产总值要达到多少") == {2000}
    assert price_bases("到2005年全省国内生产总值要达到多少") == set()
    assert years_in("以1990年价格计算的国民生产总值到2000年达到31000亿元") == [2000]
    assert years_in("2020年价格总水平涨幅控制在3%") == [2020]  # a measure of prices, dated: no basis


@pytest.mark.parametrize("question, value", [
    ("按1990年价格算，1995年全县生产总值要达到多少？", "56亿元"),
    ("1995年按1990年价格计算的全县生产总值是多少？", "56亿元"),
    ("按照1990年不变价格计算，到1995年工业总产值达到多少？", "88亿元"),
])
def test_price_basis_asked_answers_the_figure(plan, question, value):
    a = plan.ask(question)
    assert a.found and labels(a) == [value], a.answer


@pytest.mark.parametrize("question", [
    "按2000年价格算，1995年全县生产总值要达到多少？",
    "按照1980年不变价格计算，1995年工业总产值达到多少？",
])
def test_other_price_basis_refused_naming_the_plans(plan, question):
    a = plan.ask(question)
    assert not a.found and "1990年价格" in a.answer, a.answer


# -- how the plan disposes of a figure (安排, 合计安排) is the asking verb, no part of the measure ---------------------

@pytest.mark.parametrize("question, measure", [
    ("五年内全社会固定资产投资合计安排多少？", "全社会固定资产投资"),
    ("1985年积累率安排在多少？", "积累率"),
    ("1995年积累率安排为多少？", "积累率"),
    ("基本建设投资计划安排多少？", "基本建设投资"),
])
def test_disposing_verb_is_no_name(question, measure):
    assert parse_frame(question, classify_intent(question)).measures == (measure,)


@pytest.mark.parametrize("question, value", [
    ("五年内全社会固定资产投资合计安排多少？", "32亿元"),
    ("全社会固定资产投资五年合计安排多少？", "32亿元"),
    ("1995年积累率安排在多少？", "28%左右"),
    ("1995年积累率计划安排为多少？", "28%左右"),
])
def test_disposing_verb_answers_the_figure(plan, question, value):
    a = plan.ask(question)
    assert a.found and labels(a) == [value], a.answer


# -- a change verb taking the measure as its object (「增加农业贷款3.5亿元」) states a change ---------------------------

@pytest.mark.parametrize("question, value", [
    ("八五期间要增加多少农业贷款？", "3.5亿元"),
    ("八五期间计划增加多少农业贷款？", "3.5亿元"),
    ("“八五”期间工业贷款要增加多少？", "4.8亿元"),
])
def test_change_verb_before_its_object_answers_a_change(plan, question, value):
    a = plan.ask(question)
    assert a.found and labels(a) == [value], a.answer


def test_change_printed_is_no_level(plan):
    a = plan.ask("全县医院病床要达到多少张？")  # the plan prints only 增加医院病床800张
    assert not a.found and "800张" in a.answer, a.answer


def test_neighbours_change_is_not_borrowed(plan):
    a = plan.ask("八五期间要增加多少商业贷款？")
    assert not a.found, a.answer


# -- a span said first (「五年内全县」) is no place of another plan ---------------------------------------------------

@pytest.mark.parametrize("question", [
    "五年内全县要增加多少张医院病床？",
    "五年内全县医院病床要增加多少张？",
])
def test_span_before_own_place_is_no_other_place(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a) == ["800张"], a.answer


def test_other_place_after_a_span_still_refused(plan):
    a = plan.ask("“八五”期间东山县要增加多少农业贷款？")
    assert not a.found, a.answer


# -- the verb a value follows (要增加到) is no part of the noun read beside a named thing ----------------------------

@pytest.mark.parametrize("question", [
    "1995年职业技术学校招生数要增加到多少？",
    "职业技术学校的招生数到1995年要增加到多少？",
    "职业技术学校招生数计划提高到多少？",
])
def test_value_verb_is_no_part_of_the_noun(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a) == ["1.1万人"], a.answer


def test_start_of_the_change_still_answers_its_year(plan):
    a = plan.ask("1990年职业技术学校招生数是多少？")
    assert a.found and labels(a) == ["0.8万人"], a.answer


# -- a clause saying only the span (「五年合计，」) makes the next clause's figure the span's total ---------------------

@pytest.mark.parametrize("question", [
    "八五期间县财政收入五年合计是多少？",
    "县财政收入五年累计多少？",
    "五年合计，县财政收入是多少？",
])
def test_span_lead_clause_gives_the_total(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a) == ["27亿元"], a.answer


def test_span_total_is_no_years_level(plan):
    a = plan.ask("1995年县财政收入要达到多少？")
    assert a.found and labels(a) == ["6.2亿元"], a.answer


def test_span_total_said_for_the_span(plan):
    a = plan.ask("五年内要造林多少亩？")
    assert a.found and labels(a) == ["12万亩"] and "期内" in a.answer, a.answer


# -- a figure printed between the verb and its object, asked with a bound and a recipient -------------------------
# (「县级土地利用年度计划安排至少8%新增建设用地指标，保障乡村重点产业和项目用地」)

@pytest.mark.parametrize("question", [
    "县级土地利用年度计划至少要拿出多少新增建设用地指标给乡村？",
    "县级土地利用年度计划要安排多少新增建设用地指标？",
    "土地利用年度计划最少要留出多少新增建设用地指标给乡村？",
    "至少要拿出多少新增建设用地指标给乡村？",
])
def test_figure_between_verb_and_object(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a) == ["至少8%"], a.answer


@pytest.mark.parametrize("question", [
    "县级土地利用年度计划至少要拿出多少新增建设用地指标给城镇？",  # another recipient
    "市级土地利用年度计划至少要拿出多少新增建设用地指标给乡村？",  # another level's plan
])
def test_figure_between_verb_and_object_keeps_its_owner(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer


def test_bound_and_giving_verb_print_nothing_of_the_measure():
    q = "省级土地利用年度计划至少要拿出多少新增建设用地指标给乡村？"
    assert parse_frame(q, classify_intent(q)).measures == ("省级土地利用年度计划安排新增建设用地指标",)
    q = "要修复多少亩矿山损毁土地？"
    assert parse_frame(q, classify_intent(q)).measures == ("修复矿山损毁土地",)


# -- an owner printed once before a semicolon owns the bare measure after it ---------------------------------------
# (「1995年普通中学的招生数由…增加到1.6万人；在校学生数由…增加到4.1万人」)

@pytest.mark.parametrize("question", [
    "普通中学在校学生数到1995年要增加到多少？",
    "1995年普通中学的在校学生数要达到多少？",
    "普通中学在校学生数1995年计划增加到多少？",
])
def test_owner_carried_across_semicolon(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a) == ["4.1万人"], a.answer
    assert "普通中学的在校" not in a.answer  # quoted as printed


@pytest.mark.parametrize("question", [
    "1995年职业技术学校在校学生数要增加到多少？",  # the carried owner is 普通中学's, no other school's
    "2000年普通中学在校学生数要增加到多少？",  # a year the plan does not give
])
def test_owner_carried_only_to_its_own(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer


# -- a measure the plan itself states as a percentage (「农村饮用水改水受益人口达到80%」) -------------------------------

@pytest.mark.parametrize("question", [
    "农村饮用水改水受益人口要达到多少？",
    "农村改水受益人口到1995年要达到多少？",
])
def test_measure_stated_as_percentage(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a) == ["80%"], a.answer


def test_percentage_is_no_head_count(plan):
    a = plan.ask("农村饮用水改水受益人口要达到多少万人？")
    assert not a.found, a.answer


# -- 「要由现在的20%左右提高到40%左右」: a clause going on from the present; the end is the plan's aim, not the present's --

@pytest.mark.parametrize("question", [
    "到1995年，规模以上工业企业中采用国际标准生产的产品要提高到多少？",
    "规模以上工业企业采用国际标准生产的产品要提高到多少？",
])
def test_change_from_the_present(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a) == ["40%左右"] and "现在，" not in a.answer, a.answer


def test_change_from_the_present_keeps_its_year(plan):
    a = plan.ask("到2000年，规模以上工业企业采用国际标准生产的产品要提高到多少？")
    assert not a.found and "1995" in a.answer, a.answer


# -- a noun's tail printed after another qualifier is another thing's (「港口集装箱|吞吐量」 for 旅客吞吐量) --------------

@pytest.mark.parametrize("text, noun, value", [
    ("到2025年机场旅客吞吐量超过7000万人次，港口集装箱吞吐量达3300万标箱", "旅客吞吐量", "7000万人次"),
    ("港口集装箱吞吐量达3300万标箱，机场旅客吞吐量突破7000万人次", "旅客吞吐量", "7000万人次"),
    ("港口集装箱吞吐量达3300万标箱", "旅客吞吐量", None),
    ("港口集装箱吞吐量达3300万标箱", "集装箱吞吐量", "3300万标箱"),
])
def test_noun_tail_after_other_qualifier_is_not_the_noun(text, noun, value):
    from qa.values.items import noun_value
    got = noun_value(text, noun)
    assert (got.value if got else None) == value, got


def test_one_character_head_is_no_qualifier():
    from qa.values.items import noun_value
    got = noun_value("永州某风电场工程项目，新建风机23台，工程装机容量50MW", "上风机", "台")
    assert got and got.value == "23台", got
