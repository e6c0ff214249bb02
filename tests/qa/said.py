"""What an answer says, read one way by every QA test module (they had each copied these).

A test checks a figure in the answer's own words, not in the clauses it quotes from the plan
(「原文：“…”」 may hold a neighbour's figure), and compares text with full-width forms and
spaces folded, as a reader would.

>>> norm("ＧＤＰ 增长 ６%")
'GDP增长6%'
>>> QUOTE.sub("", "约380m（原文：“桂香路长2.1km”）")
'约380m（）'
"""
from __future__ import annotations

import re
import unicodedata

#: A quotation of the plan inside an answer.
QUOTE = re.compile(r"原文：“[^”]*”")


def norm(s: str | None) -> str:
    """``s`` in NFKC with every space removed."""
    return "".join(unicodedata.normalize("NFKC", s or "").split())


def labels(answer) -> list[str]:
    """The items' labels, as printed."""
    return [i.label for i in answer.items]


def spaceless_labels(answer) -> list[str]:
    """The items' labels without spaces (「约 380 m」 is 「约380m」)."""
    return [i.label.replace(" ", "") for i in answer.items]


def found_labels(answer) -> list[str]:
    """:func:`spaceless_labels` of a found answer; none of an answer that found nothing."""
    return spaceless_labels(answer) if answer.found else []


def joined_labels(answer) -> str:
    """The spaceless labels in one line, for a substring check."""
    return " ".join(spaceless_labels(answer))


def unquoted(answer) -> str:
    """The answer's text without its quotations of the plan: a value must be the answer's own."""
    return QUOTE.sub("", answer.answer)


def unquoted_with_labels(answer) -> str:
    """:func:`unquoted` followed by the items' labels."""
    return unquoted(answer) + "".join(labels(answer))


def said(answer) -> str:
    """The answer and its labels, normalised (:func:`norm`) and joined by ``|``."""
    return norm(answer.answer) + "|" + "|".join(norm(i.label) for i in answer.items)


def said_with_details(answer) -> str:
    """:func:`said` with each item's detail after its label."""
    return norm(answer.answer) + "|" + "|".join(norm(i.label) + norm(i.detail or "") for i in answer.items)


def spaceless_said(answer) -> str:
    """The answer and its labels joined by ``|``, spaces removed (not NFKC-folded)."""
    return (answer.answer + "|" + "|".join(labels(answer))).replace(" ", "")


def cited(answer, needle: str) -> bool:
    """Whether one of the answer's citations holds ``needle`` (both normalised)."""
    return any(norm(needle) in norm(c.text) for c in answer.citations)
