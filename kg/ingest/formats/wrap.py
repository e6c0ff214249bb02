"""Paragraphs printed with hard line breaks: joining a wrapped paragraph's lines, keeping the line count.

Plans copied from print or a PDF break their lines at a fixed width, mid-sentence and mid-number
(「…人口自然增长率，要求由现在的千分之十二左右，降」 / 「到千分之九左右。」). Each reader decides
which line goes on with the one before it (Markdown by its soft breaks, plain text by the print
width); :func:`join_lines` moves the text up to the paragraph's first line and leaves the
continuation lines blank, so line numbers still point into the source.
"""
from __future__ import annotations

import re
from typing import Callable

__all__ = ["ENDS_BLOCK", "join_lines"]

#: A line ending a sentence, clause list or quotation: what follows it starts a paragraph of its own.
ENDS_BLOCK = re.compile(r"[。！？!?；;：:”’」』）)》…]\s*$")


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
