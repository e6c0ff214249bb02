"""Typeset a plan text as an office A4 PDF, the way a district office exports its Word file.

Body paragraphs are indented two characters and wrapped at the page width,
headings stand flush left, the indicator table is a ruled table, every page
carries a running header and a page number ``— N —`` in the footer. Used by
the PDF reader's tests (fpdf2 with the WenQuanYi Micro Hei font).
"""
from __future__ import annotations

from pathlib import Path

from kg.ingest.layouts.numbered import match_box_heading, match_heading
from kg.ingest.lines import squeeze
from kg.ingest.table import find_tables

__all__ = ["FONT", "office_document", "typeset_pdf"]

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def office_document(base=None):
    """An A4 fpdf2 document (of class ``base``, default ``FPDF``) with an office's margins and
    the WenQuanYi font at 11 pt."""
    from fpdf import FPDF

    pdf = (base or FPDF)(format="A4")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("wqy", fname=str(FONT))
    pdf.set_font("wqy", size=11)
    return pdf


def typeset_pdf(text: str, out: Path, *, header: str) -> Path:
    """Write ``text`` (a plan, one paragraph per line) to ``out`` as an A4 PDF."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Office(FPDF):
        def header(self) -> None:
            self.set_font("wqy", size=9)
            self.cell(0, 6, header, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("wqy", size=9)
            self.cell(0, 8, f"— {self.page_no()} —", align="C")

    pdf = office_document(Office)
    pdf.add_page()
    lines = text.split("\n")
    tables = {t.start: t for t in find_tables(lines)}
    i = 0
    while i < len(lines):
        if i in tables:
            table = tables[i]
            pdf.set_font("wqy", size=8)
            with pdf.table(headings_style=FontFace(emphasis=None), line_height=5) as grid:
                for cells in [table.header] + [cells for _, cells in table.rows]:
                    row = grid.row()
                    for k in range(len(table.header)):
                        row.cell(cells[k] if k < len(cells) else "")
            pdf.ln(3)
            for note in table.notes:
                _line(pdf, lines[note])
            i = table.end
            continue
        if lines[i].strip():
            text_line = squeeze(lines[i])
            _line(pdf, text_line, heading=bool(match_heading(text_line) or match_box_heading(text_line)
                                               or len(text_line) < 30))
        i += 1
    pdf.output(str(out))
    return out


def _line(pdf, text: str, *, heading: bool = False) -> None:
    pdf.set_font("wqy", size=11)
    pdf.multi_cell(0, 6.5, squeeze(text) if heading else "\u3000\u3000" + squeeze(text),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
