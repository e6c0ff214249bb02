"""Whether a figure's scope is the question's: the periods a question names.

A five-year period is asked bare as often as quoted (「五五基本建设投资多少？六五呢？」).
"""
from __future__ import annotations

import re

from .frame import period_end, periods_in

__all__ = ["asked_periods", "BARE_PERIOD"]

#: A five-year period named bare (五五, 十五) at a question's head or after a break: questions drop the quotes.
BARE_PERIOD = re.compile(r"(?:^|(?<=[？?，,。；;和与、]))[“\"]?(十[一二三四五六七八九]?|[一二三四五六七八九])五[”\"]?(?!年|[一二三四五六七八九十])")


def asked_periods(question: str) -> set[int]:
    """The five-year periods a question names (as their last years), quoted or bare.

    Examples
    --------
    >>> sorted(asked_periods("五五基本建设投资多少？六五呢？")), sorted(asked_periods("“八五”期间工业总产值增长多少"))
    ([1980, 1985], [1995])
    >>> asked_periods("1985年发电量多少？")
    set()
    """
    return set(periods_in(question)) | {end for m in BARE_PERIOD.finditer(question) if (end := period_end(m.group(1) + "五"))}
