"""「新一代信息技术要打造什么规模的外贸产业集群？」: the scale a plan prints before a thing it builds (千亿级外贸产业集群).

Plans size what they build by a 级 word before its name — 千亿级产业集群, 五百亿级外贸产业集群, 百万吨级码头 — and say
whose it is just before the scale, in the same clause (「打造新一代信息技术千亿级外贸产业集群，先进光伏和新型储能、汽车和零部件
五百亿级外贸产业集群」). A question asking 什么规模/多大规模/什么量级 of a thing is answered by that word, owner by owner:
an owner the question names must be printed between the clause's start (or the scale before it) and the scale;
one the plan does not print there is refused, saying what the plan gives instead, and so is a year asked that is
neither the plan's horizon nor printed with the scale.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, plan_of
from ..question.frame import PERIOD_TEXT, YEAR_TEXT, years_in
from ..question.intent import normalise_question
from ..values.prose import plan_horizon

__all__ = ["scale_asked", "answer_scale"]

#: 「什么规模的」「多大规模」「什么量级」: the question asks a scale.
_ASKED = re.compile(r"(?:什么|多大|何种|哪种|哪个|啥|怎样)(?:样的?)?(?:规模|量级|级别|能级|体量)(?:的)?"
                    r"|(?:规模|体量)(?:要|将|能)?(?:有|达到|做到|搞到|到)?多大")
#: A printed scale word: 千亿级, 五百亿级, 万亿级, 百万吨级, 10万吨级 (an amount of 万/亿, maybe a unit, then 级).
_SCALE = re.compile(r"(?:[0-9.]+|[一二三四五六七八九十两百千]+)?(?:万亿|亿|万)(?:元|吨|千瓦|辆|人|台|套|标箱)?级")
_CLAUSE = re.compile(r"[^，,；;。！？!?：:]+")
#: Words of a question that name neither the owner nor the thing.
_HELPERS = re.compile(r"^(?:规划|纲要|建议|中|里|提出|明确)*|(?:要|将|计划|拟|需要|重点)?(?:打造|建设|建成|培育|形成|发展|壮大|做成|做大|做到|达到|搞到|建)?成?$")


def scale_asked(question: str) -> bool:
    """Whether ``question`` asks the scale of a thing.

    >>> scale_asked("新一代信息技术要打造什么规模的外贸产业集群？"), scale_asked("汽车产业集群是多大规模？")
    (True, True)
    >>> scale_asked("新能源产业集群规模要做到多大？")
    True
    >>> scale_asked("规模以上工业增加值增长多少？")
    False
    """
    return bool(_ASKED.search(normalise_question(question)))


def _wanted(question: str) -> tuple[str, str] | None:
    """(owner words, thing words) of a scale question: before and after its question words (「X要打造什么规模的Y」), or
    the whole before them (「X的Y是什么规模」: the thing found in the text, the rest the owner).

    >>> _wanted("新一代信息技术要打造什么规模的外贸产业集群？")
    ('新一代信息技术', '外贸产业集群')
    >>> _wanted("规划要打造多大规模的产业集群"), _wanted("到2030年汽车要打造什么规模的产业集群")
    (('', '产业集群'), ('汽车', '产业集群'))
    """
    q = normalise_question(question).rstrip("?？。呢")
    m = _ASKED.search(q)
    if not m:
        return None
    before, after = q[: m.start()], q[m.end():]
    before = re.sub(rf"(?:到|至|在)?(?:{YEAR_TEXT}|{PERIOD_TEXT})(?:前|底|末|时期|期间)?[，,]?", "", before)  # the year: checked apart
    before = re.sub(r"(?:的)?(?:是|为|有|达到|达)$", "", before)
    return _HELPERS.sub("", before), after


def _printed(kb: KB, plan: str | None):
    """(paragraph, owner segment, scale, thing text after it, clause) for every scale word the plan prints."""
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan or "级" not in kb.norm_text[para]:
            continue
        for clause in _CLAUSE.findall(kb.norm_text[para]):
            start = 0
            for m in _SCALE.finditer(clause):
                yield para, clause[start : m.start()], m.group(0), clause[m.end():], clause
                start = m.end()


def answer_scale(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The scale printed before the asked thing, of the owner the question names (each owner's when it names none);
    ``found: false`` naming what the plan gives when the owner named is printed with no scale of that thing;
    None when the plan prints no scale of the thing at all."""
    wanted = _wanted(question)
    if wanted is None:
        return None
    owner, thing = wanted
    hits = []
    for para, segment, scale, rest, clause in _printed(kb, plan):
        # 「X的Y是什么规模」: the thing is the printed name the question's words end with
        name = thing or next((rest[:k] for k in range(len(rest), 1, -1) if owner.endswith(rest[:k])), "")
        if len(name) < 2 or not rest.startswith(name):
            continue
        who = owner[: len(owner) - len(name)].rstrip("的") if not thing else owner
        hits.append((para, segment, scale + name, clause, who))
    if not hits:
        return None
    owned = [h for h in hits if h[4] and h[4] in h[1]]
    who = hits[0][4]
    if who and not owned:
        # the owner asked is printed with no scale of the thing: never another owner's scale
        name = _SCALE.sub("", hits[0][2], count=1)
        given = "；".join(dict.fromkeys(h[3] for h in hits[:3]))
        return Answer(question, f"规划未写明{who}的{name}规模；规划写的是：“{given}”。",
                      False, citations=list(dict.fromkeys(kb.citation(h[0]) for h in hits[:3])), kind="fact")
    chosen = owned or hits
    horizon = plan_horizon(kb, plan)
    if (years := years_in(normalise_question(question))) and years[0] != horizon \
            and not any(str(years[0]) in kb.norm_text[h[0]] for h in chosen):
        # a year the plan gives no scale for (2035 where the plan runs to 2030): never the plan's own
        return Answer(question, f"规划未写明{years[0]}年的{_SCALE.sub('', chosen[0][2], count=1)}规模；规划写的是"
                      f"（规划期至{horizon}年）：“{chosen[0][3]}”。", False, citations=[kb.citation(chosen[0][0])], kind="fact")
    items = [Item(scale_name, kb.citation(para), detail=clause) for para, _, scale_name, clause, _ in chosen]
    said = "；".join(f"{who + '：' if who else ''}{scale_name}（原文：“{clause}”）" for _, _, scale_name, clause, who in chosen[:4])
    return Answer(question, said + "。", True, items, list(dict.fromkeys(i.citation for i in items)), kind="fact")
