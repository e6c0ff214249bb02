"""A government work report's layout (lane probeA, found on two real reports): 一、 parts whose （一） heads are
two phrases joined by a comma and run into their text, and annexes (附件1 …) with a numbering of their own.

* A run of three or more such heads, numbered in order, is the part's sections; one or two stay text.
* An annex's 一、二、三、 (its categories) restart no chapter: the annex stays the plan's back matter.
"""
from __future__ import annotations

import pytest

from kg.ingest.layouts.runin import runin_sections
from kg.ingest.parse import parse_document

REPORT = """某县政府工作报告

各位代表：现在报告工作。

一、过去一年工作回顾

（一）稳住经济大盘，发展质量持续向好。全县生产总值增长5%。

（二）深化改革开放，发展活力不断释放。完成改革任务30项。

（三）办好民生实事，群众获得感明显增强。新增学位1000个。

二、今年工作安排

（一）做强县域工业。推进园区扩区。

（二）扩大有效投资。实施重点项目50个。

附件1

某县民生实事

一、教育

1.新增学位1200个。（牵头单位：县教育局）

二、养老

2.新建养老服务站5个。（牵头单位：县民政局）

三、交通

3.新改建农村公路40公里。（牵头单位：县交通运输局）

四、环境

4.改造公厕20座。（牵头单位：县城管局）
"""


@pytest.fixture(scope="module")
def report():
    return parse_document(REPORT, plan_id="work-report")


def _outline(doc):
    return [(c.heading.label, [s.heading.label for s in c.sections]) for c in doc.chapters()]


def test_joined_heads_are_sections(report):
    assert _outline(report)[0] == ("一、过去一年工作回顾", [
        "（一）稳住经济大盘，发展质量持续向好", "（二）深化改革开放，发展活力不断释放", "（三）办好民生实事，群众获得感明显增强"])
    section = list(report.chapters())[0].sections[1]
    assert [p.text for p in section.paragraphs] == ["完成改革任务30项。"]


def test_annex_numbering_opens_no_chapter(report):
    assert [c.heading.label for c in report.chapters()] == ["一、过去一年工作回顾", "二、今年工作安排"]
    texts = [p.text for p in report.closing]
    assert texts[:4] == ["附件1", "某县民生实事", "一、教育", "1.新增学位1200个。（牵头单位：县教育局）"]
    assert "四、环境" in texts


@pytest.mark.parametrize("lines, expected", [
    # two joined heads: the sentences of a list as easily as a structure
    (["一、回顾", "（一）稳住经济大盘，发展质量向好。增长5%。", "（二）深化改革开放，活力不断释放。完成任务。"], []),
    # three, one of them a sentence with a figure: no structure
    (["一、回顾", "（一）稳住经济大盘，发展质量向好。增长5%。", "（二）深化改革开放，活力不断释放。完成任务。",
      "（三）2022年全县生产总值增长5%，好于预期。继续努力。"], []),
    # three heads, one a plain phrase: all sections
    (["一、回顾", "（一）稳住经济大盘，发展质量向好。增长5%。", "（二）深化改革开放。完成任务。",
      "（三）办好民生实事，群众获得感增强。新增学位。"], [1, 2, 3]),
    # a head of three phrases is a sentence
    (["一、回顾", "（一）稳住经济，发展质量向好，效益提升。增长5%。", "（二）深化改革，活力释放。完成任务。",
      "（三）办好实事，获得感增强。新增学位。"], []),
])
def test_joined_heads_need_a_run_of_three(lines, expected):
    assert sorted(runin_sections(lines, lambda i: lines[i].startswith("一、"))) == expected


@pytest.mark.parametrize("lines, expected", [
    # a quoted name is one word of a head: its digits (“6+5+6+1”) state no figure, its comma breaks no clause
    (["一、回顾", "（一）坚持生命至上，全力抗击疫情。果断启动响应。",
      "（二）着力稳定产业链供应链，“6+5+6+1”现代产业体系逐步壮大成势。积极建立秩序。",
      "（三）聚焦“办好一次会，搞活一座城”，全面提升城市管理水平。围绕目标推进。"], [1, 2, 3]),
    # a quoted name with a stated figure outside the quotes is still a sentence
    (["一、回顾", "（一）坚持生命至上，全力抗击疫情。果断启动响应。",
      "（二）“长安号”全年完成投资76亿元，货运量居全国第一。积极建立秩序。",
      "（三）聚焦“两山”理念，生态环境持续好转。修订条例。"], []),
    # a long quotation is no name: its commas still break the head's clauses
    (["一、回顾", "（一）坚持生命至上，全力抗击疫情。果断启动响应。",
      "（二）落实“稳中求进，以进促稳，先立后破，统筹兼顾，综合施策”，发展向好。积极建立秩序。",
      "（三）聚焦“两山”理念，生态环境持续好转。修订条例。"], []),
])
def test_quoted_names_in_joined_heads(lines, expected):
    assert sorted(runin_sections(lines, lambda i: lines[i].startswith("一、"))) == expected
