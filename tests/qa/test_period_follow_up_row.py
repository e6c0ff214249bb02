"""A follow-up asking another period of an indicator row (「十三五末…多少，十四五末呢」) on the seed: the row states
both years, said once — never 「十四五末：规划中未能确定其数值」 beside the 2025 figure it prints."""
from __future__ import annotations

import pytest

from tests.qa.said import norm


@pytest.mark.parametrize("question", ["十三五末城乡居民人均可支配收入是多少，十四五末呢？",
                                      "基本养老保险参保率十三五末多少，十四五末呢？"])
def test_the_row_answers_both_periods(engine, question):
    a = engine.ask(question)
    assert a.found and "未能确定" not in a.answer and "2025年" in norm(a.answer)


def test_a_period_the_row_does_not_state_is_said_missing(engine):
    a = engine.ask("基本养老保险参保率十三五末多少，十五五末呢？")
    assert "未找到" in a.answer or "未给出" in a.answer
