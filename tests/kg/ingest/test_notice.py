"""The cover letter (印发通知) and a portal's index block: kept as the plan's issuance metadata, out of
its body — the letter's own 一、二、 lines open no chapter, and the plan's own title is its title."""
from __future__ import annotations

import pytest

from kg.extract.extractor import extract_facts
from kg.graph.rdf import build_graph
from kg.ingest.notice import parse_date, read_notice
from kg.ingest.parse import parse_document, parse_file
from rdflib import Literal
from rdflib import namespace as rdfns  # XSD off module globals: pytest probes them and XSD warns
from rdflib.namespace import DCTERMS, RDFS
from tests.conftest import DATA


@pytest.fixture(scope="module")
def county():
    return parse_file(DATA / "notice-county-plan.txt")


def test_letter_is_metadata(county):
    i = county.issuance
    assert (i.issuer, i.identifier, i.date, i.date_text) == ("某某县人民政府", "某政发〔2021〕5号", "2021-03-30",
                                                            "二〇二一年三月三十日")
    assert i.title.startswith("某某县人民政府关于印发") and i.published is None
    assert [p.id for p in i.paragraphs][:2] == ["ntc-p01", "ntc-p02"] and len(i.paragraphs) == 9
    assert {p.kind for p in i.paragraphs} == {"notice"}


def test_letter_is_out_of_the_body(county):
    assert county.title == "某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    assert [c.heading.label for c in county.chapters()] == ["一、发展基础", "二、主要任务", "三、保障措施"]
    assert [p.text for p in county.preface] == [county.title]
    body = [p.id for p in county.paragraphs()]
    assert body[:9] == [p.id for p in county.issuance.paragraphs]  # still citable, in reading order


def test_portal_index_block():
    doc = parse_file(DATA / "notice-portal-plan.md")
    i = doc.issuance
    assert (i.issuer, i.identifier, i.date, i.published, i.title) == ("某某部", "某部规〔2016〕12号", "2016-11-08",
                                                                      "2016-11-15", None)
    assert doc.title == "某某行业发展规划（2016-2020年）"
    assert [p.text for p in doc.preface] == [doc.title, "为推动某某行业持续健康发展，制定本规划。"]
    assert [c.heading.label for c in doc.chapters()] == ["一、发展回顾", "二、主要任务"]


def test_plan_without_a_letter(mini_doc, seed_doc):
    assert mini_doc.issuance is None and seed_doc.issuance is None


def test_letter_without_a_date_ends_with_its_issuing_text():
    text = ("某市发展改革委关于印发某市数字经济发展规划的通知\n\n现将《某市数字经济发展规划》印发给你们，请认真贯彻执行。\n\n"
            "某市数字经济发展规划\n\n一、发展基础\n\n全市数字经济规模达到500亿元。\n\n二、主要任务\n\n加快发展。\n")
    doc = parse_document(text, plan_id="t")
    assert doc.issuance.issuer == "某市发展改革委" and doc.issuance.date is None
    assert doc.title == "某市数字经济发展规划" and len(list(doc.chapters())) == 2


def test_a_plan_citing_a_notice_is_no_letter():
    texts = ["某县国民经济和社会发展第十四个五年规划纲要", "前言",
             "根据省政府关于印发某省“十四五”规划的通知精神，编制本纲要。"]
    assert read_notice(texts) is None


def test_title_from_the_letter_when_the_plan_prints_none():
    span = read_notice(["国务院关于印发“十四五”数字经济发展规划的通知", "国发〔2021〕29号",
                        "现将《“十四五”数字经济发展规划》印发给你们，请认真贯彻执行。", "国务院", "2021年12月12日"])
    assert (span.plan_title, span.issuance.issuer) == ("“十四五”数字经济发展规划", "国务院")


@pytest.mark.parametrize("printed, iso", [("2021年12月12日", "2021-12-12"), ("二〇一六年十一月八日", "2016-11-08"),
                                          ("2016年11月08日", "2016-11-08"), ("二○二一年十二月三十一日", "2021-12-31"),
                                          ("2022-01-12", "2022-01-12"), ("2021年13月1日", None), ("十二月", None)])
def test_parse_date(printed, iso):
    assert parse_date(printed) == iso


def test_issuance_in_the_graph(county):
    g = build_graph(county, extract_facts(county))
    plan = next(g.subjects(RDFS.label, Literal(county.title, lang="zh")))
    assert g.value(plan, DCTERMS.issued) == Literal("2021-03-30", datatype=rdfns.XSD.date)
    assert str(g.value(plan, DCTERMS.identifier)) == "某政发〔2021〕5号"
    assert str(g.value(g.value(plan, DCTERMS.publisher), RDFS.label)) == "某某县人民政府"


def test_web_page_with_index_table_letter_and_tables():
    """A portal's page: the index block as a table, the letter, the plan with an indicator table and a 专栏
    task table as HTML tables (trafilatura → pipe rows)."""
    doc = parse_file(DATA / "portal-plan.html")
    i = doc.issuance
    assert (i.issuer, i.identifier, i.date, i.published) == ("某某部", "某部规〔2021〕88号", "2021-11-26", "2021-12-03")
    assert doc.title == "某某行业发展规划（2021-2025年）"  # not the page's title, the letter's
    assert [c.heading.label for c in doc.chapters()] == ["一、发展基础", "二、发展目标", "三、重点任务", "四、保障措施"]
    tasks = list(doc.chapters())[2]
    assert [s.heading.label for s in tasks.sections] == ["（一）推动技术创新", "（二）优化产业布局", "（三）加强人才培养"]
    assert [(x.name, x.target.raw, x.attribute) for x in doc.indicators] == [
        ("营业收入", "2800", "预期性"), ("研发投入强度", "2.0", "预期性"), ("单位产值能耗降低", "[13.5]", "约束性")]
    [box] = doc.boxes()
    assert box.groups == ["产品", "工艺"]
    assert [(x.name, x.group) for x in box.items] == [("新型材料", "产品"), ("智能装备", "产品"), ("绿色工艺", "工艺")]


def test_index_block_as_a_markdown_list():
    text = ("某市人民政府关于印发某市城市更新规划的通知\n\n* 索引号： K28044908/2026-12878\n* 发文机构： 某市人民政府\n"
            "* 发文字号： 某政〔2026〕8号\n* 成文日期： 2026年07月13日\n* 发布日期： 2026年07月31日\n\n各区人民政府：\n\n"
            "经研究，现将《某市城市更新规划》印发给你们，请认真组织实施。\n\n某市人民政府\n\n2026年7月13日\n\n"
            "某市城市更新规划\n\n一、总体要求\n\n坚持人民城市人民建。\n\n二、主要任务\n\n推进老旧小区改造。\n")
    doc = parse_document(text, plan_id="t")
    i = doc.issuance
    assert (i.issuer, i.identifier, i.date, i.published) == ("某市人民政府", "某政〔2026〕8号", "2026-07-13", "2026-07-31")
    assert doc.title == "某市城市更新规划" and len(list(doc.chapters())) == 2 and doc.preface[0].text == doc.title
