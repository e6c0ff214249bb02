"""The last check on a figure answer: the value is of the kind asked, and of the year asked.

Every answerer verifies its own figure; this check catches what reaches the answer by another road
(a clause read for a part, a passage's only number), by two rules of the genre's print:
a value printed right after another year (「由一九七五年的一千九百五十八亿度」「一九五二年约为…」) is that
year's, not the year asked; and an amount asked (投资多少, 产值多少) is never answered by a percentage
(「机械工业各部提高百分之六五·二」 is a productivity rise, not the 机械工业 investment).
"""
from __future__ import annotations

import re

from ..answer import PASSAGES_SAID, Answer, Item
from ..question.frame import BASE_YEAR_PRINTED, PERIOD_TEXT, TIME_SAID, YEAR_TEXT, asks_start, spoken_measures, years_in
from ..index.kb import normalise_text
from ..passages.extractive import HOW
from ..question.stated import prints_stated, stated_figure
from ..values.measures import bounded
from ..values.pairing import run_owner_mismatch
from ..values.when import WHEN as _WHEN_ASKED, asked_work
from ..values.prose import CLASSIFIERS, SPAN_COMPARED, VALUE, WORKS_ACTS
from .basis import other_basis
from .recipient import other_recipient
from .scope import asked_periods, foreign_scope, near_name, other_number
from ..trace import check

__all__ = ["checked_figures", "with_bounds"]

_YEAR, _PERIOD = YEAR_TEXT, PERIOD_TEXT
#: A time printed right before a value, joined to it only by a copula (的, 为, 约为 …): the value is that time's.
_OWN_TIME = re.compile(rf"({_YEAR}(?:底|末)?|{_PERIOD}(?:期间|时期)?)(?:的|约为|为|是|约|年产|达到了)?$")

#: A value going on into the other end of a range (一 is how scans print the dash).
_RANGE_ON = re.compile(r"^\s*(?:一|-|—|－|～|~|至|到)\s*[0-9〇零一二三四五六七八九]")
#: Shares printed as one run (「19.1%、46.0%、34.9%」「19.1:46.0:34.9」): a structure's whole.
_STRUCTURE_RUN = re.compile(r"\d+(?:\.\d+)?%?(?:\s*[、：:]\s*\d+(?:\.\d+)?%?)+")
#: The first end of a range printed right before a value (「东移2-3km」: 3km is its other end).
_RANGE_FROM = re.compile(r"(?:\d(?:\.\d+)?(?:万|亿)?|[〇零一二三四五六七八九十百千](?:万|亿)?(?:[斤吨元亩人个担度]|公斤|千瓦)?)\s*(?:-|—|－|～|~|至|到)\s*$")
#: A number printed without a unit, and a counting word after it (17种, 3项): it counts those things.
_BARE_NUMBER = re.compile(r"[0-9.,，]+")
_COUNTER = re.compile(r"[种类项个家座条所批]")

#: A figure item that is only a time and its value (「一九五二年约为二、六二七万匹」).
_LEAD_TIME = re.compile(rf"^({_YEAR}(?:底|末)?)(?:约为|为|是|的|约)")
#: A total over the plan's span asked (十年共, 五年合计).
_TOTAL = re.compile(r"共|合计|总计|累计|[五十]年(?:内|里|间|中)?")

#: An amount asked: money, output, people, length … (a percentage does not answer it).
_AMOUNT = re.compile(r"投资|[^消]费(?!用率)|产值|产量|年产|收入|支出|资金|经费|费用|金额|总额|规模|面积|长度|里程|人口|人数|多少(?:亿|万)?(?:元|吨|斤|担|台|辆|头|个|人|公里|亩|千瓦|度|匹|双)")
#: A rate, share, change or level asked, which a percentage may answer.
_RATE = re.compile(r"率|比重|比例|占|涨|增长|增速|增幅|递增|递减|增加|上升|提高|降低|下降|减少|百分|%|几成|翻|水平|程度|强度|系数|城镇化")
#: A value printed with a unit (亿元, 吨, 个 …); a bare number (an indicator row's 13 under its （%）) has none.
_UNIT_OF_ITS_OWN = re.compile(r"[\u4e00-\u9fffA-Za-z²³]")
#: How near a figure is (4.8左右, 20000以上): no unit of its own — a table cell prints its unit in the row's name.
_APPROXIMATE = re.compile(r"(?:左右|上下|以上|以下|以内|及以上|多)$")
#: A bound said before a value (「低于0.15」「不超过5%」): no unit of the value's own.
_BOUND_LEAD = re.compile(r"^(?:不?(?:低于|高于|超过|少于|多于|小于|大于)|达到|达|约|近|超|逾)")
#: A share asked: only a percentage (or 几成, N分之M) answers it.
_SHARE = re.compile(r"占(?:多少|几|百分之几|比|全)|比重|比例|占比|百分之几|几成")
_PERCENT = re.compile(r"%|％|‰|百分之|千分之")
#: A growth rate asked (「年均增长多少」「增速是多少」), not an increment in a unit of its own (「增长多少亿元」).
_GROWTH_ASKED = re.compile(r"(?:增长|增速|增幅|递增)(?:率|速度)?(?:分别)?(?:是|为|要|能|达到|保持在?)?(?:多少|几)(?![\u4e00-\u9fff]*?(?:元|吨|亩|人|个|公里|千瓦|辆|台))")
#: A rate asked (处置率, 入学率, 覆盖率 … 要达到多少): a share of a whole, printed as a percentage — never a project's
#: tonnage (「危废处置率」 answered 危废处置项目's 2万吨). A 生产率, 容积率, 效率 or 频率 is no share.
_RATE_ASKED = re.compile(r"(?<!生产)(?<!容积)(?<![功频汇效速])率(?:是|为|要|将|能|会|打算|计划)?(?:达到|提高到|提升到|提到|控制在|稳定在|保持在|降到|降至|到)?(?:多少|几)")


#: A value that starts with a number: digits, or Chinese numerals counting a thing (「三项」); 「一般公共预算收入」
#: and 「一体化」 start with the character 一 but are words, not numbers.
_NUMBER_START = re.compile(r"\d|[〇零一二两三四五六七八九十百千万]+(?:[" + CLASSIFIERS + r"]|[\d.]|$)")

#: A value in a unit of length only (21.5km, 3.5公里, 800米): never an area asked (面积).
_LENGTH_ONLY = re.compile(r"\d(?:万|千)?(?:公里|千米|km|米|m)(?!\w)", re.I)
#: A unit of area (平方公里, 万亩, 公顷, km², ㎡).
_AREA_UNIT = re.compile(r"平方|亩|公顷|㎡|km2|km²|m2|m²", re.I)

@check("verify")
def checked_figures(question: str, answer: Answer, *, several: bool = False) -> Answer:
    """``answer`` unchanged, or refused (``found`` False, saying why) when a figure it gives fails a check.

    Parameters
    ----------
    question : str
        The question as answered (years as 2025年, not 25年).
    answer : Answer
        A figure answer (``kind == "fact"``); its items carry the value as ``label`` and the clause as ``detail``.
    several : bool
        ``answer`` joins the answers to several parts of ``question`` (each checked alone already): a share
        asked by one part says nothing of another part's amount.

    Examples
    --------
    >>> from qa.answer import Item
    >>> a = Answer("q", "发电量：一千九百五十八亿度", True, [Item("一千九百五十八亿度", detail="发电量，由一九七五年的一千九百五十八亿度")], kind="fact")
    >>> checked_figures("1985年发电量多少？", a).found
    False
    >>> b = Answer("q", "机械工业：提高百分之六五·二", True, [Item("提高百分之六五·二", detail="机械工业各部提高百分之六五·二")], kind="fact")
    >>> checked_figures("机械工业各部投资多少？", b).found, checked_figures("机械工业各部劳动生产率提高多少？", b).found
    (False, True)
    >>> d = Answer("q", "城镇居民：34260元", True, [Item("34260元", detail="城镇居民和农村居民人均可支配收入分别达到34260元、22430元")], kind="fact")
    >>> checked_figures("城镇居民人均可支配收入年均增长多少？", d).found, checked_figures("城镇居民人均可支配收入是多少？", d).found
    (False, True)
    >>> c = Answer("q", "面积：不超过50", True, [Item("不超过50", detail="每个床位的面积不超过50平米")], kind="fact")
    >>> checked_figures("零陵区的面积多少？", c).found, checked_figures("每个床位的面积多少？", c).found
    (False, True)
    """
    # A place answer (「疏浚80公里是在哪一章」→ 第26章) names the heading; the figure is printed in the passage it cites.
    said = answer.answer + ("".join(c.text for c in answer.citations) if answer.kind == "multihop" else "")
    if answer.found and (missing := _value_not_given(question, said)):
        # 「哪个项目规划用地380亩」 answered by a passage printing 300亩: a look-up by value is answered only where the
        # value is printed.
        return Answer(answer.question, f"规划中没有找到数值为{missing}的项目或指标（请核对数值）。以下段落可能相关，仅供参考。",
                      False, citations=answer.citations, kind=answer.kind)
    if answer.found and answer.answer.startswith(_PASSAGES) and (near := _near_in_passage(question, answer.answer)):
        # 「哪一年建成县城第三水厂」 answered by the passage on 县城第二水厂: another work's, not the asked one's.
        return Answer(answer.question, f"规划中未找到所问的内容（原文说的是“{near}”，不是所问的）。以下段落可能相关，仅供参考。",
                      False, citations=answer.citations, kind=answer.kind)
    if answer.found and answer.kind == "list" and (near := _near_in_passage(question, _cited_text(answer))
                                                   or _near_cited_title(question, answer)) and not _count_said_otherwise(near, question):
        # 「湘江东路的建设内容包括哪些」 answered by the run printed for 湘江西路: a neighbour's list, not the asked one's.
        return Answer(answer.question, f"规划中未找到所问的内容（原文说的是“{near}”，不是所问的）。以下段落可能相关，仅供参考。",
                      False, citations=answer.citations, kind=answer.kind)
    if answer.found and answer.kind == "list" and (other := _content_of_another(question, answer)):
        # 「潇湘大道零陵段建设内容包括哪些」 answered by 优速物流's item (sited on 潇湘大道西侧): another works' content.
        work, title = other
        return Answer(answer.question, f"规划没有列出{work}的建设内容（所引条目是“{title}”的，不是所问的）。以下段落可能相关，仅供参考。",
                      False, citations=answer.citations, kind=answer.kind)
    if answer.found and (unlisted := _unlisted_term(question, answer.answer)):
        # 「“四个最严”具体是哪四个」 answered by the passage that only names the term: the plan never lists its members.
        term, clause = unlisted
        return Answer(answer.question, f"规划提到“{term}”，但没有列出它具体指哪些（原文只说“{clause}”）。以下段落可能相关，仅供参考。",
                      False, citations=answer.citations, kind=answer.kind)
    if answer.found and answer.answer.startswith(_PASSAGES) and (said := _undated_passage(question, answer.answer)):
        # 「X哪一年完成」 answered by the passage that names X with no time: the plan sets none for it.
        return Answer(answer.question, f"规划没有给出{asked_work(question) or '所问事项'}的时间，原文只说“{said}”。以下段落可能相关，仅供参考。",
                      False, citations=answer.citations, kind=answer.kind)
    if answer.found and answer.kind == "indicator" and (why := _row_of_another_unit(normalise_text(question), answer)):
        return _refused(answer, why)  # 「保障基地一共多大面积」 answered by the row 「新建区域消防救援保障基地（座）」
    if not answer.found or answer.kind != "fact" or not answer.items:
        return answer
    q = normalise_text(question)
    asked_years = set(years_in(q))
    # 「五五基本建设投资多少？六五呢？」: the periods asked, unquoted.
    asked_years |= asked_periods(q)
    amount = _AMOUNT.search(q) and not _RATE.search(q)
    several = several or len(re.findall(r"多少|几|多[大长宽高]", q)) >= 2  # asked whole by qa.values.parts, too
    # 「各部门的基本建设投资是多少？占支出总数的比重？」: a part asked with no question word of its own
    several = several or len([c for c in re.split(r"[？?]", q) if len(c.strip()) >= 2]) >= 2
    share = _SHARE.search(q) and not several
    rate = _RATE_ASKED.search(q) and not several
    growth = _GROWTH_ASKED.search(q) and not several
    if _scope_only(q):
        # 「农村多少」 (a part 「…？农村呢？」 read without the measure before it): any 农村 figure would answer it.
        return _refused(answer, "问题只说了范围，没有说所问的事项")
    for item in answer.items:
        value, clause = item.label or "", item.detail or ""
        if not re.search(r"[\d〇零一二三四五六七八九十百千万亿]", value) and re.search(r"[\d〇零一二三四五六七八九十]", clause) \
                and item.citation and len(clause) <= 16:
            # a list line's figure given as its name (label) and value (detail, 「1113亿元,占25.4%」): its first value,
            # checked in the line's sentence
            first = VALUE.search(normalise_text(clause))
            value, clause = first.group(0) if first else clause, _sentence_of(item.citation.text, clause)
        if _misprinted(value, clause):
            return _refused(answer, "原文的数字书写有误（逗号后不足三位），无法确定数值")  # 「146，8亿元」 is no 146
        if amount and _PERCENT.search(value) and not _share_of_asked(q, value, clause):
            return _refused(answer, "所给数值是百分比，不是所问的数量")
        if not several and (part := _part_for_whole(q, clause, value)):
            return _refused(answer, f"原文中的数值是{part}的，不是所问的全域的")  # 「全县优良天数」 answered 县城's
        if not several and (measure := _MEASURE_NOT_COUNT.search(q)) and not _COUNT_ASKED.search(q) \
                and _BARE_COUNT.match(value):
            return _refused(answer, f"所问的是{measure.group(0)}，所给数值是个数")  # 「日处理能力多少」 answered 6个 (plants)
        if (left_out := _excluded_asked(q, clause)):
            thing, what = left_out  # 「口袋公园以外的绿地8处」: 绿地's, not 口袋公园's
            return _refused(answer, f"原文中的数值是{thing}以外的“{what}”的，不是{thing}的" if what else
                            f"原文中的数值是{thing}以外的，不是{thing}的")
        if (spec := _other_spec(q, clause)):
            return _refused(answer, f"原文中的数值属于{spec}，不是所问的规格")  # 10千伏线路 answered from 35千伏's
        if not several and _other_unit(q, value):
            return _refused(answer, "所给数值的单位不是所问的单位")  # 「多少公里…线路」 answered 35千伏
        if not several and "面积" in q and _LENGTH_ONLY.search(value) and not _AREA_UNIT.search(value):
            return _refused(answer, "所问的是面积，所给数值是长度")  # 「…灌区灌溉面积多少」 answered 渠道21.5km
        if not several and _COUNT_ASKED.search(q) and _unit_kind(re.sub(r"^[\d.,，]+(?:万|亿)?", "", value) or "-"):
            return _refused(answer, "所问的是个数，所给数值不是个数")  # 「渠系建筑物多少处」 answered 15467m
        # a share (「占多少」 answered 二四八·五亿元), a growth rate (「年均增长多少」 answered 34260元, the level) or a
        # rate (「危废处置率」 answered 2万吨) is never an amount in a unit of its own
        for asked, what, multiples in ((share, "比重", False), (growth and re.search(r"\d", value), "增速", True),
                                       (rate, "比率", False)):
            if asked and _UNIT_OF_ITS_OWN.search(_APPROXIMATE.sub("", _BOUND_LEAD.sub("", value))) \
                    and not _rate_form(value, clause, multiples=multiples):
                return _refused(answer, f"所问的是{what}，所给数值不是{what}")
        if asked_years and (lead := re.match(_YEAR, value)) and not set(years_in(lead.group(0))) & asked_years:
            return _refused(answer, f"原文中的数值属于{lead.group(0)}，不是所问的年份")  # 「一九五二年约为…」 for 1957
        if asked_years and (lead := _LEAD_TIME.match(clause)) and len(years_in(clause)) == 1 \
                and not set(years_in(lead.group(1))) & asked_years:
            return _refused(answer, f"原文中的数值属于{lead.group(1)}，不是所问的年份")  # 「一九五二年约为二、六二七万匹」
        at = clause.find(value.split("（")[0])
        after = clause[at + len(value.split("（")[0]) :] if at >= 0 else ""
        if re.search(r"多少|(?<!哪)几", q) and _NUMBER_START.match(value) and normalise_text(value.split("（")[0]) in q:
            return _refused(answer, f"原文中的“{value}”是所问名称的一部分，不是所问的数值")  # 「城乡三项基本医疗保险参保率」: 三项
        noun = re.match(r"(?:的)?([\u4e00-\u9fff]{2})", after) if at >= 0 and re.search(r"(?:以下|以上)$", value) else None
        # (「每个项目至少投多少」 asks the bound itself: 「3000万元以上的先进制造项目」)
        # (「完成3个以上老旧住宅小区…创建」 asked 几个: a count by the counting word asked counts the noun after it)
        counted = re.search(r"\d([个家所座处项条户套栋])以[上下]$", value)
        # (the noun asked in spoken words counts too: 「储备多少亩地」 is the printed 多少亩土地储备)
        if noun and noun.group(1) not in q and noun.group(1) not in spoken_measures(q) and not re.match(r"和|与|及|或|为|是|左右|目标|水平", after) \
                and not re.search(r"至少|起码|最低|最少|门槛|下限", q) \
                and not (counted and re.search(r"(?:几|多少)" + counted.group(1), q)):
            # (a value before the noun asked counts it: 「完成800亩以上土地储备」 asked 多少亩土地储备)
            return _refused(answer, f"原文中的“{value}”限定其后的事物，不是所问的数值")  # 「农村5岁以下儿童生长迟缓率」
        if re.match(r"[-－—]", value) and re.search(r"\d(?:万|亿)?\s*$", clause[: max(at, 0)] if at >= 0 else normalise_text(clause).split(value.lstrip("-－—")[:3])[0]):
            # 「建设15-20口应急供水深井」 read as -20口: the range whole answers, else neither end does
            if len(answer.items) == 1 and at >= 0 and (whole := _range_whole(clause, at, value.lstrip("-－—"))):
                return Answer(answer.question, answer.answer.replace(value, whole, 1), True,
                              [Item(whole, item.citation, detail=clause, entity=item.entity)], answer.citations, kind="fact")
            return _refused(answer, "原文给出的是一个范围，所给数值只是其一端")  # 「7.15万－6.82万吨」 is no -6.82万吨
        if not several and (why := _other_counter(q, value)):
            return _refused(answer, why)  # 「年产多少万辆轿车」 answered 三百万台 (彩电)
        if several and _not_money(_part_head(answer.answer, value), value):
            return _refused(answer, "所问的是金额，所给数值不是金额")  # 「…固定资产投资五年多少？…」 answered 1100万人 (职工)
        if not several and _MONEY_ASKED.search(q) and _unit_kind(re.sub(r"^[约近超过逾]*[\d.,，]+(?:万|亿)?", "", value) or "-") not in (None, "money") \
                or not several and _MONEY_ASKED.search(q) and re.search(r"\d(?:万|亿)?人$", value):
            return _refused(answer, "所问的是金额，所给数值不是金额")  # 「固定资产投资多少」 answered 1100万人
        if asked_years and at >= 0 and (base := _base_only(clause, at, asked_years - _bases_asked(q))):
            if not several and len(answer.items) == 1 and (own := _base_value(clause, base)):
                # 「原煤十四亿吨，比一九九五年的十二亿九千八百万吨增加…」 asked 1995: the base's own value, printed after it.
                name = answer.answer.split("：")[0] if 0 < answer.answer.find("：") <= 20 else ""
                return Answer(answer.question, f"{name + '：' if name else ''}{own}（{base}年，原文：“{clause}”）。", True,
                              [Item(own, item.citation, detail=clause)], answer.citations, kind="fact")
            return _refused(answer, f"原文中{base}年是比较的基期，所给数值不是{base}年的")  # 「二十五亿块，比一九九五年的三亿一千万块」
        if at > 0 and (printed := _other_base(q, clause[:at])):
            return _refused(answer, f"原文中的变化以{printed}为基期，不是所问的基期")  # 「比2020年下降多少」 of 「较2025年下降14%」
        if at >= 0 and (_RANGE_ON.match(after) or _RANGE_FROM.search(clause[:at])):
            # 「提高2-3个百分点」: a range asked for one figure is answered by the range whole, never by one end of it.
            if len(answer.items) == 1 and (whole := _range_whole(clause, at, value)):
                return Answer(answer.question, answer.answer.replace(value, whole, 1), True,
                              [Item(whole, item.citation, detail=clause, entity=item.entity)], answer.citations, kind="fact")
            return _refused(answer, "原文给出的是一个范围，所给数值只是其一端")  # 「1,680万一1,785万吨」「东移2-3km」
        if at >= 0 and "结构" in q and (run := _STRUCTURE_RUN.match(clause[at:])) and run.group(0) != value:
            # 「三次产业结构…初期为19.1%、46.0%、34.9%」: a structure is its whole run, never its first share.
            if len(answer.items) > 1:
                return _refused(answer, "所问的结构由几个比例组成，所给数值只是其一")
            return Answer(answer.question, answer.answer.replace(value, run.group(0), 1), True,
                          [Item(run.group(0), item.citation, detail=clause)], answer.citations, kind="fact")
        if not several and item.citation and (act := _act_not_printed(q, _with_lead(item.citation.text, clause))):
            return _refused(answer, f"原文中的数值说的不是“{act}”")  # 「几座泵站的续建」 answered 「形成7座泵站排涝格局」
        if at >= 0 and after.startswith("级") and "级" not in q:
            return _refused(answer, f"原文中的“{value}级”是规格，不是所问的数量")  # 「百万千瓦级核电机组」
        if at >= 0 and _BARE_NUMBER.fullmatch(value) and (kind := _COUNTER.match(after)) and kind.group(0) not in q:
            return _refused(answer, f"原文中的数值是“{kind.group(0)}”的个数")  # 「17种主要工业产品」 for 发电量
        if at > 0 and _PER_ITEM.search(clause[max(0, at - 12) : at]) and not _PER_ASKED.search(q):
            return _refused(answer, "原文中的数值是每一单位的，不是所问的总数")  # 「每个床位的面积不超过50平米」 for 零陵区面积
        if asked_years and at > 0 and (own := _OWN_TIME.search(clause[max(0, at - 12) : at])):
            if not set(years_in(own.group(1) + ("期间" if "五" in own.group(1) and "年" not in own.group(1) else ""))) & asked_years:
                return _refused(answer, f"原文中的数值属于{own.group(1)}，不是所问的年份")
        if not asked_years and _TOTAL.search(q) and at > 0 and (own := _OWN_TIME.search(clause[max(0, at - 12) : at])):
            # 「十年基本建设投资共多少」 answered with 「“六五”为2800亿元」: one period's part is not the total.
            return _refused(answer, f"原文中的数值只属于{own.group(1)}，不是所问的合计")
        if asked_years and not asked_periods(q) and not years_in(clause) and item.citation \
                and SPAN_COMPARED.search(_sentence_of(item.citation.text, clause)):
            # 「2015年死亡人数」 of 「与上一个五年相比，…死亡人数由71人减少至64人」: five-year sums, no one year's figure.
            return _refused(answer, "原文中的数值是一个五年时期的合计（与上一个五年相比），不是所问年份的数值")
        if asked_years and not asked_periods(q) and not _TOTAL.search(q) and item.citation and at > 0 \
                and (span := _span_done(item.citation.text, clause, at)):
            # 「2020年城镇新增就业多少人」 of 「——这五年，…城镇新增就业累计达72.84万人」: the span's sum, no one year's.
            return _refused(answer, f"原文中的数值是{span}的累计数，不是所问年份的数值")
        if why := foreign_scope(q, value, clause, item.citation, several=several):
            return _refused(answer, why)  # a region's, a sub-kind's, another department's or period's figure (qa.checks.scope)
        if item.citation and (why := other_basis(q, _printed_in(item.citation.text, clause, value))):
            return _refused(answer, why)  # 「按2000年价格算」 answered with a figure 「按1990年价格计算」
        if item.citation and (why := other_recipient(q, _sentence_of(item.citation.text, clause))):
            return _refused(answer, why)  # 「…指标给城镇」 answered with the share 「…保障乡村…用地」
        # Read in its sentence: 「在主要矿区开展植被恢复造林，完成…尾矿库植被恢复面积2500亩」 names 矿区 before 尾矿库.
        near_in = _sentence_of(item.citation.text, clause) if item.citation else normalise_text(clause)
        if (near := near_name(_part_head(answer.answer, value) or answer.answer.split("：", 1)[0], near_in)):
            return _refused(answer, f"原文中的数值属于{near}，不是所问的")  # 单位农业增加值用水量 answered 单位工业增加值's
        if at > 0 and not several and _INCREMENT.search(q) and _LEVEL_BEFORE.search(clause[:at]) and not _INCREMENT.search(clause[:at]):
            return _refused(answer, "原文中的数值是达到的总量，不是所问的新增量")  # 「装机总容量新增多少」 answered 达到二亿九千万千瓦
        said_in = _sentence_of(item.citation.text, clause) if item.citation else normalise_text(clause)
        if at > 0 and not several and (moved := _other_change(q, said_in, value)):
            # 「减少70万吨，下降16%」 asked 下降多少: the value after the change word asked (a part asked among
            # several is checked alone by qa.values.parts, where the change word is its own).
            if len(answer.items) > 1:
                return _refused(answer, f"原文中所问的变化是“{moved}”，所给数值不是")
            name = answer.answer.split("：")[0] if 0 < answer.answer.find("：") <= 20 else ""
            return Answer(answer.question, f"{name + '：' if name else ''}{moved}（原文：“{clause}，{moved}”）。", True,
                          [Item(moved, item.citation, detail=said_in)], answer.citations, kind="fact")
        if (numbered := other_number(q, normalise_text(clause))):
            return _refused(answer, f"原文中的数值属于“{numbered}”，不是所问的")  # 排名前10家 answered 前15家's
        if (mixed := _mixed_member(q, clause)):
            return _refused(answer, f"原文中分别列出的是{mixed}，与所问的不是同一项")  # 农村居民人均可支配收入 vs 人均纯收入
        if (other := _later_clause_owner(q, value, clause)):
            return _refused(answer, f"原文中的数值说的是{other}")  # 「工业雷管产能利用率较低，工业炸药产能利用率也不到70%」
        if not several and len(answer.items) == 1 and at >= 0 and (end := _end_of_change(q, clause, at, value)):
            # 「占总投资的比重提高到多少」 of 「由“六五”期间的22.4%提高到23.5%」: where it goes, not where it starts.
            return Answer(answer.question, answer.answer.replace(value, end, 1), True,
                          [Item(end, item.citation, detail=item.detail)], answer.citations, kind="fact")
        if at >= 0 and asks_start(q) != "both" and (start := _start_of_change(q, clause, at, value)):
            # 「上一个五年死亡多少人」 of 「与上一个五年相比…由71人减少至64人」: the earlier span's is where it starts.
            if several or len(answer.items) > 1:
                return _refused(answer, f"原文中的{value}是本期的，上一个五年的是{start}")
            return Answer(answer.question, answer.answer.replace(value, start, 1), True,
                          [Item(start, item.citation, detail=item.detail)], answer.citations, kind="fact")
        if not several and len(answer.items) == 1 and (member := _compound_member(q, value, clause)):
            # 「产销量分别为2037.4万吨、2065.4万吨」 asked 销量: the second value, 产 and 销 in the compound's order.
            return Answer(answer.question, answer.answer.replace(value, member, 1), True,
                          [Item(member, item.citation, detail=item.detail)], answer.citations, kind="fact")
        if not several and len(answer.items) == 1 and item.citation and (pair := run_owner_mismatch(q, value, item.citation.text)):
            # 「A、B分别达到X和Y」 asked of B alone: Y, read by position in the run (qa.values.pairing); answers of several
            # figures pair them already (and name owners the question may word otherwise: 十二五期间 for 2011至2015年).
            return Answer(answer.question, f"{pair.owner}：{pair.value}（原文：“{pair.sentence}”）。", True,
                          [Item(pair.value, item.citation, detail=pair.sentence)], [item.citation], kind="fact")
    return with_bounds(answer)


_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")
#: An act a count asks about (几座水闸的续建, 续建几座).
_ACT_ASKED = re.compile(rf"({WORKS_ACTS})了?(?=几|多少)|(?:几|多少)[座个条所处家台张项]?[\u4e00-\u9fff]{{1,8}}?的({WORKS_ACTS})")


def _act_not_printed(question: str, clause: str) -> str | None:
    """The act a count asks of (「几座泵站的续建」: 续建) when the figure's clause, its brackets left out, does not print
    it: 「形成7座泵站排涝格局（不含规划新建泵站）」 counts what there will be, not what is to be 续建.

    >>> _act_not_printed("西屿岛要完成几座泵站的续建？", "形成7座泵站排涝格局（不含规划新建泵站）")
    '续建'
    >>> _act_not_printed("南屿岛续建几座泵站？", "完成南屿岛3座泵站的续建") is None
    True
    >>> _act_not_printed("要建几座泵站？", "形成7座泵站排涝格局") is None
    True
    >>> _act_not_printed("县人民医院整体迁建项目要新增多少张床位？", "预计征地45亩，新增床位300张") is None
    True
    """
    if not _COUNT_ASKED.search(question):
        return None
    # the act governing the count (续建几座, 几座泵站的续建), never one inside a name (整体迁建项目, 异地新建项目)
    acts = list(dict.fromkeys(a for m in _ACT_ASKED.finditer(question) for a in m.groups() if a))
    own = _BRACKETED.sub("", normalise_text(clause))
    return next((a for a in acts if a not in own), None) if len(acts) == 1 else None


#: A number going on past a comma with fewer than three digits (「146，8亿元」「七四一，三亿元」): a decimal point
#: misprinted, never a thousands group, so the number read before it is not the plan's figure.
_MISPRINT_AFTER = re.compile(r"[，,](?:\d{1,2}|[〇零一二三四五六七八九]{1,2})(?![\d〇零一二三四五六七八九])")


def _misprinted(value: str, clause: str) -> bool:
    """Whether ``value`` is printed in ``clause`` cut off before a misprinted decimal comma.

    >>> _misprinted("146", "农业、林业、水利、气象146，8亿元"), _misprinted("146.8亿元", "农业、林业、水利、气象146.8亿元")
    (True, False)
    >>> _misprinted("2,016亿元", "事业费2,016亿元"), _misprinted("七四一", "其中国家财政拨款为七四一，三亿元")
    (False, True)
    """
    digits = re.match(r"[\d.,，〇零一二三四五六七八九十百千万亿·]+", normalise_text(value))
    if not digits:
        return False
    norm = normalise_text(clause)
    return any(_MISPRINT_AFTER.match(norm, m.end()) for m in re.finditer(re.escape(digits.group(0)), norm))


def _mixed_member(question: str, clause: str) -> str | None:
    """The member of a 「A和B分别…」 run the question names by its head but gives another member's tail
    (「农村居民人均可支配收入」 of 「城镇居民人均可支配收入和农村居民人均纯收入分别年均增长7%以上」): no member is asked.

    >>> c = "城镇居民人均可支配收入和农村居民人均纯收入分别年均增长7%以上"
    >>> _mixed_member("农村居民人均可支配收入年均增长多少", c), _mixed_member("农村居民人均纯收入年均增长多少", c)
    ('农村居民人均纯收入', None)
    >>> _mixed_member("化学需氧量排放减少多少", "化学需氧量、二氧化硫排放分别减少8%") is None
    True
    >>> _mixed_member("单位国内生产总值二氧化碳排放降低多少", "单位国内生产总值能源消耗和二氧化碳排放分别降低13.5%、18%") is None
    True
    """
    run = re.search(r"([\u4e00-\u9fff、和及与]{4,60}?)(?:分别|各)", normalise_text(clause))
    if not run:
        return None
    members = [m for m in re.split(r"、|和|及|与", run.group(1)) if len(m) >= 2]
    for i, mine in enumerate(members):
        head = next((mine[:k] for k in range(len(mine) - 1, 3, -1) if mine[:k] in question), "")
        rest = mine[len(head):]
        if not head or not rest:
            continue
        after = question[question.find(head) + len(head):]
        if after.startswith(rest):
            continue
        others = [m for j, m in enumerate(members) if j != i]
        # (a whole other member after the head is that member with the head shared: 「单位国内生产总值能源消耗和二氧化碳
        # 排放分别降低…」 asked 单位国内生产总值二氧化碳排放)
        if any(after.startswith(o[k:]) and o[k:] not in mine for o in others for k in range(1, len(o) - 2)):
            return mine
    return None


#: Scopes a question may name with no measure (「农村多少」): a figure of anything there would answer it.
_SCOPE_WORDS = re.compile(r"农村|城镇|城市|城区|乡村|乡镇|县城|市区|镇区|城乡|(?:[东中西]|中西|东中)部(?:地区)?|东北(?:地区)?|全国|全省|全市|全区|全县|本省|本市|本区|本县")


#: Measures no count of things gives (日处理能力 of 「建设6个污水处理厂」 is no 6个).
_MEASURE_NOT_COUNT = re.compile(r"处理能力|能力|容量|库容|装机|面积|长度|里程|产能|规模")
_BARE_COUNT = re.compile(r"^(?:约|近|超过)?[\d.]+(?:万)?[个座家所处条项](?:以上)?$")
#: The whole area asked (全县, 全区) and the parts of it a plan prints figures for (县城, 城区 — the town, not the area).
_WHOLE_ASKED = re.compile(r"全(?:县|区|市|域)")
_TOWN_PART = re.compile(r"(?:中心|主)?城区|县城|市区|镇区|建成区")


def _part_for_whole(question: str, clause: str, value: str) -> str | None:
    """The town part (县城, 城区) the clause prints ``value`` for when the question asks the whole area (全县, 全区).

    >>> _part_for_whole("全县空气优良天数要达到多少天", "县城空气优良天数大于320天", "大于320天")
    '县城'
    >>> _part_for_whole("县城空气优良天数要达到多少天", "县城空气优良天数大于320天", "大于320天") is None
    True
    >>> _part_for_whole("全区优良天数多少天", "全区空气优良天数达到330天，城区达到320天", "330天") is None
    True
    """
    at = clause.find(value.split("（")[0])
    if not _WHOLE_ASKED.search(question) or at < 0:
        return None
    own = re.split(r"[，,；;。]", clause[:at])[-1]
    part = _TOWN_PART.search(own)
    return part.group(0) if part and not _WHOLE_ASKED.search(own) and not _TOWN_PART.search(question) else None


#: A look-up by value: which thing (哪个项目, 哪一项指标, 是哪个) has a figure the question states.
_WHICH = re.compile(r"哪(?:个|些|一|几|项|条|座|家)|是什么(?:项目|指标|工程)")

_BOUND_ASKED = re.compile(r"超过|以上|以下|大于|小于|高于|低于|不低于|不少于|至少|多于|少于|以内|左右|之间|到|至")


#: An increment asked or printed (新增, 净增, 增加 but not 增加到, which names a level).
_INCREMENT = re.compile(r"新增|净增|增加(?!到)|新建")
#: A level printed right before a value (「总容量达到二亿九千万千瓦」).
_LEVEL_BEFORE = re.compile(r"(?:达到|提高到|增加到|增至|达)\s*$")


#: Words of a change printed before its value (减少70万吨, 下降16%).
_CHANGE = re.compile(r"下降|降低|减少|增加|增长|提高|上升")


def _other_change(question: str, sentence: str, value: str) -> str | None:
    """The value the clause prints after the change word asked when the given one follows another
    (「产量减少70万吨，下降16%」 asked 下降多少 → 下降16%, not 70万吨).

    >>> _other_change("工业炸药产量下降多少", "2015年工业炸药产量减少70万吨,下降16%", "70万吨")
    '下降16%'
    >>> _other_change("工业炸药产量减少多少", "2015年工业炸药产量减少70万吨,下降16%", "70万吨") is None
    True
    >>> _other_change("工业雷管产量下降多少", "炸药产量减少70万吨,下降16%,工业雷管产量减少5.4亿发,下降29.9%", "5.4亿发")
    '下降29.9%'
    >>> _other_change("哪个指标年均增长7%", "国内生产总值年均增长7%", "国内生产总值") is None
    True

    """
    if not re.search(r"多少|几", question):
        return None  # 「哪个指标年均增长7%」 states the change, asks no figure
    asked = [m.group(0) for m in _CHANGE.finditer(question)]
    at = sentence.find(value)
    if len(set(asked)) != 1 or at < 0 or sentence[max(0, at - 2) : at] == asked[0]:
        return None
    # right after the value given (「减少5.4亿发，下降29.9%」), never another owner's further on
    m = re.compile(re.escape(asked[0]) + r"(\d+(?:\.\d+)?(?:万|亿)?\S{0,2}?%?)").search(sentence, at + len(value))
    return m.group(0) if m and m.start() - at - len(value) <= 4 and value not in m.group(0) else None


#: How a passage answer opens (qa.passages.extractive): the plan's sentences, pasted.
_PASSAGES = PASSAGES_SAID
#: Question words and joints a question's names are cut at.
_NOT_NAME = re.compile(r"哪一?年|哪个|哪些|什么时候|何时|多少|几|是|的|要|吗|呢|[？?，,。！!、]")


def _near_in_passage(question: str, text: str) -> str | None:
    """The name a passage prints that a name the question asks differs from in a character or two (县城第二水厂
    for 县城第三水厂): the passage is about another thing.

    >>> _near_in_passage("哪一年建成县城第三水厂？", "规划中的相关表述：力争2024年建成县城第二水厂。")
    '建成县城第二水厂'
    >>> _near_in_passage("哪一年建成县城第二水厂？", "规划中的相关表述：力争2024年建成县城第二水厂。") is None
    True
    >>> _near_in_passage("外环绿道怎么贯通？", "规划中的相关表述：加快推进外环绿道断点贯通工作。") is None
    True
    """
    if HOW.search(question):
        return None  # 「外环绿道怎么贯通」 asks about a topic, not a work named near another (qa.passages.topical ranks it)
    body = normalise_text(text)
    for part in _NOT_NAME.split(normalise_text(question)):
        if len(part) >= 4 and (near := near_name(part, body)):
            return near
    return None


#: A time a passage may set (a year, a five-year period, the plan's term, a month or a stage).
_TIME_PRINTED = re.compile(rf"{_YEAR}|{_PERIOD}|\d+月|[一二三四五六七八九十]+月|规划期|近期|中期|远期|年内|年底|年末|当年|今年|明年|季度")


def _near_cited_title(question: str, answer: Answer) -> str | None:
    """The title of a cited box item (「北岭大道松溪段。道路宽度…」) the question names with a character or two of its own
    (南岭大道松溪段): the item is the neighbour's.

    >>> from qa.answer import Citation
    >>> a = Answer("q", "规划列出2项", True, citations=[Citation("p1", "北岭大道松溪段。建设内容包括土石方、绿化。")], kind="list")
    >>> _near_cited_title("南岭大道松溪段建设内容有哪些？", a), _near_cited_title("北岭大道松溪段建设内容有哪些？", a)
    ('北岭大道松溪段', None)
    """
    q = normalise_text(question)
    for c in answer.citations:
        title = normalise_text(c.text or "").split("。", 1)[0]
        if 4 <= len(title) <= _TITLE_CHARS and "," not in title and near_name(title, q):
            return title
    return None


#: A count or ordinal in a name (第三个五年计划): a numeral said otherwise (第三十五年) is no other entity's name.
_COUNTING = frozenset("0123456789〇一二三四五六七八九十百千两个")


def _count_said_otherwise(near: str, question: str) -> bool:
    """Whether ``near`` differs from the question's words only where one of them prints a numeral or 个
    (「第三十五年计划」 read inside 「第三个五年计划」), which names the same thing.

    >>> _count_said_otherwise("第三十五年计划", "第三个五年计划的基本任务是什么？"), _count_said_otherwise("湘江西路零陵段", "湘江东路零陵段的建设内容")
    (True, False)
    """
    q = normalise_text(question)
    for at in range(len(q) - len(near) + 1):
        diff = [(a, b) for a, b in zip(near, q[at : at + len(near)]) if a != b]
        if 0 < len(diff) <= 2:
            return all(a in _COUNTING or b in _COUNTING for a, b in diff)
    return False
#: Most characters of a box item's title (「湘江西路零陵段。」) before its first 。.
_TITLE_CHARS = 16


def _cited_text(answer: Answer) -> str:
    """What a list answer's members were read from: every citation's text, one after another."""
    return "|".join(c.text for c in answer.citations if c.text)


def _undated_passage(question: str, text: str) -> str | None:
    """The passage's words (without its lead-in) when ``question`` asks when (哪一年, 何时) and the passage prints no
    time at all: a passage naming the work is no answer to when it is done.

    >>> _undated_passage("箭楼修缮计划哪一年完成？", "规划中的相关表述：推进箭楼等点段修缮开放。")
    '推进箭楼等点段修缮开放。'
    >>> _undated_passage("箭楼修缮什么时候完成？", "规划中的相关表述：2027年完成箭楼修缮。") is None
    True
    >>> _undated_passage("箭楼修缮怎么推进？", "规划中的相关表述：推进箭楼修缮。") is None
    True
    """
    if not _WHEN_ASKED.search(normalise_text(question)):
        return None
    said = text[len(_PASSAGES):].strip()
    return None if _TIME_PRINTED.search(normalise_text(said)) else said


#: A works asked for its content (「X建设内容包括哪些」「X的主要内容有哪些」): X, the subject before the content word.
_CONTENT_OF = re.compile(r"^(?P<work>[\u4e00-\u9fffA-Za-z0-9（）()]{2,20}?)的?(?:主要)?(?:建设内容|建设任务|主要内容|内容)(?:主要)?(?:包括|有|是|为)")


def _content_of_another(question: str, answer: Answer) -> tuple[str, str] | None:
    """(works asked, title cited) when a list answer to 「X建设内容包括哪些」 cites only box items titled otherwise
    whose text names X in passing (优速物流。选址零陵区潇湘大道西侧…): the list is that item's, not X's. None when a cited
    item is titled by X or the question asks no works' content.

    >>> from qa.answer import Citation
    >>> a = Answer("q", "规划列出6项", True, citations=[Citation("p1", "优速物流。选址零陵区潇湘大道西侧；分二期建设标准物流设施、快递分拨中心。")], kind="list")
    >>> _content_of_another("潇湘大道零陵段建设内容包括哪些？", a), _content_of_another("优速物流建设内容包括哪些？", a)
    (('潇湘大道零陵段', '优速物流'), None)
    """
    m = _CONTENT_OF.match(normalise_text(question))
    if not m or not answer.citations:
        return None
    work = m.group("work")
    core = re.sub(r"(?:零陵|[\u4e00-\u9fff]{2}区|[\u4e00-\u9fff]{2}县)?段$", "", work)  # 潇湘大道零陵段 is named 潇湘大道 in passing
    titles = [normalise_text(c.text or "").split("。", 1)[0] for c in answer.citations]
    if any(t and (work in t or t in work or core in t) for t in titles):
        return None
    if not all(t and len(t) <= _TITLE_CHARS and "," not in t for t in titles):
        return None  # not box items: a sentence may print X's content without its name as a title
    named = [t for c, t in zip(answer.citations, titles) if core in normalise_text(c.text or "")]
    return (work, named[0]) if named else None


#: A quoted term asked for its members: 「“四个最严”具体是哪四个」「“三变”指的是什么」「“两个维护”包括哪些」, a head
#: noun of up to four characters after the quote (「“五个一”工程是哪五个一」「“八愚”遗址包括哪八处」「“九小场所”是指哪九类」).
_TERM_MEMBERS = re.compile(r"“([^“”]{2,12})”(?:(?:具体|分别)?(?:是指|指的是|是|指|包括|包含|有)(?:哪|(?:什么|啥)(?!意思|含义|意义))"
                           r"|[\u4e00-\u9fff]{1,4}?(?:具体|分别)?(?:是指|指的是|是|指|包括|包含|有)哪)")
#: (「是什么意思」 asks a term's meaning, which the clause using it gives — not its members.)
#: A passage defining the term it pastes (「所谓“两山”转化，是指…」): its meaning, which a question may ask.
_DEFINES_TERM = re.compile(r"所谓|是指|指的是")
#: What enumerates a term's members in its clause: a run (、和及与), or a colon or 即 before them.
_ENUMERATES = re.compile(r"[、：:]|即|和|与|及")
#: What enumerates three or more members: a 、-run, a colon or 即 (「A和B」 joins two things, never a whole of eight).
_ENUMERATES_MANY = re.compile(r"[、：:]|即")
#: How an answer pastes the plan's words (a passage, a sentence quoting the term, a 专栏's items): the pasted text after.
_PASTED = re.compile(r"^(?:" + re.escape(_PASSAGES) + r"|规划中的表述：|“[^“”]{1,20}”：专栏所列内容：)")
_COUNT_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _unlisted_term(question: str, text: str) -> tuple[str, str] | None:
    """(term, clause) when ``question`` asks the members of a quoted term and the passage's clause printing the term
    enumerates nothing — the plan names the term only; None when it lists them or the question asks otherwise.
    ``text`` is an answer that pastes the plan's words (:data:`_PASTED`); any other answer gives None.

    The term standing in a run itself (「做好“八记”、“八愚”遗址保护」) enumerates nothing of its own; a term counting
    three or more members (八愚, 五个一) is enumerated only by a 、-run, a colon or 即, never by one 和.

    >>> _unlisted_term("“四个最严”具体是哪四个？", "规划中的相关表述：遵循“四个最严”的要求，落实国家食品安全战略。")
    ('四个最严', '遵循“四个最严”的要求')
    >>> _unlisted_term("“三变”指的是哪三变？", "规划中的相关表述：开展资源变资产、资金变股金、农民变股东的“三变”改革试点。") is None
    True
    >>> _unlisted_term("“三变”改革在哪一章？", "规划中的相关表述：遵循“三变”的要求。") is None
    True
    >>> _unlisted_term("“+应急”是什么意思？", "规划中的表述：““+应急”保障城市安全，结合各类城乡公园建设应急避难场所”。") is None
    True
    >>> _unlisted_term("“两山”转化是指什么？", "规划中的表述：“所谓“两山”转化，是指生态产品价值实现”。") is None
    True
    >>> _unlisted_term("“八愚”遗址包括哪八处？", "“八愚”：专栏所列内容：做好“八记”、“八愚”遗址保护；将“八愚”遗址保护利用和景区建设统一起来。")
    ('八愚', '做好“八记”、“八愚”遗址保护')
    >>> _unlisted_term("“五个一”工程是哪五个一？", "规划中的相关表述：深化小城镇建设“五个一”工程，按照旅游休闲、现代农业等六大分类推进。")
    ('五个一', '深化小城镇建设“五个一”工程')
    """
    m = _TERM_MEMBERS.search(normalise_text(question))
    pasted = _PASTED.match(text)
    if not m or not pasted or _DEFINES_TERM.search(text[pasted.end():]):
        return None
    term = m.group(1)
    if "、" in term:
        return None  # 「“一张床、一间房、一套房”指的是什么」: the quoted run is its own members; its meaning is asked
    # the count a term says (八愚 8, 五个一 5); one of several numerals (一约四会 is 1 + 4) says none
    numerals = [c for i, c in enumerate(term) if (c in _COUNT_DIGITS or c == "一") and term[i - 1 : i] != "个"]
    count = _COUNT_DIGITS.get(numerals[0], 0) if len(numerals) == 1 else 0
    sentences = [s for s in re.split(r"[。；;！!？?]", text[pasted.end():]) if term in s]
    clauses = [c for s in sentences for c in re.split(r"[，,]", s) if term in c]
    if not clauses or any(_lists_members(s, term, count) for s in sentences):
        return None
    if re.search(re.escape(term) + r"[”\"]?[\u4e00-\u9fff]{0,8}[（(][^）)]{4,}", text[pasted.end():]):
        return None  # 「“246”低碳出行方式（2km以内步行，4km…）」: a bracket after the term spells it out
    return term, clauses[0].strip()


def _lists_members(sentence: str, term: str, count: int) -> bool:
    """Whether ``sentence``, which prints ``term``, lists members of it: a colon or 即, a 、-run of as many members as the
    term counts (``count``; any run when it counts none), or for a pair a 和 in the term's own clause. The term
    standing in a run itself (「“八记”、“八愚”遗址」) is no run of its members; nor is a run of another count
    (「“五个一”工程，按照A、B…等六大分类」).

    >>> _lists_members("依法保障农民土地承包权、宅基地使用权、集体收益分配权,健全农户“三权”退出机制和配套政策", "三权", 3)
    True
    >>> _lists_members("完善“一约四会”(村规民约、村民议事会、红白理事会、道德评议会、禁毒禁赌会)制度", "一约四会", 0)
    True
    >>> _lists_members("深化小城镇建设“五个一”工程,按照旅游休闲、现代农业、商贸物流、加工制造、文化创意、科技教育等六大分类", "五个一", 5)
    False
    """
    bare = re.sub(rf"、?[“\"]?{re.escape(term)}[”\"]?、?", "|", sentence)
    if _ENUMERATES_MANY.search(bare.replace("、", "")):
        return True  # a colon or 即
    if count < 3 and any(_ENUMERATES.search(c) for c in re.split(r"[，,]", bare) if "|" in c):
        return True
    for run in re.finditer(r"[^，,、|]+(?:、[^，,、|]+)+", bare):
        slots = run.group(0).split("、")
        joined = len(re.split(r"以及|和|及|与", slots[-1])) - 1
        if count in (0, len(slots), len(slots) + joined):
            return True
    return False


def _value_not_given(question: str, text: str) -> str | None:
    """The figure a look-up by value states (「哪个项目规划用地380亩」 → 380亩) when ``text`` prints no such number.

    >>> _value_not_given("哪个项目规划用地380亩？", "规划中的相关表述：规划用地300亩，引进…")
    '380亩'
    >>> _value_not_given("哪个项目规划用地370亩？", "370亩对应的是：智慧物流产业园（370亩）。") is None
    True
    >>> _value_not_given("2025年的目标是多少？", "…") is None
    True
    >>> _value_not_given("哪些项目投资超过10亿元？", "智慧物流产业园：22.8亿元") is None
    True
    >>> _value_not_given("年均增速是9%的是哪个指标？", "居民人均可支配收入（元），年均增速9.00%") is None
    True
    """
    q = normalise_text(question)
    if not _WHICH.search(q) or not (m := stated_figure(q)) or _BOUND_ASKED.search(q):
        return None  # 「哪些项目投资超过10亿元」 asks by a bound the plan need not print
    return None if prints_stated(text, m) else m.group(0)


def _scope_only(question: str) -> bool:
    """Whether a question names only a scope and asks a figure of it, no measure (「农村多少」「城镇呢」).

    >>> _scope_only("农村多少"), _scope_only("农村是多少？"), _scope_only("农村新增就业多少人"), _scope_only("GDP多少")
    (True, True, False, False)
    >>> _scope_only("乡镇多少"), _scope_only("中西部地区呢"), _scope_only("乡镇卫生院多少个")
    (True, True, False)
    """
    if not _SCOPE_WORDS.search(question):
        return False
    rest = re.sub(_SCOPE_WORDS.pattern + r"|" + _YEAR + r"|多少|几|是|为|有|呢|吗|的|要|将|[？?！!。，,\s]", "", question)
    return len(rest) == 0


def _part_head(text: str, value: str) -> str:
    """The name a several-part answer gives the part saying ``value`` (「全民所有制单位固定资产投资：1100万人（…）」)."""
    part = next((p for p in re.split(r"[；;]|（\d）", text) if value and value in p), "")
    return part.split("：", 1)[0] if "：" in part else ""


def _not_money(head: str, value: str) -> bool:
    """Whether a part named for money (投资, 资金 …) is given a value of another kind (people, tonnes, metres).

    >>> _not_money("全民所有制单位固定资产投资", "1100万人"), _not_money("更新改造投资", "1300亿元"), _not_money("投资", "30%")
    (True, False, False)
    """
    if not head or not _MONEY_ASKED.search(head):
        return False
    unit = re.sub(r"^[约近超过逾]*[\d.,，]+(?:万|亿)?", "", value) or "-"
    return _unit_kind(unit) not in (None, "money") or bool(re.search(r"\d(?:万|亿)?人$", value))


def _share_of_asked(question: str, value: str, clause: str) -> bool:
    """Whether a percentage is printed as a share *of* the amount asked (「新增信贷总规模的百分之十以上用于农业」 asked
    「新增信贷总规模多少用于农业」): the words right before its 的 are the question's.

    >>> _share_of_asked("国家银行新增信贷总规模多少用于农业", "百分之十以上", "保证国家银行新增信贷总规模的百分之十以上用于农业")
    True
    >>> _share_of_asked("机械工业各部投资多少", "百分之六五·二", "机械工业各部提高百分之六五·二")
    False
    >>> _share_of_asked("农村饮用水改水受益人口要达到多少", "85%", "农村饮用水改水受益人口达到85%")
    True
    >>> _share_of_asked("农村改水受益人口要达到多少万人", "85%", "农村卫生厕所普及率达到85%")
    False
    >>> _share_of_asked("建成区多少面积要达到海绵城市要求", "45%以上", "本区建成区45%以上面积达到海绵城市建设目标要求")
    True
    """
    at = clause.find(value)
    owner = re.search(r"([\u4e00-\u9fff]{2,})的$", clause[:at]) if at > 0 else None
    if owner and owner.group(1)[-4:] in question:
        return True
    # 「建成区多少面积要达到…」 of 「建成区45%以上面积达到…」: the share printed right before the noun said after 多少
    noun = re.search(r"多少(?:的)?([\u4e00-\u9fff]{2})", question)
    if noun and at >= 0 and re.match(r"(?:以上|以下|左右|以内|的)*" + re.escape(noun.group(1)), clause[at + len(value):]):
        return True
    # 「农村饮用水改水受益人口达到85%」 asked 「…受益人口要达到多少」: the plan states the asked measure itself as a
    # percentage (its name whole, then the level verb), so the share is what the plan gives for it.
    return any((said := re.search(r"([\u4e00-\u9fff]{4,})(?:达到|提高到|为)$", clause[: m.start()])) and said.group(1)[-6:] in question
               for m in re.finditer(re.escape(value), clause))


def _with_lead(text: str, clause: str) -> str:
    """``clause`` with its sentence's words before it when they print no value of their own (「续建」 of
    「续建龙口灌区本县支渠9条，…」: the verb the clause's figure is for); the clause alone otherwise.

    >>> _with_lead("青峰灌区工程。续建龙口灌区本县支渠9条，长42km", "龙口灌区本县支渠9条")
    '续建龙口灌区本县支渠9条'
    >>> _with_lead("续建3座泵站，形成7座泵站排涝格局", "形成7座泵站排涝格局")
    '形成7座泵站排涝格局'
    """
    sentence, want = _sentence_of(text, clause), normalise_text(clause)
    lead = sentence[: sentence.find(want)] if want in sentence else ""
    return want if re.search(r"\d|[，,]", lead) else lead + want


#: A paragraph reviewing a span (「——这五年，…」「五年来，…」「“十三五”时期，…」): what it counts as done is the span's.
_SPAN_LEAD = re.compile(r"^[—\-]*(这五年|五年来|过去五年|近五年|[“\"]?十[一二三四五六七八九]?五[”\"]?(?:时期|期间|以来))")
#: What was done, counted over a span, right before the value (累计达, 新增学位, 新建…).
_DONE_COUNT = re.compile(r"(?:累计|共计|合计|新增|新建|净增|改扩建|引进|培育)[^，,。；;]{0,10}$")


def _span_done(text: str, clause: str, at: int) -> str | None:
    """The span a cited paragraph reviews (这五年) when ``clause``'s value at ``at`` counts what was done in it and its
    sentence names no year of its own; else None.

    >>> _span_done("——这五年，人民生活水平显著提高。城镇新增就业累计达72.84万人。", "城镇新增就业累计达72.84万人", 9)
    '这五年'
    >>> _span_done("——这五年，城乡面貌发生大变化。地铁开通里程达到215公里。", "地铁开通里程达到215公里", 8) is None
    True
    >>> _span_done("——这五年，民生改善。2020年新增就业15万人。", "2020年新增就业15万人", 9) is None
    True
    """
    lead = _SPAN_LEAD.match(normalise_text(text))
    if lead is None or years_in(_sentence_of(text, clause)) or not _DONE_COUNT.search(normalise_text(clause)[:at]):
        return None
    return lead.group(1)


def _sentence_of(text: str, clause: str) -> str:
    """The sentence of ``text`` (a cited paragraph) that holds ``clause``; the clause itself when none does."""
    norm, want = normalise_text(text), normalise_text(clause)
    return next((s for s in re.split(r"[。；;！？!?\n]", norm) if want and want in s), want)


def _printed_in(text: str, clause: str, value: str) -> str:
    """The sentence of ``text`` printing ``clause``, else (a clause quoted with a reckoning clause left out:
    「社会总产品，达到10,300亿元」) the one printing ``value``."""
    sentence = _sentence_of(text, clause)
    return sentence if sentence != normalise_text(clause) else _sentence_of(text, value.split("（")[0])


def with_bounds(answer: Answer) -> Answer:
    """``answer`` with each figure said with the bound its clause prints around it (「也不到70%」 → 不到70%,
    「3000亩以上」 → 3000亩以上): a bound is part of the figure, and a value without it says more than the plan.

    >>> a = Answer("q", "利用率：70%（原文：“产能利用率也不到70%”）。", True, [Item("70%", detail="产能利用率也不到70%")], kind="fact")
    >>> r = with_bounds(a); r.items[0].label, r.answer
    ('不到70%', '利用率：不到70%（原文：“产能利用率也不到70%”）。')
    """
    items, text = [], answer.answer
    for item in answer.items:
        value, clause = item.label or "", normalise_text(item.detail or "")
        said = bounded(clause, value) if value and clause else value
        if said != value:
            # the first place the answer says the value bare (its quote prints the bound already)
            text = re.sub(rf"(?<![0-9.约近逾超过于到足]){re.escape(value)}(?![0-9.]|以上|以下|以内|之内|左右)", said, text, count=1)
            item = Item(said, item.citation, detail=item.detail)
        items.append(item)
    if items == answer.items:
        return answer
    return Answer(answer.question, text, answer.found, items, answer.citations, kind=answer.kind)


#: Money asked (投资, 拨款, 产值 …): a value in people, metres or tonnes is another measure's. A money word before the kind
#: of thing it funds (「政府投资项目面积多大」) names that thing and asks no money.
_MONEY_ASKED = re.compile(r"(?:投资|资金|经费|拨款|预算|产值|收入|支出)(?!项目|主体|企业|机构|者)|多少钱|多少(?:万|亿)?元")
#: Counting words by what they count: a value counted in another group's word counts other things (辆 cars, 台 sets).
_COUNTER_GROUPS = ("辆", "台部套", "块片", "头只", "艘", "架", "张", "门", "户", "人名", "册本件")


def _other_counter(question: str, value: str) -> str | None:
    """A count asked by one counting word answered by a value counted by another group's (多少万辆 → 三百万台).

    >>> _other_counter("形成了年产多少万辆轿车的生产基地", "三百万台"), _other_counter("生产多少部电视机", "1500万台")
    ('所问的是以“辆”计的数量，所给数值以“台”计', None)
    """
    asked = re.search(r"(?:多少|几)(?:万|亿)?([^\d\W])", question)
    given = re.search(r"(?:[\d.]|[〇零一二三四五六七八九十百千])(?:万|亿)?([^\d\W万亿])$", value)
    if not asked or not given:
        return None
    group = lambda ch: next((g for g in _COUNTER_GROUPS if ch in g), None)
    a, g = group(asked.group(1)), group(given.group(1))
    return f"所问的是以“{asked.group(1)}”计的数量，所给数值以“{given.group(1)}”计" if a and g and a != g else None


#: A change printed to where it goes (提高到, 减少至): 「由A…提高到B」 starts at A and ends at B.
_CHANGE_TO = r"(?:提高|增加|增长|上升|提升|扩大|下降|降低|减少|压减|降|升)(?:到|至)"
_TO_ASKED = re.compile(r"(?:" + _CHANGE_TO + r"|达到|达至)(?:多少|几)")
_TO_PRINTED = re.compile(r"^[^，,；;。]{0,12}?" + _CHANGE_TO)


def _end_of_change(question: str, clause: str, at: int, value: str) -> str | None:
    """The end of a 「由A…提高到B」 change when the question asks where it goes (提高到多少) and ``value`` is A.

    >>> c = "占总投资的比重由“六五”期间的22.4%提高到23.5%"
    >>> _end_of_change("占总投资的比重提高到多少", c, c.find("22.4%"), "22.4%"), _end_of_change("比重原来是多少", c, c.find("22.4%"), "22.4%")
    ('23.5%', None)
    """
    if not _TO_ASKED.search(question) or not re.search(r"由[^，,；;。]{0,16}$", clause[:at]):
        return None
    rest = clause[at + len(value):]
    to = _TO_PRINTED.match(rest)
    end = VALUE.match(rest, to.end()) if to else None
    return end.group(0) if end and end.group(0) != value else None


_EARLIER_SPAN = re.compile(r"上一?个?五年|前一个五年")


def _start_of_change(question: str, clause: str, at: int, value: str) -> str | None:
    """Where a 「由A…减少至B」 change starts when the question asks the earlier span (上一个五年) and ``value`` is B.

    >>> c = "死亡人数由71人减少至64人"
    >>> _start_of_change("上一个五年死亡多少人", c, c.find("64人"), "64人"), _start_of_change("死亡多少人", c, c.find("64人"), "64人")
    ('71人', None)
    """
    if not _EARLIER_SPAN.search(question) or not re.search(_CHANGE_TO + "$", clause[:at]):
        return None
    start = re.search(r"由(?:[^，,；;。]{0,12}?的)?", clause[:at])
    first = VALUE.match(clause, start.end()) if start else None
    return first.group(0) if first and first.group(0) != value else None


#: Compounds the genre prints for two measures at once (产销量 = 产量 and 销量), with each member's asked words.
_COMPOUNDS = {"产销": ("产", "销"), "进出口": ("进口", "出口"), "收支": ("收入", "支出")}


def _compound_member(question: str, value: str, clause: str) -> str | None:
    """The value a 分别 run after a compound (「产销量分别为A、B」) gives the one member the question asks, when it
    is not ``value``; None otherwise.

    >>> c = "工业炸药五年累计产销量分别为2037.4万吨、2065.4万吨"
    >>> _compound_member("工业炸药五年累计销量多少万吨", "2037.4万吨", c), _compound_member("工业炸药产量多少", "2037.4万吨", c)
    ('2065.4万吨', None)
    >>> _compound_member("工业炸药产销量多少", "2037.4万吨", c) is None
    True
    """
    clause = normalise_text(clause)
    for compound, members in _COMPOUNDS.items():
        m = re.search(compound + r"[\u4e00-\u9fff]{0,3}?分别(?:为|是|达到|完成)?", clause)
        if not m or compound in question:
            continue
        asked = [k for k, w in enumerate(members) if re.search(re.escape(w) + r"(?:量|额|总额|总量|收入|值)?", question)]
        values = [v.group(0) for v in VALUE.finditer(clause, m.end()) if re.search(r"\d|[一二三四五六七八九十]", v.group(0))][:2]
        if len(asked) == 1 and len(values) == 2 and values[asked[0]] != value and value in values:
            return values[asked[0]]
    return None


def _bases_asked(question: str) -> set[int]:
    """Years the question itself gives as a comparison's base (「比1990年增长多少」: 1990 is no year asked)."""
    return set(years_in("".join(re.findall(rf"(?<!占)(?:比|较|由|从)({_YEAR})", question))))


def _other_base(question: str, before: str) -> str | None:
    """The base year printed before a change (「较2025年下降14%」) when the question asks the change from another year
    (「比2020年下降多少」); None when the question asks no base, or the clause prints none or the one asked.

    >>> _other_base("能耗要比2020年下降多少？", "全区能耗较2025年下降"), _other_base("能耗要比2025年下降多少？", "全区能耗较2025年下降")
    ('2025年', None)
    >>> _other_base("能耗要下降多少？", "全区能耗较2025年下降"), _other_base("能耗要比2020年下降多少？", "全区能耗下降")
    (None, None)
    """
    asked = _bases_asked(question)
    printed = [m.group(1) for m in BASE_YEAR_PRINTED.finditer(before)]
    if not asked or not printed or set(years_in(printed[-1])) & asked:
        return None
    return printed[-1]


#: A number and its counting word printed before the change from it (「三亿一千万块增加…」).
_BASE_FIGURE = re.compile(r"[0-9〇零一二三四五六七八九十百千万亿.,·]+[\u4e00-\u9fff]{1,2}?(?=增加|减少|提高|下降|增长|上升|降低|[，,；;。]|$)")


def _base_value(clause: str, year: int) -> str | None:
    """The value printed right after a comparison's base year (「比一九九五年的十二亿九千八百万吨」 → its 1995 value).

    >>> _base_value("原煤十四亿吨，比一九九五年的十二亿九千八百万吨增加一亿吨", 1995)
    '十二亿九千八百万吨'
    >>> _base_value("集成电路二十五亿块，比一九九五年增加二十一亿块", 1995) is None
    True
    >>> _base_value("集成电路二十五亿块,比一九九五年的三亿一千万块增加二十一亿九千万块", 1995)
    '三亿一千万块'

    """
    for m in re.finditer(rf"(?:比|较|由|从)({_YEAR})(?:底|末)?(?:的|为)", clause):
        v = VALUE.match(clause, m.end()) or _BASE_FIGURE.match(clause, m.end())
        if year in years_in(m.group(1)) and v and re.search(r"\d|[一二三四五六七八九十]", v.group(0)):
            return v.group(0)
    return None


def _base_only(clause: str, at: int, asked: set[int]) -> int | None:
    """The asked year when the clause prints it only as a comparison's base (比一九九五年的…) and the value is not the
    base's own (printed right after it): 「集成电路二十五亿块，比一九九五年的三亿一千万块增加…」 has no 1995 value in 二十五亿块.

    >>> c = "集成电路二十五亿块，比一九九五年的三亿一千万块增加二十一亿九千万块"
    >>> _base_only(c, c.find("二十五亿块"), {1995}), _base_only(c, c.find("三亿一千万块"), {1995})
    (1995, None)
    """
    norm = clause
    bases = list(re.finditer(rf"(?:比|较|由|从)({_YEAR})(?:底|末)?(?:的|为)?", norm))
    mentions = list(re.finditer(_YEAR, norm))
    if not bases or len(mentions) != len(bases):
        return None
    years = {y for m in bases for y in years_in(m.group(1))}
    if not years & asked or any(m.end() == at for m in bases):
        return None
    return next(iter(years & asked))


def _row_of_another_unit(q: str, answer: Answer) -> str | None:
    """Why an indicator answer's rows do not answer ``q``: each row's unit (in brackets after its name) a count where
    q asks an area, length or capacity, or of another kind than the unit q asks; None when a row may answer."""
    whys = []
    for item in answer.items:
        unit = _row_unit(item)
        measure = _MEASURE_NOT_COUNT.search(q)
        if unit and measure and not _COUNT_ASKED.search(q) and _BARE_COUNT.match("1" + unit):
            whys.append(f"所问的是{measure.group(0)}，该指标的单位是{unit}")
        elif unit and _other_unit(q, "1" + unit):
            whys.append(f"所问数值的单位不是该指标的单位{unit}")
        else:
            return None
    return whys[0] if whys else None


def _row_unit(item) -> str | None:
    """The unit an indicator row's name carries in brackets in its cited line (「新建消防救援站（座）」 → 座), for an
    item naming the row (no value in its label, no clause), else None."""
    if re.search(r"\d", item.label or "") or item.detail or item.citation is None or not item.label:
        return None
    m = re.search(re.escape(item.label) + r"[（(]([^（()）]{1,8})[）)]", item.citation.text or "")
    return m.group(1) if m else None


#: Kinds of printed units: a value of one kind never answers a question asking another (多少公里 answered 35千伏).
_UNIT_KINDS = (
    ("area", re.compile(r"亩|公顷|平方(?:公里|千米|米)|m²|㎡|km²")),  # before length: 平方米 holds 米
    ("length", re.compile(r"(?:公里|千米|km|米|m)(?![²³23])")),
    ("weight", re.compile(r"吨(?!标准煤)|公斤|千克")),
    ("power", re.compile(r"千瓦(?!时)|兆瓦|[kKM]W(?!h)")),
    ("voltage", re.compile(r"千伏|[kK][vV]")),
    ("money", re.compile(r"元")),
)
#: A count asked by its counting word (多少处, 几座): a length, area, weight or sum is no count.
_COUNT_ASKED = re.compile(r"(?:多少|(?<!哪)几)(?:处|座|所|家|台|张|辆|艘|项|条|个(?!百分点))")
#: The unit a question asks a figure in (「多少公里」「几台」).
_ASKED_UNIT = re.compile(r"多少(?:万|亿)?(公里|千米|米|亩|公顷|平方米|平方公里|吨|千瓦|兆瓦|千伏|元)|多长")


def _unit_kind(text: str) -> str | None:
    return next((kind for kind, unit in _UNIT_KINDS if unit.search(text)), None)


def _other_unit(question: str, value: str) -> bool:
    """Whether ``value`` is printed in a unit of another kind than the question asks (a length asked, 35千伏 given).

    >>> _other_unit("要新建多少公里10千伏高压线路", "35千伏"), _other_unit("要新建多少公里线路", "46km"), _other_unit("线路多长", "2.7km")
    (True, False, False)
    >>> _other_unit("用地多少平方米", "1200亩"), _other_unit("用地多少平方米", "2.6km")
    (False, True)
    """
    asked = _ASKED_UNIT.search(question)
    if not asked:
        return False
    kind = "length" if asked.group(0) == "多长" else _unit_kind(asked.group(1))
    given = _unit_kind(re.sub(r"^[\d.,，]+(?:万|亿)?", "", value) or "-")
    return bool(kind and given and kind != given)


#: A figure per item (「每个床位的面积」「每户…」): no total of the thing asked, unless the question asks per item.
_PER_ITEM = re.compile(r"每(?:个|户|人|张|名|位|所|家|座|套)[\u4e00-\u9fff]{0,8}$")
_PER_ASKED = re.compile(r"每|人均|户均|平均|单位")
#: A specification a number gives a thing (10千伏线路, 千吨级码头, 5万千瓦级机组): another number is another thing.
_SPEC = re.compile(r"(\d+(?:\.\d+)?)(千伏|[kK][vV]|万?吨级|万千瓦级|星级)")


def _other_spec(question: str, clause: str) -> str | None:
    """The clause's specification of the kind the question specifies, when none of the clause's is the asked one.

    >>> _other_spec("要新建多少公里10千伏高压线路", "新建线路35千伏高压28km"), _other_spec("10千伏线路多长", "10千伏线路46km")
    ('35千伏', None)
    """
    asked = {(float(n), u.lower()) for n, u in _SPEC.findall(question)}
    printed = [(float(n), u.lower(), n + u) for n, u in _SPEC.findall(clause)]
    same_kind = [p for p in printed if any(p[1] == u for _, u in asked)]
    if same_kind and not any((n, u) in asked for n, u, _ in same_kind):
        return same_kind[0][2]
    return None


#: Words between a measure and its value (达到, 也不到, 为 …).
_LINK_WORDS = re.compile(r"(?:也|将|要|已|还|仍|均|都)?(?:不到|不足|超过|达到|达|提高到|提高|降到|降至|控制在|保持在|为|是|约为|约|在)?$")


def _later_clause_owner(question: str, value: str, clause: str) -> str | None:
    """The other owner a later clause gives ``value`` to, when the asked owner is named in an earlier clause.

    「工业雷管产能利用率较低，工业炸药产能利用率也不到70%」 asked 工业雷管的产能利用率: 70% is 工业炸药's.

    >>> _later_clause_owner("工业雷管的产能利用率是多少？", "70%", "工业雷管产能利用率较低，工业炸药产能利用率也不到70%")
    '工业炸药产能利用率'
    >>> _later_clause_owner("工业炸药的产能利用率是多少？", "70%", "工业雷管产能利用率较低，工业炸药产能利用率也不到70%") is None
    True
    >>> _later_clause_owner("开发区签约项目有多少个？", "80余个", "开发区建设成效显著，累计签约项目80余个") is None
    True
    >>> _later_clause_owner("甲电厂接入容量要达到多少？", "30万千瓦", "发展甲电厂，到“十五五”期末接入容量达到30万千瓦") is None
    True
    """
    parts = re.split(r"[，,；;]", clause)
    at = next((i for i, p in enumerate(parts) if value.split("（")[0] in p), None)
    if not at:
        return None
    before = _LINK_WORDS.sub("", parts[at][: parts[at].find(value.split("（")[0])])
    head = next((before[k:] for k in range(len(before) - 2) if before[k:] in question), "")
    if len(head) < 3:
        return None
    # 累计/共计 say the count is the period's sum (「累计签约项目120余个」 asked 签约项目多少个): no other owner.
    mine = re.sub(r"^(?:力争|确保|争取|实现|推动|推进|使|让|其中|全年|每年|累计|共计|合计|总计|一共|总共|共)+", "", before[: len(before) - len(head)])
    mine = re.sub(TIME_SAID, "", mine)  # 「到“十五五”期末接入容量…」: when the figure is for, no owner
    asked = question[: question.find(head)].rstrip("的")
    if len(mine) < 2 or len(asked) < 2 or mine in question or not any(asked in p for p in parts[:at]):
        return None
    return before


def _rate_form(value: str, clause: str, *, multiples: bool = False) -> bool:
    """Whether ``value`` is printed as a rate: a percentage, 几成, N分之M, percentage points or a count per a round
    base (「22/10万」「8‰」: deaths per 100,000 births); with ``multiples`` (a growth rate) also 倍 or 番 (「翻一番」).

    >>> _rate_form("22/10万", "孕产妇死亡率降到22/10万"), _rate_form("2万吨", "危废处置项目2万吨")
    (True, False)
    """
    forms = r"成|分之|百分点|/[1-9]0*[万千百]?$|倍|番" if multiples else r"成|分之|百分点|/[1-9]0*[万千百]?$"
    return bool(_PERCENT.search(value) or re.search(forms, value) or _points(value, clause))


def _points(value: str, clause: str) -> bool:
    """Whether ``value`` counts percentage points (「提高3个和4个百分点」: 3个 is 3 points)."""
    at = clause.find(value)
    after = clause[at + len(value) : at + len(value) + 8] if at >= 0 else ""
    return after.startswith("百分点") or (value.endswith("个") and "百分点" in after)


#: A range printed whole (「2-3个百分点」「1,680万一1,785万吨」「5～8km」): both ends, the unit after the second.
#: (each end may print its own %: 「占比达到25%-30%」)
_RANGE = re.compile(r"[\d.,，]+(?:万|亿)?[%‰]?\s*(?:一|-|—|－|～|~|至|到)\s*[\d.,，]+(?:万|亿)?")
#: The unit printed after a range's second end.
_RANGE_UNIT = re.compile(r"\s*(?:个百分点|百分点|个月|[%‰]|[A-Za-z/³²]+|[个所座条项家处台辆户人亩吨元米口套张块株艘]|万?(?:千瓦|公里|平方米|吨|元|人|亩))")


#: A range in Chinese numerals (「一千零五十万吨到一千二百万吨」「七千二百亿斤到七千五百亿斤」「百分之五到百分之七」):
#: the first end may repeat the unit of the second, which must then be the same.
_CN_UNIT = r"(?:个百分点|百分点|公斤|千瓦|公里|平方米|[斤担吨元亩人个所座条项家处台辆户米度倍头匹])"
_CN_NUMBER = r"(?:百分之)?(?:[〇零一二三四五六七八九十百千两]+(?:万|亿)*)+"
_RANGE_CN = re.compile(rf"{_CN_NUMBER}(?P<u>{_CN_UNIT})?\s*(?:到|至|-|—|－|～|~)\s*{_CN_NUMBER}(?P<v>{_CN_UNIT})?")


def _range_whole(clause: str, at: int, value: str) -> str | None:
    """The range printed around the value at ``at`` in ``clause``, both ends and its unit (「中西部提高2-3个百分点」,
    value 3个百分点 → 2-3个百分点; 「达到一千零五十万吨到一千二百万吨」 whole); None when no range with a unit holds it.

    >>> _range_whole("中西部省份提高2-3个百分点", 9, "3个百分点"), _range_whole("东移2-3km", 2, "2")
    ('2-3个百分点', '2-3km')
    >>> _range_whole("推动创新与产业投资占比达到25%-30%", 14, "25%")
    '25%-30%'
    >>> _range_whole("计划达到一千零五十万吨到一千二百万吨", 4, "一千零五十万吨"), _range_whole("应有四亿吨至四亿五千万吨", 2, "四亿吨")
    ('一千零五十万吨到一千二百万吨', '四亿吨至四亿五千万吨')
    """
    for m in _RANGE.finditer(clause):
        if m.start() <= at < m.end():
            unit = _RANGE_UNIT.match(clause, m.end())
            return clause[m.start() : unit.end()].strip() if unit else None
    for m in _RANGE_CN.finditer(clause):
        if m.start() <= at < m.end():
            same = m.group("v") and (not m.group("u") or m.group("u") == m.group("v"))
            percent = m.group(0).startswith("百分之") and not m.group("u") and not m.group("v")
            return m.group(0).strip() if same or percent else None
    return None



#: A thing a clause leaves out of its figure (「口袋公园以外的绿地8处」, 「除中心城区外」): the words before 以外/之外/外.
_LEFT_OUT = re.compile(r"除?([\u4e00-\u9fff]{2,8}?)(?:以外|之外)|除([\u4e00-\u9fff]{2,8}?)外")


def _excluded_asked(question: str, clause: str) -> tuple[str, str] | None:
    """(the asked thing ``clause`` leaves out of its figure, what the figure is of), or None — a figure of what lies
    outside X is never X's.

    >>> _excluded_asked("口袋公园新增了多少个", "共建成口袋公园以外的绿地8处")
    ('口袋公园', '绿地')
    >>> _excluded_asked("口袋公园以外的绿地建成多少处", "共建成口袋公园以外的绿地8处"), _excluded_asked("绿地建成多少处", "共建成口袋公园以外的绿地8处")
    (None, None)
    >>> _excluded_asked("农村公路新建多少公里", "除中心城区外，新建农村公路300公里")
    """
    if re.search(r"以外|之外|除", question):
        return None  # the question leaves the same thing out
    for m in _LEFT_OUT.finditer(clause):
        words = m.group(1) or m.group(2)
        for k in range(len(words) - 1):
            if words[k:] in question:
                value = VALUE.search(clause, m.end())
                what = clause[m.end():value.start() if value else len(clause)].lstrip("的，,")
                return words[k:], what[:12]
    return None

def _refused(answer: Answer, why: str) -> Answer:
    return Answer(answer.question, f"规划中未能确定所问的数值（{why}）。以下段落可能相关，仅供参考。", False,
                  citations=answer.citations, kind="fact")
