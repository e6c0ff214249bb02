"""The comparison view's handlers on made-up plans: table, highlights, citations, exports, bad input."""
from __future__ import annotations

import csv

import pytest

from kg.errors import KGQAError
from tests.conftest import COMPARE_PLANS
from webui.compare import compare_export, compare_table, compare_view

CITY, COUNTY13, COUNTY14 = COMPARE_PLANS


@pytest.fixture(scope="module")
def engine(compare_engine):
    return compare_engine


def test_table_marks_gaps_and_differences_with_citations(engine):
    t = compare_table(engine, [COUNTY13, COUNTY14])
    rows = {label: (cells, match) for label, cells, match in t.rows}
    forest, _ = rows["森林覆盖率"]
    assert [c.state for c in forest] == ["diff", "diff"]
    assert [c.citation.plan for c in forest] == [COUNTY13, COUNTY14]
    energy, match = rows["单位GDP能耗降低"]
    assert [c.state for c in energy] == ["single", "gap"]
    assert match == ""  # one plan states it: nothing was matched
    assert t.headers == ["度量", "杉源县“十三五”", "杉源县“十四五”", "匹配"]


def test_cells_never_show_a_plan_s_internal_id(engine):
    """Each column names its plan; a cell's citation once added 《<plan id>》 (「《lingling-14th-five-year-plan》」)."""
    out, _ = compare_view(engine, [COUNTY13, COUNTY14])
    assert "森林覆盖率" in out and f"《{COUNTY13}》" not in out and f"《{COUNTY14}》" not in out


def test_synonym_rows_show_method_and_printed_names(engine):
    html, status = compare_view(engine, [CITY, COUNTY13])
    assert "pk-gap" in html and "pk-diff" in html
    assert "同义表述" in html and "原文：单位GDP能耗降低" in html
    assert "项度量" in status


def test_gaps_only(engine):
    t = compare_table(engine, [CITY, COUNTY14], gaps_only=True)
    assert t.rows and all(any(c.state == "gap" for c in cells) for _, cells, _ in t.rows)


@pytest.mark.parametrize("plans, message", [([CITY], "两个"), ([CITY, "nope"], "未载入")])
def test_bad_selection_is_refused_in_chinese(engine, plans, message):
    with pytest.raises(KGQAError, match=message):
        compare_table(engine, plans)


def test_exports(engine, tmp_path):
    path, _ = compare_export(engine, [CITY, COUNTY14], "CSV", folder=tmp_path)
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][1:3] == ["青岚市“十四五”", "杉源县“十四五”"]
    forest = next(r for r in rows if r[0] == "森林覆盖率")
    assert "ind-06" not in forest[1] and "ind-05" not in forest[2]
    assert "（" in forest[1] and "章" in forest[1]  # the 篇/章/节 path a person reads
    path, _ = compare_export(engine, [CITY, COUNTY14], "Excel", folder=tmp_path)
    from openpyxl import load_workbook

    ws = load_workbook(path).active
    cell = next(r for r in ws.iter_rows() if r[0].value == "耕地保有量")
    assert cell[2].value == "未找到" and cell[2].fill.fgColor.rgb.upper().endswith("FFE0B2")
    assert "ind-07" not in cell[1].comment.text and "章" in cell[1].comment.text
    path, _ = compare_export(engine, [CITY, COUNTY14], "简报（Markdown）", folder=tmp_path)
    text = open(path, encoding="utf-8").read()
    assert text.startswith("# 规划对比简报") and "## 出处" in text and "**未找到**" in text
    assert not list(tmp_path.glob("tmp*"))  # written atomically


@pytest.mark.parametrize("fmt", ["CSV", "Excel", "简报（Markdown）"])
@pytest.mark.parametrize("plans", [[CITY, COUNTY14], [COUNTY13, COUNTY14]])
def test_exports_print_where_a_person_reads_not_paragraph_ids(engine, tmp_path, fmt, plans):
    """The comparison export printed [qinglan-city-14th:ind-06]; it prints the 篇/章/节/专栏 path, as the chat does."""
    from webui.render import source_path

    path, _ = compare_export(engine, plans, fmt, folder=tmp_path)
    text = _export_text(path)
    cited = [c.citation for _, cells, _ in compare_table(engine, plans).rows for c in cells if c.citation]
    assert cited
    assert not [c.id for c in cited if c.id in text]
    assert not [p for p in plans if p in text]  # nor the plans' ids
    assert all(source_path(c) in text for c in cited)


def _export_text(path: str) -> str:
    if path.endswith(".xlsx"):
        from openpyxl import load_workbook

        ws = load_workbook(path).active
        return "\n".join(f"{c.value}\n{c.comment.text if c.comment else ''}" for r in ws.iter_rows() for c in r)
    return open(path, encoding="utf-8-sig").read()
