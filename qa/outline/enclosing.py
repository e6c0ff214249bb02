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

__all__ = ["UNIT_ASKED", "asks_unit", "answer_enclosing"]

#: The kinds of unit an area plan groups its works by; the asked noun ends with one (重点区域, 功能片区, 产业园区).
_UNITS = r"(?:区域|片区|园区|功能区|组团|街区|区块|集聚区)"
#: 「放在哪个重点区域里」「布局在哪个片区」: a verb of placing, then the unit asked by its kind (属于 asks what a thing
#: belongs to in the graph, qa.enumerations.lists.answer_parent).
UNIT_ASKED = re.compile(r"(?:放在|放到|安排在|布局在|落在|位于|写在|列在|建在|在)(?:规划|纲要)?(?:中|里)?的?哪一?个"
                        rf"(?P<unit>[\u4e00-\u9fff]{{0,6}}?{_UNITS})(?:里面|里|中|内|下|上)?")
#: The same asked the other way round: 「哪个重点区域要打造上海国际珠宝时尚功能区」.
_UNIT_FIRST = re.compile(rf"^(?:规划|纲要)?(?:中|里)?哪一?个(?P<unit>[\u4e00-\u9fff]{{0,6}}?{_UNITS})(?:里|中|内)?(?:要|将|会|重点)?"
                         r"(?P<verb>打造|建设|布局|推进|推动|实施|开展|发展|引进|新建|建|安排|放)(?:了)?(?P<thing>[^？?。]{2,30})[？?。]*$")
#: What a clause or a run-in title opens with before the name of a unit (「支持临港新片区…」「打造新材料百亿产业园。」).
_LEAD = re.compile(r"^(?:在|于|向|支持|依托|推动|推进|围绕|聚焦|加快|鼓励|打造|建设|建好|做强|提升)+")
#: Longest run-in title read as a unit's name (「打造新材料百亿产业园。」).
_TITLE_CHARS = 25


def _title(kb: KB, node: str) -> str:
    return normalise_text(str(kb.attrs(node).get("title") or kb.heading(node)))


def _ends(unit: str) -> str:
    """How names of the unit's kind end: its word, and for parks the genre's shorter 园 (新材料百亿产业园, 上田工业园)."""
    word = re.search(_UNITS + "$", unit).group(0)
    return "(?:园区|园)" if word == "园区" else word


def _unit_named(kb: KB, para: str, words: str, unit: str) -> str | None:
    """The unit of the kind asked that the sentence printing ``words`` names (not the thing itself), or None."""
    text = kb.norm_text[para]
    for sentence in re.findall(r"[^。；;]+", text):
        if words and words not in sentence:
            continue
        rest = sentence.replace(words, "|") if words else sentence
        for clause in re.split(r"[，,|]", rest):
            m = re.search(rf"([\u4e00-\u9fff“”]{{2,10}}?{_ends(unit)})", _LEAD.sub("", clause))
            if m and m.group(1) != unit and not m.group(1).startswith(("该", "本", "重点", "各")):
                return m.group(1)
    return None


def _run_in_unit(kb: KB, para: str, unit: str, words: str) -> str | None:
    """The unit a paragraph's run-in title names (「打造新材料百亿产业园。…锰系材料产业园…」: 新材料百亿产业园), or None."""
    text = kb.norm_text.get(para, "")
    title = re.split(r"[。:]", text, maxsplit=1)[0]
    name = _LEAD.sub("", title)
    return name if title != text and len(title) <= _TITLE_CHARS and re.search(_ends(unit) + "$", name) \
        and name != words and not re.search(r"[，,、]", name) else None


def asks_unit(question: str) -> bool:
    """Whether ``question`` asks the unit a thing is placed in, either way round.

    >>> asks_unit("“上海国际珠宝时尚功能区”放在哪个重点区域里打造？"), asks_unit("哪个重点区域要打造上海国际珠宝时尚功能区？")
    (True, True)
    >>> asks_unit("锰系材料产业园属于哪个园区？"), asks_unit("哪个园区产值最高？")
    (False, False)
    """
    asked = normalise_text(question)
    return bool(UNIT_ASKED.search(asked) or _UNIT_FIRST.match(asked))


def answer_enclosing(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「“X”放在哪个重点区域里打造？」「哪个重点区域要打造X」: the heading of the kind asked above X (the part of
    「三、重点区域」 holding it, or the deepest heading titled with the kind), else the unit X's sentence names; else X's
    place, refused."""
    asked = question
    if first := _UNIT_FIRST.match(normalise_text(question)):
        # 「哪个重点区域要打造X」 asks as 「“X”放在哪个重点区域」 does (X the words the plan prints).
        asked = f"“{first.group('thing')}”放在哪个{first.group('unit')}"
    m = UNIT_ASKED.search(normalise_text(asked))
    if not m:
        return None
    node, name = placed_subject(kb, asked, intent, links, plan, asked_by=UNIT_ASKED, in_plan=True)
    if node is None:
        return Answer(question, f"规划中未找到{name}。", False, kind="structure") if name else None
    unit = m.group("unit")
    name = name or kb.heading(node)
    words = name.strip("“”") if name.startswith("“") else ""
    # The words may be printed first elsewhere (a task list before the areas, the preface): every paragraph printing
    # them is read, the first under a heading giving the place said.
    paras = [node] + ([p for p in kb.paragraph_nodes  # (already in reading order)
                       if p != node and plan_of(p) == plan_of(node) and words in kb.norm_text[p]]
                      if words and kb.type(node) == "Paragraph" else [])
    node = next((p for p in paras if heading_chain(kb, p)), None)
    if node is None:
        return None
    chain = heading_chain(kb, node)
    path = " / ".join(kb.heading(n) for n in chain)
    cite = kb.citation(node) if kb.type(node) == "Paragraph" else heading_item(kb, node).citation
    found = {}
    for para in paras:
        # (a heading asked is read with itself: （二）老城厢区域更新 is one of 三、重点区域)
        itself = para if kb.type(para) != "Paragraph" else None
        if (under := _unit_heading(kb, heading_chain(kb, para) + ([itself] if itself else []), unit, itself)) \
                and under[1] not in found:
            found[under[1]] = (under[0], kb.citation(para) if kb.type(para) == "Paragraph" else cite)
    if not found and (titled := next(((t, p) for p in paras if kb.type(p) == "Paragraph"
                                      and (t := _run_in_unit(kb, p, unit, words))), None)):
        # 「打造新材料百亿产业园。…」: a run-in titled paragraph under the heading of the units is one of them.
        return Answer(question, f"{name}放在{titled[0]}（见{' / '.join(kb.heading(n) for n in heading_chain(kb, titled[1]))}）。",
                      True, [Item(titled[0], kb.citation(titled[1]))], [kb.citation(titled[1])], kind="structure")
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


def _unit_heading(kb: KB, chain: list[str], unit: str, itself: str | None = None) -> tuple[str | None, str] | None:
    """(the heading titled with the unit asked, the part of it holding the thing) on ``chain`` — 「哪个重点区域」 of
    三、重点区域 → （二）老城厢区域更新 — else (None, the deepest heading titled with the unit's kind, never the heading
    asked about ``itself``), else None."""
    titled = next((n for n in chain if _title(kb, n).endswith(unit)), None)
    # (a 专栏 under it is a list of the units' works, no unit: 专栏7.1 特色产业园区重点项目)
    if titled is not None and titled != chain[-1] and kb.type(below := chain[chain.index(titled) + 1]) != "Box":
        return titled, below
    target = next((n for n in reversed(chain) if re.search(_ends(unit), _title(kb, n)) and n not in (titled, itself)
                   and kb.type(n) != "Box"), None)
    return (None, target) if target is not None else None
