"""A per-unit attribute (每个床位的面积) is answered only by a figure the plan prints per that unit.

The genre prints a works' size and its per-unit standard side by side: 「新建床位150张，每个床位的面积不超过40平米，
总建筑面积9000平方米」. Asked 「每个床位的面积是多少」, the count of beds (150张) and the works' whole area
(9000平方米) are other attributes: the figure must stand in a clause printing the unit with 每 (每个床位, 每床位), in
the measure asked (an area: 平方米, 平米, 亩 …). An answer holding no such figure is read again in the paragraphs it
cites that name the owner asked; where none prints it, the answer is found:false, saying what the plan gives.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..answer import Answer, Citation, Item
from ..question.frame import MEASURE_UNITS
from ..values.measures import bounded
from ..trace import check

__all__ = ["PerUnit", "per_unit_asked", "per_unit_figure"]

#: Counting words between 每 and the unit (每个床位, 每张床位).
_COUNTER = "个张间座套名位户所台辆条"
#: 每 and the unit asked, up to where the attribute or the asking starts (one character after a counting word: 每个村).
_PER = re.compile(rf"每(?:[{_COUNTER}](?P<counted>[\u4e00-\u9fff]{{1,4}}?)|(?P<bare>[\u4e00-\u9fff]{{2,4}}?))"
                  r"(?=的|不|面积|建筑|用地|投资|造价|标准|补助|补贴|最|上限|下限|要|是|有|约|为|多|能|可|[？?，,]|$)")
#: Units of time, of a count of people or of a measure (每年, 每千人口, 每万人, 每公里, 每亩, 每吨): a rate the plan
#: prints otherwise, not an attribute of the works' units.
_NOT_A_UNIT = re.compile(r"^(?:[年天日月季周时万千百十亿亩吨米元度]|小时|公里|平方|立方|公顷|千瓦)")
#: Units an area is printed in.
_AREA = r"(?:平方公里|平方千米|平方米|平米|km²|km2|m²|m2|㎡|万亩|亩|公顷)"
#: An area asked: the word, or a question word with an area's unit.
_AREA_ASKED = re.compile(rf"面积|(?:多少|几)(?:万)?{_AREA}|多大")
#: A figure asked at all.
_ASKS = re.compile(r"多少|几|多[大长宽高重]|上限|下限")
#: Words a question opens with before its owner (「帮我查下光荣院…」).
_CHATTER = re.compile(r"^(?:[，,\s]|哈喽|你好|嗨|在吗|帮我|麻烦|请|想|查下|查一下|问下|问一下|看下|看一下|了解下|请问)+")
#: Where the asking starts after the attribute (「面积是多少」「补助多少钱」「不超过多少平方米」).
_ASKING = re.compile(r"多少|几|多[大长宽高重]|上限|下限|最|不超过|不低于|不少于|是|有|为|要|能|可|[？?，,]")
#: A value and the unit printed after it.
_UNITS = "|".join(sorted({*MEASURE_UNITS, "平米", "平方千米", "km²", "m²", "㎡", "m2", "km2"}, key=len, reverse=True))
_VALUE = re.compile(rf"(?<![\d.])\d[\d.,]*(?:万|亿)?(?:{_UNITS})")


@dataclass(frozen=True)
class PerUnit:
    """What a question asks per unit: the ``owner`` said before 每, the ``per`` words (每个床位), the ``unit`` (床位),
    whether an area is asked, and the ``attribute`` words said after the unit (面积, 投资; '' when only a unit is)."""

    owner: str
    per: str
    unit: str
    area: bool
    attribute: str = ""


def per_unit_asked(question: str) -> PerUnit | None:
    """The per-unit attribute ``question`` asks, or None.

    >>> per_unit_asked("县养老服务中心每个床位的面积是多少")
    PerUnit(owner='县养老服务中心', per='每个床位', unit='床位', area=True, attribute='面积')
    >>> per_unit_asked("每个村补助多少钱").attribute
    '补助'
    >>> per_unit_asked("帮我查下光荣院每个床位面积最多多大").owner, per_unit_asked("光荣院那个项目每个床位最多多大面积").owner
    ('光荣院', '光荣院')
    >>> per_unit_asked("每年完成多少亩土地储备") is None, per_unit_asked("每千人口床位数是多少") is None
    (True, True)
    >>> per_unit_asked("每公里投资多少") is None
    True
    """
    if not _ASKS.search(question) or not (m := _PER.search(question)):
        return None
    unit = m.group("counted") or m.group("bare")
    if _NOT_A_UNIT.match(unit):
        return None
    # 「光荣院那个项目每个床位…」: the pointer after the owner's name points at it, no word of it
    owner = re.sub(r"(?:那个|这个|那|这)(?:项目|工程|机构|地方)?$", "", _CHATTER.sub("", question[: m.start()]).rstrip("的里中"))
    rest = question[m.end():]
    attribute = _ASKING.split(rest.lstrip("的"))[0]
    return PerUnit(owner, m.group(0), unit, bool(_AREA_ASKED.search(rest)), attribute)


def _per_in(clause: str, asked: PerUnit) -> re.Match | None:
    """Where ``clause`` prints the unit per 每 (每个床位, 每床位); the unit asked may be the tail of the one printed
    (每个镇区 of 每个乡镇镇区, 每个村 of 每个行政村): the kind said short.

    >>> bool(_per_in("每个乡镇镇区最少建设2—3个公共厕所", per_unit_asked("每个镇区最少建几个公厕")))
    True
    """
    return re.search(rf"每[{_COUNTER}]?[\u4e00-\u9fff]{{0,2}}?{re.escape(asked.unit)}", clause)


def _fits(clause: str, value: str, asked: PerUnit) -> bool:
    """Whether ``value`` stands per the unit asked in ``clause``, of the attribute asked (its words printed after the
    unit: 每个村建设1个广场 is no 每个村's 补助) and in the measure asked (an area for 面积)."""
    per = _per_in(clause, asked)
    at = clause.find(value)
    if per is None or at < per.start():
        return False
    words = {asked.attribute[k : k + 2] for k in range(len(asked.attribute) - 1)}
    if words and not any(w in clause[per.end():] for w in words):
        return False
    digits = re.match(r"[\d.,]+", re.sub(r"^\D+", "", value))
    return not asked.area or bool(digits and re.search(re.escape(digits.group(0)) + rf"(?:万)?\s*{_AREA}", clause[at:]))


def _rate_per(label: str, asked: PerUnit) -> bool:
    """Whether ``label`` is a value printed as a rate per the counting word asked (每个 → 1000万元/个).

    >>> _rate_per("1000万元/个", per_unit_asked("甲类场所每个建设经费多少")), _rate_per("1000万元", per_unit_asked("每个建设经费多少"))
    (True, False)
    """
    return len(asked.per) > 1 and asked.per[1] in _COUNTER and bool(re.search(rf"\d[^/]*/{asked.per[1]}$", label))


def _from_paragraph(question: str, asked: PerUnit, cite: Citation) -> Answer | None:
    """The figure a cited paragraph naming the owner prints per the unit asked, or None."""
    text = cite.text or ""
    if len(asked.owner) < 2 or asked.owner not in text:
        return None
    for clause in re.split(r"[，,。；;]", text):
        for m in _VALUE.finditer(clause):
            if _fits(clause, m.group(0), asked):
                value = bounded(clause, m.group(0))
                what = f"{asked.owner}{asked.per}" + ("的面积" if asked.area else "")
                return Answer(question, f"{what}：{value}（原文：“{clause}”）。", True,
                              [Item(value, cite, detail=clause)], [cite], kind="fact")
    return None


@check("per_unit")
def per_unit_figure(question: str, answer: Answer) -> Answer:
    """``answer`` when it gives the per-unit figure asked (or none is asked); else the figure read per the unit in the
    paragraphs it cites, else found:false saying what the plan gives.

    >>> from qa.answer import Item
    >>> c = Citation("p1", "甲中心项目。新建床位150张，每个床位的面积不超过40平米，总建筑面积9000平方米。")
    >>> a = Answer("q", "甲中心项目的床位：150张", True, [Item("150张", c, detail="新建床位150张")], [c])
    >>> per_unit_figure("甲中心每个床位的面积是多少", a).answer
    '甲中心每个床位的面积：不超过40平米（原文：“每个床位的面积不超过40平米”）。'
    >>> per_unit_figure("乙中心每个床位的面积是多少", a).found
    False
    >>> c = Citation("p2", "丙村项目。每个村建设1个文化广场。")
    >>> per_unit_figure("丙村每个村投资多少", Answer("q", "无", False, [], [c])).found
    False
    """
    asked = per_unit_asked(question)
    if asked is None:
        return answer
    fits = answer.found and bool(answer.items) and all(i.detail and _fits(i.detail, i.label, asked) for i in answer.items)
    if answer.found and answer.items and not asked.area and all(_rate_per(i.label, asked) for i in answer.items):
        return answer  # 「每个…经费多少」 answered by a rate the plan prints per that counting word: 1000万元/个
    if fits and all(_VALUE.search(i.label) for i in answer.items):
        return answer
    for cite in answer.citations:
        # (a figure that fits said without its unit, 「不超过50」, is said again as printed: 不超过50平米)
        if (found := _from_paragraph(question, asked, cite)) is not None:
            return found
    if fits or not answer.found:
        return answer
    given = "；".join(f"{i.label}（“{i.detail}”）" for i in answer.items if i.detail)
    what = f"{asked.owner}{asked.per}" + ("的面积" if asked.area else "的数值")
    return Answer(question, f"规划未给出{what}。" + (f"规划给出的是：{given}。" if given else ""), False, [],
                  answer.citations, kind="fact")
