"""Whether a figure's scope is the question's: the place, kind, department and period it is printed for.

A plan prints the same measure for several scopes, and the one asked is often not the nearest: a region's
section repeats the nation's measures (「第17章 中部地带…1990年煤炭产量达到5.8亿吨」), a list puts a sub-kind
beside its kind (「拖拉机80万台、手扶拖拉机150万台」), a ministry's sum follows another's (「…其他各部的…投资
一七·七亿元」), a ten-year outline gives the ten years and then one five-year period (「十年…平均每年增长8.2％，
其中“五五”…9.1％」), and a department's paragraph counts its factories (「纺织工业部…共有一九个厂」) before it
states its money. :func:`foreign_scope` reads, for one figure answer, the scope the plan prints the figure for —
its heading path (chapter, section, 专栏), its sentence before the value and its own clause — and says which
scope it is when it is not the question's, so that :mod:`qa.checks.verify` refuses it and names what the plan gives.

The genre's conventions read here:

- region: a macro region (华北, 中部地带, 西部地区, 东部沿海 …) named in a heading or in the figure's own clause or
  sentence opening makes the figure that region's; a region asked is answered only by a figure whose context
  names it, never by one its paragraph states for 全国;
- sub-kind: a longer noun ending in the noun asked (手扶拖拉机, 大中型拖拉机 for 拖拉机) is another kind when a size or
  use word makes it one (大中型, 重型, 农用) or its list prints the noun itself beside it with a value of its own —
  unless the question names the longer noun (a noun before the asked one may name its owner: 项目占地面积);
- department: the last department (…部, …各部, …部门) named in the figure's own clause is the one it is for;
- period: the last period named before the value in its sentence (十年, “五五”), else its headings', is the span the
  figure is for; a ten-year figure is no five-year period's, and one period's no other's;
- count: a count of things (一九个厂, 12项) never answers money asked (投资, 产值, 收入 …);
- stage: a figure asked to be reached (要达到, 要提高到, 目标, 力争) with no year named is never one a review of the
  last period reports as achieved (its heading 工作回顾, 发展成就 …), and a figure asked as it stands now (现在,
  目前) never one a goals or tasks heading sets.
"""
from __future__ import annotations

import re

from ..answer import Answer, Citation
from ..index.bm25 import tokenize
from ..question.frame import PERIOD_NUMERAL, PERIOD_TEXT, YEAR_TEXT, measure_variants, period_end, periods_in, years_in
from ..index.kb import normalise_text
from ..values.prose import CLASSIFIERS, VALUE, plan_horizon
from kg.extract.targets import is_goal_heading, is_review_heading
from ..trace import check, rejects

__all__ = ["foreign_scope", "target_not_now", "asked_periods", "names_kind", "near_name", "other_number", "BARE_PERIOD", "REGION"]

#: A five-year period named bare (五五, 十五) at a question's head or after a break: questions drop the quotes.
BARE_PERIOD = re.compile(rf"(?:^|(?<=[？?，,。；;和与、]))[“\"]?({PERIOD_NUMERAL})五[”\"]?(?!年|[一二三四五六七八九十])")

#: A macro region or a regional strategy's area the genre names its regional sections and sentences by (not 北部湾,
#: not 东南亚); one a place reaches out to (对接粤港澳大湾区, 承接东部地区产业转移) is no scope of its figures.
REGION = re.compile(
    r"(?:东中西部|中西部|东部沿海|华[北东南中]|东北|西北|西南|东南|中南|[东西南北中]部)(?![亚湾])(?:地区|地带|片区|区域|各省)?"
    r"|(?:沿海|内地|边疆|边远|少数民族|民族|贫困)(?:地区|地带)|京津冀|长江经济带|粤港澳大湾区|长三角|黄河流域"
)
#: A clause's subject when it is a region: the region it opens with (after 在, 其中, 而 or a year lead).
_SUBJECT = re.compile(rf"(?:在|其中|而|到?{YEAR_TEXT}|“)*(?:{REGION.pattern})?")
_REACHED = re.compile(r"(?:对接|承接|融入|面向|服务|联通|接轨|连接|衔接|辐射|通往|走向)[东西南北中部沿海华]{0,4}$")
#: A named area the region word opens (长三角…示范区, 粤港澳…合作区): the area, which a question names by its head, owns it.
_NAMED_AREA = re.compile(r"[\u4e00-\u9fff]{0,16}?(示范区|合作区|试验区|先行区|开发区|新区|自贸区|城市群|都市圈)")
#: Text about every region at once (东中西和东北地区协调发展): the whole's, not one region's.
_ALL_REGIONS = re.compile(r"东中西|四大板块")
_REGION_SUFFIX = re.compile(r"(?:地区|地带|片区|区域|各省)$")
#: The whole a region belongs to, when a paragraph says so (「1990年全国煤炭总产量…」).
_WHOLE = re.compile(r"全国")

#: A ten-year span named (十年规划, 今后十年; not 八十年代).
_TEN_YEARS = re.compile(r"(?<![一二三四五六七八九十〇零0-9])十年(?!代)")
#: A five-year period mentioned (“八五”, 八五期间, 第八个五年), read as a period only when qa.question.frame reads it so.
_PERIOD_MENTION = re.compile(rf"{PERIOD_TEXT}|第(?:{PERIOD_NUMERAL})个五年")
_PERIOD_NAMES = {period_end(n + "五"): n + "五" for n in [*"一二三四五六七八九十", *("十" + d for d in "一二三四五六七八九")]}
#: The period a change starts from printed right before its value (由第一个五年的…, 从“六五”的…).
_START_OF_CHANGE = re.compile(rf"(?:由|从)({PERIOD_TEXT}(?:时期|期间)?|第(?:{PERIOD_NUMERAL})个五年(?:计划)?(?:时期|期间)?)的?(?:约|近)?$")
#: A period mention that is the comparison base, not the figure's own span (比“六五”增长…).
_BASE_BEFORE = re.compile(r"(?:比|由|从|较|与|相比)[“\"]?$")

#: A department: …部, …各部, …部门 (not 全部, 内部, 部分, 部署 …).
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff、]{1,8}?(?:部门|部)(?![分署件位队长属])")
_NOT_DEPARTMENT = re.compile(r"[全内外东西南北中干局总本大细头首底顶上下面俱乐]部$")

#: Money asked (投资多少, 产值, 收入 …): a count of things is no answer.
_MONEY = re.compile(r"(?:投资|资金|经费|金额|产值|收入|支出|造价)(?:总?额)?(?:是|为|有|共|要|将|达到|一共|总共)?(?:多少|几)"
                    r"|多少钱|多少[亿万]?元")
_COUNT_ASKED = re.compile(rf"(?:几|多少)[{CLASSIFIERS}批种]")
_COUNT = re.compile(rf"^[0-9〇零一二两三四五六七八九十百千万·.]+(?:[{CLASSIFIERS}批种])$")

#: Words closing a list item's noun before its value (「手扶拖拉机达到150万台」), not part of the noun.
_COPULA = re.compile(r"(?:要|将|可|预计)?(?:达到|达|为|是|约为|约|有|共有|共|增加到|发展到|提高到|增至|保持在|控制在)+$")
#: A size or use word that makes a kind of the noun after it (大中型拖拉机, 重型卡车, 农用车), printed alone or not.
_TYPE_WORD = re.compile(r"(?:[大中小重轻微巨]{1,2}型|[农民军家商]用)$")

_SENTENCE_END = "。；;！？!?\n"
_CLAUSE_BREAK = re.compile(r"(?<![0-9〇零一二三四五六七八九])[，,：:]|[。；;！？!?\n]")


def asked_periods(question: str) -> set[int]:
    """The five-year periods a question names (as their last years), quoted or bare.

    Examples
    --------
    >>> sorted(asked_periods("五五基本建设投资多少？六五呢？")), sorted(asked_periods("“八五”期间工业总产值增长多少"))
    ([1980, 1985], [1995])
    >>> asked_periods("1985年发电量多少？")
    set()
    """
    return set(periods_in(question)) | {end for m in BARE_PERIOD.finditer(question) if (end := period_end(m.group(1) + "五"))}


@rejects("scope")
def foreign_scope(question: str, value: str, clause: str, citation: Citation | None = None, *, several: bool = False) -> str | None:
    """Why a figure is another scope's than the question's (Chinese, naming the scope the plan gives), or None.

    Parameters
    ----------
    question : str
        The question, normalised (:func:`qa.index.kb.normalise_text`).
    value : str
        The value as answered (``Item.label``; a trailing （…） note is ignored).
    clause : str
        The clause the value was read from (``Item.detail``).
    citation : Citation or None
        The figure's paragraph: its text and heading path (chapter, section, 专栏). Without it only ``clause`` is read.
    several : bool
        The figure answers one of several parts of ``question`` (each part checked alone already): when one part
        asks the whole (全国), a region another part asks need not be named beside this part's figure.

    Returns
    -------
    str or None
        A short reason such as ``原文中的5.8亿吨属于“中部地带”（第17章 中部地带的经济发展），不是所问的全国（整体）`` when the
        figure is a region's, a sub-kind's, another department's or another period's, or a count for money asked.

    Examples
    --------
    >>> foreign_scope("1980年拖拉机多少台？", "150万台", "全国拥有拖拉机80万台、手扶拖拉机150万台")
    '原文中的150万台是“手扶拖拉机”的数值，不是所问的“拖拉机”'
    >>> foreign_scope("1980年拖拉机多少台？", "80万台", "全国拥有拖拉机80万台、手扶拖拉机150万台") is None
    True
    """
    v = value.split("（")[0]
    para, at = _place(v, normalise_text(clause), normalise_text(citation.text) if citation else "")
    start = max((para.rfind(ch, 0, at) for ch in _SENTENCE_END), default=-1) + 1
    sentence_before = para[start:at]
    own = _CLAUSE_BREAK.split(sentence_before)[-1]
    headings = [h for h in ((citation.chapter, citation.section, citation.box) if citation else ()) if h]
    for check in (_count_for_money, _region, _sub_kind, _other_type, _department, _period, _stage):
        why = check(question, v, own=own, sentence_before=sentence_before, para=para, at=at, headings=headings, several=several)
        if why:
            return why
    return None


def _place(value: str, clause: str, text: str) -> tuple[str, int]:
    """The paragraph (else the clause) and where the value stands in it: inside the answer's clause when it is there."""
    if text:
        if (c := text.find(clause)) >= 0 and (k := clause.find(value)) >= 0:
            return text, c + k
        if (k := text.find(value)) >= 0:
            return text, k
    k = clause.find(value)
    return clause, k if k >= 0 else len(clause)


def _count_for_money(question: str, value: str, *, own: str, para: str, at: int, **_) -> str | None:
    """「纺织工业部投资多少」 answered 「共有一九个厂」: a count of things is not money."""
    if not _MONEY.search(question) or _COUNT_ASKED.search(question) or not _COUNT.match(value):
        return None
    thing = re.match(r"[\u4e00-\u9fff]{0,2}", para[at + len(value):]).group(0) if at < len(para) else ""
    return f"原文中的{value}{thing}是个数，不是所问的金额"


def _regions(text: str) -> list[str]:
    """The regions a text names as a scope (not one it reaches out to), in order."""
    return [m.group(0) for m in REGION.finditer(text) if not _REACHED.search(text[: m.start()])]


def _cores(text: str) -> list[str]:
    """The regions a text names, without 地区/地带 (中部地带 → 中部)."""
    return [_REGION_SUFFIX.sub("", r) for r in _regions(text)]


def _same_region(a: str, b: str) -> bool:
    return a in b or b in a


def _region(question: str, value: str, *, own: str, sentence_before: str, para: str, at: int, headings: list[str],
            several: bool, **_) -> str | None:
    """A region's figure for the whole, or the whole's (全国) for a region asked."""
    asked = _cores(question)
    opening = _CLAUSE_BREAK.split(sentence_before)[0]
    # The nearest text naming regions says whose the figure is: its own clause, its sentence's opening, then its
    # headings from the innermost (a chapter 「西部大开发…地区协调发展」 holds a section 「加快中部地区发展」).
    for where, text in [("原文", own), ("原文", opening)] + [(h, h) for h in reversed(headings)]:
        # a clause speaks of a region when it opens with it (「西部地带粮食产量…」), not when it acts on one
        # (「持续改善京津冀…空气质量，…排放总量分别下降10%以上」 is the nation's figure)
        named = _regions(text) if where != "原文" else _regions(_SUBJECT.match(text).group(0))
        if not named or _ALL_REGIONS.search(text):
            continue
        if where == "原文" and (area := _NAMED_AREA.match(text, _SUBJECT.match(text).end())) and area.group(1) in question:
            return None  # 「长三角生态绿色一体化发展示范区推出…」 asked 「示范区推出了多少」: the region opens the name asked
        if any(_same_region(_REGION_SUFFIX.sub("", n), a) for n in named for a in asked):
            return None
        whom = "、".join(dict.fromkeys(asked)) if asked else "全国（整体）"
        source = f"（{where}）" if where != "原文" else ""
        return f"原文中的{value}属于“{'、'.join(dict.fromkeys(named))}”{source}，不是所问的{whom}"
    if asked and not (several and _WHOLE.search(question)):
        end = min((k for ch in _SENTENCE_END if (k := para.find(ch, at)) >= 0), default=len(para))
        if _WHOLE.search(para[:end]) and not any(_same_region(c, a) for c in _cores(para[:end]) for a in asked):
            return f"原文中的{value}是全国的数值，原文未说明是“{'、'.join(dict.fromkeys(asked))}”的"
    return None


def _sub_kind(question: str, value: str, *, own: str, para: str, at: int, **_) -> str | None:
    """「手扶拖拉机150万台」 for 拖拉机: a longer noun ending in the noun asked names another kind — when a size or use
    word makes it one (大中型, 重型, 农用), or the list prints the noun itself beside it with a value of its own
    (「拖拉机80万台、手扶拖拉机150万台」). A noun before the asked one may else name its owner (项目占地面积, 企业投资)."""
    rest = para[at + len(value) :]
    if re.match(r"[、和及与]\s*[0-9〇零一二三四五六七八九十]", rest):
        return None  # 「粮食、棉花和油料总产量达到300万吨、20万吨和15万吨」: a run of values, one per noun listed
    pieces = own.split("、")
    item = _COPULA.sub("", pieces[-1])
    tail = next((item[-n:] for n in range(len(item) - 1, 1, -1) if item[-n:] in question), "")
    qualifier = item[: -len(tail)] if tail else ""
    if not qualifier or qualifier[-2:] in question or qualifier[-1:] + tail in question:
        return None  # 「化肥产量」 asked, 「化肥年产量」 printed; 「手扶拖拉机呢」: the question names its own kind
    typed = _TYPE_WORD.search(qualifier)
    listed = [_COPULA.sub("", _noun(p)) for p in pieces[:-1] + _CLAUSE_BREAK.split(rest)[0].split("、")[1:]]
    if typed:
        kind = typed.group(0) + tail
    elif len(pieces) > 1 and any(tail in n and not n.endswith(item) for n in listed):
        kind = item  # a later item of the list, beside the noun itself
    elif len(pieces) == 1 and tail in listed:
        kind = qualifier[-2:] + tail  # the list's first item, the noun itself printed bare after it
    else:
        return None
    if tail in measure_variants(kind) or kind in measure_variants(tail):
        return None  # 地区生产总值 for 生产总值: one measure under the genre's names (qa.question.frame)
    return f"原文中的{value}是“{kind}”的数值，不是所问的“{tail}”"


#: A size or class word printed before a noun (大型, 中小型, 中小车型, 重型), as a kind of it.
_TYPE_BEFORE = re.compile(r"(?:特|超)?[大中小重轻微巨]{1,2}车?型")


def _other_type(question: str, value: str, *, own: str, **_) -> str | None:
    """「每年投运大型公交车多少辆」 of 「每年投运中小车型公交车200辆」: the figure's own clause prints another size or
    class word than the one asked — another kind's figure. (A clause printing none is left to the other checks.)

    >>> _other_type("每年投运大型公交车多少辆", "200辆", own="每年投运中小车型公交车")
    '原文中的200辆是“中小车型”的数值，不是所问的“大型”'
    >>> _other_type("每年投运中小型公交车多少辆", "200辆", own="每年投运中小型公交车") is None
    True
    """
    asked = {m.group(0) for m in _TYPE_BEFORE.finditer(question)}
    printed = [m.group(0) for m in _TYPE_BEFORE.finditer(own)]
    if not asked or not printed or asked & set(printed):
        return None
    return f"原文中的{value}是“{printed[-1]}”的数值，不是所问的“{'、'.join(sorted(asked))}”"


def _noun(piece: str) -> str:
    """A list item's noun: what it prints before its value (「拖拉机 80万台」 → 拖拉机)."""
    m = VALUE.search(piece)
    return piece[: m.start()] if m else piece


def _departments(text: str) -> list[str]:
    """The departments a text names, in order (「纺织工业部」, 「…其他各部」, 「运输和邮电部门」)."""
    return [m.group(0) for m in _DEPARTMENT.finditer(text) if not _NOT_DEPARTMENT.search(m.group(0))]


def _same_department(a: str, b: str) -> bool:
    """Two department names are one when the shorter ends the longer, or both end alike in three characters or more
    (工业部门 and 上列工业部门; never 工业部 and 其他各部)."""
    a, b = re.sub("门$", "", a), re.sub("门$", "", b)
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    return k >= min(3, len(a), len(b))


def _department(question: str, value: str, *, own: str, **_) -> str | None:
    """「工业部门…投资」 answered by 「…其他各部的…投资一七·七亿元」: the clause's last department is the figure's."""
    asked = _departments(question)
    printed = _departments(own)
    if not asked or not printed or any(_same_department(printed[-1], a) for a in asked):
        return None
    whose = re.sub(r"^.*?(?:以外的|的|和|与)", "", printed[-1])
    return f"原文中的{value}属于“{whose}”，不是所问的“{'、'.join(asked)}”"


def _spans(text: str) -> list[tuple[int, str]]:
    """Spans a text names, in order: (position, '十年' or a five-year period's last year as text); bases left out."""
    found = [(m.start(), "十年") for m in _TEN_YEARS.finditer(text)]
    for m in _PERIOD_MENTION.finditer(text):
        # a period as the genre prints one (quoted, or with 期间/时期/规划: qa.question.frame's reading), named by its end
        # year (「“十三五”初期」 is in 十三五 though qa.question.frame dates it 2016)
        if periods_in(text[m.start() : m.end() + 4]) and (end := period_end(re.sub(r"[“\"”第个年]", "", m.group(0)))):
            found.append((m.start(), str(end)))
    return sorted((at, s) for at, s in set(found) if not _BASE_BEFORE.search(text[:at]))


def _period_name(span: str) -> str:
    return span if span == "十年" else f"“{_PERIOD_NAMES.get(int(span), span)}”"


def _period(question: str, value: str, *, sentence_before: str, headings: list[str], **_) -> str | None:
    """A ten-year figure for one five-year period asked, or one period's for another period or the ten years."""
    # the spans the question asks (not a base it compares with: 「比“十三五”末增长多少」 asks no 十三五 figure)
    asked = {s for _, s in _spans(question)} | {str(end) for m in BARE_PERIOD.finditer(question) if (end := period_end(m.group(1) + "五"))}
    if not asked:
        return None
    named = _spans(sentence_before)
    if (start := _START_OF_CHANGE.search(sentence_before)) and (own := _spans(start.group(1))):
        named = own  # 「由第一个五年的百分之五十八点二提高到…」: the value a change starts from is that period's own
    source = ""
    if not named:
        for h in reversed(headings):  # the section's period before the chapter's
            if named := _spans(h):
                source = f"（{h}）"
                break
    if not named:
        return None
    span = named[-1][1]
    if span in asked:
        return None
    return f"原文中的{value}属于{_period_name(span)}{source}，不是所问的{'、'.join(_period_name(s) for s in sorted(asked))}"


#: A figure asked to be reached: a modal or goal word before the verb of a target (要达到, 力争提高到, 目标是).
_TO_REACH = re.compile(r"(?:要|将|需要?|应|力争|争取|计划|预计)[\u4e00-\u9fff]{0,2}?(?:达到|提高到|提升到|增加到|增长到|降到|降低到|"
                       r"下降到|控制在|实现|完成|建成)|目标|规划要求")
#: A figure asked as it stands now (现在, 目前 …), not as a plan sets it.
_NOW = re.compile(r"现在|目前|当前|如今|现有|现阶段|已经|已")
#: A heading that sets what is to be done: the plan's tasks (主要任务, 重点任务).
_TASK_HEADING = re.compile(r"(?:主要|重点)任务$")


#: A horizon the figure's sentence sets it for (到2030年, 到“十五五”末): a target, not how things stand.
_HORIZON = re.compile(rf"(?:到|至)(?:{YEAR_TEXT}|[“\"]?[一二三四五六七八九十]{{1,2}}五[”\"]?)(?:末|底|期末)?")
#: Words right before a value saying it counts what already stands (已建成的, 已有, 现有): a present figure printed
#: where the plan sets its tasks.
_STANDING_BEFORE = re.compile(r"(?:(?:已经?|累计已)(?:建成|建立|建设|完成|形成|创建|实现|拥有|有|达到|达)了?的?|现有的?|目前已?有)$")
#: Words saying a figure was reached (已, 实现了): a review's, whatever horizon its sentence names.
_REACHED_WORDS = re.compile(r"已|实现了|完成了|达到了")


def asks_now(question: str) -> bool:
    """Whether ``question`` asks a figure as it stands now (现在, 目前 …), not one to be reached, and names no year.

    >>> asks_now("青浦现在的人均公园绿地面积是多少"), asks_now("现在要达到多少"), asks_now("目前2025年是多少")
    (True, False, False)
    """
    return bool(_NOW.search(question)) and not _TO_REACH.search(question) and not years_in(question) and not asked_periods(question)


def target_not_now(question: str, value: str, *, headings: list[str] | tuple[str, ...] = (), para: str = "",
                   sentence_before: str = "", years: list[int] | tuple[int, ...] = (), horizon: int | None = None) -> str | None:
    """Why ``value`` is a target and not the figure ``question`` asks as it stands now (:func:`asks_now`), or None —
    the one present-vs-target check, read from whatever the caller knows of the figure:

    - ``years`` it is dated by, all at or after the plan's ``horizon`` (「近期规划(2030年)为3.0」);
    - a horizon its sentence sets (``sentence_before``: 「到“十五五”末全县孵化器达到」), no reached word (已) and no
      review heading over it;
    - the innermost of its ``headings`` that says which being a goal's or task's (主要目标, 主要任务), not a review's,
      unless its paragraph (``para``) prints the figure beside its base year's (「2020年为10.7，2025年为11.3」).

    >>> target_not_now("养老床位现在有多少张", "3.0", years=[2030], horizon=2025)
    '原文中的3.0是2030年的目标，不是所问的现状'
    >>> target_not_now("养老床位现在有多少张", "2.6", years=[2020, 2030], horizon=2025) is None
    True
    >>> target_not_now("现在有多少家孵化器？", "40家", sentence_before="到“十五五”末全县孵化器达到")
    '原文中的40家是到“十五五”末的目标，不是所问的现状'
    >>> target_not_now("东屿岛达标率现在是多少？", "85.2%", headings=["三、“十四五”主要任务", "（一）提升防洪能力"])
    '原文中的85.2%是三、“十四五”主要任务中设定的目标，不是所问的现状'
    >>> target_not_now("东屿岛达标率要达到多少？", "85.2%", years=[2030], horizon=2025) is None  # no present asked
    True
    >>> target_not_now("已建成的精品小区有多少个？", "52个", headings=["一、重点任务"], sentence_before="巩固提升已建成的") is None
    True
    """
    if not asks_now(question):
        return None
    if _STANDING_BEFORE.search(sentence_before):
        return None  # 「巩固提升已建成的52个…小区」「在现有510个…居住区…的基础上」: what stands now, under a task heading too
    if years and horizon and min(years) >= horizon:
        return f"原文中的{value}是{min(years)}年的目标，不是所问的现状"
    if (target := _HORIZON.search(sentence_before)) and not _REACHED_WORDS.search(sentence_before) \
            and not any(is_review_heading(h) for h in headings):
        # 「现在有多少家」 answered 「到“十五五”末全区…达到150家」: the period's target is no present count
        return f"原文中的{value}是{target.group(0)}的目标，不是所问的现状"
    said = _said_heading(headings)
    # 「2020年为10.7，2025年为11.3」: a goal printed with its base year's figure says how things stand too
    based = len(set(re.findall(r"((?:19|20)\d\d)年(?:底|末)?(?:为|是)?[0-9]", para))) >= 2
    if said is not None and not is_review_heading(said) and not based:
        return f"原文中的{value}是{said}中设定的目标，不是所问的现状"
    return None


def _said_heading(headings: list[str] | tuple[str, ...]) -> str | None:
    """The innermost heading that says whether its figures are a review's, goals or tasks (「一、发展基础 / （三）主要目标」:
    the goals section's figures are targets), or None."""
    return next((h for h in reversed(headings)
                 if is_review_heading(h) or is_goal_heading(h) or _TASK_HEADING.search(h.strip())), None)


@check("scope.now")
def now_not_target(kb, question: str, answer: Answer) -> Answer:
    """``answer`` itself, or found False when ``question`` asks a figure as it stands now and every year the answer
    dates its figures by is the plan's horizon or later (:func:`target_not_now`; :func:`qa.values.prose.plan_horizon`):
    a target to be reached (「近期规划(2030年)为3.0」) is no present figure, said as what the plan gives instead."""
    if not answer.found or answer.kind not in ("fact", "indicator"):
        return answer
    # (「规划期至2025年」 labels an undated figure, no year the plan dates it by)
    years = [int(y) for y in re.findall(r"(?<!规划期至)((?:19|20)\d\d)年", answer.answer)]
    if not years or not asks_now(q := normalise_text(question)):
        return answer
    plan = next((i.citation.plan for i in answer.items if i.citation), None)
    if target_not_now(q, "", years=years, horizon=plan_horizon(kb, plan)) is None:
        return answer
    return Answer(question, f"规划未列所问的现状数值；给出的是{min(years)}年的目标：{answer.answer}", False,
                  citations=answer.citations, kind=answer.kind)


def _stage(question: str, value: str, *, headings: list[str], para: str = "", sentence_before: str = "", **_) -> str | None:
    """A review's actual for a figure asked to be reached, or a target for a figure asked now (:func:`target_not_now`).

    Examples
    --------
    >>> _stage("东屿岛达标率要达到多少？", "45.5%", headings=["一、“十三五”工作回顾", "（一）主要成效"])
    '原文中的45.5%是一、“十三五”工作回顾中已实现的数值，不是所问要达到的目标'
    >>> _stage("东屿岛达标率现在是多少？", "85.2%", headings=["三、“十四五”主要任务", "（一）提升防洪能力"])
    '原文中的85.2%是三、“十四五”主要任务中设定的目标，不是所问的现状'
    >>> _stage("东屿岛达标率要达到多少？", "85.2%", headings=["三、“十四五”主要任务"]) is None
    True
    >>> _stage("图书总藏量要达到多少？", "1200万件", headings=["一、发展基础", "（三）主要目标"]) is None
    True
    >>> _stage("现在有多少家孵化器？", "40家", headings=["第二章"], sentence_before="到“十五五”末全县孵化器达到")
    '原文中的40家是到“十五五”末的目标，不是所问的现状'
    >>> _stage("现在有多少家孵化器？", "40家", headings=["第二章"], sentence_before="到2025年底全县已建成孵化器") is None
    True
    >>> _stage("受教育年限现在多少年？", "10.7", headings=["第四节 主要目标"], para="受教育年限（年）：2020年为10.7，2025年为11.3") is None
    True
    """
    if years_in(question) or asked_periods(question):
        return None  # a year or period asked: qa.checks.verify and _period read it
    if why := target_not_now(question, value, headings=headings, para=para, sentence_before=sentence_before):
        return why
    said = _said_heading(headings)
    if said is not None and _TO_REACH.search(question) and not _NOW.search(question) and is_review_heading(said):
        return f"原文中的{value}是{said}中已实现的数值，不是所问要达到的目标"
    return None


#: Words a list question may go on with after the kind it asks for (「哪些项目要实施」): not the kind.
_KIND_ENDS = re.compile(r"(?:要|需要|需|将|应|必须|可以|能|正在|已经|已|还|呢)")


#: Heads any run may be a list of (「哪些非遗项目要申报」 over a run of 技艺 and 家宴): the genre's words for things done.
_ANY_KIND = frozenset({"项目", "工程", "任务", "事项", "内容", "工作", "方面", "举措", "行动"})


def names_kind(kind: str, text: str) -> bool:
    """Whether ``text`` names the kind of things a list question asks for, by its head word.

    The head is the last word of ``kind`` (风险 of 重点领域风险); it must be a word of ``text`` as jieba cuts it, so
    that a run 「加强金融市场、跨境资本流动等重点领域宏观审慎管理」 (of 管理) is no list of 风险, and 「增强国家安全」
    holds no 强国 though its characters do. An empty kind is named by anything.

    Examples
    --------
    >>> names_kind("强国", "不断增强国家安全能力")
    False
    >>> names_kind("重点领域风险", "统筹推进|、|、|等风险有序化解")
    True
    >>> names_kind("重点领域风险", "加强|、|等重点领域宏观审慎管理")
    False
    >>> names_kind("非遗项目要申报省级非遗保护名录", "积极申报|、|等入列省级非遗保护名录")
    True
    """
    kind = _KIND_ENDS.split(kind, maxsplit=1)[0]
    words = [w for w in tokenize(kind) if len(w) >= 2]
    return not words or words[-1] in _ANY_KIND or words[-1] in set(tokenize(text))


#: Most characters a name may differ in from a printed name and still be read as another entity's (not a 简称).
_NEAR_CHARS = 2
#: Particles a question says in its own way (里 for 中, 和 for 与): no character of a name (中, 内, 上 are: 中等, 省内, 上游).
_LOOSE = frozenset("里的之和与及在为是对于各等")


#: Bearings a name may open with (东湖路, 北岭大道): one for another names a different thing.
_BEARINGS = frozenset("东西南北")


#: Names the genre uses for one measure (国内生产总值 of a nation is a region's 地区生产总值): never each other's near name.
_ONE_MEASURE = re.compile(r"国内生产总值|地区生产总值|国民生产总值|生产总值")


def _same_words(text: str) -> str:
    return _ONE_MEASURE.sub("GDP", text)


def near_name(name: str, sentence: str) -> str | None:
    """The printed name in ``sentence`` (a figure's clause) that ``name`` (the part an answer names) differs from in a character or two,
    where the asked characters appear nowhere in the sentence: another entity's (单位工业增加值用水量 for 单位农业…).

    A name printed whole, a 简称 (characters dropped, never replaced) or a 分别 run naming the asked owner
    (「城区和乡镇垃圾无害化处理率」 for 城区…) is no other entity.

    >>> near_name("单位农业增加值用水量", "单位工业增加值用水量降低30%")
    '单位工业增加值用水量'
    >>> near_name("城区垃圾无害化处理率", "城区和乡镇垃圾无害化处理率分别超过95%和80%") is None
    True
    >>> near_name("南岭大道松溪段", "北岭大道松溪段。道路宽度40m")
    '北岭大道松溪段'
    >>> near_name("公办园占比", "公办幼儿园占比50%以上") is None
    True
    >>> near_name("新建建筑里可再生能源应用比例", "新建建筑中可再生能源应用比例达到50%") is None
    True
    >>> near_name("战略性新兴产业增加值占国内生产总值比重", "战略性新兴产业增加值占地区生产总值比重达到12%") is None
    True
    """
    name, sentence = _same_words(normalise_text(name)), _same_words(sentence)
    if not 4 <= len(name) <= 30 or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", name) or name in sentence:
        return None
    for at in range(len(sentence) - len(name) + 1):
        window = sentence[at : at + len(name)]
        diff = [k for k in range(len(name)) if name[k] != window[k]]
        if any(name[k] in _LOOSE or window[k] in _LOOSE for k in diff):
            continue  # 新建建筑里 for 新建建筑中: a particle said otherwise names the same thing
        # (a first character differs only as a bearing does — 南岭大道 for 北岭大道 — else a name starts another way)
        first_ok = diff and (diff[0] > 0 or name[0] in _BEARINGS and window[0] in _BEARINGS)
        if 0 < len(diff) <= min(_NEAR_CHARS, len(name) // 4) and first_ok and diff[-1] < len(name) - 1 \
                and all("\u4e00" <= window[k] <= "\u9fff" for k in diff) and not any(name[k] in sentence for k in diff):
            return window
    return None


#: A number inside a name (排名前15家, 30万千瓦级, 十大): the counter after it.
_NAME_NUMBER = re.compile(r"([\u4e00-\u9fff])(\d+)(家|个|项|所|座|条|种|类|大|强|名|级)")


@rejects("scope.other_number")
def other_number(question: str, clause: str) -> str | None:
    """The name in ``clause`` that differs from one the question asks only in its number (排名前15家 for 前10家).

    >>> other_number("排名前10家生产企业生产总值占比多少？", "排名前15家生产企业生产总值在全行业占比突破60%")
    '前15家'
    >>> other_number("排名前15家生产企业生产总值占比多少？", "排名前15家生产企业生产总值在全行业占比突破60%") is None
    True
    """
    for m in _NAME_NUMBER.finditer(normalise_text(question)):
        if m.group(0) in clause:
            continue
        other = re.search(re.escape(m.group(1)) + r"\d+" + re.escape(m.group(3)), clause)
        if other:
            return other.group(0)
    return None

