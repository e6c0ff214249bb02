"""「A和B哪个用地多？」「A和B 2025年产值哪个高？」: a comparison of two owners' figures.

The question is read as the figures it compares (「A和B用地分别是多少」), each answered and verified alone by the
several-figure answerers (qa.values.parts); the verdict (「两者相比，A更多」) is added only when both figures were found,
one value each in the same unit — figures in different units, or one not found, are given as they are and not
compared.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..answer import Answer
from ..question.frame import MEASURE_HEAD
from ..question.intent import classify_intent

__all__ = ["Compared", "compared_figures", "with_verdict"]

#: 「A和B（的）X哪个（更）多」「A与B哪个X大」: two owners and the measure, 哪个, the measure if said after it, the comparative.
_WHICH_MORE = re.compile(r"^(?P<pre>[^，,？?]{2,30}?(?:和|与|跟)[^，,？?]{2,40}?)(?:哪个|哪一个|谁)(?:的)?(?P<m2>[^，,？?]{0,12}?)"
                         r"(?:更|比较|相对)?(?P<adj>多|大|高|长|宽|少|小|低|短|窄)(?:一些|一点|些)?[？?]?$")
_LARGER = {"多": True, "大": True, "高": True, "长": True, "宽": True, "少": False, "小": False, "低": False, "短": False, "窄": False}
#: One figure of a joined answer's part: 「A的用地：约110亩（原文：…）」.
_PART_VALUE = re.compile(r"^(?P<label>[^：；]+)：(?:约|近|超过)?(?P<num>\d+(?:\.\d+)?)(?P<unit>[万亿]?[^\d（(；。、，]{0,6}?)(?:以上|以下|左右)?(?:（|$)")


@dataclass(frozen=True)
class Compared:
    """A comparison asked: ``question`` the figures it compares as one several-figure question, ``adj`` its comparative."""

    question: str
    adj: str


def compared_figures(question: str) -> Compared | None:
    """The figures 「A和B哪个X多」 compares, asked as 「A和BX分别是多少」; None for any other question.

    >>> compared_figures("优速物流和综合保税仓库哪个用地多？")
    Compared(question='优速物流和综合保税仓库用地分别是多少？', adj='多')
    >>> compared_figures("循环经济产业园和河西工业园2025年产值哪个高？").question
    '循环经济产业园和河西工业园2025年产值分别是多少？'
    >>> compared_figures("河西工业园产值是多少？") is None, compared_figures("哪个园区产值高？") is None
    (True, True)
    """
    m = _WHICH_MORE.match(question.strip())
    if not m:
        return None
    rewritten = f"{m['pre']}{m['m2']}分别是多少？"
    # 「A和B哪个大」 names no measure to compare by: the figures asked must be named (用地, 产值) or counted (年产值, 面积).
    if not (m["m2"] or classify_intent(rewritten).attributes or MEASURE_HEAD.search(m["pre"])):
        return None
    return Compared(rewritten, m["adj"])


def with_verdict(answer: Answer, compared: Compared) -> Answer:
    """``answer`` with which figure is larger (or smaller) said, when both parts give one value in one unit."""
    if not answer.found:
        return answer
    body = answer.answer.rstrip("。")
    figures = [m for part in _top_level_parts(body) if (m := _PART_VALUE.match(part))]
    if len(figures) != 2 or figures[0]["unit"] != figures[1]["unit"] or "未找到" in body:
        return answer
    (a, b) = figures
    va, vb = float(a["num"]), float(b["num"])
    if va == vb:
        verdict = "两者相同"
    else:
        first = (va > vb) == _LARGER[compared.adj]
        verdict = f"{(a if first else b)['label']}更{compared.adj}"
    answer.answer = f"{body}。两者相比，{verdict}。" if verdict != "两者相同" else f"{body}。两者相同。"
    return answer


def _top_level_parts(text: str) -> list[str]:
    """``text`` cut at the 「；」 outside brackets (a quote of the plan may hold one)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch in "（(“" and 1 or 0
        depth -= ch in "）)”" and 1 or 0
        if ch == "；" and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts
