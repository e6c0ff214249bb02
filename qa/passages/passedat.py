"""「这个行动计划是区政府第几次常务会议通过的」: the meeting that passed the plan, as its cover letter prints it.

A district's notice says where the plan was passed in the sentence issuing it: 「…已经区政府第94次常务会议通过，现印发给
你们」, 「经区政府第100次常务会议审议通过」, 「已经2024年8月26日区政府第65次常务会议审议通过」. The answer is that meeting
(and its date when printed), cited to the line; a plan printing no such sentence answers nothing here.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of

__all__ = ["PASSED_AT_ASKED", "answer_passed_at"]

#: 「第几次常务会议通过的」「哪次会议审议的」「在什么会上通过」: the meeting asked, with the act of passing it.
PASSED_AT_ASKED = re.compile(r"(?:第几次|哪一?次|哪个|什么)[\u4e00-\u9fff]{0,8}?(?:会议?|会上)[^，。？?]{0,6}?(?:通过|审议|同意|讨论|审定)")
#: The printed sentence: 经/已经 [date] body 第N次 X会议 [审议/讨论] 通过/同意.
_PASSED = re.compile(r"(?:已经|经过?)(?P<meeting>[^，。；：]{0,24}?第[0-9一二三四五六七八九十百]+次[^，。；：]{0,12}?会议)"
                     r"(?:审议|讨论|研究)?(?:通过|同意)")


def answer_passed_at(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The meeting the plan's text says passed it (「区政府第94次常务会议」), cited to its line; None when the question
    asks no meeting or no line prints one — or two lines print different meetings."""
    if not PASSED_AT_ASKED.search(normalise_text(question)):
        return None
    found = {}
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        for m in _PASSED.finditer(kb.norm_text[para]):
            found.setdefault(m["meeting"], (para, m))
    if len(found) != 1:
        return None
    meeting, (para, m) = next(iter(found.items()))
    cite = kb.citation(para)
    return Answer(question, f"{meeting}（原文：“{m.group(0)}”）。", True, [Item(meeting, cite)], [cite], kind="fact")
