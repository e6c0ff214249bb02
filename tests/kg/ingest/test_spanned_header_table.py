"""An indicator table whose caption 规划目标 spans two columns, named in a second header row (规划目标（2025年） /
年均增速〔累计〕) printed with tab stops and wrapped cells (南京 十五五纲要 专栏1, the 十四五 review): every row read
under the sub-captions, none lost (tests/data/spanned-header-review-table.txt, made up after it)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.parse import parse_file

DATA = Path(__file__).resolve().parents[2] / "data" / "spanned-header-review-table.txt"


@pytest.fixture(scope="module")
def rows():
    return {i.number: i for i in parse_file(DATA).indicators}


def test_every_row_is_read(rows):
    assert sorted(rows) == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("number, name, target, actual", [
    (2, "人均预期寿命", "＞82", "82.6"),
    (3, "森林覆盖率", "30", "30.4"),
    (4, "耕地保有量", "完成省下达指标", "完成省下达指标"),   # cells wrapped onto the next line
    (6, "城镇调查失业率", "5", "—"),
])
def test_target_and_outcome_under_their_columns(rows, number, name, target, actual):
    row = rows[number]
    assert (row.name, row.target.raw, row.actual.raw, row.target_year) == (name, target, actual, 2025)


def test_the_spanned_rate_column_and_a_row_leaving_the_target_blank(rows):
    assert (rows[1].target.raw, rows[1].growth.raw) == ("9000以上", "6%左右")
    assert rows[1].actual.raw.startswith("8650")
    assert (rows[5].target.raw, rows[5].growth.raw, rows[5].attribute) == ("", "〔＞15〕", "约束性")
