"""Figures a question states: yes/no checks (「X全长58.791公里对吗」) and givens spelled in Chinese numerals.

Office staff check a figure they hold as often as they ask one: 「潇湘大道零陵段长七点九公里吗？」「何仙观水库总库容是
1.3亿立方米吗？」. Such a question is the figure question with the value asked (「…长多少？」), answered and
verified as any figure question; the stated value is then compared with the plan's in one base unit
(:func:`kg.extract.units.parse_quantities`: 7.9公里 is 7.9km, 1.3亿立方米 is 13000万m³, 5万千瓦 is 50MW) and the
answer says 是 or 不是 with the plan's figure and its source. A figure the plan does not give stays not found —
a yes/no question is never confirmed from a neighbour's figure, nor denied when the plan prints it in another unit.

A figure stated as given in Chinese numerals (「香零山大桥长二百七十六米，宽呢？」) is written in digits, as the
plan prints figures, so the answerers read it as a given and not as words to look up.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from kg.extract.units import chinese_number, parse_quantities

from ..answer import Answer
from ..question.intent import normalise_question

__all__ = ["StatedFigure", "stated_figure", "answer_stated", "spelled_givens"]

#: How a yes/no check ends (吗, 对吗, 是不是…) and the words that ask it inside the question (是不是, 是否).
_YESNO_END = re.compile(r"(?:对吗|是吗|对不对|是不是|没错吧|对吧|吗|吧)[？?。!！]*$")
_YESNO_INSIDE = re.compile(r"是不是|是否|有没有")
#: A bound said or printed around a figure (高于70%吗; 不到70%): equal values decide no 是/不是.
_BOUND = re.compile(r"不到|不足|超过|高于|低于|大于|小于|多于|少于|以上|以下|以内|不低于|不少于|不超过|不高于|突破|逾|近")
#: Question words: a clause holding one asks a figure (it is no yes/no check of a stated one).
_ASKS = re.compile(r"多少|几|多[大长宽高深重远]|什么|哪|怎么|如何")
#: A Chinese numeral with a unit of measure (not a counting word: 三个百亿园区 and 一期 stay words).
#: 「六万四千亩」 is one number (万 inside it), 「五千万吨」 a number and its multiplier.
_SPELLED = re.compile(r"(?<![\u4e00-\u9fff])?([〇零一二三四五六七八九十百千两][〇零一二三四五六七八九十百千两万亿]*?(?:点[〇零一二三四五六七八九]+)?)([万亿]?)"
                      r"(公里|千米|平方公里|平方米|立方米|米|万亩|亩|公顷|千瓦|兆瓦|吨|元|斤|担|头|%)")
#: A counting word a stated count ends in (二万四千多个): kept after 多少 in the figure question (多少个人民公社).
_COUNTED = re.compile(r"[个家所座条处项件张户辆次名]$")
#: What makes a number a time, a rank or a name, not a figure (十四五, 第三, 二〇二五年).
_NOT_FIGURE = re.compile(r"^(?:年|五|期|级|号|中|路|环)")


@dataclass(frozen=True)
class StatedFigure:
    """A yes/no check of a figure: the question asking the figure, and the value stated (as printed, in base units)."""

    asked: str
    printed: str
    value: float
    unit: str
    #: The bound the question puts on it (「100亿元以上」: ≥), None for a value said plainly.
    qualifier: str | None = None


def spelled_givens(question: str) -> str:
    """``question`` with figures spelled in Chinese numerals written in digits where it states them (a clause with no
    question word) or checks them (a yes/no question).

    >>> spelled_givens("香零山大桥长二百七十六米，宽呢？")
    '香零山大桥长276米，宽呢？'
    >>> spelled_givens("永零高速公路全长五十八点七九一公里对吗？")
    '永零高速公路全长58.791公里对吗？'
    >>> spelled_givens("三个百亿园区是哪三个？"), spelled_givens("一期投资多少万元？")
    ('三个百亿园区是哪三个？', '一期投资多少万元？')
    """
    yesno = bool(_YESNO_END.search(question) or _YESNO_INSIDE.search(question))
    clauses = re.split(r"([，,；;。？?！!])", question)
    out = []
    for clause in clauses:
        if yesno or not _ASKS.search(clause):
            clause = _SPELLED.sub(_digits, clause)
        out.append(clause)
    return "".join(out)


def _digits(m: re.Match) -> str:
    """The spelled figure in digits, in the multiplier it was said with (一亿八千万头 → 1.8亿头, 六万四千亩 → 64000亩).

    >>> _digits(_SPELLED.search("一亿八千万头")), _digits(_SPELLED.search("五千万吨")), _digits(_SPELLED.search("六万四千亩"))
    ('1.8亿头', '5000万吨', '64000亩')
    """
    try:
        number = chinese_number(m.group(1) + m.group(2))
    except ValueError:
        return m.group(0)
    word = "亿" if m.group(2) and number >= 1e8 else m.group(2)
    number /= {"亿": 1e8, "万": 1e4}.get(word, 1)
    return f"{number:.6f}".rstrip("0").rstrip(".") + word + m.group(3)


def stated_figure(question: str) -> StatedFigure | None:
    """The figure a yes/no question checks, and the question asking it; None for any other question.

    >>> s = stated_figure("潇湘大道零陵段长七点九公里吗？")
    >>> s.asked, s.printed, s.value, s.unit
    ('潇湘大道零陵段长多少？', '7.9公里', 7900.0, 'm')
    >>> stated_figure("何仙观水库总库容是不是1.3亿立方米？").asked
    '何仙观水库总库容是多少？'
    >>> stated_figure("大庆坪风电场属于约束性指标吗？") is None, stated_figure("灌区多少亩？") is None
    (True, True)
    >>> stated_figure("工业炸药产能利用率高于70%吗？") is None
    True
    >>> s = stated_figure("园区产值到2025年达到100亿元以上吗？")
    >>> s.asked, s.printed, s.qualifier
    ('园区产值到2025年达到多少？', '100亿元以上', '≥')
    >>> stated_figure("现在全国有二万四千多个人民公社，对吗？").asked, stated_figure("平均一个公社拥有六万四千亩耕地吗？").printed
    ('现在全国有多少个人民公社？', '64000亩')
    """
    q = spelled_givens(normalise_question(question))
    if _ASKS.search(q) or not (_YESNO_END.search(q) or _YESNO_INSIDE.search(q)):
        return None
    figures = [f for f in parse_quantities(q, source="q") if not _NOT_FIGURE.match(q[q.find(f.raw) + len(f.raw):])]
    if len(figures) != 1 or figures[0].qualifier == "range":
        return None
    f = figures[0]
    at = q.find(f.raw)
    if _BOUND.search(q[:at] + "|" + q[at + len(f.raw):]) or (_BOUND.search(f.raw) and f.qualifier not in ("≥", "≤")):
        # 「产能利用率高于70%吗」 compares with a bound: answered as a figure question, no 是/不是 by value
        # (a bound printed after the figure, 「100亿元以上吗」, is the figure checked)
        return None
    before = re.sub(r"(?:是不是|是否)(?:为|是)?$", "是", q[:at])
    after = re.sub(r"[，,？?。!！]+$", "", _YESNO_END.sub("", q[at + len(f.raw):]))
    body = re.sub(r"是不是|是否", "", before)
    if not body or re.search(r"[，,；;]$", body):
        return None
    counted = _COUNTED.search(f.raw)
    return StatedFigure(f"{body}多少{counted.group(0) if counted else ''}{after}？", f.raw, f.value, f.unit,
                        f.qualifier if f.qualifier in ("≥", "≤") else None)


def answer_stated(ask: Callable[[str], Answer], question: str, stated: StatedFigure,
                  otherwise: Callable[[], Answer] | None = None) -> Answer:
    """Answer a yes/no check: the figure question answered by ``ask`` (verified as any), then 是/不是 by value.

    When the figure question finds nothing (no figure at all, not one refused by the checks), ``otherwise()`` (the
    question answered as asked) is the answer; nothing is confirmed without a figure. A figure in a unit of another dimension is given
    without a verdict.
    """
    answer = ask(stated.asked)
    answer.question = question
    if not answer.found and otherwise is not None and "未能确定" not in answer.answer:
        # nothing found for the figure asked (no figure refused by the checks): the question as asked
        fallback = otherwise()
        fallback.question = question
        return fallback
    if not answer.found or answer.kind not in ("fact", "indicator") or not answer.items:
        return answer
    printed = _indicator_value(answer.answer, stated.asked) if answer.kind == "indicator" else [i.label or "" for i in answer.items]
    plan = [q for label in printed for q in parse_quantities(label, source="a") if q.unit == stated.unit]
    if not plan:
        return answer
    bounded = [label for label in printed if _BOUND.search(label)]
    if bounded and not all(q.qualifier in ("≥", "≤") for q in plan):
        # 「不到70%」「近70%」 printed: no value to hold the stated one against (the plan's figure is given as printed)
        return answer
    # 「提高到95%吗」 of 「90%以上」: the plan's bound is not the value stated; 「达到90%吗」 (or 「90%以上吗」) is it.
    same = any(_meets(stated, q) for q in plan)
    if same or not bounded:
        verdict = "是的，与规划一致" if same else f"不是，规划给出的不是{stated.printed}"
    else:
        verdict = f"不是，规划给出的是{'、'.join(bounded)}"
    return Answer(question, f"{verdict}。{answer.answer}", True, answer.items, answer.citations, kind="fact")


def _indicator_value(text: str, asked: str) -> list[str]:
    """The value an indicator row's answer gives for the year asked (else its target), with the row's unit.

    >>> _indicator_value("地区生产总值（亿元），2020年为232，2025年目标为341，年均增速8.0%。", "2025年GDP是多少")
    ['341亿元']
    >>> _indicator_value("地区生产总值（亿元），2020年为232，2025年目标为341。", "2020年GDP是多少")
    ['232亿元']
    """
    unit = re.search(r"（([^（）0-9]{1,6})）", text)
    year = re.search(r"((?:19|20)\d\d)年", asked)
    value = re.search(rf"{year.group(1)}年(?:目标)?为([0-9.]+)" if year else r"目标为([0-9.]+)", text)
    return [value.group(1) + unit.group(1)] if unit and value else []


def _meets(stated: StatedFigure, printed) -> bool:
    """Whether the plan's quantity ``printed`` is the stated figure: the same value (and the same bound, when both
    print one), or a plain value within the bound the question states (「100亿元以上吗」 of 120亿元).

    >>> pq = lambda t: parse_quantities(t, source="a")
    >>> ask = lambda t: stated_figure(f"产值达到{t}吗？")
    >>> _meets(ask("100亿元以上"), pq("120亿元")[0]), _meets(ask("100亿元以上"), pq("80亿元")[0])
    (True, False)
    >>> _meets(ask("95%"), pq("90%以上")[0]), _meets(ask("90%"), pq("90%以上")[0]), _meets(ask("90%以下"), pq("90%以上")[0])
    (False, True, False)
    """
    if stated.qualifier and printed.qualifier not in ("≥", "≤"):
        ahead = printed.value - stated.value if stated.qualifier == "≥" else stated.value - printed.value
        return ahead >= 0 or _agrees(stated.value, printed.value, printed.qualifier)
    return _agrees(stated.value, printed.value, printed.qualifier) and stated.qualifier in (None, printed.qualifier)


def _agrees(said: float, printed: float, qualifier: str | None) -> bool:
    """Whether a stated value is the printed one (an approximate print, 约276m, allows a rounding's difference)."""
    if printed == 0:
        return said == 0
    tolerance = 0.05 if qualifier == "≈" else 1e-6
    return abs(said - printed) / abs(printed) <= tolerance
