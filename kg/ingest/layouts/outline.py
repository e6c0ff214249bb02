"""The outline numbering family: 一、 → （一） → 1./1． → （1） → ①, with no 篇/章/节 at all.

Many plans (a district's own plan, the 1996 national outline) number their
levels like an official letter. The two upper levels carry the structure:
一、 opens a chapter and （一） a section; deeper numbers are items of the
text. A heading is a phrase, maybe closed by 。 (``（一）经济增长速度。``); a
line that goes on after its 。 is a run-in item, not a heading. Whether a
candidate really is a heading also depends on its place in the sequence
(一、 after 十、 is an item), which :mod:`kg.ingest.tree` checks.
"""
from __future__ import annotations

import re

from kg.ingest.layouts.numbered import MAX_HEADING_TITLE, HeadingMatch, parse_number
from kg.ingest.lines import CN_NUM, squeeze

__all__ = ["match_outline_heading"]

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
