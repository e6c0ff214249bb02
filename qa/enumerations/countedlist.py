"""「专栏N里打算申报省保单位的有几处」: a count the plan never prints, answered by the members it lists of that kind.

A plan lists the things a task is done to in one run — 「将A、B、C、D、E等申报为省级重点文物保护单位」 — and prints no
count of them, so every count answerer refuses 「…的有几处」. Asked as 「…的有哪些」 the list answerers read that run;
its members, when they come from one paragraph, are counted and named. Only a count the plan does not print is read
so (the engine asks this last), and only a count by a counting word (几处, 多少个), never a measure (多少亩).
"""
from __future__ import annotations

import re

from ..answer import Answer
from ..index.kb import normalise_text
from ..values.clausefallback import covers, question_words

__all__ = ["as_which", "count_of_members"]

#: A count asked at the question's end by a counting word: 有几处, 的有多少个, 一共几家.
_COUNT_ASKED = re.compile(r"(?:的)?(?:一共|总共|共)?(?:有|是)?(?:几|多少)(?P<cls>[处个项家所座条名])[？?]?$")
#: The box or heading said as where to look (专栏9里): no word the members' sentence prints.
_WHERE = re.compile(r"^.*?专栏[0-9.]+[里中内]?")
#: Words a count question says around what the plan prints (打算申报…的 for 将…申报为).
_SAID = ("打算", "准备", "计划", "要", "将")
#: A time said in the question (2025年底, 十四五末, 目前): the count of a date.
_DATED = re.compile(r"(?:19|20)\d\d|[一二三四五六七八九十]五|年底|年末|目前|现有|现在|截至|截止")
#: Most members a run read as one list may hold (a longer list is no run of one sentence).
_MOST = 30


def as_which(question: str) -> str | None:
    """``question`` asking the members instead of their count, or None when it asks no count by a counting word.

    >>> as_which("专栏9里打算申报省保单位的有几处？")
    '专栏9里打算申报省保单位的有哪些？'
    >>> as_which("高标准农田要建多少亩？") is None
    True
    """
    q = normalise_text(question)
    m = _COUNT_ASKED.search(q)
    if m is None or m.start() == 0 or _DATED.search(q):
        return None  # 「到2025年底…有多少座」: a count at a date is a figure, never the members some sentence names
    return q[: m.start()] + ("的" if q[m.start()] == "的" else "") + "有哪些？"


def count_of_members(question: str, listed: Answer) -> Answer | None:
    """The count of ``listed``'s members, said with them, when they come from one paragraph; else None."""
    m = _COUNT_ASKED.search(normalise_text(question))
    if m is None or not listed.found or not 2 <= len(listed.items) <= _MOST:
        return None
    if any(re.search(r"\d", i.label) for i in listed.items):
        return None  # 「100个…园区、建成3000万平方米…」: a run of figures, no names to count
    paras = {i.citation.id for i in listed.items if i.citation is not None}
    if len(paras) != 1 or any(i.citation is None for i in listed.items):
        return None  # members gathered from several paragraphs are no one list the count is of
    words = question_words(_WHERE.sub("", normalise_text(question)))
    first = normalise_text(listed.items[0].label)
    sentence = next((t for t in re.findall(r"[^。；;]+", normalise_text(listed.items[0].citation.text or "")) if first in t), "")
    if not covers(words, sentence, spoken=_SAID):
        return None  # 全国重点文物保护单位 asked of a run given 省重点文物保护单位: not the list counted
    names = "、".join(i.label for i in listed.items)
    cite = listed.items[0].citation
    return Answer(question, f"规划列出{len(listed.items)}{m['cls']}：{names}。", True, list(listed.items),
                  [cite], kind="aggregate")
