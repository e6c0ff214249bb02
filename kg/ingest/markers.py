"""The plan genre's list and enumerator markers, one place for every reader of them.

Plans number their items and sub-headings in a handful of ways: ``1.`` ``1、`` ``1)``,
``（1）`` ``（一）``, ``一、``, ``①``, in prose ``第一，`` and ``一是``, and bullet lines
``——`` ``-`` ``·``. The ingest layer (:mod:`kg.ingest.lines`), extraction
(:mod:`kg.extract.names`) and the answerers (:mod:`qa.enumerations.leadin`, :mod:`qa.enumerations.lists`) read the same
markers through the compiled patterns here (plain :mod:`re` patterns, anchored at the
start of a line, full- or half-width; match them, or ``sub("", text)`` to drop the marker).

Patterns
--------
NUMBERED
    An item's number: ``1.`` ``1、`` ``1)`` ``（1）`` ``（一）`` ``一、`` ``①``…``㉟`` — never a
    decimal (``2.5亿元``).
NUMBER_OF
    A member's number on normalised (NFKC) text, one group per numbering family: 1 ``第一，`` (``第三，是``),
    2 ``一是``, 3 ``(一)``, 4 ``1.``, 5 ``一、`` — which group matched says whether two lines are of one run.
LIST_MARK
    Any list line's marker: a bullet (``——`` ``-`` ``·`` ``•`` ``*``), a prose ordinal (``第一，`` ``一是``) or a
    ``NUMBERED`` number, with the spaces after it, so ``LIST_MARK.sub("", line)`` leaves the
    item's text.

Examples
--------
>>> [bool(NUMBERED.match(s)) for s in ("1.建设", "（三）强化", "一、总体", "①加快", "2.5亿元")]
[True, True, True, True, False]
>>> [LIST_MARK.sub("", s) for s in ("——坚持系统观念。", "第一，是兰新铁路。", "二是修复灌区", "(2)加强")]
['坚持系统观念。', '兰新铁路。', '修复灌区', '加强']
>>> NUMBER_OF.match("第十二,在各自治区").groups(), NUMBER_OF.match("(四)实现").groups()
(('十二', None, None, None, None), (None, None, '四', None, None))
"""
from __future__ import annotations

import re

__all__ = ["CN_NUM", "NUMBERED", "NUMBER_OF", "LIST_MARK"]

#: Chinese numeral characters plans number with (一…十, 百, 千, 两, 零/〇/○).
CN_NUM = "零〇○一二两三四五六七八九十百千"

_NUMBERED = (
    r"[0-9０-９]{1,2}(?:[.．](?![0-9０-９])|、|[)）])"
    rf"|[（(]\s*(?:[0-9０-９]{{1,2}}|[{CN_NUM}]+)\s*[）)]"
    rf"|[{CN_NUM}]+、"
    r"|[①-⑳㉑-㉟]"
)
_ORDINAL = r"第([一二三四五六七八九十]{1,3})[,，、:：]是?|([一二三四五六七八九十]{1,3})是"
_BULLET = r"[—―\-－·•*]+"

NUMBERED = re.compile(rf"^(?:{_NUMBERED})")
NUMBER_OF = re.compile(rf"^(?:{_ORDINAL}|[（(]([一二三四五六七八九十]{{1,3}})[）)]|(\d{{1,2}})[.．、](?!\d)|([一二三四五六七八九十]{{1,3}})、)")
LIST_MARK = re.compile(rf"^(?:{_BULLET}|{_ORDINAL}|{_NUMBERED})\s*")
