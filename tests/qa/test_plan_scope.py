"""Several plans built into one folder, asked without a scope: a question naming one plan's things is that plan's.

Three invented county plans (tests/data/scope) print their works at the same places (专栏2.1, items 1–3), under
near names: 安澜县 何仙岭水库 (12000万m³) and 梁山岐风电场 (10万千瓦); 滨河县 岭仙何水库 (8600万m³) and 岐山梁风电场
(no capacity printed); 翠屏县 何岭仙水库 (no storage printed) and 翠屏大道 (no length printed). A figure is never
another plan's: the synthetic-plan benchmark's 「岭何观水库的总库容是多少」 was answered from the seed's 何仙观水库
item (same paragraph id, another plan) and refused, and 「X大道有多长」 got another county's 大道.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from qa.engine import Engine
from tests.conftest import hash_engine

DATA = Path(__file__).resolve().parents[1] / "data" / "scope"
ANLAN, BINHE, CUIPING = "anlan-county", "binhe-county", "cuiping-county"


@pytest.fixture(scope="module")
def counties(tmp_path_factory) -> Engine:
    engine = hash_engine(tmp_path_factory, [DATA], "scope-plans")
    assert engine.plan_ids == [ANLAN, BINHE, CUIPING]
    return engine


def _plans(answer) -> set[str]:
    return {c.plan for c in answer.citations}


@pytest.mark.parametrize("q", ["岭仙何水库的总库容是多少？", "岭仙何水库总库容多少？", "请问岭仙何水库的总库容有多大",
                               "滨河县岭仙何水库的总库容是多少？"])
def test_a_work_only_one_plan_prints_is_answered_from_that_plan(counties, q):
    a = counties.ask(q)
    assert a.found and "8600万m" in a.answer and "12000" not in a.answer
    assert _plans(a) == {BINHE}


@pytest.mark.parametrize("q", ["滨河古城2号停车场有多少个停车位？", "滨河古城2号停车场规划了几个停车位"])
def test_a_count_of_a_work_one_plan_prints(counties, q):
    a = counties.ask(q)
    assert a.found and "510个" in a.answer and "724" not in a.answer and _plans(a) == {BINHE}


@pytest.mark.parametrize("q,value,other", [("滨河大道有多长？", "6.2km", "9.4km"), ("安澜大道有多少公里", "9.4km", "6.2km"),
                                           ("滨河大道的长度是多少", "6.2km", "9.4km")])
def test_a_road_is_measured_in_its_own_plan(counties, q, value, other):
    a = counties.ask(q)
    assert a.found and value in a.answer and other not in a.answer


@pytest.mark.parametrize("q,near", [
    ("岐山梁风电场的装机规模是多少？", "10万千瓦"),  # 安澜县's 梁山岐风电场 has one; 滨河县's prints none
    ("岐山梁风电场装机多大", "10万千瓦"),
    ("何岭仙水库的总库容是多少？", "万m"),  # 翠屏县's prints none; the other two counties' near names do
    ("翠屏大道有多长？", "km"),  # 翠屏县 prints no length; 滨河大道 and 安澜大道 do
])
def test_a_trap_never_takes_a_near_named_work_of_another_plan(counties, q, near):
    a = counties.ask(q)
    assert not a.found
    assert near not in a.answer


@pytest.mark.parametrize("q", ["滨河县地区生产总值是多少？", "滨河县的地区生产总值达到了多少"])
def test_a_plan_named_by_its_region_is_the_scope(counties, q):
    a = counties.ask(q)
    assert a.found and "75.8亿元" in a.answer and "92.4" not in a.answer and _plans(a) == {BINHE}


@pytest.mark.parametrize("q", ["专栏2.1“幸福滨河”有哪些重点工程？", "“幸福滨河”重点工程包括哪些"])
def test_a_box_named_by_its_title_is_that_plans_box(counties, q):
    a = counties.ask(q)
    assert a.found and "岭仙何水库工程" in a.answer and "何仙岭水库工程" not in a.answer and _plans(a) == {BINHE}


@pytest.mark.parametrize("q", ["何仙岭水库和岭仙何水库的总库容分别是多少？", "岭仙何水库、何仙岭水库的总库容各是多少"])
def test_works_of_two_plans_are_each_answered_from_their_own(counties, q):
    a = counties.ask(q)
    assert a.found and "12000万m" in a.answer and "8600万m" in a.answer
    assert _plans(a) == {ANLAN, BINHE}
    for item in a.items:
        assert item.citation.plan == (ANLAN if "12000" in item.label else BINHE)


@pytest.mark.parametrize("q", ["澜瑞循经产业园有哪些重点项目？", "澜瑞循经产业园有哪些建设项目"])
def test_a_list_asked_of_a_named_park_is_never_another_parks(counties, q):
    """Scoped to 安澜县, 「…产业园有哪些重点项目」 once took the 物流产业园's 「主要规划建设三大功能服务区：…」 (产业园, 项目 and
    产业 covered three of the question's four words; the park's own name, one word, the fourth)."""
    a = counties.ask(q)
    assert "服务区" not in a.answer and "配送中心" not in a.answer
    assert not a.found or "澜瑞循经产业园" in a.answer


@pytest.mark.parametrize("q,names", [
    ("翠屏县何仙岭水库的总库容是多少？", ("何仙岭水库", "翠屏县")),  # the works is 安澜县's; 翠屏县 prints 何岭仙水库
    ("滨河县的安澜大道有多长？", ("安澜大道", "滨河县")),
])
def test_a_question_naming_two_plans_things_in_one_part_asks_which_plan(counties, q, names):
    a = counties.ask(q)
    assert not a.found and a.kind == "clarify" and "分属不同的规划" in a.answer
    assert all(f"“{n}”" in a.answer for n in names)
    assert not any(v in a.answer for v in ("12000", "8600", "9.4km", "6.2km"))


def test_which_of_two_plans_works_is_bigger_is_asked_part_by_part_each_in_its_own_plan(counties):
    """「A和B哪个库容大」 reads as 「A和B的库容分别是多少」 (qa.values.whichmore): each figure from the plan printing it."""
    a = counties.ask("何仙岭水库和岭仙何水库哪个库容大？")
    assert a.found and "12000" in a.answer and "8600" in a.answer
    assert _plans(a) == {ANLAN, BINHE}


def test_a_scoped_question_is_unchanged(counties):
    assert counties.ask("何仙岭水库的总库容是多少？", plan=BINHE).found is False
    a = counties.ask("何仙岭水库的总库容是多少？", plan=ANLAN)
    assert a.found and "12000万m" in a.answer and _plans(a) == {ANLAN}


@pytest.mark.parametrize("q,plan", [("翠屏大道有多长？", ANLAN), ("翠屏大道有多少公里", BINHE), ("翠屏大道的长度是多少", ANLAN),
                                    ("安澜大道有多长？", BINHE)])
def test_a_figure_printed_in_another_plan_is_never_the_owners(counties, q, plan):
    """翠屏大道 is a work of the 翠屏县 plan: the 大道 length printed in 安澜县's plan is not its, even asked there (the
    check read every served plan's region as the plan's own, so 翠屏 named no owner and any 大道 passed)."""
    a = counties.ask(q, plan=plan)
    assert not a.found and "9.4km" not in a.answer and "6.2km" not in a.answer


@pytest.mark.parametrize("q", ["专栏2.1里的重点工程有几个？", "专栏2.1列了哪些项目", "专栏2.1有多少个重点工程"])
def test_a_box_asked_by_number_alone_asks_which_plan(counties, q):
    """Every county numbers its 重点工程 box 2.1: a question naming that number and no plan is none of theirs alone
    (it was answered from 安澜县's, the first plan holding the box)."""
    a = counties.ask(q)
    assert not a.found and a.kind == "clarify" and "专栏2.1" in a.answer
    assert all(county in a.answer for county in ("安澜县", "滨河县", "翠屏县"))
    assert not any(w in a.answer for w in ("何仙岭水库工程", "岭仙何水库工程", "何岭仙水库工程"))


@pytest.mark.parametrize("q,county,work", [("专栏2.1里的重点工程有几个？", BINHE, "岭仙何水库工程"),
                                           ("滨河县专栏2.1里有哪些项目", None, "岭仙何水库工程"),
                                           ("专栏2.2里有哪些项目", None, "澜瑞循经产业园")])  # only 安澜县 prints a 专栏2.2
def test_a_box_number_in_one_plan_is_that_plans(counties, q, county, work):
    a = counties.ask(q, plan=county)
    assert a.found and work in a.answer and len(_plans(a)) == 1


@pytest.mark.parametrize("q", ["安澜大道全长多少公里", "安澜大道总长多少公里？", "安澜大道全长是多少公里", "安澜大道全长有多少公里"])
def test_a_length_asked_with_its_printed_word(counties, q):
    """「全长多少公里」 read as 「全长度」 (长 + 多少 → 长度, 全 left before it), a measure no plan prints."""
    a = counties.ask(q)
    assert a.found and "9.4km" in a.answer and "6.2km" not in a.answer and _plans(a) == {ANLAN}
