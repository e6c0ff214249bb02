"""Classes of lane seed29's blind spoken questions on the seed plan (issue 11): how new staff ask.

An invented county plan (tests/data/seed29-plan.txt) prints an indicator table and prose as the genre does; the
questions are worded off it in the spoken forms the blind batch used, several wordings each.
Traps: a cell with a bound or in words gives no difference; a yearly growth asked stays the growth column's.
"""
from __future__ import annotations

import pytest

from qa.values.rowchange import change_asked
from tests.conftest import DATA

PLAN = DATA / "seed29-plan.txt"


@pytest.fixture(scope="module")
def plan(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question, change", [
    ("城镇化率五年要提几个百分点？", "4.6个百分点"),
    ("常住人口城镇化率比2020年提高多少？", "4.6个百分点"),
    ("城镇化率到2025年要比2020年高出几个百分点？", "4.6个百分点"),
    ("每千人口托位数比2020年要多出几个？", "3个"),
    ("托位数比2020年增加多少？", "3个"),
    ("劳动年龄人口平均受教育年限比2020年提高多少？", "0.8年"),
])
def test_a_change_asked_of_a_row_is_its_two_cells_subtracted(plan, question, change):
    a = plan.ask(question)
    assert a.found and change in a.answer, a.answer


@pytest.mark.parametrize("question, absent", [
    ("每万人口有效发明专利拥有量比2020年提高多少？", "个百分点"),  # >3.2: a bound, no figure to subtract
    ("地区生产总值年均增长多少？", "增加70"),  # the growth column answers a yearly rate
])
def test_a_bound_cell_or_a_yearly_rate_gives_no_difference(plan, question, absent):
    a = plan.ask(question)
    assert absent not in a.answer and "两列相减" not in a.answer, a.answer


def test_change_asked_wordings():
    assert change_asked("森林覆盖率比“十三五”末提高几个百分点？")
    assert not change_asked("森林覆盖率2025年目标是多少？")
    assert not change_asked("地区生产总值年均增长多少？")


@pytest.mark.parametrize("question", [
    "常住人口城镇化率比十三五末提高几个百分点？",
    "城镇化率比“十三五”末要提高多少？",
])
def test_a_change_against_the_period_end_is_the_row_subtracted(plan, question):
    a = plan.ask(question)
    assert a.found and "4.6个百分点" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "常住人口城镇化率比“十三五”末提高几个百分点？",
    "森林覆盖率比“十三五”期末要高多少？",
])
def test_a_period_end_alone_is_no_second_thing_compared(question):
    from qa.values.difference import compared_pair
    assert compared_pair(question) is None


@pytest.mark.parametrize("question", [
    "沼气用户啥时候到3万户？",
    "秸秆综合利用率什么时候达到92%？",
    "农机总动力哪一年达到45万千瓦？",
])
def test_a_target_after_a_sentence_opened_by_its_time_is_dated_by_it(plan, question):
    a = plan.ask(question)
    assert a.found and "2025年" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "公共充电桩什么时候达到500个？",  # a paragraph of its own, no time printed: never the paragraph before's
    "新能源公交车占比啥时候到80%？",
])
def test_a_target_in_a_paragraph_without_a_time_stays_undated(plan, question):
    a = plan.ask(question)
    assert not a.found or "2025年" not in a.answer, a.answer


@pytest.mark.parametrize("question, must", [
    ("地表水那项是约束性的吗？", ["约束性"]),
    ("地表水那项是约束性的吗？2025年目标多少？", ["约束性", "100"]),
    ("地表水这一项指标2025年目标是多少？", ["100"]),
    ("受教育年限那项是约束性的吗？", ["预期性"]),
    ("能耗那个约束性指标，表里填的啥？", ["完成省定目标"]),
])
def test_a_row_pointed_at_by_a_few_of_its_words_is_that_row(plan, question, must):
    a = plan.ask(question)
    assert a.found and all(m in a.answer for m in must), a.answer
    assert "森林覆盖率" not in a.answer, a.answer  # one row, never the list of 约束性 rows


def test_words_in_no_row_name_stay_a_question_of_their_own(plan):
    a = plan.ask("水库那项是约束性的吗？")
    assert not a.found or "约束性" not in a.answer.split("。")[0], a.answer


@pytest.mark.parametrize("question, value", [
    ("化学需氧量这些排放量削减多少？", "8%"),  # a measure named by one member, pointed at (这些)
    ("二氧化硫这类排放量削减多少？", "8%"),
    ("污染天气要少多少？", "15%"),  # 少 said as the verb of change
    ("城区一年里空气好的天数要多于多少天？", "320天"),  # 空气好的天数: the days counted 优良
    ("城区空气好的日子一年有多少天？", "320天"),
    ("每个镇区最少建几个公厕？", "2—3个"),  # 公厕 said short; 每个镇区 of 每个乡镇镇区, no place named
    ("公厕这块，每个镇区最少建几个？", "2—3个"),  # the topic is the thing a bare count counts
])
def test_spoken_words_for_a_printed_measure(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "每个行政村最少建几个公厕？",  # no 行政村 is counted so
    "城区空气好的天数2030年要多于多少天？",  # a year not given
])
def test_spoken_words_do_not_answer_another_unit_or_year(plan, question):
    assert not plan.ask(question).found


@pytest.mark.parametrize("question", [
    "矿区植被恢复，废渣堆场这些要恢复多少亩？",
    "废渣堆场等要完成多少亩植被恢复？",
])
def test_the_first_of_a_run_pointed_at_asks_the_run(plan, question):
    a = plan.ask(question)
    assert a.found and "2500亩" in a.answer and "废渣堆场、回填区、尾砂库" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "废渣堆场这些要恢复多少亩植被，临时道路那块呢？",
    "矿区植被恢复，废渣堆场等完成多少亩，临时堆场临时道路又是多少亩？",
])
def test_the_run_pointed_at_is_answered_as_one_part_of_two(plan, question):
    # each part is checked as its own question: the ownership check must read the pointer (这些/等) as the joint check does
    a = plan.ask(question)
    assert a.found and "2500亩" in a.answer and "150亩" in a.answer and "未能确定" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "废渣堆场要恢复多少亩植被？",  # the member alone: the plan gives no figure of its own
    "回填区这些要恢复多少亩植被？",  # not the run's first: no run is said so
])
def test_a_member_alone_stays_refused(plan, question):
    assert not plan.ask(question).found


@pytest.mark.parametrize("question", [
    "光荣院那个项目每个床位最多多大面积？",
    "光荣院这个项目每个床位面积不超过多少？",
])
def test_a_per_unit_figure_of_a_project_pointed_at(plan, question):
    a = plan.ask(question)
    assert a.found and "45平米" in a.answer, a.answer


def test_a_per_unit_figure_the_plan_does_not_print_stays_refused(plan):
    assert not plan.ask("光荣院那个项目每个房间面积多大？").found


@pytest.mark.parametrize("question", [
    "单位GDP能耗是约束性的吗？正文说五年降多少？",
    "能耗那个约束性指标，表里填的啥？正文又说五年降多少？",
    "单位GDP能耗属于预期性指标吗？五年要降多少？",
])
def test_the_attribute_and_the_prose_figure_of_a_row_in_words(plan, question):
    a = plan.ask(question)
    assert a.found and "13%" in a.answer and "约束性" in a.answer, a.answer


def test_the_attribute_alone_is_the_row(plan):
    a = plan.ask("单位GDP能耗是约束性的吗？")
    assert a.found and "约束性" in a.answer, a.answer
