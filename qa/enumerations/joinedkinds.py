"""「要建成开放哪几个剧院和艺术中心」: a list question asking two kinds joined by 和/及/与/、 — each kind asked on its own
(the joined phrase is printed nowhere), the names of either kind listed together."""
from __future__ import annotations

import re
from typing import Callable

from ..answer import Answer
from ..vocabulary import JOINER

__all__ = ["answer_each_kind"]



def answer_each_kind(question: str, noun: str, answer_one: Callable[[str], Answer | None]) -> Answer | None:
    """The names of each kind ``noun`` joins, asked as ``question`` with that kind alone (``answer_one``); None when
    ``noun`` joins no kinds or the plan names things of none of them. A kind the plan names nothing of is said so."""
    kinds = [k for k in JOINER.split(noun) if k]
    if len(kinds) < 2 or any(len(k) < 2 for k in kinds):
        return None
    answers = {k: answer_one(question.replace(noun, k, 1)) for k in kinds}
    found = {k: a for k, a in answers.items() if a is not None and a.found and a.items and a.kind == "list"}
    if not found:
        return None
    items = list({i.label: i for a in found.values() for i in a.items}.values())
    cites = list(dict.fromkeys(c for a in found.values() for c in a.citations))
    missing = [k for k in kinds if k not in found]
    text = f"规划中提到的{noun}共{len(items)}项：" + "、".join(i.label for i in items) + "。"
    if missing:
        text += f"规划中没有找到所问的{'、'.join(missing)}。"
    return Answer(question, text, True, items, cites[:12], kind="list")
