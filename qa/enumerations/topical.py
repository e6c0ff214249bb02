"""The topic a list question gives (「交通方面有哪些重点项目」: 交通) and the plan's lists on it.

A plan titles its lists of works in several words for one kind (专栏8.1 现代物流重点项目, 专栏26.2 交通基础设施
重点建设项目, 专栏7 重大工程), and a question names the kind in any of them. Asked with a topic, only the lists on it
answer: a box whose title holds the topic with all its items, another box with the items whose names hold it —
never every box titled with the kind word.
"""
from __future__ import annotations

import re

from ..index.kb import normalise_text
from ..question.frame import digit_years

__all__ = ["WORKS_LISTS", "same_kind_titles", "asked_topic", "topic_lead", "topic_grams", "covers_topic"]

#: Words a plan titles its lists of works with: asked any of them, the others are the same kind of list.
WORKS_LISTS = ("重点项目", "重点建设项目", "重大项目", "重大建设项目", "重点工程", "重大工程", "重点建设工程", "重大建设工程")
#: Words around a topic that say nothing about it (交通方面, 关于水利的, 规划在…上, “十四五”期间).
_FRAME = re.compile(r"方面|领域|方向|相关|有关|关于|涉及|围绕|规划|纲要|本规划|[“\"]?十[一二三四五六七八九]?五[”\"]?(?:期间|时期)?|"
                    r"期间|建设|实施|推进|推动|开展|启动|开工|上马|谋划|布局|争取|新建|打造|重点|主要|提出了?|列出了?|安排了?|准备|打算|计划|要|将|的|有|在|上|中|里|和|对|请问|都|共|一共|总共")
#: Share of a topic's words a title or an item's name must hold.
_SHARE = 0.6


def same_kind_titles(noun: str) -> tuple[str, ...]:
    """The title words read as the asked kind: every word of :data:`WORKS_LISTS` for one of them, else the noun.

    >>> same_kind_titles("重点项目")[:3], same_kind_titles("重点任务")
    (('重点项目', '重点建设项目', '重大项目'), ('重点任务',))
    """
    return WORKS_LISTS if noun in WORKS_LISTS else (noun,)


def asked_topic(before: str) -> str:
    """The topic the words before a list question's kind give, the frame dropped ('' for none).

    >>> asked_topic("交通方面有"), asked_topic("规划中关于水利的"), asked_topic("“十四五”期间交通基础设施建设领域有")
    ('交通', '水利', '交通基础设施')
    >>> asked_topic("规划提出了"), asked_topic("“十四五”期间零陵要实施"), asked_topic("")
    ('', '零陵', '')
    """
    return _FRAME.sub("", normalise_text(before))


def topic_lead(topic: str, grams: set[str]) -> str:
    """The topic's first word left after the plan's own title words (交通 of 交通基础设施).

    >>> topic_lead("交通基础设施", topic_grams("交通基础设施"))
    '交通'
    """
    return next((topic[i : i + 2] for i in range(len(topic) - 1) if topic[i : i + 2] in grams), "")


def topic_grams(topic: str, plan_titles: str = "") -> set[str]:
    """The topic's bigrams beyond the plan's own title words (零陵 of 「零陵区有哪些重点项目」 says which plan)."""
    grams = _grams(topic)
    return grams - _grams(plan_titles) if plan_titles else grams


def covers_topic(grams: set[str], text: str, lead: str = "") -> bool:
    """Whether ``text`` holds most of a topic's bigrams and its ``lead`` word, the one saying what the topic is (交通 of
    交通基础设施: 新型基础设施 shares the rest).

    >>> g = topic_grams("交通基础设施")
    >>> covers_topic(g, "交通基础设施重点建设项目", "交通"), covers_topic(g, "新型基础设施重点建设工程", "交通")
    (True, False)
    >>> covers_topic(topic_grams("交通"), "现代物流重点项目")
    False
    """
    held = _grams(text)
    return bool(grams) and len(grams & held) / len(grams) >= _SHARE and (not lead or lead in held)


def _grams(text: str) -> set[str]:
    t = re.sub(r"[“”\"‘’《》]", "", digit_years(normalise_text(text)))
    return {t[i : i + 2] for i in range(len(t) - 1)}
