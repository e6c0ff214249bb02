"""Never another entity's figure, never a figure the plan misprints (issue 11, class 3; breaker 5's remaining wrongs).

On a made-up provincial plan in the older national style (``tests/data/qa-trust5-plan.md``):
- **其中 part asked beside another part**: 「其中省级财政拨款多少？自有资金呢？」 never gets the whole (支出总数);
- **works on a thing vs the table's output row**: 「增加大型拖拉机多少台」「修复拖拉机多少台」 are the prose's works,
  never the output table's 拖拉机 row (15台 → 180台), which still answers its own output;
- **a run of names printed as one owner** (「畜牧、渔业和林业部门为…」) is not cut into 畜牧/渔业/林业 each given
  another measure's figure;
- **a box table's categories** (「专栏1分几类」) are its 类别 column's values, never its rows;
- **a comparison's base year** (「纸张五十万吨，比一九五二年的二十二万吨增加…」 asked 1952) is answered by the value
  printed right after it, never the later year's;
- **a restatement** is the same measure in the same unit: 「生产各种汽车3万辆」 is not restated by 「…生产额120亿元」;
- **a member of a 分别 run** named with another member's tail (农村居民人均可支配收入 of 「城镇居民人均可支配收入和农村
  居民人均纯收入分别…」) is refused; a number inside the asked name (三项) or a bound naming who is counted
  (「农村5岁以下儿童」) is no figure; a whole asked (湿地公园) is answered by its own clause, not its 其中 part's;
- **a misprinted decimal comma** (「三五，7亿元」) is refused, never read as 三五亿元.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import found_labels

PLAN = DATA / "qa-trust5-plan.md"


@pytest.fixture(scope="module")
def province(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", ["其中省级财政拨款多少？自有资金呢？", "其中省级财政拨款是多少？各市县动员的自有资金呢？"])
def test_a_part_asked_beside_another_never_gets_the_whole(province, question):
    a = province.ask(question)
    assert "三二〇·五亿元" not in found_labels(a), a.answer
    assert "二二·三亿元" in found_labels(a), a.answer


@pytest.mark.parametrize("question, figure", [
    ("增加大型拖拉机多少台？", "四二〇台"),
    ("五年内增加大型拖拉机多少台？", "四二〇台"),
])
def test_works_on_a_thing_are_not_its_output_row(province, question, figure):
    a = province.ask(question)
    assert a.kind != "indicator" and "180台" not in found_labels(a), a.answer
    assert a.found and found_labels(a) == [figure], a.answer


def test_repairs_of_a_thing_are_not_its_output_row(province):
    a = province.ask("修复拖拉机多少台？")
    assert a.kind != "indicator" and not {"180台", "15台", "四二〇台"} & set(found_labels(a)), a.answer


def test_works_on_a_thing_asked_in_two_parts(province):
    a = province.ask("增加大型拖拉机多少台？修复拖拉机呢？")
    assert a.found and found_labels(a)[0] == "四二〇台" and "180台" not in found_labels(a), a.answer


def test_the_output_row_still_answers_output(province):
    a = province.ask("1957年拖拉机产量是多少？")
    assert a.found and "180" in a.answer, a.answer


@pytest.mark.parametrize("question", ["畜牧、渔业和林业部门支出多少亿元？", "畜牧、渔业和林业部门为多少？"])
def test_a_run_printed_as_one_owner_is_one_owner(province, question):
    a = province.ask(question)
    assert a.found and found_labels(a) == ["二一·六亿元"], a.answer
    assert "畜牧：" not in a.answer and "渔业：" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["交通、邮电、仓储业支出多少亿元？", "交通、邮电、仓储业为多少？"])
def test_a_misprinted_decimal_comma_is_refused(province, question):
    a = province.ask(question)
    assert not any(l.startswith(("三五亿", "35亿", "三五，", "35")) for l in found_labels(a)), a.answer
    assert "三五亿元" not in a.answer.split("原文")[0], a.answer


@pytest.mark.parametrize("question", ["专栏1分几类？", "专栏1分为哪几类？", "专栏1有哪些类别？"])
def test_a_box_table_asked_its_categories_lists_its_categories(province, question):
    a = province.ask(question)
    assert a.found and [i.label for i in a.items] == ["装备", "技术"], a.answer
    assert "2类" in a.answer, a.answer


def test_a_box_table_asked_its_rows_still_lists_its_rows(province):
    a = province.ask("专栏1有哪些重点任务？")
    assert a.found and len(a.items) == 5, a.answer


@pytest.mark.parametrize("question, figure", [
    ("1952年纸张产量多少？", "二十二万吨"),
    ("一九五二年纸张产量是多少？", "二十二万吨"),
    ("1957年纸张产量多少？", "五十万吨"),
])
def test_a_comparisons_base_year_is_answered_by_the_value_printed_after_it(province, question, figure):
    a = province.ask(question)
    head = a.answer.split("原文")[0]
    assert a.found and figure in head, a.answer
    assert not ({"二十二万吨", "五十万吨"} - {figure}) & set(head.replace("（", "，").replace("：", "，").split("，")), a.answer


def test_a_base_year_with_no_value_printed_is_refused(province):
    a = province.ask("1952年棉纱产量多少？")
    assert "六十万件" not in found_labels(a), a.answer


@pytest.mark.parametrize("question", ["1957年生产各种汽车多少辆？", "1957年各种汽车生产多少辆？"])
def test_a_figure_in_another_unit_is_no_restatement(province, question):
    a = province.ask(question)
    assert a.found and found_labels(a)[0] == "3万辆", a.answer
    assert "与上不同" not in a.answer and "120亿元" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["农村居民人均可支配收入年均增长多少？", "农村居民人均可支配收入每年增长多少？"])
def test_a_member_of_a_run_named_with_another_members_tail_is_refused(province, question):
    a = province.ask(question)
    assert "8%以上" not in found_labels(a), a.answer


@pytest.mark.parametrize("question", ["农村居民人均纯收入年均增长多少？", "城镇居民人均可支配收入年均增长多少？"])
def test_a_member_of_a_run_named_as_printed_is_answered(province, question):
    a = province.ask(question)
    assert a.found and found_labels(a) == ["8%以上"], a.answer


@pytest.mark.parametrize("question", ["城乡三项基本医疗保险参保率提高到多少？", "城乡三项基本医疗保险参保率达到多少？"])
def test_a_number_inside_the_asked_name_is_no_answer(province, question):
    a = province.ask(question)
    assert "三项" not in found_labels(a), a.answer


def test_a_bound_naming_who_is_counted_is_no_figure(province):
    a = province.ask("城镇参加基本养老保险人数达到多少？农村呢？")
    assert "5岁以下" not in found_labels(a) and "85%以上" not in found_labels(a), a.answer


@pytest.mark.parametrize("question, figure", [("要建设多少个湿地公园？", "36个"), ("省级湿地公园多少个？", "12个")])
def test_a_whole_asked_is_answered_by_its_own_clause_not_refused_for_its_part(province, question, figure):
    a = province.ask(question)
    assert a.found and found_labels(a) == [figure], a.answer


@pytest.mark.parametrize("question", ["城镇登记失业率控制在多少以内？农村呢？", "城镇登记失业率要控制在多少？农村的呢？"])
def test_a_part_named_only_by_a_scope_gets_no_other_measures_figure(province, question):
    a = province.ask(question)
    assert "85%以上" not in found_labels(a), a.answer
    assert any("4.5%以内" in label for label in found_labels(a)), a.answer


@pytest.mark.parametrize("question", ["城镇新增就业多少人？农村呢？", "城镇新增就业是多少？农村的呢？"])
def test_a_scope_asked_with_no_measure_gets_no_figure_of_anything_there(province, question):
    a = province.ask(question)
    assert not any(label.startswith("40万") for label in found_labels(a)) and "40万" not in a.answer.split("原文")[0], a.answer
