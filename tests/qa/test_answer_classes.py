"""One test group per class of question the answerers must hold on any plan and wording
(issue 11): prose figures, several figures, constraints, structure, broad lists, related
things, how-questions, reverse lookup, cross-references and presentation.

Questions are our own, in several wordings each, on a small made-up plan
(tests/data/qa-prose-plan.txt: 第N章 in Chinese numerals, prose targets, a distributive
分别 sentence, an enumeration of irrigation areas, a quoted term) and on the seed plan.
"""
from __future__ import annotations

import json
import re

import pytest

from tests.conftest import DATA, hash_engine
from tests.qa.said import cited, norm, said

PLAN = DATA / "qa-prose-plan.txt"


@pytest.fixture(scope="module")
def qh(tmp_path_factory):
    return hash_engine(tmp_path_factory, [PLAN], "qa-prose-home")


# 1. Figures stated in prose ------------------------------------------------------------
@pytest.mark.parametrize(
    "question, value, source",
    [
        ("到2025年城镇污水集中处理率要提高到多少？", "96%", "城镇污水集中处理率提高到96%"),
        ("“十四五”期间城镇污水集中处理率要达到多少？", "96%", "城镇污水集中处理率"),
        ("城镇污水集中处理率的目标是多少？", "96%", "城镇污水集中处理率"),
        ("单位地区生产总值能耗要降低多少？", "14%", "能耗累计降低14%"),
        ("全市高速公路通车里程要达到多少公里？", "260公里", "通车里程达到260公里"),
        ("钒钛材料产值要达到多少？", "80亿元", "钒钛材料产值达到80亿元"),
        ("单位GDP能耗要降低多少？", "14%", "能耗累计降低14%"),
        ("到2025年常住人口城镇化率要提高到多少？", "62%", "常住人口城镇化率提高到62%"),
    ],
)
def test_prose_figures_with_or_without_a_year(qh, question, value, source):
    a = qh.ask(question)
    assert a.found, a.answer
    assert norm(value) in said(a) and cited(a, source)
    assert len(norm(a.answer)) <= 300


def test_a_target_is_not_taken_for_its_base_value(qh):
    a = qh.ask("森林覆盖率要提高到多少？")
    assert a.found and a.items[0].label == "63%"


# 2. Several figures in one question ----------------------------------------------------------
@pytest.mark.parametrize(
    "question, values",
    [
        ("城区和乡镇生活垃圾无害化处理率分别要超过多少？", ["98%", "85%"]),
        ("城镇污水集中处理率和森林覆盖率分别要达到多少？", ["96%", "63%"]),
        ("地区生产总值要达到多少？进出口总额呢，要达到多少？", ["450亿元", "25亿美元"]),
    ],
)
def test_every_asked_figure_is_answered(qh, question, values):
    a = qh.ask(question)
    assert a.found, a.answer
    for v in values:
        assert norm(v) in said(a), (v, a.answer)
    ids = {(c.plan, c.id) for c in a.citations}
    for item in a.items:
        assert (item.citation.plan, item.citation.id) in ids


def test_distributive_sentence_gives_each_part_its_own_value(qh):
    a = qh.ask("乡镇生活垃圾无害化处理率要超过多少？")
    assert a.items and a.items[0].label == "超过85%"  # the bound printed before the run bounds each value (e12-14)


# 3. Constraints: a year the plan does not give, a neighbour's attribute -------------------------
@pytest.mark.parametrize(
    "question",
    [
        "到2030年城镇污水集中处理率要提高到多少？",
        "“十五五”期间进出口总额要达到多少？",
        "2035年森林覆盖率要达到多少？",
        "“十三五”时期常住人口城镇化率要提高到多少？",
    ],
)
def test_a_year_the_plan_does_not_give_is_not_answered(qh, question):
    a = qh.ask(question)
    assert a.found is False
    assert "2025" in a.answer  # says what the plan does give


@pytest.mark.parametrize(
    "question, value, not_value",
    [
        ("西岭水库灌区的灌溉面积是多少？", "2.4万亩", "5.1万亩"),
        ("南溪灌区灌溉面积有多大？", "1.3万亩", "2.4万亩"),
        ("东湖灌区的灌溉面积是多少？", "5.1万亩", "1.3万亩"),
    ],
)
def test_an_enumerated_subject_keeps_its_own_figure(qh, question, value, not_value):
    a = qh.ask(question)
    assert a.found and norm(value) in said(a) and norm(not_value) not in norm(a.answer)


def test_a_seed_indicator_year_outside_the_table_is_not_answered(engine):
    a = engine.ask("2030年地区生产总值目标是多少？")
    assert a.found is False and "2025" in a.answer


def test_a_measure_the_plan_never_quantifies_is_not_answered(qh):
    assert qh.ask("全市人均预期寿命要达到多少岁？").found is False


# 4. Structure in every numbering -------------------------------------------------------------------
@pytest.mark.parametrize(
    "question, must",
    [
        ("“扩大对外开放”是纲要第几章的第几节？", ["第五章", "第二节"]),
        ("“水利设施”这一节在哪一章、哪一篇？", ["第四章", "第二篇"]),
        ("“必须坚持的原则”在规划的哪一篇？", ["第一篇"]),
    ],
)
def test_where_a_heading_sits(qh, question, must):
    a = qh.ask(question)
    assert a.found
    for m in must:
        assert m in a.answer, (m, a.answer)


def test_title_of_a_chapter_asked_in_chinese_numerals(qh):
    a = qh.ask("第四章的标题是什么？")
    assert a.found and "完善基础设施" in a.answer


# 5. Broad questions: a heading that restates the topic -------------------------------------------------
@pytest.mark.parametrize("question", ["发展必须坚持哪些原则？", "规划必须坚持的原则有哪些？", "第二章第一节列了哪些原则？"])
def test_a_heading_lists_its_items(qh, question):
    a = qh.ask(question)
    assert a.found
    assert [i.label for i in a.items][:3] == ["坚持生态优先", "坚持创新驱动", "坚持共建共享"]


@pytest.mark.parametrize("question", ["规划建设哪些高铁？", "规划提到了哪些高铁？"])
def test_named_things_of_an_asked_kind(qh, question):
    a = qh.ask(question)
    assert a.found and [i.label for i in a.items] == ["青峰高铁", "禾川高铁", "东湖高铁"]


@pytest.mark.parametrize("question", ["必须落实的三项改革举措是什么？", "今后五年必须落实哪些改革举措？"])
def test_a_list_announced_by_a_paragraph(qh, question):
    a = qh.ask(question)
    assert a.found and [i.label for i in a.items] == ["深化要素市场化改革", "推进国有企业改革", "优化营商环境"]


# 6. Related things -------------------------------------------------------------------------------------
@pytest.mark.parametrize("question", ["茶叶产业相关的企业和项目有哪些？", "与茶叶相关的企业有哪些？"])
def test_related_entities_are_typed_and_cited(qh, question):
    a = qh.ask(question)
    assert a.found and a.kind == "related"
    assert "云岭茶业" in said(a) and "青禾农投" in said(a)
    assert all(i.citation is not None for i in a.items)


def test_each_asked_attribute_of_a_seed_road(engine):
    a = engine.ask("潇湘大道零陵段道路有多长、多宽？")
    assert a.found and "7.9km" in said(a) and "60m" in said(a)


def test_section_title_is_the_sections_not_the_chapters(qh):
    a = qh.ask("第五章第二节的标题是什么？")
    assert a.found and "扩大对外开放" in a.answer and "深化农村改革" not in a.answer.split("属于")[0]


def test_related_on_the_seed(engine):
    a = engine.ask("和锰相关的企业有哪些？")
    assert a.found and "鑫城锰业" in said(a)


# 7. How-questions answered from on-topic passages --------------------------------------------------------
@pytest.mark.parametrize("question", ["“十四五”时期如何推进“三变”改革？", "规划怎样推进三变改革？"])
def test_how_questions_answer_from_on_topic_passages(qh, question):
    a = qh.ask(question)
    assert a.found and cited(a, "资源变资产")


# 8. Reverse lookup by value -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question, indicator",
    [("指标表里2020年数值为5.6的是哪个指标？", "地方税收占GDP比重"), ("哪个指标的2020年数值是232？", "地区生产总值")],
)
def test_indicator_found_by_its_value(engine, question, indicator):
    a = engine.ask(question)
    assert a.found and indicator in said(a)


# 9. Cross-reference of any string ---------------------------------------------------------------------------
@pytest.mark.parametrize("question, chapters", [("“钒”字在规划的哪些章节出现？", ["第三章"]), ("哪里提到茶？", ["第三章"])])
def test_xref_of_one_character(qh, question, chapters):
    a = qh.ask(question)
    assert a.found and a.kind == "xref"
    for c in chapters:
        assert c in said(a)


def test_xref_single_character_on_the_seed(engine):
    a = engine.ask("“锰”字在哪些章节中被提到？")
    assert a.found and "第4章" in said(a)


# 10. Quoted terms the glossary lacks ---------------------------------------------------------------------------
@pytest.mark.parametrize("question", ["规划里说的“三变”是指哪三变？", "“三变”改革指什么？"])
def test_a_quoted_term_is_answered_with_the_plan_sentence(qh, question):
    a = qh.ask(question)
    assert a.found and "资金变股金" in said(a)


# 10. Follow-ups: an unresolved pronoun is asked about, never guessed --------------------------------------------
@pytest.mark.parametrize("question", ["它的灌溉面积是多少？", "这个园区有哪些企业？", "它们分别在哪一章？"])
def test_an_unresolved_pronoun_asks_which_is_meant(qh, question):
    a = qh.ask(question)
    assert a.found is False and a.kind == "clarify" and "指哪一个" in a.answer


def test_a_resolved_follow_up_is_answered(qh):
    assert qh.ask("东湖灌区的灌溉面积是多少？").found


# 11. Presentation ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    ["到2025年城镇污水集中处理率要提高到多少？", "茶叶产业相关的企业和项目有哪些？", "“钒”字在规划的哪些章节出现？", "发展必须坚持哪些原则？"],
)
def test_answers_are_stable_cited_and_free_of_ids(qh, question):
    first = json.dumps(qh.ask(question).to_json(), ensure_ascii=False)
    again = json.dumps(qh.ask(question).to_json(), ensure_ascii=False)
    assert first == again
    a = qh.ask(question)
    assert norm(question) not in norm(a.answer)
    assert "https://" not in a.answer and not re.search(r"\bch\d\d-|box\d", a.answer)
    ids = {(c.plan, c.id) for c in a.citations}
    for item in a.items:
        if item.citation is not None:
            assert (item.citation.plan, item.citation.id) in ids


# 3 (cont.). The answer is verified against what was asked, on the seed --------------------------
@pytest.mark.parametrize(
    "question, value, not_value",
    [
        # No attribute word the answerers know: the figure's clause must speak of what is asked.
        ("综合保税仓库建成后年销售收入预计多少？", "20亿元", "30000m²"),
        ("综合保税仓库建成后每年的销售收入大约是多少？", "20亿元", "30000m²"),
    ],
)
def test_a_figure_of_another_attribute_is_never_given(engine, question, value, not_value):
    a = engine.ask(question)
    assert a.found and norm(value) in said(a) and norm(not_value) not in said(a), a.answer


@pytest.mark.parametrize(
    "question, wrong",
    [
        # A measure that only contains an indicator's name is another measure (占GDP比重 is no GDP) …
        ("零陵区电子商务交易额占GDP的比重是多少？", "232"),
        # … and the table's growth is over its own period, not the one asked.
        ("“十三五”期间零陵区地区生产总值年均增长了多少？", "8.0%"),
        ("2020年地区生产总值年均增速是多少？", "8.0%"),
    ],
)
def test_an_indicator_row_is_not_borrowed_for_another_measure_or_period(engine, question, wrong):
    a = engine.ask(question)
    assert norm(wrong) not in said(a) or not a.found, a.answer


def test_a_share_is_found_under_any_of_its_printed_names(engine):
    for question in ("数字经济增加值占GDP比重要达到多少？", "数字经济增加值占GDP占比的目标是多少？"):
        a = engine.ask(question)
        assert a.found and "45" in said(a), (question, a.answer)


@pytest.mark.parametrize(
    "question",
    ["地区生产总值要达到多少？", "本市规划纲要中地区生产总值要达到多少？", "规划里说的地区生产总值要达到多少？"],
)
def test_a_reference_to_the_plan_itself_is_not_part_of_the_measure(qh, question):
    a = qh.ask(question)
    assert a.found and "450亿元" in said(a), a.answer
