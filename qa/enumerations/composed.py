"""What a thing is composed of, where the plan prints its parts as a run before a composing verb.

Plans name a ring, belt or area by the parts that close or make it: 「重点打造通波塘、张家浜、沈泾塘、人民河围合形成的
“新城绿链”绿道环线」, 「由A、B、C三片区组成的…」. A question asks for those parts by the verb and the whole
(「“新城绿链”绿道环线是由哪几条河围合形成的」). :func:`answer_composed` finds the sentence printing the whole right after
the verb, reads the 、-run before the verb, and answers with its members, cited; a whole the plan does not print so
is not answered here.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.intent import quoted_phrase

__all__ = ["COMPOSED_ASKED", "answer_composed"]

#: The verbs a run of parts makes a whole with (围合, 组成, 构成, 合围, 环绕).
_VERBS = r"围合|合围|组成|构成|环绕|围成"
#: A question asking the parts of a whole by the verb: group ``whole`` before 由/是由, ``verb`` the composing verb.
COMPOSED_ASKED = re.compile(r"(?P<whole>[^，,。？?]{2,}?)(?:是|主要)?由哪(?:些|几)[条个座处片块]?[\u4e00-\u9fff]{0,3}?"
                            rf"(?P<verb>{_VERBS})")
#: A run of parts printed right before the verb: names joined by 、 (和/及 before the last), group ``run``.
_RUN = re.compile(rf"(?P<run>[\u4e00-\u9fff]{{2,12}}(?:、[\u4e00-\u9fff]{{2,12}})+(?:(?:和|及|以及)[\u4e00-\u9fff]{{2,12}})?)"
                  rf"(?:等)?(?:[一二三四五六七八九十两\d]+[条个座处片块])?(?:共同)?(?P<verb>{_VERBS})(?:而成|形成|成)?的?")
#: Words a run's first clause opens with that are no part of its first member's name (重点打造, 由).
_LEAD = re.compile(r"^(?:.*?(?:打造|建设|推进|形成|构建|依托|由|以|将|把|包括))")


def _whole(question: str, asked: re.Match) -> str:
    """The whole asked of, as the plan would print it: a quoted name when the question quotes one, else its words."""
    quoted = quoted_phrase(question)
    whole = normalise_text(asked.group("whole")).strip("“”\"")
    return normalise_text(quoted) if quoted and quoted in asked.group("whole") else whole


def answer_composed(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「“新城绿链”绿道环线是由哪几条河围合形成的」: the run printed before the verb that makes the whole, in order, cited.

    The whole (its quoted name, else the words before 由) must be printed right after the verb (within a few
    characters); none such → None (other answerers read the question). Returns a ``list`` answer whose items are the
    run's members, each cited to the paragraph.
    """
    asked = COMPOSED_ASKED.search(normalise_text(question))
    if not asked:
        return None
    whole = _whole(question, asked)
    if len(whole) < 2:
        return None
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text[para]
        if whole not in text:
            continue
        for m in _RUN.finditer(text):
            after = text[m.end(): m.end() + len(whole) + 4]
            if whole not in after:
                continue
            members = re.split(r"、|和|以及|及", m.group("run"))
            members[0] = _LEAD.sub("", members[0])
            members = [x for x in members if len(x) >= 2]
            if len(members) < 2:
                continue
            cite = kb.citation(para)
            items = [Item(x, cite) for x in members]
            return Answer(question, f"{whole}由{'、'.join(members)}{m.group('verb')}而成（共{len(members)}个）。", True, items,
                          [cite], kind="list")
    return None
