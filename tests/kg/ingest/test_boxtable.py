"""专栏 printed as a table (plain-text columns, Markdown pipes): rows are items named by their
name column, the header row is not an item, figures keep the unit their header gives."""
from __future__ import annotations

from kg.ingest.boxtable import box_row, match_box_header
from kg.ingest.parse import parse_document, parse_file

PLAIN = """某某省国民经济和社会发展第十四个五年规划纲要

第一章　建设创新型省份

第一节　强化战略科技力量

加快建设某某科学城。

专栏1　重大科技基础设施

序号　　项目名称　　　　建设内容　　　　　　　　总投资（亿元）
1　　　某某光源　　　　建设第四代同步辐射光源　60
2　　　某某超算中心　　建设E级超级计算机　　　　约30
注：项目以实际批复为准。

第二节　提升企业技术创新能力

支持企业牵头组建创新联合体。
"""


def _box(doc):
    [box] = doc.boxes()
    return box


def test_plain_text_box_table_rows_are_named_items():
    box = _box(parse_document(PLAIN, plan_id="t"))
    assert [i.name for i in box.items] == ["某某光源", "某某超算中心"]
    assert box.items[0].paragraph.text == "某某光源：建设内容为建设第四代同步辐射光源，总投资为60亿元。"
    assert box.items[1].paragraph.text == "某某超算中心：建设内容为建设E级超级计算机，总投资为约30亿元。"
    # The header row and the note are kept as the box's text, not items.
    assert [(p.kind, p.id) for p in box.paragraphs] == [("prose", "box1-i01"), ("box_item", "box1-i02"),
                                                        ("box_item", "box1-i03"), ("prose", "box1-i04")]
    assert box.paragraphs[-1].text == "注：项目以实际批复为准。"
    assert str(box.items[0].paragraph.path) == "第1章 建设创新型省份 / 第1节 强化战略科技力量 / 专栏1 重大科技基础设施"


def test_markdown_box_table(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text("# 某市规划纲要\n\n## 第一章　交通强市\n\n**专栏1　重大交通项目**\n\n"
                    "| 序号 | 项目名称 | 建设内容 | 总投资（亿元） |\n| --- | --- | --- | --- |\n"
                    "| 1 | 某某至某某高速公路 | 新建高速公路80公里 | 120 |\n"
                    "| 2 | 某某机场改扩建工程 | 新建航站楼5万平方米 | 35.5 |\n\n## 第二章　城乡建设\n\n正文。\n",
                    encoding="utf-8")
    box = _box(parse_file(path))
    assert [i.name for i in box.items] == ["某某至某某高速公路", "某某机场改扩建工程"]
    assert box.items[1].paragraph.text.endswith("总投资为35.5亿元。")


def test_box_groups_over_table_rows():
    text = ("某县规划纲要\n\n第一章　基础设施\n\n专栏1　重点项目\n\n项目名称\t建设规模\n（一）交通项目\n"
            "某某大桥\t长1.2公里\n（二）水利项目\n某某水库\t库容3000万立方米\n\n第二章　保障\n\n正文。\n")
    box = _box(parse_document(text, plan_id="t"))
    assert [(i.name, i.group) for i in box.items] == [("某某大桥", "（一）交通项目"), ("某某水库", "（二）水利项目")]


def test_box_without_a_header_row_keeps_its_items():
    text = ("某县规划纲要\n\n第一章　产业\n\n专栏1　重点园区\n\n某某工业园　　建设标准厂房50万平方米\n"
            "某某物流园，建设冷链仓储。\n\n第二章　保障\n\n正文。\n")
    box = _box(parse_document(text, plan_id="t"))
    assert [i.name for i in box.items] == ["某某工业园 建设标准厂房50万平方米", "某某物流园"]


def test_header_needs_a_name_column_and_another_project_column():
    assert match_box_header("项目名称　　建设内容").name == 0
    assert match_box_header("名称\t地点\t建设年限").header == ("名称", "地点", "建设年限")
    assert match_box_header("指标名称\t2020年\t2025年") is None  # the indicator table's
    assert match_box_header("项目名称") is None
    assert match_box_header("建设内容　　总投资") is None
    assert match_box_header("项目名称　　加快建设，形成规模") is None


def test_row_must_fit_the_header():
    cols = match_box_header("序号　项目名称　建设内容")
    assert box_row(cols, "1　某某大桥　长1.2公里　另起一列") is None
    assert box_row(cols, "某某大桥") is None
    assert box_row(cols, "某某大桥　长1.2公里") == ("某某大桥", "某某大桥：建设内容为长1.2公里。")


def test_box_table_with_single_spaces_between_cells():
    # PDF text keeps one space between cells; a row whose content holds a space is an ordinary item.
    text = ("某县规划纲要\n\n第一章　基础设施\n\n专栏1　重点项目\n\n序号 项目名称 建设内容 总投资（亿元）\n"
            "1 某某大桥 长1.2公里 8\n2 某某水库 库容3000万立方米 12.5\n3 某某公路改造 改造 二级公路 3\n\n第二章　保障\n\n正文。\n")
    box = _box(parse_document(text, plan_id="t"))
    assert [i.name for i in box.items][:2] == ["某某大桥", "某某水库"]
    assert box.items[2].paragraph.text == "3 某某公路改造 改造 二级公路 3"  # as printed
    assert box.items[1].paragraph.text == "某某水库：建设内容为库容3000万立方米，总投资为12.5亿元。"


def test_task_table_without_a_name_column():
    """类别 / 细分 / 重点任务 set in cells: the row is named by the column before what it says; 类别 groups."""
    cols = match_box_header("类别\t细分\t重点任务")
    assert (cols.name, cols.group) == (1, 0)
    assert box_row(cols, "产品\t工业炸药\t安全环保型系列工业炸药研发。") == (
        "工业炸药", "工业炸药：类别为产品，重点任务为安全环保型系列工业炸药研发。")
    two = match_box_header("类别\t重点任务")
    assert (two.name, two.group) == (0, None)
    assert match_box_header("重点任务\t类别") is None  # nothing before what is done: no name column
    assert match_box_header("类别　　细分　　重点任务") is None  # not set in cells: could be a sentence's words


def test_markdown_box_tables_read_as_grouped_items():
    from kg.ingest.parse import parse_document
    text = ("# 某某行业发展规划\n\n## 一、主要任务\n\n### （一）推动科技进步\n\n加强基础研究。\n\n专栏1　科技提升专项行动\n\n"
            "研究制定行业技术进步政策，实现行业技术水平大幅提升。\n\n| 类别 | 细分 | 重点任务 |\n|---|---|---|\n"
            "| 产品 | 工业炸药 | 安全环保型工业炸药研发。 |\n| 产品 | 炸药制品 | 震源药柱产品研发。 |\n"
            "| 基础科研 | 小品种 | 连续化生产工艺研发。 |\n\n\n### （二）优化结构\n\n推进兼并重组。\n")
    from kg.ingest.formats.markdown import clean_markdown
    doc = parse_document(clean_markdown(text), plan_id="t")
    [box] = doc.boxes()
    assert [(i.name, i.group) for i in box.items] == [("工业炸药", "产品"), ("炸药制品", "产品"), ("小品种", "基础科研")]
    # the box's opening sentence says what it is for: a paragraph of the box, not an item
    assert [p.kind for p in box.paragraphs][:2] == ["prose", "prose"]
    assert [s.heading.label for s in doc.sections()] == ["（一）推动科技进步", "（二）优化结构"]
