"""「“满天星”工程具体是哪三块」: the members of a quoted coined name, printed as the labels of the paragraphs its heading holds.

A plan names a coined whole in a heading — 「（四）大力实施百千万“满天星”工程」 — and prints its members as the paragraphs
under it, each opening with its own label and a colon: 「百个大空间：…」「千个链接点：…」「万个微基建：…」. No sentence
lists them in one run (qa.enumerations.quotedmembers reads such runs), so a question quoting the name and asking which
(or how many) is answered by those labels, each cited. Only one heading may quote the name, every paragraph under it
must open with a label, and a count asked (哪三块) must be the labels' number.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.intent import parse_cn_number, quoted_phrase
from .quotedmembers import MEMBERS_ASKED

__all__ = ["answer_heading_labels", "paragraph_label"]

#: A paragraph's own label: a short name (no clause of its own) before its colon.
_LABEL = re.compile(r"^(?P<label>[^：:，,。；;、（）()“”\s]{2,12})[：:]")
#: The number of members asked: 哪三块, 哪几个 (none), 三个方面分别是.
_COUNT = re.compile(r"哪([一二三四五六七八九十两\d]{1,2})[个块项类种方条大]")


def paragraph_label(text: str) -> str | None:
    """The label ``text`` opens with before its colon, or None.

    >>> paragraph_label("百个大空间：按照…理念，建设和提升百个大公共空间。")
    '百个大空间'
    >>> paragraph_label("按照“建筑是可以阅读的”理念，建设和提升。") is None
    True
    """
    m = _LABEL.match(text.strip())
    return m["label"] if m else None


def answer_heading_labels(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The labels of the paragraphs under the one heading quoting the name ``question`` quotes, or None."""
    term = quoted_phrase(question)
    if not term or len(term) < 2 or not (MEMBERS_ASKED.search(question) or _COUNT.search(question)):
        return None
    under: dict[tuple[str | None, str], list[str]] = {}
    for para in kb.paragraph_nodes:
        heading = str(kb.G.nodes[para].get("section") or "")
        if (not plan or plan_of(para) == plan) and f"“{term}”" in normalise_text(heading):
            under.setdefault((plan_of(para), heading), []).append(para)
    if len(under) != 1:
        return None
    (paras,) = under.values()
    labels = [paragraph_label(kb.norm_text[p]) for p in paras]
    if len(labels) < 2 or None in labels:
        return None  # a paragraph with no label: the heading's text is prose, not its members
    if (asked := _COUNT.search(normalise_text(question))) and parse_cn_number(asked.group(1)) != len(labels):
        return None
    items = [Item(label, kb.citation(p)) for label, p in zip(labels, paras)]
    text = f"“{term}”包括{len(labels)}项：" + "、".join(labels) + "。"
    return Answer(question, text, True, items, [i.citation for i in items], kind="list")
