"""A 专栏 printed as a table: a header row of column names, then one row per project.

Plans list a box's projects either as items (``某某水库工程。建设…``) or as a
table whose columns are the project's name, its content, its investment …
(``序号  项目名称  建设内容  总投资（亿元）``). In plain text, Markdown,
Word or PDF text the table arrives as lines whose cells are set apart by
tabs, full-width spaces or runs of spaces. Once a box's header row is
recognised, each row that fits it is one item, named by its name column and
written out as a sentence with the column names (``某某光源：建设内容为建设
第四代同步辐射光源，总投资为60亿元。``) so the figure keeps the unit its header
gives. The indicator table (主要指标) is read by :mod:`kg.ingest.table`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.lines import split_cells
from kg.ingest.table import split_unit

__all__ = ["BoxColumns", "match_box_header", "box_row", "box_group"]

# The column naming what each row is: 项目名称, 工程名称, 名称, 项目.
_NAME_COLUMN = re.compile(r"^(?:(?:重点|重大)?(?:项目|工程|园区|平台|企业)?名称|(?:重点|重大)?(?:工程)?项目|工程)$")
# Columns a project table has besides its name.
_OTHER_COLUMN = re.compile(r"序号|编号|内容|规模|投资|地点|年限|时间|期限|单位|主体|备注|性质|阶段|进度|类别|领域")
# What a task table (类别 / 细分 / 重点任务) says of each row: the column after the row's name.
_CONTENT_COLUMN = re.compile(r"任务|内容|举措|措施|目标|要求|说明|重点")
# A column grouping the rows (its cell repeated down a rowspan): 类别, 领域, 分类.
_GROUP_COLUMN = re.compile(r"^(?:类别|分类|类型|领域|方向|门类|板块)$")
_SENTENCE_MARKS = re.compile(r"[。，,；;！？：:]")
_NUMBER = re.compile(r"^约?[0-9０-９]+(?:[.．][0-9０-９]+)?$")
MAX_CELL = 16


@dataclass(frozen=True)
class BoxColumns:
    """A box table's header cells, which of them names the row and which groups the rows."""

    header: tuple[str, ...]
    name: int
    #: Cells set apart by single spaces (PDF text): the header holds column names only.
    spaced: bool = False
    #: The column grouping the rows (类别), or ``None``.
    group: int | None = None

    @property
    def numbered(self) -> bool:
        """Whether the first column is the row's running number (序号)."""
        return bool(re.match(r"^(?:序号|编号)$", self.header[0]))


def match_box_header(line: str) -> BoxColumns | None:
    """The header row of a box table, or ``None``.

    Every cell is a short column name; one names the rows (项目名称, 名称 …) and
    another is a column a project table has (序号, 建设内容, 总投资 …).

    Examples
    --------
    >>> match_box_header("序号\\t项目名称\\t建设内容\\t总投资（亿元）")
    BoxColumns(header=('序号', '项目名称', '建设内容', '总投资（亿元）'), name=1, spaced=False, group=None)
    >>> match_box_header("某某光源　　建设第四代同步辐射光源　　60") is None
    True

    With single spaces between them, every cell must be a column name:

    >>> match_box_header("序号 项目名称 建设内容").spaced, match_box_header("项目名称 加快 建设内容")
    (True, None)

    A task table set in cells (Markdown, HTML, Word) names its rows by the column before
    what it says of them; a 类别 column before that groups them:

    >>> match_box_header("类别\\t细分\\t重点任务")
    BoxColumns(header=('类别', '细分', '重点任务'), name=1, spaced=False, group=0)
    """
    if "\t" in line and (tasks := _task_header(line)) is not None:
        return tasks
    cells, spaced = split_cells(line), False
    if len(cells) == 1:
        cells, spaced = line.split(), True
    if len(cells) < 2 or any(len(c) > MAX_CELL or _SENTENCE_MARKS.search(c) for c in cells):
        return None
    names = [k for k, c in enumerate(cells) if _NAME_COLUMN.match(c)]
    others = [bool(_OTHER_COLUMN.search(c)) for k, c in enumerate(cells) if k not in names]
    if len(names) != 1 or not any(others) or (spaced and not all(others)):
        return None
    return BoxColumns(tuple(cells), names[0], spaced)


def _task_header(line: str) -> BoxColumns | None:
    """A tabbed header with no name column: the row's name is the column before the first that says
    what is done (重点任务, 建设内容); a 类别 column before the name groups the rows."""
    cells = [c.strip() for c in line.strip().split("\t")]
    if len(cells) < 2 or any(not c or len(c) > MAX_CELL or _SENTENCE_MARKS.search(c) for c in cells):
        return None
    if any(_NAME_COLUMN.match(c) for c in cells):
        return None  # a project table: the name column names the rows
    content = next((k for k, c in enumerate(cells) if _CONTENT_COLUMN.search(c)), None)
    if not content:
        return None
    name = content - 1
    group = 0 if name > 0 and _GROUP_COLUMN.match(cells[0]) else None
    return BoxColumns(tuple(cells), name, group=group)


def box_group(columns: BoxColumns, line: str) -> str | None:
    """The group a table row's 类别 cell puts it in, or ``None``.

    >>> box_group(match_box_header("类别\\t细分\\t重点任务"), "产品\\t工业炸药\\t安全环保型工业炸药研发。")
    '产品'
    """
    if columns.group is None:
        return None
    cells = line.strip(" \u3000").split("\t")
    return cells[columns.group].strip() or None if len(cells) == len(columns.header) else None


def box_row(columns: BoxColumns, line: str) -> tuple[str, str] | None:
    """A row of the table as ``(name, sentence)``, or ``None`` when the line does not fit it.

    A row may leave out its 序号. Values under a header with a unit in brackets
    (``总投资（亿元）``) are written with it.

    Examples
    --------
    >>> cols = match_box_header("序号　项目名称　建设内容　总投资（亿元）")
    >>> box_row(cols, "1　某某光源　建设第四代同步辐射光源　60")
    ('某某光源', '某某光源：建设内容为建设第四代同步辐射光源，总投资为60亿元。')
    >>> box_row(cols, "某某超算中心　建设E级超级计算机　30")[1]
    '某某超算中心：建设内容为建设E级超级计算机，总投资为30亿元。'
    >>> box_row(cols, "加快建设某某科学城。") is None
    True
    >>> box_row(cols, "3\\t某某大桥\\t\\t8")[1]
    '某某大桥：总投资为8亿元。'
    """
    cells = line.split() if columns.spaced else split_cells(line)
    tabbed = line.strip(" \u3000").split("\t")
    if len(tabbed) == len(columns.header):
        cells = tabbed  # tabs keep an empty cell in its column (Word, PDF tables)
    header = list(columns.header)
    if columns.numbered and len(cells) == len(header) - 1:
        header = header[1:]
    elif len(cells) != len(header):
        return None
    name_col = columns.name - (len(columns.header) - len(header))
    name = cells[name_col].strip()
    if not name or _SENTENCE_MARKS.search(name):
        return None
    parts = []
    for k, (caption, value) in enumerate(zip(header, cells)):
        if k == name_col or (k == 0 and columns.numbered and len(header) == len(columns.header)):
            continue
        caption, unit = split_unit(caption)
        value = value.strip()
        if not value:
            continue
        if unit and _NUMBER.match(value):
            value += unit
        parts.append(f"{caption}为{value}")
    sentence = name + ("：" + "，".join(parts).rstrip("。") if parts else "") + "。"
    return name, sentence
