"""Many plans in one process (issue 12): catalogues at start, a plan's engine when a question is about it.

Mechanisms only; start-up time and memory at 1,000 plans are measured in ``bench/scale.py``.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import qa.index.catalogue
from kg.store.buildfolder import list_builds
from pipeline import build_plans
from qa.index.catalogue import CATALOGUE_FILE, load_catalogue
from qa.engine import Engine
from qa.planset import PlanSet

SEED = "lingling-14th-five-year-plan"
CITY, COUNTY13, COUNTY14 = "qinglan-city-14th", "shanyuan-county-13th", "mini-plan"


@pytest.fixture(scope="module")
def home(four_plan_home) -> Path:
    return four_plan_home


@pytest.fixture(scope="module")
def merged(home) -> Engine:
    return Engine.from_home(home, route=False)


def _planset(home, **kw) -> PlanSet:
    builds = list_builds(home)
    return PlanSet(builds, builds[0].manifest["encoder"], **kw)


def test_build_writes_a_catalogue_and_start_reads_nothing_else(home, monkeypatch):
    assert all((b.dir / CATALOGUE_FILE).is_file() for b in list_builds(home))

    def refuse(*args, **kwargs):
        raise AssertionError("a plan's view was loaded at start")

    monkeypatch.setattr(qa.index.catalogue, "load_view", refuse)
    plans = Engine.from_home(home, route=True)
    assert isinstance(plans, PlanSet) and plans.loaded == []
    assert plans.plan_ids == sorted([SEED, CITY, COUNTY13, COUNTY14])


def test_scoped_question_loads_only_its_plan(home, merged):
    plans = _planset(home)
    a = plans.ask("森林覆盖率2025年目标是多少？", plan=COUNTY14)
    assert plans.loaded == [(COUNTY14,)]
    assert a.to_json() == merged.ask("森林覆盖率2025年目标是多少？", plan=COUNTY14).to_json()


def test_unscoped_question_goes_to_the_plan_naming_its_entity(home, merged):
    plans = _planset(home)
    a = plans.ask("何仙观水库的总库容是多少？")
    assert plans.loaded == [(SEED,)]
    assert a.found and a.to_json() == merged.ask("何仙观水库的总库容是多少？").to_json()


def test_question_naming_two_plans_is_compared_over_those_plans(home):
    plans = _planset(home)
    a = plans.ask("杉源县十三五和十四五的森林覆盖率目标分别是多少？")
    assert a.kind == "compare" and plans.loaded == [tuple(sorted([COUNTY13, COUNTY14]))]


def test_name_many_plans_hold_asks_which_plan(home):
    plans = _planset(home, max_plans=1)
    assert len(plans.names.plans_holding("地区生产总值")) > 1
    a = plans.ask("2025年地区生产总值目标是多少？")
    assert not a.found and a.kind == "clarify" and "地区生产总值" in a.answer and "范围" in a.answer
    assert plans.loaded == []  # no plan guessed, nothing loaded
    assert plans.search("地区生产总值") == []


def test_engines_cache_is_bounded(home):
    plans = _planset(home, cached=1)
    plans.ask("森林覆盖率2025年目标是多少？", plan=COUNTY14)
    plans.ask("何仙观水库的总库容是多少？")
    assert plans.loaded == [(SEED,)]
    plans = _planset(home, cached=2)  # counted in plans: an engine over two plans fills it
    plans.ask("何仙观水库的总库容是多少？")
    plans.ask("杉源县十三五和十四五的森林覆盖率目标分别是多少？")
    assert plans.loaded == [tuple(sorted([COUNTY13, COUNTY14]))]


def test_entities_suggestions_and_neighbourhood_across_plans(home):
    plans = _planset(home)
    assert plans.find_entities("何仙观水库")[0].label == "永州市零陵区何仙观水库工程"
    assert "永州市零陵区何仙观水库工程" in plans.suggest("永州市零陵区何仙")
    centre, G = plans.neighbourhood("何仙观水库")
    assert centre in G and SEED in centre


def test_stale_catalogue_is_derived_again_and_rewritten(home):
    build = next(b for b in list_builds(home) if b.plan_id == COUNTY14)
    path = build.dir / CATALOGUE_FILE
    fresh = load_catalogue(build)
    data = json.loads(path.read_text("utf-8"))
    path.write_text(json.dumps({**data, "code": "other-code", "forms": []}, ensure_ascii=False), "utf-8")
    assert load_catalogue(build) == fresh
    assert json.loads(path.read_text("utf-8"))["code"] == data["code"]


def test_plan_titles_and_one_plans_indexes_for_the_app(home, merged):
    plans = _planset(home)
    assert plans.plan_titles == merged.plan_titles
    assert plans.kb_of(COUNTY14).plan_ids == [COUNTY14] and plans.loaded == [(COUNTY14,)]


def test_a_plan_rebuilt_and_pruned_since_start_is_served_from_its_new_build(home, mini_plan_path):
    import shutil

    plans = _planset(home)
    old = next(b for b in plans.builds if b.plan_id == COUNTY14)
    new = build_plans([mini_plan_path], home=home, encoder="hash", force=True)[0].build
    shutil.rmtree(old.dir)  # what pruning does to an old build once its grace period is over
    a = plans.ask("森林覆盖率2025年目标是多少？", plan=COUNTY14)
    assert a.found and plans.engine_for([COUNTY14]).builds[0].dir == new.dir


def test_what_is_read_once_per_kb_goes_with_the_kb():
    """A KB evicted by a PlanSet is not kept alive by the figures' per-KB memo (plan horizons)."""
    import gc
    import weakref

    import networkx as nx

    from qa.index.kb import KB
    from qa.values.prose import plan_horizon

    kb = KB(nx.MultiDiGraph())
    assert plan_horizon(kb, None) is None
    gone = weakref.ref(kb)
    del kb
    gc.collect()
    assert gone() is None
