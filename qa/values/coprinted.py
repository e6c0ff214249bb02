"""A part of a several-figure question read in a sentence the plan prints its measure in beside the others.

「城区路灯的装灯率和亮灯率分别定的多少？」 is asked of a plan printing 「实现中心城区道路装灯率100%，实现亮灯率98%」.
Asked alone, 「城区路灯的装灯率定的多少」 names 路灯, which that clause never prints, and each part was refused — with
no citation — although one sentence answers both. A part the answerers did not find is read here in the sentences
already cited for the question (the whole question's passages, the parts' near figures): its measure printed once,
a value right after it, and every word the question gives it besides (城区, 路灯) said by that sentence — printed,
or, for a two-character word, each character printed before the measure (路灯: 道路装灯率). A sentence naming
another owner (乡镇, 老城区) says nothing for the part, which stays refused; so does a part asking a year (the
sentence may be another year's figure).
"""
from __future__ import annotations

import re

from ..answer import Answer, Citation, Item
from ..index.bm25 import tokenize
from ..index.kb import normalise_text
from .prose import values_in
from ..question.frame import PERIOD_TEXT, YEAR_TEXT

__all__ = ["coprinted_answers"]

#: Words between a measure and its value that only state it (「装灯率达到98%」「比例不低于80%」).
_STATING = re.compile(r"^(?:要|将|力争)?(?:达到|达|提高到|提升到|稳定在|保持在|控制在|不低于|不少于|超过|为|是|实现)?")
#: Words of a part's question that name nothing it is of (years, verbs, question words, 的).
_ASKING = re.compile(r"(?:到|至|在)?(?:19|20)\d\d年|分别|各自?|多少|几|是|为|有|要|将|能|定的?|达到|到|的|呢|[，,？?。]")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[。；;！!]", normalise_text(text)) if s]


def _head_said(head: str, sentence: str, end: int) -> bool:
    """Whether every word of ``head`` is said by ``sentence`` (printed, or a two-character word's characters each
    printed up to the measure's ``end``: 路灯 by 道路装灯率)."""
    for word in tokenize(head):
        if len(word) < 2 or word in sentence:
            continue
        if not (len(word) == 2 and all(c in sentence[:end] for c in word)):
            return False
    return True


def _read(label: str, head: str, sentence: str, citation: Citation, question: str) -> Answer | None:
    """The part's answer from ``sentence``: its measure printed once with a value right after it, its head said."""
    measure = normalise_text(label).replace("的", "")
    plain = sentence.replace("的", "")
    if len(measure) < 2 or plain.count(measure) != 1:
        return None
    at = plain.find(measure)
    rest = plain[at + len(measure):]
    stated = _STATING.match(rest).end()
    values = values_in(rest, stated)
    if not values or values[0].start() != stated or not _head_said(head, plain, at + len(measure)):
        return None
    value = values[0].group(0)
    tail = rest[values[0].end():]
    value += m.group(0) if (m := re.match(r"以上|以下|左右", tail)) else ""
    clause = next(c for c in re.split(r"[，,]", sentence) if measure in c.replace("的", ""))
    return Answer(question, f"{label}：{value}（原文：“{clause}”）", True, [Item(value, citation, detail=clause)],
                  [citation], kind="fact")


def coprinted_answers(texts: list[str], labels: list[str], answers: list[Answer], cited: list[Citation]) -> list[Answer]:
    """``answers`` with each part not found read in a sentence of ``cited`` that prints its measure (``labels``) with
    a value right after it and says the rest of what the part (``texts``) asks; the others kept."""
    out = list(answers)
    for i, (text, label, answer) in enumerate(zip(texts, labels, answers)):
        if answer.found or "给出的是" in answer.answer or re.search(YEAR_TEXT + "|" + PERIOD_TEXT, text):
            continue  # a year asked (or another one given instead) is the answerers' to verify, never read here
        measure = normalise_text(label).replace("的", "")
        head = _ASKING.sub("", normalise_text(text).replace("的", "").replace(measure, "", 1))
        for citation in cited:
            got = next((a for s in _sentences(citation.text) if (a := _read(label, head, s, citation, text))), None)
            if got:
                out[i] = got
                break
    return out
