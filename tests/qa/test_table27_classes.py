"""Lane table27 (issue 11): annex tables printed one cell per paragraph — a 附件 project list (序号 / 项目名称 /
项目类型 / 建设单位 / 设计单位 / 预估项目投资(亿元) / 面积（或长度）) and a table of zones (区域 一…三, a 范围 cell of
several 镇/街道 broken over two lines, an X cell the appraisal fills, units printed under their captions), invented in
the layout of 松江区2026年建筑师负责制试点项目清单 and 闵行区征收集体土地居住房屋补偿标准.

Classes: a cell by its row's name (or a member of its 范围 cell, or its key) and its column's word; the rows counted,
summed, ranked, differenced and picked by a value; and what the table does not give said so — a column it lacks
(施工单位, 完成时限), a year, a unit the cell is not in, a figure of an X cell, a row not there."""
from __future__ import annotations

import pytest

from qa.checks.places import lead_places
from qa.checks.unprinted import unprinted_place
from tests.conftest import DATA

PLAN = DATA / "qa-table27-plan.md"


def _said(a) -> str:
    return a.answer + " ".join(i.label for i in a.items)


@pytest.mark.parametrize("question, figure", [
    ("东湖街道社区文化中心改建工程预估投资多少？", "2.5亿元"),
    ("某区第三中学改扩建工程的设计单位是谁？", "甲方建筑设计有限公司"),
    ("滨河路道路新建工程有多长？", "1500m"),
    ("北港泵站雨水管改造工程属于哪类项目？", "市政基础设施"),
    ("北港镇的土地使用权基价是多少？", "2600"),
    ("西山镇环山路以西部分的土地使用权基价是多少？", "2600"),
    ("南桥街道所在区域的土地使用权基价是每平方米多少元？", "3100"),
])
def test_a_cell_by_its_row_and_column(plan, question, figure):
    a = plan.ask(question)
    assert a.found and figure in a.answer, a.answer


def test_a_member_of_a_range_cell_is_told_from_its_neighbour_row(plan):
    a = plan.ask("西山镇环山路以东部分的土地使用权基价是多少？")
    assert a.found and "3100" in a.answer and "2600" not in a.answer, a.answer


@pytest.mark.parametrize("question, count", [("清单里一共列了几个项目？", "4"), ("清单里房建类项目有几个？", "2"),
                                             ("附件把全区划分成了几个补偿区域？", "3")])
def test_rows_counted(plan, question, count):
    a = plan.ask(question)
    assert a.found and f"共列{count}项" in a.answer, a.answer


@pytest.mark.parametrize("question, total", [("房建类项目的预估投资加起来一共多少亿元？", "3.7"),
                                             ("清单里所有项目的预估投资合计多少亿元？", "4.8")])
def test_a_column_summed_over_rows_of_one_kind(plan, question, total):
    a = plan.ask(question)
    assert a.found and f"合计{total}亿元" in a.answer, a.answer


def test_the_largest_row(plan):
    a = plan.ask("哪个试点项目的预估投资最大？")
    assert a.found and "东湖街道社区文化中心改建工程" in a.answer, a.answer


def test_the_largest_zone_passes_the_place_check(plan):
    a = plan.ask("哪个区域的土地使用权基价最高，是多少？")
    assert a.found and "3100" in a.answer and "东湖街道" in a.answer, a.answer


def test_two_keyed_rows_differenced(plan):
    a = plan.ask("第一区域和第三区域的土地使用权基价相差多少？")
    assert a.found and "1200" in a.answer, a.answer


@pytest.mark.parametrize("question, rows, not_rows", [
    ("哪些项目的设计单位暂未确定？", ["滨河路"], ["第三中学", "东湖"]),
    ("甲方建筑设计有限公司设计的是哪几个项目？", ["东湖街道社区文化中心", "第三中学"], ["滨河路", "北港泵站"]),
    ("清单里的市政基础设施项目有哪些？", ["滨河路", "北港泵站"], ["第三中学"]),
    ("土地使用权基价为1900元/㎡的是哪个区域的哪些镇街？", ["东港镇", "北港工业区"], ["西山镇"]),
])
def test_rows_picked_by_a_value(plan, question, rows, not_rows):
    a = plan.ask(question)
    said = _said(a)
    assert a.found and all(r in said for r in rows) and not any(r in said for r in not_rows), said


@pytest.mark.parametrize("question, name", [("清单里的第3个项目是什么？", "某区第三中学改扩建工程"),
                                            ("第二区域包括哪些镇？", "西山镇（环山路以西）、北港镇")])
def test_a_row_by_its_key(plan, question, name):
    a = plan.ask(question)
    assert a.found and name in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "东湖街道社区文化中心改建工程的施工单位是哪家？",      # a unit column the table lacks (it has 建设单位, 设计单位)
    "东湖街道社区文化中心改建工程的完成时限是什么时候？",  # no column dates anything
    "某区第三中学改扩建工程2028年要投资多少？",            # a year the table does not name
    "西山镇滨河路道路新建工程的建筑面积是多少平方米？",    # the row prints a length
    "北港镇的房屋重置单价是每平方米多少元？",              # an X cell: no figure
    "清单里第5个项目是什么？",                             # a row not there
    "第四区域的土地使用权基价是多少？",                    # a zone not there
])
def test_what_the_table_does_not_give_is_not_found(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer


def test_a_refused_column_says_what_the_row_gives(plan):
    a = plan.ask("东湖街道社区文化中心改建工程的施工单位是哪家？")
    assert not a.found and "建设单位" in a.answer and "东湖街道办事处" in a.answer, a.answer


def test_a_zone_word_is_no_place():
    assert lead_places("第一区域和第五区域的基价相差多少") == []
    assert lead_places("哪个区域的基价最高") == []


def test_a_question_word_before_a_kind_word_is_no_place_name(plan):
    assert unprinted_place(plan.kb, "基价为1480的是哪个区域的哪些镇街？") is None


def test_a_symbol_the_note_defines(plan):
    a = plan.ask("附件表里的X指的是什么？")
    assert a.found and "房屋重置单价" in a.answer and "估价机构" in a.answer, a.answer


@pytest.mark.parametrize("question, line", [("空调拆装费是多少？", "450元/套"), ("热水器拆装费怎么算？", "300元/台")])
def test_a_figure_on_its_labelled_line(plan, question, line):
    a = plan.ask(question)
    assert a.found and line in a.answer, a.answer


def test_a_label_with_another_word_asked_is_left_to_the_clause_readers(plan):
    from qa.values.labelled import answer_labelled_line
    assert answer_labelled_line(plan.kb, "空调拆装费2025年是多少？") is None
    assert answer_labelled_line(plan.kb, "冰箱拆装费是多少？") is None


def test_the_labelled_line_answers_itself(plan):
    from qa.values.labelled import answer_labelled_line
    a = answer_labelled_line(plan.kb, "空调拆装费是多少？")
    assert a is not None and "450元/套" in a.answer


MD_PLAN = DATA / "qa-table27-md-plan.md"


@pytest.fixture(scope="module")
def md_plan(engine_for):
    return engine_for(MD_PLAN)


@pytest.mark.parametrize("question, said", [("东湖污水厂扩建工程总投资多少？", "1.8亿元"),
                                            ("西山路新建工程的完成时限是什么时候？", "2028年6月"),
                                            ("计划表里一共几个项目？", "共列3")])
def test_a_markdown_table_reads_as_the_same_table(md_plan, question, said):
    a = md_plan.ask(question)
    assert a.found and said in a.answer, a.answer


def test_a_row_picked_by_its_year(md_plan):
    a = md_plan.ask("哪个项目2029年完成？")
    assert a.found and "县人民医院新院区" in _said(a) and "西山路" not in _said(a), _said(a)


def test_a_printed_total_row_is_quoted_never_recomputed(md_plan):
    a = md_plan.ask("计划表里所有项目的总投资加起来一共多少亿元？")
    assert a.found and "9.5" in a.answer and "9.2" not in a.answer, a.answer


def test_a_count_of_another_noun_is_not_the_tables(md_plan):
    from qa.values.annexrows import answer_annex_rows
    assert answer_annex_rows(md_plan.kb, "主要任务一共分了几个方面？") is None
    assert answer_annex_rows(md_plan.kb, "第3个方面是什么？") is None


@pytest.mark.parametrize("question, said, unsaid", [
    ("这个通知从什么时候开始施行，有效期到哪天？", ["2027年3月1日", "2032年2月28日"], []),
    ("有效期到什么时候？", ["2032年2月28日"], []),
])
def test_the_documents_start_and_term(plan, question, said, unsaid):
    a = plan.ask(question)
    assert a.found and all(s in a.answer for s in said), a.answer


def test_a_things_own_start_is_not_the_documents(plan):
    from qa.passages.effective import answer_effective
    assert answer_effective(plan.kb, "东湖街道社区文化中心改建工程什么时候实施？") is None
