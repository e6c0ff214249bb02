"""A figure asked at one price basis is not answered by a figure the plan reckons at another.

Old plans print money figures 「按1990年价格计算」 (「以2000年价格计算的国内生产总值」); a question may say the basis
too (「按2000年价格算，…达到多少」). When both name a year and they differ, the plan's figure is another measure
(the same output at other prices), so the answer is refused saying which basis the plan gives.
"""
from __future__ import annotations

from ..question.frame import price_bases
from ..trace import rejects

__all__ = ["other_basis"]


@rejects("basis")
def other_basis(question: str, sentence: str) -> str | None:
    """Why the figure read in ``sentence`` does not answer ``question`` for its price basis, or None.

    >>> other_basis("按2000年价格算，2005年全省GDP多少", "到2005年，按1990年价格计算的国内生产总值达到2900亿元")
    '原文中的数值按1990年价格计算，不是所问的按2000年价格计算'
    >>> other_basis("按2000年价格算，2005年全省GDP多少", "到2005年，按2000年价格计算的国内生产总值达到2900亿元") is None
    True
    >>> other_basis("2005年全省GDP多少", "按1990年价格计算的国内生产总值达到2900亿元") is None  # no basis asked
    True
    """
    asked = price_bases(question)
    printed = price_bases(sentence)
    if not asked or not printed or asked & printed:
        return None
    said = "、".join(f"{y}年" for y in sorted(printed))
    return f"原文中的数值按{said}价格计算，不是所问的按{'、'.join(f'{y}年' for y in sorted(asked))}价格计算"
