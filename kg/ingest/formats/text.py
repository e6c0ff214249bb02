"""Plain text: encoding detection (BOMs, UTF-8, GB18030/GBK, Big5), line endings, binary refusal.
Hard line breaks and page furniture are cleaned for every format in :mod:`kg.ingest.cleanup`."""
from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError
from kg.ingest.formats import SUPPORTED, Extracted

__all__ = ["read", "decode_bytes"]

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Page breaks (pdftotext's form feed opens the page's first line), Word's
# manual line break, and invisible marks left by copy and paste.
_LINE_BREAKS = str.maketrans({"\x0c": None, "\x0b": "\n", "\u2028": "\n", "\u2029": "\n",
                              "\ufeff": None, "\u200b": None})


def read(path: Path, raw: bytes) -> Extracted:
    """A text file's bytes decoded (see :func:`decode_bytes`)."""
    text, encoding = decode_bytes(raw, name=str(path))
    return Extracted(text, encoding)


def decode_bytes(raw: bytes, *, name: str = "<bytes>", advice: str | None = None) -> tuple[str, str]:
    """Decode a text file's bytes: BOMs, UTF-16 without one, then strict UTF-8, then GB18030 or Big5.

    Big5 bytes mostly decode as GB18030 too (into nonsense), so when both
    decode, the one whose Chinese characters are more often common ones
    (GB2312 level 1, Big5 常用字) wins.

    Line endings come out as LF. ``name`` and ``advice`` (what to do, when the bytes are no text: a plan's
    formats by default; a questions file says what it should hold) only serve the error message.

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
    >>> decode_bytes("國民經濟和社會發展規劃".encode("big5"))
    ('國民經濟和社會發展規劃', 'big5')
    """
    try:
        text, encoding = _decode(raw, name)
    except _Binary:
        raise InputError(_binary_message(name, advice)) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise InputError(_binary_message(name, advice))
    return text, encoding


class _Binary(Exception):
    """Bytes that are no text in any encoding (said with the caller's advice)."""


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return _strict(raw[3:], "utf-8", name), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(raw, "utf-16", name), "utf-16"
    if b"\x00" in raw:
        if read := _bomless_utf16(raw):
            return read
        raise _Binary
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    decoded = {}
    for codec in ("gb18030", "big5"):
        try:
            decoded[codec] = raw.decode(codec)
        except UnicodeDecodeError:
            continue
    if decoded:
        codec = max(decoded, key=lambda c: (_common_share(decoded[c], c), c == "gb18030"))
        return decoded[codec], codec
    raise InputError(f"无法识别「{name}」的文字编码（不是 UTF-8、GB18030/GBK 或 Big5）；请用记事本或 WPS 另存为 UTF-8 编码的文本后重试。")


def _bomless_utf16(raw: bytes) -> tuple[str, str] | None:
    """The text and "utf-16-le"/"utf-16-be" when ``raw`` reads as Chinese text in UTF-16 saved without a byte-order mark.

    Windows tools save such files; in them every NUL byte is the high byte of an ASCII character
    (digits, line breaks), so all NULs fall on one parity — in a binary file they fall on both —
    and the text decoded is mostly Chinese, with no control characters.
    """
    if len(raw) % 2:
        return None
    odd, even = raw[1::2].count(0), raw[0::2].count(0)
    codec = "utf-16-le" if odd and not even else "utf-16-be" if even and not odd else None
    if codec is None:
        return None
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    shown = [c for c in text if not c.isspace()]
    chinese = sum("\u4e00" <= c <= "\u9fff" for c in shown)
    printable = all(c.isprintable() or c.isspace() for c in text)
    return (text, codec) if printable and shown and chinese >= len(shown) / 5 else None


# Lead-byte ranges of each codec's frequent characters: GB2312 level 1 (B0–D7), Big5 常用字 (A4–C6).
_COMMON_LEAD = {"gb18030": ("gb2312", 0xB0, 0xD7), "big5": ("big5", 0xA4, 0xC6)}


def _common_share(text: str, codec: str) -> float:
    """Share of the (first 2000) Chinese characters that are frequent ones in ``codec``."""
    table, low, high = _COMMON_LEAD[codec]
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff"][:2000]
    common = 0
    for c in chars:
        try:
            common += low <= c.encode(table)[0] <= high
        except UnicodeEncodeError:
            continue
    return common / len(chars) if chars else 0.0


def _strict(raw: bytes, codec: str, name: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"「{name}」以 {codec} 的字节顺序标记开头，但第 {exc.start} 个字节起不是有效的 {codec} 文本；"
            "请另存为 UTF-8 编码的文本后重试。"
        ) from None


#: What to do with a plan file that is no text: every format plankg reads.
_PLAN_ADVICE = f"请把规划正文另存为 UTF-8 编码的 .txt，或使用 {SUPPORTED} 格式之一的规划文件。"


def _binary_message(name: str, advice: str | None) -> str:
    return f"「{name}」是二进制文件，不是文本；{advice or _PLAN_ADVICE}"


