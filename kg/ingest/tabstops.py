"""A table printed with its tab stops as runs of four spaces, its long cells wrapped onto the next line.

Plain text saved from a word processor keeps a table's cells apart by four spaces a column (an
empty cell leaves its four spaces, so ``    2    制造业增加值占比（%）`` is a row whose group cell
is empty) and wraps a long cell onto a line of its own (``与经济增长`` / ``保持同步``; ``每千人口拥有医护``
/ ``人员数    执业（助理）医师数（人）    预期性    5``). Such rows are not aligned by display column,
so :func:`kg.ingest.table` reads them once they are rewritten here with tabs, each wrapped cell
joined back (the continuation line left blank, keeping line numbers), and a name column printed in
two (an indicator and its sub-indicators, 生产安全事故 / 起数下降 · 死亡人数下降) composed into one
name, a sub-row taking its group, number and name from the row above.

A table is taken only when every row then fits its header; otherwise the lines are left as they are.
"""
from __future__ import annotations

import re

__all__ = ["retab", "stop_cells"]

# Four spaces a column; a run of 4k spaces sets k cells apart (the cells between them empty).
_STOP = re.compile(r"(?: {4})+")
# A wrapped cell's rest: short, and no sentence of prose.
_MAX_REST = 16
_PROSE = re.compile(r"[。；;]")
_FIGURE = re.compile(r"\d")


def stop_cells(line: str) -> list[str] | None:
    """A line's cells, set apart by runs of four spaces (leading runs give empty cells); ``None`` for
    a line of one cell or with a run of spaces that is not a tab stop."""
    text = line.rstrip()
    if "\t" in text or any(len(run) % 4 for run in re.findall(r"(?<=\S) {2,}(?=\S)", text)):
        return None
    parts, pos = [], 0
    for m in _STOP.finditer(text):
        if m.start() == 0 or text[m.start() - 1] != " ":
            parts.append(text[pos:m.start()])
            parts.extend([""] * (len(m.group()) // 4 - 1))
            pos = m.end()
    parts.append(text[pos:])
    if any(" " * 2 in p for p in parts) or len(parts) < 2:
        return None
    return [p.strip() for p in parts]


def _rest_of_cell(line: str) -> bool:
    """Whether a line with no tab stop can be the rest of a wrapped cell."""
    text = line.strip()
    return bool(text) and len(text) <= _MAX_REST and not _PROSE.search(text) and not re.search(r" {2,}", text)


def retab(lines: list[str], i: int, *, name: int | None = None) -> list[str] | None:
    """``lines`` with the table whose header is line ``i`` rewritten with tabs, or ``None`` when line
    ``i`` opens no such table or a row does not fit its header.

    ``name`` is the header's column naming the rows: a row one cell wider than the header has
    its name printed in two columns (a group and its sub-indicator), composed as ``组·子``.

    Examples
    --------
    >>> rows = ["分类    序号    指标    属性    目标值", "经济    1    增长率（%）    预期性    5以上", "    2    某某收入增长    预期性    与经济增长",
    ...         "保持同步", "    3    每千人口医护", "人员数    医师数（人）    预期性    5", "            护士数（人）    预期性    5.5", ""]
    >>> [line.split("\\t") for line in retab(rows, 0, name=2)[2:7]]
    [['', '2', '某某收入增长', '预期性', '与经济增长保持同步'], [''], ['', '3', '每千人口医护人员数·医师数（人）', '预期性', '5'], [''], ['', '3', '每千人口医护人员数·护士数（人）', '预期性', '5.5']]
    """
    header = stop_cells(lines[i])
    if header is None or not all(header):
        return None
    out = list(lines)
    rows: list[tuple[int, list[str]]] = []
    spanned: list[str] | None = None  # the header once its second row splits a spanned column
    k = i
    while k < len(lines) and lines[k].strip():
        cells = stop_cells(lines[k])
        width = len(spanned or header)
        if cells is not None and (not rows or cells[0] == "" or len(rows[-1][1]) >= width
                                  or len(rows) == 2 and spanned):  # the first row after a second header row
            if len(rows) == 2 and spanned is None and (spanned := _spanned(rows[0][1], rows[1][1])):
                width = len(spanned)
            rows.append((k, cells))
        elif rows and (cells is not None or _rest_of_cell(lines[k])) \
                and (len(rows[-1][1]) < width or cells is None):
            last = rows[-1][1]
            more = cells if cells is not None else [lines[k].strip()]
            last[-1] += more[0]
            last.extend(more[1:])
            out[k] = ""
        else:
            break
        k += 1
    if len(rows) == 2 and spanned is None:
        spanned = _spanned(rows[0][1], rows[1][1])
    if spanned is not None:
        # 规划目标 over 规划目标（2025年） / 年均增速〔累计〕: one header of the sub-captions, the second row blank
        (_, first), (second, _) = rows[0], rows[1]
        first[:] = spanned
        out[second] = ""
        rows.pop(1)
    if len(rows) < 2:
        return None
    header = rows[0][1]
    group = ""
    for n, (j, cells) in enumerate(rows):
        if n and name is not None and len(cells) == len(header) + 1:
            if cells[name]:
                group = cells[name]
            else:  # a sub-row: its group, number and name the row's above
                cells[:name + 1] = rows[n - 1][1][:name] + [group]
            cells[name:name + 2] = [f"{group}·{cells[name + 1]}"]
        if len(cells) != len(header):
            return None
        out[j] = "\t".join(cells)
    return out


def _spanned(header: list[str], second: list[str]) -> list[str] | None:
    """The header a second header row makes, or ``None`` when ``second`` is no such row.

    A caption spanning m columns (规划目标) is printed once in the first row; the second row leaves the
    unspanned columns empty and names the m columns under it (规划目标（2025年）, 年均增速〔累计〕), which
    take its place.

    Examples
    --------
    >>> _spanned(["序号", "指标", "规划目标", "完成情况"], ["", "", "2025年", "年均增速", ""])
    ['序号', '指标', '2025年', '年均增速', '完成情况']
    >>> _spanned(["序号", "指标", "目标"], ["", "2", "GDP增速（%）"]) is None
    True
    """
    named = [j for j, cell in enumerate(second) if cell]
    if second[:1] != [""] or len(named) < 2 or named != list(range(named[0], named[0] + len(named))) \
            or named[0] >= len(header):
        return None
    if any(len(second[j]) > _MAX_REST or _PROSE.search(second[j]) or second[j].isdigit() for j in named):
        return None
    at = named[0]
    return header[:at] + [second[j] for j in named] + header[at + 1:]
