"""One served plan's view of an engine that serves several: its questions are that plan's alone.

:meth:`qa.engine.Engine.over` hands out the engine of a plan's views (reader, targets, SPARQL) and of
the questions asked there. A plan set (:class:`qa.planset.PlanSet`) loads that plan alone, so nothing
else can answer; an engine holding every plan must scope each question itself, or a count of
「约束性指标」 adds another plan's rows in. The graph, indexes and comparison stay the engine's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .answer import Answer
    from .engine import Engine

__all__ = ["PlanView"]


class PlanView:
    """``engine`` seen as ``plan``'s: ask, search and xref default to that plan; all else is the engine's."""

    def __init__(self, engine: "Engine", plan: str):
        self._engine = engine
        self.plan = plan

    def ask(self, question: str, *, plan: str | None = None) -> "Answer":
        return self._engine.ask(question, plan=plan or self.plan)

    def search(self, question: str, *, plan: str | None = None, **options: Any) -> list:
        return self._engine.search(question, plan=plan or self.plan, **options)

    def xref(self, phrase: str, *, plan: str | None = None) -> "Answer":
        return self._engine.xref(phrase, plan=plan or self.plan)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)
