"""A plan's text copied from a PDF: a page footer (「— 23 —」「- 23 -」「第 23 页」) between two halves of one
paragraph is dropped and the paragraph read whole when the text before it ends no sentence, whatever the
text's width; a line the text layer split after a closing quote (「…打造“戏曲之城”」 / 「，推出…」) or a
footnote's number (「…行动」 / 「116」 / 「，推动…」) is the rest of the line before it. A heading or a finished
sentence before a footer still ends its paragraph."""
from __future__ import annotations

import pytest

from kg.ingest.cleanup import join_wrapped
from kg.ingest.read import read_source
from tests.conftest import DATA

PLAN = DATA / "ingest19-wrapped-footer-plan.txt"

# An invented plan printed 28 characters wide, hard-wrapped mid-word, twenty wrapped paragraphs.
_FILLER = ["推进城乡供水一体化建设，提升农村供水保障水平，完善水源地保护",
           "和水质监测体系，推动规模化供水工程向乡镇延伸，形成覆盖全域的",
           "供水服务网络。"] * 10


def _paragraphs(text: str) -> list[str]:
    return [line for line in join_wrapped(text).split("\n") if line.strip()]


@pytest.mark.parametrize("footer", ["— 23 —", "- 23 -", "第 23 页", "—23—"])
@pytest.mark.parametrize("blank", [False, True])
def test_footer_inside_a_wrapped_paragraph_is_dropped(footer, blank):
    page = ["", footer, ""] if blank else [footer]
    lines = _FILLER + ["加快“演艺名城”建设。实施文艺精品工程，扶持地方戏曲传承发展，推出",
                       *page, "更多精品剧目，建成开放江湾大剧院、松石音乐厅、南岸戏曲中心，",
                       "持续培育演艺新空间。"] + _FILLER
    paragraphs = _paragraphs("\n".join(lines))
    assert ("加快“演艺名城”建设。实施文艺精品工程，扶持地方戏曲传承发展，推出更多精品剧目，"
            "建成开放江湾大剧院、松石音乐厅、南岸戏曲中心，持续培育演艺新空间。") in paragraphs
    assert footer not in paragraphs


@pytest.mark.parametrize("footer", ["— 5 —", "- 5 -", "第 5 页"])
@pytest.mark.parametrize("before,after", [
    ("　　打造“湖光水城”，推动", "滨湖绿道、环湖慢行系统、湿地公园建设。"),
    ("　　到2030年，全区建成开放", "青苗书院、溪口美术馆和西郊体育公园。"),
])
def test_footer_inside_a_paragraph_of_a_file_writing_a_paragraph_a_line(footer, before, after):
    text = "\n".join(["第一章　总体要求", "　　坚持稳中求进。", before, footer, after, "　　加强组织保障。"])
    assert _paragraphs(text) == ["第一章　总体要求", "　　坚持稳中求进。", before + after, "　　加强组织保障。"]


@pytest.mark.parametrize("before,after", [
    ("　　坚持稳中求进，推动高质量发展。", "滨湖绿道建设全面完成。"),           # a finished sentence
    ("第二章　建设湖光水城", "加快滨湖绿道、环湖慢行系统建设。"),                # a heading
    ("一、建设湖光水城", "加快滨湖绿道、环湖慢行系统建设。"),                    # an outline heading
    ("湖光水城建设", "加快滨湖绿道、环湖慢行系统建设。"),                        # a topic line
    ("　　打造“湖光水城”，推动", "　　加快滨湖绿道建设。"),                      # an indented new paragraph
    ("　　打造“湖光水城”，推动", "第三章　保障措施"),                            # a heading after the break
    ("1", "现印发给你们，请认真贯彻落实。"),                                    # a bare number, no prose
])
def test_a_block_the_footer_ends_is_kept_apart(before, after):
    text = "\n".join([before, "— 5 —", after])
    assert _paragraphs(text) == [before, after]


def test_footer_between_paragraphs_keeps_them_apart():
    lines = _FILLER + ["持续培育演艺新空间。", "— 23 —", "深化“博物馆之城”建设。推动出台博物馆条例。"] + _FILLER
    paragraphs = _paragraphs("\n".join(lines))
    assert "持续培育演艺新空间。" in paragraphs
    assert "深化“博物馆之城”建设。推动出台博物馆条例。" in paragraphs


@pytest.mark.parametrize("mark", [",", "，", "、", "。", "；"])
def test_a_line_split_after_a_closing_quote_goes_on_with_its_line(mark):
    lines = _FILLER + ["鼓励运用超高清直播等技术打造演出“第二现场”",
                       f"{mark}提升优质演艺作品的感染力、传",
                       "播力。建成开放江湾大剧院、松石音乐厅。"] + _FILLER
    paragraphs = _paragraphs("\n".join(lines))
    assert (f"鼓励运用超高清直播等技术打造演出“第二现场”{mark}提升优质演艺作品的感染力、传播力。"
            "建成开放江湾大剧院、松石音乐厅。") in paragraphs


def test_a_footnote_number_between_the_words_and_their_mark_goes_on_with_them():
    text = "\n".join(["　　实施“青苗种业”振兴行动", "116", "，推动智慧农业发展。", "", "　　加强组织保障。"])
    assert _paragraphs(text) == ["　　实施“青苗种业”振兴行动116，推动智慧农业发展。", "　　加强组织保障。"]


def test_a_table_cell_a_line_keeps_its_lines():
    # joining 「）年均浓度」 would leave blank lines between one cell's lines, which a table read by its gaps takes
    # for more cells
    text = "\n".join(["指标", "", "细颗粒物（PM", "2.5", "）年均浓度", "", "微克/立方米"])
    assert join_wrapped(text) == text


def test_line_count_is_kept():
    text = "\n".join(["　　打造“湖光水城”，推动", "— 5 —", "滨湖绿道建设。", "建设“第二现场”", "，提升效果。"])
    assert len(join_wrapped(text).split("\n")) == len(text.split("\n"))


def test_the_plan_file_reads_each_paragraph_whole():
    text = read_source(PLAN).text
    assert ("加快“戏曲之城”建设。实施地方戏曲振兴工程，扶持青禾花鼓戏、木偶戏等传统剧种传承发展，培育一批"
            "优秀青年演员，推出更多精品剧目，运用数字技术打造演出“云上戏台”，建成开放月湖大剧院、青禾音乐厅、北岸戏曲中心，持续培育多业态融合的"
            "演艺新空间。") in text.split("\n")
    assert "擦亮“书香青禾”，举办青禾读书节、月湖诗会、少儿绘本季等阅读推广活动" in text
    assert not any(footer in text for footer in ("— 7 —", "- 8 -", "第 9 页", "第 10 页"))
