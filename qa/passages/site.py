"""「优速物流在哪？」「湘江东路零陵段从哪到哪？」: where a work is sited, or where a road runs, as the plan prints it.

A plan states a work's site in the item naming it — 「选址零陵区潇湘大道西侧」「项目位于…」 — and a
road's extent as 「古城路至木石冲路」 or 「南起日升路，北至晓深塘高架桥」. The answer is that clause,
cited, read only in the paragraphs about the asked work. A work whose items give no site says so
(never another work's site, never a passage about something else). 「在哪一章」 asks for the
heading instead and is left to :mod:`qa.outline.structure`.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.link import Link

__all__ = ["SITE_ASKED", "answer_site"]

#: Asking where a work is or runs (not where the plan treats it: 哪一章/哪一篇 …).
SITE_ASKED = re.compile(
    r"在哪(?:里|儿)?(?:建|落地|选址)?(?:[？?。]|$)|[搬迁建落]到哪|选址|位于哪|建在哪|落在哪|坐落|地点|位置在|具体位置"
    r"|落户(?:在|到)?哪|设在哪|(?:建|设|放|落|布局)在哪(?:个|些)(?:城市|省|市|县|区|镇|乡|地方|地区)"
    r"|从哪(?:里|儿)?到哪|哪(?:里|儿)到哪|起止|起点|终点|起讫|[东南西北]起哪|[东南西北]至哪|止于哪|起于哪")

#: 「在哪一章」「哪个专栏里」: the plan's own place of a work, answered by the structure answerers.
_PLAN_PLACE = re.compile(r"章|篇|节|专栏|部分|规划(?:里|中)的?哪")

#: 「专栏26.2里的…」「第二章中…」: a box or heading said first scopes the question; it asks no plan's place.
_SCOPE_FIRST = re.compile(r"^(?:在)?(?:专栏[0-9]{1,3}(?:\.[0-9]{1,2})?|第[0-9一二三四五六七八九十百]{1,4}[篇章节])"
                          r"(?:(?:里面|里|中|内|上)(?:的|提到的|说的|列的)?|的)")

#: Things that have a site: works and parks (a place is itself a where).
_SITED = ("Project", "Park", "Organization")

#: A site as printed: 「选址零陵区潇湘大道西侧、火车站公交首末站南侧」「项目位于零陵区内永州大道处」.
_SITE = re.compile(r"(?:选址(?:于|在)?|位于|地处|坐落于?|建于|布局在)(?P<where>[^，,；;。]+)")

#: A road's extent: 「南起日升路，北至晓深塘高架桥」.
_BOUNDS = re.compile(r"(?:[东南西北])起[^，,；;。]+[，,](?:[东南西北])至[^，,；;。）)]+")

#: 「古城路至木石冲路」「（萍洲路至泉南高速）」「（萍洲东路-日升东路延伸段）」: two places joined by 至 in a clause or a
#: bracket of its own, or by a dash inside a bracket only (回收—拆解—分选 in prose is a chain, not a road's ends).
_SPAN = re.compile(r"(?:^|[，,（(；;])(?P<span>[^，,（(；;。）)]{2,16}至[^，,（(；;。）)]{2,16})(?=[，,）)；;。]|$)"
                   r"|[（(](?P<dashed>[^，,（(；;。）)]{2,16}(?:—|－|-)[^，,（(；;。）)]{2,16})[）)]")

#: Figures and words that make a 「A至B」 clause a range or a time, not a road's ends.
_NOT_ENDS = re.compile(r"\d|年|月|期间|提高|增长|达到|万|亿|[已将而]至|至[、，]")


def _sites(text: str) -> list[str]:
    """The site clauses printed in one paragraph, in reading order."""
    found = [(m.start(), m.group(0)) for m in _SITE.finditer(text)]
    found += [(m.start(), m.group(0)) for m in _BOUNDS.finditer(text)]
    found += [(m.start(), span) for m in _SPAN.finditer(text) if (span := m.group("span") or m.group("dashed"))
              and not _NOT_ENDS.search(span)]
    sites = list(dict.fromkeys(s for _, s in sorted(found)))
    return [s for s in sites if not any(s != other and s in other for other in sites)]


def _about(kb: KB, node: str) -> list[str]:
    """Paragraphs about a work: the box items or sentences it was read from, then those naming it."""
    label = normalise_text(kb.label(node))
    paras = list(dict.fromkeys(kb.source_paragraphs(node) + kb.mentions(node)))
    naming = [p for p in paras if label[:4] in kb.norm_text.get(p, "")] or paras
    # The item titled by the work (「循环经济产业园。项目选址…」) before prose that only mentions it.
    return sorted(naming, key=lambda p: not kb.norm_text.get(p, "").startswith(label[:4]))


def _own_clauses(kb: KB, node: str, para: str) -> str:
    """The text of ``para`` that is about ``node``: from its name to the next 。 that starts another work."""
    text = str(kb.attrs(para).get("text") or "")
    label = kb.label(node)
    at = text.find(label)
    if at < 0:
        return text if text.startswith(label[:4]) or len(kb.source_paragraphs(node)) == 1 else ""
    return text[at:]


#: 「世界技能大赛综合训练中心建在哪个城市」: the words before the site asked, when they link to no work.
_ASKED_THING = re.compile(r"^(?:请问)?(?:规划|方案|纲要)?(?:中|里)?(?:的|提到的|说的|要建的|要建设的)?(?P<x>.{4,30}?)(?:要|将|准备|计划|打算)?"
                          r"(?:建在|建到|放在|布局在|落在|落户在|落户到|落户|选址在?|设在|位于|坐落在|在)哪")
#: 「在长沙建设…」: a place printed right before the verb that builds the thing, in its own clause.
_BUILT_IN = re.compile(r"在(?P<where>[^，,；;。、在]{2,12}?)(?:建设|新建|建成|设立|布局|打造|组建)(?:[0-9一二三四五六七八九十两]+[个座所处家])?$")
#: 「在黑龙江三江平原、吉林中部…等地区，选择条件好的县建设商品粮基地」: the places a sentence opens with, in a
#: clause of their own, where a later clause of it builds the thing.
_LEADING_PLACES = re.compile(r"^在(?P<where>[^，,；;。]{2,80}?)(?:等)?(?:地区|地方|区域|省份|城市|地)$")
_BUILDS = re.compile(r"(?:建设|新建|建成|设立|布局|打造|组建)$")


def _printed_site(kb: KB, question: str, *, plan: str | None) -> Answer | None:
    """The site of a thing the graph holds no work for, read in the sentences printing its name: a site clause
    (选址/位于, 「在A建设X」) in the clause naming it; none → ``found: false`` saying the plan names it without a site.
    None when the question's thing is not printed in the plan."""
    m = _ASKED_THING.match(normalise_text(question))
    if not m:
        return None
    thing = m["x"]
    paras = [p for p in kb.paragraph_nodes if (not plan or plan_of(p) == plan) and thing in kb.norm_text[p]]
    if not paras:
        return None
    for para in paras:
        for sentence in re.split(r"[；;。]", kb.norm_text[para]):
            clauses = re.split(r"[，,]", sentence)
            for c, clause in enumerate(clauses):
                if thing not in clause:
                    continue
                # Only what is printed before the thing (「在A建设X」) or after it (「X位于A」) in its own clause, or
                # the places the sentence opens with when this clause builds the thing (「在A、B等地区，…建设X」).
                before, _, after = clause.partition(thing)
                where = [w["where"] for w in _BUILT_IN.finditer(before)] + _sites(after)
                if not where and _BUILDS.search(before) and c and (lead := _LEADING_PLACES.match(clauses[0])):
                    where = [lead["where"]]
                if where:
                    item = Item(thing, kb.citation(para), detail="；".join(where))
                    return Answer(question, f"{thing}：{'；'.join(where)}。", True, [item], [item.citation], kind="fact")
    return Answer(question, f"规划中提到{thing}，但没有写明它建在哪里（所在的城市或具体位置）。", False, [],
                  [kb.citation(p) for p in paras[:2]], kind="fact")


def answer_site(kb: KB, question: str, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """The site or extent of the asked work, with its citation; ``found: false`` when its items give none.

    Parameters
    ----------
    question : str
        Holds :data:`SITE_ASKED` and no word asking for the plan's own place (章/篇/节/专栏); a box or
        heading said first (「专栏26.2里的X选址在哪」) only scopes it.
    links : list of Link
        Entities linked in the question; the first project, park or organisation is the asked work.

    Returns
    -------
    Answer or None
        ``None`` when the question asks no site or names no work.
    """
    q = _SCOPE_FIRST.sub("", normalise_text(question))
    if not SITE_ASKED.search(q) or _PLAN_PLACE.search(q):
        return None
    work = next((link for link in links if link.type in _SITED and (not plan or plan_of(link.node) == plan)), None)
    if work is None:
        # A place asked (零陵古城在哪里) is itself a where; a thing the graph holds no work for is read in the text.
        return None if any(link.type == "Place" for link in links) else _printed_site(kb, q, plan=plan)
    label = kb.label(work.node)
    for para in _about(kb, work.node):
        sites = _sites(_own_clauses(kb, work.node, para))
        if sites:
            where = "；".join(sites)
            item = Item(label, kb.citation(para), entity=work.node, detail=where)
            return Answer(question, f"{label}：{where}。", True, [item], [item.citation], kind="fact")
    cited = [kb.citation(p) for p in _about(kb, work.node)[:2]]
    if (place := _named_place(kb, label, plan_of(work.node))) is not None:
        # 「石湖荡重型燃机项目」: no site clause, but the name opens with a town the plan prints (石湖荡镇) — where it is
        item = Item(place, cited[0] if cited else None, entity=work.node, detail=label)
        return Answer(question, f"规划没有单列{label}的选址；从项目名称看，它在{place}。", True, [item], cited, kind="fact")
    return Answer(question, f"规划中没有写明{label}的具体位置或起止点。", False, [], cited, kind="fact")


#: An administrative unit's own word after its name (石湖荡镇 → 石湖荡), which a work's name leaves off.
_UNIT_WORD = re.compile(r"(?:镇|街道|乡|村|区|县|市|新城)$")


def _named_place(kb: KB, label: str, plan: str | None) -> str | None:
    """The place a work's name opens with (「石湖荡重型燃机项目」: 石湖荡镇), one the plan prints as a place and not the plan's
    own area (its title's 松江区 says nothing of where in it); None when the name opens with none."""
    title = "".join(normalise_text(kb.label(n)) for n in kb.by_type.get("Plan", []) if plan is None or plan_of(n) == plan)
    name = normalise_text(label)
    for node in kb.by_type.get("Place", []):
        if plan and plan_of(node) != plan:
            continue
        place = normalise_text(kb.label(node))
        stem = _UNIT_WORD.sub("", place)
        if len(stem) >= 2 and stem not in title and len(name) > len(place) and name.startswith((place, stem)):
            return place
    return None
