"""The items of a box a sum names one by one (「专栏3.2里A、B和C这三个项目，投资加起来多少」).

A box's total over all its items answers 「专栏3.2里的项目投资合计多少」, never a question that names some of them:
their total is the sum of those items alone. Each name is found among the box's item names (its characters in
order, 「大唐二期」 → 大唐风力发电站（二期）); a name matching no item or several leaves the sum unanswered, since
adding the wrong items gives a figure the plan does not support.
"""
from __future__ import annotations

import re

from ..vocabulary import SPOKEN_JOINER

__all__ = ["BOX_ASKED", "asked_members", "matched_members"]

#: A box named in the question, with its locative (「专栏26.3里」「专栏4中的」).
BOX_ASKED = re.compile(r"专栏\s*[0-9０-９.．]+(?:里面|里|中|内|上)?的?")
#: A count naming the things back (「这三个风电项目」「两座」), closing the run of names.
_COUNT_BACK = re.compile(r"(?:这|那|上述|以上)?[两二三四五六七八九十几]+(?:个|座|条|所|家|处|项|台)[\u4e00-\u9fff]*$")


def asked_members(question: str, cues: tuple[str, ...] = ()) -> list[str]:
    """The names a box sum lists before its sum word, without the box, a count back or the measure; [] if none.

    >>> asked_members("专栏3.2里甲岭、乙湾和丙港二期这三个码头，泊位加起来一共多少个？", ("泊位",))
    ['甲岭', '乙湾', '丙港二期']
    >>> asked_members("专栏3.2里甲岭和乙湾泊位合计多少个？", ("泊位",))
    ['甲岭', '乙湾']
    >>> asked_members("专栏3.2里的码头泊位合计多少个？", ("泊位",)), asked_members("专栏3.2一共有几个项目？")
    ([], [])
    """
    from .sums import SUM_ASKED  # here, not at the top: sums → parts → … imports figures, which imports this module

    sum_word = SUM_ASKED.search(question)
    if not sum_word:
        return []
    before = BOX_ASKED.sub("", question[: sum_word.start()])
    for clause in re.split(r"[，,；;：:]", before):
        clause = _COUNT_BACK.sub("", clause)
        for cue in sorted(cues, key=len, reverse=True):
            clause = re.sub(re.escape(cue) + r"的?$", "", clause)
        names = [n.strip("的 ") for n in SPOKEN_JOINER.split(clause)]
        if len(names) >= 2 and all(2 <= len(n) <= 20 for n in names):
            return names
    return []


def matched_members(names: list[str], labels: dict[str, str]) -> tuple[list[str], list[str]]:
    """(the item each name spells, in order; the names matching no item or several) over ``labels`` (item → name).

    >>> labels = {"p1": "甲岭码头", "p2": "乙湾码头", "p3": "丙港码头（二期）", "p4": "丙港码头（一期）"}
    >>> matched_members(["甲岭", "丙港二期"], labels), matched_members(["甲岭", "丙港"], labels)
    ((['p1', 'p3'], []), (['p1'], ['丙港']))
    """
    found, missed = [], []
    for name in names:
        hits = [item for item, label in labels.items() if _spells(name, label)]
        (found if len(hits) == 1 else missed).append(hits[0] if len(hits) == 1 else name)
    return found, missed


def _spells(short: str, long: str) -> bool:
    """Whether ``short``'s characters occur in ``long`` in order, its first two together (「甲岭」 is no 甲…岭)."""
    it = iter(long)
    return short[:2] in long and all(c in it for c in short)
