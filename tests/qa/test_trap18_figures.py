"""Set 18's refused seed figures, by class, on a made-up county plan (tests/data/trap18-county-plan.md):
a bound said before a coefficient (「低于0.25」), the whole a run divides (「灌区工程渠系分…支渠17条」), and the
asker's spoken frame around a size (「园区要建的…」「面积定了多大」)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "trap18-county-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", ["义务教育学校间差异系数要控制在多少以下？", "义务教育学校间差异系数要低于多少？",
                                      "学校间差异系数控制在多少？"])
def test_a_coefficient_with_its_bound_before_it_answers_a_rate(county, question):
    a = county.ask(question)
    assert a.found and "0.25" in a.answer


def test_a_rate_answered_by_a_bounded_amount_is_still_refused():
    from qa.answer import Answer, Item
    from qa.checks.verify import checked_figures
    a = Answer("q", "差异率：低于5万人", True, [Item("低于5万人", detail="差异率低于5万人")], kind="fact")
    assert not checked_figures("差异率要控制在多少以下？", a).found


@pytest.mark.parametrize("question, value", [("白鹭水库的灌区渠系里有多少条支渠？", "17条"), ("白鹭水库灌区有几条支渠？", "17条"),
                                             ("白鹭水库灌区渠系建筑物有多少处？", "40处")])
def test_the_whole_a_run_divides_is_every_members(county, question, value):
    a = county.ask(question)
    assert a.found and value in a.answer


@pytest.mark.parametrize("question", ["园区要建的企业综合服务大厅面积定了多大？", "要新建的企业综合服务大厅面积多大？",
                                      "企业综合服务大厅面积定的是多大？"])
def test_the_askers_frame_around_a_size(county, question):
    a = county.ask(question)
    assert a.found and "800" in a.answer


@pytest.mark.parametrize("question", ["园区要建的企业综合服务大厅投资定了多少？", "白鹭水库灌区有多少座泵站？"])
def test_traps_the_plan_does_not_print(county, question):
    a = county.ask(question)
    assert not a.found


@pytest.mark.parametrize("question", ["白云山风电场那台限发的风机按多少千瓦限发？", "白云山风电场限发的那台风机限发多少千瓦？"])
def test_a_value_qualifying_another_in_its_bracket(county, question):
    a = county.ask(question)
    assert a.found and "1800千瓦" in a.answer and "2200千瓦：" not in a.answer


@pytest.mark.parametrize("question", ["白云山风电场按多少千瓦满发？", "白云山风电场单机容量多少千瓦？"])
def test_the_bracket_answers_only_the_word_it_prints(county, question):
    a = county.ask(question)
    assert "1800千瓦：" not in a.answer and not (a.found and a.items[0].label.startswith("1800"))
