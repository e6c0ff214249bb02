"""A district 纲要 numbering its levels 一、 > 1. > 1.1 (no （一）), on an invented plan
(tests/data/qa-decimal-outline-plan.md): the bare 「1. 标题」 lines restarting under every 一、 part are its sections
(a 1.1 head under a 1. head says so), the back matter's numbered glossary entries none; its indicator table flattened
one cell per paragraph under a two-row header (「规划目标」 over 「2030年」 / 「年均（累计）」, 类别 printed once per
group); its glossary headed 「《纲要》有关名词解释」."""
from __future__ import annotations

import pytest

from kg.ingest.layouts.runin import runin_sections
from kg.ingest.parse import parse_file
from kg.ingest.table import _joined_captions
from tests.conftest import DATA

PLAN = DATA / "qa-decimal-outline-plan.md"


@pytest.fixture(scope="module")
def doc():
    return parse_file(PLAN, plan_id="decimal")


def test_bare_numbered_heads_restarting_under_each_part_are_sections(doc):
    sections = {c.heading.title: [s.heading.title for s in c.sections] for c in doc.chapters()}
    assert sections == {
        "回顾发展基础，把握新形势": ["过去五年的主要成就", "面临的新形势"],
        "明确发展目标，擘画新蓝图": ["总体目标", "主要指标"],
        "建设现代产业体系，壮大发展动能": ["培育壮大主导产业", "强化“四区协同”重点片区支撑", "打造“一廊多园”创新空间"],
        "强化规划实施保障": ["加强组织领导", "强化监测评估"],
    }


def test_a_review_figure_sits_under_its_review_heading(doc):
    para = next(p for p in doc.paragraphs() if "新增养老床位1200张" in p.text)
    assert para.path.section is not None and para.path.section.title == "过去五年的主要成就"


def test_without_a_level_below_they_stay_each_parts_list():
    lines = ["一、主要任务", "1. 推进口袋公园建设", "加快建设。", "2. 完善绿道网络", "贯通绿道。",
             "二、保障措施", "1. 加强组织领导", "健全机制。", "2. 强化资金保障", "加大投入。"]
    assert runin_sections(lines, lambda i: lines[i].startswith(("一、", "二、")), arabic=True) == {}


def test_spanning_target_caption_composed_with_the_columns_under_it():
    assert _joined_captions(["序号", "指标名称", "单位", "属性", "“十五五”目标", "2030年", "年均【累计】"])[-2:] == \
        ["“十五五”目标·2030年", "“十五五”目标·年均【累计】"]
    # a target caption with a year of its own is a column, and a header whose last captions are no years stays as it is
    assert _joined_captions(["指标", "2025年目标", "2030年", "年均增速"]) == ["指标", "2025年目标", "2030年", "年均增速"]
    assert _joined_captions(["指标", "规划目标", "属性"]) == ["指标", "规划目标", "属性"]


def test_two_row_header_table_read_row_by_row(doc):
    rows = [(i.category, i.number, i.name, i.unit, i.attribute, i.target.raw, i.growth.raw) for i in doc.indicators]
    assert rows == [
        ("经济发展", 1, "地区生产总值年均增长率", "%", "预期性", "—", "6左右"),
        ("经济发展", 2, "研发经费投入强度", "%", "预期性", "3.5", "—"),
        ("经济发展", 3, "新增规上工业企业数", "家", "预期性", "—", "〔累计120〕"),
        ("民生福祉", 4, "城镇调查失业率", "%", "约束性", "＜5.5", "—"),
        ("民生福祉", 5, "新增社区卫生服务站数", "个", "预期性", "—", "〔累计20〕"),
        ("绿色生态", 6, "细颗粒物年均浓度", "微克/立方米", "约束性", "完成市下达目标", "—"),
    ]
    assert {i.target_year for i in doc.indicators} == {2030}


def test_glossary_named_after_the_document_it_explains(doc):
    assert [t.name for t in doc.glossary] == ["四区协同", "一廊多园", "主导产业"]
