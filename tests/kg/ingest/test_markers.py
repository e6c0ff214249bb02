"""The genre's list markers, one module read by ingest, extraction and the answerers alike."""
from __future__ import annotations

import pytest

from kg.extract.names import clean_name
from kg.ingest.lines import is_item, strip_enumerator
from kg.ingest.markers import LIST_MARK, NUMBER_OF, NUMBERED
from qa.enumerations.leadin import list_line_name


@pytest.mark.parametrize("line", ["1.建设水库", "2、修复灌区", "3)推广节水", "（4）加强管理", "（五）强化保障", "六、总体要求", "⑦完善机制"])
def test_every_reader_drops_the_same_numbers(line):
    assert NUMBERED.match(line) and is_item(line)
    text = strip_enumerator(line)
    assert clean_name(line) == text
    assert LIST_MARK.sub("", line) == text


@pytest.mark.parametrize("line", ["2.5亿元投资", "2025年目标", "第一个五年计划"])
def test_figures_and_words_are_no_markers(line):
    assert not NUMBERED.match(line) and not LIST_MARK.match(line) and not NUMBER_OF.match(line)


@pytest.mark.parametrize("line, name", [("第一，是贯通东西的铁路。它将…", "贯通东西的铁路"), ("二是修复小型灌区。", "修复小型灌区"),
                                        ("——坚持系统观念。", "坚持系统观念")])
def test_prose_ordinals_and_bullets_are_list_marks(line, name):
    assert list_line_name(line)[0] == name


def test_number_of_tells_the_numbering_family():
    families = [next(k for k, g in enumerate(NUMBER_OF.match(t).groups()) if g) for t in ("第三,是", "三是", "(三)", "3.", "三、")]
    assert families == [0, 1, 2, 3, 4]


# Numbering levels are read from the order the families appear under one parent, not fixed per family.
@pytest.mark.parametrize("lines,levels", [
    # the genre's 一、→（一）→1.→（1）
    (["一、总体要求", "（一）指导思想", "1.坚持创新", "（1）加强研发", "（2）引进人才", "2.坚持协调", "（二）主要目标",
      "二、主要任务"], [1, 2, 3, 4, 4, 3, 2, 1]),
    # a 1955 plan: 第一，… with （1）… under 第八，, a paragraph going on between members
    (["第一，提高计划性。", "接上段。", "第二，加强施工管理：", "（1）实行责任制；", "（2）推行作业计划；", "接上段。",
      "第三，健全经济核算制。"], [1, None, 1, 2, 2, None, 1]),
    # （一） first under a heading with no 一、: it is level 1, and 1. below it level 2
    (["（一）基本任务", "1．保持平衡。", "2．调整结构。", "（二）主要指标"], [1, 2, 2, 1]),
    # 1. first, （一） below it: the order decides, not the family
    (["1.建设水库", "（一）一期工程", "（二）二期工程", "2.建设渠道"], [1, 2, 2, 1]),
    # numbers out of order or quoted open nothing
    (["第一，加强领导。", "第三，见上文。", "第二，合理布局。"], [1, None, 1]),
])
def test_member_levels_by_order_of_appearance(lines, levels):
    from kg.ingest.markers import member_levels
    assert [m.level if m else None for m in member_levels(lines)] == levels
