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

__all__ = ["sibling_year_figure", "year_distributed", "year_values"]

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


#: A run of years (「2021年、2022年」「2025、2030年」: the 年 may be printed once, after the last).
_YEAR_RUN = re.compile(r"((?:(?:19|20)\d\d年?(?:底|末)?[、和及与])+(?:19|20)\d\d年(?:底|末)?)")
#: A run of values joined by 、/和 (「5个、8个」「407、700万千瓦」「137、165亿立方米左右」), no clause break inside.
_VALUE_RUN = re.compile(r"\d+(?:\.\d+)?[^\d、和及与，,；;。]{0,8}?(?:[、和及与]\d+(?:\.\d+)?[^\d、和及与，,；;。]{0,8}?)+(?=[，,；;。]|$)")


def year_values(clause: str, at: int = 0) -> dict[int, str]:
    """Each listed year's own value in a clause printing a run of years and, after it, a run of as many values in the
    same order (「2025、2030年全市光伏装机力争达到407、700万千瓦」: {2025: '407万千瓦', 2030: '700万千瓦'}); a value
    printed bare takes the unit (and 左右) printed after the last. Empty when the clause pairs no years so.

    >>> year_values("2025、2030年全市光伏装机力争达到407、700万千瓦")
    {2025: '407万千瓦', 2030: '700万千瓦'}

    ``at`` is where the values are looked for (a figure's own clause in its sentence), the years before it:

    >>> s = "2025、2030年光伏装机达到407、700万千瓦，风电装机分别超过262、500万千瓦"
    >>> year_values(s, s.index("风电"))[2030]
    '500万千瓦'
    >>> year_values("2025、2030年，全市天然气供应能力分别达到137、165亿立方米左右")[2025]
    '137亿立方米左右'
    >>> year_values("2021年、2022年分别创建省级示范合作社5个、8个")
    {2021: '5个', 2022: '8个'}
    >>> year_values("到2025年建成学校6所、幼儿园8所"), year_values("2025、2030年光伏装机达到407万千瓦")
    ({}, {})
    """
    run = _YEAR_RUN.search(clause[: at] if at else clause)
    if run is None:
        return {}
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", run.group(1))]
    values = _VALUE_RUN.search(clause, max(run.end(), at))
    members = re.split(r"[、和及与](?=\d)", values.group(0)) if values else []
    if len(members) != len(years) or len(set(years)) != len(years):
        return {}
    tail = re.sub(r"^\d+(?:\.\d+)?", "", members[-1])  # the unit printed once, after the last value
    return {y: m if re.search(r"\D", m) else m + tail for y, m in zip(years, members)}


def year_distributed(clause: str, year: int | None) -> str | None:
    """The value of ``year`` in a clause giving listed years their own values (「2021年、2022年分别创建省级示范合作社
    5个、8个」, :func:`year_values`); None when the clause lists no years so, or not the year asked.

    >>> c = "2021年、2022年分别创建省级示范合作社5个、8个"
    >>> year_distributed(c, 2022), year_distributed(c, 2021), year_distributed(c, 2023)
    ('8个', '5个', None)
    >>> year_distributed("到2025年建成学校6所", 2025) is None
    True
    """
    return year_values(clause).get(year) if year is not None else None
