"""Which body a plan gives a task to, named as the sentence's actor: 「要提升规则引领、技术支撑、交易定价能力，打造全国
一体化数据市场核心枢纽的是哪家机构」 of 「支持北京国际大数据交易所提升规则引领、技术支撑、交易定价能力,打造全国一体化
数据市场核心枢纽」.

Plans print few 责任单位 brackets (qa.passages.responsible); most tasks name their body in the sentence itself, after the
verb the city speaks with (支持, 推动, 鼓励, 依托, 由) and before what the body is to do. :func:`answer_actor` finds the
one sentence restating what the question says the body does, and answers with the body printed before those words.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from .extractive import content_bigrams
from ..question.ngrams import bigrams

__all__ = ["ACTOR_ASKED", "answer_actor"]

#: 「…的是哪家机构」「…的是哪个单位」「…的是谁」: the body that does what the question says.
ACTOR_ASKED = re.compile(r"的(?:是|为)(?:哪(?:家|个|一家|一个)(?:机构|单位|平台|交易所|企业|公司|组织|部门)|谁)[？?]?$")
#: A body's name as plans end one (交易所, 研究院, 管委会 …), the words before it being its own.
_BODY = re.compile(r"[\u4e00-\u9fff()（）]{2,18}?(?:交易所|研究院|科学院|大学|学院|医院|中心|集团|公司|委员会|管委会|银行|协会|基金会|平台|局)")
#: The verb a plan gives a body its task with, and a coverb or comma: what stands before the body's name.
_BEFORE_BODY = re.compile(r"^(?:.*?[，,；;。])?(?:支持|推动|鼓励|引导|依托|发挥|由|推进|加快|做强)?")
#: What the question must share with the sentence: most of what it says the body does.
_COVER = 0.7


def answer_actor(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「…的是哪家机构」: the body printed before the words the question restates, cited; ``None`` when no single
    sentence restates them or none names a body there."""
    asked = ACTOR_ASKED.search(normalise_text(question))
    if not asked:
        return None
    said = re.sub(r"^(?:要|将|会|负责)", "", normalise_text(question)[: asked.start()])
    key = content_bigrams(said)
    if len(key) < 4:
        return None
    found: list[tuple[float, str, str, str]] = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        for sentence in re.split(r"(?<=[。；;！!？?])", kb.norm_text[para]):
            cover = len(key & bigrams(sentence)) / len(key)
            if cover < _COVER:
                continue
            # where the sentence starts restating the question (its first four characters printed, read in the
            # question's order — a bigram alone may sit inside the body's own name: 数据 of 大数据交易所)
            first = next((at for k in range(len(said) - 3) if (at := sentence.find(said[k:k + 4])) > 0), -1)
            head = sentence[:first] if first > 0 else ""
            bodies = [m for m in _BODY.finditer(head)]
            if not bodies:
                continue
            name = _BEFORE_BODY.sub("", head[: bodies[-1].end()])
            found.append((cover, name, para, sentence))
    if not found:
        return None
    found.sort(key=lambda f: -f[0])
    if len(found) > 1 and found[1][0] == found[0][0] and found[1][1] != found[0][1]:
        return None  # two bodies restated alike: which is asked is not known
    _, name, para, sentence = found[0]
    if len(name) < 2:
        return None
    cite = kb.citation(para)
    printed = kb.printed(para, sentence)
    return Answer(question, f"{name}。原文：“{printed}”", True, [Item(name, cite, detail=sentence)], [cite], kind="fact")
