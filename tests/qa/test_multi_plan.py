"""Several plans in one build folder: every node knows its plan, questions can be scoped,
and same-named things in two plans stay two things."""
from __future__ import annotations

import pytest

import ui
from pipeline import build_plans
from qa.engine import Engine
from qa.index.kb import plan_of

SEED = "lingling-14th-five-year-plan"
MINI = "mini-plan"


@pytest.fixture(scope="module")
def two_plans(tmp_path_factory, seed_path, mini_plan_path):
    home = tmp_path_factory.mktemp("two-plans")
    folder = tmp_path_factory.mktemp("plans")
    for p in (seed_path, mini_plan_path):
        (folder / p.name).write_bytes(p.read_bytes())
    reports = build_plans([folder], home=home, encoder="hash")  # a folder builds every plan in it
    assert {r.plan_id for r in reports} == {SEED, MINI}
    return Engine.from_home(home)


def test_every_paragraph_and_entity_knows_its_plan(two_plans):
    kb = two_plans.kb
    assert kb.plan_ids == sorted([SEED, MINI])
    assert {plan_of(p) for p in kb.paragraph_nodes} == {SEED, MINI}
    assert all(plan_of(n) in (SEED, MINI) or "/place/" in n for n in kb.entities)


def test_same_named_indicators_stay_distinct(two_plans):
    forests = [n for n, a in two_plans.kb.entities.items() if a.get("type") == "Indicator" and a.get("label") == "森林覆盖率"]
    assert sorted(plan_of(n) for n in forests) == sorted([SEED, MINI])


def test_questions_can_be_scoped_to_one_plan(two_plans):
    both = two_plans.ask("森林覆盖率2025年目标是多少？")
    assert {c.plan for c in both.citations} == {SEED, MINI}
    mini = two_plans.ask("森林覆盖率2025年目标是多少？", plan=MINI)
    assert {c.plan for c in mini.citations} == {MINI} and "≥69" in mini.answer
    seed = two_plans.ask("森林覆盖率2025年目标是多少？", plan=SEED)
    assert {c.plan for c in seed.citations} == {SEED} and "56" in seed.answer


def test_box_numbers_resolve_within_the_scoped_plan(two_plans):
    assert two_plans.ask("专栏3.1有哪些项目？", plan=MINI).found
    assert two_plans.ask("专栏3.1有哪些项目？", plan=SEED).found is False


def test_open_questions_retrieve_only_from_the_scoped_plan(two_plans):
    a = two_plans.ask("如何发展竹木加工产业？", plan=SEED)
    assert all(c.plan == SEED for c in a.citations)


def test_ui_chat_and_xref_follow_the_scope(two_plans):
    history, _, _ = ui.chat_reply(two_plans, "专栏3.1有哪些项目？", [], MINI)
    assert "园区标准厂房项目" in history[-1]["content"]
    html, _ = ui.xref_view(two_plans, "森林覆盖率", MINI)
    assert "杉源" in html or "第" in html
    html_seed, _ = ui.xref_view(two_plans, "竹木循环产业园", SEED)
    assert "pk-notfound" in html_seed


def test_a_structure_count_over_several_plans_gives_each_plan_by_title_never_their_sum(two_plans):
    """With every plan in scope, 「一共有多少章」 once answered 「共N章」 with N the sum of the plans' chapters and named
    them by internal id; scoped to one plan it is that plan's count."""
    both = two_plans.ask("规划一共有多少章？")
    seed = two_plans.ask("规划一共有多少章？", plan=SEED).answer
    mini = two_plans.ask("规划一共有多少章？", plan=MINI).answer
    assert seed.startswith("共43章") and mini.startswith("共4章")
    assert "共47章" not in both.answer and SEED not in both.answer and MINI not in both.answer
    assert "《杉源县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》共有2篇、4章" in both.answer
    assert "43章" in both.answer and "提问范围" in both.answer


def test_a_chat_answer_from_one_of_several_plans_names_its_plan(two_plans):
    """With every plan in scope a source names its plan even when all come from one (「第3章 / 专栏3.1」 is in which?)."""
    mini_title = two_plans.plan_titles[MINI]
    history, _, _ = ui.chat_reply(two_plans, "专栏3.1有哪些项目？", [], None)
    answer = history[-1]["content"]
    assert "园区标准厂房项目" in answer and mini_title in answer
    history, _, _ = ui.chat_reply(two_plans, "专栏3.1有哪些项目？", [], MINI)
    assert mini_title not in history[-1]["content"]  # the user chose the plan: no need to repeat it


def test_a_plan_named_by_its_title_is_the_question_scope(two_plans):
    title = two_plans.plan_titles[MINI]
    for asked in (f"{title}里森林覆盖率2025年目标是多少？", f"《{title}》中森林覆盖率2025年目标是多少？"):
        a = two_plans.ask(asked)
        assert a.question == asked and {c.plan for c in a.citations} == {MINI} and "≥69" in a.answer, a.answer
