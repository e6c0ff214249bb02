"""A span of years opening a sentence dates it (an invented plan): 「2026至2028年，全面实施二次供水设施改造工程」
answers 「…什么时候实施」 with the span, as 「到2025年，…」 answers with its year."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "titled-items-plan.md"


@pytest.mark.parametrize("question", ["二次供水设施改造工程什么时候实施？", "二次供水设施改造工程哪一年实施？"])
def test_a_span_of_years_opening_the_sentence_dates_it(engine_for, question):
    # 「2026至2028年，全面实施…工程」: the span is the sentence's time clause (qa.values.when)
    a = engine_for(PLAN).ask(question)
    assert a.found and "2026至2028年" in a.answer, a.answer
