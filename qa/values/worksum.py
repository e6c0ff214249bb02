"""「零陵灌区工程里各个灌区的灌溉面积加起来一共多少万亩」: a measure summed over the parts a works' own paragraph lists.

A works (工程) is printed as one paragraph listing its parts, each with the measure and its own figure (「双牌灌区…
灌溉面积8.6万亩，石坝仔水库灌区…灌溉面积5.96万亩，…」). Asked for the parts' total with no part named, the first
figure is no answer: every figure the paragraph prints right after the measure's words is added, saying each. A
count the question gives (「六个灌区」) must match the figures found, and they must share one unit; else no sum.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from typing import Callable

from ..answer import Answer, Item
from ..index.kb import normalise_text
from .runmembers import after_verb, run_named
from .sums import SUM_ASKED, added

__all__ = ["WorksSum", "works_sum_asked", "measure_figures", "summed_over", "shared_by_run", "answer_works_sum"]

_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
#: The works, the parts counted (各个/这几个/六个 + their kind), the measure, then the sum word.
_ASKED = re.compile(r"^(?P<works>[\u4e00-\u9fff]{2,16}?)(?:里面|里|中|的)?(?:这|那)?(?P<count>各个|各|几个|所有|[两二三四五六七八九十]个)"
                    r"(?P<kind>[\u4e00-\u9fff]{1,4}?)的?(?P<measure>[\u4e00-\u9fff]{2,6}?)(?:是|有)?$")


@dataclass(frozen=True)
class WorksSum:
    """A works' parts summed: the ``works`` named, the parts' ``kind``, the ``measure`` and the ``count`` said (or 0)."""

    works: str
    kind: str
    measure: str
    count: int


def works_sum_asked(question: str) -> WorksSum | None:
    """The works' parts sum a question asks, or None.

    >>> works_sum_asked("零陵灌区工程里各个灌区的灌溉面积加起来一共多少万亩？")
    WorksSum(works='零陵灌区工程', kind='灌区', measure='灌溉面积', count=0)
    >>> works_sum_asked("零陵灌区工程六个灌区的灌溉面积合计多少？").count
    6
    >>> works_sum_asked("甲灌区和乙灌区的灌溉面积加起来多少？") is None
    True
    """
    total = SUM_ASKED.search(question)
    if not total:
        return None
    m = _ASKED.match(question[: total.start()])
    if not m:
        return None
    count, kind, measure = m["count"], m["kind"], m["measure"]
    if "的" in measure:  # 「各个灌区的灌溉面积」: the kind ends at 的
        head, measure = measure.split("的", 1)
        kind += head
    if len(measure) < 2 or len(kind) < 2:
        return None
    return WorksSum(m["works"], kind, measure, _DIGITS.get(count[0], 0) if count.endswith("个") else 0)


def measure_figures(text: str, measure: str) -> list[str]:
    """The figures ``text`` prints right after ``measure``'s words, each with its unit.

    >>> measure_figures("甲灌区渠道5km，灌溉面积8.6万亩，乙灌区渠道3km，灌溉面积5.96万亩。", "灌溉面积")
    ['8.6万亩', '5.96万亩']
    """
    return [m.group(1) for m in re.finditer(re.escape(measure) + r"(?:约|达|为)?(\d+(?:\.\d+)?[万亿]?[^\d，,。；;、\s（(]{1,4})", text)]


def summed_over(text: str, asked: WorksSum) -> tuple[str, list[str]] | None:
    """(the total, the figures added) of ``asked``'s measure over the works' paragraph ``text``, or None when it
    prints fewer than two, not as many as counted, or in units that do not add.

    >>> p = "甲工程。甲灌区渠道5km，灌溉面积8.6万亩，乙灌区渠道3km，灌溉面积5.96万亩。"
    >>> summed_over(p, WorksSum("甲工程", "灌区", "灌溉面积", 0))
    ('14.56万亩', ['8.6万亩', '5.96万亩'])
    >>> summed_over(p, WorksSum("甲工程", "灌区", "灌溉面积", 3)) is None
    True
    """
    figures = measure_figures(text, asked.measure)
    if len(figures) < 2 or (asked.count and asked.count != len(figures)):
        return None
    total = added(figures)
    return (total, figures) if total else None


def shared_by_run(text: str, figure: str, asked: WorksSum) -> str | None:
    """The run of parts (as printed, its verb dropped) ``text`` prints ``figure`` for as one figure, when it names as
    many parts as ``asked`` counts (any two or more when no count is said) and none has a figure of its own; else None.

    >>> t = "乙工程。兴建甲村、乙村、丙村三个水厂，供水规模为3万吨每天。"
    >>> shared_by_run(t, "3万吨每天", WorksSum("乙工程", "水厂", "供水规模", 3))
    '甲村、乙村、丙村三个水厂'
    >>> shared_by_run(t, "3万吨每天", WorksSum("乙工程", "水厂", "供水规模", 4)) is None
    True
    """
    plain = normalise_text(text)
    run = run_named("", plain, plain.find(normalise_text(figure)), figure)
    if not run or (asked.count and asked.count != len(run.names)):
        return None
    return after_verb(run.head)


def answer_works_sum(ask: Callable[[str], Answer], asked: str, summed: WorksSum) -> Answer | None:
    """The measure's total over the works' paragraph (the one a figure question of the works cites that opens with
    its name); None when no such paragraph is cited, a refusal saying what it prints when its figures do not add."""
    one = ask(f"{summed.works}的{summed.measure}是多少？")
    cite = next((c for c in one.citations if (c.text or "").lstrip().startswith(summed.works)), None)
    if cite is None:
        return None
    figures = measure_figures(cite.text or "", summed.measure)
    result = summed_over(cite.text or "", summed)
    if result is None and len(figures) == 1 and (run := shared_by_run(cite.text or "", figures[0], summed)):
        # 「兴建何仙观、黄江源、石坝仔、猫儿岩四个农村饮水水厂，供水规模为5.5万吨每天」 asked 「四个水厂…一共」: the one
        # figure printed for the run of as many parts as asked is their total, said so — nothing is added
        text = f"规划对{run}只给出一个合计数值：{figures[0]}（未分列各项，无需相加）。"
        return Answer(asked, text, True, [Item(figures[0], cite, detail=run)], [cite], kind="fact")
    if result is None:
        said = "、".join(figures) or "无"
        why = f"所问{summed.count}个，规划列出{len(figures)}项" if summed.count and figures else "各项数值不能相加"
        return Answer(asked, f"规划未给出所问的合计数（{why}）：{summed.works}所列{summed.measure}为{said}。",
                      False, [], [cite], kind="fact")
    total, figures = result
    text = f"{summed.works}各{summed.kind}的{summed.measure}合计{total}（{' + '.join(figures)}，按规划所列各项相加）。"
    return Answer(asked, text, True, [Item(total, cite, detail=" + ".join(figures))], [cite], kind="fact")
