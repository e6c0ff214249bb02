"""Annexes (附件1、附件2 …) printed after a plan's last part: each its own heading, 附件N and its title.

A plan issued with a cover letter often ends with 「附件1：」 and a title line (the indicator table), then
「附件2：」 and another (a 项目清单); a portal conversion prints each table one cell a paragraph. The
annexes are no parts of the plan's outline, so a paragraph inside one has no chapter: here it is placed
under its annex (for 「在哪几块提到了」), and an annex's rows are counted by their running 序号
(「附件2那个项目清单一共列了多少项」).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.units import chinese_number

from ..answer import Answer
from ..index.kb import KB, plan_of

__all__ = ["Annex", "annexes", "annex_of", "answer_annex_count", "ANNEX_ASKED"]

# 「附件2：」「附件二」 alone on its line, or 「附件2：重点项目清单」 with its title after it
_ANNEX_LINE = re.compile(r"^附件\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[:：]?\s*(.{0,60})$")
#: A question naming an annex by number.
ANNEX_ASKED = re.compile(r"附件\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})")
_COUNT_ASKED = re.compile(r"(?:多少|几)(?:项|个|条|行|类)?|数量")


@dataclass
class Annex:
    """One annex: its number, its title (the line after 「附件N：」 or the rest of its line) and its
    paragraph nodes, heading lines included, in reading order."""
    number: int
    title: str
    paragraphs: list[str] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"附件{self.number}" + (f" {self.title}" if self.title else "")


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else int(chinese_number(text))


def annexes(kb: KB, plan: str | None = None) -> list[Annex]:
    """The annexes of a plan (of every plan when ``plan`` is None), in reading order.

    An annex opens at a chapterless paragraph reading 「附件N：」 (a list 「附件：1.…2.…」 of the annexes
    is none: it names no number on its own line) and runs to the next one or the plan's end.
    """
    found: list[Annex] = []
    current: Annex | None = None
    last_plan = None
    for p in kb.paragraph_nodes:
        if plan and plan_of(p) != plan:
            continue
        if plan_of(p) != last_plan:
            current, last_plan = None, plan_of(p)
        text = str(kb.attrs(p).get("text") or "").strip()
        m = _ANNEX_LINE.match(text)
        chapterless = not kb.citation(p).chapter
        if m and chapterless and (n := _number(m.group(1))):
            current = Annex(n, m.group(2).strip())
            found.append(current)
        elif current is not None and not chapterless:
            current = None  # a part of the plan after the annex (rare): the annex has ended
        elif current is not None and not current.title and kb.attrs(p).get("kind") != "indicator" \
                and not text.isdigit() and len(text) <= 60:
            current.title = text
        if current is not None:
            current.paragraphs.append(p)
    return found


def annex_of(kb: KB, plan: str | None = None) -> dict[str, Annex]:
    """Each paragraph node inside an annex → its annex."""
    return {p: a for a in annexes(kb, plan) for p in a.paragraphs}


def _rows(kb: KB, annex: Annex) -> int:
    """An annex table's rows: its indicator rows when it was read as an indicator table, else the run of
    running numbers 1, 2, 3 … printed as cells of their own (a flattened table's 序号 column)."""
    indicators = sum(1 for p in annex.paragraphs if kb.attrs(p).get("kind") == "indicator")
    if indicators:
        return indicators
    expected = 1
    for p in annex.paragraphs:
        if str(kb.attrs(p).get("text") or "").strip() == str(expected):
            expected += 1
    return expected - 1


def answer_annex_count(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「附件2那个重点任务与项目清单一共列了多少项？」: the rows of the annex named by number.

    Returns None unless the question names an annex the plan has and asks a count; an annex with no
    numbered rows is answered not found, with its heading cited.
    """
    m = ANNEX_ASKED.search(question)
    if not m or not _COUNT_ASKED.search(question[m.end():]):
        return None
    number = _number(m.group(1))
    annex = next((a for a in annexes(kb, plan) if a.number == number), None)
    if annex is None:
        return None
    cite = [kb.citation(annex.paragraphs[0])]
    rows = _rows(kb, annex)
    if not rows:
        return Answer(question, f"{annex.heading}未列编号的条目，无法确定其项数。", False, [], cite, kind="structure")
    return Answer(question, f"{annex.heading}共列{rows}项（序号1—{rows}）。", True, [], cite, kind="structure")
