"""「按多少年一遇设防？」「排水能力要达到几年一遇？内涝呢？」: a return-period standard (N年一遇) as the plan prints it.

Flood, drainage and waterlogging standards are printed as 「区域50年一遇洪水标准」「3-5年一遇排水能力」「重要地区30年一遇、
其他地区20年一遇除涝标准」 — no unit the figure readers know, the owner before or after the figure and a 、-run sharing
one standard. Each asked part (a ？-part, or each name of a 「A和B分别…」 run with the question's standard) gets the
N年一遇 whose owner (its 、-clause before it) and comma clause share most of its words; a part no clause matches is said not printed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of

__all__ = ["RECURRENCE_ASKED", "Recurrence", "answer_recurrence", "recurrences"]

#: Asking a return period: 几/多少年一遇, or a 防洪/排水/除涝 standard asked for its level.
RECURRENCE_ASKED = re.compile(r"(?:几|多少|啥)年一遇|年一遇.{0,8}(?:多少|几)"
                              r"|(?:防洪|防潮|除涝|排涝|防涝|排水)(?:标准|能力).{0,10}(?:多少|几|什么|怎样|多高)")

#: A return period as printed: 50年一遇, 3-5年一遇, 50～100年一遇, 百年一遇.
_PERIOD = re.compile(r"(?:\d+(?:\.\d+)?(?:[-－~～—至到]\d+)?|[一二三四五六七八九十百千两]+)年一遇")

#: The asking words: what is left of a part is its owner and standard.
_ASK = re.compile(r"(?:要|将|需要|应)?(?:达到|按照?|执行|提高到|提升到|是|为)?(?:几|多少|啥)年一遇(?:的)?|分别(?:是|为)?|是多少|多少"
                  r"|[呢吗]$|设防|[？?，,。\s]")
#: A 「A和B分别」 run: each name is a part of its own, with the words around the run.
_RUN = re.compile(r"(?P<run>[^，,？?]{2,30}?(?:和|与|及|、)[^，,？?]{2,30}?)分别")


@dataclass(frozen=True)
class Recurrence:
    """One printed N年一遇: ``period`` as printed, its owner (its 、-clause before it: 「重要地区」 of 「重要地区30年一遇、
    其他地区20年一遇除涝标准」 — the standard after a run is every member's), comma clause, sentence and paragraph."""

    period: str
    owner: str
    comma_clause: str
    sentence: str
    para: str


def recurrences(kb: KB, *, plan: str | None = None) -> list[Recurrence]:
    """Every N年一遇 the plan prints, in reading order (empty when it prints none)."""
    found = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text.get(para, "")
        if "年一遇" not in text:
            continue
        for sentence in re.split(r"(?<=[。；;])", text):
            for comma in re.split(r"[，,]", sentence):
                for clause in comma.split("、"):
                    for m in _PERIOD.finditer(clause):
                        found.append(Recurrence(m.group(0), clause[:m.start()], comma, sentence, para))
    return found


def _pairs(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)} - {"年一", "一遇"}


def _score(part: str, rec: Recurrence) -> tuple[float, int]:
    """How well a figure answers a part: first the share of the part's character pairs its comma clause prints (all
    its words, 城区 and 防洪标准, over a clause printing only the standard), then shared pairs — the figure's owner
    counting double, its comma clause and sentence once each."""
    want = _pairs(part)
    if not want:
        return 0.0, 0
    in_clause = want & _pairs(rec.comma_clause)
    return (round(len(in_clause) / len(want), 2),
            2 * len(want & _pairs(rec.owner)) + len(in_clause) + len(want & _pairs(rec.sentence)))


def _parts(q: str) -> list[str]:
    """The asked parts: each ？-part, a 「A和B分别…」 run split into one part per name with the part's other words."""
    parts = []
    for piece in [p for p in re.split(r"[？?]", q) if p.strip()]:
        m = _RUN.search(piece)
        if m:
            rest = piece.replace(m["run"], "")
            names = [n for n in re.split(r"和|与|及|、", m["run"]) if n]
            parts += [_ASK.sub("", name + rest) for name in names]
        else:
            parts.append(_ASK.sub("", piece))
    return [p for p in parts if p]


def answer_recurrence(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The N年一遇 of each asked part, cited.

    Parameters
    ----------
    question : str
        Holds :data:`RECURRENCE_ASKED`.

    Returns
    -------
    Answer or None
        ``found: true`` with one item per part (label: the N年一遇, detail: the comma clause printing it) when every part has a clause sharing
        its own words; ``found: false`` naming the parts the plan gives no N年一遇 for; ``None`` when nothing is asked
        or the plan prints no N年一遇.
    """
    q = normalise_text(question)
    if not RECURRENCE_ASKED.search(q):
        return None
    printed = recurrences(kb, plan=plan)
    if not printed:
        return None
    items, asked, missing = [], [], []
    for part in _parts(q):
        best = max(printed, key=lambda r: _score(part, r))
        # Most of the part's own words must be in the figure's comma clause, not only elsewhere in its sentence.
        if _score(part, best)[0] < 0.4:
            missing.append(part)
            continue
        asked.append(part)
        items.append(Item(best.period, kb.citation(best.para), detail=best.comma_clause))
    if not items:
        return None
    if missing:
        return Answer(question, f"规划中没有写明{'、'.join(missing)}的年一遇标准。", False, [],
                      [i.citation for i in items], kind="fact")
    said = "；".join(f"{part}：{i.label}（{i.detail}）" for part, i in zip(asked, items))
    return Answer(question, said + "。", True, items, list(dict.fromkeys(i.citation for i in items)), kind="fact")
