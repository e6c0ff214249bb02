"""Issue 11, lane lists: lead-in lists, 简称, named groups, 编 as the top level, follow-ups.

Our own questions, several wordings each, on a made-up plan printed in an older national
plan's layout (第一编, list lines under a lead-in, （1） items, 「主要是，」), on the seed
and on the 8th-plan-like outline in tests/data.
"""
from __future__ import annotations

import re

import pytest

from qa.question.aliases import GENRE_SHORT_FORMS, declared_short_forms
from qa.followup import ask_each, listed_names, which_of
from qa.enumerations.groups import members
from qa.question.intent import classify_intent, read_part_word
from qa.enumerations.leadin import _ANNOUNCES, answer_lead_in_list, list_line_name, lead_ins
from tests.conftest import DATA
from tests.qa.said import norm, said_with_details

PLAN = DATA / "leadin-parts-plan.md"


def labels(a) -> list[str]:
    return [norm(i.label) for i in a.items]


# 1. Items printed as lines under a lead-in sentence ----------------------------------------------
@pytest.mark.parametrize("question", [
    "到1990年主要工农业产品产量包括哪些产品？",
    "1990年主要工农业产品产量指标有哪些？",
    "主要工农业产品的产量列了哪些？",
])
def test_dash_lines_under_a_colon_lead_in(plan, question):
    a = plan.ask(question)
    assert a.found and a.kind == "list"
    assert labels(a) == ["粮食", "棉花", "原煤", "水泥", "钢"]
    # Each item cites its own line, and the lead-in is cited too.
    assert [i.citation.text.lstrip("- ")[: len(i.label)] for i in a.items] == ["粮食", "棉花", "原煤", "水泥", "钢"]
    assert any("主要工农业产品产量" in c.text for c in a.citations)
    assert norm(question) not in norm(a.answer)


@pytest.mark.parametrize("question", ["主要日用品的生产量有哪些？", "主要日用品包括哪几种？"])
def test_unmarked_lines_closed_by_semicolons(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a) == ["缝纫机", "手表", "电冰箱"]


@pytest.mark.parametrize("question", [
    "基本任务要抓好哪几个方面的工作？",
    "为实现基本任务，必须抓好哪些方面的工作？",
    "必须抓好哪几个方面的工作？",
])
def test_numbered_items_after_yixia(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a) == ["调整农业内部结构", "加快能源开发", "改善交通条件"]


@pytest.mark.parametrize("question, want", [
    ("1990年主要畜产品的产量指标有哪些？", ["肉类总产量", "蛋类产量"]),
    ("主要畜产品包括哪几项产量指标？", ["肉类总产量", "蛋类产量"]),
    ("1990年主要原材料产量的计划指标包括哪些？", ["生铁", "化肥", "纯碱"]),
    ("原材料产量计划指标有哪些？", ["生铁", "化肥", "纯碱"]),
])
def test_figure_lines_closed_by_full_stops_and_one_paragraph_of_items(plan, question, want):
    a = plan.ask(question)
    assert a.found and labels(a) == want


@pytest.mark.parametrize("question, must", [
    ("1990年肉类产量要达到多少？", "1,275万吨"),
    ("1990年肉类总产量是多少万吨？", "1,275万吨"),
    ("到1990年生铁产量计划是多少？", "1,400万吨"),
    ("1990年纯碱产量多少？", "150万吨"),
])
def test_a_grouped_figure_on_a_list_line_stays_whole(plan, question, must):
    a = plan.ask(question)
    assert a.found and must in norm(a.answer)


@pytest.mark.parametrize("question", ["今后五年怎样集中力量建设骨干工程？", "今后五年集中力量建设哪些骨干工程？", "全省要建设的骨干工程有哪些？"])
def test_items_after_zhuyaoshi_inside_one_paragraph(plan, question):
    a = plan.ask(question)
    assert a.found
    assert labels(a) == ["建设青岚江航电枢纽", "建设西岭铁路", "建设北山火电厂"]


@pytest.mark.parametrize("question", ["教育发展要突出贯彻哪些重要方针？", "教育要贯彻的重要方针有哪些？"])
def test_paragraphs_opening_alike_after_yixia(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a) == ["坚持把普及作为重点", "坚持把质量作为生命", "坚持把改革作为动力"]


@pytest.mark.parametrize("question", [
    "主要政策和措施有哪些？",      # every chapter's words: no one list is asked for
    "如何发展农业？",
    "有哪些重点建设项目？",
])
def test_vague_questions_pick_no_lead_in(plan, question):
    assert answer_lead_in_list(plan.kb, question, classify_intent(question), []) is None


def test_two_lead_ins_fitting_alike_answer_neither(plan):
    # Both 1990 lead-ins of 产量指标 (畜产品, 原材料) fit 「1990年产量计划指标」 alike once 畜产品/原材料 is left out.
    q = "1990年产量指标有哪些？"
    assert answer_lead_in_list(plan.kb, q, classify_intent(q), []) is None


def test_a_figure_below_a_threshold_is_no_lead_in():
    assert _ANNOUNCES.search("三岁以下婴幼儿托位数(个):2020年为0.33") is None
    assert _ANNOUNCES.search("重点围绕以下几个方面的重点课题展开")


@pytest.mark.parametrize("question", ["全省工业重点发展哪些产业？", "工业重点发展的产业有哪些？"])
def test_a_run_of_names_after_a_colon(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a)[:4] == ["机械制造", "电子仪表", "精细化工", "建筑材料"]


@pytest.mark.parametrize("question, must", [
    ("1990年原煤产量要达到多少？", "4200万吨"),
    ("到1990年棉花产量是多少吨？", "26万吨"),
    ("手表的生产量是多少只？", "120万只"),
    ("预计1990年水泥产量是多少？", "650万吨"),
    ("计划到1990年钢产量达到多少？", "90万吨"),
])
def test_the_figure_on_a_list_line(plan, question, must):
    a = plan.ask(question)
    assert a.found and must in said_with_details(a)
    assert a.citations and any(must in norm(c.text) for c in a.citations)


@pytest.mark.parametrize("question", [
    "1995年原煤产量要达到多少？",     # a year the lead-in does not give
    "1990年原煤进口量是多少？",       # a measure the line does not give
    "到1990年棉花产量是多少台？",     # a unit the figure is not in
    "1990年钢材产量是多少？",         # 钢 inside another word
])
def test_a_list_lines_figure_is_not_borrowed(plan, question):
    a = plan.ask(question)
    assert not a.found or not {"4200万吨", "26万吨", "90万吨"} & set(re.findall(r"\d+万吨", said_with_details(a)))


def test_item_names_split_before_their_figures():
    assert list_line_name("- 水泥650万吨，比1985年增长35%。") == ("水泥", "650万吨")
    assert list_line_name("（2）加快能源开发，主要是建设一批中小型煤矿。") == ("加快能源开发", "")
    assert list_line_name("电话交换机总容量一亿七千四百万门；") == ("电话交换机总容量", "一亿七千四百万门")


def test_lead_ins_are_in_document_order_and_stable(plan):
    first = [(l.para, l.items) for l in lead_ins(plan.kb)]
    assert first == [(l.para, l.items) for l in lead_ins(plan.kb)]
    lines = [int(plan.kb.attrs(l.para).get("line") or 0) for l in lead_ins(plan.kb)]
    assert lines == sorted(lines)


# 2. 简称: either form finds the term ------------------------------------------------------------
def test_a_declared_short_form_is_read(plan):
    forms = declared_short_forms(plan.kb)
    assert any(f.get("新农合") == "新型农村合作医疗" for f in forms.values())
    assert any(f.get("青岚经开区") == "青岚经济技术开发区" for f in forms.values())


@pytest.mark.parametrize("question", [
    "到1990年青岚经济技术开发区工业产值要达到多少？",
    "青岚经开区1990年工业产值是多少？",
])
def test_a_quoted_short_form_either_way(plan, question):
    a = plan.ask(question)
    assert a.found and "50亿元" in said_with_details(a) and a.question == question


@pytest.mark.parametrize("question", [
    "新型农村合作医疗参合率到1990年要达到多少？",
    "1990年新农合参合率达到多少？",
])
def test_either_form_finds_the_figure(plan, question):
    a = plan.ask(question)
    assert a.found and "85%" in said_with_details(a)
    assert a.question == question


@pytest.mark.parametrize("question", ["低保标准要怎样调整？", "到1990年低保要覆盖哪些家庭？"])
def test_a_genre_short_form_the_plan_never_prints(plan, question):
    # The plan prints only 最低生活保障: the question is read in the plan's words, and says so in none of its own.
    a = plan.ask(question)
    assert a.found and "最低生活保障" in said_with_details(a) + "|".join(c.text for c in a.citations)
    assert a.question == question


def test_genre_short_forms_are_full_names():
    for short, full in GENRE_SHORT_FORMS.items():
        # a Latin name (PM2.5) may be longer in characters than the Chinese name it stands for
        assert short != full and (len(full) > len(short) or short.isascii())


# 3. Members of a named group ------------------------------------------------------------------
@pytest.mark.parametrize("question, want", [
    ("“一核三带三园”中的三园是哪三个？", ["省级高新技术产业园", "精品农业示范园", "文化生态全域旅游大观园"]),
    ("三园分别指哪些园区？", ["省级高新技术产业园", "精品农业示范园", "文化生态全域旅游大观园"]),
    ("“一核”指的是什么？", ["以零陵城区为核心"]),
])
def test_members_of_a_part_of_the_seeds_layout(engine, question, want):
    a = engine.ask(question)
    assert a.found and labels(a) == want


@pytest.mark.parametrize("question", ["一核三带三园指的是什么？", "“一核三带三园”包括哪些？"])
def test_every_part_of_the_formula(engine, question):
    a = engine.ask(question)
    assert a.found
    text = norm(a.answer)
    assert text.index("一核") < text.index("三带") < text.index("三园") and "精品农业示范园" in text


@pytest.mark.parametrize("question, want", [
    ("“两翼”指的是什么？", ["东翼轻纺工业区", "西翼能源原材料工业区"]),
    ("一轴两翼的工业布局包括哪些？", ["青岚江沿岸为发展主轴", "东翼轻纺工业区", "西翼能源原材料工业区"]),
])
def test_members_on_another_plan(plan, question, want):
    a = plan.ask(question)
    assert a.found and [l.removeprefix("以") for l in labels(a)] == want


def test_a_formula_without_members_is_not_answered_by_members():
    assert members("全面形成城镇化战略格局", 3, "纵") == []


# 4. 编 is the top level ------------------------------------------------------------------------
@pytest.mark.parametrize("question, must", [
    ("这个计划一共分几编？", "共3编"),
    ("计划有多少编？", "共3编"),
    ("第二编讲什么？", "各经济部门发展计划"),
    ("第三编的标题是什么？", "社会发展计划"),
    ("第四章属于哪一编？", "第二编"),
    ("“交通和邮电”这一章在第几编？", "第二编"),
    ("专栏1在哪一编？", "第二编"),
    ("专栏1属于第几编？", "各经济部门发展计划"),
    ("第二编包括哪些章？", "包括2章"),
    ("第一编有哪些章？", "第二章主要指标"),
])
def test_bian_is_the_plans_part(plan, question, must):
    a = plan.ask(question)
    assert a.found and must in norm(a.answer)
    assert a.question == question


def test_bianzhi_is_no_level():
    assert read_part_word("规划编制的依据是什么？") == "规划编制的依据是什么？"
    assert read_part_word("哪一编讲交通？") == "哪一篇讲交通？"


# 4b. Sub-headings under a part named by its title, the period left out ---------------------------
PERIOD = DATA / "period-parts-plan.md"


@pytest.mark.parametrize("question, must", [
    ("“农业和农村经济的任务”这部分下面分几个方面？", "下分3个方面"),
    ("“经济体制改革的主要任务和措施”这一部分有几项？", "2项"),
    ("经济体制改革的主要任务和措施这部分包括哪些方面？", "改革价格体制"),
])
def test_count_under_a_part_named_without_its_period(engine_for, question, must):
    a = engine_for(PERIOD).ask(question)
    assert a.found and must in norm(a.answer)


# 5. Follow-ups with history passed in ----------------------------------------------------------
def test_pronoun_without_a_referent_asks_which(plan):
    for q in ("它的产量是多少？", "它们分别在哪一编？", "这个项目在哪一章？"):
        a = plan.ask(q)
        assert not a.found and a.kind == "clarify" and "名称" in a.answer


def test_they_after_a_lead_in_list_means_its_items(plan):
    previous = plan.ask("到1990年主要工农业产品产量包括哪些？")
    names = listed_names(plan.kb, previous)
    assert names == ["粮食", "棉花", "原煤", "水泥", "钢"]
    a = ask_each(plan.ask, "它们1990年的产量分别是多少？", "它们", names)
    # Each item opens with its name, in the list's order (an answer may name its measure: 钢产量：90万吨…).
    assert a.found and len(a.items) == len(names) and all(i.label.startswith(n) for i, n in zip(a.items, names))
    assert "4200万吨" in said_with_details(a) and "650万吨" in said_with_details(a) and "90万吨" in said_with_details(a)


def test_it_after_a_lead_in_list_asks_which(plan):
    names = listed_names(plan.kb, plan.ask("主要日用品的生产量有哪些？"))
    a = which_of("它的产量是多少？", "它", names)
    assert not a.found and "缝纫机、手表、电冰箱" in a.answer


# Presentation: a not-found answer names the subject in the user's words (对外 is no question word) ------
def test_not_found_keeps_duiwai(plan):
    a = plan.ask("对外开放口岸要新增多少个？")
    assert not a.found and "对外开放口岸" in a.answer
