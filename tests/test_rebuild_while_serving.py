"""A rebuild while serving never exposes a half-written build.

One thread rebuilds the mini plan with ``force=True`` several times (what
``plankg build --force`` does while ``plankg serve`` runs) while readers keep
resolving and loading the published build: every ``current_build`` must
resolve to a complete build (manifest and every artefact present), and every
``Engine.from_home`` must succeed and hold exactly what its manifest counts.
"""
from __future__ import annotations

import threading
from collections import Counter
import time
from pathlib import Path

import pytest

from kg.store.buildfolder import current_build
from pipeline import build_plans
from qa.engine import Engine

_REBUILDS = 6
_DEADLINE = 60.0  # seconds; every loop below is also bounded by a count


@pytest.fixture()
def served(tmp_path: Path, mini_plan_path: Path) -> tuple[Path, str]:
    [report] = build_plans([mini_plan_path], home=tmp_path, encoder="hash")
    Engine.from_home(tmp_path)  # warm the tokenizer once so the loop measures loads, not imports
    return tmp_path, report.plan_id


def _missing(build_dir: Path) -> list[str]:
    wanted = [build_dir / "manifest.json", build_dir / "graph.nt", build_dir / "passages.jsonl", build_dir / "index"]
    return [p.name for p in wanted if not p.exists()]


def test_readers_never_see_a_partial_build(served, mini_plan_path):
    home, plan_id = served
    done = threading.Event()
    problems: list[str] = []
    counts = {"resolves": 0, "loads": 0, "rebuilds": 0}
    stop_at = time.monotonic() + _DEADLINE

    def rebuild() -> None:
        try:
            for _ in range(_REBUILDS):
                build_plans([mini_plan_path], home=home, encoder="hash", force=True)
                counts["rebuilds"] += 1
        except Exception as e:  # the writer failing is a failure too
            problems.append(f"rebuild: {e!r}")
        finally:
            done.set()

    def resolve() -> None:
        for _ in range(200_000):
            if done.is_set() or time.monotonic() > stop_at:
                return
            try:
                build = current_build(home, plan_id)
                if missing := _missing(build.dir):
                    problems.append(f"resolved {build.dir.name} without {missing}")
            except Exception as e:
                problems.append(f"resolve: {e!r}")
            counts["resolves"] += 1

    def load() -> None:
        for _ in range(500):
            if done.is_set() or time.monotonic() > stop_at:
                return
            try:
                engine = Engine.from_home(home)
                [build] = engine.builds
                expected = build.manifest["counts"]
                if len(engine.graph) != expected["triples"] or len(engine.retriever.passages) != expected["passages"]:
                    problems.append(f"load of {build.dir.name} does not match its manifest")
            except Exception as e:
                problems.append(f"load: {e!r}")
            counts["loads"] += 1

    threads = [threading.Thread(target=f) for f in (resolve, load, rebuild)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=_DEADLINE + 10)
    assert not any(t.is_alive() for t in threads), "a thread overran the deadline"
    assert counts["rebuilds"] == _REBUILDS
    assert counts["loads"] >= 1 and counts["resolves"] >= 1, counts
    kinds = Counter(p.split("(")[0].split(" without")[0] for p in problems)
    assert not problems, f"{len(problems)} failures in {counts}, by kind {dict(kinds)}; first: {problems[:3]}"
    # After the storm, the published build is complete and loads.
    assert not _missing(current_build(home, plan_id).dir)
    assert Engine.from_home(home).plan_ids == [plan_id]
