"""Paragraphs printed with hard line breaks: joining a wrapped paragraph's lines, keeping the line count.

Plans copied from print or a PDF break their lines at a fixed width, mid-sentence and mid-number
(「…人口自然增长率，要求由现在的千分之十二左右，降」 / 「到千分之九左右。」). Each reader decides
which line goes on with the one before it (Markdown by its soft breaks, plain text by the print
width); :func:`join_lines` moves the text up to the paragraph's first line and leaves the
continuation lines blank, so line numbers still point into the source.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from kg.ingest.lines import display_width

__all__ = ["ENDS_BLOCK", "WIDTH_SHARE", "join_lines", "print_width", "fills_width"]

#: A line ending a sentence, clause list or quotation: what follows it starts a paragraph of its own.
ENDS_BLOCK = re.compile(r"[。！？!?；;：:”’」』）)》…]\s*$")


#: Share of the print width a wrapped line fills at least (print justifies lines with spaces, figures and
#: punctuation that Unicode text does not keep).
WIDTH_SHARE = 0.85
# Lines narrower than this (display columns) never tell the print width.
_MIN_WIDTH = 32


def print_width(lines: list[str], *, at_least: int) -> int | None:
    """The display width most of a text's long lines have (its print width), when at least ``at_least``
    lines have it; ``None`` for a text writing a paragraph a line.

    >>> print_width(["人口自然增长率，要求由现在的千分之十二左右，降"] * 3 + ["到千分之九左右。"], at_least=3)
    46
    >>> print_width(["第一章　总则", "正文。"], at_least=1) is None
    True
    """
    widths = Counter(w for line in lines if (w := display_width(line.strip())) >= _MIN_WIDTH)
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    return width if count >= at_least else None


def is_short(line: str) -> bool:
    """Whether ``line`` is narrower than any print width (a table cell, a caption, a list line's stub)."""
    return display_width(line.strip()) < _MIN_WIDTH


def fills_width(line: str, width: int | None) -> bool:
    """Whether ``line`` runs to about the print ``width`` (a line its paragraph wraps, not a short heading)."""
    return width is not None and display_width(line.strip()) >= width * WIDTH_SHARE


def join_lines(lines: list[str], continues: Callable[[int], bool], *, at_least: int) -> list[str]:
    """``lines`` with each line ``j`` for which ``continues(j)`` joined to the line its paragraph opens with.

    Parameters
    ----------
    lines : list of str
        The text's lines.
    continues : callable
        ``continues(j)`` tells whether line ``j`` (``j >= 1``) goes on with line ``j - 1``.
    at_least : int
        Fewer such lines than this: the text is not wrapped, and is returned unchanged.

    Returns
    -------
    list of str
        As many lines as ``lines``; a joined line is left empty.

    Examples
    --------
    >>> join_lines(["钢产量达到", "7200万吨。", "", "下一段"], lambda j: j == 1, at_least=1)
    ['钢产量达到7200万吨。', '', '', '下一段']
    """
    out = list(lines)
    wrapped = {j for j in range(1, len(out)) if continues(j)}
    if len(wrapped) < at_least:
        return out
    head = None
    for j in range(len(out)):
        if head is not None and j in wrapped:
            out[head] += out[j].strip()
            out[j] = ""
        elif out[j].strip():
            head = j
        else:
            head = None
    return out
