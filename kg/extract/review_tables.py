"""Which indicator tables review an earlier period rather than set the plan's own targets.

A 十五五 plan usually prints two indicator tables: the 十四五 review (规划目标 / 完成情况 columns, a caption such as
「“十四五”规划《纲要》指标完成情况」) and its own 十五五 targets. Rows of the review are the earlier period's
outcomes: they stay separate indicators, marked with the period they review, so that a count of the plan's main
indicators, its 约束性 rows or a target asked of its own period never reads them.
"""
from __future__ import annotations

import re

from kg.document import Indicator
from kg.extract.targets import PlanPeriod, is_review_heading, plan_period

__all__ = ["review_period"]

#: A five-year period a caption names: “十四五”, 十三五 (never the 三五 of 二〇三五年).
_PERIOD_NAMED = re.compile(r"“([一二三四五六七八九十]{1,3})五”|(?<![〇零一二三四五六七八九十])(十[一二三四五六七八九]?)五(?!年)")


def review_period(title: str | None, rows: list[Indicator], period: PlanPeriod | None) -> str | None:
    """The earlier five-year period a table reviews (``十四五``), or ``None`` when it is the plan's own table.

    A table reviews an earlier period when its caption is a review's (完成情况, 回顾, 发展基础), when its caption
    names a period before the plan's, or when every year its rows target ends before the plan starts while some row
    reports what was reached. Without the plan's ordinal a review is named by the period its caption prints, else
    by the year its outcomes were reached (``2025年``).

    Examples
    --------
    >>> p = PlanPeriod(2026, 2030, 15)
    >>> review_period("专栏1 市“十四五”规划《纲要》指标完成情况", [], p)
    '十四五'
    >>> review_period("专栏2 “十五五”经济社会发展主要指标", [], p) is None
    True
    >>> review_period("表1 “十三五”规划主要指标", [], p)
    '十三五'
    >>> review_period(None, [], p) is None, review_period("“十五五”及二〇三五年主要指标", [], p) is None
    (True, True)
    """
    if period is None:
        return None
    named = plan_period(f"“{m[1] or m[2]}五”") if title and (m := _PERIOD_NAMED.search(title)) else None
    if named is not None and named.ordinal is not None and period.ordinal is not None:
        if named.ordinal < period.ordinal:
            return named.name()
        if named.ordinal == period.ordinal:
            return None  # the plan's own period in the caption: its own table, whatever else the caption says
    reached = [r.actual_year for r in rows if r.actual_year and (r.actual.raw or r.actual_growth.raw)]
    targets = [r.target_year for r in rows if r.target_year]
    if not (title and is_review_heading(title) or reached and targets and max(targets) < period.start):
        return None
    return period.name(-1) or (f"{max(reached)}年" if reached else None)
