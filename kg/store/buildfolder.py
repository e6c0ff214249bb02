"""The build folder: where artefacts live, how they are keyed, and atomic writes.

Layout::

    <home>/plans/<plan-id>/builds/<key>-<n>/   one complete build (manifest.json written last)
    <home>/plans/<plan-id>/current         symlink to the build in use

A build is written into a fresh folder and published by swapping the
``current`` symlink with ``os.replace``, which is atomic: a reader that
resolved ``current`` keeps a complete build, a new reader gets the new one, and
nobody sees half-written files. ``key`` hashes the source bytes, the code's
extraction version and the encoder name, so changing any of them rebuilds.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from kg.errors import IndexNotBuilt

__all__ = [
    "DATA_DIR",
    "default_home",
    "default_sources",
    "code_version",
    "build_key",
    "atomic_write_bytes",
    "atomic_write_text",
    "PlanBuild",
    "current_build",
    "list_builds",
    "load_builds",
    "distinct_builds",
    "publish_build",
    "prune_builds",
    "REWRITTEN_AT_LOAD",
]

#: The embedded default corpus shipped with the project.
DATA_DIR = Path(__file__).resolve().parents[2] / "data"

_CODE_DIRS = ("kg", "embeddings")
# Code outside those folders that shapes a persisted artefact (the BM25 postings).
_CODE_FILES = ("qa/index/bm25.py",)
_KEEP_OLD_BUILDS = 1
#: How long a superseded build is kept for readers that resolved ``current`` before the swap and are loading it
#: (a load takes seconds); past it only the build just superseded is kept, so builds do not pile up on disk.
_PRUNE_GRACE_SECONDS = 120.0
#: A work folder (``.<key>.*``) untouched this long belongs to no running build.
_STALE_WORK_SECONDS = 6 * 3600.0


def default_home() -> Path:
    """``$PLANKG_HOME`` or ``~/.cache/plankg``."""
    env = os.environ.get("PLANKG_HOME")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "plankg"


def default_sources() -> list[Path]:
    """The plans embedded in ``data/`` (the default corpus)."""
    return sorted(p for p in DATA_DIR.iterdir() if p.suffix in {".txt", ".md", ".docx"})


def code_version() -> str:
    """A hash of the code that shapes artefacts (``kg/``, ``embeddings/``, the ontology, ``qa/index/bm25.py``).

    Any edit to extraction or indexing code changes it, so stale builds are
    never reused after an upgrade.
    """
    root = Path(__file__).resolve().parents[2]
    h = hashlib.sha256()
    files = [f for d in _CODE_DIRS for f in sorted((root / d).rglob("*.py")) + sorted((root / d).rglob("*.ttl"))]
    for f in files + [root / name for name in _CODE_FILES]:
        h.update(f.relative_to(root).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def build_key(source_sha256: str, encoder: str) -> str:
    """The folder name of one build: source, code and encoder in one short hash.

    Examples
    --------
    >>> len(build_key("ab" * 32, "hash"))
    16
    """
    raw = f"{source_sha256}|{code_version()}|{encoder}".encode()
    return hashlib.sha256(raw).hexdigest()[:16]


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder and rename it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp makes the file 0600: an export (`plankg export -o`) must be as readable as any file the user writes.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask, read without setting it (``os.umask`` sets it, for every thread, while it reads it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1], 8) for line in status if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError):
        return 0o022


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


@dataclass(frozen=True)
class PlanBuild:
    """One complete build of one plan."""

    plan_id: str
    dir: Path
    manifest: dict[str, Any]

    @property
    def graph_path(self) -> Path:
        return self.dir / "graph.nt"

    @property
    def passages_path(self) -> Path:
        return self.dir / "passages.jsonl"

    @property
    def index_dir(self) -> Path:
        return self.dir / "index"

    @property
    def graph_pickle_path(self) -> Path:
        """The rdflib graph, pickled (:mod:`kg.store.views`)."""
        return self.dir / "graph.pickle"

    @property
    def view_path(self) -> Path:
        """The networkx view, pickled (:mod:`kg.store.views`)."""
        return self.dir / "view.pickle"

    @property
    def bm25_path(self) -> Path:
        """The BM25 postings (:func:`qa.index.bm25.save_bm25`)."""
        return self.dir / "bm25.marshal"

    def damaged(self) -> list[str]:
        """Files the manifest lists that are gone or changed size (``[]`` when whole).

        A published folder is complete when written; this catches what happened to it
        since (a cleaner, a full disk, a hand edit). Builds made before the manifest
        listed its files (no ``files`` key) are taken as whole.

        Returns
        -------
        list of str
            Paths relative to the build folder, in manifest order.
        """
        damaged = []
        for name, size in self.manifest.get("files", {}).items():
            if name in REWRITTEN_AT_LOAD:
                continue
            try:
                if (self.dir / name).stat().st_size != size:
                    damaged.append(name)
            except OSError:
                damaged.append(name)
        return damaged


def _plan_root(home: Path, plan_id: str) -> Path:
    return Path(home) / "plans" / plan_id


def _read_manifest(build_dir: Path) -> dict[str, Any] | None:
    try:
        return json.loads((build_dir / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None


def current_build(home: Path, plan_id: str) -> PlanBuild:
    """The published build of ``plan_id``; raises IndexNotBuilt when there is none."""
    link = _plan_root(home, plan_id) / "current"
    target = link.resolve() if link.is_symlink() else None
    manifest = _read_manifest(target) if target else None
    if manifest is None:
        root = Path(home) / "plans"
        built = sorted(d.name for d in root.iterdir() if (d / "current").is_symlink()) if root.is_dir() else []
        known = f"已构建的规划：{'、'.join(built)}" if built else "那里还没有构建任何规划"
        raise IndexNotBuilt(
            f"「{home}」下没有规划「{plan_id}」的完整构建（{known}）；"
            "请从已构建的规划中选择，或先运行 `plankg build 文件`。"
        )
    return PlanBuild(plan_id, target, manifest)


def list_builds(home: Path) -> list[PlanBuild]:
    """Every plan with a published build, sorted by plan id."""
    root = Path(home) / "plans"
    out = []
    for d in sorted(root.iterdir()) if root.is_dir() else []:
        try:
            out.append(current_build(home, d.name))
        except IndexNotBuilt:
            continue
    return out


def load_builds(home: Path | None = None, *, plans: Sequence[str] | None = None) -> list[PlanBuild]:
    """The published builds to serve: the named plans, or every built plan."""
    home = Path(home) if home else default_home()
    if plans:
        return [current_build(home, p) for p in plans]
    builds = distinct_builds(list_builds(home))
    if not builds:
        raise IndexNotBuilt(f"「{home}」下还没有构建任何规划；请先运行 `plankg build 文件`（或 `plankg serve`，它会构建内置的规划）。")
    return builds


def distinct_builds(builds: Sequence[PlanBuild]) -> list[PlanBuild]:
    """``builds`` without a later build of the same source bytes: a copy built as a second plan (before builds were
    placed by content, :mod:`kg.store.placement`) is loaded once, so its answers are not repeated unnamed.

    Examples
    --------
    >>> a, b, c = (PlanBuild(i, Path(i), {"source_sha256": s}) for i, s in (("a", "1"), ("b", "2"), ("copy", "1")))
    >>> [x.plan_id for x in distinct_builds([a, b, c])]
    ['a', 'b']
    """
    seen: set[str] = set()
    out = []
    for b in builds:
        digest = b.manifest.get("source_sha256")
        if digest in seen:
            continue
        if digest:
            seen.add(digest)
        out.append(b)
    return out


def publish_build(home: Path, plan_id: str, key: str, write: Any) -> PlanBuild:
    """Run ``write(folder)`` into a fresh build folder, then publish it atomically.

    ``write`` must fill the folder and return the manifest dict; the manifest
    is written last, so a folder without one is never published or read.
    """
    root = _plan_root(home, plan_id)
    builds = root / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{key}.", dir=builds))
    try:
        manifest = dict(write(work), build_key=key)
        manifest["files"] = _file_sizes(work)  # so a later loss of a file is seen (PlanBuild.damaged)
        atomic_write_text(work / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        # A fresh folder name for every build: a forced rebuild never touches the build readers use.
        final = builds / f"{key}-{uuid.uuid4().hex[:8]}"
        os.replace(work, final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        _remove_if_empty(builds, root)  # a refused first build leaves no empty plan behind
        raise
    tmp_link = root / f".current.{uuid.uuid4().hex}"
    tmp_link.unlink(missing_ok=True)
    tmp_link.symlink_to(Path("builds") / final.name)
    os.replace(tmp_link, root / "current")
    _prune(builds, keep=final.name)
    return PlanBuild(plan_id, final, manifest)


#: Caches a loader re-derives from the build's other files and writes back when stale or
#: missing (qa/index/kbstore.py, qa/index/catalogue.py): a new size there is a repair, not damage.
REWRITTEN_AT_LOAD = frozenset({"kb.pickle", "catalogue.json"})


def _file_sizes(folder: Path) -> dict[str, int]:
    return {f.relative_to(folder).as_posix(): f.stat().st_size for f in sorted(folder.rglob("*")) if f.is_file()}


def _remove_if_empty(*folders: Path) -> None:
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:  # not empty (an earlier build, or another writer just started): keep it
            return


def prune_builds(home: Path, plan_id: str) -> None:
    """Delete the superseded builds of ``plan_id`` that no reader can still be loading (see :func:`_prune`)."""
    link = _plan_root(home, plan_id) / "current"
    if link.is_symlink():
        _prune(link.parent / "builds", keep=os.readlink(link).split("/")[-1])


def _prune(builds: Path, *, keep: str, grace: float | None = None) -> None:
    # A reader that resolved `current` just before a swap may still be loading the build it replaced: keep that
    # one, and any published less than `grace` seconds ago; the rest (and work folders a killed build left) go.
    grace = _PRUNE_GRACE_SECONDS if grace is None else grace
    now = time.time()
    entries = [d for d in builds.iterdir() if d.is_dir() and d.name != keep]
    old = sorted((d for d in entries if not d.name.startswith(".")), key=lambda d: d.stat().st_mtime, reverse=True)
    left = [d for d in entries if d.name.startswith(".")]  # a build being written, or one a killed process left
    for d in old[_KEEP_OLD_BUILDS:]:
        if now - d.stat().st_mtime > grace:
            _remove_tree(builds, d)
    for d in left:
        if now - d.stat().st_mtime > grace + _STALE_WORK_SECONDS:  # no build runs this long
            _remove_tree(builds, d)


def _remove_tree(builds: Path, folder: Path) -> None:
    """Delete ``folder`` atomically for readers: renamed out of sight (a dot name no lister reads) in one step first."""
    hidden = builds / f".trash-{uuid.uuid4().hex[:8]}"
    try:
        os.replace(folder, hidden)
    except OSError:
        return
    shutil.rmtree(hidden, ignore_errors=True)
