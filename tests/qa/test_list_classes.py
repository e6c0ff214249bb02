"""Issue 11 classes 4, 5, 9, 10, 11 in other layouts and wordings: structure, broad questions,
cross-references, follow-ups after a list, presentation.

Our own questions, several wordings each, on the seed plan (篇/章/节, 专栏N.M), on a
made-up district plan numbered 一、/（一） with no 篇 (tests/data/district-outline-plan.md) and
on a made-up special plan printed in 第N部分/第N章/一、 with 专栏N (tests/data/qa-parts-plan.txt).
"""
from __future__ import annotations

import re

import pytest

from qa.answer import Answer, Citation, Item
from qa.followup import MAX_REFERENTS, ask_each, listed_names
from tests.conftest import DATA
from tests.qa.said import norm, said_with_details

OUTLINE = DATA / "district-outline-plan.md"
PARTS = DATA / "qa-parts-plan.txt"


@pytest.fixture(scope="module")
def outline(engine_for):
    return engine_for(OUTLINE)


@pytest.fixture(scope="module")
def parts(engine_for):
    return engine_for(PARTS)


# 4. Structure in every layout -----------------------------------------------------------------
@pytest.mark.parametrize(
    "plan, question, must",
    [
        ("engine", "专栏26.2在哪一章？", "第26章"),
        ("engine", "专栏26.2属于哪一篇？", "第6篇"),
        ("engine", "第十七章属于哪一篇？", "第4篇"),
        ("engine", "第17章在规划的哪一篇？", "第4篇"),
        ("engine", "第二十六章第二节的题目是什么？", "完善交通基础设施网络"),
        ("engine", "第二篇有几章？", "5章"),
        ("engine", "“健康零陵”重点建设项目在哪个专栏？", "专栏31.1"),
        ("engine", "专栏26.3的标题是什么？", "能源水利基础设施重点建设工程"),
        ("engine", "规划有哪些专栏？", "共有15个专栏"),
        ("engine", "规划分为哪几篇？", "共有11篇"),
        ("outline", "规划包括哪些部分？", "共有4个一级标题"),
        ("engine", "规划的最后一章是什么？", "优化规划实施机制"),
        ("engine", "“持续改善营商环境”是哪一篇？", "第4篇"),
        ("outline", "最后一部分讲什么？", "四、保障措施"),
        # 一、/（一） without 篇: 部分 and 一级/二级标题 are its levels.
        ("outline", "规划共分为几个部分？", "共4个部分"),
        ("outline", "规划有几个一级标题？", "共4个一级标题"),
        ("outline", "有多少个二级标题？", "共7个二级标题"),
        ("outline", "第三部分的标题是什么？", "产业发展"),
        ("outline", "第一部分包括哪些内容？", "面临形势"),
        ("outline", "专栏1在哪一部分？", "三、产业发展"),
        # 第N部分 / 第N章 / 一、 with 专栏N.
        ("parts", "规划共分为几个部分？", "共4个部分"),
        ("parts", "第二部分包括哪些章？", "发展目标"),
        ("parts", "专栏2在哪一章？", "构建综合立体交通网"),
        ("parts", "专栏1属于哪一部分？", "主要任务"),
        ("parts", "第五章第二节的标题是什么？", "完善公路网络"),
        ("parts", "青江高铁列在哪个专栏？", "专栏1"),
    ],
)
def test_structure_in_every_layout(request, plan, question, must):
    a = request.getfixturevalue(plan).ask(question)
    assert a.found and norm(must) in said_with_details(a), a.answer
    assert norm(question).rstrip("？") not in norm(a.answer)
    if plan != "engine":
        assert "篇" not in a.answer and "第0" not in a.answer  # no level the plan does not have


@pytest.mark.parametrize(
    "question, must, never",
    [
        ("规划有哪些重点任务？", ["构建综合立体交通网", "提升运输服务水平"], ["发展基础", "保障措施"]),
        ("规划建设哪些高速公路？", ["青山至松林高速公路", "白河至石门高速公路"], ["全市高速公路"]),
        ("基本原则有哪些？", ["坚持安全第一", "坚持绿色低碳", "坚持创新驱动"], []),
    ],
)
def test_broad_questions_on_a_plan_printed_in_parts(parts, question, must, never):
    a = parts.ask(question)
    assert a.found and all(norm(m) in said_with_details(a) for m in must) and not any(norm(n) in said_with_details(a) for n in never), a.answer


def test_a_numbered_heading_over_several_plans_names_each_plans_own(compare_engine):
    a = compare_engine.ask("第一章的标题是什么？")
    plans = compare_engine.plan_ids
    assert a.found and a.answer.count("《") == len(plans), a.answer
    one = compare_engine.ask("第一章的标题是什么？", plan=plans[0])
    assert "《" not in one.answer and one.answer.rstrip("。") in a.answer


# 5. Broad questions -----------------------------------------------------------------------------
@pytest.mark.parametrize("question", ["零陵区的发展定位是什么？", "规划提出的战略定位有哪些？", "零陵的功能定位是什么？"])
def test_a_positioning_question_lists_the_positioning_heading(engine, question):
    a = engine.ask(question)
    assert a.found, a.answer
    labels = [norm(i.label) for i in a.items]
    assert labels[:2] == ["承接产业转移示范区", "精品农业先行区"] and "生态宜居新城" in labels


@pytest.mark.parametrize("question", ["规划有哪些重点任务？", "规划的主要任务是什么？", "“十四五”时期的重点任务有哪些？"])
def test_the_plans_tasks_are_its_body_parts(engine, question):
    a = engine.ask(question)
    assert a.found and a.items, a.answer
    heads = [i.label for i in a.items]
    assert heads[0].startswith("第2篇") and any("乡村振兴" in h for h in heads)
    assert not any(h.startswith(("第1篇", "第11篇")) for h in heads)  # framing and implementation parts


@pytest.mark.parametrize("question", ["立体交通网包括哪些？", "立体交通网有哪些？"])
def test_a_heading_holding_every_word_of_a_list_question_is_its_list(parts, question):
    a = parts.ask(question)
    assert a.found and [i.label for i in a.items] == ["加快铁路建设", "完善公路网络"], a.answer


@pytest.mark.parametrize("question", ["规划的战略定位有哪几个？", "规划提出的战略定位是什么？"])
def test_other_wordings_of_a_heading_list(engine, question):
    a = engine.ask(question)
    assert a.found and a.items and a.items[0].label == "承接产业转移示范区", a.answer


def test_a_heading_ending_with_the_named_thing_lists_it(parts):
    a = parts.ask("规划提出的发展目标是什么？")
    assert a.found and "第四章" in a.answer, a.answer


def test_tasks_in_an_outline_plan_leave_out_framing_headings(outline):
    a = outline.ask("规划有哪些重点任务？")
    assert a.found and [i.label for i in a.items] == ["三、产业发展"]


@pytest.mark.parametrize("question, head", [("规划提出了哪些重点工程？", "工程"), ("有哪些重大工程？", "工程")])
def test_a_ranked_kind_is_answered_by_the_headings_of_its_head_noun(engine, question, head):
    a = engine.ask(question)
    assert a.found and len(a.items) >= 2 and all(i.label.startswith("专栏") and i.label.endswith(head) for i in a.items), a.answer


def test_an_abstract_kind_the_plan_titles_otherwise_is_not_denied(parts):
    a = parts.ask("规划提出了哪些发展原则？")  # titled 「基本原则」, the words 发展原则 never printed
    assert a.found and "坚持安全第一" in said_with_details(a), a.answer


def test_a_plant_the_plan_names_only_as_a_field_is_not_denied(parts):
    a = parts.ask("规划建设哪些高铁站？")  # the plan names 高铁 but no 高铁站
    assert a.found and "没有提到" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["规划有哪些重点项目？", "有哪些重点项目？"])
def test_headings_titled_with_the_asked_noun_answer_first(engine, question):
    a = engine.ask(question)
    assert a.found and a.items[0].label.startswith("专栏7.1")
    assert all("重点项目" in i.label for i in a.items)


@pytest.mark.parametrize("question", ["有哪几个百亿园区？", "规划建设哪些百亿园区？"])
def test_a_heading_titled_with_the_kind_lists_its_lead_phrases(engine, question):
    a = engine.ask(question)
    assert a.found and all(n in said_with_details(a) for n in ("电子信息百亿产业园", "新材料百亿产业园", "河西新兴产业百亿园区")), a.answer


@pytest.mark.parametrize(
    "question, found, must",
    [("规划建设哪些缆车？", False, "没有提到"), ("规划建设哪些地铁？", True, "城市轨道交通"), ("规划建设哪些轻轨？", True, "城市轻轨")],
)
def test_a_kind_the_plan_names_once_or_never(engine, question, found, must):
    a = engine.ask(question)
    assert a.found is found and must in a.answer, a.answer


@pytest.mark.parametrize(
    "question, named",
    [("专栏99在哪一章？", "专栏99"), ("第五十章属于哪一篇？", "第五十章"), ("第三十一章第五节的标题是什么？", "第三十一章第五节")],
)
def test_a_number_the_plan_lacks_is_not_guessed(engine, question, named):
    a = engine.ask(question)
    # The refusal names the number as asked; with one plan served it also names the numbers the plan prints.
    assert not a.found and (f"未找到{named}" in a.answer or f"，没有{named}" in a.answer), a.answer


@pytest.mark.parametrize(
    "question, subject",
    [("规划如何发展航空母舰？", "“发展航空母舰”"), ("规划对火星探测有什么安排？", "“火星探测”")],
)
def test_a_not_found_answer_names_the_subject_not_the_question(engine, question, subject):
    a = engine.ask(question)
    assert not a.found and subject in a.answer, a.answer


def test_names_enumerated_before_a_kind_word_are_each_named():
    from qa.enumerations.lists import _kind_names

    text = "建设北京至上海、北京至广州至深圳、南京至武汉至成都等客运专线，其中客运专线7000公里。"
    assert _kind_names(text, "客运专线") == ["北京至上海客运专线", "北京至广州至深圳客运专线", "南京至武汉至成都客运专线"]
    assert _kind_names("建设总库容为13000万m³的水库，扩建石坝仔水库。", "水库") == ["石坝仔水库"]
    assert _kind_names("继续建设长江三峡、黄河小浪底等大型水利枢纽。", "水利枢纽") == ["长江三峡水利枢纽", "黄河小浪底水利枢纽"]
    assert _kind_names("充分发挥农村公路作用，不断完善公路网;建设永连公路。", "公路") == ["永连公路"]


# 6. Related things ---------------------------------------------------------------------------------
@pytest.mark.parametrize("question", ["与物流有关的项目有哪些？", "规划中和养老有关的项目有哪些？", "生猪产业相关的企业和项目有哪些？"])
def test_related_works_are_names_not_clauses(engine, question):
    a = engine.ask(question)
    assert a.found and a.kind == "related", a.answer
    works = [i.label for i in a.items if i.entity is None]
    assert works and all(re.search(r"(园|基地|中心|工程|项目|平台|工厂|厂|线|场|站|产业链|通道|集群)$", w) for w in works), works


@pytest.mark.parametrize(
    "question", ["哪些企业和项目与生猪产业相关？", "生猪产业涉及哪些企业和项目？", "与生猪产业有关的有哪些企业和项目？"]
)
def test_related_in_other_wordings(engine, question):
    a = engine.ask(question)
    b = engine.ask("生猪产业相关的企业和项目有哪些？")
    assert a.kind == "related" and a.answer == b.answer, a.answer


# 7. How-questions -----------------------------------------------------------------------------------
@pytest.mark.parametrize("question", ["规划如何发展夜间经济？", "怎样发展夜间经济？"])
def test_a_how_answer_puts_what_the_plan_does_before_a_definition(engine, question):
    a = engine.ask(question)
    assert a.found and a.citations[0].chapter != "名词解释", a.answer
    assert "夜间" in a.items[0].label


@pytest.mark.parametrize("question", ["怎么推动数字经济发展？", "规划如何推动数字经济发展？"])
def test_a_how_question_restating_a_heading_gets_its_passages(engine, question):
    a = engine.ask(question)
    assert a.found and a.kind == "semantic" and len(a.items) >= 2, a.answer
    assert all("数字" in i.label for i in a.items) and all(i.citation for i in a.items)


# 9. Cross-reference of any string ------------------------------------------------------------------
@pytest.mark.parametrize(
    "question, found",
    [("铝字在规划中出现在哪里？", True), ("锰在规划里出现了几次？", True), ("“钒”在规划中出现了几次？", False)],
)
def test_xref_asked_after_the_verb(engine, question, found):
    a = engine.ask(question)
    assert a.kind == "xref" and a.found is found, a.answer
    if found:
        assert "第4章" in a.answer


@pytest.mark.parametrize("question", ["哪几章提到了乡村振兴？", "提到“乡村振兴”的有哪些章节？", "“乡村振兴”在哪些章节中出现？"])
def test_xref_wordings_agree(engine, question):
    a = engine.ask(question)
    b = engine.ask("乡村振兴在哪些章节中被提到？")
    assert a.kind == "xref" and a.found and a.answer == b.answer, a.answer


def test_xref_counted_per_pian_when_asked(engine):
    a = engine.ask("“数字经济”出现在哪些篇？")
    assert a.found and "分布在3篇" in a.answer and all(i.label.startswith("第") and "篇" in i.label for i in a.items), a.answer


def test_the_boxes_under_a_chapter(engine):
    a = engine.ask("第二十六章有哪些专栏？")
    assert a.found and [i.label.split()[0] for i in a.items] == ["专栏26.1", "专栏26.2", "专栏26.3", "专栏26.4"]


# 10. Follow-ups after a list -----------------------------------------------------------------------
def test_they_after_a_list_means_the_listed_items(engine):
    first = engine.ask("规划建设哪些高铁？")
    names = listed_names(engine.kb, first)
    assert names == ["邵永高铁", "永清广高铁", "南衡高铁", "兴永郴赣高铁"]
    a = ask_each(engine.ask, "它们在哪些章节中被提到？", "它们", names)
    assert a.found and [i.label.split("：")[0] for i in a.items] == names
    ids = {(c.plan, c.id) for c in a.citations}
    assert all((i.citation.plan, i.citation.id) in ids for i in a.items if i.citation)


def test_a_follow_up_answer_naming_its_subject_is_not_prefixed_again(engine):
    names = listed_names(engine.kb, engine.ask("第5篇包括哪些章？"))
    a = ask_each(engine.ask, "它们各有几节？", "它们", names)
    assert a.found and [i.label[:4] for i in a.items] == ["第21章", "第22章", "第23章"], [i.label for i in a.items]


def test_which_of_the_listed_items_is_asked_for_a_singular_pointer():
    from qa.followup import which_of

    a = which_of("它的总投资是多少？", "它", ["甲项目", "乙项目"])
    assert not a.found and a.kind == "clarify" and "甲项目、乙项目" in a.answer and "哪一项" in a.answer


@pytest.mark.parametrize("question", ["中天荣华在哪个专栏？", "中天荣华列在哪个专栏里？"])
def test_a_thing_named_outside_boxes_is_said_to_be_in_none(engine, question):
    a = engine.ask(question)
    assert a.found and "没有列入任何专栏" in a.answer and "第4章" in a.answer, a.answer


def test_too_many_listed_items_ask_which_is_meant():
    names = [f"项目{i}" for i in range(MAX_REFERENTS + 1)]
    a = ask_each(lambda q: pytest.fail("must not ask"), "它们的总投资是多少？", "它们", names)
    assert not a.found and a.kind == "clarify" and "哪一项" in a.answer


def test_a_list_of_passages_gives_no_referents(engine):
    long = Item("甲" * 40, Citation("x", "t"))
    assert listed_names(engine.kb, Answer("q", "a", True, [long, Item("乙乙", None)])) == []
    assert listed_names(engine.kb, Answer("q", "a", False, [Item("甲甲"), Item("乙乙")])) == []


# 11. Presentation ----------------------------------------------------------------------------------
@pytest.mark.parametrize("question", ["规划有哪些重点任务？", "规划建设哪些水库？", "专栏26.3在哪一篇？"])
def test_list_answers_are_stable_and_cite_every_item(engine, question):
    a, b = engine.ask(question), engine.ask(question)
    assert a.to_json() == b.to_json()
    ids = {(c.plan, c.id) for c in a.citations}
    assert all((i.citation.plan, i.citation.id) in ids for i in a.items if i.citation)
    assert "plankg.org" not in a.answer and norm(question).rstrip("？") not in norm(a.answer)
