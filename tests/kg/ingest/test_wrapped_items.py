"""A hard-wrapped Markdown plan (printed at a fixed width, as the 1991 十年规划和“八五”计划纲要 is stored):
a numbered item's lines and a full line that happens to end on 。 or ： go on with the lines below them
until the blank line — Markdown's own paragraph rule — while headings and new items still start
paragraphs of their own."""
from __future__ import annotations

from kg.ingest.parse import parse_file

# wrapped lines are 25 characters wide, as print sets them
_ITEM = ("{n}．努力保持社会总需求与社会总供给基本平衡，在控\n"
         "制通货膨胀的前提下，以提高经济效益为中心，促进经济\n"
         "的适度增长。\n\n")
_RUNIN = ("种植业。保证粮食、棉花稳定增长，同时努力增产其他各\n"
          "种农产品。八五期间，全省主要农作物的产量指标如下：\n"
          "粮食，按五年两丰两欠一平考虑，年均产量达到四亿吨左\n"
          "右（其中一九九五年为四亿吨）同往年相比有所增加。\n\n")


def _plan(tmp_path, items: int = 8):
    text = ("# 某省国民经济和社会发展十年规划和第八个五年计划纲要\n\n## 二、基本任务和综合经济指标\n\n"
            "### （一）基本任务\n\n" + "".join(_ITEM.format(n=n) for n in range(1, items + 1))
            + "### （二）农业和农村经济\n\n" + _RUNIN * 4
            + "### （三）水利建设\n\n要把水利作为国民经济的基础产业。\n")
    path = tmp_path / "wrapped-items.md"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def test_a_wrapped_numbered_item_is_one_paragraph(tmp_path):
    doc = _plan(tmp_path)
    items = [p.text for p in doc.paragraphs() if "社会总需求" in p.text]
    assert len(items) == 8
    assert items[2] == "3．努力保持社会总需求与社会总供给基本平衡，在控制通货膨胀的前提下，以提高经济效益为中心，促进经济的适度增长。"


def test_a_full_line_ending_on_a_colon_goes_on(tmp_path):
    doc = _plan(tmp_path)
    paragraphs = [p.text for p in doc.paragraphs() if p.text.startswith("种植业。")]
    assert len(paragraphs) == 4
    assert paragraphs[0].endswith("产量指标如下：粮食，按五年两丰两欠一平考虑，年均产量达到四亿吨左右（其中一九九五年为四亿吨）同往年相比有所增加。")


def test_headings_still_open_their_own_sections(tmp_path):
    doc = _plan(tmp_path)
    assert [s.heading.label for c in doc.chapters() for s in c.sections] == ["（一）基本任务", "（二）农业和农村经济", "（三）水利建设"]


def test_markup_headings_keep_their_printed_outline_numbers(tmp_path):
    """An excerpt opening at 二、 is read by its Markdown levels; its headings still carry the 二、/（四） they print."""
    text = ("# 某省十年规划和第八个五年计划纲要\n\n## 二、基本任务和综合经济指标\n\n### （一）基本任务\n\n正文一。\n\n"
            "### （二）财政和信贷\n\n正文二。\n\n## 三、主要经济部门的任务\n\n### （一）农业\n\n正文三。\n\n"
            "### 附：说明\n\n正文四。\n")
    path = tmp_path / "excerpt.md"
    path.write_text(text, encoding="utf-8")
    chapters = list(parse_file(path).chapters())
    assert [(c.heading.number, c.heading.title, c.heading.marker) for c in chapters] == [
        (2, "基本任务和综合经济指标", "二、"), (3, "主要经济部门的任务", "三、")]
    assert [(s.heading.number, s.heading.label) for s in chapters[1].sections] == [(1, "（一）农业"), (2, "附：说明")]
