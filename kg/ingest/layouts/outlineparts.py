"""Outline numbering as the part level: 一、 above 第N章 chapters (篇 unnamed).

Older plans (the 1980s national plans, some city plans) group their 第N章
chapters into parts numbered like an official letter, ``一、主要任务`` …
``十、精神文明建设``, with no 第N篇 at all. Such a line opens a part only
when the layout says so, so that an enumerated paragraph (``二、加强管理``)
is never taken for one:

* the line reads like a heading (:func:`~kg.ingest.layouts.outline.match_outline_heading`)
  and the next 第N篇/章/节 heading after it is a chapter (a part's content
  opens with a chapter, maybe after a preamble);
* its number follows the previous part's (一 first, and 一 comes before the
  plan's first chapter: the level holds every chapter);
* something beyond its wording supports it (or it is a sibling, below): a
  chapter heading directly follows it, its markup marks it a level above the
  chapters (``##`` over ``###``), or the table of contents lists it with
  chapters under it;
* without markup or a table of contents to support it, it must not go on the
  list of the chapter before (``一、`` … then ``二、`` just before the next
  chapter is a list, not a part);
* the plan has no 第N篇/第N部分/第N编 and at least two such parts.

The family stands when two parts, the first among them, are supported so;
their siblings then need no support of their own (an 一、 line with a
preamble before its chapter, in a plan whose markup and table of contents say
nothing), the other conditions still holding.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kg.ingest.layouts.numbered import HeadingMatch, match_heading, parse_number
from kg.ingest.layouts.outline import match_outline_heading
from kg.ingest.lines import CN_NUM, squeeze

__all__ = ["outline_parts"]

# An enumerated paragraph's number, whatever follows it: ``二、加强管理。……``.
_ENUMERATOR = re.compile(rf"^([{CN_NUM}]+)\s*、")


def outline_parts(lines: list[str], levels: dict[int, int] | None = None,
                  listed: frozenset[str] = frozenset()) -> dict[int, HeadingMatch]:
    """Line index → the part heading an 一、 line opens, in a plan that numbers parts so.

    Parameters
    ----------
    lines : list of str
        The plan's lines (the table of contents already blanked).
    levels : dict of int to int, optional
        Line index → markup heading level (1 for ``#`` …) where the markup gives one.
    listed : frozenset of str
        Titles the table of contents lists as 一、 entries with chapters under them
        (:func:`kg.ingest.front.toc_part_titles`).

    Returns
    -------
    dict of int to HeadingMatch
        Each with ``kind="part"`` and the printed ``marker`` (``五、``); empty when the
        plan numbers its parts otherwise (第N篇) or not at all.

    Examples
    --------
    >>> lines = ["一、发展目标", "第一章　总体要求", "坚持稳中求进。", "二、产业发展",
    ...          "第二章　农业", "一、稳定粮食生产", "二、发展畜牧业", "第三章　工业"]
    >>> {i: h.marker + h.title for i, h in outline_parts(lines).items()}
    {0: '一、发展目标', 3: '二、产业发展'}

    A chapter that enumerates 一、 … 二、 before the next chapter is not split into parts:

    >>> outline_parts(["一、发展目标", "第一章　总体要求", "一、坚持改革。", "二、坚持开放", "第二章　农业"])
    {}

    A sibling with a preamble before its first chapter, between supported parts:

    >>> sorted(outline_parts(["一、目标", "第一章　要求", "正文。", "二、布局", "导语。", "第二章　东部",
    ...                       "三、民生", "第三章　人口"]))
    [0, 3, 6]
    """
    levels = levels or {}
    numbered = {i: h for i, line in enumerate(lines) if (h := match_heading(line)) is not None}
    if not numbered or any(h.kind == "part" for h in numbered.values()):
        return {}
    chapters = [i for i, h in numbered.items() if h.kind == "chapter"]
    if not chapters:
        return {}
    chapter_level = Counter(levels[i] for i in chapters if i in levels).most_common(1)
    above = {i for i, level in levels.items() if chapter_level and level < chapter_level[0][0]}
    supported = {i for i, line in enumerate(lines)
                 if i in above or ((h := match_outline_heading(line)) is not None and h.title in listed)}
    walk = _Walk(lines, numbered, chapters[0], _next_numbered(len(lines), numbered), frozenset(supported))
    parts, own = walk.parts()
    # The family stands on two parts with support of their own, the first among them.
    return parts if len(own) >= 2 and min(parts) in own else {}


@dataclass(frozen=True)
class _Walk:
    """The plan's lines with what the walk for outline parts needs to know of them."""

    lines: list[str]
    numbered: dict[int, HeadingMatch]
    first_chapter: int
    following: list[int | None]
    #: Lines the markup or the table of contents supports as parts.
    supported: frozenset[int]

    def parts(self) -> tuple[dict[int, HeadingMatch], set[int]]:
        """The parts in sequence, and those of them with support of their own (the others are
        siblings of the family)."""
        parts: dict[int, HeadingMatch] = {}
        own: set[int] = set()
        last_chapter = -1
        for i, line in enumerate(self.lines):
            if i in self.numbered:
                last_chapter = i if self.numbered[i].kind == "chapter" else last_chapter
                continue
            heading = match_outline_heading(line)
            if heading is None or heading.kind != "chapter" or heading.number != len(parts) + 1:
                continue
            nxt = self.following[i]
            if nxt is None or self.numbered[nxt].kind != "chapter" or (not parts and i > self.first_chapter):
                continue
            if i not in self.supported:
                # A list closing a chapter may also have a chapter heading right after it.
                if _continues(self.lines[last_chapter + 1:i], heading.number):
                    continue
                if all(not self.lines[k].strip() for k in range(i + 1, nxt)):
                    own.add(i)
            else:
                own.add(i)
            parts[i] = HeadingMatch("part", heading.number, heading.title, heading.marker)
        return parts, own


def _next_numbered(n: int, numbered: dict[int, HeadingMatch]) -> list[int | None]:
    """For each line index, the index of the next 第N篇/章/节 heading after it (``None`` at the end)."""
    out: list[int | None] = [None] * n
    nxt = None
    for i in range(n - 1, -1, -1):
        out[i] = nxt
        if i in numbered:
            nxt = i
    return out


def _continues(lines: list[str], number: int) -> bool:
    """Whether the last 一、 enumerator in ``lines`` (the chapter text before a candidate)
    is the one just before ``number``: the candidate goes on the chapter's list."""
    last = next((m.group(1) for line in reversed(lines) if (m := _ENUMERATOR.match(squeeze(line)))), None)
    return last is not None and _value(last) == number - 1


def _value(numeral: str) -> int | None:
    try:
        return parse_number(numeral)
    except ValueError:
        return None
