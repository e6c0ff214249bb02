"""Readers, one per file format: bytes on disk → LF-separated plan text.

Each module holds one format's reader, ``read(path, raw) -> Extracted``;
:mod:`kg.ingest.read` picks one by the file's suffix. Readers keep the plan's
words and line order; recognising headings is the layouts' job
(:mod:`kg.ingest.layouts`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Extracted", "SUPPORTED"]

#: The formats a plan may come in, as every message lists them.
SUPPORTED = ".txt、.md、.docx、.pdf、.html"


@dataclass(frozen=True)
class Extracted:
    """What a reader got out of a file.

    ``text`` is LF-separated; ``encoding`` the codec that decoded it (or the
    container format, e.g. ``docx``); ``title`` a title the file declares
    (Markdown front matter), if any; ``marks`` the heading levels the file's
    markup gives its lines (0-based line → 1 for ``#``/Heading 1 …, 0 for a
    Word Title), whether or not the headings are numbered; ``framed`` the
    lines set apart in a block (a Markdown ``>`` quote), where a 专栏 ends
    when the block does; ``contents`` the lines of a table of contents the markup
    collapses (a Markdown ``<details>`` block), blanked from ``text`` and read apart.
    """

    text: str
    encoding: str
    title: str | None = None
    marks: dict[int, int] = field(default_factory=dict)
    framed: frozenset[int] = frozenset()
    contents: tuple[str, ...] = ()
