"""The app's per-plan views over many plans (a PlanSet, issue 12): each loads only the plans it shows.

The handlers are the app's own (``ui``, ``webui``); a PlanSet serves the seed and the
comparison plans, and every view is checked against an engine over just the plans it shows.
"""
from __future__ import annotations

import html
import re

import pytest

import qa.engine
import ui
from kg.errors import QueryError
from qa.engine import Engine
from qa.planset import PlanSet
from tests.conftest import COMPARE_PLANS, DATA, MINI_PLAN, hash_home
from webui.compare import compare_table
from webui.targets import target_table

SEED = "lingling-14th-five-year-plan"
CITY, COUNTY13, COUNTY14 = COMPARE_PLANS
PARK = "新材料百亿产业园"


@pytest.fixture(scope="module")
def home(tmp_path_factory, seed_path):
    return hash_home(tmp_path_factory, [seed_path, MINI_PLAN, *(DATA / "compare" / f"{p}.txt" for p in COMPARE_PLANS[:2])],
                     "ui-planset-home")


@pytest.fixture
def plans(home, monkeypatch) -> PlanSet:
    """A PlanSet over the four plans; any engine over three plans or more fails the test."""
    loaded = Engine.from_builds.__func__

    def at_most_two(cls, builds, *args, **kwargs):
        assert len(builds) <= 2, f"a view loaded {len(builds)} plans"
        return loaded(cls, builds, *args, **kwargs)

    monkeypatch.setattr(qa.engine.Engine, "from_builds", classmethod(at_most_two))
    out = Engine.from_home(home, route=True)
    assert isinstance(out, PlanSet)
    return out


@pytest.fixture(scope="module")
def seed_only(home) -> Engine:
    return Engine.from_home(home, plans=[SEED])


def test_graph_view_loads_the_entitys_plan_and_draws_as_over_that_plan(plans, seed_only):
    view, facts, centre, label, status = ui.graph_view(plans, PARK, 1)
    assert plans.loaded == [(SEED,)]
    assert (view, facts, centre, label, status) == ui.graph_view(seed_only, PARK, 1)
    # Every neighbour, the plan node among them (its IRI has no path after the plan id).
    for neighbour in sorted(seed_only.G.successors(centre)):
        assert ui.pick_node(plans, neighbour) == ui.pick_node(seed_only, neighbour), neighbour
    assert ui._default_entity(plans) == ui._default_entity(Engine.from_home(plans.builds[0].dir.parents[3],
                                                                              plans=[plans.plan_ids[0]]))


def test_exports_and_briefings_load_the_entitys_plan(plans, tmp_path):
    path, _, status = ui.export_file(plans, PARK, 1, "ttl", folder=tmp_path)
    assert "已生成" in status and PARK in open(path, encoding="utf-8").read()
    path, _, status = ui.briefing_file(plans, PARK, 1, "HTML", folder=tmp_path)
    assert "已生成" in status and plans.loaded == [(SEED,)]


def test_sparql_runs_over_the_scoped_plan_and_is_refused_over_all(plans, seed_only):
    query = "SELECT ?p ?name WHERE { ?p a pk:Park ; rdfs:label ?name }"
    table, turtle, status = ui.sparql_view(plans, query, 10, SEED)
    assert (table, turtle) == ui.sparql_view(seed_only, query, 10)[:2] and f"共 {len(table['data'])} 行" in status
    with pytest.raises(QueryError):
        ui.sparql_view(plans, query, 10, ui.ALL_PLANS)
    out = ui._guarded(ui.sparql_view, plans, 3)(query, 10, ui.ALL_PLANS)
    assert "提问范围" in out[2] and "一次只查一个规划" in out[2]
    assert plans.loaded == [(SEED,)]


def test_comparison_loads_the_chosen_plans_only(plans, home):
    table = compare_table(plans, [COUNTY13, COUNTY14])
    assert plans.loaded == [tuple(sorted([COUNTY13, COUNTY14]))]
    two = Engine.from_home(home, plans=[COUNTY13, COUNTY14])
    assert table == compare_table(two, [COUNTY13, COUNTY14])


def test_reader_and_targets_load_their_plan(plans, seed_only):
    history, _, _ = ui.chat_reply(plans, "何仙观水库的总库容是多少？", [], SEED)
    key = html.unescape(re.search(r'class="pk-read" value="([^"]+)"', history[-1]["content"]).group(1))
    assert ui.read_source(plans, key) == ui.read_source(seed_only, key)
    assert target_table(plans, SEED) == target_table(seed_only, SEED)
    assert plans.loaded == [(SEED,)]


def test_clarifying_answer_says_how_to_choose_a_plan(plans):
    strict = PlanSet(plans.builds, plans.enc_name, max_plans=1)  # every name here is held by more plans
    for q in ("2025年地区生产总值目标是多少？", "如何改善营商环境？"):
        a = strict.ask(q)
        assert a.kind == "clarify" and "提问范围" in a.answer and "--plan" in a.answer, a.answer
    assert strict.loaded == []


def test_the_app_builds_over_a_planset_loading_one_plan(plans):
    demo = ui.build_ui(plans)
    assert demo is not None and len(plans.loaded) == 1  # examples and the graph tab's first entity: one plan
