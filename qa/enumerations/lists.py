"""Answers that are lists or lookups: what supports or belongs to a thing, a box's items,
what is planned in a place, where a phrase is mentioned, and glossary definitions."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from kg.ingest.markers import LIST_MARK, member_levels

from ..answer import Answer, Item
from ..vocabulary import masked_joiners, unmasked_joiners
from ..question.frame import PERIOD_TEXT, digit_years, years_in
from ..question.intent import PLAN_SAYS, Intent, quoted_phrase, xref_phrase
from ..values.figures import asked_box, box_scope, item_name
from ..question.aspect import aspect_asked as _aspect_asked
from ..index.kb import KB, normalise_text, plan_of
from ..checks.places import asked_places
from .leadin import WHOLE_CHARS as _WHOLE_CHARS, as_printed, is_title_line, lead_ins, numbered_run, under_title_line
from ..question.link import Link, name_variants
from ..question.mixedparts import WHO_ASKED
from .topical import asked_topic, covers_topic, same_kind_titles, topic_grams, topic_lead
from .joinedkinds import answer_each_kind
from .kinds import KIND_HEADS, KIND_SYNONYMS, asked_kind, kind_and_predicate, of_kind, shared_head_run

__all__ = [
    "MEMBER_PREDICATES",
    "answer_members",
    "answer_box_list",
    "is_header_row",
    "answer_parent",
    "answer_location",
    "answer_xref",
    "answer_glossary",
    "find_phrase",
    "paragraphs_with",
    "answer_heading_list",
    "heading_items",
    "heading_answer",
    "answer_titled_topic",
    "answer_topic_section",
    "MEASURES_ASKED",
    "first_sentences",
    "answer_quoted_definition",
    "answer_named_kind",
    "topic_heading",
    "HEADING_SYNONYMS",
    "answer_tasks",
    "KIND_SYNONYMS",
]

#: Edges that make a thing a member of a park, industry, strategy or box: (predicate, direction).
MEMBER_PREDICATES = (("supports", "in"), ("belongsTo", "in"), ("listedIn", "in"), ("locatedIn", "in"), ("includes", "out"))
_MEMBER_TYPES = {"Project", "Park", "Organization", "Industry", "Strategy"}


def _members(kb: KB, node: str) -> list[tuple[str, list[str]]]:
    """(member node, source paragraph ids) over the member predicates, in document order."""
    found: dict[str, list[str]] = {}
    for pred, direction in MEMBER_PREDICATES:
        edges = kb.inn(node, pred) if direction == "in" else kb.out(node, pred)
        for other, data in edges:
            if other != node and kb.type(other) in _MEMBER_TYPES:
                found.setdefault(other, []).extend(data.get("sources") or [])
    return sorted(found.items(), key=lambda m: _document_order(kb, m[0], m[1]))


def _document_order(kb: KB, node: str, pids: list[str]) -> tuple:
    """Where a thing is first named (its edge's paragraphs, else its own), then its label: stable across runs."""
    paras = [p for pid in pids if (p := kb.paragraph(pid, plan=plan_of(node)))] or kb.source_paragraphs(node)
    first = min((kb._reading_order(p) for p in paras), default=("", 1 << 30, ""))
    return (first, kb.label(node))


_ASKED_TYPES = (
    # What the question asks for, by its head noun → member types to show.
    (("企业", "公司", "龙头"), {"Organization"}),
    (("产业链", "产业", "行业"), {"Industry", "Strategy"}),
    (("项目", "工程", "园区", "产业园"), {"Project", "Park", "Organization"}),
)


def _asked_types(question: str) -> set[str] | None:
    """Member types the question's wording asks for (None: any).

    Examples
    --------
    >>> sorted(_asked_types("“6+1”产业链包括哪些产业？"))
    ['Industry', 'Strategy']
    >>> _asked_types("X有哪些？") is None
    True
    """
    for words, types in _ASKED_TYPES:
        if any(w in question for w in words):
            return types
    return None


def answer_members(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「哪些项目支持新材料百亿园区？」「“6+1”产业链包括哪些产业？」「循环经济产业园有哪些重点项目？」"""
    from .enumerated import list_slot

    slot = list_slot(normalise_text(question))
    for link in links:
        if link.type not in ("Park", "Industry", "Strategy", "Project", "Organization", "Place", "Goal"):
            continue
        if slot and slot[1].startswith(link.mention):
            # 「珠山镇有哪些工业园」: the kind asked for (工业园) links a park of that name, but is not what is asked about.
            continue
        # A place every plan shares has members in each plan: a scoped question lists its plan's.
        members = [m for m in _members(kb, link.node) if not plan or plan_of(m[0]) == plan]
        # Read the asked-for noun outside the entity's own name (产业 inside 产业园 is not asked).
        wanted = _asked_types(normalise_text(question).replace(link.mention, ""))
        if wanted:
            members = [m for m in members if kb.type(m[0]) in wanted] or members
        own = [p for p in kb.source_paragraphs(link.node, plan=plan) if kb.attrs(p).get("kind") == "box_item"]
        if not members and not own:
            continue
        if not own and (kind := asked_kind(normalise_text(question))) and not _asked_types(kind) \
                and not any(of_kind(kb.label(m), kind) for m, _ in members):
            continue  # 「产业链每个月要编制哪些报告」: the “6+1” chains' industries are no 报告, the kind asked
        if (aspect := _aspect_asked(question, link.mention)) and not any(
                aspect in kb.norm_text[p] for p in own) and not any(aspect in kb.label(m[0]) for m in members):
            continue  # 「X的建设内容包括哪些」: what is related to X, or X's entry printing no 建设内容, does not answer it
        if link.type == "Place" and (wanted_words := _asked_beyond(question, link.mention)):
            # 「零陵要建设哪几个航天发射场」: what is asked of a place must be in what is listed there.
            members = [m for m in members if all(w in kb.label(m[0]) for w in wanted_words)]
            own = [p for p in own if all(w in kb.norm_text[p] for w in wanted_words)]
            if not members and not own:
                continue
        items, cites = [], []
        for m, pids in members:
            para = next((p for pid in pids if (p := kb.paragraph(pid, plan=plan_of(m)))), None)
            para = para or next(iter(kb.source_paragraphs(m)), None)
            cite = kb.citation(para) if para else None
            items.append(Item(kb.label(m), cite, entity=m))
            if cite and cite not in cites:
                cites.append(cite)
        # The thing's own box entry describes what is built there (选址, 年产…).
        for p in own:
            cite = kb.citation(p)
            items.append(Item(cite.text.split("。", 1)[-1].strip() or cite.text, cite, detail=cite.box))
            cites.insert(0, cite)
        head = kb.label(link.node)
        names = "、".join(i.label for i in items[: len(members)])
        if members:
            text = f"与{head}相关的项目和主体有{len(members)}个：{names}。"
        else:
            text = f"{head}："
        if own:
            text += "专栏所列内容：" + "；".join(kb.citation(p).text for p in own)
        intro = kb.source_paragraphs(link.node, plan=plan)[:2]
        for p in intro:
            c = kb.citation(p)
            if c not in cites:
                cites.append(c)
        return Answer(question, text, True, items, cites[:10], kind="list")
    return None


_PARENT_PREDICATES = ("supports", "belongsTo", "listedIn", "locatedIn", "inGroup")


def answer_parent(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「锰系材料产业园属于哪个园区？」: what a thing supports, belongs to or is listed in."""
    for link in links:
        found: dict[str, list[str]] = {}
        for pred in _PARENT_PREDICATES:
            for other, data in kb.out(link.node, pred):
                found.setdefault(other, []).extend(data.get("sources") or [])
        wanted = _asked_types(normalise_text(question).replace(link.mention, ""))
        if wanted:
            found = {n: s for n, s in found.items() if kb.type(n) in wanted | {"Box", "BoxGroup"}} or found
        if not found:
            continue
        items = []
        for node, pids in sorted(found.items(), key=lambda m: _document_order(kb, m[0], m[1])):
            para = next((p for pid in pids if (p := kb.paragraph(pid, plan=plan_of(link.node)))), None)
            items.append(Item(kb.label(node), kb.citation(para) if para else None, entity=node))
        text = f"{link.label}属于（或服务于）：" + "、".join(i.label for i in items) + "。"
        cites = list(dict.fromkeys(i.citation for i in items if i.citation))
        return Answer(question, text, True, items, cites[:8], kind="list")
    return None


def _item_heading(kb: KB, para: str) -> str:
    """A box item's heading: its bold lead word where the item prints one (「**铁路**→建设…」 → 铁路), else its name."""
    text = str(kb.attrs(para).get("text") or "")
    lead = text.split("→", 1)[0].strip()
    return lead if "→" in text and 1 <= len(lead) <= 20 else item_name(kb, para)


#: Words a table's header row names its columns with (「| 类别 | 重点任务 |」): such a row is no item of its box.
_HEADER_CELL = re.compile(r"^(?:序号|编号|类别|类型|分类|名称|项目|项目名称|工程名称|内容|主要内容|建设内容|建设规模|"
                          r"重点任务|主要任务|任务|重点工程|工程|领域|方向|指标|单位|属性|备注|目标|措施|地点|规模)$")
#: A box named in a question (专栏7的, 专栏10里): its number says where, not what is asked inside it.
_BOX_REF = re.compile(r"专栏\s*[0-9０-９.．]+[里的中内]?")


def is_header_row(text: str) -> bool:
    """Whether a box line is a table's header row: two or more short cells, one of them a column word (类别, 重点任务).

    >>> is_header_row("类别 重点任务"), is_header_row("工业炸药 提高产品在保质期内的稳定性")
    (True, False)
    """
    cells = text.split()
    return len(cells) >= 2 and all(len(c) <= 6 for c in cells) and any(_HEADER_CELL.match(c) for c in cells)


def answer_box_list(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「专栏31.1有哪些项目？」: the box's items in order; 「专栏7要迁建哪些机场？」: the run inside its items.

    A question saying what is done inside the box (迁建, 在哪些行业开展) is answered with the
    run of its items that restates it (:func:`qa.enumerations.enumerated.answer_enumerated` within the box);
    a table's header row is never an item (the rows after it are); one item asked gives its content.
    """
    from .enumerated import GENERIC_BIGRAMS, answer_enumerated
    from ..passages.extractive import content_bigrams

    box = asked_box(kb, question, intent, plan=plan, kind="list")
    if not isinstance(box, str):
        return box
    where, paras = box_scope(kb, box, question, intent, links)
    kinded = False
    if kind := asked_kind(_BOX_REF.sub("", normalise_text(question))):
        # 「专栏26.4里有哪些道路工程」: the items whose names are of the kind asked (湘江东路零陵段, not 老旧小区改造), among
        # the group asked (「能源方面的风电场」) or else all the box's (not the few spelling 道…路 in order).
        grouped = any(g and set(ps) <= set(paras) for g, ps in kb.box_groups(box))
        base = paras if grouped else [p for _, ps in kb.box_groups(box) for p in ps]
        if (own := [p for p in base if of_kind(item_name(kb, p), kind)]) and len(own) < len(base):
            where, paras, kinded = f"{where}中的{kind}", own, True
    every = [p for _, ps in kb.box_groups(box) for p in ps]
    if _CATEGORIES_ASKED.search(question) and (kinds := _box_categories(kb, box, every)):
        # 「专栏1分几类」: the box's groups (its 类别 column or （一）… sub-headings), each with its rows — never the rows.
        cite = kb.citation(every[0])
        text = f"{where}分为{len(kinds)}类：" + "、".join(f"{k}（{n}项）" for k, n in kinds.items()) + "。"
        return Answer(question, text, True, [Item(k, cite) for k in kinds], [cite], kind="list")
    # 「专栏1中水利这块有哪些项目」: 这块/方面 say a part of the box is asked (box_scope's group), nothing done inside it.
    # (「分哪几个方面」 asks for the box's parts: there 方面 is what is asked.)
    asked = re.sub(r"(?<![个些几])(?:这块|那块|一块|方面|板块)", "", _BOX_REF.sub("", question))
    # Only a question saying more than the box's title (「“健康零陵”有哪些重点建设项目」 asks for its items) asks inside it.
    beyond = content_bigrams(asked) - _title_grams(str(kb.attrs(box).get("title") or "")) - GENERIC_BIGRAMS
    # 「专栏21.1的农业现代化重点项目分成了几类」 of a box with no groups asks its items as its classes — never a run inside
    # one of them that shares the title's words (「引进大生农业、现代农业…」).
    inside = answer_enumerated(kb, asked, intent, links, plan=plan, within=set(paras) or set(every),
                               where=f"{where}：") if len(beyond) >= 2 and not (kinded and _only_kind(asked, beyond)) \
        and not _CATEGORIES_ASKED.search(question) else None
    if inside is not None:
        return inside
    headers = [i for i, p in enumerate(every) if is_header_row(str(kb.attrs(p).get("text") or ""))]
    if headers and set(paras) <= {every[i] for i in headers}:
        # 「专栏3的重点任务有哪些」 names a column: the table's rows are the items.
        paras = every[headers[0] + 1 :]
    paras = [p for p in paras if not is_header_row(str(kb.attrs(p).get("text") or ""))]
    if headers:
        paras = [p for p in paras if every.index(p) > headers[0]] or paras
    # A table row is read whole (「工业雷管 提高产品可靠性，降低机械感度…」): its cells are the item.
    items = [Item(str(kb.attrs(p).get("text") or "").rstrip("。") if headers else _item_heading(kb, p), kb.citation(p),
                  detail=str(kb.attrs(p).get("text") or "")) for p in paras]
    if not items:
        return None
    if len(items) == 1:
        # 「专栏10里余热余压利用…」 names one item: what it says, not its title as a one-item list.
        return Answer(question, f"{where}：{first_sentences(items[0].detail, 280)}", True, items,
                      [items[0].citation] if items[0].citation else [], kind="list")
    text = f"{where}共列出{len(items)}项：" + "；".join(i.label for i in items) + "。"
    return Answer(question, text, True, items, [i.citation for i in items if i.citation][:12], kind="list")




def _only_kind(asked: str, beyond: set[str]) -> bool:
    """Whether all a box question says beyond the box's title is the kind it asks (「有哪些道路工程」), nothing done
    to them inside the box (「要迁建哪些桥梁」: 迁建)."""
    from .enumerated import list_slot
    from ..passages.extractive import content_bigrams

    slot = list_slot(asked)
    return bool(slot) and not (beyond - content_bigrams(slot[1]))


#: Categories asked of a box (分几类, 分为哪几类, 有哪些类别), not its rows.
_CATEGORIES_ASKED = re.compile(r"分(?:为|成)?(?:几|哪几|多少)(?:个)?(?:大)?类|(?:哪几|哪些|几)(?:个)?(?:大)?类(?:别)?")


def _box_categories(kb: KB, box: str, paras: list[str]) -> dict[str, int]:
    """A box's categories in order with their row counts: its named groups, else its rows' 类别 cells (「X：类别为产品，…」);
    empty when it has fewer than two."""
    named = [(g, len(ps)) for g, ps in kb.box_groups(box) if g]
    kinds: dict[str, int] = dict(named) if len(named) >= 2 else {}
    if not kinds:
        for p in paras:
            if m := re.search(r"类别为([^，,；;。]{1,20})", str(kb.attrs(p).get("text") or "")):
                kinds[m.group(1)] = kinds.get(m.group(1), 0) + 1
    return kinds if len(kinds) >= 2 else {}


def _clauses_with(text: str, phrase: str) -> list[str]:
    return [s.strip("，, ") for s in re.split(r"[。；;！？]", text) if phrase in s]


def answer_location(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「黄田铺有哪些建设项目或工作安排？」: what the plan says wherever the place is named."""
    place = next((l for l in links if l.type == "Place"), None)
    if place is None:
        return None
    names = sorted({place.mention, place.label, *name_variants(place.label)}, key=len, reverse=True)
    # What the question asks of the place beyond its generic words (「航天发射场」 of 「零陵要建设哪几个航天发射场」):
    # only clauses naming it answer; a plan's every clause about its own region does not.
    wanted = _asked_beyond(question, place.mention)
    items, cites = [], []
    for para in paragraphs_with(kb, names, plan=plan):
        text = str(kb.attrs(para).get("text") or "")
        name = next(n for n in names if n in kb.norm_text[para])
        cite = kb.citation(para)
        clauses = [c for c in _clauses_with(unicodedata.normalize("NFKC", text), name)
                   if all(w in normalise_text(c) for w in wanted)]
        items += [Item(clause, cite) for clause in clauses]
        if clauses:
            cites.append(cite)
    if not items:
        return None
    located = {kb.label(u) for u, _ in kb.inn(place.node, "locatedIn")}
    projects = sorted(label for label in located if all(w in label for w in wanted))
    text = f"规划中涉及{place.label}的安排共{len(items)}处（{len(cites)}个段落）。"
    if projects:
        text += "位于该地的项目：" + "、".join(projects) + "。"
    return Answer(question, text, True, items, cites[:12], kind="location")


#: What a question may ask of a place without naming anything in particular (「有哪些建设项目或工作安排」).
_PLACE_GENERIC = frozenset("项目 工程 建设 安排 工作 布局 规划 内容 重点 主要 哪些 发展 设施 计划 举措 措施 政策 任务 产业 重大".split())


def _asked_beyond(question: str, mention: str) -> set[str]:
    """The question's content words other than the place's name and the generic words of a place question."""
    from .leadin import _content_words

    return {w for w in _content_words(normalise_text(question).replace(mention, "|")) if w not in _PLACE_GENERIC}


def paragraphs_with(kb: KB, names, *, plan: str | None = None) -> list[str]:
    """Every paragraph node (of ``plan``, if given) whose normalised text holds one of ``names``, in reading order."""
    return [
        p
        for p in kb.paragraph_nodes
        if (not plan or plan_of(p) == plan) and any(n in kb.norm_text[p] for n in names)
    ]


def find_phrase(kb: KB, phrase: str, *, plan: str | None = None) -> list[str]:
    """Every paragraph node whose text holds ``phrase`` (or a variant of it), in reading order."""
    names = sorted(name_variants(phrase) | {normalise_text(phrase)}, key=len, reverse=True)
    return paragraphs_with(kb, [n for n in names if len(n) >= 2], plan=plan)


def answer_xref(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「零陵古城在哪些章节中被提到？」: every chapter/section that mentions it, with counts."""
    said = _xref_phrase(question)
    longer = bool(links) and said != links[0].mention and links[0].mention in said and bool(find_phrase(kb, said, plan=plan))
    if links and not longer:
        # The user's own words: which of two same-rooted entities linked first must not change the answer
        # (a longer phrase asked and printed, 梧桐茶叶节 where 梧桐 links, is searched as asked).
        phrase = links[0].mention
        names = sorted({links[0].mention, *name_variants(links[0].label)}, key=len, reverse=True)
        paras = paragraphs_with(kb, names, plan=plan)
    else:
        phrase = said
        if not phrase:
            return None
        # One character (锰, 油) is searched as written; longer phrases also by their name variants.
        paras = find_phrase(kb, phrase, plan=plan) if len(phrase) >= 2 else paragraphs_with(kb, [phrase], plan=plan)
    if not paras:
        return Answer(question, f"规划中未找到提到“{phrase}”的段落。", False, kind="xref")
    # Counted per 篇 when the question asks which 篇 (or 部分 of a plan with 篇), else per chapter.
    from ..outline.annexes import annex_of
    from ..outline.structure import _count_words, level_type

    asked = _XREF_LEVEL.search(normalise_text(question))
    by_part = bool(asked) and level_type(kb, asked.group(1), plan=plan) == "Part"
    if _XREF_ITEMS.search(normalise_text(question)):
        return _xref_by_item(kb, question, phrase, paras)
    # 「在方案的哪几块提到了」 names no level: each chapter says the sections holding it (the plan's deepest headings).
    deepest = not by_part and bool(_XREF_ANY_LEVEL.search(normalise_text(question)))
    by_chapter: dict[str, list[str]] = defaultdict(list)
    in_annex = annex_of(kb, plan)  # an annex (附件2 …) is a heading of its own, not the front matter
    for p in paras:
        c = kb.citation(p)
        annex = in_annex[p].heading if p in in_annex else "前言/附录"
        by_chapter[(c.part if by_part else c.chapter) or c.chapter or c.part or annex].append(p)
    items = []
    for chapter, ps in by_chapter.items():
        below = (kb.citation(p) for p in ps)
        # a mention in a 专栏 inside a section names the box beside the section (（五）安全交通、专栏6 …)
        sections = list(dict.fromkeys(s for c in below for s in ([c.chapter] if by_part else [c.section, c.box]) if s))
        detail = "、".join(s for s in sections if s)
        inside = f"：{'、'.join(s for s in sections if s)}" if deepest and detail else ""
        items.append(Item(f"{chapter}（{len(ps)}处{inside}）", kb.citation(ps[0]), detail=detail or None))
    unit = _count_words(kb, plan)["Part"] if by_part else "个章节"
    text = f"“{phrase}”在规划中被提到{len(paras)}处，分布在{len(by_chapter)}{unit}：" + "；".join(i.label for i in items) + "。"
    return Answer(question, text, True, items, [kb.citation(p) for p in paras[:12]], kind="xref")


_XREF_LEVEL = re.compile(r"(?:哪些|哪几个?|哪个|几个)(篇|部分)")
#: Words for the plan's lowest numbered headings: 节 of 第N章/第N节, the （一）-items of a 一、/（一） plan (条目, 项).
_XREF_ITEMS = re.compile(r"(?:哪些|哪几个?|哪个|几个|哪)(?:小节|节|条目|条款|条(?![件例])|项(?!目))")


def _xref_by_item(kb: KB, question: str, phrase: str, paras: list[str]) -> Answer:
    """「“数字”在哪些条目里出现」: the occurrences grouped by the lowest heading holding each (its section or box,
    else its chapter's own text), each named with its chapter, since 第一节 restarts in every chapter."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p in paras:
        c = kb.citation(p)
        groups[(c.chapter or c.part or "前言", c.section or c.box or "")].append(p)
    items = []
    for (chapter, item), ps in groups.items():
        where = f"{item}（{len(ps)}处，属{chapter}）" if item else f"{chapter}（{len(ps)}处）"
        items.append(Item(where, kb.citation(ps[0])))
    text = f"“{phrase}”在规划中被提到{len(paras)}处，分布在{len(items)}个条目：" + "；".join(i.label for i in items) + "。"
    return Answer(question, text, True, items, [kb.citation(p) for p in paras[:12]], kind="xref")
#: Words for where a phrase occurs that name no level of heading (哪几块, 哪些地方, 哪里, 哪几部分 of a plan without 篇).
_XREF_ANY_LEVEL = re.compile(r"(?:哪些|哪几个?|哪个|几个|哪)(?:块|板块|方面|部分|地方|处)|哪里|哪儿|何处")


def _xref_phrase(question: str) -> str:
    """The phrase an xref question asks about: the question frame removed around it, never inside.

    Examples
    --------
    >>> _xref_phrase("物流中心在哪些章节中被提到？"), _xref_phrase("哪里提到在线教育？")
    ('物流中心', '在线教育')
    >>> _xref_phrase("铝字在规划中出现在哪里？"), _xref_phrase("锰在纲要里出现了几次？"), _xref_phrase("哪几章提到了乡村振兴？")
    ('铝', '锰', '乡村振兴')
    >>> _xref_phrase("湘江港在规划哪几章提到了？"), _xref_phrase("物流园在纲要里的哪几节提到过？")
    ('湘江港', '物流园')
    """
    quoted = re.search(r"[“\"「‘]([^”\"」’]{1,20})[”\"」’]", question)
    if quoted:
        return normalise_text(quoted.group(1))
    return xref_phrase(question)


def answer_glossary(kb: KB, question: str, intent: Intent, links: list[Link]) -> Answer | None:
    """「什么是“三高四新”战略？」: the glossary definition, cited."""
    term = next((l for l in links if l.type == "Term"), None)
    if term is None:
        return None
    a = kb.attrs(term.node)
    definition = str(a.get("definition") or "")
    if not definition:
        return None
    paras = [p for p in kb.source_paragraphs(term.node) if kb.attrs(p).get("kind") == "term"] or kb.source_paragraphs(term.node)
    cites = [kb.citation(p) for p in paras[:1]]
    text = f"{term.label}：{definition}"
    return Answer(question, text, True, [], cites, kind="glossary")


_LEAD = re.compile(r"^[—―\-－·•]+")


def _lead(text: str) -> str | None:
    """A paragraph's lead phrase (「——坚持系统观念。…」 → 坚持系统观念), if it has a short one."""
    head = re.split(r"[。：:；]", LIST_MARK.sub("", _LEAD.sub("", text.strip())), maxsplit=1)[0]
    return head if 2 <= len(head) <= 40 and head != text.strip() else None


def _first_clause(text: str) -> str | None:
    """A numbered member's first clause (「3.认定启动3个“城中村”整体改造类项目，同步推进…」 → 认定启动3个“城中村”整体改造类项目)."""
    head = re.split(r"[，,。：:；;]", LIST_MARK.sub("", _LEAD.sub("", text.strip())), maxsplit=1)[0]
    return head if 2 <= len(head) <= 40 else None


#: A title's closing 分析 (「“十四五”短板弱项分析」): how the heading treats what it lists, never asked.
_ANALYSED = re.compile(r"(?<=..)分析[。.]?$")


#: A five-year period a title or question is dated by (“十四五”, 十三五时期).
_PERIOD_IN_TITLE = re.compile(rf"{PERIOD_TEXT}(?:时期|期间)?")


def _title_grams(text: str) -> set[str]:
    # Quotes are printed or not (“十四五”时期 / 十四五时期): no part of a title's words.
    # A year is printed in either numerals (二〇三五年远景目标 asked as 2035年远景目标).
    t = re.sub(r"[“”\"‘’《》]", "", digit_years(normalise_text(text))).replace("的", "")
    return {t[i : i + 2] for i in range(len(t) - 1)}


#: Words a question uses for what plans title otherwise (发展定位 → a heading 战略定位); the question is also read with each.
HEADING_SYNONYMS: dict[str, tuple[str, ...]] = {
    "发展定位": ("战略定位", "功能定位", "总体定位"),
    "战略定位": ("发展定位", "功能定位", "总体定位"),
    "功能定位": ("发展定位", "战略定位"),
    "发展目标": ("主要目标", "奋斗目标"),
    "主要目标": ("发展目标", "奋斗目标"),
    "奋斗目标": ("主要目标", "发展目标"),
    "基本原则": ("发展原则", "主要原则"),
    "发展原则": ("基本原则", "主要原则"),
    "指导方针": ("指导思想",),
    "指导思想": ("指导方针",),
    "主要任务": ("重点任务",),
    "重点任务": ("主要任务",),
    "总体要求": ("总体思路", "发展构想", "总体构想"),
    "总体思路": ("总体要求", "发展构想", "总体构想"),
    "保障措施": ("实施保障", "规划实施保障", "保障机制", "规划实施机制", "实施机制"),
}


def _readings(question: str) -> list[str]:
    """The question as asked and with each :data:`HEADING_SYNONYMS` word replaced by its equivalents."""
    out = [question]
    for word, others in HEADING_SYNONYMS.items():
        if word in question:
            out += [question.replace(word, o) for o in others]
    return out


def topic_heading(kb: KB, question: str, *, plan: str | None = None, threshold: float = 0.75) -> str | None:
    """The heading whose title the question restates (most of its words), best first then earliest.

    「经济社会发展必须遵循哪些原则」 restates 「必须遵循的原则」 (its head noun 原则 asked); a title of fewer than four
    characters never counts (too many questions contain 发展 or 目标). The question is
    also read with the genre's other words for a heading (:data:`HEADING_SYNONYMS`).
    """
    readings = [_title_grams(r) for r in _readings(question)]
    # a title dated by its period (「“十四五”短板弱项分析」) is restated without it when the question names none
    # (a year in Chinese numerals is no period: 二〇三五年 holds 三五 as 十三五 does)
    undated = not _PERIOD_IN_TITLE.search(digit_years(normalise_text(question)))
    asked_years = set(years_in(digit_years(normalise_text(question))))
    best: tuple[float, int, int, str] | None = None
    for t in ("Part", "Chapter", "Section", "Box"):
        for node in kb.by_type.get(t, []):
            if plan and plan_of(node) != plan:
                continue
            title = str(kb.attrs(node).get("title") or "")
            bare = digit_years(_ANALYSED.sub("", title))  # 「短板弱项分析」 is asked as 短板弱项
            if undated and len(normalise_text(_PERIOD_IN_TITLE.sub("", bare))) >= 4:
                bare = _PERIOD_IN_TITLE.sub("", bare)
            grams = _title_grams(bare)
            if len(normalise_text(title)) < 4 or not grams:
                continue
            if asked_years and (dated := set(years_in(bare))) and not dated & asked_years:
                continue  # 「2030年远景目标」 restates most of 「二〇三五年远景目标」 but asks another year

            if not any(_head(title) in r.replace("的", "") for r in _readings(normalise_text(question))):
                # The title's head noun must be asked: 「…的主题是什么」 restates most of 「…发展主要目标」 but asks no 目标.
                continue
            share = max(len(grams & q) / len(grams) for q in readings)
            # Ties go to the more specific (longer) title: 「…发展主要目标」 over 「主要目标」.
            key = (share, len(grams), -int(kb.attrs(node).get("line") or 0), node)
            if share >= threshold and (best is None or key > best):
                best = key
    return best[-1] if best else None


_NAMED_LIST = re.compile(r"^(?:规划|纲要|本规划)?(?:中|里)?(?:提出|确定|明确)?了?的?(.{4,20}?)(?:是什么|有哪些|有哪几个?|包括哪些|包括什么)[？?。]?$")


def _heading_named(kb: KB, question: str, *, plan: str | None) -> str | None:
    """The earliest heading whose title ends with what the question names (「奋斗目标是什么」 → 「…的奋斗目标」)."""
    m = _NAMED_LIST.match(digit_years(normalise_text(question)))
    if not m:
        return None
    named = m.group(1)
    found = [n for t in ("Part", "Chapter", "Section") for n in kb.by_type.get(t, [])
             if (not plan or plan_of(n) == plan)
             and digit_years(normalise_text(str(kb.attrs(n).get("title") or ""))).rstrip("。").endswith(named)]
    # A heading and one of its own sub-headings both named so: the sub-heading is the one about it.
    found = [n for n in found if not kb.descendants(n) & set(found)]
    return min(found, key=lambda n: (plan_of(n) or "", int(kb.attrs(n).get("line") or 0)), default=None)


def _names_one(title: str, kind: str, question: str) -> bool:
    """Whether ``title`` names one thing of the asked ``kind``: it ends with the kind after a word the question does
    not say (「加快建设交通强国」 for 「要加快建设哪些强国」; 「打造百亿园区」 for 哪些百亿园区 names their list)."""
    if len(kind) < 2 or not title.endswith(kind):
        return False
    before = title[: -len(kind)]
    if re.search(r"[0-9一二三四五六七八九十两几]+[个大座项条家所处类]?$", before):
        return False  # 「加快建设三个百亿园区」 counts them: their list
    qualifier = before[-2:]
    return len(qualifier) == 2 and qualifier not in normalise_text(question)


def _heading_holding(kb: KB, question: str, *, plan: str | None, min_words: int = 4) -> str | None:
    """The earliest heading whose title holds every content word (bigram) of the question, if it has at least ``min_words``."""
    from ..passages.extractive import content_bigrams, covers

    from .enumerated import list_slot

    if len(content_bigrams(question)) < min_words:
        return None
    slot = list_slot(normalise_text(question))
    kind = slot[1] if slot else ""
    # A title ending with the kind asked (「加快建设交通强国」 for 哪些强国) names one of them, not their list.
    found = [n for t in ("Part", "Chapter", "Section") for n in kb.by_type.get(t, [])
             if (not plan or plan_of(n) == plan) and covers(question, title := str(kb.attrs(n).get("title") or "")) >= 1.0
             and not _names_one(normalise_text(title).rstrip("。"), kind, question)]
    if len([n for n in found if not kb.descendants(n) & set(found)]) >= 2:
        # 「要加快建设哪些强国」: several headings (加快建设科技强国, 加快建设交通强国) hold every word; none alone is the list.
        return None
    return min(found, key=lambda n: (plan_of(n) or "", int(kb.attrs(n).get("line") or 0)), default=None)


def answer_heading_list(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None,
                        announced: bool = True) -> Answer | None:
    """「第四章明确了哪些重大政策导向？」「必须遵循哪些原则？」: what a heading lists, in order.

    The heading is the one the question numbers (第N章/节) or restates; its items are its
    sub-headings, else the lead phrases of its paragraphs (「——坚持系统观念。」). With
    ``announced`` a paragraph announcing a list (「…九条重要方针。」) counts as a heading
    too; a how-question or a figure question leaves it out (its words are too few to match a sentence).
    """
    from ..outline.structure import numbered_heading

    if _asks_who_or_when(question):
        return None
    node = numbered_heading(kb, question, plan=plan) or topic_heading(kb, question, plan=plan)
    node = node or _heading_named(kb, question, plan=plan)
    if node is None and announced:
        # 「宏观调控的目标有哪些」 names a heading (宏观调控目标和政策) that holds more than was asked:
        # a heading holding every word of a list question is its list, before any sentence announcing one.
        node = _heading_holding(kb, question, plan=plan)
        if node is None:
            return _announced_list(kb, question, plan=plan)
    if node is None:
        return None
    return heading_answer(kb, question, node)


def _asks_who_or_when(question: str) -> bool:
    """Whether the question asks who or when of the thing it names (「街道消防安全委员会由谁当主任」「…要在什么时候之前
    设立」「设立消防安全管理办公室这项是谁牵头的」): the heading so named lists its duties, which answer neither.

    >>> _asks_who_or_when("街道消防安全委员会由谁当主任？"), _asks_who_or_when("各街道的消防安全委员会要在什么时候之前设立？")
    (True, True)
    >>> _asks_who_or_when("街道消防安全委员会有哪些职责？"), _asks_who_or_when("区交通委牵头的任务有哪些")
    (False, False)
    """
    from ..values.when import WHEN  # (qa.values.when reads paragraphs through this module)

    q = normalise_text(question)
    return bool(WHO_ASKED.search(q) or WHEN.search(q))


def heading_answer(kb: KB, question: str, node: str) -> Answer | None:
    """What heading ``node`` says: the parts it lists (:func:`heading_items`), else its own text's first sentences."""
    items = _announced_by_title(kb, node) or heading_items(kb, node)
    if len(items) < 2:
        return _heading_text(kb, question, node)
    items = _made_by_verb(question, items) or items
    text = f"{kb.heading(node)}列出{len(items)}项：" + "；".join(i.label for i in items) + "。"
    cites = list(dict.fromkeys(i.citation for i in items if i.citation))
    return Answer(question, text, True, items, cites[:12], kind="list")


#: The words a list question puts before its slot and the kind after it (「…要精心打造哪几个“区”」).
_VERB_SLOT = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2,6})(?:哪(?:些|几个?|[0-9一二三四五六七八九十两]+个)|什么)[“\"「]?(?P<kind>[\u4e00-\u9fff]{1,4})[”\"」]?[？?。]?$")


def _made_by_verb(question: str, items: list[Item]) -> list[Item]:
    """Each item's paragraph naming what the question's verb makes (「…精心打造哪几个“区”」「…分别要构建什么体系」:
    「1.通过…，精心打造历史文化风貌保护区。」「2.…精心打造红色元素集中呈现区。」): those names, when every item's paragraph prints the verb (its last two
    characters at least) then one ending in the kind asked; else none, and the items stand as read."""
    m = _VERB_SLOT.search(question)
    if not m:
        return []
    verb, kind = m["verb"], m["kind"]
    texts = [normalise_text(i.citation.text) if i.citation else "" for i in items]
    for k in range(len(verb), 1, -1):
        # (a quoted name inside is part of the name made: 「构建“生活秀带”活力开放体系」)
        made = [re.search(rf"{re.escape(verb[-k:])}((?:[^,，。;；:：、“”\"]|“[^”]{{1,10}}”){{1,14}}?{re.escape(kind)})(?=[,，。;；]|$)", t)
                for t in texts]
        if all(made):
            return [Item(x.group(1), i.citation) for x, i in zip(made, items)]
    return []


def heading_items(kb: KB, node: str) -> list[Item]:
    """What a heading lists, in printed order, each cited: its sub-headings; else sub-headings printed as plain
    numbered lines; else the members its paragraphs number or announce; else its paragraphs' lead phrases."""
    kids = [c for c in kb.children(node) if kb.type(c) in ("Chapter", "Section")]
    items: list[Item] = []
    if kids:
        for c in kids:
            first = min((u for u in kb.descendants(c) if kb.type(u) == "Paragraph"), key=kb._reading_order, default=None)
            items.append(Item(str(kb.attrs(c).get("title") or kb.label(c)), kb.heading_citation(c, first) if first else None, entity=c))
    elif len(titles := [p for p in _own_paragraphs(kb, node) if is_title_line(kb.norm_text[p])]) >= 2:
        # 「第二节 铁路」 printed its sub-headings as plain numbered lines (（一）加强和改造现有铁路、（二）…): those are its parts.
        items = [Item(LIST_MARK.sub("", kb.norm_text[p]), kb.citation(p)) for p in titles]
    elif listed := _announced_or_numbered(kb, _own_paragraphs(kb, node)):
        items = listed
    else:
        own = _own_paragraphs(kb, node)
        # 「第一，…」…「第六，…」 with paragraphs going on between them, a 「- 农业，484亿元」 list or （1）… under one of
        # them: the members of the first numbering level are the list, when the heading prints one.
        marked = numbered_members(kb, own) or [p for p in own if LIST_MARK.match(str(kb.attrs(p).get("text") or "").strip())]
        # 「——生态保护是…」 items under a paragraph that introduces them: the marked paragraphs are the list.
        for p in marked if len(marked) >= 2 else own:
            text = str(kb.attrs(p).get("text") or "")
            # a numbered member counts whatever its length (its number is the evidence): a long first sentence
            # (「3.认定启动3个“城中村”整体改造类项目，同步推进…作用。」) is named by its first clause
            lead = _lead(text) or (_first_clause(text) if len(marked) >= 2 else None)
            if lead:
                items.append(Item(lead, kb.citation(p)))
    return items


def _announced_or_numbered(kb: KB, own: list[str]) -> list[Item]:
    """The list a heading's own paragraphs make: the members a lead-in announces (「…有以下各项具体任务：」 then 一、…三、),
    unless the heading numbers other paragraphs through it — 「第一，加强全局观念。」…「第八，…」 after a lead-in's 「- …」
    list — when those members, each led by its phrase, are its parts; none when it makes neither."""
    members = _members_within(kb, own)[1]
    numbered = numbered_members(kb, own)
    if len(numbered) >= 3 and not set(numbered) <= {p for *_, p in members} \
            and all(leads := [_lead(str(kb.attrs(p).get("text") or "")) for p in numbered]):
        return [Item(lead, kb.citation(p)) for lead, p in zip(leads, numbered)]
    # 「第一章 第一个五年计划的任务」 announces its tasks: those are its list, not the lead phrase of every paragraph.
    return [Item(name, kb.citation(p), detail=detail or None) for name, detail, p in members]


def numbered_members(kb: KB, paragraphs: list[str]) -> list[str]:
    """The paragraphs opening the first-level numbered members among ``paragraphs`` (levels read by the order the
    numbering families appear in, :func:`kg.ingest.markers.member_levels`), when there are two or more; else none."""
    levels = member_levels([str(kb.attrs(p).get("text") or "") for p in paragraphs])
    members = [p for p, m in zip(paragraphs, levels) if m is not None and m.level == 1]
    return members if len(members) >= 2 else []


#: How a question ends when it asks what a heading lists (「保障措施有哪些」「面临的形势有哪几点」「主要目标是什么」).
_ASKS_LISTED = re.compile(r"(?:主要)?(?:有|包括|包含|是)?(?:哪些|哪几[个项条点方面]*|什么)(?:方面|内容)?[？?。]?$")


#: The list word put first (「有哪些保障措施」「都包括哪些主要目标」): the rest is what is asked.
_ASKED_FIRST = re.compile(r"^(?:规划|纲要|本规划)?(?:中|里)?(?:都|主要)?(?:有|包括|提出了?)(?:哪些|哪几[个项条点方面]*)(.{4,20}?)[？?。]?$")


#: The list word after a topic and before the noun asked (「十四五时期绿化市容还有哪些短板弱项」): the noun is what is asked.
_ASKED_AFTER_TOPIC = re.compile(r"^.{2,16}?(?:还|都|主要)?(?:有|存在|面临)(?:哪些|哪几[个项条点方面]*)(.{4,12}?)[？?。]?$")


def _head(phrase: str) -> str:
    """A title's or asked phrase's head noun: its last two characters, 的, closing punctuation and a title's
    分析 (「“十四五”短板弱项分析」 titles the 弱项) left out."""
    return _ANALYSED.sub("", normalise_text(phrase).replace("的", "").rstrip("。.：:？?"))[-2:]


def answer_titled_topic(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「保障措施有哪些？」「数字经济发展面临的形势有哪几点？」: the heading titled with what is asked lists it.

    Only when the question asks for the whole of what it names (the list word ends it) and the
    heading it restates (:func:`topic_heading`, or one titled with the asked phrase) has the asked
    head noun as its own (主题 asked is no heading titled 主要目标): its sub-headings, ——items or
    paragraph heads, in order — before any sentence's run or lead-in that merely shares its words.
    """
    said = normalise_text(question)
    if (bare := _BARE_PART.match(said)) and _head(bare.group("noun")) in _PART_NOUNS:
        # 「有哪几大任务」 (the plan named by the asker dropped): the one heading the plan titles with that noun
        titled = [n for t in ("Part", "Chapter", "Section") for n in kb.by_type.get(t, [])
                  if (not plan or plan_of(n) == plan) and _head(str(kb.attrs(n).get("title") or "")) == _head(bare.group("noun"))]
        return heading_answer(kb, question, titled[0]) if len(titled) == 1 else None
    if (topical := _TOPIC_PARTS.match(said)) and len(topical.group("topic")) >= 4:
        # 「拓展利用方面提出了哪几项举措」: the one heading titled with the topic lists them (「五、拓展利用」's （一）…（五）)
        if len(titled := _titled_ending(kb, topical.group("topic"), plan=plan)) == 1:
            return heading_answer(kb, question, titled[0])
    fronted = _ASKED_FIRST.match(said) or _ASKED_AFTER_TOPIC.match(said)
    asked = fronted.group(1) if fronted else _ASKS_LISTED.sub("", said)
    if asked == said or "哪" in asked or len(asked) < 4:
        return None
    node = _heading_named(kb, question, plan=plan) or topic_heading(kb, question, plan=plan)
    if node is None or _head(str(kb.attrs(node).get("title") or "")) != _head(asked):
        # 「对消防救援人员的职业保障有哪些」: the one heading whose title ends with the asked phrase's last words
        # (「（五）进一步加强消防职业保障」), whoever the question says they are for
        ending = [n for n in _titled_ending(kb, asked.replace("的", "")[-4:], plan=plan)
                  if set(years_in(asked)) <= set(years_in(str(kb.attrs(n).get("title") or "")))]  # 2050年的… is no 2035年's
        node = ending[0] if len(ending) == 1 else None
    if node is None or _head(asked) not in _PART_NOUNS:
        return None
    return heading_answer(kb, question, node)


#: A topic and the measures or tasks asked under it (「拓展利用方面提出了哪几项举措」): group ``topic``.
_TOPIC_PARTS = re.compile(r"^(?P<topic>[\u4e00-\u9fff]{2,12}?)(?:方面|领域|部分)(?:都|主要)?(?:提出了?|有|安排了?|部署了?|包括)"
                          r"(?:哪些|哪几[大个项条点类]*)(?:具体|主要)?(?:举措|措施|任务|工作)[？?。]?$")


def _titled_ending(kb: KB, words: str, *, plan: str | None) -> list[str]:
    """Parts, chapters and sections whose title (的 left out) ends with ``words``."""
    return [n for t in ("Part", "Chapter", "Section") for n in kb.by_type.get(t, []) if (not plan or plan_of(n) == plan)
            and normalise_text(str(kb.attrs(n).get("title") or "")).replace("的", "").endswith(words)]


#: A part noun asked with nothing before it (「有哪几大任务」「包括哪些措施」): group ``noun``.
_BARE_PART = re.compile(r"^(?:都|主要|一共)?(?:有|包括|分为?|提出了?)(?:哪些|哪几[大个项条点类]*)(?P<noun>[\u4e00-\u9fff]{2,4})[？?。]?$")


#: Head nouns of what a heading lists as its own parts (保障措施, 主要目标, 面临形势); a kind of thing named inside
#: a heading's text (战略性新兴产业, 重点项目) is listed from the sentences naming its members, not by its sub-headings.
_PART_NOUNS = frozenset({"措施", "目标", "形势", "原则", "导向", "任务", "要求", "举措", "保障", "机制", "方向", "理念",
                         "思路", "路径", "问题", "挑战", "机遇", "成就", "成绩", "特征", "定位", "环境", "基础",
                         "短板", "弱项", "不足", "差距"})


def _announcing(kb: KB, para: str) -> str:
    """The last sentence of a lead-in paragraph (「…必须采取如下措施：」)."""
    return [x for x in re.split(r"(?<=[。！？])", kb.norm_text[para]) if x][-1]


def _members_within(kb: KB, paras: list[str]) -> tuple[str | None, tuple[tuple[str, str, str], ...]]:
    """(lead-in paragraph or None, (name, detail, paragraph) members) of the list one heading's ``paras`` hold as paragraphs:
    a lead-in's numbered paragraphs (「…有以下各项具体任务：」 then 一、…), else a numbered run no sentence announces
    (「第一，坚持以粮为纲…」…「第六，…」); ``(None, ())`` when they hold none."""
    inside = set(paras)
    lead = next((l for l in lead_ins(kb) if l.para in inside and len({p for _, _, p in l.items}) >= 2), None)
    return (lead.para, lead.items) if lead else (None, numbered_run(kb, paras))


#: The verbs a heading or a how-question leads with (深化, 推进, 加快…): said of any topic.
_HOW_VERB = re.compile(r"(?:深入|全面|大力|积极|加快|着力|持续|进一步|不断)?(?:深化|推进|推动|加快|加强|完善|健全|实施|促进|提升|提高|增强|改善|建设|构建|发展|实行|落实|强化)")


#: How a title says it holds the measures for its topic (「…的主要措施」「…的办法」).
_MEASURES_TAIL = re.compile(r"的?(?:主要|必要|重要|具体|重大)?(?:政策)?(?:措施|举措|办法|途径|对策)$")
#: A list question asking for measures (「用哪些措施来…」「有哪些必要措施」): the heading naming them answers.
MEASURES_ASKED = re.compile(r"措施|举措|办法|途径|对策|方式|方法")  # 「准备采取哪些方式来处理」: the means, as 措施


def answer_topic_section(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None,
                         threshold: float = 0.75) -> Answer | None:
    """「纲要打算怎么深化户籍制度改革？」: the body of the heading that is the question's topic (第一节 深化户籍制度改革).

    The heading's title must be restated by the question (:func:`topic_heading`) and hold
    at least ``threshold`` of the question's content words itself, so a title sharing only a
    verb (深化…改革) is no topic. Its first paragraphs answer, each cited.
    """
    from ..passages.extractive import covers

    asked = _title_grams(_HOW_VERB.sub("", question))
    best: tuple[float, int, int, str] | None = None
    for node, title in _topic_candidates(kb, plan=plan):
        # Verbs are interchangeable in a how-question (推进 or 深化 户籍制度改革); what is reformed is not.
        # A title naming its measures (「实现工业生产计划的必要措施」) is about what precedes 措施: a how-question asks for them.
        grams = _title_grams(_HOW_VERB.sub("", _MEASURES_TAIL.sub("", title)))
        if len(grams) < 3:
            continue
        restated = len(grams & asked) / len(grams)
        held = covers(_HOW_VERB.sub("|", question), _HOW_VERB.sub("|", title))
        key = (restated + held, len(grams), -kb._reading_order(node)[1], node)
        if restated >= threshold and held >= threshold and (best is None or key > best):
            best = key
    if best is None:
        return None
    node = best[-1]
    if kb.type(node) == "Paragraph":
        body = under_title_line(kb, node)
    else:
        body = sorted((u for u in kb.descendants(node) if kb.type(u) == "Paragraph"), key=kb._reading_order)
    # 「1.发展目标 … 2.主要任务 ①…⑨」: a how-question asks for what the title line of its tasks or measures heads.
    tasks = next((p for p in body if is_title_line(kb.norm_text[p]) and _TASK_LINE.search(kb.norm_text[p])), None)
    listed = _tasks_under(kb, question, node, tasks) if tasks else None
    listed = listed or _measures_listed(kb, question, node, body)
    if listed is not None:
        return listed
    answer = _heading_text(kb, question, node, paras=body[:3]) if body else None
    if answer is not None:
        answer.kind = "semantic"
    return answer


def _tasks_under(kb: KB, question: str, node: str, line: str) -> Answer | None:
    """The paragraphs a title line of tasks heads (「2.主要任务」 then 「①加强产业承接平台建设。…」…), each named by its
    first sentence as printed (its marker dropped), cited; fewer than two → None."""
    paras = under_title_line(kb, line)
    items = []
    for p in paras:
        first = re.split(r"[。:：]", LIST_MARK.sub("", str(kb.attrs(p).get("text") or "")).strip(), maxsplit=1)[0]
        if not 2 <= len(first) <= 30:
            return None
        items.append(Item(first, kb.citation(p)))
    if len(items) < 2:
        return None
    text = _listing(f"{_title_of(kb, node)}「{LIST_MARK.sub('', kb.norm_text[line])}」共{len(items)}项：", items)
    return Answer(question, text, True, items, [i.citation for i in items][:12], kind="semantic")


#: A title line heading a topic's tasks or measures (「2.主要任务」「（三）保障措施」).
_TASK_LINE = re.compile(r"任务|措施|举措|路径|重点工作$")


def _topic_candidates(kb: KB, *, plan: str | None):
    """(node, title) of every chapter, section and numbered title line (「（四）实现农业生产计划的措施」) of the plans."""
    for t in ("Chapter", "Section"):
        for node in kb.by_type.get(t, []):
            if not plan or plan_of(node) == plan:
                title = str(kb.attrs(node).get("title") or "")
                yield node, title
                # 「实施园区强基工程 提升园区承载能力」: a title of two phrases is about each (怎样提升园区承载能力).
                phrases = [p for p in re.split(r"[\s，,]+", title.strip()) if len(p) >= 4]
                yield from ((node, p) for p in phrases if len(phrases) > 1)
    for para in kb.paragraph_nodes:
        if (not plan or plan_of(para) == plan) and is_title_line(kb.norm_text[para]):
            yield para, LIST_MARK.sub("", kb.norm_text[para])


def _measures_listed(kb: KB, question: str, node: str, body: list[str]) -> Answer | None:
    """A topic's measures where its body lists them as paragraphs (「…提出如下的主要措施：」 then 第一，…第十三，…;
    or 「第一，坚持以粮为纲…」…「第六，…」 with no sentence announcing them), each member cited, in the plan's order."""
    lead, members = _members_within(kb, body)
    if not members:
        return None
    items = [Item(name, kb.citation(p), detail=detail or None) for name, detail, p in members]
    said = f"{kb.printed(lead, _announcing(kb, lead)).rstrip(':：。')}，" if lead else ""
    text = _listing(f"{_title_of(kb, node)}：{said}共{len(items)}项：", items)
    cites = list(dict.fromkeys(([kb.citation(lead)] if lead else []) + [i.citation for i in items]))
    return Answer(question, text, True, items, cites[:12], kind="semantic")


def _title_of(kb: KB, node: str) -> str:
    return kb.heading(node) if kb.type(node) != "Paragraph" else LIST_MARK.sub("", kb.norm_text[node])


def _heading_text(kb: KB, question: str, node: str, *, limit: int = 300, paras: list[str] | None = None) -> Answer | None:
    """A named heading that lists nothing: its title and the first sentences of its own paragraphs (or ``paras``),
    the whole answer within ``limit`` characters (「第四章 发展目标：到2025年…」), each paragraph cited in full."""
    paras = paras if paras is not None else _own_paragraphs(kb, node)
    if not paras:
        return None
    items = [Item(str(kb.attrs(p).get("text") or "").strip(), kb.citation(p)) for p in paras[:3]]
    head = f"{_title_of(kb, node)}："
    return Answer(question, head + first_sentences("".join(i.label for i in items), limit - len(head)), True, items,
                  [i.citation for i in items], kind="list")


def first_sentences(text: str, limit: int) -> str:
    """The whole sentences ``text`` opens with that fit in ``limit`` characters; the first one cut with … if none fits.

    >>> first_sentences("加快发展托育服务。重点构建普惠托育服务体系。", 12)
    '加快发展托育服务。'
    >>> first_sentences("加快发展多种形式的托育服务", 6)
    '加快发展多…'
    """
    out = ""
    for sentence in re.findall(r"[^。！？]+[。！？]?", text):
        if len(out) + len(sentence) > limit:
            break
        out += sentence
    return out or text[: max(limit - 1, 0)] + "…"


_DEFINES = re.compile(r"是指|指的是|即|一是|包括|分别是|就是")


_QUOTE_MARKS = re.compile(r"[“”\"'‘’「」『』]")
#: 「全区倡导的“135”绿色出行方式」「倡导的X」: the plan's own area (or nobody named) advocating the term speaks as the plan
#: does (规划倡导的X) — no part of the term asked.
_AREA_SAYS = r"(?:(?:全|我|本)[区县市省])?所?(?:倡导|提倡|提出)的"
_ASKS_MEANING = re.compile(r"(?:具体|到底|究竟|主要|一般)?(?:是什么意思|什么意思|指的是什么|是指什么|指什么|是指哪.*|指的是哪.*|指哪.*|的含义.*|的定义.*|的内涵.*|是什么)[？?。]?$")


def _defined_subject(question: str) -> str | None:
    """The term a meaning question asks about, quotes dropped.

    Examples
    --------
    >>> _defined_subject("“135”绿色出行方式是什么意思？"), _defined_subject("什么是“三高四新”战略？")
    ('135绿色出行方式', '三高四新战略')
    >>> _defined_subject("纲要中提出的“两山”理念指什么？"), _defined_subject("“135”绿色出行方式具体指什么")
    ('两山理念', '135绿色出行方式')
    >>> _defined_subject("全区倡导的“135”绿色出行方式具体指什么？"), _defined_subject("倡导的“135”绿色出行方式是什么？")
    ('135绿色出行方式', '135绿色出行方式')
    """
    q = _QUOTE_MARKS.sub("", normalise_text(question))
    q = re.sub(r"^(?:请问)?(?:" + PLAN_SAYS + "|" + _AREA_SAYS + r"|规划中|规划里|纲要中)?的?(?:什么是|何谓|何为|请?解释(?:一下)?)?", "", q)
    q = _ASKS_MEANING.sub("", q).rstrip("？?。")
    return q if len(q) >= 2 else None


def answer_quoted_definition(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「农户“三权”是指哪三项权利？」 when the plan has no glossary entry: the sentence that uses the quoted term.

    Sentences holding the whole term come first, those defining it (是指/一是/包括) before the others; then
    sentences holding the quoted token, those sharing most of the question's other words first, then those
    defining it (a bracket after its name counts), then reading order. The answer is the plan's sentence, cited.
    """
    from ..passages.extractive import bigrams, content_bigrams

    term = quoted_phrase(question)
    if not term or len(term) < 2:
        return None
    # The whole term asked (“135”绿色出行方式), quotes dropped: another entity sharing the quoted
    # token (“135”工程) is not it. A sentence that defines it inline ranks first.
    subject = _defined_subject(question)
    inline = re.compile(rf"{re.escape(subject)}(?:（|\(|，?即|是指|指的是|指|：|:|是)|所谓{re.escape(subject)}") if subject else None
    # 「绿色出行里说的“135”方式」 names the term by its context, not as printed (“135”绿色出行方式（1km以内步行…）): among
    # the sentences using the quoted token, the one sharing the question's own words (绿色出行, 方式) is the use asked,
    # never another term's (“135”工程); a bracket right after the name explains it as 是指 would.
    bracketed = re.compile(rf"{re.escape(term)}[”\"」』]?[\u4e00-\u9fff]{{0,8}}[（(][^）)]{{4,}}[）)]")
    context = content_bigrams(_QUOTE_MARKS.sub("", question).replace(term, "|"))
    found = []
    for i, para in enumerate(kb.paragraph_nodes):
        if plan and plan_of(para) != plan or term not in kb.norm_text[para]:
            continue
        for sentence in re.findall(r"[^。；！？]+", kb.norm_text[para]):
            bare = _QUOTE_MARKS.sub("", sentence)
            if subject and subject in bare:
                found.append((0, 0, 0 if inline.search(bare) else 1 if _DEFINES.search(sentence) else 2, i, sentence, para))
            elif term in sentence:
                defines = _DEFINES.search(sentence) or bracketed.search(sentence)
                found.append((1, -len(context & bigrams(_QUOTE_MARKS.sub("", sentence))), 0 if defines else 1, i, sentence, para))
    if not found:
        return None
    found.sort(key=lambda f: f[:4])
    *_, sentence, para = found[0]
    sentence = kb.printed(para, sentence)
    text = sentence if len(sentence) <= 280 else sentence[:279] + "…"
    cite = kb.citation(para)
    return Answer(question, f"规划中的表述：“{text}”。", True, [Item(text, cite)], [cite], kind="glossary")


#: A sentence announcing a list: it ends with a colon, says 以下/如下, or counts what follows (九条重要方针).
_ANNOUNCING = re.compile(r"[:：]$|以下|如下|[一二三四五六七八九十两\d]+(?:条|项|个方面|方面|点|大)")


def _announced_list(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「必须贯彻的九条重要方针是什么？」: the paragraph that announces a list, then the marked items after it.

    The announcing paragraph is the one whose last sentence covers the question best (at
    least 70% of its words) among paragraphs followed by two or more marked items
    (——, 1．, （一）).
    """
    from ..passages.extractive import content_bigrams, covers
    from .enumerated import GENERIC_BIGRAMS

    # 「重点发展哪些产业」 says only the kind asked: an announcement holding 产业 somewhere (「…高端产业引领力…的奋斗目标是：」)
    # lists other things; it must end naming the kind (「本计划有以下各项具体任务：」 for 列了哪些任务).
    kind = (m.group(1) or m.group(2)) if len(content_bigrams(question) - GENERIC_BIGRAMS) < 2 and \
        (m := _KIND_ASKED.search(normalise_text(question))) else None
    best = None
    phrase = _ASKS_LISTED.sub("", normalise_text(question))
    asked = _head(phrase) if phrase != normalise_text(question) and "哪" not in phrase else ""
    paras = [p for p in kb.paragraph_nodes if not plan or plan_of(p) == plan]
    for i, para in enumerate(paras):
        # The announcement is the paragraph's last sentence (「…必须认真贯彻…九条重要方针。」); it says a list follows.
        last = [x for x in re.split(r"[。；！？]", kb.norm_text[para]) if x]
        if not last or not _ANNOUNCING.search(last[-1]):
            continue
        run = []
        for nxt in paras[i + 1 :]:
            text = str(kb.attrs(nxt).get("text") or "").strip()
            # Glossary entries and table rows (「13.“水十条”：…」) are numbered too, but announced by no sentence.
            if kb.parent(nxt) != kb.parent(para) or kb.attrs(nxt).get("kind") in ("term", "indicator") \
                    or not LIST_MARK.match(text) or not _lead(text):
                break
            run.append(nxt)
        if len(run) < 2:
            continue
        if kind and not re.search(re.escape(kind) + r"[^,，]{0,4}$", last[-1]):
            continue
        score = covers(question, last[-1])
        if asked and asked not in last[-1].replace("的", ""):
            # 「…的主题是什么」 asks no list an announcement of 主要目标 opens: the asked head noun must be announced.
            continue
        if score >= 0.7 and (best is None or score > best[0]):
            best = (score, para, run)
    if best is None:
        return None
    _, para, run = best
    items = [Item(_lead(str(kb.attrs(p).get("text") or "")) or "", kb.citation(p)) for p in run]
    text = f"规划列出{len(items)}项：" + "；".join(i.label for i in items) + "。"
    cites = [kb.citation(para)] + [i.citation for i in items if i.citation]
    return Answer(question, text, True, items, cites[:12], kind="list")


#: 「规划建设哪些高铁」「有哪几个百亿园区」「要建哪几个风电场」: the kind asked, last in the question.
_KIND_ASKED = re.compile(r"哪些([\u4e00-\u9fff]{1,8})[？?。]?$|哪几[个条座家所处种类项批大]?([\u4e00-\u9fff]{1,8})[？?。]?$")
_VERB = re.compile(r"及时|抢救|带来|迎接|面临|应对|加大|补齐|完善|发挥|提升|实现|改善|推动|加强|加快|推进|促进|提高|确保|保障|着重|着力|形成|满足|扩大|适应|为主导")
_FACILITY = re.compile(r"[站厂场馆院港园]$")
#: Parts of the plan's text, not kinds of things it names (「提到锰的有哪些章节」 is a cross-reference).
_STRUCTURE_WORDS = re.compile(r"章节|章|节|篇|部分|地方|段落|内容|方面|专栏")
#: A kind word asked with 项目/工程 (哪些水库工程) names the kind without it.
_KIND_TAIL = re.compile(r"(?:建设)?(?:项目|工程)$")
#: Asked kinds that are rankings or heads, not kinds of things (哪些重点工程 is answered by headings only).
_NOT_A_KIND = re.compile(r"^(?:重点|重大|主要|其他|具体|新的|相关)$")
_GENERIC_NAME = re.compile(r"^(?:小型|中型|大型|重点|一批|若干|各类|各级|其他|新型|现有|既有|原有|已有|病险|森林|地质|湿地|郊野|口袋|海绵型|骨干|重要|主要|大中型|中小型|其中|全市|全区|全县|全省|全国|所有|农村|城乡|乡村|通村|县乡|干线|支线|国省|三级以上|二级以上)")
_NAME_LEAD = re.compile(r"^(?:统筹|研究|论证|谋划|全力|积极|力争|加快|推动|推进|争取|启动|开工|续建|新建|建设|实施|规划|完善|打造|建成开放|建成投用|建成支持|引进|发展|培育|提升|改造|扩建|开通|打通|融入|对接|依托|"
                        r"不断|进一步|全面|持续|大力|着力|实现|加强|继续|重点|充分|发挥|推广|增强|丰富|包含|包括|加大|以|对|在|把|将|使|"
                        # 「围绕培育新兴产业」「做强数字创意产业」「有序承接劳动密集型外贸产业」: the verbs an industry follows
                        r"围绕|聚焦|结合|壮大|做强|做优|做大|做精|做特|承接|有序|巩固|振兴|优化|布局|瞄准|前瞻|强化|探索|开展)+")
#: A subject and 要/将/拟 before the verb a name follows (「县城要建设凤凰山公园」): no part of the name.
_NAME_SUBJECT = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:要|将|拟)(?=建设|新建|续建|扩建|打造|建成|实施|推进|加快|开工|规划|改造)")
#: 「建设北京至上海、北京至广州至深圳等客运专线」: every slot of an enumeration closed by 等<kind> is one.
_ETC = "等"


#: Verbs a plan puts before works it builds on, not builds (「依托湘欧班列、黄花机场等通道枢纽」).
_BUILDS_ON = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:依托|依靠|借助|利用|对接|融入|毗邻|紧邻|背靠|经由)")
#: A kind question asking what the plan builds (规划建设哪些…, 要新建哪几个…, 准备上马哪些…).
_BUILT_ASKED = re.compile(r"建|上马|开工")


def _built_on(text: str) -> tuple[str, str]:
    """(``text`` with its clauses that build on works blanked, those clauses): a clause opening 依托/借助/对接… names
    what is there already.

    >>> _built_on("依托湘欧班列、黄花机场等通道枢纽，拓展开放合作。")
    ('，拓展开放合作。', '依托湘欧班列、黄花机场等通道枢纽')
    """
    kept, on = [], []
    for clause, mark in re.findall(r"([^，；。,;]*)([，；。,;]?)", text):
        if _BUILDS_ON.match(clause):
            on.append(clause)
            clause = ""
        kept.append(clause + mark)
    return "".join(kept), "，".join(on)


#: Fields of power generation (风电, 水电, 光伏), whose things are their plants (…风电场, …光伏电站).
_POWER_FIELD = re.compile(r"(?:电|光伏)$")
_PLANT = re.compile(r"电?[场站厂]")
#: What may follow a kind's word and leave it the end of a name: the work done on the thing (建设, 工程, 项目), or a word
#: of the clause going on about it (「南衡高铁在零陵设站」) — not more of a longer word (产业转移, 产业体系).
_AFTER_NAME = re.compile(r"建设|工程|项目|[在将要已于为是等把被由向到至从]")
#: The last word before a kind that says what it is like (友好型, 千吨级) rather than which one it is.
_DESCRIBED = re.compile(r"[型式性级]$")
#: A size printed in a phrase (装机10万千瓦, 5000亩): a description of a thing, not its name.
_MEASURED = re.compile(r"[0-9.]+(?:万|亿|千)?(?:千瓦|兆瓦|MW|kW|吨|亩|平方米|m²|m³|米|km|公里)")
#: Words pointing back at things named before (这些条件, 上述措施): what follows them is no name.
_POINTS_BACK = re.compile(r"(?:这|那|上述|前述|以上|以下|如下)(?:些|个|种|几个|两个|三个|类)?$")
#: …and anywhere in a phrase (「围绕着这些基本任务」「本计划有以下各项具体任务」): a clause about things named elsewhere.
_POINTING = re.compile(r"这些|那些|上述|前述|以上|以下|如下|各项")


def _kind_names(text: str, kind: str) -> list[str]:
    """Names of things of ``kind`` in one paragraph, in order.

    Examples
    --------
    >>> _kind_names("建设北京至上海、南京至武汉至成都等客运专线，其中客运专线7000公里。", "客运专线")
    ['北京至上海客运专线', '南京至武汉至成都客运专线']
    >>> _kind_names("全力争取永清广高铁、南衡高铁在零陵设站。", "高铁")
    ['永清广高铁', '南衡高铁']
    >>> _kind_names("继续建设长江三峡、黄河小浪底等大型水利枢纽，不断完善公路。", "水利枢纽")
    ['长江三峡水利枢纽', '黄河小浪底水利枢纽']
    >>> _kind_names("县城要建设凤凰山公园、滨江公园。", "公园")
    ['凤凰山公园', '滨江公园']
    >>> _kind_names("为了创造这些条件，我们必须坚持三级所有制。", "条件")
    []
    >>> _kind_names("保证人民依法实行民主选举、民主协商、民主监督。", "民主")
    []
    >>> _kind_names("新建黄江源、石坝仔、何仙观水厂，推动何仙观水库扩容。", "水厂")
    ['黄江源水厂', '石坝仔水厂', '何仙观水厂']
    >>> _kind_names("新建梁山岐风电场、富家桥风电场。优化风电开发布局，建设生态环境友好型风电场。", "风电")
    ['梁山岐风电场', '富家桥风电场']
    >>> _kind_names("高效率抢抓发达地区产业转移，围绕培育新兴产业，做强电子信息产业，构建产业体系。", "产业")
    ['新兴产业', '电子信息产业']
    >>> _kind_names("全面搭建协商议事平台，打造“有事好商量”基层协商民主品牌。", "品牌")
    ['“有事好商量”基层协商民主品牌']
    """
    names = []
    # (The kind ends what 等 closes: 「…、康复理疗等养老服务」 is a run of 养老服务, not of 养老.)
    # (So does a count: 「集成电路、生物医药、人工智能三大先导产业」 is a run of 先导产业.)
    closing = re.compile(r"(?:" + _ETC + r"|(?<=[\u4e00-\u9fff])[两三四五六七八九十]+[大个项类种])[\u4e00-\u9fff]{0,4}?" + re.escape(kind)
                         + r"(?:(?![\u4e00-\u9fff])|(?=建设|工程|项目|总|规模|产值))")
    # A power field asked (风电 of 风电项目, 光伏) is named by its plants: the plant printed right after it ends the name.
    field = bool(_POWER_FIELD.search(kind))
    for clause in re.split(r"[，；。：:,;→]", text):
        if shared := shared_head_run(clause, kind):
            # 「新建黄江源、石坝仔、猫儿岩、何仙观水厂」: four 水厂, the head printed once after the last.
            names.extend(shared)
            continue
        etc = closing.search(clause)
        if etc and etc.start() > 0:
            for slot in clause[: etc.start()].split("、"):
                name = _NAME_LEAD.sub("", _NAME_SUBJECT.sub("", slot))
                names.append(name if name.endswith(kind) else name + kind)
            clause = clause[etc.end() :]
        quoted, after_quote = "", False
        # 及 of 及时, 与 of 参与 join nothing: hidden from the split, put back in each slot
        for seg, sep in re.findall(r"([^、（）()“”和及与]*)([、（）()“”和及与]?)", masked_joiners(clause)):
            seg = unmasked_joiners(seg)
            # 「打造“有事好商量”基层协商民主品牌」: the quoted name right before a described kind is the thing's own name.
            lead, quoted, after_quote = (f"“{quoted}”" if after_quote and quoted else ""), (seg if sep == "”" else ""), sep == "”"
            at = seg.find(kind)
            end = at + len(kind)
            plant = _PLANT.match(seg, end) if field and at > 0 else None
            if plant:
                end = plant.end()  # 梁山岐风电场 for 风电: the plant is the name
            elif field and at > 0:
                # 「优化风电开发布局」: a field word inside a phrase names no plant.
                continue
            elif at > 0 and end < len(seg) and (sep == "、" or not _AFTER_NAME.match(seg, end)):
                # 「实行民主选举、民主协商…」: the kind opens a member of a run (民主选举), it ends no name; nor does it
                # inside a longer word (「抢抓发达地区产业转移」「构建产业体系」): an 产业 is named where its word ends
                # the phrase (「做强锰产业，」「…等优势产业」), the work done on it follows (「…产业建设」) or the clause goes on
                # about it (「南衡高铁在零陵设站」).
                continue
            if at > 0:
                names.append(lead + _NAME_LEAD.sub("", _NAME_SUBJECT.sub("", seg[:end])))
    # A phrase with 的 describes a thing (总库容为13000万m³的水库), one with a verb says what is done to it
    # (着重补齐农村公路), one pointing back (为了创造这些条件) names none: none is its name.
    # A kind named by what it is like (生态环境友好型风电场, 千吨级码头) or by its size (装机10万千瓦风力发电场) is no name either.
    return [n for n in names if 2 <= len(n) - len(kind) and len(n) <= 16 and not _GENERIC_NAME.match(n) and "的" not in n and _ETC not in n
            and not _VERB.search(n[: -len(kind)]) and not _POINTS_BACK.search(n[: -len(kind)]) and not _POINTING.search(n)
            and not _DESCRIBED.search(n.rstrip("场站厂")[: -len(kind)]) and not _MEASURED.search(n)]


def _titled(kb: KB, noun: str | tuple[str, ...], *, plan: str | None) -> list[str]:
    """Headings and boxes whose title holds ``noun`` or one of the nouns (专栏7 交通基础设施重点工程 for 重点工程), in reading order."""
    # The noun must be the title's head (「交通基础设施重点工程」), not a modifier (「特色产业园区重点项目」 for 产业园).
    found = [n for t in ("Box", "Section", "Chapter", "Part") for n in kb.by_type.get(t, [])
             if (not plan or plan_of(n) == plan) and _ends_with(kb, n, noun)]
    return sorted(found, key=lambda n: (plan_of(n) or "", int(kb.attrs(n).get("line") or 0), n))


def _ends_with(kb: KB, node: str, noun: str | tuple[str, ...]) -> bool:
    return normalise_text(str(kb.attrs(node).get("title") or "")).rstrip("。").endswith(noun)


def _listing(lead: str, items: list[Item], *, limit: int = 300) -> str:
    """``lead`` and the items' labels, each with its detail in brackets while the whole stays within ``limit`` characters."""
    detailed = lead + "；".join(f"{i.label}（{i.detail}）" if i.detail else i.label for i in items) + "。"
    return detailed if len(detailed) <= limit else lead + "；".join(i.label for i in items) + "。"


#: The noun a heading's title ends in (基本任务, 主要原则): what a lead-in of its prose announces the list of.
_TITLE_NOUN_CHARS = 4


def _announced_by_title(kb: KB, node: str) -> list[Item]:
    """「二、…的基本任务」 whose prose opens 「…的基本任务应该是：（1）…；（2）…」: the items of the one lead-in of the
    heading's first paragraph saying what the title's noun is, each cited; none (or several) → []."""
    noun = re.sub(r"[。.]$", "", normalise_text(str(kb.attrs(node).get("title") or "")))[-_TITLE_NOUN_CHARS:]
    own = _own_paragraphs(kb, node)[:1]
    # The heading's opening sentence says what its noun is (「…的基本任务应该是：（1）…」), not a lead-in further on
    # announcing something else whose words it shares (「为着保证农业生产计划的完成，提出如下的主要措施」).
    says = re.compile(re.escape(noun) + r"(?:应该|应当|主要|就)?(?:是|为|包括|有)")
    found = [lead for lead in lead_ins(kb) if lead.para in own and len(lead.items) >= 2
             and len(noun) == _TITLE_NOUN_CHARS and says.search(lead.sentence)]
    if len(found) != 1:
        return []
    if found[0].whole and len("".join(found[0].whole)) <= _WHOLE_CHARS:
        # Items numbered inside the paragraph are said whole (a name is only an item's first clause).
        return [Item(as_printed(kb, para, whole), kb.citation(para)) for (_, _, para), whole in zip(found[0].items, found[0].whole)]
    return [Item(name, kb.citation(para), detail=detail or None) for name, detail, para in found[0].items]


def _own_paragraphs(kb: KB, node: str) -> list[str]:
    return sorted((u for u, _ in kb.inn(node, "partOf") if kb.type(u) == "Paragraph"), key=kb._reading_order)


def _titled_answer(kb: KB, question: str, noun: str, nodes: list[str], *, topic: str = "", grams: set[str] | None = None) -> Answer:
    """The headings titled with the asked noun, each with the names it lists (a box's items, a heading's sub-headings).

    Asked on a topic (``grams``, the topic's words: 交通 of 「交通方面有哪些重点项目」), a heading whose title holds it
    answers with all its names, another with the names holding it; none on it → ``found: false``, naming the lists."""
    from ..values.figures import item_name
    from ..outline.structure import cite_first

    items, head = [], topic_lead(topic, grams or set())
    for node in nodes:
        title = str(kb.attrs(node).get("title") or "")
        if kb.type(node) == "Box":
            groups = kb.box_groups(node)
            # 专栏26.3 能源水利…工程 for 水利: its group on the topic (（三）水利基础设施建设项目), not its 风电场.
            on = [g for g in groups if grams and g[0] and covers_topic(grams, g[0], head)]
            title = on[0][0] if on else title
            names = [item_name(kb, p) for _, ps in on or groups for p in ps]
        else:
            names = [str(kb.attrs(c).get("title") or kb.label(c)) for c in kb.children(node) if kb.type(c) in ("Chapter", "Section")]
            # A heading without sub-headings lists its things as its paragraphs' lead phrases (「打造新材料百亿产业园。」).
            names = names or [lead for p in _own_paragraphs(kb, node) if (lead := _lead(str(kb.attrs(p).get("text") or "")))]
        if grams and not covers_topic(grams, title, head):
            names = [n for n in names if covers_topic(grams, n, head)]
            if not names:
                continue  # 专栏8.1 现代物流重点项目 for 交通: no list on the topic
        cite = next(iter(cite_first(kb, node)), None)
        items.append(Item(kb.heading(node), cite, detail="、".join(names[:12]) or None, entity=node))
    words = "”“".join(w for w in same_kind_titles(noun) if any(_ends_with(kb, n, w) for n in nodes)) if grams else noun
    if grams and not items:
        listed = "；".join(kb.heading(n) for n in nodes)
        return Answer(question, _listing(f"规划中以“{words}”为题的{len(nodes)}处没有关于“{topic}”的，列出的是：", [Item(listed, None)]),
                      False, kind="list")
    text = _listing(f"规划中关于“{topic}”、以“{words}”为题的有{len(items)}处：" if grams else f"规划中以“{words}”为题的有{len(items)}处：", items)
    cites = list(dict.fromkeys(i.citation for i in items if i.citation))
    return Answer(question, text, True, items, cites[:12], kind="list")


#: 「有哪些重点任务」「主要任务是什么」: a plan's tasks are its body's top headings (篇, or 章/一、 in a plan without 篇).
_TASKS = re.compile(r"^(?:规划|纲要|本规划|意见|方案|文件|“?[一二三四五六七八九十]+五”?(?:时期|期间)?)*的?(?:提出了?|确定了?|部署了?|安排了?)?"
                    r"(?:(?:哪些|有哪些|包括哪些)?(?:重点|主要)任务(?:有哪些|是什么|包括哪些)?|"
                    # 「意见部署了哪几大方面的工作」: the plan's parts asked as 方面 of its work.
                    r"(?P<sides>(?:哪几|哪些)(?:大|个)?方面的?(?:工作|任务)?))[？?。]?$")
#: Titles of the genre's framing headings (where the plan stands, its aims, how it is carried out), which are not tasks.
_FRAMING = re.compile(r"现实基础|发展基础|发展环境|发展形势|指导思想|指导方针|基本原则|发展原则|发展构想|主要目标|发展目标|"
                      r"奋斗目标|远景目标|总体要求|战略定位|发展定位|规划实施|实施机制|实施保障|保障措施|规划体系|组织领导|党的全面领导|党的领导|"
                      r"完成情况|主要成就|发展成就|面临形势|面临的形势|回顾与总结|发展回顾|主要成绩|存在的?主要问题|发展现状|现状和形势")


#: The framing headings that say where the plan stands and what it aims at (no part of its work).
_STANDING = re.compile(r"现实基础|发展基础|发展环境|发展形势|指导思想|指导方针|基本原则|发展原则|发展构想|主要目标|发展目标|"
                       r"奋斗目标|远景目标|总体要求|战略定位|发展定位|完成情况|主要成就|发展成就|面临形势|面临的形势|回顾与总结|发展回顾|"
                       r"主要成绩|存在的?主要问题|发展现状|现状和形势")


def answer_tasks(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「规划有哪些重点任务？」: the plan's top headings whose sub-headings are not all framing (现状、目标、实施保障).

    Only for a question about the plan's tasks as a whole; 「X的主要任务」 names a heading's own.
    """
    from ..outline.structure import cite_first, level_type

    asked = _TASKS.match(re.sub(r"^(?:请问)?(?:本|该|这个|这份|此)?", "", normalise_text(question)))
    if not asked:
        return None
    # 「哪几大方面的工作」 asks every part of the work, carrying it out included (组织保障); 「重点任务」 asks the tasks.
    framing = _STANDING if asked.group("sides") else _FRAMING
    from ..outline.headcount import headings_named

    titled = headings_named(kb, "主要任务", plan=plan)
    if len(titled) == 1:
        # 「四、主要任务」: a plan that titles its tasks so lists them there, not in every top heading.
        items = heading_items(kb, titled[0])
        if items:
            text = _listing(f"{kb.heading(titled[0])}列出{len(items)}项：", items)
            return Answer(question, text, True, items, list(dict.fromkeys(i.citation for i in items if i.citation))[:12], kind="list")
    items = []
    for p in kb.plans(plan):
        top = level_type(kb, "部分", plan=p)
        for node in sorted((n for n in kb.by_type.get(top, []) if plan_of(n) == p), key=lambda n: int(kb.attrs(n).get("line") or 0)):
            kids = [str(kb.attrs(c).get("title") or "") for c in kb.children(node) if kb.type(c) in ("Chapter", "Section")]
            if framing.search(str(kb.attrs(node).get("title") or "")) or (kids and all(framing.search(t) for t in kids)):
                continue
            items.append(Item(kb.heading(node), next(iter(cite_first(kb, node)), None), detail="、".join(kids) or None, entity=node))
    if not items:
        return None
    text = _listing(f"规划的任务按{len(items)}个部分部署：", items)
    cites = list(dict.fromkeys(i.citation for i in items if i.citation))
    return Answer(question, text, True, items, cites[:12], kind="list")


def _sentences_naming(kb: KB, question: str, words: tuple[str, ...], *, plan: str | None, limit: int = 4) -> Answer | None:
    """The plan's sentences that name the asked kind (「推进城市轨道交通建设」), cited, when it names no two such things."""
    items = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        for sentence in re.findall(r"[^。；！？]+", kb.norm_text[para]):
            if any(w in sentence for w in words) and len(items) < limit:
                items.append(Item(kb.printed(para, sentence), kb.citation(para)))
    if not items:
        return None
    body = "；".join(i.label for i in items)
    text = "规划没有逐一列出名称，相关表述：" + (body if len(body) <= 280 else body[:279] + "…") + "。"
    return Answer(question, text, True, items, list(dict.fromkeys(i.citation for i in items)), kind="list")


#: The words of a kind question that say nothing about where (规划建设哪些…, 提到了哪些…), the plan's period
#: (十四五期间) and the asker's words for what a plan does (准备上马, 打算).
_KIND_FRAME = re.compile(r"规划|纲要|建设|提到|提出|列出|重点|主要|哪些|哪几|"
                         r"[“\"]?十[一二三四五六七八九]?五[”\"]?(?:期间|时期)?|准备|打算|上马|安排|计划要|"
                         r"全[省市县区镇乡旗州](?![域内外])")  # 全区: the plan's own area, which every list of it is about
#: Share of what a kind question says besides the kind that a paragraph and its headings must hold.
_SAID_SHARE = 0.6


def _said_beyond(question: str, asked: str, *, titled: str = "") -> set[str]:
    """Content bigrams a kind question says besides its kind and frame (「价格放开带来哪些挑战」 → 价格, 格放, 放开, 带来);
    empty when that is a single word or less (「县城要建设哪些公园」 is read from the names alone). Words of the
    plan's own title (``titled``: 零陵 of 「零陵准备上马哪些风电项目」) say which plan, not where in it."""
    from ..passages.extractive import content_bigrams

    said = content_bigrams(_KIND_FRAME.sub("|", normalise_text(question).replace(asked, "|"))) - _title_grams(titled)
    return said if len(said) >= 2 else set()


def _qualified(kb: KB, kind: str, nodes: list[str]) -> list[str]:
    """The headings of ``nodes`` whose titles hold what the asked kind says before its head noun (数字经济 of
    数字经济重点产业: 「发展壮大战略性新兴产业」 is no list of it); the genre's ranking words (重点, 主要, 发展) say nothing."""
    from .enumerated import GENERIC_BIGRAMS
    from ..passages.extractive import content_bigrams

    qual = content_bigrams(kind[:-2]) - GENERIC_BIGRAMS
    return [n for n in nodes if _cover(qual, str(kb.attrs(n).get("title") or "")) >= 0.5] if qual else nodes


def _cover(key: set[str], text: str) -> float:
    return len(key & _title_grams(text)) / len(key) if key else 0.0


def _with_headings(kb: KB, para: str) -> str:
    """A paragraph's text with the titles of the headings above it."""
    parts, node = [kb.norm_text[para]], kb.parent(para)
    while node:
        parts.append(str(kb.attrs(node).get("title") or ""))
        node = kb.parent(node)
    return "|".join(parts)


def answer_named_kind(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「规划建设哪些高铁？」「有哪些重点工程？」: the plan's headings of the asked kind, else every name it gives such things.

    Headings (专栏, 节, 章) titled with the asked noun (…重点工程) are the plan's own lists and
    answer first. Otherwise a name is the words before the kind word in one enumeration
    slot (between 、，；), leading verbs (争取, 建设 …) dropped, every slot of an
    enumeration closed by 等<kind> included; each is listed once, where first named. A question
    saying more than the kind (「价格放开带来哪些挑战」) takes names only from paragraphs that, with
    their headings, hold most of what it says; none → ``found: false``.
    """
    m = _KIND_ASKED.search(normalise_text(question))
    noun = (m.group(1) or m.group(2)) if m else None
    if not noun or len(noun) < 2 or _STRUCTURE_WORDS.fullmatch(noun):
        return None
    if any(kb.printing(p, plan=plan) for p in asked_places(kb, question[: m.start()], plan)):
        # 「东城区要持续提升哪些功能」 in the 东江市 plan: one district's things are the run printed with it
        # (qa.enumerations.enumerated), not every 功能 the plan names for any district — a district the plan prints
        # (「打算申报省级名录的」 names no place: 申报省 is no district)
        return None
    topic = asked_topic(normalise_text(question)[: m.start()])
    own = " ".join(kb.label(p) for p in kb.by_type.get("Plan", []) if not plan or plan_of(p + "/") == plan)
    grams = topic_grams(topic, own)
    # On a topic, a list of works titled in any of the genre's words may be the one on it (交通…重点建设项目 for
    # 交通方面的重点项目); without one the noun's own lists answer (重点工程: the boxes titled …工程).
    if len(noun) >= 3 and (titled := _titled(kb, same_kind_titles(noun) if grams else noun, plan=plan)):
        return _titled_answer(kb, question, noun, titled, topic=topic, grams=grams)
    kind = _KIND_TAIL.sub("", noun) if len(_KIND_TAIL.sub("", noun)) >= 2 else noun
    if _NOT_A_KIND.match(kind):
        # 「提出了哪些重大工程」: 重大 ranks, 工程 is the kind; headings titled …工程 are the plan's lists of them.
        head = noun[len(kind):]
        titled = _titled(kb, head, plan=plan) if head else []
        return _titled_answer(kb, question, head, titled) if len(titled) >= 2 else None
    words = (kind, *KIND_SYNONYMS.get(kind, ()))
    if _FACILITY.search(kind) and len(kind) >= 3:
        words += (kind[:-1],)  # 核电站 → 核电: a plan speaks of the field as often as of its plants
    # The heads a thing of the kind is named with (大唐风力发电站 is a 风电场; 风电 is printed 风力发电 too).
    heads = (kind, *KIND_HEADS.get(kind, ()), *(KIND_SYNONYMS.get(kind, ()) if _POWER_FIELD.search(kind) else ()))
    if not any(w in kb.norm_text[p] for p in kb.paragraph_nodes if not plan or plan_of(p) == plan for w in words):
        if kind_and_predicate(noun):
            # 「对哪些设施除险加固」「支持哪些产品下乡」: what follows the slot is a kind and what is done to it; the phrase
            # unprinted says nothing about whether the plan lists such things.
            return None
        # 「提出了哪些发展原则」 where the plan titles them 「必须遵循的原则」: its headings of the head noun.
        if len(kind) > 2 and not _said_beyond(question, m.group(0)) and (titled := _qualified(kb, kind, _titled(kb, kind[-2:], plan=plan))):
            return _titled_answer(kb, question, kind[-2:], titled)
        # 「哪几个剧院和艺术中心」: two kinds joined, each named in the plan though the phrase is not.
        if (each := answer_each_kind(question, noun, lambda q: answer_named_kind(kb, q, intent, links, plan=plan))):
            return each
        if len(kind) >= 4 and any(kind[:2] in s and kind[-2:] in s for p in kb.printing(kind[-2:], plan=plan)
                                   for s in re.split(r"[。；;！？]", kb.norm_text[p])):
            # 「要综合运用哪些招商模式」 of 「拓展招商引资模式。综合运用…委托招商、以商招商…等多种模式」: the kind in other
            # words, so no saying the plan never names it; the passages answerers read it.
            return None
        # 「规划建设哪些地铁？」 in a plan that never names one: say so rather than offer loosely related passages.
        return Answer(question, f"规划中没有提到“{kind}”。", False, kind="list")
    found: dict[str, str] = {}
    relied: dict[str, str] = {}
    built = bool(_BUILT_ASKED.search(question[: m.start()]))
    titles = " ".join(kb.label(p) for p in kb.by_type.get("Plan", []) if not plan or plan_of(p + "/") == plan)
    said = _said_beyond(question, m.group(0), titled=titles)
    for para in kb.paragraph_nodes:
        text = kb.norm_text[para]
        if plan and plan_of(para) != plan or not any(h in text for h in heads):
            continue
        if said and _cover(said, _with_headings(kb, para)) < _SAID_SHARE:
            # 「增强关键技术创新能力瞄准哪些领域」 says where: a 领域 named elsewhere is no answer (the kind word alone is
            # never evidence).
            continue
        if built:
            # 「规划建设哪些机场」: a work the plan builds on (「依托湘欧班列、黄花机场等通道枢纽」) is not one it builds.
            text, on = _built_on(text)
            relied.update((n, para) for h in heads if h in on for n in _kind_names(on, h))
        for name in (n for h in heads if h in text for n in _kind_names(text, h)):
            # 永州市零陵区何仙观水库 and 何仙观水库 are one: the shorter name stays, first place kept.
            same = next((n for n in found if n in name or name in n), None)
            if same is None:
                found[name] = para
            elif len(name) < len(same) and len(name) - len(kind) > 2:
                # A two-character qualifier (工业物流园 in 零陵火车站工业物流园) names a sub-kind, not the thing: the longer stays.
                found = {(name if n == same else n): p for n, p in found.items()}
    if not found and said:
        # What the plan does give: the paragraphs naming the kind that say most of the question, as hints (not evidence).
        near = sorted(kb.printing(kind, plan=plan), key=lambda p: -_cover(said, _with_headings(kb, p)))[:3]
        return Answer(question, f"规划中没有找到问题所说的{kind}的列举（提到“{kind}”的地方都不是问题所说的；最接近的段落见引文，仅供参考）。",
                      False, citations=[kb.citation(p) for p in near], kind="list")
    if not found and relied:
        cites = list(dict.fromkeys(kb.citation(p) for p in relied.values()))
        return Answer(question, f"规划没有列出要建设的{kind}；提到的{'、'.join(relied)}是规划依托的已有{kind}（见引文）。",
                      False, citations=cites[:6], kind="list")
    if not found:
        return _sentences_naming(kb, question, words, plan=plan)
    by_chapter: dict[str, list[Item]] = defaultdict(list)
    for name, para in found.items():
        cite = kb.citation(para)
        by_chapter[cite.box or cite.chapter or cite.part or "前言"].append(Item(name, cite))
    items = [i for group in by_chapter.values() for i in group]
    text = f"规划中提到的{kind}共{len(items)}项：" + "；".join(f"{c}：" + "、".join(i.label for i in g) for c, g in by_chapter.items()) + "。"
    cites = list(dict.fromkeys(i.citation for i in items))
    return Answer(question, text, True, items, cites[:12], kind="list")
