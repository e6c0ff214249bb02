"""pipeline: whether a build is current is decided from the file's bytes, before any extraction."""
from __future__ import annotations

import hashlib

import pytest

import kg.store.buildfolder as buildfolder
from kg.ingest.read import READERS
from kg.errors import InputError
from pipeline import build_plans, expand_sources
from tests.conftest import MINI_PLAN
from tests.kg.ingest.office_pdf import FONT, typeset_pdf


@pytest.fixture
def mini_pdf(tmp_path):
    pytest.importorskip("fpdf")
    if not FONT.exists():
        pytest.skip(f"WenQuanYi Micro Hei not installed at {FONT} (Debian fonts-wqy-microhei)")
    return typeset_pdf(MINI_PLAN.read_text(encoding="utf-8"), tmp_path / "mini-plan.pdf", header="某县规划纲要")


def _refuse(path, raw):
    raise AssertionError(f"{path} was extracted although the build is current")


def test_unchanged_pdf_is_skipped_without_extraction_and_a_changed_one_rebuilds(tmp_path, mini_pdf, monkeypatch):
    home = tmp_path / "home"
    [first] = build_plans([mini_pdf], home=home, encoder="hash", shacl="off")
    assert not first.skipped and first.build.manifest["counts"]["chapters"] == 4

    monkeypatch.setitem(READERS, ".pdf", ("pdf", _refuse))
    [again] = build_plans([mini_pdf], home=home, encoder="hash", shacl="off")
    assert again.skipped and again.build.manifest["build_key"] == first.build.manifest["build_key"]

    # Other bytes → the reader runs again (a code version or encoder change also changes the key).
    mini_pdf.write_bytes(mini_pdf.read_bytes() + b"\n% appended\n")
    with pytest.raises(AssertionError, match="was extracted"):
        build_plans([mini_pdf], home=home, encoder="hash", shacl="off")
    monkeypatch.undo()
    [changed] = build_plans([mini_pdf], home=home, encoder="hash", shacl="off")
    assert not changed.skipped and changed.build.manifest["build_key"] != first.build.manifest["build_key"]
    assert changed.build.manifest["source_sha256"] != first.build.manifest["source_sha256"]


def test_the_manifest_digest_is_of_the_raw_bytes_and_a_new_code_version_rebuilds(tmp_path, monkeypatch):
    plan = tmp_path / "plan.txt"
    plan.write_bytes(MINI_PLAN.read_text(encoding="utf-8").encode("gb18030"))
    home = tmp_path / "home"
    [first] = build_plans([plan], home=home, encoder="hash", shacl="off")
    assert first.build.manifest["source_sha256"] == hashlib.sha256(plan.read_bytes()).hexdigest()
    assert build_plans([plan], home=home, encoder="hash", shacl="off")[0].skipped
    monkeypatch.setattr(buildfolder, "code_version", lambda: "another-version")
    [again] = build_plans([plan], home=home, encoder="hash", shacl="off")
    assert not again.skipped and again.build.manifest["build_key"] != first.build.manifest["build_key"]


@pytest.mark.parametrize("loss", ["delete", "truncate"])
def test_a_build_that_lost_a_file_is_rebuilt_not_reported_up_to_date(tmp_path, loss):
    plan = tmp_path / "plan.txt"
    plan.write_text(MINI_PLAN.read_text(encoding="utf-8"), encoding="utf-8")
    home = tmp_path / "home"
    [first] = build_plans([plan], home=home, encoder="hash", shacl="off")
    assert first.build.damaged() == [] and "passages.jsonl" in first.build.manifest["files"]
    if loss == "delete":
        first.build.passages_path.unlink()
    else:
        first.build.passages_path.write_bytes(first.build.passages_path.read_bytes()[:10])
    assert first.build.damaged() == ["passages.jsonl"]
    (first.build.dir / "kb.pickle").write_bytes(b"rewritten by a loader")  # a cache repaired at load is no damage
    assert first.build.damaged() == ["passages.jsonl"]
    [again] = build_plans([plan], home=home, encoder="hash", shacl="off")
    assert not again.skipped and again.build.damaged() == [] and again.build.passages_path.exists()


def test_a_folder_builds_its_plans_but_not_its_readme(tmp_path):
    """`plankg build plans/` on a folder with a README (as /work/shared/corpus has) once built the README as a plan."""
    (tmp_path / "README.md").write_text("# 规划合集\n\n本目录收录各级五年规划纲要，下表列出各规划的篇、章、节数。\n", "utf-8")
    (tmp_path / "readme.txt").write_text("说明：规划文本均为公开资料。\n", "utf-8")
    plan = tmp_path / "mini-plan.txt"
    plan.write_bytes(MINI_PLAN.read_bytes())
    assert expand_sources([tmp_path]) == [plan]
    assert expand_sources([tmp_path / "README.md"]) == [tmp_path / "README.md"]  # a file named on its own is built as asked
    plan.unlink()
    with pytest.raises(InputError, match="没有规划文件"):
        expand_sources([tmp_path])


@pytest.mark.parametrize("names", [
    ("a/plan.txt", "b/plan.txt"),            # the same name in two folders
    ("plans/规划.txt", "plans/规划.md"),       # one folder, two formats
    ("x/Plan 2.txt", "y/plan-2.txt"),        # names that slug alike
])
def test_two_files_of_one_plan_id_are_both_kept_and_a_copy_is_built_once(tmp_path, names):
    """`plankg build a/plan.txt b/plan.txt` built both as plan 'plan': the second silently replaced the first. Two
    files of one name are two plans (each keeps its id on a rebuild); the same bytes twice are one plan."""
    home = tmp_path / "home"
    first, second = (tmp_path / n for n in names)
    for f, extra in ((first, ""), (second, "\n第五章 补充说明\n\n本规划由县人民政府负责解释。\n")):
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(MINI_PLAN.read_text("utf-8") + extra, "utf-8")
    a, b = build_plans([first, second], home=home, encoder="hash", shacl="off")
    assert a.plan_id != b.plan_id and b.taken is not None and b.taken.plan_id == a.plan_id
    assert {x.plan_id for x in buildfolder.list_builds(home)} == {a.plan_id, b.plan_id}
    again = build_plans([second, first], home=home, encoder="hash", shacl="off")  # each file finds its own plan
    assert [r.plan_id for r in again] == [b.plan_id, a.plan_id] and all(r.skipped for r in again)
    copy = tmp_path / "copy" / first.name
    copy.parent.mkdir()
    copy.write_bytes(first.read_bytes())
    (same,) = build_plans([copy], home=home, encoder="hash", shacl="off")
    assert same.same_as is not None and same.plan_id == a.plan_id and len(buildfolder.list_builds(home)) == 2


def test_the_same_file_named_twice_is_built_once(tmp_path):
    plan = tmp_path / "mini-plan.txt"
    plan.write_bytes(MINI_PLAN.read_bytes())
    reports = build_plans([plan, tmp_path / "." / "mini-plan.txt"], home=tmp_path / "home", encoder="hash", shacl="off")
    assert [r.plan_id for r in reports] == ["mini-plan"]
