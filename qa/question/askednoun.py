"""The noun a question asks after its asked word: 「12号线西延伸开工了几个站」 → 站, 「需要多少经费」 → 经费,
「专栏26.4中要新建多少个公园」 → 公园.

One reading for every answerer that needs it; what they differ in — which asked words, a counting word between
(几个站) skipped or not, how long the noun may be, what may follow it — are parameters of :func:`noun_after_asked`.
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["ASKED_WORD", "noun_after_asked"]

#: The asked word (多少, 几, 百分之几, 多大 …), a question's own word for the figure it wants.
ASKED_WORD = r"(?:百分之几|百分之多少|百分比|多少|几|多大|多长|多高|多远|多重)"


@lru_cache(maxsize=None)
def _pattern(asked: str, counting: str, lone: bool, size: tuple[int, int], shortest: bool, after: str,
             end: str) -> re.Pattern:
    skip = f"[{counting}]?" + (f"(?![{counting}])" if lone else "") if counting else ""
    lazy = "?" if shortest else ""
    return re.compile(rf"{asked}{skip}([\u4e00-\u9fff]{{{size[0]},{size[1]}}}{lazy}){after}{end}")


def noun_after_asked(question: str, *, asked: str = ASKED_WORD, counting: str = "", lone_counting: bool = False,
                     size: tuple[int, int] = (1, 5), shortest: bool = False, after: str = "",
                     end: str = r"[？?！!。]*$") -> str:
    """The noun (Chinese characters only) ``question`` ends with after its asked word, or "".

    ``question`` is read as given (callers normalise it). ``asked``: the asked words (a pattern); ``counting``: counting
    words skipped between it and the noun (几个站: 站), at most one, and with ``lone_counting`` never one followed by
    another (多少个个体: none); ``size``: the noun's shortest and longest length, the longest read unless
    ``shortest``; ``after``: a pattern allowed after the noun, outside it; ``end``: what ends the question.

    >>> noun_after_asked("12号线西延伸开工了几个站？", counting="个"), noun_after_asked("有多少？", counting="个")
    ('站', '')
    >>> noun_after_asked("十四五期间规划建设一共需要多少经费？", size=(2, 4)), noun_after_asked("公共建筑有多少栋？", size=(2, 4))
    ('经费', '')
    >>> noun_after_asked("要新建多少个风电项目？", counting="个", shortest=True, after="(?:项目|工程)?")
    '风电'
    """
    m = _pattern(asked, counting, lone_counting, size, shortest, after, end).search(question)
    return m.group(1) if m else ""
