"""Follow-up questions about what the previous answer listed: 「它们的总投资是多少？」.

A chat keeps only the text of earlier turns; the previous question is asked
again (answers are deterministic) to get the items it listed. 它们/这些/上述
then means those items: the follow-up is asked about each, and the answers are
put together item by item. Too many items, or none, and the answer asks which
one is meant instead of guessing.
"""
from __future__ import annotations

import re
from typing import Callable

from .answer import Answer, Citation, Item
from .kb import KB

__all__ = ["PLURAL", "SINGULAR", "MAX_REFERENTS", "listed_names", "ask_each", "which_of"]

#: Words that point back at several things the previous answer listed.
PLURAL = re.compile(r"它们|(?:这些|上述|以上|这几个)(?:项目|园区|企业|工程|产业|指标|专栏|地方)?")

#: A pointer at one thing (它, 其); after a list with no single thing named, the answer asks which item.
SINGULAR = re.compile(r"它(?!们)")

#: Most items a follow-up is asked about one by one; beyond it the answer asks which is meant.
MAX_REFERENTS = 8
_NAME_CHARS = 30


def listed_names(kb: KB, answer: Answer) -> list[str]:
    """The names a found list answer gave, in its order, each once (an entity's own label where the item has one).

    Headings and phrases keep the label shown; an answer that is not a list of
    two or more things gives none.
    """
    if not answer.found:
        return []
    names = []
    for item in answer.items:
        node = item.entity
        name = kb.label(node) if node and node in kb.G and kb.type(node) not in ("Part", "Chapter", "Section", "Box") else item.label
        names.append(name)
    # A long label is a passage, not a name one could ask about.
    names = list(dict.fromkeys(n for n in names if n and len(n) <= _NAME_CHARS))
    return names if len(names) >= 2 else []


def which_of(question: str, pronoun: str, names: list[str]) -> Answer:
    """The clarifying answer for a singular pointer (它) after a list: which of the listed items is meant."""
    shown = "、".join(names[:MAX_REFERENTS]) + ("等" if len(names) > MAX_REFERENTS else "")
    return Answer(question, f"上一回答列出了{len(names)}项（{shown}），“{pronoun}”指其中哪一项？请写出名称再问。", False, kind="clarify")


def _plain(text: str) -> str:
    return re.sub(r"[（(][^）)]*[）)]|\s", "", text)


def ask_each(ask: Callable[[str], Answer], question: str, pronoun: str, names: list[str]) -> Answer:
    """``question`` asked about each of ``names`` in place of ``pronoun``, answers joined item by item.

    ``ask`` answers one question (an engine's ``ask`` with its scope bound). Each
    item is 「name：its answer」 with that answer's first citation; ``found`` when
    any item was answered. More than :data:`MAX_REFERENTS` names: a clarifying
    answer (``found`` False) asking which one is meant.
    """
    if len(names) > MAX_REFERENTS:
        shown = "、".join(names[:5])
        return Answer(question, f"上一回答列出了{len(names)}项（{shown}等），“{pronoun}”指其中哪一项？请写出名称再问。",
                      False, kind="clarify")
    items: list[Item] = []
    cites: list[Citation] = []
    for name in names:
        answer = ask(question.replace(pronoun, name, 1))
        first = answer.citations[0] if answer.found and answer.citations else None
        # An answer that already names its subject (「第21章…共有4节」) is not prefixed with it again.
        named = _plain(answer.answer).startswith(_plain(name)[:4])
        items.append(Item(answer.answer if named else f"{name}：{answer.answer}", first))
        if answer.found:
            cites += [c for c in answer.citations[:3] if c not in cites]
    found = any(i.citation is not None for i in items)
    text = f"“{pronoun}”指上一回答列出的{len(names)}项，逐项回答如下。"
    return Answer(question, text, found, items, cites, kind="list")
