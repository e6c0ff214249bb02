"""The dates and spans a clause gives, and whether they answer the time a question asks.

A plan dates a figure by one year (「到2025年」「2026年底」「截至2020年12月」), by a span (「2024年-2025年」
「2024—2026年」「“十四五”期间」), or not at all (the plan's own horizon then applies). A span is no one year: a
figure 「2024年-2025年完成…」 is the span's, so it answers 「2024-2025年…」 or 「…期间」 but never 「2025年…」.

    >>> d = dating("2024年-2025年完成积水点改造")
    >>> d.years, d.spans, answers_time(d, year=2025)
    ((), ((2024, 2025),), False)
    >>> answers_time(dating("“十四五”期间累计落实500万平方米"), span=(2021, 2025))
    True
    >>> answers_time(dating("“十三五”期间累计获得19项"), span=(2021, 2025))
    False
    >>> answers_time(dating("全区农机总动力达到70万千瓦"), year=2023, horizon=2025)
    False
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..question.frame import PERIOD_NUMERAL

__all__ = ["Dating", "dating", "period_span", "answers_time", "span_only", "year_span"]

_YEAR = r"((?:19|20)\d\d)"
#: 「2024年-2025年」「2024-2026年」「2021—2025年」「2024至2026年」: a span, its years no single years.
_SPAN = re.compile(rf"{_YEAR}年?\s*[-—－~～至到]\s*{_YEAR}年")
#: 「“十四五”期间」「十三五时期」「“十三五”末」: the n-th five-year plan's span (末/期末: its last year).
_PERIOD = re.compile(rf"[“\"]?({PERIOD_NUMERAL})五[”\"]?(期间|时期|期末|末|初期|初)?")
_SINGLE = re.compile(rf"{_YEAR}年")
_CN = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}


@dataclass(frozen=True)
class Dating:
    """What a text dates: single ``years`` (to, by, as of) and ``spans`` (first, last year), in reading order."""

    years: tuple[int, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()

    @property
    def empty(self) -> bool:
        return not self.years and not self.spans


def period_span(name: str) -> tuple[int, int] | None:
    """The years of the five-year plan whose number is ``name`` (十四 of 「十四五」, 十 of 「十五」; 一五 1953–1957,
    二五 1958–1962, from 三五 on 1966 + 5(n−3)), or None.

    >>> period_span("十四"), period_span("十三"), period_span("一"), period_span("十")
    ((2021, 2025), (2016, 2020), (1953, 1957), (2001, 2005))
    """
    if not name or any(c not in "十一二三四五六七八九" for c in name):
        return None
    n = 10 + (_CN.get(name[1], 0) if len(name) > 1 else 0) if name[0] == "十" else _CN.get(name[0], 0)
    if not n:
        return None
    start = {1: 1953, 2: 1958}.get(n, 1966 + 5 * (n - 3))
    return start, start + 4


def dating(text: str) -> Dating:
    """The single years and the spans ``text`` prints (a span's own years are no single years; 「“十三五”末」 is
    its last year)."""
    years: list[int] = []
    spans: list[tuple[int, int]] = []
    taken = [False] * len(text)
    for m in _SPAN.finditer(text):
        spans.append((int(m.group(1)), int(m.group(2))))
        taken[m.start():m.end()] = [True] * (m.end() - m.start())
    for m in _PERIOD.finditer(text):
        if (span := period_span(m.group(1))) is None or any(taken[m.start():m.end()]):
            continue
        if text[m.end():m.end() + 1].isdigit() or text[m.start():m.end()].endswith("五") and text[m.end():m.end() + 1] in "个年":
            continue  # 「十五个」「二五年」: a count or a year, not a period name
        tail = m.group(2) or ""
        if tail.endswith("末"):
            years.append(span[1])
        elif tail.startswith("初"):
            years.append(span[0])
        else:
            spans.append(span)
        taken[m.start():m.end()] = [True] * (m.end() - m.start())
    for m in _SINGLE.finditer(text):
        if not any(taken[m.start():m.end()]):
            years.append(int(m.group(1)))
    return Dating(tuple(years), tuple(spans))


def answers_time(d: Dating, *, year: int | None = None, span: tuple[int, int] | None = None,
                 horizon: int | None = None) -> bool:
    """Whether a figure dated ``d`` answers a question asking ``year`` or the period ``span`` (neither: any time).

    A period is answered by the same span printed, or by its last year (「到2025年」 for 「“十四五”期间」); a year by
    that year printed alone, never by a span holding it. An undated figure is the plan's: it answers its ``horizon``
    year and the period ending there, nothing else.
    """
    if span is not None:
        if d.empty:
            return horizon == span[1]
        return span in d.spans or (span[1] in d.years and not d.spans)
    if year is not None:
        if d.empty:
            return horizon == year
        return year in d.years  # printed alone: a span holding the year is no value of it
    return True


def span_only(text: str, year: int) -> bool:
    """Whether ``text`` gives ``year`` only inside a span of years it prints (「2024年-2025年完成积水点改造35个」 for
    2025): the figure is the span's, no value of that year. A period named (「“十四五”期间」) is not counted here —
    a total reached by the period's end is read as its last year's by the answerers.

    >>> span_only("2024年-2025年完成积水点改造35个", 2025), span_only("2024-2026年累计，到2025年完成8处", 2025)
    (True, False)
    """
    return year not in dating(text).years and any(int(m.group(1)) <= year <= int(m.group(2)) for m in _SPAN.finditer(text))


def year_span(text: str) -> tuple[int, int] | None:
    """The span of years ``text`` dates by when it prints one and no single year (「2024年-2025年完成…」), else None.

    >>> year_span("2024年-2025年完成积水点改造35个"), year_span("到2025年完成8处"), year_span("“十四五”期间完成")
    ((2024, 2025), None, None)
    """
    spans = [(int(m.group(1)), int(m.group(2))) for m in _SPAN.finditer(text)]
    return spans[-1] if spans and not dating(text).years else None
