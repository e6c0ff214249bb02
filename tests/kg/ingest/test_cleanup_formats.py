"""Print and OCR furniture is cleaned in one step every format's text passes (kg/ingest/cleanup.py):
page footers misread by OCR (「—5一」「113一」), OCR's spaced ASCII punctuation (「就业 , 完善」, 「 " 十五 " 」,
「- -坚持」) — in a plain-text file, Markdown and Word alike."""
from __future__ import annotations

import docx
import pytest

from kg.ingest.parse import parse_file
from kg.ingest.read import read_source

_LINES = ["某某市国民经济和社会发展第十个五年计划纲要", "第一章　总体要求",
          "　　“十五”期间 , 全市生产总值年均增长9% 。",
          "　　- -坚持以发展为主题 。",
          "—5一",
          "第二章　扩大就业 , 完善社会保障",
          "　　完善养老 、 医疗保险制度 ; 建立 \" 低保 \" 制度 。",
          "113一"]


def _write(tmp_path, suffix: str):
    path = tmp_path / f"plan{suffix}"
    if suffix == ".docx":
        document = docx.Document()
        for line in _LINES:
            document.add_paragraph(line.strip())
        document.save(path)
    else:
        path.write_text("\n\n".join(_LINES) if suffix == ".md" else "\n".join(_LINES), encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
def test_page_footers_are_no_text(tmp_path, suffix):
    lines = [line.strip() for line in read_source(_write(tmp_path, suffix)).text.split("\n")]
    assert "—5一" not in lines and "113一" not in lines


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("printed", [
    "“十五”期间，全市生产总值年均增长9%。",
    "——坚持以发展为主题。",
    "完善养老、医疗保险制度；建立“低保”制度。",
])
def test_ocr_punctuation_reads_as_printed(tmp_path, suffix, printed):
    assert printed in [line.strip() for line in read_source(_write(tmp_path, suffix)).text.split("\n")]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
def test_a_heading_with_an_ocr_comma_is_one_heading(tmp_path, suffix):
    plan = parse_file(_write(tmp_path, suffix))
    assert [c.heading.title for c in plan.chapters()] == ["总体要求", "扩大就业，完善社会保障"]
