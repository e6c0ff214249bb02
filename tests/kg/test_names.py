"""Name normalisation: one matching key for every printed variant of one thing."""
from __future__ import annotations

import pytest

from kg.document import Document, HeadingPath, Paragraph
from kg.extract.names import clean_name, is_park_name, normalise_name, region_prefixes, short_forms, strip_region

PREFIXES = ("永州市零陵区", "永州市", "零陵区", "永州", "零陵")


@pytest.mark.parametrize(("a", "b"), [
    ("永州市零陵区何仙观水库工程", "何仙观水库"),
    ("新材料百亿产业园", "新材料百亿园区"),
    ("新材料百亿产业园", "新材料产业园"),
    ("永州市湘江流域综合治理项目（零陵段）", "湘江流域综合治理项目"),
    ("“三高四新”战略", "三高四新战略"),
    ("香零山大桥建设工程", "香零山大桥建设项目"),
    ("零陵区光荣院项目", "光荣院"),
    ("妇幼保健及计划生育服务中心搬迁项目续建", "妇幼保健及计划生育服务中心搬迁"),
    ("河西工业园区", "河西工业园"),
    ("ＡＢ产业园", "ab园区"),
])
def test_variants_share_a_key(a, b):
    assert normalise_name(a, prefixes=PREFIXES) == normalise_name(b, prefixes=PREFIXES)


@pytest.mark.parametrize(("a", "b"), [
    ("锰系材料产业园", "新材料百亿产业园"),
    ("航空航天新材料产业园", "新材料产业园"),
    ("永州大道", "大道"),  # a road named after the city keeps its name
    ("零陵古城", "古城"),  # too little would remain
    ("大唐风力发电站（二期）", "大唐风力发电站"),  # a phase is not the same project
])
def test_different_things_keep_different_keys(a, b):
    assert normalise_name(a, prefixes=PREFIXES) != normalise_name(b, prefixes=PREFIXES)


def test_region_prefix_is_only_stripped_when_given():
    assert normalise_name("零陵区光荣院项目") == "零陵区光荣院"


@pytest.mark.parametrize(("printed", "label"), [
    ("加快建设香零烟雨生态旅游度假区", "香零烟雨生态旅游度假区"),
    ("规划建设东山景区怀素书法艺术产业园项目。", "东山景区怀素书法艺术产业园项目"),
    ("①加强产业承接平台建设", "产业承接平台建设"),
    ("建设项目", "建设项目"),  # nothing would remain after the verb
])
def test_clean_name(printed, label):
    assert clean_name(printed) == label


def test_short_forms_are_printed_substrings_that_still_name_the_thing():
    forms = short_forms("永州市零陵区何仙观水库工程", prefixes=PREFIXES)
    assert {"何仙观水库", "何仙观水库工程"} <= forms
    assert all(f in "永州市零陵区何仙观水库工程" for f in forms)
    # 河道治理 alone names no thing: the tail stays
    assert short_forms("零陵区河道治理工程", prefixes=PREFIXES) == {"河道治理工程"}


def test_strip_region_keeps_connectives_and_heads():
    assert strip_region("零陵至东安快速干道", prefixes=PREFIXES) == "零陵至东安快速干道"
    assert strip_region("零陵区滨江新城康养综合体", prefixes=PREFIXES) == "滨江新城康养综合体"


@pytest.mark.parametrize(("name", "park"), [
    ("循环经济产业园", True), ("永州智慧物流产业园项目", True), ("河西工业园区", True),
    ("零陵火车站工业物流园", True), ("梁山岐风电场", False), ("园区标准厂房项目", False),
])
def test_is_park_name(name, park):
    assert is_park_name(name) is park


def _doc(title: str, *texts: str) -> Document:
    paras = [Paragraph(f"pre-p{i:02d}", t, HeadingPath(), "preface") for i, t in enumerate(texts, 1)]
    return Document("x", title, "x.txt", "0", preface=paras)


def test_region_prefixes_from_title_and_text():
    doc = _doc("零陵区国民经济和社会发展第十四个五年规划和二〇三五远景目标纲要",
               "依据湖南省“十四五”规划和永州市“十四五”规划精神编制。", "永州市零陵区何仙观水库工程。")
    assert region_prefixes(doc) == PREFIXES


def test_region_prefixes_of_a_county_with_its_province():
    doc = _doc("杉源县国民经济和社会发展第十四个五年规划", "湖南省杉源县地处湘西。")
    assert region_prefixes(doc)[:3] == ("湖南省杉源县", "杉源县", "湖南省")
    assert "杉源" in region_prefixes(doc)


def test_region_prefixes_of_the_national_plan_and_of_no_region():
    assert region_prefixes(_doc("中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要")) == ("中华人民共和国",)
    assert region_prefixes(_doc("关于加快发展的若干意见")) == ()
