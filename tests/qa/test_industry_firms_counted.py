"""「X产业，五年要引进培育多少家企业」: the firms counted are the industry's, said first as a topic — read as
「多少家X产业企业」 (qa.question.wording._INDUSTRY_FIRMS), as plans print them (引进培育X企业N家); 企业 alone had
named no one's firms and the question was refused though the plan prints the count."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "spelled-year-headings-plan.txt"


@pytest.mark.parametrize("question", [
    "茶叶精深加工产业，五年要引进培育多少家企业？",
    "茶叶精深加工产业五年要引进培育多少家企业？",
    "茶叶精深加工产业，五年引进培育几家企业？",
])
def test_the_industry_said_first_owns_the_firms_counted(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and "40家" in a.answer and "12家" not in a.answer.split("；")[0], a.answer


def test_a_second_part_asks_its_own_count(engine_for):
    a = engine_for(PLAN).ask("茶叶精深加工产业，五年要引进培育多少家企业？其中规模以上企业多少家？")
    assert a.found and "40家" in a.answer and "12家" in a.answer, a.answer


def test_an_industry_with_no_firm_count_is_refused(engine_for):
    # trap: the plan counts no 智慧物流 firms — the tea firms' 40家 must not answer it
    a = engine_for(PLAN).ask("智慧物流产业，五年要引进培育多少家企业？")
    assert not a.found and "40家" not in a.answer.split("以下段落")[0], a.answer
