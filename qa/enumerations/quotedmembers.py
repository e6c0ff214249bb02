"""「推行哪几种“微自治”形式」「要建成几个“强区”？都是哪些？」: the members of a quoted collective term, as the plan prints them.

The genre names the members of a collective term in one run: the run summed up by the term after it
(「大力推行“A”“B”“C”等“微自治”形式」「A、B、C等“X”」), or each member printed with the term as its head
(「基本建成经济强区、产业强区、科教强区……健康零陵」, whose 健康零陵 is no 强区). A question quoting the term and asking
which, or how many, is answered by that run, each member cited. The plan must print exactly one such run: none, or
runs in two sentences naming different members, answer nothing here (the usual road answers or refuses).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.intent import quoted_phrase
from .members import run_members

__all__ = ["MEMBERS_ASKED", "answer_quoted_members"]

#: Members or their number asked (哪几种, 哪些, 都是哪些, 几个); 「“X”是什么」 asks a definition.
_ASKED = re.compile(r"哪些|哪几|分别是|都是|都有|几[个种类项大]|多少[个种类项]")
MEMBERS_ASKED = _ASKED
#: A run of quoted names (「“A”“B”、“C”」), or a 、-run of bare names, right before 等 and the term.
_SUMMED = r"(?P<quoted>(?:“[^”]{2,16}”、?){2,})|(?P<bare>[\u4e00-\u9fff]{2,16}(?:、[\u4e00-\u9fff]{2,16})+)"
#: A 、-run of names (the clause's lead words on the first, read off by run_members).
_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,20}(?:、[\u4e00-\u9fffA-Za-z0-9]{2,20})+")


def _summed_up(sentence: str, term: str) -> list[str]:
    """The names the run before 「等“term”」 holds."""
    m = re.search(rf"(?:{_SUMMED})等“?{re.escape(term)}", sentence)
    if not m:
        return []
    if m.group("quoted"):
        return re.findall(r"“([^”]+)”", m.group("quoted"))
    return run_members(m.group("bare"))


def _headed(sentence: str, term: str) -> list[str]:
    """The names of a run that end in ``term`` (经济强区、产业强区 for 强区), two or more of them."""
    for m in _RUN.finditer(sentence):
        names = [n for n in run_members(m.group(0)) if n.endswith(term) and n != term]
        if len(names) >= 2:
            return names
    return []


def answer_quoted_members(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The members of the collective term ``question`` quotes, from the one run of the plan that names them."""
    term = quoted_phrase(question)
    if not term or len(term) < 2 or not _ASKED.search(question):
        return None
    runs: dict[tuple[str, ...], str] = {}
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan or term not in kb.norm_text[para]:
            continue
        for sentence in re.findall(r"[^。；！？]+", normalise_text(str(kb.attrs(para).get("text") or ""))):
            names = _summed_up(sentence, term) or _headed(sentence, term)
            if names:
                runs.setdefault(tuple(names), para)
    if len(runs) != 1:
        return None
    (names, para), = runs.items()
    cite = kb.citation(para)
    items = [Item(n, cite) for n in names]
    text = f"规划列出的“{term}”共{len(names)}个：" + "、".join(names) + "。"
    return Answer(question, text, True, items, [cite], kind="list")
