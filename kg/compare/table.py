"""Plans side by side: one row per measure, one cell per plan, with gaps and caveats.

:class:`Comparison` holds what the plans of a graph state about their measures
(records, plan identities); :meth:`Comparison.rows` lays out chosen plans as a
table the answerer, the app's view and the CSV/Excel export all read.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Sequence

from rdflib import Graph

from .links import measure_graph
from .match import METHOD_CONFIDENCE, compatibility, key_method, measure_key
from .plans import PlanInfo
from .records import MeasureRecord, read_plans, read_records

__all__ = ["ComparisonRow", "Comparison"]


@dataclass(frozen=True)
class ComparisonRow:
    """One measure across plans.

    Attributes
    ----------
    key : str
        The measure key (normalised name).
    cells : dict
        Plan id → the records that plan states about the measure (empty: a gap).
    method : str
        The weakest way a record here was matched to ``key``.
    confidence : float
        The lowest record confidence in the row (1.0 when one record only).
    compatible : bool
        Whether every pair of the row's figures can be read side by side.
    note : str
        Why not, or what to mind (Chinese), ``""`` when nothing.
    """

    key: str
    cells: dict[str, list[MeasureRecord]]
    method: str
    confidence: float
    compatible: bool = True
    note: str = ""

    @property
    def label(self) -> str:
        """The measure as first printed in the row's plans."""
        return next((rs[0].measure.printed for rs in self.cells.values() if rs), self.key)

    def present(self) -> list[str]:
        """Plan ids that state the measure."""
        return [p for p, rs in self.cells.items() if rs]

    def missing(self) -> list[str]:
        """Plan ids that say nothing about the measure."""
        return [p for p, rs in self.cells.items() if not rs]

    @property
    def differs(self) -> bool:
        """Whether the plans that state the measure print different target values."""
        values = {(rs[0].value or "", rs[0].change or "") for rs in self.cells.values() if rs}
        return len(values) > 1


@dataclass
class Comparison:
    """What each plan in a graph states about its measures."""

    records: list[MeasureRecord]
    plans: dict[str, PlanInfo]
    _by_key: dict[str, list[MeasureRecord]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        by_key: dict[str, list[MeasureRecord]] = defaultdict(list)
        for r in self.records:
            by_key[measure_key(r.measure)].append(r)
        self._by_key = dict(by_key)

    @classmethod
    def from_graph(cls, graph: Graph) -> "Comparison":
        """Read records and plan identities from one or more plans' graph."""
        return cls(read_records(graph), read_plans(graph))

    def links(self) -> Graph:
        """The ``pk:hasMeasure`` links of every record (see :mod:`kg.compare.links`)."""
        return measure_graph(self.records)

    def keys(self) -> list[str]:
        return list(self._by_key)

    def records_of(self, plan: str) -> list[MeasureRecord]:
        return [r for r in self.records if r.plan == plan]

    def rows(self, plans: Sequence[str], *, keys: Sequence[str] | None = None) -> list[ComparisonRow]:
        """Rows for ``plans`` (in that order): every measure any of them states, or only ``keys``.

        Rows follow the first plan's order of measures, then the next plan's new ones.
        """
        order = list(keys) if keys is not None else list(
            dict.fromkeys(measure_key(r.measure) for p in plans for r in self.records_of(p))
        )
        return [self._row(key, plans) for key in order]

    def _row(self, key: str, plans: Sequence[str]) -> ComparisonRow:
        cells = {p: [r for r in self._by_key.get(key, []) if r.plan == p] for p in plans}
        firsts = [rs[0] for rs in cells.values() if rs]
        methods = [key_method(r.measure) for r in firsts] or ["same-name"]
        weakest = min(methods, key=lambda m: METHOD_CONFIDENCE[m])
        ok, notes = True, []
        for a, b in combinations(firsts, 2):
            good, note = compatibility(a, b)
            ok &= good
            if note and note not in notes:
                notes.append(note)
        return ComparisonRow(key, cells, weakest, METHOD_CONFIDENCE[weakest], ok, "；".join(notes))
