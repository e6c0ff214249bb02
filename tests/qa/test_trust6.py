"""Never another entity's figure or list (issue 11, class 3; trust6's breaker pass and breaker 5's last wrongs).

On a made-up county plan (``tests/data/qa-trust6-plan.md``):
- **a list's kind is its head word**: 「哪些强县」 is never the run 「以交通、消防、食品安全为保障，不断增强县域…」
  (增强县 holds the characters of 强县, not the word); 「防范化解哪些重点领域风险」 is the run closed by 等风险, not the
  run of 等重点领域审慎管理 in the same section; 「哪些省外标准化机构」 is not the run of 省内标准化机构;
- **a chapter printing its parts as 一、二、 lines** is counted by them, never 「共有0节」;
- **a part naming only a place** (「…乡镇呢？」 read alone) gets no figure of that place's other measures;
- **a near name** (单位农业增加值用水量 for 单位工业…) and **a name's number** (前10家 for 前20家) are another's;
- **a work's figure printed per member** (three 灌区 each with 灌溉面积) is no total of the work;
- **a look-up by a value no passage prints** (规划用地400亩) is not found.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "qa-trust6-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", ["要加快建设哪些强县？", "加快建设的强县有哪些？"])
def test_a_list_kind_is_a_word_not_characters(county, question):
    a = county.ask(question)
    assert "消防" not in a.answer and "食品安全" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["防范化解哪些重点领域风险？", "重点领域风险要统筹推进化解的有哪几个？"])
def test_a_list_is_the_run_of_the_asked_head(county, question):
    a = county.ask(question)
    assert a.found and [i.label for i in a.items] == ["房地产", "县级政府债务", "农村信用社"], a.answer


@pytest.mark.parametrize("question", ["要和哪些省外标准化机构合作？", "哪些省外标准化机构要加强合作？"])
def test_a_kind_with_a_character_replaced_is_another_kind(county, question):
    a = county.ask(question)
    assert not (a.found and a.kind == "list" and "县计量检定所" in [i.label for i in a.items]), a.answer


def test_the_printed_kind_still_lists(county):
    a = county.ask("要和哪些省内标准化机构合作？")
    assert a.found and "县计量检定所" in [i.label for i in a.items], a.answer


@pytest.mark.parametrize("question", ["第一章分几部分？", "第一章有几节？", "第1章分几个部分？"])
def test_parts_printed_as_title_lines_are_counted(county, question):
    a = county.ask(question)
    assert a.found and "0节" not in a.answer and "3部分" in a.answer, a.answer
    assert "一、经济总量" in a.answer and "三、生态环境" in a.answer, a.answer


def test_a_chapter_with_sections_keeps_its_count(county):
    a = county.ask("第三章有几节？")
    assert a.found and "2节" in a.answer, a.answer


@pytest.mark.parametrize("question", ["城区生活垃圾无害化处理率多少？乡镇呢？", "城区生活垃圾无害化处理率是多少？那乡镇呢？"])
def test_a_part_naming_only_a_place_takes_no_other_measure(county, question):
    a = county.ask(question)
    assert "100%" not in a.answer, a.answer
    assert "98%" in a.answer, a.answer


@pytest.mark.parametrize("question", ["单位农业增加值用水量降低多少？", "到2025年单位农业增加值用水量要降低多少？"])
def test_a_near_name_is_another_entity(county, question):
    a = county.ask(question)
    assert not a.found or "20%" not in a.answer, a.answer


def test_the_printed_name_keeps_its_figure(county):
    a = county.ask("单位工业增加值用水量降低多少？")
    assert a.found and "20%" in a.answer, a.answer


@pytest.mark.parametrize("question", ["排名前10家规模企业产值占比多少？", "前10家规模企业产值占全县工业总产值比重要突破多少？"])
def test_a_number_inside_the_name_must_be_the_asked_one(county, question):
    a = county.ask(question)
    assert not a.found or "55%" not in a.answer, a.answer


def test_the_printed_number_keeps_its_figure(county):
    a = county.ask("排名前20家规模企业产值占比要突破多少？")
    assert a.found and "55%" in a.answer, a.answer


@pytest.mark.parametrize("question", ["白龙灌区工程灌溉面积多少？", "白龙灌区工程的灌溉面积是多少亩？"])
def test_a_members_figure_is_no_total(county, question):
    a = county.ask(question)
    assert not a.found, a.answer
    assert "3.6万亩" in a.answer and "1.8万亩" in a.answer, a.answer  # what the plan does give, said


def test_a_named_member_keeps_its_figure(county):
    a = county.ask("西河水库灌区灌溉面积多少？")
    assert a.found and "1.8万亩" in a.answer, a.answer


@pytest.mark.parametrize("question", ["哪个项目规划用地400亩？", "规划用地400亩的是哪个项目？"])
def test_a_lookup_by_an_unprinted_value_is_not_found(county, question):
    a = county.ask(question)
    assert not a.found, a.answer


def test_a_lookup_by_a_printed_value_is_found(county):
    a = county.ask("哪个项目规划用地420亩？")
    assert a.found and "420亩" in a.answer, a.answer  # the value printed: never refused by the look-up check


@pytest.mark.parametrize("question, figure, other", [
    ("2020年原煤产量下降多少？", "18%", "12万吨"),
    ("2020年发电量下降多少？", "6.5%", "0.8亿"),
])
def test_the_change_asked_is_the_one_printed_after_its_word(county, question, figure, other):
    a = county.ask(question)
    assert a.found and figure in a.answer.split("（")[0] and other not in a.answer.split("（")[0], a.answer


def test_the_other_change_word_keeps_its_figure(county):
    a = county.ask("2020年原煤产量减少多少？")
    assert a.found and "12万吨" in a.answer.split("（")[0], a.answer


@pytest.mark.parametrize("question", ["污水处理能力新增多少？", "全县污水处理能力要新增多少？"])
def test_a_level_is_no_increment(county, question):
    a = county.ask(question)
    assert not a.found or "8万吨" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["哪一年建成县城第二水厂？", "什么时候建成县城第二水厂？", "县城第二水厂哪一年建成？"])
def test_a_time_asked_before_its_event_is_read(county, question):
    a = county.ask(question)
    assert a.found and "2024" in a.answer, a.answer


def test_a_time_asked_of_an_unprinted_work_is_not_found(county):
    a = county.ask("哪一年建成县城第三水厂？")
    assert not a.found or "2024" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["单位工业增加值用水量降低20%是哪一年的目标？", "单位工业增加值用水量降低20%是哪年的目标？"])
def test_the_year_of_a_target_said_with_its_value(county, question):
    a = county.ask(question)
    assert a.found and "2025" in a.answer, a.answer


def test_the_year_of_an_unprinted_target_value_is_not_found(county):
    a = county.ask("单位工业增加值用水量降低25%是哪一年的目标？")
    assert not a.found or "2025" not in a.answer.split("（")[0], a.answer
