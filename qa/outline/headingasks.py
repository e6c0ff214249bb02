"""The heading answerers a question's wording calls for, whatever kind :func:`qa.question.intent.classify_intent` gave it.

「专栏2放在主要任务的哪一块里」 (:mod:`qa.outline.position`), 「“X”放在哪个重点区域里」 (:mod:`qa.outline.enclosing`),
「主要任务的第三个方面是什么」「专栏1分几类」 (:mod:`qa.outline.headcount`), 「保障措施讲了哪些内容」 (:mod:`qa.outline.headingtopic`),
「到2025年要迈向什么时期」 (:mod:`qa.passages.phrase`) and 「要打造什么规模的产业集群」 (:mod:`qa.passages.scale`) are read by
their words, not their kind; the engine tries these before its kind's answerers, in this order.
"""
from __future__ import annotations

from typing import Callable

from ..answer import Answer
from .headcount import (CATEGORIES_ASKED, NTH_ASKED, NTH_ITEM_ASKED, TOTAL_ITEMS_ASKED, answer_box_categories,
                        answer_items_total, answer_nth_item, answer_nth_part)
from .headingtopic import answer_heading_topic, asks_topic
from ..question.intent import Intent, normalise_question
from ..index.kb import KB
from ..question.link import Link
from ..passages.phrase import answer_phrase, phrase_parts
from ..passages.scale import answer_scale, scale_asked
from .enclosing import answer_enclosing, asks_unit
from .position import answer_position, asks_position

__all__ = ["heading_tries"]


def heading_tries(kb: KB, q: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> list[Callable[[], Answer | None]]:
    """The answerers ``q``'s wording asks for, first to try first (none: an empty list)."""
    asked = normalise_question(q)
    tries: list[Callable[[], Answer | None]] = []
    if asks_position(q):
        tries.append(lambda: answer_position(kb, q, intent, links, plan=plan))
    if asks_unit(q):
        tries.append(lambda: answer_enclosing(kb, q, intent, links, plan=plan))
    if intent.box and CATEGORIES_ASKED.search(asked):
        tries.append(lambda: answer_box_categories(kb, q, intent, plan=plan))
    if TOTAL_ITEMS_ASKED.match(asked):
        tries.append(lambda: answer_items_total(kb, q, plan=plan))  # 「一共列了多少项任务」: the items numbered through
    if NTH_ITEM_ASKED.match(asked):
        tries.append(lambda: answer_nth_item(kb, q, plan=plan))  # 「第12项任务是什么」: the item numbered so
    elif NTH_ASKED.match(asked):
        tries.append(lambda: answer_nth_part(kb, q, plan=plan))
    # (「X这一部分有哪些任务」 reads as a heading's children, its heading named by words rather than a number)
    if (intent.kind in ("semantic", "list", "fact") or intent.kind == "structure_children" and not intent.number) and asks_topic(q):
        tries.append(lambda: answer_heading_topic(kb, q, plan=plan))
    if intent.kind in ("semantic", "fact") and phrase_parts(q):
        tries.append(lambda: answer_phrase(kb, q, plan=plan))
    if scale_asked(q):
        tries.append(lambda: answer_scale(kb, q, plan=plan))  # 「要打造什么规模的外贸产业集群」: 千亿级
    return tries
