"""The one plan an unscoped question is about, when several plans are served: the plan all the names it prints are of.

Plans built together print their things at the same places and under near names (专栏2.1's first item, 何仙观水库 in
one plan, 岭何观水库 in another): a question naming a thing that only one plan prints is that plan's question, and is
answered inside that plan alone, so no answerer reads another plan's near-named item or box of the same number. What
names a plan:

- a thing's whole name (an entity's name or alias) that only that plan's things go by; a name several plans print
  (湘江) names none of them, nor does an indicator's or a term's (地区生产总值, GDP): they are the genre's shared
  vocabulary, which one plan tabulates and another prints in prose;
- an administrative place (one node shared by every plan) that is the region in that plan's title alone (滨河县 →
  《滨河县…纲要》);
- a quoted phrase (“幸福滨河”) that only that plan's headings print;
- the plan itself named by its title's words, a region or period before 规划/纲要/计划 (十一五纲要, 零陵区规划):
  :func:`titled_plan`.

A question whose names are of two plans or more names no one plan: each of its parts (「A和B的总库容分别是多少」) is
scoped alone, and a question that is one part (「翠屏县何仙岭水库的总库容」, the works printed in another county's plan) asks
back which plan is meant (:func:`which_plan`), never answering one plan's figure for another plan's name. A box asked
by its number alone (「专栏2.1里的重点工程有几个」), which plans number alike, is asked back the same way when several
plans print it (:func:`box_plans`, :func:`which_box_plan`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from ..index.kb import KB, normalise_text, plan_of
from .link import link_entities

if TYPE_CHECKING:
    from kg.compare.plans import PlanInfo

__all__ = ["which_table_plan", "named_plans", "titled_plan", "which_plan", "box_plans", "which_box_plan"]

#: A phrase quoted in a question: how a heading's title is asked by its words (“幸福滨河”).
_QUOTED = re.compile(r"[“\"「『《]([^”\"」』》]{2,40})[”\"」』》]")
#: A box asked by its number (专栏26.3): plans built together number their boxes alike, so a number names no plan.
_BOX = re.compile(r"专栏\s*([0-9]+(?:[.．][0-9]+)?)")


def named_plans(kb: KB, question: str, titles: dict[str, str]) -> dict[str, str]:
    """Each name ``question`` prints that only one served plan's things, places or headings go by → that plan.

    Parameters
    ----------
    kb : KB
        The served plans' indexes (every plan: a name is told apart by the plans that print it).
    question : str
        The question, normalised (:func:`qa.question.intent.normalise_question`).
    titles : dict
        Each served plan's id → its title.
    """
    plans_of: dict[str, set[str | None]] = defaultdict(set)
    for link in link_entities(kb.index, question, partial=False, limit=len(kb.entities)):
        if link.type in ("Indicator", "Term"):
            continue
        own = plan_of(link.node)
        if own is None:
            # A place every plan shares is the plan's whose title names it as its region.
            label = normalise_text(kb.label(link.node))
            regions = [p for p, t in titles.items() if label and label in normalise_text(t)]
            own = regions[0] if len(regions) == 1 else None
        plans_of[link.mention].add(own)
    for phrase in _QUOTED.findall(question):
        norm = normalise_text(phrase)
        plans_of[phrase].update(plan_of(h.node) for h in kb.headings.rows if norm in h.norm_title)
    return {name: next(iter(plans)) for name, plans in plans_of.items() if len(plans) == 1 and None not in plans}


#: A plan named by its title's words: what comes before 规划/纲要/计划 (十一五纲要, 零陵区规划, 零陵“十四五”规划).
_PLAN_NAMED = re.compile(r"[\u4e00-\u9fff“”\"]{1,12}?(?:规划纲要|纲要|规划|计划)")


def titled_plan(question: str, plans: dict[str, PlanInfo]) -> dict[str, str]:
    """The plan ``question`` names by its title's words → {those words: its id}; empty unless every such mention
    names the same one plan (「十一五纲要第四章包括哪些节」 with a 十一五 and a 十四五 plan served). Only the words
    before 规划/纲要 are read: 国家级 or 十四五期间 elsewhere in a question names no plan.
    """
    from ..compare import plan_refs

    found = {m.group(0): refs[0] for m in _PLAN_NAMED.finditer(question) if len(refs := plan_refs(m.group(0), plans)) == 1}
    return found if len(set(found.values())) == 1 else {}


def which_plan(named: dict[str, str], titles: dict[str, str]) -> str:
    """The question back when ``named`` (name → plan) holds names of several plans: which plan each is printed in.

    >>> which_plan({"翠屏县": "c", "何仙岭水库": "a"}, {"a": "安澜县规划", "c": "翠屏县规划"})
    '问题中的名称分属不同的规划：“翠屏县”见于《翠屏县规划》，“何仙岭水库”见于《安澜县规划》，无法确定问的是哪一个规划。请在“提问范围”中选择规划（命令行加 --plan 规划编号），或按规划分开提问。'
    """
    where = "，".join(f"“{name}”见于《{titles.get(plan, plan)}》" for name, plan in named.items())
    return (f"问题中的名称分属不同的规划：{where}，无法确定问的是哪一个规划。"
            "请在“提问范围”中选择规划（命令行加 --plan 规划编号），或按规划分开提问。")


def box_plans(kb: KB, question: str) -> dict[str, list[str]]:
    """Each box number ``question`` prints (专栏2.1) → the served plans that print a box of that number.

    A question naming no plan but a box several plans number alike (「专栏2.1里的重点工程有几个」 over three county
    plans) is no one plan's: answering the first plan holding the box would give one county's works for all.
    """
    numbers = dict.fromkeys(m.replace("．", ".") for m in _BOX.findall(question))
    return {n: plans for n in numbers if (plans := sorted({plan_of(b) for b in kb.structure("Box", n)} - {None}))}


def which_table_plan(plans: list[str], titles: dict[str, str]) -> str:
    """The question back when an indicator count or list asked of no plan has rows in several plans' tables.

    >>> which_table_plan(["a", "c"], {"a": "安澜县规划", "c": "翠屏县规划"})
    '《安澜县规划》、《翠屏县规划》各有指标表，问题没有写明问的是哪一个规划的指标。请在“提问范围”中选择规划（命令行加 --plan 规划编号），或在问题中写明规划。'
    """
    where = "、".join(f"《{titles.get(p, p)}》" for p in plans)
    return (f"{where}各有指标表，问题没有写明问的是哪一个规划的指标。"
            "请在“提问范围”中选择规划（命令行加 --plan 规划编号），或在问题中写明规划。")


def which_box_plan(boxes: dict[str, list[str]], titles: dict[str, str]) -> str:
    """The question back when a box number asked is printed in several plans: which plans print it.

    >>> which_box_plan({"2.1": ["a", "c"]}, {"a": "安澜县规划", "c": "翠屏县规划"})
    '问题中的“专栏2.1”见于多个规划：《安澜县规划》、《翠屏县规划》，无法确定问的是哪一个规划。请在“提问范围”中选择规划（命令行加 --plan 规划编号），或在问题中写明规划。'
    """
    where = "；".join(f"“专栏{n}”见于多个规划：" + "、".join(f"《{titles.get(p, p)}》" for p in plans)
                     for n, plans in boxes.items())
    return (f"问题中的{where}，无法确定问的是哪一个规划。"
            "请在“提问范围”中选择规划（命令行加 --plan 规划编号），或在问题中写明规划。")
