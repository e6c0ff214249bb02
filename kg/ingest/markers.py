"""The plan genre's list and enumerator markers, one place for every reader of them.

Plans number their items and sub-headings in a handful of ways: ``1.`` ``1、`` ``1)``,
``（1）`` ``（一）``, ``一、``, ``①``, in prose ``第一，`` and ``一是``, and bullet lines
``——`` ``-`` ``·``. The ingest layer (:mod:`kg.ingest.lines`), extraction
(:mod:`kg.extract.names`) and the answerers (:mod:`qa.leadin`, :mod:`qa.lists`) read the same
markers through the compiled patterns here (plain :mod:`re` patterns, anchored at the
start of a line; match or ``sub("", text)`` them).

Patterns
--------
NUMBERED
    An item's number as printed (full- or half-width digits): ``1.`` ``1、`` ``1)`` ``（1）``
    ``（一）`` ``一、`` ``①``…``㉟`` — never a decimal (``2.5亿元``).
LIST_MARK
    Any list line's marker on normalised (NFKC) text: a bullet (``——`` ``-`` ``·`` ``•`` ``*``),
    a prose ordinal (``第一，`` ``第一，是`` ``一是``) or a number as in ``NUMBERED``;
    trailing spaces included, so ``LIST_MARK.sub("", line)`` leaves the item's text.
"""
from __future__ import annotations

import re

__all__ = ["CN_NUM", "NUMBERED", "LIST_MARK", "NAME_ENUMERATOR", "HEAD_MARK"]

#: Chinese numeral characters plans number with (一…十, 百, 千, 两, 零/〇/○).
CN_NUM = "零〇○一二两三四五六七八九十百千"

NUMBERED = re.compile(
    rf"^(?:[0-9０-９]{{1,2}}(?:[.．](?![0-9０-９])|、|[)）])"
    rf"|[（(]\s*(?:[0-9０-９]{{1,2}}|[{CN_NUM}]+)\s*[）)]"
    rf"|[{CN_NUM}]+、"
    r"|[①-⑳㉑-㉟])"
)

LIST_MARK = re.compile(r"^(?:[—―\-－·•*]+|第[一二三四五六七八九十]{1,3}[,，、:：]是?|[一二三四五六七八九十]{1,3}是|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[①-⑳])\s*")

#: The enumerator a printed name may carry (what :func:`kg.extract.names.clean_name` strips).
NAME_ENUMERATOR = re.compile(r"^(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)]|[\u2460-\u2473])")

#: The marker before a paragraph's lead phrase (「——坚持系统观念。」「1．…」「（一）…」).
HEAD_MARK = re.compile(r"^(?:[—―\-－]{1,2}|\d+[．.、]|（[一二三四五六七八九十]+）)")
