"""「评估报告要提交给谁审议」「规划调整报谁批准」: the body a plan sends a thing to, read from the sentence printing both.

The genre says where a report or an adjustment goes in one clause: 「形成中期评估报告，并提请区人大常委会审议」,
「调整方案报区人民政府批准」, 「报市发展改革委备案」. The answer is the body between the sending verb (提请, 提交, 报, 报送,
报请) and the review asked (审议, 审批, 批准, 备案), in the sentence that names the thing asked; of several such sentences,
the one sharing most of the question's other words (中期). A thing no sentence sends anywhere answers nothing here.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.ngrams import bigrams

__all__ = ["SUBMITTED_ASKED", "answer_submitted"]

_REVIEW = r"审议|审批|审定|审查|批准|备案"
#: 「X要提交给谁审议」「X报哪个部门批准」「X由谁审议」: the thing, then who it goes to.
#: (「规划是经哪个机构审议批准的」: a body that passed it, asked with 经 or 通过)
SUBMITTED_ASKED = re.compile(rf"(?P<thing>[\u4e00-\u9fff]{{2,12}}?)(?:是|要|需要|应|将)?(?:提交给?|提请|报送?给?|报请|交给?|由|经过?|通过)"
                             rf"(?:谁|哪个?(?:部门|单位|机关|机构)|什么(?:部门|单位|机关|机构))(?:来)?(?P<review>{_REVIEW})")
#: The sending clause as printed: 「提请区人大常委会审议」「报区人民政府批准」.
#: (and the body that passed it: 「依法通过零陵区人民代表大会审议批准」「经区人民代表大会审议通过」)
_SENT = re.compile(rf"(?:提请|提交|报送|报请|呈报|报|经过?|通过)(?P<who>[\u4e00-\u9fff]{{2,14}}?)(?P<review>{_REVIEW})")


def answer_submitted(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """Who the plan sends the asked thing to for the review asked, from the sentence naming the thing."""
    asked = SUBMITTED_ASKED.search(normalise_text(question))
    if asked is None:
        return None
    thing, review = asked["thing"], asked["review"]
    context = bigrams(normalise_text(question)[: asked.start()])
    best = None
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan or thing not in kb.norm_text[para]:
            continue
        for sentence in re.findall(r"[^。；！？]+", kb.norm_text[para]):
            sent = _SENT.search(sentence, sentence.find(thing)) if thing in sentence else None
            if sent and sent["review"] == review:
                score = len(context & bigrams(sentence))
                if best is None or score > best[0]:
                    best = (score, sent, sentence, para)
    if best is None:
        return None
    _, sent, sentence, para = best
    cite = kb.citation(para)
    return Answer(question, f"{thing}：{sent[0]}（原文：“{kb.printed(para, sentence)}”）。", True,
                  [Item(sent["who"], cite)], [cite], kind="fact")
