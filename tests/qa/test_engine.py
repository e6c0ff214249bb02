"""The engine on the seed plan, one test per question kind, with questions of our own
(not the dev set's): each checks the answer's content and that its citations hold the fact."""
from __future__ import annotations

import json

import pytest

from kg.errors import NoAnswer
from qa.engine import MAX_QUESTION
from tests.conftest import DATA
from tests.qa.said import cited, norm, said


def test_members_of_a_park(engine):
    a = engine.ask("河西新兴产业百亿园区有哪些企业？")
    assert a.found and a.kind == "list"
    for name in ("德福隆", "盛迩威", "太一科技", "保银科技"):
        assert name in said(a)
    assert cited(a, "河西新兴产业百亿园区")


def test_items_of_a_box_by_number(engine):
    a = engine.ask("专栏８．１有哪些项目？")  # full-width digits
    assert a.found
    labels = [i.label for i in a.items]
    assert any("智慧物流产业园" in l for l in labels) and any("火车站工业物流园" in l for l in labels)
    assert all(c.box and c.box.startswith("专栏8.1") for c in a.citations)


@pytest.mark.parametrize(
    "question, figure, source",
    [
        ("零陵汽车东站的建筑面积是多少？", "34025m²", "零陵汽车东站"),
        ("香零山大桥有多长？", "276m", "香零山大桥"),
        ("零陵区光荣院有多少张床位？", "200张", "光荣院"),
        ("阳明大道零陵段道路宽度是多少？", "60m", "阳明大道零陵段"),
        ("永州大庆坪风电场装机容量多大？", "50MW", "大庆坪风电场"),
    ],
)
def test_project_figures_are_quoted_with_units(engine, question, figure, source):
    a = engine.ask(question)
    assert a.found and a.kind == "fact"
    assert norm(figure) in norm(a.answer)
    assert cited(a, source) and cited(a, figure)
    assert len(norm(a.answer)) <= 300


def test_indicator_values_and_attribute(engine):
    a = engine.ask("森林覆盖率2025年目标是多少？是约束性还是预期性？")
    assert a.found and a.kind == "indicator"
    assert "55.94" in a.answer and "56" in a.answer and "约束性" in a.answer
    assert cited(a, "森林覆盖率")


def test_indicator_qualifiers_kept_as_printed(engine):
    a = engine.ask("城镇调查失业率的目标是多少？")
    assert "<4.7" in norm(a.answer)


def test_list_of_binding_indicators(engine):
    a = engine.ask("哪些指标是约束性指标？")
    labels = [i.label for i in a.items]
    assert len(labels) == 7 and "森林覆盖率" in labels and "空气质量优良天数比例" in labels
    assert "地区生产总值" not in labels


@pytest.mark.parametrize("question, count", [
    ("约束性指标有几个？", 7), ("一共多少个指标？", 25), ("主要指标有多少项？", 25), ("规划有多少个主要指标？", 25),
])
def test_indicators_counted_by_listing_them(engine, question, count):
    a = engine.ask(question)
    assert a.found and len(a.items) == count and f"共{count}项" in a.answer, a.answer


@pytest.mark.parametrize("question", ["规划里专栏一共几个？", "专栏总共有多少个"])
def test_boxes_counted_with_the_noun_first(engine, question):
    a = engine.ask(question)
    assert a.found and "15个专栏" in a.answer, a.answer


@pytest.mark.parametrize("question, said", [
    ("专栏31.1叫什么？在哪一章？", ["（1）专栏31.1", "（2）", "第31章"]),
    ("专栏7.1的标题是什么？专栏31.1呢？", ["（1）专栏7.1", "（2）专栏31.1"]),
    ("第三章叫什么？有几节？", ["发展构想", "4节"]),
    ("规划一共几篇？第十一篇叫什么，", ["共11篇", "第11篇"]),
])
def test_several_structure_parts_each_answered(engine, question, said):
    a = engine.ask(question)
    assert a.found and all(x in a.answer for x in said), a.answer


def test_indicator_categories_and_subset_counts(engine):
    a = engine.ask("指标表分成了哪几大类？")
    assert a.found and [i.label for i in a.items] == ["经济发展", "创新驱动", "民生福祉", "绿色转型", "安全保障"], a.answer
    b = engine.ask("指标表一共列了多少项指标？其中约束性的有几项？")
    assert "共25项" in b.answer and "约束性指标共7项" in b.answer, b.answer


def test_a_target_table_named_so_lists_its_binding_rows(engine_for):
    from pathlib import Path

    county = engine_for(DATA / "qa-several-figures-plan.txt")
    a = county.ask("目标表里哪几项是约束性的？分别定的多少？")
    assert a.found and [i.label for i in a.items] == ["森林覆盖率"] and "≥62" in a.answer, a.answer


def test_a_quoted_heading_is_read_as_printed(engine_for):
    # 自贸区 is a short form the genre spells out; quoted as the heading prints it, it stays as printed.
    from pathlib import Path

    county = engine_for(DATA / "counted-groups-plan.txt")
    a = county.ask("“建设对接东盟自贸区开放合作先行区”是哪一章的第几节？")
    assert a.found and "第三章" in a.answer and "第一节" in a.answer, a.answer


def test_glossary_definition(engine):
    a = engine.ask("“两不愁三保障”是什么意思？")
    assert a.kind == "glossary" and "不愁吃" in a.answer and "住房安全有保障" in a.answer
    assert a.citations[0].chapter == "名词解释"


@pytest.mark.parametrize(
    "question, expected",
    [
        ("第7篇包括哪些章？", ["第27章", "第28章", "第29章", "第30章", "第31章", "第32章"]),
        ("第二十六章的标题是什么？", ["构建现代化基础设施体系"]),
        ("哪一章讲数字经济？", ["第11章"]),
        ("规划一共有多少章？", ["43"]),
    ],
)
def test_structure(engine, question, expected):
    a = engine.ask(question)
    assert a.found
    for e in expected:
        assert e in said(a)


def test_multihop_part_of_an_entity(engine):
    a = engine.ask("航空航天新材料产业园在规划的哪一篇？")
    assert "第2篇" in a.answer


def test_cross_reference_counts_per_chapter(engine):
    a = engine.ask("何仙观水库在哪些章节中被提到？")
    assert a.kind == "xref" and a.found
    assert any("第26章" in i.label for i in a.items)
    assert all(("何仙观" in c.text) for c in a.citations)


def test_location_lists_what_is_planned_there(engine):
    a = engine.ask("富家桥有哪些项目？")
    text = said(a)
    assert a.kind == "location"
    for thing in ("富家桥风电场", "富家桥田园综合体"):
        assert thing in text


def test_count_items_of_a_box(engine):
    a = engine.ask("专栏23.1有几个项目？")
    assert "3个" in a.answer and len(a.items) == 3


def test_sum_with_unit_normalisation(engine):
    # 10万千瓦 + 50MW + 5万千瓦 + 3万千瓦 = 230 MW: wind farms only, not the solar plant or the dam's station.
    a = engine.ask("专栏26.3里风电项目的总装机是多少？")
    assert a.kind == "aggregate"
    assert "230MW" in norm(a.answer)


def test_open_question_answered_extractively(engine):
    a = engine.ask("如何推进老旧小区改造？")
    assert a.found and a.kind == "semantic"
    assert cited(a, "老旧小区")
    # Extractive: every sentence of the answer is text of a cited passage.
    body = norm(a.answer.split("：", 1)[1])
    assert all(norm(i.label) in body for i in a.items)


@pytest.mark.parametrize(
    "question",
    ["零陵区有多少个5A级景区？", "零陵区的机场建设计划投资多少？", "规划对量子计算有什么安排？"],
)
def test_unanswerable_says_not_found_without_a_figure(engine, question):
    a = engine.ask(question)
    assert a.found is False
    assert a.answer.startswith("规划中未找到")
    assert not a.items


def test_entity_linking_tolerates_wording(engine):
    # Park suffix swapped, region prefix and works suffix dropped.
    a = engine.ask("永州市零陵区何仙观水库工程的总库容是多少？")
    b = engine.ask("何仙观水库总库容多少")
    assert "13000万m³" in a.answer and "13000万m³" in b.answer


@pytest.mark.parametrize("bad", ["", "   ", "规" * (MAX_QUESTION + 1)])
def test_bad_questions_are_refused_clearly(engine, bad):
    with pytest.raises(NoAnswer):
        engine.ask(bad)


@pytest.mark.parametrize("bad", ["？？？！！。，", "???", "🚀🎉", "……——「」", " ？ 🙂 ！"])
def test_a_question_of_no_words_is_refused_saying_so(engine, bad):
    """Punctuation or emoji alone once got 「未找到」 and three unrelated passages as hints."""
    for ask in (engine.ask, engine.search):
        with pytest.raises(NoAnswer, match="no words"):
            ask(bad)


@pytest.mark.parametrize("ok", ["GDP目标是多少🚀", "5G？", "What is the GDP target for 2025?"])
def test_a_question_with_words_among_emoji_or_in_english_is_asked(engine, ok):
    assert engine.ask(ok).question


def test_json_contract(engine):
    out = engine.ask("专栏31.1有哪些重点建设项目？").to_json()
    json.dumps(out, ensure_ascii=False)
    assert set(out) >= {"question", "answer", "found", "items", "citations"}
    for c in out["citations"]:
        assert set(c) >= {"id", "chapter", "section", "box", "text"}
    assert all("label" in i and "citation" in i for i in out["items"])


def test_what_a_thing_belongs_to(engine):
    a = engine.ask("锰系材料产业园属于哪个园区？")
    assert a.found and any("新材料百亿产业园" in i.label for i in a.items)


def test_box_list_narrowed_to_the_group_asked(engine):
    a = engine.ask("专栏26.2的公路项目有哪些？")
    assert "（二）公路项目" in a.answer
    assert all(c.box.startswith("专栏26.2") for c in a.citations)
    assert not any("湘桂运河" in i.label for i in a.items)


def test_genre_abbreviation_links_gdp_to_its_indicator(engine):
    a = engine.ask("2025年GDP增速目标是多少？")
    assert a.kind == "indicator" and "8.0%" in a.answer and "341" in a.answer


def test_named_indicator_answers_yes_no_wording(engine):
    a = engine.ask("粮食综合生产能力属于约束性指标吗？")
    assert a.kind == "indicator" and "约束性" in a.answer


def test_indicator_without_a_base_value_says_so(engine):
    a = engine.ask("全员劳动生产率2020年是多少？")
    assert "未列2020年数值" in a.answer and "8.45" in a.answer
