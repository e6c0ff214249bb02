"""The comparison view: chosen plans side by side, one row per measure, each cell cited.

Gaps (a plan says nothing of a measure) and differences (plans print different
figures) are marked; a row matched by synonyms or scope words shows its method
and confidence, and a row whose figures are not comparable (different units or
kinds) says why. The same table exports as CSV, Excel (openpyxl: fills for gaps
and differences, the cited paragraph as a cell comment) and a Markdown briefing.
Handlers are plain functions of the engine; :func:`compare_tab` wires them into
the app.
"""
from __future__ import annotations

import csv
import html
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import gradio as gr

from kg.errors import KGQAError
from qa.answer import Citation
from qa.compare import cell_text, cite_record, match_caveat

from .plans import PlanLibrary, plan_infos, plan_menu
from .render import citation_html, note, source_path

if TYPE_CHECKING:
    from qa.engine import Engine

__all__ = [
    "EXPORT_KINDS",
    "CompareCell",
    "CompareTable",
    "plan_choices",
    "chosen_plans",
    "compare_table",
    "compare_html",
    "compare_view",
    "compare_export",
    "compare_tab",
]

#: Export formats of the view → file suffix.
EXPORT_KINDS = {"CSV": "csv", "Excel": "xlsx", "简报（Markdown）": "md"}
_FILLS = {"gap": "#ffe0b2", "diff": "#fff9c4", "same": "#e8f5e9", "single": "#ffffff"}


@dataclass(frozen=True)
class CompareCell:
    """One plan's figure of one measure: ``state`` is gap, diff, same or single."""

    text: str
    state: str
    printed: str = ""
    citation: Citation | None = None


@dataclass(frozen=True)
class CompareTable:
    """Headers (measure, one per plan, match) and rows of (measure, cells, match note)."""

    plans: list[str]
    headers: list[str]
    rows: list[tuple[str, list[CompareCell], str]]

    @property
    def gaps(self) -> int:
        return sum(c.state == "gap" for _, cells, _ in self.rows for c in cells)

    @property
    def differences(self) -> int:
        return sum(any(c.state == "diff" for c in cells) for _, cells, _ in self.rows)


def plan_choices(engine: Engine) -> list[tuple[str, str]]:
    """(display name, plan id) for each loaded plan: its title as printed, never its internal id."""
    return plan_menu(plan_infos(engine))


def compare_table(engine: Engine, plans: Sequence[str], *, gaps_only: bool = False) -> CompareTable:
    """The comparison of ``plans`` (ids, at least two) as a table.

    Raises
    ------
    KGQAError
        Fewer than two plans, an unknown plan, or no measures stated in any of them.
    """
    plans = list(dict.fromkeys(plans or []))
    unknown = [p for p in plans if p not in engine.plan_ids]
    if unknown:
        raise KGQAError(f"未载入的规划：{'、'.join(unknown)}")
    if len(plans) < 2:
        raise KGQAError("请至少选择两个规划进行对比。")
    engine = engine.over(plans)  # over many plans (a PlanSet), the chosen ones only are loaded
    known = engine.comparison.plans
    unknown = [p for p in plans if p not in known]
    if unknown:
        raise KGQAError(f"未载入的规划：{'、'.join(unknown)}")
    rows = engine.comparison.rows(plans)
    if not rows:
        raise KGQAError("所选规划均未读出指标或目标（指标表可能只是图片），无法对比。")
    out = []
    for row in rows:
        if gaps_only and not row.missing():
            continue
        cells = []
        for p in plans:
            rs = row.cells[p]
            if not rs:
                cells.append(CompareCell("未找到", "gap"))
                continue
            r = rs[0]
            state = "single" if len(row.present()) == 1 else ("diff" if row.differs else "same")
            cells.append(CompareCell(cell_text(r), state, r.measure.printed, cite_record(engine.kb, r)))
        out.append((row.label, cells, match_caveat(row).strip("〔〕")))
    headers = ["度量", *(known[p].short for p in plans), "匹配"]
    return CompareTable(plans, headers, out)


def _cell_html(cell: CompareCell, label: str) -> str:
    body = html.escape(cell.text)
    if cell.printed and cell.printed != label:
        body += f'<div class="pk-printed" style="font-size:0.85em;color:#555">原文：{html.escape(cell.printed)}</div>'
    if cell.citation:
        body += citation_html(cell.citation)  # the column names the plan (by title, never its internal id)
    return f'<td class="pk-cell pk-{cell.state}" style="background:{_FILLS[cell.state]};vertical-align:top">{body}</td>'


def compare_html(table: CompareTable) -> str:
    """The table as HTML: gaps orange, differences yellow, each figure with its collapsible citation."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in table.headers)
    body = []
    for label, cells, match in table.rows:
        warn = ' style="color:#b71c1c"' if "不宜直接比较" in match else ""
        body.append(
            f'<tr><th scope="row">{html.escape(label)}</th>'
            + "".join(_cell_html(c, label) for c in cells)
            + f'<td class="pk-match"{warn}>{html.escape(match)}</td></tr>'
        )
    legend = (
        '<div class="pk-legend"><span style="background:#ffe0b2">未找到</span> '
        '<span style="background:#fff9c4">数值不同</span> <span style="background:#e8f5e9">数值相同</span></div>'
    )
    return (
        f'<div class="pk-compare">{legend}<table style="border-collapse:collapse" border="1" cellpadding="4">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def compare_view(engine: Engine, plans: Sequence[str], gaps_only: bool = False) -> tuple[str, str]:
    """(table HTML, status) for the chosen plans."""
    table = compare_table(engine, plans, gaps_only=gaps_only)
    status = f"{len(table.rows)} 项度量；{table.differences} 项数值不同；{table.gaps} 处未找到。"
    return compare_html(table), note(status, "ok")


def _plain(cell: CompareCell) -> str:
    where = f"（{source_path(cell.citation)}）" if cell.citation else ""
    printed = f"（{cell.printed}）" if cell.printed else ""
    return f"{cell.text}{printed}{where}"


def _write_csv(table: CompareTable, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:  # BOM: Excel opens UTF-8 CSV correctly
        w = csv.writer(f)
        w.writerow(table.headers)
        for label, cells, match in table.rows:
            w.writerow([label, *(_plain(c) for c in cells), match])


def _write_xlsx(table: CompareTable, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "对比"
    ws.append(table.headers)
    for c in ws[1]:
        c.font = Font(bold=True)
    for label, cells, match in table.rows:
        ws.append([label, *(_plain(c) for c in cells), match])
        for col, cell in enumerate(cells, start=2):
            xl = ws.cell(row=ws.max_row, column=col)
            xl.fill = PatternFill("solid", fgColor=_FILLS[cell.state].lstrip("#"))
            if cell.citation:
                xl.comment = Comment(f"{source_path(cell.citation)}\n{cell.citation.text[:500]}", "plankg")
    ws.column_dimensions["A"].width = 28
    wb.save(path)


def _write_briefing(table: CompareTable, path: Path) -> None:
    lines = [f"# 规划对比简报：{' ↔ '.join(table.headers[1:-1])}", ""]
    lines.append(f"共{len(table.rows)}项度量，{table.differences}项数值不同，{table.gaps}处未找到。")
    lines += ["", "| " + " | ".join(table.headers) + " |", "|" + "---|" * len(table.headers)]
    notes: list[str] = []
    titles = dict(zip(table.plans, table.headers[1:-1]))  # a column's header is its plan's title
    for label, cells, match in table.rows:
        shown = []
        for c in cells:
            if c.citation:
                plan = titles.get(c.citation.plan, c.citation.plan)
                notes.append(f"[{len(notes) + 1}] 《{plan}》 {source_path(c.citation)}：{c.citation.text}")
                shown.append(f"{'**未找到**' if c.state == 'gap' else c.text}[{len(notes)}]")
            else:
                shown.append("**未找到**" if c.state == "gap" else c.text)
        lines.append("| " + " | ".join([label, *shown, match]).replace("\n", " ") + " |")
    lines += ["", "## 出处", ""] + [f"{n}  " for n in notes]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


_WRITERS = {"csv": _write_csv, "xlsx": _write_xlsx, "md": _write_briefing}


def compare_export(engine: Engine, plans: Sequence[str], fmt: str, gaps_only: bool = False, *, folder: Path) -> tuple[str, str]:
    """Write the comparison as ``fmt`` (a key of EXPORT_KINDS) into ``folder``: (path, status).

    Written to a temporary file and renamed, so a reader never sees half a file.
    """
    table = compare_table(engine, plans, gaps_only=gaps_only)
    suffix = EXPORT_KINDS.get(fmt, fmt)
    if suffix not in _WRITERS:
        raise KGQAError(f"不支持的导出格式：{fmt}")
    path = Path(folder) / f"compare-{'-'.join(table.plans)}.{suffix}"[:200]
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=f".{suffix}")
    os.close(fd)
    _WRITERS[suffix](table, Path(tmp))
    os.replace(tmp, path)
    return str(path), note(f"{path.name}: {len(table.rows)} 项度量。", "ok")


def chosen_plans(engine: Engine, chosen: Sequence[str] | None) -> dict:
    """The plan menu's update for the plans served now: the ``chosen`` ids still served, else the first two."""
    choices = plan_choices(engine)
    served = {p for _, p in choices}
    kept = [p for p in chosen or [] if p in served]
    return gr.update(choices=choices, value=kept or [p for _, p in choices[:2]])


def compare_tab(library: PlanLibrary, guard, tab: gr.Tab) -> None:
    """The 对比 tab's components inside ``tab``; ``guard(fn, library, n_out, **options)`` turns errors into a status message.

    Handlers read ``library``'s current engine, and the plan menu is refreshed each time ``tab`` is opened,
    so plans uploaded (or removed) since the page loaded can be compared.
    """
    folder = Path(tempfile.mkdtemp(prefix="plankg-compare-"))
    choices = plan_choices(library.engine)
    with gr.Row():
        plans = gr.CheckboxGroup(choices, value=[p for _, p in choices[:2]], label="选择规划", elem_id="pk-compare-plans", scale=4)
        gaps = gr.Checkbox(False, label="只看缺口", elem_id="pk-compare-gaps", scale=1)
        go = gr.Button("对比", variant="primary", elem_id="pk-compare-go", scale=1)
    status = gr.HTML(elem_id="pk-compare-status")
    table = gr.HTML(elem_id="pk-compare-table")
    with gr.Row():
        fmt = gr.Radio(list(EXPORT_KINDS), value="CSV", label="导出格式", elem_id="pk-compare-fmt")
        export = gr.Button("导出", elem_id="pk-compare-export")
        download = gr.File(label="下载", elem_id="pk-compare-file")
    go.click(guard(compare_view, library, 2), [plans, gaps], [table, status])
    export.click(guard(compare_export, library, 2, folder=folder), [plans, fmt, gaps], [download, status])
    tab.select(lambda chosen: chosen_plans(library.engine, chosen), plans, plans, queue=False, show_progress="hidden")
