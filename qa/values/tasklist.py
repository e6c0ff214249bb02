"""A 行动计划's 任务清单 flattened one cell per paragraph, read as rows: each task's cell per year and its lead units.

A three-year action plan appends a task list (| 任务分类 | 主要方向 | 重点任务 | 2024年工作项目 | 2025年计划 | 2026年计划 |
牵头部门 | 配合部门 | 实施主体 |) that a portal page's text extraction prints one cell per paragraph: the header's cells (a
two-character head split in two, 「牵头」「部门」), then for every task 「（2）推进…。」 its year cells in the header's order
and, on the first row of a 主要方向 only, its unit cells (merged cells print once for the rows below). A year cell may
run over several paragraphs (items closed by 「；」, a 「注：」 after it). Read so, 「2025年农村公路…计划完成多少」 is the
2025 cell of the row naming it, and a year whose cell prints no figure is said so rather than given another year's or
the three years' total; the lead unit of a row is its own first unit cell or its 主要方向's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..index.perkb import per_kb
from ..question.ngrams import bigrams

__all__ = ["TaskRow", "task_rows", "units_row", "row_roles", "answer_year_cell"]

#: A year column's head: 「2024年工作项目」「2025年计划」「2026年目标」.
_YEAR_HEAD = re.compile(r"^(20\d\d)年(?:工作项目|工作计划|计划|目标|任务|工作安排|安排)?$")
#: A task cell 「（12）…」, a 主要方向 cell 「7、…」 and a part cell 「（二）…」 (or 「（一）」 alone).
_TASK = re.compile(r"^[（(](\d{1,3})[)）]")
_GROUP = re.compile(r"^\d{1,2}[、.．]\D")
_PART = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]")
#: Header cells naming the unit columns, printed whole (牵头部门) or in two paragraphs (牵头 / 部门).
_ROLE_HEAD = re.compile(r"^(?:牵头|配合|责任|实施|主责|协同|参与)(?:部门|单位|主体)?$")
_ROLE_TAIL = re.compile(r"^(?:部门|单位|主体)$")
#: Most paragraphs between two year heads (the header's cells) and from the header to the first row.
_HEADER_SPAN = 8


@dataclass
class TaskRow:
    """One task of the list: its cell paragraph, its year cells (year → paragraphs) and unit cells (as printed)."""

    number: int
    para: str
    years: dict[int, list[str]] = field(default_factory=dict)
    units: list[str] = field(default_factory=list)
    unit_paras: list[str] = field(default_factory=list)
    group: str | None = None


def _header(texts: list[str]) -> tuple[int, list[int], list[str]] | None:
    """(index after the header, its years in order, its unit columns) of the first task-list header, or None."""
    for i, t in enumerate(texts):
        if not _YEAR_HEAD.match(t):
            continue
        years, end, j = [int(t[:4])], i + 1, i + 1
        while j < len(texts) and j - end <= _HEADER_SPAN and not _TASK.match(texts[j]) and not _PART.match(texts[j]):
            if m := _YEAR_HEAD.match(texts[j]):
                years.append(int(m.group(1)))
                end = j + 1
            j += 1
        if len(years) < 2:
            continue
        roles, k = [], end
        while k < len(texts) and (_ROLE_HEAD.match(texts[k]) or _ROLE_TAIL.match(texts[k])):
            if _ROLE_TAIL.match(texts[k]) and roles:
                roles[-1] += texts[k]
            else:
                roles.append(texts[k])
            k += 1
        return k, years, roles
    return None


def _cell(texts: list[str], j: int, stop: int) -> int:
    """The index after the cell opening at ``j``: a paragraph closed by 「；」 goes on in the next, a 「注：」 joins it."""
    while j + 1 < stop and texts[j].endswith(("；", ";")) and not _TASK.match(texts[j + 1]):
        j += 1
    j += 1
    while j < stop and texts[j].startswith("注"):
        j += 1
    return j


@per_kb
def task_rows(kb: KB, plan: str | None) -> tuple[list[int], list[str], list[TaskRow]]:
    """(the years, the unit columns, the rows) of the plan's flattened task list; empty when it prints none. Read once
    per KB and plan, and shared: callers read the rows and never change them."""
    paras = [p for p in kb.paragraph_nodes if not plan or plan_of(p) == plan]
    texts = [kb.norm_text.get(p, "").strip() for p in paras]
    head = _header(texts)
    if head is None:
        return [], [], []
    start, years, roles = head
    rows: list[TaskRow] = []
    group, i = None, start
    while i < len(texts):
        t = texts[i]
        if _GROUP.match(t) or _PART.match(t) and not _TASK.match(t):
            group = t if _GROUP.match(t) else group
            i += 1
            continue
        m = _TASK.match(t)
        if not m:
            i += 1
            continue
        row = TaskRow(int(m.group(1)), paras[i], group=group)
        j = i + 1
        for year in years:
            if j >= len(texts) or _TASK.match(texts[j]) or _GROUP.match(texts[j]):
                break
            end = _cell(texts, j, len(texts))
            row.years[year] = paras[j:end]
            j = end
        while j < len(texts) and not (_TASK.match(texts[j]) or _GROUP.match(texts[j]) or _PART.match(texts[j])):
            row.units.append(texts[j])
            row.unit_paras.append(paras[j])
            j += 1
        rows.append(row)
        i = j
    return years, roles, rows


def units_row(rows: list[TaskRow], row: TaskRow) -> TaskRow | None:
    """The row printing ``row``'s unit cells: itself, else (a merged cell) the row above it in its 主要方向 that prints
    them; None when none does."""
    if row.units:
        return row
    before = [r for r in rows if r.group == row.group and r.number < row.number and r.units]
    return before[-1] if before else None


def row_roles(rows: list[TaskRow], row: TaskRow, columns: list[str]) -> list[tuple[str, list[str]]]:
    """``(column, units)`` of a row's unit cells under the header's unit columns; when the cells are more or fewer than
    the columns (a column holding two cells, one left empty) which cell is whose is not printed: all under one head."""
    holder = units_row(rows, row)
    if holder is None:
        return []
    cells = holder.units
    if len(cells) == len(columns):
        return [(column, re.split(r"[、，,]", cell)) for column, cell in zip(columns, cells)]
    return [("任务清单所列单位（未分列）", cells)]


_YEAR_ASKED = re.compile(r"(20\d\d)年")
_VALUE_ASKED = re.compile(r"多少|几|达到|完成")
#: The asking words dropped before a row is matched (年份, 计划/要, 多少 and its unit).
_ASK_WORDS = re.compile(r"^(?:到|至|在)|20\d\d年(?:底|末)?|计划|要|是|多少\S{0,2}|几\S{0,1}|达到|完成|全年|全天|[？?。，,]")
#: Share of the question's remaining character pairs a row (task and cells) must hold.
_MATCHED = 0.6


def answer_year_cell(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「2025年农村公路提档升级改造计划完成多少公里」 → the row's 2025 cell, cited; a cell with no figure → found: false
    saying what it plans. None when the question names no year of a task list or no row clearly."""
    q = normalise_text(question)
    if not (y := _YEAR_ASKED.search(q)) or not _VALUE_ASKED.search(q):
        return None
    years, _, rows = task_rows(kb, plan)
    year = int(y.group(1))
    if year not in years or not rows:
        return None
    wanted = bigrams(_ASK_WORDS.sub("", q))
    if len(wanted) < 3:
        return None

    def share(row: TaskRow) -> float:
        text = "".join(kb.norm_text.get(p, "") for p in [row.para, *[c for cs in row.years.values() for c in cs]])
        return len(wanted & bigrams(text)) / len(wanted)

    scored = sorted(((share(r), -r.number, r) for r in rows), key=lambda s: s[:2], reverse=True)
    best, _, row = scored[0]
    if best < _MATCHED or len(scored) > 1 and scored[1][0] == best or year not in row.years:
        return None
    cell = row.years[year]
    citations = [kb.citation(p) for p in [row.para, *cell]]
    task = str(kb.attrs(row.para).get("text") or "").strip()
    said = "".join(str(kb.attrs(p).get("text") or "").strip() for p in cell)
    if not re.search(r"\d", said):
        return Answer(question, f"任务清单中「{task}」一项{year}年的安排是：“{said}”，没有给出具体数字。", False, [], citations,
                      kind="indicator")
    # a table cell read by its column's year, as an indicator table's is: no prose year check applies
    return Answer(question, f"{year}年：{said}（任务清单「{task}」一项）", True, [Item(said, citations[1])], citations,
                  kind="indicator")
