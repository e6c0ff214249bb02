"""Answers to 「X要达到/提高到/降低多少」: each asked measure's stated figure, checked against the year asked.

The question's :class:`~qa.question.frame.Frame` names the measures (one or several), a unit and a
year; each measure gets the best figure the plan states for it (:func:`qa.values.prose.find_figures`).
A figure counts only if its year agrees with the question's: the year its sentence (or
paragraph) names, else the plan's horizon. When the plan gives the measure only for
another year, the answer is ``found: false`` and says which year and figure the plan
does give; when it gives nothing for the measure, there is no answer here.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest.markers import LIST_MARK

from ..answer import Answer, Item
from ..question.frame import MEASURE_LEAD, PERIOD_TEXT, Frame, as_asked, as_printed, asks_start, measure_core, measure_variants, parse_frame, phase_agrees, years_in
from ..question.intent import ATTRIBUTE_CUES, Intent
from ..index.kb import KB, normalise_text, plan_of
from ..index.home import home_titles
from ..checks.ownership import whole_or_part
from ..checks.scope import asks_now, foreign_scope
from .pairing import run_holding
from .peryear import asks_per_year, asks_span_total, per_year_word, yearly_quote
from .printedrun import printed_run, restored, shielded
from .prenominal import member_share, member_shares
from ..question.link import Link
from .ownclause import own_clause_figures
from .stages import asked_stage, stage_answer
from .year_run import sibling_year_figure, year_distributed, year_values
from .dating import dating, span_only, year_span
from .runmembers import one_member, run_head
from .prose import PLAN_NUMBER_TEXT, CLASSIFIERS, of_now, SCOPES, SPAN_COMPARED, VALUE, Figure, context_years, evidence_years, find_figures, plan_horizon, unit_agrees

__all__ = ["answer_measures", "year_agrees", "distributed_value", "joint_clause", "printed_in", "bounded", "FROM_TO", "count_for_amount"]

#: Longest figure answer (characters), as the answer contract allows.
MAX_ANSWER = 300
#: Longest quoted clause in an answer (characters); longer ones are cut with …
_MAX_CLAUSE = 90


def year_agrees(kb: KB, figure: Figure, year: int | None, *, period: bool = False) -> bool:
    """Whether ``figure`` is stated for ``year`` (any figure agrees when no year is asked).

    With ``period`` the year ends a five-year period asked as a whole (“十三五”期间): a figure
    dated within it (「年均增长11.15%(2019年数据)」) agrees too.
    """
    if year is None:
        return True
    if year in figure_years(figure):
        return True  # 「2025、2030年…达到407、700万千瓦」: each year listed has its own value (qa.values.year_run)
    if figure.years:
        return year in figure.years or (period and all(year - 4 <= y <= year for y in figure.years))
    return plan_horizon(kb, plan_of(figure.para)) == year


#: A period asked as a whole (「“十五五”期间」「一共」), not its end (「十三五末」 is answered by the year printed for it).
_WHOLE_PERIOD = re.compile(r"五[”\"]?(?:期间|时期|期内)|累计|一共|总共|合计")


def one_year_of_period(figure: Figure, end: int) -> bool:
    """Whether ``figure`` is one year's inside the five-year period ending ``end``, before its end (「2026年新增光伏
    装机规模2590千瓦以上」 in the period 2026–2030): no figure of the period asked as a whole (「“十五五”期间一共新增
    多少」) — a rate dated by a year's data (「年均增长11.15%(2019年数据)」) still is the period's."""
    return len(figure.years) == 1 and end - 4 <= figure.years[0] < end and figure.aspect != "growth"


def figure_years(figure: Figure) -> dict[int, str]:
    """Each year's own value of the run of years ``figure``'s sentence prints before its clause (「2025、2030年全市光伏
    装机力争达到407、700万千瓦」, :func:`qa.values.year_run.year_values`), empty when there is none."""
    at = figure.sentence.find(figure.clause) if figure.clause else -1
    return year_values(figure.sentence, at) if at >= 0 else year_values(figure.clause)


def distributed_value(clause: str, measure: str, value: str, *, synonyms: bool = True) -> str | None:
    """In 「A和B…分别达到X和Y」 (or 「A、B和C…达到X、Y和Z」) the value of the part the measure names, in order;
    ``value`` when the clause distributes no values, None when it does but the measure is none of its parts.

    Examples
    --------
    >>> distributed_value("城区和乡镇垃圾无害化处理率分别超过95%和80%", "乡镇垃圾无害化处理率", "95%")
    '80%'
    >>> distributed_value("单位国内生产总值能源消耗和二氧化碳排放分别降低13.5%、18%", "单位国内生产总值二氧化碳排放", "13.5%")
    '18%'
    >>> distributed_value("甲园、乙园和丙园产值分别达到50亿元和30亿元", "乙园产值", "50亿元") is None
    True
    >>> distributed_value("粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤", "粮食每亩平均年产量", "四百斤")
    '四百斤、五百斤和八百斤'
    >>> distributed_value("95%的街道文化站、80%的社区图书室能够开展阅读活动", "街道文化站比例", "80%")
    '95%'
    >>> c = "可再生能源和本地可再生能源占全社会用电量比重力争分别达到36%左右和8%"
    >>> distributed_value(c, "本地可再生能源占全社会用电量比重", "36%"), distributed_value(c, "可再生能源占全社会用电量比重", "36%")
    ('8%', '36%左右')
    """
    if (members := member_shares(clause)) and value in {v for _, v in members}:
        # 「99%的A、98%的B…能够…」: each share is printed before its own noun, never after the noun before it.
        return member_share(clause, measure)
    if "分别" in clause and (printed := run_holding(clause, value)):
        # 「…分别达到38200元、17600元，年均分别增长8.1%、9.3%」: the run printing the value, paired with its members — a
        # run naming none (年均分别增长) with those of the run before it (qa.values.pairing).
        head, segment = printed.head, printed.printed
        names = [m.replace("的", "") for m in printed.members]
    elif (run := _VALUE_RUN.search(clause)) and value in run.group(0):
        # 「蔬菜、水果和水产品总产量达到80万吨、23万吨和2.25万吨以上」: values listed in the parts' order, 分别 unsaid.
        head, segment = _DISTRIBUTING_VERB.sub("", clause[: run.start()]), run.group(0)
        names = re.split(r"和|与|及|、", re.sub(r"^.*?[:：]", "", head).replace("的", ""))
    else:
        return None if _one_of_summed(clause, measure, value) else value
    values = re.split(r"和|与|及|、", segment)
    if len(names) >= 2 and len(values) >= 2 and len(values) != len(names):
        return None  # 「A、B和C…分别达到X和Y」: which value is whose is not printed, none is given
    if len(names) < 2 and len(values) >= 2 and SCOPES.search(head) and (run := _VALUE_RUN.search(segment)) \
            and value in run.group(0):
        # 「粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤」: one measure over several scopes
        # the question does not part, its values the whole run — never one of them as the measure's.
        return run.group(0)
    if len(names) < 2 or len(values) != len(names):
        return value
    def share(name: str) -> float:
        grams = {name[k : k + 2] for k in range(len(name) - 1)}
        return len(grams & {measure[k : k + 2] for k in range(len(measure) - 1)}) / (len(grams) or 1)

    # 「城镇居民和农村居民人均可支配收入分别…」「广播和电视人口覆盖率分别…」: the tail the last part shares with the
    # measure is every part's; the measure is the part whose own words (its stem) the measure's stem ends.
    whole = [k for k, n in enumerate(names) if (stem := _stem(measure, names[-1])) and stem in n]
    # 「第一产业、第二产业和第三产业…」: the part whose own first words (a year left out) begin the measure.
    leads = [k for k, n in enumerate(names) if len(lead := re.sub(r"^(?:(?:19|20)\d\d年|其中)", "", n)[:4]) >= 2 and measure.startswith(lead)]
    contained = [k for k, n in enumerate(names) if len(n) >= 2 and n in measure]  # 「…能源消耗和二氧化碳排放」
    # 「可再生能源和本地可再生能源…分别达到36%和8%」: a part whose name holds an earlier part's (本地可再生能源) is the one
    # a measure opening with the longer name asks — never the shorter part it also contains
    longer = [k for k in leads if any(j != k and names[j] in names[k] for j in contained)]
    if len(longer) == 1:
        i = longer[0]
    elif len(whole) == 1:
        i = whole[0]
    elif len(contained) == 1:
        i = contained[0]
    elif len(leads) == 1:
        i = leads[0]
    elif (stem := _stem(measure, names[-1])) and not any(stem[-2:] in n for n in names):
        return None  # 「丙线长度」 of 「甲线和乙线长度分别…」: the measure's own words name no part
    else:
        # The part whose own words the measure holds best (二氧化碳排放, not 单位国内生产总值能源消耗).
        scores = [share(n) for n in names]
        i = max(range(len(names)), key=lambda k: scores[k])
        if scores.count(scores[i]) > 1:
            # 「能耗强度」 printed as 「单位国内生产总值能源消耗」: the part a name the plan prints it by names; else the
            # parts' values are known, but not which is the measure's, and none is given.
            for name in measure_variants(measure)[1:] if synonyms else ():
                if (own := distributed_value(clause, name, value, synonyms=False)) is not None and name[:2] in clause:
                    return own
            return None
    found = re.search(r"\d+(?:\.\d+)?\S*|百分之\S+", values[i])
    return found.group(0).rstrip("。") if found else value


def _one_of_summed(clause: str, measure: str, value: str) -> bool:
    """Whether ``value`` is an amount printed once after several things named together (「教育、科学、文化、卫生
    事业费967亿元」) and the measure is only one of them: their sum, no part's own. A rate (「A和B年均增长5%」) is each one's.

    >>> _one_of_summed("二、教育、科学、文化、卫生事业费967亿元", "教育事业费", "967亿元")
    True
    >>> _one_of_summed("湘江、潇水治理69.5km", "湘江潇水治理", "69.5km"), _one_of_summed("城镇和农村居民收入年均增长5%", "城镇居民收入", "5%")
    (False, False)
    >>> _one_of_summed("城镇新增就业和转移农业劳动力各4500万人", "城镇新增就业", "4500万人"), _one_of_summed("续建、新建乡镇中心幼儿园7所", "乡镇中心幼儿园续建", "7所")
    (False, False)
    >>> _one_of_summed("重点发展茶叶、竹笋、柑橘、中药材等四大特色农业", "特色农业", "四大")
    False
    """
    at = clause.find(value)
    if at <= 0 or re.search(r"[%％‰倍]|百分", value) or re.search(r"和|与|及|、", measure):
        return False  # a rate is each one's; a sum asked (县道和乡道一共) is answered by the sum
    if re.fullmatch(r"[0-9一二三四五六七八九十两]+(?:大|个|项|类|种|条|家|所|座)", value):
        return False  # 「茶叶、竹笋…等六大特色农业」: the run counted, no amount summed
    # only a run of three or more names joined by 、 right before the value, no figure or verb among them
    head = LIST_MARK.sub("", re.split(r"[，,：:；;()（）]", clause[:at])[-1])
    names = head.split("、")
    if len(names) < 3 or any(len(n) < 2 for n in names) or re.search(r"[0-9〇零一二三四五六七八九]|达到|为|到|至|建", head):
        return False
    return sum(n[:2] in measure for n in names) < len(names)


def joint_clause(segment: str, value: str) -> str:
    """The words of ``segment`` from the clause naming the run a value is printed for to the end of the value's clause.

    >>> joint_clause("加快推进甲岭、乙塘楔形绿地建设，确保建成开放，新增绿地面积300公顷以上。", "300公顷")
    '加快推进甲岭、乙塘楔形绿地建设，确保建成开放，新增绿地面积300公顷以上'
    """
    text = segment if value in segment else normalise_text(segment)  # quoted as printed where it can be
    at = text.find(value if value in segment else normalise_text(value))
    head = run_head(text, at)
    start = text.rfind(head, 0, at) if head else 0
    end = re.search(r"[，,；;。]|$", text[at:]).start() + at
    return text[max(start, 0) : end]


def printed_in(paragraph: str, clause: str) -> str:
    """``clause`` (read in the normalised paragraph) as the paragraph prints it (「，」 not 「,」), where the two align.

    >>> printed_in("甲岭、乙塘建设，新增绿地50公顷。", "甲岭、乙塘建设,新增绿地50公顷")
    '甲岭、乙塘建设，新增绿地50公顷'
    """
    text = normalise_text(paragraph)
    at, clause = text.find(normalise_text(clause)), normalise_text(clause)
    return paragraph[at : at + len(clause)] if at >= 0 and len(text) == len(paragraph) else clause


#: Two or more values joined by 、/和/及/与 alone (「80万吨、23万吨和2.25万吨以上」).
_VALUE_RUN = re.compile(rf"(?:{VALUE.pattern})(?:以上|以下|左右)?(?:(?:、|和|及|与)(?:{VALUE.pattern})(?:以上|以下|左右)?)+")
#: A structure or ratio (三次产业结构, 投资与消费之比): its value is the whole run of shares, never one of them.
_WHOLE = re.compile(r"(?:结构|构成|之比|比例关系)$")
_RATIO = re.compile(r"\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?)+")


def whole_run(clause: str, value: str) -> str | None:
    """The whole run of values (「19.1%、46.0%、34.9%」, 「15:45:40」) in ``clause`` that holds ``value``; None when the
    value stands alone — a structure asked is never answered by one of its shares.

    >>> whole_run("三次产业结构初期为19.1%、46.0%、34.9%，末期达到18.4%", "19.1%")
    '19.1%、46.0%、34.9%'
    >>> whole_run("三次产业结构调整为15:45:40", "15"), whole_run("第一产业比重为19.1%", "19.1%")
    ('15:45:40', None)
    """
    runs = [m.group(0) for m in _RATIO.finditer(clause)] + [m.group(0) for m in _VALUE_RUN.finditer(clause)]
    return next((r for r in runs if value in r), None)


#: A bound printed around a value (「不低于60%」「十三亿以内」「92%以上」): part of what the plan says the figure is.
_BOUND_AFTER = re.compile(r"以上|以下|以内|之内|左右")
_BOUND_BEFORE = re.compile(r"(?:至少|最少|不低于|不少于|不超过|不高于|大于|小于|低于|高于|超过|(?<!赶)超|不到|不足|突破|逾|(?<![附最])近|(?<![节制契预公条大])约)$")


#: Measures that are amounts (money, output): a count of things (「前15家生产企业」) is never their figure.
_AMOUNT = re.compile(r"(?:总值|总额|产值|收入|投资|增加值|利润|利税|税收|营业额|销售额)$")


def count_for_amount(measure: str, value: str) -> bool:
    """Whether ``value`` counts things (15家, 3个) while ``measure`` is an amount (生产总值).

    >>> count_for_amount("生产总值", "15家"), count_for_amount("生产总值", "1595.2亿元"), count_for_amount("企业", "15家")
    (True, False, False)
    """
    return bool(_AMOUNT.search(measure)) and bool(re.search(rf"\d[{CLASSIFIERS}]$", value))


def bounded(clause: str, value: str) -> str:
    """``value`` with the bound the clause prints right around it, unless it carries it already.

    >>> bounded("人口控制在十三亿以内", "十三亿"), bounded("城区空气优良天数大于330天/年", "330天"), bounded("达到92%以上", "92%以上")
    ('十三亿以内', '大于330天', '92%以上')
    >>> bounded("城乡居民收入比缩小到2.3∶1", "2.3")
    '2.3∶1'

    A bound printed before a run of values (「分别超过95%和80%」) bounds each of them:

    >>> bounded("城区和乡镇垃圾无害化处理率分别超过95%和80%", "80%"), bounded("分别达到50亿元和不低于30亿元", "30亿元")
    ('超过80%', '不低于30亿元')
    """
    m = re.search(rf"(?<![0-9.]){re.escape(value)}(?![0-9.])", clause)
    if not m:
        return value
    if ratio := _RATIO_AFTER.match(clause, m.end()):
        value += ratio.group(0)  # 「缩小到2.56∶1」: a ratio is said whole, never its first term alone
    at = m.start()
    after = _BOUND_AFTER.match(clause, at + len(value))
    before = _BOUND_BEFORE.search(clause[:at])
    if not before and (run := next((r for r in _VALUE_RUN.finditer(clause) if r.start() < at < r.end()), None)):
        before = _BOUND_BEFORE.search(clause[: run.start()])  # a later member of 「超过95%和80%」
    if after and not _BOUND_AFTER.search(value):
        value += after.group(0)
    return before.group(0) + value if before and not _BOUND_BEFORE.search(value) and not value.startswith(before.group(0)) else value


#: The rest of a ratio printed after its first term (∶1, :1).
_RATIO_AFTER = re.compile(r"[∶:：]\d+(?:\.\d+)?(?![0-9.])")


_CHANGE_WORDS = re.compile(r"(?:(?:年均|平均每年|每年)(?:分别)?)?(?:增长|下降|降低|提高|提升|减少|增加|压减|缩短|扩大|新增)(?:了|约|近)?(?:分别)?$")


def said_change(clause: str, value: str) -> str:
    """``value`` with the words of change the clause prints before it (「年均增长7.5%」, 「降低16%」).

    >>> said_change("国内生产总值年均增长7.5%", "7.5%"), said_change("单位国内生产总值能源消耗降低16%", "16%")
    ('年均增长7.5%', '降低16%')
    """
    at = clause.find(value.lstrip("不低于超过大于小于"))
    words = _CHANGE_WORDS.search(clause[:at]) if at > 0 else None
    return words.group(0).replace("分别", "") + value if words else value


#: The verb between an enumeration of parts and its values.
_DISTRIBUTING_VERB = re.compile(r"(?:分别|各自)?(?:达到|提高到|提升到|增加到|增长到|降低到|下降到|降到|控制在|稳定在|保持在|超过|突破|不低于|为|是)$")


def _stem(measure: str, last: str) -> str:
    """The measure's words before the tail it shares with the enumeration's ``last`` part ('' when that tail is
    all of ``last``: 「能源消耗和二氧化碳排放」 share a head, not a tail).

    >>> _stem("城镇居民人均可支配收入", "农村居民人均可支配收入"), _stem("广播人口覆盖率", "电视人口覆盖率")
    ('城镇', '广播')
    >>> _stem("单位国内生产总值二氧化碳排放", "二氧化碳排放"), _stem("乡镇垃圾无害化处理率", "乡镇垃圾无害化处理率")
    ('', '')
    """
    k = 0
    while k < min(len(measure), len(last)) and measure[-1 - k] == last[-1 - k]:
        k += 1
    return measure[: len(measure) - k] if 2 <= k < len(last) else ""


#: How an answer names what was asked when the plan states another aspect of the measure.
_ASPECT_NAMES = {"growth": "年均增速", "change": "增减幅度", "level": "绝对水平", "total": "期内合计"}


#: The genre's per-year words (每年, 年均, 平均每年, 每年度): a figure said of each year of the span.
_PER_YEAR = re.compile(r"平均每年|每年度?|年均|逐年")
#: A change word closing a measure asked (低效用地减量): plans print the thing, then the word, then the value.
_CHANGE_TAIL = re.compile(r"(?:减量|减少|增加|新增|压减|削减|增量)$")


def _figures(kb: KB, measure: str, unit: str | None, plan: str | None, aspect: str | None, cue: str | None = None) -> list[Figure]:
    """The measure's figures under every name the plan may print it with, best first, each clause once.

    ``cue`` (what is asked of a named thing, 供水人口) is tried only when the measure as a whole is not found.
    """
    found = _variant_figures(kb, measure, unit, plan, aspect, None)
    if (grade := _GRADE_LEAD.match(measure)) and len(measure) - grade.end() >= 2 \
            and not any(measure in normalise_text(f.clause) for f in found):
        # 「市级及以上零碳工厂要建成多少家」 of 「建成市级及以上零碳园区1家、零碳工厂15家、绿色工厂45家」: the grade is
        # printed once before the run and holds for each member after it (a near match, 绿色工厂, is no member asked)
        bare = measure[grade.end():]
        found = [f for f in _variant_figures(kb, bare, unit, plan, aspect, None)
                 if 0 <= f.sentence.find(grade.group(0)) < f.sentence.find(bare) <= f.sentence.find(f.value)] or found
    if not found and (pair := _SUM_PAIR.search(measure)) and len(pair.group(0)) < len(measure):
        # 「五年内要新建铁路干线和支线」 asked as one sum: plans print the pair alone (「新建干线和支线约四、〇八四公里」).
        found = _variant_figures(kb, pair.group(0), unit, plan, aspect, None)
    counted = re.sub(r"(?:人口|人数)$", "", measure) if unit in ("人", "万人") else measure
    if not found and len(counted) >= 4 and counted != measure:
        # 「脱贫的贫困人口有多少人」: plans print the people as the value's unit (贫困户43054人全部脱贫).
        found = _variant_figures(kb, counted, unit, plan, aspect, None)
    if not found and (bare := _WORKS_VERB.sub("", measure)) != measure and len(bare) >= 4:
        # 「双牌灌区要续建几条支渠」 of 「续建双牌灌区零陵区支渠7条」: plans print the verb of works before the owner.
        found = _variant_figures(kb, bare, unit, plan, aspect, None)
    if not found and (bare := _ADDING_VERB.sub("", measure)) != measure:
        # 「增加大型机车多少台」 of 「增加大型机车五五〇台」: the verb opening the question is the clause's, not the measure's.
        said = re.compile(_ADDING_VERB.match(measure).group(0) + r"[\u4e00-\u9fff]{0,2}" + re.escape(bare))
        found = [f for f in _variant_figures(kb, bare, unit, plan, aspect, None)
                 if any(0 <= f.clause.find(f.value, m.end()) <= m.end() + 4 for m in said.finditer(f.clause))]
    if not found and (made := _PRODUCING_VERB.search(measure)):
        # 「汽车一年要生产多少辆」 of 「1995年，生产各种汽车90万辆」: old plans print the verb of output before the goods,
        # a word of sort (各种) between, the value right after them.
        bare = measure[: made.start()]
        said = re.compile(r"(?:生产|产出|制造)(?:各种|各类|各式)?" + re.escape(bare))
        found = [f for f in _variant_figures(kb, bare, unit, plan, aspect, None)
                 if any(0 <= f.clause.find(f.value, m.end()) - m.end() <= 2 for m in said.finditer(f.clause))]
    if not found and (made := _MAKING_VERB.search(measure)):
        # 「到2030年要累计创建多少家国家级绿色工厂」 of 「累计创建市级以上绿色工厂1200家，国家级绿色工厂150家」: the verb
        # opens the run the thing is a member of, printed before the value but not before the thing's own name; who
        # makes them (「示范区推出了多少项制度创新成果」) is printed before the value too.
        found = [f for f in _variant_figures(kb, measure[made.end():], unit, plan, aspect, None)
                 if all(w in f.sentence[: max(f.sentence.find(f.value), 0)] for w in (made.group(0), measure[:made.start()]))]
    if not found and unit is None and (size := _SIZE_WORD.search(measure)) and len(measure) >= 5:
        # 「10千伏高压线路多长」: a line's length is printed as its kilometres after it (新建线路10千伏高压46km), no 长 said;
        # 「示范项目累计要落实多少面积」 of 「累计落实…示范项目500万平方米以上」: an area as its square metres.
        found = sorted((f for u in _SIZE_UNITS[size.group(0)] for f in _variant_figures(kb, measure[: size.start()], u, plan, aspect, None)),
                       key=lambda f: -round(f.score, 6))
    if not found and (per := _PER_YEAR.search(measure)) and len(bare := measure[: per.start()] + measure[per.end():]) >= 4:
        # 「每年供应多少建设用地」「低效用地每年减量多少」 of 「年均供应建设用地35平方公里」「每年实施低效用地减量7平方公里」: a
        # yearly figure is asked by the words of its measure and any of the genre's per-year words, wherever the plan
        # prints it before the value; a clause printing none is a total or a level, no yearly figure.
        changed = _CHANGE_TAIL.search(bare)
        found = [f for name in ((bare, bare[: changed.start()]) if changed and changed.start() >= 2 else (bare,))
                 for f in _variant_figures(kb, name, unit, plan, aspect, None)
                 if _PER_YEAR.search(said := re.split(r"[,，;；:：]", f.sentence[: max(f.sentence.find(f.value), 0)])[-1])
                 and (not changed or changed.group(0) in said)]
    return found or (_variant_figures(kb, measure, unit, plan, aspect, cue) if cue else [])


#: Verbs of works a question puts after the owner (双牌灌区续建支渠) and plans before it (续建双牌灌区…支渠).
_WORKS_VERB = re.compile(r"(?<=.{2})(?:续建|新建|扩建|改建|修建)(?=.{2})")  # not 建设: 基本建设投资 is a measure of its own
#: A verb of adding that opens a measure asked (增加大型机车, 增设自动闭塞装置): printed right before the thing, too.
_ADDING_VERB = re.compile(r"^(?:增加|新增|增设|增建|增装|新建|修复|恢复)(?=[\u4e00-\u9fff]{2})")
#: A verb of output closing a measure asked (汽车生产, 汽车每年生产): the goods are what is counted.
_PRODUCING_VERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:每年|一年|年)?(?:生产|产出|制造)$")
#: A verb of making that opens a measure asked (培育, 创建 …) and a run of members in the plan (培育A超1500家、B超100家).
_MAKING_VERB = re.compile(r"(?:^|(?<=[\u4e00-\u9fff]{2}))(?:培育|创建|引进|推出|打造|认定)(?=[\u4e00-\u9fff“]{2})")
#: A grade said before the thing asked (市级及以上, 国家级, 省级以上).
_GRADE_LEAD = re.compile(r"^(?:国家|省|市|区|县)级(?:及以上|以上)?")
#: A size asked by its word (长度, 面积) that plans leave to the value's unit, and the units that say it.
_SIZE_WORD = re.compile(r"(?:长度|面积)$")
_SIZE_UNITS = {"长度": ("公里",), "面积": ("平方米", "平方公里", "公顷", "亩")}
#: Two things summed (「干线和支线」): the words joined, as long on each side as the last one.
_SUM_PAIR = re.compile(r"[\u4e00-\u9fff]{2}(?:和|与|及)[\u4e00-\u9fff]{2}$")


def _variant_figures(kb: KB, measure: str, unit: str | None, plan: str | None, aspect: str | None, cue: str | None) -> list[Figure]:
    out: dict[tuple[str, str, str], Figure] = {}
    for rank, v in enumerate(measure_variants(measure)):
        for f in find_figures(kb, v, plan=plan, unit=unit, cue=_cue(v) or (cue if cue and cue in v else None), aspect=aspect):
            # The name as asked outranks a synonym, a synonym the bare head (生产总值).
            out.setdefault((f.para, f.clause, f.value), f if rank == 0 else replace(f, score=f.score - 0.01 * rank))
    return sorted(out.values(), key=lambda f: -round(f.score, 6))


#: Things whose names own a figure printed after them (a park's 产值, a project's 投资).
_OWNERS = ("Park", "Project", "Organization", "Place")


def _other_owner(kb: KB, f: Figure, measure: str, question: str, asked: tuple[str, ...] = ()) -> bool:
    """Whether the figure's sentence prints the measure inside another thing's name the question does not give
    (「航空航天新材料产业园产值…50亿元」 is no figure of 新材料产业园). ``asked`` are the nodes the question links
    to: a thing the question names by part of its name (山水林田湖草项目 for 零陵区山水林田湖草项目) is its own."""
    at = f.sentence.find(measure[:3])
    if at <= 0:
        return False
    q = normalise_text(question)
    # A longer name is another thing's only when the question's words name a thing of their own (新材料产业园 is
    # 新材料百亿产业园); 「电网提质改造」 naming nothing else is the part of 「城区、农村电网提质改造」 it prints.
    named = [l for l in kb.index.exact(q) if l.type in _OWNERS]
    return any(m.start() < at < m.end()
               for link in kb.index.exact(f.sentence) if link.type in _OWNERS and link.mention not in q and link.node not in asked
               and (not _tail_of(link.mention, q) or any(n.node != link.node for n in named))
               for m in re.finditer(re.escape(link.mention), f.sentence))


def _tail_of(name: str, question: str) -> bool:
    """Whether the question prints the name's last words (4 characters or more): 电网提质改造 of 城区、农村电网提质改造."""
    return any(name[k:] in question for k in range(len(name) - 3))


#: Two-character pieces of a measure's subject too common to make a hint about it (数字经济 → 经济 is any 经济's).
#: 主要 qualifies anything (主要目标's 「主要」 offered 「主要农作物耕种收综合机械化水平达到85%以上」, newcomer 13).
_GENERIC_PIECE = re.compile(r"经济|发展|建设|产业|社会|城市|农村|城镇|全国|全省|全市|全区|人口|增加|总额|收入|投资|企业|项目|年均|目标|增长|主要")


#: A heading's own enumerator before its title (（三）, 三、, 第三节).
_HEADING_NUMBER = re.compile(r"^(?:第[0-9一二三四五六七八九十百]+[篇章节部分]|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[)）]|\d+[、．.])")


def _under_titled_heading(kb: KB, measure: str, unit: str | None, plan: str | None, aspect: str | None) -> list[Figure]:
    """Figures of the rest of ``measure`` printed under the one section or chapter whose title ``measure`` opens with
    (「南方区年降水量」: 年降水量 in （四）南方区); [] when the measure names no such heading or the rest is under none."""
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        cite = kb.citation(para)
        for title in (cite.section, cite.chapter):
            name = _HEADING_NUMBER.sub("", normalise_text(title or "")).strip()
            if len(name) >= 2 and measure.startswith(name) and len(rest := measure[len(name):].lstrip("的")) >= 2:
                inside = lambda f: name in (_HEADING_NUMBER.sub("", normalise_text(kb.citation(f.para).section or "")),
                                            _HEADING_NUMBER.sub("", normalise_text(kb.citation(f.para).chapter or "")))
                return [f for f in _figures(kb, rest, unit, plan, aspect, None) if inside(f)]
    return []


#: A number of years asked (「再延长多少年」「几年一轮」, not 多少年底) and a value that is one (30年, 11.3年).
_DURATION_ASKED = re.compile(r"(?:多少|几)年(?![底末初度])")
_DURATION = re.compile(r"\d年$")


#: A piece of a measure's name that is a content word: Chinese characters only. PM2.5's 「2.5」 is no word about the
#: measure — it matched 「固定资产投资年均增长12.5%」 as a near figure for 「PM2.5浓度」 (exam set 12, e12-04).
_CONTENT_PIECE = re.compile(r"[\u4e00-\u9fff]+")
#: A value with its unit or per cent (12万亩, 10%, 3个), in Chinese numerals too (二百七十万辆, 百分之八十五: old plans
#: print no digits). A bare number is no figure to offer: OCR page footers (「经费包—21一」「技术一17一」) and the ends
#: of a year span (「(2021一2035年)」) read as one (exam set 12, e12-u19).
_WITH_UNIT = re.compile(r"百分之|\d\s*[^\d.\s,，、。；;:：)）\]】—–－一-]|[〇零一二两三四五六七八九十百千万亿][^〇零一二两三四五六七八九十百千万亿点.\d\s,，、。；;:：)）\]】—–－-]")


#: A page footer OCR leaves in the prose, its dashes read as dashes or 一 (「经费包—21一」「技术一17一」「—:16—」).
_FOOTER = re.compile(r"[—–－一]\s*[:：]?\s*(\d+)\s*(?:[一—–－]|$)")


def _page_number(f: Figure) -> bool:
    """Whether ``f``'s value is a bare number framed as a page footer: no figure of any measure."""
    return not _WITH_UNIT.search(f.value) and f.value.strip() in {m.group(1) for m in _FOOTER.finditer(normalise_text(f.clause))}


def _near_hint(f: Figure, piece: str) -> bool:
    """Whether ``f`` may be offered as near the asked measure: its own clause names the piece (a word of the
    sentence elsewhere is another figure's), and its value carries a unit."""
    return piece in normalise_text(f.clause) and bool(_WITH_UNIT.search(f.value))


#: A word printed in more than this share of a plan's paragraphs is its whole topic (交通运输 in a transport plan).
_TOPIC_SHARE = 0.25


def _topic_word(kb: KB, piece: str, plan: str | None) -> bool:
    """Whether ``piece`` is a word of the plan's whole topic, printed in a large share of its paragraphs: a clause
    naming it is no nearer the asked measure than any other (e12-u19's 交通运输科技研发经费 was offered 「30家以上国家
    交通运输科普基地」)."""
    paras = [p for p in kb.paragraph_nodes if not plan or plan_of(p) == plan]
    return len(paras) >= 8 and sum(piece in kb.norm_text[p] for p in paras) > _TOPIC_SHARE * len(paras)


def _nearest(kb: KB, question: str, intent: Intent, frame: Frame, missing: list[str], plan: str | None,
             links: list[Link]) -> Answer | None:
    """No asked measure is stated: ``found: false`` naming the figures the plan states for a part of its name
    (汽车保有量 → 「全国生产汽车20万辆」), in the asked year when one is asked; None when there are none either."""
    if intent.kind != "fact" or not missing or _cue(missing[0]):
        return None  # a named thing's attribute (总投资) is never shown from a neighbour
    if any(l.type in ("Park", "Project", "Organization") for l in links):
        return None  # nor any figure of a named park, work or body (新材料产业园利税: 航空航天…产业园's 「利税5亿元」)
    measure = missing[0]
    if as_asked(measure, question) != measure:
        return None  # what is asked was not read cleanly: no hint can be said to be near it
    # The longest pieces of its subject first (私人汽车拥有量: 私人汽车, …, 汽车), never its head word (森林覆盖率's
    # 覆盖率 is no hint: 持卡人口覆盖率 is another thing's) nor a bare head (有量).
    core = measure_core(measure)
    parts = [core[i : i + k] for k in (4, 3, 2) for i in range(len(core) - k + 1)]
    near: list[Figure] = []
    for part in dict.fromkeys(p for p in parts if p != measure and not re.search(r"^[率量值数额有万亿每]|[率量值数额有]$", p)
                              and not _GENERIC_PIECE.fullmatch(p) and _CONTENT_PIECE.fullmatch(p)
                              and not _topic_word(kb, p, plan)):
        for f in find_figures(kb, part, plan=plan):
            if year_agrees(kb, f, frame.year) and f.clause not in {n.clause for n in near} and _near_hint(f, part):
                near.append(f)
        if near:
            break
    if _DURATION_ASKED.search(question):
        near = [f for f in near if _DURATION.search(f.value)]  # 「再延长多少年」: a 5% is nothing near a number of years
    if not near:
        return None
    unit = frame.unit_of(0)
    shown = sorted(near, key=lambda f: not unit_agrees(unit, f.value))[:2]  # a figure in the asked unit (辆) first
    text = f"规划未给出{'、'.join(missing)}的数值。规划给出的相近数字：" + "；".join(
        f"{_say_year(kb, f, frame.year if f.years else None)}“{_quote(f.clause)}”" for f in shown) + "（并非所问指标）。"
    return Answer(question, text, False, [], list(dict.fromkeys(kb.citation(f.para) for f in shown)), kind="fact")


def _after_part(f: Figure, previous: Figure) -> tuple[bool, int]:
    """Sort key of a later part's figure: in the previous part's sentence first, the nearest clause after its own."""
    if f.sentence != previous.sentence:
        return True, 0
    gap = f.sentence.find(f.clause) - f.sentence.find(previous.clause)
    return False, gap if gap > 0 else len(f.sentence) - gap


def _own_place_dropped(kb: KB, measure: str, links: list[Link]) -> str:
    """「零陵区地区生产总值」 in 零陵区's plan is its 地区生产总值; another place's name stays (珠山镇工业产值). The words
    the region stood before lead the rest as they lead any measure (「虹口五年要引进培育…企业」: 引进培育…企业)."""
    rest = _after_own_place(kb, _before_own_place(kb, measure), links)
    return (MEASURE_LEAD.sub("", rest) or rest) if rest != measure else measure


#: Verbs of coming to a place that a measure may end in, the place after them (「…企业落地入驻零陵」).
_ARRIVING = re.compile(r"(?:落地|入驻|落户|进驻|引进到|引入|布局|投资|来到|到)$")


def _before_own_place(kb: KB, measure: str) -> str:
    """「“500强”企业落地入驻零陵」 in 零陵区's plan: the plan's own place said after a verb of coming (落地入驻, 落户) is
    where every such firm comes, no part of the measure — the measure without it; another place stays (入驻珠山镇)."""
    titles = home_titles(kb)
    for k in range(2, min(6, len(measure) - 3) + 1):
        place, before = measure[-k:], measure[:-k]
        own = place in titles if re.search(_UNIT_SUFFIX + "$", place) else re.search(re.escape(place) + _UNIT_SUFFIX, titles)
        if own and _ARRIVING.search(before):
            return before
    return measure


def _after_own_place(kb: KB, measure: str, links: list[Link]) -> str:
    titles = home_titles(kb)  # by title, else by issuer (「政府工作报告」 in 深圳市's congress: 深圳)
    for l in links:
        if l.type == "Place" and re.search(r"[省市区县州镇乡旗]$", l.mention) and measure.startswith(l.mention) \
                and l.mention in titles and len(measure) > len(l.mention) + 1 and not _ROUTE.match(measure, len(l.mention)):
            return measure[len(l.mention):]
    # 「零陵园区产值」: the region's short name (零陵 for the title's 零陵区, 浦东 for 浦东新区) before the measure is the
    # plan's own
    for k in range(len(measure) - 2, 1, -1):
        if (re.search(re.escape(measure[:k]) + r"[省市区县州旗]", titles) or re.search(re.escape(measure[:k]) + "新区", titles)
                and not _printed_as_name(kb, measure[: k + 2])) and not _ROUTE.match(measure, k):
            # 「衡复风貌区宜居型小区」 names the title's 衡复风貌区 in full: its 区 goes with it, never into the measure.
            suffix = re.match(_UNIT_SUFFIX, measure[k:])
            return measure[k + len(suffix.group(0)):] if suffix and len(measure) > k + len(suffix.group(0)) + 1 \
                else measure[k:]
    return measure


def _printed_as_name(kb: KB, words: str) -> bool:
    """Whether the plan prints a 新区's short name joined to the words after it (浦东机场): a name of its own, no
    region said before a measure. (A 市's or 县's short name is dropped as before: 「北京文化产业」 is printed too.)"""
    return any(words in kb.norm_text.get(p, "") for p in kb.paragraph_nodes)


#: The unit a region's short name leaves off (零陵 of 零陵区, 浦东 of 浦东新区, 滨海 of 滨海新区).
_UNIT_SUFFIX = r"(?:新区|[省市区县州旗])"


#: 「零陵至东安快速干道」: a place starting a route's name is no owner to drop.
_ROUTE = re.compile(r"(?:至|到|—|－|-)")


def _entity_cue(measure: str, links: list[Link]) -> str | None:
    """「农村饮水安全工程供水人口」: what is asked of a named thing when no attribute word is known (供水人口)."""
    for l in links:
        if l.type not in ("Indicator", "Place", "Term") and measure.startswith(l.mention) and len(measure) - len(l.mention) >= 2:
            return measure[len(l.mention):]
    return None


#: A bound right after an attribute word makes it a qualifier of the noun that follows (「年产值过亿元的企业」,
#: 「投资5000万元以上的项目」): things counted, not the attribute asked.
_QUALIFIES = re.compile(r"(?:过|超过?|达到?|在)?[0-9一二三四五六七八九十百千万亿]|以上|以下")  # 规模以上工业企业: a class of firms


def _cue(measure: str) -> str | None:
    """The attribute word the measure asks of its subject (投资, 面积), None when it asks none.

    >>> _cue("优速物流总投资"), _cue("年产值过亿元企业"), _cue("年加工产值2000万元以上农产品加工企业")
    ('总投资', None, None)
    >>> _cue("工业投资比重"), _cue("工业投资所占比重"), _cue("科学研究费用占财政支出比重")
    (None, None, None)
    >>> _cue("年度计划安排新增建设用地指标"), _cue("规模以上工业企业产值")
    (None, '产值')
    """
    cues = [c for c in ATTRIBUTE_CUES if c in measure and not c.startswith("多")]
    spans = [(measure.find(c), measure.find(c) + len(c)) for c in cues]

    def word_end(start: int, end: int) -> int:
        # 「年产值过亿」: 年产 runs on into 产值, and the word ends where the longest overlapping cue does
        return max([end] + [e for s, e in spans if start < s < end < e])

    cues = [c for c, (s, e) in zip(cues, spans) if not _QUALIFIES.match(measure, word_end(s, e)) and not _SHARE_AFTER.match(measure, e)
            and not _HEAD_AFTER.match(measure, e)]
    return max(cues, key=len) if cues else None


#: 「工业投资比重」「投资所占比例」: a share or rate of the attribute is the measure asked, not the attribute.
#: 「新增建设用地指标」「用地保障」: the attribute word qualifying a head noun after it names no attribute asked.
_HEAD_AFTER = re.compile(r"指标|标准|政策|保障|需求|计划|规模")
_SHARE_AFTER = re.compile(r"(?:(?:所占|占)[\u4e00-\u9fff]{0,8}?)?(?:的)?(?:比重|比例|占比|份额|增速|增长率|强度)")


def _quote(clause: str) -> str:
    return clause if len(clause) <= _MAX_CLAUSE else clause[: _MAX_CLAUSE - 1] + "…"


#: 「由2020年的58.3%提高到63%」「从1.6%提高到2.2%」: where a change starts (its year if printed) and where it ends.
FROM_TO = re.compile(
    # (「由第一个五年的百分之五十八点二提高到…」: the start of the first plan's period)
    rf"(?:由|从)(?:((?:19|20)\d\d)年(?:末|底)?的?|(?:{PLAN_NUMBER_TEXT}|{PERIOD_TEXT}(?:时期|期间)?)的?)?(?:不足|不到|约|近|超过|逾)?({VALUE.pattern})[^，；。0-9]{{0,4}}?"
    rf"(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|缩小|缩减|压减|降)(?:到|至)(?:(?:19|20)\d\d年的?)?({VALUE.pattern})")


def _from_to(kb: KB, f: Figure, measure: str, value: str, asked: str) -> tuple[str, Item | None]:
    """The part answering 「原来是多少」 (``asked="start"``) or 「从多少提高到多少」 (``"both"``) from the figure's clause,
    each value with its year (the start's printed, else the plan's base year: five years before its horizon), and the
    start's item; a clause printing no start says so (its item None)."""
    m = FROM_TO.search(f.clause)
    end_year = _say_year(kb, f, undated="规划期末")
    if not m or not (m.group(3) in f.value or f.value in m.group(3)):  # 百分之一百六十 of 「…以上」
        return f"{measure}：规划未给出起始数值（给出的是{end_year}：“{_quote(f.clause)}”）", None
    horizon = plan_horizon(kb, plan_of(f.para))
    # an unprinted start is the plan's base year only for a target of its horizon (a review's change is not)
    start_year = _start_said(m) or (f"{horizon - 5}年基期" if horizon and end_year == f"{horizon}年" else "基期")
    first = bounded(f.clause, m.group(2))  # 「由2010年的不足20亿元」: the bound stays with the start
    item = Item(first, kb.citation(f.para), detail=f.clause)
    if asked == "start":
        return f"{measure}：{start_year}为{first}（原文：“{_quote(f.clause)}”）", item
    return f"{measure}：由{first}（{start_year}）到{value}（{end_year}）（原文：“{_quote(f.clause)}”）", item


def _start_said(m: re.Match) -> str:
    """The year or period a 由…到 change starts from as printed (「由2010年的」 2010年, 「由第一个五年的」 第一个五年), '' if none.

    >>> _start_said(FROM_TO.search("可以由第一个五年的百分之五十八点二提高到百分之六十左右"))
    '第一个五年'
    >>> _start_said(FROM_TO.search("由2010年的20亿元增加到77.1亿元")), _start_said(FROM_TO.search("由58%提高到63%"))
    ('2010年', '')
    """
    return re.sub(r"^(?:由|从)|的$", "", m.string[m.start() : m.start(2)])


def _starts_in(m: re.Match | None, year: int | None) -> bool:
    """Whether a 由…到 change starts from ``year`` (a five-year period asked by its end year: 第一个五年 is 1957)."""
    return bool(m and year and year in years_in(_start_said(m)))


#: What a level ought to be (应该有, 应当达到): the frame drops it from the measure; a clause printing it is the one asked.
_EXPECTED = re.compile(r"应该|应当")
#: A five-year period's end asked (「十三五末」「“十三五”期末」).
_PERIOD_END = re.compile(PERIOD_TEXT + r"(?:末|期末|末期)")
#: 「PM2.5年均浓度低于20微克/立方米」: the name of a measure that is a year's mean (an air or weather reading), a level
#: dated like any other — not a yearly average over the plan's span as 「年均产量4.47亿吨」 is.
_ANNUAL_MEAN = re.compile(r"浓度|气温|温度|降水|降雨|湿度|风速|日照")
#: A change said over the plan's span (「五年增加」「十年内新增」), not by a year.
_OVER_SPAN = re.compile(r"[五十]年(?:内|间|中)?(?:累计|共)?(?:增加|新增|增长|减少|提高|降低|下降)")


def _say_year(kb: KB, f: Figure, asked: int | None = None, *, undated: str = "规划期") -> str:
    """The time a figure is said for: the year asked when it is the figure's, else the year or period its sentence,
    paragraph or section prints; when the plan prints none for it, ``undated`` with the plan's end (规划期至2025年)
    — never the horizon as a year the plan gives the figure (「低压线路214km」 is no 2025 value)."""
    if f.aspect == "total" or SPAN_COMPARED.search(f.sentence) and not years_in(f.clause):
        return "期内合计"  # 「五年合计…」「与上一个五年相比…由21起下降到7起」: sums over a period, for no one year
    if of_now(f.clause, f.value):
        return "现在"
    if span := year_span(_up_to(f)):
        return f"{span[0]}—{span[1]}年"  # 「2024年-2025年完成…35个」: the span's figure, said for no one year of it  # 「现在已经合并改组成为二万四千多个人民公社」: the text's present, not a year printed before it
    if f.aspect == "change" and _OVER_SPAN.search(f.clause):
        return "期内"  # 「五年增加40万张」: a change over the plan's span, dated by no one year
    if (avg := re.search(r"(?:年均|平均每年|每年平均)([^，,；;0-9]{0,6})$", f.clause[: max(f.clause.find(f.value), 0)])) \
            and not re.search(r"增|降|提高|提升|减少|速|率", avg.group(1)) and not _ANNUAL_MEAN.search(avg.group(1)):
        return "期内年均"  # 「粮食，年均产量4.47亿吨」: a yearly average over the span, no one year's output
    horizon = plan_horizon(kb, plan_of(f.para))
    years = f.years or tuple(y for y in [horizon] if y)
    if asked in years:
        return f"{asked}年"  # 「到二〇〇〇年，按一九九五年价格计算的…」 is for 2000
    # Dated by its sentence or paragraph, or by a section about another period — an earlier one it reviews
    # (「“十三五”时期…」) or a later one than the text's own year (a 2021 report's 「“十四五”时期目标和任务」); a figure
    # under the plan's own period only is for the plan's span, not its horizon year.
    if not (evidence_years(kb.norm_text.get(f.para) or "", f.sentence)
            or any(horizon is None or y != horizon for y in context_years(kb, f.para))):
        return f"{undated}至{horizon}年" if horizon else undated
    if len(set(years)) > 1 and (before := years_in(f.sentence[: max(f.sentence.find(f.value), 0)])) and before[-1] in years:
        return f"{before[-1]}年"  # 「一九五九年每人收入…（每人八十元），提前达到…一九六二年…的目标」: the year before the value
    return f"{years[-1]}年" if years else ""


def _asks_span(question: str) -> bool:
    """Whether ``question`` asks a span of years (「2024年-2025年…」): a span's figure answers it."""
    return bool(dating(question).spans)


def _up_to(f: Figure) -> str:
    """``f``'s sentence up to the end of its clause (where a span dating it is printed)."""
    at = f.sentence.find(f.clause)
    return f.sentence[: at + len(f.clause)] if at >= 0 else f.clause


def _yearly(f: Figure) -> Figure | None:
    """``f`` quoted from the per-year word its sentence prints before the value (qa.values.peryear), or None when it
    is no yearly figure (a rate says its 年均 itself)."""
    if f.aspect == "growth" or not (per := per_year_word(f.sentence, f.value)):
        return None
    return replace(f, clause=yearly_quote(f.sentence, f.clause, per[1]))


def answer_measures(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None, frame: Frame | None = None) -> Answer | None:
    """Each asked measure's figure with its clause and citation, or a not-found naming what the plan gives.

    Returns None when no asked measure has a figure anywhere in the plan. Spoken wordings (「能供多少人」) are
    read as the plan prints them (:func:`qa.question.frame.as_printed`).
    """
    printed, intent = as_printed(question, intent)
    if asked_stage(question, period_end=True) and (measures := (frame or parse_frame(printed, intent)).measures):
        # 「“十三五”收关期三次产业结构是多少」: the clause printing that stage after the measure (qa.values.stages);
        # 「十三五末…」 too — the period's end is the stage a review chapter prints as 收关期 (a year's figure otherwise).
        if (staged := stage_answer(kb, question, measures[0], plan=plan, period_end=True)) is not None:
            return staged
    # 「由多少提高到多少」 is printed as 「提高到多少」: where the change starts is read from the question as asked.
    answer = _answer_measures(kb, printed, intent, links, plan=plan, frame=frame, start=asks_start(question))
    return answer if answer is None or printed == question else replace(answer, question=question)


def _answer_measures(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None, frame: Frame | None,
                     start: str | None = None) -> Answer | None:
    if frame is None and (run := printed_run(normalise_text(question), kb.norm_text.values())):
        # 「农业、水利和林业部门基本建设投资多少」: a run the plan prints as one owner is one measure's name (qa.values.printedrun).
        frame = parse_frame(shielded(question, run), intent)
        frame = replace(frame, measures=tuple(restored(m, run) for m in frame.measures))
    frame = frame or parse_frame(question, intent)
    found: list[tuple[str, Figure]] = []
    other_year: list[tuple[str, Figure]] = []
    other_aspect: list[tuple[str, Figure, str]] = []  # (measure, what the plan states, the aspect asked)
    missing: list[str] = []
    from_start: set[str] = set()  # measures whose asked year is where a printed change starts
    aspects_asked: dict[str, str | None] = {}
    for index, asked in enumerate(frame.measures):
        cue = _entity_cue(asked, links)
        measure = _own_place_dropped(kb, asked, links)
        unit = frame.unit_of(index)
        aspect = aspects_asked[measure] = frame.aspect_of(index)
        # A phase's figure (一期投资) answers only that phase, the whole's only the whole (:func:`qa.question.frame.phase_agrees`).
        owners = "".join(l.label for l in links)
        asked_nodes = tuple(l.node for l in links)
        figures = [f for f in _figures(kb, measure, unit, plan, aspect, cue) if not count_for_amount(measure, f.value)]
        figures = [f for f in figures
                   if not _other_owner(kb, f, measure, question, asked_nodes) and phase_agrees(question, f.clause, owners)]
        if not figures and (titled := _under_titled_heading(kb, measure, unit, plan, aspect)):
            # 「南方区年降水量是多少」: a section titled 南方区 prints its own 年降水量 (「该区…年降水量一般在1000毫米以上」).
            figures = titled
        # 「要建设多少个湿地保护区」 of 「建设222个…，其中国家级湿地保护区49个」: a 其中 part's figure is no whole's,
        # so the whole's own clause (read below, a count before its noun) answers instead of a refusal.
        figures = [f for f in figures if f.value not in f.sentence or not whole_or_part(question, f.sentence, f.sentence.find(f.value))]
        if not figures:
            # 「城区农村电网新建低压线路多少公里」: the owner named once before the figure's own short measure (低压线路214km).
            # (each name the plan may print the measure by: 亩产 as 每亩平均年产量)
            figures = next((own for variant in measure_variants(measure)
                            if (own := [f for f in own_clause_figures(kb, variant, question, unit=unit, aspect=aspect, plan=plan)
                                          if phase_agrees(question, f.clause, owners)])), [])
        if aspect is None and figures and figures[0].aspect in ("change", "growth"):
            # 「人均预期寿命是多少」 of 「提高1岁，达到74.5岁」: the level its sentence prints, never the change, is the value.
            level = [f for f in figures if f.aspect == "level" and f.sentence == figures[0].sentence]
            figures = level + [f for f in figures if f not in level]
        if frame.year is not None and not frame.period and aspect is None:
            # 「1985年财政收入是多少」: a year's value, which a sum over the period (五年合计) is not — unless it is the
            # count reached by the year asked (「到2030年，累计创建…150家」 asked 「到2030年…要创建多少家」).
            figures = [f for f in figures if f.aspect != "total" or re.search(rf"到\s*{frame.year}\s*年", f.sentence)]
        if measure.startswith("占"):
            # 「…投资多少？占全部投资的比例是多少？」: a share naming no owner is the share printed beside the part found
            # before it, never the first one of some other part (农业's 10% for 燃料动力).
            figures = [f for f in figures if found and f.sentence == found[-1][1].sentence]
        # 「供应多少建设用地」 of 「…需求，年均供应建设用地35平方公里左右」: a yearly figure is quoted from its per-year
        # word on (qa.values.peryear), and answers no sum over the period (「“十五五”期间一共供应多少」).
        figures = [_yearly(f) or f for f in figures]
        if figures and not asks_per_year(question):
            if asks_span_total(question) and (yearly := [f for f in figures if _yearly(f)]):
                figures = [f for f in figures if f not in yearly]
                if not figures:
                    other_aspect.append((measure, yearly[0], "total"))
                    continue
        if not figures:
            # 「GDP年均增长多少」 where the plan states only its level: say what it states, never the level as the rate.
            if stated := [_yearly(f) or f for f in _figures(kb, measure, unit, plan, None, cue)
                          if not _other_owner(kb, f, measure, question, asked_nodes) and phase_agrees(question, f.clause, owners)
                          and not measure.startswith("占")]:
                other_aspect.append((measure, stated[0], aspect or "level"))
            else:
                missing.append(measure)
            continue
        if said_modal := _EXPECTED.search(question):
            # 「全国粮食总产量应该有多少」: a clause printing the expectation asked (应该有…) before the actual's
            figures.sort(key=lambda f: said_modal.group(0) not in f.clause)
        if found:
            # 「…面积是多少？占市域总面积多少？」: a later part is read in the sentence of the one before — in an
            # enumeration (「甲灌区13.5km，灌溉面积3.2万亩，乙灌区8.7km，灌溉面积2.1万亩」) right after its clause.
            figures.sort(key=lambda f: _after_part(f, found[-1][1]))
        if frame.year is None and asks_now(normalise_text(question)):
            # 「现在的人均公园绿地面积是多少」: how things stand (the review's 「…达12平方米」) before a horizon's target,
            # which qa.checks.scope refuses for a present asked
            figures.sort(key=lambda f: foreign_scope(normalise_text(question), f.value, f.clause, kb.citation(f.para)) is not None)
            agreeing = figures
        elif frame.year is None:
            # No year asked: the plan's own targets (its horizon) before past actuals (「“十三五”时期…达到310亿元」).
            agreeing = [f for f in figures if year_agrees(kb, f, plan_horizon(kb, plan_of(f.para)))] or figures
        else:
            agreeing = [f for f in figures if year_agrees(kb, f, frame.year, period=frame.period)
                        and (frame.period or _asks_span(question) or not span_only(_up_to(f), frame.year))
                        and not (frame.period and aspect != "growth" and _WHOLE_PERIOD.search(question)
                                 and one_year_of_period(f, frame.year))]
        if agreeing:
            found.append((measure, agreeing[0]))
        elif frame.year and (sibling := next((s for f in figures if (s := sibling_year_figure(f, frame.year, measure))), None)):
            # 「2021年要完成几个宜居型小区创建」 of 「在2021年完成3个以上老旧住宅小区宜居型创建工作，2022年完成2个以上宜居型小区
            # 创建」: the asked year's clause of the yearly run, naming the thing in other words (qa.values.year_run).
            found.append((measure, sibling))
        elif frame.year and (begun := next((f for f in figures if _starts_in(FROM_TO.search(f.clause), frame.year)), None)):
            # 「爆破服务收入2010年是多少」 of 「…由2010年的不足20亿元增加到2015年的77.1亿元」: the year the change starts from.
            found.append((measure, begun))
            from_start.add(measure)
        else:
            # Say what the plan aims at (its horizon) before a past actual.
            horizon = [f for f in figures if year_agrees(kb, f, plan_horizon(kb, plan_of(f.para)))]
            other_year.append((measure, (horizon or figures)[0]))
    other_aspect = [o for o in other_aspect if not _page_number(o[1])]
    if not found and not other_year and not other_aspect:
        return _nearest(kb, question, intent, frame, missing, plan, links)
    if not found and other_aspect and not other_year:
        parts = [f"{_say_year(kb, f)}：“{_quote(f.clause)}”" for _, f, _ in other_aspect]
        names = "、".join(m for m, _, _ in other_aspect)
        text = f"规划未给出{names}的{_ASPECT_NAMES[other_aspect[0][2]]}；规划给出的是" + "；".join(parts) + "。"
        cites = list(dict.fromkeys(kb.citation(f.para) for _, f, _ in other_aspect))
        return Answer(question, text, False, [], cites, kind="fact")
    if not found:
        parts = [f"{_say_year(kb, f)}：“{_quote(f.clause)}”" for _, f in other_year]
        names = "、".join(m for m, _ in other_year)
        text = f"规划未给出{frame.year}年的{names}目标；规划给出的是" + "；".join(parts) + "。"
        cites = list(dict.fromkeys(kb.citation(f.para) for _, f in other_year))
        return Answer(question, text, False, [], cites, kind="fact")
    items, texts, quoted = [], [], set()
    for measure, f in found:
        value = whole_run(f.clause, f.value) if _WHOLE.search(measure) else distributed_value(f.clause, measure, f.value)
        if by_year := figure_years(f).get(frame.year or (f.years[-1] if f.years else 0)):
            # 「2021年、2022年分别创建X5个、8个」「2025、2030年…达到407、700万千瓦」: the asked year's own value, never the
            # run's first (qa.values.year_run); no year asked, the year the figure is said for
            value = bounded(f.clause, re.match(r"[\d.]+", by_year).group(0)) + re.sub(r"^[\d.]+", "", by_year)
            f = replace(f, years=(frame.year or f.years[-1],))  # said for its own year, not the run's last
        if value is not None and one_member(f.sentence, f.value, measure):
            # 「完成废渣堆场、回填区、尾砂库…3000亩」 read from a clause cut at the 、: the run's total, said as such
            joint = printed_in(str(kb.attrs(f.para).get("text") or ""), joint_clause(f.sentence, f.value))
            texts.append(f"{measure}：规划未单列其数值，只给出几项合计的数值（原文：“{_quote(joint)}”）")
            continue
        cite = kb.citation(f.para)
        if value is None:
            # Another part's value is never given as this one's.
            texts.append(f"{measure}：规划中未能确定其数值（原文列出几项的数值：“{_quote(f.clause)}”）")
            continue
        value = bounded(f.clause, value)
        said = value
        if f.aspect in ("change", "growth"):
            # 「国内生产总值是多少」 of 「国内生产总值年均增长7.5%」: the rate is said as one, never as the level (nor
            # a rate asked as the measure's level: 「国民生产总值：平均每年增长7.5%」, not 「国民生产总值：7.5%」); the
            # item is the value asked, the rate itself when a rate was asked.
            said = said_change(f.clause, value)
            value = said if aspects_asked.get(measure) is None else value
        if start or measure in from_start:
            said, item = _from_to(kb, f, measure, value, start or "start")
            texts.append(said)
            items += [item] + ([Item(value, cite, detail=f.clause)] if start == "both" else []) if item else []
            continue
        items.append(Item(value, cite, detail=f.clause))
        # A named thing's attribute (总投资, 用地) is for no year unless its text gives one.
        attribute = _cue(measure) or _entity_cue(measure, links)
        year = _say_year(kb, f, frame.year) if not attribute or years_in(f.sentence) else ""
        if (per := _yearly(f) and per_year_word(f.sentence, f.value)) and per[0] not in said and not asks_per_year(measure):
            # 「供应建设用地：年均35平方公里左右」: a yearly figure is said as one, never as the period's or a year's level.
            said, year = f"{per[0]}{said}", f"规划期内{per[0]}"
        if frame.year and f.years and frame.year not in f.years and _PERIOD_END.search(question):
            # 「十三五末…」 answered by the latest year the plan prints (2019年数据): said as that year's, never relabelled
            year = f"{year}数据，规划未给出{frame.year}年的数值"
        # Parts read from one clause (「A、B…分别达到X和Y」) quote it once.
        source = "" if f.clause in quoted else f"原文：“{_quote(f.clause)}”"
        quoted.add(f.clause)
        note = "，".join(x for x in (year, source) if x)
        texts.append(f"{measure}：{said}" + (f"（{note}）" if note else ""))
    for measure, f in other_year:
        texts.append(f"{measure}：规划未给出{frame.year}年的数值（给出的是{_say_year(kb, f)}：“{_quote(f.clause)}”）")
    for measure, f, asked in other_aspect:
        texts.append(f"{measure}：规划未给出{_ASPECT_NAMES[asked]}（给出的是“{_quote(f.clause)}”）")
    for measure in missing:
        texts.append(f"{as_asked(measure, question)}：规划中未找到")
    if not items:
        # 「原来是多少」 where the plan prints only where the measure is to go, or no part's own value is known:
        # not found, saying what it gives.
        return Answer(question, "；".join(texts) + "。", False, [], list(dict.fromkeys(kb.citation(f.para) for _, f in found)), kind="fact")
    cites = list(dict.fromkeys([kb.citation(f.para) for _, f in found] + [kb.citation(f.para) for _, f in other_year] + [kb.citation(f.para) for _, f, _ in other_aspect]))
    text = "；".join(texts) + "。"
    if len(text) > MAX_ANSWER:
        # Many parts: the values stay, the quoted clauses are left to the citations.
        text = "；".join(re.sub(r"原文：“[^”]*”", "", t).replace("，）", "）").replace("（）", "") for t in texts) + "。"
    return Answer(question, text, True, items, cites, kind="fact")
