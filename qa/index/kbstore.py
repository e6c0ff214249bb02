"""One plan's answering indexes, persisted with its build: a cold plan loads in one read.

An engine over one plan needs its networkx view and the :class:`~qa.index.kb.KB`
built over it (paragraphs by id, structure by number, the entity link index).
Building the KB normalises every paragraph and every name variant (~30 ms per
seed-sized plan on a quiet core, 3× that under load) — the larger part of a
cold plan's load in a :class:`~qa.planset.PlanSet`. ``plankg build`` therefore
writes the KB, view included, to ``kb.pickle``; reading it back is one
unpickle (~15 ms) with nothing rebuilt.

File layout: one JSON header line, then the pickle. The header holds the
format, a stamp of the code that derives the KB (:func:`kb_stamp`), the source's
SHA-256 and the SHA-256 and length of the pickle, so a changed code version or
source, and a truncated or corrupted file, are each detected before anything is
unpickled from it. :func:`load_kb` then derives the KB from the view again
(and writes it back, atomically), so a bad file costs time, never an answer.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import pickle
from collections import defaultdict
from pathlib import Path

import kg.facts
from kg.store.buildfolder import PlanBuild, atomic_write_bytes
from kg.facts import ENTITY_TYPES
from kg.graph.nxmerge import merge_views
from kg.store.views import load_view, view_stamp

from .kb import KB
from ..question.link import EntityIndex

__all__ = ["KB_FILE", "kb_stamp", "save_kb", "read_kb", "load_kb", "merge_kbs"]

#: The file beside ``view.pickle`` in a build folder.
KB_FILE = "kb.pickle"

#: Bump when the file's layout changes.
_FORMAT = "1"

#: Modules whose code decides what a KB holds (its constructor and the link index it builds).
_KB_CODE = ("index/kb.py", "question/link.py", "question/intent.py", "question/ngrams.py", "index/kbstore.py")


@functools.cache
def kb_stamp() -> str:
    """A hash of the file format, the view's stamp and the code that builds a KB from a view."""
    here = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(f"{_FORMAT}|{view_stamp()}|{pickle.HIGHEST_PROTOCOL}".encode())
    for name in _KB_CODE:
        h.update((here / name).read_bytes())
    h.update(Path(kg.facts.__file__).read_bytes())  # ENTITY_TYPES: which nodes are linked
    return h.hexdigest()[:12]


def save_kb(kb: KB, folder: Path, *, source_sha256: str) -> Path:
    """Write ``kb`` (view included) to ``folder/kb.pickle`` atomically; return the path."""
    payload = pickle.dumps(kb, protocol=pickle.HIGHEST_PROTOCOL)
    header = {"format": _FORMAT, "code": kb_stamp(), "source_sha256": source_sha256,
              "bytes": len(payload), "sha256": hashlib.sha256(payload).hexdigest()}
    path = Path(folder) / KB_FILE
    atomic_write_bytes(path, json.dumps(header).encode() + b"\n" + payload)
    return path


def read_kb(build: PlanBuild) -> KB:
    """The KB persisted in ``build``'s folder.

    Raises
    ------
    ValueError
        If the file is unreadable, truncated or corrupted (length or SHA-256 differ from
        its header), or was written for another source or by other code (stale).
    OSError
        If the file cannot be read.
    """
    data = (build.dir / KB_FILE).read_bytes()
    line, _, payload = data.partition(b"\n")
    try:
        header = json.loads(line)
    except ValueError as exc:
        raise ValueError(f"{KB_FILE} in {build.dir} has no readable header") from exc
    expect = {"format": _FORMAT, "code": kb_stamp(), "source_sha256": build.manifest.get("source_sha256")}
    if not isinstance(header, dict) or {k: header.get(k) for k in expect} != expect:
        raise ValueError(f"{KB_FILE} in {build.dir} is stale ({header} ≠ {expect})")
    if len(payload) != header.get("bytes") or hashlib.sha256(payload).hexdigest() != header.get("sha256"):
        raise ValueError(f"{KB_FILE} in {build.dir} is truncated or corrupted ({len(payload)} bytes)")
    kb = pickle.loads(payload)
    if not isinstance(kb, KB):
        raise ValueError(f"{KB_FILE} in {build.dir} holds a {type(kb).__name__}, not a KB")
    return kb


def load_kb(build: PlanBuild, *, write: bool = True) -> KB:
    """``build``'s KB: read from its folder, else built from its view (and written back if ``write``).

    A folder the process may not write to is served all the same: the derived
    KB is then kept in memory only. Raises IndexNotBuilt if the build has
    neither a usable ``kb.pickle`` nor a view or graph to derive one from.
    """
    try:
        return read_kb(build)
    except (OSError, ValueError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    kb = KB(load_view(build))
    if write:
        with contextlib.suppress(OSError):  # a read-only folder: served from memory
            save_kb(kb, build.dir, source_sha256=build.manifest.get("source_sha256"))
    return kb


def merge_kbs(kbs: list[KB]) -> KB:
    """One KB over several plans from their own KBs, equal to ``KB(merge_views(their views))``.

    Nothing is normalised again: paragraph texts, indexes and the link index's
    surface forms are joined (the plans' nodes are disjoint but for shared
    places, whose attributes :func:`~kg.graph.nxmerge.merge_views` unites). The
    first KB's view is extended in place, so pass freshly loaded KBs. Twice
    faster than building (~12 ms per plan instead of ~30 ms on a quiet core).
    """
    if len(kbs) == 1:
        return kbs[0]
    kb = KB.__new__(KB)
    kb.G = G = merge_views(k.G for k in kbs)
    kb.norm_text, kb._para, kb._structure = {}, {}, {}
    by_type: dict[str, set[str]] = defaultdict(set)
    kb._quantities = defaultdict(list)
    for k in kbs:
        kb.norm_text.update(k.norm_text)
        kb._para.update(k._para)
        kb._structure.update(k._structure)
        for t, nodes in k.by_type.items():
            by_type[t].update(nodes)
        for key, nodes in k._quantities.items():
            kb._quantities[key].extend(nodes)
    kb.by_type = defaultdict(list, {t: sorted(nodes) for t, nodes in by_type.items()})
    kb.paragraph_nodes = _reading_order(kb, kbs)
    kb.plan_ids = sorted({p for k in kbs for p in k.plan_ids})
    kb.shared_sources = {n: G.nodes[n]["plan_sources"] for k in kbs for n in k.shared_sources}
    kb.entities = {n: G.nodes[n] for t in ENTITY_TYPES for n in kb.by_type.get(t, [])}
    kb.index = _merge_indexes([k.index for k in kbs], kb.entities)
    return kb


def _reading_order(kb: KB, kbs: list[KB]) -> list[str]:
    # Reading order starts with the plan id: KBs of one plan each, in plan order, are already in it.
    if all(len(k.plan_ids) == 1 for k in kbs) and len({k.plan_ids[0] for k in kbs}) == len(kbs):
        return [n for k in sorted(kbs, key=lambda k: k.plan_ids[0]) for n in k.paragraph_nodes]
    return sorted((n for k in kbs for n in k.paragraph_nodes), key=kb._reading_order)


def _merge_indexes(indexes: list[EntityIndex], entities: dict[str, dict]) -> EntityIndex:
    # EntityIndex.__init__ without its name normalisation: forms of every plan joined.
    index = EntityIndex.__new__(EntityIndex)
    index._meta = {node: (str(a.get("label") or ""), str(a.get("type") or "")) for node, a in entities.items()}
    index._forms = defaultdict(list)
    for i in indexes:
        for form, entries in i._forms.items():
            index._forms[form].extend(entries)
    index._lengths = sorted({len(f) for f in index._forms}, reverse=True)
    index._names = defaultdict(list)
    for i in indexes:
        for name, nodes in i._names.items():
            index._names[name].extend(nodes)
    # Each plan's (form, bigrams) pairs, the first of a form shared by several: the order of the joined forms.
    index._bigram_forms = list({f: (f, grams) for i in indexes for f, grams in i._bigram_forms}.values())
    index._by_bigram = defaultdict(list)
    for n, (_, grams) in enumerate(index._bigram_forms):
        for g in grams:
            index._by_bigram[g].append(n)
    return index
