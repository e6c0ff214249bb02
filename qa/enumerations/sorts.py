"""The sorts a plan divides a thing into: 「村庄分成哪几类」「耕地有哪几种类型，各自怎么管」.

Plans sort a thing into classes named …类 and say each class's task as a clause of its own, the class
printed with the thing after it as the clause's subject: 「集聚提升类村庄重点强化产业发展；城郊融合类村庄
重点推动城乡一体化建设；特色保护类村庄…」. Or they print the classes as a run: 「将耕地分为优先保护类、
安全利用类、严格管控类」. :func:`answer_sorts` answers with the classes in order, each cited, and — when the
question asks what each one does (各自/分别…) — with each class's own clause.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of

__all__ = ["sorts_asked", "class_subjects", "class_run", "answer_sorts"]

#: 「村庄分成哪几类」「耕地分为几类」「乡镇有哪几种类型」: the thing sorted, before the slot.
_ASKED = re.compile(r"^(?:规划(?:里|中)?(?:把|将)?)?(?P<thing>[\u4e00-\u9fff]{2,8}?)(?:一共|总共|主要)?(?:分成|分为|划分为|分|有|包括)"
                    r"(?:哪几|哪些|几)(?:个)?(?:大)?(?:类|种类型|种类|类型|种)")
#: 「…，各自重点是什么」「分别怎么发展」: each class's own words asked too.
_EACH = re.compile(r"各自|分别|各类|每类|每一类")
#: A class printed as the subject of its clause: 2–8 characters ending 类, the thing right after (集聚提升类村庄).
_CLASS = r"([\u4e00-\u9fff]{2,8}?类)"
#: Words a clause opens with that are no class's name (这类, 此类, 各类, 一类, 两类).
_NOT_CLASS = re.compile(r"^(?:这|此|该|各|每|同|一|两|三|四|五|几|多|分|归|门|种|大)")


def sorts_asked(question: str) -> tuple[str, bool] | None:
    """(the thing sorted, whether each class's words are asked) of a sorts question, or None.

    >>> sorts_asked("村庄分成哪几类，各自重点是什么？"), sorts_asked("耕地分为哪几类？"), sorts_asked("要建哪几类项目？")
    (('村庄', True), ('耕地', False), None)
    """
    q = normalise_text(question)
    m = _ASKED.search(q)
    if not m or m["thing"].startswith(("要", "将", "需要")):
        return None
    return m["thing"], bool(_EACH.search(q[m.end():]))


def class_subjects(text: str, thing: str) -> list[tuple[str, str]]:
    """(class, its clause) for every clause of ``text`` whose subject is a class of ``thing`` (「…类村庄重点…」), in order.

    >>> class_subjects("集聚提升类村庄重点强化产业发展；城郊融合类村庄重点推动城乡一体化建设。", "村庄")
    [('集聚提升类', '集聚提升类村庄重点强化产业发展'), ('城郊融合类', '城郊融合类村庄重点推动城乡一体化建设')]
    """
    found: list[tuple[str, str]] = []
    for clause in re.findall(r"[^；;。]+", text):
        m = re.match(_CLASS + re.escape(thing), clause.lstrip("，, "))
        if m and not _NOT_CLASS.match(m.group(1)) and m.group(1) not in dict(found):
            found.append((m.group(1), clause.strip("，, ")))
    return found


def class_run(text: str, thing: str) -> list[str]:
    """The classes a sentence sorting ``thing`` prints as a run (「将耕地分为优先保护类、安全利用类、严格管控类」).

    >>> class_run("将全县耕地分为优先保护类、安全利用类和严格管控类，实施分类管理。", "耕地")
    ['优先保护类', '安全利用类', '严格管控类']
    """
    for sentence in re.findall(r"[^。；;]+", text):
        m = re.search(re.escape(thing) + r"[^，,。]{0,6}?(?:分为|分成|划分为|划为)([^，,。：:]+)", sentence)
        if not m:
            continue
        run = [c for c in re.split(r"、|和|及", re.sub(r"等?[0-9一二三四五六七八九十两]+[个大]?类$|等$", "", m.group(1))) if c]
        if len(run) >= 2 and all(c.endswith("类") and 3 <= len(c) <= 10 for c in run):
            return run
    return []


def answer_sorts(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「村庄分成哪几类，各自重点是什么？」: the classes the plan sorts the thing into, in order, cited — with each
    class's own clause when the question asks what each does. One paragraph must print two classes or more of
    the thing; a thing the plan sorts nowhere answers nothing here."""
    asked = sorts_asked(question)
    if asked is None:
        return None
    thing, each = asked
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan or thing not in kb.norm_text[para]:
            continue
        text = kb.norm_text[para]
        cite = kb.citation(para)
        if len(subjects := class_subjects(text, thing)) >= 2:
            items = [Item(c, cite, detail=kb.printed(para, clause) if each else None) for c, clause in subjects]
            # Each class's clause names it (「集聚提升类村庄重点强化产业发展」): said as printed.
            body = "；".join(i.detail for i in items) if each else "、".join(i.label for i in items)
            return Answer(question, f"规划把{thing}分为{len(items)}类：{body}。", True, items, [cite], kind="list")
        if len(run := class_run(text, thing)) >= 2:
            items = [Item(c, cite) for c in run]
            return Answer(question, f"规划把{thing}分为{len(items)}类：{'、'.join(run)}。", True, items, [cite], kind="list")
    return None
