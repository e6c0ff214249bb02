"""An indicator table whose cells a PDF's text layer set one space apart, its rows run over lines.

A city 纲要's 主要指标 copied from its PDF keeps a single space between cells and nothing of the
columns' alignment: 「序号 指 标 2030 年目标 属性」, 「1 地区生产总值年均增长（%） 5 左右 预期性」. A caption is
letter-spaced (指 标) or split from its year (2030 年目标), a value from its words (5 左右), and a long
row runs over several lines (its name wrapped, a value printed a few words a line: 「3 地区生产总值年均
增速(%) 5.4」/「4.5-5,」/「努力争取」/「更好结果」/「预期性」). A group's caption stands on lines of its own
above its first row: 「一、经济强（12 项）」, or a merged 类别 cell printed a word a line (创新 / 发展 /
(5项)); the header comes again after a page break.

Rows are read by the genre's conventions: a row opens with its running 序号 and closes with its 属性
(预期性 / 约束性 / 指导性); its name runs to the cell naming its unit in brackets (（%）, (件)), else it is
the first cell; the cells between the name and the 属性 are its values, the last taking the words left.
:func:`retab` rewrites such a table with tabs — one row a line, the lines a row ran over blanked so
line numbers still point into the source — for :mod:`kg.ingest.table` to read, and gives each group
caption by the line of the row it heads.
"""
from __future__ import annotations

import re

from kg.ingest.lines import is_note

__all__ = ["spaced_header", "retab"]

_CJK_CHAR = re.compile(r"^[\u4e00-\u9fff]$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A row's running number opening its line (「1 地区…」, or 「27」 alone with the name on the lines below).
_ROW_OPEN = re.compile(r"^(\d{1,3})(?:\s|$)")
_ATTRIBUTE = re.compile(r"^(?:预期性|约束性|指导性)$")
# The cell naming a row's unit: （%）, (件), (人/百亿元).
_UNIT_CELL = re.compile(r"[（(][^（）()]{1,12}[）)]$")
_PROSE = re.compile(r"[。；;，,：:]")
#: Longest caption a header cell has, longest group caption line, most lines one row runs over.
MAX_CAPTION = 20
MAX_GROUP_LINE = 16
MAX_ROW_LINES = 8


def spaced_header(line: str) -> list[str] | None:
    """A header line's captions when its cells are set one space apart, letter-spaced captions
    (指 标) and a year split from its caption (2030 年目标) joined; ``None`` for any other line.

    Examples
    --------
    >>> spaced_header("序号 指 标 2030 年目标 属性")
    ['序号', '指标', '2030年目标', '属性']
    >>> spaced_header("类别 序号 指标 2025年 2030年目标 属性")
    ['类别', '序号', '指标', '2025年', '2030年目标', '属性']
    >>> spaced_header("坚持 稳中求进，推动 发展") is None, spaced_header("序号    指标    属性") is None
    (True, True)
    """
    text = line.strip()
    if not text or "\t" in text or "  " in text or "\u3000" in text or _PROSE.search(text):
        return None
    cells: list[str] = []
    for token in text.split(" "):
        if cells and _CJK_CHAR.match(token) and _CJK_CHAR.match(cells[-1][-1]) and len(cells[-1]) == 1:
            cells[-1] += token  # 指 标
        elif cells and token.startswith("年") and _YEAR.match(cells[-1]):
            cells[-1] += token  # 2030 年目标
        else:
            cells.append(token)
    if len(cells) < 3 or any(len(c) > MAX_CAPTION for c in cells):
        return None
    return cells


def retab(lines: list[str], i: int, header: list[str], columns: dict[str, int]) -> tuple[list[str], dict[int, str]] | None:
    """``lines`` with the table whose header (``header``, its roles ``columns``) is line ``i``
    rewritten with tabs, and each group caption by the line of the first row it heads;
    ``None`` unless at least two rows are read.

    Examples
    --------
    >>> lines = ["序号 指 标 2030 年目标 属性", "一、经济强（2 项）", "1 地区生产总值年均增长（%） 5 左右 预期性",
    ...          "2 规上数字经济核心产业营业", "收入比重（%） 32.5 预期性", "在此基础上再奋斗五年。"]
    >>> out, groups = retab(lines, 0, ["序号", "指标", "2030年目标", "属性"],
    ...                     {"number": 0, "name": 1, "target": 2, "attribute": 3})
    >>> out[2:5], groups
    (['1\\t地区生产总值年均增长（%）\\t5左右\\t预期性', '2\\t规上数字经济核心产业营业收入比重（%）\\t32.5\\t预期性', ''], {2: '一、经济强（2 项）', 3: '一、经济强（2 项）'})
    """
    if "number" not in columns or "name" not in columns or "attribute" not in columns:
        return None
    out = list(lines)
    out[i] = "\t".join(header)
    groups: dict[int, str] = {}
    caption: list[int] = []  # the lines of a group caption waiting for its first row
    label = ""
    expected = None
    rows = 0
    j = i + 1
    while j < len(lines):
        text = lines[j].strip()
        if not text:
            j += 1
            continue
        if spaced_header(text) == header:  # the header printed again after a page break
            out[j] = ""
            j += 1
            continue
        m = _ROW_OPEN.match(text)
        if m and (expected is None or int(m.group(1)) == expected):
            end = _row_end(lines, j)
            cells = None if end is None else _row(" ".join(lines[k].strip() for k in range(j, end + 1)), header, columns)
            if cells is None:
                break
            label = "".join(lines[k].strip() for k in caption) or label
            if label and "category" in columns:
                cells[columns["category"]] = label
            elif label:
                groups[j] = label  # every row under the caption, up to the next
            for k in [*caption, *range(j + 1, end + 1)]:
                out[k] = ""
            out[j] = "\t".join(cells)
            caption, expected, rows, j = [], int(m.group(1)) + 1, rows + 1, end + 1
            continue
        if len(text) <= MAX_GROUP_LINE and not _PROSE.search(text) and not is_note(text) and not _ROW_OPEN.match(text):
            caption.append(j)
            j += 1
            continue
        break
    return (out, groups) if rows >= 2 else None


def _row_end(lines: list[str], j: int) -> int | None:
    """The line closing the row opened at ``j``: the first whose last word is its 属性."""
    for k in range(j, min(len(lines), j + MAX_ROW_LINES)):
        words = lines[k].split()
        if words and _ATTRIBUTE.match(words[-1]):
            return k
        if k > j and _ROW_OPEN.match(lines[k].strip()):
            return None  # the next row opened before this one closed
    return None


def _row(text: str, header: list[str], columns: dict[str, int]) -> list[str] | None:
    """A row's cells under the header: 序号, name to its unit cell, the values, 属性."""
    words = text.split()
    number, middle, attribute = words[0], words[1:-1], words[-1]
    at = next((k for k, w in enumerate(middle) if _UNIT_CELL.search(w)), None)
    if at is None:
        if not middle:
            return None
        at = 0
    if any(_UNIT_CELL.search(w) for w in middle[at + 1:]):
        return None  # two indicators under one number (食品药品安全: 食品… / 药品…): not one row
    name, values = "".join(middle[:at + 1]), middle[at + 1:]
    slots = [k for k in range(len(header)) if k not in {columns[r] for r in ("number", "name", "attribute", "category")
                                                          if r in columns}]
    if not slots or not values:
        return None
    if len(values) > len(slots):
        values = values[:len(slots) - 1] + ["".join(values[len(slots) - 1:])]
    values = [""] * (len(slots) - len(values)) + values  # a value missing is the base year's
    cells = [""] * len(header)
    cells[columns["number"]], cells[columns["name"]], cells[columns["attribute"]] = number, name, attribute
    for k, value in zip(slots, values):
        cells[k] = value
    return cells
