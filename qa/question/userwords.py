"""A subject quoted back to the user (「规划中未找到关于“…”的明确内容」) in the user's own spelling.

Questions are read normalised (NFKC, whitespace removed: :func:`qa.question.intent.normalise_question`), so a
subject picked from one is spelt without its spaces: 「forest coverage rate」 came back as 「forestcoveragerate」.
:func:`as_typed` maps each piece of a subject back to the characters the user typed, spaces kept, and quotes
nothing when the subject is the whole question: an answer never echoes the question.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["as_typed"]

_PUNCT = re.compile(r"[\s\W_]+")


def _typed_positions(question: str) -> tuple[str, list[int]]:
    """The question normalised (NFKC, no whitespace) and, per character of it, its index in the NFKC text."""
    shown = unicodedata.normalize("NFKC", question or "")
    chars, where = [], []
    for i, c in enumerate(shown):
        if not c.isspace():
            chars.append(c)
            where.append(i)
    return "".join(chars), where


def as_typed(subject: str | None, question: str) -> str | None:
    """``subject`` spelt as the question types it, or None when it would echo the whole question.

    A subject not printed in the question (a plan's name for the thing) is returned as it is.

    Examples
    --------
    >>> as_typed("bamboopark", "Where is the bamboo park?"), as_typed("零陵区三甲医院", "零陵区有多少家三甲医院？")
    ('bamboo park', '零陵区三甲医院')
    >>> as_typed("forestcoveragerate", "forest coverage rate"), as_typed("森林覆盖率", "森林覆盖率？")
    (None, None)
    >>> as_typed("竹木产业园", "产业园规模多大")
    '竹木产业园'
    """
    if not subject:
        return None
    asked, where = _typed_positions(question)
    if _PUNCT.sub("", subject) == _PUNCT.sub("", asked):
        return None
    shown = unicodedata.normalize("NFKC", question or "")
    out, rest, at = "", subject, 0
    while rest:
        k = next((k for k in range(len(rest), 0, -1) if asked.find(rest[:k], at) >= 0), 0)
        if k == 0:
            return subject  # not the question's words: shown as it is
        start = asked.find(rest[:k], at)
        piece = shown[where[start]:where[start + k - 1] + 1]
        # Two pieces of Latin words picked apart keep a space between them, as the user wrote them.
        out += (" " if out and out[-1].isascii() and out[-1].isalnum() and piece[0].isascii() and piece[0].isalnum() else "") + piece
        at, rest = start + k, rest[k:]
    return out
