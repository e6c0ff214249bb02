"""An indicator table printed one cell per paragraph with no 序号 column, each row closed by its 属性 cell.

A web page's table saved as text keeps every ``<td>`` a paragraph of its own; with no running number to
anchor the rows, the one cell every row ends with does — its attribute (约束性 / 预期性, a footnote mark
allowed). A 类别 spanning rows is printed once, before the first of them; a value broken by a ``<br>``
comes as two paragraphs::

    目标类别 / 具体目标内容 / 目标值（%） / 指标属性                  (the header)
    节能降碳 / 单位生产总值二氧化碳排放降低 / 完成市级 / 下达目标 / 约束性
    单位生产总值能耗降低 / 完成市级 / 下达目标 / 预期性[1]
    建筑领域 / 新建民用建筑执行绿色建筑一星级及以上标准比例 / 100 / 预期性

A row is read from its end: the attribute, then its value — the last cell, and the short pieces before it
(完成市级 / 下达目标) joined to it while what is left reads as no 类别 and name — then its name; a cell before
the name is the row's 类别, heading the rows after it. Only tables of one value column are read so (a second column would make the split of the
value pieces a guess). :func:`retab` rewrites the table with tabs, one row a line, for
:mod:`kg.ingest.table` to read.
"""
from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["ATTRIBUTE_CELL", "retab"]

#: The genre's attribute words, a footnote mark allowed (预期性[1]); a 类别 such as 强韧性 is none.
ATTRIBUTE_CELL = re.compile(r"^(?:约束|预期|指导|引导|鼓励|参考)性(?:\[\d+\]|［\d+］)?$")
_PROSE = re.compile(r"[。；;：:]")
_CELL_LEN = 40
#: The longest piece of a value printed as words (完成市级 / 下达目标); a name is longer.
_VALUE_PIECE = 5
_FIGURE = re.compile(r"^[<>≤≥＜＞〔［\[]?[+\-－−]?\d[\d.,]*")
# A value column left empty (a new indicator has no base)
_NO_VALUE = {"—", "——", "-", "－", "/", "／"}
#: The most value columns (2025年 / 2030年 / …) a table of rows closed by their attribute is read with.
_MAX_VALUES = 3
# A remark printed on a line of its own under a cell: （平方公里）, （2021年-2025年）, （2025年较2020年下降）.
_REMARK = re.compile(r"[（(][^（）()]{1,20}[)）]")
# 属性 / 性质 in a header cell: the attribute's caption, only the last column
_ATTRIBUTE_CAPTION = re.compile(r"属性|性质")

Roles = Callable[[list[str]], "dict[str, int] | None"]


def retab(lines: list[str], i: int, header_roles: Roles) -> tuple[list[str], dict[int, str]] | None:
    """``lines`` with the table whose header opens at line ``i`` rewritten with tabs (the header at ``i``,
    each row at its first line, the other lines it ran over blanked) and each row's 类别 by its line;
    ``None`` unless the paragraphs from ``i`` read as such a table: a header ``header_roles`` reads with a
    name, one value column and 属性 last, no 序号, then at least two rows each closed by an attribute cell.

    Examples
    --------
    >>> from kg.ingest.table import _header_roles
    >>> cells = ["类别", "具体目标内容", "目标值（%）", "指标属性", "节能降碳", "单位生产总值能耗降低", "完成市级",
    ...          "下达目标", "约束性", "绿色建筑占新建建筑比例", "100", "预期性[1]", "交通", "新能源公交车占比", "95",
    ...          "预期性", "二、重点任务（略）。"]
    >>> lines = [x for c in cells for x in (c, "")]
    >>> out, groups = retab(lines, 0, _header_roles)
    >>> [line for line in out if line.strip()][:4]
    ['类别\\t具体目标内容\\t目标值（%）\\t指标属性', '节能降碳\\t单位生产总值能耗降低\\t完成市级下达目标\\t约束性', '\\t绿色建筑占新建建筑比例\\t100\\t预期性[1]', '交通\\t新能源公交车占比\\t95\\t预期性']
    >>> sorted(groups.values())
    ['交通', '节能降碳', '节能降碳']
    """
    cells = _paragraphs(lines, i)
    for width in range(3, 3 + _MAX_VALUES + 1):
        header = [text for _, text in cells[:width]]
        roles = header_roles(header) if len(cells) > width else None
        # (类别,) name, value(s), 属性 — in that order, nothing else (several values only with no 类别)
        if roles and set(roles.values()) == set(range(width)) and roles.get("attribute") == width - 1 \
                and roles.get("category", 0) == 0 and not any(_ATTRIBUTE_CAPTION.search(c) for c in header[:-1]) \
                and (roles.get("name") == width - 3 or "category" not in roles and roles.get("name") == 0):
            break
    else:
        return None
    values = width - 2 - int("category" in roles)
    rows = _rows(cells[width:], has_category="category" in roles, values=values)
    if len(rows) < 2:
        return None
    out = list(lines)
    for k in range(i, rows[-1][1] + 1):
        out[k] = ""
    out[i] = "\t".join(header)
    groups: dict[int, str] = {}
    label = ""
    for first, _, category, name, value, attribute in rows:
        label = category or label
        row = ([category] if "category" in roles else []) + [name, value, attribute]
        out[first] = "\t".join(row)
        if label:
            groups[first] = label
    return out, groups


def _paragraphs(lines: list[str], i: int) -> list[tuple[int, str]]:
    """The one-line paragraphs from line ``i`` on, with their line indexes, up to a sentence, a long line
    or a paragraph of two lines — but a cell with its remark on the line under it (25 / （2025年较2020年下降）),
    one cell."""
    out: list[tuple[int, str]] = []
    k = i
    while k < len(lines):
        text = lines[k].strip()
        k += 1
        if not text:
            continue
        if k < len(lines) and _REMARK.fullmatch(lines[k].strip()) and not (k + 1 < len(lines) and lines[k + 1].strip()):
            text += lines[k].strip()
            k += 1
        if _PROSE.search(text) or len(text) > _CELL_LEN or (k < len(lines) and lines[k].strip()):
            break
        out.append((k - 1, text))
    return out


def _rows(cells: list[tuple[int, str]], *, has_category: bool,
          values: int = 1) -> list[tuple[int, int, str, str, str, str]]:
    """(first line, last line, 类别, name, value(s) tab-joined, attribute) of each row, in order, while the
    rows read so."""
    rows = []
    start = 0
    for end, (k, text) in enumerate(cells):
        if not ATTRIBUTE_CELL.match(text):
            if end - start > 6 + 2 * (values - 1):
                break  # no attribute closing a row of the table's width: its end
            continue
        row = [t for _, t in cells[start:end]]
        split = _split(row, has_category=has_category) if values == 1 else _split_values(row, values)
        if split is None:
            break
        rows.append((cells[start][0], k, *split, text))
        start = end + 1
    return rows


def _split_values(row: list[str], values: int) -> tuple[str, str, str] | None:
    """A row's cells before its attribute as ("", name, its ``values`` value cells tab-joined), or ``None``
    when they do not read so: a bracketed remark on a line of its own — the name's unit （平方公里）, a value's
    period （2021年-2025年） — is the cell above's; the last ``values`` cells are the values, the first of them
    a figure, and the pieces before them (a name broken over lines) the name, none a figure."""
    cells: list[str] = []
    for cell in row:
        if cells and _REMARK.fullmatch(cell):
            cells[-1] += cell
        else:
            cells.append(cell)
    name, vals = cells[:-values], cells[-values:]
    if len(cells) <= values or not (_FIGURE.match(vals[0]) or vals[0] in _NO_VALUE) \
            or any(_FIGURE.match(p) for p in name):
        return None
    return "", "".join(name), "\t".join(vals)


def _split(row: list[str], *, has_category: bool) -> tuple[str, str, str] | None:
    """A row's cells before its attribute as (类别, name, value), or ``None`` when they do not read so: the
    last cell is the value, and so are the short pieces before it while what is left is no 类别 and name (a
    类别 is no longer than its row's name)."""
    if len(row) < 2:
        return None
    v = len(row) - 1
    while not (v == 1 or v == 2 and has_category and len(row[0]) <= len(row[1])):
        if v == 1 or not (_FIGURE.match(row[v - 1]) or len(row[v - 1]) <= _VALUE_PIECE):
            return None
        v -= 1
    return (row[0] if v == 2 else ""), row[v - 1], "".join(row[v:])
