"""The aspect of a named thing a list question asks (「X的建设内容包括哪些」 → 建设内容).

What is related to X, or X's own entry printing no such aspect, does not answer it; nor does a neighbour's entry
printing the aspect (box items are printed alike: 「A段。…建设内容包括…」 beside 「B段。…」).
"""
from __future__ import annotations

import re

from ..index.kb import normalise_text
from ..index.perkb import per_kb

__all__ = ["aspect_asked", "item_aspect_asked"]

#: 「X的建设内容包括哪些」: an aspect of X asked by a noun after 的, before the list word.
_ASPECT_OF = re.compile(r"^的?(?![有要将是包])(?P<aspect>[\u4e00-\u9fff]{2,6}?)(?:都|主要|具体)?(?:包括|包含|有哪些|是哪些|有什么|是什么)")
#: 「X都要建哪些内容」「X要建设什么内容」: the 建设内容 asked in spoken words.
_SPOKEN_CONTENT = re.compile(r"^的?(?:都|主要|具体)?(?:要|将|需要)?(?:建设?|修建)(?:哪些|什么|啥)内容")
#: Aspects that are the related things themselves (项目 of 「X的重点项目有哪些」), not something X's entry must print.
_MEMBER_WORDS = re.compile(r"^(?:重点|主要|配套)?(?:项目|工程|企业|园区|产业|主体)$")


def aspect_asked(question: str, mention: str) -> str | None:
    """The aspect of ``mention`` a list question asks (「潇湘段的建设内容包括哪些」 → 建设内容), or None.

    >>> aspect_asked("翠湖大道的建设内容包括哪些？", "翠湖大道"), aspect_asked("翠湖大道的重点项目有哪些？", "翠湖大道")
    ('建设内容', None)
    >>> aspect_asked("循环经济产业园有哪些重点项目？", "循环经济产业园") is None
    True
    >>> aspect_asked("翠湖大道都要建哪些内容？", "翠湖大道"), aspect_asked("翠湖大道要建什么内容", "翠湖大道")
    ('建设内容', '建设内容')
    """
    q = normalise_text(question)
    at = q.find(mention)
    if at >= 0 and _SPOKEN_CONTENT.match(q[at + len(mention):]):
        return "建设内容"
    found = _ASPECT_OF.match(q[at + len(mention):]) if at >= 0 else None
    return found["aspect"] if found and not _MEMBER_WORDS.match(found["aspect"]) else None


def item_aspect_asked(kb, question: str) -> tuple[str, str] | None:
    """(a box item's title the question names, the aspect it asks of it), or None.

    The title is the item's text up to its first 。 or ：, four to 25 characters (a work's name, no sentence).
    """
    q = normalise_text(question)
    named = sorted((t for t in _item_titles(kb) if t in q), key=len, reverse=True)
    return next(((t, a) for t in named if (a := aspect_asked(q, t))), None)


@per_kb
def _item_titles(kb) -> frozenset[str]:
    """The titles of the KB's box items that can name a work (four to 25 characters), read once per KB."""
    titles = {re.split(r"[。:]", kb.norm_text.get(p, ""), maxsplit=1)[0] for p in kb.paragraph_nodes
              if kb.attrs(p).get("kind") == "box_item"}
    return frozenset(t for t in titles if 4 <= len(t) <= 25)
