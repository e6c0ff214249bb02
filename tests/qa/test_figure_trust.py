"""Wrong figures never given as found (trust first), on a made-up first five-year plan and the seed.

- Parts listed with their values in order (「A、B和C…达到X、Y和Z」, 分别 unsaid): each part gets its own value.
- A figure the text dates by no year carries the plan's own period end (the first plan: 1957, never 1960), and a
  question for another year is not answered by it; a title printing a span of years (「1986年至1995年」) ends in its second.
- A value is never cut out of a longer printed number (「1,234,5万吨」 is no 1,234 and no 5万吨).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

TRUST = DATA / "qa-trust-plan.md"


@pytest.fixture(scope="module")
def made_up(engine_for):
    return engine_for(TRUST)


@pytest.fixture(scope="module")
def seed(engine_for, seed_path):
    return engine_for(seed_path)


@pytest.mark.parametrize(
    "question, labels",
    [
        ("棉花和油料的总产量分别是多少？", ["20万吨", "15万吨"]),
        ("粮食、油料的总产量各是多少？", ["300万吨", "15万吨"]),
    ],
)
def test_listed_parts_take_their_own_values_in_order(made_up, question, labels):
    a = made_up.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == labels, a.answer


def test_listed_parts_in_the_seed(seed):
    a = seed.ask("水果和水产品的总产量分别是多少？")
    assert a.found, a.answer
    assert [i.label for i in a.items] == ["23万吨", "2.25万吨以上"], a.answer
    assert "80万吨" not in a.answer.split("原文")[0], a.answer


def test_an_undated_figure_carries_the_first_plans_end(made_up):
    a = made_up.ask("全省要新建多少座小型水库？")
    assert "1960年" not in a.answer, a.answer
    if a.found:
        assert "一二座" in a.answer and "1957年" in a.answer, a.answer


def test_another_year_is_not_answered_by_the_plans_figures(made_up):
    a = made_up.ask("到一九六〇年全省粮食总产量要达到多少？")
    assert not a.found, a.answer
    assert "1960年" not in a.answer.replace("未给出1960年", ""), a.answer


def test_a_cut_number_is_never_given(made_up):
    for question in ("全省生铁产量是多少？", "到一九六〇年全省生铁产量要达到多少？"):
        a = made_up.ask(question)
        assert not any(i.label in ("1,234", "5万吨", "1,234万吨") for i in a.items), a.answer
        assert not a.found or "2,100.5万吨" in a.answer, a.answer


@pytest.mark.parametrize(
    "clause, measure, value",
    [
        ("粮食、棉花和油料总产量达到300万吨、20万吨和15万吨", "棉花总产量", "20万吨"),
        ("粮食、棉花和油料总产量达到300万吨、20万吨和15万吨", "油料总产量", "15万吨"),
        ("蔬菜、水果和水产品总产量达到80万吨、23万吨和2.25万吨以上", "水果品总产量", "23万吨"),
        ("城区和乡镇垃圾无害化处理率分别超过95%和80%", "乡镇垃圾无害化处理率", "80%"),
        # no part is the measure's: neither value is given
        ("甲线和乙线长度分别为12公里和9公里", "丙线长度", None),
        # values not listed part by part: the value stays
        ("全省新建小型水库一二座", "小型水库", "一二座"),
    ],
)
def test_a_listed_value_is_the_asked_parts_own(clause, measure, value):
    from qa.values.measures import distributed_value
    from qa.values.prose import VALUE

    first = VALUE.search(clause).group(0)
    assert distributed_value(clause, measure, first) == value


@pytest.mark.parametrize(
    "question, wrong",
    [
        ("限额以上的工业建设单位一共多少个？", "三八个"),  # 机械工业's units are a narrower owner's
        ("新建的工厂共多少个？", "七个"),  # 化学工业's only
        ("限额以下的建设单位有多少个？", "一六个"),  # 机械工业's only
        ("外省帮助设计的建设单位是多少个？", "九个"),  # counted only 「在这三八个建设单位中」
    ],
)
def test_a_narrower_owners_figure_is_not_the_asked_ones(made_up, question, wrong):
    a = made_up.ask(question)
    assert not (a.found and wrong in a.answer.split("原文")[0]), a.answer


def test_the_unqualified_clause_answers(made_up):
    a = made_up.ask("限额以上的工业建设单位一共多少个？")
    assert a.found and "二〇五个" in a.answer, a.answer


def test_a_span_titles_figures_are_for_its_last_year(engine_for):
    plan = engine_for(DATA / "qa-trust-span-plan.md")
    a = plan.ask("全省要新建多少座中型水库？")
    assert "1986年" not in a.answer, a.answer
    if a.found:
        assert "1995年" in a.answer, a.answer
    a = plan.ask("粮食总产量要达到多少？")
    assert a.found and "四百万吨" in a.answer and "1995年" in a.answer and "1986年" not in a.answer, a.answer
    a = plan.ask("到1990年粮食总产量要达到多少？")
    assert not a.found, a.answer


@pytest.mark.parametrize("question", ["到2025年水稻耕种收机械化水平要到多少？", "水稻和油菜的耕种收机械化水平分别要到多少？"])
def test_a_clause_with_its_own_value_lends_no_qualifier(seed, question):
    """「水稻…水平达到90%以上，油菜…水平达到65%以上」: 65% is 油菜's; 水稻 in the clause before does not make it 水稻's."""
    a = seed.ask(question)
    assert "水稻耕种收机械化水平：65%" not in a.answer, a.answer


@pytest.mark.parametrize(
    "text, values",
    [
        ("将新建干线和支线约四、〇八四公里", ["四、〇八四公里"]),  # 、 marks thousands in old print: one number
        ("第一、二产业增加值三百亿元", ["三百亿元"]),  # a list of ordinals is no number
        ("修建铁路一千公里", ["一千公里"]),
    ],
)
def test_thousands_marked_with_a_list_comma_are_one_number(text, values):
    from qa.values.prose import VALUE

    assert [m.group(0) for m in VALUE.finditer(text)] == values


def test_a_per_head_figure_is_no_total(made_up):
    """「猪肉产量按人口平均达到二十斤」: asked for the output, the per-head figure is not it."""
    a = made_up.ask("到一九五七年全省猪肉产量要达到多少斤？")
    assert not a.found and "二十斤" not in a.answer.split("规划给出")[0], a.answer
    per_head = made_up.ask("到一九五七年全省猪肉产量按人口平均要达到多少斤？")
    assert per_head.found and "二十斤" in per_head.answer, per_head.answer
