"""Word ``.docx``: paragraphs (with Word's automatic numbers) and table rows in body order (python-docx).

A one-column table is a frame around a block of text (a 专栏 set in a box),
not a table: its paragraphs are read as lines.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from kg.errors import InputError
from kg.ingest.formats import Extracted
from kg.ingest.formats.wordnumbering import WordNumbering

__all__ = ["read"]

_HEADING_STYLE = re.compile(r"^(?:Heading|标题)\s*([1-9])$")


def read(path: Path, raw: bytes) -> Extracted:
    """A Word file's text (see :func:`_read_docx`) and its heading styles' levels."""
    text, marks = _read_docx(path)
    return Extracted(text, "docx", marks=marks)


def _read_docx(path: Path) -> tuple[str, dict[int, int]]:
    """Paragraphs (numbered as Word prints them) and table rows (cells joined by tabs) in body order."""
    if not zipfile.is_zipfile(path):
        raise InputError(f"「{path}」无法作为 Word（.docx）文件打开：不是有效的 .docx；请用 Word 或 WPS 重新保存为 .docx，或另存为 .txt。")
    import docx  # python-docx; imported here so text-only use does not pay for it
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several unrelated types for broken packages
        raise InputError(f"「{path}」无法作为 Word（.docx）文件打开（{exc}）；请用 Word 或 WPS 重新保存为 .docx，或另存为 .txt。") from None
    numbering = WordNumbering.of(document)
    lines: list[str] = []
    marks: dict[int, int] = {}
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            label = numbering.label(paragraph)
            if (level := _heading_level(paragraph)) is not None:
                marks[len(lines)] = level
            lines.append(f"{label} {paragraph.text}" if label else paragraph.text)
        elif tag == "tbl":
            table = Table(child, document)
            if _is_frame(table):
                # A one-column table frames a block (a 专栏 set in a box): its paragraphs are
                # lines of text, and two blank lines close the box after it.
                for cell in _unique_cells(table):
                    lines.extend(p.text for p in cell.paragraphs)
                lines.append("")
            else:
                for row in table.rows:
                    # A row of one cell merged across the table (a 专栏's title, a group such as
                    # （一）交通项目) is one line, not its text once per column.
                    cells = row.cells if len({id(c._tc) for c in row.cells}) > 1 else row.cells[:1]
                    lines.append("\t".join(_cell_text(c.text) for c in cells))
            lines.append("")
    # A line break inside a paragraph would shift the line numbers the marks use: a space instead.
    return "\n".join(line.replace("\r", " ").replace("\n", " ") for line in lines), marks


def _heading_level(paragraph) -> int | None:
    """1 for Heading 1 (标题 1) …, 0 for the Title style, ``None`` for body text."""
    name = paragraph.style.name if paragraph.style is not None else ""
    if name == "Title":
        return 0
    m = _HEADING_STYLE.match(name)
    return int(m.group(1)) if m and paragraph.text.strip() else None


def _unique_cells(table) -> list:
    """The table's cells in reading order, a merged cell once."""
    seen, cells = set(), []
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell)
    return cells


def _is_frame(table) -> bool:
    return all(len({id(c._tc) for c in row.cells}) == 1 for row in table.rows)


def _cell_text(text: str) -> str:
    return " ".join(text.split())


