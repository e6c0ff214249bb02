"""「这个实施方案是按照哪个文件的要求制定的」「规划的编制依据是什么」: the documents a plan says it is made under.

Plans of the genre open by saying what they answer to — 「按照市政府办公厅《关于人工智能“模塑申城”的实施方案》（沪府办发
〔2024〕27号）要求，…，制定本实施方案。」「…规划纲要，根据《中共杭州市委关于制定…的建议》制定」 — in one sentence that both
names the documents after 根据/依据/按照 and says the plan is made (制定本…, 编制本…, …制定). The answer is each document
that sentence names before it says so, with its 文号 where printed, cited; a task's own 「按照《标准》要求，完成…」 makes no
plan and answers nothing, nor does the plan's own title printed after 制定.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of

__all__ = ["answer_made_under"]

#: What asks the documents a plan is made under: 按照哪个文件(的要求), 根据什么文件, 依据哪些文件, 编制依据是什么.
_ASKS = re.compile(r"(?:根据|依据|按照|依照|遵照|按)(?:的是)?(?:哪个|哪份|哪一份|哪一个|哪些|哪几个|什么)(?:文件|文|建议|意见|精神|要求)"
                   r"|(?:编制|制定|制订|出台)(?:的)?依据")
#: The plan being made, said in the question (制定的, 编制, 出台): a task's 按照 (「三维建模要按照哪个标准完成」) is no plan's.
_MADE_ASKED = re.compile(r"制定|编制|制订|出台|印发")
#: Where a sentence names what it answers to.
_UNDER = re.compile(r"根据|依据|按照|依照|遵照")
#: Where it says the plan is made: 制定本…/编制本…, 制定《…》 (the plan's own title), or 制定/编制 ending the clause.
_MADE = re.compile(r"(?:特|现)?(?:制定|编制|制订)(?=本|《|[，,。；;]|$)")
#: A document named in 《》 and its 文号 in brackets right after it (（沪府办发〔2024〕27号）).
_DOCUMENT = re.compile(r"《(?P<title>[^《》]{4,80})》(?:[(（](?P<number>[^()（）]{2,30}号)[)）])?")


def answer_made_under(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The documents the plan names as what it is made under, each with its 文号, cited; None when the question asks
    no such thing; ``found: false`` saying so when no sentence of the plan says it is made under a named document."""
    q = normalise_text(question)
    if not _ASKS.search(q) or not _MADE_ASKED.search(q):
        return None
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        for sentence in re.findall(r"[^。]+", kb.norm_text[para]):
            documents = _made_under(sentence)
            if documents:
                cite = kb.citation(para)
                named = "、".join(f"《{t}》" + (f"（{n}）" if n else "") for t, n in documents)
                # the sentence as printed (full-width punctuation), not as normalised for matching
                printed = next((s for s in re.findall(r"[^。]+。?", cite.text or "") if f"《{documents[0][0]}》" in normalise_text(s)),
                               sentence)
                text = f"依据的文件：{named}。原文：“{printed.strip()}”"
                return Answer(question, text, True, [Item(f"《{t}》", cite, detail=n or None) for t, n in documents],
                              [cite], kind="passage")
    # asked, and the plan names no document it is made under: never a passage that merely cites one standing in
    return Answer(question, "规划中没有写明它是依据哪个文件制定的。", False, [], [], kind="passage")


def _made_under(sentence: str) -> list[tuple[str, str]]:
    """(title, 文号) of the documents ``sentence`` names after 根据/依据/按照 and before it says the plan is made.

    >>> _made_under("根据区委部署，按照《某市甲规划》和《关于乙的意见》（某府发〔2025〕8号）要求，制定本行动计划")
    [('某市甲规划', ''), ('关于乙的意见', '某府发〔2025〕8号')]
    >>> _made_under("按照《城市三维模型数据标准》要求，完成全区三维建模")
    []
    """
    made = _MADE.search(sentence)
    under = _UNDER.search(sentence)
    if made is None or under is None or under.start() > made.start():
        return []
    return [(m["title"], m["number"] or "") for m in _DOCUMENT.finditer(sentence[under.start(): made.start()])]
