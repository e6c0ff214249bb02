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
    kind = "RTF 文档" if head.startswith(b"{\\rtf") else f"{path.suffix.lower()} 文件（旧版 Word/WPS 格式）"
    raise InputError(
        f"「{path}」是{kind}，本系统无法直接读取：请用 Word 或 WPS 打开，"
        "另存为 .docx（文件 → 另存为 → Word 文档 .docx），或把正文另存为 UTF-8 编码的 .txt。"
    )
