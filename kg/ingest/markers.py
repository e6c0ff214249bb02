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
>>> [bool(NUMBERED.match(s)) for s in ("1.建设", "（三）强化", "一、总体", "①加快", "2.5亿元", "4.2026年新建")]
[True, True, True, True, False, True]
>>> [LIST_MARK.sub("", s) for s in ("——坚持系统观念。", "第一，是兰新铁路。", "二是修复灌区", "(2)加强")]
['坚持系统观念。', '兰新铁路。', '修复灌区', '加强']
>>> NUMBER_OF.match("第十二,在各自治区").groups(), NUMBER_OF.match("(四)实现").groups()
(('十二', None, None, None, None), (None, None, '四', None, None))
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CN_NUM", "ITEM_POINT", "NUMBERED", "NUMBER_OF", "LIST_MARK", "Member", "member_levels"]

#: Chinese numeral characters plans number with (一…十, 百, 千, 两, 零/〇/○).
CN_NUM = "零〇○一二两三四五六七八九十百千"

#: The point after an item's number: never a decimal's (2.5亿元), but an item may open with a year
#: (「4.2026年松江区石湖荡镇休闲森林公园」 in a project list) — no decimal runs on into 年.
ITEM_POINT = r"[.．](?:(?![0-9０-９])|(?=(?:19|20)[0-9]{2}年))"

_NUMBERED = (
    rf"[0-9０-９]{{1,2}}(?:{ITEM_POINT}|、|[)）])"
    rf"|[（(]\s*(?:[0-9０-９]{{1,2}}|[{CN_NUM}]+)\s*[）)]"
    rf"|[{CN_NUM}]+、"
    r"|[①-⑳㉑-㉟]"
)
_ORDINAL = r"第([一二三四五六七八九十]{1,3})[,，、:：]是?|([一二三四五六七八九十]{1,3})是"
_BULLET = r"[—―\-－·•*]+"

NUMBERED = re.compile(rf"^(?:{_NUMBERED})")
NUMBER_OF = re.compile(rf"^(?:{_ORDINAL}|[（(]([一二三四五六七八九十]{{1,3}})[）)]|(\d{{1,2}})(?:{ITEM_POINT}|、(?!\d))|([一二三四五六七八九十]{{1,3}})、)")
LIST_MARK = re.compile(rf"^(?:{_BULLET}|{_ORDINAL}|{_NUMBERED})\s*")


# Each numbering family the genre prints a member's number in, by the printed form of its number (NFKC or not).
_FAMILIES = (
    ("第一，", re.compile(r"^第([一二三四五六七八九十]{1,3})[,，、:：]")),
    ("一是", re.compile(r"^([一二三四五六七八九十]{1,3})是")),
    ("一、", re.compile(r"^([一二三四五六七八九十]{1,3})、")),
    ("（一）", re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]")),
    ("1.", re.compile(rf"^(\d{{1,2}})(?:{ITEM_POINT}|、)")),
    ("（1）", re.compile(r"^[（(](\d{1,2})[）)]")),
    ("①", re.compile(r"^([①-⑳])")),
)
_CN_VALUES = {c: v for v, c in enumerate("一二三四五六七八九", start=1)}


@dataclass(frozen=True)
class Member:
    """A numbered member a line opens: its depth (1 for the first numbering family under the parent), family and number."""

    level: int
    family: str
    number: int


def _value(numeral: str) -> int:
    if "①" <= numeral <= "⑳":
        return ord(numeral) - ord("①") + 1
    if numeral.isdigit():
        return int(numeral)
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _CN_VALUES.get(numeral, 0) if len(numeral) == 1 else 0
    return (_CN_VALUES.get(tens, 0) if tens else 1) * 10 + (_CN_VALUES.get(units, 0) if units else 0)


def member_levels(texts: list[str]) -> list[Member | None]:
    """The numbered member each line under one parent opens, with its level; ``None`` for a line opening none.

    A numbering family's level is not fixed by its form but by the order in which the families appear under
    the parent: the first family met is level 1, a family first met after it opens the level below the member
    before it (the genre's 一、→（一）→1.→（1）, or a 1955 plan's 第一，… with （1）… under 第八，), and a family met
    again returns to its level, closing the levels below. A member counts only in order — a new level starts at
    1, a level goes on one more than its last member — so a number quoted in prose opens nothing.

    Examples
    --------
    >>> [(m.level, m.number) if m else None for m in member_levels(
    ...     ["总的要求。", "第一，加强领导。", "接上段。", "第二，合理布局：", "（1）实行计划管理；", "（2）加强指导。",
    ...      "第三，精心施工。"])]
    [None, (1, 1), None, (1, 2), (2, 1), (2, 2), (1, 3)]
    >>> [(m.level, m.number) if m else None for m in member_levels(
    ...     ["（一）总体要求", "1.坚持创新", "2.坚持协调", "（二）主要任务", "1.建设", "3.引自第3条"])]
    [(1, 1), (2, 1), (2, 2), (1, 2), (2, 1), None]
    """
    stack: list[tuple[str, int]] = []  # (family, last number) per open level
    out: list[Member | None] = []
    for text in texts:
        found = next(((family, m) for family, pattern in _FAMILIES if (m := pattern.match(text.strip()))), None)
        if found is None:
            out.append(None)
            continue
        family, m = found
        number = _value(m.group(1))
        depth = next((k for k, (f, _) in enumerate(stack) if f == family), None)
        if depth is not None and number == stack[depth][1] + 1:
            del stack[depth + 1:]
            stack[depth] = (family, number)
        elif depth is None and number == 1:
            stack.append((family, 1))
            depth = len(stack) - 1
        else:
            out.append(None)
            continue
        out.append(Member(depth + 1, family, number))
    return out
