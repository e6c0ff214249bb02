"""Things listed inside one numbered heading: 「第21章里有哪些重点项目」「第26章中有哪些风电场」.

The question names a 篇/章/节 and asks for things inside it, not its own parts (those are the outline's,
:func:`qa.question.intent.things_in_heading`). The things are the items of the 专栏 boxes printed under the
heading — every item when works are asked (重点项目, 重大工程), else the items whose names carry the kind asked
(风电场, with the kind's other spellings: 风力发电站) — each with its box; never items of another heading's boxes,
and never the heading's sections read as its projects.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB
from ..outline.structure import boxes_under, cite_first, numbered_heading
from ..question.intent import Intent, normalise_question, things_in_heading
from ..question.link import Link
from ..question.ngrams import bigrams
from ..values.figures import item_name
from ..vocabulary import member_kind

__all__ = ["answer_heading_things"]

#: Works asked as such (重点项目, 重大工程, 建设项目): every item a box lists.
_WORKS = re.compile(r"(?:重点|重大|主要|具体)?(?:建设)?(?:项目|工程)")


def answer_heading_things(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """The box items under the heading ``question`` numbers that are the things it asks, grouped by box; None when
    the question asks the heading's own parts, names no heading the plan prints, or no item is of the kind asked.

    A works question on a heading with no box says so (found false) rather than list its sections as projects.
    """
    things = things_in_heading(normalise_question(question))
    node = numbered_heading(kb, question, plan=plan) if things else None
    if node is None:
        return None
    works = bool(_WORKS.fullmatch(things))
    spellings = member_kind(things) or (things,)
    boxes = boxes_under(kb, node)
    if not works and things.endswith(("项目", "工程")):
        # 「第40章里开发哪些文化生态旅游项目」: the works of the box titled so (专栏40.1 开发文化生态旅游项目)
        titled = [b for b in boxes if _overlap(things, str(kb.attrs(b).get("title") or kb.label(b))) >= 0.5]
        works, boxes = (True, titled) if titled else (works, boxes)
    found: list[tuple[str, list[Item]]] = []
    for box in boxes:
        paras = [p for _, ps in kb.box_groups(box) for p in ps]
        chosen = [Item(item_name(kb, p), kb.citation(p)) for p in paras
                  if works or any(s in item_name(kb, p) for s in spellings)]
        if chosen:
            found.append((kb.label(box), chosen))
    if not found:
        if works:
            return Answer(question, f"{kb.heading(node)}下没有列出重点项目的专栏；规划在其他章的专栏中列出项目。",
                          False, [], cite_first(kb, node), kind="list")
        return None
    items = [i for _, chosen in found for i in chosen]
    text = f"{kb.heading(node)}中列出{len(items)}个{'项目' if works else things}：" + "；".join(
        f"{box}：" + "、".join(i.label for i in chosen) for box, chosen in found) + "。"
    return Answer(question, text, True, items, list(dict.fromkeys(i.citation for i in items if i.citation))[:12], kind="list")



def _overlap(asked: str, title: str) -> float:
    """The share of ``asked``'s bigrams that ``title`` prints."""
    own = bigrams(asked)
    return len(own & bigrams(title)) / (len(own) or 1)
