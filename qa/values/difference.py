"""「A比B多多少」「X 2030年比2025年增加多少」「A是B的几倍」: a difference or ratio of two printed figures.

Plans print each figure for its own owner and year; the difference of two is never printed, and one figure said
for the question (「富家桥风电场的装机多：5万千瓦」) answers another question. So the question is read as the two
figures it compares, each asked and verified alone (``ask``: one figure question), and the arithmetic is said with
both (「2030年光伏装机700万千瓦 − 2025年光伏装机407万千瓦 = 293万千瓦」). A figure not found, or two in other units,
leaves it unanswered, saying what the plan gives; 约/左右 is carried into the result, and two shares differ by
百分点.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..answer import Answer, with_item_citations
from .sums import _number, _printed

__all__ = ["Compared", "compared_pair", "answer_compared"]

_YEAR = r"(?:19|20)\d\d年"
#: Words asking how much more (or less) one figure is than the other, or how many times.
_MORE = r"多|高|大|增加|增长|提高|提升|上升|扩大"
_LESS = r"少|低|小|减少|下降|降低|缩小|减"
_ASKS = re.compile(rf"(?:要|将|会)?(?:再|还)?(?P<dir>{_MORE}|{_LESS})了?(?P<how>多少|几个百分点|几)(?P<unit>[^\d，,？?。]{{0,6}})[？?]?$")
_TIMES = re.compile(r"的(?:几|多少)倍[？?]?$")
#: A year run said as a span (「从2025年到2030年」): the later year's figure against the earlier one's.
_SPAN = re.compile(rf"从?(?P<a>{_YEAR})(?:到|至)(?P<b>{_YEAR})")
#: 比 joining the two things compared (not the 比 of 比重/比例/比率).
_THAN = re.compile(r"比(?!重|例|率|值|较)")
#: A change asked per part (分别/各) or against now (现在, 目前): the plan prints those changes, no two levels.
_NOT_TWO = re.compile(r"分别|各(?:是|为|要|自)|比(?:现在|目前|当前|现状|基期)")
#: A five-year period's end said alone (“十三五”末, 十三五期末): a time, no thing of its own.
_PERIOD_END = re.compile(r"(?:到|在)?[“\"]?[一二三四五六七八九十]{1,3}五[”\"]?(?:末|期末|末期|时期末)(?:的|时)?")
#: Words before the year or after the owner that ask nothing (「到2025年要」).
_FILLER = re.compile(r"^(?:到|在|至)|(?:要|将|的|目标|到|在)+$")


@dataclass(frozen=True)
class Compared:
    """Two figures compared: ``first`` and ``second`` asked alone (the first is the larger one asked for, 比 its
    second), ``ratio`` when 几倍 is asked, ``less`` when the question asks how much less or lower."""

    first: str
    second: str
    ratio: bool = False
    less: bool = False


def compared_pair(question: str) -> Compared | None:
    """The two figure questions a difference or ratio question compares, or None for any other question.

    >>> compared_pair("全市光伏装机2030年比2025年多多少万千瓦？")
    Compared(first='2030年全市光伏装机是多少万千瓦？', second='2025年全市光伏装机是多少万千瓦？', ratio=False, less=False)
    >>> compared_pair("风电装机从2025年到2030年要增加多少？").second
    '2025年风电装机是多少？'
    >>> compared_pair("梁山岐风电场比富家桥风电场装机多多少？")
    Compared(first='梁山岐风电场装机是多少？', second='富家桥风电场装机是多少？', ratio=False, less=False)
    >>> compared_pair("2030年全市光伏装机比风电装机多多少？").second
    '2030年风电装机是多少？'
    >>> c = compared_pair("梁山岐风电场的装机容量是富家桥风电场的几倍？"); (c.second, c.ratio)
    ('富家桥风电场的装机容量是多少？', True)
    >>> compared_pair("2030年的光伏装机目标是2025年的多少倍？").second
    '2025年的光伏装机是多少？'
    >>> compared_pair("碳排放强度2030年比2025年再下降多少？").less
    True
    >>> compared_pair("非化石能源占能源消费比重2030年比2025年提高几个百分点？").second
    '2025年非化石能源占能源消费比重是多少？'

    >>> compared_pair("两个园区产值比去年多吗？") is None, compared_pair("A和B哪个多？") is None
    (True, True)
    >>> compared_pair("县城污水收集率2023年和2025年分别要比现在提高多少？") is None
    True
    >>> compared_pair("1995年乡镇企业总产值要达到多少？比1990年增长多少？") is None
    True
    >>> compared_pair("常住人口城镇化率比“十三五”末提高几个百分点？") is None
    True
    """
    q = question.strip()
    if _NOT_TWO.search(q) or re.search(r"[？?。；;]", q.rstrip("？?")) or len(re.findall(r"多少|几", q)) > 1:
        # (「1995年…要达到多少？比1990年增长多少？」: the parts are answered one by one, the change as printed)
        return None  # 「2023年和2025年分别要比现在提高多少」: each year's printed change, not two figures' difference
    if m := _TIMES.search(q):
        head = q[: m.start()]
        if "是" not in head:
            return None
        a, b = head.rsplit("是", 1)
        pair = _pair(a, b + "的", "")  # 「A是B的几倍」: the 的 read with the 倍
        return Compared(*pair, ratio=True) if pair else None
    m = _ASKS.search(q)
    if not m:
        return None
    head, unit = q[: m.start()], m.group("unit")
    less = bool(re.fullmatch(_LESS, m.group("dir")))
    if (span := _SPAN.search(head)) and not _THAN.search(head):
        # 「X从2025年到2030年增加多少」: the later year's figure against the earlier one's
        measure = _FILLER.sub("", head[: span.start()] + head[span.end():])
        if not measure:
            return None
        return Compared(f"{span['b']}{measure}是多少{unit}？", f"{span['a']}{measure}是多少{unit}？", less=less)
    joins = _THAN.split(head)
    if len(joins) != 2:
        return None
    a, b = joins
    pair = _pair(a, b, unit)
    return Compared(*pair, less=less) if pair else None


def _pair(a: str, b: str, unit: str) -> tuple[str, str] | None:
    """The two questions of 「A比B…」 (or 「A是B的…」): B takes from A what it leaves unsaid — A's words after its
    year when B is only a year, A's year when B names none, A's measure (after 的) when B ends at 的."""
    a, b = a.strip("，, "), b.strip("，, ")
    if not a or not b:
        return None
    year_a = re.search(_YEAR, a)
    if _PERIOD_END.fullmatch(b) and not year_a:
        # 「城镇化率比“十三五”末提高几个百分点」: a time alone against a measure with none is a row's base and target
        # (qa.values.rowchange), never a second thing named 「“十三五”末」
        return None
    if re.fullmatch(rf"(?:到|在)?{_YEAR}(?:的|要|将)*", b):
        if not year_a:
            return None
        year_b = re.search(_YEAR, b).group(0)
        # 「X2030年比2025年多多少」「2030年的X是2025年的几倍」: the same words, the other year
        rest = _FILLER.sub("", a[: year_a.start()]) + a[year_a.end():]
        rest = _FILLER.sub("", rest) if not rest.endswith("目标") else rest
        a, b = f"{year_a.group(0)}{_FILLER.sub('', a[: year_a.start()])}{a[year_a.end():]}", f"{year_b}{rest}"
    else:
        if year_a and not re.search(_YEAR, b):
            b = year_a.group(0) + b  # 「2030年全市光伏装机比风电装机多多少」: the year is both's
        if tail := _measure_after(a, b):
            a += tail  # 「A比B装机多多少」: the measure said once, after B, is A's too
        if b.endswith("的") and "的" in a:
            b += a[a.rindex("的") + 1:]  # 「A的装机容量是B的几倍」: B's 装机容量
        b = b.rstrip("的")
    a, b = _FILLER.sub("", a) or a, _FILLER.sub("", b) or b
    if a == b:
        return None
    return f"{a}是多少{unit}？", f"{b}是多少{unit}？"


def _measure_after(a: str, b: str) -> str:
    """The words B prints after the thing it names, when A ends with the same kind of thing and lacks them
    (「梁山岐风电场」「富家桥风电场装机」: 装机), else ''."""
    for k in range(min(len(a), 6), 1, -1):
        at = b.find(a[-k:])
        if at >= 0 and at + k < len(b):
            return b[at + k:].rstrip("的")
    return ""


def answer_compared(ask: Callable[[str], Answer], asked: str, compared: Compared,
                    printed: Callable[[], Answer] | None = None) -> Answer:
    """The difference (or ratio) of the two figures ``compared`` asks, each verified alone by ``ask``; refused,
    saying what the plan gives, when one is not found or the two are in other units."""
    answers = [ask(compared.first), ask(compared.second)]
    cites = list(dict.fromkeys(c for a in answers for c in a.citations))
    labels = [_value_of(a, q) for a, q in zip(answers, (compared.first, compared.second))]
    names = [_name(q) for q in (compared.first, compared.second)]
    said = "，".join(f"{n}{l}" if l else f"{n}未找到" for n, l in zip(names, labels))
    read = [_printed(l) if l else None for l in labels]
    if not all(read) and printed is not None:
        # 「1995年粮食产量比1990年增加多少」 where the plan prints the change itself, no level: the question as asked —
        # unless one level is printed and the change read cites no clause against the base year
        whole = printed()
        if whole.found and (not any(read) or _printed_change(whole, compared.second) is not None):
            return whole
    if not all(read):
        why = "不是两项都有数值" if not all(labels) else "数值无法读出"
        return Answer(asked, f"规划未给出可比较的两个数值（{why}）：{said}。", False, [], cites, kind="fact")
    (x, unit_x, bound_x), (y, unit_y, bound_y) = read
    if unit_x != unit_y:
        return Answer(asked, f"两项数值单位不同，不能相减或相除：{said}。", False, [], cites, kind="fact")
    about = "约" if {"左右"} & {bound_x, bound_y} else ""
    expr = f"{names[0]}{labels[0]} {'÷' if compared.ratio else '−'} {names[1]}{labels[1]}"
    if compared.ratio:
        if y == 0:
            return Answer(asked, f"规划未给出可比较的两个数值：{said}。", False, [], cites, kind="fact")
        r = x / y
        exact = abs(r - round(r, 2)) < 1e-9
        result = f"{'' if exact and not about else '约'}{_number(round(r, 2))}倍"
    else:
        d = (y - x) if compared.less else (x - y)
        unit = "个百分点" if unit_x == "%" else unit_x
        result = f"{about}{_number(abs(round(d, 4)))}{unit}"
        if d < 0:
            result = f"不是{'减少' if compared.less else '增加'}，而是{'增加' if compared.less else '减少'}{result}"
    floors = "（所列为“以上”的目标，按所列数值计）" if "以上" in (bound_x, bound_y) else ""
    items = [a.items[0] for a in answers]
    text = f"{result}（{expr} = {result}）{floors}。"
    return with_item_citations(Answer(asked, text, True, items, cites, kind="fact"))


def _value_of(answer: Answer, question: str) -> str:
    """The one figure ``answer`` gives for ``question``: its item's label when that is a figure, else — an indicator
    row said whole (「2020年为232亿元，2025年目标为341亿元」) — the value it says for the year asked; '' when none.

    >>> from qa.answer import Item
    >>> row = Answer("q", "地区生产总值（亿元），2020年为232亿元，2025年目标为341亿元，年均增速8.0%。", True, [Item("地区生产总值")])
    >>> _value_of(row, "2020年地区生产总值是多少？"), _value_of(row, "2025年地区生产总值是多少？"), _value_of(row, "2030年地区生产总值是多少？")
    ('232亿元', '341亿元', '')
    """
    if not answer.found or len(answer.items) != 1:
        return ""
    label = answer.items[0].label
    if _printed(label):
        return label
    year = re.search(r"((?:19|20)\d\d)年", question)
    said = year and re.search(rf"{year.group(1)}年(?:的)?(?:目标|基数)?(?:为|是|达到)(\d+(?:\.\d+)?[^\d，,。；;、（(]{{0,6}})", answer.answer)
    return said.group(1) if said else ""


def _printed_change(answer: Answer, second: str) -> Answer | None:
    """``answer`` when a clause it cites prints the change against the second figure's year (「比1990年增加…」), else
    None — a rate or level of another base is no answer to the difference asked."""
    year = re.search(r"(?:19|20)\d\d", second)
    if not (answer.found and year):
        return None
    base = re.compile(rf"(?:比|较|与){year.group(0)}年?(?:相比)?")
    texts = [i.detail or "" for i in answer.items] + [c.text or "" for c in answer.citations[:2]]
    return answer if any(base.search(t) for t in texts) else None


def _name(question: str) -> str:
    """The words a part question names its figure by (「2030年全市光伏装机是多少？」: 2030年全市光伏装机)."""
    return re.sub(r"是多少.*$", "", question)
