"""Answers about the plan's structure: counts, children, titles, which heading covers a topic,
and which part/chapter holds an entity (multi-hop over partOf)."""
from __future__ import annotations

import re
from collections import Counter

from ..answer import Answer, Item
from ..question.intent import Intent, quoted_phrase
from ..index.kb import KB, arabic_years, normalise_text, plan_of
from ..question.ngrams import bigrams
from ..question.stated import prints_stated, stated_figure
from ..question.link import Link
from .contents import contents_citation, listed_beyond, listed_heading
from .itemsections import numbers_items
from ..enumerations.numbered import numbered_items
from .numbering import missing_number
from ..checks.unprinted import DONE_TO as _DONE_TO_NAME, THING_HEAD, place_names, printed_kin, printing_short, proper_words, unprinted_thing, without_place

__all__ = [
    "LEVEL_TYPES",
    "answer_structure_count",
    "heading_item",
    "heading_chain",
    "answer_structure_children",
    "answer_structure_title",
    "answer_structure_topic",
    "answer_multihop",
    "heading_matches",
    "answer_heading_where",
    "numbered_heading",
    "level_type",
    "answer_container",
    "answer_level_list",
    "in_each_plan",
]

#: Question words for heading levels → node types.
LEVEL_TYPES = {"篇": "Part", "章": "Chapter", "节": "Section", "专栏": "Box"}
_CHILD = {"Part": "Chapter", "Chapter": "Section", "Section": "Box"}
_LEVEL_WORDS = {t: w for w, t in LEVEL_TYPES.items()}
#: Words for a level counted from the top: a plan's 部分 is its 篇, or its 一、 headings when it has no 篇.
_RELATIVE = {"部分": 0, "一级标题": 0, "二级标题": 1, "三级标题": 2}
_DEPTHS = ("Part", "Chapter", "Section")


def level_type(kb: KB, level: str | None, *, plan: str | None = None, default: str = "Chapter") -> str:
    """The node type a level word means in the served plan(s).

    篇/章/节/专栏 name their types; 部分 and 一级/二级标题 count from the plan's top
    level, which is 篇 in a plan that has them and 章 (or an outline's 一、) otherwise.
    """
    if level in LEVEL_TYPES:
        return LEVEL_TYPES[level]
    if level not in _RELATIVE:
        return default
    has_parts = any(plan is None or plan_of(n) == plan for n in kb.by_type.get("Part", []))
    depths = _DEPTHS if has_parts else _DEPTHS[1:]
    return depths[min(_RELATIVE[level], len(depths) - 1)]


_ASKED_LEVEL = re.compile(r"(?:哪一|哪个|哪|第几)个?(篇|章|节|部分|专栏)")


def _first_paragraph(kb: KB, node: str) -> str | None:
    """The first paragraph under a structure node (for a citation of the heading)."""
    paras = [u for u, _ in kb.inn(node, "partOf") if kb.type(u) == "Paragraph"]
    if not paras:
        for child in kb.children(node):
            if (p := _first_paragraph(kb, child)) is not None:
                return p
        return None
    return min(paras, key=kb._reading_order)


def heading_item(kb: KB, node: str) -> Item:
    """A heading as an answer item: its heading label, cited to its first paragraph."""
    para = _first_paragraph(kb, node)
    return Item(kb.heading(node), kb.heading_citation(node, para) if para else None, entity=node)


def answer_structure_count(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「规划共有多少章？」「第5篇有几章？」"""
    asked = level_type(kb, intent.level, plan=plan)
    if intent.number and intent.level in ("篇", "章", "部分"):
        parents = kb.structure(asked, intent.number, plan=plan)
        if not parents:
            return None
        parent = parents[0]
        child_type = _CHILD.get(kb.type(parent), "Chapter")
        m = [c for c in kb.children(parent) if kb.type(c) == child_type] if child_type != "Box" else []
        if "专栏" in question:
            kids = boxes_under(kb, parent)
        elif kb.type(parent) == "Part" and _SECTIONS_ASKED.search(normalise_text(question)):
            kids = _sections_under(kb, parent)  # 「第二篇有几个节」 counts the sections of its chapters, not the chapters
        else:
            kids = m
        word = "个专栏" if "专栏" in question else _count_words(kb, plan_of(parent)).get(kb.type(kids[0]) if kids else child_type, "项")
        if not kids and "专栏" not in question and (lines := title_lines(kb, parent)):
            # 「第二章分几部分」 where the chapter prints its parts as title lines (「一、社会总产品」), not 节 headings:
            # those lines are its parts — never 「共有0节」.
            names = "；".join(mark + item.label for mark, item in lines)
            text = f"{kb.label(parent)}不分{word}，正文按编号标题分为{len(lines)}部分：{names}。"
            return Answer(question, text, True, [Item(mark + item.label, item.citation) for mark, item in lines],
                          [item.citation for _, item in lines], kind="structure")
        text = f"{kb.label(parent)}共有{len(kids)}{word}。"
        return Answer(question, text, True, [heading_item(kb, k) for k in kids], cite_first(kb, parent), kind="structure")
    counts = []
    for p in kb.plans(plan):
        row = {t: sum(1 for n in kb.by_type.get(t, []) if plan_of(n) == p) for t in LEVEL_TYPES.values()}
        counts.append((p, row))
    titles = {plan_of(n + "/"): kb.label(n) for n in kb.by_type.get("Plan", [])}
    parts = []
    for p, row in counts:
        prefix = f"《{titles.get(p, p)}》" if len(counts) > 1 else "规划"
        words = _count_words(kb, p)
        parts.append(prefix + "共有" + "、".join(f"{row[t]}{w}" for t, w in words.items() if row[t]) + "（不计目录）")
    if len(counts) > 1:
        # Several plans served and none chosen: each plan's own counts, never their sum (no plan has 43 + 9 章).
        text = f"已载入{len(counts)}份规划，各自的数目如下（可在「提问范围」中选定一份规划）：" + "；".join(parts) + "。"
        return Answer(question, text, True, [], [], kind="structure")
    lead = _count_words(kb, plan).get(asked, "个")
    if intent.level in _RELATIVE:
        lead = "个" + intent.level
    total = sum(row[asked] for _, row in counts)
    text = f"共{total}{lead}。" + "；".join(parts) + "。"
    words = _count_words(kb, counts[0][0])
    if listed := {t: n for t in words if (n := len(listed_beyond(kb, t, counts[0][0])))}:
        # the text is an excerpt: its 目录 lists the whole outline (qa.outline.contents), the body only part of it
        whole = "、".join(f"{n}{words[t]}" for t, n in listed.items())
        lead_text = f"共{listed[asked]}{lead}（据规划目录）。" if asked in listed else text.split("。")[0] + "。"
        text = f"{lead_text}规划目录列出{whole}；本文本正文只收录其中一部分：{parts[0].replace('（不计目录）', '')}。"
        # the 目录 lines counted are the answer's source (qa.outline.contents)
        cite = contents_citation(kb, [line for _, line in listed_beyond(kb, asked if asked in listed else next(iter(listed)), counts[0][0])], counts[0][0])
        return Answer(question, text, True, [], [cite] if cite else [], kind="structure")
    return Answer(question, text, True, [], [], kind="structure")


def title_lines(kb: KB, node: str) -> list[tuple[str, Item]]:
    """The numbered title lines a heading prints as text — its parts printed as lines, not headings: a chapter's
    「一、社会总产品」, a 第N节's 「（三）地质工作」 (a level below the tree's) — each with its number as printed, in
    reading order; one numbering family (the first line's), and at least two lines."""
    from ..enumerations.leadin import is_title_line

    own = sorted((c for c in kb.children(node) if kb.type(c) == "Paragraph"), key=kb._reading_order)
    lines = [(m.group(0), Item(text[m.end():], kb.citation(p))) for p in own
             if (m := _TITLE_NUMBER.match(text := kb.norm_text[p])) and is_title_line(text)]
    lines = [line for line in lines if line[0].startswith("(") == lines[0][0].startswith("(")] if lines else []
    return lines if len(lines) >= 2 else []


#: How a title line printed as text is numbered: 一、 or （一） (NFKC: (一)).
_TITLE_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|\([0-9一二三四五六七八九十]+\))")


def _count_words(kb: KB, plan: str | None) -> dict[str, str]:
    """Count words per level: 篇/章/节, or 一级/二级标题 for an outline numbered 一、/（一） (no 第N章)."""
    chapters = [n for n in kb.by_type.get("Chapter", []) if plan is None or plan_of(n) == plan]
    outline = bool(chapters) and not any(kb.label(n).startswith("第") for n in chapters)
    if outline:
        # sections numbered as items (1.…N, a 建议's) are counted as its readers do, in 条
        section = "条" if numbers_items(kb, plan) else "个二级标题（（一））"
        return {"Part": "篇", "Chapter": "个一级标题（一、）", "Section": section, "Box": "个专栏"}
    parts = [n for n in kb.by_type.get("Part", []) if plan is None or plan_of(n) == plan]
    # A plan may print its top level as 第一部分 rather than 第一篇.
    part = "个部分" if parts and all("部分" in kb.label(n) for n in parts) else "篇"
    # Older plans print it as 第一编.
    part = "编" if parts and all(re.match(r"第\S+编", kb.label(n)) for n in parts) else part
    return {"Part": part, "Chapter": "章", "Section": "节", "Box": "个专栏"}


def boxes_under(kb: KB, node: str) -> list[str]:
    """The 专栏 boxes printed anywhere under heading ``node``, in printed order."""
    out = []
    for child in kb.children(node):
        if kb.type(child) == "Box":
            out.append(child)
        else:
            out.extend(boxes_under(kb, child))
    return out


def cite_first(kb: KB, node: str) -> list:
    """The citation of the first paragraph under heading ``node`` (empty when it has none)."""
    para = _first_paragraph(kb, node)
    return [kb.citation(para)] if para else []


#: A count of a heading's tasks: 几条, or 几项 of 任务/举措/措施 (its （一） groups are counted in 方面/部分).
_ITEMS_COUNTED = re.compile(r"(?:几|多少)(?:条|项(?:具体|主要|重点)?(?:任务|举措|措施|工作))")


def answer_structure_children(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「第5篇包括哪些章？」「第三部分下分几个方面？」「“X”这一部分下分几个方面？」: a heading's children."""
    if intent.number and intent.level in ("篇", "章", "节", "部分"):
        # 「第三章第一节各部分」: the deepest heading the question numbers
        nodes = [deepest] if (deepest := numbered_heading(kb, question, plan=plan)) else \
            kb.structure(level_type(kb, intent.level, plan=plan), intent.number, plan=plan)
        if not nodes:
            return _missing_heading(kb, question, intent, plan=plan)
    else:
        # A heading named by its title: the quoted phrase, or the words before 这一部分.
        named = _NAMED_LEVEL.match(_QUOTES.sub("", normalise_text(question)))
        _, nodes = named_headings(kb, (quoted_phrase(question), named.group(1) if named else None), plan=plan)
        if not nodes:
            return None
    parent = nodes[0]
    kids = [c for c in kb.children(parent) if kb.type(c) in ("Chapter", "Section", "Box")]
    if "专栏" in question:
        # 「第二十六章有哪些专栏？」: the boxes printed anywhere under it.
        kids = boxes_under(kb, parent)
        if not kids:
            return Answer(question, f"{kb.label(parent)}下没有专栏。", True, [], cite_first(kb, parent), kind="structure")
    if _SECTIONS_ASKED.search(normalise_text(question)) and kb.type(parent) == "Part":
        # 「第十篇下面有哪几节」 asks past its chapters: the sections printed under them, in reading order.
        kids = _sections_under(kb, parent)
    if not kids and (lines := title_lines(kb, parent)):
        # 「（一）…」 title lines printed inside a 第N节 (the tree keeps them as text): its parts
        counted = re.search(r"(几|多少)个?(方面|层次|小节|类|部分|项|条)", normalise_text(question))
        text = f"{kb.label(parent)}{'下分' if counted else '包括'}{len(lines)}个部分：" + "；".join(
            f"{mark}{item.label}" for mark, item in lines) + "。"
        return Answer(question, text, True, [item for _, item in lines], [i.citation for _, i in lines], kind="structure")
    if not kids:
        return Answer(question, f"{kb.label(parent)}下没有再分章节。", True, [], cite_first(kb, parent), kind="structure")
    if _ITEMS_COUNTED.search(normalise_text(question)) and (numbered := numbered_items(kb, parent)):
        # 「这部分有几项任务」「下面有几条」 where its （一）… group numbered tasks: the tasks are counted, not the groups
        from .headcount import items_counted
        line, items = items_counted(kb, parent, numbered, question, deep=True,
                                    unit="项" if "项" in normalise_text(question) else "条")
        return Answer(question, line + "。", True, items, [i.citation for i in items if i.citation][:12], kind="structure")
    names = "、".join(kb.label(k) for k in kids)
    if len(chapters := list(dict.fromkeys(kb.parent(k) for k in kids if kb.type(k) == "Section"))) > 1:
        # Sections are numbered within their chapter (第1节 again under each): each run under its chapter's number.
        names = "；".join(f"{_chapter_number(kb, c)}：" + "、".join(kb.label(k) for k in kids if kb.parent(k) == c)
                         for c in chapters)
    word = "个专栏" if all(kb.type(k) == "Box" for k in kids) else "个部分"
    kinds = {kb.type(k) for k in kids}
    if len(kinds) == 1 and _count_words(kb, plan_of(parent)).get(next(iter(kinds))) in ("章", "节"):
        # 「第二编包括哪些章」: 13章, in the plan's own level word (an outline's 一、/（一） stay 个部分).
        word = _count_words(kb, plan_of(parent))[next(iter(kinds))]
    counted = re.search(r"(几|多少)个?(方面|层次|小节|类|部分|项|条)", normalise_text(question))
    if counted and word in ("个部分", "章", "节"):
        word = counted.group(2) if counted.group(2) in ("项", "条") else f"个{counted.group(2)}"
    text = f"{kb.label(parent)}{'下分' if counted else '包括'}{len(kids)}{word}：{names}。"
    return Answer(question, text, True, [heading_item(kb, k) for k in kids], cite_first(kb, parent), kind="structure")


def _sections_under(kb: KB, part: str) -> list[str]:
    """The sections printed under ``part``'s chapters, in reading order."""
    return sorted((d for d in kb.descendants(part) if kb.type(d) == "Section"), key=kb._reading_order)


def _chapter_number(kb: KB, chapter: str | None) -> str:
    """「第38章」 of a chapter's label 「第38章 加强…」 (its whole label where it prints no number)."""
    label = kb.label(chapter) if chapter else ""
    return label.split(" ", 1)[0] if label.startswith("第") else label


#: A 篇 asked for its 节 (哪几节, 有几个节), not its chapters.
_SECTIONS_ASKED = re.compile(r"(?:哪些|哪几|几|多少)个?节")
_NAMED_LEVEL = re.compile(r"^(?:在|关于|对于)?(?:规划|纲要)?(?:中|里)?的?(.{2,40}?)这一?(?:篇|章|节|部分|块)")


def _missing_heading(kb: KB, question: str, intent: Intent, *, plan: str | None) -> Answer:
    # The whole numbered path as asked (第三十一章第五节), not only its first number.
    path = [m.group(0) for m in _NUMBERED.finditer(normalise_text(question))]
    named = "".join(path) or f"第{intent.number}{intent.level}"
    if len(path) <= 1 and intent.number and intent.level in ("篇", "章", "节") \
            and (entry := listed_heading(kb, LEVEL_TYPES[intent.level], intent.number, plan)):
        # 「第八十章的标题是什么」 of an excerpt: the heading its 目录 lists, the text holding nothing under it
        cite = contents_citation(kb, [entry], plan)
        return Answer(question, f"{entry}（规划目录所列；本文本正文未收录该{intent.level}的内容）。", True,
                      citations=[cite] if cite else [], kind="structure")
    if len(path) <= 1 and intent.number and (intent.level in ("篇", "章") or (intent.level == "节" and numbers_items(kb, plan))):
        # One top-level number the plan lacks: say which numbers it prints (「规划共有第1–5章，没有第9章」), in its numerals.
        kind = LEVEL_TYPES[intent.level]
        return missing_number(kb, question, kind, intent.number, plan=plan, answer_kind="structure",
                              listed=[n for n, _ in listed_beyond(kb, kind, plan)])
    return Answer(question, f"规划中未找到{named}。", False, kind="structure")


_NUMBERED = re.compile(r"第\s*([0-9一二三四五六七八九十百〇零两]+)\s*(篇|章|节|部分)")


_LAST = re.compile(r"最后一个?(篇|章|节|部分)")


def numbered_heading(kb: KB, question: str, *, plan: str | None = None) -> str | None:
    """The heading a question numbers, deepest level first: 第五章第二节 is the section, not the chapter."""
    from ..question.intent import normalise_question, parse_cn_number

    q = normalise_question(question)
    last = _LAST.search(q)
    if last:
        # 「最后一章」: the plan's last heading of that level, in printed order.
        kind = level_type(kb, last.group(1), plan=plan)
        nodes = [n for n in kb.by_type.get(kind, []) if not plan or plan_of(n) == plan]
        return max(nodes, key=lambda n: (plan_of(n) or "", int(kb.attrs(n).get("line") or 0)), default=None)
    node = None
    for m in _NUMBERED.finditer(q):
        n, kind = parse_cn_number(m.group(1)), level_type(kb, m.group(2), plan=plan)
        if n is None:
            return None
        if node is None:
            node = next(iter(kb.structure(kind, str(n), plan=plan)), None)
        else:
            node = next((c for c in kb.children(node) if kb.type(c) == kind and str(kb.attrs(c).get("number")) == str(n)), None)
        if node is None:
            return None
    return node


def answer_structure_title(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「第23章的标题是什么？」"""
    if intent.box and not intent.number:
        # 「专栏5的标题是什么？」
        node = kb.box(intent.box, plan=plan)
        if node is None:
            return missing_number(kb, question, "Box", intent.box, plan=plan, answer_kind="structure")
        if _ASKS_CONTENT.search(normalise_text(question)) and (said := _content(kb, question, node)):
            return said  # 「专栏2讲了什么」: its title and items, as a numbered chapter asked so
        return Answer(question, kb.heading(node), True, [heading_item(kb, node)], cite_first(kb, node), kind="structure")
    last = _LAST.search(normalise_text(question))
    if not intent.number and not last and (marked := _MARKED.search(normalise_text(question))):
        # 「第（十二）条的标题是什么」: a heading asked by the numeral printed before its title, no level named.
        return _marked_heading(kb, question, marked.group(1), plan=plan)
    if not last and (not intent.number or intent.level not in (*LEVEL_TYPES, "部分")):
        return None
    node = numbered_heading(kb, question, plan=plan)
    if node is None and last:
        return None
    if node is None:
        return _missing_heading(kb, question, intent, plan=plan)
    if (inner := BRACKETED.search(normalise_text(question))) is not None:
        # 「第二部分的第（四）项」「第三章第一节的（三）」: the part of the numbered heading printed so
        return _bracketed_part(kb, question, node, inner.group(1))
    return _title_answer(kb, question, node)


def _title_answer(kb: KB, question: str, node: str) -> Answer:
    """Heading ``node`` as a title question about it is answered: its heading and the one it sits in, or (asked what
    it says) its title and parts."""
    parent = kb.parent(node)
    where = f"（属于{kb.label(parent)}）" if parent and kb.type(parent) in LEVEL_TYPES.values() else ""
    if _ASKS_CONTENT.search(normalise_text(question)) and (said := _content(kb, question, node)):
        return said  # 「第三部分讲的是什么」: its title and what it holds (its parts, else its first sentences)
    return Answer(question, f"{kb.heading(node)}{where}", True, [], cite_first(kb, node), kind="structure")


#: A heading asked by its printed bracketed numeral alone (「第（十二）条」「（三）这部分」), no numbered heading before it.
_MARKED = re.compile(r"(?<![篇章节分的])第?[（(]([0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）]")
#: The bracketed numeral a heading's label opens with (「（十二）建成夜景新地标新秀带」).
_LABEL_MARK = re.compile(r"^[（(]([0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）]")


def _marked_heading(kb: KB, question: str, numeral: str, *, plan: str | None) -> Answer | None:
    """The 篇, 章 or 节 whose label opens with （``numeral``）: one answers as a numbered heading does; several
    (（一） restarting in every chapter) are named back, none answered for the others; none so numbered where others
    are → ``found: false``; None when the plan prints no bracketed heading (the passage answerers read the question)."""
    from ..question.intent import cn_numeral, parse_cn_number

    n = parse_cn_number(numeral)
    marked = {h.node: parse_cn_number(m.group(1)) for h in kb.headings.rows
              if h.kind != "Box" and (not plan or plan_of(h.node) == plan) and (m := _LABEL_MARK.match(kb.label(h.node)))}
    nodes = sorted((node for node, number in marked.items() if number == n), key=kb._reading_order)
    if not marked:
        return None
    if not nodes:
        # 「第（十九）条」 of a plan whose bracketed headings end at （十八）: no other heading stands in for it
        return Answer(question, f"规划中没有标为（{numeral}）的标题（带括号编号的标题最大到（{cn_numeral(max(marked.values()))}））。",
                      False, kind="structure")
    if len(nodes) == 1:
        return _title_answer(kb, question, nodes[0])
    where = "；".join(f"{kb.heading(c)}（属于{kb.label(p)}）" if (p := kb.parent(c)) and kb.type(p) in LEVEL_TYPES.values()
                     else kb.heading(c) for c in nodes)
    return Answer(question, f"规划中有{len(nodes)}处标为（{numeral}）的标题：{where}。请说明问的是哪一部分的（{numeral}）。",
                  False, [heading_item(kb, c) for c in nodes], [c for n in nodes for c in cite_first(kb, n)][:6],
                  kind="structure")


#: A part numbered （三） after the numbered heading it sits in (「第三章第一节的（三）」「第二部分的第（四）项」).
BRACKETED = re.compile(r"第[0-9一二三四五六七八九十百〇零两]+(?:篇|章|节|部分)的?第?[（(]([0-9一二三四五六七八九十]+)[)）]")


def bracketed_child(kb: KB, node: str, numeral: str) -> str | None:
    """The sub-heading of ``node`` numbered ``numeral`` (三 or 3: its （三）), or None."""
    from ..question.intent import parse_cn_number

    n = parse_cn_number(numeral)
    return next((c for c in kb.children(node) if kb.type(c) in ("Part", "Chapter", "Section")
                 and str(kb.attrs(c).get("number")) == str(n)), None)


def _bracketed_part(kb: KB, question: str, node: str, numeral: str) -> Answer:
    """The part of ``node`` printed as （``numeral``）: its sub-heading so numbered, else the title line under it
    (a 「（三）地质工作」 line inside a 第N节, which the tree keeps as text); ``found: false`` naming what it has."""
    from ..question.intent import parse_cn_number

    n = parse_cn_number(numeral)
    kids = [c for c in kb.children(node) if kb.type(c) in ("Part", "Chapter", "Section")]
    hit = bracketed_child(kb, node, numeral)
    if hit is not None:
        return Answer(question, f"{kb.heading(hit)}（属于{kb.label(node)}）", True, [heading_item(kb, hit)],
                      cite_first(kb, hit), kind="structure")
    if not kids:
        for mark, item in title_lines(kb, node):
            if parse_cn_number(mark.strip("（()）")) == n:
                return Answer(question, f"{mark}{item.label}（属于{kb.label(node)}）", True, [item],
                              [item.citation], kind="structure")
    return Answer(question, f"{kb.heading(node)}下没有标为（{numeral}）的部分。", False, [heading_item(kb, node)],
                  cite_first(kb, node), kind="structure")


#: A title question asking what the heading says (讲什么, 主要内容, 关于什么), not only what it is called.
_ASKS_CONTENT = re.compile(r"讲|内容|说了?什么|写了?什么|关于什么")


def _content(kb: KB, question: str, node: str) -> Answer | None:
    """What heading or box ``node`` holds (its parts, else its first sentences), as a structure answer."""
    from ..enumerations.lists import heading_answer

    said = heading_answer(kb, question, node)
    if said is not None:
        said.kind = "structure"
    return said


def heading_matches(kb: KB, topic: str, *, plan: str | None = None) -> list[tuple[float, str]]:
    """Structure nodes whose title covers ``topic``, best first (score = share of topic bigrams)."""
    grams = bigrams(topic)
    if not grams:
        return []
    scored = []
    for h in kb.headings.rows:
        if plan and plan_of(h.node) != plan:
            continue
        share = len(grams & bigrams(h.title)) / len(grams)
        if topic in h.title:
            share += 0.5
        if share > 0:
            scored.append((share, h.node))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return scored


def _ancestor(kb: KB, node: str, type_: str) -> str | None:
    while node is not None and kb.type(node) != type_:
        node = kb.parent(node)
    return node


def answer_structure_topic(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None, hits=()) -> Answer | None:
    """「哪一章讲乡村振兴重点项目？」: the heading whose title covers the topic, else the chapter of the best passages."""
    want = _asked_type(kb, question, intent, plan=plan, default="Chapter")
    topic = _topic(intent.topic)
    if (thing := _asked_after_level(question) or topic) and (
            missing := unprinted_thing(kb, thing, plan=plan, places=place_names(kb), any_term=not links or links[0].type == "Place")):
        return unprinted_answer(kb, question, missing, plan=plan)  # 「哪一章讲零陵通用机场」: never printed, no place
    matches = heading_matches(kb, topic, plan=plan)
    found: list[tuple[str, str]] = []  # (target heading node, the heading that matched)
    if matches and matches[0][0] >= 0.6:
        best = matches[0][0]
        for score, node in matches:
            if score < best - 1e-9:
                break
            target = _ancestor(kb, node, want)
            if target and target not in [f for f, _ in found]:
                found.append((target, node))
    if not found:
        votes: Counter[str] = Counter()
        for rank, hit in enumerate(hits[:5]):
            para = kb.paragraph(hit.passage.paragraph, plan=hit.passage.plan)
            target = _ancestor(kb, para, want) if para else None
            if target:
                votes[target] += 1.0 / (rank + 1)
        found = [(n, n) for n, _ in votes.most_common(2)]
    if not found:
        return None
    parts = []
    for target, via in found:
        note = f"（{kb.heading(via)}）" if via != target else ""
        parts.append(kb.heading(target) + note)
    text = "讲这一内容的是" + "；".join(parts) + "。"
    cites = [c for target, via in found for c in cite_first(kb, via)]
    return Answer(question, text, True, [heading_item(kb, t) for t, _ in found], cites, kind="structure")


def _topic(topic: str) -> str:
    for w in ("哪一章", "哪一篇", "哪一节", "哪个章节", "哪章", "哪篇", "哪节", "讲", "是关于", "涉及", "论述", "部署", "介绍", "专门", "的", "内容"):
        topic = topic.replace(w, "")
    return topic


#: 「X都在哪个专栏里」「X在哪几个专栏」: every heading naming X is asked, not only where X is introduced.
_EVERY_PLACE = re.compile(r"都在|哪几|哪些")


def answer_multihop(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None, hits=()) -> Answer | None:
    """「循环经济产业园在规划的哪一篇？」: entity → its paragraphs → their part/chapter/section."""
    want = _asked_type(kb, question, intent, plan=plan, default="Part")
    paras: list[str] = []
    subject = None
    said = ""  # the quoted phrase with the words printed after it, when that names the thing (「“135”绿色出行方式」)
    phrase = quoted_phrase(question)
    if not phrase and (whole := _asked_phrase(question)) and (not links or len(links[0].mention) * 2 <= len(whole)) \
            and kb.printing(whole, plan=plan):
        # 「健全市场价格形成机制在哪一节」: the words asked are printed so, whole — they are the phrase, never 市场 they hold
        # nor the passages nearest in meaning.
        phrase = whole
    if phrase:
        # A quoted phrase is looked up as written, before any entity its words might link to.
        paras, said = _printing_named(kb, normalise_text(question), phrase, plan=plan)
        paras = paras or kb.printing(phrase, plan=plan)
    elif links and (asked := _quote_head(normalise_text(question), links[0].mention)) != normalise_text(question):
        # 「135绿色出行方式在哪一章」 asks 「“135”绿色出行方式」 unquoted: the name the plan prints with the linked head
        # quoted and the question's words after it, before the thing the head alone links to (“135”工程)
        paras, said = _printing_named(kb, asked, links[0].mention, plan=plan)
        phrase = links[0].mention if paras else None
    asked = _subject_words(question) or ((m := _TOPIC_PLACE.match(normalise_text(question))) and m["topic"]) or _asked_after_level(question)
    # (with nothing linked but a place the words lead with, a short term is checked too: 「零陵区低空经济在哪一章」)
    unlinked = not links or (links[0].type == "Place" and bool(asked) and normalise_text(asked).lstrip("讲关于").startswith(normalise_text(links[0].mention)))
    if not paras and asked and (missing := unprinted_thing(kb, asked, plan=plan, places=place_names(kb), any_term=unlinked)):
        # 「零陵通用机场规划在哪一章」 over a plan naming only 黄花机场 and 零陵: a thing the plan never prints has no
        # place in it — the words it shares with printed names (零陵区, 机场) are not it.
        return unprinted_answer(kb, question, missing, plan=plan)
    if (not paras and asked and not links and len(term := without_place(_DONE_TO_NAME.sub("", normalise_text(asked)), place_names(kb))) >= 2
            and not kb.printing(term, plan=plan)):
        # 「混改在哪一章」: a term printed only as its long form (混合所有制改革) is where that is printed, before the
        # passages nearest in meaning (a term printed whole keeps them, and the title treating it)
        if paras := printing_short(kb, term, plan=plan):
            phrase = said = term
    if not paras and asked and links and links[0].type == "Place" and (
            rest := without_place(_DONE_TO_NAME.sub("", normalise_text(asked)), (normalise_text(links[0].mention),))) != normalise_text(asked):
        # 「零陵区生活垃圾焚烧发电项目在哪一章」: the place leading the words asked is the plan's own, not the thing asked —
        # the rest, as printed, is where it stands.
        if (len(rest) >= 4 or THING_HEAD.search(rest)) and (paras := printing_short(kb, rest, plan=plan)):
            phrase = said = rest
    if not paras and links:
        subject = links[0]
        paras = kb.source_paragraphs(subject.node, plan=plan) or kb.mentions(subject.node, plan=plan)
        if _EVERY_PLACE.search(question):
            # 「X都在哪个专栏里」: every place it is named, after where it is introduced (「另见」 lists the others)
            paras += [p for p in kb.mentions(subject.node, plan=plan) if p not in paras]
    if not paras and phrase and (titled_by := _titled_with(kb, normalise_text(phrase), want, plan=plan)):
        # 「“领头雁”出现在哪一节」: a phrase printed only in a heading's title (第2节 争当承接产业转移“领头雁”) is where that
        # heading stands — never 「没有这一表述」.
        paras = [p for t in titled_by if (p := _first_paragraph(kb, t))]
    if not paras and phrase:
        # The quoted words are printed nowhere in the text (a heading only its 目录 lists, a paraphrase): the
        # passages nearest in meaning sit somewhere else — never say the phrase 出现在 there.
        text = f"规划正文中没有“{phrase}”这一表述，无法确定它在哪一{_LEVEL_WORDS.get(want, '章')}。"
        return Answer(question, text, False, [], [], kind="multihop")
    # 「讲巢湖治理的是哪一条」 asks where the plan treats a thing, not where it is first named: a heading titled with it
    # (22.持续擦亮巢湖“最好名片”) leads even when the thing is named earlier in passing.
    treats = bool(_TREATS.match(normalise_text(question)))
    names = (subject.mention,) if subject is not None and treats and len(subject.mention) >= 2 else ()
    titled = _titled_with_topic(kb, question, want, plan=plan, names=names) if not paras or treats else []
    if not paras:
        paras = [p for h in hits[:3] if (p := kb.paragraph(h.passage.paragraph, plan=h.passage.plan))]
    if not paras:
        return None
    if (stated := stated_figure(question)) and (printing := [p for p in paras if prints_stated(kb.norm_text.get(p, ""), stated)]):
        # 「湘江航道疏浚80公里是在哪一章」: the figure stated names the place — the paragraph printing it (疏浚航道80km,
        # in 第26章's 专栏), not the first naming the thing in passing (a 发展环境 sentence listing 湘江航道).
        paras = printing
    votes, first = _votes(kb, paras, want)
    if phrase and not subject and (framed := _printed_in_context(kb, question, phrase, paras)):
        # 「打造零陵“千年打卡胜地”城市品牌，写在哪一章」: the paragraph printing the question's words around the quote is
        # where it is; a sentence naming the phrase in passing (a 发展构想 one) comes after, as 另见.
        own, _ = _votes(kb, framed, want)
        top = max(votes.values(), default=0)
        for target, count in own.items():
            votes[target] = top + count
    if titled:
        # 「讲数字经济的是第几章」: the heading titled with the topic (第11章 大力推动数字经济发展) is where the plan treats
        # it; the passages nearest in meaning (a 发展构想 sentence naming it) come after, as 另见.
        for target in reversed(titled):
            votes[target] = max(votes.values(), default=0) + 1
            first[target] = first.get(target) or _first_paragraph(kb, target) or target
    named = bool(phrase or subject)
    missing = None
    if not votes and named and want in ("Box", "Section"):
        # 「中天荣华在哪个专栏？」: named only outside boxes — say so, and where it is named.
        missing, (votes, first) = want, _votes(kb, paras, "Chapter")
    if not votes:
        return None
    target, _ = votes.most_common(1)[0]
    para = first[target]
    chain = [kb.heading(n) for n in heading_chain(kb, para)]
    # Never the question's own words as the subject: with nothing named, the passages speak.
    name = (said or f"“{phrase}”") if phrase and not subject else subject.label if subject else "最相关的段落"
    path = " / ".join(chain)
    lead = f"{name}没有列入任何{_LEVEL_WORDS[missing]}；它" if missing else name
    text = f"{lead}出现在{kb.heading(target)}" + (f"（{path}）" if path and path != kb.heading(target) else "") + "。"
    others = [kb.heading(n) for n, _ in votes.most_common()[1:4]]
    if others:
        text += "另见：" + "、".join(others) + "。"
    return Answer(question, text, True, [heading_item(kb, target)], [kb.citation(para)], kind="multihop")


#: 「哪一章讲零陵通用机场」「第几章提到了X」: the level asked first, the thing after the verb.
_LEVEL_THEN_THING = re.compile(r"^(?:请问)?(?:规划|纲要)?(?:的|中|里)?(?:哪一|哪个|哪|第几)个?(?:篇|章|节|部分|专栏)(?:里|中)?"
                               r"(?:讲|写|提到|提及|介绍|涉及|部署|安排|列)了?(?:到)?(?P<thing>[^？?。，,]{2,30}?)(?:的内容|的事)?[？?。]*$")


def _asked_after_level(question: str) -> str | None:
    """The thing a where-question names after its level and verb (「哪一章讲零陵通用机场」 → 零陵通用机场), or None.

    >>> _asked_after_level("哪一章讲零陵通用机场？"), _asked_after_level("零陵通用机场在哪一章？")
    ('零陵通用机场', None)
    """
    return m["thing"] if (m := _LEVEL_THEN_THING.match(normalise_text(question))) else None


def unprinted_answer(kb: KB, question: str, thing: str, *, plan: str | None) -> Answer:
    """``found: false`` for a where-question naming ``thing``, which the plan never prints: what it does print with the
    same kind head (黄花机场 for 零陵通用机场) is said with its place, as not the asked thing, its paragraph a hint."""
    level = m.group(1) if (m := _ASKED_LEVEL.search(normalise_text(question))) else "部分"
    bare = without_place(thing, place_names(kb))  # (零陵区 of 零陵区体育中心 is near everything in the plan)
    # (a term's two characters — 经济 of 低空经济 — are in every plan's titles: near it only by three)
    kin = printed_kin(kb, bare, plan=plan) or _titled_near(kb, proper_words(bare), plan=plan,
                                                           least=2 if THING_HEAD.search(bare) else 3)
    text = f"规划未提及{thing}，无法确定它在哪一{level}。"
    if kin:
        paths = [(name, " / ".join(kb.heading(n) for n in heading_chain(kb, para))) for name, para in kin]
        # (a heading near it is said by its path alone: 第10篇 … / 第39章 繁荣文化体育事业)
        paths = [(name, path) for i, (name, path) in enumerate(paths) if not any(path.startswith(p) for _, p in paths[:i])]
        said = "、".join(path if path.endswith(name) else f"“{name}”（{path}）" for name, path in paths)
        text += f"规划提到的是{said}，不是{thing}。"
    return Answer(question, text, False, [], [kb.citation(para) for _, para in kin], kind="multihop")


def _titled_near(kb: KB, words: str, *, plan: str | None, limit: int = 2, least: int = 2) -> list[tuple[str, str]]:
    """(heading, its first paragraph) for up to ``limit`` headings titled with the longest run (two characters at least)
    of ``words`` any title prints, ``least`` characters at least: 积极发展体育事业 near 体育 of 零陵区体育中心; [] when
    none is."""
    for size in range(len(words), least - 1, -1):
        for i in range(len(words) - size + 1):
            run = words[i : i + size]
            titled = [(kb.heading(r.node), para) for r in kb.headings.rows if r.title and run in normalise_text(r.title)
                      and (not plan or plan_of(r.node) == plan) and (para := _first_paragraph(kb, r.node))]
            if titled:
                return titled[:limit]
    return []


#: The words a where-question asks the place of, before 在哪/写在哪/是第几… (「健全市场价格形成机制在哪一节」).
_WHERE_OF = re.compile(r"^(?P<what>[\u4e00-\u9fff“”]{4,30}?)(?:是|被)?(?:写|放|列|安排|部署)?(?:在|于|属于|位于)(?:规划|纲要)?(?:的)?(?:哪|第几)")


def _asked_phrase(question: str) -> str:
    """What a where-question asks the place of, as the asker wrote it, or "".

    >>> _asked_phrase("健全市场价格形成机制在哪一节？"), _asked_phrase("推进广深双城联动发展放在哪一节"), _asked_phrase("第三章有几节")
    ('健全市场价格形成机制', '推进广深双城联动发展', '')
    """
    m = _WHERE_OF.match(normalise_text(question))
    return m["what"] if m else ""


#: Quotation marks, left out when the question's words around a quoted phrase are compared with a paragraph's.
_QUOTES = re.compile(r"[“”\"「」‘’]")


def _printed_in_context(kb: KB, question: str, phrase: str, paras: list[str]) -> list[str]:
    """Those of ``paras`` printing the most of the question's words right around ``phrase`` (at least two characters,
    and more than some other paragraph does); [] when none stands out so.

    >>> _context_shared("打造零陵千年打卡胜地城市品牌写在哪一章", "实施城市品牌塑造,打造零陵千年打卡胜地城市品牌。", "千年打卡胜地")
    8
    """
    asked = _QUOTES.sub("", normalise_text(question))
    shared = {p: _context_shared(asked, _QUOTES.sub("", kb.norm_text.get(p, "")), phrase) for p in paras}
    best = max(shared.values(), default=0)
    if best < 2 or min(shared.values()) == best:
        return []
    return [p for p in paras if shared[p] == best]


def _context_shared(asked: str, text: str, phrase: str) -> int:
    """How many characters around ``phrase`` ``asked`` and ``text`` print alike (before it and after it), at best."""
    at = asked.find(phrase)
    if at < 0:
        return 0
    best = 0
    for m in re.finditer(re.escape(phrase), text):
        left = 0
        while left < at and left < m.start() and asked[at - 1 - left] == text[m.start() - 1 - left]:
            left += 1
        right, end, tail = 0, at + len(phrase), m.end()
        while end + right < len(asked) and tail + right < len(text) and asked[end + right] == text[tail + right]:
            right += 1
        best = max(best, left + right)
    return best


#: The words a question prints right after a quoted phrase (「“135”绿色出行方式」): the quotation may be a name's first part.
_AFTER_QUOTE = r"[”」』\"'](?P<after>[\u4e00-\u9fff]{2,})"


def _printing_named(kb: KB, question: str, phrase: str, *, plan: str | None) -> tuple[list[str], str]:
    """The paragraphs printing the quoted ``phrase`` with the longest run (two characters at least) of the words the
    question says right after it (「“135”绿色出行方式」 is no 「“135”工程」, both quoting 135), and that name as printed;
    ``([], "")`` when it says none after it or the plan prints none of them with it. ``question`` is normalised.

    The genre quotes a short name's head and prints its kind after it (“135”绿色出行方式, “三线一单”生态环境分区管控):
    the quotation alone names every thing sharing the head."""
    m = re.search(r"[“「『\"']" + re.escape(phrase) + _AFTER_QUOTE, question)
    if not m:
        return [], ""
    named = m.group(0)[: -len(m.group("after"))]
    after = _ASKING_AFTER.split(m.group("after"), maxsplit=1)[0]  # (「…升级版是在哪一章」: 是 on asks, no part of the name)
    for k in range(len(after), 1, -1):
        if paras := kb.printing(named + after[:k], plan=plan):
            return paras, named + after[:k]
    return [], ""


def _quote_head(question: str, head: str) -> str:
    """``question`` with its first unquoted ``head`` in quotes when words of a name follow it (「135绿色出行方式…」 →
    「“135”绿色出行方式…」), for :func:`_printing_named` to read as the plan prints such a name; else ``question``.

    >>> _quote_head("135绿色出行方式在哪一章", "135"), _quote_head("135在哪一章", "135")
    ('“135”绿色出行方式在哪一章', '135在哪一章')
    """
    m = re.search(re.escape(head) + r"(?=[\u4e00-\u9fff]{2})", question)
    if not m or _ASKING_AFTER.match(question, m.end()):
        return question
    return question[: m.start()] + f"“{head}”" + question[m.end():]


#: Where the asking starts after a name (是在哪一章, 出现在, 的): no word of it.
_ASKING_AFTER = re.compile(r"是|在|哪|属于|位于|出现|提出|提到|写在|的|呢|吗")


#: 「讲数字经济的是第几章」「数字经济在哪一篇」: the topic a structure question asks the place of, nothing named in it.
_TOPIC_PLACE = re.compile(r"^(?:请问)?(?:规划|纲要)?(?:中|里)?(?:讲|关于|涉及|论述|部署)?(?P<topic>[\u4e00-\u9fff]{2,12}?)"
                          r"(?:的内容|的部分|的)?(?:是|在|位于|属于|放在|列在)?(?:规划|纲要)?(?:的|中|里)?(?:第几|哪一|哪个|哪)(?:篇|章|节|部分)")


#: 「讲X的是…」「关于X的是…」: the question asks where X is treated.
_TREATS = re.compile(r"^(?:请问)?(?:规划|纲要)?(?:中|里)?(?:讲|关于|论述|部署)")


def _titled_with_topic(kb: KB, question: str, want: str, *, plan: str | None, names: tuple[str, ...] = ()) -> list[str]:
    """The headings of the ``want`` level holding a heading whose title prints the asked topic whole (else the first of
    ``names``, the things the question links, that a title prints), in reading order; none when the question names no
    topic, no title prints it, or a heading above that level does."""
    m = _TOPIC_PLACE.match(normalise_text(question))
    if not m:
        return []
    for topic in (m["topic"], *names):
        if out := _titled_with(kb, topic, want, plan=plan):
            return out
    return []


def _titled_with(kb: KB, topic: str, want: str, *, plan: str | None) -> list[str]:
    out: list[str] = []
    for h in kb.headings.rows:
        if topic not in h.title or (plan and plan_of(h.node) != plan):
            continue
        target = _ancestor(kb, h.node, want)
        if target is None:
            return []  # a 篇 titled with it when a 章 is asked (第5篇 全面推进乡村振兴): no one chapter says it
        if target not in out:
            out.append(target)
    return out


def _votes(kb: KB, paras: list[str], want: str) -> tuple[Counter, dict[str, str]]:
    """Headings of type ``want`` above ``paras`` weighted by order (where a thing is introduced counts most), and each one's first paragraph."""
    votes: Counter[str] = Counter()
    first: dict[str, str] = {}
    for rank, para in enumerate(paras):
        target = _ancestor(kb, para, want)
        if target:
            votes[target] += 1.0 + 1.0 / (rank + 1)
            first.setdefault(target, para)
    return votes, first


#: Verbs of effort headings open with (加快, 推进, 全面加强 …): the topic is what follows them.
_EFFORT_LEAD = re.compile(r"^(?:全面|大力|积极|着力|持续|切实|不断|进一步)?(?:加快|推进|推动|加强|深化|实施|构建|打造|完善|提升|促进|强化|健全|培育|发展)")
_PERIOD_LEAD = re.compile(r"^(?:[一二三四五六七八九十]+五|\d{4}[-－—~～]\d{4}年)(?:计划|规划)?(?:期间|时期)?的?")


def named_headings(kb: KB, phrases, *, plan: str | None = None) -> tuple[str, list[str]]:
    """The first of ``phrases`` that is a heading's whole title (or nearly: the title holds it
    and it holds 4/5 of the title), with the headings so titled in printed order; ``("", [])`` if none."""
    # 「普陀区国土空间近期规划核心指标表」 is asked as 核心指标表: the plan's own name leading a title is every title's
    leads = [lead for p in kb.by_type.get("Plan", [])
             if len(lead := normalise_text(re.sub(r"[（(][^（）()]*[)）]$", "", kb.label(p)))) >= 4]
    for phrase in dict.fromkeys(arabic_years(_QUOTES.sub("", normalise_text(p))) for p in phrases if p):
        if len(phrase) < 2:
            continue
        found = []
        for h in kb.headings.rows:
            if plan and plan_of(h.node) != plan:
                continue
            title = _QUOTES.sub("", h.norm_title).rstrip("。")
            # 「“八五”期间对外贸易和经济技术交流」 is titled 对外贸易和经济技术交流: the period is every title's.
            bare = _PERIOD_LEAD.sub("", title)
            bare = next((bare[len(lead):] for lead in leads if bare.startswith(lead) and len(bare) - len(lead) >= 2), bare)
            # 「加快数字政府建设」 is about 数字政府建设: a heading's leading verb of effort is no part of its topic.
            core = _EFFORT_LEAD.sub("", bare)
            if title and (title == phrase or (phrase in title and len(phrase) >= 0.8 * min(len(bare), len(core) if len(core) >= 4 else len(bare)))):
                found.append(h.node)
        if found:
            return phrase, sorted(found, key=lambda n: (plan_of(n) or "", int(kb.attrs(n).get("line") or 0)))
    return "", []


def answer_heading_where(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「“构建一流营商环境”是第几章的第几节？」: a heading (or box) the question names, with the headings above it.

    The named phrase is the quoted one, else the question's topic; it must be a
    heading's whole title (or nearly: the title holds it and it holds 4/5 of the title).
    """
    phrase, found = named_headings(kb, (quoted_phrase(question), _subject_words(question), _topic(intent.topic)), plan=plan)
    if not found:
        return None
    node = found[0]
    chain = []
    at: str | None = node
    while at is not None and kb.type(at) in LEVEL_TYPES.values():
        chain.append(at)
        at = kb.parent(at)
    chain.reverse()
    text = f"“{phrase}”是" + " / ".join(kb.heading(n) for n in chain) + "。"
    return Answer(question, text, True, [heading_item(kb, n) for n in chain], cite_first(kb, node), kind="structure")


_QUOTES = re.compile(r"[“”\"'‘’「」]")
_SUBJECT = re.compile(r"^(?:规划|纲要)?(?:中|里)?的?(.{2,40}?)(?:这一?[节章篇]|这个专栏|专栏)?(?:放在|写在|排在|安排在|在|属于|位于|是|列在|列入|出自)")


def _subject_words(question: str) -> str | None:
    """The words a where-question names before its verb, quotes dropped (「“健康零陵”重点建设项目在哪个专栏」).

    Examples
    --------
    >>> _subject_words("“健康零陵”重点建设项目在哪个专栏？")
    '健康零陵重点建设项目'
    """
    m = _SUBJECT.match(_QUOTES.sub("", normalise_text(question)))
    return m.group(1) if m else None


#: 「分了哪几个部分」「分成了哪几篇」, and 「方案由哪几部分组成」 of the plan itself only (「电网由哪几部分构成」 asks its members).
_LEVEL_LIST = re.compile(r"(?:有|包括|分为|分成了?|分了|划分为)(?:哪些|哪几个?|什么)(篇|章|专栏|部分)"
                         r"|(?<![第0-9一二三四五六七八九十])(篇|章|专栏|部分)(?:有|包括)哪些"
                         r"|(?:规划|纲要|方案|计划|全文|正文|文件)由(?:哪些|哪几个?)(篇|章|部分)")


def answer_level_list(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「纲要有哪些专栏？」「规划分为哪几篇？」: every heading of the asked level, in printed order."""
    m = _LEVEL_LIST.search(normalise_text(question))
    if not m or intent.number or intent.box:
        return None
    level = m.group(1) or m.group(2) or m.group(3)
    want = level_type(kb, level, plan=plan)
    nodes = sorted((n for n in kb.by_type.get(want, []) if not plan or plan_of(n) == plan),
                   key=lambda n: (plan_of(n) or "", int(kb.attrs(n).get("line") or 0)))
    if not nodes:
        return Answer(question, f"规划中没有{level}。", False, kind="structure")
    word = "个专栏" if want == "Box" else _count_words(kb, plan).get(want, "个")
    text = f"规划共有{len(nodes)}{word}：" + "；".join(kb.heading(n) for n in nodes) + "。"
    return Answer(question, text, True, [heading_item(kb, n) for n in nodes], [], kind="structure")


def _asked_type(kb: KB, question: str, intent: Intent, *, plan: str | None, default: str) -> str:
    """The node type a where-question asks for: the level after 哪/第几 (「在哪一篇」), else the question's level."""
    asked = [level_type(kb, m.group(1), plan=plan) for m in _ASKED_LEVEL.finditer(normalise_text(question))]
    if len(asked) > 1:
        # 「哪一章的第几节」: the deepest level asked, the answer's path giving the ones above it
        return max(asked, key=lambda t: _DEPTHS.index(t) if t in _DEPTHS else len(_DEPTHS))
    level = intent.level if not asked else None
    return asked[0] if asked else level_type(kb, level, plan=plan, default=default) if level else default


def answer_container(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「专栏26.2在哪一章？」「第十七章属于哪一篇？」: the heading above a numbered heading or box.

    A box's position is where the plan prints it (its parent), whatever its number
    says. When the plan has no heading of the asked level above it (no 篇), the
    answer says so and gives the headings it does sit under.
    """
    m = _ASKED_LEVEL.search(normalise_text(question))
    if not m:
        return None
    node = kb.box(intent.box, plan=plan) if intent.box else numbered_heading(kb, question, plan=plan)
    if node is None:
        # 「专栏99在哪一章？」: a number the plan does not have is not guessed from passages.
        named = f"专栏{intent.box}" if intent.box else next((x.group(0) for x in _NUMBERED.finditer(normalise_text(question))), None)
        return Answer(question, f"规划中未找到{named}。", False, kind="structure") if named else None
    want = level_type(kb, m.group(1), plan=plan_of(node))
    chain = heading_chain(kb, node)
    target = next((n for n in reversed(chain) if kb.type(n) == want), None)
    path = " / ".join(kb.heading(n) for n in chain)
    if target is None:
        if not chain:
            return None
        text = f"{kb.heading(node)}不在任何{m.group(1)}之下；它位于{path}。"
    else:
        text = f"{kb.heading(node)}位于{kb.heading(target)}" + (f"（{path}）" if path != kb.heading(target) else "") + "。"
    items = [heading_item(kb, target)] if target else [heading_item(kb, n) for n in chain]
    return Answer(question, text, True, items, cite_first(kb, node), kind="structure")


def heading_chain(kb: KB, para: str) -> list[str]:
    """The headings above ``para`` (a paragraph, box or heading), top first, without it; a box's item groups
    (（一）… inside a 专栏) are passed over, they are no heading of the plan."""
    out = []
    node = kb.parent(para)
    while node is not None and (kb.type(node) in LEVEL_TYPES.values() or kb.type(node) == "BoxGroup"):
        if kb.type(node) != "BoxGroup":
            out.append(node)
        node = kb.parent(node)
    return list(reversed(out))


def in_each_plan(answerer, kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """``answerer`` run in each served plan when no plan is chosen: 第三十一章 of every plan that has one, each named.

    Numbers and titles belong to one plan; over several plans the answer gives each
    plan's own (「《…》：…」) instead of the first plan's alone.
    """
    if plan or len(kb.plan_ids) < 2:
        return answerer(kb, question, intent, links, plan=plan)
    found = [(p, a) for p in kb.plan_ids if (a := answerer(kb, question, intent, links, plan=p)) is not None and a.found]
    if not found:
        return answerer(kb, question, intent, links, plan=None)
    if len(found) == 1:
        return found[0][1]
    titles = {plan_of(n + "/"): kb.label(n) for n in kb.by_type.get("Plan", [])}
    text = "；".join(f"《{titles.get(p, p)}》：{a.answer.rstrip('。')}" for p, a in found) + "。"
    items = [i for _, a in found for i in a.items]
    cites = [c for _, a in found for c in a.citations]
    return Answer(question, text, True, items, cites, kind=found[0][1].kind)
