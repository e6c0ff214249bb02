"""Legacy Word and WPS files (``.doc``, ``.wps``): refused with how to convert them.

Their binary formats need a word processor to read. Government websites
often serve a web page or RTF under a ``.doc`` name, though: a web page is
read as one (:mod:`kg.ingest.formats.html`).
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import InputError
from kg.ingest.formats import Extracted, html

__all__ = ["read"]


def read(path: Path, raw: bytes) -> Extracted:
    """A ``.doc``/``.wps`` that is really a web page, read as one; otherwise an InputError.

    Raises
    ------
    InputError
        Always, unless the file is a web page: the message says how to convert it.
    """
    head = raw[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return html.read(path, raw)
    kind = "RTF" if head.startswith(b"{\\rtf") else f"{path.suffix.lower()} (an old Word/WPS format)"
    raise InputError(
        f"{str(path)!r} is {kind}, which plankg cannot read: open it in Word or WPS Office and "
        "save it as .docx (文件 → 另存为 → Word 文档 .docx), or save its text as UTF-8 .txt."
    )
