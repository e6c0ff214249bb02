"""Classes met on district 专项规划 nobody had fitted (lane probeD): an outline plan copied from a web page,
its review chapter printing last period's figures per member (「达标率分别为：东屿岛45.5％、西屿岛70.2％…」)
and its task chapter printing each member's target in an item of its own.

The plan (tests/data/probed-special-plan.md) is invented; each test names the class and the wordings it stands for.
"""
from __future__ import annotations

import unicodedata

import pytest

from tests.conftest import DATA
from tests.qa.said import joined_labels

PLAN = DATA / "probed-special-plan.md"


# -- a figure to be reached asked with no year: a review chapter's actual is no answer ----------------------------------
@pytest.mark.parametrize("question, actual", [
    ("东屿岛防洪堤达标率要达到多少？", "45.5"),
    ("西屿岛的防洪堤达标率要提高到多少？", "70.2"),
    ("东屿岛和西屿岛的防洪堤达标率分别要达到多少？", "45.5"),
    ("南屿岛防洪堤达标率的目标是多少？", "5.1"),
    ("南屿岛防洪堤达标率力争达到多少？", "5.1"),
])
def test_a_target_asked_is_never_answered_by_the_reviews_actual(plan, question, actual):
    a = plan.ask(question)
    assert actual not in joined_labels(a) and not (a.found and actual in a.answer.split("原文")[0]), a.answer


# -- the mirror: a figure asked as it stands now is never a target the tasks chapter sets --------------------------------
@pytest.mark.parametrize("question, target", [
    ("目前西屿岛防洪堤达标率有多少？", "92.4"),
    ("东屿岛防洪堤达标率现在是多少？", "85.2"),
    ("西屿岛防洪堤达标率当前是多少？", "92.4"),
])
def test_a_figure_asked_now_is_never_the_tasks_target(plan, question, target):
    a = plan.ask(question)
    assert target not in joined_labels(a) and not (a.found and target in a.answer.split("原文")[0]), a.answer


# -- a count asked of an act (续建, 新建 …) is never the count a clause prints with another verb (形成7座泵站排涝格局) --------
@pytest.mark.parametrize("question, other", [
    ("西屿岛要完成几座泵站的续建？", "7座"),
    ("西屿岛续建几座泵站？", "7座"),
    ("西屿岛要续建多少座泵站？", "7座"),
])
def test_a_count_of_an_act_the_clause_does_not_print_is_no_answer(plan, question, other):
    a = plan.ask(question)
    assert other not in joined_labels(a) and not (a.found and other in a.answer.split("原文")[0]), a.answer


@pytest.mark.parametrize("question, count", [
    ("东屿岛要完成几座泵站的续建？", "5座"),
    ("南屿岛续建几座泵站？", "3座"),
    ("西屿岛要形成几座泵站的排涝格局？", "7座"),
])
def test_a_count_of_an_act_the_clause_prints_is_answered(plan, question, count):
    a = plan.ask(question)
    assert a.found and count in joined_labels(a), a.answer


# -- 「X全区」「X区全区」: the plan's own place said with 全区 is that place, whole ----------------------------------------
@pytest.mark.parametrize("question", [
    "到2025年青屿全区污水处理率要达到多少？",
    "青屿区全区污水处理率2025年要达到多少？",
    "2025年全青屿区的污水处理率目标是多少？",
])
def test_the_plans_own_place_said_with_quan_qu_is_the_place(plan, question):
    a = plan.ask(question)
    assert a.found and "98%" in unicodedata.normalize("NFKC", joined_labels(a) + a.answer), a.answer


# -- an indicator table flattened under its numbered title, targets for two horizons (2025年, 2035年) -----------------
@pytest.mark.parametrize("question, value", [
    ("2035年河湖蓝线面积的目标是多少？", "41.60"),
    ("河湖蓝线面积到2025年要达到多少？", "38.15"),
    ("水面率2035年目标是多少？", "11.0%"),
    ("2020年水面率是多少？", "9.5%"),
])
def test_a_flattened_table_under_its_title_answers_each_horizon(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in unicodedata.normalize("NFKC", joined_labels(a) + a.answer), a.answer


# -- 「X属于主要任务里的哪一项」: the heading asked under, said with 里/中, and 哪一项 as the place asked ------------------------
@pytest.mark.parametrize("question, under", [
    ("“堤防达标”属于主要任务里的哪一项？", "提升防洪能力"),
    ("“幸福河湖”属于主要任务中的哪一项？", "改善水环境"),
    ("泵站建设放在主要任务的哪一项？", "提升防洪能力"),
])
def test_a_phrase_placed_in_a_named_headings_item(plan, question, under):
    a = plan.ask(question)
    assert a.found and under in a.answer, a.answer


# -- a table row's target cited with the prose restating it, the figure printed before the row's name or its name
#    printed short (「完成20公里雨水管网改造」「完成河道生态护岸建设长度30公里」) ------------------------------------------
@pytest.mark.parametrize("question, said", [
    ("雨水管网改造长度的目标是多少？", "20公里雨水管网改造"),
    ("2025年雨水管网改造长度要达到多少？", "20公里雨水管网改造"),
    ("河道生态护岸累计建设长度的目标是多少？", "河道生态护岸建设长度30公里"),
])
def test_a_rows_target_is_cited_with_the_prose_restating_it(plan, question, said):
    a = plan.ask(question)
    assert a.found and any(said in unicodedata.normalize("NFKC", c.text) for c in a.citations), a.citations


def test_a_cell_left_blank_with_a_slash_is_said_as_not_given(plan):
    a = plan.ask("雨水管网改造长度的目标是多少？")
    assert a.found and "为/" not in a.answer and "20公里" in a.answer, a.answer


# -- an indicator row is the whole plan's: a part of the plan's area the question names (an island, 农村) is no row's --
@pytest.mark.parametrize("question", [
    "南屿岛防洪堤达标率十四五末要达到多少？",
    "2025年南屿岛的防洪堤达标率目标是多少？",
    "西屿岛污水处理率到2025年要达到多少？",
])
def test_a_row_of_the_whole_plan_never_answers_for_a_part_of_its_area(plan, question):
    a = plan.ask(question)
    assert not (a.found and any(v in unicodedata.normalize("NFKC", a.answer) for v in ("80%", "98%"))), a.answer


@pytest.mark.parametrize("question, value", [
    ("青屿区防洪堤达标率2025年要达到多少？", "80%"),
    ("全区防洪堤达标率2025年的目标是多少？", "80%"),
    ("到2025年防洪堤达标率要达到多少？", "80%"),
])
def test_the_plans_own_place_is_answered_by_its_row(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in unicodedata.normalize("NFKC", a.answer), a.answer
