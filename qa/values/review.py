"""Rows of a table reviewing the period before the plan's (``pk:reviewPeriod``): read only when asked.

A 十五五 plan's 十四五 review table (规划目标 / 完成情况) holds the last period's outcomes. Its rows never count
among the plan's main indicators, never join its 约束性 rows and never answer a target asked of the plan's own
period; a question naming the earlier period (十四五完成了多少), an outcome (实现情况, 完成了) or the year the
outcomes were reached (2025年) reads them.
"""
from __future__ import annotations

import re

from dataclasses import replace

from ..index.kb import KB, normalise_text, plan_of
from ..question.frame import years_in
from ..question.intent import normalise_question
from ..question.link import Link

__all__ = ["asks_review", "own_rows_extending", "rows_asked"]

#: An outcome asked (完成了多少, 实现情况, 实际达到, 过去五年; never 要实现, a target's verb), or the target the
#: last plan set (当初规划, 原定).
_OUTCOME = re.compile(r"完成(?:了|得|情况|值|多少|度)|实现(?:了|情况|值)|实际|过去五年|上一个?五年|上个?规划期"
                      r"|当初|原定|原先|原来")


def asks_review(question: str, attrs: dict) -> bool:
    """Whether ``question`` asks what the reviewed period reached (its name, an outcome, its outcomes' year).

    >>> a = {"reviewPeriod": "十四五", "actualYear": "2025", "targetYear": "2025"}
    >>> asks_review("“十四五”时期人均预期寿命完成了多少？", a), asks_review("2025年实现情况如何", a)
    (True, True)
    >>> asks_review("当初规划的年均增长是多少？", a)
    True
    >>> asks_review("地区生产总值年均增长目标是多少？", a), asks_review("2030年人均预期寿命目标", a)
    (False, False)
    """
    q = normalise_question(question)
    period = str(attrs.get("reviewPeriod") or "")
    if period and period in q.replace("“", "").replace("”", ""):
        return True
    reached = {str(attrs.get(k) or "") for k in ("actualYear", "targetYear")} - {""}
    return bool(_OUTCOME.search(q)) or any(str(y) in reached for y in years_in(q))


def rows_asked(kb: KB, question: str, nodes: list[str]) -> list[str]:
    """``nodes`` (indicator rows) as the question reads them: a review's rows only when it asks the reviewed
    period — then those rows alone when any are among ``nodes`` — else the plan's own rows alone."""
    review = [n for n in nodes if kb.attrs(n).get("reviewPeriod")]
    if not review:
        return nodes
    asked = [n for n in review if asks_review(question, kb.attrs(n))]
    return asked or [n for n in nodes if not kb.attrs(n).get("reviewPeriod")]


def own_rows_extending(kb: KB, question: str, dropped: list[Link]) -> list[Link]:
    """The plan's own rows a dropped review row's name shadows: 「地区生产总值年均增长目标」 names the review's
    地区生产总值 whole, while the plan's own row is 地区生产总值（GDP）年均增长率 — its name goes on with what the
    question asks (年均增长), a pair of characters of it at least, the bracketed abbreviation aside."""
    q = normalise_text(normalise_question(question))
    found: dict[str, Link] = {}
    for link in dropped:
        head = normalise_text(link.label)
        rest = q.split(head, 1)[-1] if head in q else ""
        for n in kb.by_type.get("Indicator", []):
            label = normalise_text(kb.label(n))
            if plan_of(n) != plan_of(link.node) or kb.attrs(n).get("reviewPeriod") or not label.startswith(head):
                continue
            tail = re.sub(r"[（(][^）)]*[）)]", "", label[len(head):])
            if any(tail[i:i + 2] in rest for i in range(len(tail) - 1)):
                found.setdefault(n, replace(link, node=n, label=kb.label(n), score=link.score * 0.9))
    return list(found.values())
