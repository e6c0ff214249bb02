"""Matching measures across plans: which figures speak of the same thing, how sure, and with what caveat.

A record's measure is keyed by its *reduced core*: the normalised core
(:func:`kg.compare.measures.normalise_measure`) with wording that does not
change what is measured removed (全社会, 全区, 年末, 占GDP before 比重 …). Records of
different plans with the same key are matched; how the key was reached gives the
method and confidence:

=============  ==========  =====================================================
method         confidence  meaning
=============  ==========  =====================================================
``same-name``  1.0         printed names equal (after whitespace and brackets)
``synonym``    0.9         equal after the genre's synonyms (GDP ↔ 国内生产总值 …)
``modifier``   0.75        equal once scope words are dropped (全社会, 年末 …)
=============  ==========  =====================================================

A pair's confidence is the lower of its two records'. A match is *compatible*
when the two figures can be read side by side: same kind (a level or a change),
same direction and span of a change, comparable units. An incompatible match is
still reported, with a note saying why (单位不同, 一为水平值一为变化幅度 …),
never silently.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Iterable

from .measures import Measure
from .records import MeasureRecord

__all__ = ["MeasureMatch", "METHOD_CONFIDENCE", "measure_key", "key_method", "match_records", "compatibility"]

#: Confidence of each way of reaching a measure key.
METHOD_CONFIDENCE = {"same-name": 1.0, "synonym": 0.9, "modifier": 0.75}

# Scope words that do not change what is measured (dropped from the key). 占GDP before 比重:
# 「服务业增加值比重」 is by convention its share of GDP.
_SCOPE = re.compile(r"^(?:全社会|全体|全省|全市|全州|全县|全区|全旗|全国|年末|全年)|占GDP(?=比重$)")


def measure_key(measure: Measure) -> str:
    """The key records of the same measure share.

    Examples
    --------
    >>> from kg.compare.measures import normalise_measure as n
    >>> measure_key(n("服务业增加值比重")) == measure_key(n("服务业增加值占国内生产总值比重"))
    True
    >>> measure_key(n("全社会研发经费投入占GDP比重"))
    '研发经费比重'
    """
    return _SCOPE.sub("", measure.core) or measure.core


def key_method(measure: Measure) -> str:
    """How ``measure`` reached its key: ``same-name``, ``synonym`` or ``modifier``."""
    if measure_key(measure) != measure.core:
        return "modifier"
    return "synonym" if measure.synonyms else "same-name"


@dataclass(frozen=True)
class MeasureMatch:
    """Two records of different plans matched on their measure key.

    Attributes
    ----------
    a, b : MeasureRecord
    key : str
        The shared measure key.
    method : str
        The weaker of the two records' methods (see the module table).
    confidence : float
        0–1, the lower of the two records' confidences.
    compatible : bool
        Whether the two figures can be read side by side.
    note : str
        Why not (Chinese, for display), or ``""``.
    """

    a: MeasureRecord
    b: MeasureRecord
    key: str
    method: str
    confidence: float
    compatible: bool
    note: str = ""


_KIND_NAMES = {"level": "水平值", "change": "变化幅度"}
_SPAN_NAMES = {"annual": "年均", "cumulative": "累计"}


def _span(r: MeasureRecord) -> str | None:
    if r.measure.span:
        return r.measure.span
    if r.change and r.change.lstrip().startswith(("[", "［")):
        return "cumulative"
    return None


def compatibility(a: MeasureRecord, b: MeasureRecord) -> tuple[bool, str]:
    """Whether two records' figures can be compared, and a note when they cannot or only partly.

    The note reads the same whichever record comes first.

    Examples
    --------
    >>> from kg.compare.measures import normalise_measure as n
    >>> x = MeasureRecord("a", "p", "target", n("单位GDP能耗降低"), unit="%")
    >>> y = MeasureRecord("b", "q", "indicator", n("单位GDP能耗"), unit="吨标准煤/万元")
    >>> compatibility(x, y)
    (False, '单位不同（% ↔ 吨标准煤/万元）；一为变化幅度、一为水平值')
    """
    notes, ok = [], True
    ua, ub = a.unit_class, b.unit_class
    # A level row with a growth cell is compared with a change by that cell (in %), not its level's unit.
    by_growth = a.kinds != b.kinds and "change" in a.kinds & b.kinds
    if by_growth:
        notes.append("按增速比较")
    elif ua and ub and ua != ub:
        ok = False
        notes.append("单位不同（{} ↔ {}）".format(*sorted((a.unit, b.unit))))
    elif (ua is None) != (ub is None):
        notes.append("一方未标单位")
    if not (a.kinds & b.kinds):
        ok = False
        notes.append("一为{}、一为{}".format(*sorted((_KIND_NAMES[a.measure.kind], _KIND_NAMES[b.measure.kind]))))
    da, db = a.measure.direction, b.measure.direction
    if da and db and da != db:
        ok = False
        notes.append("变化方向不同（降低 ↔ 提高）")
    sa, sb = _span(a), _span(b)
    if sa and sb and sa != sb:
        ok = False
        notes.append("口径不同（{} ↔ {}）".format(*sorted((_SPAN_NAMES[sa], _SPAN_NAMES[sb]))))
    return ok, "；".join(notes)


def match_records(records: Iterable[MeasureRecord]) -> list[MeasureMatch]:
    """Every pair of records of different plans that share a measure key.

    Parameters
    ----------
    records : iterable of MeasureRecord
        From :func:`kg.compare.records.read_records`.

    Returns
    -------
    list of MeasureMatch
        Ordered by key, then by the records' plans. Records are grouped by key
        first, so the cost is the number of pairs within a key, not all pairs.
    """
    groups: dict[str, list[MeasureRecord]] = defaultdict(list)
    for r in records:
        groups[measure_key(r.measure)].append(r)
    out = []
    for key in sorted(groups):
        for a, b in combinations(groups[key], 2):
            if a.plan == b.plan:
                continue
            methods = sorted((key_method(a.measure), key_method(b.measure)), key=lambda m: METHOD_CONFIDENCE[m])
            ok, note = compatibility(a, b)
            out.append(MeasureMatch(a, b, key, methods[0], METHOD_CONFIDENCE[methods[0]], ok, note))
    return out
