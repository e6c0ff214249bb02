"""Classes of lane unseen27b (issue 11, session 22), each asked of an invented plan (tests/data/unseen27b-plan.md).

- A figure whose own sentence names a works of its own (「结合12街坊商办项目，…保护修缮9幢历史建筑」) is never the figure
  of a thing named in the sentence before (东湾码头旧址): earlier sentences count as the figure's owner only while its
  own sentence names no other works (qa.values.ownclause._before).
- How often (「第二类多久全覆盖检查一次」「…是谁巡查，多久巡一次」) is the 每周/每季度 printed in the clause of the act, the
  thing read with its heading path and a run-in title paragraph above (「2.第二类」) (qa.values.frequency).
- A 任务清单 flattened one cell per paragraph under | 类别 | 项目 | 主要任务 | 牵头单位 | 配合单位 | gives a task (by its
  item cell, 「3.落实保洁经费」) its lead and partner cells in order; a cell broken over two paragraphs is one cell
  (qa.values.tasktable.role_rows, read by qa.passages.responsible).
- Who holds a post (「镇河长办由谁担任总河长」) is who the clause setting it up names (由镇长担任总河长), never the units of a
  task naming the body (qa.passages.postholder); 每天 asked is 每日 printed (qa.question.frame._SPOKEN_WORDS).
- A question asking who or when of a heading's thing (「镇河长办由谁担任总河长」「河长办要在什么时候之前设立」) is not
  answered by the heading's list of duties (qa.enumerations.lists._asks_who_or_when).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "unseen27b-plan.md"


@pytest.mark.parametrize("question", ["北仓库旧址要修缮多少幢建筑？", "东湾码头旧址要保护修缮多少幢历史建筑？"])
def test_a_figure_of_a_sentence_naming_its_own_works_is_no_earlier_things(plan, question):
    a = plan.ask(question)
    assert not a.found or "9幢" not in a.answer, a.answer


def test_the_works_its_sentence_names_keeps_its_figure(plan):
    a = plan.ask("长兴里要保护修缮多少幢历史建筑？")
    assert a.found and "9幢" in a.answer, a.answer


@pytest.mark.parametrize("question, every, other", [
    ("第二类设施多久要全覆盖检查一次？", "每季度", "每周"),
    ("第一类巡查多长时间全覆盖一次？", "每周", "每季度"),
    ("第一类是谁来巡查，多久巡一次？", "每日", "每季度"),
])
def test_how_often_is_the_frequency_printed_for_the_thing(plan, question, every, other):
    a = plan.ask(question)
    assert a.found and every in a.answer and other not in a.answer, a.answer


@pytest.mark.parametrize("question", ["第三类场所多久要全覆盖检查一次？", "河道垃圾多久清运一次？", "保洁经费多久落实一次？"])
def test_how_often_of_a_thing_or_act_never_printed_is_no_frequency(plan, question):
    # (清运 is no act the plan gives a 每X to: 每日 is the patrol's)
    a = plan.ask(question)
    assert not a.found, a.answer


@pytest.mark.parametrize("question", ["镇河长办由谁担任总河长？", "各镇河长办要在什么时候之前设立？"])
def test_who_or_when_of_a_heading_is_not_its_list_of_duties(plan, question):
    a = plan.ask(question)
    assert "列出3项" not in a.answer, a.answer


@pytest.mark.parametrize("question, lead, partner", [
    ("任务清单里“建立巡查台账”这项谁牵头？", "区水务局", "各镇"),
    ("设立镇级河长办公室的牵头单位是谁？", "区委编办、各镇", "区水务局"),
    ("“落实保洁经费”这项的配合单位有哪些？", "区财政局", "区水务局、各镇"),
])
def test_a_task_list_with_lead_and_partner_columns_gives_each_role_its_cells(plan, question, lead, partner):
    # (| 类别 | 项目 | 主要任务 | 牵头单位 | 配合单位 | one cell per paragraph: an item cell broken over two lines,
    # a unit cell ending in 、 going on in the next paragraph)
    a = plan.ask(question)
    assert a.found and f"牵头单位：{lead}；" in a.answer and f"配合单位：{partner}" in a.answer, a.answer


@pytest.mark.parametrize("question, holder", [("镇河长办由谁担任总河长？", "镇长"), ("总河长由谁担任？", "镇长")])
def test_who_holds_a_post_is_who_the_clause_setting_it_up_names(plan, question, holder):
    a = plan.ask(question)
    assert a.found and f"由{holder}担任" in a.answer and "牵头单位" not in a.answer, a.answer


def test_a_post_the_plan_gives_no_holder_is_not_found(plan):
    a = plan.ask("区水务站由谁当站长？")
    assert not a.found, a.answer


def test_a_day_said_as_spoken_is_the_printed_day(plan):
    a = plan.ask("全区平均每天打捞的河道漂浮垃圾有多少？")
    assert a.found and "5吨" in a.answer, a.answer


def test_what_each_item_makes_is_read_after_the_verb_asked_quoted_names_and_all(plan):
    # 「…分别要构建什么体系」: each item's 「构建…体系」, not its lead phrase 「以河道普查为基础」
    a = plan.ask("实施三大体系工程分别要构建什么体系？")
    assert [i.label for i in a.items] == ["河道精准管护体系", "河道长效治理体系", "“滨河绿廊”开放共享体系"], a.answer
