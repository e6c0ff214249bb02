"""File → text: encoding detection, line endings, and refusal of what is not a plan.

A plan arrives as ``.txt`` (UTF-8 with or without BOM, or GB18030/GBK), as
Markdown, or as a Word ``.docx``. :func:`read_source` turns any of them into
one LF-separated text the parser can read. Markdown scaffolding (front
matter, comments, images, collapsed tables of contents, ``#`` markers) is
blanked out line for line, so line numbers still point into the source file.
"""
from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

__all__ = ["SourceText", "read_source", "decode_bytes", "clean_markdown", "front_matter_title"]

_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_WORD_SUFFIXES = {".docx"}
# Formats people often hand over instead of text; the message says what to do.
_CONVERT_HINTS = {
    ".doc": "save it as .docx or .txt",
    ".pdf": "export its text to a UTF-8 .txt file",
    ".wps": "save it as .docx or .txt",
}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Page breaks (pdftotext's form feed opens the page's first line), Word's
# manual line break, and invisible marks left by copy and paste.
_LINE_BREAKS = str.maketrans({"\x0c": None, "\x0b": "\n", "\u2028": "\n", "\u2029": "\n",
                              "\ufeff": None, "\u200b": None})


@dataclass(frozen=True)
class SourceText:
    """A plan's text as read from disk.

    ``encoding`` is the codec that decoded the bytes (``utf-8``,
    ``utf-8-sig``, ``gb18030``, ``utf-16``, or ``docx``); ``sha256`` is of the
    raw bytes; ``format`` is ``txt``, ``md`` or ``docx``; ``title`` is the
    title a Markdown file's front matter declares, if any.
    """

    text: str
    encoding: str
    sha256: str
    path: str
    format: str
    title: str | None = None


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
    suffix = p.suffix.lower()
    if not raw.strip():
        raise InputError(f"Plan file {str(p)!r} is empty; it needs the plan's text.")
    if suffix in _WORD_SUFFIXES:
        text, encoding, fmt = _read_docx(p), "docx", "docx"
        title = None
    else:
        text, encoding = decode_bytes(raw, name=str(p))
        fmt = "md" if suffix in _MARKDOWN_SUFFIXES else "txt"
        title = front_matter_title(text) if fmt == "md" else None
        if fmt == "md":
            text = clean_markdown(text)
    if not text.strip():
        raise InputError(f"Plan file {str(p)!r} holds only whitespace; it needs the plan's text.")
    return SourceText(text=text, encoding=encoding, sha256=digest, path=str(p), format=fmt, title=title)


def decode_bytes(raw: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a text file's bytes: BOMs, then strict UTF-8, then strict GB18030.

    Line endings come out as LF. ``name`` only serves the error message.

    Parameters
    ----------
    raw : bytes
        The file's content.
    name : str
        The file name to put in error messages.

    Returns
    -------
    tuple of (str, str)
        The text and the codec that decoded it.

    Raises
    ------
    InputError
        If the bytes look binary or decode in none of the codecs.

    Examples
    --------
    >>> decode_bytes("\\ufeff零陵区\\r\\n".encode("utf-8"))
    ('零陵区\\n', 'utf-8-sig')
    >>> decode_bytes("规划".encode("gbk"))
    ('规划', 'gb18030')
    """
    text, encoding = _decode(raw, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise InputError(_binary_message(name))
    return text, encoding


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return _strict(raw[3:], "utf-8", name), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(raw, "utf-16", name), "utf-16"
    if b"\x00" in raw:
        raise InputError(_binary_message(name))
    for codec in ("utf-8", "gb18030"):
        try:
            return raw.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise InputError(
        f"Cannot decode {name!r} as UTF-8 or GB18030/GBK; "
        "re-save it as UTF-8 text."
    )


def _strict(raw: bytes, codec: str, name: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name!r} starts with a {codec} byte-order mark but is not valid {codec} "
            f"(byte {exc.start}); re-save it as UTF-8 text."
        ) from None


def _binary_message(name: str) -> str:
    hint = _CONVERT_HINTS.get(Path(name).suffix.lower(), "save the plan as UTF-8 .txt, .md or .docx")
    return f"{name!r} is a binary file, not plan text; {hint}."


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


# YAML closes front matter with --- or ...; the national outline prints ----.
_FRONT_MATTER_END = re.compile(r"^(-{3,}|\.{3})\s*$")
_FRONT_MATTER_TITLE = re.compile(r"^title\s*:\s*(.+?)\s*$")
_IMAGE_LINE = re.compile(r"^\s*(!\[[^\]]*\]\([^)]*\)\s*)+$")
_DETAILS_OPEN = re.compile(r"^\s*<details\b[^>]*>\s*$", re.I)
# The national outline closes its TOC block with a second <details>; accept both.
_DETAILS_CLOSE = re.compile(r"^\s*</?details\s*>\s*$", re.I)
_HEADING_MARK = re.compile(r"^\s{0,3}#{1,6}\s*")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_TABLE_ALIGN = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def clean_markdown(text: str) -> str:
    """Blank out Markdown scaffolding line for line, keeping the plan's words.

    Drops YAML front matter (read its ``title:`` with
    :func:`front_matter_title`), HTML comments, image lines,
    ``<details>`` blocks (collapsed tables of contents), horizontal rules and
    table alignment rows; strips ``#`` heading markers, ``>`` quote markers
    and ``**`` emphasis; turns ``| a | b |`` rows into tab-separated cells.
    The result has as many lines as the input.

    Examples
    --------
    >>> clean_markdown("---\\ntitle: T\\n---\\n## 第一章　总则\\n<!-- x -->\\n**正文**")
    '\\n\\n\\n第一章　总则\\n\\n正文'
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


def front_matter_title(text: str) -> str | None:
    """The ``title:`` of a Markdown file's YAML front matter, if any.

    Examples
    --------
    >>> front_matter_title("---\\nsource: x\\ntitle: 某县规划\\n---\\n正文")
    '某县规划'
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    for line in lines[1:]:
        if _FRONT_MATTER_END.match(line):
            return None
        m = _FRONT_MATTER_TITLE.match(line)
        if m:
            return m.group(1).strip("'\"")
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
    if _IMAGE_LINE.match(line) or _RULE.match(line) or ("|" in line and _TABLE_ALIGN.match(line)):
        return ""
    line = _HEADING_MARK.sub("", line)
    line = re.sub(r"^\s{0,3}>\s?", "", line)
    line = line.replace("**", "").replace("__", "")
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        line = "\t".join(cell.strip() for cell in stripped[1:-1].split("|"))
    return line
