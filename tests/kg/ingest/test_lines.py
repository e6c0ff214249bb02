"""kg.ingest.lines: numerals, headings, enumerators, topic lines and box item names."""
from __future__ import annotations

import pytest

from kg.ingest.layouts.numbered import chinese_number, match_box_heading, match_heading, parse_number
from kg.ingest.lines import is_item, is_page_number, is_title, item_name, match_group
from kg.ingest.parse import parse_document
from tests.conftest import DATA


@pytest.mark.parametrize(
    "text, value",
    [("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("四十三", 43), ("六十五", 65), ("一百", 100),
     ("一百零五", 105), ("一百二十六", 126), ("两", 2), ("二〇", 20)],
)
def test_chinese_number(text, value):
    assert chinese_number(text) == value


def test_parse_number_rejects_non_numerals():
    with pytest.raises(ValueError, match="甲"):
        parse_number("甲")


@pytest.mark.parametrize("line", ["第1章", "第十九篇\t加强规划实施保障", "第三节　战略导向",
                                  "第三章　坚持创新驱动发展，加快建设创新型省份", "第二部分 主要任务"])
def test_headings(line):
    assert match_heading(line) is not None


@pytest.mark.parametrize(
    "line",
    ["第一个百年奋斗目标", "第1章提出，要加快发展", "按第3节执行。", "- 第一章　发展环境", "第二十章的内容" + "很长" * 20],
)
def test_not_headings(line):
    assert match_heading(line) is None


@pytest.mark.parametrize(
    "line, number, title",
    [("\t专栏7.1 特色产业园区重点项目", "7.1", "特色产业园区重点项目"),
     ("专栏８．１现代物流重点项目", "8.1", "现代物流重点项目"),
     ("专栏26.3：能源水利工程", "26.3", "能源水利工程"),
     ("专栏　重点民生工程", None, "重点民生工程")],
)
def test_box_headings(line, number, title):
    box = match_box_heading(line)
    assert (box.number, box.title) == (number, title)


@pytest.mark.parametrize(
    "line, group",
    [("（一）铁路项目", "（一）铁路项目"), ("(三)客运站建设项目", "(三)客运站建设项目"), ("二、水利项目", "二、水利项目"),
     ("（1）铁路项目", None), ("湘桂运河。启动前期工作。", None)],
)
def test_groups(line, group):
    assert match_group(line) == group


@pytest.mark.parametrize(
    "line, expected",
    [("1.发展目标", True), ("2、主要任务", True), ("①加强平台建设。", True), ("⑪实施品牌提升工程。", True),
     ("（一）铁路项目", True), ("(2)加强保障。", True), ("三、保障措施", True),
     ("2020年全区生产总值232亿元。", False), ("10.00%", False), ("——坚持党的全面领导。", False)],
)
def test_items(line, expected):
    assert is_item(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [("循环经济产业园", True), ("前言", True), ("湘桂运河。", False), ("上云、用数、赋智", False),
     ("1.发展目标", False), ("2025", False), ("力争到2025年，新材料产业园产值100亿元以上。", False)],
)
def test_titles(line, expected):
    assert is_title(line) is expected


@pytest.mark.parametrize(
    "text, name",
    [
        ("梁山岐风电场，建设装机10万千瓦风力发电场。", "梁山岐风电场"),
        ("永州市零陵区何仙观水库工程。建设总库容为13000万m³的水库。", "永州市零陵区何仙观水库工程"),
        ("大唐风力发电站（二期），建设大唐风力发电站二期工程，装机3万千瓦。", "大唐风力发电站（二期）"),
        ("国道322改线（黄古山至西塘观公路、毛里铺至珠山公路）；G207改线。", "国道322改线（黄古山至西塘观公路、毛里铺至珠山公路）"),
        ("1.园区标准厂房。用地200亩。", "园区标准厂房"),
        ("将永州八记遗址、张浚故居、赵家湾古民居群、建威将军墓、潇湘古镇等申报为湖南省重点文物保护单位，加强保护。", None),
    ],
)
def test_item_name(text, name):
    assert item_name(text) == name


@pytest.mark.parametrize("line, expected", [("- 12 -", True), ("—3—", True), ("第 5 页", True), ("12", False), ("-", False)])
def test_page_numbers(line, expected):
    assert is_page_number(line) is expected


def test_fullwidth_digit_grouping_read_whole_in_a_plan_that_groups():
    text = ("某省第七个五年计划\n\n第一章　经济增长\n\n工农业总产值达到1，670亿元，增长6．7％。\n\n"
            "粮食产量2，550万吨，棉花产量4，250万担。\n\n能源投资1，176．6亿元。\n")
    doc = parse_document(text, plan_id="t")
    texts = [p.text for c in doc.chapters() for p in c.preamble]
    assert texts == ["工农业总产值达到1,670亿元，增长6．7％。", "粮食产量2,550万吨，棉花产量4,250万担。",
                     "能源投资1,176．6亿元。"]


def test_fullwidth_comma_between_figures_kept_in_a_plan_that_does_not_group():
    text = "某县规划\n\n第一章　发展目标\n\n两项指标分别为500，600。\n\n年均增长6%。\n"
    doc = parse_document(text, plan_id="t")
    assert next(doc.chapters()).preamble[0].text == "两项指标分别为500，600。"


def _texts(doc):
    return [p.text for c in doc.chapters() for p in c.preamble]


def test_letter_spaced_figures_read_whole():
    # OCR text prints each digit apart (「2 9 0 0亿元」, 「1 9 ∶4 3 ∶3 8」, 「9 7 %」): the tree reads the figure.
    doc = parse_document((DATA / "spaced-digits-plan.txt").read_text(encoding="utf-8"), plan_id="t")
    text = "".join(_texts(doc))
    for figure in ["到2005年", "1850亿元", "7.5%", "21∶40∶39", "96%和52%", "9‰", "15种", "比2000年削减6%",
                   "930万千瓦", "8万公里", "760公里"]:
        assert figure in text, figure


def test_separate_figures_kept_apart_in_a_letter_spaced_plan():
    # A year then a share, and two multi-digit cells one space apart, are two figures: never joined.
    doc = parse_document((DATA / "spaced-digits-plan.txt").read_text(encoding="utf-8"), plan_id="t")
    text = "".join(_texts(doc))
    assert "2005年 30%" in text and "2020 2025" in text


@pytest.mark.parametrize("line", ["序号 1 2 两项合计。", "分值 3 5 分别计入。", "第1 2项任务。"])
def test_single_digits_one_space_apart_kept_in_a_plan_not_letter_spaced(line):
    text = f"某县规划\n\n第一章　发展目标\n\n{line}\n\n到2025年增长6%。\n"
    assert _texts(parse_document(text, plan_id="t"))[0] == line


@pytest.mark.parametrize("line", [
    "第一篇 锚定排头兵、领头羊、火车头标高追求，奋力在推进中国式现代化建设中走在前、作示范、挑大梁",
    "第三篇　坚持创新在现代化建设全局中的核心地位，加快建设具有全国影响力的科技创新中心和人才高地",
    "第2部分 立足新发展阶段贯彻新发展理念构建新发展格局，奋力谱写全面建设社会主义现代化国家新篇章",
])
def test_long_part_titles_set_apart(line):
    # a city 纲要's 篇 title states a whole strategy; set apart from its number it is still a heading
    assert match_heading(line).kind == "part"


@pytest.mark.parametrize("line", [
    "第一篇文章所述的锚定排头兵、领头羊、火车头标高追求，奋力在推进中国式现代化建设中走在前",  # run on
    "第一章 锚定排头兵、领头羊、火车头标高追求，奋力在推进中国式现代化建设中走在前、作示范、挑大梁",  # a chapter
])
def test_long_titles_stay_sentences_below_parts(line):
    assert match_heading(line) is None
