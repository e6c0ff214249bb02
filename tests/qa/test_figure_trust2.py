"""Wrong figures of single questions never given as found (trust first), on two made-up county plans.

- A measure asked is the clause's own measure: never a word inside a longer one (人口覆盖率, 供水人口), nor the
  denominator of a share (占总人口…的), nor a share of something else (满足…需求的百分之七十), nor a value bounding
  the things meant (「常住人口50万以下的城市」).
- 「到多少」「是多少」 ask the level: 「提高2岁，达到79.3岁」 answers 79.3岁, never the change 2岁.
- A rate or change stated where a plain 「是多少」 is asked is said as one (「年均增长6.5%」), never as the level.
- A structure (三次产业结构) is answered by its whole run of shares or not at all; 初期 of a period is its first year.
- A rate asked (优良率) is never a count printed beside it (优良天数大于320天).
- A bound printed around the value (以内, 以上, 大于) stays with it.
- A ranked sibling (总干渠) is no figure of the noun asked (干渠).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "qa-trust2-plan.md"
TRAP = DATA / "qa-trust2-trap-plan.md"


@pytest.fixture(scope="module")
def trap(engine_for):
    return engine_for(TRAP)


def _head(answer) -> str:
    """The answer's own words, before any quoted source."""
    return answer.answer.split("原文")[0]


@pytest.mark.parametrize("question", [
    # 供水人口, 人口覆盖率, 贫困人口: narrower things' figures, no total population
    "白河县人口多少？", "人口多少？", "到2025年人口是多少？", "全县总人口有多少人？",
    # 「城区常住人口50万以下的城市」「50万至100万的城市」: values bounding which cities are meant
    "常住人口多少？", "城区常住人口多少？",
    # 「摩托车产量满足本地市场需求的百分之六十以上」: a share of demand, no output
    "摩托车产量多少？", "2025年摩托车产量要达到多少？",
])
def test_another_measures_figure_is_not_found(trap, question):
    a = trap.ask(question)
    assert not a.found and not a.items, a.answer


@pytest.mark.parametrize("question", ["全县人口多少？", "2025年人口控制在多少以内？", "常住人口控制在多少？"])
def test_the_population_is_its_own_clauses(plan, question):
    a = plan.ask(question)
    assert [i.label for i in a.items] == (["六十万以内"] if a.found else []), a.answer


@pytest.mark.parametrize("question", ["人均预期寿命到多少？", "人均预期寿命是多少？", "2025年人均预期寿命多少岁？"])
def test_a_level_asked_is_never_the_change(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == ["79.3岁"], a.answer


@pytest.mark.parametrize("question, said", [
    ("地区生产总值是多少？", "年均增长6.5%"), ("2025年地区生产总值多少？", "年均增长6.5%"), ("单位地区生产总值能源消耗是多少？", "降低14%"),
])
def test_a_rate_or_change_is_said_as_one(plan, question, said):
    a = plan.ask(question)
    assert said in _head(a) and all(i.label == said for i in a.items), a.answer


def test_a_change_asked_is_the_change(plan):
    a = plan.ask("人均预期寿命提高多少？")
    assert a.found and [i.label for i in a.items] == ["2岁"], a.answer


@pytest.mark.parametrize("question", ["十三五初期三次产业结构是多少？", "“十三五”初期三次产业结构为多少？"])
def test_a_structure_is_its_whole_run(plan, question):
    a = plan.ask(question)
    assert "22.4%" not in [i.label for i in a.items], a.answer
    if a.found:
        assert a.items[0].label == "22.4%、38.1%、39.5%", a.answer
        assert "2020年" not in _head(a), a.answer  # 初期 is the period's first year


@pytest.mark.parametrize("question", ["青山水库干渠多长？", "青山水库的干渠有几条多长？"])
def test_a_ranked_sibling_is_not_the_asked_noun(plan, question):
    a = plan.ask(question)
    assert "31.6km" not in [i.label for i in a.items], a.answer
    if a.found:
        # 「几条多长」 asks the count too: 4条 and 58.2km, each its own part
        assert "58.2km" in [i.label for i in a.items], a.answer


def test_the_ranked_noun_asked_is_its_own(plan):
    a = plan.ask("青山水库总干渠多长？")
    assert a.found and "31.6km" in _head(a), a.answer


@pytest.mark.parametrize("question", ["汽车产量多少？", "2025年汽车产量要达到多少？"])
def test_a_share_of_demand_is_no_output(plan, question):
    a = plan.ask(question)
    assert "百分之七十" not in _head(a), a.answer
    if a.found:
        assert "十二万辆" in _head(a), a.answer


@pytest.mark.parametrize("question", ["城区空气优良率多少？", "城区空气优良率要达到多少？", "空气优良率是多少？"])
def test_a_rate_is_never_a_count_of_days(plan, question):
    a = plan.ask(question)
    assert not any("天" in i.label for i in a.items), a.answer
    if a.found:
        assert [i.label for i in a.items] == ["90%以上"], a.answer


def test_the_count_of_days_asked_is_its_own(plan):
    a = plan.ask("城区空气优良天数多少？")
    # (the value with its whole printed unit, 天/年: lane units)
    assert a.found and [i.label for i in a.items] == ["大于320天/年"], a.answer
