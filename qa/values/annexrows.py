"""Rows of a flattened annex table (:mod:`qa.values.annextable`) counted, summed, ranked or picked by a value.

* 「附件里一共列了几个项目」「房建类项目有几个」: the rows counted, those holding the asked cell value only;
* 「房建类项目的预估投资加起来一共多少」: a numeric column summed over those rows, every addend shown — and a 合计 row
  the table prints quoted instead, never recomputed;
* 「哪个项目预估投资最大」: the row with the largest (smallest) figure of the column;
* 「第一区域和第五区域的基价相差多少」: two keyed rows' difference;
* 「设计单位暂未确定的是哪些项目」「基价为1480的是哪个区域」: the rows whose cell holds a value the question prints;
* 「第4个项目是什么」「第三区域包括哪些镇街」: a keyed row's name cell.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text
from .annextable import (AnnexTable, annex_tables, cell_text, column_named, key_asked, numeric, row_label, row_named,
                         table_name)
from kg.ingest.flattable import FlatRow, split_caption_unit

__all__ = ["answer_annex_rows"]

_COUNT = re.compile(r"(?:几|多少)(?:个|项|类|处|条|家|所|座|片)")
_SUM = re.compile(r"加起来|加在一起|一共|合计|总共|总计|共计|累计")
_MOST = re.compile(r"最(大|高|多|长)|最(小|低|少|短)")
_DIFFERENCE = re.compile(r"相差|差多少|差距|多多少|高多少|低多少|少多少")
_WHICH = re.compile(r"哪些|哪几|哪个|哪一|是什么|有什么|包括|包含|有哪")
#: Rows asked for by a value they hold: 「哪些项目…」「是哪个区域」 (never 「…是什么时候」 of a named row).
_WHICH_ROWS = re.compile(r"哪些|哪几|哪个|哪一|有哪")
_TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|共计)$")
#: The table is what the question is about: it says 清单/附件/表, or a caption's word.
_TABLE_WORD = re.compile(r"清单|附件|附表|表里|表中|表格|一览表|名单")


def _fmt(x: float) -> str:
    return f"{x:.6f}".rstrip("0").rstrip(".")


def _values_in(at: AnnexTable, q: str) -> list[tuple[int, str]]:
    """(column, cell) of the cells outside the name and key columns whose whole value ``q`` prints (房建, 暂未确定,
    上海名亭建筑设计有限公司, 1480), longest first."""
    seen: dict[tuple[int, str], None] = {}
    for row in at.table.rows:
        for k, cell in enumerate(row.cells):
            value = normalise_text(cell)
            if k == at.name_column or len(value) < 2 or value not in q:
                continue
            if re.fullmatch(r"\d+(?:\.\d+)?", value) and not re.search(rf"(?<![\d.]){re.escape(value)}(?![\d.])", q):
                continue
            seen[(k, value)] = None
    return sorted(seen, key=lambda kv: -len(kv[1]))


def _filtered(at: AnnexTable, q: str) -> tuple[list[FlatRow], str]:
    """The rows holding the value ``q`` prints (all rows when it prints none) and how the answer names them."""
    values = _values_in(at, q)
    if not values:
        return [r for r in at.table.rows if not _TOTAL_ROW.match(r.key)], ""
    col, value = values[0]
    rows = [r for r in at.table.rows if r.cells and normalise_text(r.cells[col]) == value]
    return rows, f"{split_caption_unit(at.table.header[col + 1])[0]}为“{value}”的"


def _words_shared(text: str, q: str) -> int:
    """How many of ``text``'s two-character words ``q`` says."""
    return sum(text[i:i + 2] in q for i in range(len(text) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[i:i + 2]))


def _table_asked(tables: list[AnnexTable], q: str) -> AnnexTable | None:
    """The one table ``q`` is about: the plan's only one when ``q`` says 清单/附件/表 or a word of its captions; of
    several, the one whose title and captions ``q`` shares the most words with (none when two share as many)."""
    scored = sorted(((_words_shared(normalise_text(table_name(at) + "".join(at.table.header)), q)
                      + sum(normalise_text(c) in q for r in at.table.rows for c in r.cells), at) for at in tables),
                    key=lambda s: -s[0])
    if len(scored) == 1:
        return scored[0][1] if _TABLE_WORD.search(q) or scored[0][0] else None
    if not scored or scored[0][0] == 0 or scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def _items(kb: KB, at: AnnexTable, rows: list[FlatRow], col: int | None = None) -> list[Item]:
    """The rows as items citing their name cells. The figures stay in the answer's sentence: an item's figure would
    be checked against its name cell's paragraph, which prints no owner word (试点项目) — the table's title does."""
    return [Item(row_label(at, r), kb.citation(at.paras[r.cell_at[at.name_column][0]] if r.cells else at.paras[r.at]))
            for r in rows]


def _cites(kb: KB, at: AnnexTable, rows: list[FlatRow]) -> list:
    paras = ([at.paras[at.table.title]] if at.table.title is not None else []) + [at.paras[at.table.header_at]]
    return [kb.citation(p) for p in paras] + [kb.citation(at.paras[r.cell_at[at.name_column][0]]) for r in rows[:6] if r.cells]


def _numeric_column(at: AnnexTable, q: str) -> int | None:
    col = column_named(at, q, skip=(at.name_column,))
    if col is None:
        return None
    return col if sum(numeric(r.cells[col]) is not None for r in at.table.rows if r.cells) * 2 > len(at.table.rows) else None


def _sum(kb: KB, q: str, question: str, at: AnnexTable) -> Answer | None:
    col = _numeric_column(at, q)
    if col is None:
        return None
    caption, unit = split_caption_unit(at.table.header[col + 1])
    rows, which = _filtered(at, q)
    if at.table.total is not None and not which:
        return _printed_total(kb, question, at, col, caption, unit)
    figures = [(r, numeric(r.cells[col])) for r in rows if r.cells]
    if not figures or any(v is None for _, v in figures):
        return None
    s = sum(v for _, v in figures)
    parts = "+".join(_fmt(v) for _, v in figures)
    return Answer(question, f"{table_name(at)}中{which}{len(figures)}行的{caption}合计{_fmt(s)}{unit or ''}"
                  f"（{parts}={_fmt(s)}，按表中各行相加；表中未印合计）。", True, _items(kb, at, [r for r, _ in figures], col),
                  _cites(kb, at, [r for r, _ in figures]), kind="fact")


def _printed_total(kb: KB, question: str, at: AnnexTable, col: int, caption: str, unit: str | None) -> Answer:
    """The table's own 合计 row quoted (never recomputed): its cell of the column when every cell was printed, its one
    figure when the table has one numeric column, else the whole row as printed."""
    total = at.table.total
    width = len(at.table.header) - 1
    numeric_cols = [k for k in range(width) if any(r.cells and numeric(r.cells[k]) is not None for r in at.table.rows)]
    figures = [c for c in total.cells if numeric(c) is not None]
    if len(total.cells) == width and total.cells[col]:
        value = total.cells[col]
    elif len(figures) == 1 and numeric_cols == [col]:
        value = figures[0]
    else:
        value = None
    paras = [at.paras[total.at]] + [at.paras[a] for c in total.cell_at for a in c]
    cites = [kb.citation(p) for p in dict.fromkeys(paras)]
    if value is None:
        printed = " ".join(at.texts[a] for c in total.cell_at for a in c)
        return Answer(question, f"{table_name(at)}印有合计行：“{total.key} {printed}”。", True, [], cites, kind="fact")
    shown = value + (unit if unit and re.search(r"\d$", value) else "")
    return Answer(question, f"{table_name(at)}的合计行：{caption}合计{shown}（表中所印）。", True, [], cites, kind="fact")


def _most(kb: KB, q: str, question: str, at: AnnexTable, m: re.Match) -> Answer | None:
    col = _numeric_column(at, q)
    if col is None:
        return None
    caption, unit = split_caption_unit(at.table.header[col + 1])
    rows, which = _filtered(at, q)
    figures = [(r, numeric(r.cells[col])) for r in rows if r.cells and numeric(r.cells[col]) is not None]
    if len(figures) < 2:
        return None
    pick = (max if m.group(1) else min)(figures, key=lambda rv: rv[1])
    word = "最大" if m.group(1) else "最小"
    cell = cell_text(at, pick[0], col)
    shown = cell + (unit if unit and re.search(r"\d$", cell) else "")
    return Answer(question, f"{table_name(at)}中{which}{caption}{word}的是{row_label(at, pick[0])}，为{shown}。", True,
                  _items(kb, at, [pick[0]], col), _cites(kb, at, [pick[0]]), kind="fact")


def _difference(kb: KB, q: str, question: str, at: AnnexTable, rows: list[FlatRow]) -> Answer | None:
    col = _numeric_column(at, q)
    if col is None or len(rows) != 2 or any(r is None or not r.cells for r in rows):
        return None
    a, b = (numeric(r.cells[col]) for r in rows)
    if a is None or b is None:
        return None
    caption, unit = split_caption_unit(at.table.header[col + 1])
    return Answer(question, f"{table_name(at)}中{row_label(at, rows[0])}的{caption}为{_fmt(a)}，{row_label(at, rows[1])}为{_fmt(b)}，"
                  f"相差{_fmt(abs(a - b))}{unit or ''}（{_fmt(max(a, b))}−{_fmt(min(a, b))}）。", True,
                  _items(kb, at, rows, col), _cites(kb, at, rows), kind="fact")


#: The noun a count or a key asks of (几个项目, 第三区域, 多少处场所).
_ASKED_NOUN = re.compile(r"(?:几|多少|第[0-9一二三四五六七八九十]+)(?:个|项|类|处|条|家|所|座|片|行)?(?:补偿|试点|重点)?([\u4e00-\u9fff]{2})")


def _rows_asked(at: AnnexTable, q: str) -> bool:
    """Whether ``q`` asks of the table's rows: it says 清单/附件/表, or the noun it counts or keys (项目, 区域) is the
    table's row noun (in its title, its key's or its name column's caption) — 「主要任务分了几个方面」 is not."""
    if _TABLE_WORD.search(q):
        return True
    own = normalise_text(table_name(at) + at.table.header[0] + at.table.header[at.name_column + 1])
    return any(m.group(1) in own for m in _ASKED_NOUN.finditer(q))


def answer_annex_rows(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """Rows of the plan's one flattened annex table counted, summed, ranked, differenced or picked (see the module);
    ``None`` when the question asks none of these of a table the plan prints."""
    q = normalise_text(question)
    at = _table_asked(annex_tables(kb, plan), q)
    if at is None:
        return None
    keyed = key_asked(at, q) if _rows_asked(at, q) else []
    if len(keyed) == 2 and _DIFFERENCE.search(q):
        return _difference(kb, q, question, at, keyed)
    if (m := _MOST.search(q)) and _WHICH.search(q):
        return _most(kb, q, question, at, m)
    if _SUM.search(q) and re.search(r"多少|几", q) and not _COUNT.search(q) and row_named(at, q) is None:
        return _sum(kb, q, question, at)
    if _COUNT.search(q) and not keyed and _rows_asked(at, q):
        rows, which = _filtered(at, q)
        if not rows:
            return None
        return Answer(question, f"{table_name(at)}{which and '中' + which}共列{len(rows)}项"
                      f"（{'、'.join(row_label(at, r) for r in rows)}）。", True, _items(kb, at, rows), _cites(kb, at, rows),
                      kind="list")
    if len(keyed) == 1 and keyed[0] is not None and keyed[0].cells and _WHICH.search(q) \
            and column_named(at, q, skip=(at.name_column,)) is None:
        row = keyed[0]
        return Answer(question, f"{table_name(at)}中{row_label(at, row)}。", True, _items(kb, at, [row]), _cites(kb, at, [row]),
                      kind="fact")
    if _WHICH_ROWS.search(q) and not keyed and _values_in(at, q) and row_named(at, q) is None:
        rows, which = _filtered(at, q)
        if rows:
            return Answer(question, f"{table_name(at)}中{which}有{len(rows)}行：{'；'.join(row_label(at, r) for r in rows)}。",
                          True, _items(kb, at, rows), _cites(kb, at, rows), kind="list")
    return None
