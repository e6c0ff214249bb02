"""Where a box, a heading or a quoted phrase sits, asked in words that name no heading level:
「专栏2放在主要任务的哪一块里？」「专栏1放在哪一块？」「“推进湖泊治理”在什么位置？」.

The answer is the thing's place as the plan prints it (the headings above it, 篇/章/节 or 一、/（一）). When the
question names a heading it is under (「主要任务的哪一块」), the part of that heading holding it answers —
the heading right below the named one on its path; a thing not under the named heading is said to be elsewhere,
with its real place. Questions asking a level (在哪一章, 属于第几篇) stay with :mod:`qa.outline.structure`.
"""
from __future__ import annotations

import re

from ..answer import Answer
from .headcount import headings_named
from ..checks.unprinted import place_names, unprinted_thing
from ..question.intent import Intent, quoted_phrase
from ..index.kb import KB, normalise_text, plan_of
from ..question.link import Link
from ..enumerations.numbered import item_of, item_title, member_of
from .structure import LEVEL_TYPES, heading_chain, heading_item, named_headings, numbered_heading

__all__ = ["POSITION_ASKED", "asks_position", "answer_position", "placed_subject"]

#: The kinds of heading action plans and programmes title their parts by (「（三）实施“技能强企”行动」「三、重点任务」);
#: 哪个工程/园区/领域 ask what a thing belongs to (qa.enumerations.lists.answer_parent), not where the plan prints it.
_KINDS = r"(?:行动|任务|部分|板块|方面|专题)"
#: Words asking for a place that name no level (哪一块, 什么位置, 哪个方面, 哪里); 「放在哪个行动下面」 names the kind of heading
#: the plan titles its parts by, 「哪部分下面」「哪一个下面」 a heading above it.
_PLACE = (r"(?:哪一?块|哪一?个?板块|什么位置|哪个位置|哪一?个?方面|什么地方|哪个地方|哪里|哪儿|哪一?个?标题下"
          r"|哪一?[个项]?[\u4e00-\u9fff]{0,6}?(?:下面|下边|之下|底下)|哪一?[个项]?" + _KINDS + r"(?:里面|里边|里|中|下)?"
          # 「属于主要任务里的哪一项」: 哪一项 ending the question asks the item a thing sits under
          r"|哪一?项(?:里|中|下)?(?=[？?]*$))")
#: A level asked inside a named heading (「主要任务的哪一部分」「第四章的哪一节」).
_LEVEL = r"(?:哪一|哪个|哪|第几)(?:篇|章|节|部分|小节)"
_VERB = r"(?:放在|放到|写在|列在|列入|排在|安排在|编在|归在|归入|位于|属于|处在|处于|在)"
#: 「放在主要任务的哪一块里」: the verb, an optional heading it is under, the place asked.
POSITION_ASKED = re.compile(rf"{_VERB}(?:规划|纲要)?(?:中|里)?(?P<under>(?:(?!哪|第几|什么)[^，,？?。的]){{2,24}}?)(?:里|中)?的(?:{_PLACE}|{_LEVEL})|{_VERB}(?:规划|纲要)?(?:中|里)?的?{_PLACE}"
                            # 「X是哪个行动的内容」「X是哪一块里的」
                            rf"|是(?:规划|纲要|方案)?(?:中|里)?的?哪一?个?(?:{_KINDS}|块)(?:里|中|下)?的")
_QUOTES = re.compile(r"[“”\"'‘’「」『』]")
#: Words that place a thing in the plan's text rather than on the ground (哪一块, 规划的哪里, 什么位置).
_IN_PLAN = re.compile(r"块|板块|位置|方面|标题|部分|规划|纲要|文中|的(?:哪一|哪个|哪|第几)|下面|下边|之下|底下|哪一?[个项]?" + _KINDS)
#: Verbs of being mentioned: the question asks where a phrase occurs, all of them.
_MENTIONED = re.compile(r"提到|提及|出现|说到|讲到|写到|谈到")
#: 「是放在…」「…的」 around the thing asked, no part of its words.
_AROUND_SUBJECT = re.compile(r"^(?:请问)?(?:规划|纲要|方案)?(?:中|里)?(?:的)?|(?:是|被|都|又|具体)+$")
#: 「推广应用超低能耗建筑这项工作放在…」: a pointer after the words asked (这项工作, 这个任务, 这件事) — or the kind it
#: names, left where the engine reads the pointer as apposition (推广应用超低能耗建筑任务) — is no printed part of them.
_POINTER = re.compile(r"(?:这|那)一?(?:[项个件条块]?(?:工作|任务|内容|事情|事|举措|措施)|[项个件条块])$")
_ASKERS_KIND = re.compile(r"(?<=.{4})(?:工作|任务|事项|内容|举措|措施)$")
#: The same without 都, which also ends names (青禾国际设计之都).
_AROUND_NAME = re.compile(r"^(?:请问)?(?:规划|纲要|方案)?(?:中|里)?(?:的)?|(?:是|被|又|具体)+$")
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[)）])")


def asks_position(question: str) -> bool:
    """Whether ``question`` asks where something sits in words :func:`answer_position` reads.

    >>> asks_position("专栏2放在主要任务的哪一块里？"), asks_position("专栏1放在哪一块？"), asks_position("专栏2在哪一章？")
    (True, True, False)
    >>> asks_position("数字政府建设放在规划哪一章的第几节？")
    False
    >>> POSITION_ASKED.search("堤防达标属于主要任务里的哪一项？").group("under"), asks_position("哪一项指标最高？")
    ('主要任务', False)
    >>> asks_position("“加强水土保持工作”放在哪一项主要任务下面？")
    True
    >>> asks_position("跨铁通道是放在哪项行动里的？"), asks_position("绿道建设写在哪项任务中？")
    (True, True)
    """
    asked = normalise_text(question)
    # 「“新型学徒制”在哪里提到了」 asks every place it is mentioned (the xref answer), not one position.
    return POSITION_ASKED.search(asked) is not None and not _MENTIONED.search(asked)


def placed_subject(kb: KB, question: str, intent: Intent, links: list[Link], plan: str | None, *,
                   asked_by: re.Pattern = POSITION_ASKED, in_plan: bool = False) -> tuple[str | None, str | None]:
    """(the node asked about, how the answer names it): a box, a numbered heading, a quoted heading or phrase,
    else a named thing's first paragraph; (None, None) when the question names none of them. The words before
    ``asked_by``'s match are the subject; ``in_plan`` says the wording asks a place in the plan's text, whatever words."""
    if intent.box:
        return kb.box(intent.box, plan=plan), f"专栏{intent.box}"
    asked = normalise_text(question)
    before = asked[: m.start()] if (m := asked_by.search(asked)) else asked
    if numbered := re.match(r"^(?:第[0-9一二三四五六七八九十百〇零两]+[篇章节部分])+", before):
        # 「第五章第二节放在哪一块」: the whole numbered path before the verb.
        return numbered_heading(kb, numbered.group(0), plan=plan), numbered.group(0)
    phrase = quoted_phrase(question)
    if phrase:
        _, found = named_headings(kb, (_ENUMERATOR.sub("", phrase),), plan=plan)
        if found:
            return found[0], None
        paras = kb.printing(phrase, plan=plan)
        return (paras[0], f"“{phrase}”") if paras else (None, f"“{phrase}”")
    if not in_plan and not _IN_PLAN.search(asked):
        return None, None  # 「优速物流在哪里」 asks its site (qa.passages.site), not its place in the plan
    # (a name ending in one of the words around it — 青禾国际设计之都 — is printed whole: read whole first)
    whole = _QUOTES.sub("", before)
    readings = []
    for trimmed in (_AROUND_NAME.sub("", whole), _AROUND_SUBJECT.sub("", whole)):
        said = _POINTER.sub("", trimmed)
        readings += [said, _ASKERS_KIND.sub("", said)]
    for said in dict.fromkeys(readings):
        if len(said) >= 4 and (titled := [r.node for r in kb.headings.rows if r.title and said in normalise_text(r.title)
                                          and (not plan or plan_of(r.node) == plan)]):
            # 「零碳园区建在哪个园区」: words a heading prints (（七）建设零碳园区和近零碳区域试点) are that heading's;
            # 「北中环科创产业集聚带建设放在哪一部分」 too — its title says the place, where a thing whose name only
            # resembles the words (北中环科创产业集聚带园区, linked below) may stand elsewhere. Before the first printing:
            # 「营商环境在哪一部分」 is where a title treats it (1.打造一流营商环境), not a review naming it in passing.
            return min(titled, key=kb._reading_order), f"“{said}”"
        if len(said) >= 4 and (paras := kb.printing(said, plan=plan)):
            # 「推行中国特色企业新型学徒制是放在哪个行动下面的」: the words asked as the plan prints them, quoted or not.
            return paras[0], f"“{said}”"
    if missing := unprinted_thing(kb, _AROUND_NAME.sub("", whole), plan=plan, places=place_names(kb)):
        return None, missing  # 「零陵通用机场放在哪一块」: a thing never printed is not placed by the words it shares
    for link in links[:1]:
        paras = kb.source_paragraphs(link.node, plan=plan) or kb.mentions(link.node, plan=plan)
        if paras:
            return min(paras, key=kb._reading_order), link.label
    return None, None


def answer_position(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「专栏2放在主要任务的哪一块里？」: the place a box, heading or phrase has among the plan's headings, cited."""
    m = POSITION_ASKED.search(normalise_text(question))
    if not m:
        return None
    node, name = placed_subject(kb, question, intent, links, plan)
    if node is None:
        return Answer(question, f"规划中未找到{name}。", False, kind="structure") if name else None
    is_heading = kb.type(node) in LEVEL_TYPES.values()
    name = kb.heading(node) if is_heading else name
    chain = heading_chain(kb, node)
    if not chain:
        return None
    path = " / ".join(kb.heading(n) for n in chain)
    under = _QUOTES.sub("", m.group("under") or "")
    named = (headings_named(kb, _ENUMERATOR.sub("", under), plan=plan_of(node)) or
             named_headings(kb, (under,), plan=plan_of(node))[1]) if under else []
    above = next((n for n in named if n in chain), None)
    if above is None and named and kb.type(node) == "Paragraph" and name and name.startswith("“"):
        # 「“堤防达标”属于主要任务里的哪一项」: the words printed under the heading named, when they are printed in a
        # review chapter first — the place asked is the one under that heading.
        words = name.strip("“”")
        for p in sorted((p for p in kb.paragraph_nodes if plan_of(p) == plan_of(node) and words in kb.norm_text[p]),
                        key=kb._reading_order):
            if (a := next((n for n in named if n in (c := heading_chain(kb, p))), None)) is not None:
                node, chain, above = p, c, a
                path = " / ".join(kb.heading(n) for n in chain)
                break
    if above is not None:
        # 「主要任务的哪一块」: the part of the named heading that holds it, the one right below it on its path.
        target = chain[chain.index(above) + 1] if chain[-1] != above else above
        text = f"{name}放在{kb.heading(above)}的{kb.heading(target)}下（{path}）。" if target != above else \
            f"{name}直接放在{kb.heading(above)}下（{path}）。"
    elif named:
        target = chain[-1]
        text = f"{name}不在{kb.heading(named[0])}之下；它位于{path}。"
    else:
        # 「放在哪个行动下面」: the deepest heading above it titled by the kind asked, else the one right above it.
        kind = re.search(r"哪一?[个项]?(" + _KINDS + ")", normalise_text(question))
        target = next((n for n in reversed(chain) if kind and kind.group(1) in kb.heading(n)), chain[-1])
        # A heading above it titled so (三、重点任务 for 哪个任务) is said with its part that holds it.
        below = f"的{kb.heading(chain[chain.index(target) + 1])}下" if target != chain[-1] else ""
        text = f"{name}位于{kb.heading(target)}{below}（{path}）。"
    if numbered := ((item_of(kb, node) or member_of(kb, node)) if kb.type(node) == "Paragraph" else None):
        # 「9.推行中国特色企业新型学徒制。」「第五，实现农业机械化。」: a numbered item says which one it is (or, for words
        # inside it or a paragraph going on after it, whose).
        title = item_title(kb, numbered.paragraph)
        text = text.rstrip("。") + (f"，为其中第{numbered.number}条。" if name == f"“{title}”" else f"，见第{numbered.number}条“{title}”。")
    cite = kb.citation(node) if kb.type(node) == "Paragraph" else None
    item = heading_item(kb, target)
    cites = [cite] if cite else ([c for c in [heading_item(kb, node).citation] if c] if is_heading or kb.type(node) == "Box" else [])
    return Answer(question, text, True, [item], cites or ([item.citation] if item.citation else []), kind="structure")
