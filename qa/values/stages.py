"""Figures a plan dates by a stage of a five-year period, not by a year.

Review chapters print a measure once and go on with its figures stage by stage:
「三次产业结构“十三五”初期为19.1%、46.0%、34.9%，“十三五”收关期达到18.4%、39.8%、41.8%」. The second clause
names no measure of its own; it goes on about the one its sentence names. A question asking a stage
(「十三五收关期三次产业结构是多少」「…到十三五收关的时候是多少」) is answered by the clause printing that stage
after the measure in one sentence — the stage's figures, never the clause before it (another stage).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..question.frame import PERIOD_TEXT
from ..index.kb import KB, normalise_text, plan_of
from .prose import SENTENCE, values_in

__all__ = ["asked_stage", "stage_answer"]

#: Stages as printed, by the stage they name: the end (收关期, 收官期, 末期, 期末), the start (初期), the middle.
_STAGES = {"end": r"收关期|收官期|收关之年|收官之年|末期|期末", "start": r"初期|开局之年|开局期", "middle": r"中期"}
#: How a question says a stage in speech (「十三五收关的时候」「收官那年」).
_SPOKEN = (
    (re.compile(r"收[关官](?:的?时候|时|那年|那一年|阶段)"), "收关期"),
    (re.compile(r"开局(?:的?时候|时|那年|那一年|阶段)"), "初期"),
)
_PERIOD = re.compile(PERIOD_TEXT)
#: A period's end said bare (「十三五末」「“十三五”末的时候」), read as its end stage only where no year answers it.
_PERIOD_END = re.compile(rf"({PERIOD_TEXT})末(?![期年])")


def _spoken(question: str) -> str:
    for pattern, said in _SPOKEN:
        question = pattern.sub(said, question)
    return question


def asked_stage(question: str, *, period_end: bool = False) -> tuple[str, str] | None:
    """(period asked or '', stage kind: end, start or middle) when ``question`` asks a stage of a period; with
    ``period_end``, a period's end said bare (十三五末) is its end stage too.

    >>> asked_stage("三次产业结构到十三五收关的时候是多少？")
    ('十三五', 'end')
    >>> asked_stage("“十三五”初期三次产业结构是多少？")
    ('十三五', 'start')
    >>> asked_stage("十三五末财政总收入多少") is None  # a period's end is a year (qa.checks.ownership), no stage
    True
    >>> asked_stage("十三五末三次产业结构是多少", period_end=True)
    ('十三五', 'end')
    """
    q = _spoken(normalise_text(question))
    if period_end and (m := _PERIOD_END.search(q)):
        return re.sub(r"[“”\"]", "", m.group(1)), "end"
    for kind, words in _STAGES.items():
        m = re.search(rf"({PERIOD_TEXT})?(?:的)?({words})", q)
        if m:
            period = re.sub(r"[“”\"]", "", m.group(1) or "")
            return period, kind
    return None


def _clauses_after(sentence: str, at: int) -> list[str]:
    """The clause of ``sentence`` holding position ``at`` and the clauses after it."""
    start = max(sentence.rfind(c, 0, at) for c in "，,：:") + 1
    return [c for c in re.split(r"[，,]", sentence[start:]) if c]


def stage_answer(kb: KB, question: str, measure: str, *, plan: str | None = None,
                 period_end: bool = False) -> Answer | None:
    """The figures of ``measure`` at the stage ``question`` asks, from the clause printing that stage after the
    measure in one sentence; None when the question asks no stage or no sentence prints it.

    Parameters
    ----------
    kb : KB
        The plans' indexes (paragraph texts normalised).
    question : str
        The question as read (「三次产业结构到十三五收关的时候是多少」).
    measure : str
        The asked measure as the frame reads it; a stage or a period in it is left out (收关期三次产业结构 →
        三次产业结构).
    plan : str, optional
        Only this plan's paragraphs.
    period_end : bool
        Read a period's end said bare (十三五末) as its end stage (收关期, 末期).

    Returns
    -------
    Answer or None
        A found figure answer: one item holding the stage's values as printed (「18.4%、39.8%、41.8%」), its
        clause and paragraph cited; a stage printed for another period than the asked one does not answer.
    """
    stage = asked_stage(question, period_end=period_end)
    if stage is None:
        return None
    period, kind = stage
    name = re.sub(rf"{PERIOD_TEXT}末?|{'|'.join(_STAGES.values())}", "", _spoken(normalise_text(measure)))
    name = re.sub(r"^(?:到|在)|(?:到|在|的)+$", "", name)
    if len(name) < 2:
        return None
    for para, text in kb.norm_text.items():
        if plan and plan_of(para) != plan:
            continue
        for sentence in SENTENCE.findall(text):
            at = sentence.find(name)
            if at < 0:
                continue
            for clause in _clauses_after(sentence, at):
                m = re.search(rf"({PERIOD_TEXT})?(?:的)?(?:{_STAGES[kind]})", clause)
                if not m:
                    continue
                printed = re.sub(r"[“”\"]", "", m.group(1) or "")
                if period and printed and printed != period:
                    continue  # 「“十二五”末期」 for a 十三五 asked
                values = [v.group(0) for v in values_in(clause, m.end())]
                if not values:
                    continue
                said = "、".join(values)
                cite = kb.citation(para)
                when = (f"“{printed}”" if printed else "") + re.sub(rf"^.*?(?={_STAGES[kind]})", "", m.group(0))
                return Answer(question, f"{name}（{when}）：{said}（原文：“{clause}”）。", True,
                              [Item(said, cite, detail=clause)], [cite], kind="fact")
    return None
