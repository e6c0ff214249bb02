"""A plan's catalogue, and the name index merged from many: what an engine over many plans reads at start.

Loading every plan's networkx view and link index at start costs time and memory
per plan (at 200 plans 40 s and 1.6 GiB, see ``docs/benchmarks.md``). Before any
question, an engine over many plans needs much less: each plan's title and the
surface forms under which its entities may be asked for (names, aliases and their
variants, :attr:`qa.question.link.EntityIndex.forms`). That is a plan's *catalogue*,
``catalogue.json`` in its build folder (~40 KB for the seed), written by the build
and, when missing or written by other code, derived from the persisted view and
written back (:func:`load_catalogue`).

:class:`NameIndex` merges the catalogues: surface form → the plans that hold it.
It routes a question to the plans whose names it mentions (:meth:`NameIndex.route`);
a form held by many plans (地区生产总值, a shared 省 or 市) does not route.
"""
from __future__ import annotations

import functools
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import networkx as nx

from kg.errors import IndexNotBuilt
from kg.store.buildfolder import PlanBuild, atomic_write_text
from kg.store.views import load_view

from .kb import KB
from ..question.link import scan_forms

__all__ = ["CATALOGUE_FILE", "PlanCatalogue", "Route", "catalogue_stamp", "catalogue_of",
           "save_catalogue", "load_catalogue", "load_catalogues", "NameIndex"]

CATALOGUE_FILE = "catalogue.json"


#: Bump when the file's layout changes; the stamp also hashes the code that makes forms and labels.
_FORMAT = "2"


@functools.cache
def catalogue_stamp() -> str:
    """A hash of the catalogue format and of the code that derives forms and labels (link index, KB)."""
    here = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(_FORMAT.encode())
    for name in ("question/link.py", "index/kb.py", "question/intent.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:12]


@dataclass(frozen=True)
class PlanCatalogue:
    """What an engine over many plans knows of one plan before it is asked about it.

    ``forms`` are the surface forms of the plan's entities (sorted); ``labels``
    its entities' labels with the number of paragraphs citing each, one
    ``label<TAB>count`` line per label (text, parsed only for search-box suggestions).
    """

    plan_id: str
    title: str
    forms: list[str]
    labels: str

    def label_counts(self) -> list[tuple[str, int]]:
        """``(label, citing paragraphs)`` pairs."""
        return [(label, int(n)) for label, _, n in (line.rpartition("\t") for line in self.labels.splitlines())]


def catalogue_of(view: nx.MultiDiGraph, plan_id: str, title: str) -> PlanCatalogue:
    """The catalogue of plan ``plan_id`` (titled ``title``) from its networkx view."""
    kb = KB(view)
    labels: dict[str, int] = {}
    for attrs in kb.entities.values():
        label = " ".join(str(attrs.get("label") or "").split())
        if label:
            labels[label] = max(labels.get(label, 0), len(attrs.get("sources") or []))
    forms = [f for f in kb.index.forms if "\n" not in f]
    return PlanCatalogue(plan_id, title, forms, "".join(f"{label}\t{n}\n" for label, n in sorted(labels.items())))


def save_catalogue(catalogue: PlanCatalogue, folder: Path, *, source_sha256: str) -> None:
    """Write ``catalogue`` into a build ``folder`` atomically, stamped with this code and the source hash.

    Forms and labels are stored as newline-separated text, not JSON lists: reading
    1,000 catalogues then creates no small containers for the garbage collector to walk.
    """
    data = {"code": catalogue_stamp(), "source_sha256": source_sha256, "plan_id": catalogue.plan_id,
            "title": catalogue.title, "forms": "\n".join(catalogue.forms), "labels": catalogue.labels}
    atomic_write_text(Path(folder) / CATALOGUE_FILE, json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def load_catalogue(build: PlanBuild, *, write: bool = True) -> PlanCatalogue:
    """``build``'s catalogue; derived from its view (and written back if ``write``) when missing or stale.

    A folder the process may not write to is served all the same: the derived
    catalogue is then kept in memory only.
    """
    try:
        data = json.loads((build.dir / CATALOGUE_FILE).read_text("utf-8"))
        if data.get("code") == catalogue_stamp() and data.get("source_sha256") == build.manifest.get("source_sha256"):
            forms = data["forms"].split("\n") if data["forms"] else []
            return PlanCatalogue(data["plan_id"], data["title"], forms, data["labels"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    catalogue = catalogue_of(load_view(build), build.plan_id, str(build.manifest.get("title") or build.plan_id))
    if write:
        try:
            save_catalogue(catalogue, build.dir, source_sha256=build.manifest.get("source_sha256"))
        except OSError:
            pass
    return catalogue


@dataclass(frozen=True)
class Route:
    """Where a question goes: ``plans`` to answer it (empty: none chosen), the ``forms`` that chose
    them, and ``common`` — forms the question names that too many plans hold to choose by."""

    plans: tuple[str, ...]
    forms: tuple[str, ...]
    common: tuple[str, ...]


class NameIndex:
    """Surface forms → plans, merged from the served plans' catalogues.

    Parameters
    ----------
    catalogues : sequence of PlanCatalogue
        One per served plan.
    max_plans : int
        A form held by more plans than this does not choose plans (it is ``common``).
    """

    def __init__(self, catalogues: Sequence[PlanCatalogue], *, max_plans: int = 5):
        self.plan_ids = [c.plan_id for c in catalogues]
        self.titles = {c.plan_id: c.title for c in catalogues}
        self.max_plans = max_plans
        # Most forms belong to one plan: an int, and a tuple only for shared forms, keeps the index small.
        plans_of: dict[str, int | tuple[int, ...]] = {}
        lengths: set[int] = set()
        for i, c in enumerate(catalogues):
            setdefault = plans_of.setdefault
            for form in c.forms:
                held = setdefault(form, i)
                if held != i:
                    plans_of[form] = (held, i) if isinstance(held, int) else (*held, i)
            lengths.update(map(len, c.forms))
        self._plans_of = plans_of
        self._lengths = sorted(lengths, reverse=True)
        # Only the labels' text is kept (not the forms lists): the form → plans dict holds the rest.
        self._catalogues = [PlanCatalogue(c.plan_id, c.title, [], c.labels) for c in catalogues]

    @functools.cached_property
    def _labels(self) -> list[tuple[str, int]]:
        # Merged at the first suggestion, not at start: only the search boxes need them.
        labels: dict[str, int] = defaultdict(int)
        for catalogue in self._catalogues:
            for label, cited in catalogue.label_counts():
                labels[label] += cited
        return sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))

    def __len__(self) -> int:
        return len(self._plans_of)

    def plans_holding(self, form: str) -> list[str]:
        """The plans among whose entities' names ``form`` is (empty if none)."""
        held = self._plans_of.get(form)
        idx = () if held is None else (held,) if isinstance(held, int) else held
        return [self.plan_ids[i] for i in idx]

    def route(self, question: str) -> Route:
        """The plans ``question`` names through their entities' names.

        Every whole form in the question held by at most ``max_plans`` plans
        votes, by its length, for the plans that hold it; the plans with the most
        votes are chosen when there are at most ``max_plans`` of them.

        Examples
        --------
        >>> a = PlanCatalogue("a", "甲区规划", ("何仙观水库", "地区生产总值"), ())
        >>> b = PlanCatalogue("b", "乙区规划", ("观仙晴水库", "地区生产总值"), ())
        >>> NameIndex([a, b], max_plans=1).route("何仙观水库的库容和地区生产总值")
        Route(plans=('a',), forms=('何仙观水库',), common=('地区生产总值',))
        """
        votes: dict[str, int] = defaultdict(int)
        chosen, common = [], []
        for form in scan_forms(question, self._plans_of, self._lengths):
            plans = self.plans_holding(form)
            if len(plans) > self.max_plans:
                common.append(form)
                continue
            chosen.append(form)
            for p in plans:
                votes[p] += len(form)
        best = max(votes.values(), default=0)
        top = tuple(sorted(p for p, v in votes.items() if v == best)) if best else ()
        return Route(top if len(top) <= self.max_plans else (), tuple(chosen), tuple(common))

    def suggest(self, prefix: str, *, limit: int = 20) -> list[str]:
        """Entity labels of all plans starting with (then containing) ``prefix``, most-cited first."""
        starts = [label for label, _ in self._labels if label.startswith(prefix)][:limit]
        if len(starts) < limit:
            starts += [label for label, _ in self._labels if prefix in label and not label.startswith(prefix)][: limit - len(starts)]
        return starts


def load_catalogues(builds: Sequence[PlanBuild]) -> list[PlanCatalogue]:
    """Every build's catalogue (see :func:`load_catalogue`); raises IndexNotBuilt for a build without a view or graph."""
    try:
        return [load_catalogue(b) for b in builds]
    except (OSError, ValueError) as exc:
        raise IndexNotBuilt(f"A plan's catalogue could not be read or derived ({exc}); run `plankg build`.") from exc
