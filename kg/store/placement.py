"""Which plan a file builds into: its own earlier build, a plan of the very same bytes, or a new id.

A plan's id was its file name's slug, so ``plankg build b/规划.txt`` silently replaced the plan built from
``a/规划.txt`` (another county's plan of the same file name), and a byte-identical copy under another name was
loaded as a second plan whose answers repeated the first's. Staff keep plans as files named by habit
(规划.docx, 纲要.pdf) in many folders, and expect a tool never to drop one plan for another, as the app's upload
never does: so a file is identified by where it is and what it holds.

- The file an existing build was made from (same path) is that plan: a changed file rebuilds and replaces it.
- A file holding the same bytes as a built plan is that plan: it is not built again.
- Any other file gets its name's id, or, when another file's plan holds that id, the first free ``<id>-2``,
  ``<id>-3`` …: both plans are kept.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.store.buildfolder import PlanBuild, list_builds

__all__ = ["Placement", "place_plan"]


@dataclass(frozen=True)
class Placement:
    """Where a file builds: ``plan_id``; ``own`` its earlier build (to be replaced if changed); ``same_as`` the built
    plan holding its very bytes (nothing to build); ``taken`` the plan that holds the file name's id (another file)."""

    plan_id: str
    own: PlanBuild | None = None
    same_as: PlanBuild | None = None
    taken: PlanBuild | None = None


def place_plan(home: Path, path: Path, digest: str, slug: str) -> Placement:
    """The plan ``path`` (whose bytes hash to ``digest``, whose name slugs to ``slug``) builds into under ``home``."""
    builds = list_builds(home)
    source = str(Path(path).resolve())
    own = next((b for b in builds if b.manifest.get("source") == source), None)
    twin = next((b for b in builds if b.manifest.get("source_sha256") == digest and b is not own), None)
    if twin is not None and (own is None or own.manifest.get("source_sha256") != digest):
        return Placement(twin.plan_id, own=own, same_as=twin)
    if own is not None:
        return Placement(own.plan_id, own=own)
    held = {b.plan_id: b for b in builds}
    if slug not in held:
        return Placement(slug)
    n = 2
    while f"{slug}-{n}" in held:
        n += 1
    return Placement(f"{slug}-{n}", taken=held[slug])

