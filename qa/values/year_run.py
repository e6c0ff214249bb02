"""「在2021年完成3个以上老旧住宅小区宜居型创建工作，2022年完成2个以上宜居型小区创建」: a run of yearly targets.

Plans state a thing's yearly targets as a run of clauses, each opening with its year and the same verb, and name the
thing in other words from one clause to the next. A figure found for another year than the one asked, in such a run,
points to its sibling clause of the asked year: same verb, same unit, naming the measure by its end words and
every character (in any order). That clause's figure is the asked year's.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .prose import Figure

__all__ = ["sibling_year_figure", "year_distributed"]

#: A clause of a yearly run: its year, the verb (a few characters), the value with its counting word and bound.
_RUN_CLAUSE = re.compile(r"^(?:在|于|到)?(?P<year>(?:19|20)\d\d)年(?:底|末|内)?，?(?P<verb>[\u4e00-\u9fff]{1,3}?)"
                         r"(?P<value>\d+(?:\.\d+)?(?P<unit>[个家所座处项条户套栋]|万?平方米|公里|千米|亩|公顷)(?:以上|左右)?)(?P<rest>.*)$")


def _names(rest: str, measure: str) -> bool:
    """Whether the clause's words after its value name the measure in any order: its leading and closing words
    (宜居, 创建) and every one of its characters (「老旧住宅小区宜居型创建工作」 for 宜居型小区创建)."""
    return len(measure) >= 4 and measure[:2] in rest and measure[-2:] in rest and all(c in rest for c in measure)


def sibling_year_figure(figure: Figure, year: int, measure: str) -> Figure | None:
    """The asked year's figure from the yearly run ``figure``'s clause belongs to, or None when there is none."""
    own = _RUN_CLAUSE.match(figure.clause)
    if own is None or not own["value"].startswith(re.match(r"[\d.]*", figure.value).group(0) or "-"):
        return None
    for clause in re.split(r"[，,；;。]", figure.sentence):
        sibling = _RUN_CLAUSE.match(clause)
        if sibling and int(sibling["year"]) == year and sibling["verb"] == own["verb"] and sibling["unit"] == own["unit"] \
                and _names(sibling["rest"], measure):
            return replace(figure, value=sibling["value"], clause=clause, years=(year,))
    return None


#: 「2021年、2022年分别创建…5个、8个」: years listed before 分别, their values in the same order after it.
_YEARS_BEFORE = re.compile(r"((?:(?:19|20)\d\d年?(?:底|末)?[、和及与至])+(?:19|20)\d\d年(?:底|末)?)(?:要|将|计划)?分别")
_RUN_VALUE = re.compile(r"\d+(?:\.\d+)?[^\d、和及与，,；;。]{0,5}")


def year_distributed(clause: str, year: int | None) -> str | None:
    """The value of ``year`` in a clause giving listed years their own values (「2021年、2022年分别创建省级示范合作社
    5个、8个」); None when the clause lists no years so, not the year asked, or values not pairing with the years.

    >>> c = "2021年、2022年分别创建省级示范合作社5个、8个"
    >>> year_distributed(c, 2022), year_distributed(c, 2021), year_distributed(c, 2023)
    ('8个', '5个', None)
    >>> year_distributed("到2025年建成学校6所", 2025) is None
    True
    """
    run = _YEARS_BEFORE.search(clause)
    if run is None or year is None:
        return None
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", run.group(1))]
    values = _RUN_VALUE.findall(clause[run.end():])
    if len(values) != len(years) or year not in years:
        return None
    return values[years.index(year)]
