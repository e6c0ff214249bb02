"""The ``plankg`` command line: a thin layer over the library.

Every command parses its options, calls ``pipeline``, ``qa.engine`` or
``kg.export``/``kg.store.sparql``, and prints. Library errors (``KGQAError``) become
clean messages; anything else is a bug and shows its traceback.
"""
from __future__ import annotations

import json
import re
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
    """Turn library errors into one-line Chinese messages with what to do next; with ``--json``, into one JSON
    object ``{"error": …}`` on stdout (exit code 1), so a script reads every outcome as JSON."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (KGQAError, click.ClickException) as e:
            message = cli_message(e)
            if kwargs.get("as_json"):
                click.echo(json.dumps({"error": message, "kind": type(e).__name__}, ensure_ascii=False))
                sys.exit(e.exit_code if isinstance(e, click.ClickException) else 1)
            if isinstance(e, click.UsageError):
                raise _UsageError(message, e.ctx) from None
            raise _Failure(message) from None

    return wrapper


class _Failure(click.ClickException):
    """A clean failure, shown as 「错误：…」 (click's own prefix is English)."""

    def show(self, file=None) -> None:
        click.echo(f"错误：{self.format_message()}", err=True)


class _UsageError(click.UsageError):
    def show(self, file=None) -> None:
        if self.ctx is not None:
            click.echo(self.ctx.get_usage(), err=True)
        click.echo(f"用法错误：{self.format_message()}（--help 查看说明）", err=True)


def cli_message(error: BaseException) -> str:
    """The Chinese message of an error: the library's own when it speaks Chinese, else the app's translation
    (:func:`webui.messages.zh_message`) with the library's detail kept after it."""
    text = error.format_message() if isinstance(error, click.ClickException) else str(error)
    if not isinstance(error, KGQAError) or re.match(r"[\u4e00-\u9fff「《]", text):
        return text
    from webui.messages import zh_message

    zh = zh_message(error)
    # A message the app knows is translated whole; one it does not gets its class's sentence, with the detail kept.
    return f"{zh}（详情：{text}）" if zh == zh_message(type(error)("")) else zh


def _check_port(host: str, port: int) -> None:
    """Refuse, with what to do, a port something already listens on (Gradio would raise a traceback after the build)."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds: a port in TIME_WAIT is free
        try:
            probe.bind((host, port))
        except OSError:
            raise _Failure(
                f"{host}:{port} 已被占用（另一个 `plankg serve` 在运行？）；请先停止它，或换一个端口：--port {port + 1}"
                f"（make serve PORT={port + 1}）"
            ) from None


def _stage(stage: str) -> str:
    """A build stage as staff read it: 「规划编号：解析文本与篇章结构」."""
    from webui.plans import stage_name

    plan, _, step = stage.rpartition(": ")
    zh = stage_name(stage)
    return f"{plan}：{step if zh == '构建中' else zh}" if plan else stage


def _progress(stage: str, done: int, total: int) -> None:
    """A bar redrawn in place on a terminal; one line per stage in a log (CI, pipes)."""
    shown = _stage(stage)
    if not sys.stderr.isatty():
        if shown != getattr(_progress, "last", None):
            _progress.last = shown  # type: ignore[attr-defined]
            click.echo(f"{shown}（{done}/{total}）", err=True)
        return
    width = 24
    filled = int(width * done / total) if total else width
    click.echo(f"\r{shown:<30} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", err=True, nl=False)
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


class _Commands(click.Group):
    """plankg's commands. A usage error Click finds while reading a command line that asks for JSON (an option the
    command does not have, an argument missing) is one JSON object in Chinese too, as the commands' own errors are:
    a script reading JSON gets JSON whatever went wrong."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["as_json"] = "--json" in args
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as e:
            self._refuse(ctx, e)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.UsageError as e:
            self._refuse(ctx, e)

    @staticmethod
    def _refuse(ctx: click.Context, error: click.UsageError):
        if not ctx.meta.get("as_json"):
            raise error
        command = error.ctx.info_name if error.ctx and error.ctx.parent else ctx.invoked_subcommand
        click.echo(json.dumps({"error": usage_message(error, command), "kind": "UsageError"}, ensure_ascii=False))
        sys.exit(error.exit_code)


def usage_message(error: click.UsageError, command: str | None = None) -> str:
    """A usage error of ``command`` (None: of plankg itself) in Chinese; Click's own English words for a bad value
    are kept as the detail.

    >>> usage_message(click.NoSuchOption("--json"), "build")
    '「plankg build」没有 --json 选项；用 plankg build --help 查看用法。'
    """
    if re.match(r"[\u4e00-\u9fff「《]", error.format_message()):
        return error.format_message()  # raised by plankg itself, already Chinese
    name = f"plankg {command}" if command else "plankg"
    help_ = f"用 {name} --help 查看用法。"
    if isinstance(error, click.NoSuchOption):
        close = f"（是不是 {'、'.join(error.possibilities)}？）" if error.possibilities else ""
        return f"「{name}」没有 {error.option_name} 选项{close}；{help_}"
    return f"命令行用法不对（详情：{error.format_message()}）；{help_}"


@click.group(cls=_Commands)
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
        click.echo(build_line(r))
        for w in ([] if r.same_as else r.build.manifest.get("warnings", [])):
            click.echo(f"  注意：{w}", err=True)


def _named(build) -> str:
    """A built plan as a user recognises it: its id, its title and the file it was built from."""
    m = build.manifest
    return f"「{build.plan_id}」（《{m.get('title') or build.plan_id}》，来自 {m.get('source', '?')}）"


def build_line(r) -> str:
    """What `plankg build` did with one file, in Chinese: built, up to date, the same as a built plan (not built
    twice), kept beside another file's plan of the same name, or replacing this file's earlier build."""
    if r.same_as is not None:
        return f"{r.path}：内容与已构建的规划{_named(r.same_as)}完全相同，不再重复构建；提问时用 --plan {r.plan_id} 指定它。"
    c = r.build.manifest["counts"]
    state = "已是最新，无需重建" if r.skipped else f"构建完成，用时 {r.seconds:.1f} 秒"
    line = (f"{r.plan_id}：{state} — {c['parts']} 篇、{c['chapters']} 章、{c['sections']} 节、{c['boxes']} 专栏、"
            f"{c['indicators']} 项指标、{c['terms']} 条名词解释、{c['triples']} 个三元组 → {r.build.dir}")
    if r.taken is not None:
        line += (f"\n  已有同名规划{_named(r.taken)}，内容不同，已保留；这份文件作为新规划「{r.plan_id}」载入，"
                 f"两份规划都可提问（用 --plan 指定其一）。")
    if r.replaced is not None:
        line += f"\n  源文件已更改：新构建替换了规划「{r.plan_id}」此前的构建（只保留上一份构建备用，更早的自动清理）。"
    return line


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
    click.echo(f"三元组：{s['triples']}（来源链接 prov:wasDerivedFrom：{s['provenance']}）")
    for title, key in (("类（节点数）", "classes"), ("关系（边数）", "relations")):
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
            raise click.UsageError("绘图需要 --entity 实体名：整份规划太大，画出来无法辨认。")
        data = export_graph(graph, fmt)
    else:
        from kg.graph.nxview import find_nodes, neighbourhood, to_networkx

        G = to_networkx(graph)
        nodes = find_nodes(G, entity)
        if not nodes:
            from kg.errors import EntityNotFound

            raise EntityNotFound(f"「{entity}」：图谱中没有与之匹配的实体；可用 `plankg search {entity}` 查找它在规划中的名称。")
        data = export_neighbourhood(neighbourhood(G, nodes[:1], hops=hops), fmt, rdf=graph)
    if output is None:
        if fmt in ("png",):
            raise click.UsageError("PNG 输出需要 -o 文件名。")
        sys.stdout.buffer.write(data)
    else:
        from kg.store.buildfolder import atomic_write_bytes

        atomic_write_bytes(output, data)
        click.echo(f"已写入 {output}（{len(data)} 字节）", err=True)


@main.command()
@_BUILD_DIR
@click.option("--plan", "plans", multiple=True, help="Push only this plan id (repeatable; default: every built plan).")
@_STORE
@_friendly
def push(build_dir, plans, store):
    """Load the built plans' graphs into a graph store (e.g. a shared SPARQL server) for many users."""
    from kg.store.triplestore import get_store, push_builds

    if store in _LOCAL:
        raise click.UsageError("请指定要推送到的图谱存储：--store sparql（需设置 PLANKG_SPARQL_QUERY/UPDATE）或 --store oxigraph。")
    with get_store(store) as target:
        counts = push_builds(build_dir, store=target, plans=list(plans) or None, progress=_progress)
    for plan_id, n in counts.items():
        click.echo(f"{plan_id}：已推送 {n} 个三元组到 {store}")


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
        click.echo(f"{rank}. [{p.paragraph}] {path}  （得分 {hit.score:.4f}）")
        click.echo(f"   {p.text}")


@main.command()
@click.argument("question", required=False)
@click.option("--file", "qfile", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="One question per line.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question (the answer contract).")
@click.option("--explain", is_flag=True, help="Also print to stderr which answerer answered and which check refused a figure, and why.")
@_BUILD_DIR
@_ENCODER
@_PLAN
@_STORE
@_friendly
def ask(question, qfile, as_json, explain, build_dir, encoder, plan, store):
    """Answer QUESTION (or every line of --file) from the graph and the passages, with citations."""
    if (question is None) == (qfile is None):
        raise click.UsageError("请给出一个问题，或用 --file 文件 给出问题文件（每行一个问题）。")
    questions = [question] if qfile is None else read_questions(qfile)
    engine = _engine(build_dir, encoder, plan=plan, store=store)
    failed = 0
    for q in questions:
        try:
            answer = _explained(engine, q) if explain else engine.ask(q)
        except KGQAError as e:
            if qfile is None:
                raise
            # In batch mode one bad line must not lose the others' answers.
            answer = engine.refusal(q, cli_message(e))
        except Exception:  # noqa: BLE001 — a fault on one line; its traceback goes to stderr, the batch goes on
            if qfile is None:
                raise
            failed += 1
            click.echo(f"plankg：回答问题「{q}」时程序出错：\n{traceback.format_exc()}", err=True)
            answer = engine.refusal(q, "回答这个问题时程序出错（详情见错误输出），请换一种问法，或把这个问题报告给维护人员。")
        if as_json:
            click.echo(json.dumps(answer.to_json(), ensure_ascii=False))
        else:
            click.echo(format_answer(answer, engine.plan_titles))
    if failed:
        click.echo(f"plankg：有 {failed} 个问题回答时程序出错，它们的回答已说明（错误详情见上）。", err=True)


def _explained(engine, question: str):
    """``engine.ask(question)``, printing to stderr the answerers and checks that decided it (qa.trace)."""
    from qa.trace import explain, tracing

    with tracing() as events:
        answer = engine.ask(question)
    click.echo(f"── {question}\n{explain(events) or '（没有记录）'}", err=True)
    return answer


def read_questions(qfile: Path) -> list[str]:
    """The questions of a questions file, one a line (blank lines skipped); a file holding none, or no text, is
    refused with what it should hold. Read in GBK or Big5 as plan files are."""
    from kg.errors import InputError

    advice = "问题文件应是文本文件（.txt，UTF-8 或 GBK 编码），每行一个问题。"
    questions = [q for q in decode_bytes(qfile.read_bytes(), name=str(qfile), advice=advice)[0].splitlines() if q.strip()]
    if not questions:
        raise InputError(f"问题文件「{qfile}」是空的，没有问题；{advice}")
    return questions


def format_answer(answer, plan_titles: dict[str, str] | None = None) -> str:
    """A readable rendering of an Answer for the terminal: each source numbered and named by where a reader finds
    it (篇 / 章 / 节 / 专栏, as the app names it), never by its paragraph id (ch04-s1-p03, box26.3-i01).

    When several plans are served (``plan_titles``) or the answer draws on several, every item and every source
    names its plan (《title》), as the app does: two plans' figures for one measure must never read as one plan's
    two, nor one plan's figure as the only plan's."""
    from webui.render import source_path

    titles = plan_titles or {}
    plans = sorted({c.plan for c in answer.citations if c.plan}
                   | {i.citation.plan for i in answer.items if i.citation is not None and i.citation.plan})
    named = len(plans) > 1 or len(titles) > 1

    def plan_of(c) -> str:
        return f"《{titles.get(c.plan) or c.plan}》" if named and c is not None and c.plan else ""

    lines = [answer.answer]
    if named and plans and answer.found:
        names = "、".join(f"《{titles.get(p) or p}》" for p in plans)
        lines.append(f"（这个回答出自 {len(plans)} 份规划：{names}；每一条及其依据都注明了所属规划。）" if len(plans) > 1
                     else f"（这个回答出自{names}。）")
    for i, item in enumerate(answer.items, 1):
        lines.append(f"  {i}. {plan_of(item.citation)}{item.label}" + (f" — {item.detail}" if item.detail else ""))
    if answer.citations:
        lines.append("依据：" if answer.found else "相关段落（仅供参考）：")
        for n, c in enumerate(answer.citations, 1):
            lines.append(f"  [{n}] {plan_of(c)}{source_path(c)}")
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
    click.echo(f"plankg：正在 http://{host}:{port} 提供规划 {'、'.join(engine.plan_ids)} 的问答", err=True)
    build_ui(engine).launch(server_name=host, server_port=port, show_error=False)


if __name__ == "__main__":
    main()
