"""OCR of a scanned plan: page blocks (``<图片内容|start>`` / ``<img …/>`` / ``<图片内容|end>``) and page
footers misread by OCR (「—5一」「113一」「—:16—」) are no plan text; the wrapped lines a page break
splits read as one paragraph."""
from __future__ import annotations

import pytest

from kg.ingest.cleanup import join_wrapped
from kg.ingest.lines import is_page_number

# An invented plan printed 26 columns wide, hard-wrapped mid-word, OCR'd page by page.
_BODY = ["加快推进城乡供水一体化建设，提升农村供水保障水平，完善",
         "水源地保护和水质监测体系，推动规模化供水工程向乡镇延伸，"]


def _page(lines: list[str], footer: str) -> list[str]:
    return (["<图片内容|start>", "", '<img src="https://example.org/scan/page.jpeg"/>']
            + lines + [footer, "<图片内容|end>", ""])


def _ocr_plan(split: list[str], footer: str) -> str:
    """Ten wrapped paragraphs, then one paragraph split by a page break into ``split``'s two halves."""
    filler = (_BODY + ["形成覆盖全域的供水服务网络。"]) * 10
    return "\n".join(_page(filler + [split[0]], footer) + _page([split[1]] + filler, "—7—"))


@pytest.mark.parametrize("footer", ["—5一", "113一", "—:16—", "一10—", "22—", "一11一"])
def test_ocr_page_footers_are_page_numbers(footer):
    assert is_page_number(footer)


@pytest.mark.parametrize("line", ["2025年", "一、总体要求", "10万吨", "1.", "—", "（三）"])
def test_plan_lines_are_not_page_numbers(line):
    assert not is_page_number(line)


@pytest.mark.parametrize("split,joined", [
    (["具备交付运营时速400公里高速轮轨、时速600公里高速磁悬浮等轨道交", "通移动装备的技术能力。"],
     "具备交付运营时速400公里高速轮轨、时速600公里高速磁悬浮等轨道交通移动装备的技术能力。"),
    (["到2025年，全市农村自来水普及率达到98%，规模化供水工程覆盖人", "口比例达到85%以上。"],
     "到2025年，全市农村自来水普及率达到98%，规模化供水工程覆盖人口比例达到85%以上。"),
])
@pytest.mark.parametrize("footer", ["—5一", "113一", "—:16—"])
def test_page_break_markup_is_dropped_and_the_split_paragraph_joined(split, joined, footer):
    lines = join_wrapped(_ocr_plan(split, footer)).split("\n")
    assert joined in lines
    assert not [line for line in lines if "<" in line or line.strip() in {footer, "—7—"}]


def test_line_count_is_kept():
    text = _ocr_plan(["规模化供水工程覆盖人口比例达到", "85%以上。"], "—5一")
    assert len(join_wrapped(text).split("\n")) == len(text.split("\n"))


def test_markup_is_dropped_in_an_unwrapped_file():
    text = "\n".join(["<图片内容|start>", '<img src="a.jpeg"/>', "第一章　总则", "正文。", "—5一", "<图片内容|end>"])
    assert join_wrapped(text).split("\n") == ["", "", "第一章　总则", "正文。", "", ""]
