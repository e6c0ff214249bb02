"""Lane seed22 (issue 11): classes found by blind office-wording batches on the seed.

Each test fails without its fix; wordings are the class's, not one batch question's.
"""
from __future__ import annotations

import pytest

from qa.question.wording import read_wording


# -- class 1: a lead-in that only asks to look something up changes nothing ----------------------------------

@pytest.mark.parametrize("lead", [
    "想核对一下，", "我想核对一下", "帮我核实一下", "麻烦核对下，", "我想确认下，", "帮忙查询一下，",
    "想了解一下，", "我这边想核实一下，", "帮我查查", "请问一下，", "我想知道",
])
@pytest.mark.parametrize("asked", [
    "“十三五”期间全区生产总值年均增长多少？",
    "光荣院建多少张床位？",
])
def test_lead_in_reads_away(lead, asked):
    assert read_wording(lead + asked) == read_wording(asked)
