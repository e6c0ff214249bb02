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

__all__ = ["sibling_year_figure"]

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
