"""Plans in the app: upload (checked, stored under a content id, built by the pipeline), list, remove — no browser."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import ui
from kg.errors import InputError, KGQAError, ParseError
from tests.conftest import hash_home
from webui.messages import zh_message
from webui.plans import BuildStep, PlanInfo, PlanLibrary, plan_menu

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "data" / "mini-plan.txt"


def _variant(text: str) -> str:
    """The mini plan about another county: a different document (title, hash) of the same genre."""
    return text.replace("杉源县", "柏溪县")


@pytest.fixture(scope="module")
def mini_home(tmp_path_factory) -> Path:
    return hash_home(tmp_path_factory, [MINI], "plankg-mini-home")


@pytest.fixture
def library(mini_home, tmp_path) -> PlanLibrary:
    from qa.engine import Engine

    home = tmp_path / "home"
    shutil.copytree(mini_home, home, symlinks=True)
    return PlanLibrary(Engine.from_home(home))


def _tree(home: Path) -> dict[str, bytes]:
    """Every file under ``home`` (symlinks as their targets) to compare before and after."""
    out = {}
    for p in sorted(home.rglob("*")):
        rel = str(p.relative_to(home))
        if p.is_symlink():
            out[rel] = str(p.readlink()).encode()
        elif p.is_file():
            out[rel] = p.read_bytes()
    return out


def test_an_uploaded_plan_is_built_listed_by_title_and_answered(library, tmp_path):
    upload = tmp_path / "新规划.md"
    upload.write_text(_variant(MINI.read_text("utf-8")), "utf-8")
    steps = list(library.add_steps(upload))
    stages = [s.stage for s in steps if isinstance(s, BuildStep)]
    assert stages[0] == "保存文件" and "抽取实体、指标与关系" in stages and stages[-1] == "载入问答引擎"
    info = steps[-1]
    assert isinstance(info, PlanInfo) and info.uploaded and info.plan_id.startswith("upload-")
    assert info.title.startswith("柏溪县国民经济和社会发展第十四个五年规划") and "章" in info.summary
    assert (library.home / "uploads" / f"{info.plan_id}.md").exists()
    assert info.plan_id in library.engine.plan_ids and len(library.plans()) == 2
    answer = library.engine.ask("专栏3.1有哪些项目？", plan=info.plan_id)
    assert answer.found and answer.citations and all(c.plan == info.plan_id for c in answer.citations)
    with pytest.raises(InputError, match="已经载入"):
        library.add(upload)


def test_a_docx_upload_goes_through_the_pipeline(library, tmp_path):
    import docx

    document = docx.Document()
    for line in _variant(MINI.read_text("utf-8")).replace("柏溪县", "桐川县").splitlines():
        document.add_paragraph(line)
    upload = tmp_path / "plan.docx"
    document.save(upload)
    info = library.add(upload)
    assert info.title.startswith("桐川县") and info.counts["chapters"] >= 2


def test_an_html_upload_goes_through_the_pipeline(library, tmp_path):
    import html

    lines = _variant(MINI.read_text("utf-8")).replace("柏溪县", "松川县").splitlines()
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
    upload = tmp_path / "plan.html"
    upload.write_text(f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{lines[0]}</title></head>'
                      f"<body><article>{body}</article></body></html>", "utf-8")
    info = library.add(upload)
    assert info.title.startswith("松川县") and info.counts["chapters"] >= 2
    assert (library.home / "uploads" / f"{info.plan_id}.html").exists()


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("plan.exe", b"MZ\x90\x00", "不支持「.exe」"),
        ("plan.txt", b"", "空的"),
        ("plan.txt", b"\x00\x01\x02binary\x00" * 50, "二进制"),
        # A damaged PDF: said as a PDF that cannot be opened, not as a wrong file type (it is a .pdf).
        ("plan.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 40, "无法作为 PDF 文件打开"),
    ],
)
def test_a_bad_file_gets_a_chinese_message_and_nothing_built_is_touched(library, tmp_path, name, content, words):
    before = _tree(library.home)
    served = list(library.engine.plan_ids)
    upload = tmp_path / name
    upload.write_bytes(content)
    with pytest.raises(KGQAError) as info:
        library.add(upload)
    assert words in zh_message(info.value)
    assert _tree(library.home) == before and library.engine.plan_ids == served


def test_a_pdf_without_a_text_layer_is_refused_as_a_scan_in_chinese(library, tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60)  # a page with a drawing and no text, as a scan has
    upload = tmp_path / "scan.pdf"
    upload.write_bytes(bytes(pdf.output()))
    before = _tree(library.home)
    with pytest.raises(KGQAError) as info:
        library.add(upload)
    assert "没有文字层" in zh_message(info.value) and _tree(library.home) == before


def test_a_plan_already_served_is_not_uploaded_again(library, tmp_path):
    upload = tmp_path / "copy.txt"
    upload.write_bytes(MINI.read_bytes())  # the plan built from the command line, under another name
    with pytest.raises(InputError, match="已经载入：《杉源县"):
        library.add(upload)
    assert library.engine.plan_ids == ["mini-plan"]


@pytest.mark.parametrize("text", [
    "这是一个简短的说明文件，不是规划，只有一句话。",
    "关于规划编制的说明\n\n本文件说明规划编制工作的安排。请各部门按时报送材料。\n\n联系人：办公室。\n",
    "某县十四五规划纲要（草稿）\n\n目录待补。正文将于下月提交审议。\n",
])
def test_a_few_sentences_without_headings_are_refused_as_too_small_for_a_plan(library, tmp_path, text):
    upload = tmp_path / "说明.txt"
    upload.write_text(text, "utf-8")
    with pytest.raises(InputError, match="内容太少.*章节"):
        library.add(upload)
    assert library.engine.plan_ids == ["mini-plan"] and not list((library.home / "uploads").glob("*"))


@pytest.mark.parametrize("name, title", [
    ("青石镇发展规划.txt", "青石镇发展规划"),
    ("《青石镇规划》_送审稿.txt", "青石镇规划 送审稿"),
])
def test_a_plan_without_a_title_line_is_named_after_its_file_never_an_internal_id(library, tmp_path, name, title):
    upload = tmp_path / "upload.txt"
    shutil.copy(ROOT / "tests" / "data" / "uploads" / "untitled-plan.txt", upload)
    info = library.add(upload, name)
    assert info.title == title and not info.title.startswith("upload-")
    assert library.engine.plan_titles[info.plan_id] == title


@pytest.mark.parametrize("name, fallback", [
    ("x; rm -rf ~.txt", "上传的规划"),
    ("../../etc/passwd.md", "上传的规划"),
    ("a\"b'c $(id) `reboot`.txt", "上传的规划"),
    ("青石镇“十四五”规划\n;rm -rf ~\x07.txt", "青石镇十四五规划"),
    ("..\\..\\《青石镇规划》'; DROP TABLE plans;--.md", "青石镇规划"),
])
def test_a_hostile_file_name_never_titles_a_plan_nor_reaches_a_path(library, tmp_path, name, fallback):
    """An upload named 「x; rm -rf ~.txt」 was titled 《x rm》: a plan's title is its own title line; the name is a
    fallback for a text without one, and then only its Chinese words — and it never names a file or folder."""
    titled = tmp_path / "plan.txt"
    titled.write_text(_variant(MINI.read_text("utf-8")), "utf-8")
    untitled = tmp_path / "upload.txt"  # no title line; 规划 said in its opening, so a plan whatever its name
    body = (ROOT / "tests" / "data" / "uploads" / "untitled-plan.txt").read_text("utf-8")
    untitled.write_text("为推动全镇高质量发展，编制本规划。\n\n" + body, "utf-8")
    outside = sorted(tmp_path.parent.iterdir())
    first, second = library.add(titled, name), library.add(untitled, name)
    assert first.title == "柏溪县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    assert second.title == fallback == library.engine.plan_titles[second.plan_id]
    assert ui.uploaded_message(second).startswith(f"《{fallback}》已载入")
    assert {p.relative_to(library.home).parts[0] for p in library.home.rglob("*")} <= {"plans", "uploads", ".trash"}
    assert sorted(p.name for p in (library.home / "uploads").iterdir()) == sorted(
        f"{i.plan_id}{Path(name).suffix}" for i in (first, second))
    assert sorted(tmp_path.parent.iterdir()) == outside


def test_a_file_that_is_not_a_plan_is_refused_in_chinese(library, tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# plankg\n\n## Install\n\nRun `make` to install the tools.\n\n## Usage\n\nAsk questions with `plankg ask`.\n", "utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("第一章 会议记录\n\n今天下午开会讨论了食堂的菜单和停车位安排，大家意见比较一致。\n", "utf-8")
    for upload in (readme, notes):
        with pytest.raises(InputError, match="不是规划文本"):
            library.add(upload)
    assert library.engine.plan_ids == ["mini-plan"] and not list((library.home / "uploads").glob("*"))


@pytest.mark.parametrize("title", [
    "澄海縣國民經濟和社會發展第十四個五年規劃綱要",
    "澄海縣經濟和社會發展第二個五年計劃",
    "澄海縣推進智慧城市建設實施方案（2021—2025年）",
    "澄海縣中長期發展計畫",
])
def test_a_plan_in_traditional_characters_and_big5_is_built(library, tmp_path, title):
    """A Big5 plan in traditional characters (as a 特別行政區's are printed) was refused as 「看起来不是规划文本」:
    only the simplified genre words (规划, 纲要, 计划 …) were looked for, while the command line builds it."""
    text = (ROOT / "tests" / "data" / "traditional-plan.txt").read_text("utf-8").replace("{title}", title)
    upload = tmp_path / "澄海.txt"
    upload.write_bytes(text.encode("big5"))
    info = library.add(upload)
    assert info.title == title and info.counts["chapters"] == 3 and info.counts["sections"] == 2
    assert info.plan_id in library.engine.plan_ids


def test_a_served_plan_in_another_form_is_not_loaded_again(library, tmp_path):
    upload = tmp_path / "same.md"
    upload.write_text(MINI.read_text("utf-8").replace("\n", "\r\n").replace("。", "。 "), "utf-8")  # other bytes, same text
    with pytest.raises(InputError, match="内容相同"):
        library.add(upload)
    assert library.engine.plan_ids == ["mini-plan"]


@pytest.mark.parametrize("name, encode", [
    ("same.txt", lambda t: t.encode("gbk")),
    ("same.txt", lambda t: t.replace("\n", "\r\n").encode("gb18030")),
    ("same.md", lambda t: t.encode("utf-8-sig")),
])
def test_the_same_text_in_another_encoding_is_a_repeat(library, tmp_path, name, encode):
    upload = tmp_path / name
    upload.write_bytes(encode(MINI.read_text("utf-8")))
    with pytest.raises(InputError, match="内容相同"):
        library.add(upload)
    assert library.engine.plan_ids == ["mini-plan"]


@pytest.mark.parametrize("first, second", [("gb18030.txt", "utf-8.md"), ("utf-8.md", "gb18030.txt")])
def test_the_same_text_as_txt_and_as_md_is_one_plan_whatever_either_reader_makes_of_it(library, tmp_path, first, second):
    """The same 纲要 uploaded once as a GB18030 .txt and once as .md was loaded twice (as a new version, 「1 段不同」):
    the Markdown reader takes a line opening 「>」 (a table's 「>5.6」) for a quote mark. The text is the same."""
    text = _variant(MINI.read_text("utf-8")).replace("同时，", ">90%的行政村通硬化路。\n\n同时，")
    uploads = []
    for name in (first, second):
        codec, suffix = name.split(".")
        uploads.append(tmp_path / f"纲要.{suffix}")
        uploads[-1].write_bytes(text.encode(codec))
    info = library.add(uploads[0])
    with pytest.raises(InputError, match=f"与已载入的《{info.title}》内容相同"):
        library.add(uploads[1])
    assert sorted(library.engine.plan_ids) == sorted(["mini-plan", info.plan_id])
    assert [p.name for p in (library.home / "uploads").iterdir()] == [f"{info.plan_id}.{first.split('.')[1]}"]


_EDITS = [  # (old, new): one paragraph changed, as a revised draft or a copy edited after re-encoding
    ("全县地区生产总值达到86.5亿元", "全县地区生产总值达到86.9亿元"),
    ("同时，全县产业链条偏短", "同时，全县产业链条依然偏短"),
    ("本篇总结发展基础，明确“十四五”时期的发展目标。", "本篇总结发展基础。"),
]


@pytest.mark.parametrize("old, new", _EDITS)
@pytest.mark.parametrize("codec", ["gbk", "utf-8"])
def test_a_copy_with_a_line_changed_is_loaded_as_a_new_version_not_refused(library, tmp_path, old, new, codec):
    """The seed saved as GBK with some lines changed was refused as 「内容相同」: 97 % of its paragraphs were the
    served plan's. Identity is the decoded text; a changed line makes a new version, loaded beside the old one."""
    text = MINI.read_text("utf-8")
    assert old in text
    upload = tmp_path / "revised.txt"
    upload.write_bytes(text.replace(old, new).encode(codec))
    info = library.add(upload)
    assert info.plan_id in library.engine.plan_ids and "mini-plan" in library.engine.plan_ids
    assert info.revises is not None and info.revises.plan_id == "mini-plan" and info.changed == 1
    message = ui.uploaded_message(info)
    assert "新版本" in message and "1 段不同" in message and "旧版本保留" in message
    answer = library.engine.ask("地区生产总值2020年是多少", plan=info.plan_id)
    assert answer.answer  # the new version is served and answers on its own
    # Same title and counts: the menus tell the two apart as the list does (内置/上传), not as （1）/（2）.
    labels = dict(plan_menu(library.plans()))
    assert len(labels) == 2 and {"内置", "上传"} == {l.split(" · ")[-1].rstrip("）") for l in labels}


def test_another_plan_of_the_genre_is_no_new_version(library, tmp_path):
    upload = tmp_path / "plan.txt"
    upload.write_text(_variant(MINI.read_text("utf-8")), "utf-8")
    info = library.add(upload)
    assert info.revises is None and "新版本" not in ui.uploaded_message(info)


def test_uploads_are_size_limited(library, tmp_path):
    small = PlanLibrary(library.engine, library.home, max_bytes=1000)
    upload = tmp_path / "big.txt"
    upload.write_text(MINI.read_text("utf-8"), "utf-8")
    with pytest.raises(InputError, match="超过上限"):
        small.add(upload)


def test_the_plan_id_never_comes_from_the_file_name(library, tmp_path):
    upload = tmp_path / "plan.txt"
    upload.write_text(_variant(MINI.read_text("utf-8")), "utf-8")
    info = library.add(upload, name="../../../mini-plan.txt")
    assert info.plan_id.startswith("upload-") and "/" not in info.plan_id and ".." not in info.plan_id
    files = {p.relative_to(library.home).parts[0] for p in library.home.rglob("*")}
    assert files <= {"plans", "uploads", ".trash"}
    assert not (tmp_path / "mini-plan.txt").exists()
    assert "mini-plan" in library.engine.plan_ids  # the plan named like the upload is untouched


def test_removal_is_asked_about_first_and_a_refused_one_is_not(library, tmp_path):
    """The app asks before deleting (one click deleted a build); a removal that would be refused is said at once."""
    upload = tmp_path / "plan.txt"
    upload.write_text(_variant(MINI.read_text("utf-8")), "utf-8")
    info = library.add(upload)
    question = ui.removal_question(library, info.plan_id)
    assert "确定删除" in question and info.title in question and "取消" in question
    assert info.plan_id in library.engine.plan_ids and (library.home / "plans" / info.plan_id).exists()
    ui.remove_plan(library, info.plan_id)
    for bad, words in (("mini-plan", "唯一"), ("", "没有选择"), (None, "没有选择"), ("../plans", "没有这份")):
        with pytest.raises(KGQAError, match=words):
            ui.removal_question(library, bad)


def test_removing_the_built_in_plan_says_what_happens_to_it_and_how_it_comes_back(library, tmp_path):
    """「上传的文件都将被删除」 was said of the built-in plan too, which has no upload: its source file stays, and it
    comes back only by building it again from the command line."""
    from pipeline import build_plans
    from qa.engine import Engine

    upload = tmp_path / "plan.txt"
    upload.write_text(_variant(MINI.read_text("utf-8")), "utf-8")
    info = library.add(upload)
    assert "上传的文件都将被删除" in ui.removal_question(library, info.plan_id)
    question = ui.removal_question(library, "mini-plan")
    assert "上传的文件" not in question and "内置规划" in question and "原文件不会删除" in question
    assert "无法在本页恢复" in question and "plankg build" in question
    source = MINI.read_bytes()
    ui.remove_plan(library, "mini-plan")
    assert library.engine.plan_ids == [info.plan_id] and MINI.read_bytes() == source
    assert Engine.from_home(library.home).plan_ids == [info.plan_id]  # a restart alone does not bring it back
    build_plans([MINI], home=library.home, encoder="hash")  # what the question tells the administrator to do
    assert sorted(Engine.from_home(library.home).plan_ids) == sorted(["mini-plan", info.plan_id])


def test_removing_a_plan_deletes_its_builds_and_upload_only(library, tmp_path):
    upload = tmp_path / "plan.txt"
    upload.write_text(_variant(MINI.read_text("utf-8")), "utf-8")
    info = library.add(upload)
    kept = _tree(library.home / "plans" / "mini-plan")
    status = ui.remove_plan(library, info.plan_id)
    assert "已删除" in status and info.title in status
    assert library.engine.plan_ids == ["mini-plan"]
    assert not (library.home / "plans" / info.plan_id).exists() and not list((library.home / "uploads").iterdir())
    assert _tree(library.home / "plans" / "mini-plan") == kept
    for bad in ("mini-plan", "../plans", ""):  # the last plan, a path, nothing
        with pytest.raises(KGQAError):
            ui.remove_plan(library, bad)
    assert _tree(library.home / "plans" / "mini-plan") == kept


def test_upload_handler_yields_progress_then_the_plan(library, tmp_path):
    upload = tmp_path / "plan.txt"
    upload.write_text(_variant(MINI.read_text("utf-8")), "utf-8")
    out = list(ui.upload_plan(library, str(upload)))
    assert all("正在构建" in s and "<progress" in s for s in out[:-1]) and isinstance(out[-1], PlanInfo)
    with pytest.raises(InputError, match="请先选择"):
        list(ui.upload_plan(library, None))


def test_two_plans_of_one_title_are_told_apart_in_every_menu(library, tmp_path):
    """Two uploads printing the same title (a draft and the final text): the menus that scope, compare and remove
    must not show two identical entries."""
    from webui.compare import plan_choices

    text = _variant(MINI.read_text("utf-8"))
    first, second = tmp_path / "draft.txt", tmp_path / "final.txt"
    first.write_text(text, "utf-8")
    # The final text moves every date a year and drops the last chapters: another plan (not a repeat), same title.
    second.write_text(text.split("第四章")[0].replace("2025年", "2026年").replace("2020年", "2021年"), "utf-8")
    a, b = library.add(first), library.add(second)
    assert a.title == b.title and a.plan_id != b.plan_id
    for menu in (ui._removable(library), ui._scope_choices(library), plan_choices(library.engine)):
        labels = [label for label, _ in menu]
        assert len(set(labels)) == len(labels), labels
        assert sum(label.startswith(f"《{a.title}》") for label in labels) == 2
