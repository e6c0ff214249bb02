"""Follow-up questions about what the previous answer listed: 「它们的总投资是多少？」.

A chat keeps only the text of earlier turns; the previous question is asked
again (answers are deterministic) to get the items it listed. 它们/这些/上述
then means those items: the follow-up is asked about each, and the answers are
put together item by item. Too many items, or none, and the answer asks which
one is meant instead of guessing.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from .answer import Answer, Citation, Item
from .question.intent import DEICTIC_KINDS, classify_intent
from .index.kb import KB
from .outline.position import asks_position

__all__ = ["drop_deixis", "PLURAL", "SINGULAR", "MAX_REFERENTS", "listed_names", "ask_each", "which_of", "resolve_within", "structure_parts", "subset_parts", "join_parts", "ANSWER_POINTER", "point_at_answer"]

#: Words that point back at several things the previous answer listed.
PLURAL = re.compile(r"它们|(?:这些|上述|以上|这几个)(?:项目|园区|企业|工程|产业|指标|专栏|地方)?")

#: A pointer at one thing (它, 其); after a list with no single thing named, the answer asks which item.
SINGULAR = re.compile(r"它(?!们)")

#: Most items a follow-up is asked about one by one; beyond it the answer asks which is meant.
MAX_REFERENTS = 8
_NAME_CHARS = 30


_DEIXIS = re.compile(r"(?:那个|这个|那|这)" + DEICTIC_KINDS)


#: Kinds a pointer names that are the head of a work's name (妇幼保健中心项目); the others (指标, 线) are not.
_HEAD_KINDS = re.compile(r"项目|工程|园区|产业园|园|企业|灌区|水库|港口|港|大桥|桥|路")
#: 「妇幼保健中心那个项目」「鹤鸣那座桥」: a pointer right after a name (not after 的/里/中 …, which end no name);
#: 「废渣堆场、尾砂库这些地方」「A、B这两个园区」: after a run of names, the run;
#: 「“特色园区重点项目”那个专栏」: after a quotation, the thing quoted (a name in quotes, as titles are said);
#: 「大庆坪那个风电场」「河西那个工业园」: after a counting word, a kind of work named by a compound of its own
#: (风电场, 工业园, 污水处理厂) — the place's work of that kind, its name read whole.
_APPOSITION = re.compile(r"(?<=[\u4e00-\u9fff”」』》])(?<![的里中上说了在是和与及])(?:那|这)(?:些|[一两二三四五六七八九几]?[个座条家所处项])?"
                         rf"(?P<kind>(?:{_HEAD_KINDS.pattern})|(?:指标|地方|专栏|产业|生产线|线)"
                         r"|(?<=[个座家所处])(?P<compound>(?:(?![的之])[\u4e00-\u9fff]){1,4}?(?:园|场|站|厂|馆|院|中心|基地|码头))"
                         # 「临时堆场、临时道路这两处」: a counted 处 is itself the places named before it
                         r"|(?<=[一两二三四五六七八九几]处))")


#: 「那个专栏（专栏7.1）」「这个项目（项目3）」: a pointer the bracket after it numbers is that numbered thing,
#: named there, not a reference back to an earlier answer.
_NUMBERED_POINTER = re.compile(r"(?:那|这)个?" + DEICTIC_KINDS + r"(?=[（(][^）)]{0,6}[\d一二三四五六七八九十]+(?:\.\d+)*[）)])")


def drop_deixis(question: str, names: list[str]) -> str:
    """The question with a 那个/这个 that points at the name right before it read as apposition
    (「优速物流那个项目总投资」: 优速物流; 「妇幼保健中心那个项目」: 妇幼保健中心项目).

    Said after a name, 「那个项目」 is that name again, not an attribute nor a referent to resolve:
    a linked name (in ``names``) stands alone; an unlinked one takes the kind as its head (the
    genre's short names end in their kind: 妇幼保健中心项目 for 妇幼保健及计划生育服务中心搬迁项目),
    unless it ends in it already. Anywhere else (at the start, after 的 or a question mark) the
    pointer is left for the follow-up rules.

    Examples
    --------
    >>> drop_deixis("优速物流那个项目总投资和用地各是多少？", ["优速物流"])
    '优速物流总投资和用地各是多少？'
    >>> drop_deixis("那个项目总投资多少？", ["优速物流"])
    '那个项目总投资多少？'
    >>> drop_deixis("妇幼保健中心那个项目规划用地多少亩？", []), drop_deixis("电子产业园这个园区有多大？", [])
    ('妇幼保健中心项目规划用地多少亩？', '电子产业园有多大？')
    >>> drop_deixis("规划里那个项目投资多少？", []), drop_deixis("研发经费那个指标是多少？", [])
    ('规划里那个项目投资多少？', '研发经费是多少？')
    >>> drop_deixis("矿区废渣堆场、尾砂库这些地方要恢复多少亩植被？", []), drop_deixis("这些地方要恢复多少亩？", [])
    ('矿区废渣堆场、尾砂库要恢复多少亩植被？', '这些地方要恢复多少亩？')
    >>> drop_deixis("临时堆场、临时道路这两处要恢复多少亩植被？", []), drop_deixis("这两处要恢复多少亩？", [])
    ('临时堆场、临时道路要恢复多少亩植被？', '这两处要恢复多少亩？')
    >>> drop_deixis("“乡村振兴重点工程”那个专栏在哪一章？", []), drop_deixis("那个专栏（专栏3.2）在哪一章？", [])
    ('“乡村振兴重点工程”在哪一章？', '（专栏3.2）在哪一章？')
    """
    for name in sorted(set(names), key=len, reverse=True):
        question = re.sub(re.escape(name) + _DEIXIS.pattern, lambda m: name, question)

    def head(m: re.Match) -> str:
        kind = m.group("kind") or ""
        return kind if kind and (_HEAD_KINDS.fullmatch(kind) or m.group("compound")) and not question[: m.start()].endswith((kind, kind[0], kind[-1])) else ""

    return _APPOSITION.sub(head, _NUMBERED_POINTER.sub("", question))


def listed_names(kb: KB, answer: Answer) -> list[str]:
    """The names a found list answer gave, in its order, each once (an entity's own label where the item has one).

    Headings and phrases keep the label shown; an answer that is not a list of
    two or more things gives none.
    """
    if not answer.found:
        return []
    names = []
    for item in answer.items:
        node = item.entity
        name = kb.label(node) if node and node in kb.G and kb.type(node) not in ("Part", "Chapter", "Section", "Box") else item.label
        names.append(name)
    # A long label is a passage, not a name one could ask about.
    names = list(dict.fromkeys(n for n in names if n and len(n) <= _NAME_CHARS))
    return names if len(names) >= 2 else []


def which_of(question: str, pronoun: str, names: list[str]) -> Answer:
    """The clarifying answer for a singular pointer (它) after a list: which of the listed items is meant."""
    shown = "、".join(names[:MAX_REFERENTS]) + ("等" if len(names) > MAX_REFERENTS else "")
    return Answer(question, f"上一回答列出了{len(names)}项（{shown}），“{pronoun}”指其中哪一项？请写出名称再问。", False, kind="clarify")


def _plain(text: str) -> str:
    return re.sub(r"[（(][^）)]*[）)]|\s", "", text)


def ask_each(ask: Callable[[str], Answer], question: str, pronoun: str, names: list[str]) -> Answer:
    """``question`` asked about each of ``names`` in place of ``pronoun``, answers joined item by item.

    ``ask`` answers one question (an engine's ``ask`` with its scope bound). Each
    item is 「name：its answer」 with that answer's first citation; ``found`` when
    any item was answered. More than :data:`MAX_REFERENTS` names: a clarifying
    answer (``found`` False) asking which one is meant.
    """
    if len(names) > MAX_REFERENTS:
        shown = "、".join(names[:5])
        return Answer(question, f"上一回答列出了{len(names)}项（{shown}等），“{pronoun}”指其中哪一项？请写出名称再问。",
                      False, kind="clarify")
    items: list[Item] = []
    cites: list[Citation] = []
    for name in names:
        answer = ask(question.replace(pronoun, name, 1))
        first = answer.citations[0] if answer.found and answer.citations else None
        # An answer that already names its subject (「第21章…共有4节」) is not prefixed with it again.
        named = _plain(answer.answer).startswith(_plain(name)[:4])
        items.append(Item(answer.answer if named else f"{name}：{answer.answer}", first))
        if answer.found:
            cites += [c for c in answer.citations[:3] if c not in cites]
    found = any(i.citation is not None for i in items)
    text = f"“{pronoun}”指上一回答列出的{len(names)}项，逐项回答如下。"
    return Answer(question, text, found, items, cites, kind="list")


#: A pointer at one thing named in an earlier part of the same question (它, 该园区, 这个项目).
_POINTER = re.compile(r"它(?!们)|(?:该|这个|此)(?:园区|项目|工程|企业|产业|指标|专栏|章|篇|节)")
#: The parts of a question asked in several sentences (「第六十章的标题是什么？它属于哪一篇？」).
_PARTS = re.compile(r"[^？?。；;！!]+[？?。；;！!]?")
#: A heading or box named by its number: 第六十章, 第25章第2节, 专栏21.1.
_NUMBERED = re.compile(r"第\s*[0-9一二三四五六七八九十百〇零两]+\s*(?:[篇章节编]|部分)(?:第\s*[0-9一二三四五六七八九十百〇零两]+\s*节)?"
                       r"|专栏\s*[0-9]+(?:[.．][0-9]+)?")
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,40})[”\"」』]")


def _heading_quote(part: str) -> re.Match | None:
    """A quoted phrase of ``part`` that may be a heading's title (not a period's name such as “十三五”)."""
    return next((m for m in _QUOTED.finditer(part) if not re.fullmatch(r"[一二三四五六七八九十]+五", m.group(1))), None)


def _referent(part: str, named: Callable[[str], str | None]) -> str | None:
    """What one part of a question is about: a numbered heading or box, a quoted phrase, else a named thing."""
    # a period's name (“十五五”) dates the part; it is not what the part is about
    m = _NUMBERED.search(part) or _heading_quote(part)
    if m:
        return m.group(m.lastindex or 0)
    return named(part)


def resolve_within(question: str, named: Callable[[str], str | None]) -> list[str] | None:
    """The parts of a several-sentence question, a later part's 它 replaced by what an earlier part names.

    ``named(text)`` gives the thing a part names (an entity's name as the text spells
    it), or None. Returns None when no later part points back, or when what it points
    at is not named in the question (the caller then asks which one is meant).

    Examples
    --------
    >>> resolve_within("第六十章的标题是什么？它属于哪一篇？", lambda t: None)
    ['第六十章的标题是什么？', '第六十章属于哪一篇？']
    >>> resolve_within("它属于哪一篇？", lambda t: None) is None
    True
    >>> resolve_within("“十五五”湿地保护率要达到多少？这个指标是约束性的吗？", lambda t: "湿地保护率" if "湿地" in t else None)
    ['“十五五”湿地保护率要达到多少？', '湿地保护率是约束性的吗？']
    """
    parts = [p.strip() for p in _PARTS.findall(question) if p.strip()]
    if len(parts) < 2:
        return None
    out, changed = [parts[0]], False
    for i, part in enumerate(parts[1:], 1):
        m = _POINTER.search(part)
        if m is None:
            out.append(part)
            continue
        referent = next((r for earlier in reversed(parts[:i]) if (r := _referent(earlier, named))), None)
        if referent is None:
            return None
        if m.group(0)[-1] in "章篇节" and not referent.endswith(m.group(0)[-1]):
            # 「专栏7.1在哪一节？该节叫什么？」: 该节 is the section the answer gives, not 专栏7.1 (qa.followup.point_at_answer).
            out.append(part)
            continue
        out.append(part[: m.start()] + referent + part[m.end():])
        changed = True
    return out if changed else None


#: A later part pointing back at an indicator (这个指标 / 该指标 / 此指标 / 它): the one the earlier part's answer reads.
_INDICATOR_POINTER = re.compile(r"(?:该|这个|此|这一)指标|它(?!们)")


def indicator_parts(question: str) -> tuple[str, str] | None:
    """(first part, later part) of a two-sentence question whose later part points back at an indicator the first
    part names in words the plan does not print as a name (「粮食产能到2025年正文里说要达到多少？这个指标在表里是约束性
    还是预期性？」): the pointer is resolved by the first part's answer (:func:`indicator_answered`); None otherwise.

    >>> indicator_parts("粮食产能到2025年要达到多少？这个指标在表里是约束性还是预期性？")
    ('粮食产能到2025年要达到多少？', '这个指标在表里是约束性还是预期性？')
    >>> indicator_parts("粮食产能到2025年要达到多少？") is None
    True
    """
    parts = [p.strip() for p in _PARTS.findall(question) if p.strip()]
    if len(parts) != 2 or _INDICATOR_POINTER.search(parts[0]) or not _INDICATOR_POINTER.search(parts[1]):
        return None
    return parts[0], parts[1]


def indicator_answered(kb: KB, answer: Answer, plan: str | None) -> str | None:
    """The indicator row an answer is about: the longest indicator name printed in its text or in the sentence it cites
    (「粮食综合生产能力达到36万吨左右」 → 粮食综合生产能力); None when it names none."""
    from .index.kb import normalise_text, plan_of

    said = normalise_text(answer.answer + "".join(i.detail or "" for i in answer.items))
    cited = normalise_text(answer.citations[0].text) if answer.citations else ""
    names = {normalise_text(str(kb.attrs(n).get("name") or kb.label(n))) for n in kb.by_type.get("Indicator", [])
             if not plan or plan_of(n) == plan}
    for text in (said, cited):
        found = [n for n in names if len(n) >= 3 and n in text]
        if found:
            return max(found, key=len)
    return None


def point_at_indicator(part: str, name: str) -> str:
    """``part`` with its pointer replaced by the indicator's name (「这个指标在表里是…」 → 「粮食综合生产能力在表里是…」)."""
    return _INDICATOR_POINTER.sub(name, part, count=1)


#: Kinds asked about the plan's own structure.
_STRUCTURE_KINDS = {"structure_count", "structure_children", "structure_title", "multihop", "parent"}


def structure_parts(question: str) -> list[str] | None:
    """The parts of a several-sentence question about the plan's structure, each made whole.

    A later part naming no heading asks about the one the part before it names (「专栏31.1叫什么？在哪一章？」);
    a later part that is only another heading (「专栏5叫什么？专栏22呢？」) asks the same of it. None unless every part,
    so completed, asks about structure (figures are split by :mod:`qa.values.parts`).

    Examples
    --------
    >>> structure_parts("专栏31.1叫什么？在哪一章？")
    ['专栏31.1叫什么？', '专栏31.1在哪一章？']
    >>> structure_parts("专栏5的标题是什么？专栏22呢？")
    ['专栏5的标题是什么？', '专栏22的标题是什么？']
    >>> structure_parts("专栏5叫什么，专栏22呢？")
    ['专栏5叫什么？', '专栏22叫什么？']
    >>> structure_parts("规划一共几篇？第十一篇的标题是什么？")
    ['规划一共几篇？', '第十一篇的标题是什么？']
    >>> structure_parts("“加快建设特色园区”是第几节？有几个专栏？")
    ['“加快建设特色园区”是第几节？', '“加快建设特色园区”有几个专栏？']
    >>> structure_parts("专栏7.1在哪一章？这一章有几节？")
    ['专栏7.1在哪一章？', '这一章有几节？']
    >>> structure_parts("整个纲要一共分了几篇、多少章？")
    ['整个纲要一共分了几篇？', '整个纲要一共分了多少章？']
    >>> structure_parts("第六部分叫什么？有几节？"), structure_parts("第三章有几节？分别叫什么？")
    (['第六部分叫什么？', '第六部分有几节？'], ['第三章有几节？', '第三章包括哪几节？'])
    >>> structure_parts("香零山路多长？古城路呢？") is None, structure_parts("全县工业投资“十三五”是多少？“十四五”呢？") is None
    (True, True)
    """
    return _structure_parts(question, commas=False) or _structure_parts(question, commas=True)


def _structure_parts(question: str, *, commas: bool) -> list[str] | None:
    """:func:`structure_parts`, with ``commas`` each sentence's clauses outside quotes asked as parts too
    (「专栏2是关于什么的，放在哪一章？」) — tried only after the sentences alone, so a comma cuts a part only when
    every clause so completed asks about structure."""
    parts = []
    sentences = (p.strip() for p in _PARTS.findall(question) if p.strip())
    for p in (c for s in sentences for c in (_clauses(s) if commas else [s])):
        # 「专栏5叫什么，专栏22呢？」: a follow-up after a comma is a part of its own.
        m = re.search(r"[，,]\s*((?:那|还有)?\s*(?:" + _NUMBERED.pattern + r")\s*呢[？?]?)$", p)
        # 「一共分了几篇、多少章？」: two counts of one whole, each a part asked with the words before them.
        two = _TWO_COUNTS.match(p)
        parts += [p[: m.start()] + "？", m.group(1)] if m else \
            [two["pre"] + two["a"] + "？", two["pre"] + two["b"] + "？"] if two else [p]
    if len(parts) < 2:
        return None
    out: list[str] = []
    for part in parts:
        numbered = _NUMBERED.search(part)
        named = numbered or _heading_quote(part)
        earlier = next((m for o in reversed(out) if (m := _NUMBERED.search(o) or _heading_quote(o))), None)
        prev = next((o for o in reversed(out) if _NUMBERED.search(o)), None)
        if out and _EACH_NAMED.match(part) and (count := _COUNT_OF.search(out[-1])):
            # 「第三部分有几节？分别叫什么？」: the counted headings, each by its title.
            part = out[-1][: count.start()] + f"包括哪几{count.group(1)}？"
        elif prev and numbered and re.fullmatch(r"(?:那|那么|还有)?\s*" + re.escape(numbered.group(0)) + r"\s*呢[？?]?", part):
            part = prev.replace(_NUMBERED.search(prev).group(0), numbered.group(0), 1)
        elif out and not named and earlier and not ANSWER_POINTER.search(part):
            # 「“加快建设特色园区”是第几节？有几个专栏？」: the later part asks about what the earlier one names.
            part = earlier.group(0) + part.lstrip("它这其")
        out.append(part)
    # 「该节叫什么」 asks about the section an earlier answer gives: read as a numbered one (第1节叫什么) to classify it.
    probes = [ANSWER_POINTER.sub(lambda m: "第1" + m.group(1), p) for p in out]
    if any(classify_intent(p).kind not in _STRUCTURE_KINDS and not asks_position(p) for p in probes):
        return None
    return out


def _clauses(sentence: str) -> list[str]:
    """A sentence's clauses at the commas outside quotes, each ended as a question.

    >>> _clauses("专栏2是关于什么的，放在哪一章？"), _clauses("“提升品质，完善功能”在第几章？")
    (['专栏2是关于什么的？', '放在哪一章？'], ['“提升品质，完善功能”在第几章？'])
    """
    shielded = _QUOTED.sub(lambda m: "Q" * len(m.group(0)), sentence)
    cuts = [m.start() for m in re.finditer(r"[，,]", shielded)]
    if not cuts:
        return [sentence]
    pieces = [sentence[a + 1 if a >= 0 else 0: b] for a, b in zip([-1, *cuts], [*cuts, len(sentence)])]
    return [x.strip().rstrip("？?") + "？" for x in pieces if x.strip().rstrip("？?")]


#: Two counts of levels asked in one clause (「几篇、多少章」「几章和几节」).
_TWO_COUNTS = re.compile(r"^(?P<pre>.*?)(?P<a>(?:几|多少)个?(?:篇|章|节|部分|专栏))(?:、|和|及|，|,)(?:又|共|一共)?"
                         r"(?P<b>(?:几|多少)个?(?:篇|章|节|部分|专栏))[？?]?$")
#: A later part asking the titles of what the part before it counted (「分别叫什么」「都是什么」).
_EACH_NAMED = re.compile(r"^(?:它们|这些)?(?:分别|都|各自?)(?:叫什么(?:名字)?|是什么|是哪些|的标题是什么)[？?]?$")
_COUNT_OF = re.compile(r"(?:共|一共|总共)?有几个?(节|章|篇|部分|专栏)")
#: A later part pointing at the heading an earlier part's answer gave (「专栏7.1在哪一章？这一章有几节？」).
ANSWER_POINTER = re.compile(r"(?:这一?|该|此|那一?)(篇|章|节|部分)")


def point_at_answer(kb: KB, part: str, previous: Answer | None) -> str:
    """``part`` with 这一章/该节 replaced by the heading of that level the previous part's answer gave, quoted by its
    title (「这一章有几节」 → 「“实施制造业倍增工程…”有几节」); unchanged when it points at none or none was given."""
    from .outline.structure import heading_chain, level_type

    m = ANSWER_POINTER.search(part)
    if previous is None or not previous.found:
        return part
    if m is None:
        # 「第三章有几节？第四节叫什么？」: a section named by its number alone is one of the chapter just answered.
        if _BARE_SECTION.match(part):
            chapters = {h for item in previous.items if item.entity and item.entity in kb.G
                        for h in [item.entity, *heading_chain(kb, item.entity)] if kb.type(h) == "Chapter"}
            if len(chapters) == 1:
                return _named_as(kb, chapters.pop()) + part
        return part
    want = level_type(kb, m.group(1))
    for item in previous.items:
        node = item.entity
        if not node or node not in kb.G:
            continue
        for heading in [node, *reversed(heading_chain(kb, node))]:
            if kb.type(heading) == want:
                return part[: m.start()] + _named_as(kb, heading) + part[m.end():]
    return part


_LEVEL_WORD = {"Part": "篇", "Chapter": "章", "Section": "节"}
#: A part naming a section by its number alone (「第四节叫什么」).
_BARE_SECTION = re.compile(r"^第[0-9一二三四五六七八九十]+节")


def _named_as(kb: KB, heading: str) -> str:
    """How a question names ``heading``: its numbered path where the plan numbers it so (第4章第2节), else its title quoted."""
    from .outline.structure import heading_chain

    if not kb.label(heading).startswith("第"):
        return f"“{kb.attrs(heading).get('title') or kb.label(heading)}”"
    path = [h for h in [*heading_chain(kb, heading), heading] if kb.type(h) in ("Chapter", "Section")] \
        if kb.type(heading) == "Section" else [heading]
    return "".join(f"第{kb.attrs(h).get('number')}{_LEVEL_WORD[kb.type(h)]}" for h in path)


_COUNTED_NOUN = re.compile(r"(?:多少|几)(?P<c>个|项|家|条|所|座)(?P<noun>[\u4e00-\u9fff]{1,6}?)(?:[？?。]|$)")
_SUBSET = re.compile(r"^(?:那么?)?其中(?P<sub>[^，,？?]{1,10}?)的?(?:有|占)?(?:几|多少)(?P<c>个|项|家|条|所|座)")


def subset_parts(question: str) -> list[str] | None:
    """「指标表一共列了多少项指标？其中约束性的有几项？」: a count, then a count of a subset of the same things.

    >>> subset_parts("指标表一共列了多少项指标？其中约束性的有几项？")
    ['指标表一共列了多少项指标？', '约束性指标有几项？']
    >>> subset_parts("新建多少所学校？投资多少？") is None
    True
    """
    parts = [p.strip() for p in _PARTS.findall(question) if p.strip()]
    if len(parts) != 2 or not (whole := _COUNTED_NOUN.search(parts[0])) or not (sub := _SUBSET.match(parts[1])):
        return None
    return [parts[0], f"{sub.group('sub')}{whole.group('noun')}有几{sub.group('c')}？"]


def join_parts(question: str, answers: list[Answer]) -> Answer:
    """One answer to a several-part question: each part's answer in turn, numbered; found when any part is.

    A part answered by what an earlier part already said (「…要达到多少？这个指标是约束性还是预期性？」, the row
    giving both) is not said twice.

    >>> a = Answer("q", "湿地保护率：55%，属性为约束性。", True, kind="indicator")
    >>> join_parts("q", [a, a]).answer
    '湿地保护率：55%，属性为约束性。'
    """
    answers = [a for k, a in enumerate(answers) if all(a.answer != b.answer for b in answers[:k])]
    if len(answers) == 1:
        return replace(answers[0], question=question)
    text = "".join(f"（{i}）{a.answer}" for i, a in enumerate(answers, 1))
    items = [item for a in answers for item in a.items]
    cites: list[Citation] = []
    for a in answers:
        cites += [c for c in a.citations if all((c.plan, c.id) != (o.plan, o.id) for o in cites)]
    return Answer(question, text, any(a.found for a in answers), items, cites,
                  kind=answers[0].kind if len({a.kind for a in answers}) == 1 else "multi")
