"""Where the clause around a position begins and ends: the nearest mark before it, the nearest after.

Extraction asks this for every figure and mention; finding the last mark by
scanning the paragraph from its start costs the paragraph's length each time,
which grows with the square of a long paragraph (a plan pasted without line
breaks is one paragraph). Walking outwards from the position costs the clause.
"""
from __future__ import annotations

__all__ = ["clause_start", "clause_end"]


def clause_start(text: str, at: int, marks: str) -> int:
    """Just after the last of ``marks`` before ``text[at]`` (0 if none).

    >>> clause_start("建设公园，新增绿地10公顷", 9, "，。"), clause_start("新增绿地", 2, "，。")
    (5, 0)
    """
    i = min(at, len(text)) - 1
    while i >= 0 and text[i] not in marks:
        i -= 1
    return i + 1


def clause_end(text: str, at: int, marks: str) -> int:
    """The first of ``marks`` at or after ``at`` (the text's length if none).

    >>> clause_end("建设公园，新增绿地", 0, "，。"), clause_end("建设公园，新增绿地", 5, "，。")
    (4, 9)
    """
    i = max(at, 0)
    while i < len(text) and text[i] not in marks:
        i += 1
    return i
