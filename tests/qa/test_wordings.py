"""Issue 11, questions in users' own words: 简称 of works, parks and indicators, deixis (那个项目, 的那个指标叫啥),
spoken tails (来着, 啥), xref with an unquoted name, glossary lead-ins, related by name part.

Our own questions, several wordings each, on a made-up county plan (tests/data/words-plan.md).
"""
from __future__ import annotations

import pytest

from qa.followup import drop_deixis
from qa.question.intent import read_spoken
from qa.question.link import abbreviates, build_entity_index
from tests.conftest import DATA

PLAN = DATA / "words-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


# 1. 简称: the name's characters in order, ending in its head kind ------------------------------------
@pytest.mark.parametrize(
    "question, owner, value",
    [
        ("青石岭灌区的渠道整治多长？", "青石岭水库灌区", "21.6km"),
        ("青石岭灌区恢复灌溉面积多少？", "青石岭水库灌区", "4.5万亩"),
        ("冷链仓新建冷库容量多少？", "农产品综合冷链仓库", "3万吨"),
        ("农产品冷链仓年周转多少？", "农产品综合冷链仓库", "12万吨"),
        ("高端装备园规划面积多少？", "临港高端装备制造产业园", "2600亩"),
        ("临港装备园到2025年产值多少？", "临港高端装备制造产业园", "80亿元"),
        ("医药园规划面积多少？", "城北生物医药产业园", "1800亩"),
        ("材料园引进企业多少家？", "城南生物材料产业园", "30家"),
    ],
)
def test_a_short_form_is_read_as_the_name_it_abbreviates(county, question, owner, value):
    a = county.ask(question)
    assert a.found, a.answer
    assert owner in a.answer and value in a.answer


@pytest.mark.parametrize("question", ["生物园规划面积多少？", "生物园在哪个专栏？"])
def test_a_short_form_of_two_names_asks_which(county, question):
    a = county.ask(question)
    assert not a.found and a.kind == "clarify"
    assert "城北生物医药产业园" in a.answer and "城南生物材料产业园" in a.answer


def test_abbreviation_rule():
    assert abbreviates("青石岭灌区", "青石岭水库灌区") and abbreviates("冷链仓", "农产品综合冷链仓库")
    # the head kind must be the name's: 青石岭水库 is no 灌区, 灌区 alone names nothing
    assert abbreviates("青石岭水库", "青石岭水库灌区") is None and abbreviates("灌区", "青石岭水库灌区") is None
    # characters out of order, or none adjacent in the name, are no short form of it
    assert abbreviates("岭青石灌区", "青石岭水库灌区") is None and abbreviates("青岭灌区", "青石岭水库灌区") is None
    idx = build_entity_index({"a": {"label": "城北生物医药产业园", "type": "Park"},
                              "b": {"label": "城南生物材料产业园", "type": "Park"},
                              "c": {"label": "城北", "type": "Place"}})
    [short] = idx.abbreviated("生物园有哪些企业")
    assert short.span == "生物园" and not short.unique
    [short] = idx.abbreviated("城北医药园有哪些企业")
    assert short.unique and short.names[0][0] == "城北生物医药产业园"
    # a whole name is that name, never an abbreviation of a longer one
    assert idx.abbreviated("城北有哪些企业") == []
    # a name asked whole with a 的 between its words is that name, not a short form of it
    shares = build_entity_index({"s": {"label": "最终消费对GDP贡献率", "type": "Indicator"}})
    [asked] = shares.abbreviated("最终消费对GDP的贡献率是多少")
    assert asked.span == "最终消费对GDP的贡献率" and asked.names == (("最终消费对GDP贡献率", 1.0),)
    # words many names share (风电, 项目) are a kind, not an abbreviation of one of them
    farms = build_entity_index({f"f{i}": {"label": f"{place}风电场工程项目", "type": "Project"}
                                for i, place in enumerate(["梁山岐", "富家桥", "大庆坪", "白云岭"])})
    assert farms.abbreviated("风电项目的总装机是多少") == []
    assert [s.names[0][0] for s in farms.abbreviated("大庆坪风电项目的装机是多少")] == ["大庆坪风电场工程项目"]
    # one thing printed with and without its region is one candidate, not two to choose from
    works = build_entity_index({"a": {"label": "青川县城北污水处理厂", "type": "Project"},
                                "b": {"label": "城北污水处理厂", "type": "Project"}})
    [short] = works.abbreviated("城北污水厂规模多大")
    assert short.unique and short.names[0][0] == "城北污水处理厂"


# 2. Deixis and spoken words -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question, values",
    [
        ("鑫达冷链物流那个项目总投资和用地各是多少？", ["2.6亿元", "85亩"]),
        ("鑫达冷链物流那个项目总投资是多少？", ["2.6亿元"]),
        ("鑫达冷链物流那个项目用地多少亩？", ["85亩"]),
        # after a short form too
        ("高端装备园那个园区规划面积多少？", ["临港高端装备制造产业园", "2600亩"]),
    ],
)
def test_that_project_after_a_name_is_the_name(county, question, values):
    a = county.ask(question)
    assert a.found and all(v in a.answer for v in values), a.answer


@pytest.mark.parametrize(
    "question, name",
    [
        ("指标表里2020年是58.3的那个指标叫啥？", "常住人口城镇化率"),
        ("2020年为61.4的那个指标是什么？", "森林覆盖率"),
        ("2025年目标为3.2的那个指标叫什么名字？", "每万人口高价值发明专利拥有量"),
    ],
)
def test_the_indicator_a_clause_describes_is_a_reverse_lookup(county, question, name):
    a = county.ask(question)
    assert a.found and a.kind != "clarify" and name in a.answer, a.answer


@pytest.mark.parametrize(
    "question, value",
    [
        ("发明专利拥有量2020年的基数是多少来着？", "1.7"),
        ("高价值发明专利拥有量，2025年要到多少来着？", "3.2"),
        ("青石岭灌区恢复灌溉面积是多少啊？", "4.5万亩"),
        ("每万人口的高价值发明专利拥有量，2025年定了多少？", "3.2"),
        ("名词解释里的“一河一策”是啥意思啊？", "每条河流"),
    ],
)
def test_spoken_tails(county, question, value):
    a = county.ask(question)
    assert a.found and value in a.answer, a.answer


def test_spoken_words_and_deixis_are_read():
    assert read_spoken("规划里这个灌区咋样？") == "规划里这个灌区怎样？"
    assert read_spoken("基数是多少来着？") == "基数是多少？"
    assert read_spoken("2020年是9.1的那个指标叫啥？") == "2020年是9.1的是哪个指标？"
    assert drop_deixis("青港码头那个港口吞吐量多少？", ["青港码头"]) == "青港码头吞吐量多少？"
    # with no name before it, 那个项目 is a pointer left for the follow-up rules
    assert drop_deixis("那个项目用地多少？", ["青港码头"]) == "那个项目用地多少？"


# 3. xref with an unquoted name: the question's frame stripped by its units ---------------------------
@pytest.mark.parametrize(
    "question",
    [
        "青港码头在纲要里哪几章说到了？",
        "纲要里哪些章节讲到了青港码头？",
        "青港码头在规划中出现在哪几章？",
        "规划的哪几个章节提到青港码头？",
        "青港码头在规划里哪些地方写到了？",
    ],
)
def test_xref_of_an_unquoted_name(county, question):
    a = county.ask(question)
    assert a.found and a.kind == "xref", a.answer
    assert "“青港码头”" in a.answer and [i.label[:4] for i in a.items] == ["第一章 ", "第二章 "]


def test_xref_frame_never_cuts_the_phrase():
    from qa.question.intent import xref_phrase

    # 节 and 区 end names as well as the frame's 哪几节
    assert xref_phrase("龙舟节在规划中出现在哪几章？") == "龙舟节"
    assert xref_phrase("提到临港物流区的有哪些章节？") == "临港物流区"
    assert xref_phrase("东盟一共被提到几次？") == "东盟"


# 4. Glossary lead-ins, and a term found by the phrase it holds ----------------------------------------
@pytest.mark.parametrize(
    "question, term, words",
    [
        ("名词解释里说的“两大行动”指的是啥？", "两大行动升级版", ["200个农村综合服务站", "800家电商企业"]),
        ("文中说的“两大行动”是什么意思？", "两大行动升级版", ["200个农村综合服务站"]),
        ("“两大行动”是什么？", "两大行动升级版", ["800家电商企业"]),
        ("名词解释里的“一河一策”是啥意思？", "一河一策", ["每条河流"]),
        ("规划里提到的“一河一策”指什么？", "一河一策", ["每条河流"]),
    ],
)
def test_glossary_lead_ins_and_terms_by_their_core(county, question, term, words):
    a = county.ask(question)
    assert a.found and a.kind == "glossary", a.answer
    assert a.answer.startswith(term) and all(w in a.answer for w in words), a.answer
    assert any(c.id.startswith("gl-") for c in a.citations)


# 5. Related: names holding X first (in reading order), then what is named beside X -------------------
QUZI = ["屈子祠", "屈子文化园", "屈子文化旅游区", "屈子龙舟节", "屈子街", "屈子书院"]


@pytest.mark.parametrize(
    "question",
    [
        "跟屈子有关的项目和地方有哪些？",
        "屈子相关的项目有哪些？",
        "跟“屈子”沾边的街区、景点和项目都有哪些？",
        "跟屈子（屈原）有关的项目和地方有哪些？",
        "哪些景点和项目与屈子有关？",
        "和屈子有关系的景点有哪些？",
    ],
)
def test_related_by_name_part_then_co_mentioned(county, question):
    a = county.ask(question)
    assert a.found and a.kind == "related", a.answer
    labels = [i.label for i in a.items]
    assert labels[: len(QUZI)] == QUZI
    # a road or a river merely named in the same sentence ranks below every name holding X
    assert all(labels.index(n) > len(QUZI) - 1 for n in ("滨江路", "汨水河") if n in labels)
    assert all(i.citation in a.citations for i in a.items)


def test_names_holding_x_asked_alone(county):
    a = county.ask("名字里带“屈子”的地方和项目有哪些？")
    assert a.found and [i.label for i in a.items] == QUZI


def test_a_common_word_begins_kinds_not_names(engine):
    # 物流 begins 物流中心, 物流基地 …: kinds of things, not 物流's own names; entities holding it are.
    a = engine.ask("与物流有关的项目有哪些？")
    assert a.found and "名称含“物流”的：" in a.answer
    by_name = a.answer.split("名称含“物流”的：")[1].split("；")[0].split("、")
    assert "优速物流" in by_name and "物流中心" not in by_name and "物流基地" not in by_name


def test_a_kind_word_begins_one_kind_not_names(engine):
    # 风电 begins only 风电场 (梁山岐风电场, 富家桥风电场 …): the plan's wind farms are its names, listed first.
    a = engine.ask("风电相关的项目有哪些？")
    assert a.found
    by_name = a.answer.split("名称含“风电”的：")[1].split("；")[0].split("、")
    assert by_name[:2] == ["梁山岐风电场", "富家桥风电场"] and "风电场" not in by_name


def test_a_quoted_part_of_a_longer_phrase_is_not_read_as_a_term(engine):
    # “135” begins the term “135”工程升级版 too, but the question asks for 「“135”绿色出行方式」.
    a = engine.ask("纲要里倡导的“135”绿色出行方式指什么？")
    assert a.found and "1km以内步行" in a.answer and "升级版" not in a.answer


def test_a_phrase_the_plan_prints_is_not_read_as_a_name(county):
    # 年均增长 abbreviates 地区生产总值年均增长 by the rule, but the plan prints it: a trap stays a trap.
    a = county.ask("全县财政收入年均增长多少？")
    assert not a.found and "6.5" not in a.answer and "4.2" not in a.answer


def test_a_name_asked_with_de_between_its_words(engine):
    a = engine.ask("最终消费对GDP的贡献率，2025年定了多少？")
    assert a.found and "61" in a.answer, a.answer
