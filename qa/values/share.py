"""A share printed after its whole with 其中 (「全国增加医院病床45万张，其中农村（包括县医院）25万张」).

The genre gives a total and then the part of it one scope takes, in the same unit, after 其中. Asked of the part
(「新增的医院病床里，农村要占多少张」「农村要增加多少张病床」), the answer is the part's figure — never the whole's,
and only when the question names the part's scope as printed (its words in brackets aside) and the whole's thing.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text
from ..question.ngrams import bigrams

__all__ = ["share_in", "answer_share"]

_UNIT = r"(?:[张个所座条亩人户套间台辆家处项吨元]|公里|千米|平方米|公顷)"
#: The whole (its words, figure and unit), then 其中, the part's scope and its figure in the same unit.
_SHARE = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,14}?)(?P<total>\d+(?:\.\d+)?[万亿]?)(?P<unit>" + _UNIT + r")"
                    r"[^，,；;。\d]{0,4}[，,；;]其中(?P<part>[^0-9，,；;。]{1,16}?)(?P<value>\d+(?:\.\d+)?[万亿]?)(?P=unit)")
_ASKS = re.compile(r"多少|几")
#: Verbs and scope words of the whole that name no thing (增加 of 全国增加医院病床).
_NOT_THING = re.compile(r"增加|新增|新建|建设|建成|完成|全国|全省|全市|全区|全县|五年内|其中")


def share_in(question: str, sentence: str) -> dict | None:
    """The 其中 share of ``sentence`` that ``question`` asks (its scope and the whole's thing named), or None.

    >>> s = "五年内,全国增加医院病床45万张,其中农村(包括县医院)25万张"
    >>> share_in("新增的医院病床里,农村要占多少张", s)["value"], share_in("农村要增加多少张病床", s)["scope"]
    ('25万', '农村')
    >>> share_in("城市要增加多少张病床", s), share_in("农村要增加多少所学校", s), share_in("农村要占多少个", s)
    (None, None, None)
    """
    q = normalise_text(question)
    if not _ASKS.search(q):
        return None
    for m in _SHARE.finditer(sentence):
        scope = re.sub(r"\(.*?\)|（.*?）", "", m.group("part")).strip()
        thing = bigrams(_NOT_THING.sub("|", m.group("whole")))
        asked_unit = re.search(r"(?:多少|几)(?:万|亿)?(" + _UNIT + ")", q)
        if len(scope) < 2 or scope not in q or not (thing & bigrams(q)):
            continue
        if asked_unit and asked_unit.group(1) != m.group("unit"):
            continue
        return {"scope": scope, "value": m.group("value"), "unit": m.group("unit"), "whole": m.group("whole"),
                "total": m.group("total"), "clause": m.group(0)}
    return None


def _full_width(clause: str) -> str:
    """A normalised clause quoted with the plan's full-width punctuation (NFKC made it half-width)."""
    return clause.translate(str.maketrans({",": "，", "(": "（", ")": "）", ";": "；", ":": "："}))


def answer_share(kb: KB, question: str, answered: Answer, plan: str | None = None) -> Answer | None:
    """The 其中 share ``question`` asks, with its passage, in place of ``answered`` when that found nothing or gave
    the whole's figure; None when no paragraph prints a share asked so (``answered`` stands)."""
    q = normalise_text(question)
    for para in kb.printing("其中", plan=plan):
        if (share := share_in(q, kb.norm_text[para])) is None:
            continue
        whole = f"{share['total']}{share['unit']}"
        if answered.found and not any(whole in normalise_text(i.label or "") for i in answered.items):
            return None  # a figure found elsewhere stands on its own checks
        cite = kb.citation(para)
        said = f"{share['value']}{share['unit']}"
        text = (f"{share['scope']}：{said}（{share['whole']}{share['total']}{share['unit']}中的部分，"
                f"原文：“{_full_width(share['clause'])}”）。")
        return Answer(question, text, True, [Item(said, cite, share["clause"])], [cite], kind="fact")
    return None
