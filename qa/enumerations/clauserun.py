"""The 、-run printed in the sentence that says what the question asks, where no kind word names its members.

Plans list a whole's members inside the clause that names the whole or the act done to them, the kind never printed
after each one: 「提高养老机构消防技防水平，安装火灾自动报警、自动喷淋设施和电气火灾监控系统以及故障电弧探测器」
(「养老机构要安装哪些消防设施」), 「保障消防救援人员公租房、廉租房、保障房、人才公寓」 (「给消防救援人员保障哪些住房」),
「建立健全文物保护工程勘察、设计、施工、监理、技术审核质量负责制」 (「…质量负责制覆盖哪些环节」),
「保持对盗窃、盗掘、…、诈骗等文物违法犯罪活动的高压态势」 (「要严厉打击哪些文物违法犯罪活动」).

:func:`answer_clause_run` takes the one sentence holding most of the question's words (:data:`_SHARE`, the run's own
words left out), and in it the run whose neighbouring words are the question's; the members are the run's slots, the
first cut after the words that lead it, the last before the words that follow it. One sentence, one run: the members
of one passage about the asked whole, nothing gathered from elsewhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..passages.extractive import content_bigrams
from ..question.frame import years_in
from ..vocabulary import masked_joiners, unmasked_joiners

__all__ = ["answer_clause_run"]

#: What a members question ends with: group ``kind`` the kind asked, maybe empty (「有哪些环节」「哪些住房」「包括哪些」).
_ASKED = re.compile(r"(?:主要|具体|分别|都)?(?:有|是|包括|包含|涉及|覆盖)?(?:哪些|哪几[个条项种类类]?)(?P<kind>[\u4e00-\u9fff]{0,10})[？?]?$")
#: What a heading lists as its parts, asked with no kind after 哪几条 (「保障措施有哪几条」): no run of one sentence.
_PARTS = re.compile(r"(?:措施|举措|任务|目标|原则|要求|保障)$")
#: Share of the question's content bigrams (subject and kind) the sentence must hold outside its run.
_SHARE = 0.7
#: Words that lead a run's first member and are no part of it (「保持对盗窃」「要求把A」).
_LEAD = re.compile(r"^.*(?:[对把将向给在为以]|包括|包含|主要有|即|：|:)")
#: Joiners inside a run's last slot (「A和B以及C」): more members.
_LAST_JOINERS = re.compile(r"以及|和|及|与")
#: Where a run's last member ends: 等 closing it, 的 describing, 为主/为重点.
_TAIL = re.compile(r"等|的|为主|为重点")


@dataclass(frozen=True)
class _Run:
    """A 、-run in one clause: its ``members``, the text ``before`` its first member and ``after`` its last."""
    members: tuple[str, ...]
    before: str
    after: str


def _runs(clause: str, grams: set[str]) -> list[_Run]:
    """The 、-runs of three or more members in ``clause``; a slot holding 等 closes one run and may open the next.

    >>> [r.members for r in _runs("保持对盗窃、盗掘、盗捞、走私等文物违法犯罪活动的高压态势", {"打击"})]
    [('盗窃', '盗掘', '盗捞', '走私')]
    >>> [r.members for r in _runs("安装火灾自动报警、自动喷淋设施和电气火灾监控系统以及故障电弧探测器", {"安装"})]
    [('火灾自动报警', '自动喷淋设施', '电气火灾监控系统', '故障电弧探测器')]
    >>> [r.members for r in _runs("建立健全文物保护工程勘察、设计、施工、监理、技术审核质量负责制", {"工程", "质量", "负责"})]
    [('勘察', '设计', '施工', '监理', '技术审核')]
    """
    masked = masked_joiners(clause)
    slots = masked.split("、")
    runs, start = [], 0
    while start < len(slots) - 1:
        end = start + 1
        while end < len(slots) - 1 and "等" not in slots[end] and "," not in slots[end]:
            end += 1
        first = slots[start]
        cut = max(_LEAD.match(first).end() if _LEAD.match(first) else 0,
                  max((first.rfind(g) + 2 for g in grams if g in first), default=0))
        head = first[cut:]
        last = slots[end]
        tail_at = min([m.start() for m in [_TAIL.search(last)] if m] +
                      [last.find(g) for g in grams if last.find(g) > 0] + [len(last)])
        tail = last[:tail_at]
        inner = [s for s in slots[start + 1 : end]]
        lasts = [p for p in _LAST_JOINERS.split(tail) if p] if not _LAST_JOINERS.fullmatch(tail) else [tail]
        members = tuple(unmasked_joiners(m) for m in [head, *inner, *lasts])
        # a quoted run is a name's own words (「“一套房、一间房、一张床”的…体系」), no members of what is asked
        if len(members) >= 3 and all(2 <= len(m) <= 16 and not re.search(r"[“”\"]", m) for m in members):
            runs.append(_Run(members, unmasked_joiners(first[:cut]), unmasked_joiners(last[tail_at:])))
        start = end if "等" in slots[end] else end + 1
    return runs


def answer_clause_run(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「养老机构要安装哪些消防设施」: the members of the run in the sentence that says most of the question, cited.

    None when the question quotes a name (asked by other answerers) or asks no members, or when no sentence holds
    :data:`_SHARE` of its words outside a run whose neighbouring words (before its first member or after its last)
    are the question's.
    """
    said = normalise_text(question)
    asked = _ASKED.search(said)
    if "“" in said or not asked:
        return None
    subject = re.sub(r"(?:要|将|的|是|有|给)(?=[\u4e00-\u9fff])", "", said[: asked.start()])
    if not asked.group("kind") and _PARTS.search(subject):
        return None  # 「保障措施有哪几条」 asks a heading's parts (qa.enumerations.lists.answer_titled_topic)
    grams = content_bigrams(subject + "|" + asked.group("kind"))
    cuts = content_bigrams(subject)  # the kind (设施) may end a member's own name: only the subject's words cut one
    if len(grams) < 3 or len(cuts) < 2:  # 「有哪些重点项目」 says no more than the kind: the plan's lists of it answer
        return None
    asked_years = set(years_in(said))  # 「到2029年要基本建成哪些」: a sentence dated otherwise says another year's
    best: tuple[float, str, _Run, str] | None = None
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan or "、" not in kb.norm_text[para]:
            continue
        for sentence in re.split(r"[。；;！!？?]", kb.norm_text[para]):
            if not asked_years <= set(years_in(sentence)):
                continue
            for clause in re.split(r"[，,]", sentence):
                for run in _runs(clause, cuts):
                    outside = sentence.replace("、".join(run.members), "|")
                    share = len({g for g in grams if g in outside}) / len(grams)
                    near = run.before[-8:] + "|" + run.after[:10]
                    if share < _SHARE or not any(g in near for g in grams):
                        continue
                    if best is None or share > best[0]:
                        best = (share, para, run, sentence)
    if best is None:
        return None
    _, para, run, sentence = best
    cite = kb.citation(para)
    items = [Item(m, cite) for m in run.members]
    text = f"规划列出{len(run.members)}项：" + "、".join(run.members) + f"（原文：“{kb.printed(para, sentence)}”）。"
    return Answer(question, text, True, items, [cite], kind="list")
