"""File → text: a reader per file format, chosen by the file's suffix.

A plan arrives as ``.txt`` (UTF-8 with or without BOM, or GB18030/GBK), as
Markdown, or as a Word ``.docx``. :func:`read_source` refuses what is not a
plan file (missing, a directory, empty), picks the reader from
:data:`READERS` (:mod:`kg.ingest.formats`) and returns one LF-separated
text the parser can read. Adding a format means adding a reader module and
its line in :data:`READERS`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kg.errors import InputError
from kg.ingest.formats import Extracted, docx, html, legacy, markdown, pdf, text
from kg.ingest.formats.markdown import clean_markdown, front_matter_title
from kg.ingest.formats.text import decode_bytes

__all__ = ["SourceText", "READERS", "read_source", "decode_bytes", "clean_markdown", "front_matter_title"]

Reader = Callable[[Path, bytes], Extracted]
#: File suffix → (format name, reader). Any other suffix is read as plain text.
READERS: dict[str, tuple[str, Reader]] = {
    ".txt": ("txt", text.read),
    ".md": ("md", markdown.read),
    ".markdown": ("md", markdown.read),
    ".docx": ("docx", docx.read),
    ".pdf": ("pdf", pdf.read),
    ".html": ("html", html.read),
    ".htm": ("html", html.read),
    ".doc": ("doc", legacy.read),
    ".wps": ("wps", legacy.read),
}


@dataclass(frozen=True)
class SourceText:
    """A plan's text as read from disk.

    ``encoding`` is the codec that decoded the bytes (``utf-8``,
    ``utf-8-sig``, ``gb18030``, ``utf-16``, or ``docx``); ``sha256`` is of the
    raw bytes; ``format`` the reader's name (``txt``, ``md``, ``docx``, ``pdf``,
    ``html`` …); ``title`` is the title the file declares, if any; ``marks``
    the heading levels its markup gives and ``framed`` the lines it sets apart
    in a block (see :class:`kg.ingest.formats.Extracted`).
    """

    text: str
    encoding: str
    sha256: str
    path: str
    format: str
    title: str | None = None
    marks: dict[int, int] = field(default_factory=dict)
    framed: frozenset[int] = frozenset()


def read_source(path: str | Path) -> SourceText:
    """Read a plan file into LF-separated text.

    Parameters
    ----------
    path : str or Path
        A ``.txt``, ``.md`` or ``.docx`` file. Other suffixes are read as
        plain text.

    Returns
    -------
    SourceText
        The text (Markdown cleaned, line endings normalised) and its origin.

    Raises
    ------
    InputError
        If the file is missing, a directory, empty, binary, or in no
        encoding this reader knows.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "plan.txt"
    >>> _ = p.write_bytes("第1章 总则\\r\\n正文。".encode("gb18030"))
    >>> src = read_source(p)
    >>> src.encoding, src.text
    ('gb18030', '第1章 总则\\n正文。')
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"Plan file {str(p)!r} does not exist; check the path.")
    if p.is_dir():
        raise InputError(f"{str(p)!r} is a directory; pass the plan file inside it (.txt, .md or .docx).")
    raw = p.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if not raw.strip():
        raise InputError(f"Plan file {str(p)!r} is empty; it needs the plan's text.")
    fmt, reader = READERS.get(p.suffix.lower(), ("txt", text.read))
    got = reader(p, raw)
    if not got.text.strip():
        raise InputError(f"Plan file {str(p)!r} holds only whitespace; it needs the plan's text.")
    return SourceText(text=got.text, encoding=got.encoding, sha256=digest, path=str(p), format=fmt,
                      title=got.title, marks=got.marks, framed=got.framed)
