"""Figure questions of issue 11 (classes 1, 2, 3 and 8) in our own words, on plans of several layouts.

Two sets, written as a new user would ask, traps included:

- ``tests/data/qa-figure-questions.jsonl``: questions on the seed plan and the four corpus outlines
  (``doc``: ``seed`` or the corpus file name; ``found``: true, false, or null when both are right;
  ``says``: what the answer must state; ``never``: what a found answer must not state (another
  entity's, period's or aspect's figure); ``not_stated``: what it must not state outside its quotes (the
  other part of a 分别 clause it quotes whole); ``cites``: text a citation must hold).
- a small made-up plan (``tests/data/qa-figures-plan.txt``: 一、/（一） outline, a review chapter
  of past actuals, prose targets, box-like items titled by their subject).

Classes: 1 figures stated in prose, with or without a year, past periods; 2 several figures in
one question; 3 constraints (a year the plan does not give, a neighbour's attribute, a rate asked
where only a level is stated); 8 reverse lookup by value.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from qa.engine import Engine
from tests.conftest import DATA, SHARED, hash_engine
from tests.qa.said import norm, said

QUESTIONS = [json.loads(line) for line in (DATA / "qa-figure-questions.jsonl").read_text("utf-8").splitlines() if line.strip()]
MADE_UP = DATA / "qa-figures-plan.txt"


@pytest.fixture(scope="module")
def engines(tmp_path_factory, engine):
    """One engine per plan (the seed's from conftest; corpus plans built with the hash encoder on first use)."""
    built = {"seed": engine}

    def get(doc: str) -> Engine:
        if doc not in built:
            path = SHARED / "corpus" / doc
            if not path.exists():
                pytest.skip(f"corpus plan not found at {path}")
            built[doc] = hash_engine(tmp_path_factory, [path], Path(doc).stem)
        return built[doc]

    return get


def _check(a, case: dict) -> None:
    if case["found"] is not None:
        assert a.found is case["found"], a.answer
    for value in case.get("says", []):
        assert norm(value) in said(a), (value, a.answer)
    if a.found:
        for value in case.get("never", []):
            assert norm(value) not in said(a), (value, a.answer)
        # The other part's value of a 「A和B分别X、Y」 clause may stand in the quote, never as what is stated.
        stated = norm(re.sub(r"“[^”]*”", "", a.answer)) + "|".join(norm(i.label) for i in a.items)
        for value in case.get("not_stated", []):
            assert norm(value) not in stated, (value, a.answer)
        assert len(norm(a.answer)) <= 300 or a.kind != "fact"
    if case.get("cites"):
        assert any(norm(case["cites"]) in norm(c.text) for c in a.citations), a.answer


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=f"{c['doc'][:12]}-{c['class']}-{c['question']}",
                     marks=[pytest.mark.xfail(reason=c["known_miss"], strict=True)] if c.get("known_miss") else [])
        for c in QUESTIONS
    ],
)
def test_figure_question(engines, case):
    _check(engines(case["doc"]).ask(case["question"]), case)


# The made-up plan ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def made_up(tmp_path_factory):
    return hash_engine(tmp_path_factory, [MADE_UP], "qa-figures-home")


@pytest.mark.parametrize(
    "question, values",
    [
        # 1. Prose figures: past periods from the review chapter, the plan's targets, every wording.
        ("“十三五”期间全市生产总值年均增长多少？", ["7.2%"]),
        ("十三五时期经济总量年均增速是多少？", ["7.2%"]),
        ("2020年GDP是多少？", ["518亿元"]),
        ("到2025年GDP要突破多少？", ["750亿元"]),
        ("“十四五”期间全市生产总值年均增长目标是多少？", ["7.5%"]),
        ("一般公共预算收入年均增长多少？", ["6.5%"]),
        ("森林覆盖率要保持在多少？", ["64%"]),
        ("数字经济增加值占GDP比重要达到多少？", ["30%"]),
        # 2. Several figures: each part its own value.
        ("城镇居民和农村居民人均可支配收入分别是多少？", ["38200", "17600"]),
        ("青川大桥长多少、宽多少？", ["1.2公里", "36米"]),
        ("青川大桥有多长多宽？", ["1.2公里", "36米"]),
        ("青川港物流园的总投资和用地分别是多少？", ["25亿元", "800亩"]),
        ("青龙水库的总库容、灌溉面积和供水人口分别是多少？", ["1.5亿立方米", "12万亩", "30万人"]),
    ],
)
def test_made_up_plan_figures(made_up, question, values):
    a = made_up.ask(question)
    assert a.found, a.answer
    for v in values:
        assert norm(v) in said(a), (v, a.answer)
    ids = {(c.plan, c.id) for c in a.citations}
    assert all((i.citation.plan, i.citation.id) in ids for i in a.items if i.citation)


@pytest.mark.parametrize(
    "question, value",
    [
        ("全市生产总值要达到多少？", "突破750亿元"),  # no year: the plan's horizon, not the 2020 actual (its bound kept)
        ("单位GDP二氧化碳排放要降低多少？", "16%"),  # not the energy intensity's 14% beside it
        ("农村居民人均可支配收入年均增长多少？", "9.3%"),  # the second of 「分别增长8.1%、9.3%」
    ],
)
def test_made_up_plan_picks_the_asked_figure(made_up, question, value):
    a = made_up.ask(question)
    assert a.found and a.items[0].label == value, a.answer


@pytest.mark.parametrize(
    "question, says, never",
    [
        ("2030年常住人口城镇化率要达到多少？", "2025", None),  # says what the plan does give
        ("西站冷链物流中心的总投资是多少？", None, "25亿元"),  # the neighbouring item's investment
        ("滨江大道总投资多少？", None, "18亿元"),
        ("“十三五”期间森林覆盖率提高了多少？", None, None),
        ("人均预期寿命年均增长多少？", "79岁", None),  # only a level is stated: say it, not as a rate
    ],
)
def test_made_up_plan_constraints(made_up, question, says, never):
    a = made_up.ask(question)
    assert a.found is False, a.answer
    if says:
        assert says in norm(a.answer)
    if never:
        assert never not in norm(a.answer)


# A provincial 纲要 (tests/data/province-plan.txt: 第一篇/第一章/第一节, 专栏 as plain-text tables) ---------


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    return hash_engine(tmp_path_factory, [DATA / "province-plan.txt"], "province-home")


@pytest.mark.parametrize(
    "question, found, values",
    [
        ("“十三五”时期全省地区生产总值年均增长多少？", True, ["7.1%"]),
        ("十三五期间GDP年均增速？", True, ["7.1%"]),
        ("2020年全省GDP达到多少？", True, ["4.3万亿元"]),
        ("某某光源总投资多少？", True, ["60亿元"]),
        ("某某光源和某某超算中心的总投资分别是多少？", True, ["60亿元", "30亿元"]),
        ("2025年全省地区生产总值要达到多少？", False, ["2020"]),
        ("某某光源的用地是多少？", False, []),
    ],
)
def test_province_plan_figures(province, question, found, values):
    a = province.ask(question)
    assert a.found is found, a.answer
    for v in values:
        assert norm(v) in said(a), (v, a.answer)
    if found:
        assert "2025年" not in a.answer or "2025" in question  # a project's investment is for no year


# Another thing's figure -------------------------------------------------------------------------


def test_a_longer_name_owns_its_figure(engine):
    """「循环经济、航空航天新材料产业园产值分别达到50亿元」 is no figure of 新材料产业园 (read by the measures answerer alone)."""
    from qa.question.intent import classify_intent
    from qa.values.measures import answer_measures

    q = "新材料产业园产值要达到多少？"
    a = answer_measures(engine.kb, q, classify_intent(q), [])
    assert a is not None and a.found, a
    assert "100亿元" in a.answer and "50亿元" not in a.answer.split("原文")[0], a.answer


@pytest.mark.parametrize(
    "clause, measure, value",
    [
        # ordinals printed once for three items; the second item's value
        ("2005年第一、二、三产业增加值占国内生产总值的比重分别为13%、51%和36%", "第二产业增加值占国内生产总值比重", "51%"),
        ("2005年第一、二、三产业增加值占国内生产总值的比重分别为13%、51%和36%，从业人员占全社会从业人员的比重分别为44%、23%和33%",
         "第三产业从业人员占全社会从业人员比重", "33%"),
        # a short first part takes the shared tail: 城镇 is the first value, 农村 the second
        ("其中城镇居民和农村居民人均可支配收入分别达到34260元、22430元", "城镇居民人均可支配收入", "34260元"),
        ("其中城镇居民和农村居民人均可支配收入分别达到34260元、22430元", "农村居民人均可支配收入", "22430元"),
        ("广播和电视人口覆盖率分别达到百分之八十五和百分之九十", "广播人口覆盖率", "百分之八十五"),
    ],
)
def test_a_distributed_clause_pairs_in_order(clause, measure, value):
    from qa.values.measures import distributed_value

    # the figure as first read: the first value of the last 分别 (the clause the measure's own words end in)
    first = re.findall(r"分别[^0-9百]*([0-9.]+\S*?|百分之\S+?)[、和]", clause)[-1]
    assert distributed_value(clause, measure, first) == value


def test_prose_figures_never_read_an_indicator_rows_text(engines):
    """A row's text is made from its cells (「…类指标11 数字经济…」): read as prose, 11 (the row number) was
    given as the 2025 value of 数字经济增加值占GDP比例 when the question's wording missed the table."""
    from qa.values.prose import prose_figures

    kb = engines("seed").kb
    rows = [p for p in kb.paragraph_nodes if kb.G.nodes[p].get("kind") == "indicator"]
    assert len(rows) == 25
    for row in rows:
        measure = re.sub(r"（[^）]*）$", "", kb.G.nodes[row]["text"].split(" ", 1)[-1].split("：")[0])
        assert all(kb.G.nodes[f.para].get("kind") != "indicator" for f in prose_figures(kb, measure)), measure
