"""「从多少降到多少」: both ends of a change the prose prints as 「由X…到Y」, with the measure that owns them.

Review chapters state a change by its two ends: 「民爆行业发生安全生产事故由21起大幅下降到7起，死亡人数由71人减少
至64人」, 「进出口总额由2010年的3.41亿美元增长到2015年的4.97亿美元」. A question asking both ends
(「安全生产事故起数是从多少降到多少」) is answered by the 由…到 clause whose own words (before 由) name the asked
measure — never by an indicator row of another kind that states only a target, nor by a neighbour's pair in the
same sentence.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from .measures import FROM_TO
from ..question.ngrams import bigrams
from .prose import CLASSIFIERS

__all__ = ["asked_subject", "answer_from_to"]

#: The words asking both ends (「是从多少降到多少」「由多少起下降到多少起」) and what follows them.
_ASKING = re.compile(r"(?:各自?|分别)?(?:是|要|将|能)?(?:从|由)多少.*$")
#: A comparison base said before the subject (「跟上一个五年比，」「与2015年相比」), no part of the measure.
_BASE = re.compile(r"^.*?(?:比|相比|对比|比较)[，,]")
#: A count named by its counting word (事故起数: 起; 死亡人数 is printed whole, 人数 stays).
_COUNT_NOUN = re.compile(r"(起|次|个|件|家|座|项)数$")


def asked_subject(question: str) -> str:
    """The measure a from–to question asks, as its own words ('' when it asks none).

    >>> asked_subject("跟上一个五年比，安全生产事故起数是从多少降到多少"), asked_subject("死亡人数从多少减少到多少？")
    ('安全生产事故起数', '死亡人数')
    """
    q = _BASE.sub("", normalise_text(question))
    q = re.split(r"[，,]", q)[-1] if re.search(r"[，,]", q) else q
    return re.sub(r"(?:的|是|要|将)+$", "", _ASKING.sub("", q))


def _said(subject: str, clause: str) -> float:
    """How much of ``subject`` the words of ``clause`` name (1.0: every bigram)."""
    grams = bigrams(subject)
    return len(grams & bigrams(clause)) / len(grams) if grams else 0.0


def answer_from_to(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """Both ends of the asked measure's change, from the 由…到 clause naming it; None when no clause does.

    Parameters
    ----------
    kb : KB
        The plans' indexes (paragraph texts normalised).
    question : str
        A question asking both ends (:func:`qa.question.frame.asks_start` gives ``"both"``).
    plan : str, optional
        Only this plan's paragraphs.

    Returns
    -------
    Answer or None
        A found figure answer with two items (the start, then the end), each citing the clause's paragraph; the
        measure named as printed (「民爆行业发生安全生产事故」) and each end's year when printed.
    """
    subject = asked_subject(question)
    counted = _COUNT_NOUN.search(subject)
    core = _COUNT_NOUN.sub("", subject) if counted else subject
    if len(core) < 2:
        return None
    best: tuple[float, str, str, re.Match] | None = None
    for para, text in kb.norm_text.items():
        if plan and plan_of(para) != plan:
            continue
        for m in FROM_TO.finditer(text):
            # the measure's own words: the clause before 由 (「死亡人数」 of 「…，死亡人数由71人减少至64人」)
            start = max(text.rfind(c, 0, m.start()) for c in "，,；;。：:") + 1
            owner = text[start : m.start()]
            if counted and not all(_counted(text, m, g).endswith(counted.group(1)) for g in (2, 3)):
                continue  # 「事故起数」 asked: the ends counted in 起
            # every word asked printed before 由 in its sentence (the clause may go on about the sentence's subject:
            # 「…安全生产事故由21起…，死亡人数由71人…」), the clause's own words the asked ones
            opening = max(text.rfind(c, 0, m.start()) for c in "。；;") + 1
            if _said(core, text[opening : m.start()]) < 0.7:
                continue
            score = _said(core, owner) + _said(owner, core)
            if score >= 0.5 and (best is None or score > best[0]):
                best = (score, para, owner, m)
    if best is None:
        return None
    _, para, owner, m = best
    text = kb.norm_text[para]
    first, last = _counted(text, m, 2), _counted(text, m, 3)
    end = re.search(rf"(?:到|至)((?:19|20)\d\d年)?的?{re.escape(m.group(3))}", m.group(0))
    start_year = f"（{m.group(1)}年）" if m.group(1) else ""
    end_year = f"（{end.group(1)}）" if end and end.group(1) else ""
    cite = kb.citation(para)
    clause = owner + text[m.start() : m.end(3) + len(last) - len(m.group(3))]
    said = f"{owner}：由{first}{start_year}到{last}{end_year}（原文：“{clause}”）。"
    return Answer(question, said, True, [Item(first, cite, detail=clause), Item(last, cite, detail=clause)],
                  [cite], kind="fact")


def _counted(text: str, m: re.Match, group: int) -> str:
    """A value of the match with the counting word printed right after it (21 of 「21起」 → 21起)."""
    word = re.match(rf"[{CLASSIFIERS}起人]", text[m.end(group) :])
    return m.group(group) + (word.group(0) if word and not re.search(r"[^\d.]$", m.group(group)) else "")
