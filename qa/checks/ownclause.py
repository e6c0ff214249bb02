"""The clause quoted for a figure is the one naming what was asked, when its paragraph prints the figure twice.

「…其他类型公共建筑屋顶…面积比例不低于30%，新建居住建筑屋顶…面积比例不低于30%」 asked 「新建居住建筑屋顶光伏比例不低于
多少」: the value is right, yet an answerer taking the first clause holding it quotes the other kind's clause — evidence of
a neighbour's figure. :func:`own_clause` quotes the clause of the cited paragraph that holds the same value and shares the
most of the question's words, when it shares more than the one quoted.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..answer import Answer
from ..index.kb import normalise_text
from ..question.ngrams import bigrams

__all__ = ["own_clause"]

_CLAUSE = re.compile(r"[^，,；;。！？]+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _shared(question: str, clause: str) -> int:
    return len(bigrams(question) & bigrams(normalise_text(clause)))


def own_clause(question: str, answer: Answer) -> Answer:
    """``answer`` with its one figure's quoted clause swapped for the cited paragraph's clause printing the same
    value and naming more of ``question`` (unchanged when no other clause does).

    >>> from qa.answer import Citation, Item
    >>> text = "其他公共建筑比例不低于30%，新建居住建筑比例不低于30%。"
    >>> c = Citation("p1", text)
    >>> a = Answer("q", "新建居住建筑比例：不低于30%（原文：“其他公共建筑比例不低于30%”）。", True,
    ...            [Item("不低于30%", c, detail="其他公共建筑比例不低于30%")], [c], kind="fact")
    >>> own_clause("新建居住建筑比例不低于多少", a).answer
    '新建居住建筑比例：不低于30%（原文：“新建居住建筑比例不低于30%”）。'
    """
    if not answer.found or answer.kind != "fact" or len(answer.items) != 1:
        return answer
    item = answer.items[0]
    if not item.detail or not item.citation or item.detail not in answer.answer:
        return answer
    values = _NUMBER.findall(item.label)
    if not values:
        return answer
    q = normalise_text(question)
    quoted = item.detail
    best, best_shared = quoted, _shared(q, quoted)
    for clause in _CLAUSE.findall(item.citation.text):
        clause = clause.strip()
        # (a longer clause holding the quoted one, 「建成300个教学班、14610个学位」 for 「14610个学位」, is no other owner's)
        if clause != quoted and normalise_text(quoted) not in normalise_text(clause) and all(v in _NUMBER.findall(clause) for v in values) and (n := _shared(q, clause)) > best_shared:
            best, best_shared = clause, n
    if best == quoted:
        return answer
    return replace(answer, answer=answer.answer.replace(quoted, best), items=[replace(item, detail=best)])
