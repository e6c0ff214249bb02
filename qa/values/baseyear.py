"""「X要比哪一年下降多少」「以哪年为基数下降多少」「基期是哪一年，要提高多少」: a change asked with the year it is
measured from.

The change is asked as any figure is — the question without its base words (:func:`base_asked`), answered and
verified by the figure answerers — and its base is then read where the plan prints it: the clause stating the change
(「较2025年下降3%」「比2020年翻一番」), else a clause of the same plan stating the same change of the same measure
with its base (an indicator row 「…下降率 3」 restated in the prose 「…较2025年下降3%」), else the row's own base
year (its 基期 column). A change whose base the plan never prints is refused, saying what the plan does give: the
year a plan starts in is no base it said.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text
from ..question.frame import BASE_YEAR_PRINTED, parse_frame
from ..question.intent import classify_intent
from .measures import year_agrees
from .prose import VALUE, find_figures

__all__ = ["base_asked", "with_base_year"]

_WHICH_YEAR = r"(?:哪一年|哪年|哪个年份|哪一个年份)"
#: The base year asked: 「比哪一年」「较哪年相比」「以哪一年为基数」「基期是哪一年」.
_BASE_ASKED = re.compile(
    rf"(?:比|较|相比|相较|对比|比起|和|与|同|跟)(?:于)?{_WHICH_YEAR}(?:相比|比较|来说|而言)?(?:的水平)?"
    rf"|(?:是)?以{_WHICH_YEAR}(?:为|作为)(?:基数|基期|基准年?|基年|起点)"
    rf"|[，,]?(?:的)?(?:基期|基数|基准年|基年)(?:是|为)?{_WHICH_YEAR}[，,]?"
)
#: What the rest must ask: how much the measure changes (下降多少, 提高几个百分点, 翻几番).
_CHANGE_ASKED = re.compile(r"(?:下降|降低|减少|压减|提高|提升|增长|增加|扩大|翻)[^？?，,]{0,4}?(?:多少|几)")
#: A change printed after its base (下降3%, 提高2个百分点, 翻一番).
_CHANGE_PRINTED = re.compile(r"(?:累计|年均)?(?:下降|降低|减少|压减|提高|提升|增长|增加|扩大)(?:了|约|近)?|翻")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def base_asked(question: str) -> str | None:
    """The change ``question`` asks with its base year's words left out; None when no base year is asked with a change.

    >>> base_asked("公共机构办公建筑碳排放要比哪一年下降多少？")
    '公共机构办公建筑碳排放要下降多少？'
    >>> base_asked("单位地区生产总值能耗以哪一年为基数下降多少？"), base_asked("能耗强度基期是哪一年，要降低多少？")
    ('单位地区生产总值能耗下降多少？', '能耗强度要降低多少？')
    >>> base_asked("哪一年建成县城第三水厂？"), base_asked("碳排放要下降多少？")
    (None, None)
    """
    m = _BASE_ASKED.search(question)
    if not m:
        return None
    rest = question[: m.start()] + question[m.end():]
    return rest if _CHANGE_ASKED.search(rest) else None


def _printed_base(text: str, value: str) -> tuple[str, str] | None:
    """(base year, the words from the base to the value) where ``text`` prints the value as a change from a year.

    >>> _printed_base("到2030年，公共机构碳排放较2025年下降3%，新能源汽车比例达到85%", "3%")
    ('2025年', '较2025年下降3%')
    >>> _printed_base("新能源汽车比例较2025年提高，达到85%", "85%") is None, _printed_base("产值比2020年翻一番", "翻一番")
    (True, ('2020年', '比2020年翻一番'))
    >>> _printed_base("能耗由2020年的0.5吨下降到0.4吨", "0.4吨")  # 由/从 a year's level: that year is the base
    ('2020年', '由2020年的0.5吨下降到0.4吨')
    """
    number = _NUMBER.search(value)
    # the value's number, or a doubling as printed (翻两番)
    printed = rf"(?<![\d.]){re.escape(number.group(0))}(?![\d.])" if number else re.escape(value) if value.startswith("翻") else None
    if not printed:
        return None
    for clause in re.split(r"[，,；;。]", normalise_text(text)):
        at = re.search(printed, clause)
        base = [b for b in BASE_YEAR_PRINTED.finditer(clause[: at.start()])] if at else []
        if base and _CHANGE_PRINTED.search(clause[base[-1].end() : at.end()]):  # (翻 is the doubling's own)
            printed = VALUE.match(clause, at.start())
            end = printed.end() if printed else at.end()
            return base[-1].group(1), clause[base[-1].start() : end] + ("个百分点" if clause.startswith("个百分点", end) else "")
    return None


def _value_of(kb: KB, item: Item) -> str:
    """The figure an answer's item gives: its label, or the target cell of the indicator row it names."""
    if _NUMBER.search(item.label) or item.label.startswith("翻"):
        return item.label
    return str(kb.attrs(item.entity).get("targetValue") or "") if item.entity else ""


def with_base_year(kb: KB, answer: Answer, rest: str, *, plan: str | None = None) -> Answer:
    """``answer`` (to ``rest``, the change asked) said with the year it is measured from, or refused saying what the
    plan gives where it prints no base year."""
    if not answer.found or not answer.items:
        return answer
    frame = parse_frame(rest, classify_intent(rest))
    name = frame.measures[0] if frame.measures else answer.items[0].label
    for item in answer.items:
        value = _value_of(kb, item)
        if not value:
            continue
        # the clause the answer cites
        for text in (item.detail or "", item.citation.text if item.citation else ""):
            if based := _printed_base(text, value):
                return _said(answer, name, based, text if text == item.detail else _clause_of(text, based[1]), item.citation)
        # the same change of the measure stated elsewhere in the plan with its base
        for measure in frame.measures:
            for f in find_figures(kb, measure, plan=plan or (item.citation.plan if item.citation else None), aspect="change"):
                if f.score >= 0.75 and _same(f.value, value) and year_agrees(kb, f, frame.year, period=frame.period) \
                        and (based := _printed_base(f.clause, f.value)):
                    return _said(answer, name, based, f.clause, kb.citation(f.para))
        # the indicator row's own base year (its 基期 column)
        if item.entity and (year := kb.attrs(item.entity).get("baseYear")):
            text = f"{item.label}：以{year}年为基期，{answer.answer.rstrip('。')}。"
            return Answer(answer.question, text, True, [Item(f"{year}年", item.citation, detail=answer.answer, entity=item.entity)],
                          answer.citations, kind=answer.kind)
    return Answer(answer.question, f"规划未写明{name}以哪一年为基期的变化幅度。规划中相关的是：{answer.answer}", False, [],
                  answer.citations, kind=answer.kind)


def _same(a: str, b: str) -> bool:
    if a.startswith("翻") or b.startswith("翻"):
        return a == b
    x, y = _NUMBER.search(a), _NUMBER.search(b)
    return bool(x and y) and float(x.group(0)) == float(y.group(0))


def _clause_of(text: str, phrase: str) -> str:
    """The clause of ``text`` holding ``phrase`` (the whole text when none does)."""
    return next((c for c in re.split(r"[，,；;。]", normalise_text(text)) if phrase in c), text)


def _said(answer: Answer, name: str, based: tuple[str, str], clause: str, citation) -> Answer:
    year, phrase = based
    text = f"{name}：{phrase}（基期为{year}，原文：“{clause}”）。"
    citations = [citation] + [c for c in answer.citations if c.id != citation.id] if citation else answer.citations
    return Answer(answer.question, text, True, [Item(phrase, citation, detail=clause)], citations, kind="fact")
