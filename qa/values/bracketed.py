"""A figure printed in brackets right after its name: 「推进远香湖南（4.73平方公里）、嘉北公园二期（10.46平方公里）」.

Plans list the members of a run each with its size in brackets. The name's figure is the one in its own
brackets — never the figure of the member before it, which a reading of 「名称 + 数值」 clauses pairs with
it. Asked 「马陆社区的面积有多大」, the answer is the bracket after 马陆社区, cited; a question naming a year the
paragraph does not state, or a unit of another kind (多长 for an area), is left to the other answerers.
"""
from __future__ import annotations

import re

from kg.extract.units import UNITS, parse_quantities

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of

__all__ = ["answer_bracketed"]

# 「名称（4.42平方公里）」: a bracket holding one figure and nothing else.
_BRACKET = re.compile(r"[（(](?P<raw>约?\d+(?:\.\d+)?\s*[^\d（）()、，,；;。\s]{1,8})[）)]")
# Where a member's name starts: after the run's separator or the clause's verb.
_SEPARATOR = re.compile(r"[、，,；;：:（(）)。“”\"]|推进|建设|完成|包括|其中|以及|和|与|及")
_ASKED = re.compile(r"多少|多大|多长|多宽|几个|多少个|面积|规模|长度")
# What each asked word measures, and the dimensions a figure of it may have.
_WANTS = ((re.compile(r"面积|多大|平方|公顷|亩"), ("area",)),
          (re.compile(r"多长|长度|公里|千米"), ("length",)),
          (re.compile(r"投资|多少钱|资金|亿元|万元"), ("money",)))
#: The shortest name read: two characters (社区, 片区) name no member by themselves.
MIN_NAME = 3


def answer_bracketed(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The figure in the brackets right after the name the question asks, else ``None`` (see the module docstring)."""
    q = normalise_text(question)
    if not _ASKED.search(q) or re.search(r"哪一?年|什么时候|几月", q):
        return None
    wanted = next((dims for pattern, dims in _WANTS if pattern.search(q)), None)
    years = set(re.findall(r"(?:19|20)\d\d", q))
    found: dict[tuple[str, str], list[str]] = {}
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text[para]
        if years and not years <= set(re.findall(r"(?:19|20)\d\d", text)):
            continue
        for m in _BRACKET.finditer(text):
            name = _name_before(text[:m.start()], q)
            if not name:
                continue
            quantities = parse_quantities(m["raw"], source=para)
            if len(quantities) != 1 or quantities[0].raw.replace(" ", "") != m["raw"].replace(" ", "").lstrip("约"):
                continue
            dimension = UNITS[quantities[0].unit].dimension if quantities[0].unit in UNITS else _dimension(quantities[0].unit)
            if wanted and dimension not in wanted:
                continue
            found.setdefault((name, m["raw"]), []).append(para)
    names = {name for name, _ in found}
    if len(found) != 1 or len(names) != 1:
        return None  # none, or the name's brackets disagree: left to the answerers that weigh clauses
    (name, raw), paras = next(iter(found.items()))
    cite = kb.citation(paras[0])
    text = f"{name}：{raw}（原文：“{name}（{raw}）”）。"
    return Answer(question, text, True, [Item(raw, cite, detail=name)], [kb.citation(p) for p in paras[:3]], kind="fact")


def _name_before(before: str, q: str) -> str | None:
    """The member's name printed right before a bracket, when the question names it whole: the text from
    the last separator (or verb) on, or its longest tail the question holds (at least :data:`MIN_NAME` long)."""
    cut = max((m.end() for m in _SEPARATOR.finditer(before)), default=0)
    segment = before[cut:]
    for start in range(len(segment) - MIN_NAME + 1):
        tail = segment[start:]
        if tail in q and not re.fullmatch(r"[\d.]+", tail):
            return tail
    return None


def _dimension(unit: str) -> str:
    """A base unit's dimension (m2 → area), for a figure whose printed unit carried a multiplier (万平方米)."""
    return {"m2": "area", "m": "length", "CNY": "money", "m3": "volume"}.get(unit, "")
