"""Lane tables26 (issue 11): a special plan's facts held in its tables — a 主要指标 table flattened one cell per line
straight under a sentence with its caption printed under the rows, and a 任务清单 whose rows end
「（牵头单位：…，支撑单位：…）」, numbered straight through the actions that group them (invented 年度实施计划 in the
layout of 闵行区公园城市“十五五”规划 and 松江区城市更新2025年度实施计划).

Classes: a row's cell by its role (支撑单位 as well as 牵头单位; a role the row does not print is said so, never
answered with the row's other units), the rows a unit leads, a count of the rows under one action and of them all,
a row by its running number, and a unit column asked of an indicator table that has none."""
from __future__ import annotations

import pytest

from qa.passages.responsible import responsible_units
from tests.conftest import DATA

PLAN = DATA / "qa-tables26-plan.md"


def test_two_labelled_roles_in_one_bracket_are_read_apart():
    text = "5.推进西湖慢行交通示范区创建。（牵头单位：区交通委，支撑单位：西湖街道、区规划资源局）"
    assert responsible_units(text) == [("牵头单位", ["区交通委"]), ("支撑单位", ["西湖街道", "区规划资源局"])]


@pytest.mark.parametrize("question", ["西湖慢行交通示范区创建的支撑单位有哪些？", "西湖慢行交通示范区创建由哪些单位支撑？"])
def test_support_units_of_a_row(plan, question):
    a = plan.ask(question)
    assert a.found and "西湖街道" in a.answer and "区规划资源局" in a.answer, a.answer


def test_lead_and_support_asked_together(plan):
    a = plan.ask("东湖口袋公园建设由哪个单位牵头，哪个单位支撑？")
    assert a.found and "区绿化市容局" in a.answer and "东湖街道" in a.answer, a.answer


def test_a_role_the_row_does_not_print_is_said_so(plan):
    a = plan.ask("老旧供水管道改造的支撑单位有哪些？")
    assert not a.found, a.answer
    assert "区水务局" in a.answer, a.answer  # what the row does print


@pytest.mark.parametrize("question", ["区交通委牵头的任务有哪些？", "区交通委负责哪些任务？"])
def test_the_rows_a_unit_leads(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    labels = " ".join(i.label for i in a.items)
    assert "桥下空间整治" in labels and "西湖慢行交通示范区" in labels, labels
    assert "商圈" not in a.answer and "供水" not in a.answer, a.answer


def test_a_unit_leading_no_row_is_not_found(plan):
    assert not plan.ask("区教育局牵头的任务有哪些？").found


def test_a_unit_column_asked_of_an_indicator_table_that_has_none(plan):
    a = plan.ask("主要指标表里，人均公园绿地面积的责任单位是哪个部门？")
    assert not a.found, a.answer


def test_the_indicator_table_under_a_sentence_is_read(plan):
    a = plan.ask("森林覆盖率这个指标在表里是约束性还是预期性？")
    assert a.found and "约束性" in a.answer, a.answer


def test_rows_under_one_action_are_counted(plan):
    a = plan.ask("公园绿地提升行动下面有几项任务？")
    assert a.found and "3项" in a.answer and "城中村" in a.answer, a.answer


def test_a_row_by_its_running_number(plan):
    a = plan.ask("第4项任务是什么？")
    assert a.found and "桥下空间整治" in a.answer, a.answer


def test_a_number_past_the_last_row_is_not_found(plan):
    a = plan.ask("第8项任务是什么？")
    assert not a.found and "7项" in a.answer, a.answer


@pytest.mark.parametrize("question", ["这份实施计划一共列了多少项任务？", "一共有几项任务？"])
def test_all_rows_counted(plan, question):
    a = plan.ask(question)
    assert a.found and "7项" in a.answer and "北湖老旧厂房改造" in a.answer, a.answer


TASKLIST = DATA / "qa-tables26-tasklist.md"


@pytest.fixture(scope="module")
def tasklist(engine_for):
    return engine_for(TASKLIST)


@pytest.mark.parametrize("question", ["附件重点任务清单一共列了多少项工作任务？", "重点任务清单里有几项任务？"])
def test_the_rows_of_a_flattened_task_list_are_counted(tasklist, question):
    a = tasklist.ask(question)
    assert a.found and "5项" in a.answer, a.answer


def test_a_row_of_a_flattened_task_list_gives_its_units(tasklist):
    a = tasklist.ask("区游泳馆新建工程的推进单位有哪些？")
    assert a.found and "区体育局" in a.answer and "区规划资源局" in a.answer, a.answer
    assert "区绿化市容局" not in a.answer and "滨江街道" not in a.answer, a.answer


def test_a_later_part_pointing_at_the_row_the_first_answer_reads(plan):
    a = plan.ask("人均公园绿地到2030年正文里说要达到多少？这个指标在表里是约束性还是预期性？")
    assert a.found and "12.5" in a.answer and "约束性" in a.answer, a.answer


_FORMULA_PLAN = ("某区市容“十五五”规划\n\n一、发展目标\n至“十五五”末，市容环境综合治理效能进一步强化。\n"
                 "序号\n指标名称\n属性\n单位\n“十五五”目标\n\n1\n生活垃圾回收利用率\n约束性\n%\n50\n\n"
                 "2\n建筑垃圾综合利用率\n预期性\n%\n95\n\n3\n绿道长度\n预期性\n公里\n增加30\n\n“十五五”主要发展指标\n"
                 "二、重点任务\n强化建筑垃圾全程监管。\n\n附件：主要指标解释\n\n"
                 "2.建筑垃圾综合利用率：指建筑垃圾资源化利用量占建筑垃圾产生量的比例。计算公式为建筑垃圾综合利用率（%）="
                 "〔（建筑垃圾平衡利用量+建筑垃圾资源化利用量）÷建筑垃圾产生量〕×100%。\n")


def test_a_formula_in_the_indicator_notes_restates_no_target(engine_for, tmp_path_factory):
    plan = tmp_path_factory.mktemp("formula") / "qa-tables26-formula.md"
    plan.write_text(_FORMULA_PLAN, encoding="utf-8")
    a = engine_for(plan).ask("建筑垃圾综合利用率的目标是约束性的吗？")
    assert a.found and "预期性" in a.answer and "100%" not in a.answer, a.answer


def test_a_unit_taking_part_in_rows_it_leads(plan):
    a = plan.ask("区水务局参与了哪些任务？")
    assert a.found and "老旧供水管道改造" in a.answer, a.answer
