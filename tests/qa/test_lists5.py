"""Lane lists5: lists numbered inside one paragraph, lead-ins worded loosely or misprinted, list wordings
with a count, 由…构成, and 如何 answers that give the principle whole — on an invented report
(tests/data/lists5-report.md, an older national report's layout: 一、 parts, （一） sections, （1）/①/第一， inline)."""
from __future__ import annotations

import pytest

from qa.question.intent import classify_intent
from tests.conftest import DATA
from tests.qa.said import norm

PLAN = DATA / "lists5-report.md"

TASKS = ["以机械工业为中心的工业建设", "继续完成手工业的合作化", "进一步地发展轻工业和交通运输业", "培养技术人材", "提高人民的物质生活水平"]


def _in_order(text: str, parts: list[str]) -> bool:
    at = [norm(text).find(norm(p)) for p in parts]
    return all(a >= 0 for a in at) and at == sorted(at)


# 1. （1）…（5） inside one paragraph, under a misprinted lead-in (第三十五年计划 for 第三个五年计划) ---------------
@pytest.mark.parametrize("question", [
    "三五计划的基本任务有哪几条？",
    "第三个五年计划的基本任务是什么？",
    "省委提出的第三个五年计划的基本任务包括哪些？",
    "三五时期的基本任务有哪些？",
    "三五计划要完成哪几项基本任务？",
])
def test_inline_numbered_items_are_the_lead_ins(plan, question):
    a = plan.ask(question)
    assert a.found and a.kind == "list"
    assert len(a.items) == 5
    assert _in_order(a.answer, TASKS)
    # never a clause of another paragraph split on 、 (「在山区、丘陵、平原各地」)
    assert "丘陵" not in a.answer and "问题说" not in a.answer


@pytest.mark.parametrize("question,said", [("基本任务有哪三条？", "三条"), ("三五计划的四项基本任务是什么？", "四项")])
def test_a_count_asked_is_checked_against_the_items(plan, question, said):
    a = plan.ask(question)
    assert a.found and len(a.items) == 5
    assert f"问题说“{said}”，规划列出的是5项" in a.answer


# 2. ①②③ (NFKC makes them bare digits) after 「应该实行以下的原则：」, each item whole ------------------------------
@pytest.mark.parametrize("question", [
    "划分省和县的经济管理职权应该实行哪些原则？",
    "划分省和县的经济管理职权有哪几条原则？",
])
def test_circled_items_read_whole(plan, question):
    a = plan.ask(question)
    assert a.found and len(a.items) == 3
    # the second item runs past its inner ；
    assert _in_order(a.answer, ["明确地规定各县", "由省管理；其他企业，应该尽可能地交给县管理", "稳步进行"])


# 3. 第一，…第二，… with what they are the conditions of said in the sentences before -------------------------------
@pytest.mark.parametrize("question", [
    "要合并成大社，得具备哪些条件？",
    "合并成大社需要哪几个条件？",
    "从小社过渡到大社要具备什么条件？",
])
def test_conditions_counted_in_words(plan, question):
    a = plan.ask(question)
    assert a.found
    assert _in_order(a.answer, ["一百二十元", "公共积累在全社经济中占了优势", "穷社赶上了富社"])
    assert "为了创造这些条件" not in a.answer


# 4. 由A、B、C构成; a kind opening its members (民主评议) ---------------------------------------------------------------
@pytest.mark.parametrize("question", ["电网由哪几部分构成？", "全省电网由哪些部分组成？"])
def test_made_of(plan, question):
    a = plan.ask(question)
    assert a.found and [i.label for i in a.items] == ["输电干线", "配电网络", "调度中心"]


@pytest.mark.parametrize("question", ["社员依法实行哪些民主？", "要保证社员依法实行哪几项民主？"])
def test_members_the_kind_opens(plan, question):
    a = plan.ask(question)
    assert a.found and [i.label for i in a.items] == ["民主评议", "民主理财", "民主监督"]


# 5. 如何: the principle stated whole, the list after its lead-in whole, the heading's other paragraphs on it -------
@pytest.mark.parametrize("question", [
    "省和县的管理权限要怎么划分？",
    "报告说省和县之间的管理权限怎样划分？",
])
def test_how_gives_the_principle_whole(plan, question):
    a = plan.ask(question)
    assert a.found
    text = norm(a.answer)
    assert norm("稳步进行") in text  # the list's last item, not only its first line
    assert any(norm(p) in norm(c.text) for c in a.citations for p in ("统一计划、分级管理", "适当地扩大县的权限"))


@pytest.mark.parametrize("question,kind", [
    ("电网调度中心要怎么建设？", "semantic"),
    ("数据流通利用设施底座要怎么建？", "semantic"),
    ("数据中心怎么建，投资多少？", "fact"),
])
def test_how_asking_no_figure_is_no_figure_question(question, kind):
    assert classify_intent(question).kind == kind


# 6. A table asked without naming it: by a row's 序号, by a cell's words unquoted -------------------------------------
ROWS = DATA / "qa-numbered-rows-plan.md"


@pytest.fixture(scope="module")
def rows(engine_for):
    return engine_for(ROWS)


@pytest.mark.parametrize("question,name", [
    ("序号5是什么指标？", "森林覆盖率"),
    ("编号为2的指标是哪个？", "城镇化率"),
])
def test_row_by_its_number_without_the_table_named(rows, question, name):
    a = rows.ask(question)
    assert a.found and name in a.answer
    # 序号5 is no value 5 (「城镇调查失业率 5.5以内」 is not the row numbered 5)
    assert "失业率" not in a.answer


@pytest.mark.parametrize("question", [
    "有几个指标的2025年目标是完成市下达任务？",
    "目标是完成市下达任务的指标有哪些？",
])
def test_rows_counted_by_an_unquoted_cell_text(rows, question):
    a = rows.ask(question)
    assert a.found and "2项" in a.answer
    assert [i.label for i in a.items] == ["单位地区生产总值能耗降低", "化学需氧量排放减少"]


# 7. A counted group asked 分别是什么; the sorts of a thing (哪几种); never a run placed by one shared word ------------
@pytest.mark.parametrize("question", ["调度系统的四大功能分别是什么？", "全省调度系统具有哪四大功能？"])
def test_counted_group_after_a_having_verb(plan, question):
    a = plan.ask(question)
    assert a.found and [i.label for i in a.items] == ["监测", "预警", "调配", "恢复"]


def test_sorts_of_a_thing_are_the_members_ending_with_it(plan):
    a = plan.ask("调度中心有哪几种？")
    assert a.found and [i.label for i in a.items][:3] == ["县级调度中心", "市级调度中心", "省级调度中心"]


def test_no_run_placed_by_one_shared_word(plan):
    # 「提供全过程安全服务，包括防雷、防汛…」 is no service of the 调度中心: one shared word (服务/提供) places nothing.
    a = plan.ask("调度中心提供哪些安全服务？")
    assert "防雷" not in a.answer


@pytest.mark.parametrize("question", ["县城要新建哪3所义务教育学校？", "县城要新建的那3所义务教育学校是哪几所？"])
def test_a_sentence_with_its_own_list_says_nothing_of_the_next(plan, question):
    # 「学前教育：县城新建…；改扩建…」 is read with the sentence before it only when that sentence lists nothing itself.
    a = plan.ask(question)
    assert a.found and [i.label for i in a.items] == ["东关学校", "西关学校", "南关学校"]
