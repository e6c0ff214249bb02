"""The plan's own period asked (「这个规划的期限是哪几年」「规划期是哪年到哪年」): the years its text sets.

Plans of the genre state their period once, in the preamble or 总则: 「规划期限为2026-2030年」「规划期为2021—2025年，
展望到2035年」. No figure reader takes 「2026-2030年」 for a value (years are no amounts), so the question was refused
though the sentence answers it; here the span is read from the sentence that names the period, quoted as printed.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of

__all__ = ["asks_plan_period", "answer_plan_period"]

#: The plan's period asked by its name (期限, 规划期, 年限) and a question of years.
_ASKS = re.compile(r"(?:规划)?(?:期限|年限|规划期|实施期)(?:是|为)?(?:从)?(?:哪几年|哪些年|哪年到哪年|多少年|几年|哪一?年至哪一?年|到哪一?年)"
                   r"|规划(?:从|自)?哪一?年到哪一?年")
#: The sentence setting the period: its name, 为/是, and a span of two years as printed.
_SETS = re.compile(r"(?:规划)?(?:期限|年限|规划期|实施期)(?:为|是|定为|:)?"
                   r"(?P<span>(?:19|20)\d\d年?[-—–－~～至到](?:19|20)\d\d年)")


def asks_plan_period(question: str) -> bool:
    """Whether ``question`` asks the plan's own period.

    >>> asks_plan_period("这个规划的期限是哪几年？"), asks_plan_period("规划期是哪年到哪年"), asks_plan_period("期限内建成几个")
    (True, True, False)
    """
    return bool(_ASKS.search(normalise_text(question)))


def answer_plan_period(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The period the plan's text sets (「规划期限为2026-2030年」), quoted with its clause, or None when the question
    asks no period or no sentence of the plan (of ``plan`` when given) sets one; two plans setting different periods
    answer nothing here (the engine asks which plan).
    """
    if not asks_plan_period(question):
        return None
    found: list[tuple[str, str, str]] = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        for clause in re.findall(r"[^。；;，,]+", kb.norm_text[para]):
            if m := _SETS.search(clause):
                found.append((m.group("span"), clause.strip(), para))
    if not found or len({plan_of(p) for _, _, p in found}) > 1:
        return None
    span, clause, para = found[0]
    cite = kb.citation(para)
    return Answer(question, f"规划期限为{span}（原文：“{clause}”）。", True, [Item(span, cite, detail=clause)], [cite],
                  kind="fact")
