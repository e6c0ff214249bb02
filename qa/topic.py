"""A topic said before the question (「产业链招商那块，每年要引进多少个项目？」): soft context, never an owner.

Office staff open a question with the area they mean — 「X这块，」「X那块，」「X这方面，」「关于X，」 — and
then ask in the plan's words. The topic is the asker's own label for a paragraph or heading (「城区路灯这块」 for
a clause printing 城区道路装灯率), so it cannot be required verbatim as the figure's owner. It is read as a
hint: the question after it is answered alone, and the answer is kept only when its evidence (cited passage,
its headings or the item's clause) shares a word with the topic — otherwise the question is read as asked.
"""
from __future__ import annotations

import re

from .answer import Answer

__all__ = ["split_topic", "near_topic"]

#: 「X这块，」「X那一块，」「X这方面，」「X那部分，」「关于X，」 at the start, then the question itself.
_TOPIC = re.compile(r"^(?:(?:关于|至于|说到)(?P<topic1>[\u4e00-\u9fffA-Za-z0-9]{2,14}?)(?:的话)?"
                    r"|(?P<topic2>[\u4e00-\u9fffA-Za-z0-9]{2,14}?)(?:(?:这|那)一?(?:块|方面|部分|边)(?:的话|呢|里)?|方面))"
                    r"[，,：:]\s*(?P<rest>.{4,})$")
_HAN_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")


def split_topic(question: str) -> tuple[str | None, str]:
    """The topic said before ``question`` and the question after it, or ``(None, question)``.

    Examples
    --------
    >>> split_topic("城区路灯这块，装灯率和亮灯率分别要到多少？")
    ('城区路灯', '装灯率和亮灯率分别要到多少？')
    >>> split_topic("招商那一块的话，每年引进多少个项目？")
    ('招商', '每年引进多少个项目？')
    >>> split_topic("这块地多少亩？")
    (None, '这块地多少亩？')
    """
    m = _TOPIC.match(question.strip())
    topic = m and (m.group("topic1") or m.group("topic2"))
    if not topic or not _HAN_PAIR.search(topic):
        return None, question
    return topic, m.group("rest")


def near_topic(topic: str, answer: Answer) -> bool:
    """Whether every item of ``answer`` stands in text sharing a two-character word with ``topic``.

    The text of an item is its clause (``detail``), its cited passage and that passage's part, chapter,
    section and box titles; an answer without items is judged by its citations.
    """
    words = set(_HAN_PAIR.findall(topic))

    def near(*texts: str | None) -> bool:
        return any(w in (t or "") for w in words for t in texts)

    def cited(c) -> tuple[str | None, ...]:
        return (c.text, c.part, c.chapter, c.section, c.box) if c is not None else ()

    if answer.items:
        return all(near(i.label, i.detail, *cited(i.citation)) for i in answer.items)
    return any(near(*cited(c)) for c in answer.citations)
