"""Structure and table questions of issue 11 (classes 4, 5, 8) the answerers denied: a table row asked by its 序号
(never read as a value), the rows whose cell holds a text, a numbered heading's parts counted in a bare 个/项, and
the document named by the genre's words for itself (这个报告, 本建议) in a whole-plan count — on invented plans.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA


@pytest.fixture(scope="module")
def rows(engine_for):
    return engine_for(DATA / "qa-numbered-rows-plan.md")


@pytest.mark.parametrize("question, name", [
    ("指标表序号5那一行是啥指标？", "森林覆盖率"),
    ("表里序号为3的是哪个指标？", "研发经费投入强度"),
    ("指标表第二项是什么指标？", "城镇化率"),
    ("主要指标表里第7行是什么？", "城镇调查失业率"),
])
def test_row_asked_by_its_number(rows, question, name):
    a = rows.ask(question)
    assert a.found and name in a.answer and a.items[0].label.startswith(name), a.answer
    assert a.citations


def test_row_number_past_the_last_is_not_found(rows):
    a = rows.ask("指标表序号12那一行是啥指标？")
    assert not a.found and "7项" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "指标表里目标写的是“完成市下达任务”的有几项？",
    "表中2025年填“完成市下达任务”的是哪些指标？",
    "指标表里写着“完成市下达任务”的指标有多少个？",
])
def test_rows_whose_cell_holds_a_text(rows, question):
    a = rows.ask(question)
    assert a.found and "2项" in a.answer, a.answer
    assert [i.label for i in a.items] == ["单位地区生产总值能耗降低", "化学需氧量排放减少"]


@pytest.fixture(scope="module")
def report(engine_for):
    return engine_for(DATA / "report-genre-plan.md")


@pytest.mark.parametrize("question", [
    "这个报告一共分了几个部分？",
    "本建议一共分了几部分？",
    "报告总共有几个部分？",
    "这份报告分成几个部分？",
])
def test_the_document_by_its_own_name_is_the_whole(report, question):
    a = report.ask(question)
    assert a.found and a.answer.startswith("共4个"), a.answer


@pytest.mark.parametrize("question", [
    "报告第三部分“若干问题”一共列了几个？",
    "第三部分“关于今后五年建议的若干问题”一共列了几个？",
    "第三部分一共讲了几个问题？",
    "报告第三部分列了几项？",
])
def test_numbered_heading_parts_counted_in_a_bare_word(report, question):
    a = report.ask(question)
    assert a.found and "下分3" in a.answer, a.answer
    assert a.items[0].label.startswith("合理地安排交通投资")


def test_numbered_heading_with_another_headings_words_is_not_counted_as_it(report):
    a = report.ask("第三部分“加强党的领导”一共列了几个？")
    assert "下分3" not in a.answer, a.answer


@pytest.mark.parametrize("question, section", [
    ("“关于港口布局问题”放在报告哪一节下面？", "正确地安排建设项目"),
    ("关于港口布局问题写在这个报告的哪一节？", "正确地安排建设项目"),
    ("“关于投资的分配问题”在本建议的哪一部分？", "合理地安排交通投资"),
    ("关于投资的来源问题位于报告的哪一节？", "合理地安排交通投资"),
])
def test_sub_head_line_placed_under_its_section_when_the_report_is_named(report, question, section):
    a = report.ask(question)
    assert a.found and section in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "沿江港口按哪四大类来分？",
    "沿江港口按照哪几类划分？",
    "沿江港口是按哪几大类分的？",
    "沿江港口分为哪四大类？",
])
def test_classes_a_sentence_sorts_into(report, question):
    a = report.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == ["枢纽港", "支线港", "渡口码头", "货运站场"], a.answer


@pytest.mark.parametrize("question", [
    "今后五年的基本任务有哪几条？",
    "今后五年的基本任务是什么？",
    "今后五年的基本任务有哪些？",
])
def test_heading_lists_what_its_prose_announces_under_its_title_noun(report, question):
    a = report.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == ["继续发展公路、水运和航空事业", "提高全省的运输能力", "努力培养交通建设人才"], a.answer


def test_items_counted_第一_第二_inside_one_paragraph(report):
    a = report.ask("实现枢纽港建设需要哪些条件？")
    assert a.found, a.answer
    assert [i.label for i in a.items] == ["航道水深达到了五米", "腹地货运量占了优势", "集疏运公路已经通车"], a.answer


def test_a_word_pointing_back_is_no_name_of_the_kind(report):
    a = report.ask("要建成枢纽港得具备哪些条件？")
    assert "为了创造这些条件" not in a.answer, a.answer
