"""A figure asked for a recipient (「…新增建设用地指标给乡村」「…资金用于农村公路」) is the plan's only where the figure's
sentence names that recipient.

The frame reads the measure without the recipient (plans print it apart: 「安排至少5%新增建设用地指标，保障乡村重点
产业和项目用地」), so this check keeps the recipient a constraint: a figure whose sentence never names it is another
use's figure, and the answer is refused saying so.
"""
from __future__ import annotations

import re

from ..question.frame import RECIPIENT
from ..trace import rejects

__all__ = ["other_recipient"]

_ASKED = re.compile(r"(?<=[\u4e00-\u9fff]{2})" + RECIPIENT.rstrip("$") + r"[？?]?$")


@rejects("recipient")
def other_recipient(question: str, sentence: str) -> str | None:
    """Why the figure read in ``sentence`` is not the one given to the recipient ``question`` names, or None.

    >>> s = "省级土地利用年度计划安排至少5%新增建设用地指标，保障乡村重点产业和项目用地"
    >>> other_recipient("省级计划至少要拿出多少新增建设用地指标给乡村？", s) is None
    True
    >>> other_recipient("省级计划至少要拿出多少新增建设用地指标给城镇？", s)
    '原文中的数值没有说是给城镇的'
    >>> other_recipient("新增建设用地指标是多少？", s) is None  # no recipient asked
    True
    >>> other_recipient("评估报告要提交给谁审议？", s) is None  # the recipient is what is asked, not a constraint
    True
    """
    asked = _ASKED.search(question)
    if not asked or re.match(r"谁|哪|什么", asked.group(1)):
        return None
    who = asked.group(1)
    # 乡村 is named by 乡村 or by its last character's word (农村公路 by 公路 printed after 农村 …): the whole word.
    return None if who in sentence else f"原文中的数值没有说是给{who}的"
