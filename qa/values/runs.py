"""Runs of values a sentence prints for owners it names once.

The genre names the owners of a distributive run once and goes on with a second run for them
in the next clause: 「第一产业、第二产业和第三产业增加值占国内生产总值的比重分别为13%、51%和36%，
从业人员占全社会从业人员的比重分别为44%、23%和33%」 — the 44%, 23% and 33% are the three
sectors' employment shares, in order. Read alone, the second clause owns nothing; written out
with the owners it shares, each value pairs with its owner as the first run's do.
"""
from __future__ import annotations

import re

from ..vocabulary import JOINER

__all__ = ["carry_owners"]

_CLAUSE = re.compile(r"[^，,；;]+[，,；;]?")
#: A run of values after 分别 (「分别为44%、23%和33%」): how many values it pairs with owners.
_VALUES = re.compile(r"分别(?:为|是|达到|占|提高到|降到|增长|下降)?([^，,；;。]*)")


def _owners(head: str) -> list[str] | None:
    """The owners a clause's head enumerates before its measure (「2005年第一产业、第二产业和第三产业增加值…」:
    第一产业, 第二产业, 第三产业) when they share a head word (产业); None otherwise."""
    items = JOINER.split(head)
    if len(items) < 2 or any(len(i) < 2 for i in items[:-1]):
        return None
    word = items[-2][-2:]
    if any(not i.endswith(word) for i in items[1:-1]) or not 0 < (at := items[-1].find(word)) <= 8:
        return None  # no head word shared by every owner: where the last owner ends is not printed
    last = items[-1][: at + 2]
    first = items[0][-len(last):] if items[0].endswith(word) and len(items[0]) >= len(last) else None
    if not first or not all(len(i) == len(last) for i in items[1:-1]):
        return None
    return [first, *items[1:-1], last]


def carry_owners(sentence: str) -> str:
    """``sentence`` with a later distributive run that names no owners given the owners of the run before it.

    Examples
    --------
    >>> carry_owners("2005年第一产业、第二产业和第三产业增加值的比重分别为13%、51%和36%，从业人员的比重分别为44%、23%和33%。")
    '2005年第一产业、第二产业和第三产业增加值的比重分别为13%、51%和36%，第一产业、第二产业和第三产业从业人员的比重分别为44%、23%和33%。'
    >>> carry_owners("城镇和农村居民收入分别达到3万元和1万元，年均分别增长8%和9%。")  # no head word shared: left as printed
    '城镇和农村居民收入分别达到3万元和1万元，年均分别增长8%和9%。'
    """
    clauses = _CLAUSE.findall(sentence)
    owners: list[str] | None = None
    out = []
    for clause in clauses:
        head, said, _ = clause.partition("分别")
        values = _VALUES.search(clause) if said else None
        count = len(JOINER.split(values.group(1))) if values else 0
        if said and (own := _owners(head)):
            owners = own if len(own) == count else None
        elif said and owners and len(owners) == count and not JOINER.search(head) and len(head) >= 4:
            run = "、".join(owners[:-1]) + "和" + owners[-1]
            clause = run + clause
        elif not said and re.search(r"\d", clause):
            owners = None  # a clause with a figure of its own: a new subject, the owners' reach ends
        out.append(clause)
    return "".join(out)
