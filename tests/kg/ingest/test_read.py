"""kg.ingest.read: encodings, line endings, Markdown and Word, and refusals."""
from __future__ import annotations

import hashlib

import pytest

from kg.errors import InputError
from kg.ingest.parse import parse_document
from kg.ingest.read import clean_markdown, decode_bytes, front_matter_title, read_source

PLAN = "零陵区规划纲要\n\n第1章 发展基础\n\n全区生产总值达到232亿元。\n"


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data, encoding",
    [
        (PLAN.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + PLAN.encode("utf-8"), "utf-8-sig"),
        (PLAN.encode("gb18030"), "gb18030"),
        (PLAN.encode("gbk"), "gb18030"),
        (PLAN.encode("utf-16"), "utf-16"),
        # Saved without a byte-order mark (Notepad's "Unicode" in some tools): was refused as binary.
        (PLAN.encode("utf-16-le"), "utf-16-le"),
        (PLAN.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_encodings_give_the_same_text(tmp_path, data, encoding):
    src = read_source(_write(tmp_path, "plan.txt", data))
    assert src.text == PLAN
    assert src.encoding == encoding
    assert src.format == "txt"
    assert src.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_become_lf(tmp_path, newline):
    src = read_source(_write(tmp_path, "plan.txt", PLAN.replace("\n", newline).encode("utf-8")))
    assert src.text == PLAN


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="没有这个规划文件"):
        read_source(tmp_path / "nope.txt")


def test_directory(tmp_path):
    with pytest.raises(InputError, match="是一个文件夹"):
        read_source(tmp_path)


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", "\u3000\n".encode("utf-8")])
def test_empty_or_blank_file(tmp_path, data):
    with pytest.raises(InputError, match="空文件|只有空白") as err:
        read_source(_write(tmp_path, "plan.txt", data))
    assert "plan.txt" in str(err.value)


def test_binary_with_nul_bytes(tmp_path):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(InputError, match="二进制|图片") as err:
        read_source(_write(tmp_path, "plan.txt", data))
    assert "plan.txt" in str(err.value)


def test_nul_bytes_on_both_parities_are_no_utf16(tmp_path):
    data = "第1章".encode("utf-16-le") + b"\x00\x00\x01\x00\x00\x02" + bytes(range(40))
    with pytest.raises(InputError, match="二进制"):
        read_source(_write(tmp_path, "plan.txt", data))


def test_binary_control_characters(tmp_path):
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 50 + "第1章".encode("utf-8")
    with pytest.raises(InputError, match="二进制"):
        read_source(_write(tmp_path, "plan.txt", data))


@pytest.mark.parametrize("name", ["plan.doc", "plan.wps", "PLAN.DOC"])
def test_old_word_file_gets_a_hint(tmp_path, name):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64
    with pytest.raises(InputError, match=r"另存为 \.docx"):
        read_source(_write(tmp_path, name, data))


def test_rtf_saved_as_doc_gets_a_hint(tmp_path):
    with pytest.raises(InputError, match="RTF"):
        read_source(_write(tmp_path, "plan.doc", b"{\\rtf1\\ansi \\'b5\\'da1 }"))


def test_web_page_saved_as_doc_is_read_as_a_page(tmp_path):
    pytest.importorskip("trafilatura")
    page = "<html><body><h2>第一章　总则</h2><p>坚持稳中求进工作总基调，推动高质量发展。</p></body></html>"
    src = read_source(_write(tmp_path, "plan.doc", page.encode("utf-8")))
    assert "第一章" in src.text and "坚持稳中求进" in src.text


def test_big5_plan_is_detected(tmp_path):
    text = "某縣國民經濟和社會發展規劃\n\n第一章　總體要求\n\n第一節　發展基礎\n\n堅持穩中求進工作總基調。\n"
    src = read_source(_write(tmp_path, "plan.txt", text.encode("big5")))
    assert (src.encoding, src.text) == ("big5", text)
    doc = parse_document(src.text, plan_id="t")
    assert [s.heading.label for s in doc.sections()] == ["第1节 發展基礎"]


def test_undecodable_text(tmp_path):
    data = "第1章 总则".encode("utf-8") + b"\xff\xfe\xfd"[1:] + b"\x80\xff"
    with pytest.raises(InputError, match="UTF-8"):
        read_source(_write(tmp_path, "plan.txt", data))


def test_broken_docx(tmp_path):
    with pytest.raises(InputError, match="docx"):
        read_source(_write(tmp_path, "plan.docx", b"not a zip file at all"))


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("第1章 发展目标")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([("序号", "指标名称", "2025年"), ("1", "地区生产总值（亿元）", "341")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("第2章 产业发展")
    path = tmp_path / "plan.docx"
    document.save(path)
    src = read_source(path)
    assert src.format == "docx"
    assert src.text.split("\n") == [
        "第1章 发展目标", "序号\t指标名称\t2025年", "1\t地区生产总值（亿元）\t341", "", "第2章 产业发展",
    ]


def test_decode_bytes_names_the_file():
    with pytest.raises(InputError, match="some.txt"):
        decode_bytes(b"\x00\x01", name="some.txt")


MARKDOWN = """---
source: https://example.org/plan
title: 某县国民经济和社会发展第十四个五年规划纲要
---

<!-- 来源：县政府网 -->
> 新华社电

<details>
<summary>目录</summary>

- 第一篇　总体要求
  - 第一章　发展基础
</details>

## 第一篇　总体要求

### 第一章　发展基础

**全县**生产总值达到100亿元。<!-- 注 -->

![](images/table.jpg)

| 序号 | 指标名称 |
|---|---|
| 1 | 地区生产总值 |
"""


def test_markdown_is_cleaned_line_for_line():
    cleaned = clean_markdown(MARKDOWN)
    lines = cleaned.split("\n")
    assert len(lines) == len(MARKDOWN.split("\n"))
    assert lines[15] == "第一篇　总体要求"
    assert lines[17] == "第一章　发展基础"
    assert lines[19] == "全县生产总值达到100亿元。"
    assert lines[6] == "新华社电"
    assert lines[23] == "序号\t指标名称"
    assert lines[25] == "1\t地区生产总值"
    assert lines[21] == "![](images/table.jpg)"  # pictures stay: a 专栏 may survive only as one
    for gone in ("目录", "- 第一篇", "source:", "来源", "---"):
        assert gone not in cleaned


def test_markdown_front_matter_title(tmp_path):
    src = read_source(_write(tmp_path, "plan.md", MARKDOWN.encode("utf-8")))
    assert src.format == "md"
    assert src.title == "某县国民经济和社会发展第十四个五年规划纲要"
    assert front_matter_title("第一章 无前言") is None


def test_unclosed_details_only_swallows_to_a_second_details_tag():
    # The national outline closes its TOC with a second <details> tag.
    text = "<details>\n<summary>目录</summary>\n- 第一章\n<details>\n第一章　总则\n"
    assert clean_markdown(text).split("\n") == ["", "", "", "", "第一章　总则", ""]


def test_national_outline_keeps_line_numbers(national_path):
    raw = national_path.read_text(encoding="utf-8")
    src = read_source(national_path)
    assert src.text.count("\n") == raw.count("\n")
    assert src.title.startswith("中华人民共和国国民经济和社会发展第十四个五年规划")
    assert "<summary>" not in src.text and "- 第一篇" not in src.text


def test_page_breaks_and_invisible_marks(tmp_path):
    data = "第1章 总则\n\x0c正文\u200b。\x0b续行\ufeff。".encode("utf-8")
    assert read_source(_write(tmp_path, "plan.txt", data)).text == "第1章 总则\n正文。\n续行。"


def test_text_longer_than_any_plan_is_refused_before_extraction(tmp_path, monkeypatch):
    import kg.ingest.read as read

    monkeypatch.setattr(read, "MAX_TEXT_CHARS", 1_000)
    p = tmp_path / "collection.txt"
    p.write_text("第一章 总则\n" + "正文。" * 600, encoding="utf-8")
    with pytest.raises(InputError, match=r"1,807 个字符，超出一份规划.*拆成"):
        read_source(p)
    from webui.messages import zh_message

    with pytest.raises(InputError) as info:
        read_source(p)
    assert "文件有 1,807 个字符" in zh_message(info.value) and "/" not in zh_message(info.value)


def test_markdown_backslash_escapes_are_read_as_the_marks():
    text = "> \\* 一九八六年四月十二日通过\n\n| 项目名称 | 建设内容 |\n| --- | --- |\n| 甲\\|乙工程 | 新建1\\.2公里 |"
    assert clean_markdown(text).split("\n") == ["* 一九八六年四月十二日通过", "", "项目名称\t建设内容", "",
                                                "甲|乙工程\t新建1.2公里"]
