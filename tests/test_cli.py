"""The CLI end to end on the mini plan (another county's plan): build, stats, ask, search,
export, sparql — and bad input that must end in a clear message, never a traceback."""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner

from cli import main


@pytest.fixture(scope="module")
def home(tmp_path_factory, mini_plan_path):
    home = tmp_path_factory.mktemp("cli-home")
    result = CliRunner().invoke(main, ["build", str(mini_plan_path), "--build-dir", str(home), "--encoder", "hash"])
    assert result.exit_code == 0, result.output
    return home


def run(*args, home=None, input=None):
    argv = list(args) + (["--build-dir", str(home)] if home else [])
    return CliRunner().invoke(main, argv, input=input)


def test_build_reports_counts_and_skips_when_unchanged(home, mini_plan_path):
    again = run("build", str(mini_plan_path), "--encoder", "hash", home=home)
    assert again.exit_code == 0 and "已是最新" in again.output
    assert "2 篇" in again.output and "4 章" in again.output


def test_stats_json_counts_classes_and_relations(home):
    out = json.loads(run("stats", "--json", home=home).output)
    assert out["classes"]["Chapter"] == 4 and out["classes"]["Box"] == 2
    assert out["classes"]["Indicator"] == 5 and out["classes"]["Term"] == 3
    assert out["relations"]["partOf"] > 0 and out["triples"] > 100


def test_stats_kept_by_the_build_are_the_graphs_counts(home):
    from kg.graph.stats import graph_stats
    from kg.store.buildfolder import load_builds
    from kg.store.views import load_rdf

    (build,) = load_builds(home)
    kept = json.loads(run("stats", "--json", home=home).output)
    assert kept == graph_stats(load_rdf(build))
    stale = {**build.manifest, "graph_stats": {**build.manifest["graph_stats"], "stamp": "other code", "triples": -1}}
    (build.dir / "manifest.json").write_text(json.dumps(stale), "utf-8")
    try:
        assert json.loads(run("stats", "--json", home=home).output) == kept  # counted again, not read
    finally:
        (build.dir / "manifest.json").write_text(json.dumps(build.manifest), "utf-8")


def test_ask_json_follows_the_contract(home):
    result = run("ask", "--json", "专栏3.1有哪些项目？", home=home)
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["found"] and any("园区标准厂房项目" in i["label"] for i in out["items"])
    assert all({"id", "chapter", "section", "box", "text"} <= set(c) for c in out["citations"])


#: A paragraph id as the graph keeps it (ch04-s1-p03, box3.1-i01, pt01-p01, ind-3): the app's, never a reader's.
_PARAGRAPH_ID = re.compile(r"\b(?:ch|pt|box|ind|ntc|sec|p)[\d.]*(?:-[a-z]*[\d.]+)+\b")


@pytest.mark.parametrize("question, source", [
    ("专栏3.1有哪些项目？", "[1] 第二篇 产业发展 / 第3章 建设特色产业园区 / 第1节 做强竹木循环产业园 / 专栏3.1 竹木循环产业园重点项目"),
    ("园区标准厂房项目总投资多少？", "专栏3.1 竹木循环产业园重点项目"),
    ("指导思想在第几章", "[1] 第一篇 总体要求 / 第2章 发展目标 / 第一节 指导思想"),
    ("2030年森林覆盖率是多少？", "[1] "),
])
def test_ask_names_each_source_as_a_reader_finds_it_never_by_its_id(home, question, source):
    """`plankg ask` printed 「[box3.1-i01] …」: the paragraph ids are the app's; a reader finds a source by its
    篇 / 章 / 节 / 专栏, numbered once as the plan prints it (第一篇, not 第1篇（第一篇）)."""
    result = run("ask", question, home=home)
    assert result.exit_code == 0, result.output
    assert source in result.output and ("依据" in result.output or "相关段落" in result.output)
    assert not _PARAGRAPH_ID.search(result.output), result.output
    assert "（第" not in result.output  # no heading numbered twice
    ids = [c["id"] for c in json.loads(run("ask", "--json", question, home=home).output)["citations"]]
    assert ids and all(_PARAGRAPH_ID.fullmatch(i) for i in ids)  # the pattern knows the ids the output leaves out


def test_ask_file_answers_every_line_even_a_bad_one(home, tmp_path):
    questions = tmp_path / "q.txt"
    questions.write_text("园区标准厂房项目总投资多少？\n" + "长" * 600 + "\n森林覆盖率目标是多少？\n", "utf-8")
    result = run("ask", "--json", "--file", str(questions), home=home)
    lines = [json.loads(l) for l in result.output.splitlines()]
    assert len(lines) == 3
    assert "3.5亿元" in lines[0]["answer"]
    assert lines[1]["found"] is False and "超过上限" in lines[1]["answer"]
    assert "≥69" in lines[2]["answer"]


def test_ask_file_in_gbk_is_read_and_binary_refused(home, tmp_path):
    gbk = tmp_path / "q-gbk.txt"
    gbk.write_bytes("园区标准厂房项目总投资多少？\n".encode("gbk"))
    result = run("ask", "--json", "--file", str(gbk), home=home)
    assert result.exit_code == 0 and "3.5亿元" in json.loads(result.stdout.splitlines()[0])["answer"]
    binary = tmp_path / "q.bin"
    binary.write_bytes(b"\x00\xff\xfe" * 200)
    result = run("ask", "--json", "--file", str(binary), home=home)
    assert result.exit_code != 0 and "Traceback" not in result.output
    out = json.loads(result.stdout)  # --json: the error is JSON too
    assert "二进制" in out["error"] and "问题文件" in out["error"] and "规划" not in out["error"]


def test_ask_file_goes_on_after_an_internal_error(home, tmp_path, monkeypatch):
    from qa.engine import Engine

    real = Engine.ask

    def faulty(self, question, **kw):
        if "故障" in question:
            raise ZeroDivisionError("division by zero")
        return real(self, question, **kw)

    monkeypatch.setattr(Engine, "ask", faulty)
    questions = tmp_path / "q.txt"
    questions.write_text("园区标准厂房项目总投资多少？\n故障问题？\n森林覆盖率目标是多少？\n", "utf-8")
    result = run("ask", "--json", "--file", str(questions), home=home)
    assert result.exit_code == 0
    lines = [json.loads(l) for l in result.stdout.splitlines()]
    assert len(lines) == 3 and "3.5亿元" in lines[0]["answer"] and "≥69" in lines[2]["answer"]
    assert lines[1]["found"] is False and "出错" in lines[1]["answer"]
    assert "ZeroDivisionError" in result.stderr and "有 1 个问题" in result.stderr


def test_search_prints_ranked_passages_with_paths(home):
    result = run("search", "竹纤维生产线", "--k", "2", "--mode", "bm25", home=home)
    assert result.exit_code == 0
    assert result.output.startswith("1. [") and "专栏3.1" in result.output


@pytest.mark.parametrize("fmt", ["ttl", "jsonld", "graphml", "gexf"])
def test_export_whole_graph_reparses(home, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    assert run("export", "--format", fmt, "-o", str(out), home=home).exit_code == 0
    if fmt in ("ttl", "jsonld"):
        g = rdflib.Graph().parse(out, format={"ttl": "turtle", "jsonld": "json-ld"}[fmt])
        assert len(g) > 100
    else:
        G = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
        assert G.number_of_nodes() > 10


def test_export_neighbourhood_png(home, tmp_path):
    out = tmp_path / "n.png"
    result = run("export", "--format", "png", "--entity", "竹木循环产业园", "--hops", "1", "-o", str(out), home=home)
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_sparql_select_and_refusals(home):
    ok = run("sparql", "SELECT ?b WHERE { ?b a pk:Box }", home=home)
    assert ok.exit_code == 0 and "box/3.1" in ok.output
    update = run("sparql", "DELETE WHERE { ?s ?p ?o }", home=home)
    assert update.exit_code == 1 and "只读" in update.output and "Traceback" not in update.output
    bad = run("sparql", "SELEC ?x WHERE {", home=home)
    assert bad.exit_code == 1 and "错误：" in bad.output and "Traceback" not in bad.output


@pytest.mark.parametrize(
    "content, message",
    [(b"", "空文件"), (b"\x00\x01\x02binary\x00" * 50, "二进制")],
)
def test_bad_files_give_clear_errors(tmp_path, content, message):
    bad = tmp_path / "plan.txt"
    bad.write_bytes(content)
    result = run("build", str(bad), "--encoder", "hash", home=tmp_path / "h")
    assert result.exit_code == 1
    assert message in result.output.lower() and "Traceback" not in result.output


def test_gbk_plan_builds_like_utf8(tmp_path, mini_plan_path):
    gbk = tmp_path / "gbk-plan.txt"
    gbk.write_bytes(mini_plan_path.read_text("utf-8").encode("gb18030"))
    result = run("build", str(gbk), "--encoder", "hash", home=tmp_path / "h")
    assert result.exit_code == 0, result.output
    assert "2 篇、4 章" in result.output


def test_nothing_built_says_what_to_do(tmp_path):
    result = run("ask", "问题", home=tmp_path / "empty")
    assert result.exit_code == 1 and "plankg build" in result.output


def test_export_neighbourhood_turtle_holds_the_entity_and_its_sources(home, tmp_path):
    out = tmp_path / "n.ttl"
    assert run("export", "--format", "ttl", "--entity", "竹木循环产业园", "-o", str(out), home=home).exit_code == 0
    g = rdflib.Graph().parse(out, format="turtle")
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    assert "竹木循环产业园" in labels


def test_export_unknown_entity_is_a_clear_error(home):
    result = run("export", "--format", "graphml", "--entity", "不存在的东西", home=home)
    assert result.exit_code == 1 and "没有与之匹配的实体" in result.output


def test_serve_on_a_busy_port_says_so_before_building(tmp_path):
    """A port another app listens on: one line naming --port, not Gradio's traceback after a minute's build."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("serve", "--port", str(port), "--encoder", "hash", home=tmp_path)
    assert result.exit_code == 1 and "已被占用" in result.output and f"--port {port + 1}" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "plans").exists()  # nothing was built


@pytest.mark.parametrize("fmt, name", [("ttl", "plan.ttl"), ("graphml", "子图 (1).graphml")])
def test_an_exported_file_is_readable_as_any_file_the_user_writes(home, tmp_path, fmt, name):
    """`plankg export -o graph.ttl` wrote the file mode 0600 (a temp file renamed into place): not readable by the
    colleague it was exported for, unlike any file the user's umask lets others read."""
    import os

    umask = os.umask(0o022)
    try:
        out = tmp_path / name
        result = run("export", "--format", fmt, "-o", str(out), home=home)
        assert result.exit_code == 0, result.output
        assert out.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(umask)
