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
# A word of running text (a link menu's separators 「 | 」 are none).
_WORD = re.compile(r"\w")
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


def _inline_tags() -> frozenset[str]:
    """lxml's text-level tags that carry the page's words (``b``, ``strong``, ``span``, ``a``, ``font``, ``sub`` …):
    not its void tags (``br``, ``img``) nor the ones embedding a script or an object, which hold no words."""
    from lxml.html import defs

    inline = defs.phrase_tags | defs.font_style_tags | defs.special_inline_tags
    return frozenset(inline - defs.empty_tags - defs.block_tags - {"script", "applet", "iframe", "object", "map"})


def _own_text(block) -> str:
    """A block's words outside its elements: its text and the tails of its children."""
    return (block.text or "") + "".join(child.tail or "" for child in block)


def _join_inline(tree) -> None:
    """Inline elements inside running text are dropped, their words kept in place: a short page falls back to
    trafilatura's whole-text reading, which puts every text node on a line of its own and so broke a paragraph
    at each ``<b>`` or ``<a>`` (「达到」 / 「500亿元」 / 「，年均增长」). Only where the enclosing block has words of
    its own around them: a menu of links (「首页 | 政务公开」) keeps its links, which tell the extractor it is no text."""
    from lxml.html import defs

    inline = _inline_tags()
    running = {}
    for element in list(tree.iter(*inline)):
        block = next((a for a in element.iterancestors() if a.tag in defs.block_tags or a.tag == "body"), None)
        if block is None:
            continue
        if block not in running:
            running[block] = bool(_WORD.search(_own_text(block)))
        if running[block]:
            element.drop_tag()


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
    _join_inline(tree)
    text = trafilatura.extract(tree, output_format="markdown", include_tables=True, include_images=True,
                               include_formatting=True, favor_recall=True, deduplicate=False)
    if not text:
        raise InputError(f"网页「{path}」中没有找到正文；请从网页复制规划正文，另存为 UTF-8 编码的 .txt。")
    text = "\n".join("" if len(_FURNITURE.findall(line)) >= 2 else "\n" if line.strip() == _FRAME_END else line
                     for line in text.split("\n"))
    metadata = trafilatura.extract_metadata(tree)
    cleaned = clean_markdown(text)
    return Extracted(cleaned, "html", metadata.title if metadata else None, heading_marks(text, cleaned))
