"""An indicator table printed one row per line with single spaces between its cells (a PDF's text).

A PDF's text extraction keeps no column positions: a row comes out as
``1 地区生产总值年均增长（%） 5 左右 预期性``, its header as ``序号 指 标 2030 年目标 属性`` (a
caption set letter-spaced, a year apart from its 年), each group of rows under a caption of its own
(``一、经济强（12 项）``) and the header printed again at the top of every page. Spaces cannot tell
the cells apart, so the row is read by the genre's column order instead: the running number, the
indicator's name closed by its unit in brackets, the value cells, the 属性 (…性) last.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["SpacedTable", "read_single_spaced"]

_CJK = "\u4e00-\u9fff"
# 序号 / 指标 (指标名称) / value captions / 属性 (性质), the captions letter-spaced as print sets them.
_HEADER = re.compile(r"^序\s*号\s+指\s*标(?:\s*名\s*称)?\s+(?P<values>.+?)\s+(?:属\s*性|性\s*质)$")
# One value caption: a year with its words (2030 年目标) or a word (单位, 目标值).
_CAPTION = re.compile(r"(?:19|20)\d\d\s*年[^\s\d]*|\S+")
# number, name closed by its unit bracket, the value cells, the attribute cell.
_ROW = re.compile(rf"^(?P<number>\d{{1,3}})\s+(?P<name>.*[）)])\s+(?P<values>.+?)\s+(?P<attribute>[{_CJK}]{{1,3}}性)$")
# A group caption over the rows after it: 一、经济强（12 项）.
_GROUP = re.compile(rf"^[一二三四五六七八九十]{{1,3}}\s*[、.．]\s*(?P<name>[{_CJK}“”]+?)\s*(?:[（(]\s*\d+\s*项\s*[）)])?$")
# A value's qualifier printed apart from its number (5 左右, 20000 以上).
_QUALIFIER = re.compile(r"^(?:左右|以上|以下|以内)$")
_PADDING = re.compile(rf"(?<=[{_CJK}（）%])\s+|\s+(?=[{_CJK}（）%])")


@dataclass
class SpacedTable:
    """The header captions, the rows (first line index, cells in header order), the group caption of each
    row's line, and the index after the table's last line."""

    header: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    groups: dict[int, str] = field(default_factory=dict)
    end: int = 0


def read_single_spaced(lines: list[str], i: int) -> SpacedTable | None:
    """The table whose header is line ``i``, or ``None`` when line ``i`` is no such header.

    Examples
    --------
    >>> t = read_single_spaced(["序号 指 标 2030 年目标 属性", "一、经济强（2 项）",
    ...                         "1 地区生产总值年均增长（%） 5 左右 预期性", "2 规上数字经济核心产业营业", "",
    ...                         "收入比重（%） 32.5 预期性", "今后五年。"], 0)
    >>> t.header, t.rows[0][1], t.rows[1][1][1:3], t.groups[2], t.end
    (['序号', '指标', '2030年目标', '属性'], ['1', '地区生产总值年均增长（%）', '5左右', '预期性'], ['规上数字经济核心产业营业收入比重（%）', '32.5'], '经济强', 6)
    """
    head = _HEADER.match(lines[i].strip())
    if head is None:
        return None
    captions = [re.sub(r"\s+", "", c) for c in _CAPTION.findall(head.group("values"))]
    table = SpacedTable(header=["序号", "指标", *captions, "属性"], end=i + 1)
    group = ""
    k = i + 1
    while k < len(lines):
        text = lines[k].strip()
        if not text or _HEADER.match(text):  # the header again at the top of a page
            k += 1
            continue
        if (g := _GROUP.match(text)) is not None:
            group = g.group("name")
            k += 1
            continue
        last = k
        row = _ROW.match(text)
        if row is None and text[:1].isdigit() and (nxt := _next_text(lines, k)) is not None:
            # a long name wrapped onto the next line (…占规上企业营业 / 收入比重（%） 32.5 预期性)
            row, last = _ROW.match(text + lines[nxt].strip()), nxt
        values = _values(row.group("values"), len(captions)) if row else None
        if row is None or values is None:
            break
        name = _PADDING.sub("", row.group("name"))
        table.rows.append((k, [row.group("number"), name, *values, row.group("attribute")]))
        if group:
            table.groups[k] = group
        table.end = k = last + 1
    return table if table.rows else None


def _next_text(lines: list[str], k: int) -> int | None:
    """The index of the first non-blank line after ``k``."""
    return next((x for x in range(k + 1, len(lines)) if lines[x].strip()), None)


def _values(text: str, count: int) -> list[str] | None:
    """The value cells of a row: the whole text for one column (提高 1 个百分点以上), else its
    space-separated cells with a qualifier joined to the number before it; ``None`` if they do not
    make ``count`` cells."""
    if count == 1:
        return [_PADDING.sub("", text)]
    cells: list[str] = []
    for token in text.split():
        if cells and _QUALIFIER.match(token):
            cells[-1] += token
        else:
            cells.append(token)
    return cells if len(cells) == count else None
