"""Input that is no question (「新新新新」, 「啊啊啊」, a keyboard run 「asdkjqwe」): refused with a hint on how to ask.

Such input used to reach retrieval, which always returns some passage, and came back 「found」 with text that had
nothing to do with it. It is told apart without a vocabulary: one character repeated, or — with no question word —
nothing in it the plan prints (no two characters of a Chinese input, no Latin word of three letters or more).
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable

from ..vocabulary import ASKS

__all__ = ["is_nonsense", "HOW_TO_ASK"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
_LATIN = re.compile(r"[A-Za-z]{3,}")

HOW_TO_ASK = "没有看懂这个问题。请说出所问的事物和想知道什么，例如「到2025年地区生产总值要达到多少？」「第二章讲了什么？」。"


def is_nonsense(question: str, printed: Callable[[str], bool]) -> bool:
    """Whether ``question`` is no question: one character repeated, or (asking nothing) nothing the plan prints.

    ``printed(text)`` says whether a served plan prints ``text``.

    >>> plan = "到2025年，地区生产总值达到500亿元。推进GDP核算改革。"
    >>> said = lambda t: t in plan
    >>> is_nonsense("新新新新", said), is_nonsense("啊啊啊？", said), is_nonsense("asdkjqwe", said), is_nonsense("气短旅舍", said)
    (True, True, True, True)
    >>> is_nonsense("地区生产总值", said), is_nonsense("GDP", said), is_nonsense("航母有多少？", said), is_nonsense("锰", said)
    (False, False, False, False)
    """
    text = "".join(c for c in unicodedata.normalize("NFKC", question or "") if unicodedata.category(c)[0] in "LN")
    if len(text) >= 2 and len(set(text)) == 1:
        return True  # 「新新新新」「啊啊啊」: one character over and over asks nothing, even where the plan prints it twice
    if ASKS.search(text) or len(text) < 2:
        return False  # a question word asks something (refused later, if need be, with what the plan gives)
    han = _HAN_PAIR.findall(text)
    latin = _LATIN.findall(text)
    if not han and not latin:
        return False  # digits, a single character with a number: read as asked
    return not any(printed(p) for p in han) and not any(printed(w) or printed(w.upper()) for w in latin)
