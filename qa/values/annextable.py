"""An annex table printed one cell per paragraph (:mod:`kg.ingest.flattable`): a cell asked by its row's name and
its column's word.

「洞泾镇社区卫生服务中心扩建工程预估投资多少」 names a row by its name cell and a column by a word of its caption
(预估项目投资(亿元)); 「七宝镇的土地使用权基价是多少」 names a row by one member of its 范围 cell (「七宝镇、新虹街道
（原航华地区）、莘庄镇」); 「第三区域…」 by its key. The cell answers with the caption's unit, citing the cell, the row's
name and the table's title. What the table does not give is said so, never borrowed from a neighbour:

* a column the table lacks (施工单位 where it lists 建设单位 and 设计单位; a 完成时限 where no column dates anything);
* a year the table does not name (「2027年要投资多少」 of an undated 预估投资);
* a unit the cell is not in (「建筑面积是多少平方米」 of a row printing its length, 210.804m);
* a figure asked of a cell holding none (X, explained by the table's 注).

「X指的是什么」 of a symbol the table's 注 defines answers with the note.

Counts, sums and rows picked by a value are :mod:`qa.values.annexrows`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.flattable import FlatRow, FlatTable, read_flat_tables, row_cells, split_caption_unit

from ..answer import Answer
from ..index.kb import KB, normalise_text, plan_of
from ..index.perkb import per_kb

__all__ = ["AnnexTable", "annex_tables", "answer_annex_cell", "row_named", "column_named", "key_asked",
           "cell_text", "row_label", "numeric", "table_name"]

_CN = "一二三四五六七八九十"
#: Words a caption shares with every other (建设单位, 设计单位): never what tells one column from another.
_GENERIC = ("单位", "名称", "项目", "情况", "数量")
#: Everyday words for a caption's own: 「有多长」 asks 长度, 「属于哪类」 类型, 「谁设计」 设计单位.
_SYNONYMS = ((re.compile(r"多长|全长|长度|多少米|多少公里"), "长度"), (re.compile(r"哪类|哪一类|什么类|类别|类型"), "类型"),
             (re.compile(r"投资|多少钱|资金"), "投资"), (re.compile(r"报送|报上来"), "报送"),
             (re.compile(r"哪些镇|哪些街|镇街|镇、街|街镇|包括哪些|涉及哪些"), "范围"),
             (re.compile(r"占地|多大面积|面积"), "面积"))
#: A row's name words no row is told apart by.
_GENERIC_NAME = re.compile(r"^(?:工程|项目|改造|新建|扩建|建设|道路|改扩建)+$")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
#: Units a question asks in, canonical (NFKC turns ㎡ into m2).
_UNITS = ((re.compile(r"平方米|m2"), "m2"), (re.compile(r"平方公里|km2"), "km2"), (re.compile(r"公里|km(?!2)"), "km"),
          (re.compile(r"(?<!平方)米(?!2)|(?<![kc])m(?!2)"), "m"), (re.compile(r"亿元"), "亿元"), (re.compile(r"万元"), "万元"))
_FIGURE_ASKED = re.compile(r"多少|几|多大|多长|多高")
#: A role asked by its word before 单位 (施工单位, 监理单位): compared with the table's own 单位 columns.
_ROLE_ASKED = re.compile(r"([\u4e00-\u9fff]{2})(?:单位|方)(?:是|为|有|叫)")
#: A time asked of a row; a table dating nothing has no column for it.
_TIME_ASKED = re.compile(r"完成时限|完成时间|时限|什么时候|何时|哪一年|哪年|几月|完工|竣工|建成时间|开工")
#: A column of the units a row is given to, by role: read with the row's other roles by qa.passages.responsible.
_ROLE_COLUMN = re.compile(r"(?:牵头|配合|责任|推进|实施|主办|协办|支撑|参与)(?:单位|部门|主体)")
_TIME_COLUMN = re.compile(r"时间|时限|年限|期限|年份|年度|进度|节点|日期")
_NUMBER = re.compile(r"^[<>≤≥约]?\d+(?:\.\d+)?")


@dataclass(frozen=True)
class AnnexTable:
    """A flattened table of one plan: the table read over the plan's paragraphs, those paragraphs (node ids) and
    their printed texts, index for index."""

    table: FlatTable
    paras: tuple[str, ...]
    texts: tuple[str, ...]
    plan: str | None

    @property
    def name_column(self) -> int:
        """Index into a row's cells of the column naming the rows (项目名称, 范围 …; else the first)."""
        captions = self.table.header[1:]
        return next((k for k, c in enumerate(captions) if re.search(r"名称|项目|范围|任务|内容|事项|地区|区域", c)), 0)


@per_kb
def _tables(kb: KB) -> dict[str | None, list[AnnexTable]]:
    by_plan: dict[str | None, list[AnnexTable]] = {}
    ordered = sorted(kb.paragraph_nodes, key=kb._reading_order)
    for plan in dict.fromkeys(plan_of(p) for p in ordered):
        # a row printed in one paragraph (Markdown, tabs) is read as its cells, each citing the row's paragraph
        paras, texts, raw = [], [], []
        for p in ordered:
            printed = str(kb.attrs(p).get("text") or kb.norm_text.get(p, "")).strip()
            if plan_of(p) != plan or not printed:
                continue
            cells = row_cells(printed)
            paras += [p] * len(cells)
            raw += cells
            texts += [normalise_text(c) for c in cells]
        by_plan[plan] = [AnnexTable(t, tuple(paras), tuple(raw), plan) for t in read_flat_tables(texts)]
    return by_plan


def annex_tables(kb: KB, plan: str | None) -> list[AnnexTable]:
    """The flattened annex tables of ``plan`` (of every plan when None), in reading order."""
    return [t for p, ts in _tables(kb).items() if not plan or p == plan for t in ts]


def cell_text(at: AnnexTable, row: FlatRow, col: int) -> str:
    """A cell as printed (its pieces joined), not normalised."""
    return "".join(at.texts[a] for a in row.cell_at[col])


def table_name(at: AnnexTable) -> str:
    """The table's title as printed (「松江区2026年建筑师负责制试点项目清单」), else 「附件表」."""
    return re.sub(r"^附[件表]\s*\d*\s*[:：]\s*", "", at.texts[at.table.title]) if at.table.title is not None else "附件表"


def row_label(at: AnnexTable, row: FlatRow) -> str:
    """How an answer names a row: its name cell, after its key when the key is a word of the table (区域一)."""
    name = cell_text(at, row, at.name_column) if row.cells else ""
    if row.key.isdigit():
        return name or f"第{row.key}项"
    key_caption = at.table.header[0]
    return f"{key_caption}{row.key}（{name}）" if name else f"{key_caption}{row.key}"


def numeric(cell: str) -> float | None:
    """The figure a cell opens with (1.7117, 210.804m → 210.804), ``None`` for a word or a formula."""
    m = _NUMBER.match(cell.lstrip("约"))
    if not m or re.search(r"[+×*/]", cell) or re.match(r"\s*[年月日号]", cell.lstrip("约")[m.end():]):
        return None  # a formula, or a date (2027年12月) — no figure of the column
    return float(re.sub(r"^[<>≤≥约]", "", m.group(0)))


def _lcs(a: str, b: str) -> str:
    """The longest common substring of ``a`` and ``b``."""
    best, prev = "", [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > len(best):
                    best = a[i - cur[j]:i]
        prev = cur
    return best


def _unbracketed(text: str) -> str:
    return re.sub(r"[（(）)]", "", text)


def _name_score(name: str, q: str) -> int:
    """How much of a row's name cell ``q`` says: a member said whole (七宝镇; 梅陇镇（春申塘以南） as 梅陇镇春申塘以南)
    scores its length; a long name the longest stretch ``q`` shares with it, when that is no generic word."""
    best = 0
    for member in [m for m in re.split(r"[、，,；;]", name) if m] if "、" in name or len(name) <= 8 else [name]:
        plain = _unbracketed(normalise_text(member))
        core = re.sub(r"[（(][^（）()]*[）)]", "", normalise_text(member))
        if core and core in q:
            best = max(best, len(core) + len(_lcs(plain, q)) - len(core) // 2)
    whole = _unbracketed(normalise_text(name))
    common = _lcs(whole, q)
    if len(common) >= 4 and not _GENERIC_NAME.match(common):
        best = max(best, len(common))
    return best


def key_asked(at: AnnexTable, q: str) -> list[FlatRow]:
    """The rows ``q`` names by their key: 「第4个项目」「第三区域」「区域二」, in the order asked."""
    rows = {r.key: r for r in at.table.rows}
    found = []
    for m in re.finditer(rf"第([0-9]+|[{_CN}]+)(?:个|项|行|条|区域|类|片区)|{re.escape(at.table.header[0])}([0-9]+|[{_CN}]+)", q):
        key = m.group(1) or m.group(2)
        if key.isdigit() and not at.table.rows[0].key.isdigit():
            key = _CN[int(key) - 1] if 0 < int(key) <= 10 else key
        elif not key.isdigit() and at.table.rows[0].key.isdigit():
            key = str(_CN.index(key) + 1) if len(key) == 1 and key in _CN else key
        found.append(rows.get(key))
    return found


def row_named(at: AnnexTable, q: str) -> FlatRow | None:
    """The one row ``q`` names by its key or its name cell, or ``None`` (none, or two equally)."""
    keyed = key_asked(at, q) if re.search(r"清单|附件|附表|表", q) or _key_noun_fits(at, q) else []
    if len(keyed) == 1:
        return keyed[0]
    if keyed:
        return None
    scored = sorted(((_name_score(cell_text(at, r, at.name_column), q), r) for r in at.table.rows if r.cells),
                    key=lambda s: -s[0])
    if not scored or scored[0][0] < 3 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def _key_noun_fits(at: AnnexTable, q: str) -> bool:
    """Whether the noun after a key 「第N…」 is the table's row noun (its title's, key's or name column's word)."""
    own = normalise_text(table_name(at) + at.table.header[0] + at.table.header[at.name_column + 1])
    return any(m.group(1) in own for m in re.finditer(
        rf"第(?:[0-9]+|[{_CN}]+)(?:个|项|行|条|类)?(?:补偿|试点|重点)?([\u4e00-\u9fff]{{2}})", q)) \
        or any(normalise_text(at.table.header[0]) + k in q for k in (r.key for r in at.table.rows))


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _asked_words(q: str) -> str:
    return q + "".join(word for pattern, word in _SYNONYMS if pattern.search(q))


def column_named(at: AnnexTable, q: str, *, skip: tuple[int, ...] = ()) -> int | None:
    """The one column (index into a row's cells) whose caption ``q`` says a word of, or ``None``."""
    # the key column's caption (区域 of 「第三区域」) says which row, never which column (同区域新建…基价)
    asked = _asked_words(q.replace(normalise_text(at.table.header[0]), "|"))
    scores = []
    for k, caption in enumerate(at.table.header[1:]):
        if k in skip:
            continue
        words, _ = split_caption_unit(normalise_text(caption))
        alternatives = [a for a in re.split(r"[/（）()]|或", words) if len(a) >= 2]
        grams = {g for a in alternatives for g in _bigrams(a) if not any(g in w for w in _GENERIC)}
        scores.append((sum(g in asked for g in grams), k))
    scores.sort(key=lambda s: -s[0])
    if not scores or scores[0][0] == 0 or len(scores) > 1 and scores[1][0] == scores[0][0]:
        return None
    return scores[0][1]


def _unit_of(at: AnnexTable, row: FlatRow, col: int) -> str:
    """The cell's unit, canonical: the one printed after its figure (767m), else its caption's (亿元, 元/m2)."""
    cell = normalise_text(row.cells[col])
    tail = re.sub(r"^[<>≤≥约]?\d+(?:\.\d+)?", "", cell)
    return tail or (split_caption_unit(normalise_text(at.table.header[col + 1]))[1] or "")


def _units_asked(q: str) -> set[str]:
    return {unit for pattern, unit in _UNITS if pattern.search(q)}


def _unit_fits(unit: str, asked: set[str]) -> bool:
    tokens = {u for pattern, u in _UNITS if pattern.search(unit)}
    return not asked or bool(tokens) and asked <= tokens or not tokens and not asked & {"m2", "km2", "km", "m"}


def _cites(kb: KB, at: AnnexTable, row: FlatRow, col: int | None) -> list:
    paras = [at.paras[a] for a in (row.cell_at[col] if col is not None else ())]
    if row.cells and col != at.name_column:
        paras += [at.paras[a] for a in row.cell_at[at.name_column]]
    paras += [at.paras[row.at]]
    if at.table.title is not None:
        paras.append(at.paras[at.table.title])
    return [kb.citation(p) for p in dict.fromkeys(paras)]


def _refusal(kb: KB, q: str, at: AnnexTable, row: FlatRow, col: int | None, why: str) -> Answer:
    return Answer(q, why, False, [], _cites(kb, at, row, col), kind="fact")


def _what_row_gives(at: AnnexTable, row: FlatRow) -> str:
    captions = at.table.header[1:]
    parts = [f"{split_caption_unit(c)[0]}{cell_text(at, row, k)}" for k, c in enumerate(captions) if k != at.name_column]
    return "；".join(parts)


def _missing_column(kb: KB, q: str, at: AnnexTable, row: FlatRow) -> Answer | None:
    """A refusal when ``q`` asks of a named row a unit's role or a time the table has no column for."""
    captions = [normalise_text(c) for c in at.table.header[1:]]
    role = _ROLE_ASKED.search(q)
    unit_columns = [c for c in captions if c.endswith("单位") or "单位" in c]
    lacks = None
    if role and unit_columns and not any(role.group(1) in c for c in captions):
        lacks = f"{role.group(1)}单位"
    elif _TIME_ASKED.search(q) and not any(_TIME_COLUMN.search(c) for c in captions):
        lacks = "完成时间（时限）"
    if lacks is None:
        return None
    return _refusal(kb, q, at, row, None, f"{table_name(at)}没有{lacks}一栏（所列各栏：{'、'.join(at.table.header[1:])}）。"
                    f"表中{row_label(at, row)}：{_what_row_gives(at, row)}。")


#: 「X指的是什么」「X代表什么」: a symbol a table's note defines (注：X为房屋建安重置结合成新单价，…).
_MEANS = re.compile(r"(?:指的?是|是指|代表|表示|指)(?:什么|啥|哪)|什么意思|是什么$|是什么[？?]?$")
_NOTE_DEFINES = re.compile(r"^(?:注|备注|说明)\s*[:：]\s*([A-Za-z][A-Za-z0-9]{0,3}|[\u4e00-\u9fff]{1,6})\s*(?:为|指|是|表示)")


def _note_answer(kb: KB, question: str, q: str, at: AnnexTable) -> Answer | None:
    """The table's note, when ``q`` asks what the symbol it defines means."""
    if at.table.note is None or not _MEANS.search(q):
        return None
    m = _NOTE_DEFINES.match(normalise_text(at.texts[at.table.note]))
    if m is None or not re.search(rf"(?<![A-Za-z]){re.escape(m.group(1))}(?![A-Za-z])", q):
        return None
    cites = [kb.citation(at.paras[at.table.note])] + ([kb.citation(at.paras[at.table.title])] if at.table.title is not None else [])
    return Answer(question, f"{table_name(at)}的注：{at.texts[at.table.note].split('：', 1)[-1]}", True, [], cites, kind="fact")


def answer_annex_cell(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """A cell of a flattened annex table named by its row and its column; a refusal when the table does not give
    what is asked of a row it names (a column it lacks, a year, a unit, a figure); ``None`` otherwise."""
    q = normalise_text(question)
    for at in annex_tables(kb, plan):
        if (noted := _note_answer(kb, question, q, at)) is not None:
            return noted
        row = row_named(at, q)
        if row is None or not row.cells:
            continue
        col = column_named(at, q, skip=(at.name_column,))
        if col is None:
            missing = _missing_column(kb, question, at, row)
            if missing is not None:
                return missing
            continue
        if _ROLE_COLUMN.search(normalise_text(at.table.header[col + 1])):
            return None  # 牵头/配合/责任单位: a row's units by role, lead and partners together (qa.passages.responsible)
        cell = cell_text(at, row, col)
        caption, unit = split_caption_unit(at.table.header[col + 1])
        label = row_label(at, row)
        years = set(_YEAR.findall(q)) - set(_YEAR.findall(normalise_text(table_name(at) + "".join(at.table.header))))
        if years:
            return _refusal(kb, question, at, row, col, f"{table_name(at)}未按年份列{caption}，没有{'、'.join(sorted(years))}年的数；"
                            f"表中{label}的{caption}为{cell}{unit if unit and numeric(cell) is not None else ''}。")
        asked = _units_asked(q)
        if not _unit_fits(_unit_of(at, row, col), asked):
            return _refusal(kb, question, at, row, col, f"{table_name(at)}中{label}的“{at.table.header[col + 1]}”一栏为{cell}，"
                            f"不是以所问单位计的数。")
        if _FIGURE_ASKED.search(q) and not re.search(r"\d", cell):
            note = at.texts[at.table.note] if at.table.note is not None else ""
            return _refusal(kb, question, at, row, col, f"{table_name(at)}中{label}的{caption}一栏写作“{cell}”，没有具体数值。{note}")
        shown = cell + (unit if unit and numeric(cell) is not None and cell == str(cell).strip() and not re.search(r"[^\d.]$", cell) else "")
        return Answer(question, f"{table_name(at)}中，{label}的{caption}为{shown}。", True, [], _cites(kb, at, row, col), kind="fact")
    return None
