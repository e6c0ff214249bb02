"""Markdown: front matter, comments, images, collapsed TOCs and markers blanked line for line,
so line numbers still point into the source file."""
from __future__ import annotations

import re
from pathlib import Path

from kg.ingest.formats import Extracted
from kg.ingest.formats.text import decode_bytes
from kg.ingest.formats.wrap import ENDS_BLOCK, fills_width, is_short, join_lines, print_width
from kg.ingest.layouts.numbered import match_heading
from kg.ingest.layouts.outline import match_outline_heading
from kg.ingest.lines import is_item

__all__ = ["read", "clean_markdown", "collapsed_contents", "front_matter_title", "heading_marks", "join_soft_breaks"]


def read(path: Path, raw: bytes) -> Extracted:
    """A Markdown file's text, cleaned, with its front matter's title and its ``#`` levels."""
    text, encoding = decode_bytes(raw, name=str(path))
    cleaned = join_soft_breaks(text, clean_markdown(text))
    quoted = frozenset(i for i, line in enumerate(text.split("\n")) if _QUOTE.match(line))
    return Extracted(cleaned, encoding, front_matter_title(text), heading_marks(text, cleaned), quoted,
                     collapsed_contents(text))


_STRUCTURAL = re.compile(r"^\s{0,3}(?:#|>|[-*+]\s|\d+[.．、)]|\||!\[|<)|^\s*第[一二三四五六七八九十百零〇\d]+[篇章节编部]")
#: A line opening a list or numbered item (「1．…」「- …」), whose wrapped text goes on below it.
_ITEM_OPENS = re.compile(r"^\s{0,3}(?:[-*+]\s|\d+[.．、)])")
#: Punctuation inside a sentence: a line holding one is a clause, no table cell.
_CLAUSE_MARK = re.compile(r"[，,、；;：:]")
#: Fewer wrapped lines than this: the file writes a paragraph a line, and its line breaks are kept.
_MIN_WRAPPED = 20


def join_soft_breaks(text: str, cleaned: str) -> str:
    """Join the lines of a hard-wrapped paragraph (Markdown's soft breaks), keeping the line count.

    In Markdown a paragraph runs on until a blank line; plans copied from print break their lines at
    a fixed width, mid-word and mid-number (「钢材产量5950」 / 「万吨」). A line that does not end a
    sentence and is no numbered heading (一、概念内涵, （一）主要目标, 第一章: a line short of the print width
    that a numbered heading opens), followed directly by a line that opens no heading, list, quote, table or
    numbered item, goes on with it: the text moves up to the paragraph's first line and the continuation
    line is left blank, so line numbers still point into the source. Only a file with at least
    :data:`_MIN_WRAPPED` such breaks is treated as wrapped; one writing a paragraph a line is kept.

    Examples
    --------
    >>> md = chr(10).join(["钢产量达到7200万吨，钢材产量5950", "万吨。"])
    >>> join_soft_breaks(md, md) == md  # too few breaks to call the file wrapped
    True
    >>> wrapped = chr(10).join(["正文要求全区钢产量达到七千二百万吨以上，钢材产量5950", "万吨。"] * 20 + ["## 第一章　总则", "说明"])
    >>> join_soft_breaks(wrapped, wrapped).split(chr(10))[:2]
    ['正文要求全区钢产量达到七千二百万吨以上，钢材产量5950万吨。', '']
    >>> cells = chr(10).join(["类别", "序号", "指标名称", "单位"] * 10)
    >>> join_soft_breaks(cells, cells) == cells  # a table flattened one cell per line: short lines, none wrapped
    True
    """
    src = text.split("\n")
    out = cleaned.split("\n")
    width = print_width(out, at_least=_MIN_WRAPPED)
    return "\n".join(join_lines(out, lambda j: _continues(src, out, j, width), at_least=_MIN_WRAPPED))


def _continues(src: list[str], out: list[str], j: int, width: int | None) -> bool:
    """Whether line ``j`` goes on with line ``j - 1`` as one wrapped paragraph."""
    prev, line = out[j - 1], out[j]
    if not prev.strip() or not line.strip():
        return False
    # two short lines in a row, the first no clause (类别 / 序号 / 一级指标), are a table's cells or a list's
    # stubs, never one paragraph broken at a print width (a clause cut short, 「在4%以内，居民收入稳步」, goes on)
    if is_short(prev) and is_short(line) and not _CLAUSE_MARK.search(prev):
        return False
    # a line run to the print width was wrapped wherever it ends, on 。 or ： too (「…产量指标如下：」 /
    # 「粮食，…」 is one paragraph of the printed page); a shorter one ending a sentence ends its paragraph
    wrapped = fills_width(prev, width)
    if ENDS_BLOCK.search(prev) and not wrapped:
        return False
    # cleaning keeps the line count, so src[j] is the source of out[j]; _STRUCTURAL covers headings
    if _STRUCTURAL.match(src[j]) or is_item(line.strip()):
        return False
    # a numbered item's first line wraps like any other (「1．努力保持…，在控」 / 「制通货膨胀…」), a heading never
    if _STRUCTURAL.match(src[j - 1]) and not (wrapped and _ITEM_OPENS.match(src[j - 1])):
        return False
    if (match_outline_heading(prev) or match_heading(prev)) and not fills_width(prev, width):
        return False  # a numbered heading on a line of its own (一、概念内涵), not a line its paragraph wraps
    return "\t" not in prev and "\t" not in line


def heading_marks(text: str, cleaned: str) -> dict[int, int]:
    """Line → ``#`` count of the Markdown headings that survive cleaning (not in a TOC block).

    Examples
    --------
    >>> md = "# 某县规划\\n\\n## 总体要求\\n正文。"
    >>> heading_marks(md, clean_markdown(md))
    {0: 1, 2: 2}
    """
    kept = cleaned.split("\n")
    return {i: len(m.group(1)) for i, line in enumerate(text.split("\n"))
            if (m := _HEADING_LEVEL.match(line)) and i < len(kept) and kept[i].strip()}


# YAML closes front matter with --- or ...; the national outline prints ----.
_FRONT_MATTER_END = re.compile(r"^(-{3,}|\.{3})\s*$")
#: 「标题: 《…》」: the front matter of collections of government texts names the title in Chinese, in its 书名号.
_FRONT_MATTER_TITLE = re.compile(r"^(?:title|标题)\s*[:：]\s*(.+?)\s*$")
_IMAGE_LINE = re.compile(r"^\s*(!\[[^\]]*\]\([^)]*\)\s*)+$")
_DETAILS_OPEN = re.compile(r"^\s*<details\b[^>]*>\s*$", re.I)
# The national outline closes its TOC block with a second <details>; accept both.
_DETAILS_CLOSE = re.compile(r"^\s*</?details\s*>\s*$", re.I)
_HEADING_MARK = re.compile(r"^\s{0,3}#{1,6}\s*")
_QUOTE = re.compile(r"^\s{0,3}>")
_HEADING_LEVEL = re.compile(r"^\s{0,3}(#{1,6})\s")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
# A backslash escape keeps Markdown from reading a mark (\* footnote star, 1\. not a list).
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# A footnote reference inside the text (…的建设[^4]); a line opening with [^4]: defines the footnote and is kept.
_FOOTNOTE_REF = re.compile(r"(?<!^)\[\^[^\]\s]{1,12}\]|^\[\^[^\]\s]{1,12}\](?!:)")
_TABLE_ALIGN = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def clean_markdown(text: str) -> str:
    """Blank out Markdown scaffolding line for line, keeping the plan's words.

    Drops YAML front matter (read its ``title:`` with
    :func:`front_matter_title`), HTML comments, image lines,
    ``<details>`` blocks (collapsed tables of contents), horizontal rules and
    table alignment rows; strips ``#`` heading markers, ``>`` quote markers
    and ``**`` emphasis and footnote references (``[^4]``); unescapes ``\\*``;
    turns ``| a | b |`` rows into tab-separated cells.
    The result has as many lines as the input.

    Examples
    --------
    >>> clean_markdown("---\\ntitle: T\\n---\\n## 第一章　总则\\n<!-- x -->\\n**正文**")
    '\\n\\n\\n第一章　总则\\n\\n正文'
    >>> clean_markdown("> \\\\* 一九八六年四月十二日通过")
    '* 一九八六年四月十二日通过'
    """
    lines = text.split("\n")
    out = list(lines)
    i = 0
    if lines and lines[0].strip() == "---":
        end = next((j for j in range(1, len(lines)) if _FRONT_MATTER_END.match(lines[j])), None)
        if end is not None:
            for j in range(end + 1):
                out[j] = ""
            i = end + 1
    in_comment = in_details = False
    for j in range(i, len(lines)):
        line = lines[j]
        if in_details:
            out[j] = ""
            in_details = not _DETAILS_CLOSE.match(line)
            continue
        if _DETAILS_OPEN.match(line):
            out[j], in_details = "", True
            continue
        line, in_comment = _strip_comments(line, in_comment)
        out[j] = _clean_line(line)
    return "\n".join(out)


def collapsed_contents(text: str) -> tuple[str, ...]:
    """The lines of a ``<details>`` block summarised as 目录 (a collapsed table of contents), which
    :func:`clean_markdown` blanks from the text: its list markers dropped.

    >>> collapsed_contents("<details>\\n<summary>目录</summary>\\n\\n- 第一篇　总论\\n  - 第一章　发展环境\\n</details>\\n正文")
    ('第一篇　总论', '第一章　发展环境')
    >>> collapsed_contents("<details>\\n<summary>附表</summary>\\n- 第一章\\n</details>")
    ()
    """
    out: list[str] = []
    block: list[str] | None = None
    for line in text.split("\n"):
        if block is not None:
            if _DETAILS_CLOSE.match(line):
                if block and _SUMMARY.match(block[0]) and _SUMMARY.match(block[0]).group(1).replace(" ", "") in ("目录", "目次"):
                    out += [entry for raw in block[1:] if (entry := _LIST_MARK.sub("", raw).strip())]
                block = None
            elif line.strip():
                block.append(line)
        elif _DETAILS_OPEN.match(line):
            block = []
    return tuple(out)


#: A ``<summary>`` line and its words; a Markdown list item's marker.
_SUMMARY = re.compile(r"^\s*<summary>\s*(.*?)\s*</summary>\s*$", re.I)
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def front_matter_title(text: str) -> str | None:
    """The ``title:`` of a Markdown file's YAML front matter, if any.

    Examples
    --------
    >>> front_matter_title("---\\nsource: x\\ntitle: 某县规划\\n---\\n正文")
    '某县规划'
    >>> front_matter_title("---\\n标题: 《某区国民经济和社会发展第十五个五年规划纲要》\\n文号: -\\n---\\n正文")
    '某区国民经济和社会发展第十五个五年规划纲要'
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    for line in lines[1:]:
        if _FRONT_MATTER_END.match(line):
            return None
        m = _FRONT_MATTER_TITLE.match(line)
        if m:
            title = m.group(1).strip("'\"")
            return title[1:-1] if title.startswith("《") and title.endswith("》") and title.count("《") == 1 else title
    return None


def _strip_comments(line: str, in_comment: bool) -> tuple[str, bool]:
    kept = []
    rest = line
    while rest:
        if in_comment:
            end = rest.find("-->")
            if end < 0:
                return "".join(kept), True
            rest, in_comment = rest[end + 3:], False
        else:
            start = rest.find("<!--")
            if start < 0:
                kept.append(rest)
                break
            kept.append(rest[:start])
            rest, in_comment = rest[start + 4:], True
    return "".join(kept), in_comment


def _clean_line(line: str) -> str:
    if _IMAGE_LINE.match(line):
        return line.strip()  # kept: a 专栏 may survive only as a picture (kg.ingest.lines.match_images)
    if _RULE.match(line) or ("|" in line and _TABLE_ALIGN.match(line)):
        return ""
    line = _HEADING_MARK.sub("", line)
    line = re.sub(r"^\s{0,3}>\s?", "", line)  # the quote's extent is kept apart (read: framed)
    line = line.replace("**", "").replace("__", "")
    line = _FOOTNOTE_REF.sub("", line)
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        # An escaped \| is a bar inside a cell, not between cells.
        cells = re.split(r"(?<!\\)\|", stripped[1:-1])
        line = "\t".join(cell.strip() for cell in cells)
    return _ESCAPE.sub(r"\1", line)
