"""An indicator table a web page's text export prints one cell per line, rows and cells told apart only by
how many blank lines stand between them.

A portal page saved as text keeps each ``<td>`` a paragraph of its own and pads every element with
whitespace-only lines, the same amount for every element of a kind: between two cells of a row a few
blank lines, between two rows more, inside a cell broken by a ``<br>`` (社区公共服务设施15分钟步行 /
可达覆盖率, 人/ / 亿元) fewer, none where an inline element broke it (细颗粒物（PM / 2.5 / ）浓度)::

    序号                      (4 blank lines between cells)
    指标
    …
    “十五五”目标
                              (8 blank lines between rows)
    2030年
    年均［累计］

    1
    地区生产总值年均增速
    …

The row gap is read off the gap printed before the first row's 序号 ``1`` and the cell gap off the one after
it, so nothing depends on the exporter's counts; a row is a run of cells between row gaps, a cell the pieces
between cell gaps. The header is every row before the first; a caption spanning the columns of the header
row under it (“十五五”目标 over 2030年 / 年均［累计］) is composed into each (``“十五五”目标·2030年``), outer
first as :mod:`kg.ingest.table` composes header rows. A row of one caption and no number between rows
(一、经济发展) heads the rows after it. :func:`retab` rewrites the table with tabs, one row a line, the
lines a row ran over blanked so line numbers still point into the source, for :mod:`kg.ingest.table` to
read.
"""
from __future__ import annotations

import re

__all__ = ["retab"]

#: Most cells a header row or a table row holds, and most rows the header runs over.
MAX_CELLS = 12
MAX_HEADER_ROWS = 3
_CAPTION_LEN = 20
_PROSE = re.compile(r"[。；;]")
_GROUP = re.compile(r"^[^\d\s]\S{1,15}$")


def retab(lines: list[str], i: int) -> tuple[list[str], dict[int, str]] | None:
    """``lines`` with the table whose header opens at line ``i`` rewritten with tabs (the header at ``i``),
    and each group caption by the line of the row it heads; ``None`` unless the lines from ``i`` read as
    such a table: rows apart by more blank lines than cells, numbered from 1, at least two, each holding as
    many cells as the header composes columns.

    Examples
    --------
    >>> gap = lambda n: [" "] * n
    >>> lines = ["序号", *gap(2), "指标", *gap(2), "目标", *gap(4), "2030年", *gap(2), "年均",
    ...          *gap(4), "1", *gap(2), "森林覆盖率", *gap(2), "%", *gap(1), "（约）", *gap(2), "—",
    ...          *gap(4), "2", *gap(2), "城镇化率", *gap(2), "70", *gap(2), "—", *gap(5), "正文。"]
    >>> out, groups = retab(lines, 0)
    >>> [line for line in out if line.strip()]
    ['序号\\t指标\\t目标·2030年\\t目标·年均', '1\\t森林覆盖率\\t%（约）\\t—', '2\\t城镇化率\\t70\\t—', '正文。']
    """
    pieces = _pieces(lines, i)
    first = next((k for k, (_, text, _) in enumerate(pieces) if text == "1"), None)
    if first is None or first < 2 or first + 1 >= len(pieces):
        return None
    row_gap, cell_gap = pieces[first][2], pieces[first + 1][2]
    if not 0 < cell_gap < row_gap or any(gap > row_gap for _, _, gap in pieces[1:first]):
        return None  # cells and rows set apart alike (or the header further down): no such table here
    rows = _rows(pieces, row_gap, cell_gap)
    heads = [[t for _, t in row] for row in rows if row[0][0] < pieces[first][0]]
    body = rows[len(heads):]
    if not heads or any(len(t) > _CAPTION_LEN for row in heads for t in row):
        return None
    width, label = len(body[0]), ""
    header = _header(heads, width)
    if header is None and len(heads) > 1 and len(heads[-1]) == 1 and _GROUP.match(heads[-1][0]):
        *heads, (label,) = heads  # the first group's caption, over its first row
        header = _header(heads, width)
    number = next((c for c, (_, t) in enumerate(body[0]) if t == "1"), None)
    if header is None or number is None:
        return None
    return _written(lines, i, header, body, number, label)


def _pieces(lines: list[str], i: int) -> list[tuple[int, str, int]]:
    """The non-blank lines from ``i`` on, each with the count of blank lines before it, up to the first
    sentence or long line."""
    out: list[tuple[int, str, int]] = []
    gap = 0
    for k in range(i, len(lines)):
        text = lines[k].strip()
        if not text:
            gap += 1
            continue
        if _PROSE.search(text) or len(text) > 2 * _CAPTION_LEN + 20:
            break
        out.append((k, text, gap))
        gap = 0
    return out


def _rows(pieces: list[tuple[int, str, int]], row_gap: int, cell_gap: int) -> list[list[tuple[int, str]]]:
    """The pieces grouped into rows of cells: a row gap opens a row, a cell gap a cell, a smaller gap
    goes on with the cell; the rows end at a gap wider than a row's."""
    rows: list[list[tuple[int, str]]] = []
    for n, (k, text, gap) in enumerate(pieces):
        if n and gap > row_gap:
            break
        if not n or gap == row_gap:
            rows.append([(k, text)])
        elif gap == cell_gap:
            rows[-1].append((k, text))
        elif gap < cell_gap:
            rows[-1][-1] = (rows[-1][-1][0], rows[-1][-1][1] + text)
        else:
            break  # a gap of no kind the table prints: its end
    return rows


def _header(rows: list[list[str]], width: int) -> list[str] | None:
    """The header rows composed into one caption a column, or ``None`` when they do not make ``width``
    columns. Each row under the first fills the last columns, under the captions of the row above that
    span them (the first ones span the header's rows, as a page prints 序号 / 指标 beside a spanning
    caption); a caption spans as many of them as each other spanning caption."""
    if len(rows) > MAX_HEADER_ROWS or width > MAX_CELLS:
        return None
    header = rows[0]
    for row in rows[1:]:
        spanning = len(header) + len(row) - width
        if spanning <= 0 or len(row) % spanning or spanning > len(header):
            return None
        per = len(row) // spanning
        outer = header[len(header) - spanning:]
        header = header[:len(header) - spanning] + [f"{outer[c // per]}·{cell}" for c, cell in enumerate(row)]
    return header if len(header) == width else None


def _written(lines: list[str], i: int, header: list[str], body: list[list[tuple[int, str]]], number: int,
             label: str) -> tuple[list[str], dict[int, str]] | None:
    """The lines with the header at ``i`` and each row at its first line, tab-joined; the rows run while
    each holds the next 序号 in column ``number`` (a one-caption row between them, or ``label`` over the
    first, heads the rows after it)."""
    width = len(header)
    out = list(lines)
    for k in range(i, body[-1][-1][0] + 1):
        out[k] = ""
    out[i] = "\t".join(header)
    groups: dict[int, str] = {}
    expected, last = 1, None
    for row in body:
        texts = [t for _, t in row]
        if len(texts) == 1 and _GROUP.match(texts[0]) and last is not None:
            label = texts[0]
            continue
        if len(texts) != width or texts[number] != str(expected):
            break
        out[row[0][0]] = "\t".join(texts)
        if label:
            groups[row[0][0]] = label
        expected, last = expected + 1, row[-1][0]
    if last is None or expected < 3:
        return None
    for k in range(last + 1, body[-1][-1][0] + 1):
        out[k] = lines[k]  # rows past the table's end are left as printed
    return out, groups
