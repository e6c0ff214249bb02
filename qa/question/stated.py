"""A figure a question states (「疏浚80公里是在哪一章」「哪个项目规划用地380亩」), and whether a text prints it.

A question that states a figure names its thing by that figure: the place or the thing asked is where the
plan prints the number — by value, not spelling (80公里 is printed 80km, 9% as 9.00% in a table, 1250 as 1,250).
"""
from __future__ import annotations

import re

from ..index.kb import normalise_text

#: A figure stated in a question: a number and its unit (a year is no figure).
STATED = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:万|亿)?(?:亩|元|公里|千米|km|米|m|吨|个|家|%|平方米|平方公里|张|人|千瓦|立方米|套|所)")

#: A number printed with thousands commas (1,250 · 12,187): an integer part, then groups of exactly three digits.
_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?!\d)")


def printed_numbers(text: str) -> set[float]:
    """The numbers ``text`` prints, by value; the 「，」 between two cells (「2025年为45.3，2030年…」) parts two
    numbers, never joins them.

    >>> sorted(printed_numbers("疏浚航道80km。建设2个千吨级码头，共1,250米"))
    [2.0, 80.0, 1250.0]
    """
    joined = _THOUSANDS.sub(lambda t: t.group(0).replace(",", ""), normalise_text(text))
    return {float(n) for n in re.findall(r"(?<![\d.])\d+(?:\.\d+)?", joined)}


def stated_figure(question: str) -> re.Match | None:
    """The first figure ``question`` states (group 1 its number), or None.

    >>> stated_figure("湘江航道疏浚80公里是在哪一章？").group(0), stated_figure("2025年的目标是多少？") is None
    ('80公里', True)
    """
    return STATED.search(normalise_text(question))


def prints_stated(text: str, stated: re.Match) -> bool:
    """Whether ``text`` prints the number of ``stated`` (in any unit spelling).

    >>> prints_stated("湘江航道建设。疏浚航道80km。", stated_figure("疏浚80公里在哪一章"))
    True
    """
    return float(stated.group(1)) in printed_numbers(text)
