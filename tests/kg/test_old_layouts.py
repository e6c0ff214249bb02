"""Plans of older layouts (issue 11): figures printed the old way, year-column tables, footnote
definitions, target shapes of list items and prose. Snippets are invented in the genre's style."""
from __future__ import annotations

import pytest

from kg.extract.units import chinese_number, parse_quantities


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(q.raw, q.value, q.unit) for q in parse_quantities(text, source="p")]


@pytest.mark.parametrize("text, raw, value", [
    ("五年内新建公路约二、六五〇公里", "约二、六五〇公里", 2_650_000.0),
    ("全省组织了一二、三〇四个互助组", "一二、三〇四个", 12304.0),
    ("计划培养技术人员一、五〇〇人；", "一、五〇〇人", 1500.0),
])
def test_thousands_separator_keeps_one_number(text, raw, value):
    [(printed, got, _)] = _figures(text)
    assert printed == raw and got == value


def test_thousands_groups_read_in_chinese_number():
    assert chinese_number("三、〇〇八·五") == 3008.5


@pytest.mark.parametrize("text", ["一、二、三产业协调发展", "第一、二类项目"])
def test_enumeration_commas_are_no_figure(text):
    assert _figures(text) == []


@pytest.mark.parametrize("text", ["原煤 6,352,8万吨", "钢材 304,5万吨", "食用油 72,4万吨"])
def test_ocr_comma_number_is_no_figure(text):
    """A number a scan broke (6,352,8) is no value, never its cut tail (8万吨)."""
    assert _figures(text) == []


def test_thousands_comma_still_read():
    assert _figures("产量1,270万件") == [("1,270万件", 12_700_000.0, "件")]
