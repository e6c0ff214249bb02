"""「今年」 asked of a one-year programme that prints 今年 itself (qa.values.prose.own_year)."""

from __future__ import annotations

import pytest

from qa.values.prose import own_year
from tests.conftest import DATA

PLAN = DATA / "one-year-checkup.md"


@pytest.mark.parametrize("question", [
    "青山区今年哪些街镇要做街镇级体检？",
])
def test_the_asked_this_year_matches_the_plan_printing_it(plan, question):
    # the plan says 今年 under undated headings: its passage is matched as printed, not through the title's year
    a = plan.ask(question)
    assert a.found and "东岭镇" in a.answer and "西塘镇" in a.answer, a.answer


def test_another_year_asked_is_not_this_years(plan):
    assert "东岭镇" not in plan.ask("2024年在哪几个镇开展街镇级城市体检？").answer


def test_a_plan_printing_this_year_under_undated_headings_keeps_it_as_printed(plan):
    # its title's year would turn the asker's 今年 into 2026年, which its 今年 passages no longer match
    assert own_year(plan.kb, None) is None
