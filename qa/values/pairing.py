"""「A、B分别达到X和Y」: each value of a 分别 run belongs to the owner at its position.

Plans pair owners and values in order (「并网风电装机、生物质发电装机分别达到500万千瓦和550万千瓦」); a clause cut
at the 、 reads 「生物质发电装机分别达到500万千瓦和550万千瓦」 and would give the first value to the second owner.
:func:`run_owner_mismatch` is the last check on such a figure: the owner the question names picks its position
in the run, and a value at another position is refused.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..index.kb import normalise_text
from .prose import SENTENCE, VALUE, expand_ordinals

__all__ = ["BOUND", "RunPair", "run_member", "run_owner_mismatch"]

@dataclass(frozen=True)
class RunPair:
    """The asked owner's place in a 分别 run: its ``value``, and whose the given value was."""

    owner: str
    value: str
    given_to: str
    sentence: str

    @property
    def why(self) -> str:
        return f"原文“分别”依次对应，所给数值属于{self.given_to}，所问的{self.owner}是{self.value}"


_JOINERS = re.compile(r"以及|、|和|及|与")


def _run(sentence: str) -> tuple[list[str], list[str]] | None:
    """(owners, values) of the sentence's first 分别 run, when they are as many and at least two."""
    at = sentence.find("分别")
    if at < 0:
        return None
    lead = re.split(r"[，,：:]", sentence[:at])[-1]
    owners = [o for o in _JOINERS.split(lead) if o]
    tail = re.split(r"[，,]", sentence[at + 2:])[0]
    values = [m.group(0) for m in VALUE.finditer(tail) if re.search(r"\d|[〇零一二三四五六七八九十百千万亿]", m.group(0))]
    return (owners, values) if len(owners) == len(values) >= 2 else None


def run_owner_mismatch(question: str, value: str, paragraph: str) -> RunPair | None:
    """The asked owner's own value when ``value`` is another owner's in a 分别 run of ``paragraph``, or None.

    Parameters
    ----------
    question : str
        The question (normalised); exactly one of the run's owners must be named in it, else nothing is checked.
    value : str
        The value as answered (a trailing （…） note is ignored).
    paragraph : str
        The text of the figure's paragraph (its citation).

    Examples
    --------
    >>> p = "新能源加快发展，并网风电装机、生物质发电装机分别达到500万千瓦和550万千瓦。"
    >>> run_owner_mismatch("生物质发电装机要达到多少？", "500万千瓦", p).why
    '原文“分别”依次对应，所给数值属于并网风电装机，所问的生物质发电装机是550万千瓦'
    >>> run_owner_mismatch("生物质发电装机要达到多少？", "550万千瓦", p) is None
    True
    """
    v = normalise_text(value.split("（")[0])
    q = expand_ordinals(normalise_text(question))
    # 「第一、二、三产业…分别」: each owner by its own name (第二产业), as the question's parts name them.
    for sentence in SENTENCE.findall(expand_ordinals(normalise_text(paragraph))):
        if v not in sentence or not (run := _run(sentence)):
            continue
        owners, values = run
        if v not in values:
            continue
        named = [i for i, o in enumerate(owners) if len(o) >= 2 and o in q]
        if len(named) != 1 or values[named[0]] == v:
            continue
        return RunPair(owners[named[0]], values[named[0]], owners[values.index(v)], sentence)
    return None


_RUN_JOIN = re.compile(r"、|和|与|及")
_RUN_VALUE = re.compile(r"^(\D{0,6}?)(\d[\d.]*\s*(?:%|‰|[\u4e00-\u9fff]{0,4}))$")
#: A bound said before a run's first value, every member's (「分别不低于40%、35%」), unlike a verb (完成).
BOUND = re.compile(r"不低于|不高于|不少于|不超过|超过|低于|高于")


def run_member(part_text: str, clause: str) -> str | None:
    """The value a 分别 run (「A占B、C比重分别不低于40%、35%」) gives the one member ``part_text`` names; None when the
    clause prints no such run or the part names no one member of it.

    >>> run_member("甲片区税收占全区的比重不能低于多少", "甲片区税收占乙商务区、全区税收比重分别不低于40%、35%")
    '不低于35%'
    >>> run_member("甲片区税收占乙商务区的比重", "甲片区税收占乙商务区、全区税收比重分别不低于40%、35%")
    '不低于40%'
    >>> run_member("甲片区税收占丙区的比重", "甲片区税收占乙商务区、全区税收比重分别不低于40%、35%") is None
    True
    """
    at = clause.find("分别")
    if at < 0:
        return None
    chunks = re.split(r"[，,。；;]", clause[at + 2 :])[0].split("、")
    values = [m for c in chunks if (m := _RUN_VALUE.match(c))]
    members = _RUN_JOIN.split(clause[:at])[-len(values):] if len(values) >= 2 else []
    if len(members) != len(values) or len(values) != len(chunks):
        return None

    def named(k: int) -> int:
        # the first member's own words end its chunk (…占乙商务区); a later one's begin it (全区税收比重)
        chunk = members[k]
        ends = [chunk[i:] if k == 0 else chunk[: len(chunk) - i] for i in range(len(chunk) - 1)]
        return max((len(e) for e in ends if len(e) >= 2 and e in part_text), default=0)

    scores = [named(k) for k in range(len(members))]
    mine = [k for k, n in enumerate(scores) if n and n == max(scores)]
    if len(mine) != 1:
        return None
    bound = BOUND.search(values[mine[0]].group(1) or values[0].group(1))
    return (bound.group(0) if bound else "") + values[mine[0]].group(2)
