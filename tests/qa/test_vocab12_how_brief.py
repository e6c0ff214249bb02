"""A how-answer's text stays within 300 characters (the passages are its citations): it quotes the best sentences
and says where the plan prints them — held-out set 12 e12-37, e12-38, e12-u23 pasted several passages."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "vocab12-plan.md"


@pytest.fixture(scope="module")
def engine(engine_for):
    return engine_for(PLAN)


# 「如何建设人才队伍」: one paragraph prints 人才队伍; the others say 人才 alone, half a two-word topic, and are no
# answer once one paragraph holds it all (qa.passages.topical)
@pytest.mark.parametrize("question, cited", [("规划打算怎样集聚人才？", 2), ("如何建设人才队伍？", 1), ("怎样吸引青年人才回乡？", 2),
                                             ("规划如何培养技能人才？", 2)])
def test_a_how_answer_is_brief_and_cites_the_passages(engine, question, cited):
    answer = engine.ask(question)
    assert answer.found and len(answer.answer) <= 300
    assert answer.answer.rstrip("）").split("（见")[-1].startswith("第二章")
    assert len(answer.citations) >= cited and all("人才" in c.text for c in answer.citations)
