"""An annex table printed one cell per paragraph, read back into its header and rows.

A portal page's text export prints a 附件/附表 table (a project list, a table of zones and their rates) one cell per
paragraph: the header's captions (a unit in brackets on a paragraph of its own under its caption: 「价格补贴」 /
「（元/㎡）」), then every row opening with its running key (1, 2 … or 一、二 …) and its cells in column order::

    序号 / 项目名称 / 项目类型 / 预估项目投资(亿元)
    1 / 洞泾镇社区卫生服务中心扩建工程 / 房建 / 1.7117
    2 / …

A cell may run over two paragraphs (「虹桥镇、梅陇镇（春申塘以北）、」 / 「古美街道」): a piece ending in 、 or ，
goes on in the next. A row whose pieces do not fill the header's columns exactly is kept (it counts) with no cells
(``cells == ()``): which column a missing cell was in is not in the text. The indicator table (主要指标, 属性 …) is
read by :mod:`kg.ingest.table`; its header is no annex table's.

:func:`read_flat_tables` takes the paragraphs' texts in reading order and answers indices into that list, so the
caller maps rows and cells back to its own paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["FlatRow", "FlatTable", "read_flat_tables", "row_cells", "row_keys", "split_caption_unit"]

_CN_DIGITS = "一二三四五六七八九十"
#: A caption: a few words, no clause mark and no figure (序号, 项目名称, 属地/报送单位, 面积（或长度）).
_CAPTION = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff/（）()、“”\w]{0,39}$")
_CLAUSE = re.compile(r"[。；;：:，,！？]")
#: A unit printed on a paragraph of its own under its caption: （元/㎡） (亿元).
_UNIT_LINE = re.compile(r"^[（(][^（）()]{1,12}[）)]$")
#: An indicator table's header: read by kg.ingest.table, not here.
_INDICATOR_HEADER = re.compile(r"指标|属性|基期|年均|预期性|约束性")
#: A note under the rows (注：X为…), or the end of the document's body.
_NOTE = re.compile(r"^(?:注|备注|说明)\s*[:：]")
#: The caption of a table's key column: its rows run 1, 2 … (序号) or 一、二 … (区域).
_KEY_CAPTION = re.compile(r"^(?:序号|编号|区域|分区|片区|类别|级别|等级|批次|类型)$")
#: The row summing the rows above it.
_TOTAL = re.compile(r"^(?:合计|总计|共计)$")
_TOTAL_INLINE = re.compile(r"^(合计|总计|共计)[:：]?((?:\s*[0-9.]+\s*[^\s0-9.]{0,4})+)$")
#: A piece of a cell that goes on in the next paragraph.
_GOES_ON = re.compile(r"[、，,/]$")
_MIN_COLUMNS = 3
_MIN_ROWS = 2
_MAX_CELL = 80


@dataclass(frozen=True)
class FlatRow:
    """One row: its key (「1」「一」), the index of its key paragraph, its cells in column order (the key's column
    left out; ``()`` when its pieces do not fill the columns) and, per cell, the indices of its paragraphs."""

    key: str
    at: int
    cells: tuple[str, ...] = ()
    cell_at: tuple[tuple[int, ...], ...] = ()


@dataclass(frozen=True)
class FlatTable:
    """A flattened table: its title paragraph (the line above the captions naming it, or ``None``), its captions
    (a unit line joined to its caption), the index of its first caption, its rows and its note (``None``)."""

    title: int | None
    header: tuple[str, ...]
    header_at: int
    rows: tuple[FlatRow, ...]
    note: int | None = None
    #: The 合计 row printed under the rows (its key 合计/总计), ``None`` when there is none; its ``cells`` fill the
    #: columns only when every cell was printed (empty ones too), else they are its printed pieces in order.
    total: FlatRow | None = None

    def column(self, caption: str) -> int:
        """Index into a row's ``cells`` of the column captioned ``caption`` (the key's column is no cell)."""
        return self.header.index(caption) - 1


def row_keys(first: str) -> list[str] | None:
    """The running keys a table whose first row is keyed ``first`` goes on with, or ``None``.

    >>> row_keys("1")[:3], row_keys("一")[:3], row_keys("甲")
    (['1', '2', '3'], ['一', '二', '三'], None)
    """
    if first == "1":
        return [str(n) for n in range(1, 200)]
    if first == "一":
        return list(_CN_DIGITS) + ["十" + d for d in _CN_DIGITS[:9]] + ["二十"]
    return None


def row_cells(text: str) -> list[str]:
    """The cells of a table row printed in one paragraph (a Markdown row 「1 | 甲工程 | 1.8」, a tabbed row), or the
    paragraph itself as one cell: such rows read as the same table as one printed a cell per paragraph.

    >>> row_cells("1 | 东湖污水厂扩建工程 | 1.8"), row_cells("| 序号 | 项目名称 |"), row_cells("正文，不是表格。")
    (['1', '东湖污水厂扩建工程', '1.8'], ['序号', '项目名称'], ['正文，不是表格。'])
    """
    cells = [c.strip() for c in re.split(r"\s*[|｜\t]\s*", text.strip().strip("|｜").strip())]
    # a cell left empty keeps its column (「合计 |  | 9.2」); a row needs two cells of its own
    return cells if len(cells) >= 2 and sum(bool(c) for c in cells) >= 2 and cells[0] else [text]


def split_caption_unit(caption: str) -> tuple[str, str | None]:
    """A caption and the unit it prints in brackets at its end (``None``): a bracket holding words is the caption's.

    >>> split_caption_unit("预估项目投资(亿元)"), split_caption_unit("面积（或长度）")
    (('预估项目投资', '亿元'), ('面积（或长度）', None))
    >>> split_caption_unit("价格补贴（元/㎡）")
    ('价格补贴', '元/㎡')
    """
    m = re.match(r"^(.*?)[（(]([^（）()]{1,12})[）)]$", caption)
    if m and re.search(r"[元米㎡²吨个项亩%％/]|m2|km", m.group(2)) and not m.group(2).startswith("或"):
        return m.group(1), m.group(2)
    return caption, None


def _header_before(texts: list[str], k: int) -> list[tuple[str, int]] | None:
    """The captions right above row key ``k`` (a unit line joined to the caption above it), each with the number of
    paragraphs it takes."""
    captions: list[tuple[str, int]] = []
    j = k - 1
    while j >= 0 and len(captions) < 20:
        t = texts[j]
        if _UNIT_LINE.match(t) and j > 0 and _CAPTION.match(texts[j - 1]) and not _CLAUSE.search(texts[j - 1]):
            captions.insert(0, (texts[j - 1] + t, 2))
            j -= 2
            continue
        if not _CAPTION.match(t) or _CLAUSE.search(t):
            break
        captions.insert(0, (t, 1))
        j -= 1
    return captions if len(captions) >= _MIN_COLUMNS else None


def _fill(pieces: list[tuple[int, str]], n: int) -> tuple[tuple[str, ...], tuple[tuple[int, ...], ...]] | None:
    """``pieces`` joined into ``n`` cells (a piece ending in 、/，goes on in the next), or ``None``."""
    cells: list[tuple[str, list[int]]] = []
    for at, text in pieces:
        if cells and _GOES_ON.search(cells[-1][0]):
            cells[-1] = (cells[-1][0] + text, cells[-1][1] + [at])
        else:
            cells.append((text, [at]))
    if len(cells) != n:
        return None
    return tuple(c for c, _ in cells), tuple(tuple(a) for _, a in cells)


def _rows(texts: list[str], k: int, keys: list[str], width: int) -> tuple[list[FlatRow], int]:
    """The rows from key ``k`` on with ``width`` cells each, and the index after the last."""
    rows: list[FlatRow] = []
    j, n = k, 0
    while j < len(texts) and n < len(keys) and texts[j] == keys[n]:
        end = j + 1
        while end < len(texts) and end - j <= 2 * width + 1:
            if n + 1 < len(keys) and texts[end] == keys[n + 1]:
                break
            if _NOTE.match(texts[end]) or len(texts[end]) > _MAX_CELL:
                break
            end += 1
        pieces = [(a, texts[a]) for a in range(j + 1, end)]
        filled = _fill(pieces, width)
        if filled is None and (n + 1 >= len(keys) or end >= len(texts) or texts[end] != keys[n + 1]):
            # the last row: its cells are the first pieces that fill the columns; what follows is the text after
            filled = next((f for cut in range(width, len(pieces) + 1) if (f := _fill(pieces[:cut], width))), None)
            if filled is not None:
                end = filled[1][-1][-1] + 1
        rows.append(FlatRow(texts[j], j, *(filled or ((), ()))))
        j, n = end, n + 1
    return rows, j


def _table_at(texts: list[str], k: int) -> FlatTable | None:
    """The table whose first row's key is paragraph ``k``, or ``None``.

    The captions above the key run up into the table's title (itself a short line of words): of the headers those
    lines could start, the one whose width the most rows fill is the table's (the shortest of equals).
    """
    keys = row_keys(texts[k])
    head = _header_before(texts, k) if keys else None
    if keys is None or head is None or _INDICATOR_HEADER.search("".join(c for c, _ in head)):
        return None
    best = None
    for size in range(_MIN_COLUMNS, len(head) + 1):
        header = head[len(head) - size:]
        if not _KEY_CAPTION.match(header[0][0]):
            continue  # the key column is captioned (序号, 区域); short titled items above a 1 are no header
        rows, end = _rows(texts, k, keys, len(header) - 1)
        filled = sum(bool(r.cells) for r in rows)
        if best is None or filled > best[0]:
            best = (filled, header, rows, end)
    if best is None:
        return None
    filled, header, rows, end = best
    if len(rows) < _MIN_ROWS or filled * 2 < len(rows):
        return None
    start = k - sum(n for _, n in header)
    total = None
    inline = _TOTAL_INLINE.match(texts[end]) if end < len(texts) else None
    if inline and inline.group(2):
        # 「合计 9.5」: a Markdown total row whose empty cells were dropped, its figures printed after the word
        figures = tuple(re.findall(r"\d+(?:\.\d+)?", inline.group(2)))
        total = FlatRow(inline.group(1), end, figures, tuple((end,) for _ in figures))
        end += 1
    elif end < len(texts) and _TOTAL.match(texts[end]):
        stop = end + 1
        while stop < len(texts) and stop - end <= len(header) - 1 and not _NOTE.match(texts[stop]) \
                and len(texts[stop]) <= _MAX_CELL and not row_keys(texts[stop]):
            stop += 1
        total = FlatRow(texts[end], end, tuple(texts[end + 1:stop]), tuple((a,) for a in range(end + 1, stop)))
        end = stop
    note = end if end < len(texts) and _NOTE.match(texts[end]) else None
    above = re.sub(r"^附[件表]\s*\d*\s*[:：]", "", texts[start - 1]) if start > 0 else ""
    title = start - 1 if above and len(above) <= 60 and not _CLAUSE.search(above) else None
    return FlatTable(title, tuple(c for c, _ in header), start, tuple(rows), note, total)


def read_flat_tables(texts: list[str]) -> list[FlatTable]:
    """The annex tables printed one cell per paragraph in ``texts`` (non-blank paragraph texts, reading order).

    Examples
    --------
    >>> texts = ["附件", "某区试点项目清单", "序号", "项目名称", "项目类型", "预估投资(亿元)",
    ...          "1", "甲中心扩建工程", "房建", "1.5", "2", "乙路新建工程", "市政", "0.2"]
    >>> [t] = read_flat_tables(texts)
    >>> texts[t.title], t.header, [(r.key, r.cells) for r in t.rows]
    ('某区试点项目清单', ('序号', '项目名称', '项目类型', '预估投资(亿元)'), [('1', ('甲中心扩建工程', '房建', '1.5')), ('2', ('乙路新建工程', '市政', '0.2'))])

    A unit printed under its caption joins it; a cell run over two paragraphs is one cell:

    >>> texts = ["区域", "范围", "基价", "（元/㎡）", "一", "甲镇、", "乙镇", "2900", "二", "丙镇", "2440", "注：基价按年调整。"]
    >>> [t] = read_flat_tables(texts)
    >>> t.header, [r.cells for r in t.rows], texts[t.note]
    (('区域', '范围', '基价（元/㎡）'), [('甲镇、乙镇', '2900'), ('丙镇', '2440')], '注：基价按年调整。')
    """
    tables: list[FlatTable] = []
    k = 0
    while k < len(texts):
        table = _table_at(texts, k) if texts[k] in ("1", "一") else None
        if table is not None:
            tables.append(table)
            last = table.rows[-1]
            k = max([last.at] + [a for c in last.cell_at for a in c]) + 1
            continue
        k += 1
    return tables
