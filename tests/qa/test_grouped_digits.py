"""Figures printed with commas grouping thousands (5,500亿度, as plans of the 1980s and 1990s print them)."""
import pytest

from qa.values.figures import _CLAUSE_SPLIT
from qa.question.frame import parse_frame
from qa.question.intent import classify_intent
from qa.values.prose import _CLAUSE, VALUE


def test_a_comma_grouping_digits_splits_no_clause():
    text = "1990年，全国煤炭产量达到1,200百万吨,比1985年增加3,427万吨，其中12,5吨"
    assert _CLAUSE.findall(text)[1] == "全国煤炭产量达到1,200百万吨"
    assert _CLAUSE_SPLIT.split(text)[2] == "比1985年增加3,427万吨"
    # 12,5 is no grouping, but no clause ends inside a printed number either: no value is read from it
    assert _CLAUSE.findall(text)[-1] == "其中12,5吨"
    assert not VALUE.findall("其中12,5吨")


def test_a_value_is_never_cut_out_of_a_longer_printed_number():
    # 「6,352,8万吨」 (a table cell as the print gives it): neither 6,352 nor 8万吨 is a value of it
    row = "原煤6,352,8万吨11,298.5万吨178"
    assert [m.group(0) for m in VALUE.finditer(row)] == ["11,298.5万吨", "178"]
    assert _CLAUSE.findall(row) == [row] and _CLAUSE_SPLIT.split(row) == [row]
    # a year after the comma begins the next clause (an indicator's cells)
    cells = "2020年为2.74,2025年为2.98"
    assert _CLAUSE.findall(cells) == _CLAUSE_SPLIT.split(cells) == ["2020年为2.74", "2025年为2.98"]
    assert {"2.74", "2.98"} <= {m.group(0) for m in VALUE.finditer(cells)}


def test_a_grouped_value_is_read_whole_with_its_unit():
    assert [m.group(0) for m in VALUE.finditer("发电量达到5,500亿度，钢材4,400万吨")] == [
        "5,500亿度", "4,400万吨"]


def test_a_question_asking_how_many_degrees_counts_kilowatt_hours():
    q = "到1990年全国发电量要达到多少亿度？"
    frame = parse_frame(q, classify_intent(q))
    assert frame.measures == ("全国发电量",) or frame.measures == ("发电量",)
    assert frame.unit == "亿度"


@pytest.mark.parametrize("clause, value", [
    ("各部门的基本建设投资四二七·四亿元", "四二七·四亿元"),
    ("粮食到一九五七年年产三、八五六·二亿斤", "三、八五六·二亿斤"),
    ("工业部门占百分之五八·二", "百分之五八·二"),
])
def test_a_chinese_decimal_point_keeps_the_whole_number(clause, value):
    # Old print's · is a decimal point: 四二七·四亿元 is 427.4亿元, never the cut 四亿元 after it.
    from qa.values.prose import values_in

    assert [m.group(0) for m in values_in(clause, 0)] == [value]


def test_a_number_after_an_ocr_comma_is_no_value():
    from qa.values.prose import values_in

    assert [m.group(0) for m in values_in("工业部门为二四八，五亿元", 0)] == []
