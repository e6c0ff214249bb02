"""Fixtures for the readers: plans typeset in other formats, made once per session."""
from __future__ import annotations

import pytest

from tests.conftest import SEED_PLAN
from tests.kg.ingest.office_pdf import FONT, office_document, typeset_pdf

SEED_HEADER = "永州市零陵区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


def _need_fpdf() -> None:
    pytest.importorskip("fpdf")
    if not FONT.exists():
        pytest.skip(f"WenQuanYi Micro Hei not installed at {FONT} (Debian fonts-wqy-microhei)")


@pytest.fixture
def office_page():
    """An fpdf2 A4 document with one page open, body font set: draw on it, then ``output``."""
    _need_fpdf()
    pdf = office_document()
    pdf.add_page()
    return pdf


@pytest.fixture(scope="session")
def seed_pdf(tmp_path_factory):
    """The seed typeset as an office A4 PDF (wrapped lines, running header, ``— N —``)."""
    _need_fpdf()
    out = tmp_path_factory.mktemp("pdf") / "lingling-14th-five-year-plan.pdf"
    return typeset_pdf(SEED_PLAN.read_text(encoding="utf-8"), out, header=SEED_HEADER)
