"""kg.ingest.formats.pdf: an office PDF of the seed gives the seed's tree; scans and broken files are refused."""
from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ingest.parse import parse_file
from kg.ingest.read import read_source
from tests.conftest import DATA
from tests.kg.ingest.conftest import SEED_HEADER
from tests.kg.ingest.office_pdf import typeset_pdf


@pytest.fixture(scope="module")
def pdf_doc(seed_pdf):
    return parse_file(seed_pdf, plan_id="lingling-14th-five-year-plan")


def test_seed_pdf_gives_the_seed_tree(pdf_doc):
    assert len(pdf_doc.parts) == 11
    assert sum(1 for _ in pdf_doc.chapters()) == 43
    assert sum(1 for _ in pdf_doc.sections()) == 126
    assert sum(1 for _ in pdf_doc.boxes()) == 15
    assert len(pdf_doc.indicators) == 25 and len(pdf_doc.glossary) == 15
    assert pdf_doc.warnings == []  # the ruled table has every cell, unlike the seed's cell-per-line text


def test_seed_pdf_paragraphs_are_rejoined_exactly(pdf_doc, seed_doc):
    """Lines wrapped at the page width and paragraphs broken by a page are one paragraph again."""
    def texts(doc):
        return [(p.id, p.text.replace(" ", "")) for p in doc.paragraphs()]
    assert texts(pdf_doc) == texts(seed_doc)


def test_seed_pdf_table_is_read_as_a_table(pdf_doc, seed_doc):
    def rows(doc):
        return [(i.number, i.name, i.unit, i.base.raw, i.target.raw, i.growth.raw, i.attribute)
                for i in doc.indicators]
    assert rows(pdf_doc) == rows(seed_doc)


def test_running_header_and_page_numbers_are_dropped(seed_pdf):
    text = read_source(seed_pdf).text
    lines = [line.strip() for line in text.split("\n")]
    assert SEED_HEADER not in lines
    assert not any(line.startswith("—") and line.endswith("—") for line in lines)
    assert read_source(seed_pdf).format == "pdf"


def test_scanned_pdf_is_refused_with_a_clear_message(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(format="A4")
    pdf.add_page()
    pdf.rect(20, 20, 170, 250, style="F")  # a page that is only a picture, as a scanner makes it
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError, match="没有文字层"):
        read_source(path)


def test_broken_pdf_is_refused(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\nthis is not really a pdf\n")
    with pytest.raises(InputError, match="PDF"):
        read_source(path)


def test_framed_box_ends_where_its_frame_does(tmp_path, office_page):
    pdf = office_page
    for text in ("第一章 发展基础", "　　坚持稳中求进工作总基调，推动高质量发展。"):
        pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 2
    pdf.set_y(top + 2)
    for text in ("专栏1 重点项目", "　　新材料产业园。总投资50亿元。", "　　物流园。总投资5亿元。"):
        pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y() + 2
    pdf.rect(23, top, 164, bottom - top)
    pdf.set_y(bottom + 3)
    pdf.multi_cell(0, 6.5, "　　加快园区建设，完善配套设施。", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "framed.pdf"
    pdf.output(str(path))
    doc = parse_file(path)
    [box] = doc.boxes()
    assert [i.name for i in box.items] == ["新材料产业园", "物流园"]
    assert [p.text for p in next(doc.chapters()).preamble] == ["坚持稳中求进工作总基调，推动高质量发展。",
                                                               "加快园区建设，完善配套设施。"]


def test_letter_spaced_lines_lose_their_spaces(tmp_path, office_page):
    pdf = office_page
    pdf.multi_cell(0, 6.5, "第一章 发展基础", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(3.5)  # tracked type: the text layer puts a space between every two characters
    pdf.multi_cell(0, 6.5, "　　坚持稳中求进工作总基调，推动高质量发展，2025年实现GDP 500亿元。",
                   new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "spaced.pdf"
    pdf.output(str(path))
    [chapter] = parse_file(path).chapters()
    assert [p.text for p in chapter.preamble] == ["坚持稳中求进工作总基调，推动高质量发展，2025年实现GDP 500亿元。"]


def test_outline_parts_survive_a_pdf(tmp_path, seed_pdf):
    # seed_pdf only to skip where fpdf2 or the font is missing; the plan is the outline-parts fixture.
    source = DATA / "outline-parts-plan.txt"
    pdf = typeset_pdf(source.read_text(encoding="utf-8"), tmp_path / "plan.pdf", header="某某市第七个五年计划")
    assert _tree(parse_file(pdf)) == _tree(parse_file(source))


def _tree(doc):
    return [(p.heading.label, [(c.heading.label, [s.heading.label for s in c.sections]) for c in p.chapters])
            for p in doc.parts]
