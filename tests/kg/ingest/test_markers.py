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
