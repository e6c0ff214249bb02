"""Many plans in one process: catalogues at start, a plan's engine loaded when a question is about it.

An :class:`~qa.engine.Engine` merges the views of all the plans it serves; its
start-up time and memory grow with every plan (~0.2 s and ~8 MiB each, and an
unscoped question searches every plan's passages). :class:`PlanSet` serves
hundreds or thousands of plans: at start it reads only each plan's catalogue
(:mod:`qa.index.catalogue`: title and entity name forms) into one
:class:`~qa.index.catalogue.NameIndex`. A question is then answered by an ordinary
engine over the plans it concerns, loaded on first use and kept in a bounded
least-recently-used cache:

* scoped to a plan (``plan=``): that plan's engine — no other plan's files are opened;
* naming two plans or more by level, region or period (「零陵区和冷水滩区的…对比」):
  an engine over just those plans, as a comparison;
* naming entities of a few plans (a project, park, town or district name held by at
  most ``max_plans`` plans): an engine over those plans;
* otherwise (no name, or only names that many plans hold, such as 地区生产总值):
  no plan is guessed — the answer (``found=False``, ``kind="clarify"``) says how
  many plans hold what it names and asks for the plan (the scope) or a name.

Nothing reads every plan: the app's graph, reader, comparison and SPARQL views
ask for the engine over their plans (:meth:`PlanSet.over`, :meth:`PlanSet.holding`;
an :class:`~qa.engine.Engine` answers both with itself). SPARQL over all plans at
once is refused here; a shared graph server answers it (``docs/deployment.md``).
"""
from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from contextlib import contextmanager
from functools import cached_property
from typing import Sequence

import networkx as nx

from kg.compare.plans import PlanInfo, plan_info
from kg.errors import EntityNotFound, IndexNotBuilt
from kg.store.buildfolder import PlanBuild, current_build

from .answer import Answer
from .index.catalogue import NameIndex, Route, load_catalogues
from .compare import plans_named
from .engine import Engine, _check_question
from .question.intent import normalise_question
from .index.kb import KB, plan_of
from .question.link import Link

__all__ = ["CACHED_PLANS", "PlanSet"]

#: Plans whose engines are kept loaded (an engine holds one plan, or the few a question named):
#: ~9 MiB per seed-sized plan, up to ~35 MiB once searched, so at most ~2.2 GiB. Bounded by
#: plans, not engines: with engines of 2–4 plans, 32 engines held 2.9 GiB at 1,000 plans
#: (``docs/benchmarks.md``). A cold plan loads in ~40 ms (qa/index/kbstore.py), so more would buy little.
CACHED_PLANS = 64


_pause_lock = threading.Lock()
_pauses = 0


@contextmanager
def _collector_paused():
    """Run the block with the cyclic garbage collector off (process-wide; nested and threads counted).

    Loading a plan allocates ~100,000 containers; each 700 allocations start a
    young collection and every tenth of those walks older objects too, which
    tripled a cold load under load (40 → 120 ms). What a load allocates holds no
    garbage cycles (unpickled dicts and lists), so nothing is lost by not looking.
    """
    global _pauses
    with _pause_lock:
        if _pauses == 0:
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0:
                gc.enable()


def _release(engine: Engine) -> None:
    """Break the reference cycles an evicted engine holds, so reference counting frees it at once.

    networkx caches its views on the graph (``G.nodes`` is a NodeView holding
    ``G``): one cycle that kept a whole plan's view (~20,000 dicts and lists)
    alive until a full collection. Everything loaded is frozen (``gc.freeze``,
    see :class:`PlanSet`), so a full collection would never come: without this,
    memory grew with every cold plan. A question still running on the evicted
    engine just rebuilds the cached views.
    """
    G = engine.G
    for name in _CACHED_VIEWS:
        G.__dict__.pop(name, None)


#: The networkx graph attributes that are cached views holding the graph (``functools.cached_property``).
_CACHED_VIEWS = tuple({name for klass in nx.MultiDiGraph.__mro__ for name, v in vars(klass).items()
                       if isinstance(v, cached_property)})


#: What a clarifying answer asks the reader to do next: choose the plan (the app's scope, the CLI's option) or name it.
_CHOOSE = ("请在页面上方的“提问范围”中选择要问的规划（命令行加 --plan 规划编号），"
           "或在问题中写出地区、项目、园区等名称后再问。")


class PlanSet:
    """Answers questions over many built plans, loading a plan's engine when a question is about it.

    Parameters
    ----------
    builds : sequence of PlanBuild
        The served plans' published builds.
    enc_name : str
        The encoder their vectors were built with.
    cached : int
        Plans whose engines are kept loaded, counted over all cached engines (least recently
        used engines dropped first; the newest is always kept).
    max_plans : int
        Most plans a question is routed to by the names it mentions (see :class:`~qa.index.catalogue.NameIndex`).

    Raises
    ------
    IndexNotBuilt
        If a plan has neither a catalogue nor a view or graph to derive one from.
    """

    def __init__(self, builds: Sequence[PlanBuild], enc_name: str, *, cached: int = CACHED_PLANS, max_plans: int = 5):
        self.builds = sorted(builds, key=lambda b: b.plan_id)
        self._by_id = {b.plan_id: b for b in self.builds}
        self.enc_name = enc_name
        self.names = NameIndex(load_catalogues(self.builds), max_plans=max_plans)
        self._cached = max(1, cached)
        self._engines: OrderedDict[tuple[str, ...], Engine] = OrderedDict()
        self._lock = threading.Lock()
        self._loading: dict[tuple[str, ...], threading.Lock] = {}
        self._freeze()

    @property
    def plan_ids(self) -> list[str]:
        return [b.plan_id for b in self.builds]

    @cached_property
    def plan_identities(self) -> dict[str, PlanInfo]:
        """Level, region and period of each served plan, read from its title."""
        return {pid: plan_info(pid, title) for pid, title in self.names.titles.items()}

    # -- engines ----------------------------------------------------------------
    def engine_for(self, plans: Sequence[str]) -> Engine:
        """The engine over ``plans`` (loaded at first use, then cached); raises IndexNotBuilt for an unknown plan."""
        key = tuple(sorted(set(plans)))
        builds = [self._by_id.get(p) for p in key]
        if None in builds or not key:
            unknown = [p for p, b in zip(key, builds) if b is None]
            raise IndexNotBuilt(f"No plan {', '.join(unknown) or '(none)'} among the {len(self.builds)} served; "
                                f"pick one of the served plans")
        with self._lock:
            if key in self._engines:
                self._engines.move_to_end(key)
                return self._engines[key]
            loading = self._loading.setdefault(key, threading.Lock())
        with loading:  # one load per key, other keys load concurrently
            with self._lock:
                if key in self._engines:
                    return self._engines[key]
            with _collector_paused():
                engine = Engine.from_builds([self._published(b) for b in builds], self.enc_name)
            with self._lock:
                self._engines[key] = engine
                self._loading.pop(key, None)
                evicted = []
                while len(self._engines) > 1 and sum(map(len, self._engines)) > self._cached:
                    evicted.append(self._engines.popitem(last=False)[1])
            for old in evicted:
                _release(old)
            self._freeze()
        return engine

    @staticmethod
    def _freeze() -> None:
        # Loaded engines are long-lived: exempt them from collections, which otherwise walk every
        # cached engine (0.2–2 s pauses with 32 cached). Frozen objects are still freed by reference
        # counting when an engine is evicted; its cycles are broken first (_release).
        gc.freeze()

    def _published(self, build: PlanBuild) -> PlanBuild:
        # A plan first asked about hours after start may have been rebuilt since and its old folder pruned
        # (kg.store.buildfolder keeps two older builds): then its current build is served.
        if build.dir.is_dir():
            return build
        fresh = current_build(build.dir.parents[3], build.plan_id)  # <home>/plans/<plan>/builds/<build>
        with self._lock:
            self._by_id[build.plan_id] = fresh
        return fresh

    @property
    def loaded(self) -> list[tuple[str, ...]]:
        """The plan sets whose engines are loaded now, least recently used first."""
        with self._lock:
            return list(self._engines)

    @property
    def plan_titles(self) -> dict[str, str]:
        """Each served plan's title (from its catalogue)."""
        return self.names.titles

    def kb_of(self, plan: str | None = None) -> KB:
        """The indexes of ``plan`` (default: the first served plan), loading only that plan."""
        return self.engine_for([plan or self.plan_ids[0]]).kb

    def over(self, plans: Sequence[str]) -> Engine:
        """The engine over just ``plans`` (loaded at first use); raises IndexNotBuilt for none or an unknown plan."""
        return self.engine_for(plans)

    def holding(self, name: str) -> Engine:
        """The engine over the plan of node ``name``, or over the plans entity name ``name`` routes to.

        Raises
        ------
        EntityNotFound
            If no served plan holds an entity of that name.
        """
        plan = plan_of(name)
        plans = (plan,) if plan in self._by_id else self._entity_plans(normalise_question(name))
        if not plans:
            raise EntityNotFound(f"No entity matches {name!r}; check the spelling or pick a suggestion")
        return self.engine_for(plans)

    def sparql(self, query: str, *, timeout: float = 10.0, plan: str | None = None):
        """Run ``query`` over the graph of ``plan``; without a plan it is refused (QueryError), never run over all.

        Parsing and holding every plan's graph (~19,000 triples each) would take
        minutes and GiBs at 1,000 plans; a graph server (``plankg push``, see
        ``docs/deployment.md``) answers queries across plans.
        """
        if not plan:
            from kg.errors import QueryError

            raise QueryError(f"已载入{len(self.builds)}个规划，SPARQL 查询一次只查一个规划：请在“提问范围”中选择规划后再运行"
                             f"（跨规划查询请用共享的图数据库，见部署说明）。")
        return self.engine_for([plan]).sparql(query, timeout=timeout)

    # -- routing ----------------------------------------------------------------
    def route(self, question: str) -> tuple[tuple[str, ...], Route | None]:
        """(the plans an unscoped ``question`` goes to, the name route that chose them); no plans: ask which."""
        named = plans_named(question, self.plan_identities)
        if 2 <= len(named) <= self.names.max_plans:
            return tuple(named), None
        r = self.names.route(question)
        return r.plans, r

    def _clarify(self, q: str, route: Route | None) -> Answer:
        n = len(self.builds)
        if route and route.common:
            form = route.common[0]
            held = self.names.plans_holding(form)
            some = "、".join(self.names.titles[p] for p in held[:3])
            text = (f"已载入{n}个规划，问题中的“{form}”在其中{len(held)}个规划中都有（如{some}），"
                    f"无法确定问的是哪一个。{_CHOOSE}")
        else:
            text = (f"已载入{n}个规划，问题中没有能确定是哪一个规划的名称。"
                    f"{_CHOOSE}")
        return Answer(q, text, False, kind="clarify")

    # -- answering ----------------------------------------------------------------
    def ask(self, question: str, *, plan: str | None = None) -> Answer:
        """Answer ``question`` (scoped to ``plan`` if given) with citations; see the module docstring for routing."""
        q = _check_question(question)
        if plan:
            return self.engine_for([plan]).ask(q, plan=plan)
        plans, route = self.route(q)
        if not plans:
            return self._clarify(q, route)
        return self.engine_for(plans).ask(q)

    def refusal(self, question: str, message: str) -> Answer:
        """The answer for a question that cannot be asked (empty, too long)."""
        return Answer(question, message, False, kind="refused")

    def search(self, question: str, *, k: int = 10, mode: str = "hybrid", plan: str | None = None) -> list:
        """Passages for ``question`` from ``plan``, or from the plans it names (none named: no hits)."""
        q = _check_question(question)
        plans = (plan,) if plan else self.route(q)[0]
        return self.engine_for(plans).search(q, k=k, mode=mode, plan=plan) if plans else []

    def _entity_plans(self, name: str) -> tuple[str, ...]:
        # The plans a name routes to, else the first plans holding it as a whole form.
        return self.names.route(name).plans or tuple(self.names.plans_holding(name)[: self.names.max_plans])

    def find_entities(self, name: str, *, limit: int = 10) -> list[Link]:
        """Entities whose names match ``name``, from the plans the name routes to (else the first plans holding it)."""
        n = normalise_question(name)
        plans = self._entity_plans(n) if n else ()
        return self.engine_for(plans).find_entities(n, limit=limit) if plans else []

    def suggest(self, prefix: str, *, limit: int = 20) -> list[str]:
        """Entity labels of all served plans starting with (then containing) ``prefix``, most-cited first."""
        return self.names.suggest(normalise_question(prefix), limit=limit)

    def neighbourhood(self, name: str, *, hops: int = 1) -> tuple[str, nx.MultiDiGraph]:
        """(centre node, its neighbourhood) for an entity name or node; raises EntityNotFound."""
        return self.holding(name).neighbourhood(name, hops=hops)

    def xref(self, phrase: str, *, plan: str | None = None) -> Answer:
        """Every chapter/section/paragraph that mentions ``phrase``, in ``plan`` or the plans it names."""
        q = _check_question(phrase, words=False)
        plans, route = ((plan,), None) if plan else self.route(q)
        if not plans:
            return self._clarify(q, route)
        return self.engine_for(plans).xref(q, plan=plan)
