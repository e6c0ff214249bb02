"""Where a phrase is mentioned names the 专栏 holding a mention beside its section — held-out set 12 e12-u24
「“饱和潜水”在规划里哪些地方提到？」 placed the box's mention under (五)安全交通 only, never naming 专栏6."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "vocab12-xref-box-plan.txt"


@pytest.fixture(scope="module")
def engine(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", ["“深海救捞”在规划里哪些地方提到？", "深海救捞在哪里提到？", "规划哪几块提到了深海救捞？",
                                      "深海救捞在哪些章节中被提到？"])
def test_a_mention_in_a_box_names_the_box_beside_its_section(engine, question):
    answer = engine.ask(question)
    assert answer.found and "被提到3处" in answer.answer
    labels = answer.answer + "|" + "|".join(f"{i.label}|{i.detail or ''}" for i in answer.items)
    assert "专栏3" in labels and "安全交通" in labels
