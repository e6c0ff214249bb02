"""Figure questions the plan prints plainly in prose, refused before lane refuse26 (issue 11), and the diagnostic
that names who refused (qa.trace, ``plankg ask --explain``).

An invented plan (tests/data/refuse26-plan.md) words a review and tasks as district fire plans do. The classes:
the counted noun said after 多少+classifier (「多少起火灾」) is a word the clause must print, not part of the unit;
a review's adverbs (出色完成) and a question's spoken verbs (拿到) are no words of the measure; a figure under a
heading that dates it (「一、“十三五”期间…成效」) is of that period. Traps asking another period, or a figure the
plan never gives, stay refused.
"""
from __future__ import annotations

import pytest

from qa.trace import Event, attempt_name, check, explain, refusers, rejects, tracing
from qa.values.clausefallback import question_words
from tests.conftest import DATA
from tests.qa.said import QUOTE

PLAN = DATA / "refuse26-plan.md"


# --- the diagnostic ---------------------------------------------------------------------------------------------

class _A:
    def __init__(self, found, items=(), answer=""):
        self.found, self.items, self.answer = found, list(items), answer


def test_a_check_turning_a_found_answer_into_a_refusal_is_recorded_only_while_tracing():
    refuse = check("demo")(lambda question, answer: _A(False, answer="不是所问的年份"))
    assert not refuse("问题", _A(True, [1])).found  # no tracing: nothing recorded, nothing raised
    with tracing() as events:
        refuse("问题", _A(True, [1]))
        refuse("问题", _A(False))  # an answer already refused is not the check's refusal
    assert events == [Event("check", "demo", "问题", False, "不是所问的年份")]
    assert refusers(events) == ["check:demo"]


def test_a_candidate_reason_is_recorded_with_the_clause_it_was_given_for():
    why = rejects("demo.scope")(lambda question, clause: "另一时期" if "十三五" in clause else None)
    with tracing() as events:
        assert why("问题", "“十四五”期间新建3个") is None
        assert why("问题", "“十三五”期间新建4个") == "另一时期"
    assert [(e.stage, e.name) for e in events] == [("reject", "demo.scope")]
    assert "“十三五”期间新建4个" in events[0].detail and "另一时期" in explain(events)


def test_a_dispatch_try_is_named_by_the_answerer_it_calls():
    def answer_fact(*a):
        return None

    assert attempt_name(lambda: answer_fact(1, 2)) == "answer_fact"


def test_the_engine_records_which_answerer_answered_and_the_json_holds_no_trace(plan):
    with tracing() as events:
        a = plan.ask("到2025年底全区公共消防站达到多少个？")
    assert a.found and "9个" in a.answer
    assert any(e.stage == "answerer" and e.found for e in events), explain(events)
    assert "trace" not in a.to_json() and "events" not in a.to_json()


def test_an_unanswered_question_names_the_step_that_refused(plan):
    with tracing() as events:
        a = plan.ask("全区消防站总投资是多少？")
    assert not a.found
    assert refusers(events), explain(events)


# --- the classes fixed -------------------------------------------------------------------------------------------

def test_the_counted_noun_after_the_classifier_stays_a_word_the_clause_must_print():
    assert question_words("十三五一共发生了多少起火灾？") == "一共发生了火灾"
    assert question_words("多少名群众拿到了国家消防职业资格证书？") == "群众拿到了国家消防职业资格证书"
    assert question_words("做适老化改造的公交站台有多少个？") == "做适老化改造的公交站台有"  # a bare unit at the end
    # 海绵城市 of a title is no place the plan is (城市 ends common nouns)
    assert question_words("到2025年底建成区多少面积要达到海绵城市要求？", "普陀区海绵城市建设实施方案") == "建成区面积要达到海绵城市要求"


@pytest.mark.parametrize("question, value", [
    ("十三五一共发生了多少起火灾？", "1650"),  # the counted noun after 多少起
    ("十三五完成了多少起应急救援任务？", "12400"),  # 出色完成: the review's adverb; the period from the heading
    ("多少名群众拿到了国家消防职业资格证书？", "1300"),  # 拿到 for 获得, the classifier before the noun
    ("战勤保障分队最少要多少人？", "不少于25人"),  # a bound asked: the clause's own bound with its value (组建 a printed verb)
    ("服役满10年的消防车有几辆？", "8辆"),
    ("到2025年底建成区多少面积要达到海绵城市要求？", "45%"),  # 建设目标要求: the plan's own words around the measure  # the part after 其中 asked by its own words (qa.checks.ownership._names_part)
])
def test_a_prose_figure_asked_in_spoken_words_is_answered_from_its_clause(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in QUOTE.sub("", a.answer), a.answer


@pytest.mark.parametrize("question", [
    "十四五期间一共发生了多少起火灾？",  # the heading dates the review's figure 十三五
    "十四五完成了多少起应急救援任务？",
    "十三五期间火灾伤了多少人？",  # never printed
    "多少名群众拿到了注册消防工程师证书？",  # another certificate
    "应急救援分队最少要多少人？",  # another team
    "服役满20年的消防车有几辆？",  # a part the plan does not print
    "新建消防救援站一共多大面积？",
    "到2027年底建成区多少面积要达到海绵城市要求？",  # a year the plan does not give  # the indicator row counts stations (座): no area
])
def test_another_period_or_an_unprinted_figure_stays_refused(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer


def test_an_indicator_row_still_answers_its_own_count(plan):
    a = plan.ask("十四五要新建几座消防救援站？")
    assert a.found and "3" in QUOTE.sub("", a.answer), a.answer


def test_ask_explain_prints_the_trace_to_stderr_and_leaves_the_json_as_it_was(tmp_path_factory, mini_plan_path):
    import json

    from click.testing import CliRunner

    from cli import main

    home = tmp_path_factory.mktemp("explain-home")
    assert CliRunner().invoke(main, ["build", str(mini_plan_path), "--build-dir", str(home), "--encoder", "hash"]).exit_code == 0
    plain = CliRunner().invoke(main, ["ask", "--json", "园区标准厂房项目总投资多少？", "--build-dir", str(home)])
    told = CliRunner().invoke(main, ["ask", "--json", "--explain", "园区标准厂房项目总投资多少？", "--build-dir", str(home)])
    assert told.exit_code == 0, told.output
    assert json.loads(told.stdout) == json.loads(plain.stdout)
    assert "answerer" in told.stderr and "园区标准厂房项目总投资多少" in told.stderr
