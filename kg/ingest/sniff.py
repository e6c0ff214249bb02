"""What a file's bytes are, and whether its name's suffix says the same: one check for the CLI and the app.

A file is read by its suffix (:data:`kg.ingest.read.READERS`), so a wrong suffix gets the wrong reader and a
misleading message: a text file renamed ``.pdf`` was told about passwords, a ``.xyz`` file was built as text
while the app refused it. :func:`check_format` looks at the first bytes and says, in Chinese, what the file
really is and which suffix to give it.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from kg.errors import InputError
from kg.ingest.formats import SUPPORTED

__all__ = ["SUPPORTED", "content_kind", "check_format"]

#: Suffix → the content kind it promises (suffixes of plain text promise text or a web page).
_PROMISES = {".pdf": ("pdf",), ".docx": ("docx",), ".txt": ("text", "html"), ".md": ("text", "html"),
             ".markdown": ("text", "html"), ".html": ("html", "text"), ".htm": ("html", "text")}
#: Content kind → (its Chinese name, the suffix a plan of it should have, or None when plankg reads no such file).
_KINDS = {
    "pdf": ("PDF 文件", ".pdf"),
    "docx": ("Word 文档（.docx）", ".docx"),
    "html": ("网页（HTML）", ".html"),
    "text": ("纯文本", ".txt"),
    "ole": ("旧版 Word/WPS 文档（.doc/.wps）", None),
    "rtf": ("RTF 文档", None),
    "zip": ("压缩包（不是 Word 文档）", None),
    "image": ("图片", None),
    "exe": ("程序文件", None),
    "binary": ("二进制文件", None),
}


def content_kind(raw: bytes) -> str:
    """The kind of file ``raw`` is, from its first bytes: pdf, docx, html, text, ole, rtf, zip, image, exe or binary.

    Examples
    --------
    >>> content_kind(b"%PDF-1.7 ..."), content_kind("第一章 总则".encode("gbk")), content_kind(b"\\x00\\x01\\x02" * 9)
    ('pdf', 'text', 'binary')
    """
    head = raw[:1024].lstrip()
    low = head.lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if _is_docx(raw) else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM")):
        return "image"
    if head.startswith(b"MZ"):
        return "exe"
    if low.startswith((b"<!doctype html", b"<html")) or b"<html" in low:
        return "html"
    from kg.ingest.formats.text import decode_bytes

    try:
        decode_bytes(raw)
    except InputError:
        return "binary"
    return "text"


def _is_docx(raw: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def check_format(name: str | Path, raw: bytes, readable: tuple[str, ...]) -> None:
    """Refuse (InputError, Chinese) a file whose suffix plankg does not read, or whose content is not what its
    suffix says; ``readable`` is the suffixes the readers take.

    Examples
    --------
    >>> check_format("规划.pdf", "第一章 总则".encode(), (".pdf", ".txt"))
    Traceback (most recent call last):
    ...
    kg.errors.InputError: 「规划.pdf」的扩展名是 .pdf，但内容不是 PDF，而是纯文本。请把扩展名改为 .txt 后重试。
    """
    shown = str(name)  # the path as given: a user with files of one name in several folders sees which one
    suffix = Path(str(name)).suffix.lower()
    kind = content_kind(raw)
    what, right = _KINDS[kind]
    fix = f"请把扩展名改为 {right} 后重试。" if right else f"请把规划正文另存为 {SUPPORTED} 格式之一后重试。"
    if suffix not in readable:
        raise InputError(f"不支持「{suffix or '无扩展名'}」类型的文件：「{shown}」的内容是{what}。{fix}支持的格式：{SUPPORTED}。")
    promised = _PROMISES.get(suffix)
    if promised and kind == "binary" and "text" in promised:
        # said as the text reader says it (binary, or which encoding to use), now: before a build starts on the file
        from kg.ingest.formats.text import decode_bytes

        decode_bytes(raw, name=shown)
    if promised and kind not in promised:
        expected = {"pdf": " PDF", "docx": " Word 文档"}.get(promised[0], "文本")
        raise InputError(f"「{shown}」的扩展名是 {suffix}，但内容不是{expected}，而是{what}。{fix}")
