"""A whole printed with its members quoted: 「落实“年初签约、项目推进、…、年底考核”的消防工作目标责任考核机制」,
「坚持“保护为主、抢救第一、合理利用、加强管理”的文物工作方针」, or a run of quoted members closed by 等
(「实施文博资源“进商圈”、“进楼宇”、“进地铁”、“进社区”等项目」).

A question asks for the members by the whole's words, never quoting them (「消防工作目标责任考核机制有哪些环节」
「文物工作方针是哪几句话」「文博资源要进入哪些场所」). :func:`answer_quoted_run` finds the one clause whose whole (the
words after the quote) or lead (the words before it) holds most of what the question says, and answers with the
quoted members, cited — the members of one passage about the asked whole, nothing else.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..passages.extractive import content_bigrams
from ..question.frame import years_in

__all__ = ["answer_quoted_run"]

#: Members quoted as one run before the whole they make: group ``run`` (「A、B、C」), ``whole`` the words after.
_QUOTED_WHOLE = re.compile(r"“(?P<run>[^“”、]{2,12}(?:、[^“”、]{2,12}){2,})”的?(?P<whole>[\u4e00-\u9fff]{2,16})")
#: Members each quoted, joined by 、 and closed by 等 or the kind (「“进商圈”、“进楼宇”…等项目」): group ``run``.
_QUOTED_EACH = re.compile(r"(?P<run>“[^“”]{1,12}”(?:、“[^“”]{1,12}”){2,})等?(?P<whole>[\u4e00-\u9fff]{0,8})")
#: What the question asks after the whole's words: 「有哪些环节」「是哪几句话」「包括哪些」「要进入哪些场所」.
_ASKED = re.compile(r"(?:主要|具体|分别|都)?(?:有|是|包括|包含|分为|含)?(?:哪些|哪几[个条项句种类方面]*|什么)[\u4e00-\u9fff]{0,4}[？?]?$")
#: Share of the question's content bigrams the clause (lead and whole) must hold.
_SHARE = 0.6


def answer_quoted_run(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「消防工作目标责任考核机制有哪些环节」: the members quoted in the clause that prints the asked whole, in order, cited.

    None when the question quotes anything itself (a quoted name is asked by other answerers), asks no members
    (:data:`_ASKED`), or no clause printing a quoted run holds :data:`_SHARE` of its words, the whole's own words
    among them.
    """
    said = normalise_text(question)
    asked = _ASKED.search(said)
    if "“" in said or not asked:
        return None
    subject = re.sub(r"(?:要|将|的|是|有)(?=[\u4e00-\u9fff])", "", said[: asked.start()])
    grams = content_bigrams(subject)
    if len(grams) < 2:
        return None
    asked_years = set(years_in(said))  # a clause of another year is no answer to a dated question
    best: tuple[float, str, list[str], str] | None = None
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan or "”、“" not in kb.norm_text[para] and "、" not in kb.norm_text[para]:
            continue
        for clause in re.split(r"[，,；;。！!？?]", kb.norm_text[para]):
            if not asked_years <= set(years_in(clause)):
                continue
            for pattern in (_QUOTED_WHOLE, _QUOTED_EACH):
                m = pattern.search(clause)
                if not m:
                    continue
                lead, whole = clause[: m.start()], m.group("whole")
                around = lead + "|" + whole
                share = len({g for g in grams if g in around}) / len(grams)
                if share < _SHARE or not any(g in whole or g in lead[-6:] for g in grams):
                    continue
                members = [x.strip("“”") for x in m.group("run").split("、")]
                if best is None or share > best[0]:
                    best = (share, para, members, clause)
    if best is None:
        return None
    _, para, members, clause = best
    cite = kb.citation(para)
    items = [Item(x, cite) for x in members]
    text = f"规划列出{len(members)}项：" + "、".join(members) + f"（原文：“{kb.printed(para, clause)}”）。"
    return Answer(question, text, True, items, [cite], kind="list")
