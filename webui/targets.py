"""A plan's or a chapter's targets and indicators as a table, written as CSV (UTF-8 with BOM) or Excel.

Rows are the graph's indicator (指标) rows and its targets (pk:Target: a figure
the plan sets for a measure) with their printed base and target values, years,
unit, 约束性/预期性 attribute and source paragraphs; a plan whose table reports what a
period reached beside its targets (规划目标 / 实现情况) also gets 实现年份, 实现值 and
实际年均增长 (pk:actualYear, pk:actualValue, pk:actualGrowth), as printed.
A chapter's rows are those read from a paragraph inside that chapter. Excel is
written with openpyxl (the standard pure-Python .xlsx writer); CSV carries a BOM
so Excel opens the Chinese correctly.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import EntityNotFound

from .terms import zh_term

if TYPE_CHECKING:
    from qa.engine import Engine

__all__ = ["TARGET_TYPES", "COLUMNS", "ACTUAL_COLUMNS", "TargetTable", "chapters", "target_table", "write_table"]

#: Node types exported as targets.
TARGET_TYPES = ("Indicator", "Target")
# Target nodes (pk:Target) keep a figure as printed (``raw``), its year and the measure's name
# and where a change starts (由A提高到B: pk:startValue, pk:startYear) under their own keys; statements of
# what was achieved (figureStatus "actual") are not targets.
_KEYS = {"Target": {"label": "measureName", "targetValue": "raw", "targetYear": "year",
                    "baseValue": "startValue", "baseYear": "startYear"}}
_NOT_TARGET = {"actual"}
#: (column header, node attribute); ``None`` marks columns filled from elsewhere.
COLUMNS = (
    ("名称", "label"), ("类型", None), ("类别", "category"), ("指标属性", "attribute"),
    ("基期年份", "baseYear"), ("基期值", "baseValue"), ("目标年份", "targetYear"), ("目标值", "targetValue"),
    ("单位", "unit"), ("年均增长", "growth"), ("章", None), ("来源段落", None),
)
#: What a table of targets and outcomes (规划目标 / 实现情况) reports a row reached, kept apart from its
#: target; inserted after 年均增长 only when some row of the plan has them.
ACTUAL_COLUMNS = (("实现年份", "actualYear"), ("实现值", "actualValue"), ("实际年均增长", "actualGrowth"))


@dataclass(frozen=True)
class TargetTable:
    """What a download holds: its title, the header row and the data rows."""

    title: str
    headers: list[str]
    rows: list[list[str]]


def chapters(engine: Engine, plan: str) -> list[tuple[str, str]]:
    """(label, node IRI) of every chapter of ``plan`` in printed order."""
    engine = engine.over([plan])  # over many plans (a PlanSet), that plan's alone
    kb = engine.kb
    prefix = _plan_prefix(engine, plan)
    nodes = [n for n in kb.by_type.get("Chapter", []) if n.startswith(prefix)]
    return [(kb.label(n), n) for n in sorted(nodes, key=lambda n: int(kb.attrs(n).get("order") or 0))]


def _plan_prefix(engine: Engine, plan: str) -> str:
    plan_node = next(n for n in engine.kb.by_type.get("Plan", []) if n.rsplit("/", 1)[-1] == plan)
    return plan_node + "/"


def target_table(engine: Engine, plan: str, chapter: str | None = None, *, plan_title: str | None = None) -> TargetTable:
    """The targets of ``plan`` (or of its chapter node ``chapter``), in the order the plan prints them.

    Raises
    ------
    EntityNotFound
        When ``plan`` is not loaded or ``chapter`` is not one of its chapters.
    """
    if plan in engine.plan_ids:
        engine = engine.over([plan])  # over many plans (a PlanSet), that plan's alone
    kb = engine.kb
    if plan not in engine.plan_ids:
        raise EntityNotFound(f"No plan {plan!r} is loaded")
    prefix = _plan_prefix(engine, plan)
    inside: set[str] | None = None
    if chapter:
        if chapter not in engine.G or kb.type(chapter) != "Chapter" or not chapter.startswith(prefix):
            raise EntityNotFound(f"Node {chapter!r} is not in the graph")
        inside = {str(kb.attrs(p).get("pid")) for p in kb.descendants(chapter) if kb.type(p) == "Paragraph"}
    rows = []
    at = next(i for i, (h, _) in enumerate(COLUMNS) if h == "年均增长") + 1
    columns = [*COLUMNS[:at], *ACTUAL_COLUMNS, *COLUMNS[at:]]
    for t in TARGET_TYPES:
        for node in kb.by_type.get(t, []):
            if not node.startswith(prefix):
                continue
            a = kb.attrs(node)
            if a.get("figureStatus") in _NOT_TARGET:
                continue
            sources = [str(s) for s in a.get("sources") or []]
            if inside is not None and not inside.intersection(sources):
                continue
            paras = kb.source_paragraphs(node)
            chapter_name = next((str(kb.attrs(p).get("chapter")) for p in paras if kb.attrs(p).get("chapter")), "")
            order = min((int(kb.attrs(p).get("line") or 0) for p in paras), default=0)
            keys = _KEYS.get(t, {})
            values = {k: a.get(keys.get(k, k)) for _, k in columns if k}
            values["label"] = values.get("label") or kb.label(node)
            row = []
            for header, key in columns:
                if header == "类型":
                    row.append(zh_term(t))
                elif header == "章":
                    row.append(chapter_name)
                elif header == "来源段落":
                    row.append("、".join(sources))
                else:
                    row.append("" if values.get(key) is None else str(values[key]))
            rows.append((order, row))
    title = plan_title or plan
    if chapter:
        title += f" · {kb.label(chapter)}"
    ordered = [r for _, r in sorted(rows, key=lambda x: x[0])]
    # a plan reporting no outcomes gets no empty 实现 columns
    empty = {i for i, col in enumerate(columns) if col in ACTUAL_COLUMNS and not any(r[i] for r in ordered)}
    keep = [i for i in range(len(columns)) if i not in empty]
    return TargetTable(f"{title} · 目标与指标", [columns[i][0] for i in keep], [[r[i] for i in keep] for r in ordered])


def write_table(table: TargetTable, fmt: str, folder: Path, stem: str) -> Path:
    """Write ``table`` as ``fmt`` (``CSV`` or ``Excel``) into ``folder``; returns the path."""
    from kg.store.buildfolder import atomic_write_bytes

    if fmt == "CSV":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(table.headers)
        writer.writerows(table.rows)
        path, data = Path(folder) / f"{stem}.csv", buf.getvalue().encode("utf-8-sig")
    else:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        wb = Workbook()
        ws = wb.active
        ws.title = "目标与指标"
        ws.append([table.title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(table.headers)
        for cell in ws[2]:
            cell.font = Font(bold=True)
        for row in table.rows:
            ws.append(row)
        ws.freeze_panes = "A3"
        for col, header in zip(ws.columns, table.headers):
            width = max(len(str(c.value or "")) for c in list(col)[1:]) if table.rows else len(header)
            ws.column_dimensions[col[0].column_letter].width = min(40, 2 * max(width, len(header)) + 2)
        out = io.BytesIO()
        wb.save(out)
        path, data = Path(folder) / f"{stem}.xlsx", out.getvalue()
    atomic_write_bytes(path, data)
    return path
