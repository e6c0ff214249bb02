"""Headings run together on one line, as PDF extraction and newspaper OCR leave them.

A PDF's text layer often loses the breaks between a chapter heading and the
section heading under it: ``五、…　　第二十章　水利建设　　第一节 …``. Such a
line is split before each heading marker that follows a run of two or more
spaces, when the line opens with a heading and every piece opens with a
heading marker; anything else is left whole.

A newspaper's OCR loses them with no space at all: a 篇 title line also holds
its first chapter's (「第三篇推进改革开放第十三章深化各项改革」), a printed table
of contents runs its entries together (「第一章…第二章…第二篇…」) and its last
entry into the 序言 heading after it, its 目录 line into its first entry
(「目录序言」). Such a line is split before each 第N篇/章/节 marker when every
piece is a heading and the numbers read in order (a level's number one more
than the last at that level, a lower level starting anew); a 目录 opening the
line and a preface word closing it are pieces of their own.
"""
from __future__ import annotations

import re

from kg.ingest.layouts.numbered import match_box_heading, match_heading
from kg.ingest.layouts.outline import match_outline_heading
from kg.ingest.lines import CN_NUM

__all__ = ["split_headings"]

_NUMBERED = rf"第\s*(?:[0-9０-９]+|[{CN_NUM}]+)\s*(?:部分|[篇编章节])"
_MARKER = rf"{_NUMBERED}|专栏|[（(][{CN_NUM}]+[）)]|[{CN_NUM}]+、"
_GAP = re.compile(rf"[ \t\u3000]{{2,}}(?=(?:{_MARKER}))")
# Before a 第N篇/章/节 marker that is not the line's first character.
_JOINED = re.compile(rf"(?<=\S)(?={_NUMBERED})")
_TOC_OPENING = re.compile(r"^(目\s*[录次])\s*(?=\S)")
_PREFACE_CLOSING = re.compile(r"(?<=\S)(序言|前言|引言)$")
_PREFACE = re.compile(r"^(?:序言|前言|引言)$")
_DEPTH = {"part": 0, "chapter": 1, "section": 2}


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
    >>> split_headings("第三篇推进改革开放第十三章深化各项改革")
    ['第三篇推进改革开放', '第十三章深化各项改革']
    >>> split_headings("第二十五章改善宏观经济管理第二十六章保障计划全面落实序言")
    ['第二十五章改善宏观经济管理', '第二十六章保障计划全面落实', '序言']
    >>> split_headings("目录序言"), split_headings("第一章 落实第三章任务")
    (['目录', '序言'], ['第一章 落实第三章任务'])
    """
    pieces = [p.strip(" \t\u3000") for p in _GAP.split(line.strip(" \t\u3000"))]
    if len(pieces) >= 2 and all(_is_heading(p) for p in pieces):
        return pieces
    return _split_joined(line)


def _split_joined(line: str) -> list[str]:
    """A line of 第N篇/章/节 headings printed with nothing between them, split; ``[line]`` else."""
    text = line.strip(" \t\u3000")
    toc = _TOC_OPENING.match(text)
    if toc:
        rest = text[toc.end():]
        entries = _split_joined(rest)
        if _PREFACE.match(rest) or len(entries) > 1 or match_heading(rest):
            return [toc.group(1), *entries]
        return [line]
    preface = _PREFACE_CLOSING.search(text)
    pieces = _JOINED.split(text[:preface.start()] if preface else text)
    if len(pieces) < 2 or not _in_order(pieces):
        return [line]
    return [*pieces, preface.group(1)] if preface else pieces


def _in_order(pieces: list[str]) -> bool:
    """Whether every piece is a 第N篇/章/节 heading and each follows the one before: the same level
    numbered one more, a deeper level starting at one, or a higher level. The order is the evidence
    that each is a heading, so a comma in a title run on from its number does not betray a sentence."""
    headings = [match_heading(p, run_on_comma=True) for p in pieces]
    if any(h is None or not h.title for h in headings):
        return False
    for before, after in zip(headings, headings[1:]):
        deeper = _DEPTH[after.kind] - _DEPTH[before.kind]
        if deeper == 0 and after.number != before.number + 1:
            return False
        if deeper > 0 and (deeper > 1 or after.number != 1 and before.kind != "part"):
            return False
    return True


def _is_heading(text: str) -> bool:
    return bool(match_heading(text) or match_box_heading(text) or match_outline_heading(text))
