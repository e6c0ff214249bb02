"""What a 「X是什么」 question asks when the plan says it in one clause, not in a list.

Plans define their subject in a sentence of its own (「数字经济是继农业经济、工业经济之后的主要
经济形态，是以数据资源为关键要素…的新经济形态」) and name a period's theme and main line in the
genre's 「以A为主题，以B为主线」. A question asking 「数字经济是什么」 or 「…发展的主题是什么」 is
answered with that sentence or that A, cited — never with a list some other sentence announces
about the same subject (its problems, its goals).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from .extractive import content_bigrams
from ..index.kb import KB, plan_of
from ..enumerations.lists import first_sentences
from ..question.ngrams import bigrams

__all__ = ["answer_defining"]

#: 「X是什么」「X指什么」「X是指什么」: the thing asked, then the question word.
_WHAT_IS = re.compile(r"^(?:请问)?(.{2,30}?)(?:是什么|指什么|是指什么|指的是什么|是啥)[？?。]?$")
#: 「什么是X」: the question word first.
_WHAT_IS_FIRST = re.compile(r"^(?:请问)?什么(?:是|叫)(.{2,30}?)[？?。]?$")
#: The genre's 「以A为主题」「以B为主线」: what a period's theme, main line or orientation is.
_TAKES_AS = re.compile(r"以([^，,。；;以]{2,40}?)为(主题|主线|导向|根本动力|根本目的|战略基点|首要任务|根本保证|核心|引领|重点)")
#: Share of the asked phrase's other words (十五五时期经济社会发展) the sentence or its paragraph must hold.
_PLACED = 0.6
#: Longest asked thing read as the subject of a defining sentence (「数字经济」, not a whole clause).
_SUBJECT_CHARS = 12


def _plan_label(kb: KB, para: str) -> str:
    """The title of the plan ``para`` belongs to (「青溪县…规划纲要」: its place is every paragraph's)."""
    node = next((n for n in kb.by_type.get("Plan", []) if plan_of(n) == plan_of(para)), None)
    return kb.label(node) if node else ""


def answer_defining(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「数字经济是什么？」 → the plan's sentence 「数字经济是…」; 「…发展的主题是什么？」 → A of 「以A为主题」.

    The defining sentence opens with the asked thing followed by 是 (a paragraph's or a
    sentence's start, 「数字经济是…」), at most 300 characters of it given. A theme asked
    (主题, 主线, …: the asked phrase's last word) is the A of 「以A为<that word>」 in a paragraph
    holding most of the asked phrase's other words. Nothing such → None (other answerers,
    or not found).
    """
    m = _WHAT_IS.match(re.sub(r"\s+", "", question)) or _WHAT_IS_FIRST.match(re.sub(r"\s+", "", question))
    if not m:
        return None
    asked = m.group(1).rstrip("的")
    paras = [p for p in kb.paragraph_nodes if not plan or plan_of(p) == plan]
    head = next((h for h in ("主题", "主线", "导向", "根本动力", "根本目的", "战略基点", "首要任务", "根本保证")
                 if asked.endswith(h)), None)
    if head:
        rest = content_bigrams(asked[: -len(head)].rstrip("的"))
        for para in paras:
            text = kb.norm_text[para] + "|" + _plan_label(kb, para)
            for taken in _TAKES_AS.finditer(text):
                if taken.group(2) != head:
                    continue
                if rest and len(rest & bigrams(text)) / len(rest) < _PLACED:
                    continue
                cite = kb.citation(para)
                said = kb.printed(para, taken.group(0))
                return Answer(question, f"{asked}：{taken.group(1)}。原文：“{said}”", True,
                              [Item(taken.group(1), cite)], [cite], kind="semantic")
        return None
    if len(asked) > _SUBJECT_CHARS or "的" in asked:
        return None
    for para in paras:
        text = kb.norm_text[para]
        for sentence in re.findall(r"[^。！？]+。?", text):
            if sentence.startswith(asked + "是") and not sentence.startswith(asked + "是否"):
                cite = kb.citation(para)
                said = first_sentences(kb.printed(para, sentence.rstrip("。")) + "。", 280)
                return Answer(question, f"{said}", True, [Item(asked, cite, detail=said)], [cite], kind="semantic")
    return None
