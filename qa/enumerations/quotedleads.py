"""「基本要求里的几个“更加注重”分别是什么」「有哪些“更加注重”」: the list lines a quoted phrase leads, under one heading.

Plans print a set of principles or requirements as lines that all open with one phrase (「——更加注重工商并举。…」
「——更加注重创新驱动。…」); a question quoting that phrase asks for those lines, each named by its lead (up to its
first 。：；). Only lines under one heading are one set; several headings holding such a set, or a set of one line,
answer nothing here (the question is then answered, or refused, by the usual road).
"""
from __future__ import annotations

import re

from kg.ingest.markers import LIST_MARK

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.intent import quoted_phrase

__all__ = ["answer_quoted_leads"]

#: A list asked: its members (哪些, 哪几, 分别是什么, 都是什么) or how many (几个, 多少条); 「“X”是什么」 asks a definition.
_LIST_ASKED = re.compile(r"哪些|哪几|分别是|都是|都有|几个|几条|几项|多少(?:个|条|项)")


def answer_quoted_leads(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The lines opening with the phrase ``question`` quotes, under the one heading holding two or more of them."""
    phrase = quoted_phrase(question)
    if not phrase or len(phrase) < 2 or not _LIST_ASKED.search(question):
        return None
    groups: dict[str | None, list[tuple[str, str]]] = {}
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = normalise_text(str(kb.attrs(para).get("text") or "")).strip()
        body = LIST_MARK.sub("", text)
        if body == text or not body.startswith(phrase):  # a list line (it has a marker) opening with the phrase
            continue
        lead = re.split(r"[。：:；;]", body, maxsplit=1)[0]
        if len(lead) > len(phrase):
            groups.setdefault(kb.parent(para), []).append((lead, para))
    sets = [g for g in groups.values() if len(g) >= 2]
    if len(sets) != 1:
        return None
    lines = sorted(sets[0], key=lambda e: kb._reading_order(e[1]))
    items = [Item(lead, kb.citation(para)) for lead, para in lines]
    text = f"“{phrase}”共{len(items)}条：" + "；".join(i.label for i in items) + "。"
    return Answer(question, text, True, items, [i.citation for i in items], kind="list")
