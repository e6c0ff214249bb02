"""A 重点任务清单 flattened one cell per paragraph, read as numbered rows: 序号, the task, its units.

An action plan appends a task list (| 任务类型 | 序号 | 工作任务 | 推进单位 |) that a portal page's text extraction prints
one cell per paragraph: the header's captions, then for every row its number (「10」), its task cell and its unit cell
(「区体育局、区规划资源局、区建设管理委」), a group's caption (「行动三：…」「公共空间优化」) printed once before the rows
it spans. Read so, 「附件重点任务清单一共列了多少项工作任务」 counts its numbered rows, and the row naming a task gives
its units under the header's role (推进单位) to :mod:`qa.passages.responsible`. A row whose unit cell is not printed
(a merged cell printed once above it) gets no units: which rows a merged cell spans is not in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..index.perkb import per_kb

__all__ = ["TaskTable", "TableRow", "RoleRow", "task_tables", "role_rows", "answer_task_table_count", "TABLE_COUNT_ASKED"]

#: The role column's caption: the units a row is given to (推进单位, 牵头部门, 责任主体).
_ROLE_HEAD = re.compile(r"^(?:推进|牵头|责任|实施|主责|承办)(?:单位|部门|主体)$")
#: The task column's caption (工作任务, 重点任务, 项目名称, 主要内容).
_TASK_HEAD = re.compile(r"任务|项目|内容|事项|措施|工作")
#: Most paragraphs from 序号 to the role caption (the header's captions).
_HEADER_SPAN = 5
#: Fewest rows read as a table.
_MIN_ROWS = 3
#: A unit's name ends like one (局/委/办/街道/镇 …; 专班, 集团): most of a unit cell's names do.
_UNIT_END = re.compile(r"(?:局|委|委员会|办|办公室|部|院|厅|中心|公司|集团|政府|街镇|街道|镇|乡|所|会|队|站|处|署|馆|社|组|班|单位|部门|区)$")


@dataclass
class TableRow:
    """One numbered row: its number, its task cell, its unit cell (``None`` when none is printed) and its units."""

    number: int
    para: str
    unit_para: str | None = None
    units: list[str] = field(default_factory=list)
    #: the task cell's further paragraphs when it runs over several (its items 1. 2. … printed one a line)
    more_paras: list[str] = field(default_factory=list)


@dataclass
class TaskTable:
    """A task list: the paragraph holding its title (or its first caption), its role caption and its rows."""

    title_para: str
    role: str
    rows: list[TableRow]


def _units(text: str) -> list[str]:
    """The names of a unit cell (「区规划资源局、各相关街镇」), ``[]`` when the paragraph is no such cell."""
    if "。" in text or len(text) > 120:
        return []
    names = [n.strip() for n in re.split(r"[、，,；;]", text) if n.strip()]
    if not names or any(len(n) > 16 for n in names):
        return []
    return names if sum(bool(_UNIT_END.search(n)) for n in names) * 5 >= len(names) * 3 else []


#: Most paragraphs a task cell runs over (its items one a line).
_CELL_SPAN = 16


def _cell_end(texts: list[str], start: int, following: int) -> int | None:
    """Where the unit cell closing a task cell that runs on from ``start`` stands: the first units-only paragraph
    right before the next row's number (``following``) or the text's end, within :data:`_CELL_SPAN`; None if none."""
    for j in range(start, min(start + _CELL_SPAN, len(texts))):
        if texts[j] == str(following):
            return None  # the next row began: this row printed no unit cell
        if _units(texts[j]) and (j + 1 == len(texts) or texts[j + 1] == str(following)):
            return j
    return None


def _table_at(paras: list[str], texts: list[str], i: int) -> TaskTable | None:
    """The task list whose 序号 caption is paragraph ``i``, or None."""
    head = texts[i:i + _HEADER_SPAN + 1]
    role_at = next((k for k, t in enumerate(head) if _ROLE_HEAD.match(t)), None)
    if role_at is None or not any(_TASK_HEAD.search(t) for t in head[1:role_at]):
        return None
    rows: list[TableRow] = []
    k, expected = i + role_at + 1, 1
    while k < len(texts):
        nxt = next((j for j in range(k, min(k + 4, len(texts))) if texts[j] == str(expected)), None)
        if nxt is None or nxt + 1 >= len(texts):
            break
        row = TableRow(expected, paras[nxt + 1])
        after = nxt + 2
        if after < len(texts) and texts[after] != str(expected + 1) and (units := _units(texts[after])):
            row.unit_para, row.units = paras[after], units
            after += 1
        elif (end := _cell_end(texts, after, expected + 1)) is not None:
            # a task cell of several items, one a paragraph (「1. 强化…」「2. 紧扣…」), then its unit cell
            row.more_paras, row.unit_para, row.units = paras[after:end], paras[end], _units(texts[end])
            after = end + 1
        rows.append(row)
        k, expected = after, expected + 1
    if len(rows) < _MIN_ROWS:
        return None
    # the table's title: the line above its captions naming it (…清单, …一览表), else its first caption
    above = next((j for j in range(i - 1, max(i - 4, -1), -1) if re.search(r"清单|一览表|表", texts[j])), i)
    return TaskTable(paras[above], texts[i + role_at], rows)


#: A role column's caption in a list with several (牵头单位 | 配合单位): the roles a row's unit cells are given, in order.
_ROLE_CAPTION = re.compile(r"^(?:推进|牵头|责任|实施|主责|承办|配合|协办|支撑|参与|协同|支持)(?:单位|部门|主体)$")
#: A caption: a short cell with no punctuation (类别, 项目, 主要任务, 牵头单位).
_CAPTION = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
#: A group cell (「一、做好政策保障」) and an item cell numbering its own name (「3.纳入考核体系」).
_GROUP_CELL = re.compile(r"^[一二三四五六七八九十]+、[^。]{2,24}$")
_ITEM_CELL = re.compile(r"^\d{1,2}[.．、][^。，,；;]{2,24}$")


@dataclass
class RoleRow:
    """One task of a list whose unit columns are several roles (牵头单位, 配合单位): the item cell naming it
    (「3.纳入考核体系」, None before any), its task cell, and ``(role, units)`` per unit cell printed after it."""

    item_para: str | None
    para: str
    roles: list[tuple[str, list[str]]] = field(default_factory=list)
    unit_paras: list[str] = field(default_factory=list)
    item_name: str = ""


def _role_rows_at(paras: list[str], texts: list[str], i: int) -> list[RoleRow]:
    """The rows of the list whose captions start at paragraph ``i`` — a task caption, then two or more role captions
    (| 类别 | 项目 | 主要任务 | 牵头单位 | 配合单位 |) — read to the plan's end: group and item cells set the row's
    item; every other cell that is no unit cell is a task, the unit cells after it filling the roles in order. []
    when paragraph ``i`` opens no such header or fewer than three rows print units."""
    end = i
    while end < len(texts) and end - i < 6 and _CAPTION.match(texts[end]):
        end += 1
    captions = texts[i:end]
    roles = [c for c in captions if _ROLE_CAPTION.match(c)]
    if len(roles) < 2 or "序号" in captions or not any(_TASK_HEAD.search(c) for c in captions[:captions.index(roles[0])]):
        return []
    rows: list[RoleRow] = []
    item: str | None = None
    name, named = "", False  # the item's name, and whether a task followed it (a name broken over two cells ends then)
    cont = False  # the last unit cell ended in 、: its names go on in the next paragraph (「区委编办、」「各街道」)
    for para, text in zip(paras[end:], texts[end:]):
        units = _units(text)
        if units and cont:
            rows[-1].roles[-1][1].extend(units)
            rows[-1].unit_paras.append(para)
        elif item and not named and len(text) <= 10 and "。" not in text:
            name += text  # 「5.实化运行消防」「安全委员会」: one cell printed over two lines
        elif units and rows and rows[-1].item_para == item and len(rows[-1].roles) < len(roles):
            rows[-1].roles.append((roles[len(rows[-1].roles)], units))
            rows[-1].unit_paras.append(para)
        elif _GROUP_CELL.match(text):
            item = None
        elif _ITEM_CELL.match(text):
            item, name, named = para, re.sub(r"^\d{1,2}[.．、]", "", text), False
        elif not units:
            rows.append(RoleRow(item, para, item_name=name))
            named = True
        cont = bool(units) and text.endswith("、") and bool(rows) and bool(rows[-1].roles)
    return rows if sum(bool(r.roles) for r in rows) >= _MIN_ROWS else []


@per_kb
def _role_tables(kb: KB) -> dict[str | None, list[RoleRow]]:
    by_plan: dict[str | None, list[RoleRow]] = {}
    ordered = sorted(kb.paragraph_nodes, key=kb._reading_order)
    for plan in dict.fromkeys(plan_of(p) for p in ordered):
        paras = [p for p in ordered if plan_of(p) == plan]
        texts = [normalise_text(kb.norm_text.get(p, "")) for p in paras]
        starts = [i for i, t in enumerate(texts) if _CAPTION.match(t) and (i == 0 or not _CAPTION.match(texts[i - 1]))]
        by_plan[plan] = next((rows for i in starts if (rows := _role_rows_at(paras, texts, i))), [])
    return by_plan


def role_rows(kb: KB, plan: str | None) -> list[RoleRow]:
    """The rows of ``plan``'s task list with several role columns (of every plan when None), in reading order."""
    return [r for p, rows in _role_tables(kb).items() if not plan or p == plan for r in rows]


@per_kb
def _tables(kb: KB) -> dict[str | None, list[TaskTable]]:
    by_plan: dict[str | None, list[TaskTable]] = {}
    ordered = sorted(kb.paragraph_nodes, key=kb._reading_order)
    for plan in dict.fromkeys(plan_of(p) for p in ordered):
        paras = [p for p in ordered if plan_of(p) == plan]
        texts = [normalise_text(kb.norm_text.get(p, "")) for p in paras]
        found = [t for i, text in enumerate(texts) if text == "序号" and (t := _table_at(paras, texts, i))]
        by_plan[plan] = found
    return by_plan


def task_tables(kb: KB, plan: str | None) -> list[TaskTable]:
    """The numbered task lists of ``plan`` (of every plan when None), in reading order."""
    tables = _tables(kb)
    return [t for p, ts in tables.items() if not plan or p == plan for t in ts]


#: 「附件重点任务清单一共列了多少项工作任务」「任务清单里有几项」: the rows of the task list counted.
TABLE_COUNT_ASKED = re.compile(r"(?:清单|任务表|一览表|项目表)[^？?，,]{0,8}?(?:一共|总共|共|总计)?(?:列了|列出了?|有|包括|包含)?"
                               r"(?:多少|几)(?P<m>项|条|个)(?P<noun>[\u4e00-\u9fff]{0,4}?)[？?。]?$")


def answer_task_table_count(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The numbered rows of the one task list the plan appends, counted and cited; ``None`` unless the question asks a
    count of a 清单/任务表 and the plan prints exactly one."""
    m = TABLE_COUNT_ASKED.search(normalise_text(question))
    tables = task_tables(kb, plan)
    if m is None or len(tables) != 1:
        return None
    table = tables[0]
    n = len(table.rows)
    title = kb.norm_text.get(table.title_para, "")
    first, last = table.rows[0], table.rows[-1]
    items = [Item(f"{r.number}.{kb.norm_text.get(r.para, '')[:40]}", kb.citation(r.para)) for r in table.rows]
    noun = m["noun"] or "任务"
    return Answer(question, f"{title}共列{n}{m['m']}{noun}（序号1—{n}）。", True, items,
                  [kb.citation(table.title_para), kb.citation(first.para), kb.citation(last.para)], kind="list")
