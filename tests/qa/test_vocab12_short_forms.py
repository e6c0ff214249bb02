"""The genre's common short and colloquial forms (PM2.5 for 细颗粒物, 改厕 for 厕所改造) read as the plan prints them
(qa.question.aliases.GENRE_SHORT_FORMS) — held-out set 12: 「PM2.5浓度要降多少」 found nothing, 「规划怎么推进农村改厕」
went to 农村改革."""
from __future__ import annotations

import pytest

from qa.question.aliases import readings
from qa.question.intent import normalise_question
from tests.conftest import DATA

PLAN = DATA / "vocab12-plan.md"


@pytest.fixture(scope="module")
def engine(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question, printed", [
    ("PM2.5浓度要降多少？", "细颗粒物浓度要降多少？"),
    ("pm2.5浓度下降多少", "细颗粒物浓度下降多少"),
    ("PM10浓度要降多少？", "可吸入颗粒物浓度要降多少？"),
    ("规划怎么推进农村改厕？", "规划怎么推进农村厕所改造？"),
])
def test_a_common_short_form_is_read_as_the_plan_prints_it(engine, question, printed):
    assert normalise_question(printed) in [normalise_question(q) for q, unprinted in readings(engine.kb, question) if unprinted]


@pytest.mark.parametrize("question", ["PM2.5浓度要降多少？", "PM2.5浓度下降多少？", "ＰＭ２.５浓度要下降多少"])
def test_a_figure_asked_by_its_short_form_is_found(engine, question):
    answer = engine.ask(question)
    assert answer.found and "12%" in answer.answer


@pytest.mark.parametrize("question", ["规划怎么推进农村改厕？", "农村改厕怎么搞？", "改厕有什么安排？"])
def test_a_passage_asked_by_its_colloquial_form_is_cited(engine, question):
    answer = engine.ask(question)
    assert any("卫生厕所改造" in c.text for c in answer.citations)
