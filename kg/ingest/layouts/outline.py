"""The outline numbering family: 一、 → （一） → 1./1． → （1） → ①, with no 篇/章/节 at all.

Many plans (a district's own plan, the 1996 national outline) number their
levels like an official letter. The two upper levels carry the structure:
一、 opens a chapter and （一） a section; deeper numbers are items of the
text. A heading is a phrase, maybe closed by 。 (``（一）经济增长速度。``); a
line that goes on after its 。 is a run-in item, not a heading. Whether a
candidate really is a heading also depends on its place in the sequence
(一、 after 十、 is an item), which :mod:`kg.ingest.tree` checks. An
excerpt may open later in the sequence (七、 …) — :func:`outline_start` tells
where.
"""
from __future__ import annotations

import re

from kg.ingest.layouts.numbered import MAX_HEADING_TITLE, HeadingMatch, parse_number
from kg.ingest.lines import CN_NUM, squeeze

__all__ = ["match_outline_heading", "outline_start"]

_CHAPTER = re.compile(rf"^([{CN_NUM}]+)\s*[、.．]\s*(.+)$")
_SECTION = re.compile(rf"^[（(]\s*([{CN_NUM}]+)\s*[）)]\s*(.+)$")
# Inside a heading only a closing 。 is allowed; these betray a sentence anywhere.
_SENTENCE_MARKS = re.compile(r"[。！？；;!?]")


def match_outline_heading(line: str) -> HeadingMatch | None:
    """Recognise ``一、title`` (a chapter) or ``（一）title`` (a section) as printed.

    The returned ``title`` has the closing 。 dropped; ``number`` is the
    numeral's value; ``marker`` the numbering as printed, normalised to
    ``一、`` / ``（一）``.

    Examples
    --------
    >>> match_outline_heading("八、扩大对外开放程度，提高对外开放水平")
    HeadingMatch(kind='chapter', number=8, title='扩大对外开放程度，提高对外开放水平', marker='八、', numeral=None)
    >>> match_outline_heading("（二）价格总水平。")
    HeadingMatch(kind='section', number=2, title='价格总水平', marker='（二）', numeral=None)
    >>> match_outline_heading("（一）坚持党的领导。加强对规划实施的领导。") is None
    True
    """
    text = squeeze(line)
    m = _SECTION.match(text)
    if m:
        kind, numeral, title = "section", m.group(1), m.group(2)
    elif (m := _CHAPTER.match(text)) is not None:
        kind, numeral, title = "chapter", m.group(1), m.group(2)
    else:
        return None
    title = title.strip()
    if title.endswith("。"):
        title = title[:-1]
    if not title or _SENTENCE_MARKS.search(title) or len(title) > MAX_HEADING_TITLE:
        return None
    try:
        number = parse_number(numeral)
    except ValueError:
        return None
    marker = f"（{numeral}）" if kind == "section" else f"{numeral}、"
    return HeadingMatch(kind, number, title, marker)


#: Headings running on one another in order that make an excerpt's opening number credible.
MIN_EXCERPT_RUN = 3


def outline_start(lines: list[str]) -> int:
    """The number an outline plan's 一、 level opens at: 1, or N for an excerpt that opens at N、.

    A plan cut from a longer one (its parts 一、–六、 left out) prints its title and then
    「七、…」「八、…」…: with no 一、 heading anywhere, the first chapter-like heading opens the
    sequence when at least :data:`MIN_EXCERPT_RUN` of them follow it in order (N、, N+1、, …),
    so a lone enumerated line (「三、加强管理」) opens nothing.

    Examples
    --------
    >>> outline_start(["某市规划纲要", "七、科技创新", "1.基础研究", "八、改革开放", "九、区域协调"])
    7
    >>> outline_start(["一、目标", "二、任务"]), outline_start(["某市规划", "三、加强管理", "正文。", "五、保障"])
    (1, 1)
    """
    numbers = [h.number for line in lines if (h := match_outline_heading(line)) is not None and h.kind == "chapter"]
    if not numbers or 1 in numbers:
        return 1
    run = 1
    for number in numbers[1:]:
        run += number == numbers[0] + run
    return numbers[0] if run >= MIN_EXCERPT_RUN else 1
