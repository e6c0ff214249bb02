"""Set 20's classes, on invented text: a pointer right after a quoted name (「“X”那个专栏」) or before the thing's
number in brackets (「那个专栏（专栏1.1）」) is apposition, not a reference back to an earlier answer; a quoted token
the plan uses for two things (“246”工程, “246”低碳出行方式) is read in the use the question's own words name, a
bracket after its name explaining it.
"""
from __future__ import annotations

import pytest

from qa.followup import drop_deixis
from tests.conftest import DATA

from .said import norm


@pytest.mark.parametrize("question, read", [
    ("“特色园区重点项目”那个专栏在哪一章？", "“特色园区重点项目”在哪一章？"),
    ("「绿色交通重点工程」这个专栏列了几项？", "「绿色交通重点工程」列了几项？"),
    ("那个专栏（专栏2.1）在哪一章？", "（专栏2.1）在哪一章？"),
    ("“特色园区重点项目”那个专栏（专栏1.1）放在哪一章？", "“特色园区重点项目”（专栏1.1）放在哪一章？"),
])
def test_pointer_after_a_quotation_or_before_its_number_is_apposition(question, read):
    assert drop_deixis(question, []) == read


@pytest.mark.parametrize("question", [
    "那个专栏在哪一章？",                 # nothing named: which one is asked
    "规划里说的那个专栏（见上文）在哪一章？",  # a bracket numbering nothing
])
def test_pointer_naming_nothing_stays(question):
    assert drop_deixis(question, []) == question


@pytest.fixture(scope="module")
def plan(engine_for):
    return engine_for(DATA / "apposition-terms-plan.txt")


@pytest.mark.parametrize("question", [
    "“特色园区重点项目”那个专栏（专栏1.1）放在规划的哪一章？",
    "“特色园区重点项目”那个专栏在第几章？",
    "那个专栏（专栏1.1）在哪一章？",
])
def test_pointed_box_is_placed(plan, question):
    a = plan.ask(question)
    assert a.found and "第一章" in norm(a.answer) and "第二章" not in norm(a.answer), a.answer


def test_unnamed_pointer_still_asks_which(plan):
    a = plan.ask("那个专栏在哪一章？")
    assert not a.found and a.kind == "clarify"


@pytest.mark.parametrize("question, must, never", [
    ("低碳出行里说的“246”方式具体是什么意思？", ["2km以内步行", "公交车"], ["工程"]),
    ("绿色交通里倡导的“246”是指什么？", ["4km以内骑自行车"], ["工程"]),
    ("园区建设说的“246”工程指什么？", ["工程"], ["步行"]),   # trap: the other use of the token
])
def test_quoted_token_read_in_the_use_asked(plan, question, must, never):
    a = plan.ask(question)
    said = norm(a.answer)
    assert a.found and all(norm(m) in said for m in must) and not any(norm(n) in said for n in never), a.answer


@pytest.mark.parametrize("question, members", [
    ("基层治理里提到要推行哪几种“微议事”形式？", ["屋场会", "院坝会", "板凳会"]),
    ("规划里的“微议事”都有哪些？", ["屋场会", "院坝会", "板凳会"]),
    ("到2035年要基本建成哪些“强县”？", ["生态强县", "文化强县", "旅游强县"]),
])
def test_members_of_a_quoted_collective_term(plan, question, members):
    a = plan.ask(question)
    assert a.found and [norm(i.label) for i in a.items] == members, a.answer


def test_count_then_which_of_a_quoted_term(plan):
    a = plan.ask("2035年要基本建成几个“强县”？都是哪些？")
    said = norm(a.answer)
    assert a.found and "3个" in said and "幸福乙河" not in said.replace("原文", ""), a.answer
    assert all(m in said for m in ("生态强县", "文化强县", "旅游强县")), a.answer


def test_count_of_another_length_is_not_confirmed(plan):
    a = plan.ask("要建成几个“强县”？分别是哪四个？")   # the plan names three
    assert "旅游强县、幸福乙河" not in norm(a.answer), a.answer


def test_runs_naming_different_members_answer_no_list(plan):
    # 「积分制、清单制等“小治理”」 and 「积分制、承诺制等“小治理”」: two runs, no one list of the term's members
    a = plan.ask("推广哪几种“小治理”办法？")
    assert not (a.kind == "list" and "共2个" in norm(a.answer)), a.answer


def test_meaning_of_the_term_is_no_member_list(plan):
    a = plan.ask("“微议事”是什么意思？")
    assert "共3个" not in norm(a.answer), a.answer


@pytest.mark.parametrize("question, who, never", [
    ("规划实施到中期，评估报告要提交给谁审议？", "县人大常委会", "县人民政府"),
    ("年度监测报告报给哪个部门备案？", "县人民政府", "人大常委会"),
    ("调整方案要报谁批准？", "县人民代表大会", "人大常委会"),
])
def test_body_a_thing_is_sent_to(plan, question, who, never):
    a = plan.ask(question)
    said = norm(a.answer).split("原文")[0]
    assert a.found and who in said and never not in said, a.answer


def test_review_the_plan_never_prints_is_no_answer(plan):
    a = plan.ask("评估报告要提交给谁备案？")   # the report goes to 审议, no 备案 is printed for it
    assert not (a.found and "县人民政府" in norm(a.answer).split("原文")[0]), a.answer
