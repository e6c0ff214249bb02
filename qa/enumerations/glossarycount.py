"""「文末的名词解释一共解释了多少个词」: the plan's glossary counted, its terms named in the glossary's order.

The glossary is read at build time into Term nodes whose source paragraphs are of kind ``term`` (back matter, or a
专栏 titled 名词解释); a count asked of it is the number of those terms — never a passage that shares the words
名词 or 解释. A plan with no glossary gets nothing here (the question is then not found by the usual road).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, plan_of

__all__ = ["GLOSSARY_COUNT_ASKED", "answer_glossary_count"]

#: The glossary named (名词解释, 术语解释, 名词注释) and a count asked of it (多少个词, 几条, 几项).
GLOSSARY_COUNT_ASKED = re.compile(r"(?:名词|术语|词语)(?:解释|注释|释义).*?(?:多少|几)(?:个|条|项)?")

#: Names shown in the answer before 「等」: the count is the answer, the names say which glossary was counted.
_SHOWN = 8


def answer_glossary_count(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The glossary's terms counted (found), or None when the question asks no count of it or the plan has none."""
    if not GLOSSARY_COUNT_ASKED.search(question):
        return None
    entries: list[tuple[str, str]] = []  # (term label, its glossary paragraph)
    for node in kb.by_type.get("Term", []):
        if plan and plan_of(node) not in (None, plan):
            continue
        paras = [p for p in kb.source_paragraphs(node) if kb.attrs(p).get("kind") == "term"]
        if paras:
            entries.append((kb.label(node), paras[0]))
    if not entries or len({plan_of(p) for _, p in entries}) > 1:
        return None  # no glossary, or several plans' glossaries (which one is asked is not said)
    entries.sort(key=lambda e: kb._reading_order(e[1]))
    items = [Item(label, kb.citation(para)) for label, para in entries]
    names = "、".join(i.label for i in items[:_SHOWN]) + ("等" if len(items) > _SHOWN else "")
    text = f"名词解释共解释了{len(items)}个词：{names}。"
    return Answer(question, text, True, items, [i.citation for i in items], kind="aggregate")
