"""List classes found on two 静安区 plans (lane lists26's blind batch), tested on an invented plan of the same shape
(a three-year action plan: 一、/（一）/1． with run-in titled items, （责任单位：…） tails).

Trust: a list answer names only members printed in one passage about the asked whole; a whole the plan names
without printing its members (「深化“六个一”工程」「紧盯“七小场所”等…」) is not found, saying what the plan gives.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "qa-lists26-plan.md"


@pytest.mark.parametrize("question, term", [
    ("库房建设“六个一”工程是哪六个一？", "六个一"),
    ("“七小场所”是指哪七类场所？", "七小场所"),
    ("“五场三位”具体指哪些？", "五场三位"),
    ("“八咏”遗址包括哪八处？", "八咏"),
])
def test_a_whole_named_without_its_members_is_not_found(plan, question, term):
    """The plan names the quoted whole (or names it as one member of a run: 「“八景”、“八咏”遗址」) and never prints
    its members: not found, the answer saying the plan only names it — never the passage pasted as its members."""
    a = plan.ask(question)
    assert not a.found, a.answer
    assert term in a.answer, a.answer


@pytest.mark.parametrize("question, members", [
    ("档案工作目标责任考核机制有哪些环节？", ["年初签约", "过程监督", "年底考核"]),
    ("档案工作方针是哪几句话？", ["依法管理", "安全第一", "服务为先"]),
    ("档案资源要进入哪些场所？", ["进楼宇", "进校园", "进社区"]),
])
def test_members_quoted_in_the_wholes_clause(plan, question, members):
    """「落实“A、B、C”的…考核机制」「坚持“A、B、C”的…方针」「实施…“进A”、“进B”等项目」: the quoted members, asked by the
    whole's words without the quote."""
    a = plan.ask(question)
    assert a.found and all(m in a.answer for m in members), a.answer


def test_jishi_is_no_conjunction(plan):
    """及 of 及时 (「及时抢救修复濒危珍贵档案」) joins nothing: no member begins 「时…」."""
    a = plan.ask("要加大征集力度的是哪些档案？")
    labels = [i.label for i in a.items]
    assert not any(l.startswith("时") for l in labels), labels
    assert not any("时抢救" in l for l in labels), a.answer


@pytest.mark.parametrize("question, members, never", [
    ("养老机构要安装哪些档案设施？", ["烟感报警器", "自动灭火设施", "温湿度监控系统", "电弧探测器"], "安装"),
    ("给档案工作人员保障哪些住房？", ["公租房", "廉租房", "人才公寓"], "档案工作人员公租房"),
    ("要严厉打击哪些档案违法犯罪活动？", ["盗抢", "倒卖", "走私", "伪造"], "市场监管"),
    ("档案数字化工程质量负责制覆盖哪些环节？", ["扫描", "著录", "校验", "挂接"], "挂接质量"),
])
def test_the_run_in_the_sentence_saying_the_question(plan, question, members, never):
    """The members a sentence prints with the act or whole asked, no kind word after each: the run's slots, the first cut
    after its lead (安装, 保障…人员, 对) and the last before what follows (等…, 质量负责制) — never the other run of the
    sentence (公安、市场监管、档案等部门)."""
    a = plan.ask(question)
    labels = [i.label for i in a.items]
    assert a.found and all(m in labels for m in members), a.answer
    assert never not in "、".join(labels), labels


@pytest.mark.parametrize("question, members", [
    ("这个三年行动计划有哪几大任务？", ["加强档案安全体系建设", "夯实档案基础设施", "加强档案征集与保护", "加强档案职业保障"]),
    ("档案安全行动计划的保障措施有哪几条？", ["保障经费投入", "重视人才培养", "加强科技支撑"]),
    ("对档案工作人员的职业保障有哪些？", ["加强经费保障", "强化生活待遇保障", "明确住房保障待遇"]),
    ("拓展档案利用方面提出了哪几项举措？", ["为档案文化传播服务", "为档案资源共享服务", "合理适度利用"]),
])
def test_the_plan_named_by_the_asker_is_no_topic(plan, question, members):
    """「这个三年行动计划」「档案安全行动计划的」 name the plan asked, in the title's words: the question asks its parts."""
    a = plan.ask(question)
    assert a.found and all(m in a.answer for m in members), a.answer


def test_a_term_of_several_numerals_listed_in_its_bracket_is_found(plan):
    """「“一规三会”（A、B、C、D）」: four members for a term saying 1 + 3 — the bracket lists them, no count to match."""
    a = plan.ask("“一规三会”具体指什么？")
    assert a.found and "档案议事会" in a.answer + "".join(i.label for i in a.items), a.answer


def test_a_quoted_run_asked_for_its_meaning_is_no_unlisted_term(plan):
    """「“一库房、一专柜、一数据中心”指的是什么」: the quoted run is its own members — never said unlisted."""
    a = plan.ask("“一库房、一专柜、一数据中心”指的是什么？")
    assert a.found, a.answer


def test_parts_asked_are_no_quoted_run(plan):
    """「档案存储保障措施有哪几条」 asks a heading's parts: never a run cut across a quote (「加快构建“一库房」)."""
    a = plan.ask("档案存储保障措施有哪几条？")
    assert not any("“" in i.label or "”" in i.label for i in a.items), a.answer
