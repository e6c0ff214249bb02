"""The ``plankg`` command line: a thin layer over the library.

Every command parses its options, calls ``pipeline``, ``qa.engine`` or
``kg.export``/``kg.store.sparql``, and prints. Library errors (``KGQAError``) become
clean messages; anything else is a bug and shows its traceback.
"""
from __future__ import annotations

import json
import socket
import sys
import traceback
from functools import wraps
from pathlib import Path

import click

from kg.errors import KGQAError
from kg.ingest.formats.text import decode_bytes

__all__ = ["main"]

_BUILD_DIR = click.option(
    "--build-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="PLANKG_HOME",
    default=None,
    help="Where artefacts live (env PLANKG_HOME; default ~/.cache/plankg).",
)
_ENCODER = click.option(
    "--encoder",
    envvar="PLANKG_ENCODER",
    default=None,
    help="Sentence-transformers model name or local path, or a built-in "
    "(use-multilingual-v3, hash). Env PLANKG_ENCODER.",
)
_PLAN = click.option("--plan", default=None, help="Scope to one plan id (default: all built plans).")
_STORE = click.option(
    "--store",
    envvar="PLANKG_STORE",
    default=None,
    help="Where the graph is read from: memory (the build folder, default), oxigraph, or sparql "
    "(a shared server; see docs/graph-store.md). Env PLANKG_STORE.",
)


#: --store values meaning the build folder itself.
_LOCAL = (None, "", "memory")


def _open_store(name):
    """The graph store to read from, or None for the build folder itself."""
    if name in _LOCAL:
        return None
    from kg.store.triplestore import get_store

    return get_store(name)


def _friendly(fn):
    """Turn library errors into one-line messages with what to do next."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KGQAError as e:
            raise click.ClickException(str(e)) from None

    return wrapper


def _check_port(host: str, port: int) -> None:
    """Refuse, with what to do, a port something already listens on (Gradio would raise a traceback after the build)."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds: a port in TIME_WAIT is free
        try:
            probe.bind((host, port))
        except OSError:
            raise click.ClickException(
                f"{host}:{port} is already in use (another `plankg serve`?); stop it, or choose another port: --port {port + 1} "
                f"(make serve PORT={port + 1})"
            ) from None


def _progress(stage: str, done: int, total: int) -> None:
    """A bar redrawn in place on a terminal; one line per stage in a log (CI, pipes)."""
    if not sys.stderr.isatty():
        if stage != getattr(_progress, "last", None):
            _progress.last = stage  # type: ignore[attr-defined]
            click.echo(f"{stage} ({done}/{total})", err=True)
        return
    width = 24
    filled = int(width * done / total) if total else width
    click.echo(f"\r{stage:<40} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", err=True, nl=False)
    if done >= total:
        click.echo("", err=True)


def _engine(build_dir, encoder, *, plan=None, build_paths=None, store=None):
    """The engine over the built plans; with ``build_paths`` (possibly empty) build those first."""
    from qa.engine import Engine

    if build_paths is not None:
        from kg.store.buildfolder import default_home, list_builds
        from pipeline import build_plans

        if not build_paths:
            # Re-check the plans already built (a changed source, code or encoder rebuilds them);
            # with nothing built yet, build the embedded plan.
            build_paths = [
                b.manifest["source"] for b in list_builds(build_dir or default_home()) if Path(b.manifest["source"]).exists()
            ]
        build_plans(build_paths or None, home=build_dir, encoder=encoder, progress=_progress)
    return Engine.from_home(build_dir, encoder=encoder, plans=[plan] if plan else None, store=_open_store(store))


@click.group()
@click.version_option(package_name="plankg")
def main() -> None:
    """plankg: knowledge-graph question answering over Chinese planning documents."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_BUILD_DIR
@_ENCODER
@click.option("--force", is_flag=True, help="Rebuild even when nothing changed.")
@_friendly
def build(paths, build_dir, encoder, force):
    """Build the graph and indices for PATHS (files or folders; default: the embedded plan)."""
    from pipeline import build_plans

    for r in build_plans(paths, home=build_dir, encoder=encoder, force=force, progress=_progress):
        c = r.build.manifest["counts"]
        state = "up to date" if r.skipped else f"built in {r.seconds:.1f} s"
        click.echo(
            f"{r.plan_id}: {state} — {c['parts']} 篇, {c['chapters']} 章, {c['sections']} 节, "
            f"{c['boxes']} 专栏, {c['indicators']} indicators, {c['terms']} terms, "
            f"{c['triples']} triples → {r.build.dir}"
        )
        for w in r.build.manifest.get("warnings", []):
            click.echo(f"  warning: {w}", err=True)


@main.command()
@_BUILD_DIR
@_PLAN
@_STORE
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_friendly
def stats(build_dir, plan, store, as_json):
    """Count nodes by class and edges by relation."""
    from kg.graph.stats import graph_stats, persisted_stats

    s = None
    if store in _LOCAL:
        from kg.store.buildfolder import load_builds

        builds = load_builds(build_dir, plans=[plan] if plan else None)
        # One plan: its build counted its graph. Several share nodes (places), so their union is counted here.
        s = persisted_stats(builds[0].manifest) if len(builds) == 1 else None
    if s is None:
        from qa.engine import load_graph

        s = graph_stats(load_graph(build_dir, plans=[plan] if plan else None, store=_open_store(store)))
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False, indent=1))
        return
    click.echo(f"triples: {s['triples']}  (provenance links prov:wasDerivedFrom: {s['provenance']})")
    for title, key in (("classes", "classes"), ("relations", "relations")):
        click.echo(f"{title}:")
        for name, n in s[key].items():
            click.echo(f"  {name:<24} {n}")


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["ttl", "nt", "jsonld", "graphml", "gexf", "png", "svg"]),
    default="ttl",
    show_default=True,
)
@click.option("--entity", default=None, help="Export the neighbourhood of this entity instead of the whole graph.")
@click.option("--hops", default=1, show_default=True, type=click.IntRange(1, 4))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
@_BUILD_DIR
@_PLAN
@_STORE
@_friendly
def export(fmt, entity, hops, output, build_dir, plan, store):
    """Export the graph (or an entity's neighbourhood) as Turtle, JSON-LD, GraphML, GEXF, PNG or SVG."""
    from kg.export import export_graph, export_neighbourhood
    from qa.engine import load_graph

    graph = load_graph(build_dir, plans=[plan] if plan else None, store=_open_store(store))
    if entity is None:
        if fmt in ("png", "svg"):
            raise click.UsageError("Drawing needs --entity NAME: a whole plan is too large to draw legibly.")
        data = export_graph(graph, fmt)
    else:
        from kg.graph.nxview import find_nodes, neighbourhood, to_networkx

        G = to_networkx(graph)
        nodes = find_nodes(G, entity)
        if not nodes:
            from kg.errors import EntityNotFound

            raise EntityNotFound(f"No entity matches {entity!r}; try `plankg search {entity}` to find its name")
        data = export_neighbourhood(neighbourhood(G, nodes[:1], hops=hops), fmt, rdf=graph)
    if output is None:
        if fmt in ("png",):
            raise click.UsageError("PNG output needs -o FILE.")
        sys.stdout.buffer.write(data)
    else:
        from kg.store.buildfolder import atomic_write_bytes

        atomic_write_bytes(output, data)
        click.echo(f"wrote {output} ({len(data)} bytes)", err=True)


@main.command()
@_BUILD_DIR
@click.option("--plan", "plans", multiple=True, help="Push only this plan id (repeatable; default: every built plan).")
@_STORE
@_friendly
def push(build_dir, plans, store):
    """Load the built plans' graphs into a graph store (e.g. a shared SPARQL server) for many users."""
    from kg.store.triplestore import get_store, push_builds

    if store in _LOCAL:
        raise click.UsageError("Name the store to push to: --store sparql (with PLANKG_SPARQL_QUERY/UPDATE) or --store oxigraph.")
    with get_store(store) as target:
        counts = push_builds(build_dir, store=target, plans=list(plans) or None, progress=_progress)
    for plan_id, n in counts.items():
        click.echo(f"{plan_id}: {n} triples pushed to {store}")


@main.command()
@click.argument("query")
@click.option("--timeout", default=10.0, show_default=True, help="Seconds before the query is abandoned.")
@_BUILD_DIR
@_PLAN
@_STORE
@click.option("--json", "as_json", is_flag=True)
@_friendly
def sparql(query, timeout, build_dir, plan, store, as_json):
    """Run a read-only SPARQL QUERY (text, @file, or - for stdin). Prefixes pk:, skos:, prov: are bound."""
    if query == "-":
        query = sys.stdin.read()
    elif query.startswith("@"):
        query = Path(query[1:]).read_text("utf-8")
    if store in _LOCAL:
        # One query and exit: Oxigraph reads graph.nt and answers in a fraction of rdflib's start-up.
        from kg.store.buildfolder import load_builds
        from kg.store.oxsparql import run_sparql_files

        builds = load_builds(build_dir, plans=[plan] if plan else None)
        result = run_sparql_files([b.graph_path for b in builds], query, timeout=timeout)
    else:
        from kg.store.sparql import run_sparql
        from qa.engine import load_graph

        result = run_sparql(load_graph(build_dir, plans=[plan] if plan else None, store=_open_store(store)), query, timeout=timeout)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        click.echo(result.to_text())


@main.command()
@click.argument("question")
@click.option("--k", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option("--mode", type=click.Choice(["hybrid", "bm25", "dense"]), default="hybrid", show_default=True)
@_BUILD_DIR
@_ENCODER
@_PLAN
@_STORE
@_friendly
def search(question, k, mode, build_dir, encoder, plan, store):
    """Print the passages that best match QUESTION, with their heading paths."""
    engine = _engine(build_dir, encoder, plan=plan, store=store)
    for rank, hit in enumerate(engine.search(question, k=k, mode=mode), 1):
        p = hit.passage
        path = " / ".join(x for x in (p.part, p.chapter, p.section, p.box) if x)
        click.echo(f"{rank}. [{p.paragraph}] {path}  (score {hit.score:.4f})")
        click.echo(f"   {p.text}")


@main.command()
@click.argument("question", required=False)
@click.option("--file", "qfile", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="One question per line.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question (the answer contract).")
@_BUILD_DIR
@_ENCODER
@_PLAN
@_STORE
@_friendly
def ask(question, qfile, as_json, build_dir, encoder, plan, store):
    """Answer QUESTION (or every line of --file) from the graph and the passages, with citations."""
    if (question is None) == (qfile is None):
        raise click.UsageError("Give a QUESTION or --file FILE (one question per line).")
    # A questions file in GBK or Big5 is read as plan files are; binary or undecodable bytes end in a clear message.
    questions = [question] if qfile is None else decode_bytes(qfile.read_bytes(), name=str(qfile))[0].splitlines()
    engine = _engine(build_dir, encoder, plan=plan, store=store)
    failed = 0
    for q in questions:
        if qfile is not None and not q.strip():
            continue
        try:
            answer = engine.ask(q)
        except KGQAError as e:
            if qfile is None:
                raise
            # In batch mode one bad line must not lose the others' answers.
            answer = engine.refusal(q, str(e))
        except Exception:  # noqa: BLE001 — a fault on one line; its traceback goes to stderr, the batch goes on
            if qfile is None:
                raise
            failed += 1
            click.echo(f"plankg: internal error on question {q!r}:\n{traceback.format_exc()}", err=True)
            answer = engine.refusal(q, "回答这个问题时程序出错（详情见错误输出），请换一种问法，或把这个问题报告给维护人员。")
        if as_json:
            click.echo(json.dumps(answer.to_json(), ensure_ascii=False))
        else:
            click.echo(format_answer(answer))
    if failed:
        click.echo(f"plankg: {failed} question(s) hit an internal error; their answers say so (tracebacks above).", err=True)


def format_answer(answer) -> str:
    """A readable rendering of an Answer for the terminal: each source numbered and named by where a reader finds
    it (篇 / 章 / 节 / 专栏, as the app names it), never by its paragraph id (ch04-s1-p03, box26.3-i01)."""
    from webui.render import source_path

    lines = [answer.answer]
    for i, item in enumerate(answer.items, 1):
        lines.append(f"  {i}. {item.label}" + (f" — {item.detail}" if item.detail else ""))
    if answer.citations:
        lines.append("依据：" if answer.found else "相关段落（仅供参考）：")
        for n, c in enumerate(answer.citations, 1):
            lines.append(f"  [{n}] {source_path(c)}")
            lines.append(f"      {c.text}")
    return "\n".join(lines)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=7860, show_default=True, type=int)
@_BUILD_DIR
@_ENCODER
@_STORE
@_friendly
def serve(paths, host, port, build_dir, encoder, store):
    """Start the chat UI on the built plans (building PATHS first, or the embedded plan if nothing is built)."""
    from ui import build_ui

    _check_port(host, port)  # before the build, which can take minutes
    engine = _engine(build_dir, encoder, build_paths=list(paths), store=store)
    click.echo(f"plankg: serving {', '.join(engine.plan_ids)} on http://{host}:{port}", err=True)
    build_ui(engine).launch(server_name=host, server_port=port, show_error=False)


if __name__ == "__main__":
    main()
