"""The indicator table as targets, and prose targets linked to it.

A plan states many goals twice: as a row of its 主要指标 table and again in
prose. :func:`indicator_targets` turns every row into targets (its target
value and annual or cumulative growth) and an actual (its base value);
:func:`link_targets` links each prose target to the row of the same measure
(by the normalised name, :func:`kg.extract.targets.normalise_measure`;
城镇居民人均可支配收入 is not the row 居民人均可支配收入) and,
when two targets of one measure, owner and time frame state different values
(森林覆盖率: 56 in the table, 60% in a chapter), marks both as conflicting so
neither is lost and the disagreement can be seen.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict

from kg.document import Document, IndicatorValue
from kg.extract.targets import normalise_measure, plan_period
from kg.extract.units import UNITS, to_base_unit
from kg.facts import Facts, Quantity, Target

__all__ = ["indicator_targets", "link_targets"]

_QUALIFIERS = {">", "≥", "<", "≤"}


def indicator_targets(doc: Document) -> list[Target]:
    """Targets and actuals of the indicator table: per row, target value, growth and base value.

    Parameters
    ----------
    doc : Document
        The parsed plan.

    Returns
    -------
    list of Target
        Ids ``<row paragraph id>-target`` / ``-growth`` / ``-base`` (and ``-actual`` /
        ``-actual-growth`` where the table reports outcomes beside targets), owner
        unset (the caller files them under the plan's region); a cell with no
        number (完成省定目标) gives none. A growth cell is for the plan's
        five-year period, marked implied (the column prints no years).
    """
    out: list[Target] = []
    period = plan_period(doc.title)
    for ind in doc.indicators:
        pid = ind.paragraph.id
        name = ind.name.strip()
        # the growth column is over the period the table's title names (“十二五”…基本情况), else the plan's
        own = plan_period(ind.table or "") or period
        span = own.name() if own else None
        for suffix, cell, status, year in (("target", ind.target, "target", ind.target_year),
                                           ("growth", ind.growth, "target", None),
                                           ("base", ind.base, "actual", ind.base_year),
                                           ("actual", ind.actual, "actual", ind.actual_year),
                                           ("actual-growth", ind.actual_growth, "actual", None)):
            if cell.value is None:
                continue
            growth = suffix.endswith("growth")
            unit = "%" if growth or cell.percent else (ind.unit or "")
            out.append(Target(
                id=f"{pid}-{suffix}", measure=name, measure_name=normalise_measure(name),
                quantity=_quantity(cell, unit, pid, "growth" if growth else "indicator"), source=pid,
                status=status, year=year, period=span if growth else None, implied=growth and span is not None,
                aggregation=("cumulative" if cell.qualifier == "cumulative" else "annual") if growth else None,
            ))
    return out


def _quantity(cell: IndicatorValue, unit: str, source: str, kind: str) -> Quantity:
    """A table cell as a quantity: in the base unit when the printed unit is one of kg.extract.units."""
    try:
        value, base = to_base_unit(cell.value, unit)
    except KeyError:  # 年, 岁, 件 per 10 000 people …: kept as printed
        value, base = cell.value, unit
    if unit in UNITS and UNITS[unit].dimension == "percent":
        value, base = cell.value, UNITS[unit].base
    qualifier = cell.qualifier if cell.qualifier in _QUALIFIERS else None
    return Quantity(kind=kind, raw=cell.raw, value=value, unit=base, source=source, qualifier=qualifier)


def link_targets(targets: list[Target], facts: Facts) -> list[Target]:
    """Targets with ``indicator`` (the table row of their measure) and ``conflicts`` set.

    Parameters
    ----------
    targets : list of Target
        All targets of a plan, owners already keys.
    facts : Facts
        The plan's facts (its Indicator entities).

    Returns
    -------
    list of Target
        New objects, same order. Two targets conflict when they share the
        normalised measure, owner, status, year, period, aggregation and unit,
        and their values differ.

    Examples
    --------
    >>> from kg.facts import Entity
    >>> facts = Facts("p", entities={"Indicator/森林覆盖率": Entity(
    ...     "Indicator/森林覆盖率", "Indicator", "森林覆盖率", sources={"ind-23"})})
    >>> q = lambda v, pid: Quantity("share", f"{v}%", v, "%", pid)
    >>> table = Target("ind-23-target", "森林覆盖率", "森林覆盖率", q(56.0, "ind-23"), "ind-23", year=2025)
    >>> prose = Target("ch35-p01-t01", "森林覆盖率", "森林覆盖率", q(60.0, "ch35-p01"), "ch35-p01", year=2025)
    >>> [(t.indicator, t.conflicts) for t in link_targets([table, prose], facts)]
    [('Indicator/森林覆盖率', ('ch35-p01-t01',)), ('Indicator/森林覆盖率', ('ind-23-target',))]
    """
    indicators = facts.by_type("Indicator")
    by_source = {src: e.key for e in indicators for src in e.sources if src.startswith("ind")}
    by_name = {normalise_measure(e.label): e.key for e in indicators}
    linked = []
    for t in targets:
        key = by_source.get(t.source) if t.source in by_source else by_name.get(t.measure_name)
        linked.append(dataclasses.replace(t, indicator=key))
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, t in enumerate(linked):
        groups[(t.measure_name, t.owner, t.status, t.year, t.period, t.aggregation,
                t.quantity.unit)].append(i)
    conflicts: dict[int, list[str]] = defaultdict(list)
    for members in groups.values():
        for i in members:
            for j in members:
                if i != j and abs(linked[i].quantity.value - linked[j].quantity.value) > 1e-9 * max(
                        1.0, abs(linked[i].quantity.value)):
                    conflicts[i].append(linked[j].id)
    return [dataclasses.replace(t, conflicts=tuple(sorted(set(conflicts[i])))) if i in conflicts else t
            for i, t in enumerate(linked)]
