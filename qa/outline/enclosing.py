"""The named unit a thing is placed in, asked by the unit's kind: 「“X”放在哪个重点区域里打造？」「Y布局在哪个片区」.

Plans of districts and programmes group their works by areas (三、重点区域 → （一）外滩区域更新 …（五）衡复风貌区更新),
parks or 组团; a work is the area's when it is printed under that area's heading, or when its own sentence names the
area (「在临港新片区打造X」). The answer is that heading, or that name, with the thing's place in the plan; a thing
printed under no heading of the kind and beside no such name is refused, saying where it is printed — never a
neighbouring unit. 板块/方面/部分 ask a place among the plan's headings of any kind (:mod:`qa.outline.position`).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.intent import Intent
from ..question.link import Link
from .position import placed_subject
from .structure import heading_chain, heading_item

__all__ = ["UNIT_ASKED", "answer_enclosing"]

#: The kinds of unit an area plan groups its works by; the asked noun ends with one (重点区域, 功能片区, 产业园区).
_UNITS = r"(?:区域|片区|园区|功能区|组团|街区|区块|集聚区)"
#: 「放在哪个重点区域里」「布局在哪个片区」: a verb of placing, then the unit asked by its kind (属于 asks what a thing
#: belongs to in the graph, qa.enumerations.lists.answer_parent).
UNIT_ASKED = re.compile(r"(?:放在|放到|安排在|布局在|落在|位于|写在|列在|建在|在)(?:规划|纲要)?(?:中|里)?的?哪一?个"
                        rf"(?P<unit>[\u4e00-\u9fff]{{0,6}}?{_UNITS})(?:里面|里|中|内|下|上)?")
#: A name of the unit's kind printed in the thing's own sentence (临港新片区, 张江科学城园区): up to ten characters before it.
_NAMED_UNIT = r"([\u4e00-\u9fff“”]{{2,10}}?{word})"
#: What a clause opens with before the name of a unit (「支持临港新片区…」「在…」): no part of the name.
_LEAD = re.compile(r"^(?:在|于|向|支持|依托|推动|推进|围绕|聚焦|加快|鼓励)+")


def _title(kb: KB, node: str) -> str:
    return normalise_text(str(kb.attrs(node).get("title") or kb.heading(node)))


def _unit_named(kb: KB, para: str, words: str, unit: str) -> str | None:
    """The unit of the kind asked that the sentence printing ``words`` names (not the thing itself), or None."""
    text = kb.norm_text[para]
    word = re.search(_UNITS + "$", unit).group(0)
    for sentence in re.findall(r"[^。；;]+", text):
        if words and words not in sentence:
            continue
        rest = sentence.replace(words, "|") if words else sentence
        for clause in re.split(r"[，,|]", rest):
            m = re.search(_NAMED_UNIT.format(word=word), _LEAD.sub("", clause))
            if m and m.group(1) != unit and not m.group(1).startswith(("该", "本", "重点", "各")):
                return m.group(1)
    return None


def answer_enclosing(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「“X”放在哪个重点区域里打造？」: the heading of the kind asked above X (the part of 「三、重点区域」 holding it, or
    the deepest heading titled with the kind), else the unit X's sentence names; else X's place, refused."""
    m = UNIT_ASKED.search(normalise_text(question))
    if not m:
        return None
    node, name = placed_subject(kb, question, intent, links, plan, asked_by=UNIT_ASKED, in_plan=True)
    if node is None:
        return Answer(question, f"规划中未找到{name}。", False, kind="structure") if name else None
    chain = heading_chain(kb, node)
    if not chain:
        return None
    unit = m.group("unit")
    name = name or kb.heading(node)
    path = " / ".join(kb.heading(n) for n in chain)
    cite = kb.citation(node) if kb.type(node) == "Paragraph" else heading_item(kb, node).citation
    words = name.strip("“”") if name.startswith("“") else ""
    # The words may be printed first elsewhere (a task list before the areas): every paragraph printing them is read.
    paras = [node] + ([p for p in kb.paragraph_nodes if p != node and plan_of(p) == plan_of(node) and words in kb.norm_text[p]]
                      if words and kb.type(node) == "Paragraph" else [])
    found = {}
    for para in paras:
        if (under := _unit_heading(kb, heading_chain(kb, para), unit)) and under[1] not in found:
            found[under[1]] = (under[0], kb.citation(para) if kb.type(para) == "Paragraph" else cite)
    if found:
        said = "、".join(f"{kb.heading(above)}的{kb.heading(target)}" if above else kb.heading(target)
                        for target, (above, _) in found.items())
        items = [Item(kb.heading(target), c, entity=target) for target, (_, c) in found.items()]
        return Answer(question, f"{name}放在{said}。", True, items, list(dict.fromkeys(c for _, c in found.values() if c)),
                      kind="structure")
    if kb.type(node) == "Paragraph" and (named := _unit_named(kb, node, words, unit)):
        # 「在临港新片区打造X」: the unit the thing's own sentence places it in.
        return Answer(question, f"{name}放在{named}（原文见{path}）。", True, [Item(named, cite)], [cite] if cite else [],
                      kind="structure")
    return Answer(question, f"规划没有说{name}放在哪个{unit}；它写在{path}。", False, [], [cite] if cite else [],
                  kind="structure")


def _unit_heading(kb: KB, chain: list[str], unit: str) -> tuple[str | None, str] | None:
    """(the heading titled with the unit asked, the part of it holding the thing) on ``chain`` — 「哪个重点区域」 of
    三、重点区域 → （二）老城厢区域更新 — else (None, the deepest heading titled with the unit's kind), else None."""
    word = re.search(_UNITS + "$", unit).group(0)
    titled = next((n for n in chain if _title(kb, n).endswith(unit)), None)
    if titled is not None and titled != chain[-1]:
        return titled, chain[chain.index(titled) + 1]
    target = next((n for n in reversed(chain) if word in _title(kb, n) and n != titled), None)
    return (None, target) if target is not None else None
