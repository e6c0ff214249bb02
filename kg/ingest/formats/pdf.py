"""PDF with a text layer: the plan's paragraphs, headings and tables, without the page furniture.

Read with pdfplumber (on pdfminer.six), chosen by measurement: on the seed
typeset as an office A4 PDF it recovers 98.9 % of the text's 6-grams
(pypdfium2 99.4 %, pdfminer.six alone 99.0 %, the gap being the table cells'
order), and it is the one of the three that finds ruled tables and gives each
line's geometry, which re-joining wrapped lines needs (see
``docs/benchmarks.md`` for the figures).

What the page layout adds is taken away again:

* running headers and footers (a line at the top or bottom of most pages
  with the same text, digits aside) and page numbers (``— 3 —``);
* letter-spaced lines (justified or tracked type) lose the spaces the
  extraction puts between their characters;
* lines wrapped at the page width are joined back: a line reaching the
  right margin goes on in the next line unless that one is indented (a new
  paragraph), set apart by a larger gap, or a heading; a paragraph broken
  by a page break is joined the same way;
* ruled tables become one row per line, cells separated by tabs (as the
  ``.docx`` reader gives them); a table going on over a page break is one
  table;
* a framed block (a 专栏 in its rectangle) ends with two blank lines, which
  close the box, so the prose after it is not taken into it.

A PDF without a text layer (a scan) is refused with a clear message.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from kg.errors import InputError
from kg.ingest.formats import Extracted
from kg.ingest.layouts.numbered import match_box_heading, match_heading
from kg.ingest.layouts.outline import match_outline_heading
from kg.ingest.lines import is_page_number

__all__ = ["read"]

# Share of the pages a header/footer text must recur on to be page furniture.
_FURNITURE_SHARE = 0.5
_BARE_PAGE_NUMBER = re.compile(r"^\s*[0-9０-９]{1,4}\s*$")
_ASCII_END = re.compile(r"[A-Za-z0-9,.;:]$")
_ASCII_START = re.compile(r"^[A-Za-z0-9(]")
_UNIT_START = re.compile(r"^[a-z%‰℃㎡]")
_SENTENCE_ENDS = ("。", "！", "？", "；", "：", ":", ";")
# A word the typesetter moves to the next line whole.
_FIRST_WORD = re.compile(r"^[A-Za-z0-9.,%()/\-]+")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    frame: int | None = None  # the framed block (a 专栏's rectangle) holding the line, if any


@dataclass
class _Table:
    rows: list[list[str]]
    top: float


def read(path: Path, raw: bytes) -> Extracted:
    """A PDF's text layer as plan text (paragraphs one per line, tables as tab-separated rows).

    Raises
    ------
    InputError
        If the file is not a readable PDF (broken, encrypted) or has no text
        layer (a scanned document: OCR is out of scope).
    """
    import pdfplumber  # imported here so text-only use does not pay for it
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        with pdfplumber.open(path) as pdf:
            pages = [_page_items(page) for page in pdf.pages]
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"「{path}」无法作为 PDF 文件打开（文件已损坏：{exc.__class__.__name__}）；"
                         "请从原文档重新导出 PDF，或把正文另存为 UTF-8 编码的 .txt。") from None
    except Exception as exc:  # pdfminer raises its own types for encrypted and damaged files
        # A real PDF (the suffix and the first bytes agree: kg.ingest.sniff) that pdfminer refuses: damaged or encrypted.
        raise InputError(f"「{path}」无法作为 PDF 文件打开（文件可能已损坏或设有密码：{exc}）；"
                         "请从原文档重新导出不带密码的 PDF，或把正文另存为 UTF-8 编码的 .txt。") from None
    if not any(isinstance(item, _Line) for page in pages for item in page):
        raise InputError(f"「{path}」这个 PDF 没有文字层（可能是扫描件），读不出正文；系统不做文字识别（OCR）。"
                         "请从原文档导出 .docx 或 .txt。")
    pages = _drop_furniture(pages)
    return Extracted("\n".join(_assemble(pages)), "pdf")


def _page_items(page) -> list[_Line | _Table]:
    """A page's text lines and ruled tables, top to bottom."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    body = page.filter(lambda obj: not _inside(obj, boxes)) if boxes else page
    # A rectangle around text that is no table frames a block: a 专栏 set apart from the prose.
    frames = [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in page.rects
              if r["width"] > 0.5 * page.width and r["height"] > 20]
    items: list[_Line | _Table] = [
        _Line(_unspace(line["text"]), line["x0"], line["x1"], line["top"], line["bottom"],
              next((k for k, f in enumerate(frames) if _inside(line, [f])), None))
        for line in body.extract_text_lines(return_chars=False) if line["text"].strip()
    ]
    for table in tables:
        rows = [[_cell(c) for c in row] for row in table.extract()]
        if any(any(row) for row in rows):
            items.append(_Table(rows, table.bbox[1]))
    return sorted(items, key=lambda item: item.top)


def _unspace(text: str) -> str:
    """A letter-spaced line (justified or tracked type: ``坚 持 稳 中``) without the spaces
    the extraction put between its characters.

    Examples
    --------
    >>> _unspace("坚 持 稳 中 求 进 ， 2 0 2 5 年"), _unspace("第一章 发展基础")
    ('坚持稳中求进，2025年', '第一章 发展基础')
    """
    tokens = text.split()
    if len(tokens) >= 4 and sum(len(t) == 1 for t in tokens) >= 0.7 * len(tokens):
        return "".join(tokens)
    return text


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    if "x0" not in obj or "top" not in obj:
        return False
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _cell(text: str | None) -> str:
    # A cell's text wraps inside the cell: its lines are one phrase.
    return "".join((text or "").split())


def _drop_furniture(pages: list[list[_Line | _Table]]) -> list[list[_Line | _Table]]:
    """Without running headers/footers (same text at a page's edge on most pages) and page numbers."""
    edges: Counter[str] = Counter()
    for page in pages:
        lines = [item for item in page if isinstance(item, _Line)]
        for line in {id(x): x for x in lines[:1] + lines[-1:]}.values():
            edges[_furniture_key(line.text)] += 1
    threshold = max(2, _FURNITURE_SHARE * len(pages))
    repeated = {key for key, n in edges.items() if n >= threshold}
    kept = []
    for page in pages:
        lines = [item for item in page if isinstance(item, _Line)]
        edge = {id(x) for x in lines[:2] + lines[-2:]}
        kept.append([item for item in page if not (
            isinstance(item, _Line) and id(item) in edge
            and (_furniture_key(item.text) in repeated or is_page_number(item.text)
                 or _BARE_PAGE_NUMBER.match(item.text)))])
    return kept


def _furniture_key(text: str) -> str:
    return re.sub(r"[0-9０-９]+", "#", "".join(text.split()))


def _assemble(pages: list[list[_Line | _Table]]) -> list[str]:
    """Paragraphs one per line (blank line between), tables one row per line."""
    lines = [item for page in pages for item in page if isinstance(item, _Line)]
    if not lines:
        return []
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    size = median(line.bottom - line.top for line in lines)
    gaps = [b.top - a.bottom for page in pages for a, b in zip(page, page[1:])
            if isinstance(a, _Line) and isinstance(b, _Line) and b.top > a.bottom]
    usual_gap = median(gaps) if gaps else size
    out: list[str] = []
    paragraph = ""
    previous: _Line | None = None
    open_table: _Table | None = None  # the table the text has reached, if nothing came after it
    for page in pages:
        for k, item in enumerate(page):
            if isinstance(item, _Table):
                if paragraph:
                    out += [paragraph, ""]
                    paragraph, previous = "", None
                rows = item.rows
                if open_table is not None and k == 0 and _same_columns(open_table, item):
                    # The table goes on over the page break, maybe repeating its header.
                    rows = rows[1:] if rows[0] == open_table.rows[0] else rows
                    out.pop()
                else:
                    open_table = item
                out += ["\t".join(row) for row in rows] + [""]
                continue
            open_table = None
            if previous is not None and previous.frame is not None and item.frame != previous.frame:
                # Leaving a framed block: two blank lines close the 专栏 in the text.
                out += [paragraph, "", ""] if paragraph else [""]
                paragraph, previous = "", None
            if previous is not None and _continues(previous, item, left=left, right=right, size=size,
                                                    usual_gap=usual_gap, new_page=k == 0):
                if _ASCII_END.search(paragraph) and _ASCII_START.match(item.text):
                    paragraph += " "
                paragraph += item.text.strip()
            else:
                if paragraph:
                    out += [paragraph, ""]
                paragraph = item.text.strip()
            previous = item
    if paragraph:
        out.append(paragraph)
    return out


def _same_columns(a: _Table, b: _Table) -> bool:
    return bool(a.rows and b.rows) and len(a.rows[0]) == len(b.rows[0])


def _continues(line: _Line, nxt: _Line, *, left: float, right: float, size: float, usual_gap: float,
               new_page: bool) -> bool:
    """Whether ``nxt`` goes on with the paragraph ``line`` ends: ``line`` reaches the right
    margin (nearer than ``nxt``'s first word would need), ``nxt`` is not indented, not set
    apart by a larger gap, and not a heading."""
    if nxt.x0 <= left + 0.8 * size and _ASCII_END.search(line.text.strip()) and _UNIT_START.match(nxt.text):
        return True  # "长约500" / "m，宽42": a measure broken at the space before its unit
    word = _FIRST_WORD.match(nxt.text.strip())
    needs = len(word.group(0)) * 0.6 * size if word else size  # Latin letters run narrower than CJK
    if word and _ASCII_END.search(line.text.strip()):
        needs = max(needs, 6 * size)  # broken at a space between Latin words: the rest moved down
    if right - line.x1 > needs + 0.6 * size or nxt.x0 > left + 0.8 * size:
        return False
    if not new_page and nxt.top - line.bottom > 1.3 * usual_gap + 0.5:
        return False
    text = nxt.text.strip()
    if match_heading(text) or match_box_heading(text):
        return False
    # 一、 at a line's start opens a heading only after a finished sentence.
    return not (line.text.rstrip().endswith(_SENTENCE_ENDS) and match_outline_heading(text))
