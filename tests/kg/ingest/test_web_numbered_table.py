"""An indicator table a portal page's export flattened one cell per paragraph, with no 序号 column:
each row's number printed in its name cell (1. 地区生产总值年均增长), captions and cells broken at inline
elements (2025年 / 完成值, 万人次/ / 万吨, 细颗粒物（PM / 2.5 / ）年均浓度, “十五五”年均增长 / 5.0左右)
— set 14: 广州 十五五纲要's 专栏1 built 0 indicators against 29."""
from __future__ import annotations

import pytest

from kg.ingest.parse import parse_file
from kg.ingest.table import _rejoin_cells, _split_numbered_names
from tests.conftest import DATA


@pytest.fixture(scope="module")
def table():
    return parse_file(DATA / "web_numbered_name_table.txt").indicators


def _cells(table, name):
    return next(r for r in table if r.name == name)


def test_every_numbered_row_is_read(table):
    assert [r.name for r in table] == ["地区生产总值年均增长", "工业总产值", "机场旅客/货邮吞吐量",
                                           "细颗粒物（PM2.5）年均浓度", "累计城镇新增就业人数", "3岁以下婴幼儿入托率"]


def test_broken_cells_are_joined(table):
    assert _cells(table, "机场旅客/货邮吞吐量").unit == "万人次/万吨"
    assert "5.0左右" in _cells(table, "地区生产总值年均增长").target.raw


def test_a_blank_unit_slash_is_no_broken_unit():
    cells = [(0, "城市生物多样性指数（鸟类）"), (1, "/"), (2, "预期性"), (3, "万人次/"), (4, "万吨")]
    assert [t for _, t in _rejoin_cells(cells)] == ["城市生物多样性指数（鸟类）", "/", "预期性", "万人次/万吨"]


def test_a_name_ending_in_its_verb_keeps_its_value_apart():
    cells = [(0, "地区生产总值年均增长"), (1, "6.5"), (2, "“十五五”年均增长"), (3, "5.0左右")]
    assert [t for _, t in _rejoin_cells(cells)] == ["地区生产总值年均增长", "6.5", "“十五五”年均增长5.0左右"]


def test_values_are_not_taken_for_numbered_names():
    # 2.5 and 2.5万亿元 are values; only the running number opening a name splits off
    cells = [(0, "1. 工业总产值"), (1, "2.5万亿元"), (2, "2. 3岁以下婴幼儿入托率"), (3, "2.5")]
    assert [t for _, t in _split_numbered_names(cells)] == ["1", "工业总产值", "2.5万亿元", "2", "3岁以下婴幼儿入托率", "2.5"]
