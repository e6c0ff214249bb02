"""A figure given is the asked one's (issue 11, class 3): its owner, its year, its attribute, its scope.

On a made-up county plan (``tests/data/qa-ownership-plan.txt``), whatever answerer reads the figure:
- a part naming a thing the plan gives no such figure for never takes another work's (「…长度共计146km」);
- a neighbour stated in the question (「云顶山风电场8万千瓦，石笋坳多少？」) is context, its figure never the answer;
- a year asked is the figure's year, for prose figures too (the 2025 target is no 2020 value; 初期 is no 末);
- a width asked is no length, a unit asked (亩) no value of another kind (平方米), a word asked that the plan
  prints beside another value (限发, 支渠) makes that value the asked one;
- a total asked is no member's figure, a figure stated for several works together no member's.
Each refusal is ``found: false`` (or the part says it), and the figures the plan does give stay answered.
"""
from __future__ import annotations

import pytest

from qa.answer import Answer, Item
from qa.checks.ownership import asked_owners, owned_figures
from tests.conftest import DATA

PLAN = DATA / "qa-ownership-plan.txt"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


def _values(answer) -> list[str]:
    return [i.label for i in answer.items] if answer.found else []


def _no_figure(answer, *figures: str) -> None:
    """None of ``figures`` is given as an answer (a refusal may name them as what the plan gives instead)."""
    for f in figures:
        assert not answer.found or all(f not in i.label.replace(" ", "") for i in answer.items), answer.answer


@pytest.mark.parametrize("question, foreign", [
    ("枫林灌区多少公里？灌多少亩？", ["22.4万亩", "146km"]),
    ("青莲水库干渠几条？多长？", ["146km", "52.3km"]),
    ("翠湖大道松岭段从哪到哪？多长？", ["146km"]),
    ("翠湖大道松岭段起止点在哪，有多长", ["146km"]),
])
def test_a_part_never_takes_another_works_figure(county, question, foreign):
    _no_figure(county.ask(question), *foreign)


@pytest.mark.parametrize("question, given", [
    ("云顶山风电场8万千瓦，石笋坳多少？", "8万千瓦"),
    ("云顶山风电场装机8万千瓦，那石笋坳风电场呢，装机多少？", "8万千瓦"),
    ("石笋坳风电场4万千瓦，云顶山风电场装机多少？", "4万千瓦"),
])
def test_a_figure_stated_in_the_question_is_never_echoed(county, question, given):
    _no_figure(county.ask(question), given)


@pytest.mark.parametrize("question", [
    "鹤鸣电子产业园2020年产值是多少？",
    "2020年鹤鸣电子产业园的产值有多少",
    "鹤鸣电子产业园2023年产值能到多少？",
    "鹤鸣电子产业园十三五末产值是多少",
])
def test_a_prose_figure_of_another_year_is_refused(county, question):
    a = county.ask(question)
    assert not a.found and "2025年" in a.answer, a.answer  # says what the plan does give


def test_a_period_stage_asked_is_not_another_stage(county):
    a = county.ask("三次产业结构十三五末是多少")
    _no_figure(a, "21.5%")
    assert not a.found or "17.2%" in _values(a)[0]


@pytest.mark.parametrize("question, figure", [
    ("鹤鸣电子产业园产值2025年要达到多少？", "60亿元以上"),
    ("地区生产总值十三五期间年均增长多少？", "7.1%"),
    ("十三五期间地区生产总值年均增长多少？", "7.1%"),
])
def test_a_figure_of_the_asked_year_or_period_stays(county, question, figure):
    assert figure in _values(county.ask(question))


@pytest.mark.parametrize("question, foreign", [
    ("和平一路和和平二路分别多宽？", ["2.6km", "1.8km"]),
    ("和平一路、和平二路各宽多少？", ["2.6km", "1.8km"]),
    ("柏川高铁站商贸物流园多少亩", ["60万平方米"]),
    ("柏川高铁站商贸物流园占地多少亩？", ["60万平方米"]),
    ("鹰嘴岩风电场一台限发多少千瓦？", ["2500千瓦"]),
    ("青莲水库支渠多长？", ["12800m"]),
    ("青莲水库的支渠有多长", ["12800m"]),
])
def test_another_attribute_of_the_right_thing_is_refused(county, question, foreign):
    _no_figure(county.ask(question), *foreign)


@pytest.mark.parametrize("question, figures", [
    ("和平二路宽多少？", ["50m"]),
    ("翠湖大道松岭段宽度是多少？多长？", ["50m", "5.2km"]),
    ("翠湖大道松岭段多宽？多长？", ["50m", "5.2km"]),  # a bare dimension is the first part's thing's
    ("和平三路多长？多宽？", ["约1.2km", "40m"]),  # 长约1.2 km: the bound is part of the figure
    ("翠湖大道松岭段多长？多宽？", ["5.2km", "50m"]),
    ("兴业一路多长？多宽？", ["约3.4km", "30m"]),
    ("柏川高铁站商贸物流园规划用地多少亩？", ["900亩"]),
    ("柏川高铁站商贸物流园总建筑面积多少？", ["约60万平方米"]),
    ("鹰嘴岩风电场单机容量多少？", ["2500千瓦"]),
    ("青莲水库干渠多长？", ["71.5km"]),
    ("青莲水库总灌溉面积多少亩？", ["22.4万亩"]),
    ("枫林灌区能灌多少亩？长度呢？", ["1.7万亩", "9.6km"]),
    ("鹤鸣电子产业园一期投资多少？", ["30亿元"]),
    ("柏川高铁站商贸物流园占地面积多少亩", ["900亩"]),
    ("鹤鸣电子产业园用地多少平方米", ["1200亩"]),  # a site's area asked in another unit of land: still its figure
])
def test_the_asked_attribute_stays_answered(county, question, figures):
    values = [v.replace(" ", "") for v in _values(county.ask(question))]
    assert values == figures


def test_a_bare_dimension_is_the_first_parts_things(county):
    # 「干渠有多少条？多长？」: the 干渠's 71.5km, never the 总干渠's 16.2km (the count may stay unread).
    values = [v.replace(" ", "") for v in _values(county.ask("青莲水库干渠有多少条？多长？"))]
    assert "71.5km" in values and "16.2km" not in values


@pytest.mark.parametrize("question", ["松岭灌区工程一共能灌多少亩？", "松岭灌区工程合计灌溉面积多少？", "松岭灌区工程灌溉面积合计多少？"])
def test_a_total_asked_is_no_members_figure(county, question):
    _no_figure(county.ask(question), "6.3万亩", "4.1万亩", "1.7万亩")


@pytest.mark.parametrize("question", ["鹤鸣电子产业园总投资多少？一期呢？", "鹤鸣电子产业园总投资是多少，一期投资呢"])
def test_a_phase_asked_is_never_the_wholes_figure(county, question):
    a = county.ask(question)
    assert _values(a)[0] == "90亿元"
    assert _values(a)[1:] in ([], ["30亿元"]), a.answer


def _item(county, pid: str, value: str, clause: str) -> Item:
    kb = county.kb
    para = kb.paragraph(pid)
    return Item(value, kb.citation(para), detail=clause)


def _box_item(county, start: str) -> str:
    kb = county.kb
    return next(str(kb.attrs(p).get("pid")) for p in kb.paragraph_nodes if kb.norm_text[p].startswith(start))


@pytest.mark.parametrize("question", ["白鹭水厂供水规模？", "金竹水厂每天供水多少吨", "杏坪水厂的供水规模是多少"])
def test_a_figure_of_several_works_together_is_no_members(county, question):
    pid = _box_item(county, "松岭县农村供水工程")
    clause = "兴建白鹭、金竹、杏坪三个农村供水水厂，供水规模为3.6万吨每天"
    answer = Answer(question, f"供水规模：3.6万吨（原文：“{clause}”）。", True,
                    [_item(county, pid, "3.6万吨", clause)], kind="fact")
    checked = owned_figures(county.kb, question, answer)
    assert not checked.found and "3.6万吨" not in checked.answer.split("（")[0], checked.answer


def test_the_whole_works_keeps_its_figure_of_several_works(county):
    pid = _box_item(county, "松岭县农村供水工程")
    clause = "供水规模为3.6万吨每天"
    question = "松岭县农村供水工程供水规模多少？"
    answer = Answer(question, f"供水规模：3.6万吨（原文：“{clause}”）。", True, [_item(county, pid, "3.6万吨", clause)], kind="fact")
    assert owned_figures(county.kb, question, answer) is answer


def test_a_refused_part_says_so_and_the_other_part_stays(county):
    pid = _box_item(county, "新城片区路网建设项目")
    question = "和平三路多宽？兴业一路多长？"
    items = [_item(county, pid, "40 m", "宽40 m"), _item(county, pid, "约1.2 km", "和平三路（长约1.2 km")]
    answer = Answer(question, "和平三路的宽度：40 m（原文：“宽40 m”）；长度：约1.2 km（原文：“和平三路（长约1.2 km”）。", True,
                    items, kind="fact")
    checked = owned_figures(county.kb, question, answer)
    assert checked.found and [i.label for i in checked.items] == ["40 m"]
    assert "1.2" not in checked.answer and "未能确定" in checked.answer


@pytest.mark.parametrize("question, owners, given", [
    ("云顶山风电场8万千瓦，石笋坳风电场多少？", ["石笋坳风电场"], ["8万千瓦"]),
    ("枫林灌区多少公里？灌多少亩？", ["枫林灌区", "枫林灌区"], []),
    ("和平一路和和平二路分别多宽？", ["和平二路", "和平一路"], []),
    ("旅游人次2023年是多少？2025年呢？", [], []),
])
def test_the_owners_and_givens_a_question_names(county, question, owners, given):
    asked = asked_owners(county.kb, question)
    assert [o.names[0] for o in asked.owners] == owners
    assert asked.given_values == given
