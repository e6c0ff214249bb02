"""「全区应急避难场所由谁负责启用」: the unit a 职责分工 list gives the duty asked.

A plan's 职责分工 (or 部门职责) section prints one paragraph per unit, the unit before a colon and its duties after
it, split by semicolons — 「区应急管理局：参与制定……;参与……的建设指导和验收;负责全区应急避难场所启用。」. The unit
before the colon owns every duty after it, though no duty names it. The answer is the unit (or units) whose own
duty prints every word of the task asked (:func:`qa.values.clausefallback.covers`), a duty it leads (负责, 牵头)
before one it only takes part in (参与, 配合) when the question asks who is responsible.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..values.clausefallback import covers
from .responsible import PARTNERS, RESPONSIBLE_ASKED, UNIT_NAME, asked_task

__all__ = ["Duty", "answer_duty_owner", "duties_of"]

#: 「区应急管理局：…」: a unit's name (no clause of its own), its colon, then its duties.
_LEAD = re.compile(r"^(?P<unit>[^：:，,。；;、（）()\s]{2,20})[：:](?P<duties>.+)$")
#: A role label before a colon is a task's units (责任单位：…), read by qa.passages.responsible.
_LABEL = re.compile(r"单位$|部门$|^主要|^工作|职责$|任务$|目标$|措施$")
_DUTY = re.compile(r"[^；;。]+")


@dataclass(frozen=True)
class Duty:
    """One duty of a 职责分工 paragraph: its unit, the duty as printed and whether the unit only takes part in it."""

    unit: str
    duty: str
    partner: bool
    para: str


def duties_of(para: str, text: str) -> list[Duty]:
    """The duties paragraph ``text`` gives its leading unit; [] when it opens with no unit and colon.

    >>> [d.duty for d in duties_of("p", "区水务局：负责河道整治;参与排水设施验收。")]
    ['负责河道整治', '参与排水设施验收']
    >>> duties_of("p", "责任单位：区水务局")
    []
    """
    m = _LEAD.match(text.strip())
    if m is None or not UNIT_NAME.search(m["unit"]) or _LABEL.search(m["unit"]):
        return []
    return [Duty(m["unit"], d.strip(), d.strip().startswith(PARTNERS), para) for d in _DUTY.findall(m["duties"]) if d.strip()]


def _duties(kb: KB, para: str) -> list[Duty]:
    """The duties of paragraph ``para``: its own unit and colon (「区水务局：…」), else the unit its heading names alone
    (「（三）区绿化市容局」 over 「协助执法部门依法对…进行认定;落实…」: the 部门职责 list printed as headings)."""
    text = kb.norm_text[para]
    if own := duties_of(para, text):
        return own
    parent = kb.parent(para)
    unit = normalise_text(str(kb.attrs(parent).get("title") or "")) if parent else ""
    # only inside the plan's 部门职责/职责分工 part: a heading elsewhere naming a body (a task table's 「镇河长办」) gives
    # the cells under it no duties of its own
    above = kb.parent(parent) if parent else None
    if not above or not re.search(r"职责|分工", str(kb.attrs(above).get("title") or "")) or re.match(r"\d+[.、．]", text):
        return []  # (「3.落实保洁经费」: a numbered task cell of a table printed there, no duty of the heading's body)
    return duties_of(para, f"{unit}：{text}") if unit and not re.search(r"[：:，,。；;]", unit) else []


def answer_duty_owner(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The unit(s) of the 职责分工 paragraphs owning the duty ``question`` asks about, or None.

    Returns
    -------
    Answer or None
        ``found`` with one item per owning unit (its duty as detail, its paragraph cited); None when the question
        asks no one responsible or no unit's own duty prints the task asked.
    """
    q = normalise_text(question)
    if not RESPONSIBLE_ASKED.search(q) or len(task := asked_task(q)) < 4:
        return None
    owning = [d for p in kb.paragraph_nodes if not plan or plan_of(p) == plan
              for d in _duties(kb, p) if covers(task, d.duty)]
    if not any(w in q for w in PARTNERS) and any(not d.partner for d in owning):
        owning = [d for d in owning if not d.partner]  # 负责 asked: the units leading it, not those taking part
    if not owning:
        return None
    units = list(dict.fromkeys(d.unit for d in owning))
    items = [Item(d.unit, kb.citation(d.para), detail=d.duty) for d in owning]
    said = "；".join(f"{d.unit}：{d.duty}" for d in owning)
    cites = list({c.id: c for c in (i.citation for i in items)}.values())
    return Answer(question, f"{'、'.join(units)}（原文：“{said}”）。", True, items, cites, kind="list")
