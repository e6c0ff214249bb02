"""A file writing a paragraph a line keeps its 专栏 heads and table rows whole.

Such a file may still hold twenty-odd title lines of one width (its section heads and table
captions), which reads as a print width: a box's title line of that width was joined with the
box's first paragraph (「专栏7  …创新枢纽以…为抓手，推动…」) or its table's header row
(「专栏3  …集群体系产业集群    产业链」), and the box was lost or misnamed.
"""
from __future__ import annotations

import pytest

from kg.ingest.cleanup import join_wrapped

# Twenty-two lines of one display width (44): the spurious print width.
_TITLES = [f"加快推进{c}区甲乙丙丁戊己庚辛壬癸子丑寅卯工作" for c in "东南西北中上下左右前后里外内新老大小高低长短"]


def _plan(box_title: str, after: list[str]) -> list[str]:
    return _TITLES + [box_title] + after + ["", "第二节  某某"]


@pytest.mark.parametrize("title, first", [
    ("专栏7  “两港两中心”科技创新枢纽建设行动", "以“两港两中心”创新枢纽为抓手，推动科技创新带综合改革试点，建设教育科技人才体制机制一体改革先行区，打造具有全国影响力的科技创新策源地。"),
    ("专栏16  “十五五”重点推进的断头路建设项", "续建工程：某某省道市政配套工程（区界至绕城高速段），某某省道辅道工程，某某路（某某大街至某某路）。"),
    ("专栏18  “十五五”历史文化遗产保护工程啊", "物质文化遗产保护挖掘工程：推进某某遗址、某某陵墓石刻保护展示、某某寺二期等一批大遗址保护项目。"),
])
def test_box_title_keeps_its_line_before_a_long_paragraph(title, first):
    lines = join_wrapped("\n".join(_plan(title, [first]))).split("\n")
    assert title in lines and first in lines


@pytest.mark.parametrize("title, header, row", [
    ("专栏3  “1026”先进制造业集群体系建设工作", "产业集群    产业链", "1．人工智能    1．人工智能"),
    ("专栏2  “十五五”经济社会发展主要指标表啊", "分类    序号    指标    属性    2030年目标值", "经济强    1    地区生产总值年均增长率（%）    预期性    5以上"),
    ("专栏13  某某都市圈交通设施重大项目安排", "类型\u3000\u3000项目名称", "铁路\u3000\u3000某某至某某铁路"),
])
def test_table_rows_are_never_joined(title, header, row):
    lines = join_wrapped("\n".join(_plan(title, [header, row]))).split("\n")
    assert title in lines and header in lines and row in lines


def test_a_wrapped_print_still_joins():
    wrapped = ["人口自然增长率，要求由现在的千分之十二左右，降", "到千分之九左右。"] * 20
    assert join_wrapped("\n".join(wrapped)).split("\n")[0] == "人口自然增长率，要求由现在的千分之十二左右，降到千分之九左右。"
