"""Graph stores: where plan graphs live besides the build folder, chosen by name.

Every plan is one named graph whose name is the plan's IRI
(:func:`kg.graph.rdf.plan_iri`, ``https://plankg.org/plan/<plan-id>``). Three
back-ends share the :class:`GraphStore` interface:

* ``memory``: an rdflib ``Dataset`` in this process (the default; today's
  behaviour of reading ``graph.nt`` into memory);
* ``oxigraph``: an on-disk Oxigraph database through ``oxrdflib``
  (persistent, one process at a time);
* ``sparql``: any SPARQL 1.1 server (Virtuoso, Fuseki, Oxigraph server …)
  through rdflib's ``SPARQLUpdateStore``, shared by many users.

:func:`get_store` picks a back-end by name (default ``$PLANKG_STORE``) and
fills its options from ``PLANKG_*`` variables; :func:`push_graph` and
:func:`pull_graph` move plan graphs in and out. Graphs with blank nodes are
refused: a server renames them, so the same plan could not be compared or
replaced. See ``docs/graph-store.md`` for pointing many users at one server.
"""
from __future__ import annotations

import base64
import importlib
import os
import urllib.request
import uuid
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Callable, ClassVar, Iterable, Iterator, Mapping, Sequence
from urllib.error import HTTPError, URLError
from urllib.parse import unquote, urlencode, urlsplit

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib import namespace as rdfns  # XSD stays off module globals: pytest probes them and XSD warns
from rdflib.namespace import RDF

from kg.errors import BackendNotFound, IndexNotBuilt, StoreError
from kg.graph.ontology import PK
from kg.graph.rdf import DEFAULT_BASE, plan_iri

__all__ = [
    "STORE_ENV",
    "GraphStore",
    "MemoryStore",
    "OxigraphStore",
    "SparqlStore",
    "known_stores",
    "get_store",
    "push_graph",
    "pull_graph",
    "push_builds",
]

Progress = Callable[[str, int, int], None]

#: name → (module, class); the class is imported on demand.
_STORES: dict[str, tuple[str, str]] = {
    "memory": ("kg.store.triplestore", "MemoryStore"),
    "oxigraph": ("kg.store.triplestore", "OxigraphStore"),
    "sparql": ("kg.store.triplestore", "SparqlStore"),
}

#: store name → {constructor option: environment variable that supplies it}.
STORE_ENV: dict[str, dict[str, str]] = {
    "oxigraph": {"path": "PLANKG_OXIGRAPH_PATH"},
    "sparql": {
        "query": "PLANKG_SPARQL_QUERY",
        "update": "PLANKG_SPARQL_UPDATE",
        "graph_store": "PLANKG_SPARQL_GRAPH_STORE",
        "user": "PLANKG_SPARQL_USER",
        "password": "PLANKG_SPARQL_PASSWORD",
    },
}

_PLAN_PREFIX = f"{DEFAULT_BASE}plan/"
# Virtuoso refuses an INSERT DATA whose generated SQL passes 10,000 lines (~1,500 triples);
# around 100 triples a request loaded the seed fastest there.
_BATCH = 100
# Debian's Virtuoso caps results at 10,000 rows; reads page at that size and follow any lower cap.
_PAGE = 10_000
_TIMEOUT = 120.0


def _noop(stage: str, done: int, total: int) -> None:
    return None


class GraphStore:
    """Plan graphs by plan id, one named graph per plan.

    Capability flags: ``persistent`` (survives the process) and ``shared``
    (many processes and users may read and write it at once).
    """

    name: ClassVar[str]
    persistent: ClassVar[bool] = False
    shared: ClassVar[bool] = False

    def plans(self) -> list[str]:
        """Ids of the plans the store holds, sorted."""
        raise NotImplementedError

    def put(self, graph: Graph, plan_id: str, *, progress: Progress = _noop) -> int:
        """Replace plan ``plan_id``'s graph with ``graph``; returns the triple count."""
        raise NotImplementedError

    def triples(self, plan_id: str) -> Iterable[tuple[Any, Any, Any]]:
        """Every triple of one plan; raises IndexNotBuilt if the store lacks it."""
        raise NotImplementedError

    def drop(self, plan_id: str) -> None:
        """Remove one plan's graph (nothing happens if it is absent)."""
        raise NotImplementedError

    def close(self) -> None:
        return None

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _missing(self, plan_id: str) -> IndexNotBuilt:
        return IndexNotBuilt(f"Plan {plan_id!r} is not in the {self.name} store {self}; push it with `plankg push`")


class _DatasetStore(GraphStore):
    """A store held in an rdflib ``Dataset`` (in memory or over an rdflib store plugin)."""

    def __init__(self, dataset: Dataset) -> None:
        self._ds = dataset

    def plans(self) -> list[str]:
        found = (g.identifier for g in self._ds.graphs())
        return sorted(_plan_id(g) for g in found if _plan_id(g) and (g, RDF.type, PK.Plan) in self._ds.graph(g))

    def put(self, graph: Graph, plan_id: str, *, progress: Progress = _noop) -> int:
        target = self._ds.graph(plan_iri(plan_id))
        self._ds.store.remove_graph(target)
        target = self._ds.graph(plan_iri(plan_id))
        target.addN((s, p, o, target) for s, p, o in graph)
        progress(f"{plan_id}: stored", len(graph), len(graph))
        return len(graph)

    def triples(self, plan_id: str) -> Iterable[tuple[Any, Any, Any]]:
        graph = self._ds.graph(plan_iri(plan_id))
        if (plan_iri(plan_id), RDF.type, PK.Plan) not in graph:
            raise self._missing(plan_id)
        return graph.triples((None, None, None))

    def drop(self, plan_id: str) -> None:
        self._ds.store.remove_graph(self._ds.graph(plan_iri(plan_id)))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(plans={len(self.plans())})"


class MemoryStore(_DatasetStore):
    """Plan graphs in this process's memory (rdflib's default store)."""

    name = "memory"

    def __init__(self) -> None:
        super().__init__(Dataset())


class OxigraphStore(_DatasetStore):
    """Plan graphs in an on-disk Oxigraph database (``pip install oxrdflib``).

    The database folder is locked by the process that opened it: one
    process at a time; many users share a ``sparql`` store instead.
    """

    name = "oxigraph"
    persistent = True

    def __init__(self, path: str | Path | None = None) -> None:
        try:
            importlib.import_module("oxrdflib")
        except ImportError as e:
            raise BackendNotFound("The oxigraph store needs the oxrdflib package; run `pip install oxrdflib`") from e
        from kg.store.buildfolder import default_home

        self.path = Path(path) if path else default_home() / "oxigraph"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        dataset = Dataset(store="Oxigraph")
        try:
            dataset.open(str(self.path))
        except OSError as e:
            raise StoreError(
                f"Cannot open the Oxigraph database at {str(self.path)!r} ({e}); another process may hold it, "
                "so stop that process or give another PLANKG_OXIGRAPH_PATH"
            ) from e
        super().__init__(dataset)

    def close(self) -> None:
        self._ds.close()

    def __repr__(self) -> str:
        return f"OxigraphStore({str(self.path)!r})"


class SparqlStore(GraphStore):
    """Plan graphs on a SPARQL 1.1 server, read and written through rdflib's ``SPARQLUpdateStore``.

    ``query``/``update`` are the endpoint URLs (``update`` defaults to
    ``query``); ``user``/``password`` are sent as HTTP Basic auth.
    ``graph_store``, a SPARQL 1.1 Graph Store endpoint, makes :meth:`put`
    send the plan as one N-Triples POST instead of ``batch``-triple
    ``INSERT DATA`` requests (about ten times faster on Virtuoso). A plan is
    loaded into a scratch graph and then ``MOVE``d onto its own, so readers
    never see half a plan.
    """

    name = "sparql"
    persistent = True
    shared = True

    def __init__(
        self,
        query: str | None = None,
        update: str | None = None,
        *,
        graph_store: str | None = None,
        user: str | None = None,
        password: str | None = None,
        batch: int = _BATCH,
        page: int = _PAGE,
    ) -> None:
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

        if not query:
            raise StoreError("No SPARQL endpoint given: set PLANKG_SPARQL_QUERY (and PLANKG_SPARQL_UPDATE) to the server's URLs")
        for url in (query, update, graph_store):
            if url and urlsplit(url).scheme not in {"http", "https"}:
                raise StoreError(f"SPARQL endpoint {url!r} is not an http(s) URL")
        self.query_url, self.update_url, self.graph_store_url = query, update or query, graph_store
        self.batch, self.page = batch, page
        self._auth = {"Authorization": "Basic " + base64.b64encode(f"{user}:{password or ''}".encode()).decode()} if user else {}
        # SPARQL XML results: Virtuoso answers a SELECT with RDF/XML when that type is also accepted.
        self._rdf = SPARQLUpdateStore(
            self.query_url, self.update_url, returnFormat="application/sparql-results+xml", headers=dict(self._auth)
        )

    def plans(self) -> list[str]:
        rows = self._select(f"SELECT DISTINCT ?g ?plan WHERE {{ GRAPH ?g {{ ?plan a <{PK.Plan}> }} }}", "listing plans")
        # Compared here, not in SPARQL: Virtuoso does not match ?plan = ?g.
        return sorted(_plan_id(g) for g, plan in rows if g == plan and _plan_id(g))

    def put(self, graph: Graph, plan_id: str, *, progress: Progress = _noop) -> int:
        target, scratch = plan_iri(plan_id), URIRef(f"urn:uuid:{uuid.uuid4()}")
        try:
            if self.graph_store_url:
                progress(f"{plan_id}: loading", 0, len(graph))
                self._post_ntriples(graph, scratch, plan_id=plan_id)
            else:
                self._insert_batches(graph, scratch, plan_id=plan_id, progress=progress)
            self._update(f"MOVE SILENT GRAPH <{scratch}> TO <{target}>", f"publishing plan {plan_id!r}")
        except Exception:
            with suppress(StoreError):  # keep the first error; a scratch graph left behind is harmless
                self._update(f"DROP SILENT GRAPH <{scratch}>", "cleaning up a failed load")
            raise
        progress(f"{plan_id}: stored", len(graph), len(graph))
        return len(graph)

    def triples(self, plan_id: str) -> Iterable[tuple[Any, Any, Any]]:
        g = plan_iri(plan_id)
        ((count,),) = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}", "counting")
        total, seen = int(count), set()
        if total == 0:
            raise self._missing(plan_id)
        # STR(?o) keeps the literal's exact text: Virtuoso prints doubles with six digits.
        select = f'SELECT ?s ?p ?o (IF(isLiteral(?o), STR(?o), "") AS ?lex) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}'
        while len(seen) < total:
            # Advance by what arrived, so a server whose row cap is below the page still gets paged.
            rows = self._select(f"{select} LIMIT {self.page} OFFSET {len(seen)}", f"reading plan {plan_id!r}")
            before = len(seen)
            seen.update((s, p, Literal(str(lex), lang=o.language, datatype=o.datatype) if isinstance(o, Literal) else o) for s, p, o, lex in rows)
            if len(seen) == before:
                break
        if len(seen) != total:
            raise StoreError(
                f"The SPARQL server at {self.query_url} returned {len(seen)} of plan {plan_id!r}'s {total} triples; "
                "its pages overlap or stop early, so raise its result-row limit (Virtuoso: [SPARQL] ResultSetMaxRows)"
            )
        return seen

    def drop(self, plan_id: str) -> None:
        self._update(f"DROP SILENT GRAPH <{plan_iri(plan_id)}>", f"dropping plan {plan_id!r}")

    def __repr__(self) -> str:
        return f"SparqlStore({self.query_url!r})"

    # -- HTTP ----------------------------------------------------------------
    def _select(self, query: str, what: str) -> list[tuple[Any, ...]]:
        with _http(self.query_url, what):
            return [tuple(row) for row in self._rdf.query(query)]

    def _update(self, update: str, what: str) -> None:
        with _http(self.update_url, what):
            self._rdf.update(update)

    def _insert_batches(self, graph: Graph, scratch: URIRef, *, plan_id: str, progress: Progress) -> None:
        triples, nts = list(graph), self._rdf.node_to_sparql
        for i in range(0, len(triples), self.batch):
            progress(f"{plan_id}: loading", i, len(triples))
            body = "\n".join(f"{nts(s)} {nts(p)} {nts(o)} ." for s, p, o in triples[i : i + self.batch])
            self._update(f"INSERT DATA {{ GRAPH <{scratch}> {{\n{body}\n}} }}", f"loading plan {plan_id!r}")

    def _post_ntriples(self, graph: Graph, scratch: URIRef, *, plan_id: str) -> None:
        # POST, not PUT: Virtuoso's Graph Store endpoint never answers a PUT sent with Basic auth.
        endpoint = self.graph_store_url or ""
        data = graph.serialize(format="nt", encoding="utf-8")
        headers = {"Content-Type": "application/n-triples", **self._auth}
        request = urllib.request.Request(f"{endpoint}?{urlencode({'graph': str(scratch)})}", data=data, method="POST", headers=headers)
        with _http(endpoint, f"loading plan {plan_id!r}"):
            urllib.request.urlopen(request, timeout=_TIMEOUT).close()


@contextmanager
def _http(url: str, what: str) -> Iterator[None]:
    """Turn the HTTP failures of one request into a StoreError naming ``url``."""
    try:
        yield
    except (OSError, ValueError) as e:  # HTTPError and URLError are OSErrors
        # rdflib wraps a failed GET query in a bare ValueError; the real error is its context.
        cause = e.__context__ if isinstance(e, ValueError) and isinstance(e.__context__, (URLError, OSError)) else e
        if isinstance(cause, HTTPError):
            body = _first_line(cause)
            hint = ""
            if cause.code in (401, 403) or "permission" in body.lower():
                hint = "; check PLANKG_SPARQL_USER/PASSWORD and that this user may update (Virtuoso: GRANT SPARQL_UPDATE)"
            raise StoreError(f"The SPARQL server at {url} refused {what}: HTTP {cause.code} {body}{hint}") from e
        if isinstance(cause, (URLError, OSError)):
            reason = getattr(cause, "reason", cause)
            raise StoreError(
                f"Cannot reach the SPARQL server at {url} while {what} ({reason}); check that it runs and that "
                "PLANKG_SPARQL_QUERY/UPDATE point at it"
            ) from e
        raise


def _first_line(error: HTTPError) -> str:
    try:
        text = error.read().decode("utf-8", "replace").strip()
    except OSError:
        return error.reason or ""
    return (text.splitlines() or [str(error.reason or "")])[0][:300]


def _plan_id(graph_name: Any) -> str | None:
    """The plan id of a plan graph's name, or None for any other graph."""
    name = str(graph_name)
    rest = name[len(_PLAN_PREFIX) :] if name.startswith(_PLAN_PREFIX) else ""
    return unquote(rest) if rest and "/" not in rest else None


def known_stores() -> list[str]:
    """Names of the registered graph stores.

    Examples
    --------
    >>> known_stores()
    ['memory', 'oxigraph', 'sparql']
    """
    return sorted(_STORES)


def get_store(name: str | None = None, *, environ: Mapping[str, str] | None = None, **options: Any) -> GraphStore:
    """Open graph store ``name`` (default ``$PLANKG_STORE``, else ``memory``).

    Parameters
    ----------
    name : str, optional
        One of :func:`known_stores`.
    environ : mapping, optional
        Where to read ``PLANKG_*`` settings (default ``os.environ``); see
        :data:`STORE_ENV` for which variable fills which option.
    **options
        Constructor options of the store; they override the environment.

    Returns
    -------
    GraphStore

    Raises
    ------
    BackendNotFound
        If ``name`` is not registered, or its package is not installed.
    StoreError
        If the store cannot be opened (no endpoint URL, database locked).

    Examples
    --------
    >>> get_store("memory")
    MemoryStore(plans=0)
    >>> get_store("fuseki")
    Traceback (most recent call last):
    kg.errors.BackendNotFound: No graph store called 'fuseki'; known: memory, oxigraph, sparql.
    >>> get_store("sparql", environ={})
    Traceback (most recent call last):
    kg.errors.StoreError: No SPARQL endpoint given: set PLANKG_SPARQL_QUERY (and PLANKG_SPARQL_UPDATE) to the server's URLs
    """
    env = os.environ if environ is None else environ
    name = name or env.get("PLANKG_STORE") or "memory"
    if name not in _STORES:
        raise BackendNotFound(f"No graph store called {name!r}; known: {', '.join(known_stores())}.")
    settings = {opt: env[var] for opt, var in STORE_ENV.get(name, {}).items() if env.get(var)}
    settings.update(options)
    module, attr = _STORES[name]
    return getattr(importlib.import_module(module), attr)(**settings)


def push_graph(graph: Graph, *, store: GraphStore, plan_id: str, progress: Progress | None = None) -> int:
    """Store ``graph`` as plan ``plan_id``'s named graph, replacing what was there.

    Parameters
    ----------
    graph : rdflib.Graph
        One plan's triples (as :func:`kg.graph.rdf.build_graph` makes them).
    store : GraphStore
        Where to put it (:func:`get_store`).
    plan_id : str
        The plan's id; the named graph is :func:`kg.graph.rdf.plan_iri` of it.
    progress : callable, optional
        ``progress(stage, done, total)`` as the load advances.

    Returns
    -------
    int
        The number of triples stored.

    Raises
    ------
    StoreError
        If the graph has blank nodes or the store refuses the load.

    Examples
    --------
    >>> from rdflib.namespace import RDF, RDFS
    >>> from kg.graph.ontology import PK
    >>> demo = URIRef("https://plankg.org/plan/demo")
    >>> g = Graph()
    >>> _ = g.add((demo, RDF.type, PK.Plan)).add((demo, RDFS.label, Literal("示例规划", lang="zh")))
    >>> store = get_store("memory")
    >>> push_graph(g, store=store, plan_id="demo")
    2
    >>> store.plans()
    ['demo']
    """
    blank = sum(1 for t in graph for term in t if isinstance(term, BNode))
    if blank:
        raise StoreError(f"The graph of plan {plan_id!r} has {blank} blank-node terms; build it with kg.graph.rdf.build_graph, which mints IRIs")
    return store.put(graph, plan_id, progress=progress or _noop)


def pull_graph(*, store: GraphStore, plans: Sequence[str] | None = None) -> Graph:
    """One in-memory graph holding the named plans' triples (default: every plan in the store).

    Literals come back exactly as pushed (``"x"^^xsd:string`` as plain
    ``"x"``, its RDF 1.1 equal), so the result is isomorphic to the local graph.

    Raises
    ------
    IndexNotBuilt
        If the store holds no plans, or not a named one.
    StoreError
        If the store cannot be read completely.

    Examples
    --------
    >>> from rdflib.namespace import RDF
    >>> from kg.graph.ontology import PK
    >>> store = get_store("memory")
    >>> _ = push_graph(Graph().add((URIRef("https://plankg.org/plan/demo"), RDF.type, PK.Plan)), store=store, plan_id="demo")
    >>> len(pull_graph(store=store))
    1
    >>> pull_graph(store=store, plans=["other"])
    Traceback (most recent call last):
    kg.errors.IndexNotBuilt: Plan 'other' is not in the memory store MemoryStore(plans=1); push it with `plankg push`
    """
    ids = list(plans) if plans else store.plans()
    if not ids:
        raise IndexNotBuilt(f"The {store.name} store {store} holds no plans; run `plankg push` first")
    out = Graph()
    out.bind("pk", str(PK._NS))
    for plan_id in ids:
        for s, p, o in store.triples(plan_id):
            out.add((s, p, _plain(o)))
    return out


def push_builds(
    home: Path | None = None, *, store: GraphStore, plans: Sequence[str] | None = None, progress: Progress | None = None
) -> dict[str, int]:
    """Push the published graph of every built plan (or the named ones) under ``home``; plan id → triples.

    Raises
    ------
    IndexNotBuilt
        If nothing (or a named plan) is built under ``home``.
    """
    from kg.store.buildfolder import current_build, default_home, list_builds

    home = Path(home) if home else default_home()
    builds = [current_build(home, p) for p in plans] if plans else list_builds(home)
    if not builds:
        raise IndexNotBuilt(f"Nothing is built under {home}; run `plankg build` first")
    pushed = {}
    for build in builds:
        graph = Graph()
        graph.parse(build.graph_path, format="nt")
        pushed[build.plan_id] = push_graph(graph, store=store, plan_id=build.plan_id, progress=progress)
    return pushed


def _plain(term: Any) -> Any:
    if isinstance(term, Literal) and term.datatype == rdfns.XSD.string:
        return Literal(str(term))
    return term
