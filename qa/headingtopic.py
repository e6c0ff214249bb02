"""What a heading the question names says: 「保障措施讲了哪些内容？」「“加快数据要素市场化流通”讲了什么？」
「重点任务这部分主要讲什么？」.

The words before the question's 讲了什么/有哪些内容 are looked up as a heading's title (whole, the genre's other
words for it, or a title ending with them — :func:`qa.headcount.headings_named`); that heading answers with the
parts it lists, else its own text (:func:`qa.lists.heading_answer`), cited. Words that title no heading answer
nothing here (the topic and passage answerers read them).
"""
from __future__ import annotations

import re

from .answer import Answer
from .headcount import headings_named
from .intent import PLAN_SAYS
from .kb import KB, normalise_text
from .lists import heading_answer

__all__ = ["TOPIC_ASKED", "answer_heading_topic"]

#: 「X（这部分）（主要）讲了什么」「X包括哪些内容」「X写了啥」: X is a heading's title.
TOPIC_ASKED = re.compile(
    r"^(?:请问)?(?:" + PLAN_SAYS + r"|(?:规划|纲要|本规划)(?:中|里|的)+)?[“\"「]?(?P<x>[^“”\"「」？?，,]{2,30}?)[”\"」]?"
    r"(?:[这那该]一?(?:部分|篇|章|节|块|方面)|部分|一节|一章)?(?:里|中)?(?:主要|具体|都)?"
    # 「X有哪些」「X包括哪些」 alone ask X's members (战略性新兴产业有哪些: the industries), not the heading's parts.
    r"(?:(?:讲了?|说了?|写了?|谈了?|提了?|部署了?|安排了?)(?:哪些|什么|啥|些什么)(?:内容|方面|东西|事情?)?"
    r"|(?:包括了?|包含了?|有)(?:哪些|什么|啥|些什么)(?:内容|方面|东西|事情?))[？?。]?$")
_ENUMERATOR = re.compile(r"^(?:第[0-9一二三四五六七八九十百〇零两]+[篇章节部分]|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[)）])")


def answer_heading_topic(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「保障措施讲了哪些内容？」: the heading titled by the words asked about, its parts or text, cited."""
    m = TOPIC_ASKED.match(normalise_text(question))
    if not m:
        return None
    found = headings_named(kb, _ENUMERATOR.sub("", m["x"]), plan=plan)
    if len(found) != 1:
        return None  # none, or several alike (each chapter's 主要任务): the topic answerers weigh them
    answer = heading_answer(kb, question, found[0])
    if answer is not None:
        answer.kind = "semantic"
    return answer
