"""Why a question got its answer: which answerer gave it and which check refused a figure (``plankg ask --explain``).

Nothing is recorded unless a caller opens :func:`tracing`; then the engine notes, for the question and each part or
reading of it asked:

- ``answerer`` — the answerer whose answer ended the engine's tries (``answer_fact``, ``none`` when every try gave
  nothing), found or not;
- ``check`` — an answer-level check (:func:`check`) that turned a found answer into a refusal, or took a figure out of it;
- ``reject`` — a candidate-level test (:func:`rejects`) that gave a reason to drop one figure's clause.

Events are plain :class:`Event` dataclasses; :func:`explain` formats them one a line. The answer contract's JSON never
holds them (the CLI prints them to stderr).
"""
from __future__ import annotations

import functools
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Callable, Iterator

__all__ = ["Event", "tracing", "note", "check", "rejects", "attempt_name", "explain", "refusers"]

#: Longest detail kept per event (characters): enough for a reason or an answer's opening.
_DETAIL = 90


@dataclass(frozen=True)
class Event:
    """One step: ``stage`` is ``answerer``, ``check`` or ``reject``; ``name`` the function; ``question`` the text it
    read; ``found`` whether the answer still holds a figure after it; ``detail`` its reason or answer's opening."""

    stage: str
    name: str
    question: str
    found: bool
    detail: str = ""


_EVENTS: ContextVar[list[Event] | None] = ContextVar("plankg_trace", default=None)


@contextmanager
def tracing() -> Iterator[list[Event]]:
    """Record the events of the code run inside; yields the list they are appended to (in order)."""
    events: list[Event] = []
    token = _EVENTS.set(events)
    try:
        yield events
    finally:
        _EVENTS.reset(token)


def note(stage: str, name: str, question: str, found: bool, detail: str = "") -> None:
    """Append an event when tracing (a no-op otherwise)."""
    events = _EVENTS.get()
    if events is not None:
        events.append(Event(stage, name, str(question or ""), bool(found), _short(detail)))


def _short(text: Any) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= _DETAIL else text[: _DETAIL - 1] + "…"


def _answer_of(args: tuple, kwargs: dict) -> Any:
    """The first argument that is an answer (has ``found`` and ``items``), or None."""
    for a in (*args, *kwargs.values()):
        if hasattr(a, "found") and hasattr(a, "items"):
            return a
    return None


def _question_of(args: tuple) -> str:
    return next((a for a in args if isinstance(a, str)), "")


def check(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorate an answer-level check ``f(..., answer, ...) -> Answer``: when tracing, note each call that turns a
    found answer into a refusal or drops some of its items (the check's own words as the detail)."""

    def wrap(f: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(f)
        def run(*args: Any, **kwargs: Any) -> Any:
            out = f(*args, **kwargs)
            if _EVENTS.get() is None:
                return out
            before = _answer_of(args, kwargs)
            if before is None or out is None or not before.found:
                return out
            if not out.found:
                note("check", name, _question_of(args), False, out.answer)
            elif len(out.items or []) < len(before.items or []):
                note("check", name, _question_of(args), True, f"{len(before.items)}→{len(out.items)} items: {out.answer}")
            return out

        return run

    return wrap


def rejects(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorate a candidate test returning a reason string (or None when the candidate stands): when tracing, note
    each reason given, with the clause or value it was given for."""

    def wrap(f: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(f)
        def run(*args: Any, **kwargs: Any) -> Any:
            reason = f(*args, **kwargs)
            if reason and _EVENTS.get() is not None:
                strs = [a for a in args if isinstance(a, str)]
                note("reject", name, strs[0] if strs else "", False, f"{reason} ← {' | '.join(strs[1:3])}")
            return reason

        return run

    return wrap


def attempt_name(attempt: Callable[..., Any]) -> str:
    """The answerer a dispatch try calls (``answer_fact``; ``in_each_plan/answer_heading_count``), read from the
    names its code refers to."""
    code = getattr(attempt, "__code__", None)
    names = [n for n in ((*code.co_names, *code.co_freevars) if code else ()) if n.startswith(("answer_", "in_each_plan"))]
    return "/".join(names) or getattr(attempt, "__name__", "?")


def refusers(events: list[Event]) -> list[str]:
    """The names that refused: each check that turned an answer into a refusal, and each answerer whose answer ended
    the tries unfound (``none`` when no answerer answered), in order, without repeats."""
    names = [f"{e.stage}:{e.name}" for e in events if not e.found and e.stage in ("check", "answerer")]
    return list(dict.fromkeys(names))


def explain(events: list[Event]) -> str:
    """The events one a line: ``stage name [found|refused] «question» — detail``."""
    lines = []
    for e in events:
        mark = "found" if e.found else "refused"
        lines.append(f"{e.stage:8} {e.name} [{mark}] «{e.question}»" + (f" — {e.detail}" if e.detail else ""))
    return "\n".join(lines)
