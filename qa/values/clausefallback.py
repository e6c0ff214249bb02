"""The last answer to a figure question every answerer refused: the one clause whose words cover it.

Questions worded off the frame's usual shapes (「做适老化改造的公交站台有多少个」「全国绿色建筑创新奖十三五期间上海
累计拿了多少项」) are refused when no measure the frame reads names a figure, though one clause of the plan says all
of it (「对300个公交站台进行适老化改造」「“十三五”期间累计获得全国绿色建筑创新奖19项」). A figure is read here only when

- its own clause holds exactly one value of the asked kind (the unit after 多少/几; any value when none is asked) and
  states the aspect asked (a rate 「年均增长7%」 never answers 「…是多少」);
- every word of the question (the time, the asked word and unit, the plan's own place and a few spoken words left out)
  is printed in that clause or in the clauses of its sentence before it that hold no other value of that kind — its
  window (「本市纳入能耗监测平台的公共建筑面积累计达到9208万平方米，共2017栋」 for 多少栋);
- the window's dates answer the time asked (:mod:`qa.values.dating`: a span never answers one year; an undated
  figure answers the plan's horizon only), else its sentence's, else its paragraph's; and
- every clause so found gives the same value: two different figures covered alike are refused, never picked from.

The answer is then checked as any figure answer is (owner, year, attribute: the engine's ``_checked``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.askednoun import ASKED_WORD, noun_after_asked
from ..question.frame import PERIOD_NUMERAL, PERIOD_TEXT, parse_frame
from ..question.intent import classify_intent
from ..vocabulary import SAME_THING, SPOKEN_TO_PRINTED, UNIT_MEASURE_NOUNS
from .dating import Dating, answers_time, dating, period_span
from .measures import bounded
from .runmembers import sole_value, value_run
from .prose import CLASSIFIERS, asked_values, of_asked_kind, plan_horizon, unit_agrees, value_aspect, values_in

__all__ = ["Covered", "clause_fallback", "covers", "question_words"]

_SENTENCE = re.compile(r"[^。；;！？\n]+")
_CLAUSE = re.compile(r"(?:[^，,：:；;。]|(?<=\d),(?=\d))+")
#: Time said in a question: years, months, periods and the plan's end (read as the asked time, not as words).
_TIME = re.compile(r"(?:截至|截止|到|至|在)?(?:(?:19|20)\d\d年?(?:\d{1,2}月)?(?:底|末|初)?(?:前|以前|时)?"
                   rf"|{PERIOD_TEXT}(?:期间|时期|期末|末|初期|初)?"
                   r"|规划(?:末期|期末|期内|期间)|期末|期间"
                   # the plan's five years said as such (「五年要招多少家」: a 十五五 table's 五年累计 row)
                   r"|(?:这|未来|今后)?五年(?:内|间|里|中|累计)?)")
#: The asked word with its unit or counting word (多少平方米, 几所, 百分之几, 多大).
_ASKED = re.compile(ASKED_WORD)
#: Spoken words a question may put around the words the plan prints (skipped only where the plan does not print them).
_SPOKEN_WORDS = ("一共", "总共", "大约", "大概", "到底", "计划", "准备", "打算", "规划", "要求", "目标", "数目", "数量", "总数", "请问",
                 "定在", "提到", "要有", "能有", "达到", "要到", "一下", "的话", "拿到", "到现在", "现在", "至今",
                 # how far a measure reaches (要覆盖多少个村): the plan prints the places it completes (完成316个村…建设)
                 "覆盖",
                 # a bound asked (最少要多少人): the clause's own bound (不少于20人) is quoted with its value
                 "最少", "至少", "起码", "最多",
                 # the doing of works a question says where the plan prints the works alone (「26个交叉口可变车道工程」)
                 "改造", "建设", "完成", "实施")
#: A counting word said between the asked word and the noun it counts (多少起火灾, 多少名群众): the noun is a word the
#: clause must print, the counting word only the unit (printed after the value: 2251起).
_COUNTING = CLASSIFIERS + "起名人位台只幢栋批支"
_COUNTED = re.compile(rf"{_ASKED.pattern}[{_COUNTING}](?=[\u4e00-\u9fff]{{2}})")
#: 占 says a share (「占总量多少」) the plan may print as 「不少于总量的30%」.
_SPOKEN_CHARS = frozenset("的了是有要做拿搞定在把将会能需共约呢吗啊呀么还又再都也就给让被占里")
#: The plan's scope said as a whole (全区, 本市): the plan itself, no owner to find printed.
_OWN_SCOPE = re.compile(r"(?:全|本|我|该)[省市区县镇]")
#: A place word a question may name (零陵区, 上海): kept unless the plan's title names it.
#: 城市 ends common nouns (海绵城市, 智慧城市), never a place's name.
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:省|(?<!城)市|区|县|镇)")
#: A work a place's name begins (松江站, 虹口港): the place is part of its name, not the plan's scope said again.
_NAMED_WORK = r"(?![站港桥路湖河园馆场枢])"
#: Said of a year (一年要…, 每年…): printed by the plan as 每年, /年, 年均 or 全年.
_PER_YEAR_ASKED = ("一年", "每年", "年均")
_PER_YEAR_PRINTED = re.compile(r"每年|/年|年均|一年|全年|" + r"(?<![0-9〇零一二两三四五六七八九十百千])年(?=[货客吞产接处发用供销游运出进])")
#: A yearly measure's own 年 (年货运吞吐量, 年接待, 年产): the per-year word a question says as 一年/每年.
_YEARLY_MEASURE = re.compile(r"(?<![0-9〇零一二两三四五六七八九十百千])年(?=[货客吞产接处发用供销游运出进])")
#: A clause saying nothing but its value (「共2017栋」「计5处」): it goes on with the clause before it.
_BARE = re.compile(r"^(?:其中)?(?:共|合计|共计|总计|计|约|达|达到|为|累计)*$")
#: Longest window quoted in an answer (characters); a longer one is quoted by its end, where the figure is.
_MAX_QUOTE = 80
_CHANGE_ASKED = re.compile(r"增长|增速|提高|提升|下降|降低|减少|增加|新增|削减|压减|缩短|扩大|加了|多了|加多少|加几")


#: A verb of making leading a clause whose objects go on in the next clauses, each with its own value (「新增城市公园1座，
#: 口袋公园3座」): the next clause, a bare object and its value, is made by it too.
_SHARED_VERB = re.compile(r"(?:新增|新建|建设|建成|完成|打造|创建|培育|引进|改造|实施)(?=[\u4e00-\u9fff])")


@dataclass(frozen=True)
class Covered:
    """One clause answering: ``value`` as printed, its clause's ``window`` (the clauses read with it) and paragraph."""

    value: str
    window: str
    clause: str
    para: str


def question_words(question: str, title: str = "") -> str:
    """``question`` without its time, asked word and unit, punctuation and the places ``title`` names (「上海」 of
    「上海市绿色建筑…规划」, 全市): the words a covering clause must print, one string.

    >>> question_words("截至2020年12月，全市纳入能耗监测平台的公共建筑有多少栋？", "上海市绿色建筑“十四五”规划")
    '纳入能耗监测平台的公共建筑有'
    >>> question_words("全国绿色建筑创新奖十三五期间上海累计拿了多少项？", "上海市绿色建筑“十四五”规划")
    '全国绿色建筑创新奖累计拿了'
    >>> question_words("十二五一共发生了多少起火灾？")
    '一共发生了火灾'
    >>> question_words("到2025年底建成区多少面积要达到海绵城市要求？", "普陀区海绵城市建设实施方案")
    '建成区面积要达到海绵城市要求'
    """
    q = normalise_text(question)
    q = _TIME.sub("", q)
    q = re.sub(r"投(?![资入运放产])", "投资", q)  # 「一期投多少」 says 投资 short
    q = _COUNTED.sub("", q)
    q = re.sub(rf"{_ASKED.pattern}[^，,。；;？?！!]{{0,4}}?(?=[？?！!。]*$)", "", q)  # the asked word and its unit at the end
    q = _ASKED.sub("", q)
    q = _OWN_SCOPE.sub("", q)
    for place in _PLACE.findall(q) + [p[:-1] for p in _PLACE.findall(title)]:
        if len(place) >= 2 and place in title:
            q = re.sub(re.escape(place) + _NAMED_WORK, "", q)  # (「松江站」 names a station, not the plan's place)
    return re.sub(r"[^\w]", "", q)


#: Words a plan's clause puts around its own measure that a question need not say (对…进行, 目前已, 力争, 以上).
_PRINTED_WORDS = ("进行", "目前", "已经", "达到", "实现", "力争", "争取", "确保", "预计", "超过", "不低于", "不少于", "以上",
                  "以内", "左右", "累计", "完成", "全面", "基本", "开展", "推进", "共计", "合计", "总计",
                  # verbs a question says in its own words (拿了 for 获得): the asked words are checked the other way
                  "获得", "建设", "建成", "新建", "创建", "打造", "引导", "落实", "实施", "形成", "培育", "引进", "突破",
                  "组建", "目标",
                  # a review's praise of its own figure (出色完成应急救援任务18157起)
                  "出色", "顺利", "圆满",
                  # a works' head word (「37个交叉口可变车道工程」 of 可变车道改造)
                  "工程",
                  # the plan's own area said as a whole (「区域累计并网量超25000千瓦」), as 全区 is
                  "区域", "全域",
                  # a part of the whole said before it (其中等级场所面积应不少于总量的30%)
                  "其中", "部分",
                  # where the owner lies, said of the plan's own place (「黄浦区所在的浦西…片区排水公司」)
                  "所在")
#: (超, 近, 余: a bound printed with the value — 「客流超1593万人次」 — quoted with it, no word of the measure)
_PRINTED_CHARS = frozenset("的了是有要对已达为约共将和及与在把于等并超近余需应")


#: Marks inside a name a question drops (「P+R停车库」 said P+R or PR).
_INNER_MARKS = re.compile(r"[+＋·•・]")
#: A bracket after the figure is a note on it (「75%(详见附表)」「约5400万元（维保经费另外预算）」), no word of its measure.
_NOTE = re.compile(r"[（(][^（()）]*[）)]")


def covers(words: str, window: str, *, spoken: tuple[str, ...] = _SPOKEN_WORDS,
           chars: frozenset[str] = _SPOKEN_CHARS, alike: dict[str, tuple[str, ...]] = SPOKEN_TO_PRINTED) -> bool:
    """Whether every run of ``words`` is printed in ``window``: each longest piece (two characters or more) found
    there, or a word ``alike`` says the window prints in its own word (车位 for 泊位), only the spoken words and
    characters left over.

    >>> covers("做适老化改造的公交站台有", "对300个公交站台进行适老化改造")
    True
    >>> covers("每年投运大型公交车", "每年投运中小车型公交车200辆")
    False
    >>> covers("轨交站点周边加了非机动车车位", "轨道站点周边增加非机动车泊位1700个"), covers("PR停车库", "P+R停车库")
    (True, True)
    """
    window = _INNER_MARKS.sub("", window)
    # any reading of the words that accounts for all of them (「潮汐车道改造」 read 潮汐车道 + 改造, not 潮汐车道改 + 造)
    reached = [True] + [False] * len(words)
    per_year_printed = bool(_PER_YEAR_PRINTED.search(window))
    for i in range(len(words)):
        if not reached[i]:
            continue
        ends = [i + n for n in range(2, len(words) - i + 1) if words[i:i + n] in window]
        ends += [i + len(w) for w, printed in alike.items() if words.startswith(w, i) and any(p in window for p in printed)]
        ends += [i + len(w) for w in _PER_YEAR_ASKED if per_year_printed and words.startswith(w, i)]
        ends += [i + len(w) for w in spoken if words.startswith(w, i)]
        ends += [i + 1] if words[i] in chars else []
        if (each := re.match(r"每([个处座所家])", words[i:])) and f"/{each[1]}" in window:
            ends.append(i + 2)  # 「每个…多少」 printed as a rate per unit (1000万元/个)
        for end in ends:
            reached[end] = True
    return reached[-1]


def _aspect_agrees(question: str, clause: str, start: int) -> bool:
    """A change or rate answers only a question asking one; a level only a question asking none."""
    said = value_aspect(clause[:start])
    return (said in ("growth", "change")) == bool(_CHANGE_ASKED.search(question))


def _dated(clauses: list[str], c: int, start: int, sentence: str, before_para: str, headings: tuple[str, ...] = ()) -> Dating:
    """The window's dates, else its sentence's, else its paragraph's before it, else its headings' (nearest first:
    「一、“十二五”期间…成效」 dates the review's figures under it)."""
    for text in ("".join(clauses[start:c + 1]), sentence, before_para, *headings):
        if not (d := dating(text)).empty:
            return d
    return Dating()


def own_measure_asked(clause: str, value: re.Match, words: str, title: str = "") -> bool:
    """Whether every word of the figure's own ``clause`` (its value, time, the plan's place and the plan's linking
    words left out) is among the asked ``words``: 「地级及以上城市PM2.5浓度下降10%」 names PM2.5, so it is no answer to
    「臭氧(O3)浓度要下降多少」 though 臭氧 stands in a clause before it.

    >>> own_measure_asked("地级及以上城市PM2.5浓度下降10%", re.search("10%", "地级及以上城市PM2.5浓度下降10%"), "臭氧O3浓度下降")
    False
    >>> own_measure_asked("对300个公交站台进行适老化改造", re.search("300个", "对300个公交站台进行适老化改造"), "做适老化改造的公交站台有")
    True
    """
    end = value.end() + (clause[value.end():value.end() + 1] in tuple(_COUNTING))  # 「2251起」: the value's counting word
    if re.match(r"/[个处座所家]", clause[end:]):
        end += 2  # 「1000万元/个」: the rate's unit is the value's
    own = clause[: value.start()] + "，" + _NOTE.sub("", clause[end:])
    for other in reversed(values_in(own, 0)):
        own = own[: other.start()] + "，" + own[other.end():]  # another kind's value is no word of the measure
    own = _PAREN.sub("，", own)  # 「干道（含省道）」: a note on the measure, no word of it
    if any(w in words for w in _PER_YEAR_ASKED):
        own = _YEARLY_MEASURE.sub("，", own)  # 「年货运吞吐量」 asked 一年的货运量: its 年 is the per-year word asked
    for unit, nouns in UNIT_MEASURE_NOUNS.items():
        if value.group(0).endswith(unit):
            own = re.sub("|".join(nouns), "，", own)  # 「里程达387.2公里」: the unit says the measure
    own = question_words(own, title)
    return covers(own, words, spoken=_PRINTED_WORDS, chars=_PRINTED_CHARS, alike=SAME_THING)


#: A note in brackets inside a clause (（含省道）, (段)).
_PAREN = re.compile(r"[（(][^（）()]{0,12}[)）]")


def counted_noun(question: str) -> str:
    """The thing a count asks, said after its asked word (几个站, 多少个路口, 多少泊位), or "": the clause's noun for it
    is asked.

    >>> counted_noun("12号线西延伸开工了几个站？"), counted_noun("可变车道改造了多少个路口？"), counted_noun("有多少？")
    ('站', '路口', '')
    """
    return noun_after_asked(normalise_text(question), counting=_COUNTING)


def asked_noun(question: str) -> str:
    """The noun ``question`` asks the amount of after its asked word, which :func:`question_words` drops with the unit
    (「需要多少经费」 → 经费; 「有多少栋」 → '': a unit is no noun): printed by the clause as its measure (共需经费).

    >>> asked_noun("十四五期间规划建设一共需要多少经费？"), asked_noun("公共建筑有多少栋？")
    ('经费', '')
    """
    return noun_after_asked(normalise_text(question), size=(2, 4))


def _pieces(clause: str, found: list[re.Match], unit: str | None, asked: str, title: str) -> list[tuple[str, re.Match]]:
    """(piece, value) of ``clause`` to read alone, given its values of the asked kind ``found``
    (:func:`~qa.values.prose.asked_values`): the clause itself when it holds one; of a 、-run (:func:`value_run`)
    holding several, the one part whose own words are all ``asked``, with the run's verb before it (「完成7个路段潮汐
    车道改造、37个交叉口可变车道工程」 asked 可变车道…路口), else each part pairing a label with its own value
    (「I类固定中心1000万元/个、固定长期800万元/个」); [] otherwise.

    >>> clause = "完成7个路段潮汐车道改造、37个交叉口可变车道工程"
    >>> [p for p, _ in _pieces(clause, list(values_in(clause, 0, "个")), "个", "可变车道改造了，路口", "")]
    ['完成37个交叉口可变车道工程']
    >>> clause = "I类固定中心1000万元/个、固定长期800万元/个"
    >>> [v.group(0) for _, v in _pieces(clause, asked_values(clause, "万元"), "万元", "固定长期", "")]
    ['1000万元', '800万元']
    """
    if len(found) == 1:
        return [(clause, found[0])]
    if len(found) < 2:
        return []
    run = value_run(clause)
    picks = [run.lead + own for own in run.own
             if (value := sole_value(own, unit)) and own_measure_asked(own, value, asked, title)]
    if len(picks) == 1 and len(run.parts) > 1 and run.holding(unit) == len(found):
        # the lead is read up to the first digit, which may sit inside a name (PM2.5): a joined part holding no value
        # of its own is no piece
        if len(joined := asked_values(picks[0], unit)) == 1:
            return [(picks[0], joined[0])]
    members = [(part, sole_value(part, unit)) for part in run.parts]
    if len(members) == len(found) and all(value for _, value in members):
        return members
    return []


def _windows(norm: str, unit: str | None, question: str, words: str, title: str,
             headings: tuple[str, ...] = ()) -> list[tuple[str, str, str, Dating]]:
    """(value, window, clause, dating) of each clause of ``norm`` holding exactly one value of the asked kind, every
    word of its own measure asked."""
    out = []
    asked = words + "，" + counted_noun(question) + "，" + asked_noun(question)
    sentences = _SENTENCE.findall(norm)
    for s, sentence in enumerate(sentences):
        clauses = _CLAUSE.findall(sentence)
        for c, clause in enumerate(clauses):
            for piece, value in _pieces(clause, asked_values(clause, unit), unit, asked, title):
                if not _aspect_agrees(question, piece, value.start()) or not own_measure_asked(piece, value, asked, title):
                    continue
                start = c
                while start > 0 and not any(of_asked_kind(unit, m.group(0)) for m in values_in(clauses[start - 1], 0, unit)):
                    start -= 1
                if start == c and _BARE.match(piece.replace(value.group(0), "")) and c > 0:
                    start = c - 1  # 「…9208万平方米，共2017栋」: a bare count goes on with the clause before it
                window = "".join(clauses[start:c]) + piece
                if start == c and c > 0 and (verb := _SHARED_VERB.match(clauses[c - 1])) and not _SHARED_VERB.match(piece):
                    # 「新增城市公园1座，口袋公园3座」: the verb before the run is each object's (quoted as printed, with it)
                    window = clauses[c - 1] + "，" + window
                before = "".join(sentences[:s])
                rate = re.match(r"/[个处座所家]", piece[value.end():])  # 「1000万元/个」: said with its rate
                out.append((value.group(0) + (rate[0] if rate else ""), window, piece,
                            _dated(clauses, c, start, sentence, before, headings)))
    return out


#: Longest lead read as naming a paragraph's item (characters): a longer one is prose, not a name.
_MAX_LEAD = 40


def named_lead(norm: str) -> str:
    """The sentences opening paragraph ``norm`` before any figure, when short: a box item's name (「重大科技项目。建设
    X产业园暨Y中心。计划分两期开发，…总投资160亿元」), which owns the figures after it though no clause names it; ''
    when the paragraph opens with a figure or with a long sentence.

    >>> named_lead("重大科技项目。建设青禾电子产业园。规划面积3700亩，总投资160亿元。")
    '重大科技项目。建设青禾电子产业园。'
    >>> named_lead("总投资160亿元。")
    ''
    """
    lead = ""
    for m in re.finditer(r"[^。；;！？\n]+[。；;！？\n]?", norm):
        if values_in(m.group(0), 0):
            break
        lead += m.group(0)
    return lead if len(lead) <= _MAX_LEAD else ""


def clause_fallback(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """A figure answer to ``question`` from the one clause covering it (see the module), or None.

    Returns
    -------
    Answer or None
        ``found`` with one item (the value, its clause as detail, the paragraph's citation); None when the question
        asks no single figure, no clause covers it, its dates do not answer the time asked, or two clauses covering
        it give different values.
    """
    intent = classify_intent(question)
    frame = parse_frame(question, intent)
    if frame.ask not in ("value", "count") or len(frame.measures) != 1 or not _ASKED.search(question):
        return None
    titles = {plan_of(n): normalise_text(kb.label(n)) for n in kb.by_type.get("Plan", [])}
    found: list[Covered] = []
    for para in kb.paragraph_nodes:
        pid = plan_of(para)
        if plan and pid != plan:
            continue
        words = question_words(question, titles.get(pid, ""))
        if len(words) < 2:
            return None
        norm = kb.norm_text[para]
        said = words + "，" + asked_noun(question)  # (the noun after the asked word too: 「拆了多少违法搭建」)
        if not any(said[i:i + 2] in norm for i in range(len(said) - 1)):
            continue
        horizon = plan_horizon(kb, pid)
        span = period_span_asked(question)
        year = None if span else (frame.year or (horizon if re.search(r"规划(?:末期|期末)|期末", question) else None))
        cite = kb.citation(para)
        headings = tuple(normalise_text(h) for h in (cite.box, cite.section, cite.chapter, cite.part) if h)
        box = normalise_text(cite.box or "")
        for value, window, clause, when in _windows(norm, frame.unit, question, words, titles.get(pid, ""), headings):
            # (a member of a 、-run given the run's figure is refused after, by qa.checks.joint as every answer is)
            # the item's name leading its paragraph, and the box it stands in (「科技创新重大项目里X…」), own its figures
            if (covers(words, window) or covers(words, box + named_lead(norm) + window)) \
                    and answers_time(when, year=year, span=span, horizon=horizon):
                found.append(Covered(value, window, clause, para))
    if not found or len({normalise_text(f.value) for f in found}) != 1:
        return None
    f = found[0]
    cite = kb.citation(f.para)
    value = bounded(f.clause, f.value)
    shown = f.window if len(f.window) <= _MAX_QUOTE else "…" + f.window[-_MAX_QUOTE:]
    text = f"{value}（原文：“{shown}”）。"
    return Answer(question, text, True, [Item(value, cite, detail=f.clause)], [cite], kind="fact")


def period_span_asked(question: str) -> tuple[int, int] | None:
    """The span of the five-year period ``question`` asks as a whole (「十四五期间」「“十三五”时期」), or None
    (「十三五末」 asks one year)."""
    m = re.search(rf"[“\"]?({PERIOD_NUMERAL})五[”\"]?(期间|时期|期内)?(?!末|初)", question)
    if m is None or (m.end() < len(question) and question[m.end()] in "个年"):
        return None
    return period_span(m.group(1))
