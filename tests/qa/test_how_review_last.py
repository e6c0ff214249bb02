"""A how-question (怎么/如何/怎样/打算怎么) asks what the plan will do: passages of its look back — the last
period's review (回顾, 主要成效), its problems (主要存在问题), the situation faced (面临形势) and the preface that
names the 短板 — rank below the plan's own tasks and are given only when nothing else is on topic. On an invented
district water plan (tests/data/how-review-plan.md) whose problems section prints 「供水质量待提升」 while its tasks
say how (管网更新, 二次供水设施改造) without those words; probeD a19 「规划打算怎么提升供水质量」 answered with the
review's 「4.供水质量待提升」."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "how-review-plan.md"
TASKS = "三、“十四五”主要任务"


def _looks_back(citation) -> bool:
    return not citation.chapter or "回顾" in citation.chapter or "形势" in citation.chapter


@pytest.mark.parametrize("question, printed", [
    ("规划打算怎么提升供水质量？", "龙头水质"), ("供水质量要如何提升？", "龙头水质"), ("供水质量怎样提升？", "龙头水质"),
    ("怎么提升农村污水处理能力？", "新建农村生活污水处理设施"), ("农村污水处理能力如何提高？", "新建农村生活污水处理设施"),
])
def test_the_plans_tasks_answer_not_its_review(plan, question, printed):
    a = plan.ask(question)
    assert a.found, a.answer
    assert a.items[0].citation.chapter == TASKS, a.answer
    assert not any(_looks_back(c) for c in a.citations), a.answer
    assert printed in "".join(c.text for c in a.citations), a.answer


@pytest.mark.parametrize("question", ["规划怎么提高水务信息化水平？", "水务信息化水平如何提升？"])
def test_a_review_answers_when_nothing_else_is_on_topic(plan, question):
    # the tasks say nothing of 信息化: the problems section is all the plan prints on it, and it is given
    a = plan.ask(question)
    assert a.found and "监测站点覆盖不全" in "".join(c.text for c in a.citations), a.answer


@pytest.mark.parametrize("question", ["“十三五”期间供水质量提升得怎么样？", "十三五时期供水质量如何？"])
def test_a_question_about_the_last_period_reads_its_review(plan, question):
    a = plan.ask(question)
    assert a.found and any("回顾" in (c.chapter or "") for c in a.citations), a.answer
