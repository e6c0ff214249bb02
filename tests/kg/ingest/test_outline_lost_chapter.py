"""An outline plan whose published text lost a chapter (一、 then 三、, no 二、 anywhere), on invented text:
the chapters after the gap are still chapters, their sections under them — while an 三、 in the text of a
plan that does print its 二、 later opens nothing."""
from __future__ import annotations

from kg.ingest.parse import parse_document

LOST = """青林镇生态建设规划

一、发展基础

（一）发展成效

湿地面积稳步增长，水质持续改善。

三、总体要求

（一）指导思想

坚持生态优先。

（二）发展目标

到2030年，建成生态宜居示范镇。

四、主要任务

（一）扩大湿地

新增湿地20公顷。
"""


def _chapters(text):
    doc = parse_document(text, plan_id="qinglin")
    return [(c.heading.number, c.heading.title, [s.heading.title for s in c.sections]) for c in doc.chapters()]


def test_chapters_after_a_lost_one_are_chapters():
    assert _chapters(LOST) == [
        (1, "发展基础", ["发展成效"]),
        (3, "总体要求", ["指导思想", "发展目标"]),
        (4, "主要任务", ["扩大湿地"]),
    ]


def test_a_number_ahead_of_a_printed_chapter_opens_none():
    text = LOST.replace("三、总体要求", "三、总体要求先行").replace("四、主要任务", "二、主要任务")
    assert [n for n, _, _ in _chapters(text)] == [1, 2]
