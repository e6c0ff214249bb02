"""kg.ingest.parse: the document tree of the seed plan, the national outline, the mini plan and odd inputs."""
from __future__ import annotations

import re

import pytest

from kg.document import HeadingPath
from kg.errors import InputError
from kg.ingest.parse import parse_document, parse_file, plan_id_from_path

ID_PATTERN = re.compile(
    r"^(pre-p\d{2,}|pt\d{2,}-p\d{2,}|ch\d{2,}(-s\d+)?-p\d{2,}|box(\d+(\.\d+)*|ch\d{2,}-\d+)-[ig]\d{2,}"
    r"|ind-\d{2,}|gl-\d{2,})$"
)


# -- the seed plan ---------------------------------------------------------------


def test_seed_counts(seed_doc):
    assert len(seed_doc.parts) == 11
    assert len(list(seed_doc.chapters())) == 43
    assert len(list(seed_doc.sections())) == 126
    assert len(list(seed_doc.boxes())) == 15
    assert len(seed_doc.indicators) == 25
    assert len(seed_doc.glossary) == 15
    assert seed_doc.warnings == [
        "table row '19' has 6 cells for 7 columns; aligned by content",
        "table row '20' has 6 cells for 7 columns; aligned by content",
    ]


def test_seed_numbering(seed_doc):
    assert [p.heading.number for p in seed_doc.parts] == list(range(1, 12))
    assert [c.heading.number for c in seed_doc.chapters()] == list(range(1, 44))
    for chapter in seed_doc.chapters():
        assert [s.heading.number for s in chapter.sections] == list(range(1, len(chapter.sections) + 1))
    sections = {c.heading.number: len(c.sections) for c in seed_doc.chapters()}
    # Chapters printed with 第一节-style sections, and chapters without sections.
    assert sections[27] == 2 and sections[32] == 4 and sections[34] == 2
    assert [n for n, count in sections.items() if count == 0] == [1, 5, 6, 11, 13]


def test_seed_headings(seed_doc):
    part = seed_doc.parts[0]
    assert part.heading.label == "第1篇 扬帆起航 开启现代化建设新征程"
    ch27 = next(c for c in seed_doc.chapters() if c.heading.number == 27)
    assert ch27.sections[0].heading.label == "第1节 增加居民收入"
    assert ch27.sections[0].heading.line == 972
    assert [p.heading.title for p in seed_doc.parts][-1] == "践行“四新” 绘就现代化零陵新蓝图"


def test_seed_title_and_preface(seed_doc):
    assert seed_doc.title == "零陵区国民经济和社会发展第十四个五年规划和二〇三五远景目标纲要"
    assert seed_doc.plan_id == "lingling-14th-five-year-plan"
    assert len(seed_doc.sha256) == 64
    kinds = [(p.id, p.kind) for p in seed_doc.preface[:4]]
    assert kinds == [("pre-p01", "preface"), ("pre-p02", "title"), ("pre-p03", "title"), ("pre-p04", "preface")]
    assert seed_doc.preface[2].text == "前言"
    assert seed_doc.preface[3].text.startswith("“十四五”时期，是我国全面建成小康社会")
    assert {p.path for p in seed_doc.preface} == {HeadingPath()}


def test_seed_paragraph_ids_are_unique_and_readable(seed_doc):
    ids = [p.id for p in seed_doc.paragraphs()]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not ID_PATTERN.match(i)] == []
    index = seed_doc.paragraph_index()
    assert index["ch04-s2-p02"].text == "循环经济产业园"
    assert index["ch04-s2-p02"].kind == "title"
    assert index["ch05-p02"].text == "1.发展目标" and index["ch05-p02"].kind == "item"
    assert index["pt02-p01"].text.startswith("坚持两业并举")


def test_seed_lines_point_into_the_file(seed_doc, seed_path):
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    for para in seed_doc.paragraphs():
        if para.kind not in ("indicator", "title") or para.id.startswith("ch"):
            assert lines[para.line - 1].strip()[:10] == para.text[:10], para.id


def test_seed_no_heading_inside_text(seed_doc):
    for para in seed_doc.paragraphs():
        assert not re.match(r"^第\s*[0-9一二三四五六七八九十]+\s*[篇章节]\s", para.text), para.id


def _box(doc, number):
    return next(b for b in doc.boxes() if b.heading.number == number)


def test_seed_box_numbers_and_places(seed_doc):
    where = {b.heading.number: (b.path.chapter.number, b.path.section and b.path.section.number)
             for b in seed_doc.boxes()}
    assert where == {
        "7.1": (4, 2), "8.1": (8, 3), "12.1": (12, 4), "21.1": (21, 4), "23.1": (23, 2), "25.1": (25, 1),
        "26.1": (26, 1), "26.2": (26, 2), "26.3": (26, 3), "26.4": (26, 4), "28.1": (28, 3), "31.1": (31, 3),
        "37.1": (37, 3), "39.1": (39, 3), "40.1": (40, 2),
    }


def test_seed_box_7_1_sits_in_chapter_4(seed_doc):
    box = _box(seed_doc, "7.1")
    chapter4 = next(c for c in seed_doc.chapters() if c.heading.number == 4)
    assert box in chapter4.sections[1].boxes
    assert box.heading.label == "专栏7.1 特色产业园区重点项目"
    assert box.path.box == box.heading
    assert [i.name for i in box.items] == ["循环经济产业园", "航空航天新材料产业园"]
    assert [p.id for p in box.paragraphs] == ["box7.1-i01", "box7.1-i02"]
    assert box.items[0].paragraph.text.startswith("循环经济产业园。项目选址珠山镇原上田工业园")
    assert str(box.items[0].paragraph.path).endswith("第2节 加快建设特色园区 / 专栏7.1 特色产业园区重点项目")


def test_seed_box_8_1_heading_without_space(seed_doc):
    box = _box(seed_doc, "8.1")
    assert box.heading.title == "现代物流重点项目"
    assert [i.name for i in box.items] == ["永州智慧物流产业园项目", "零陵火车站工业物流园"]


def test_seed_box_26_3_groups(seed_doc):
    box = _box(seed_doc, "26.3")
    assert box.groups == ["（一）能源基础设施建设项目", "（二）水利基础设施建设项目"]
    energy = [i.name for i in box.items if i.group == box.groups[0]]
    assert energy == [
        "梁山岐风电场", "永州大庆坪风电场工程项目", "富家桥风电场", "阳光电源光伏电站项目",
        "大唐风力发电站（二期）", "零陵区110千伏变电站", "城区、农村电网提质改造", "新气站建设",
    ]
    water = [i.name for i in box.items if i.group == box.groups[1]]
    assert water[0] == "永州市零陵区何仙观水库工程" and len(water) == 8
    assert [p.kind for p in box.paragraphs].count("box_group") == 2
    assert box.paragraphs[0].id == "box26.3-g01" and box.paragraphs[0].kind == "box_group"
    assert box.items[0].paragraph.id == "box26.3-i01"
    assert box.items[0].paragraph.text == "梁山岐风电场，建设装机10万千瓦风力发电场。"


def test_seed_box_26_2_groups(seed_doc):
    box = _box(seed_doc, "26.2")
    assert len(box.groups) == 5
    assert [(i.group, i.name) for i in box.items][:3] == [
        ("（一）铁路项目", "争取永清广高铁、南衡高铁、兴永郴赣高铁在零陵设站"),
        ("（二）公路项目", "国道322改线（黄古山至西塘观公路、毛里铺至珠山公路、水口山至大庆坪公路）"),
        ("（三）客运站建设项目", "零陵汽车东站"),
    ]


def test_seed_box_31_1(seed_doc):
    box = _box(seed_doc, "31.1")
    assert [i.name for i in box.items] == [
        "卫生应急能力建设项目", "区级中医院能力提升项目", "乡村卫生院建设项目", "永州市中心血站整体搬迁项目",
        "妇幼保健及计划生育服务中心搬迁项目续建", "零陵区光荣院项目",
    ]
    assert box.groups == [] and {i.group for i in box.items} == {None}


def test_seed_box_40_1_item_right_under_heading(seed_doc):
    box = _box(seed_doc, "40.1")
    assert box.items[0].paragraph.line == box.heading.line + 1
    assert box.items[0].name == "零陵古城建设项目"
    assert len(box.items) == 6


def test_seed_boxes_end_at_the_next_heading(seed_doc, seed_path):
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    heading_lines = sorted({h.line for c in seed_doc.chapters() for h in [c.heading, *(s.heading for s in c.sections)]}
                           | {p.heading.line for p in seed_doc.parts})
    for box in seed_doc.boxes():
        last = box.paragraphs[-1].line
        following = next(n for n in heading_lines if n > box.heading.line)
        between = [line for line in lines[last:following - 1] if line.strip()]
        assert between == [], box.heading.label
    sizes = {b.heading.number: len(b.items) for b in seed_doc.boxes()}
    assert sizes["26.4"] == 20 and sizes["23.1"] == 3 and sizes["26.1"] == 2


def test_seed_box_item_names(seed_doc):
    names = {i.name for b in seed_doc.boxes() for i in b.items}
    assert {"湘江东路零陵段", "零陵古城2号停车场", "永州市零陵区何仙观水库工程"} <= names


# -- the national outline ------------------------------------------------------


def test_national_counts(national_doc):
    assert len(national_doc.parts) == 19
    assert len(list(national_doc.chapters())) == 65
    assert len(list(national_doc.sections())) == 192
    assert [c.heading.number for c in national_doc.chapters()] == list(range(1, 66))
    assert list(national_doc.boxes()) == [] and national_doc.indicators == []
    assert national_doc.title == "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要"


def test_national_headings_and_preface(national_doc):
    part1 = national_doc.parts[0]
    assert part1.heading.label == "第1篇 开启全面建设社会主义现代化国家新征程"
    assert part1.preamble[0].text.startswith("“十四五”时期是我国全面建成小康社会")
    ch23 = next(c for c in national_doc.chapters() if c.heading.number == 23)
    assert ch23.heading.title == "提高农业质量效益和竞争力"
    assert national_doc.preface[-1].text.startswith("中华人民共和国国民经济和社会发展第十四个五年（2021－2025年）规划")
    ids = [p.id for p in national_doc.paragraphs()]
    assert len(ids) == len(set(ids))


# -- the mini plan ---------------------------------------------------------------


def test_mini_plan_tree(mini_doc):
    assert mini_doc.title == "杉源县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    assert [p.heading.label for p in mini_doc.parts] == ["第1篇 总体要求", "第2篇 产业发展"]
    chapters = list(mini_doc.chapters())
    assert [c.heading.label for c in chapters] == [
        "第1章 发展基础", "第2章 发展目标", "第3章 建设特色产业园区", "第4章 推进能源和交通建设",
    ]
    assert [[s.heading.label for s in c.sections] for c in chapters] == [
        [], ["第1节 指导思想", "第2节 主要指标"], ["第1节 做强竹木循环产业园", "第2节 保障要素供给"], [],
    ]
    assert [p.id for p in chapters[0].preamble] == ["ch01-p01", "ch01-p02"]
    assert mini_doc.warnings == []


def test_mini_plan_boxes(mini_doc):
    numbered, unnumbered = mini_doc.boxes()
    chapters = list(mini_doc.chapters())
    assert numbered in chapters[2].sections[0].boxes and unnumbered in chapters[3].boxes
    assert numbered.groups == ["（一）园区基础设施项目", "（二）企业技改项目"]
    assert [(i.name, i.group) for i in numbered.items] == [
        ("园区标准厂房项目", "（一）园区基础设施项目"),
        ("园区主干道工程", "（一）园区基础设施项目"),
        ("杉源竹业有限公司竹纤维生产线", "（二）企业技改项目"),
    ]
    assert unnumbered.heading.number is None and unnumbered.heading.label == "专栏 能源交通重点工程"
    assert [p.id for p in unnumbered.paragraphs] == ["boxch04-1-i01", "boxch04-1-i02", "boxch04-1-i03"]
    assert unnumbered.path == HeadingPath(mini_doc.parts[1].heading, chapters[3].heading, None, unnumbered.heading)


def test_mini_plan_paragraph_kinds(mini_doc):
    chapter3, chapter4 = list(mini_doc.chapters())[2:]
    assert [(p.kind, p.text[:7]) for p in chapter3.sections[0].paragraphs] == [
        ("title", "竹木循环产业园"), ("prose", "依托杉源县工业"),
    ]
    assert [p.kind for p in chapter3.sections[1].paragraphs] == ["item", "item"]
    # Two blank lines close the unnumbered box; the numbered items after it are the chapter's.
    assert [(p.id, p.kind) for p in chapter4.preamble] == [
        ("ch04-p01", "prose"), ("ch04-p02", "item"), ("ch04-p03", "item"),
    ]
    assert "第3章提出的园区项目" in chapter4.preamble[0].text


def test_mini_plan_indicators(mini_doc):
    assert [(i.category, i.number, i.name, i.unit) for i in mini_doc.indicators] == [
        ("经济发展", 1, "地区生产总值", "亿元"), ("经济发展", 2, "园区规模工业总产值", "亿元"),
        ("民生福祉", 3, "城镇居民人均可支配收入", "元"), ("民生福祉", 4, "城镇调查失业率", "%"),
        ("绿色生态", 5, "森林覆盖率", "%"),
    ]
    assert str(mini_doc.indicators[0].paragraph.path) == "第1篇 总体要求 / 第2章 发展目标 / 第2节 主要指标"


# -- encodings and layouts give the same tree -------------------------------------------


def _tree(doc):
    return [(p.id, p.kind, p.text, str(p.path)) for p in doc.paragraphs()]


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("gb18030"),
        lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["gb18030", "bom", "crlf"],
)
def test_encodings_give_the_same_tree(tmp_path, mini_plan_path, mini_doc, encode):
    path = tmp_path / mini_plan_path.name
    path.write_bytes(encode(mini_plan_path.read_text(encoding="utf-8")))
    doc = parse_file(path)
    assert _tree(doc) == _tree(mini_doc)
    assert len(doc.indicators) == 5 and len(doc.glossary) == 3


def test_seed_in_gb18030_gives_the_same_tree(tmp_path, seed_path, seed_doc):
    path = tmp_path / seed_path.name
    path.write_bytes(seed_path.read_text(encoding="utf-8").encode("gb18030"))
    assert _tree(parse_file(path)) == _tree(seed_doc)


# -- odd inputs ------------------------------------------------------------------------


def test_plan_without_parts():
    doc = parse_document("某县规划纲要\n\n第一章 总则\n\n第一节 目标\n\n建设新城。\n\n第二章 产业\n\n发展产业。\n",
                         plan_id="t")
    assert doc.parts == []  # no phantom 篇
    assert [c.heading.number for c in doc.chapters()] == [1, 2]
    para = doc.paragraph_index()["ch01-s1-p01"]
    assert para.path.part is None and str(para.path) == "第1章 总则 / 第1节 目标"


def test_plan_without_table_or_glossary():
    doc = parse_document("第1篇 总体\n\n第1章 总则\n\n建设新城。\n", plan_id="t")
    assert doc.indicators == [] and doc.glossary == [] and doc.warnings == []


def test_chapters_without_sections_keep_a_preamble():
    doc = parse_document("第1章 总则\n\n建设新城。\n1.发展产业。\n\n第2章 保障\n\n加强保障。\n", plan_id="t")
    chapter1, chapter2 = doc.chapters()
    assert [(p.id, p.kind) for p in chapter1.preamble] == [("ch01-p01", "prose"), ("ch01-p02", "item")]
    assert chapter1.sections == [] and [p.text for p in chapter2.preamble] == ["加强保障。"]


@pytest.mark.parametrize(
    "line, kind, number, title",
    [
        ("第1章 发展基础", "chapter", 1, "发展基础"),
        ("第 1 章 发展基础", "chapter", 1, "发展基础"),
        ("第１章\u3000发展基础", "chapter", 1, "发展基础"),
        ("\t第二十三章\t发展基础", "chapter", 23, "发展基础"),
        ("第一百零二章发展基础", "chapter", 102, "发展基础"),
        ("第十篇 绿色发展", "part", 10, "绿色发展"),
        ("第三节：保障措施", "section", 3, "保障措施"),
    ],
)
def test_heading_variants(line, kind, number, title):
    section = "第1节 开篇\n\n" if kind == "section" else ""
    chapter = "第1章 开篇\n\n" if kind == "section" else ""
    doc = parse_document(f"{chapter}{section}{line}\n\n正文。\n", plan_id="t")
    heading = {"part": lambda: doc.parts[0].heading,
               "chapter": lambda: next(doc.chapters()).heading,
               "section": lambda: list(doc.sections())[-1].heading}[kind]()
    assert (heading.kind, heading.number, heading.title) == (kind, number, title)


@pytest.mark.parametrize(
    "line",
    ["第1章提出的目标已全部完成。", "第三章所列重点项目，由各部门负责实施", "按照第2节的要求推进。", "“第1章 总则”"],
)
def test_sentences_are_not_headings(line):
    doc = parse_document(f"第1章 总则\n\n{line}\n", plan_id="t")
    [chapter] = doc.chapters()
    assert chapter.sections == [] and [p.text for p in chapter.preamble] == [line]


def test_repeated_heading_numbers_keep_ids_unique():
    doc = parse_document("第1章 甲\n\n正文一。\n\n第1章 乙\n\n正文二。\n", plan_id="t")
    assert [p.id for p in doc.paragraphs()] == ["ch01-p01", "ch01-p02"]
    assert doc.warnings == ["line 5: 第1章 乙 where 第2章 was expected"]


def test_repeated_box_numbers_keep_ids_unique():
    doc = parse_document("第1章 甲\n\n专栏1.1 项目\n\n甲项目。\n\n\n专栏1.1 项目\n\n乙项目。\n", plan_id="t")
    assert [p.id for p in doc.paragraphs()] == ["box1.1-i01", "box1.1~2-i01"]
    assert len(doc.warnings) == 1


def test_box_outside_a_chapter_is_kept_as_text():
    doc = parse_document("第1篇 总体\n\n专栏1.1 重点项目\n\n新城公园。\n\n第1章 总则\n\n正文。\n", plan_id="t")
    assert [p.text for p in doc.parts[0].preamble] == ["专栏1.1 重点项目", "新城公园。"]
    assert doc.warnings


@pytest.mark.parametrize("text", ["", "\n\n", "这是一段没有任何标题的文字。\n第二段。\n"])
def test_text_without_headings_builds_under_one_implicit_chapter(text):
    doc = parse_document(text, plan_id="t")
    [chapter] = doc.chapters()
    assert doc.parts == [] and chapter.heading.label == "正文"
    assert [p.text for p in chapter.preamble] == [t for t in text.split("\n") if t]
    assert all(p.path.chapter == chapter.heading for p in chapter.preamble)
    assert any("implicit chapter" in w for w in doc.warnings)


def test_text_without_headings_keeps_its_title_out_of_the_chapter():
    doc = parse_document("某县乡村振兴规划\n\n全县上下要坚持农业农村优先发展。\n", plan_id="t")
    assert doc.title == "某县乡村振兴规划"
    assert [p.id for p in next(doc.chapters()).preamble] == ["ch00-p01"]


def test_bad_files_raise_input_errors(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "plan.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    for path in (empty, binary, tmp_path / "missing.txt"):
        with pytest.raises(InputError, match=re.escape(path.name)):
            parse_file(path)


@pytest.mark.parametrize(
    "path, slug",
    [
        ("data/lingling-14th-five-year-plan.txt", "lingling-14th-five-year-plan"),
        ("/x/National 14th FYP (2021).md", "national-14th-fyp-2021"),
        ("杉源县“十四五”规划.docx", "杉源县-十四五-规划"),
        ("///.txt", "txt"),
    ],
)
def test_plan_id_from_path(path, slug):
    assert plan_id_from_path(path) == slug


def test_printed_table_of_contents_is_not_counted():
    text = ("某县国民经济和社会发展第十四个五年规划纲要\n\n目  录\n\n前  言……………1\n第一篇 总体要求……2\n"
            "第一章 发展基础……2\n第二章 发展目标……4\n名词解释……9\n\n前  言\n\n本纲要依据有关文件编制。\n\n"
            "第一篇　总体要求\n\n第一章　发展基础\n\n基础扎实。\n\n第二章　发展目标\n\n目标明确。\n")
    doc = parse_document(text, plan_id="t")
    assert [c.heading.label for c in doc.chapters()] == ["第1章 发展基础", "第2章 发展目标"]
    assert [(p.kind, p.text) for p in doc.preface] == [
        ("title", "某县国民经济和社会发展第十四个五年规划纲要"), ("title", "前言"), ("preface", "本纲要依据有关文件编制。"),
    ]
    assert doc.warnings == ["lines 3-9: table of contents skipped"]
    assert doc.parts[0].heading.line == 15


def test_bare_heading_takes_its_title_from_the_next_line():
    doc = parse_document("第一章\n\n总体要求\n\n坚持新发展理念。\n", plan_id="t")
    [chapter] = doc.chapters()
    assert (chapter.heading.label, chapter.heading.line) == ("第1章 总体要求", 1)
    assert [p.text for p in chapter.preamble] == ["坚持新发展理念。"]


def test_page_numbers_are_dropped_and_do_not_close_a_box():
    doc = parse_document("第1章 总则\n\n专栏1.1 项目\n\n甲项目。\n\n- 3 -\n\n乙项目。\n", plan_id="t")
    [box] = doc.boxes()
    assert [i.name for i in box.items] == ["甲项目", "乙项目"]


def test_bare_box_number_takes_its_title_from_the_next_line():
    doc = parse_document("第1章 总则\n\n专栏 3\n重点民生工程\n\n新建学校2所。\n", plan_id="t")
    [box] = doc.boxes()
    assert (box.heading.label, [p.id for p in box.paragraphs]) == ("专栏3 重点民生工程", ["box3-i01"])


def test_docx_plan(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for text in ["某县国民经济和社会发展第十四个五年规划纲要", "第一章 发展目标", "到2025年，主要指标如下。"]:
        document.add_paragraph(text)
    rows = [("类别", "序号", "指标名称", "2020年", "2025年", "年均增速", "属性"),
            ("经济发展", "1", "地区生产总值（亿元）", "86.5", "125", "7.5%", "预期性")]
    table = document.add_table(rows=2, cols=7)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for text in ["第二章 产业发展", "专栏2.1 重点项目", "白石岭风电场，装机5万千瓦。"]:
        document.add_paragraph(text)
    path = tmp_path / "县规划.docx"
    document.save(path)
    doc = parse_file(path)
    assert doc.title == "某县国民经济和社会发展第十四个五年规划纲要"
    assert [c.heading.label for c in doc.chapters()] == ["第1章 发展目标", "第2章 产业发展"]
    assert [(i.name, i.unit, i.target.value) for i in doc.indicators] == [("地区生产总值", "亿元", 125.0)]
    assert [i.name for b in doc.boxes() for i in b.items] == ["白石岭风电场"]


@pytest.mark.parametrize("masthead", ["某某日报 / 2001年 / 02月 / 20日 / 第 A01版 /", "某某日报｜2001年｜2月｜20日",
                                      "某某晚报 / 2001年 / 2月 / 20日 / 第3版"])
def test_newspaper_masthead_above_the_title_is_not_the_title(masthead):
    # A plan as a newspaper printed it (exam 11's Yunnan 十五 plan): the masthead's date is no part of the title.
    text = f"{masthead}\n某某省国民经济和社会发展第十个五年计划纲要\n\n第一章　发展目标\n\n到2005年增长8%。\n"
    assert parse_document(text, plan_id="t").title == "某某省国民经济和社会发展第十个五年计划纲要"
