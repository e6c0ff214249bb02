"""Inline pieces a web page's text export sets on paragraphs of their own, joined back.

A page saved from a government portal as text keeps every inline element (a footnote's
superscript, a box's number, a quoted word) as its own paragraph::

    “十五五”时期……“四个出新出彩”          专栏
                                           6
    1                                       “
                                           5+2+4
    ，进一步增强城市能级量级……             ”国际知名商圈建设行动
                                           01

The footnote number splits a sentence, and the 专栏 heading is read as the word 专栏 alone.
:func:`join_fragments` joins them back; the line count stays, so line numbers still point
into the source.
"""
from __future__ import annotations

import re

from kg.ingest.lines import squeeze

__all__ = ["join_fragments"]

_BOX_WORD = re.compile(r"^(专栏|專欄)$")
_DIGITS = re.compile(r"^[0-9]{1,2}$")
# A box's numbered row (01, 02 …): the title has ended above it.
_ROW_NUMBER = re.compile(r"^0[1-9]$")
# A footnote's superscript: the next one in the page's running count, between two pieces of a sentence.
_FOOTNOTE = re.compile(r"^[1-9][0-9]{0,2}$")
_SENTENCE_END = re.compile(r"[。！？；：]$")
_CONTINUES = re.compile(r"^[\u4e00-\u9fff，。、；：）”“（%]")
# A box title broken over paragraphs is at most this long, and its pieces this many.
MAX_BOX_TITLE = 40
MAX_TITLE_PIECES = 6
# A sentence a footnote splits has run this long before it, clauses and all.
MIN_TEXT = 20


def join_fragments(text: str) -> str:
    """``text`` with split 专栏 headings and footnote-split sentences joined, one line each.

    Examples
    --------
    >>> join_fragments("专栏\\n\\n1\\n\\n0\\n\\n 重点领域碳达峰行动\\n\\n01\\n\\n能源领域").split("\\n")
    ['', '', '', '', '', '', '专栏10 重点领域碳达峰行动', '', '01', '', '能源领域']
    >>> join_fragments("　　当前时期，是全市建设“四个出新出彩”的关键期\\n\\n1\\n\\n，增强城市能级。").split("\\n")
    ['', '', '', '', '　　当前时期，是全市建设“四个出新出彩”的关键期，增强城市能级。']
    """
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    footnotes = 0
    k = 0
    while k < len(filled):
        i = filled[k]
        if _BOX_WORD.match(squeeze(lines[i])):
            k = _join_box_heading(lines, filled, k)
            continue
        if k + 2 < len(filled) and _is_footnote(lines, filled, k + 1, footnotes + 1):
            footnotes += 1
            j, n = filled[k + 1], filled[k + 2]
            # on the last piece's line: the blanks left go before the paragraph, not inside a box
            lines[n] = lines[i].rstrip() + lines[n].strip()
            lines[i] = lines[j] = ""
            del filled[k:k + 2]
            continue  # the joined line may carry the next footnote
        k += 1
    return "\n".join(lines)


def _is_footnote(lines: list[str], filled: list[int], k: int, due: int) -> bool:
    """Whether the line ``filled[k]`` is footnote number ``due`` set between two pieces of one
    sentence: a table's number cell sits between cells, which neither run on so."""
    number = squeeze(lines[filled[k]])
    if not _FOOTNOTE.match(number) or int(number) != due:
        return False
    prev, after = lines[filled[k - 1]].strip(), lines[filled[k + 1]].strip()
    # running text before it: an indented paragraph's opening words, or clauses (not a caption such as
    # 2030年目标 over a table's first row)
    text = lines[filled[k - 1]].startswith("\u3000\u3000") or (len(prev) >= MIN_TEXT and bool(re.search(r"[，。；]", prev)))
    return (text and not _SENTENCE_END.search(prev)
            and not re.search(r"[0-9.%]$", prev) and bool(_CONTINUES.match(after)))


def _join_box_heading(lines: list[str], filled: list[int], k: int) -> int:
    """Join 专栏's number pieces and title pieces into its line; return the next index to read."""
    first = filled[k]
    number, m = "", k + 1
    while m < len(filled) and _DIGITS.match(squeeze(lines[filled[m]])) and len(number) < 2:
        number += squeeze(lines[filled[m]])
        m += 1
    if not number:
        return k + 1
    pieces = _title_pieces([squeeze(lines[i]) for i in filled[m:m + MAX_TITLE_PIECES + 1]])
    heading = f"{squeeze(lines[first])}{number} {''.join(pieces)}".rstrip()
    # on the last piece's line: a box's body follows its heading as closely as the page set it
    for i in filled[k:m + len(pieces)]:
        lines[i] = ""
    lines[filled[m + len(pieces) - 1]] = heading
    return m + len(pieces)


def _title_pieces(following: list[str]) -> list[str]:
    """The pieces of a box title among the lines after its number: all of them up to the box's
    first 01 row when one comes within reach, else the first piece (with those that close a
    quotation it opens), since a table's header cells follow a table box's title."""
    for n, text in enumerate(following):
        if _ROW_NUMBER.match(text):
            if 0 < n <= MAX_TITLE_PIECES and len("".join(following[:n])) <= MAX_BOX_TITLE:
                return following[:n]
            break
    pieces: list[str] = []
    for text in following:
        if pieces and _balanced("".join(pieces)):
            break
        pieces.append(text)
    return pieces if len("".join(pieces)) <= MAX_BOX_TITLE else following[:1]


def _balanced(text: str) -> bool:
    return all(text.count(a) == text.count(b) for a, b in ("“”", "（）", "()", "《》"))
