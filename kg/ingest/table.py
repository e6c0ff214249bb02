"""The indicator table (主要指标): find it in the lines of a plan and read its rows.

The table is recognised by its header cells (类别 / 序号 / 指标名称 / 2020年 /
2025年 / 年均增速 / 属性), in any of the layouts plan text comes in. Older plans print
their tables of figures by year without the word 指标 (产品名称 / 1952年产量 /
1957年计划产量 / 1957年为1952年的百分比, each value with its unit: ``412万吨``): a
table with two year columns names its rows in its first other column, and a
column naming two years (X年为Y年的%) is a ratio of the two, no year's value.

* one cell per line (tab-indented; an empty cell is a line holding only
  whitespace), rows separated by a blank line;
* one row per line, cells separated by tabs;
* one row per line, columns aligned by full-width spaces or runs of spaces
  (plain text, PDF text); an empty cell there is lost, and the row is
  aligned by content;
* one row per line, cells set apart by single spaces (a PDF's text, :mod:`kg.ingest.spacedrows`);
* one cell per paragraph (a portal page's table flattened by its text extraction: every
  cell a line of its own between blank lines, rows not delimited at all): read when
  the header has a 序号 column, each row anchored on its running number; a category
  cell printed once for its group (merged) is left empty in the rows after it, a
  row with no number under a numbered one (``其中 公园绿地``) is its sub-row, its
  values right-aligned under the value columns.

Values keep their printed text next to the parsed number (``>5.6``, ``≥92``,
``[-30%]``, ``完成省定目标``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.document import HeadingPath, Indicator, IndicatorCell, IndicatorValue, Paragraph
from kg.ingest.attributerows import ATTRIBUTE_CELL as _ATTRIBUTE_CELL, retab as retab_attribute_closed
from kg.ingest.gappedrows import retab as retab_gapped
from kg.ingest.lines import display_width, is_note, split_cells
from kg.ingest.spacedrows import retab as retab_spaced, spaced_header
from kg.ingest.tabstops import retab

__all__ = ["TableBlock", "find_tables", "build_indicators", "column_spec", "parse_value", "split_unit", "row_sentence"]

_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*年")
# 1957年为1952年的百分比: a ratio of two year columns, not a value for either year
_TWO_YEARS = re.compile(r"(?:19|20)\d\d\s*年.*(?:19|20)\d\d\s*年")
# A cell printing its unit after the number (412万吨, 72.6亿度（千瓦小时）); a % stays the value's own.
_VALUE_UNIT = re.compile(r"^([<>＜＞≤≥]?=?\s*[+\-－−]?[\d,]*\d(?:\.\d+)?)\s*([^\d\s%％.,].*)$")
# Commas only as thousands separators; any other comma is a scan's defect (6,352,8), not a number.
_THOUSANDS = re.compile(r"[+\-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# a unit may hold a bracket of its own: 万套（间）
_UNIT = re.compile(r"^(.*?)\s*[（(]((?:[^（）()]|[（(][^（）()]{1,4}[）)]){1,12})[）)]\s*$")
_NUMBER = re.compile(r"^[+\-－−]?\d+(?:\.\d+)?$")
_QUALIFIERS = {">": ">", "＞": ">", "≥": "≥", ">=": "≥", "<": "<", "＜": "<", "≤": "≤", "<=": "≤"}
_CUMULATIVE = re.compile(r"^[\[［【〔](.*)[\]］】〕]$")
_EMPTY_MARKS = {"", "-", "—", "－", "--", "——", "/", "／"}
# A group's caption in a table's first columns (板块 / 类目 over the rows it spans).
_CATEGORY_CAPTIONS = ("领域", "分类", "板块", "类目")
_TITLE_BREAKERS = re.compile(r"[。；;！？]")
# A footnote's mark after a cell (预期性[1]): the note is a paragraph of its own, the 属性 is the word
_FOOTNOTE_MARK = re.compile(r"\[\d+\]|［\d+］")
_ANY_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
# A cell opening with its own year (2027年60%; 2027年底达到60%)
_DATED_CELL = re.compile(r"^((?:19|20)\d\d)\s*年(?:底|末)?(?:前)?(?:达到|达|为)?")
# A column reporting what was achieved (实现情况, 实际, 完成): kept apart from the targets beside it.
_OUTCOME = re.compile(r"实现|实际|完成(?!率)")
# A period's 指标 column (“十五五”指标, 松江区“十四五”指标) holds the figures set for that period: its targets.
_PERIOD_TARGET = re.compile(r"五[”\"]指标$")
_TARGET = re.compile(r"目标|规划值|规划数|计划|" + _PERIOD_TARGET.pattern)
_GROWTH = re.compile(r"增速|增长|累计|增幅")
# Words a header row's caption is made of (a row of them under the header is a header row).
_CAPTION = re.compile(r"目标|规划|计划|实现|实际|完成|情况|预计|增长|增速|增幅|累计|年|属性|单位|类别|序号|指标|基期|现状|值|数|率|[（(][^）)]*[）)]")
# A row name printed with its running number (1.信息化发展指数).
_NUMBERED_NAME = re.compile(r"^(\d{1,3})\s*[.．、]\s*(?=\D)")
#: Longest header cell of a table whose columns are aligned by spaces (longer reads as prose).
MAX_HEADER_CELL = 20
# Typeset tables pad Latin words inside Chinese names (占 GDP 比例); prose writes 占GDP比例.
_CJK_PADDING = re.compile(r"(?<=[\u4e00-\u9fff（）])\s+|\s+(?=[\u4e00-\u9fff（）])")


@dataclass
class TableBlock:
    """One indicator table located in a list of lines (0-based line indexes).

    ``columns`` maps a role (``category``, ``number``, ``name``, ``unit``,
    ``base``, ``target``, ``growth``, ``ratio``, ``attribute``; ``actual`` and
    ``actual_growth`` in a table of targets and outcomes) to its column; ``header``
    holds each column's caption composed from every header row; ``rows``
    holds each row's first line index and its cells; ``title`` and ``notes``
    are the table's prose lines; ``end`` is the index after the last line the
    table uses.
    """

    header: list[str]
    columns: dict[str, int]
    start: int
    end: int
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    title: int | None = None
    notes: list[int] = field(default_factory=list)
    base_year: int | None = None
    target_year: int | None = None
    actual_year: int | None = None
    warnings: list[str] = field(default_factory=list)
    #: The category of each row (by its line) that a group row above it names, in a table with no 类别 column.
    groups: dict[int, str] = field(default_factory=dict)

    def captions(self) -> tuple[str, ...]:
        """Each column's caption, its header rows' words joined by ``·`` (``规划目标·2015年``)."""
        return tuple(re.sub(r"\s+", "·", c.strip()) for c in self.header)

    def cell(self, cells: list[str], role: str) -> str:
        """The cell of ``role`` in a row, ``""`` when the table has no such column."""
        col = self.columns.get(role)
        return cells[col].strip() if col is not None and col < len(cells) else ""


def find_tables(lines: list[str]) -> list[TableBlock]:
    """Locate the indicator tables in a plan's lines.

    Parameters
    ----------
    lines : list of str
        The plan text split on LF.

    Returns
    -------
    list of TableBlock
        In reading order; rows carry their category carried over from the
        row above when the printed cell is empty.

    Examples
    --------
    >>> text = "类别\\t序号\\t指标名称\\t2020年\\t2025年\\t年均增速\\t属性\\n经济\\t1\\tGDP（亿元）\\t10\\t>12\\t5%\\t预期性"
    >>> [t] = find_tables(text.split("\\n"))
    >>> t.base_year, t.target_year, t.rows[0][1][4]
    (2020, 2025, '>12')
    """
    tables: list[TableBlock] = []
    i = 0
    while i < len(lines):
        block = _table_at(lines, i)
        if block is None:
            i += 1
            continue
        _carry_categories(block)
        if block.title is None:
            _caption_below(block, lines)
        tables.append(block)
        i = block.end
    return tables


def _table_at(lines: list[str], i: int) -> TableBlock | None:
    if "\t" in lines[i].strip() and (roles := _header_roles((rows := _header_rows(lines, i))[0])):
        block = _row_per_line(lines, i, header=rows[0], body=rows[1])
        _group_rows(block)
        if _checked(block) is not None:
            return block
    aligned = split_cells(lines[i]) if "\t" not in lines[i] else []
    if len(aligned) >= 3 and all(len(c) <= MAX_HEADER_CELL for c in aligned) and (roles := _header_roles(aligned)):
        if (tabbed := retab(lines, i, name=roles.get("name"))) is not None \
                and (block := _checked(_row_per_line(tabbed, i))) is not None:
            return block
        return _checked(_row_per_line(_tabbed(lines, i), i))
    if (header := spaced_header(lines[i])) is not None and (roles := _header_roles(header)) \
            and (spaced := retab_spaced(lines, i, header, roles)) is not None \
            and (checked := _retabbed(spaced, i)) is not None:
        return checked
    if lines[i].strip() and (i == 0 or not lines[i - 1].strip()
                             or _closes_prose(lines[i - 1]) and _FIRST_CAPTION.match(lines[i].strip())):
        j = i
        while j < len(lines) and lines[j].strip() and "\t" not in lines[j].strip():
            j += 1
        header = [lines[k].strip() for k in range(i, j)]
        # captions, never rows: a heading over a single-spaced table's lines is no header of one cell per line
        if 3 <= len(header) <= 12 and all(len(c) <= MAX_HEADER_CELL for c in header) and _header_roles(header):
            return _checked(_cell_per_line(lines, i, j, header))
        if j == i + 1 and (gapped := retab_gapped(lines, i)) is not None \
                and _header_roles(_cells(gapped[0][i])) is not None and (checked := _retabbed(gapped, i)) is not None:
            return checked
        if j == i + 1 and (block := _cell_per_paragraph(lines, i)) is not None:
            return _checked(block)
        if j == i + 1 and (closed := retab_attribute_closed(lines, i, _header_roles)) is not None \
                and (checked := _retabbed(closed, i)) is not None and checked.rows:
            return checked
    if (block := _cell_per_line_run(lines, i)) is not None:
        return _checked(block)
    return None


# A table's caption printed under its rows when none is over them (「“十五五”主要发展指标」, 「…指标表」, 「…一览表」);
# a numbered line there (二、主要指标) is the next part's heading, no caption.
_CAPTION_BELOW = re.compile(r"(?:指标|指标表|一览表)$")
_HEADING_MARK = re.compile(r"^(?:[（(][\d一二三四五六七八九十]{1,3}[)）]|[\d一二三四五六七八九十]{1,3}\s*[.．、])")


def _caption_below(block: TableBlock, lines: list[str]) -> None:
    """Take the caption printed right under a table with no title over it as its title; its period (“十五五”)
    dates a target column that names no year of its own. The caption stays a prose line of the text."""
    k = block.end
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines):
        return
    text = lines[k].strip()
    if len(text) <= 40 and not _TITLE_BREAKERS.search(text) and _CAPTION_BELOW.search(text) \
            and not _HEADING_MARK.match(text):
        block.title = k
        if block.target_year is None and "target" in block.columns:
            block.target_year = _title_year(text)


#: The first caption of a header printed right under a sentence (a title line there, 主要指标表, is the table's title:
#: the header starts under it).
_FIRST_CAPTION = re.compile(r"^(?:序号|编号|类别|分类|领域|板块|类目|指标名称|指标)$")


def _closes_prose(line: str) -> bool:
    """Whether ``line`` is a sentence no header caption can be (a portal page prints the first caption
    of a flattened table right under the sentence that introduces it, no blank line between)."""
    text = line.strip()
    return len(text) > MAX_HEADER_CELL and text[-1] in "。；：:"


def _tabbed(lines: list[str], i: int) -> list[str]:
    """``lines`` with the rows from ``i`` on, their columns aligned by spaces (plain text,
    PDF text), rewritten with tabs between cells, up to the first line of one cell.

    A row with fewer cells than the header (an empty cell leaves only spaces) has
    its cells placed under the header columns they start nearest to, when that keeps
    their order; otherwise it is left to :func:`_align`.
    """
    out = list(lines)
    header = _cell_starts(lines[i])
    for k in range(i, len(lines)):
        cells = _cell_starts(lines[k])
        if len(cells) < 2 and lines[k].strip():
            break
        row = [text for _, text in cells]
        if 2 <= len(cells) < len(header):
            cols = [min(range(len(header)), key=lambda c: abs(header[c][0] - start)) for start, _ in cells]
            if all(a < b for a, b in zip(cols, cols[1:])):
                row = [""] * len(header)
                for col, (_, text) in zip(cols, cells):
                    row[col] = text
        out[k] = "\t".join(row)
    return out


def _cell_starts(line: str) -> list[tuple[int, str]]:
    """A space-aligned line's cells with the display column each starts at (a CJK or
    full-width character is two columns wide)."""
    starts, col, pos = [], 0, 0
    for cell in split_cells(line):
        at = line.index(cell, pos)
        col += display_width(line[pos:at])
        starts.append((col, cell))
        col += display_width(cell)
        pos = at + len(cell)
    return starts


def _retabbed(retabbed: tuple[list[str], dict[int, str]], i: int) -> TableBlock | None:
    """The table a layout module rewrote with tabs (its lines, each row's group by line) read from line ``i``,
    unless :func:`_checked` finds its evidence weak."""
    block = _row_per_line(retabbed[0], i)
    block.groups.update(retabbed[1])
    return _checked(block)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip("\n").strip(" ").split("\t")]


def _header_roles(header: list[str]) -> dict[str, int] | None:
    """Map header cells to roles; ``None`` unless it reads like an indicator table."""
    roles = _caption_roles(header)
    if roles is not None and "name" in roles:
        _name_by_deepest_level(header, roles)
    return roles


# 一级指标 / 二级指标: indicators named at two levels, the first a group printed once for the rows under it
_NAME_LEVEL = re.compile(r"^([一二三四])级指标")


def _name_by_deepest_level(header: list[str], roles: dict[str, int]) -> None:
    """In a table naming its rows at two levels (一级指标 / 二级指标), the deepest level names each row: the
    first is a group (推进老旧小区整治改造) whose cell the rows after it leave empty."""
    levels = [(("一二三四".index(m.group(1))), col) for col, cell in enumerate(header)
              if (m := _NAME_LEVEL.match(re.sub(r"\s+", "", cell)))]
    if len(levels) >= 2:
        roles["name"] = max(levels)[1]


def _caption_roles(header: list[str]) -> dict[str, int] | None:
    if any(_OUTCOME.search(cell) for cell in header):
        # header cells are captions, never sentences (a glossary's 实际… is none)
        return _outcome_roles(header) if all(len(c.strip()) <= MAX_HEADER_CELL for c in header) else None
    roles: dict[str, int] = {}
    years = []
    # beside a 属性 column, a 类型 column is the rows' group (保护修缮 / 更新利用), not their 属性
    attributed = any(re.search(r"属性|性质", c) for c in header)
    for col, cell in enumerate(header):
        text = re.sub(r"\s+", "", cell)
        if text.endswith("单位") and len(text) <= 4:  # 单位 / 指标单位 / 计量单位
            roles.setdefault("unit", col)
        elif attributed and text == "类型":
            roles.setdefault("category", col)
        elif _TWO_YEARS.search(text):
            roles.setdefault("ratio", col)
        elif _YEAR.match(text):
            years.append(col)
        elif "类别" in text or text in _CATEGORY_CAPTIONS:
            roles.setdefault("category", col)
        elif "序号" in text or text == "编号":
            roles.setdefault("number", col)
        elif text.endswith(("属性", "性质")):
            roles.setdefault("attribute", col)  # 指标属性 (a caption broken over two lines, 指标 / 属性): no name column
        elif _PERIOD_TARGET.search(text):
            roles.setdefault("target", col)
        elif "指标" in text and not text.endswith("类型") or text.endswith("目标内容"):
            roles.setdefault("name", col)  # 具体目标内容: the row's target named, its value beside it
        elif text.startswith("单位"):
            roles.setdefault("unit", col)
        elif "增速" in text or "增长" in text or "累计" in text:
            roles.setdefault("growth", col)
        elif "属性" in text or "性质" in text or text.endswith("类型"):
            roles.setdefault("attribute", col)
        elif ("目标" in text or "规划值" in text) and "target" in roles and _ANY_YEAR.search(text):
            roles.setdefault("later", col)  # 目标值（2025年） / 目标值（2035年）: a further horizon's targets
        elif "目标" in text or "规划值" in text or ("规划" in text and _ANY_YEAR.search(text)):
            roles.setdefault("target", col)  # 近期规划（2030年）: the plan's own year
        elif "基期" in text or "现状" in text or "基数" in text or "基准" in text:
            roles.setdefault("base", col)
    if "name" not in roles and len(years) >= 2:
        # 产品名称 / 1952年产量 / 1957年计划产量: the rows are named in the first column holding no value
        free = [c for c in range(len(header)) if c not in years and c not in roles.values() and header[c].strip()]
        if free and free[0] < years[0]:
            roles["name"] = free[0]
    if "name" not in roles and len({"base", "target", "growth"} & roles.keys()) >= 2 \
            and header[0].strip() and 0 not in roles.values():
        roles["name"] = 0  # 内容 / 现状值 / 目标值: rows named in the first column (kept only if its rows are measures)
    if "name" not in roles:
        return None
    if len(years) >= 2:
        roles["base"], roles["target"] = years[0], years[1]
        return roles
    # A table without base-year values: 序号/指标名称/单位/属性/目标 (or 2025年).
    if years and "target" not in roles:
        roles["target"] = years[0]
    if "target" in roles and ({"number", "unit", "attribute"} & roles.keys() or not _names_rows(header, roles)):
        return roles
    return None


def _names_rows(header: list[str], roles: dict[str, int]) -> bool:
    """Whether the row-name column's caption says what the rows are (指标, 名称, 项目, 产品); a table whose
    rows are named in its first column by position only is kept when its rows are measures."""
    return bool(re.search(r"指标|名称|项目|产品", header[roles["name"]]))


def _checked(block: TableBlock) -> TableBlock | None:
    """``block``, unless the evidence of its header is weak (outcome columns, rows named by position)
    and its rows are not measures."""
    years = sum(1 for c in block.header if _YEAR.match(re.sub(r"\s+", "", c)))
    # (a table of figures by year, 作物 / 1980年产量 / 1985年计划产量, is one by its year columns)
    weak = "actual" in block.columns or (not _names_rows(block.header, block.columns) and years < 2)
    return block if not weak or _rows_are_measures(block) else None


def column_spec(caption: str) -> tuple[int | None, str | None, bool]:
    """What a value column's caption says: (year, status, growth).

    ``status`` is ``target`` (规划目标, 目标值, 计划) or ``actual`` (实现情况, 实际, 完成), ``None``
    when the caption says neither; ``growth`` whether it is a rate or change (年均增长, 增速, 累计).

    Examples
    --------
    >>> column_spec("2015年·规划目标"), column_spec("年均增长（%）·实现情况"), column_spec("2020年")
    ((2015, 'target', False), (None, 'actual', True), (2020, None, False))
    """
    text = re.sub(r"\s+", "", caption)
    year = _ANY_YEAR.search(text)
    status = "actual" if _OUTCOME.search(text) else "target" if _TARGET.search(text) else None
    return (int(year.group(1)) if year else None), status, bool(_GROWTH.search(text))


def _outcome_roles(header: list[str]) -> dict[str, int] | None:
    """Roles of a table that reports a period's outcome beside its targets (指标 / 规划目标 /
    实现情况, each a year's level and a 年均增长): the target and actual levels and rates kept apart;
    a year column that says neither (2010年) is the base. ``None`` without a name column and
    both a target and an actual column."""
    roles: dict[str, int] = {}
    for col, cell in enumerate(header):
        text = re.sub(r"\s+", "", cell)
        year, status, growth = column_spec(text)
        if _TWO_YEARS.search(text):
            roles.setdefault("ratio", col)
        elif year is None and status is None and not growth:
            if "类别" in text or text in _CATEGORY_CAPTIONS:
                roles.setdefault("category", col)
            elif "序号" in text or text == "编号":
                roles.setdefault("number", col)
            elif text.endswith("类型") or "属性" in text or "性质" in text:
                roles.setdefault("attribute", col)
            elif "指标" in text or "项目" in text or "名称" in text:
                roles.setdefault("name", col)
            elif text.startswith("单位"):
                roles.setdefault("unit", col)
        elif status == "actual":
            roles.setdefault("actual_growth" if growth else "actual", col)
        elif growth:
            roles.setdefault("growth", col)
        elif status == "target":
            roles.setdefault("target", col)
        elif year is not None and "target" in roles and "actual" not in roles:
            roles["actual"] = col  # 目标值 / 2025年 / 完成情况: the year after the target is what was reached
        else:
            roles.setdefault("base", col)
    if "name" not in roles and header and header[0].strip() and 0 not in roles.values():
        roles["name"] = 0  # the rows are named in the first column whatever its caption
    return roles if {"name", "target", "actual"} <= roles.keys() else None


def _value_columns(block: TableBlock) -> list[int]:
    """The columns holding values (levels, rates, ratios), in printed order."""
    keep = ("base", "target", "later", "actual", "growth", "actual_growth", "ratio")
    return sorted(col for role, col in block.columns.items() if role in keep)


def _header_rows(lines: list[str], i: int) -> tuple[list[str], int]:
    """The header of a table whose columns are grouped over two or more header rows (2015年 over
    规划目标 / 实现情况), each column's caption composed outer first (``2015年·规划目标``), and the
    index after the last header row.

    A row under the header is a header row when it holds no figure (years aside) and names
    at least two columns anew; a group caption printed once over the columns it spans (the
    cells after it left empty, as Markdown and trafilatura print a colspan) or repeated in
    each (as Word's merged cells read) is given to each.
    """
    header = _cells(lines[i])
    j = i + 1
    while True:
        k = j
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k >= len(lines) or "\t" not in lines[k]:
            return header, j
        row = _fit(_cells(lines[k]), len(header))
        if len(row) != len(header) or not _names_columns(header, row):
            return header, j
        groups = list(header)
        for c in range(1, len(groups)):
            if not groups[c] and row[c]:
                groups[c] = groups[c - 1]
        header = [g if not r or r == g else r if not g else f"{g}·{r}" for g, r in zip(groups, row)]
        j = k + 1


def _names_columns(header: list[str], row: list[str]) -> bool:
    """Whether ``row`` under ``header`` is a further header row (see :func:`_header_rows`)."""
    if any(re.search(r"\d", _ANY_YEAR.sub("", cell)) for cell in row):
        return False
    anew = [c for c, cell in enumerate(row) if cell and cell != header[c]]
    return len(anew) >= 2 and all(_CAPTION.search(row[c]) for c in anew)


def _rows_are_measures(block: TableBlock) -> bool:
    """Whether most named rows hold a figure in a value column: a table of measures, not of tasks."""
    cols = _value_columns(block)
    named = [cells for _, cells in block.rows if block.cell(cells, "name")]
    valued = [cells for cells in named if any(_value_and_unit(cells[c] if c < len(cells) else "")[0].value is not None
                                               for c in cols)]
    return bool(valued) and len(valued) * 2 >= len(named)


def _start(block: TableBlock, lines: list[str], first: int) -> TableBlock:
    """Attach the title line above the header and the years, then return the block."""
    k = first - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k >= 0 and len(lines[k].strip()) <= 40 and not _TITLE_BREAKERS.search(lines[k]):
        block.title = k
    block.base_year, block.target_year, block.actual_year = (
        _header_year(block, role) for role in ("base", "target", "actual"))
    if block.target_year is None and block.title is not None and "target" in block.columns:
        # 「长宁区“十五五”期间…主要指标」 over a bare 目标值 column: the title's period dates the targets
        block.target_year = _title_year(lines[block.title])
    return block


def _title_year(title: str) -> int | None:
    """The year a table's title dates its targets by: the last year printed (（2026—2030年） → 2030), else the
    end of the five-year plan it names (“十五五” → 2030)."""
    title = re.sub(r"\s+", "", title)
    years = _ANY_YEAR.findall(title)
    return int(years[-1]) if years else _period_end(title)


def _header_year(block: TableBlock, role: str) -> int | None:
    """The year a value column's header names (``2025年``, ``2025年目标``), if any."""
    if role not in block.columns:
        return None
    caption = re.sub(r"\s+", "", block.header[block.columns[role]])
    m = _ANY_YEAR.search(caption)
    return int(m.group(1)) if m else _period_end(caption)


# A five-year plan named by its number in a caption (“十四五”现状, “十五五”目标).
_PLAN_NUMBER = re.compile(r"[“\"]([一二三四五六七八九十]{1,3})五[”\"]")
_DIGITS = "一二三四五六七八九"


def _period_end(caption: str) -> int | None:
    """The last year of the five-year plan a caption names by number (“十四五” → 2025, “九五” → 2000):
    from the third plan (1966—1970) on the Nth ends in 1955 + 5N."""
    m = _PLAN_NUMBER.search(caption)
    if not m:
        return None
    tens, _, ones = m.group(1).rpartition("十")
    n = (_DIGITS.index(tens) + 1 if tens else 1) * 10 * ("十" in m.group(1)) + (_DIGITS.index(ones) + 1 if ones else 0)
    return 1955 + 5 * n if n >= 3 else None


def _row_per_line(lines: list[str], i: int, *, header: list[str] | None = None, body: int | None = None) -> TableBlock:
    """Rows one per line from the header at ``i`` (its rows composed into ``header``, the body
    from ``body``; by default the header is line ``i`` alone)."""
    header = _cells(lines[i]) if header is None else header
    j = i + 1 if body is None else body
    block = _start(TableBlock(header, _header_roles(header) or {}, i, j), lines, i)
    width = len(header)
    while j < len(lines):
        line = lines[j]
        if not line.strip():
            j += 1
            continue
        if "\t" not in line.strip() and line.count("\t") < 2:  # a row of empty cells but its name keeps its tabs
            if not _merged_group(block, lines, j):
                break
            line = line.strip() + "\t" * (width - 1)  # its one cell is the name column's (a group row)
        cells = _align(block, _fit(_cells(line), width))
        if cells is None:
            block.warnings.append(f"line {j + 1}: table row does not fit the header; skipped")
        elif block.rows and _continues_name(block, cells):
            previous = block.rows[-1][1]
            previous[block.columns["name"]] += block.cell(cells, "name")
        else:
            block.rows.append((j, cells))
        j += 1
    block.end = _notes(block, lines, j)
    return block


def _merged_group(block: TableBlock, lines: list[str], j: int) -> bool:
    """Whether line ``j``, one cell with no tab, is a group row merged across a table of targets and
    outcomes (Word prints such a row once, 信息基础设施): a short caption with a row of the table's
    width holding a figure right after it."""
    text = lines[j].strip()
    if "actual" not in block.columns or "category" in block.columns or not text \
            or len(text) > MAX_HEADER_CELL or _TITLE_BREAKERS.search(text) or is_note(text):
        return False
    k = j + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines) or "\t" not in lines[k].strip():
        return False
    cells = _fit(_cells(lines[k]), len(block.header))
    return len(cells) == len(block.header) and _header_roles(cells) is None \
        and any(parse_value(c).value is not None for c in cells)


def _continues_name(block: TableBlock, cells: list[str]) -> bool:
    """A row holding only a name, without 序号 or values: the name above wrapped into it."""
    name_col = block.columns["name"]
    others = [c for k, c in enumerate(cells) if k != name_col and k != block.columns.get("category")]
    return "number" in block.columns and bool(cells[name_col]) and not any(others)


def _fit(cells: list[str], width: int) -> list[str]:
    """Drop the indentation and trailing tabs that make a tab-split row wider than the header."""
    while len(cells) > width and cells[0] == "":
        cells = cells[1:]
    while len(cells) > width and cells[-1] == "":
        cells = cells[:-1]
    return cells


def _align(block: TableBlock, cells: list[str]) -> list[str] | None:
    """Place a row's cells under the header; ``None`` if they cannot be.

    A row one or two cells short (a merged cell printed once, or an empty
    cell lost) is aligned by content: the 序号 is the first all-digit cell,
    the name follows it, the attribute (…性) closes the row, and the values
    left between fill the value columns. When a value is missing it is taken
    to be the base-year one, unless the last value is a plain number (then
    the growth cell is the one missing).
    """
    width = len(block.header)
    if len(cells) == width:
        return cells
    if len(cells) > width or len(cells) < width - 3 or "number" not in block.columns:
        return None
    pos = next((k for k, c in enumerate(cells[:3]) if c.isdigit()), None)
    if pos is None or pos + 1 >= len(cells):
        return None
    row = [""] * width
    cols = block.columns
    if pos and "category" in cols:
        row[cols["category"]] = cells[pos - 1]
    row[cols["number"]], row[cols["name"]] = cells[pos], cells[pos + 1]
    rest = cells[pos + 2:]
    if "attribute" in cols and rest and rest[-1].endswith("性"):
        row[cols["attribute"]] = rest.pop()
    slots = [cols[r] for r in ("unit", "base", "target", "growth") if r in cols]
    if len(rest) > len(slots):
        return None
    missing = len(slots) - len(rest)
    if missing and rest and not _NUMBER.match(rest[-1]):
        slots = slots[:1] * ("unit" in cols) + slots[("unit" in cols) + missing:]
    for col, value in zip(slots, rest):
        row[col] = value
    block.warnings.append(
        f"table row {cells[pos]!r} has {len(cells)} cells for {width} columns; aligned by content"
    )
    return row


def _cell_per_line(lines: list[str], i: int, j: int, header: list[str]) -> TableBlock:
    block = _start(TableBlock(header, _header_roles(header) or {}, i, j), lines, i)
    if "number" in block.columns:
        block.end = _notes(block, lines, _rows_by_number(block, lines, j))
        return block
    while True:
        k = j
        while k < len(lines) and lines[k] == "":
            k += 1
        end = k
        while end < len(lines) and lines[end] != "":
            end += 1
        group = _align(block, [c.strip() for c in lines[k:end]]) if end > k else None
        if group is None or not _looks_like_row(block, group):
            break
        block.rows.append((k, group))
        j = end
    block.end = _notes(block, lines, j)
    return block


# A table's title printed right above its flattened cells: numbered (2.主要指标, （二）主要指标, 表1 主要指标), a
# box's (专栏1 …核心指标表), a caption naming a table (主要指标表, …一览表) or whose 主要指标 it holds
# (松江区“十四五”主要指标完成情况; a column's caption is 主要指标 alone).
_TITLE_CELL = re.compile(r"^(?:[\d一二三四五六七八九十]{1,3}\s*[.．、]|[（(][\d一二三四五六七八九十]{1,3}[)）]|表\s*[\d一二三四五六七八九十]+"
                         r"|专栏\s*[\d一二三四五六七八九十]+)\s*\S|^\S{2,}表$|^\S{2,}主要指标")
# A short cell, not a sentence: a flattened table's cells never hold a 。; a row name's bracketed remark
# (绿色建筑达标率（重点地区公共建筑按绿建二星…）) and a target stated in clauses (至2026年底，全面启动…；2027年…)
# run longer
_MAX_CELL = 40
_MAX_CLAUSES = 80
_REMARK = re.compile(r"[（(][^（）()]*[)）]")


def _short_cell(text: str) -> bool:
    """Whether a line can be a flattened table's cell: short, or clauses with no 。 (see ``_MAX_CELL``)."""
    bare = _REMARK.sub("", text)
    return "。" not in text and (len(bare) <= _MAX_CELL or len(text) <= _MAX_CLAUSES and bool(re.search(r"[，；]", bare)))
# 「附件2：」 after a table opens the next annex, no cell of the table's last row
_ANNEX = re.compile(r"^附件\s*[\d一二三四五六七八九十]+\s*[:：]?$")


def _paragraph_cells(lines: list[str], i: int) -> list[tuple[int, str]]:
    """The one-line paragraphs from line ``i`` on (each between blank lines), with their line
    indexes, up to the first paragraph that is no table cell (two lines, a sentence, a note)."""
    cells: list[tuple[int, str]] = []
    k = i
    while k < len(lines):
        text = lines[k].strip()
        if not text:
            k += 1
            continue
        # a cell the converter broke over two lines (与全市经济增速 / 保持同步) is one paragraph of two short lines
        end = k + 1
        while end < len(lines) and lines[end].strip() and (end - k < 2 or _open_bracket(lines[k:end])
                                                           or _item_lines(lines[k:end + 1])):
            end += 1  # three lines when a bracket is left open: 细颗粒物（PM / 2.5 / ）年均浓度
        if end < len(lines) and lines[end].strip():
            break
        # a value given per sub-item, one 「item：figure」 a line (新一代信息技术：1300亿元 / 现代物流：5500亿元)
        text = ("；" if _item_lines(lines[k:end]) else "").join(lines[x].strip() for x in range(k, end))
        if not _short_cell(text) or is_note(text) or _ANNEX.match(text):
            break
        cells.append((k, text))
        k = end
    return _rejoin_cells(cells)


# One sub-item's value on a line of its own inside a cell: its label, a colon, a figure (现代物流：5500亿元).
_ITEM_LINE = re.compile(r"^[^：:\d]{2,16}[：:]\s*[<>≤≥＜＞约]?\d")


def _item_lines(pieces: list[str]) -> bool:
    """Whether ``pieces`` are two or more lines of one cell each giving a sub-item's figure (see ``_ITEM_LINE``)."""
    return len(pieces) >= 2 and all(_ITEM_LINE.match(p.strip()) for p in pieces)


def _open_bracket(pieces: list[str]) -> bool:
    text = "".join(p.strip() for p in pieces)
    return text.count("（") > text.count("）") or text.count("(") > text.count(")")


# A cell a page's export broke at an inline element: a unit running on (万人次/ + 万吨), a bracket
# left open (细颗粒物（PM + 2.5 + ）年均浓度), a value's lead-in before its figure (“十五五”年均增长 + 6.0左右,
# “十四五” + 累计新增160).
# The lead-in opens with its period in quotes: a name cell ending in 增长 (地区生产总值年均增长) runs on to no figure.
_RUNS_ON = re.compile(r"[/／]$|^[“\"][^”\"]{1,6}[”\"](?:\S*(?:增长|降低|下降|提高|新增|累计))?$")
_FIGURE_OR_ON = re.compile(r"^[\d.]|^累计|^年均")


def _rejoin_cells(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """One-cell-per-paragraph ``cells`` with the pieces of a cell broken over paragraphs joined."""
    out: list[tuple[int, str]] = []
    for k, text in cells:
        if out:
            prev = out[-1][1]
            # a lone / is a blank cell's mark, no unit running on
            if _open_bracket([prev]) or (_RUNS_ON.search(prev) and not _RUNS_ON.search(text) and len(prev) > 1
                                         and (prev.endswith(("/", "／")) or _FIGURE_OR_ON.match(text))):
                out[-1] = (out[-1][0], prev + text)
                continue
        out.append((k, text))
    return out


def _cell_per_paragraph(lines: list[str], i: int) -> TableBlock | None:
    """A table flattened one cell per paragraph (see the module docstring), or ``None``."""
    cells = _paragraph_cells(lines, i)
    if any(text == "1" for _, text in cells):
        return _anchored_cells(lines, i, cells)
    # no 序号 column: the running number printed in the name cell (1. 地区生产总值年均增长) anchors the rows
    numbered = _split_numbered_names(cells)
    if numbered is None:
        return None
    first = next(d for d, (_, text) in enumerate(numbered) if text == "1")
    for before in range(0, 3):  # the 序号 caption the header lacks goes over the number: right before 指标
        header = [text for _, text in numbered[:first - before]]
        roles = _header_roles(_joined_captions(header)) if header else None
        if roles and "name" in roles and "number" not in roles:
            name = _joined_captions(header)[roles["name"]]
            at = header.index(name) if name in header else None
            if at is not None:
                return _anchored_cells(lines, i, [*numbered[:at], (numbered[at][0], "序号"), *numbered[at:]])
    return None


# A name cell opening with its row's running number: 1. 地区生产总值年均增长 (not a value such as 2.5).
# A name may open with a figure when set apart (26. 3岁以下婴幼儿入托率); 2.5万亿元 is a value.
_RUNNING_NAME = re.compile(r"^([1-9][0-9]?)[.．、](?:\s+|(?=[^\d\s]))(?=.*[\u4e00-\u9fff])(.+)$")


def _split_numbered_names(cells: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """``cells`` with each running-numbered name cell split into its number and its name, or ``None``
    when no cell opens with 1. and a name."""
    out: list[tuple[int, str]] = []
    due = 1
    for k, text in cells:
        m = _RUNNING_NAME.match(text)
        if m and int(m.group(1)) == due:
            out += [(k, m.group(1)), (k, m.group(2))]
            due += 1
        else:
            out.append((k, text))
    return out if due > 1 else None


def _anchored_cells(lines: list[str], i: int, cells: list[tuple[int, str]], *,
                    attribute_rows: bool = False) -> TableBlock | None:
    """A table flattened to ``cells`` (each with its line), its rows anchored on their 序号, or ``None``.

    The header is the run of cells before the first row's 序号 ``1`` (less the cells a row
    prints before its number), its captions broken over lines or header rows composed; each row
    is the cells from its number to the next one — placed around its attribute cell where the
    table prints one between its names and its values (:func:`_attribute_rows`; with ``attribute_rows``
    only such a table is read).
    """
    first = next((d for d, (_, text) in enumerate(cells) if text == "1"), None)
    if first is None or first < 3:
        return None
    for before in range(0, 3):
        printed = [text for _, text in cells[:first - before]]
        if not 3 <= len(printed) <= 12 or any(len(c) > MAX_HEADER_CELL for c in printed):
            continue
        if _TITLE_CELL.match(printed[0]):
            continue  # 「2.主要指标」 over the table: its title (the next line starts the header), no caption
        header = _joined_captions(printed)
        roles = _header_roles(header)
        # the captions a row prints before its number are columns of their own (类别), no title above the header
        if roles and roles.get("number") == before and all(c in roles.values() for c in range(before)):
            break
    else:
        return None
    block = _start(TableBlock(header, roles, i, cells[first][0]), lines, i)
    if _attribute_between(block):
        return _attribute_rows(block, lines, cells, first, before)
    if attribute_rows:
        return None
    width, after = len(header), len(header) - before - 1
    # a row holds all its cells after its number but a group caption merged from the row above (when that
    # column follows the number): a value equal to the next number, nearer than that, is no number
    col = roles.get("category")
    least = after + 1 - int(col is not None and col > before)
    anchors = [first]
    for d in range(first + 1, len(cells)):
        if cells[d][1] == str(len(anchors) + 1) and least <= d - anchors[-1] <= 2 * width:
            anchors.append(d)
    last = cells[anchors[-1]][0]
    pre: list[str] = []
    for n, a in enumerate(anchors):
        final = n + 1 == len(anchors)
        nxt = min(len(cells), a + 1 + after) if final else anchors[n + 1]
        lead = [text for _, text in cells[a - before:a]] if n == 0 else pre
        tail = [text for _, text in cells[a + 1:nxt]]
        own, rest, pre = tail[:after], tail[after:], []
        if before and rest and parse_value(rest[-1]).value is None \
                and (len(rest) == 1 or parse_value(rest[-2]).value is not None):
            pre = [rest.pop()]  # the next row's group caption, printed once before its number
        row = _paragraph_row(block, lead + [cells[a][1]] + own, before)
        if row is None and final and own:  # the last row one cell short: the cell after it is no cell of it
            own = own[:-1]
            nxt -= 1
            row = _paragraph_row(block, lead + [cells[a][1]] + own, before)
        if row is None:
            block.warnings.append(f"table row {cells[a][1]!r} does not fit the header; skipped")
            continue
        block.rows.append((cells[a - len(lead)][0], row))
        if rest and parse_value(rest[0]).value is None:
            block.rows.append((cells[a + 1 + after][0], _sub_row(block, row, rest)))
        last = cells[nxt - 1][0] if nxt > a + 1 else cells[a][0]
    if not block.rows:  # a title read as a caption shifts every row: the header starts further down
        return None
    block.end = _notes(block, lines, last + 1)
    return block


# A header caption the converter broke over two lines: 2025年 / 预计, “十四五” / 完成值, 年均/ / 累计.
_CAPTION_TAIL = re.compile(r"^(?:预计|目标|规划|预期|目标值|规划值|预计值|完成值|完成情况|实现值|现状|现状值|指标)$")
# The head of such a caption: a year or a five-year plan by its number (“十五五”)
_CAPTION_HEAD = re.compile(r"(?:19|20)\d\d年|[“\"][一二三四五六七八九十]{1,3}五[”\"]")
# Whose figures a column gives, printed over its period: 松江 / “十五五” / 指标 (a place or level, no caption word).
_CAPTION_OWNER = re.compile(r"[\u4e00-\u9fff]{2,4}")
# A header's last row printed as bracketed years under the captions of the row above: （2025年） / （2030年）
_BRACKET_YEAR = re.compile(r"^[（(]\s*(?:19|20)\d\d\s*年\s*[)）]$")
# A cell's own remark printed on the line under it: 经济发展 / （7项）, 21.5 / （2024年）.
_REMARK_ONLY = re.compile(r"^[（(][^（）()]{1,12}[)）]$")
# A value's qualifier printed on the line under it (1.58 / 左右).
_QUALIFIER_TAIL = re.compile(r"^(?:左右|以上|以下|以内|及以上)$")


def _run_cells(lines: list[str], i: int, limit: int | None = None) -> list[tuple[int, str]]:
    """The short non-blank lines from ``i`` on (blank lines skipped), up to the first sentence, note or long
    line; a remark line （7项） joined to the cell above it."""
    cells: list[tuple[int, str]] = []
    for k in range(i, len(lines)):
        text = lines[k].strip()
        if not text:
            continue
        if not _short_cell(text) or is_note(text) or (limit is not None and len(cells) >= limit):
            break
        if cells and _REMARK_ONLY.match(text):
            cells[-1] = (cells[-1][0], cells[-1][1] + text)
            continue
        cells.append((k, text))
    return cells


def _joined_captions(cells: list[str]) -> list[str]:
    """Header cells with the captions broken over two lines joined (2025年 + 预计, “十四五” + 完成值, 年均/ +
    累计, 指标 + 属性 after a 指标名称), and a last header row of bracketed years given to the captions above it
    (see :func:`_stacked`)."""
    out: list[str] = []
    for k, cell in enumerate(cells):
        if out and (out[-1].endswith(("/", "／")) or (_CAPTION_TAIL.match(cell) and _owned_head(out[-1]))
                    or _broken_attribute_caption(out, cell)):
            out[-1] += cell
        elif _CAPTION_HEAD.fullmatch(cell) and k + 1 < len(cells) and _CAPTION_TAIL.match(cells[k + 1]) \
                and out and _CAPTION_OWNER.fullmatch(out[-1]) and not _CAPTION.search(out[-1]):
            out[-1] += cell  # 松江 / “十四五” / 现状: the column's place printed over its period
        else:
            out.append(cell)
    return _spanning(_stacked(out))


# 指标 / 属性: an attribute caption (指标属性) broken over two lines
_ATTRIBUTE_CAPTION_TAIL = re.compile(r"^(?:属性|性质)$")


def _broken_attribute_caption(out: list[str], cell: str) -> bool:
    """Whether ``cell`` (属性) ends the caption ``out[-1]`` (指标) began: only under a header whose rows are
    already named (指标名称) — 序号 / 指标 / 属性 alone are two columns, the rows' names and their attribute."""
    return bool(_ATTRIBUTE_CAPTION_TAIL.match(cell)) and out[-1] == "指标" \
        and any("名称" in c or "指标" in c for c in out[:-1])


def _owned_head(cell: str) -> bool:
    """Whether ``cell`` is a caption's head (2025年, “十四五”), maybe after its owner (松江“十四五”)."""
    m = _CAPTION_HEAD.search(cell)
    return m is not None and m.end() == len(cell) and (m.start() == 0 or _CAPTION_OWNER.fullmatch(cell[:m.start()]) is not None)


def _stacked(header: list[str]) -> list[str]:
    """A header printed over three rows and flattened cell by cell (指标值 / 现状 / 近期规划 / （2025年） /
    （2030年））: the trailing bracketed years given in order to as many captions before them (现状（2025年）,
    近期规划（2030年）), and the caption spanning those (指标值), which says only that values follow, dropped."""
    k = 0
    while k < len(header) and _BRACKET_YEAR.match(header[len(header) - 1 - k].strip()):
        k += 1
    if k < 2 or len(header) < 2 * k + 1:
        return header
    years, above = header[-k:], header[-2 * k:-k]
    if any(_ANY_YEAR.search(c) or _BRACKET_YEAR.match(c.strip()) for c in above):
        return header
    head = header[:-2 * k]
    if head and re.fullmatch(r"\S{0,4}值", head[-1].strip()):
        head = head[:-1]
    return head + [a.strip() + y.strip() for a, y in zip(above, years)]


# A caption saying only that targets follow (“十五五”目标, 规划目标, 目标值), no year of its own.
_SPAN_CAPTION = re.compile(r"^\S{0,8}(?:目标|目标值|规划值)$")


def _spanning(header: list[str]) -> list[str]:
    """A header printed over two rows and flattened cell by cell (… / 属性 / “十五五”目标 / 2030年 / 年均【累计】):
    the bare target caption the last columns are grouped under spans them — each a year or a growth caption —
    so it is no column of its own: each caption under it is composed with it (“十五五”目标·2030年), and the
    rows, a cell narrower than the flattened captions, line up with the header."""
    for s in range(len(header) - 2):
        under = [re.sub(r"\s+", "", c) for c in header[s + 1:]]
        if _SPAN_CAPTION.match(re.sub(r"\s+", "", header[s])) and not _ANY_YEAR.search(header[s]) \
                and any(_YEAR.match(c) for c in under) and all(_YEAR.match(c) or _GROWTH.search(c) for c in under):
            return header[:s] + [f"{header[s].strip()}·{c.strip()}" for c in header[s + 1:]]
    return header


def _cell_per_line_run(lines: list[str], i: int) -> TableBlock | None:
    """A table flattened one cell per line with nothing between its rows (an HTML page's text): the header's
    captions (some broken over two lines), then each row from its 序号 to its 属性 cell (…性), a value's
    remark or qualifier on a line of its own, a numberless row under a numbered one its sub-row; ``None``
    unless the lines from ``i`` read so."""
    head = lines[i].strip()
    if not head or len(head) > 6 or head.isdigit():
        return None
    probe = _run_cells(lines, i, limit=30)
    first = next((d for d, (_, text) in enumerate(probe) if text == "1"), None)
    if first is None or first < 3:
        return None
    for before in range(0, 3):
        header = _joined_captions([text for _, text in probe[:first - before]])
        roles = _header_roles(header) if 3 <= len(header) <= 12 and all(len(c) <= MAX_HEADER_CELL for c in header) else None
        if roles and roles.get("number") == before and roles.get("attribute") == len(header) - 1:
            break
    else:
        # no row closes with its attribute: rows apart by blank lines, anchored on their numbers and placed
        # around the attribute printed between names and values (any other header reads as no table here)
        return _anchored_cells(lines, i, _run_cells(lines, i), attribute_rows=True)
    cells = _run_cells(lines, i)
    block = _start(TableBlock(header, roles, i, cells[first][0]), lines, i)
    width, k, expected, last = len(header), first - before, 1, None
    while k < len(cells):
        end = next((e for e in range(k, len(cells)) if _ATTRIBUTE_CELL.match(cells[e][1])), None)
        if end is None:
            break
        seg = [text for _, text in cells[k:end + 1]]
        pos = next((d for d, text in enumerate(seg) if text == str(expected)), None)
        if pos is None:
            if last is None or len(seg) < 3:
                break
            block.rows.append((cells[k][0], _sub_row(block, last, seg)))
        else:
            own = _fitted(seg[pos:], width - before)
            lead = seg[:pos][-before:] if before else []
            row = _align(block, ([""] * (before - len(lead)) + lead if before else []) + own) if own else None
            if row is None or not _looks_like_row(block, row):
                block.warnings.append(f"table row {seg[pos]!r} does not fit the header; skipped")
            else:
                block.rows.append((cells[k][0], row))
                last = row
            expected += 1
        k = end + 1
    if not block.rows:
        return None
    block.end = _notes(block, lines, cells[k - 1][0] + 1)
    return block


def _fitted(cells: list[str], width: int, start: int = 2, fixed_tail: int = 1) -> list[str]:
    """A row's cells (number to attribute) with the lines a cell was broken into joined, left to right, until
    they fit ``width``: a qualifier (左右) into the value above it, a wordy line into the wordy line above it
    (稳步 / 提高; a row name and its sub-item). Cells before ``start - 1`` (the row's number) are never joined
    into, the last ``fixed_tail`` (its attribute) never joined. ``[]`` when they cannot be made to fit."""
    cells = list(cells)
    k = start
    while len(cells) > width and k < len(cells) - fixed_tail:
        cell, above = cells[k], cells[k - 1]
        # a bracketed remark on a line of its own (完成市、区设定指标 / （其中2026年0.23万套）) is the cell above's
        if _QUALIFIER_TAIL.match(cell) or _REMARK.fullmatch(cell) or (not re.search(r"\d", cell) and not re.search(r"\d", above)
                                            and above not in _EMPTY_MARKS and cell not in _EMPTY_MARKS):
            cells[k - 1:k + 1] = [above + cell]
        else:
            k += 1
    return cells if len(cells) <= width else []


def _paragraph_row(block: TableBlock, cells: list[str], before: int) -> list[str] | None:
    """A flattened row's cells under the header: as printed when they fit, else with the
    group caption merged from a row above left empty (and a cell spilled past the row's end
    dropped)."""
    width = len(block.header)
    col = block.columns.get("category")
    tries = [cells]
    if col is not None and col != before - 1:  # a caption after the number, missing from the row
        tries.append(cells[:col] + [""] + cells[col:])
    elif col is not None and before and len(cells) < width:
        tries.append([""] + cells)
    for row in tries:
        if len(row) > width:
            block.warnings.append(f"table row {cells[before] if before < len(cells) else ''!r}: "
                                  f"{len(row) - width} cell(s) past its end dropped")
            row = row[:width]
        if len(row) == width and _row_fits(block, row):
            return row
    return None


def _attribute_between(block: TableBlock) -> bool:
    """Whether the table prints its attribute (…性) between its number and its values, only values after it
    (序号 / 指标 / 单位 / 属性 / 2025年 / 2030年): the cell :func:`_attribute_rows` places a row's cells around."""
    attribute, number, values = block.columns.get("attribute"), block.columns.get("number"), _value_columns(block)
    return attribute is not None and number is not None and number < attribute \
        and values == list(range(attribute + 1, len(block.header)))


def _attribute_rows(block: TableBlock, lines: list[str], cells: list[tuple[int, str]], first: int,
                    before: int) -> TableBlock | None:
    """The rows of a flattened table printing an attribute cell (…性) between names and values, ``None`` when
    none reads so.

    A row's number is the cell equal to the next 序号 after the row above's attribute cell with a name (no
    figure) right after it — a value equal to the next number is followed by a figure or a caption. Its cells
    before the attribute are right-aligned into the columns from the number to the attribute (a group's 一级指标
    printed once, in the first row, left empty after it) and the cells after it into the value columns (an
    empty value printed as nothing is the earlier column's); cells past the value columns, or a caption with
    no figure printed in the next number's own paragraph, are the next row's lead (its 类别).
    """
    texts = [text for _, text in cells]
    number, attribute = block.columns["number"], block.columns["attribute"]
    names, values = attribute - number - 1, len(block.header) - attribute - 1
    anchors, attributes = [first], []
    while True:
        a = anchors[-1]
        # a caption the page broke over paragraphs (主要经济 / 指标) puts the attribute a cell or two further on
        k = next((d for d in range(a + 1, min(len(texts), a + 2 + names + _BROKEN_CELLS))
                  if _ATTRIBUTE_CELL.match(texts[d])), None)
        if k is None:
            break
        attributes.append(k)
        following = next((d for d in range(k + 1, len(texts)) if _ATTRIBUTE_CELL.match(texts[d])), len(texts))
        want = str(len(anchors) + 1)
        nxt = next((d for d in range(k + 1, following - 1) if texts[d] == want
                    and parse_value(texts[d + 1]).value is None and not _ATTRIBUTE_CELL.match(texts[d + 1])), None)
        if nxt is None:
            break
        anchors.append(nxt)
    lead: list[str] = texts[first - before:first]
    last = None
    for n, k in enumerate(attributes):
        a = anchors[n]
        final = n + 1 == len(anchors)
        post = texts[k + 1:min(len(texts), k + 1 + values)] if final else texts[k + 1:anchors[n + 1]]
        if not before and len(post) > values:  # a value broken over paragraphs (达到全市 / 平均水平)
            post = _fitted(post, values, start=1, fixed_tail=0) or post
        spill = post[values:]
        post = post[:values]
        if not final and not spill and before and post and parse_value(post[-1]).value is None \
                and _same_paragraph(lines, cells[k + len(post)][0], cells[anchors[n + 1]][0]):
            spill = [post.pop()]  # the next row's 类别, printed in its paragraph: a value of this row is empty
        mid = texts[a + 1:k]
        if len(mid) > names:  # a 类别 or name broken over paragraphs: its wordy pieces joined
            mid = _fitted([texts[a], *mid], names + 1)[1:] or mid
        head = ([""] * (before - len(lead)) + lead[-before:] if before else []) + [texts[a]]
        tail = [texts[k]] + [""] * (values - len(post)) + post
        # a cell short: a group printed once left empty before the name, else the name's unit (an index has none)
        row = next((r for r in (head + [""] * (names - len(mid)) + mid + tail, head + mid + [""] * (names - len(mid)) + tail)
                    if len(mid) <= names and _row_fits(block, r)), None)
        if row is not None:
            block.rows.append((cells[a - len(lead[-before:] if before else [])][0], row))
        else:
            block.warnings.append(f"table row {texts[a]!r} does not fit the header; skipped")
        lead = spill[-before:] if before else []
        last = cells[k + len(post) + (len(spill) if final else 0)][0]
    if not block.rows:
        return None
    block.end = _notes(block, lines, last + 1)
    return block


#: Extra paragraphs a flattened row's captions may be broken into before its attribute cell.
_BROKEN_CELLS = 2


def _same_paragraph(lines: list[str], start: int, end: int) -> bool:
    """Whether lines ``start``…``end`` are one paragraph (no blank line between them)."""
    return all(lines[x].strip() for x in range(start, end + 1))


def _row_fits(block: TableBlock, row: list[str]) -> bool:
    """Whether a row's cells read as its columns: a name with no figure, a unit that is no
    number, an attribute that is …性."""
    name, unit, attribute = (block.cell(row, r) for r in ("name", "unit", "attribute"))
    return bool(name) and parse_value(name).value is None and parse_value(unit).value is None \
        and (not attribute or attribute.endswith("性"))


def _sub_row(block: TableBlock, parent: list[str], cells: list[str]) -> list[str]:
    """A numberless row under a numbered one (``其中 公园绿地`` / 58.46 / 17.5): its name, its
    values right-aligned under the last columns, its group and unit the parent's."""
    width = len(block.header)
    row = [""] * width
    values = cells[1:][-(width - 1):]
    for k, value in enumerate(values):
        row[width - len(values) + k] = value
    row[block.columns["name"]] = re.sub(r"^其中\s*[:：]?\s*", "", cells[0])
    for role in ("category", "unit", "attribute"):
        if role in block.columns and not block.cell(row, role):
            row[block.columns[role]] = block.cell(parent, role)
    return row


def _rows_by_number(block: TableBlock, lines: list[str], j: int) -> int:
    """Read one-cell-per-line rows anchored on their 序号 cells; return the end.

    Anchoring on the running number, not on blank lines, keeps the rows
    apart even where an editor has trimmed the whitespace that marks an
    empty cell (which then looks like the blank line between rows).
    """
    before = block.columns["number"]
    after = len(block.header) - before - 1
    closes_with_attribute = block.columns.get("attribute") == len(block.header) - 1
    expected: int | None = None
    while True:
        window = range(j, min(len(lines), j + before + 3))
        m = next((x for x in window if x - before >= j - 1 and lines[x].strip().isdigit()
                  and (expected is None or int(lines[x].strip()) == expected)), None)
        if m is None:
            return j
        start = m + 1
        if block.columns.get("name") == before + 1 and start + 1 < len(lines) and not lines[start] \
                and lines[start + 1].strip():
            start += 1  # the 序号 printed as a paragraph of its own: a name is never an empty cell
        tail: list[str] = []
        for x in range(start, min(len(lines), start + after)):
            tail.append(lines[x].strip())
            if closes_with_attribute and x > start and tail[-1].endswith("性"):
                break
        cells = _align(block, [lines[x].strip() for x in range(m - before, m + 1)] + tail)
        if cells is None or not _looks_like_row(block, cells):
            return j
        block.rows.append((m - before, cells))
        expected = int(lines[m].strip()) + 1
        j = start + len(tail)


def _looks_like_row(block: TableBlock, cells: list[str]) -> bool:
    number = block.cell(cells, "number")
    return bool(block.cell(cells, "name")) and (number == "" or number.isdigit())


def _notes(block: TableBlock, lines: list[str], j: int) -> int:
    """Take the 注：… lines right under the table; return the table's end."""
    k = j
    while k < len(lines) and not lines[k].strip():
        k += 1
    while k < len(lines) and is_note(lines[k]):
        block.notes.append(k)
        j = k + 1
        k += 1
    return j


def _group_rows(block: TableBlock) -> None:
    """In a table with no 类别 column, a row printing only a name (信息基础设施, 经济发展) among
    rows with figures heads the rows after it: their category, no indicator."""
    if "category" in block.columns:
        return
    name_col = block.columns["name"]
    kept, current = [], ""
    for line, cells in block.rows:
        if cells[name_col] and not any(c for k, c in enumerate(cells) if k != name_col) \
                and not _NUMBERED_NAME.match(cells[name_col]):
            current = cells[name_col]
            continue
        kept.append((line, cells))
        if current:
            block.groups[line] = current
    if block.groups:
        block.rows = kept


def _carry_categories(block: TableBlock) -> None:
    col = block.columns.get("category")
    if col is None:
        return
    current = ""
    for _, cells in block.rows:
        if cells[col]:
            current = cells[col]
        else:
            cells[col] = current


# A name opening with a number of a thing (3岁以下婴幼儿入托率), not a value cell read as the name (20000以上).
# Its figure may carry a unit symbol (3000㎡以上公园绿地…覆盖率).
_NAME_OPENING_WITH_A_NUMBER = re.compile(r"\d+[\u3371-\u33df]?[\u4e00-\u9fff]+.*[\u4e00-\u9fff]{2}")


def build_indicators(block: TableBlock, *, path: HeadingPath, first: int = 1,
                     title: str | None = None) -> list[Indicator]:
    """The table's rows as indicators, each with its ``ind-NN`` paragraph.

    Parameters
    ----------
    block : TableBlock
        A table from :func:`find_tables`.
    path : HeadingPath
        Where the table sits; every row paragraph gets it.
    first : int
        The running number of the first row (tables after the first continue
        the numbering, so ids stay unique).
    title : str, optional
        The table's title line, given to every row.

    Returns
    -------
    list of Indicator

    Examples
    --------
    >>> [t] = find_tables(["序号\\t指标名称\\t2020年\\t2025年", "1\\t森林覆盖率（%）\\t68.2\\t≥69"])
    >>> [ind] = build_indicators(t, path=HeadingPath())
    >>> ind.paragraph.id, ind.name, ind.unit, ind.target.qualifier
    ('ind-01', '森林覆盖率', '%', '≥')
    """
    indicators = []
    previous = ""
    for line, cells in block.rows:
        printed_name = block.cell(cells, "name") or previous  # a row going on with the row above in another unit
        printed = block.cell(cells, "number")
        if not printed and (numbered := _NUMBERED_NAME.match(printed_name)):
            printed, printed_name = numbered.group(1), printed_name[numbered.end():]
        if not printed_name or printed_name[0].isdigit() and not (printed and _NAME_OPENING_WITH_A_NUMBER.match(printed_name)):
            block.warnings.append(f"line {line + 1}: table row without a name; skipped")
            continue  # a broken row whose cells slid left: its first value is no name
        previous = printed_name
        number = first + len(indicators)
        values = {role: _value_and_unit(block.cell(cells, role)) for role in ("base", "target")}
        target_year, dated = _dated_target(block.cell(cells, "target"), block.target_year)
        if dated is not None:
            values["target"] = dated
        name, unit = split_unit(printed_name)
        unit = block.cell(cells, "unit") or unit or _header_unit(block)
        if unit is None and any(u for _, u in values.values()):
            name = _CJK_PADDING.sub("", printed_name.strip())  # 烧碱（折合百分之百）: the cells give the unit
            unit = next(u for _, u in values.values() if u)
            values = {role: (v, u) if u in (None, unit) else (IndicatorValue(raw=v.raw), u)
                      for role, (v, u) in values.items()}  # 5,792辆 / 3,500耕: a cell in another unit is no value
        paragraph = Paragraph(id=f"ind-{number:02d}", text=row_sentence(block, cells, name=name, unit=unit, number=printed,
                                                                  category=block.groups.get(line)),
                              path=path, kind="indicator", line=line + 1)
        indicators.append(Indicator(
            category=block.cell(cells, "category") or block.groups.get(line, ""),
            number=int(printed) if printed.isdigit() else number,
            name=name,
            unit=unit,
            base=values["base"][0],
            target=values["target"][0],
            growth=parse_value(block.cell(cells, "growth")),
            attribute=_FOOTNOTE_MARK.sub("", block.cell(cells, "attribute")) or None,
            paragraph=paragraph,
            base_year=block.base_year,
            target_year=target_year,
            actual=_value_and_unit(block.cell(cells, "actual"))[0],
            actual_growth=parse_value(block.cell(cells, "actual_growth")),
            actual_year=block.actual_year,
            cells=_row_cells(block, cells),
            table=title,
        ))
    return indicators


def _dated_target(raw: str, year: int | None) -> tuple[int | None, tuple[IndicatorValue, str | None] | None]:
    """A target cell that dates itself (``2027年60%，2028年进一步优化布局``) is that year's target, not the column's:
    the year it prints and its value read from its first clause, the rest kept as printed (``None`` when undated).

    >>> _dated_target("2027年60%，2028年进一步优化布局", 2030)
    (2027, (IndicatorValue(raw='60%，2028年进一步优化布局', value=60.0, qualifier=None, percent=True), None))
    >>> _dated_target("80", 2030)
    (2030, None)
    """
    m = _DATED_CELL.match(raw.strip())
    if not m:
        return year, None
    rest = raw.strip()[m.end():]
    value, unit = _value_and_unit(re.split(r"[，,；;]", rest, maxsplit=1)[0])
    return int(m.group(1)), (replace(value, raw=rest), unit)


def _row_cells(block: TableBlock, cells: list[str]) -> tuple[IndicatorCell, ...]:
    """A row's value cells, each under its column's caption with the year, status and kind it says.

    A column whose caption says no status takes its role's: the base year's values are
    actual, the target year's and the growth column's targets (as the genre prints them).
    """
    roles = {col: role for role, col in block.columns.items()}
    out = []
    for col in _value_columns(block):
        if roles[col] == "ratio":
            continue
        caption = block.header[col].strip()
        year, status, growth = column_spec(caption)
        if status is None:
            status = "actual" if roles[col] == "base" else "target"
        value = _value_and_unit(cells[col])[0] if col < len(cells) else IndicatorValue(raw="")
        out.append(IndicatorCell(column=block.captions()[col], value=value, year=year, status=status,
                                 growth=growth or roles[col] in ("growth", "actual_growth")))
    return tuple(out)


def _header_unit(block: TableBlock) -> str | None:
    """The unit the value columns' headers print for every row (1952年产量（万吨） / 1957年（万吨）), if they agree."""
    units = {split_unit(re.sub(r"\s+", "", block.header[block.columns[role]]))[1]
             for role in ("base", "target") if role in block.columns}
    return units.pop() if len(units) == 1 else None


def _value_and_unit(raw: str) -> tuple[IndicatorValue, str | None]:
    """A cell's value and the unit printed after its number (``412万吨`` → 412, ``万吨``).

    >>> _value_and_unit("412万吨"), _value_and_unit("6,352,8万吨")[0].value, _value_and_unit("8.0%")[1]
    ((IndicatorValue(raw='412万吨', value=412.0, qualifier=None, percent=False), '万吨'), None, None)
    """
    m = _VALUE_UNIT.match(raw.strip())
    if not m:
        return parse_value(raw), None
    value = parse_value(m.group(1))
    return IndicatorValue(raw=raw.strip(), value=value.value, qualifier=value.qualifier), m.group(2).strip()


def split_unit(name: str) -> tuple[str, str | None]:
    """Split an indicator name from the unit in its trailing parentheses.

    Spaces padding a Latin word inside the Chinese name are dropped, as the
    plan's prose writes it.

    Examples
    --------
    >>> split_unit("地区生产总值（亿元）")
    ('地区生产总值', '亿元')
    >>> split_unit("单位 GDP 能源消耗降幅（%）")
    ('单位GDP能源消耗降幅', '%')
    >>> split_unit("森林覆盖率")
    ('森林覆盖率', None)
    >>> split_unit("新增保障性租赁住房（万套（间））"), split_unit("旧住房改造（含小梁薄板房屋）（万平方米）")
    (('新增保障性租赁住房', '万套（间）'), ('旧住房改造（含小梁薄板房屋）', '万平方米'))
    """
    name = _CJK_PADDING.sub("", name.strip())
    m = _UNIT.match(name)
    if not m or not m.group(1):
        return name, None
    return m.group(1).strip(), m.group(2).strip()


def parse_value(raw: str) -> IndicatorValue:
    """Read a table cell: printed text, number, qualifier and percent sign.

    Examples
    --------
    >>> parse_value(">5.6")
    IndicatorValue(raw='>5.6', value=5.6, qualifier='>', percent=False)
    >>> parse_value("[-30%]")
    IndicatorValue(raw='[-30%]', value=-30.0, qualifier='cumulative', percent=True)
    >>> parse_value("〔>15〕").value, parse_value("〔>15〕").qualifier
    (15.0, 'cumulative')
    >>> parse_value("完成省定目标").value is None, parse_value("6,352,8").value, parse_value("1,270").value
    (True, None, 1270.0)
    """
    raw = raw.strip()
    if raw in _EMPTY_MARKS:
        return IndicatorValue(raw=raw)
    text, qualifier = raw.replace(" ", ""), None
    m = _CUMULATIVE.match(text)
    if m:
        text, qualifier = m.group(1), "cumulative"
    for mark in sorted(_QUALIFIERS, key=len, reverse=True):
        if text.startswith(mark):  # 〔>15〕: a bound inside a cumulative cell; the cell stays cumulative
            text, qualifier = text[len(mark):], qualifier or _QUALIFIERS[mark]
            break
    percent = text.endswith(("%", "％"))
    text = text.rstrip("%％").replace("－", "-").replace("−", "-")
    if _THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    if not _NUMBER.match(text):
        return IndicatorValue(raw=raw)
    return IndicatorValue(raw=raw, value=float(text), qualifier=qualifier, percent=percent)


def row_sentence(block: TableBlock, cells: list[str], *, name: str, unit: str | None,
                 number: str | None = None, category: str | None = None) -> str:
    """A readable sentence of one row, for citation and retrieval.

    Examples
    --------
    >>> [t] = find_tables(["类别\\t序号\\t指标名称\\t2020年\\t2025年\\t年均增速\\t属性",
    ...                    "经济\\t1\\t地区生产总值（亿元）\\t232\\t341\\t8.0%\\t预期性"])
    >>> row_sentence(t, t.rows[0][1], name="地区生产总值", unit="亿元")
    '经济类指标1 地区生产总值（亿元）：2020年为232，2025年为341，年均增速为8.0%，属性为预期性。'
    """
    head = block.cell(cells, "category") or category
    label = f"{head}类指标" if head else "指标"
    number = block.cell(cells, "number") if number is None else number
    subject = f"{label}{number} {name}" + (f"（{unit}）" if unit else "")
    parts = []
    by_column = {col: role for role, col in block.columns.items()}
    # A table of targets and outcomes is read in its printed column order; each value after its column's caption.
    order = ([by_column[c] for c in _value_columns(block)] + ["attribute"] if "actual" in block.columns
             else ["base", "target", "later", "growth", "ratio", "attribute"])
    for role in order:
        value = block.cell(cells, role)
        if value and value not in _EMPTY_MARKS:
            caption = "属性" if role == "attribute" else block.captions()[block.columns[role]] if "actual" in block.columns \
                else re.sub(r"\s+", "", block.header[block.columns[role]])
            parts.append(f"{caption}为{value}")
    return subject + "：" + "；".join(parts) + "。" if "actual" in block.columns and parts \
        else subject + "：" + "，".join(parts) + "。" if parts else subject + "。"
