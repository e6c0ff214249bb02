"""「“空间米料”指的是什么」: a short form the plan declares itself answers with the name it shortens.

A 方案 coins a short form where it first says the thing (「打造…城镇最小空间智能体（简称“空间米料”）」) and uses the
short form alone afterwards, so a reader meeting it asks what it is. The declaration (read once per KB by
:func:`qa.question.aliases.declared_short_forms`) is the answer: the full name, cited to the paragraph declaring it.
A short form the plan does not declare → None (the other answerers try).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.aliases import declared_short_forms

__all__ = ["answer_short_form"]

#: 「X是什么」「X指什么」「X是什么意思」「什么是X」「X是指」: the thing asked, quotes dropped.
_ASKED = re.compile(r"^(?:请问)?(?:规划|方案|文中|里面?|中|的)*[“\"「]?(?P<x>[^“”\"「」？?]{2,12}?)[”\"」]?"
                    r"(?:具体)?(?:是什么意思|是什么|指的是什么|是指什么|指什么|是啥|啥意思|什么意思)[？?。]?$")
#: The verb a declaring clause may open with before the name (打造…智能体（简称“…”）): not part of the name.
_VERB = re.compile(r"^(?:打造|建设|建立|构建|形成|推进|实施|开展|制定|设立|组建|成立)")
_ASKED_FIRST = re.compile(r"^(?:请问)?什么(?:是|叫)[“\"「]?(?P<x>[^“”\"「」？?]{2,12}?)[”\"」]?[？?。]?$")


def answer_short_form(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The full name of the asked short form as the plan declares it, cited; None when the plan declares no such form."""
    q = normalise_text(question)
    m = _ASKED.match(q) or _ASKED_FIRST.match(q)
    if not m:
        return None
    short = m["x"]
    for owner, forms in declared_short_forms(kb).items():
        if (plan and owner != plan) or short not in forms:
            continue
        full = forms[short]
        para = next((p for p in kb.paragraph_nodes if plan_of(p) == owner and "简称" in kb.norm_text.get(p, "")
                     and short in kb.norm_text.get(p, "") and full in kb.norm_text.get(p, "")), None)
        if para is None:
            continue
        full = _VERB.sub("", full) if len(_VERB.sub("", full)) >= 4 else full
        citation = kb.citation(para)
        return Answer(question, f"“{short}”是规划给出的简称，指{full}。", True, [Item(full, citation)], [citation],
                      kind="glossary")
    return None
