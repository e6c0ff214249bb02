"""A count of a table's rows asked with the plan's period quoted (「栖霞“十五五”主要指标表一共列了多少项指标」, lane
table19): the quoted period restates the table's title, it is no cell's words, so every row is counted; a quote of
a cell's words still counts only the rows printing them."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "table19-period-quote-plan.md"


@pytest.mark.parametrize("question", [
    "栖霞“十五五”主要指标表一共列了多少项指标？",
    "栖霞区“十五五”时期经济社会发展主要指标共有几项指标？",
    "“十五五”主要指标表总共列了几个指标？",
])
def test_quoted_period_counts_every_row(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and "6项" in a.answer, a.answer


def test_quoted_period_in_a_cell_asked_with_its_words_narrows(engine_for):
    a = engine_for(PLAN).ask("目标里写“十五五”累计完成600亿元的指标有几项？")
    assert "6项" not in a.answer, a.answer


def test_quoted_cell_words_still_narrow_the_count(engine_for):
    a = engine_for(PLAN).ask("主要指标表里目标写“完成市下达目标”的有几项？")
    assert a.found and "1项" in a.answer and "细颗粒物年均浓度" in a.answer, a.answer


def test_quoted_words_no_cell_prints_are_no_count_of_rows(engine_for):
    # trap: no cell reads 「力争翻一番」, so no row may be counted as printing it
    a = engine_for(PLAN).ask("主要指标表里目标写“力争翻一番”的有几项？")
    assert "6项" not in a.answer and not (a.found and "力争翻一番" in a.answer and "项：" in a.answer), a.answer
