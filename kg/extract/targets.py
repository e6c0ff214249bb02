"""Targets in prose: what, how much, by when — read clause by clause.

Plans state their goals as 「到2025年，地区生产总值达到100亿元」, 「单位地区生产总值
能耗累计降低14%左右」 or 「城东、城西两个园区产值分别达到30亿元以上」, and their
base-year results the same way (「2020年全区生产总值达到232亿元」).
:func:`find_targets` reads one paragraph and returns a :class:`TargetMention`
per stated figure: the measure as printed, the figure (:mod:`kg.extract.units`),
the direction verb, the year or period, the comparison base, whether it is a
goal or an actual, and where in the text its subject is, so that
:mod:`kg.extract.extractor` can give it to its owner. A distributive statement
(分别) yields one mention per item, each with its own subject or measure.

The genre's conventions used:

* a sentence's time frame (到2025年, “十四五”期间, 2035年) governs all its clauses;
  a year before the plan's first year, or an earlier five-year period (“十三五”),
  marks an actual, as does a paragraph under a review heading (发展基础, 回顾);
* 比2020年 / 较2020年 names a comparison base, not the target year;
* 累计 (over the period) and 年均 (per year) say how a figure aggregates;
* a figure of a work (investment, area, length, capacity …) is a target only
  when a direction verb and a time frame state it as one.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.figure_context import is_grade, is_norm, qualifies_next, sizes_a_class
from kg.extract.spans import has_verb
from kg.extract.units import chinese_number, parse_quantities
from kg.facts import Quantity

__all__ = [
    "PlanPeriod",
    "TargetMention",
    "MEASURE_SYNONYMS",
    "plan_period",
    "normalise_measure",
    "is_review_heading",
    "is_goal_heading",
    "find_targets",
]

#: Printed measure names that mean the same by the genre's convention → the name used
#: in the graph (a national plan's 国内生产总值 is a county plan's 地区生产总值).
MEASURE_SYNONYMS: tuple[tuple[str, str], ...] = (
    (r"国内生产总值|地区生产总值|全区生产总值|全市生产总值|全县生产总值|全省生产总值|GDP|^生产总值", "地区生产总值"),
    (r"研究与试验发展[(（]?R&D[)）]?经费|R&D经费|研发经费", "研发经费"),
    (r"^常住人口城镇化率", "城镇化率"),
    (r"^(?:三次产业|一二三产业|一、二、三产业|第一、二、三产业)(?:结构|比重|比例|占比|构成)?（(第[一二三]产业)）$", r"\1比重"),
)
_SYNONYM_RES = tuple((re.compile(p), name) for p, name in MEASURE_SYNONYMS)
# Whose figure it is, printed before the measure: 全区 / 我国 … are the plan's own region.
_REGION_LEAD = re.compile(r"^(?:全国|我国|全省|全市|全区|全县|全州|全旗|本区|本市|本县)")

_WORKS_KINDS = frozenset({
    "investment", "land_area", "floor_area", "length", "width", "capacity", "unit_capacity",
    "storage", "voltage", "parking_spaces", "beds", "area", "irrigated_area", "supply", "treatment",
})
_CN = "零〇○一二两三四五六七八九十"
_YEAR = rf"(?:(?:19|20)\d{{2}}|[一二][{_CN}]{{3}})"
_TIME = re.compile(
    rf"(?P<base>(?:比|较|与|相比|由|从)(?P<by>{_YEAR})年(?:末|底)?(?:相比|的)?)"
    rf"|(?P<to>到|至|在|于)?(?P<year>{_YEAR})年(?:末|底)?"
    rf"|“?(?P<ord>[{_CN}]{{1,3}})五”?(?:期间|时期|末|初期)?"
)
# Direction verbs, longest first; the printed verb is kept, its sense is not guessed.
# A predicate stands right before its figure (森林覆盖率达到60%); a transitive verb
# leads its measure (实现产值50亿元, 培育高新企业40家, 建成300个教学班).
_PREDICATE = re.compile(
    r"(?P<verb>提高到|提升到|提高至|提升至|增加到|增长到|下降到|降低到|降至|降到|减少到|扩大到|缩小到|保持在|稳定在|"
    r"增加为|提高为|上升为|上升到|下降为|降低为|减少为|增长为|"
    r"达到|突破|保持|提高|提升|递增|递减|增长|增加|新增|净增|下降|降低|减少|扩大|缩小|削减|建设|达|为|是)[了至到]?"
    r"(?:\s*" + _YEAR + r"年(?:末|底)?的?)?\s*$"  # 下降到二〇〇〇年的一点七吨: the year may sit between
)
# 由2020年的61%提高到63%: the figure after 由/从 is the base-year actual, the one after the verb the target.
_FROM_FIGURE = re.compile(rf"(?:由|从)(?P<year>{_YEAR})年(?:末|底)?的?\s*$")
# 原煤十四亿吨，比1995年的十二亿九千八百万吨增加一亿吨: the figure after 比/较/与 …年的 is that year's actual.
_BASE_FIGURE = re.compile(rf"\s*(?:比|较|与)(?P<year>{_YEAR})年(?:末|底)?的\s*$")
_FROM_TAIL = re.compile(r"(?:由|从)[^，,。；;]*?\d[^，,。；;]*$")
_TRANSITIVE = re.compile(r"实现|新建|建成|完成|培育|创建|申报|引进|推出|累计|铺设|增加(?!值)")
_GOAL_WORD = re.compile(r"力争|争取|确保|目标|预期(?!寿命)|预计|规划期末|期末")  # 人均预期寿命 is a measure
_REVIEW_HEADING = re.compile(r"(?:现实|发展|良好)基础$|成就|回顾|完成情况|过去五年|发展环境")
_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_CLAUSE_SEP = re.compile(r"[，,：:]")
_LEAD_NOISE = re.compile(
    r"^(?:(?:力争|争取|确保|预计|基本(?!养老|医疗|公共服务|药物)|进一步|逐步|其中|同时|并|使|使得|以上|全面|努力|要|将|总体|到|在|届时|期间|均|即|"
    r"按(?!照)|[五十]年(?:共|累计|内)?|取得|保证|建设(?=[“\"])|"
    r"实现|推动|推进|加快|继续|持续|"
    r"全区|全市|全县|全省|全国|我国|本区|“?十[一二三四五六七八九]?五”?(?:期间|时期|末)?|的|年|末|底)+)"
)
_TAIL_NOISE = re.compile(r"(?:分别|均|各|总体|每年|平均|要|将|的|由|从|年均|累计|连续|实际|力争|按|控制在|五?年|共)+$")
# 按1995年价格计算的国民生产总值: a price base, neither the frame nor part of the measure
_PRICE_BASE = re.compile(rf"按(?:照)?(?:{_YEAR}年)?(?:不变|可比)?价格?(?:计算)?的?")
# 分别/均/各 mark a statement that distributes its figures over the items before it (年均 is no such mark)
_DISTRIBUTIVE = re.compile(r"分别|(?<!年)均|各")
_BOUND_WORDS = ("控制在", "不低于", "不超过", "不少于", "不高于", "超过", "低于", "高于", "超")
# 电话普及率由百分之一点一提高到…: the measure ends where its starting value begins
_FROM_VALUE = re.compile(rf"(?:由|从)(?=[\d{_CN}百千])")
_MEASURE_HEAD = re.compile(
    r"(?:平均)?浓度$|(?:人均)?(?:可支配)?收入$|年?出栏$|总?产量$|总?产值$|增加值$|(?:综合)?生产能力$|保有量$|(?:排放)?总量$|排放量?$"
)
_COUNT_UNITS = frozenset({"个", "家", "座", "所", "处", "项", "条", "台", "套", "张", "人", "户", "辆"})
_SUBJECT_COUNT = re.compile(rf"[{_CN}\d]+[个家座所]")  # 城东、城西两个园区
_OWNER_HEAD = re.compile(r"(?:产业园|工业园|园区|开发区|高新区|新区|片区|示范区|[镇乡县区市])$")


@dataclass(frozen=True)
class PlanPeriod:
    """The years a plan covers and its five-year ordinal (14 for “十四五”).

    Examples
    --------
    >>> p = PlanPeriod(2021, 2025, 14)
    >>> p.status(2020), p.status(2025), p.status(2035), p.period_status(13)
    ('actual', 'target', 'target', 'actual')
    """

    start: int
    end: int
    ordinal: int | None = None

    def status(self, year: int) -> str:
        return "actual" if year < self.start else "target"

    def period_status(self, ordinal: int) -> str:
        return "actual" if self.ordinal is not None and ordinal < self.ordinal else "target"

    def name(self, offset: int = 0) -> str | None:
        """The five-year period as the genre prints it (十四五), ``offset`` periods away; None without an ordinal.

        >>> PlanPeriod(2021, 2025, 14).name(), PlanPeriod(2021, 2025, 14).name(-1), PlanPeriod(1996, 2000, 9).name()
        ('十四五', '十三五', '九五')
        """
        if self.ordinal is None or self.ordinal + offset < 1:
            return None
        n = self.ordinal + offset
        tens = ("十" if n // 10 == 1 else "一二三四五六七八九"[n // 10 - 1] + "十") if n >= 10 else ""
        return tens + ("" if n % 10 == 0 else "一二三四五六七八九"[n % 10 - 1]) + "五"


@dataclass(frozen=True)
class TargetMention:
    """One stated figure with its frame, as found in a paragraph.

    ``measure`` is printed (``单位地区生产总值能耗``); ``at`` is where the
    figure starts in the text, ``subject`` the (start, end) span of the clause
    before the direction verb (where its owner is named); ``owner_name`` is
    set when a distributive statement names the owner itself (城东园区);
    ``named`` the measure's full name when only its topic is printed (钢 → 钢产量).
    ``status`` is ``target`` or ``actual``; ``direction`` the printed verb;
    ``year``, ``period`` (``十四五``), ``base_year`` (比2020年) and
    ``aggregation`` (``cumulative`` for 累计, ``annual`` for 年均) frame it; ``start`` is the
    value a target's change starts from as printed (由50.2%提高到56%: ``50.2%``), ``start_year`` its
    year when printed (由2020年的61%).
    """

    measure: str
    quantity: Quantity
    at: int
    subject: tuple[int, int]
    status: str
    direction: str | None = None
    year: int | None = None
    period: str | None = None
    base_year: int | None = None
    aggregation: str | None = None
    owner_name: str | None = None
    #: The measure's name when it is not printed whole: a list's topic with the head its figures imply
    #: (「钢，…六千万吨」 prints 钢, names 钢产量; 「燃料动力，1113亿元」 under 投资分配如下： names 燃料动力投资).
    named: str | None = None
    start: str | None = None
    start_year: int | None = None


def plan_period(title: str) -> PlanPeriod | None:
    """The period a plan's title states: （2021—2025年）, 第十四个五年, “九五”.

    Examples
    --------
    >>> plan_period("零陵区国民经济和社会发展第十四个五年规划和二〇三五远景目标纲要")
    PlanPeriod(start=2021, end=2025, ordinal=14)
    >>> plan_period("中华人民共和国国民经济和社会发展“九五”计划和二〇一〇年远景目标纲要")
    PlanPeriod(start=1996, end=2000, ordinal=9)
    >>> plan_period("某市生态环境保护规划（2021—2030年）")
    PlanPeriod(start=2021, end=2030, ordinal=None)
    >>> plan_period("某县志") is None
    True
    """
    span = re.search(r"((?:19|20)\d{2})\s*[—–\-－~至到]+\s*((?:19|20)\d{2})年", title)
    if span:
        return PlanPeriod(int(span[1]), int(span[2]), None)
    m = re.search(rf"第([{_CN}]+)个五年|“([{_CN}]+)五”", title)
    if not m:
        return None
    ordinal = int(chinese_number(m[1] or m[2]))
    return PlanPeriod(*_period_years(ordinal), ordinal)


def is_goal_heading(label: str) -> bool:
    """Whether a heading introduces the plan's goals (主要目标, 奋斗目标): figures there are targets without a verb.

    Examples
    --------
    >>> is_goal_heading("第3章 主要目标"), is_goal_heading("（三）“九五”国民经济和社会发展的奋斗目标")
    (True, True)
    >>> is_goal_heading("第26章 完善基础设施"), is_goal_heading("目标导向")
    (False, False)
    """
    return bool(re.search(r"目标(?:任务)?$", label.strip()))


def is_review_heading(label: str) -> bool:
    """Whether a heading introduces a review of the last period (现实基础, 发展成就 …), where figures are actuals.

    Examples
    --------
    >>> is_review_heading("第1章 现实基础"), is_review_heading("第26章 完善基础设施")
    (True, False)
    """
    return bool(_REVIEW_HEADING.search(label))


def normalise_measure(measure: str) -> str:
    """The graph's name of a printed measure: region lead dropped, genre synonyms mapped.

    Examples
    --------
    >>> normalise_measure("国内生产总值"), normalise_measure("全区生产总值")
    ('地区生产总值', '地区生产总值')
    >>> normalise_measure("单位国内生产总值能源消耗"), normalise_measure("全区森林覆盖率")
    ('单位地区生产总值能源消耗', '森林覆盖率')
    >>> normalise_measure("三次产业结构（第二产业）")
    '第二产业比重'
    """
    name = re.sub(r"\s+", "", measure)
    for pattern, canonical in _SYNONYM_RES:
        name = pattern.sub(canonical, name, count=1)
    stripped = _REGION_LEAD.sub("", name)
    return stripped if len(stripped) >= 2 else name


def find_targets(text: str, *, source: str, period: PlanPeriod | None,
                 review: bool = False, need_frame: bool = False, goals: bool = False,
                 lead_in: str = "") -> list[TargetMention]:
    """The targets and actuals stated in one paragraph.

    Parameters
    ----------
    text : str
        The paragraph as printed.
    source : str
        Its paragraph id (cited by every quantity).
    period : PlanPeriod or None
        The plan's period (:func:`plan_period`); decides target vs actual by year.
    review : bool
        Whether the paragraph sits under a review heading (发展基础, 成就 …):
        figures without a year or period there are actuals.
    need_frame : bool
        Keep only figures with a time frame (a year, period, 年均/累计 or 力争):
        for box items, whose other figures describe the work.
    goals : bool
        Whether the paragraph sits under a goals heading (主要目标, 奋斗目标):
        its figures are targets even without a verb (城镇新增就业4500万人).
    lead_in : str
        The sentence a list item's list is led in by (「主要部门投资分配如下：」): it names
        what the items' bare figures are (「燃料动力，1113亿元」 is 燃料动力's 投资).

    Returns
    -------
    list of TargetMention
        In reading order. A year stated earlier in the paragraph frames the
        sentences after it; a comparison base (比2020年) only its own sentence.

    Examples
    --------
    >>> p = PlanPeriod(2021, 2025, 14)
    >>> [(t.measure, t.quantity.raw, t.direction, t.year, t.status)
    ...  for t in find_targets("到2025年，地区生产总值达到100亿元。", source="p", period=p)]
    [('地区生产总值', '100亿元', '达到', 2025, 'target')]
    >>> [(t.measure, t.aggregation, t.quantity.qualifier)
    ...  for t in find_targets("单位地区生产总值能耗累计降低14%左右", source="p", period=p)]
    [('单位地区生产总值能耗', 'cumulative', '≈')]
    >>> [(t.owner_name, t.measure, t.quantity.raw) for t in find_targets(
    ...     "力争到2025年，城东、城西两个园区产值分别达到30亿元以上。", source="p", period=p)]
    [('城东园区', '产值', '30亿元以上'), ('城西园区', '产值', '30亿元以上')]
    >>> [(t.measure, t.year, t.status) for t in find_targets(
    ...     "2020年全区生产总值达到232亿元。", source="p", period=p)]
    [('生产总值', 2020, 'actual')]
    >>> [(t.measure, t.quantity.raw, t.year, t.status) for t in find_targets(
    ...     "到2025年，森林覆盖率由2020年的61%提高到63%。", source="p", period=p)]
    [('森林覆盖率', '61%', 2020, 'actual'), ('森林覆盖率', '63%', 2025, 'target')]

    A sentence may open with its topic alone, the clauses after it giving its figures:

    >>> [(t.measure, t.quantity.raw, t.year) for t in find_targets(
    ...     "工程造价，2023年要比现在降低10%，2025年降低20%。", source="p", period=p)]
    [('工程造价', '10%', 2023), ('工程造价', '20%', 2025)]
    """
    quantities = parse_quantities(text, source=source)
    text = _mask_asides(text)
    figures = []
    pos = 0
    for q in quantities:
        at = text.find(q.raw, pos)
        if at >= 0:
            figures.append((at, q))
            pos = at + len(q.raw)
    out: list[TargetMention] = []
    ats = [at for at, _ in figures]  # ascending: each figure is looked for after the one before
    for sentence in _SENTENCE.finditer(text):
        in_sentence = figures[bisect_left(ats, sentence.start()):bisect_left(ats, sentence.end())]
        if in_sentence:
            out.extend(_sentence_targets(text, sentence.start(), sentence.end(), in_sentence,
                                         period, review, need_frame, goals, lead_in))
    return out


def _sentence_targets(text: str, s_start: int, s_end: int, figures: list[tuple[int, Quantity]],
                      period: PlanPeriod | None, review: bool, need_frame: bool, goals: bool,
                      lead_in: str) -> list[TargetMention]:
    out: list[TargetMention] = []
    goal = goals or bool(_GOAL_WORD.search(text, s_start, s_end))
    clause_starts = [s_start] + [m.end() for m in _CLAUSE_SEP.finditer(text, s_start, s_end)]
    topic = _topic(text, clause_starts, figures)
    head = _lead_head(lead_in)
    last_measure = None
    last_clause = -2  # the clause the last measure was read in
    last_increment: str | None = None  # the verb of adding that clause printed (新增, 铺设 …)
    # (verb, aggregation, kind, whether the verb leads a run of members) of the last figure read
    last_said: tuple[str | None, str | None, str, bool] | None = None
    used: set[int] = set()
    opening: tuple[int, str, int | None] | None = None  # (clause, value, year) of the last 由/从 figure
    for at, q in figures:
        if at in used:
            continue
        c_start = max(c for c in clause_starts if c <= at)
        clause_no = clause_starts.index(c_start)
        opened = _FROM_START.search(text, c_start, at)
        if opened:
            opening = (clause_no, q.raw, _year(opened["year"]) if opened["year"] else None)
        starts = opening if opening and opening[0] == clause_no and not opened else None
        frame = _frame(text, c_start, at, period)
        if _SPAN_WORD.match(text, c_start):
            frame = {k: v for k, v in frame.items() if k == "base"}  # “五五”为…，“六五”为…，十年共…: the whole span
        span = _measure_span(text, c_start, at, q, figures)
        if span is None:
            continue
        (m_start, m_end), verb = span
        after_measure = m_start > at  # 建成300个教学班: the measure follows the figure
        part = _part_after(text, c_start, at, q, s_end) if last_measure and clause_no - last_clause == 1 and \
            last_said and last_said[2] == q.kind else None
        if is_grade(text, at, q.raw) or is_norm(text, at) or sizes_a_class(text, at) or (
                not after_measure and not part and qualifies_next(text, at, q.raw)):
            continue  # 20万千瓦级, 每个床位, 等10个乡镇, 2000万元以上的企业: the figure describes something else
        bound = next((w for w in _BOUND_WORDS if q.raw.startswith(w)), None)
        verb = verb or bound  # 控制在5.5%以内: the bound is the verb
        clause = text[c_start:at]
        # 累计 and a plan's 五年(共) add up over the period; 年均 is per year
        # (五年内…平均每年递增: per year)
        aggregation = "cumulative" if "累计" in clause else "annual" if re.search(r"年均|每年", clause) else \
            "cumulative" if re.search(r"(?<![〇○零一二三四五六七八九十\d])[五十]年", clause) else None
        if aggregation is None and q.kind == "growth" and "年均" in text[s_start:at]:
            aggregation = "annual"
        measure, lead = _clean_measure(text[m_start:m_end])
        if part:  # …成果161项，其中61项面向全国复制推广: a part of the whole, named by what it says of it
            measure = f"{part[1:]}{last_measure}" if part[0] in "为是" else f"{part}的{last_measure}"
            verb, aggregation = last_said[0], aggregation or last_said[1]
        # a clause going on about the measure of the clause right before it (not of one further back: the clause
        # between has a subject of its own, 电话交换机总容量新增五千万门，年均增长42%)
        going_on = last_measure if clause_no - last_clause <= 1 else None
        if q.kind == "growth" and not measure and going_on:
            measure = going_on  # 地区生产总值达到…，年均增长6%: the growth is of the same measure
        based = _BASE_FIGURE.match(text, c_start, at)  # …，比1995年的十二亿吨(增加一亿吨): that year's actual
        if going_on and not after_measure and (
                based or (verb and _BASED_CHANGE.fullmatch(text, m_start, m_end))
                or (verb in _LEVEL_VERBS and _MODAL_ONLY.fullmatch(text[m_start:m_end].strip(" 　并再")))):
            measure, lead = last_measure, 0  # 人均预期寿命提高1岁，达到74.5岁: the clause goes on about the same measure
        listed = _listed(text, at, figures, s_end)
        if ((not measure or not _plausible_measure(measure) or _TIME_WORD.fullmatch(measure))
                and last_measure and _ordered_parts(last_measure, listed)):
            measure, lead = last_measure, 0  # …，“十三五”收关期达到18.4%、39.8%、41.8%: the same structure later
        if clause_no >= 1 and last_clause != clause_no - 1 and not after_measure \
                and (not measure or _MODAL_ONLY.fullmatch(measure)) \
                and (milestone := _MILESTONE.fullmatch(text, clause_starts[clause_no - 1], c_start - 1)):
            # 生产总值突破万亿大关，预计达1.2万亿元: the milestone clause (no figure of its own) names what the level is of
            measure, lead = milestone["measure"], 0
        by_topic = bool(topic) and clause_no >= 1 and (
            not measure or measure == topic or _BASE_ONLY.fullmatch(measure) or measure.startswith("占"))
        named = None
        if by_topic:  # 粮食，由…增加到一九八〇年的…: the topic's
            named = _topic_measure(topic, measure, q, head)
            measure, lead = (named if measure.startswith("占") else topic), 0
        elif _BASE_ONLY.fullmatch(measure):
            measure, lead = going_on or "", 0  # …达到八百斤，比现在增加近二百斤: the clause before's measure
        if _FROM_NOW.search(text, c_start, at):
            continue  # 由现在的千分之十二: where it starts, in a year the plan does not print
        start = _FROM_FIGURE.search(text, c_start, at) or based  # 由2020年的61%: the starting value, an actual of that year
        # (a list item's figure under a lead-in naming what the figures are is stated by the lead-in: 投资分配如下：)
        timed = bool(frame.get("year") or frame.get("ordinal") or aggregation or goal or start or (by_topic and head))
        if not measure or not _plausible_measure(named or measure) or (need_frame and not timed):
            continue
        if q.kind in _WORKS_KINDS and not review and not (verb and (frame.get("year") or frame.get("ordinal") or goal)) \
                and not bound and not after_measure:
            # 建设用地规模控制在2950万亩以内 (a ceiling), 建成10.75亿亩高标准农田 (what is built): targets
            continue  # a figure of a work, not a target
        if not (verb or timed or review) or re.search(r"(?:比|较|由|从)\s*$", clause) or (
                start is None and re.search(r"(?:由|从)[^，,。；;\d]{0,10}的\s*$", clause)):
            continue  # no frame at all, 比上年… (a comparison) or 由X提高到Y (X is where it starts: 由八十年代末的…)
        if _ELIDED_OWNER.match(measure):
            continue  # 加快5G网络部署，用户普及率提高到56%: users of what? the possessor sits in the clause before
        if last_measure and last_measure.endswith("率") and measure != last_measure and \
                re.fullmatch(r"[\u4e00-\u9fff]{1,2}率", measure):
            continue  # 高中阶段毛入学率达到95%，辍学率控制在1%: a rate of the subject before, elided; not guessed
        adjacent = clause_no - last_clause == 1
        if re.match(r"\s*其中", clause) and not adjacent:
            continue  # 其中X八千公里: a part of a figure we did not read, a total or an increment unknown
        if verb is None and adjacent and last_increment and q.kind != "growth":
            verb = last_increment  # 新增铁路营业里程三千公里，复线三千八百公里: the list goes on adding, not a level
        elif verb is None and adjacent and last_said and last_said[3] and last_said[2] == q.kind and \
                _CLAUSE_END.match(text, at + len(q.raw)) and not _HAS_HEAD.search(measure):
            # 累计创建A 1200家，B 150家: the run goes on under the verb that led it (a level such as 产量 does not)
            verb, aggregation = last_said[0], aggregation or last_said[1]
        common = dict(status=_status(frame, period, review), direction=verb, year=frame.get("year"),
                      period=frame.get("period"), base_year=frame.get("base"), aggregation=aggregation,
                      named=named if named != measure else None)
        if start is not None:
            common.update(status="actual", direction=None, year=_year(start["year"]), period=None, base_year=None)
        elif starts:  # 由50.2%提高到56%: the target carries where it starts
            common.update(start=starts[1], start_year=starts[2])
        subject = (c_start, m_start + lead)
        if not after_measure and any(c_start <= f_at < m_start for f_at, _ in figures):
            subject = (m_start + lead, m_start + lead)  # a run's later member: the members before own nothing of it
        items = _distribute(text, m_end, at, figures, s_end, measure)
        if items is None and _DISTRIBUTIVE.search(text, max(0, m_end - 4), at) and \
                len([i for i in re.split(r"[、和及与]", measure) if i]) >= 2:
            continue  # 出口与进口额各为二千亿美元: two measures that cannot be told apart, not one
        for f_at, _ in items[1] if items else listed:
            used.add(f_at)
        if items:
            for name, owner, (f_at, f_q) in _shared_bound(items[0]):
                out.append(TargetMention(name, f_q, f_at, subject, owner_name=owner, **common))
        elif len(listed) == 1:
            out.append(TargetMention(measure, q, at, subject, **common))
        elif parts := _ordered_parts(measure, listed):  # 三次产业结构为19.1%、46.0%、34.9%
            for name, (f_at, f_q) in zip(parts, [f for _, _, f in _shared_bound([(None, None, f) for f in listed])]):
                out.append(TargetMention(name, f_q, f_at, subject, **common))
        # other lists for one measure (为19.1%、46.0%) pair with nothing printed: left out, not guessed
        last_measure, last_clause = measure, clause_no
        last_increment = verb if verb in _INCREMENT_VERBS else "新增" if measure.startswith("新增") else None
        last_said = (verb, aggregation, q.kind, bool(verb and _TRANSITIVE.fullmatch(verb)) and not after_measure)
    return out


# Where a member of a run ends: its figure closes its clause or its sentence.
_CLAUSE_END = re.compile(r"\s*(?:[，,。；;]|$)")
# What a part's clause says of it after its figure (其中61项面向全国复制推广, 其中20家为国家级): a short phrase.
_PART_SAYS = re.compile(r"\s*([\u4e00-\u9fff“”]{2,14})\s*(?=[，,。；;]|$)")


def _part_after(text: str, c_start: int, at: int, q: Quantity, s_end: int) -> str | None:
    """What a clause 「其中 N 项 X」 says of its part after the figure (X), when the figure follows 其中 alone.

    >>> from kg.facts import Quantity
    >>> text = "推出制度创新成果161项，其中61项面向全国复制推广。"
    >>> q = Quantity("count", "61项", 61.0, "项", "p")
    >>> _part_after(text, text.find("其中"), text.rfind("61项"), q, len(text) - 1), _part_after("其中61项。", 0, 2, q, 5)
    ('面向全国复制推广', None)
    """
    if not re.fullmatch(r"\s*其中\s*", text[c_start:at]):
        return None
    says = _PART_SAYS.match(text[:s_end], at + len(q.raw))
    return says[1] if says and not _TIME_WORD.fullmatch(says[1]) else None


# Relational heads that need a possessor (users, enrolment of …): printed first, their possessor is elided.
_ELIDED_OWNER = re.compile(r"(?:用户|年?招生|在校生)")
_INCREMENT_VERBS = frozenset({"新增", "净增", "增加", "新建", "铺设"})
# A clause that restates the measure of the clause before it: a level verb alone (…，达到74.5岁) or a change
# against a base year (…，比1995年(的十二亿吨)增加一亿吨).
_LEVEL_VERBS = frozenset({"达到", "达", "提高到", "提升到", "增加到", "增长到", "下降到", "降低到", "降至", "降到",
                          "减少到", "扩大到", "保持在", "稳定在", "增加为", "提高为", "上升为", "上升到", "下降为",
                          "降低为", "减少为", "增长为"})
_BASED_CHANGE = re.compile(rf"\s*(?:比|较)(?:{_YEAR})年(?:末|底)?(?:的[^，,。；;]*)?\s*")


def _shared_bound(items: list[tuple]) -> list[tuple]:
    """A bound printed before the first figure of a list bounds them all: 分别超过95%和80% (> 80 % too).

    >>> from kg.facts import Quantity
    >>> qs = [Quantity("share", "超过95%", 95.0, "%", "p", ">"), Quantity("share", "80%", 80.0, "%", "p")]
    >>> [f[1].qualifier for _, _, f in _shared_bound([("a", None, (0, qs[0])), ("b", None, (9, qs[1]))])]
    ['>', '>']
    """
    first = items[0][2][1]
    if not (first.qualifier and first.raw.startswith(_BOUND_WORDS)):
        return items
    return [(n, o, (a, q if q.qualifier else dataclasses.replace(q, qualifier=first.qualifier)))
            for n, o, (a, q) in items]


# The genre lists the three sectors' shares in their fixed order: 三次产业结构为19.1%、46.0%、34.9%.
_THREE_SECTORS = re.compile(r"^(?:三次产业|一二三产业|一、二、三产业|第一、二、三产业)(?:结构|比重|比例|占比|构成)?$")
_SECTORS = ("第一产业", "第二产业", "第三产业")
# A milestone passed, said in words with no figure (生产总值突破万亿大关, 税收收入跨上百亿元台阶): its clause names
# the measure the next clause's level (预计达1.2万亿元) is of.
_MILESTONE = re.compile(r"\s*(?P<measure>[\u4e00-\u9fff]{2,12}?)(?:首次|历史性地?|成功)?(?:突破|迈上|跨上|跨越|跃上|站上|迈过|越过)"
                        r"[一二两三四五六七八九十百千万亿元级]{1,6}(?:大关|台阶|关口)\s*")
# What is left of a clause's measure when its subject is elided (预计达…, 达到…): a modal, no measure.
_MODAL_ONLY = re.compile(r"(?:预计|预期|有望|将|可|全年)?")
_TIME_WORD = re.compile(r"(?:规划)?(?:期末|期初|初期|末期|中期)|[\u4e00-\u9fff]{0,2}[期时]")  # 期末达到…: no measure


def _ordered_parts(measure: str, listed: list[tuple[int, Quantity]]) -> tuple[str, ...] | None:
    """The measures of a list of values for one measure whose parts the genre prints in a fixed order.

    >>> from kg.facts import Quantity
    >>> pct = [(i, Quantity("percent", f"{v}%", v, "%", "p")) for i, v in enumerate((19.1, 46.0, 34.9))]
    >>> [normalise_measure(m) for m in _ordered_parts("三次产业结构", pct)]
    ['第一产业比重', '第二产业比重', '第三产业比重']
    >>> _ordered_parts("三次产业结构", pct[:2]) is None, _ordered_parts("城镇化率", pct) is None
    (True, True)
    """
    if len(listed) == 3 and all(q.unit == "%" for _, q in listed) and _THREE_SECTORS.match(measure):
        return tuple(f"{measure}（{sector}）" for sector in _SECTORS)
    return None


def _measure_span(text: str, c_start: int, at: int, q: Quantity,
                  figures: list[tuple[int, Quantity]]) -> tuple[tuple[int, int], str | None] | None:
    """Where the measure of the figure at ``at`` is printed, and the direction verb; None if unreadable."""
    predicate = _PREDICATE.search(text, c_start, at)
    if predicate is not None:  # 森林覆盖率达到60%
        return (c_start, predicate.start()), predicate["verb"]
    if re.search(r"占.+(?:比例|比重|率)\s*$", text[c_start:at]):
        return (c_start, at), None  # 装配式建筑占新建建筑面积比例: 新建 is in the base of the share, not a verb
    verbs = list(_TRANSITIVE.finditer(text, c_start, at))
    if verbs:
        verb = verbs[-1]
        member = _run_member(text, verb.end(), at, figures)  # 培育A超1500家、B超100家: B's measure is B
        between = text[member:at].strip()
        if not between and q.unit in _COUNT_UNITS:  # 建成300个教学班: the measure follows the figure
            after = re.match(r"[\u4e00-\u9fff]{2,8}", text[at + len(q.raw):])
            return ((at + len(q.raw), at + len(q.raw) + after.end()), verb[0]) if after else None
        if not between:  # 建成10.75亿亩集中连片高标准农田: a whole noun phrase up to the clause's end
            after = re.match(r"[\u4e00-\u9fff“”]{2,12}(?=[，,。；;、]|$)", text[at + len(q.raw):])
            return ((at + len(q.raw), at + len(q.raw) + after.end()), verb[0]) if after else None
        if re.fullmatch(r"(?:\d+(?=[A-Za-z])|[\u4e00-\u9fffA-Za-z&“”]){2,20}", between):  # 实现产值50亿元, 新建5G基站
            if verb[0] in ("新建", "建成") and re.search(r"(?:率|比例|比重|占比)$", between):
                return (verb.start(), at), None  # 新建建筑节能标准执行率100%: a rate is not built, 新建 is its subject's
            return (member, at), verb[0]
        return None
    return (c_start, at), None


# Between the members of a run one verb leads (培育A超1500家、B超100家和C 20家): a member ends at its figure.
_MEMBER_JOIN = re.compile(r"\s*[、和及与]\s*")


def _run_member(text: str, start: int, at: int, figures: list[tuple[int, Quantity]]) -> int:
    """Where the member the figure at ``at`` belongs to starts, when a verb at ``start`` leads a run of members
    each printed with its own figure (「累计培育A超1500家、B超100家」: B starts after 、); ``start`` otherwise.

    Only a run where every figure before ``at`` closes its member with a join (、和及与) is one: any other
    figure between the verb and ``at`` leaves the measure unreadable, as before.

    >>> from kg.extract.units import parse_quantities
    >>> text = "累计培育专精特新“小巨人”企业超1500家、单项冠军企业超100家"
    >>> figures = [(text.find(q.raw), q) for q in parse_quantities(text, source="p")]
    >>> text[_run_member(text, 4, figures[1][0], figures):figures[1][0]]
    '单项冠军企业'
    """
    member = start
    for f_at, f_q in figures:
        if start <= f_at < at:
            join = _MEMBER_JOIN.match(text, f_at + len(f_q.raw))
            if join is None or join.end() > at:
                return start
            member = join.end()
    return member


def _listed(text: str, at: int, figures: list[tuple[int, Quantity]], s_end: int) -> list[tuple[int, Quantity]]:
    """The figure at ``at`` and those printed after it as one list (90万头、2.8万头和…)."""
    run = [(a, q) for a, q in figures if a == at]
    for a, q in figures:
        if a <= run[-1][0] or a >= s_end:
            continue
        prev_end = run[-1][0] + len(run[-1][1].raw)
        if re.fullmatch(r"\s*[、和及与]\s*", text[prev_end:a]):
            run.append((a, q))
        else:
            break
    return run


# Read from a year's end onwards (match(text, pos) copies nothing: a long paragraph made slicing quadratic).
_PRICE = re.compile(r"(?:不变|可比)?价")
_CLAUSE_MARK = re.compile(r"[，,；;。]")
_GOES_ON = re.compile(r"(?:末|底)?(?:达到|达|为|增加到|提高到|增长到|降到|下降到|减少到)")


@lru_cache(maxsize=8)
def _times(text: str) -> tuple[tuple[re.Match, ...], list[int]]:
    """Every year and period a paragraph states, and where each ends (ascending)."""
    found = tuple(_TIME.finditer(text))
    return found, [m.end() for m in found]


def _times_before(text: str, at: int) -> Iterator[re.Match]:
    """What ``_TIME.finditer(text, 0, at)`` finds, without rescanning the paragraph for every figure.

    _TIME has no anchor or lookaround, so a match the whole text holds that ends by ``at``
    is also the cut text's, and a position where the whole text matches nothing matches
    nothing in the cut text either: only from the first match reaching past ``at`` must
    the cut text be scanned again (a year cut short: 2025|年).
    """
    found, ends = _times(text)
    k = bisect_right(ends, at)
    yield from found[:k]
    if k < len(found) and found[k].start() < at:
        yield from _TIME.finditer(text, found[k].start(), at)


def _frame(text: str, c_start: int, at: int, period: PlanPeriod | None) -> dict:
    """The time frame in force at ``at``: the last year or period stated in the paragraph, the base in its clause.

    A year opening a clause inside a sentence framed by a period (“八五”期间，…新增…，1995年达到…；新增…)
    frames that clause only: the period goes on after it.
    """
    frame: dict = {}
    for m in _times_before(text, at):
        if m["base"]:
            if m.start() >= c_start:
                frame["base"] = _year(m["by"])
        elif m["year"]:
            if re.search(r"按照?$", text[max(0, m.start() - 3):m.start()]) and _PRICE.match(text, m.end()):
                continue  # 按1995年价格: a price base, not the time frame
            if frame.get("ordinal") and text[m.start() - 1:m.start()] in ("，", ",", "；", ";") and \
                    _GOES_ON.match(text, m.end()) and _CLAUSE_MARK.search(text, m.end(), at):
                continue  # …，1995年达到2.1亿千瓦；…: a year going on about the clause before frames itself only
            year = _year(m["year"])
            if 1900 <= year <= 2100 and not text.startswith("数据", m.end()):  # (2019年数据): a footnote
                frame["year"] = year
                frame.pop("ordinal", None), frame.pop("period", None)
        elif m["ord"] and re.fullmatch(rf"十[{_CN[:-1]}]?|[{_CN[:-1]}]", m["ord"]) and \
                (m[0].startswith("“") or re.search(r"(?:期间|时期|末|初期)$", m[0])) and \
                not re.search(r"(?:高于|低于|比|较|超过|由|从)$", text[max(0, m.start() - 2):m.start()]):
            # 高于“十三五”时期实际, 由“八五”的三点六降为三: a comparison or a start, not the frame
            frame["ordinal"] = int(chinese_number(m["ord"]))
            frame["period"] = m["ord"] + "五"
            frame.pop("year", None)
            first, last = _period_years(frame["ordinal"])
            if m[0].endswith(("初期", "初")):  # “十三五”初期为19.1%: the period's first year, not the period
                frame["year"] = first
                frame.pop("period")
            elif m[0].endswith("末"):  # “十三五”末: its last year
                frame["year"] = last
                frame.pop("period")
    return frame


def _period_years(ordinal: int) -> tuple[int, int]:
    """The first and last year of the n-th five-year plan (1963–65 had none)."""
    start = 1953 + 5 * (ordinal - 1) + (3 if ordinal >= 3 else 0)
    return start, start + 4


def _year(printed: str) -> int:
    return int(printed) if printed.isdigit() else int("".join(str(int(chinese_number(c))) for c in printed))


def _status(frame: dict, period: PlanPeriod | None, review: bool) -> str:
    if period is not None and frame.get("year"):
        return period.status(frame["year"])
    if period is not None and frame.get("ordinal"):
        return period.period_status(frame["ordinal"])
    return "actual" if review else "target"


# A clause stating a total over a ten-year plan's two five-year periods (“五五”为…，“六五”为…，十年共4850亿元),
# not over the period named before it.
_SPAN_WORD = re.compile(r"\s*十年(?:共|内|累计|间)")
# A comparison base left where a measure would be (1980年要比现在降低15%): the sentence's topic is the measure.
_BASE_ONLY = re.compile(r"(?:要|将)?(?:比|较|同)(?:现在|目前|现有水平|上年|去年)(?:相比)?")
# 由50.2%提高到56%, 由2020年的61%, 从现在的…: a figure where a change starts (the base value of the next one).
_FROM_START = re.compile(rf"(?:由|从)(?:(?P<year>{_YEAR})年(?:末|底)?的?|(?:现在|目前|现有)的?)?\s*$")
# 由现在的千分之十二: the starting value of a change, for no year the plan prints.
_FROM_NOW = re.compile(r"(?:由|从)(?:现在|目前|现有)的?\s*$")
# Adverbs that open a task, not a topic (重点做好…, 大力发展…).
_IMPERATIVE = re.compile(r"(?:重点|大力|积极|切实|认真|努力|着力|进一步|继续|加快|必须|应当?|要)")
# A list item's or sentence's marker before its topic: "- ", "第六，".
_TOPIC_MARK = re.compile(r"^\s*(?:[-*•·]\s*|第[一二三四五六七八九十]+[，,、]\s*)")
# Heads that make a topic a measure already (…产量, …率, 工程造价); a bare product or sector is not one.
_HAS_HEAD = re.compile(r"(?:量|率|值|额|数|比重|比例|面积|里程|规模|投资|收入|能力|人口|寿命|指数|造价|成本|价格|费用|支出|产值)$")
# What a lead-in says its list's figures are (主要部门投资分配如下：): the head a bare topic's money takes.
_LEAD_HEADS = re.compile(r"投资|产值|收入|支出")
_PRODUCT_UNITS = frozenset({"kg", "m3", "kWh"})


# An aside in parentheses saying what a measure covers (工业总产值（包括…，不包括…）): its commas part no clauses.
_ASIDE = re.compile(r"（(?:包括|不包括|包含|不含|含|即|按|指)[^（）]*）")


def _mask_asides(text: str) -> str:
    """``text`` with the clause marks inside asides turned into 、 (same length, so offsets still hold).

    >>> _mask_asides("工业总产值（包括现代工业，不包括手工业）由…，增长9%")
    '工业总产值（包括现代工业、不包括手工业）由…，增长9%'
    """
    return _ASIDE.sub(lambda m: re.sub(r"[，,；;：:]", "、", m[0]), text)


def _topic(text: str, clause_starts: list[int], figures: list[tuple[int, Quantity]]) -> str | None:
    """The measure a sentence opens with alone (「粮食，由…增加到…」「工程造价，1980年要…」), if it does.

    The first clause holds no figure and reads as a noun phrase (no verb); time words and
    asides in parentheses (原材料工业（包括钢铁、有色）) are no part of it.
    """
    if len(clause_starts) < 2:
        return None
    start, end = clause_starts[0], clause_starts[1] - 1
    if any(start <= at < end for at, _ in figures) or text[end] not in "，,":
        return None
    marked = _TOPIC_MARK.match(text, start)
    first = re.sub(r"（[^（）]*）|\([^()]*\)", "", text[marked.end() if marked else start:end])
    measure, _ = _clean_measure(first)
    if marked and re.fullmatch(r"[\u4e00-\u9fff]", measure):
        return measure  # - 钢，由…: a list of products may name one by a single character
    if not 2 <= len(measure) <= 16 or not _plausible_measure(measure) or _TIME_WORD.fullmatch(measure):
        return None
    if re.search(rf"[{_CN}百千万亿]{{2,}}", measure):
        return None  # 原煤十二亿九千八百万劳: a figure a scan garbled, not a topic
    head = measure.rsplit("的", 1)[-1]  # 国家预算内直接安排的基本建设投资: a verb inside a modifier is no predicate
    if _PREDICATE.search(head) or _TRANSITIVE.search(head) or has_verb(head) or _IMPERATIVE.match(first.strip()):
        return None  # 狠抓投资效果, 重点做好初中后的中等职业教育: a clause of its own, not a topic
    return measure


def _lead_head(lead_in: str) -> str | None:
    m = _LEAD_HEADS.search(lead_in)
    return m[0] if m else None


def _topic_measure(topic: str, measure: str, q: Quantity, head: str | None) -> str:
    """The measure of a figure given in a clause after its sentence's topic.

    A share (占全部投资的10%, 占25.4%) is the topic's share of what the clause names, else of the whole
    the lead-in distributes;
    a bare product's mass or volume is its output (钢，…三千六百万吨: 钢产量); a bare sector's money is
    what the lead-in says it is (燃料动力，1113亿元 under 投资分配如下：燃料动力投资).

    >>> from kg.facts import Quantity
    >>> money, steel = Quantity("money", "1113亿元", 1.113e11, "CNY", "p"), Quantity("mass", "六千万吨", 6e10, "kg", "p")
    >>> _topic_measure("燃料动力", "", money, "投资"), _topic_measure("燃料动力", "占", money, "投资")
    ('燃料动力投资', '燃料动力投资占全部投资比重')
    >>> _topic_measure("农业", "占全部投资", money, "投资"), _topic_measure("钢", "", steel, None)
    ('农业投资占全部投资比重', '钢产量')
    """
    if measure.startswith("占"):  # a part's share of the whole the lead-in distributes (全部投资) when the item elides it
        whole = measure[1:] or (f"全部{head}" if head else "")
        return f"{topic}{head if head and not _HAS_HEAD.search(topic) else ''}占{whole}比重"
    if _HAS_HEAD.search(topic):
        return topic
    if q.unit in _PRODUCT_UNITS:
        return topic + "产量"
    if q.unit in ("CNY", "USD") and head:
        return topic + head
    return topic


def _clean_measure(raw: str) -> tuple[str, int]:
    """The measure without time words, region leads and verbs: (measure, offset of its start in ``raw``)."""
    raw = _FROM_TAIL.sub("", raw)  # 森林覆盖率由2020年的61%（提高到63%）: the measure ends before 由
    cut = _FROM_VALUE.search(raw)  # 由一九九五年的二点二吨 / 由百分之一点一: Chinese numerals too
    raw = raw[:cut.start()] if cut else raw
    raw = _ASIDE.sub(lambda m: "\0" * len(m[0]), raw)  # 工业总产值（包括…）: what it covers, no part of its name
    text = _TIME.sub(lambda m: "\0" * len(m[0]), _PRICE_BASE.sub(lambda m: "\0" * len(m[0]), raw))
    lead = len(text) - len(text.lstrip("\0 　"))
    text = text.replace("\0", "")
    core = text.strip(" 　")
    m = _LEAD_NOISE.match(core)
    if m:
        lead += m.end()
        core = core[m.end():]
    core = _TAIL_NOISE.sub("", core).strip(" 　\"'")
    core = re.sub(r"^(.{2,}?)按(?:农业|城镇|农村)?人口(?:平均)?$", r"人均\1", core)  # 粮食产量按人口平均: per head
    if not (core.startswith("“") and core.count("“") == core.count("”")):  # “菜篮子”生产基地 keeps its quotation
        core = core.strip("“”")
    return core, lead


def _plausible_measure(measure: str) -> bool:
    """A measure is a short noun phrase: no punctuation left over, not a bare verb or number."""
    plain = re.sub(r"[A-Za-z]+\d+(?:\.\d+)?|\d+[A-Za-z]+", "", measure)  # PM2.5, O3, 5G are names, not figures
    longest = 40 if re.search(r"[、和及与]", measure) else 24  # a list of measures for 分别 is split later
    if not 2 <= len(measure) <= longest or re.search(r"[。；;，,！？()（）【】\d%]", plain):
        return False
    if parse_quantities(measure, source="") or measure.endswith("、"):
        return False  # 十二亿九千八百万吨: a figure, not a measure
    if re.search(r"[～~—\-至]$", measure):
        return False  # 粮食四亿九千万～|五亿吨: the first half of a range, not a measure
    if measure.count("“") != measure.count("”") or re.search(r"[期时]$", measure):
        return False  # a fragment cut out of a quotation, or a time word (收关期)
    if re.search(r"(?:建设|建立|建成|实现|推进|开展|效应)$|^(?:具有|拥有|的|为|和|与|及|占)|以上的|以下的|具有", measure):
        return False  # a verb phrase (每个乡镇最少建设), not a measure
    if re.search(r"[和与及]$|^(?:提高|降低|减少|下降|增长)", measure):
        return False  # 比1990年提高四和(五个百分点): the first of a list of changes, not a measure
    return not re.fullmatch(r"[的了和与及并等个年]+", measure)


def _distribute(text: str, m_end: int, at: int, figures: list[tuple[int, Quantity]], s_end: int,
                measure: str) -> tuple[list[tuple[str, str | None, tuple[int, Quantity]]], list] | None:
    """Split 「A、B…分别/均 verb V1、V2…」 (or 「A、B和C … V1、V2和V3」) into (measure, owner, figure) per item.

    Returns the items and the figures they used, or None when the statement does not distribute.
    """
    items = [i for i in re.split(r"[、和及与]", measure) if i]
    if len(items) < 2:
        return None
    run = _listed(text, at, figures, s_end)
    marked = bool(_DISTRIBUTIVE.search(text, max(0, m_end - 4), at))
    head = _MEASURE_HEAD.search(_SUBJECT_COUNT.sub("", items[-1]))
    # (only a list joined by 和/、: 地级及以上城市 is one subject)
    intensive = len(run) == 1 and head is not None and bool(_INTENSIVE.search(head[0])) and \
        not re.search(r"[及与]", measure)
    if not (marked or len(run) == len(items) or intensive) or len(run) not in (1, len(items)):
        return None
    figures_for = run * len(items) if len(run) == 1 else run
    last = _SUBJECT_COUNT.sub("", items[-1])
    owner_head = _OWNER_HEAD_IN.search(last)
    if owner_head and len(last) - owner_head.end() >= 2:
        # 城东、城西两个园区产值: the items are owners, the rest is the measure
        head, tail = owner_head["head"], last[owner_head.end():]
        owners = [i if _OWNER_HEAD.search(i) else i + head for i in items[:-1]] + [last[:owner_head.end()]]
        return [(tail, o, f) for o, f in zip(owners, figures_for)], run
    tail = head[0] if head else last[len(items[0]):] if len(last) > len(items[0]) + 1 else ""
    if len(run) == 1 and not marked and not intensive:
        return None  # A和B总产量达到X: one total of both; but A和B浓度下降10% (no sum of rates): each
    if len(tail) >= 2:
        names = [i if i.endswith(tail) or _COMPLETE_MEASURE.search(i) else i + tail for i in items[:-1]] + [last]
    elif len(run) == len(items) and all(_COMPLETE_MEASURE.search(i) for i in items):
        names = items  # 单位地区生产总值能耗和用水量分别下降14%、16%: each item is a whole measure
    else:
        return None
    lead = _PER_UNIT.match(items[0])  # 单位国内生产总值能源消耗和二氧化碳排放: 单位… is both measures'
    if lead:
        names = [n if n.startswith(lead[0]) or n.startswith("单位") else lead[0] + n for n in names]
    return [(n, None, f) for n, f in zip(names, figures_for)], run


# Heads of measures that do not add up over items (rates, concentrations): a single figure for A和B is each one's.
_INTENSIVE = re.compile(r"浓度$|率$|强度$|^人均")
# A measure that is complete in itself (能源消耗, 覆盖率): a shared head is not appended to it.
_COMPLETE_MEASURE = re.compile(r"(?:消耗|能耗|用水量|产量|率|比重|比例|总值|收入|产值|面积)$")
# The per-unit lead a coordinated list of intensities shares (单位GDP能耗和二氧化碳排放).
_PER_UNIT = re.compile(r"单位(?:国内|地区)?生产总值|单位GDP|单位工业增加值")


_OWNER_HEAD_IN = re.compile(r"(?P<head>产业园|工业园|园区|开发区|高新区)")
