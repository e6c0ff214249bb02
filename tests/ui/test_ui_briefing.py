"""Briefings (Word, PDF, HTML) and target tables (CSV, Excel) written by the app's handlers on the seed plan."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import zlib

import pytest

import ui
from webui.briefing import PICTURE_MIN_WIDTH, _PICTURE_NODES, briefing_dot, make_briefing
from webui.graphview import closest

PARK = "新材料百亿产业园"
TITLE = "零陵区国民经济和社会发展第十四个五年规划和二〇三五远景目标纲要"


def _pdf_streams(data: bytes) -> bytes:
    """The PDF's streams inflated, joined (fonts and text are compressed in WeasyPrint's output)."""
    out = [data]
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, flags=re.S):
        try:
            out.append(zlib.decompress(m.group(1)))
        except zlib.error:
            continue
    return b"".join(out)


def test_word_briefing_has_title_plan_date_summary_picture_table_and_sources(ui_engine, tmp_path):
    import docx

    path, _, status = ui.briefing_file(ui_engine, PARK, 1, "Word", folder=tmp_path)
    assert path.endswith(".docx") and "已生成" in status
    d = docx.Document(path)
    text = "\n".join(p.text for p in d.paragraphs)
    assert d.paragraphs[0].text == f"简报：{PARK}" and f"《{TITLE}》" in text and re.search(r"日期：\d{4}年\d{2}月\d{2}日", text)
    assert "摘要" in text and "100亿元" in text and re.search(r"。\[\d+\]", text)
    assert len(d.inline_shapes) == 1 and d.inline_shapes[0].width > 0
    rows = [[c.text for c in r.cells] for r in d.tables[0].rows]
    assert rows[0] == ["事项", "内容", "来源"] and any(r[0] == "产值" and r[2] for r in rows)
    assert re.search(r"\[1\] 第\d+篇 .* / 第\d+章 ", text)  # sources with their paths


def test_a_target_restating_a_stated_figure_is_said_once(ui_engine):
    """The park's 产值 100亿元以上 is a quantity and a target of the same paragraph: one cited sentence, one row."""
    b = make_briefing(ui_engine, PARK)
    said = [(text, nums) for text, nums in b.summary if "100亿元以上" in text]
    assert len(said) == 1 and said[0][1], b.summary
    assert sum("100亿元以上" in value for _, value, _ in b.facts) == 1, b.facts


def test_pdf_briefing_embeds_the_chinese_font(ui_engine, tmp_path):
    path, _, _ = ui.briefing_file(ui_engine, PARK, 1, "PDF", folder=tmp_path)
    data = open(path, "rb").read()
    assert data.startswith(b"%PDF") and b"WenQuanYi" in _pdf_streams(data)


def _curve(points: list[tuple[float, float]], steps: int = 12) -> list[tuple[float, float]]:
    """Points along a Graphviz spline (p0, then c1 c2 p3 per cubic Bézier piece)."""
    out = [points[0]]
    for i in range(1, len(points) - 2, 3):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[i - 1 : i + 3]
        for k in range(1, steps + 1):
            t = k / steps
            a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
            out.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return out


def _crossings(G, centre) -> list[tuple]:
    """(edge tail, edge head, node) for every drawn edge passing through a node it does not join."""
    dot = briefing_dot(G, centre)
    layout = json.loads(subprocess.run(["neato", "-Tjson"], input=dot.encode(), capture_output=True, check=True).stdout)
    boxes = {}
    for o in layout["objects"]:
        x, y = map(float, o["pos"].split(","))
        w, h = float(o["width"]) * 36, float(o["height"]) * 36  # half sizes in points
        boxes[o["_gvid"]] = (x - w, y - h, x + w, y + h)
    out = []
    for e in layout.get("edges", []):  # a lone node has no edges
        points = [tuple(map(float, p.split(","))) for p in e["pos"].split() if not p.startswith(("e,", "s,"))]
        for gvid, (x0, y0, x1, y1) in boxes.items():
            if gvid not in (e["tail"], e["head"]) and any(
                x0 + 2 < px < x1 - 2 and y0 + 2 < py < y1 - 2 for px, py in _curve(points)
            ):
                out.append((e["tail"], e["head"], gvid))
    return out


def test_briefing_pictures_are_print_size_and_no_edge_crosses_an_unrelated_node(ui_engine):
    """Checked on the most connected and the most cited entities at 2 hops (straight lines would cross on some)."""
    G, kb = ui_engine.G, ui_engine.kb

    def relations(n: str) -> int:
        return sum(k not in ("mentions", "inPlan", "hasQuantity") for *_, k in [*G.in_edges(n, keys=True), *G.out_edges(n, keys=True)])

    well_connected = sorted(kb.entities, key=lambda n: (-relations(n), n))[:40]
    busiest = max(well_connected, key=lambda n: (ui_engine.neighbourhood(n, hops=1)[1].number_of_nodes(), n))
    cited = sorted(kb.entities, key=lambda n: (-len(kb.mentions(n)), n))[:6]
    b = make_briefing(ui_engine, kb.label(busiest), hops=2)
    assert b.picture_size[0] >= PICTURE_MIN_WIDTH and b.counts[0] > 15
    for node in [busiest, *cited]:
        centre, hood = ui_engine.neighbourhood(node, hops=2)
        assert not _crossings(closest(hood, centre, limit=_PICTURE_NODES), centre), kb.label(node)


@pytest.mark.parametrize("fmt", ["CSV", "Excel"])
def test_targets_of_a_plan_and_of_a_chapter(ui_engine, tmp_path, fmt):
    from webui.targets import chapters

    plan = ui_engine.plan_ids[0]
    path, status = ui.targets_file(ui_engine, plan, "", fmt, folder=tmp_path)
    chapter = next(node for label, node in chapters(ui_engine, plan) if label.startswith("第30章"))
    part_path, _ = ui.targets_file(ui_engine, plan, chapter, fmt, folder=tmp_path)
    tables = []
    for p in (path, part_path):
        if fmt == "CSV":
            raw = open(p, "rb").read()
            assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens Chinese CSV right with a BOM
            tables.append(list(csv.reader(io.StringIO(raw.decode("utf-8-sig")))))
        else:
            from openpyxl import load_workbook

            ws = load_workbook(p).active
            assert TITLE in ws["A1"].value
            tables.append([[("" if c is None else str(c)) for c in r] for r in ws.iter_rows(min_row=2, values_only=True)])
    whole, part = tables
    assert whole[0][:4] == ["名称", "类型", "类别", "指标属性"] and "目标值" in whole[0]
    rows = [dict(zip(whole[0], r)) for r in whole[1:]]
    indicators = {r["名称"]: r for r in rows if r["类型"] == "指标"}
    assert len(indicators) == len(ui_engine.kb.by_type["Indicator"]) == 25
    assert indicators["基本养老保险参保率"]["目标值"] == "100" and indicators["基本养老保险参保率"]["目标年份"] == "2025"
    targets = [r for r in rows if r["类型"] != "指标"]
    assert all(r["名称"] and r["目标值"] and r["来源段落"] for r in targets)
    assert 1 <= len(part) - 1 < len(rows) and all(r[0] in {x["名称"] for x in rows} for r in part[1:])
    assert "行" in status


@pytest.mark.parametrize("fmt", ["Word", "HTML"])
@pytest.mark.parametrize("entity", [PARK, "零陵区"])
def test_briefing_sources_print_the_path_not_paragraph_ids(ui_engine, tmp_path, fmt, entity):
    """Briefings printed 「（段落 ch04-s1-p03）」 after each source; a person reads the 篇/章/节/专栏 path only."""
    import docx

    from webui.render import source_path

    b = make_briefing(ui_engine, entity, hops=1)
    assert b.sources
    path, _, _ = ui.briefing_file(ui_engine, entity, 1, fmt, folder=tmp_path)
    if fmt == "Word":
        text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    else:
        text = open(path, encoding="utf-8").read()
    assert "段落 " not in text and not [c.id for c in b.sources if c.id in text]
    import html

    assert all((source_path(c) if fmt == "Word" else html.escape(source_path(c))) in text for c in b.sources)


def test_a_place_several_plans_share_is_briefed_with_their_titles_not_internal_attributes(ui_engine, tmp_path):
    """零陵区 (one node for every plan that names it) was briefed as 「零陵区是《》中的…」 with a 「plan_sources」 row
    dumping paragraph ids per plan."""
    b = make_briefing(ui_engine, "零陵区", hops=1)
    assert b.plans == f"《{TITLE}》" and "《》" not in b.summary[0][0] and f"《{TITLE}》" in b.summary[0][0]
    assert all(field.isascii() is False for field, _, _ in b.facts), [f for f, _, _ in b.facts]
    text = open(ui.briefing_file(ui_engine, "零陵区", 1, "HTML", folder=tmp_path)[0], encoding="utf-8").read()
    assert "plan_sources" not in text and "《》" not in text
