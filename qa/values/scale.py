"""A scale asked (「新能源产业集群要做到多大规模」「要打造什么规模的外贸产业集群」): the grade the plan prints before the
thing's name.

Plans state the size they aim at as a grade of magnitude in the name's place — 「打造千亿级新能源产业集群」「培育百亿级
龙头企业3家」「打造新一代信息技术千亿级外贸产业集群」 — which no figure reader takes for a value (千亿级 has no unit).
The grade answers only where the name printed after it begins with the asked thing's last words and the words of the
asked thing it does not hold stand before the grade in the same clause (新一代信息技术 … 千亿级 外贸产业集群): a grade
printed for a neighbour (「先进光伏和新型储能五百亿级外贸产业集群」 asked of 新一代信息技术) answers nothing.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.ngrams import bigrams

__all__ = ["SCALE_ASKED", "answer_scale"]

#: 「多大规模」「什么规模的」「什么量级」「规模要做到多大」: a scale asked, no amount.
SCALE_ASKED = re.compile(r"(?:多大|什么|哪种|啥|怎样)(?:样)?的?(?:规模|量级|体量|能级)|规模(?:要|将|能)?(?:有|达到|做到|搞到|到)?多大")
#: A grade of magnitude printed before a name (千亿级, 五百亿级, 5000亿级, 万亿级, 10万千瓦级, 万亩级).
_GRADE = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九两]?[十百千]?)(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)"
                    r"(?:元|吨|千瓦|亩|人|平方米|辆|标箱)?级(?:以上)?的?")
#: Words of the question around the thing asked that name nothing (modal, verb, particles).
_ASKING_WORDS = re.compile(r"^(?:要|将|计划|力争|争取)?(?:打造|培育|建设|建成|形成|做到|做成|做大到|发展成|发展为|达到|搞到|是)?(?:成|为)?")
_TAIL_WORDS = re.compile(r"(?:要|将|计划|力争|争取)?(?:打造|培育|建设|建成|形成|做到|做成|发展|达到|搞到|做)?(?:成|为|到)?(?:的)?$")
_YEAR = re.compile(r"(?:19|20)\d\d(?=年)")


def _asked_words(question: str, ask: re.Match) -> str:
    """The thing asked about: the words before the ask (its owner) and after it (its kind), question words dropped."""
    before = _TAIL_WORDS.sub("", re.sub(r"^(?:到|至|在)?(?:19|20)\d\d年(?:底|末)?[，,]?", "", question[: ask.start()]))
    after = _ASKING_WORDS.sub("", re.sub(r"^的|[？?。！!]+$|(?:呢|吗)$", "", question[ask.end():]))
    return re.sub(r"[“”\"，,]", "", before + after)


def _named_after(pre: str, post: str, subject: str) -> bool:
    """Whether the name printed after a grade (``post``), with the clause's words before it (``pre``), is ``subject``:
    the longest end of the subject the name begins with, the rest of it printed before the grade."""
    k = next((k for k in range(len(subject), 1, -1) if post.startswith(subject[-k:])), 0)
    if k == 0:
        return False
    rest = subject[: len(subject) - k]
    return not rest or rest in pre or (len(grams := bigrams(rest)) >= 2 and len(grams & bigrams(pre)) / len(grams) >= 0.75)


def answer_scale(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The grade the plan prints before the asked thing's name (「千亿级」), cited; None when none is printed for it."""
    q = normalise_text(question)
    ask = SCALE_ASKED.search(q)
    if ask is None:
        return None
    subject = _asked_words(q, ask)
    if len(subject) < 2:
        return None
    years = set(_YEAR.findall(q))
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        for sentence in re.findall(r"[^。；;]+", kb.norm_text[para]):
            if years and (said := set(_YEAR.findall(sentence))) and not said & years:
                continue  # a grade set for another year
            for clause in re.split(r"[，,：:]", sentence):
                for m in _GRADE.finditer(clause):
                    if _named_after(clause[: m.start()], clause[m.end():], subject):
                        grade = m.group(0).removesuffix("的")
                        cite = kb.citation(para)
                        return Answer(question, f"{subject}：{grade}（原文：“{clause}”）", True,
                                      [Item(grade, cite, detail=clause)], [cite], kind="fact")
    return None
