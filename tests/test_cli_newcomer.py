"""A newcomer's first hour with `plankg`, driven through the real CLI (main()):

- a second file of a built plan's name is kept beside it (never silently replacing it), a changed file replaces
  its own build and says so, superseded builds do not pile up, and a failed rebuild keeps the plan served;
- a byte-identical copy is one plan, and an answer drawn from several plans names each item's plan;
- a file is judged by its suffix and its bytes alike, as the app's upload judges it, with a message that says
  what the file is and what to do (a text file renamed .pdf is no password problem);
- with --json every error is one JSON object and the exit code is not 0;
- messages are Chinese.
"""
from __future__ import annotations

import json
import re
import shutil

import pytest
from click.testing import CliRunner

from cli import main
from tests.conftest import DATA, MINI_PLAN

OTHER_PLAN = DATA / "qa-figures-plan.txt"  # another made-up plan (a city's), to share the mini plan's file name


def run(*args, home=None):
    argv = list(args) + (["--build-dir", str(home)] if home else [])
    return CliRunner().invoke(main, argv)


def build(path, home):
    return run("build", str(path), "--encoder", "hash", home=home)


def _plans(home):
    return sorted(p.name for p in (home / "plans").iterdir() if (p / "current").is_symlink())


def _english_words(text):
    """English words in a message, leaving out names the user types (options, commands, formats, paths)."""
    text = re.sub(r"(/[\w.\-/]+)|(--[\w-]+)|(`[^`]*`)|(\.\w+)|\b\w+(?:[-_]\w+)+\b"  # paths, options, ids, variables
                  r"|\b(plankg|UTF-8|GBK|GB18030|Big5|PDF|Word|WPS|HTML|OCR|SPARQL|sparql|oxigraph)\b", "", text)
    return [w for w in re.findall(r"\b[A-Za-z]{4,}\b", text) if not w.isupper()]  # SPARQL keywords are typed as such


@pytest.fixture
def two_folders(tmp_path):
    """Two counties' plans saved under one file name, as staff name files, in two folders."""
    a, b = tmp_path / "县甲" / "规划.txt", tmp_path / "县乙" / "规划.txt"
    for path, source in ((a, MINI_PLAN), (b, OTHER_PLAN)):
        path.parent.mkdir()
        shutil.copy(source, path)
    return a, b


# B3: same file name, other content ------------------------------------------------------------------------------
def test_a_second_plan_of_the_same_file_name_is_kept_beside_the_first(tmp_path, two_folders):
    a, b = two_folders
    home = tmp_path / "home"
    assert build(a, home).exit_code == 0
    second = build(b, home)
    assert second.exit_code == 0, second.output
    assert _plans(home) == ["规划", "规划-2"]
    # It says which plan holds the name, from which file, and under which id the new one is served.
    assert "已有同名规划「规划」" in second.output and str(a) in second.output and "「规划-2」" in second.output
    # Both answer, each scoped by its id: the first county's figure is still there.
    assert "≥69" in run("ask", "森林覆盖率2025年目标是多少？", "--plan", "规划", home=home).output
    assert "18亿元" in run("ask", "青川大桥总投资多少？", "--plan", "规划-2", home=home).output
    # Rebuilding either file finds its own plan, not the name's first holder.
    again = build(b, home)
    assert again.exit_code == 0 and again.output.startswith("规划-2：已是最新")


def test_a_changed_file_replaces_its_own_build_says_so_and_old_builds_do_not_pile_up(tmp_path, two_folders, monkeypatch):
    import kg.store.buildfolder as buildfolder

    monkeypatch.setattr(buildfolder, "_PRUNE_GRACE_SECONDS", 0.0)  # no reader is loading an old build here
    a, _ = two_folders
    home = tmp_path / "home"
    for n in range(4):
        a.write_text(MINI_PLAN.read_text("utf-8") + f"\n第五章 附则\n\n本规划第{n + 1}次修订。\n", "utf-8")
        result = build(a, home)
        assert result.exit_code == 0, result.output
        if n:
            assert "源文件已更改" in result.output and "替换了规划「规划」此前的构建" in result.output
    builds = [d for d in (home / "plans" / "规划" / "builds").iterdir() if not d.name.startswith(".")]
    assert len(builds) <= 2  # the current build and the one it superseded (a reader may still be loading it)
    assert _plans(home) == ["规划"]


def test_a_failed_rebuild_keeps_the_plan_served(tmp_path, two_folders):
    a, _ = two_folders
    home = tmp_path / "home"
    assert build(a, home).exit_code == 0
    a.write_bytes(b"\x00\x01\x02\x03" * 200)  # the file overwritten by something that is no plan
    failed = build(a, home)
    assert failed.exit_code == 1 and "二进制" in failed.output and "Traceback" not in failed.output
    answer = run("ask", "森林覆盖率2025年目标是多少？", home=home)
    assert answer.exit_code == 0 and "≥69" in answer.output


# B4: a byte-identical copy ---------------------------------------------------------------------------------------
def test_a_byte_identical_copy_is_one_plan_and_answers_once(tmp_path, two_folders):
    a, _ = two_folders
    home = tmp_path / "home"
    copy = tmp_path / "副本" / "规划（复制）.txt"
    copy.parent.mkdir()
    shutil.copy(a, copy)
    result = run("build", str(a), str(copy), "--encoder", "hash", home=home)
    assert result.exit_code == 0 and "完全相同，不再重复构建" in result.output
    assert _plans(home) == ["规划"]
    out = json.loads(run("ask", "--json", "园区标准厂房项目总投资多少？", home=home).output)
    assert len(out["items"]) == 1 and len(out["citations"]) == 1


def test_copies_built_before_are_loaded_once(tmp_path, two_folders):
    """A build folder made before copies were recognised holds the copy as a plan of its own: it is loaded once."""
    a, _ = two_folders
    home = tmp_path / "home"
    assert build(a, home).exit_code == 0
    shutil.copytree(home / "plans" / "规划", home / "plans" / "规划副本", symlinks=True)
    for question in ("园区标准厂房项目总投资多少？", "森林覆盖率2025年目标是多少？"):
        out = json.loads(run("ask", "--json", question, home=home).output)
        assert out["found"] and len(out["citations"]) == 1, out


@pytest.fixture
def two_counties(tmp_path):
    """Two made-up plans that both table 森林覆盖率, built into one folder."""
    home = tmp_path / "home"
    result = run("build", str(MINI_PLAN), str(DATA / "compare" / "qinglan-city-14th.txt"), "--encoder", "hash", home=home)
    assert result.exit_code == 0, result.output
    return home


@pytest.mark.parametrize("question", ["森林覆盖率2025年目标是多少？", "2025年森林覆盖率目标", "到2025年森林覆盖率目标是多少"])
def test_an_answer_from_several_plans_names_each_plan(two_counties, question):
    result = run("ask", question, home=two_counties)
    assert result.exit_code == 0, result.output
    items = [line for line in result.output.splitlines() if re.match(r"\s+\d+\. ", line)]
    sources = [line for line in result.output.splitlines() if re.match(r"\s+\[\d+\] ", line)]
    assert "出自 2 份规划" in result.output and len(items) == 2
    assert all("《" in line for line in items + sources)
    assert any("杉源县" in s for s in sources) and any("青岚市" in s for s in sources)


@pytest.mark.parametrize("question", ["园区标准厂房项目总投资多少？", "园区标准厂房项目投资多少钱"])
def test_an_answer_from_one_of_several_plans_names_it(two_counties, question):
    result = run("ask", question, home=two_counties)
    assert "3.5亿元" in result.output and "出自《杉源县" in result.output and "青岚市" not in result.output


def test_an_answer_scoped_to_one_plan_names_none(two_counties):
    result = run("ask", "园区标准厂房项目总投资多少？", "--plan", "mini-plan", home=two_counties)
    assert "3.5亿元" in result.output and "出自" not in result.output and "《" not in result.output


def test_a_plan_no_file_answers_is_refused_not_borrowed(tmp_path, two_folders):
    """The trap: neither plan gives the figure, so no plan's neighbouring figure may answer it."""
    a, b = two_folders
    home = tmp_path / "home"
    assert run("build", str(a), str(b), "--encoder", "hash", home=home).exit_code == 0
    out = json.loads(run("ask", "--json", "青川大桥2030年的总投资是多少？", home=home).output)
    assert out["found"] is False


# M1 + M6: suffix and content -----------------------------------------------------------------------------------
@pytest.mark.parametrize("name, content, says, never", [
    ("规划.pdf", "第一章 总则\n\n坚持生态优先。\n".encode(), ["内容不是 PDF", "纯文本", "改为 .txt"], ["密码"]),
    ("规划.docx", "第一章 总则\n".encode("gbk"), ["内容不是 Word 文档", "改为 .txt"], []),
    ("规划.txt", b"%PDF-1.4\n" + bytes(range(256)) * 8, ["内容不是文本", "PDF", "改为 .pdf"], []),
    ("规划.xyz", MINI_PLAN.read_bytes(), ["不支持「.xyz」", "纯文本", "改为 .txt", ".docx", ".pdf", ".html"], []),
    ("规划", MINI_PLAN.read_bytes(), ["不支持「无扩展名」", "改为 .txt"], []),
    ("规划.xyz", b"\x00\x01\x02\x03" * 100, ["不支持「.xyz」", "二进制", ".txt、.md、.docx、.pdf、.html"], []),
    ("规划.txt", b"\x00\x01\x02\x03" * 100, ["二进制", ".md", ".docx", ".pdf", ".html"], []),
])
def test_a_file_is_judged_by_suffix_and_content_with_an_accurate_message(tmp_path, name, content, says, never):
    path = tmp_path / name
    path.write_bytes(content)
    result = build(path, tmp_path / "home")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert all(s in result.output for s in says), result.output
    assert not any(n in result.output for n in never), result.output
    assert not (tmp_path / "home" / "plans").exists() or not _plans(tmp_path / "home")  # nothing built
    assert not _english_words(result.output), result.output


@pytest.mark.parametrize("name, content", [
    ("规划.txt", b"\x00\x01\x02\x03" * 100),
    ("规划.pdf", "第一章 总则\n".encode()),
])
def test_a_refused_file_is_named_by_its_path_before_any_build_stage(tmp_path, name, content):
    """Two folders may hold a 规划.pdf each: the message names the one given; and no stage is said to start on a file
    that is refused (a binary .txt was told 「解析文本与篇章结构」 before its error)."""
    path = tmp_path / "县里" / name
    path.parent.mkdir()
    path.write_bytes(content)
    result = build(path, tmp_path / "home")
    assert result.exit_code == 1 and f"「{path}」" in result.output, result.output
    assert "解析文本" not in result.stderr, result.stderr


@pytest.mark.parametrize("name, content", [
    ("规划.xyz", MINI_PLAN.read_bytes()),
    ("规划.pdf", "第一章 总则\n".encode()),
    ("规划.txt", b"%PDF-1.4\n" + bytes(range(256)) * 8),
])
def test_the_app_upload_judges_a_file_as_the_cli_does(tmp_path, name, content):
    from kg.errors import InputError
    from webui.plans import PlanLibrary

    class _Served:
        builds, plan_ids, plan_titles = [], [], {}

    path = tmp_path / name
    path.write_bytes(content)
    cli = build(path, tmp_path / "home").output
    with pytest.raises(InputError) as refused:
        PlanLibrary(_Served(), tmp_path / "app").check_upload(path, name)
    # the CLI names the path it was given, the app the name the file was uploaded under
    assert str(refused.value).split("」", 1)[-1] in cli.replace(str(path), name)


def test_a_plan_with_the_right_suffix_still_builds(tmp_path):
    path = tmp_path / "某县规划.md"
    path.write_bytes(MINI_PLAN.read_bytes())
    result = build(path, tmp_path / "home")
    assert result.exit_code == 0 and "构建完成" in result.output


# ask --file ---------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("newcomer-home")
    assert build(MINI_PLAN, home).exit_code == 0
    return home


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", "\u3000\n".encode()])
def test_an_empty_questions_file_is_an_error(home, tmp_path, content):
    q = tmp_path / "问题.txt"
    q.write_bytes(content)
    result = run("ask", "--file", str(q), home=home)
    assert result.exit_code != 0 and "没有问题" in result.output and "每行一个问题" in result.output


@pytest.mark.parametrize("content", [b"\x00\xff\xfe\x01" * 100, b"\x89PNG\r\n\x1a\n" + bytes(range(256))])
def test_a_binary_questions_file_speaks_of_questions_not_plans(home, tmp_path, content):
    q = tmp_path / "问题.bin"
    q.write_bytes(content)
    result = run("ask", "--file", str(q), home=home)
    assert result.exit_code != 0 and "问题文件" in result.output and "规划" not in result.output


# M5: --json errors ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("args", [
    ("ask", "--json", ""),                       # an empty question
    ("ask", "--json"),                           # neither a question nor a file
    ("ask", "--json", "长" * 600),               # too long
    ("ask", "--json", "--plan", "没有这个规划", "森林覆盖率"),
    ("stats", "--json", "--plan", "没有这个规划"),
    ("sparql", "--json", "DELETE WHERE { ?s ?p ?o }"),
    ("sparql", "--json", "SELEC ?x WHERE {"),
    ("build", "--json"),                          # an option build does not have: Click's usage error, as JSON
    ("stats", "--json", "--pla", "x"),
    ("ask", "--json", "--plan"),                  # an option without its value
])
def test_json_errors_are_one_json_object_and_fail(home, args):
    result = run(*args, home=home)
    assert result.exit_code != 0
    out = json.loads(result.stdout)
    assert set(out) == {"error", "kind"} and out["error"] and re.search(r"[\u4e00-\u9fff]", out["error"])


def test_json_error_when_nothing_is_built(tmp_path):
    result = run("ask", "--json", "森林覆盖率", home=tmp_path / "空目录")
    assert result.exit_code == 1 and "plankg build" in json.loads(result.stdout)["error"]


# M8: Chinese ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("args", [
    ("ask",),
    ("ask", "--plan", "没有这个规划", "森林覆盖率"),
    ("export", "--format", "png", "-o", "/tmp/x.png"),
    ("export", "--format", "graphml", "--entity", "不存在的东西"),
    ("push",),
    ("sparql", "DELETE WHERE { ?s ?p ?o }"),
])
def test_errors_are_chinese(home, args):
    result = run(*args, home=home)
    errors = [line for line in result.output.splitlines() if line.startswith(("错误", "用法错误"))]
    assert result.exit_code != 0 and errors, result.output
    assert not any(_english_words(line) for line in errors), errors


def test_progress_and_results_are_chinese(tmp_path):
    result = build(MINI_PLAN, tmp_path / "home")
    assert "构建完成" in result.output and "解析文本与篇章结构" in result.stderr
    assert not _english_words(result.stdout.split("→")[0])
