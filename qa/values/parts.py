"""The parts of a question asking several figures, each a question of its own.

「电子信息产业园规划开发多少亩？一期投多少钱？」 asks two figures of one owner;
「水稻和油菜的耕种收机械化水平分别要到多少？」 one measure of two owners paired in order;
「钢产量一九八〇年和一九八五年的目标分别是多少？」 one measure in two years;
「氯化稀土一年产多少？初级核燃料呢？」 a second part that says only its subject. Each part is
written out in full (the owner, year and question words it shares with the others given to it)
so that it is answered and verified alone by the one-figure answerers, and never takes a
neighbouring part's figure: what is verified for one part is said for that part only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..answer import Answer, Citation, with_item_citations
from ..index.kb import normalise_text
from ..index.bm25 import tokenize
from ..followup import drop_deixis
from ..question.ngrams import bigrams
from ..question.intent import parse_cn_number
from ..question.frame import MEASURE_HEAD, MEASURE_UNITS, PERIOD_NUMERAL, PERIOD_TEXT, YEAR_TEXT, parse_frame, spoken_attributes, spoken_measures, years_in
from ..question.intent import ATTRIBUTE_CUES, classify_intent
from .prose import expand_ordinals, values_in
from ..checks.ownership import split_run_together
from .siblings import attribute_beside, sibling_figure
from .coprinted import coprinted_answers
from .summed import joined_runs
from .grades import asks_grade
from .within import ratio_after, share_within
from .runmembers import said_of_each
from ..enumerations.members import MEMBERS_ASKED, asks_members, members_named
from ..vocabulary import ASKS_FIGURE, JOINER_WORDS

__all__ = ["Part", "figure_parts", "join_figures", "answer_parts"]

#: How names of institutions and sites end (福利中心, 光荣院, 污水处理厂): a tail so ending is a name's head, while one
#: such as 年出栏 or 种植面积 is a measure the parts share (「生猪和肉牛年出栏」).
_PLACE_OF_WORK = re.compile(r"(?:中心|院|馆|站|所|局|园|场|厂|基地|公司|学校|医院|委员会|办公室)$")
_YEAR = YEAR_TEXT
#: Several years of one measure (「1980年和1985年」「一九八〇年、一九八五年」).
_YEAR_RUN = re.compile(rf"{_YEAR}(?:(?:以及|和|与|及|、){_YEAR})+")
#: Several five-year periods (「“五五”和“六五”」「十四五和十五五」).
# A stage said with its period (「十三五初期」「“十三五”收关期」) is one time: a follow-up asking it replaces the earlier time whole.
_PERIOD = PERIOD_TEXT + r"(?:期间|时期|初期|中期|末期|期末|收关期|收官期|末)?"
_PERIOD_RUN = re.compile(rf"{_PERIOD}(?:(?:以及|和|与|及|、){_PERIOD})+")
#: A year and a period of one measure, each with what is asked of it (「今年目标和“十五五”目标」「“十五五”强度目标和今年的
#: 增长目标」): each time its own part, its own words kept.
_TIME = rf"(?:{_YEAR}|{_PERIOD})"
_MIXED_TIME_RUN = re.compile(rf"{_TIME}(?:的)?[\u4e00-\u9fff]{{0,4}}?目标(?:值)?(?:(?:以及|和|与|及|、){_TIME}(?:的)?[\u4e00-\u9fff]{{0,4}}?目标(?:值)?)+")
#: 分别/各: the enumerated parts each have a figure; left out when each is asked alone.
_DISTRIBUTIVE = r"分别|各自|各(?![种类地级项个部族界方])"
# What a share part (占B) says after it: 的比例 / 比重 / 份额 — its own, not the parts' before it.
_SHARE_TAIL = re.compile(r"^的?(?:比例|比重|份额|占比)|(?:比例|比重|份额)$")
# A count's word after what is counted (高技能人才总量): a share part is of the things counted, not of the count.
_COUNT_WORD = re.compile(r"(?<=..)(?:总量|总数|数量|人数)$")
#: Where a sentence's asking starts: what comes before its first 分别/各/多少 is what it asks about.
_ASK_START = re.compile(rf"(?:{_DISTRIBUTIVE}|多少|几|有?多[大长宽高深重]|百分之几)")
#: Words between what is asked about and the question word that no enumerated part owns.
_PREDICATE_TAIL = re.compile(r"(?:是|为|有|要|将|能|可以?|会|一共|总共|共|大约|大概|约|的目标值?|目标值?|实际|年均|平均每年|每年|平均|"
                             r"达到|提高到|提升到|增加到|降到|降低到|下降到|搞到|做到|到|超过|计划|规划)+$")
#: Question words left out of a part's name (「建成后能提供多少个就业岗位」 → 建成后能提供就业岗位).
_ASKING = re.compile(r"(?:是|为|有)?(?:多少|几)(?:" + "|".join(sorted(MEASURE_UNITS, key=len, reverse=True)) + r")?|有?多[大长宽高深重]|[吗呢？?]")
#: A sum or a comparison of the enumerated things (「干线和支线一共多少公里」「A和B相比」): one figure, not one each.
_ASKS_WHOLE = re.compile(r"一共|总共|合计|共计|总计|加起来|总数|总和|累计|相比|比较|差距|之比|相差|差多少")
#: What an earlier part asks of its measure that a follow-up measure asks too: a sum over a span, a yearly rate.
_CARRIED_ASPECT = re.compile(r"(?:[五十]年)?(?:累计|合计)|年均(?:增长|增速)")
#: A span of years opening a part's name (「2011至2015年利润总额」 is named 利润总额).
_LABEL_YEARS = re.compile(r"^(?:19|20)\d\d年?(?:(?:至|到|-|—|－)(?:19|20)\d\d年?)?")
#: A verb of building ending a part's name (「菜篮子生产基地要建几个」 is named 菜篮子生产基地).
_LABEL_VERB = re.compile(r"(?<=..)(?:要|将|计划|拟)?(?:新建|建设|建成|修建|建)$")
#: A comparison base said in a clause of its own before what is asked (「与上一个五年相比，」「跟2015年比，」).
_BASE_CLAUSE = re.compile(r"^(?:与|跟|和|同|较)[^，,]{1,12}(?:相比|比较|比)[，,]")
#: An aspect of a measure, no measure of its own (年均增长, 比重, 目标值).
_ASPECT_ONLY = re.compile(r"^(?:年均|平均每年|每年)?(?:增长率?|增速|增幅|提高|下降)$|^(?:所占)?(?:比重|占比|比例)$|^(?:目标|基期|基数)值?$|^属性$")
#: A count restating an enumeration (「A、B两个园区的产值」「三种作物」): no part of the last thing's name.
_COUNTED = re.compile(r"(?<=[\u4e00-\u9fff])[两二三四五六七八九十]+(?:个|座|条|家|所|项|种|类)"
                      r"(?:园区|项目|工程|作物|产品|产业|企业|地方|城市|指标|水库|灌区)?(?=的|[\u4e00-\u9fff]{2})")
#: A run counted with its kind (「梁山岐、富家桥两个风电场和大唐二期」「A、B两个产业园产值」): each member is of the kind.
_COUNTED_KIND_RUN = re.compile(r"(?P<run>[\u4e00-\u9fff]{2,12}?(?:、[\u4e00-\u9fff]{2,12}?)+)"
                               r"(?P<n>[两二三四五六七八九十]+)(?:个|座|条|家|所|项|种|类)"
                               r"(?P<kind>[\u4e00-\u9fff]{0,3}(?:产业园|园区|园|风电场|电站|场|站|水库|库|学校|医院|厂|中心|基地|项目|工程|小区|片区))")


def _each_of_kind(m: re.Match) -> str:
    """「A、B两个风电场」 → 「A风电场、B风电场」 when the count is the run's own; else the text unchanged."""
    members = m.group("run").split("、")
    if len(members) != parse_cn_number(m.group("n")):
        return m.group(0)
    kind = m.group("kind")
    return "、".join(x if x.endswith(kind) else x + kind for x in members)


#: A part with no subject of its own: an aspect of the earlier part's measure (年均增速, 比重) or its share (占…).
_SUBJECTLESS = re.compile(r"^(?:其|它的|它)?(?:(?:年均|平均每年|每年)(?:增长率?|增速|增幅|涨幅|上涨|涨了?)|增长率|增速|增幅|涨幅|(?:所占)?(?:比重|占比|比例)|占"
                          r"|(?:平均每年|每年平均|年均)$"
                          r"|(?:要|将|计划)?(?:比|较)|(?:要|将|能|可以?)?(?:提高|提升|增长|增加|降低|下降|减少)"
                          # 「…定的目标是多少？实际到了多少？」「实际年均增长多少？当初规划定的呢？」: the other side of the same measure
                          r"|实际|实现了?|当初|原定|原先)")
#: A rise said in speech (涨了, 上涨, 涨幅), printed as 增长.
_SPOKEN_RISE = re.compile(r"上涨|涨幅|涨了?")
#: A year or five-year period opening a part (「十四五年均增速定的多少」): no subject of its own.
#: 「按纲要的水平算，」「按照计划计算，」: a reckoning said before what is asked (and the expectation 应该 with it).
_RECKONED_AS = re.compile(r"^按照?[^，,]{2,12}?(?:来)?算[，,]?|应该|应当")
_LEAD_TIME = re.compile(r"^(?:到|至|在)?(?:" + _YEAR + "|" + _PERIOD + ")")
#: Words of a part that ask nothing of the thing it names (a year, a verb, 的).
_NOT_ASKED = re.compile(r"一共|总共|总计|合计|(?:到|至|在)?" + _YEAR + rf"|[“”\"]?(?:{PERIOD_NUMERAL})五[”\"]?|的|是|为|有|要|将|能|达到|到|[，,]"
                        # 「二五打算提到多少」「59年实际是多少」: what the speaker expects or contrasts, the level asked again
                        r"|打算|准备|应该|应当|争取|实际上?|大概|大约|(?:提高|提升|提|降低|下降|降|增加|增长|减少)(?:到|至)"
                        # 「…去年多少，“十五五”要超过多少」: a bound the level is to pass, the level asked again
                        r"|超过|突破|超")
#: A pointer at the span the earlier part's time ends (「…“十三五”末…？那五年年均增长多少？」「这期间」「同期」).
_SPAN_POINTER = re.compile(r"^(?:(?:这|那|此)(?:个)?(?:五年|几年|期间|段时间|个时期)|同期|期间)(?:里|内|中|间)?")


def _span_of(text: str) -> str:
    """The five-year period ``text`` dates its figure by, said as its span (「“十三五”末…」 → 「“十三五”期间」); empty
    when it names none (the pointer then asks what the earlier part's sentence prints).

    >>> _span_of("“十三五”末地区生产总值到了多少"), _span_of("2020年地区生产总值是多少")
    ('“十三五”期间', '')
    """
    period = re.search(PERIOD_TEXT, text)
    return period.group(0) + "期间" if period else ""


#: 「已经…了」: a level already reached, asked of a time — words the plan never prints around its figure.
_REACHED = re.compile(r"已经|已(?=有|达|是|到)|了(?=$)")
#: A counting word right after the question word ending a part (「多少幢」), what it counts said before.
_COUNTER_ASKED = re.compile(r"(?:(?<=多少)|(?<=几))[\u4e00-\u9fff]$")
#: The subject of a one-measure clause ends where its predicate starts (「氯化稀土一年产多少」: 氯化稀土).
# 大概/大约 hedge the figure asked (「建筑面积大概多大」): the predicate's, never part of the subject's name.
_PREDICATE = re.compile(r"(?:到|至|在)?" + _YEAR + r"|一年|每年|年均|年产|平均|分别|要|将|能|可以?|计划|预计|是|有|为|达到|大概|大约|"
                        r"提高|降低|减少|增加|增长|产|投|建|实现|超过|大于|不低于|的|多少|几|有?多[大长宽高深]")
#: Sectors said by their ordinals without 第 (「一、二、三产业」), as questions do.
_SECTORS = re.compile(r"(?<![第一二三四五六七八九十、和及])([一二三](?:[、和及][一二三])+产业)")
#: The unit a part asks in, printed after its measure by the frame (「货物周转量要达到多少万吨公里」: 货物周转量).
_UNIT_ASKED = re.compile(r"(?<=..)(?:(?:万|亿)(?:" + "|".join(sorted(MEASURE_UNITS, key=len, reverse=True)) + r")?|"
                         + "|".join(sorted((u for u in MEASURE_UNITS if len(u) >= 2), key=len, reverse=True)) + r")$")
#: The unit after a question word (「多少公里」「几台」), which counts the noun it was asked of.
_UNIT_AFTER_ASKING = re.compile(r"(多少|几)(?:万|亿)?(?:" + "|".join(sorted(MEASURE_UNITS, key=len, reverse=True)) + r")$")
#: A noun counted after the question word (「有多少个教学班」: 教学班).
_COUNTED_NOUN = re.compile(r"((?:多少|几)(?:万|亿)?[个座条家所项张台辆名处套户])([\u4e00-\u9fff]{2,8})$")
#: A spoken pointer at a place after its name (「零陵这边」).
_HERE = re.compile(r"(?<=[\u4e00-\u9fff])(?:这边|那边|这块|那块|这儿|那儿)")
#: A pointer at a thing named inside a container (「滨江新城路网里那个阳明大道延伸段」): no word the plan prints.
_INSIDE_THAT = re.compile(r"(?<=[里中内])(?:那|这)个(?=[\u4e00-\u9fff]{2})")
#: 「规划要求道路装灯率和亮灯率各达到多少」: the asker saying who sets the figures (the plan) before what is asked — no
#: word of the first part's name, which would then be asked as 「规划要求道路装灯率」 and never found as printed.
_PLAN_SAYS = re.compile(r"(?:^|(?<=[，,]))(?:本|这个|这份)?(?:规划|纲要)(?:里|中|上)?(?:要求|提出|明确|规定|提到|写明|说)(?:了|的|要)?"
                        r"(?=[\u4e00-\u9fff]{2})")
#: A question word that is a measure itself (「香零山路要修多长」 asks its 长度).
_DIMENSION = re.compile(r"多[长宽高深重大]")
#: A stage of a five-year period (初期, 收关期 …), which a follow-up may ask instead of the earlier part's.
_STAGE = re.compile(r"初期|中期|末期|期末|收关期|收官期|前期|后期")
#: 又 opening a later part's predicate (「…又是多少个」「…又要续建多长」「专栏里…又说要建多少亩」): it says the
#: part follows another, no word the plan prints.
_AGAIN = re.compile(r"(?<=[\u4e00-\u9fff])又(?:说(?=要|是|有|将|建))?(?=是|说|要|有|将|能|多少|几|计划|续建|新建|建|该|需|达到|提高|增加)")
#: A part that names only its subject (「初级核燃料呢？」「那油菜呢」).
_ELLIPTICAL = re.compile(r"^(?:那么?|还有|以及|另外)?(?P<noun>[^，,。？?；;]{2,20}?)(?:的)?呢$")


@dataclass(frozen=True)
class Part:
    """One figure a question asks: ``text`` the part as a question of its own, ``label`` how an answer names it."""

    text: str
    label: str


@dataclass(frozen=True)
class _Clause:
    """A sentence's figure question read as ``before`` + ``subject`` + ``after`` (the subject one enumerated part)."""

    before: str
    subject: str
    after: str
    #: How an answer names the part (the subject of an enumerated part; a one-figure sentence without its question words).
    label: str = ""
    #: A follow-up noun put in its sibling's place (「水果…？水产品呢？」): it names its own thing, no earlier part's.
    sibling: bool = False

    @property
    def text(self) -> str:
        return self.before + self.subject + self.after


#: A 、 before a second question word (「有多长、多宽」「多少户、多少人」): two figures asked in one run.
_ASKS_RUN = re.compile(r"、(?=有?(?:多少|几|多[长宽高深重大]))")


def _asked_run(sentence: str) -> str:
    """``sentence`` with each question word of a 、-run of them asked with the words before the first, a comma
    between (the words after the last stay with it).

    >>> _asked_run("阳明路有多长、多宽"), _asked_run("十三五一共脱贫了多少户、多少人")
    ('阳明路有多长，阳明路有多宽', '十三五一共脱贫了多少户，十三五一共脱贫了多少人')
    """
    first, *rest = _ASKS_RUN.split(sentence)
    ask = ASKS_FIGURE.search(first)
    if not rest or not ask:
        return sentence
    lead = first[: ask.start()]
    lead = lead[:-1] if lead.endswith("有") else lead  # 「有多长、有多宽」: the 有 is the part's own
    return "，".join([first] + [lead + (p if p.startswith("有") else ("有" if first[ask.start()] == "有" else "") + p)
                                for p in rest])


def _sentences(question: str) -> list[str]:
    """The question's sentences; a comma ends one too when both sides ask (「…多少人，GDP年均增长多少」), and a 、
    before a second question word (「多长、多宽」) or between two asking parts (「出列了多少个贫困村、脱贫多少人」)."""
    out = []
    for s in re.split(r"[？?；;！!。]", split_run_together(question)):
        s = _asked_run(s.strip(" ，,"))
        if not s:
            continue
        # (「出列了多少个贫困村、脱贫多少人」: a 、 between two parts each asking with words of its own ends one too;
        # the 、 of 「A、B分别是多少」 has no question word before it and stays)
        pieces = re.split(r"([，,]|、(?=[\u4e00-\u9fff]{1,6}?(?:多少|几)))", s)
        current = ""
        for piece, mark in zip(pieces[::2], ["，"] + pieces[1::2]):
            if current and ASKS_FIGURE.search(current) and (ASKS_FIGURE.search(piece) or _ELLIPTICAL.match(piece)
                                                            or asks_members(piece)):
                out.append(current)
                current = piece
            else:
                current = f"{current}{mark if mark == '、' else '，'}{piece}" if current else piece
        out.append(current)
    return [s for s in out if s]


def _enumerated(sentence: str, named: Callable[[str], str | None]) -> list[_Clause] | None:
    """「A和B的X分别是多少」 → one clause per enumerated part, in order; None when the sentence enumerates nothing."""
    for run in (_MIXED_TIME_RUN, _YEAR_RUN, _PERIOD_RUN):
        if m := run.search(sentence):
            items = [i for i in JOINER_WORDS.split(m.group(0)) if i]
            return [_Clause(sentence[: m.start()], i, re.sub(_DISTRIBUTIVE, "", sentence[m.end():])) for i in items]
    sentence = _COUNTED_KIND_RUN.sub(_each_of_kind, sentence)  # 「A、B两个风电场和C」: A风电场、B风电场和C
    sentence = _COUNTED.sub("", sentence)  # 「A、B两个园区的产值」: the count restates the enumeration
    ask = _ASK_START.search(sentence)
    if not ask:
        return None
    head = sentence[: ask.start()]
    core = _PREDICATE_TAIL.sub("", head)
    joins = list(JOINER_WORDS.finditer(core))
    if not joins:
        return None
    mention = named(sentence) or ""
    at = sentence.find(mention) if mention else -1
    # A name holding 和 (「人和三路」「城乡建设和管理局」) is one thing, not two.
    joins = [j for j in joins if not (at >= 0 and at <= j.start() < at + len(mention))]
    joins = [j for k, j in enumerate(joins)
             if not _inside_name(core[: joins[k + 1].start() if k + 1 < len(joins) else len(core)], joins[k - 1].end() if k else 0, j, named)]
    if not joins:
        return None
    first, last = joins[0], joins[-1]
    # 「公园24小时开放的比例、开放草坪的城市公园比例」: parts each a whole measure (a 的 of its own inside the last)
    # are asked whole; cut at the last part's 的, a part would be 「开放草坪」 and the first 「比例」 (a share, 占…的比例,
    # is of the part before it: read below).
    lead = max((m.end() for m in re.finditer(r"[，,：:]", core[: first.start()])), default=0)
    whole = [core[lead : first.start()]] + [core[a.end() : b.start()] for a, b in zip(joins, joins[1:])] + [core[last.end():].rstrip("，,")]
    if "的" in whole[-1] and all(len(w) >= 3 and MEASURE_HEAD.search(w) and "占" not in w for w in whole) \
            and not MEASURE_HEAD.search(whole[-1].split("的")[0]):
        after = re.sub(_DISTRIBUTIVE, "", core[len(core.rstrip("，,")):] + head[len(core):] + sentence[ask.start():])
        return [_Clause(sentence[:lead], w, after) for w in whole]
    end = len(core)
    # The last part ends at 的, a year or a comma (「乙烯和合成橡胶的产量」「蔬菜、水果、水产品到2025年的总产量」「A和B，三年
    # 分别要完成多少」: what follows the comma is every part's).
    if stop := re.search(r"的|[，,]|(?:到|至|在)?" + _YEAR, core[last.end():]):
        end = last.end() + stop.start()
    # The first part starts after a comma, a 的 or a year before it (「综合保税仓库的建筑面积和…」「到2025年水稻和…」).
    starts = [m.end() for m in re.finditer(r"[，,：:]|的|(?:到|至|在)?" + _YEAR + "|" + _PERIOD, core[: first.start()])]
    start = max(starts, default=0)
    items = [core[start : first.start()]] + [core[a.end() : b.start()] for a, b in zip(joins, joins[1:])] + [core[last.end() : end]]
    if any(len(i) < 2 for i in items) or any(_ASPECT_ONLY.match(i) for i in items[1:]):
        return None  # 「…比重和年均增长」: what the later part is of is no part's own word
    if (word := re.fullmatch(r"第[一二三四五六七八九十]([\u4e00-\u9fff]{2})", items[0])) and all(
            re.fullmatch(r"第[一二三四五六七八九十]" + word.group(1), i) for i in items[1:-1]) \
            and items[-1][2:4] == word.group(1) and len(items[-1]) > 4:
        # 「第一产业、第二产业和第三产业从业人员占…」: the ordinals share what follows the last one's name.
        items = [i + items[-1][4:] for i in items[:-1]] + [items[-1]]
    if (share := items[0].find("占")) > 0:
        # 「A的税收占B和占C的比重」: a later part said from its 占 on shares what the first says before it (税收)
        items = items[:1] + [items[0][:share] + i if i.startswith("占") else i for i in items[1:]]
    last_named = named(items[-1]) or ""
    # the last name as the question says it: whole, or short of its printed tail (…服务中心 of …服务中心搬迁)
    said = next((k for k, (a, b) in enumerate(zip(items[-1], last_named)) if a != b), min(len(items[-1]), len(last_named)))
    first_named = named(items[0]) or ""
    if end == len(core) and last_named and (said == len(last_named) or (said >= 4 and _complete(items[-1][said:]))) \
            and len(items[-1]) > said + 1 and (first_named == items[0] or (first_named.startswith(items[0]) and len(items[0]) >= 4)):
        # 「A产业园和B产业园产值各是多少」: named things sharing the measure after the last one's name — each said whole or
        # short of its tail (「妇幼保健及计划生育服务中心和光荣院」: …服务中心搬迁项目).
        items = [i + items[-1][said:] for i in items[:-1]] + [items[-1]]
    elif end == len(core) and len(items[0]) <= 4 and not (mention and items[-1].startswith(mention)) and not _complete(items[0]):
        # 「货物贸易和服务贸易进出口总额」「油茶和中药材种植面积」: the parts before the last share its measure — a
        # named one too, after the last part's own word (「城镇和农村居民人均可支配收入」: 居民人均可支配收入).
        # A head that is part of a name (服务中心 of a last part the plan prints whole, 妇幼保健及计划生育服务中心; or no
        # measure, after a thing the plan names, 光荣院) is shared only with a part the plan prints with it: 「光荣院和
        # …服务中心」「光荣院和儿童福利中心」 ask of 光荣院, never an invented 光荣院服务中心 or 光荣院福利中心.
        tail = _shared_tail(items[0], items[-1])
        name_head = (named(items[-1]) or "").startswith(items[-1]) or (
            not _complete(tail) and not _asks_measure(tail) and _PLACE_OF_WORK.search(tail)
            and (named(items[0]) or "").startswith(items[0]))
        if tail and not (name_head and not all(_complete(i) or (named(i + tail) or "").startswith(i + tail)
                                               for i in items[:-1])):
            # (a part ending in the tail already says it: 「重点商圈和特色商圈」, never 重点商圈商圈)
            items = [i if _complete(i) or i.endswith(tail) else i + tail for i in items[:-1]] + [items[-1]]
    before, after = sentence[:start], re.sub(_DISTRIBUTIVE, "", core[end:] + head[len(core):] + sentence[ask.start():])
    if len(items) == 2 and "占" in items[1] and "占" not in items[0] and _complete(items[0]) \
            and (_SHARE_TAIL.match(core[end:]) or _SHARE_TAIL.search(items[1][items[1].find("占"):])):
        # 「高技能人才总量和占技能人才的比例分别要达到多少」: the share (的比例) is the 占 part's own; the first part is a
        # level with its own measure (总量), never 「总量的比例」. A part said from its 占 on is a share of the first
        # part's thing: of its people for a count (高技能人才总量 → 高技能人才), else of the level itself (进出口总额).
        subject = _COUNT_WORD.sub("", items[0]) or items[0]
        share = subject + items[1] if items[1].startswith("占") else items[1]
        return [_Clause(before, items[0], re.sub(_DISTRIBUTIVE, "", head[len(core):] + sentence[ask.start():])),
                _Clause(before, share, after)]
    return [_Clause(before, i, after) for i in items]


def _inside_name(core: str, start: int, join: re.Match, named: Callable[[str], str | None]) -> bool:
    """Whether ``join`` is inside a name the plan prints, read from ``start`` (the end of the join before it) to the
    end of ``core`` (the join after it): the name linked there is printed on, as the question says it, to four characters past the join at least
    (「光荣院和妇幼保健及计划生育服务中心」: 及 is in 妇幼保健及计划生育服务中心, no join of two parts).

    >>> _inside_name("光荣院和妇幼保健及计划生育服务中心", 4, re.search("及", "光荣院和妇幼保健及计划生育服务中心"),
    ...              lambda t: "妇幼保健及计划生育服务中心搬迁" if "妇幼" in t else None)
    True
    """
    segment = core[start:]
    mention = named(segment) or ""
    at = segment.find(mention[:2]) if len(mention) >= 2 else -1
    if at < 0:
        return False
    printed = next((k for k, (a, b) in enumerate(zip(segment[at:], mention)) if a != b), min(len(segment) - at, len(mention)))
    offset = join.start() - start
    return at <= offset and at + printed >= join.end() - start + 4


def _complete(item: str) -> bool:
    """Whether an enumerated part names a measure of its own (森林覆盖率, 总投资, 用地), sharing no later part's."""
    return bool(MEASURE_HEAD.search(item)) or item in ATTRIBUTE_CUES


def _measure_asked(text: str) -> str:
    """How an answer names a one-figure part: the measure its frame reads (「到2025年产值要搞到多少」: 产值;
    「要修多长」: 长度, the verb before it no part of it)."""
    text = spoken_measures(text)  # 「能灌多少亩」 is named as printed: 灌溉面积
    measures = parse_frame(text, classify_intent(text)).measures
    measure = measures[0] if measures and len(measures[0]) >= 2 else _ASKING.sub("", text) or text
    # 「GDP的2020年基数是多少亿」: the aspect and the unit asked are no part of the measure's name (GDP).
    measure = re.sub(r"(?<=..)(?:基数|基期值?|目标值?|属性)$", "", _UNIT_ASKED.sub("", measure))
    dimension = _DIMENSION.search(text) and re.search(r"[长宽高深]度$", measure)
    return dimension.group(0) if dimension else measure


def _shared_tail(first: str, last: str) -> str:
    """The measure the last enumerated part carries for all (「中药材种植面积」 after 「油茶」: 种植面积): what follows the
    word boundary nearest the first part's length; '' when too little is left to be a measure.

    >>> _shared_tail("油茶", "中药材种植面积"), _shared_tail("货物贸易", "服务贸易进出口总额"), _shared_tail("大豆", "玉米耕种收机械化水平")
    ('种植面积', '进出口总额', '耕种收机械化水平')
    """
    # jieba's search mode gives a long word after the words inside it (中药, 药材, 中药材): a boundary inside a word is
    # none, unless the word is two words joined there right where the first part's length puts the parallel member's
    # end (城镇 beside 农村居民: 农村 + 居民; 中药材 is no 中药 + 材; 渠道长度 beside 灌溉面积 puts it after 面积).
    spans = {(at, at + len(w)) for w in tokenize(last) if (at := last.find(w)) >= 0}
    longest = [(a, b) for a, b in spans if not any((c, d) != (a, b) and c <= a and b <= d for c, d in spans)]

    def inside(e: int) -> bool:
        def joined(a: int, b: int) -> bool:
            return e == len(first) and {(a, e), (e, b)} <= spans and min(e - a, b - e) >= 2
        return any(a < e < b and not joined(a, b) for a, b in longest)

    bounds = sorted({e for _, e in spans if not inside(e)})
    b = min((b for b in bounds if b < len(last) - 1), key=lambda b: (abs(b - len(first)), b), default=0)
    return last[b:] if b else ""


def _sibling_swapped(prev: _Clause, noun: str, owner: str | None) -> str | None:
    """The earlier part asked of ``noun`` in its sibling's place, or None when ``noun`` is no sibling of a thing it names.

    After a part asking a measure of a named thing (「水果产量目标多少」), a bare noun is another such thing
    (水产品): it takes the thing's place. With nothing named, a word of the same length and the same last two
    characters (第三产业 → 第一产业) is the sibling replaced. A part asking about a product of a work
    (「氯化稀土一年产多少」) is left to the caller: its noun is another product.

    >>> _sibling_swapped(_Clause("水果", "产量目标", "多少"), "水产品", "水果")
    '水产品产量目标多少'
    >>> _sibling_swapped(_Clause("", "十三五收关期第三", "产业占比多少"), "第一产业", None)
    '十三五收关期第一产业占比多少'
    >>> _sibling_swapped(_Clause("新材料园，", "氯化稀土", "一年产多少"), "初级核燃料", "新材料园") is None
    True
    """
    text = prev.text
    if owner:
        return text.replace(owner, noun, 1) if _asks_measure(prev.subject) and owner not in noun else None
    if len(noun) >= 3:
        for at in range(len(text) - len(noun), -1, -1):
            piece = text[at : at + len(noun)]
            if piece != noun and piece[-2:] == noun[-2:]:
                return text[:at] + noun + text[at + len(noun):]
    return None


#: The regions plans set figures for apart (东部/中西部 省份, 东北地区): one said alone stands for another's place.
_REGION = re.compile(r"(?<![中东西南北])(?:中西部|东中部|东北部|东部|中部|西部|东北|西南|西北|东南|沿海|内陆)(?=省份|地区|省|$)")


def _kin_swapped(text: str, noun: str) -> str | None:
    """``text`` with the word ending as ``noun`` ends (its last two characters, starting at a word boundary at most one
    character before ``noun``'s length) replaced by ``noun``; None when no such word is printed.

    >>> _kin_swapped("东部省份高技能人才占比要到多少", "中西部省份"), _kin_swapped("森林覆盖率要到多少", "中西部省份")
    ('中西部省份高技能人才占比要到多少', None)
    >>> _kin_swapped("2005年第一产业增加值占GDP比重是多少", "第三产业")
    '2005年第三产业增加值占GDP比重是多少'
    >>> _kin_swapped("东部省份高技能人才占比要到多少", "中西部")  # a region said alone
    '中西部省份高技能人才占比要到多少'
    """
    if _REGION.fullmatch(noun) and len(said := _REGION.findall(text)) == 1 and said[0] != noun:
        # 「东部省份…？中西部呢？」: a region said alone takes the region's place (its 省份/地区 as printed kept)
        return re.sub(_REGION, noun, text, count=1)
    tail = noun[-2:]
    at = text.find(tail)
    if len(noun) < 3 or at < 0 or tail in text[at + 2:]:
        return None
    end = at + 2
    starts = {0} | {m.end() for m in re.finditer(r"[，,的在到年]", text[:end])}
    starts |= {b for w in tokenize(text) if (b := text.find(w)) >= 0}
    # the start making a word as long as ``noun`` first (「2005年第一产业」: 第一产业, never 年第一产业)
    s = min((s for s in starts if end - len(noun) - 1 <= s <= at - 1), key=lambda s: (abs(end - s - len(noun)), s), default=None)
    return None if s is None or text[s:end] == noun else text[:s] + noun + text[end:]


def _grown_word(text: str, noun: str) -> str | None:
    """``text`` with the longest start of ``noun`` it prints (two characters at least, not ``noun`` itself) grown into
    ``noun``; None when it prints none or prints ``noun`` already.

    >>> _grown_word("炸药1.1级工房操作人员要控制在几人以下", "炸药制品"), _grown_word("森林覆盖率要到多少", "中西部")
    ('炸药制品1.1级工房操作人员要控制在几人以下', None)
    """
    if noun in text or _asks_measure(noun):
        return None
    for k in range(len(noun) - 1, 1, -1):
        if (at := text.find(noun[:k])) >= 0 and text.count(noun[:k]) == 1:
            return text[:at] + noun + text[at + k:]
    return None


#: A follow-up naming its own time (「合作化以前富裕中农呢」): the earlier part's year is not its.
_OWN_TIME = re.compile(r"以前|以后|之前|之后|时期|期间|时候|[0-9〇零一二三四五六七八九]年")


def _inside_container(text: str, owner: str, named: Callable[[str], str | None]) -> str | None:
    """The thing ``text`` names inside ``owner`` when ``owner`` is said as its container (「零陵灌区工程里双牌灌区支渠…」
    → 双牌灌区), else None.

    >>> _inside_container("零陵灌区工程里双牌灌区支渠灌溉面积多少", "零陵灌区工程", lambda t: "双牌灌区" if "双牌灌区" in t else None)
    '双牌灌区'
    >>> _inside_container("双牌灌区支渠灌溉面积多少", "双牌灌区", lambda t: None) is None
    True
    """
    at = text.find(owner)
    rest = text[at + len(owner):] if at >= 0 else ""
    inside = re.match(r"(?:的)?(?:里面|里|中|内)[，,]?(?=[\u4e00-\u9fff]{2})", rest)
    return (named(rest[inside.end():]) or None) if inside else None


def _scope_swapped(prev: _Clause, noun: str) -> str | None:
    """The earlier part asked of ``noun`` in place of whose measure it asked (农村 of 农村人均收入), the measure kept;
    None when the earlier subject is no scope before a measure head of two characters or more.

    >>> _scope_swapped(_Clause("", "1959年农村人均收入", "大概多少"), "合作化以前富裕中农")
    '合作化以前富裕中农人均收入大概多少'
    >>> _scope_swapped(_Clause("", "1959年农村人均收入大概", "多少"), "城镇")
    '1959年城镇人均收入大概多少'
    >>> _scope_swapped(_Clause("到2010年", "城镇居民人均可支配收入", "是多少"), "农村居民")
    '到2010年农村居民人均可支配收入是多少'
    >>> _scope_swapped(_Clause("", "城镇化率", "多少"), "农村") is None, _scope_swapped(_Clause("", "人均收入", "多少"), "农民") is None
    (True, True)
    """
    year = re.match(r"(?:到|至|在)?" + _YEAR, prev.subject)
    subject = prev.subject[year.end():] if year else prev.subject
    said = re.search(r"(?:大概|大约|约|要|将|是|为|有|的)*$", subject)  # 「…人均收入大概多少」: words of the asking
    subject, after = subject[: said.start()], said.group(0) + prev.after
    head = MEASURE_HEAD.search(subject)
    if not head or len(head.group(0)) < 2 or head.start() < 2:
        return None
    when = "" if _OWN_TIME.search(noun) else prev.before + (year.group(0) if year else "")
    return when + noun + subject[head.start():] + after


def _year_of(earlier: str, text: str) -> str:
    """The year (or five-year period) ``earlier`` is asked for, when ``text`` names none of its own; else ''.

    >>> _year_of("到2010年人口控制在多少以内", "国民生产总值是多少"), _year_of("人口多少", "GDP是多少")
    ('到2010年', '')
    >>> _year_of("2011至2015年利润总额五年累计完成多少", "生产总值是多少")  # a span of years whole
    '2011至2015年'
    """
    if re.search(_YEAR + "|" + _PERIOD, text):
        return ""
    m = re.search(r"(?:19|20)\d\d年?(?:至|到|-|—|－)" + _YEAR + r"|(?:到|至|在)?(?:" + _YEAR + "|" + _PERIOD + ")", earlier)
    return m.group(0) if m else ""


def _asks_measure(words: str) -> bool:
    """Whether ``words`` name a measure (产量目标, 利税, 灌溉面积) rather than a thing (氯化稀土, 水产品).

    >>> _asks_measure("产量目标"), _asks_measure("利税"), _asks_measure("氯化稀土")
    (True, True, False)
    """
    core = re.sub(r"(?:的)?(?:目标值?|指标|计划数?)$", "", words)
    return bool(MEASURE_HEAD.search(core)) or core in ATTRIBUTE_CUES or core in _MONEY_MEASURES


#: Money a work or park yields, asked as a measure (「利税呢」) though no measure head ends it.
_MONEY_MEASURES = ("利税", "税收", "营业收入", "主营业务收入")


def _one(sentence: str, mention: str | None = None) -> _Clause:
    """A sentence asking one figure, its subject being the words before its predicate (at least two characters,
    after the thing it names: 「青石新能源产业园碳酸锂年产多少」's subject is 碳酸锂, not 青石新)."""
    lead, _, last = sentence.rpartition("，")
    before = lead + "，" if lead else ""
    if mention and last.startswith(mention) and len(last) > len(mention) + 2:
        before, last = before + mention, last[len(mention):]
    m = _PREDICATE.search(last, 2)
    if not m:
        return _Clause(before, last, "", _measure_asked(last) if _DIMENSION.search(last) else _ASKING.sub("", last))
    return _Clause(before, last[: m.start()], last[m.start():], _measure_asked(last))


def figure_parts(question: str, named: Callable[[str], str | None],
                 owner: Callable[[str], str | None] | None = None) -> list[Part] | None:
    """The figures ``question`` asks, each as a question of its own; None when it asks fewer than two.

    ``named(text)`` gives the thing a text names (the linked mention as spelled), or None. ``owner(text)``
    (default ``named``) gives a thing that owns figures (a park, a project — no indicator): a part naming
    none is asked about the one an earlier part names (「电镀中心规划开发多少亩？一期投多少钱？」).

    Examples
    --------
    >>> none = lambda text: None
    >>> [p.text for p in figure_parts("到2025年水稻和油菜的耕种收机械化水平分别要到多少？", none)]
    ['到2025年水稻的耕种收机械化水平要到多少', '到2025年油菜的耕种收机械化水平要到多少']
    >>> [p.text for p in figure_parts("钢产量一九八〇年和一九八五年的目标分别是多少？", none)]
    ['钢产量一九八〇年的目标是多少', '钢产量一九八五年的目标是多少']
    >>> [p.text for p in figure_parts("新材料园那两条线，氯化稀土一年产多少？初级核燃料呢？", none)]
    ['新材料园，氯化稀土一年产多少', '新材料园，初级核燃料一年产多少']
    >>> [p.text for p in figure_parts("新型农业经营主体要达到多少个？农民合作社入社率呢？", none)]
    ['新型农业经营主体要达到多少个', '农民合作社入社率是多少']
    >>> [p.text for p in figure_parts("电镀中心规划开发多少亩？一期投多少钱？", lambda t: "电镀中心" if "电镀中心" in t else None)]
    ['电镀中心规划开发多少亩', '电镀中心的一期投多少钱']
    >>> [p.text for p in figure_parts("地区生产总值2020年是多少？2025年呢？", none)]
    ['地区生产总值2020年是多少', '地区生产总值2025年是多少']
    >>> [p.text for p in figure_parts("数字经济增加值占GDP比重，2020年是多少？2025年要到多少？", none)]
    ['数字经济增加值占GDP比重，2020年是多少', '数字经济增加值占GDP比重，2025年是多少']
    >>> [p.text for p in figure_parts("全员劳动生产率2025年目标是多少？年均增速按多少算？", none)]
    ['全员劳动生产率2025年目标是多少', '全员劳动生产率年均增速按多少算']
    >>> [p.text for p in figure_parts("甲片区的税收占乙区和占全区的比重，分别不能低于多少？", none)]
    ['甲片区的税收占乙区的比重，不能低于多少', '甲片区的税收占全区的比重，不能低于多少']
    >>> [p.text for p in figure_parts("高技能人才总量和占技能人才的比例分别要达到多少？", none)]
    ['高技能人才总量要达到多少', '高技能人才占技能人才的比例要达到多少']
    >>> [p.text for p in figure_parts("税收亿元楼到2030年要搞到多少幢？十四五末已经有多少幢了？", none)]
    ['税收亿元楼到2030年要搞到多少幢', '税收亿元楼十四五末有多少幢']
    >>> [p.text for p in figure_parts("甲类企业2030年要到多少家？2025年已经有几家了？", none)]
    ['甲类企业2030年要到多少家', '甲类企业2025年有几家']
    >>> [p.text for p in figure_parts("茶叶、油茶两种作物种植面积各是多少？", none)]
    ['茶叶种植面积是多少', '油茶种植面积是多少']
    >>> [p.text for p in figure_parts("规划打造的重点商圈和特色商圈分别有多少个？", none)]
    ['规划打造的重点商圈有多少个', '规划打造的特色商圈有多少个']
    >>> [p.text for p in figure_parts("城市公园和口袋公园分别建多少个？", none)]
    ['城市公园建多少个', '口袋公园建多少个']
    >>> [p.label for p in figure_parts("城区路灯方面，规划要求道路装灯率和亮灯率各达到多少？", none)]
    ['道路装灯率', '亮灯率']
    >>> [p.label for p in figure_parts("城区路灯方面，规划要求道路装灯率和亮灯率各达到多少？", none)]
    ['道路装灯率', '亮灯率']
    >>> [p.text for p in figure_parts("物流中心的投资、用地和仓库面积分别是多少？", none)]
    ['物流中心的投资是多少', '物流中心的用地是多少', '物流中心的仓库面积是多少']
    >>> [p.text for p in figure_parts("城镇化率2025年要达到多少？比2020年提高多少？", none)]
    ['城镇化率2025年要达到多少', '城镇化率比2020年提高多少']
    >>> [p.text for p in figure_parts("出列了多少个贫困村、脱贫多少人？", none)]
    ['出列了多少个贫困村', '脱贫多少人']
    >>> [p.text for p in figure_parts("“十三五”脱贫攻坚，出列了多少个贫困村、脱贫多少人？", none)]
    ['“十三五”脱贫攻坚，出列了多少个贫困村', '“十三五”脱贫多少人']
    >>> figure_parts("森林覆盖率要达到多少？", none) is None
    True
    >>> figure_parts("新建铁路干线和支线一共多少公里？", none), figure_parts("数字经济增加值占GDP比重和年均增长分别是多少？", none)
    (None, None)
    >>> figure_parts("规划有多少章？第3章有几节？", none) is None
    True
    """
    question = drop_deixis(question, [n] if (n := named(question)) else [])  # 「X那个项目」 is X
    question = _HERE.sub("", question)  # 「龙口灌区本县这边」: the place said, no word the plan prints
    question = _INSIDE_THAT.sub("", question)  # 「…路网里那个阳明大道」: the thing in a container, pointed at
    question = _PLAN_SAYS.sub("", question)
    # 「一、二、三产业从业人员…分别」: the sectors asked each by its own name (第一产业、第二产业和第三产业).
    question = expand_ordinals(_SECTORS.sub(r"第\1", question))
    clauses: list[_Clause] = []
    #: 「…几个X？点名的是哪两个？」: parts asking the members the earlier part's sentence names, by their place.
    members: dict[int, str] = {}
    for sentence in _sentences(_AGAIN.sub("", question)):
        if clauses and (pointer := _SPAN_POINTER.match(sentence)):
            sentence = _span_of(clauses[0].text) + sentence[pointer.end():]  # 「那五年年均增长多少」: the earlier part's period
        if clauses and asks_members(sentence):
            members[len(clauses) + len(members)] = sentence
            continue
        if not ASKS_FIGURE.search(sentence):
            m = _ELLIPTICAL.match(sentence)
            if not m or not clauses:
                return None  # a part asking no figure: not a several-figure question
            prev, noun = clauses[-1], m.group("noun")
            if re.match(r"比|较", noun):
                return None  # 「…比2023年呢？」: a change from another base, no part of its own to ask alone
            if _SUBJECTLESS.match(noun):
                said = _measure_asked(prev.text) + noun + "是多少"  # 「…目标是多少？年均增速呢？」
                clauses.append(_Clause(said, "", "", noun if len(noun) >= 4 else _measure_asked(said)))
                continue
            if re.fullmatch(r"(?:到|至|在)?" + _YEAR + "|" + _PERIOD, noun):
                # 「GDP2020年是多少？2025年呢？」: the earlier part asked again for this year.
                said = re.sub(_YEAR + "|" + _PERIOD, lambda _: noun, prev.text, count=1)
                clauses.append(_Clause(said if said != prev.text else noun + prev.text, "", "", noun))
                continue
            if stage := _STAGE.fullmatch(noun):
                # 「…初期三产占比多少？收关期呢？」: the earlier part asked again for this stage of its period.
                said = _STAGE.sub(lambda _: stage.group(0), prev.text, count=1)
                clauses.append(_Clause(said, "", "", noun) if said != prev.text else _Clause("", noun, "", noun))
                continue
            owner_named = named(prev.text)
            if not (owner_named and (owner_named.endswith(noun[-2:]) or owner_named in noun)) and not _asks_measure(noun) \
                    and (kin := _kin_swapped(prev.text, noun)):
                # 「东部省份高技能人才占比要到多少？中西部省份呢？」: the linked name is a measure's longer name; the
                # word of the follow-up's kind (东部省份) takes the follow-up's place, the measure kept.
                clauses.append(_Clause(kin, "", "", noun, sibling=True))
                continue
            if owner_named and named(noun) and owner_named in prev.text and owner_named not in noun:
                # 「石坝仔水库灌区灌溉面积多少？贤水河灌区呢？」: a thing of its own takes the earlier thing's place,
                # keeping what was asked of it — never the earlier thing's measure slot. 「X工程里双牌灌区…」: the thing
                # named in the container is the one replaced, the container kept (never 「石坝仔水库灌区里双牌灌区…」).
                owner_named = _inside_container(prev.text, owner_named, named) or owner_named
                clauses.append(_Clause(prev.text.replace(owner_named, noun, 1), "", "", noun, sibling=True))
                continue
            if not _asks_measure(noun) and (swapped := _sibling_swapped(prev, noun, owner_named)):
                clauses.append(_Clause(swapped, "", "", noun, sibling=True))
                continue
            if grown := _grown_word(prev.text, noun):
                # 「炸药…要控制在几人以下？炸药制品的呢？」: the follow-up is the earlier part's word grown (炸药 → 炸药制品).
                clauses.append(_Clause(grown, "", "", noun, sibling=True))
                continue
            if (counted := _COUNTED_NOUN.search(prev.text)) and not MEASURE_HEAD.search(noun) and not _attribute_only(noun):
                # 「…有多少个教学班？学位呢？」: the follow-up takes the place of the noun counted.
                clauses.append(_Clause(prev.text[: counted.start(2)] + noun, "", "", noun, sibling=True))
                continue
            if not _asks_measure(noun) and (scoped := _scope_swapped(prev, noun)):
                clauses.append(_Clause(scoped, "", "", noun, sibling=True))
                continue
            # 「…多少个？入社率呢？」: a measure of its own asks its own figure, not the earlier part's count.
            # 「…低压线路多少公里？变压器呢？」: the earlier part's unit is its own noun's, not the follow-up's.
            same_kind = _asks_measure(prev.subject) or prev.subject[-1:] == noun[-1:]  # 香零山路 … 古城路: a road's unit
            after = prev.after if same_kind else _UNIT_AFTER_ASKING.sub(r"\1", prev.after)
            # 「利润总额五年累计完成多少？生产总值呢？」: a sum over the span (or a yearly rate) asked of the follow-up too
            carried = _CARRIED_ASPECT.search(prev.subject + prev.after)
            asked = (carried.group(0) if carried else "") + "是多少"
            own = _Clause(prev.before, noun, asked) if _asks_measure(noun) or _attribute_only(noun) \
                else _Clause(prev.before, noun, after)
            # 「到2010年人口控制在多少以内？国民生产总值呢？」: the follow-up is asked for the earlier part's year.
            clauses.append(_Clause(_year_of(prev.text, own.text) + own.before, own.subject, own.after, own.label))
            continue
        reached = _REACHED.sub("", sentence)
        if clauses and reached != sentence and clauses[-1].subject and (lead := _LEAD_TIME.match(reached)) \
                and len(_NOT_ASKED.sub("", _ASKING.sub("", _COUNTER_ASKED.sub("", reached[lead.end():])))) < 2:
            # 「…到2030年要搞到多少幢？十四五末已经有多少幢了？」: the level reached by a time, of the earlier part's
            # subject, asked in this part's own words (the earlier part's 要搞到 is a target's).
            prev = clauses[-1]
            clauses.append(_Clause(prev.before + prev.subject + reached, "", "", re.sub(r"^(?:到|至|在)", "", lead.group(0))))
            continue
        if clauses and (lead := _LEAD_TIME.match(sentence)) and len(_NOT_ASKED.sub("", _ASKING.sub("", sentence))) < 2:
            # 「…2020年是多少？2025年要到多少？」: only a time asked — the earlier part asked again for it.
            year = re.sub(r"^(?:到|至|在)", "", lead.group(0))
            earlier = clauses[-1].text
            if "实际" in sentence:
                earlier = _RECKONED_AS.sub("", earlier)  # 「按纲要的水平算，…应该有多少？59年实际是多少？」: the actual, not the reckoning
            said = re.sub(_YEAR + "|" + _PERIOD, lambda _: year, earlier, count=1)
            clauses.append(_Clause(said if said != earlier else year + earlier, "", "", year))
            continue
        if classify_intent(sentence).kind not in ("fact", "aggregate"):
            return None  # a structure question: asked as a whole
        # A sum or a comparison of the things it enumerates (「干线和支线一共多少公里」) is one figure.
        if clauses and (aspect := _SUBJECTLESS.match(_LEAD_TIME.sub("", sentence))):
            # 「…目标是多少？年均增速按多少算的？」「…面积是多少？占市域总面积多少？」: the earlier part's measure's,
            # named by its aspect (年均增速) when it has one — the measure is the earlier part's name too.
            said = _measure_asked(clauses[-1].text) + sentence
            called = _SPOKEN_RISE.sub("增长", aspect.group(0))  # 「年均涨了多少」 is named as printed: 年均增长
            clauses.append(_Clause(said, "", "", called if len(called) >= 4 else _measure_asked(said)))
            continue
        # 「与上一个五年相比，」 names the base of a change: it asks no sum and enumerates nothing (与 is no 和 there)
        base = _BASE_CLAUSE.match(sentence)
        rest = sentence[base.end():] if base else sentence
        # 「A和B五年累计分别完成多少」: 分别 gives each its own sum; a sum without it (「A和B一共」) is one figure
        whole = _ASKS_WHOLE.search(rest) and not re.search(_DISTRIBUTIVE, rest)
        # 「A、B、C的水质要达到几类」: one grade set for the run (分别 asks one each), not a part per member
        one_grade = asks_grade(rest) and not re.search(_DISTRIBUTIVE, rest)
        enumerated = not whole and not one_grade and _enumerated(rest, named)
        if enumerated and base:
            enumerated = [_Clause(base.group(0) + c.before, c.subject, c.after, c.label, c.sibling) for c in enumerated]
        clauses.extend(enumerated or [_one(sentence, named(sentence))])
    if len(clauses) + len(members) < 2:
        return None
    owner_of = owner or named
    owner = owner_of(clauses[0].text)
    if owner and any(c.subject == owner for c in clauses):
        owner = None  # 「水稻和油菜的…」: the named things are the parts themselves, each its own owner
    if owner and _run_member(owner, clauses):
        owner = None  # 「生猪和肉牛年出栏」: 生猪 is the run's first member, no owner of 肉牛年出栏 (never 生猪的肉牛年出栏)
    parts = []
    # 「“十三五”脱贫攻坚，出列了多少个贫困村、脱贫多少人」: a time opening the question dates every part naming none
    opening = _LEAD_TIME.match(clauses[0].text)
    for c in clauses:
        text = c.text
        if opening and c is not clauses[0] and not re.search(_YEAR + "|" + _PERIOD, text):
            text = opening.group(0) + text
        # 「龙口灌区本县这边要续建几条支渠？能灌多少亩？」: with no linked thing, the first part's own subject is the
        # owner of a later part asking only an attribute (灌溉面积) — never asked of no owner at all.
        said_owner = owner or (c is not clauses[0] and not c.sibling and _attribute_only(text) and _subject_owner(clauses[0]))
        if c is not clauses[0] and not c.sibling and _bare_dimension(text) and (whole := _thing_asked(clauses[0])):
            said_owner = whole  # 「何仙观水库干渠几条？多长？」: the 干渠's length, not the reservoir's
        thing = _subject_owner(clauses[0]) or (owner if owner and owner in clauses[0].text else "")
        # (a part of the first's enumeration shares its predicate, its own subject the object: 「A和B分别建多少个」)
        if c is not clauses[0] and not c.sibling and thing and thing not in text and c.after != clauses[0].after \
                and (empty := _NO_OBJECT.search(text)) and _unit_asked(text) == _unit_asked(clauses[0].text):
            # 「…农田到25年要建成多少亩？专栏里…工程又说要建多少亩？」: a verb asked with no object of its own builds
            # the earlier part's thing, in what this part names (the work, the box).
            text = text[: empty.start()] + "的" + thing + text[empty.start("verb"):]
            said_owner = None
        if said_owner and said_owner not in text and not named(text) and not c.sibling and not _names_own_thing(c):
            # The thing the first part names is every later part's that names none.
            lead = re.match(r"(?:到|至|在)?" + _YEAR + r"[，,]?", text)
            cut = lead.end() if lead else 0
            text = text[:cut] + said_owner + ("的" if not text[cut:].startswith("的") else "") + text[cut:]
        # 「能灌多少亩」 asks the 灌溉面积; an indicator named (GDP2020年是多少) is the measure asked, no owner of it.
        # 「X长多少」「X有多少公里」 ask X's length (spoken attributes read as printed, as 「有多长」 is)
        mention, printed = owner_of(text), spoken_attributes(spoken_measures(text))
        if len(_NOT_ASKED.sub("", _ASKING.sub("", printed.replace(mention, "") if mention else printed))) < 2 \
                and not _DIMENSION.search(printed):
            return None  # 「白沙产业园是多少」: a part naming a thing but no measure of it is no question of its own
        label = c.label or c.subject or text
        label = _LABEL_YEARS.sub("", label) if len(_LABEL_YEARS.sub("", label)) >= 2 else label  # a year asked alone stays
        label = _LABEL_VERB.sub("", label)
        if c.subject and re.fullmatch(r"(?:到|至|在)?(?:" + _YEAR + "|" + _PERIOD + ")", label) and len(c.before.strip("，, ")) >= 2:
            label = f"{c.before.strip('，, ')}（{label}）"  # 「旱涝保收农田到2025年…」: the thing, not its year alone
        elif label in _DIMENSIONS and (subject := _NOT_ASKED.sub("", _subject_owner(c)) or said_owner):
            # 「石期河二期要治理多长」: 石期河二期的长度, not 长度 (the container a thing is asked in, 「…路网里」, left out)
            label = _CONTAINER_SAID.sub("", subject) + "的" + label
        parts.append(Part(text, label))
    for at, sentence in sorted(members.items()):
        noun = (m.group("noun") or "") if (m := MEMBERS_ASKED.match(sentence)) else ""
        parts.insert(at, Part(sentence, f"{noun}点名的" if noun else "点名的"))
    # 「…脱贫了多少户、多少人」: parts named alike are told apart by the unit each asks (脱贫（户）, 脱贫（人）).
    labels = [p.label for p in parts]
    return [Part(p.text, f"{p.label}（{unit}）") if labels.count(p.label) > 1 and (unit := _unit_asked(p.text)) else p
            for p in parts]


#: The container a thing is asked in, said before it (「滨江新城路网里」阳明大道延伸段).
_CONTAINER_SAID = re.compile(r"^[^里]{2,}里(?=[\u4e00-\u9fff]{2})")
#: A dimension asked by its question word alone (「多长」 → 长度): an answer names the thing it is of.
_DIMENSIONS = ("长度", "宽度", "高度", "深度")
#: A verb asked with no object of its own after it (「…又说要建多少亩」「…要续建多长」's 续建 has its object before it).
_NO_OBJECT = re.compile(r"(?:说)?(?P<verb>(?:要|将|计划|拟|能)?(?:新建|建设|建成|续建|改造|整治|治理|完成|新增|修建|建|修)了?)"
                        r"(?:多少|几)(?:万|亿)?[\u4e00-\u9fff]?$")


def _unit_asked(text: str) -> str:
    """The unit a part asks its figure in (「要建多少亩」: 亩), or ''."""
    m = re.search(r"(?:多少|几)(?:万|亿)?([\u4e00-\u9fff])?$", text)
    return (m.group(1) or "") if m else ""


def _names_own_thing(clause: _Clause) -> bool:
    """Whether a later part names a thing of its own (five characters or more that name no measure — 「城区南北防洪闭合圈
    要续建多长」), which no earlier part's owner is given to (「一期投多少钱」 names none).

    >>> _names_own_thing(_one("城区南北防洪闭合圈要续建多长")), _names_own_thing(_one("一期投多少钱"))
    (True, False)
    """
    subject = (clause.before + clause.subject).strip("，, ")
    return len(subject) >= 5 and not _LEAD_TIME.match(clause.text) and not _asks_measure(subject) and not ASKS_FIGURE.search(subject) \
        and not re.search(_YEAR + "|" + _PERIOD, subject)


def _attribute_only(text: str) -> bool:
    """Whether a part names nothing but an attribute (「能灌多少亩」: 灌溉面积; 「用地多少」「总建筑面积多少」), no thing
    of its own.

    >>> _attribute_only("能灌多少亩"), _attribute_only("总建筑面积多少"), _attribute_only("变压器多少台"), _attribute_only("城镇新就业的劳动力五年合计多少")
    (True, True, False, False)
    """
    rest = _unasked_rest(text)
    # 「…多宽？多长？」: a bare dimension asked is an attribute of the thing the first part names.
    return rest in ATTRIBUTE_CUES or (2 <= len(rest) <= 6 and bool(_ATTRIBUTE_WORD.fullmatch(rest))) or _bare_dimension(text)


#: An attribute a work or a place has, said alone (总建筑面积, 用地面积, 总投资, 人口): no thing of its own.
_ATTRIBUTE_WORD = re.compile(r"(?:总|占地|用地|建筑|总建筑|规划|实际开发|开发|常住|户籍)*(?:面积|投资|规模|人口|长度|宽度|容量|库容|用地)")


#: Attribute words ending a first part's subject (「X宽度是多少」): the thing is X.
_ATTRIBUTE_END = re.compile("(?:" + "|".join(sorted(ATTRIBUTE_CUES, key=len, reverse=True)) + r"|宽度|长度|高度|深度|面积|规模)$")


def _thing_asked(clause: _Clause) -> str:
    """The thing a first part asks of, without the attribute it asks (翠湖大道松岭段宽度 → 翠湖大道松岭段); a part
    counting things (「…的干渠有几条」) asks of those things, the noun counted kept (何仙观水库灌区的干渠).

    >>> _thing_asked(_one("翠湖大道松岭段宽度是多少")), _thing_asked(_one("何仙观水库灌区的干渠有几条", "何仙观水库"))
    ('翠湖大道松岭段', '何仙观水库灌区的干渠')
    """
    subject = _subject_owner(clause)
    if subject and (counted := re.match(r"(的?[\u4e00-\u9fff]{0,6}?)(?:有|是|要|共|一共)?(?:几|多少)[条座个处段]", clause.after)):
        return subject + counted.group(1)
    return _ATTRIBUTE_END.sub("", subject) if len(_ATTRIBUTE_END.sub("", subject)) >= 2 else ""


def _unasked_rest(text: str) -> str:
    """A part's words once its question words, years, verbs and 的 are gone: what it names."""
    return _NOT_ASKED.sub("", _ASKING.sub("", spoken_measures(text)))


def _bare_dimension(text: str) -> bool:
    """Whether a part asks only a dimension (「多长」「有多宽」), naming nothing."""
    return not _unasked_rest(text) and bool(_DIMENSION.search(text))


def _run_member(owner: str, clauses: list[_Clause]) -> bool:
    """Whether ``owner`` is the first member of a run the clauses ask one measure of each (「生猪和肉牛年出栏」):
    the first part's label is the owner and a tail another part's label ends in too, without the owner."""
    first = clauses[0].label or clauses[0].subject
    tail = first[len(owner):] if first.startswith(owner) else ""
    return len(tail) >= 2 and any((c.label or c.subject).endswith(tail) and owner not in (c.label or c.subject)
                                  for c in clauses[1:])


def _subject_owner(clause: _Clause) -> str:
    """A one-figure clause's subject when it names a thing, not a measure (龙口灌区本县这边, not 森林覆盖率); else ''."""
    subject = (clause.before + clause.subject).strip("，, ")
    subject = re.sub(_ATTRIBUTE_WORD.pattern + "$", "", subject) or subject  # 「潇湘汽车城规划面积多少」: 潇湘汽车城
    return subject if len(subject) >= 2 and not _asks_measure(subject) and not ASKS_FIGURE.search(subject) \
        and not re.search(_YEAR + "|" + _PERIOD, subject) else ""


#: A part's answer that only says nothing was found (the passages it lists are no answer for that part).
_NOTHING = re.compile(r"^规划中未找到")


def _said(answer: Answer) -> str:
    return answer.answer.rstrip("。").strip()


def join_figures(question: str, parts: list[Part], answers: list[Answer], *, limit: int = 300) -> Answer:
    """One answer from each part's own: its text and citations; a part not found says so for itself alone.

    Two parts given the same value from the same clause would be one figure given twice: the later
    part is said to be undetermined (a neighbour's figure is never given as its own). Parts whose
    answers name the same thing (「…产业园的年产」) say which part each is; a clause is quoted once.
    """
    texts: list[str] = []
    items, cites, given, quoted = [], [], 0, set()
    seen: dict[tuple[str, str | None], str] = {}
    given_texts = [normalise_text(_QUOTE.sub("", a.answer)) for a in answers if a.found]  # a quote may hold a neighbour's
    for part, a in zip(parts, answers):
        if not a.found and _said_by_another(part.label, given_texts):
            continue  # 「…年均增速[累计]8.0%…」 in another part's answer: never denied beside its own figure
        if not a.found:
            # What the plan gives instead (another year, another aspect) is said in its first sentence only.
            instead = "给出的是" in a.answer
            texts.append(a.answer.split("。")[0].replace("所问的数值", part.label) if instead else f"{part.label}：规划中未找到")
            if instead:
                cites += a.citations
            continue
        # 「GDP年均增长多少？城镇新增就业多少人？」 given the GDP row twice: one figure is never two parts' answers.
        key = next(((i.label, i.detail or (i.citation.id if i.citation else None)) for i in a.items[:1]), None)
        # (「化学需氧量、…、氨氮排放量均削减10%」 gives each part the one value: each one's own, said for each)
        if key and key in seen and seen[key] != part.label and (key[1] or "").count(key[0]) < 2 \
                and not said_of_each((key[1] or "")[: max((key[1] or "").find(key[0]), 0)]):
            asked = bigrams(part.label)
            if not a.items[0].detail and asked and len(asked & bigrams(a.answer)) >= 0.6 * len(asked):
                continue  # one indicator row answering both (目标 and 年均增速): said once
            if not a.items[0].detail and _row_states_time(part.label, a.answer):
                continue  # 「十三五末…多少，十四五末呢」: the row states both years (2020年为…，2025年目标为…): said once
            if not _said_by_another(part.label, [normalise_text(_QUOTE.sub("", t)) for t in texts]):
                texts.append(f"{part.label}：规划中未能确定其数值")
            continue  # (「…,平均每年增长11.4%」 said by the earlier part's answer: said once)
        if key:
            seen[key] = part.label
        said = _said(a)
        head = said.split("：", 1)[0]
        if "：" in said and part.label[:2] not in head and not re.search(r"[，,]", head) and _unasked_rest(part.label):
            # 「…产业园的年产：1.5万吨」: say which part it answers (「…产业园的年产（氯化稀土）」).
            said = f"{head}（{part.label}）：{said.split('：', 1)[1]}"
        for q in _QUOTE.findall(said):
            if q in quoted:
                said = said.replace(f"原文：“{q}”", "").replace("，）", "）").replace("（）", "")
            quoted.add(q)
        texts.append(said)
        given += 1
        items += a.items
        cites += a.citations
    text = "；".join(texts) + "。"
    if len(text) > limit:
        # Many parts: the values stay, the quoted clauses are left to the citations.
        text = "；".join(_QUOTE.sub("", t).replace("，）", "）").replace("（）", "") for t in texts) + "。"
    if len(text) > limit:
        share = max(20, limit // len(texts) - 1)
        text = "；".join(t if len(t) <= share else t[: share - 1] + "…" for t in texts) + "。"
    unique: list[Citation] = []
    for c in cites:
        if all((c.plan, c.id) != (o.plan, o.id) for o in unique):
            unique.append(c)
    return Answer(question, text, given > 0, items, unique, kind="fact")


def _row_states_time(label: str, answer: str) -> bool:
    """Whether ``label`` is a time alone (2025年, 十四五末) whose year the answer of an indicator row states.

    >>> _row_states_time("十四五末", "居民人均可支配收入（元），2020年为29671元，2025年目标为45543元")
    True
    >>> _row_states_time("十五五末", "居民人均可支配收入（元），2020年为29671元，2025年目标为45543元")
    False
    >>> _row_states_time("城镇居民收入", "2025年目标为45543元")
    False
    """
    if not re.fullmatch(r"(?:到|至|在)?(?:" + _YEAR + "|" + _PERIOD + ")", label):
        return False
    # a bare period (十四五) is its last year, as years_in reads it with a period word; a stage (初期) is none
    years = years_in(label) or (years_in(label + "末") if re.fullmatch(PERIOD_TEXT, label) else [])
    return bool(years) and all(f"{y}年" in answer for y in years)


def _said_by_another(label: str, texts: list[str]) -> bool:
    """Whether another part's answer prints the part's label (three characters at least) with a value right after it.

    >>> _said_by_another("年均增速", ["地区生产总值（亿元），2020年为232，年均增速[累计]8.0%，属性为预期性"])
    True
    >>> _said_by_another("单机容量", ["装机容量：50MW"])
    False
    """
    label = normalise_text(label)
    return len(label) >= 3 and any(re.search(re.escape(label) + r"[^，,。；;：:]{0,6}?\d", t) for t in texts)


#: A quoted clause in a part's answer; it may quote quotes of its own (「“十三五”为320亿元」), so it ends before ）.
_QUOTE = re.compile(r"原文：“(.*?)”(?=）|$)")


#: Words of an answer that leave a part unanswered.
_UNANSWERED = re.compile(r"未找到|未给出|未能确定|仅供参考")


def _whole_is_sure(answer: Answer, parts: list[Part]) -> bool:
    """Whether the question answered as a whole gives every part a figure of its own: one item per part, none
    refused, no two the same, each from a clause stating that one value alone (a clause listing several —
    「水稻…90%以上，油菜…65%以上」 — is where a whole answer can give one part's value to another)."""
    if not answer.found or len(answer.items) != len(parts) or _UNANSWERED.search(answer.answer):
        return False
    keys = {(i.label, i.detail) for i in answer.items}
    # Each clause must name what its part asks (利税 is not answered by a clause about 产值).
    named = all(_names_part(p, i.detail or "", parts) and _names_attribute(p, i.detail or "") for p, i in zip(parts, answer.items))
    return named and len(keys) == len(parts) and all(i.detail and len(values_in(i.detail, 0)) == 1 for i in answer.items)


def _names_part(part: Part, clause: str, parts: list[Part]) -> bool:
    """Whether ``clause`` names what sets ``part`` apart from the other parts (利税, not the 产值 both share an owner
    with): its label itself, or a bigram of the label no other part's label has (占市域总面积 names 占全市总面积's 总面)."""
    label = normalise_text(part.label)
    own = bigrams(label).difference(*(bigrams(normalise_text(p.label)) for p in parts if p is not part))
    return label in normalise_text(clause) or not own or bool(own & bigrams(clause))


def _names_attribute(part: Part, clause: str) -> bool:
    """Whether ``clause`` may state the attribute ``part`` asks: not when it names only other attributes (a clause
    of A's 总建筑面积 answers no 「A和B规划用地」 although it names A); a clause naming none (「…，长15km」) may."""
    kinds = set(classify_intent(part.text).attributes)
    cues = [cue for cue in ATTRIBUTE_CUES if cue in clause]
    # 「建筑面积」 is said, not the 「面积」 inside it (面积 alone may be any area, 用地 included)
    said = {k for cue in cues if not any(cue != other and cue in other for other in cues) for k in ATTRIBUTE_CUES[cue]}
    return not kinds or not said or bool(kinds & said)


def _items_pass(whole: Answer, parts: list[Part], answers: list[Answer], check: Callable[[str, Answer], Answer] | None) -> bool:
    """Whether every item of ``whole`` (one a part, in order) passes ``check`` asked as its own part's question — the
    one path a single question's figure takes, so a part is held to the measure and owner it carries. A part its
    alone-answer left unanswered keeps the whole's item (its own check may refuse what the whole reads right: 县一中
    迁建's 72个教学班, where 迁建 is the project's name, no act)."""
    if check is None:
        return True
    return all(not a.found or check(p.text, Answer(p.text, f"{p.label}：{i.label}（原文：“{i.detail or ''}”）。", True, [i],
                                                   [i.citation] if i.citation else [], kind="fact")).found
               for p, a, i in zip(parts, answers, whole.items))


def _better_alone(part: Part, alone: Answer, item) -> bool:
    """Whether the part asked alone got another figure than the whole answer's, from a clause naming more of what
    the part asks (「猫儿岩水库灌区13.5km」 over 「国营泵站提水灌区渠道201km」 for 猫儿岩水库灌区的渠道有多长)."""
    if not alone.found or not alone.items or alone.items[0].label == item.label:
        return False
    asked = bigrams(part.text)
    return len(asked & bigrams(alone.items[0].detail or "")) > len(asked & bigrams(item.detail or ""))


def _beside_siblings(parts: list[Part], answers: list[Answer], owner_of: Callable[[str], str | None]) -> tuple[list[Answer], set[int]]:
    """``answers`` with each part not found alone read beside a found sibling's figure (:func:`qa.values.siblings.sibling_figure`),
    the nearest sibling first; a value another part was given is never taken again. An attribute printed without its
    noun right after a sibling's count (:func:`qa.values.siblings.attribute_beside`) answers its part, found alone or not;
    the indices of those parts are returned with the answers (no answer to the whole question stands for them)."""
    out, attributes = list(answers), set()
    for i, (part, answer) in enumerate(zip(parts, answers)):
        if asks_members(part.text):
            continue
        nearest = sorted((j for j, a in enumerate(answers) if j != i and a.found and a.items), key=lambda j: abs(j - i))
        # 「完成了多少个X，面积一共多少」: the area printed right after X's count (「完成12个X，共163.41万平方米」) is X's,
        # whatever figure the part found alone
        if beside := next((got for j in nearest if (got := attribute_beside(part.text, part.label, answers[j].items[0]))), None):
            out[i] = beside
            attributes.add(i)
            continue
        if answer.found:
            continue
        given = {normalise_text(it.label) for a in out if a.found for it in a.items}
        for j in nearest:
            got = sibling_figure(part.text, part.label, parts[j].text, answers[j].items[0], owner_of)
            if got and normalise_text(got.items[0].label) not in given:
                out[i] = got
                break
    return out, attributes


def answer_parts(ask: Callable[[str], Answer], question: str, asked: str, parts: list[Part],
                 owner_of: Callable[[str], str | None] | None = None,
                 check: Callable[[str, Answer], Answer] | None = None) -> Answer:
    """The answer to a several-figure question: each part asked alone (:func:`join_figures`), unless the question
    asked whole gives every part a figure of its own from clauses of one value each (:func:`_whole_is_sure`) —
    it reads a later part in the sentence of the one before (「发电装机总容量…，发电量…」), which a part asked
    alone cannot. ``ask`` answers one question; ``asked`` is the question as written, ``question`` as read.
    With ``owner_of`` (the thing owning figures a text names, or None) a part not found alone is read beside its
    sibling's figure (「续建…支渠7条，长55km，灌溉面积8.6万亩」). With ``check`` (the checks a one-figure answer gets:
    question, answer → the answer or its refusal) the whole answer stands only when each of its items passes them
    read against its own part — its measure, unit kind, year and owner (「…灌溉面积多少？石坝仔水库灌区呢？」 is
    never answered 渠道21.5km, which the part asked alone refuses).
    """
    whole = ask(question)
    whole.question = asked
    answers: list[Answer] = []
    for p in parts:
        # 「点名的是哪两个」: the members the earlier part's sentence names (qa.enumerations.members), asked of no other text.
        # 「其中公园绿地呢」: the share printed after the earlier part's figure, in its clause (qa.values.within).
        # 「…，占多大比例」: the share printed right after the earlier part's figure (「465平方公里，占…23.7%」).
        within = (share_within(p.text, p.label, answers[-1]) or ratio_after(p.text, answers[-1])) if answers else None
        answers.append(within or (members_named(p.text, p.label, answers[-1]) if answers and asks_members(p.text) else ask(p.text)))
    beside: set[int] = set()
    if owner_of is not None:
        answers, beside = _beside_siblings(parts, answers, owner_of)
    # 「城区路灯的装灯率和亮灯率分别…」: a part not found alone read in a sentence already cited for the question that
    # prints its measure with a value (「实现中心城区道路装灯率100%，实现亮灯率98%」), its other words said there.
    answers = coprinted_answers([p.text for p in parts], [p.label for p in parts], answers,
                                whole.citations + [c for a in answers for c in a.citations])
    if _whole_is_sure(whole, parts) and not beside and not any(_better_alone(p, a, w) for p, a, w in zip(parts, answers, whole.items)) \
            and _items_pass(whole, parts, answers, check):
        return whole
    # 「废渣堆场、尾砂库要植被恢复多少亩」: members of one run the plan gives a single figure for, answered by its total.
    parts, answers = joined_runs(parts, answers, Part)
    if any(a.found for a in answers) or whole.found:
        # No part found alone: the whole answer is not sure either (it may read one part's figure for another).
        return with_item_citations(join_figures(asked, parts, answers))
    return whole
