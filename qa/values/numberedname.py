"""A number asked inside a name the plan prints with it (「托育中心按几分钟生活圈的标准来建」「主干道按双向几车道改造」).

Plans set standards by names that carry a number — 「按照五分钟生活圈居住区配套设施设置标准，建立若干普惠性社区托育
中心」「城区主干道按双向六车道标准改造」 — which no figure reader takes for an amount (the number names a kind of
thing, no quantity of it). Asked with 几 inside the name, the answer is the name as printed with its number, read
in the clause naming the asked subject — each numbered name of a sentence its own clause's subject's — or, where the
sentence prints only one such name, anywhere in that sentence (the subject may follow the standard it is built to).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from kg.extract.units import UNITS

from ..index.kb import KB, normalise_text, plan_of
from ..question.frame import MEASURE_UNITS
from ..question.ngrams import bigrams

__all__ = ["answer_numbered_name"]

#: 几 and the name it opens (「几分钟生活圈的配套标准」): the name's words are matched against the plan's, longest first.
_ASKED = re.compile(r"(?<![哪第])几(?P<rest>[\u4e00-\u9fff]{2,8})")
#: Names opening with a counting word (几个, 几项, 几年) ask a count, 几类/几级 a grade, and a unit (几亩, 几米) an
#: amount: other readers answer those.
_COUNTING = re.compile(r"[个项条座家所台张处辆名套户栋年月日天次批种类级倍成]")
_AMOUNT_UNITS = tuple(sorted({*MEASURE_UNITS, *UNITS}, key=len, reverse=True))
#: The words before the standard's name that say it is the standard (按, 按照, 是按): the subject comes before them.
_BY = re.compile(r"(?:是|要)?(?:按照|按|依照|参照|执行)")
#: Words of the subject that name nothing (modal, particles).
_NOT_SUBJECT = re.compile(r"要|将|需要|需|应|的|是|都|均")
#: A number as the plan prints it inside a name.
_NUMBER = r"[0-9一二三四五六七八九十两百]+"
#: The least share of the subject's bigrams the name's clause (or sentence) must print.
_MIN_COVER = 0.75


def answer_numbered_name(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The numbered name (十五分钟生活圈, 六车道) the plan sets for the asked subject, cited; None when the question asks
    no number inside a name, names no subject, or no clause naming the subject prints such a name."""
    q = normalise_text(question)
    ask = _ASKED.search(q)
    if ask is None or _COUNTING.match(ask["rest"]) or ask["rest"].startswith(_AMOUNT_UNITS):
        return None
    before = q[: ask.start()]
    by = list(_BY.finditer(before))
    subject = _NOT_SUBJECT.sub("", before[: by[-1].start()] if by else before).strip("，,")
    lead = before[by[-1].end():] if by else ""
    grams = bigrams(subject)
    if len(grams) < 1 or len(subject) < 2:
        return None
    best: tuple[float, int, str, str, str] | None = None
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        for sentence in re.findall(r"[^。；;]+", kb.norm_text[para]):
            found = [(m, k) for k in range(len(ask["rest"]), 1, -1)
                     for m in re.finditer(re.escape(lead) + _NUMBER + re.escape(ask["rest"][:k]), sentence)]
            for m, k in found:
                clause = next(c for c in _clauses(sentence) if c[0] <= m.start() < c[1])
                cover = len(grams & bigrams(sentence[clause[0]: clause[1]])) / len(grams)
                if cover < _MIN_COVER and len({f.start() for f, _ in found}) == 1:
                    cover = len(grams & bigrams(sentence)) / len(grams)
                if cover >= _MIN_COVER and (best is None or (cover, k) > best[:2]):
                    best = (cover, k, para, sentence, m.group(0))
    if best is None:
        return None
    _, _, para, sentence, name = best
    cite = kb.citation(para)
    clause = sentence.strip("，, ")
    return Answer(question, f"{subject}：按{name}（原文：“{clause}”）", True, [Item(name, cite, detail=clause)], [cite],
                  kind="fact")


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each comma clause of ``sentence``."""
    spans, start = [], 0
    for m in re.finditer(r"[，,]", sentence):
        spans.append((start, m.start()))
        start = m.end()
    return spans + [(start, len(sentence))]
