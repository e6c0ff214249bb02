"""Word's automatic numbering: the printed ``第一章`` / ``（一）`` / ``1.`` that python-docx does not show.

A heading numbered by Word holds only its title; the number comes from the
numbering definitions (``word/numbering.xml``): the paragraph (or its style,
e.g. Heading 2) names a numbering instance and a level, the level gives its
format (``chineseCounting`` → 一, ``decimal`` → 1 …), its text pattern
(``第%2章``), its start and when it restarts. :class:`WordNumbering` replays
the counters in body order, as Word does when it lays out the document.
"""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["WordNumbering"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN_DIGITS = "〇一二三四五六七八九"
# Formats whose counters print as Chinese numerals.
_CHINESE = {"chineseCounting", "chineseCountingThousand", "ideographTraditional", "chineseLegalSimplified",
            "taiwaneseCounting", "taiwaneseCountingThousand", "ideographLegalTraditional"}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    restart: int | None  # restart after this level (0-based) appears; None: after any upper level
    style: str | None


@dataclass
class WordNumbering:
    """Numbering definitions of one document and the counters replayed so far."""

    levels: dict[str, dict[int, _Level]]  # numId → ilvl → level
    style_num: dict[str, tuple[str, int | None]]  # styleId → (numId, ilvl)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document) -> WordNumbering:
        """The numbering of a python-docx ``Document`` (empty when it has none)."""
        levels: dict[str, dict[int, _Level]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            root = None
        if root is not None:
            abstract = {a.get(f"{_W}abstractNumId"): _levels(a) for a in root.iter(f"{_W}abstractNum")}
            for num in root.iter(f"{_W}num"):
                ref = num.find(f"{_W}abstractNumId")
                if ref is not None and ref.get(f"{_W}val") in abstract:
                    levels[num.get(f"{_W}numId")] = abstract[ref.get(f"{_W}val")]
        style_num: dict[str, tuple[str, int | None]] = {}
        for style in document.styles.element.iter(f"{_W}style"):
            num_id, ilvl = _num_pr(style.find(f"{_W}pPr"))
            if num_id is not None:
                style_num[style.get(f"{_W}styleId")] = (num_id, ilvl)
        return cls(levels, style_num)

    def label(self, paragraph) -> str:
        """The number Word prints before ``paragraph`` (a python-docx Paragraph), or ``""``.

        Call it for every paragraph in body order: the counters advance as they go.
        """
        ppr = paragraph._p.pPr
        num_id, ilvl = _num_pr(ppr)
        style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
        if num_id is None and style_id in self.style_num:
            num_id, ilvl = self.style_num[style_id]
        if num_id is None or num_id == "0" or num_id not in self.levels:
            return ""
        levels = self.levels[num_id]
        if ilvl is None:
            ilvl = next((k for k, lv in levels.items() if lv.style == style_id), 0)
        level = levels.get(ilvl)
        if level is None or level.fmt in ("bullet", "none"):
            return ""
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper, lv in levels.items():
            if deeper > ilvl and (lv.restart is None or lv.restart >= ilvl):
                counts.pop(deeper, None)
        text = level.text
        for k, lv in levels.items():
            if f"%{k + 1}" in text:
                text = text.replace(f"%{k + 1}", _format(counts.get(k, lv.start), lv.fmt))
        return text


def _levels(abstract) -> dict[int, _Level]:
    out = {}
    for lvl in abstract.iter(f"{_W}lvl"):
        start = _val(lvl, "start")
        restart = _val(lvl, "lvlRestart")
        out[int(lvl.get(f"{_W}ilvl"))] = _Level(
            start=int(start) if start else 1,
            fmt=_val(lvl, "numFmt") or "decimal",
            text=_val(lvl, "lvlText") or "",
            # lvlRestart names a 1-based level; 0 means "never restart".
            restart=(int(restart) - 1 if int(restart) > 0 else -1) if restart is not None else None,
            style=_val(lvl, "pStyle"),
        )
    return out


def _val(element, tag: str) -> str | None:
    child = element.find(f"{_W}{tag}")
    return child.get(f"{_W}val") if child is not None else None


def _num_pr(ppr) -> tuple[str | None, int | None]:
    if ppr is None:
        return None, None
    num_pr = ppr.find(f"{_W}numPr")
    if num_pr is None:
        return None, None
    num_id, ilvl = _val(num_pr, "numId"), _val(num_pr, "ilvl")
    return num_id, int(ilvl) if ilvl is not None else None


def _format(n: int, fmt: str) -> str:
    """A counter as Word prints it.

    Examples
    --------
    >>> _format(23, "chineseCounting"), _format(10, "chineseCounting"), _format(3, "decimalEnclosedCircle")
    ('二十三', '十', '③')
    """
    if fmt in _CHINESE:
        return _chinese(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt in ("upperLetter", "lowerLetter") and 0 < n <= 26:
        return chr((65 if fmt == "upperLetter" else 97) + n - 1)
    return str(n)


def _chinese(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
    return str(n)
