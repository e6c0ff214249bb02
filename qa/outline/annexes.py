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

from ..answer import Answer, Item
from ..index.kb import KB, plan_of

__all__ = ["Annex", "annexes", "annex_of", "answer_annex_count", "named_annex", "ANNEX_ASKED"]

# 「附件2：」「附件二」 alone on its line, or 「附件2：重点项目清单」 with its title after it
_ANNEX_LINE = re.compile(r"^附件\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[:：]?\s*(.{0,60})$")
# 「附件：普陀区水务“十五五”重点项目清单」: a plan's one annex, titled with no number (a list 「附件：1.…」 of annexes is none);
# 「附件：」 alone, its title on the next line (「重点任务一览表」)
_UNNUMBERED_LINE = re.compile(r"^附件\s*[:：]\s*([^\d\s。；;，,][^。；;]{1,59})?$")
#: A question naming an annex by number (「附件一共列了几项」: 一共 counts, no annex 一).
ANNEX_ASKED = re.compile(r"附件\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3}(?!共))")
_COUNT_ASKED = re.compile(r"(?:多少|几)(?:项|个|条|行|类)?|数量")


@dataclass
class Annex:
    """One annex: its number (None for a 「附件：<title>」 printed with none), its title (the line after 「附件N：」
    or the rest of its line) and its paragraph nodes, heading lines included, in reading order."""
    number: int | None
    title: str
    paragraphs: list[str] = field(default_factory=list)

    @property
    def heading(self) -> str:
        if self.number is None:
            return f"附件 {self.title}"
        return f"附件{self.number}" + (f" {self.title}" if self.title else "")


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else int(chinese_number(text))


def annexes(kb: KB, plan: str | None = None) -> list[Annex]:
    """The annexes of a plan (of every plan when ``plan`` is None), in reading order.

    An annex opens at a chapterless paragraph reading 「附件N：」 (a list 「附件：1.…2.…」 of the annexes
    is none: it names no number on its own line), or 「附件：<title>」 after the plan's chapters (before them
    such a line labels the document itself), and runs to the next one or the plan's end.
    """
    found: list[Annex] = []
    current: Annex | None = None
    last_plan, in_body = None, False
    for p in kb.paragraph_nodes:
        if plan and plan_of(p) != plan:
            continue
        if plan_of(p) != last_plan:
            current, last_plan, in_body = None, plan_of(p), False
        text = str(kb.attrs(p).get("text") or "").strip()
        m = _ANNEX_LINE.match(text)
        chapterless = not kb.citation(p).chapter
        untitled = _UNNUMBERED_LINE.match(text) if chapterless and in_body else None
        in_body = in_body or not chapterless
        if m and chapterless and (n := _number(m.group(1))):
            current = Annex(n, m.group(2).strip())
            found.append(current)
        elif untitled and current is not None and current.number is None and len(current.paragraphs) == 1 \
                and not untitled.group(1):
            pass  # 「附件：<title>」 then 「附件：」 alone (a page printing its annex's heading twice): one annex
        elif untitled:
            current = Annex(None, (untitled.group(1) or "").strip())
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


#: A line opening with its running number, by numbering family (「3.打通中心城区“断头路”20条。」「12、…」, 「（1）建设精品
#:道路300条。」): a table's group lines may print the other family (「1、改善城市道路环境」 over rows （1）…（N）).
_NUMBERED_LINES = (re.compile(r"^(\d{1,3})\s*[.．、]"), re.compile(r"^[（(](\d{1,3})[）)]"))
#: An annex's own category line (「一、交通出行」).
_CATEGORY_LINE = re.compile(r"^[一二三四五六七八九十]{1,3}、\s*(\S.{0,30})$")
#: Title words every kind of annex has: naming one of them names no annex.
_GENERIC_TITLE = re.compile(r"^(?:工作目标|主要任务|重点任务|重点项目|项目清单|任务分工|指标体系|名词解释|主要指标|分工方案)$")
_CATEGORIES_ASKED = re.compile(r"(?:分|有|列)[了成为]?(?:哪几|哪些|几)(?:类|个方面|大类|块|部分)|(?:哪几|几)类")


def _rows(kb: KB, annex: Annex) -> int:
    """An annex table's rows: its indicator rows when it was read as an indicator table, else the run of
    running numbers 1, 2, 3 … printed as cells of their own (a flattened table's 序号 column) or opening
    its lines (「1.推动轨道交通…」…「72.…」, 「（1）…」…「（35）…」) in one family, the family numbering most."""
    indicators = sum(1 for p in annex.paragraphs if kb.attrs(p).get("kind") == "indicator")
    if indicators:
        return indicators
    runs = []
    for family in _NUMBERED_LINES:
        expected = 1
        for p in annex.paragraphs:
            text = str(kb.attrs(p).get("text") or "").strip()
            m = family.match(text)
            if text == str(expected) or m and m.group(1) == str(expected):
                expected += 1
        runs.append(expected - 1)
    return max(runs)


def named_annex(kb: KB, question: str, plan: str | None = None) -> Annex | None:
    """The annex a question names by number (附件2) or by four or more characters of its title (民生实事 of
    「成都市2021年民生实事工作目标」) — one annex only, and not by words every annex title has (工作目标) — or by 附件
    alone where the plan has one."""
    found = annexes(kb, plan)
    if m := ANNEX_ASKED.search(question):
        number = _number(m.group(1))
        return next((a for a in found if a.number == number), None)
    named = [a for a in found if _shared_title(question, a.title)]
    if not named and len(found) == 1 and "附件" in question:
        named = found  # 「附件一共列了几项」 of a plan with one annex
    return named[0] if len(named) == 1 else None


#: The words of 「…一共列了多少项」 beyond the annex it names.
_COUNT_WORDS = re.compile(r"附件\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})?|(?:19|20)\d\d年|今年|那个|这个|里面|里|中|上|"
                          r"一共|总共|总计|合计|共|列了?|写了?|有|多少|几|项目?|条|个|件|行|类|数量|举措|措施|任务|重点|具体|主要|"
                          r"的|了|吗|呢|[？?。，,\s]")


def _asks_more(question: str, annex: Annex) -> bool:
    """Whether a question naming an annex asks more than how many rows it has: 「民生实事里打通…断头路的目标是多少条」
    asks a figure inside it (two or more characters left once the annex's title and the count words are gone)."""
    rest = question
    for size in range(min(len(annex.title), 12), 1, -1):
        for at in range(len(annex.title) - size + 1):
            rest = rest.replace(annex.title[at: at + size], "")
    return len(_COUNT_WORDS.sub("", rest)) >= 2


def _shared_title(question: str, title: str) -> bool:
    """Whether the question prints four characters or more of ``title`` in a row (not only generic ones)."""
    for size in range(min(len(title), 12), 3, -1):
        for at in range(len(title) - size + 1):
            piece = title[at: at + size]
            if piece in question and re.fullmatch(r"[\u4e00-\u9fff]+", piece) and not _GENERIC_TITLE.match(piece):
                return True
    return False


def answer_annex_count(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「附件2那个重点任务与项目清单一共列了多少项？」: the rows of the annex named by number.

    Returns None unless the question names an annex the plan has and asks a count; an annex with no
    numbered rows is answered not found, with its heading cited.
    """
    annex = named_annex(kb, question, plan)
    if annex is None:
        return None
    cite = [kb.citation(annex.paragraphs[0])]
    categories = [(p, m.group(1)) for p in annex.paragraphs
                  if (m := _CATEGORY_LINE.match(str(kb.attrs(p).get("text") or "").strip()))]
    if _CATEGORIES_ASKED.search(question) and len(categories) >= 2:
        # 「民生实事分了哪几类」: the annex's own 一、二、 lines, in order.
        items = [Item(name, kb.citation(p)) for p, name in categories]
        text = f"{annex.heading}分为{len(items)}类：" + "、".join(i.label for i in items) + "。"
        return Answer(question, text, True, items, cite + [i.citation for i in items][:10], kind="list")
    m = ANNEX_ASKED.search(question)
    if not _COUNT_ASKED.search(question[m.end():] if m else question) or _asks_more(question, annex):
        return None
    rows = _rows(kb, annex)
    if not rows:
        return Answer(question, f"{annex.heading}未列编号的条目，无法确定其项数。", False, [], cite, kind="structure")
    return Answer(question, f"{annex.heading}共列{rows}项（序号1—{rows}）。", True, [], cite, kind="structure")
