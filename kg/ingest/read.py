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
from kg.ingest.cleanup import clean_text
from kg.ingest.formats import Extracted, docx, html, legacy, markdown, pdf, text
from kg.ingest.formats.markdown import clean_markdown, front_matter_title
from kg.ingest.formats.text import decode_bytes
from kg.ingest.sniff import SUPPORTED, check_format

__all__ = ["SourceText", "READERS", "MAX_TEXT_CHARS", "read_bytes", "read_source", "decode_bytes", "clean_markdown", "front_matter_title"]

Reader = Callable[[Path, bytes], Extracted]
#: File suffix → (format name, reader). Any other suffix is refused (kg.ingest.sniff.check_format), as the app's upload does.
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
    in a block and ``contents`` a table of contents collapsed out of the text (see
    :class:`kg.ingest.formats.Extracted`).
    """

    text: str
    encoding: str
    sha256: str
    path: str
    format: str
    title: str | None = None
    marks: dict[int, int] = field(default_factory=dict)
    framed: frozenset[int] = frozenset()
    contents: tuple[str, ...] = ()


#: Text longer than this is no single plan (the national 14th outline: ≈70,000 characters); refused
#: before the slow stages rather than extracted for many minutes.
MAX_TEXT_CHARS = 2_000_000


def read_bytes(path: str | Path) -> bytes:
    """A plan file's raw bytes, refused with a clear message when it is no plan file.

    Cheap whatever the format (no PDF or Word extraction): the build pipeline
    hashes these bytes to tell whether a build is current before reading the text.

    Parameters
    ----------
    path : str or Path
        The plan file.

    Returns
    -------
    bytes
        The file's content, not empty.

    Raises
    ------
    InputError
        If the file is missing, a directory or empty.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"「{p}」：没有这个规划文件，请检查路径。")
    if p.is_dir():
        raise InputError(f"「{p}」是一个文件夹；请给出其中的规划文件（{SUPPORTED}）。")
    raw = p.read_bytes()
    if not raw.strip():
        raise InputError(f"「{p}」是空文件，没有规划正文。")
    check_format(p, raw, tuple(READERS))  # the suffix must be one the readers take, and say what the bytes are
    return raw


def read_source(path: str | Path, *, raw: bytes | None = None) -> SourceText:
    """Read a plan file into LF-separated text (a suffix the readers do not take is refused: :mod:`kg.ingest.sniff`).

    Parameters
    ----------
    path : str or Path
        A ``.txt``, ``.md``, ``.docx``, ``.pdf`` or ``.html`` file (or a ``.doc``/``.wps`` that is a web page).
    raw : bytes, optional
        The file's bytes when the caller has read them already with
        :func:`read_bytes` (which checked them), so the text is the one that was hashed.

    Returns
    -------
    SourceText
        The text (Markdown cleaned, line endings normalised) and its origin;
        ``sha256`` is of the raw bytes.

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
    if raw is None:
        raw = read_bytes(p)
    digest = hashlib.sha256(raw).hexdigest()
    fmt, reader = READERS.get(p.suffix.lower(), ("txt", text.read))
    got = reader(p, raw)
    cleaned = clean_text(got.text)  # print and OCR furniture, whatever the format
    if not cleaned.strip():
        raise InputError(f"「{p}」只有空白字符，没有规划正文。")
    if len(cleaned) > MAX_TEXT_CHARS:
        raise InputError(
            f"「{p}」有 {len(cleaned):,} 个字符，超出一份规划的篇幅（上限 {MAX_TEXT_CHARS:,}；国家纲要约 7 万字）。"
            "请确认文件是否正确，或把合集拆成每份规划一个文件。"
        )
    return SourceText(text=cleaned, encoding=got.encoding, sha256=digest, path=str(p), format=fmt,
                      title=got.title, marks=got.marks, framed=got.framed, contents=got.contents)
