"""Seedwords19's classes on a made-up county plan (tests/data/sw19-county-plan.md): a list printed for a neighbour
whose name differs by a character is no answer; a sum naming its things in one clause and its measure in the next,
joined by 加上, or counted with their kind (「A、B两个风电场」)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "sw19-county-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", ["南岭大道松溪段的建设内容包括哪些？", "南岭大道松溪段建设内容有哪些？",
                                      "南岭大道松溪段都要建哪些内容？", "南岭大道松溪段要建设什么内容？"])
def test_a_neighbours_list_is_refused(county, question):
    a = county.ask(question)
    assert not a.found and "土石方" not in a.answer


@pytest.mark.parametrize("question", ["北岭大道松溪段的建设内容包括哪些？", "北岭大道松溪段建设内容有哪些？",
                                      "北岭大道松溪段都要建哪些内容？"])
def test_the_asked_roads_own_list_is_answered(county, question):
    a = county.ask(question)
    assert a.found and "路基路面" in a.answer


@pytest.mark.parametrize("question, total", [
    ("石门风电场和云台风电场，装机一共多少万千瓦？", "12万千瓦"),
    ("石门风电场加上云台风电场装机一共多少？", "12万千瓦"),
    ("石门、云台两个风电场加上青山光伏电站二期，装机一共多少万千瓦？", "14万千瓦"),
    ("石门风电场、云台风电场和青山光伏电站二期，装机合计多少万千瓦？", "14万千瓦"),
])
def test_a_sum_named_before_its_measure(county, question, total):
    a = county.ask(question)
    assert a.found and total in a.answer


def test_a_run_counted_with_its_kind_sums_each_members_own_figure(county):
    a = county.ask("竹木加工、生物医药两个产业园产值合计多少？")
    assert a.found and "80亿元" in a.answer and "120" not in a.answer


def test_sum_parts_read_plus_and_a_measure_clause():
    from qa.values.sums import sum_parts
    none = lambda text: None
    assert [p.text for p in sum_parts("甲风电场和乙风电场，装机一共多少万千瓦？", none)] == ["甲风电场的装机多少万千瓦", "乙风电场的装机多少万千瓦"]
    assert len(sum_parts("甲风电场加上乙风电场装机一共多少？", none)) == 2
    assert sum_parts("完成了多少个项目，面积一共多少？", none) is None


@pytest.mark.parametrize("question", ["石门风电场和云台风电场，投资一共多少？", "南岭大道松溪段加上北岭大道松溪段总投资合计多少？"])
def test_sum_traps_the_plan_does_not_print(county, question):
    assert not county.ask(question).found


@pytest.mark.parametrize("question", ["联合奖惩要覆盖多少个领域？", "联合奖惩涉及多少个领域？", "信用体系这块，联合奖惩要覆盖多少个领域？",
                                      "联合奖惩要实现多少个领域？"])
def test_a_verb_of_reach_before_the_things_counted(county, question):
    a = county.ask(question)
    assert a.found and "30个" in a.answer


def test_a_verb_of_reach_is_no_part_of_the_measure():
    from qa.question.frame import _measure_and_unit
    assert _measure_and_unit("联合奖惩要覆盖多少个领域？") == ("联合奖惩领域", "个")
    assert _measure_and_unit("医保要覆盖多少人？")[0] != "医保"  # (no counted things after it: the verb stays)


@pytest.mark.parametrize("question", ["到2025年多大比例的村要组建新型农村集体经济组织？", "多少比例的村组建新型农村集体经济组织？",
                                      "百分之几的村要组建新型农村集体经济组织？"])
def test_the_share_of_things_doing_what_is_asked(county, question):
    a = county.ask(question)
    assert a.found and "90%" in a.answer


@pytest.mark.parametrize("question", ["多大比例的村要建设文化广场？", "多大比例的乡镇要组建新型农村集体经济组织？"])
def test_a_share_of_another_deed_or_kind_is_refused(county, question):
    a = county.ask(question)
    assert not a.found or "90%" not in a.answer


@pytest.mark.parametrize("question", ["集体经济那边重点吸引哪几家龙头企业投资松溪？", "集体经济这块吸引哪些龙头企业投资松溪？"])
def test_a_spoken_locative_names_the_thing_itself(county, question):
    a = county.ask(question)
    assert a.found and all(x in a.answer for x in ("泰和", "广源"))


def test_read_spoken_drops_a_locative_after_the_thing():
    from qa.question.intent import read_spoken
    assert read_spoken("园区那边重点引进哪些企业？") == "园区重点引进哪些企业？"
    assert read_spoken("珠山镇那边规划了哪些项目？") == "珠山镇那边规划了哪些项目？"  # (qa.enumerations.related reads it)
    assert read_spoken("那边有什么？") == "那边有什么？"


@pytest.mark.parametrize("question", ["乡村垃圾治理打算用哪几种模式？", "乡村垃圾治理采取哪几种模式？", "乡村垃圾处理采取哪些模式？"])
def test_a_run_after_adverbs_with_quoted_members(county, question):
    a = county.ask(question)
    assert a.found and all(x in a.answer for x in ("集中收运", "村收镇运", "就地堆肥处理"))


def test_enumerations_skip_the_adverbs_and_split_quoted_pairs():
    from qa.enumerations.enumerated import enumerations_in
    [(_, members)] = enumerations_in("因地制宜、分类采取集中收运、“村收镇运”和“就地堆肥处理”等多种垃圾处理模式")
    assert members == ("集中收运", "村收镇运", "就地堆肥处理")


@pytest.mark.parametrize("question", ["现代金融那一节点名支持哪家本地金融机构做大做强？", "现代金融这一节里点名要支持哪家本地金融机构？"])
def test_a_section_pointed_at_by_its_topic(county, question):
    a = county.ask(question)
    assert a.found and "松溪农商银行城关支行" in a.answer


def test_a_mode_list_of_another_topic_is_refused(county):
    a = county.ask("乡村污水治理采取哪几种模式？")
    assert not a.found or "村收镇运" not in a.answer


@pytest.mark.parametrize("question", ["东环大道规划研究东移多少公里？", "东环大道规划研究东移多少？", "东环大道规划研究东移多少km？"])
def test_the_plans_stage_for_a_work_is_no_part_of_its_measure(county, question):
    a = county.ask(question)
    assert a.found and "1-2km" in a.answer


def test_a_stage_word_for_another_work_is_still_refused(county):
    assert not county.ask("北岭大道规划研究东移多少公里？").found


@pytest.mark.parametrize("question", ["政务服务要打造什么品牌？", "政务服务这块打造了哪些品牌？"])
def test_a_quoted_name_before_its_described_kind(county, question):
    a = county.ask(question)
    assert a.found and "马上就办" in a.answer
