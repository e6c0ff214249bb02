"""Headings run together on one line, as PDF extraction leaves them.

A PDF's text layer often loses the breaks between a chapter heading and the
section heading under it: ``五、…　　第二十章　水利建设　　第一节 …``. Such a
line is split before each heading marker that follows a run of two or more
spaces, when the line opens with a heading and every piece opens with a
heading marker; anything else is left whole.
"""
from __future__ import annotations

import re

from kg.ingest.layouts.numbered import match_box_heading, match_heading
from kg.ingest.layouts.outline import match_outline_heading
from kg.ingest.lines import CN_NUM

__all__ = ["split_headings"]

_MARKER = rf"第\s*(?:[0-9０-９]+|[{CN_NUM}]+)\s*(?:部分|[篇编章节])|专栏|[（(][{CN_NUM}]+[）)]|[{CN_NUM}]+、"
_GAP = re.compile(rf"[ \t\u3000]{{2,}}(?=(?:{_MARKER}))")


def split_headings(line: str) -> list[str]:
    """The headings run together on ``line``, one per item; ``[line]`` when there are none.

    Examples
    --------
    >>> split_headings("第二十章　水利建设　　第一节　加强防洪")
    ['第二十章　水利建设', '第一节　加强防洪']
    >>> split_headings("　　五、农业农村　　第二十章　水利建设")
    ['五、农业农村', '第二十章　水利建设']
    >>> split_headings("坚持节水优先，  第一节所述工程")
    ['坚持节水优先，  第一节所述工程']
    """
    pieces = [p.strip(" \t\u3000") for p in _GAP.split(line.strip(" \t\u3000"))]
    if len(pieces) < 2 or not all(_is_heading(p) for p in pieces):
        return [line]
    return pieces


def _is_heading(text: str) -> bool:
    return bool(match_heading(text) or match_box_heading(text) or match_outline_heading(text))
