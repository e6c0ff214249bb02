"""Members said in pairs with one measure between them (issue 11, class 2): 「城镇和农村居民人均可支配收入」,
「城乡居民…分别」, 「城镇居民和农村居民…」 — each member takes the whole measure (居民人均可支配收入, its growth), so
each part is answered with its own run's value: a growth asked is never answered by the income level printed in the
run before it (a figure of the wrong measure given as found).
"""
from __future__ import annotations

import pytest

from qa.values.parts import _shared_tail
from tests.conftest import DATA
from tests.qa.said import unquoted

PLAN = DATA / "qa-paired-residents-plan.txt"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", [
    "城乡居民人均可支配收入年均增长分别是多少？",
    "城镇和农村居民人均可支配收入年均增长分别是多少？",
    "城镇居民和农村居民人均可支配收入年均分别增长多少？",
    "城乡居民收入年均分别增长多少？",
])
def test_growth_of_paired_members_is_each_ones_rate(county, question):
    a = county.ask(question)
    assert a.found, a.answer
    said = unquoted(a)
    assert "7.2%" in said and "8.4%" in said, a.answer
    assert "35100元" not in said and "18900元" not in said, a.answer


@pytest.mark.parametrize("question", [
    "城镇和农村居民人均可支配收入分别是多少？",
    "城镇居民和农村居民人均可支配收入分别是多少？",
    "城镇、农村居民人均可支配收入各是多少？",
])
def test_levels_of_paired_members(county, question):
    a = county.ask(question)
    assert a.found, a.answer
    said = unquoted(a)
    assert "35100元" in said and "18900元" in said, a.answer


@pytest.mark.parametrize("first, last, tail", [
    ("城镇", "农村居民人均可支配收入", "居民人均可支配收入"),  # 农村居民 is one jieba word, yet 农村 + 居民
    ("城镇居民", "农村居民收入", "收入"),                     # 居民收入 is one jieba word, yet 居民 + 收入
    ("油茶", "中药材种植面积", "种植面积"),                     # 中药材 is no 中药 + 材
])
def test_shared_tail_splits_compounds_of_words_only(first, last, tail):
    assert _shared_tail(first, last) == tail
