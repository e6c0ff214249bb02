"""A grade asked (「水质要达到几类」「公路按几级标准」): the class a plan sets, printed as a numeral and 类/级.

Plans set standards as grades, not amounts — 「湘江流域、潇水、石期河整体水质达到或优于Ⅲ类，饮用水水源地水质均达到或优于
Ⅱ类」 — which no figure reader takes for a value (Ⅲ is no digit). Asked 「…的水质25年要达到几类」, the grade is read from
the clause that names what is asked (most of its words between the previous grade and this one) — each grade of a
sentence is its own subject's, never the neighbour's.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.ngrams import bigrams

__all__ = ["asks_grade", "answer_grade"]

#: 「几类」「几级」「什么类别」「哪一级」: a grade asked (never 「哪几类」, which asks the classes listed).
_ASKS = re.compile(r"(?<!哪)几(?:类|级)|什么(?:类别|等级|级别)|哪一?(?:类|级)(?!别?[的有])")
#: A grade set in a clause (NFKC text: Ⅲ is III): the verb, an 或优于-like bound, the numeral and 类/级.
_GRADE = re.compile(r"(?P<verb>达到|优于|保持|提升到|提高到|为|达)(?P<bound>或优于|或好于|及以上|以上)?"
                    r"(?P<g>(?:IV|V|I{1,3}|[一二三四五])(?:类|级))")
#: Words of a question that name no subject (its year, modal, verb and particles).
_NOT_SUBJECT = re.compile(r"(?:到|至|在)?(?:19|20)\d\d年|要|将|需要|需|应|的|达到|优于|提升到|提高到|保持|整体|均|都|是|为|按")
_ROMAN = {"IV": "Ⅳ", "V": "Ⅴ", "III": "Ⅲ", "II": "Ⅱ", "I": "Ⅰ"}
#: The least share of the subject's bigrams the grade's own stretch of text must print.
_MIN_COVER = 0.75


def asks_grade(question: str) -> bool:
    """Whether ``question`` asks a grade (几类, 几级).

    >>> asks_grade("饮用水水源地水质要达到几类？"), asks_grade("特色小城镇分为哪几类？"), asks_grade("要建几个？")
    (True, False, False)
    """
    return bool(_ASKS.search(question))


def _as_printed(grade: str, raw: str) -> str:
    """The grade with its Roman numeral as the raw text prints it (III类 → Ⅲ类 where the plan prints Ⅲ)."""
    numeral = re.match(r"IV|V|I{1,3}", grade)
    if numeral and (roman := _ROMAN.get(numeral.group(0))) and roman in raw:
        return roman + grade[numeral.end():]
    return grade


def answer_grade(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The grade the plan sets for what ``question`` names, or None when it asks no grade or no clause names it.

    Parameters
    ----------
    kb : KB
        The served plans.
    question : str
        A question asking a grade (「湘江、潇水、石期河的水质2025年要达到几类」).
    plan : str, optional
        Only this plan's paragraphs.

    Returns
    -------
    Answer or None
        ``found`` with one item, the grade as printed (「达到或优于Ⅲ类」), its clause and citation.
    """
    ask = _ASKS.search(question)
    if ask is None:
        return None
    subject = _NOT_SUBJECT.sub("", normalise_text(question[: ask.start()]))
    grams = bigrams(subject)
    years = set(re.findall(r"(?:19|20)\d\d(?=年)", question))
    if len(grams) < 2:
        return None
    best: tuple[float, str, str, re.Match] | None = None
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text[para]
        for sentence in re.findall(r"[^。；;]+", text):
            if years and (said := set(re.findall(r"(?:19|20)\d\d(?=年)", sentence))) and not said & years:
                continue  # a grade set for another year
            start = 0
            for m in _GRADE.finditer(sentence):
                # The grade's own clause names its subject (「…提质改造,实现所有乡镇到中心城区公路基本达到三级」
                # sets no grade for 农村公路 named two clauses before).
                stretch = re.split(r"[，,]", sentence[start : m.start()])[-1]
                start = m.end()
                cover = len(grams & bigrams(stretch)) / len(grams)
                if cover >= _MIN_COVER and (best is None or cover > best[0]):
                    best = (cover, para, sentence, m)
    if best is None:
        return None
    _, para, sentence, m = best
    cite = kb.citation(para)
    grade = _as_printed(m.group("g"), cite.text or "")
    said = (m.group("verb") if m.group("verb") in ("达到", "优于", "保持") else "") + (m.group("bound") or "") + grade
    clause = sentence.strip("，, ")
    label = re.sub(r"[、，,]", "、", subject)
    return Answer(question, f"{label}：{said}（原文：“{clause}”）", True, [Item(said, cite, detail=clause)], [cite], kind="fact")
