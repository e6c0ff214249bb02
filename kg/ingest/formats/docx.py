"""Word ``.docx``: paragraphs and table rows in body order (python-docx)."""
from __future__ import annotations

import zipfile
from pathlib import Path

from kg.errors import InputError
from kg.ingest.formats import Extracted

__all__ = ["read"]


def read(path: Path, raw: bytes) -> Extracted:
    """A Word file's text (see :func:`_read_docx`)."""
    return Extracted(_read_docx(path), "docx")


def _read_docx(path: Path) -> str:
    """Paragraphs and table rows (cells joined by tabs) in body order."""
    if not zipfile.is_zipfile(path):
        raise InputError(f"{str(path)!r} is not a valid .docx file; re-save it from Word or as .txt.")
    import docx  # python-docx; imported here so text-only use does not pay for it
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several unrelated types for broken packages
        raise InputError(f"Cannot open {str(path)!r} as .docx ({exc}); re-save it from Word or as .txt.") from None
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                lines.append("\t".join(_cell_text(c.text) for c in row.cells))
            lines.append("")
    return "\n".join(lines).replace("\r\n", "\n").replace("\r", "\n")


def _cell_text(text: str) -> str:
    return " ".join(text.split())


