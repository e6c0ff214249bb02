"""The outline a plan's 目录 lists, for a text that holds only part of its body.

A plan file may be an excerpt — a page cut short, the first 篇 of a national 纲要 — while its 目录 still lists the
whole outline (20篇, 80章). The build keeps the 目录's 第N篇/章/节 entries on the plan (pk:contents). Where the
目录 lists more headings of a level than the body prints, and every one the body prints among them, the body is
only part of the plan: a count of that level is the 目录's (the body's said beside it), and a heading only the 目录
lists is named from it — said as the 目录's, since the text holds nothing under it.
"""
from __future__ import annotations

from kg.ingest.layouts.numbered import match_heading

from ..answer import Citation
from ..index.kb import KB, plan_of
from .numbering import printed_numbers

__all__ = ["listed_beyond", "listed_heading", "contents_citation"]

_KINDS = {"part": "Part", "chapter": "Chapter", "section": "Section"}


def _listed(kb: KB, kind: str, plan: str | None) -> list[tuple[str, str]]:
    """(number, entry as printed) of the ``kind`` headings the plan's 目录 lists, in its order."""
    plans = kb.plans(plan)
    if len(plans) != 1:
        return []
    node = next((n for n in kb.by_type.get("Plan", []) if plan_of(n + "/") == plans[0]), None)
    text = str(kb.attrs(node).get("contents") or "") if node else ""
    return [(str(h.number), line) for line in text.split("\n")
            if (h := match_heading(line)) is not None and _KINDS.get(h.kind) == kind]


def listed_beyond(kb: KB, kind: str, plan: str | None) -> list[tuple[str, str]]:
    """The 目录's ``kind`` entries when it lists more than the body prints and every number the body prints is
    among them (the body is an excerpt); else none."""
    entries = _listed(kb, kind, plan)
    if not entries:
        return []
    body = printed_numbers(kb, kind, kb.plans(plan)[0])
    return entries if len(entries) > len(body) and set(body) <= {n for n, _ in entries} else []


def listed_heading(kb: KB, kind: str, number: str, plan: str | None) -> str | None:
    """The 目录's entry for heading ``number`` of ``kind`` the body does not print (one entry numbered so), or None."""
    hits = [entry for n, entry in listed_beyond(kb, kind, plan) if n == str(number)]
    return hits[0] if len(hits) == 1 else None


def contents_citation(kb: KB, lines: list[str], plan: str | None) -> Citation | None:
    """The citation of an answer read from the 目录: its lines as printed, under 「目录」 (no paragraph of the body holds
    them, so the reading pane has none to open), or None without lines."""
    plans = kb.plans(plan)
    if not lines or len(plans) != 1:
        return None
    return Citation(id="目录", text="\n".join(lines), chapter="目录", plan=plans[0])
