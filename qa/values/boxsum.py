"""「专栏7.1里两个特色园区到2025年产值和利税加起来各是多少」: a box's items counted back, summed measure by measure.

The question names no item: it names a box and counts its items back (「两个特色园区」), then one measure or several
joined (产值和利税), each to be summed over the items. Measures joined are never added to each other (产值 + 利税 is
no figure); each is asked of every item alone (「循环经济产业园2025年产值是多少」) and added, saying the parts. A box
holding another number of items than counted, or an item with no figure of a measure, leaves that sum unanswered.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..answer import Answer, with_item_citations
from .boxmembers import BOX_ASKED
from .sums import SUM_ASKED, added

__all__ = ["BoxSum", "box_sum_asked", "answer_box_sum"]

_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
#: The count naming the box's items back, then the words up to the sum word (「两个特色园区到2025年产值和利税」).
_COUNTED = re.compile(r"^(?:的)?(?:这|那)?(?P<n>[两二三四五六七八九十])(?:个|座|家|处|项|条|所)(?P<kind>[\u4e00-\u9fff]{0,4}?(?:项目|工程|园区|园子|园|场|站|厂|路|桥|校|院|馆|中心))(?P<rest>(?:到|在)?(?:19|20)\d\d年.*|的.*|[\u4e00-\u9fff]{2,12})$")
_YEAR = re.compile(r"(?:到|在)?((?:19|20)\d\d)年(?:底|末)?的?")
_MEASURE = re.compile(r"[\u4e00-\u9fff]{2,6}")


@dataclass(frozen=True)
class BoxSum:
    """A box sum asked: the ``box`` number, how many items it ``count``s, their ``kind`` word, the ``year`` (or '')
    and the ``measures`` summed one by one."""

    box: str
    count: int
    kind: str
    year: str
    measures: tuple[str, ...]


def box_sum_asked(question: str) -> BoxSum | None:
    """The box sum a question asks, or None.

    >>> box_sum_asked("专栏7.1里两个特色园区到2025年产值和利税加起来各是多少？")
    BoxSum(box='7.1', count=2, kind='特色园区', year='2025', measures=('产值', '利税'))
    >>> box_sum_asked("专栏12.1里三个项目投资合计多少？").measures
    ('投资',)
    >>> box_sum_asked("专栏7.1里循环经济产业园和航空航天新材料产业园产值合计多少？") is None
    True
    """
    box = BOX_ASKED.search(question)
    total = SUM_ASKED.search(question)
    if not box or not total or total.start() < box.end():
        return None
    m = _COUNTED.match(question[box.end(): total.start()])
    if not m:
        return None
    rest = m["rest"]
    year = _YEAR.search(rest)
    rest = _YEAR.sub("", rest).strip("的")
    measures = tuple(w.strip("的") for w in re.split(r"和|与|及|、", rest))
    if not measures or not all(_MEASURE.fullmatch(w) for w in measures):
        return None
    number = re.search(r"[0-9]+(?:\.[0-9]+)?", box.group(0)).group(0)
    return BoxSum(number, _DIGITS[m["n"]], m["kind"], year.group(1) if year else "", measures)


def answer_box_sum(ask: Callable[[str], Answer], asked: str, where: str, items: list[str], summed: BoxSum) -> Answer:
    """Each measure of ``summed`` added over ``items`` (the box's item names, ``where`` its label), each figure asked
    of one item by ``ask``; refused when the box does not hold the number of items counted."""
    if len(items) != summed.count:
        return Answer(asked, f"规划未给出所问的合计数：{where}列出{len(items)}个项目（{'、'.join(items)}），"
                      f"与所问的{summed.count}个对不上。", False, [], [], kind="aggregate")
    year = f"{summed.year}年" if summed.year else ""
    lines, items_out, cites, found = [], [], [], True
    for measure in summed.measures:
        answers = [ask(f"{item}{year}{measure}是多少？") for item in items]
        cites += [c for a in answers for c in a.citations if c not in cites]
        labels = [a.items[0].label if a.found and len(a.items) == 1 else "" for a in answers]
        total = added(labels) if all(labels) else None
        parts = " + ".join(f"{i}{l}" if l else f"{i}未给出" for i, l in zip(items, labels))
        if total is None:
            found = False
            lines.append(f"{measure}：规划未给出可相加的各项数值（{parts}）")
            continue
        items_out += [a.items[0] for a in answers]
        lines.append(f"{measure}合计{total}（{parts}）")
    head = f"{where}的{'、'.join(items)}{('，' + year) if year else ''}："
    answer = Answer(asked, head + "；".join(lines) + "。", found, items_out if found else [], cites, kind="aggregate")
    return with_item_citations(answer) if found else answer
