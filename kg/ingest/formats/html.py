"""Web pages (``.html``/``.htm``) as saved from a government website: the main content only.

The page's navigation, sidebars, footers and share buttons are left out by
trafilatura (well kept, made for exactly this: main-text extraction with
tables); its Markdown output keeps headings, tables (pipe rows) and images
with their titles, and is then cleaned like a Markdown plan
(:func:`kg.ingest.formats.markdown.clean_markdown`). The page's encoding
(``<meta charset>``, GB2312/GBK/Big5 …) is detected by trafilatura's loader.
A publication line (发布时间 … 来源 … 浏览次数) is page furniture and dropped; a
one-column table framing a 专栏 is unwrapped into its paragraphs.
"""
from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError
from kg.ingest.formats import Extracted
from kg.ingest.formats.markdown import clean_markdown, heading_marks

__all__ = ["read"]

_FRAME_END = "PLANKGFRAMEEND"

# A line naming two or more of these is a page's publication line, not the plan.
_FURNITURE = re.compile(r"发布时间|发布日期|来源[:：]|浏览次数|阅读次数|(?<!发文)字号|打印本页|关闭窗口|【[大中小]】")


def _unframe(tree) -> None:
    """One-column tables frame blocks of text (a 专栏 set in a box), not data: each becomes
    its cells' content followed by an end mark, which :func:`read` turns into the blank
    lines that close a box."""
    from lxml import etree

    for table in list(tree.iter("table")):
        rows = table.findall(".//tr")
        if not rows or any(len(row.findall("td") + row.findall("th")) != 1 for row in rows):
            continue
        block = etree.Element("div")
        for row in rows:
            cell = (row.findall("td") + row.findall("th"))[0]
            if cell.text and cell.text.strip():
                etree.SubElement(block, "p").text = cell.text
            block.extend(list(cell))
        parent = table.getparent()
        if parent is None:
            continue
        block.tail = table.tail
        parent.replace(table, block)
        end = etree.Element("p")
        end.text = _FRAME_END  # the extractor drops rules and empty paragraphs: a word it keeps
        block.addnext(end)


def read(path: Path, raw: bytes) -> Extracted:
    """A web page's main content as plan text, with the page's title.

    Raises
    ------
    InputError
        If the file is not an HTML page or has no main text.
    """
    import trafilatura  # imported here so text-only use does not pay for it

    tree = trafilatura.load_html(raw)
    if tree is None:
        raise InputError(f"「{path}」无法作为网页读取；请把规划正文另存为 UTF-8 编码的 .txt。")
    _unframe(tree)
    text = trafilatura.extract(tree, output_format="markdown", include_tables=True, include_images=True,
                               include_formatting=True, favor_recall=True, deduplicate=False)
    if not text:
        raise InputError(f"网页「{path}」中没有找到正文；请从网页复制规划正文，另存为 UTF-8 编码的 .txt。")
    text = "\n".join("" if len(_FURNITURE.findall(line)) >= 2 else "\n" if line.strip() == _FRAME_END else line
                     for line in text.split("\n"))
    metadata = trafilatura.extract_metadata(tree)
    cleaned = clean_markdown(text)
    return Extracted(cleaned, "html", metadata.title if metadata else None, heading_marks(text, cleaned))
