"""Members of a named group: 「一核三带三园」「两横三纵」「三园」 and what the plan lists for them.

Plans name a layout or a programme by a numbered formula (一核三带三园: one 核,
three 带, three 园) and then say what each part is, right after it: 「“三园”，即以…为载体，
打造省级高新技术产业园；以…为引领，打造精品农业示范园；…」 — or each part opens a paragraph of its own (「“一带”：强化苏河水岸经济发展带…」).
A formula's heads may be words (两中心一平台: two 中心, one 平台), its members then printed as one run in the
formula's order in the paragraph naming it (「建设好新时代文明实践中心、区级融媒体中心和“学习强国”学习平台」).
:func:`answer_group` answers 「X指的是什么/包括哪些/是哪三个」 with those members, cited to the paragraph
that defines them; a formula the plan names without members answers nothing here.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..question.intent import Intent
from ..index.kb import KB, normalise_text, plan_of
from ..question.link import Link
from ..vocabulary import JOINER_WORDS
from .kinds import named_in_title

__all__ = ["formula_parts", "members", "run_of_parts", "answer_group", "answer_counted_group"]

_NUM = "一二三四五六七八九十两"
#: A numbered formula: one or more (count, head) pairs, 一核三带三园, 两横三纵, 三园 — 多 counting several (一带多圈).
_FORMULA = re.compile(rf"(?:[{_NUM}多][\u4e00-\u9fff])+")
#: One whose heads may be words of two characters (两中心一平台); a head holds no counting word, so the parts are read
#: unambiguously.
_WORD_FORMULA = re.compile(rf"(?:[{_NUM}多](?:(?![{_NUM}多])[\u4e00-\u9fff]){{1,2}})+")
#: One part of such a formula: its count and its head.
_WORD_PART = re.compile(rf"([{_NUM}多])((?:(?![{_NUM}多])[\u4e00-\u9fff]){{1,2}})")
#: What a member question asks (「指的是什么」「包括哪些」「是哪三个」「分别是」).
_ASKS = re.compile(rf"是什么|指什么|指的是|是指|指哪|包括|包含|有哪|哪[{_NUM}几些]|分别|是哪|内容|含义|意思")
#: Verbs before a member's name (「打造精品农业示范园」 names 精品农业示范园).
_VERB_LEAD = re.compile(r"^(?:形成|打造|建设好|建好|办好|新建|建设|构建|培育|建成|发展|推进|着力培育|重点打造|加快建设)+")
_COUNTS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2, "多": 0}  # 0: several, uncounted


#: Heads that count things (三个, 两项, 十年) or are numerals: no group's name.
_NOT_HEAD = re.compile(rf"[个项条种类次年月日天大点批是{_NUM}百千万亿]")


def formula_parts(formula: str) -> list[tuple[int, str, str]]:
    """(count, head, the part as printed) of a formula; empty when a head only counts (三个).

    Examples
    --------
    >>> formula_parts("一核三带三园")
    [(1, '核', '一核'), (3, '带', '三带'), (3, '园', '三园')]
    >>> formula_parts("两中心一平台")
    [(2, '中心', '两中心'), (1, '平台', '一平台')]
    >>> formula_parts("三个"), formula_parts("四个全面"), formula_parts("一带多圈")
    ([], [], [(1, '带', '一带'), (0, '圈', '多圈')])
    """
    if not _WORD_FORMULA.fullmatch(formula):
        return []
    parts = [(_COUNTS[m[1]], m[2], m[0]) for m in _WORD_PART.finditer(formula)]
    # a head that opens with a counting word or a numeral (三个, 四个全面) counts things and names none
    return [] if any(_NOT_HEAD.match(h) for _, h, _ in parts) else parts


def _definition(text: str, part: str) -> str | None:
    """What follows 「“三园”，即」「三园是指」 in ``text`` up to the next part's definition."""
    m = re.search(rf"(?<![{_NUM}\u4e00-\u9fff]){part}[”\"]?[，,]?(?:即|是指|指的是|指|是|:)", text)
    if not m:
        return None
    rest = text[m.end():]
    nxt = re.search(rf"[“\"](?:[{_NUM}][\u4e00-\u9fff])+[”\"][，,]?(?:即|是指|指|是|:)", rest)
    return rest[: nxt.start()] if nxt else rest


def members(definition: str, count: int, head: str) -> list[str]:
    """The ``count`` members a definition names for a part whose members end in ``head``.

    One clause per member (split by ；) gives each clause's last phrase ending in ``head`` (or its last phrase);
    else the last ``count`` phrases ending in it; a single member is the definition's first clause.

    Examples
    --------
    >>> members("以甲园为载体，打造高新技术产业园；以乙园为引领，打造精品农业示范园；以古城为龙头，打造全域旅游大观园。", 3, "园")
    ['高新技术产业园', '精品农业示范园', '全域旅游大观园']
    """
    clauses = [c for c in re.split(r"[；;。]", definition) if c]
    if len(clauses) == count and count > 1:
        names = []
        for c in clauses:
            # The clause's phrase ending in the head (打造精品农业示范园), else its last phrase (「两翼」: 打造东翼轻纺工业区).
            segments = [s for s in re.split(r"[，,]", c) if s]
            ends = [s for s in segments if s.endswith(head)] or segments[-1:]
            names.append(_VERB_LEAD.sub("", ends[-1]))
        return names
    phrases = [_VERB_LEAD.sub("", s) for s in re.split(r"[，,；;。]", definition) if s.endswith(head)]
    if len(phrases) >= count > 1:
        return phrases[-count:]
    if count == 1 and clauses:
        return [re.split(r"[，,]", clauses[0])[0]]
    return []


def _preceding(text: str, part: str, count: int, head: str) -> list[str]:
    """The ``count`` members printed right before the formula (「统筹推进城区、园区、景区、农区、矿区“五区共建”」).

    >>> _preceding("统筹推进城区、园区、景区、农区、矿区“五区共建”;", "五区", 5, "区")
    ['城区', '园区', '景区', '农区', '矿区']
    """
    from .enumerated import enumerations_in

    for m in re.finditer(re.escape(part), text):
        clause = re.split(r"[,，;；。:：]", text[: m.start()].rstrip("“\"「"))[-1]
        if re.search(r"[)）](?:和|及|与|以及|、)?$", clause):
            continue  # 「“五个不变”（…）和“五个统一”」: the run closing before the phrase is another name's bracket
        for _, names in enumerations_in(clause):
            if len(names) == count and all(n.endswith(head) for n in names) and clause.endswith(names[-1]):
                return list(names)
    return []


#: The part a question asks of a formula by its head (「“一带多圈”里的几个圈」「“八城辉映”的八个城」): that head.
_PART_ASKED = re.compile(rf"(?:几|哪些|哪几|[{_NUM}]|\d)(?:个|大|座|条|类)?(?P<head>[\u4e00-\u9fff])(?=分别|是|都|有|各|[？?，,]|$)")


def _asked_parts(question: str, formula: str, parts: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The parts of a formula the question asks: the one whose head it names after a count outside the formula
    (「“一带多圈”里的几个圈」), else all (「一廊两心是指什么」 names 两心 only as part of the formula).

    >>> _asked_parts("一带多圈里的几个圈分别是什么", "一带多圈", formula_parts("一带多圈"))
    [(0, '圈', '多圈')]
    >>> len(_asked_parts("一廊两心是指什么", "一廊两心", formula_parts("一廊两心")))
    2
    """
    heads = {m["head"] for m in _PART_ASKED.finditer(question.replace(formula, "，"))}
    asked = [p for p in parts if p[1] in heads]
    return asked if len(parts) > 1 and len(asked) == 1 else parts


def _several(text: str, formula: str, head: str) -> list[str]:
    """The members of a part counted 多 (several): the names ending in its head the plan prints after the formula
    (「打造“一带多圈”的…。建设…生活带，打造以莫干山路艺术街区为核心的艺术体验圈、以环球港为核心的时尚消费圈…」), two or more.

    >>> _several("打造一带多圈的功能区。打造以甲街区为核心的艺术体验圈、以乙港为核心的时尚消费圈。", "一带多圈", "圈")
    ['艺术体验圈', '时尚消费圈']
    """
    names = []
    for piece in re.split(r"[、，,；;。]", text[text.find(formula) + len(formula):]):
        name = _VERB_LEAD.sub("", piece.rsplit("的", 1)[-1])
        if name.endswith(head) and len(head) < len(name) <= 12 and name not in names:
            names.append(name)
    return names if len(names) >= 2 else []


def run_of_parts(text: str, parts: list[tuple[int, str, str]]) -> list[str]:
    """The members of a clause of ``text`` that is one run naming every part's count of members in the formula's
    order (two ending in 中心, then one in 平台), its first member cut of the verb it follows; [] when no clause is.

    >>> run_of_parts("紧扣要求，建设好甲中心、乙中心和“丙”丁平台，使…", formula_parts("两中心一平台"))
    ['甲中心', '乙中心', '“丙”丁平台']
    """
    heads = [head for count, head, _ in parts for _ in range(count)]
    for clause in re.split(r"[,，;；。:：]", text):
        names = JOINER_WORDS.split(clause)
        if len(names) != len(heads):
            continue
        names[0] = _VERB_LEAD.sub("", _after_open_quote(names[0]))
        names[-1] = names[-1][:-1] if names[-1].endswith("”") and names[-1].count("“") < names[-1].count("”") else names[-1]
        if all(n.rstrip("”\"").endswith(h) and len(h) < len(n) <= _LONGEST_NAME for n, h in zip(names, heads)):
            return names
    return []


def _after_open_quote(name: str) -> str:
    """A run's first name without the words before a quote the run opens (「致力建设“甲区」 → 甲区)."""
    return name.rsplit("“", 1)[1] if name.count("“") > name.count("”") else name


#: A member of a run is a name, not a sentence.
_LONGEST_NAME = 20


def _asked_formulas(question: str) -> list[str]:
    """The formulas a question names, shortest first (「“一核三带三园”里的“三园”是哪三个」 asks 三园): heads of one
    character read as pairs (一核三带三园), and heads of words (两中心一平台) read wherever a numeral opens a head."""
    q = re.sub(r"[“”\"「」]", "", question)
    asked = [f for f in _FORMULA.findall(q) if len(f) >= 2 and len(f) % 2 == 0]
    asked += [f for f in _WORD_FORMULA.findall(q) if len(formula_parts(f)) > 1]
    return sorted(dict.fromkeys(asked), key=len)


def answer_group(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「“一核三带三园”里的“三园”是哪三个？」: the members the plan lists right after the formula, cited."""
    if not _ASKS.search(question):
        return None
    for formula in _asked_formulas(question):
        parts = formula_parts(formula)
        if not any(count for count, _, _ in parts):
            continue  # 多元: no formula counts only several
        parts = _asked_parts(re.sub(r"[“”\"「」]", "", question), formula, parts)
        for para in kb.paragraph_nodes:
            text = kb.norm_text[para]
            if plan and plan_of(para) != plan or formula not in text:
                continue
            found = []
            for count, head, part in parts:
                definition = _definition(text, part if len(parts) > 1 else formula)
                names = members(definition, count, head) if definition else _preceding(text, part, count, head)
                if not names and not count:
                    names = _several(text, formula, head)
                if names:
                    found.append((part, names))
            if len(found) < len(parts) and len(parts) > 1 and (run := run_of_parts(text, parts)):
                # no part defined on its own: the one run naming them all, in the formula's order, is what it shortens
                heads = [part for count, _, part in parts for _ in range(count)]
                found = [(part, [n for n, h in zip(run, heads) if h == part]) for _, _, part in parts]
            if len(found) == len(parts):
                cite = kb.citation(para)
                items = [Item(n, cite, detail=part if len(found) > 1 else None) for part, names in found for n in names]
                body = "；".join(f"{part}：" + "、".join(names) for part, names in found) if len(found) > 1 else "、".join(found[0][1])
                # The formula as the plan prints it (“五区共建”), when the question shortened it.
                printed = re.search(rf"[“\"]([^”\"]{{0,6}}{formula}[^”\"]{{0,6}})[”\"]", text)
                return Answer(question, f"“{printed.group(1) if printed else formula}”指：{body}。", True, items, [cite], kind="list")
        if len(parts) > 1 and (elsewhere := _run_in_chapter(kb, formula, parts, plan)):
            # 「全力推进“四区两城”建设」 with the six printed as one run in another paragraph of its chapter (「致力建设
            # “承接产业转移示范区、…、生态宜居新城”」): the one run whose heads count as the formula does
            run, para = elsewhere
            heads = [part for count, _, part in parts for _ in range(count)]
            found = [(part, [n for n, h in zip(run, heads) if h == part]) for _, _, part in parts]
            cite = kb.citation(para)
            items = [Item(n, cite, detail=part) for part, names in found for n in names]
            body = "；".join(f"{part}：" + "、".join(names) for part, names in found)
            return Answer(question, f"“{formula}”指：{body}。", True, items, [cite], kind="list")
        if len(parts) == 1 and parts[0][0] > 1 and (under := _named_under(kb, formula, parts[0][0], parts[0][1], plan)):
            # 「“八城辉映”的八个城」: the lead-ins of the paragraphs under the heading naming the formula (「陆家嘴金融城：…」)
            names, heading = under
            cites = _cited(kb, heading, parts[0][0])
            printed = re.search(rf"[“\"]([^”\"]{{0,6}}{formula}[^”\"]{{0,6}})[”\"]", normalise_text(kb.heading(heading)))
            return Answer(question, f"“{printed.group(1) if printed else formula}”指：" + "、".join(names) + "。", True,
                          [Item(n, cites[0] if cites else None) for n in names], cites, kind="list")
        if len(parts) > 1 and (opened := _opening_parts(kb, formula, parts, plan)):
            items = [Item(n, kb.citation(para), detail=part) for part, names, para in opened for n in names]
            body = "；".join(f"{part}：" + "、".join(names) for part, names, _ in opened)
            return Answer(question, f"“{formula}”指：{body}。", True, items,
                          list(dict.fromkeys(kb.citation(para) for _, _, para in opened)), kind="list")
    return None


def _run_in_chapter(kb: KB, formula: str, parts: list[tuple[int, str, str]], plan: str | None) -> tuple[list[str], str] | None:
    """The one run of the chapter(s) printing ``formula`` whose members end in its heads as it counts them, and its
    paragraph; None when no paragraph of those chapters, or more than one run, does."""
    chapters = {(plan_of(p), kb.citation(p).chapter) for p in kb.paragraph_nodes
                if (not plan or plan_of(p) == plan) and formula in kb.norm_text[p]}
    runs: dict[tuple[str, ...], str] = {}
    for para in kb.paragraph_nodes:
        if (plan_of(para), kb.citation(para).chapter) in chapters and (run := run_of_parts(kb.norm_text[para], parts)):
            runs.setdefault(tuple(run), para)
    if len(runs) != 1:
        return None
    (run, para), = runs.items()
    return list(run), para


def _opening_parts(kb: KB, formula: str, parts: list[tuple[int, str, str]],
                   plan: str | None) -> list[tuple[str, list[str], str]]:
    """Each part of a formula the plan prints, defined in a paragraph the part opens (「“一带”：强化苏河水岸经济发展带
    能级提升…」「“两心”：推进东城商务中心和西城文化中心强核提质，…」): (part, [the paragraph's first clause],
    paragraph), or ``[]`` unless every part has one — the clause says what the part is, however many it counts."""
    paras = [p for p in kb.paragraph_nodes if not plan or plan_of(p) == plan]
    if not any(formula in kb.norm_text[p] for p in paras):
        return []
    found = []
    for _, _, part in parts:
        opener = re.compile(rf"^[“\"]?{part}[”\"]?[:：]")
        para = next((p for p in paras if opener.match(kb.norm_text[p])), None)
        lead = re.split(r"[，,；;。]", opener.sub("", kb.norm_text[para]), maxsplit=1)[0] if para else ""
        if not lead:
            return []
        found.append((part, [lead], para))
    return found


#: 「三个百亿园区」「八大特色产业」「三大主导产业」: a count, a counting word and the kind counted.
_COUNTED = re.compile(rf"(?P<n>[{_NUM}]|(?<!\d)[2-9](?!\d))(?P<m>个|大|项|条|类|种|批)(?P<kind>[\u4e00-\u9fff]{{2,8}}?)"
                      # (a programme word after the group's name — 「“三大联城”行动是哪三个」 — is no part of it)
                      r"(?=(?:行动|工程|战略)?(?:是|指|包括|包含|有|分别|都|具体|各|[？?，,]|$))")


def _enumerated_before(text: str, phrase: str, count: int) -> list[str]:
    """The ``count`` members a 、-run prints right before ``phrase`` (「电子信息、新材料、战略性新兴产业三大主导产业」)."""
    from .enumerated import enumerations_in

    for m in re.finditer(re.escape(phrase), text):
        clause = re.split(r"[,，;；。:：]", text[: m.start()].rstrip("“\"「"))[-1]
        if re.search(r"[)）](?:和|及|与|以及|、)?$", clause):
            continue  # 「“五个不变”（…）和“五个统一”」: the run closing before the phrase is another name's bracket
        for _, names in enumerations_in(clause + phrase):
            if len(names) == count and re.sub(r"等$", "", clause).endswith(names[-1]):
                # 「建设零陵汽车东站和富家桥、邮亭圩…等四个客运站场」: what 和 joins before the run is no member.
                return [re.split(r"和|及|与", names[0])[-1], *names[1:]]
    return []


def _bracketed_after(text: str, phrase: str, count: int) -> list[str]:
    """The ``count`` members a bracket right after ``phrase`` lists (「“五个统一”（统一运维管理、…、统一核算机制）」,
    「“四个优先”（优先考虑…地块，优先考虑…项目）」), split on 、 or on commas; [] when it lists another number."""
    for m in re.finditer(re.escape(phrase) + r"[”\"」]?[（(]([^（()）]+)[)）]", text):
        for joiner in ("、", r"[，,；;]"):
            names = [n.strip() for n in re.split(joiner, m.group(1)) if n.strip()]
            if len(names) == count:
                return names
    return []


def _named_under(kb: KB, phrase: str, count: int, kind: str, plan: str | None) -> tuple[list[str], str] | None:
    """Members a heading naming ``phrase`` lists as its paragraphs' lead-ins (「加快建设三个百亿园区」: 「打造电子信息百亿产业园。」 …)."""
    ends = tuple(dict.fromkeys(kind[-2:]))
    for node in kb.by_type.get("Section", []) + kb.by_type.get("Chapter", []):
        if plan and plan_of(node) != plan or phrase not in normalise_text(kb.heading(node)):
            continue
        leads = []
        for child in kb.children(node):
            lead = re.split(r"[。；;:：]", str(kb.attrs(child).get("text") or ""), maxsplit=1)[0]
            if lead.endswith(ends) and len(lead) <= 24 and not re.search(r"[，,]", lead) and phrase not in lead:
                leads.append(_VERB_LEAD.sub("", lead))
        if len(leads) == count:
            return leads, node
    # 「继续建设和培育五大支柱产业。」 opening a chapter whose sections are each one of them (「第一节 巩固提高烟革产业」).
    for node in kb.by_type.get("Chapter", []) + kb.by_type.get("Section", []):
        if plan and plan_of(node) != plan:
            continue
        kids = [c for c in kb.children(node) if kb.type(c) in ("Section", "Chapter")]
        says = any(phrase in kb.norm_text.get(c, "") for c in kb.children(node) if kb.type(c) == "Paragraph")
        names = [named_in_title(normalise_text(str(kb.attrs(c).get("title") or ""))) for c in kids]
        if says and len(kids) == count and all(n.endswith(ends) and len(n) > len(ends[-1]) for n in names):
            return names, node
    return None


#: A numbered paragraph's enumerator (1. 2、 （3）).
_ENUMERATOR = re.compile(r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])\s*")
#: A name the head quotes (实施“虹桥品牌跃升”战略).
_QUOTED = re.compile(r"[“\"]([^”\"]{2,16})[”\"]")


def _numbered_after(kb: KB, phrase: str, count: int, kind: str, plan: str | None) -> tuple[list[str], list[str]] | None:
    """Members a lead-in naming ``phrase`` lists as the heads of the numbered paragraphs right after it
    (「加快实施“四大战略”。」 then 「1.实施“虹桥品牌跃升”战略。…」 …): (names, their paragraphs), when exactly ``count``
    numbered paragraphs follow and each head names one (:func:`_head_name`)."""
    ends = tuple(dict.fromkeys(kind[-2:]))
    for para in kb.paragraph_nodes:
        text = kb.norm_text.get(para, "")
        if plan and plan_of(para) != plan or phrase not in text or _ENUMERATOR.match(text):
            continue
        parent = kb.parent(para)
        siblings = kb.children(parent) if parent else []
        run = []
        for child in siblings[siblings.index(para) + 1:] if para in siblings else []:
            if kb.type(child) != "Paragraph" or not _ENUMERATOR.match(kb.norm_text.get(child, "")):
                break
            run.append(child)
        names = [_head_name(kb.norm_text[p], ends) for p in run]
        if len(run) == count and all(names):
            return names, run
    return None


def _head_name(text: str, ends: tuple[str, ...]) -> str | None:
    """The member a numbered paragraph's head names, ending in the kind counted: the one name it quotes
    (实施“虹桥品牌跃升”战略 → 虹桥品牌跃升), else the short head itself (老旧小区改造工程); None when it names none."""
    head = re.split(r"[。；;:：]", _ENUMERATOR.sub("", text), maxsplit=1)[0]
    if not head.endswith(ends):
        return None
    quoted = _QUOTED.findall(head)
    if quoted:
        return quoted[0] if len(quoted) == 1 else None
    return _VERB_LEAD.sub("", head) if len(head) <= 24 and not re.search(r"[，,]", head) else None


def _cited_each(kb: KB, headings: list[str]) -> list:
    """Each heading's first paragraph's citation (all or none)."""
    from ..outline.structure import _first_paragraph

    paras = [_first_paragraph(kb, h) for h in headings]
    return [kb.citation(p) for p in paras] if all(paras) else []


def _cited(kb: KB, heading: str, count: int) -> list:
    """Citations for a group read under ``heading``: its paragraphs, and each sub-heading's first paragraph."""
    from ..outline.structure import _first_paragraph

    paras = [c if kb.type(c) == "Paragraph" else _first_paragraph(kb, c) for c in kb.children(heading)][: count + 1]
    return kb.citations([p for p in paras if p])


#: The kind a question names after its count (「是哪三个联城」): what each member's name ends in.
_ASKED_HEAD = re.compile(rf"哪(?:[{_NUM}几]|\d)(?:个|大|项|条|类|种|批|段|座)(?:方面的)?(?P<head>[\u4e00-\u9fff]{{1,4}}?)(?=[？?，,。]|$)")
#: What opens a clause naming a member: a verb or 在 (「推动高端产业联城」「在中部花园住宅集中区（…），以…」).
_MEMBER_LEAD = re.compile(r"^(?:在|推动|推进|大力推动|加快推进|形成|打造|建设|构建|培育|建成|发展|着力培育|重点打造|加快建设)")


def _asked_head(question: str) -> str | None:
    """「…分别是哪三个联城」 → 联城; None when the question names no kind after its count (「分别是哪4个」)."""
    m = _ASKED_HEAD.search(question)
    return m["head"] if m else None


def _named_after(kb: KB, counted: re.Match, head: str, count: int, plan: str | None) -> tuple[list[str], str] | None:
    """Members each named by a clause of their own after the group in the same paragraph
    (「大力实施“三大联城”行动，推动基础设施联城，推进…。推动高端产业联城，…」; 「针对4个相对集中的老旧居住片区…。
    在淮海路沿线里弄集中区（…），…在中部花园住宅集中区（…），…」): exactly ``count`` clauses whose name ends in
    ``head``, else None. The plan may put words between the count and the kind (「4个相对集中的老旧居住片区」), and
    print the count in either numerals (三个, 3个)."""
    numerals = "|".join([str(count)] + [c for c, n in _COUNTS.items() if n == count])
    group = re.compile(rf"(?<![0-9{_NUM}])(?:{numerals}){counted['m']}(?:[^，,。；;]{{0,10}}?的)?{re.escape(counted['kind'])}")
    for para in kb.paragraph_nodes:
        text = re.sub(r"[“”\"「」]", "", kb.norm_text.get(para, ""))
        if plan and plan_of(para) != plan or not (m := group.search(text)):
            continue
        # A parenthesis bounds a member (「（长乐路与南昌路之间）」), never names one.
        rest = re.sub(r"[(（][^()（）]*[)）]", "", text[m.end():])
        # Members printed as labels, each a name before its colon (「两个千亿级主导产业。智能信息产业：…数智健康产业：…」).
        labels = [n for n in re.findall(r"(?:^|[。；;])([^，,。；;:：、]{2,16})[:：]", rest) if n.endswith(head)]
        if len(labels) == count:
            return labels, para
        names = []
        for clause in re.split(r"[，,。；;:：]", rest):
            name = _MEMBER_LEAD.sub("", clause)
            if name.endswith(head) and len(head) < len(name) <= 16 and "、" not in name and name not in names:
                names.append(name)
        if len(names) == count:
            return names, para
    return None


def answer_counted_group(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「三个百亿园区是哪三个？」「三大主导产业指哪些？」: the members a counted group names, exactly as many as counted.

    The members are a 、-run printed right before the group's name, else the heads of the numbered paragraphs
    right after a lead-in naming it, else the lead-ins of the paragraphs under a heading that names it, else the 节 of a chapter whose own text names it; a plan that names the group without that many members answers nothing here.
    """
    q = re.sub(r"[“”\"「」]", "", question)
    if not _ASKS.search(q):
        return None
    for m in _COUNTED.finditer(q):
        count = int(m["n"]) if m["n"].isdigit() else _COUNTS[m["n"]]
        phrase = m.group(0)
        if count < 2:
            continue
        for para in kb.paragraph_nodes:
            if plan and plan_of(para) != plan or phrase not in kb.norm_text.get(para, ""):
                continue
            if names := _bracketed_after(kb.norm_text[para], phrase, count) or _enumerated_before(kb.norm_text[para], phrase, count):
                cite = kb.citation(para)
                return Answer(question, f"{phrase}是：" + "、".join(names) + "。", True, [Item(n, cite) for n in names], [cite], kind="list")
        if after := _named_after(kb, m, _asked_head(q) or m["kind"][-1], count, plan):
            names, para = after
            cite = kb.citation(para)
            return Answer(question, f"{phrase}是：" + "、".join(names) + "。", True, [Item(n, cite) for n in names], [cite], kind="list")
        if listed := _numbered_after(kb, phrase, count, m["kind"], plan):
            names, paras = listed
            cites = [kb.citation(p) for p in paras]
            return Answer(question, f"{phrase}是：" + "、".join(names) + "。", True,
                          [Item(n, c) for n, c in zip(names, cites)], cites, kind="list")
        if under := _named_under(kb, phrase, count, m["kind"], plan):
            names, heading = under
            cites = _cited(kb, heading, count)
            sections = [c for c in kb.children(heading) if kb.type(c) in ("Section", "Chapter")]
            # Members read from sub-headings are each cited to their own heading's first paragraph.
            own = _cited_each(kb, sections) if len(sections) == count else []
            items = [Item(n, own[k] if own else cites[0] if cites else None) for k, n in enumerate(names)]
            return Answer(question, f"{phrase}是：" + "、".join(names) + "。", True, items,
                          list(dict.fromkeys(cites + own)), kind="list")
    return None
