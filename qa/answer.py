"""The answer contract shared by the CLI, the Python API and the UI.

``Answer.to_json()`` gives exactly the JSON object described in the scoring
contract: ``question``, ``answer``, ``found``, ``items`` (each with ``label``
and its own citation) and ``citations`` (each with ``id``, ``chapter``,
``section``, ``box`` and ``text``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Citation", "Item", "Answer", "with_item_citations"]


#: How an answer made of the plan's own sentences opens (qa.passages.extractive): the passages pasted, no figure read.
PASSAGES_SAID = "规划中的相关表述："

@dataclass(frozen=True)
class Citation:
    """A cited paragraph (or passage): its id, heading path and text."""

    id: str
    text: str
    part: str | None = None
    chapter: str | None = None
    section: str | None = None
    box: str | None = None
    plan: str | None = None
    score: float | None = None

    @property
    def path(self) -> str:
        """``第2篇 … / 第4章 … / 第2节 … / 专栏7.1 …`` for display."""
        return " / ".join(x for x in (self.part, self.chapter, self.section, self.box) if x)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "part": self.part,
            "chapter": self.chapter or "",
            "section": self.section,
            "box": self.box,
            "plan": self.plan,
            "text": self.text,
        }


@dataclass(frozen=True)
class Item:
    """One member of a list answer, with the citation it came from."""

    label: str
    citation: Citation | None = None
    detail: str | None = None
    entity: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label}
        if self.detail:
            out["detail"] = self.detail
        if self.entity:
            out["entity"] = self.entity
        if self.citation is not None:
            out["citation"] = self.citation.to_json()
        return out


@dataclass
class Answer:
    """What a question gets: a short answer, list items and the citations behind them.

    ``found`` is False when the plan does not answer the question; then
    ``citations`` hold the closest passages as hints, never as evidence.
    ``kind`` names the question kind that produced it (for display and tests).
    """

    question: str
    answer: str
    found: bool = True
    items: list[Item] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    kind: str = "semantic"
    highlights: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "found": self.found,
            "kind": self.kind,
            "items": [i.to_json() for i in self.items],
            "citations": [c.to_json() for c in self.citations],
        }


def with_item_citations(answer: Answer) -> Answer:
    """``answer`` with every item's citation also in ``citations`` (after the ones it had, once each).

    Answerers keep a short list of their best citations; an item citing a paragraph
    beyond it would point at evidence the reader cannot see.
    """
    seen = {(c.plan, c.id) for c in answer.citations}
    for item in answer.items:
        c = item.citation
        if c is not None and (c.plan, c.id) not in seen:
            seen.add((c.plan, c.id))
            answer.citations.append(c)
    return answer
