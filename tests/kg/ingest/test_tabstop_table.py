"""An indicator table printed with its tab stops as four spaces, long cells wrapped onto the next line
(nanjing 十五五 outline: 2 of its 24 indicators were read, the rest skipped as rows not fitting the header)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.parse import parse_file
from kg.ingest.tabstops import retab

DATA = Path(__file__).resolve().parents[2] / "data" / "tabstop_indicator_table.txt"


@pytest.fixture(scope="module")
def indicators():
    return parse_file(DATA).indicators


def test_every_numbered_row_is_read(indicators):
    assert sorted({i.number for i in indicators}) == [1, 2, 3, 4, 5, 6, 7]


def test_a_wrapped_value_cell_is_joined(indicators):
    [row] = [i for i in indicators if i.number == 3]
    assert (row.name, row.target.raw, row.category) == ("居民人均可支配收入增长", "与经济增长保持同步", "百姓富")


def test_a_name_printed_in_two_columns_and_its_sub_row(indicators):
    rows = {i.name: i for i in indicators if i.number in (4, 7)}
    assert rows["每千人口拥有医护人员数·执业（助理）医师数"].target.raw == "4.5"
    assert rows["每千人口拥有医护人员数·注册护士数"].target.raw == "5.2"
    assert rows["每千人口拥有医护人员数·注册护士数"].category == "百姓富"
    assert rows["生产安全事故·死亡人数下降"].target.raw == "〔12〕"
    assert rows["生产安全事故·起数下降"].attribute == "约束性"


@pytest.mark.parametrize("name, target, year", [("3岁以下婴幼儿入托率", "25", 2030), ("旅游业总收入", "2800", 2030)])
def test_values_under_their_header(indicators, name, target, year):
    [row] = [i for i in indicators if i.name == name]
    assert (row.target.raw, row.target_year) == (target, year)


@pytest.mark.parametrize("lines", [
    ["序号    指标    目标", "1    某某    5", "某某指标的说明文字很长很长很长很长很长很长，一句话。"],   # prose after the table ends it
    ["产业集群  产业链", "1．人工智能  1．人工智能"],                                         # two spaces: no tab stops
    ["序号    指标    目标", "1    某某    5    6    7"],                                      # a row wider than the header
])
def test_no_table_or_row_misread(lines):
    out = retab(lines, 0, name=1)
    assert out is None or out[2:] == lines[2:]
