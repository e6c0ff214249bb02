"""A measure stated twice with different figures: the indicator table, the prose and a 专栏 side by side.

Plans restate a target where they discuss it, and the figures do not always agree: the indicator table sets
森林覆盖率 at 56 for 2025 while the ecology chapter says 「实现森林覆盖率60%」; the agriculture chapter builds
「高标准农田15万亩」 while its 专栏 lists 「建设35万亩高标准农田」. An answer giving one of them says nothing
false, but hides what the plan also says. :func:`with_restatements` adds the other figures of the same
measure and year, each with its source (指标表, 正文 and its chapter, the 专栏); a question naming its source
(「正文说…」「专栏里…」「指标表中…」) gets that source's figure first.

Only a one-figure answer of a level is completed, with figures :func:`qa.values.prose.find_figures` reads for the
measure as a whole (its own clause names it), for the year answered.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..answer import Answer, Citation, Item
from ..question.frame import parse_frame
from ..question.intent import ATTRIBUTE_CUES, classify_intent
from ..index.kb import KB, normalise_text
from .measures import count_for_amount, year_agrees
from .prose import Figure, find_figures, plan_horizon
from ..question.link import widened
from ..checks.scope import foreign_scope
from ..checks.ownership import NAME_HEAD, whole_or_part
from ..trace import check

__all__ = ["without_prose_source", "without_sources", "without_source_clauses", "with_restatements", "source_of"]

#: Most restatements an answer adds.
_MAX_OTHERS = 2
#: Longest quoted clause (characters).
_MAX_QUOTE = 40
#: Figures read with less than the whole of the measure's words are not said to restate it.
_MIN_SCORE = 1.0
#: A figure asked (「是约束性还是预期性」 asks none).
_FIGURE_ASKED = re.compile(r"多少|几|多[长宽大高]|数值|目标|达到|比重|比例|百分之")
#: Things whose figures are their own (a project's 总投资, a 灌区's 灌溉面积): another thing's is no restatement.
_OWNERS = ("Park", "Project", "Organization", "Place")
#: A question naming where the figure is printed.
_ASKED_SOURCE = (("正文", re.compile(r"正文|文中|文字")), ("专栏", re.compile(r"专栏")), ("指标表", re.compile(r"指标表|表中|表里|表格")),
                 ("附件", re.compile(r"附件|附表|分工表")))
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: 「正文说…」「文中提到的…」 before a figure asked: where to look, no part of the measure (the answer leads with it).
#: Only where a question starts or after a year or comma: 「人文中心」「公正文明」 hold the words inside names.
_PROSE_SOURCE = re.compile(r"(?:(?:^|(?<=[年，,？?]))(?:正文|文中|(?:任务)?分工表(?=里|中))(?:里|中|里面)?|(?<=[\u4e00-\u9fff])正文(?:里面|里|中|(?=说|提到|写|讲|要求)))"
                           r"又?(?:说|提到|写|讲|要求)?(?:的|了)?(?=[\u4e00-\u9fff])")


def without_prose_source(question: str) -> str:
    """``question`` without the prose named as its source, when it asks a figure; :func:`with_restatements` reads the
    source from the question as asked.

    >>> without_prose_source("到2025年正文说要建成高标准农田多少亩？"), without_prose_source("正文里森林覆盖率要达到多少")
    ('到2025年要建成高标准农田多少亩？', '森林覆盖率要达到多少')
    >>> without_prose_source("正文第三章讲了什么？"), without_prose_source("人文中心建设多少平方米")
    ('正文第三章讲了什么？', '人文中心建设多少平方米')
    >>> without_prose_source("高标准农田正文里说建成多少亩？"), without_prose_source("公正文明城市建成多少个")
    ('高标准农田建成多少亩？', '公正文明城市建成多少个')
    >>> without_prose_source("分工表里今年新增光伏装机多少？"), without_prose_source("附件一共列了多少条任务？")
    ('今年新增光伏装机多少？', '附件一共列了多少条任务？')

    """
    return _PROSE_SOURCE.sub("", question) if re.search(r"多少|几", question) else question


#: One source named (「指标表里写的」「第35章正文里写的」「表里」「专栏21.1中」); a bare 表 only after no Han character
#: (「代表」「发表」 hold it inside words).
_ONE_SOURCE = (r"(?:指标表|表格|(?<![\u4e00-\u9fff])表|(?:任务)?分工表|附表|附件|(?:第[0-9一二三四五六七八九十百]{1,4}[章节])?(?:正文|文中)"
               r"|专栏(?:[0-9]{1,3}(?:\.[0-9]{1,2})?)?)(?:里面|里|中|上)?(?:写|说|讲|提到|列|给)?出?(?:的|了)?")
#: 「指标表里写的和第35章正文里写的」「表里和正文说的一样吗」: two sources compared — where to look, no part of the measure.
_SOURCES_COMPARED = re.compile(rf"在?{_ONE_SOURCE}(?:和|与|跟|同|、){_ONE_SOURCE}(?:(?:是不是|是否)?(?:一样|一致|相同)(?:吗|么)?)?")


#: One source said inside the clause asked (「专栏21.1说要建…」「森林覆盖率表里定的多少」): where to look, no measure word.
_SOURCE_SAID = re.compile(rf"{_ONE_SOURCE}|(?<=[\u4e00-\u9fff])(?<![代发图列])表(?:里|中|上)(?:写|说|定|列|给)?出?(?:的|了)?")


def without_sources(question: str) -> str:
    """``question`` without two sources it compares, for reading its measure (the sources are read as asked).

    >>> without_sources("森林覆盖率2025年的目标，指标表里写的和第35章正文里写的分别是多少？")
    '森林覆盖率2025年的目标，分别是多少？'
    >>> without_sources("基本养老保险参保率到2025年，表里和正文说的一样吗？各是多少？")
    '基本养老保险参保率到2025年，？各是多少？'
    >>> without_sources("代表和委员有多少人")
    '代表和委员有多少人'
    """
    return _SOURCES_COMPARED.sub("", question)


#: What a clause naming a source says besides it when it asks nothing new: how the figure is set there, its 属性, or
#: whether the sources agree, or the same figure again (「又是怎么定的、什么属性」「说的是不是一个数」「这一项是什么属性」「又写的多少」).
_SOURCE_ASK = re.compile(r"又|还|分别|各|不是|是否|是|怎么|如何|咋|规定|定|写|说|讲|列|给|的|了|呢|吗|么|什么|哪种|属性|约束性|预期性"
                         r"|和|与|跟|同|、|一个数|一回事|一样|一致|相同|这一?项|这个指标|多少|[ 　]")


def _source_only(clause: str) -> bool:
    """Whether ``clause`` names a source (指标表, 正文, 专栏N) or the 属性 and nothing of a measure."""
    core = clause.strip("？?。；;！!，,")
    if not core or not (re.search(_ONE_SOURCE, core) or "属性" in core):
        return False
    named = [m.group(0) for m in re.finditer(_ONE_SOURCE, core)]
    if named and all(re.search(r"\d|第", n) for n in named) and not re.search(r"属性|和|与|跟|同|一样|一致|相同|一个数|一回事", core):
        return False  # 「专栏31.1呢」 after 「专栏7.1的标题是什么」: another numbered thing asked the same, not a source
    return not _SOURCE_ASK.sub("", re.sub(_ONE_SOURCE, "", core))


def without_source_clauses(question: str) -> str:
    """``question`` without the clauses after its first that only name where else to look (「指标表里又是怎么定的、什么
    属性？」「第21章正文和专栏21.1说的是不是一个数？」): they ask the first clause's measure again, from that source —
    :func:`with_restatements` gives every source's figure — and hold no measure of their own.

    >>> without_source_clauses("森林覆盖率正文说2025年要到多少？指标表里又是怎么定的、什么属性？")
    '森林覆盖率正文说2025年要到多少？'
    >>> without_source_clauses("高标准农田要建多少亩？第21章正文和专栏21.1说的是不是一个数？")
    '高标准农田要建多少亩？'
    >>> without_source_clauses("空气优良率正文要求多少以上？指标表里这一项是什么属性？")
    '空气优良率正文要求多少以上？'
    >>> without_source_clauses("森林覆盖率表里定的多少？正文又写的多少？")
    '森林覆盖率表里定的多少？'
    >>> without_source_clauses("专栏7.1的标题是什么？专栏31.1呢？"), without_source_clauses("专栏7.1有几个项目？专栏31.1呢？")
    ('专栏7.1的标题是什么？专栏31.1呢？', '专栏7.1有几个项目？专栏31.1呢？')
    >>> without_source_clauses("森林覆盖率要到多少？表里2020年是多少？")
    '森林覆盖率要到多少？表里2020年是多少？'
    """
    parts = [p for p in re.split(r"(?<=[？?。；;！!，,])", question) if p]
    # (only after a figure asked: a figure is what other sources restate — 「专栏7.1的标题是什么？专栏31.1呢？」 asks none)
    return "".join(p for i, p in enumerate(parts)
                   if i == 0 or not re.search(r"多少|几|比例|比重|目标", "".join(parts[:i])) or not _source_only(p))


def source_of(citation: Citation) -> str:
    """Where a cited figure is printed: 指标表, the 专栏 by its number, or 正文 with its chapter.

    >>> source_of(Citation("ind-3", "")), source_of(Citation("box4.1-i02", "", box="专栏4.1 重点项目"))
    ('指标表', '专栏4.1')
    >>> source_of(Citation("ch35-s5-p01", "", chapter="第35章 建设生态宜居新城"))
    '正文第35章'
    """
    if citation.id.startswith("ind-"):
        return "指标表"
    if citation.id.startswith("end-"):
        return "附件"  # the matter after the body (an appendix's task table, 「附件：…分工表」)
    if citation.box:
        return citation.box.split()[0]
    chapter = (citation.chapter or "").split()
    return f"正文{chapter[0]}" if chapter else "正文"


def _kind(source: str) -> str:
    return next((k for k in ("专栏", "指标表", "附件") if source.startswith(k)), "正文")


def _number(value: str) -> float | None:
    m = _NUMBER.search(value)
    return float(m.group(0)) if m else None


def _unit(value: str) -> str:
    """The unit a value is printed in, without its magnitude (万/亿) or bound: 56万辆 → 辆, 9,350亿元 → 元, 56 → ''."""
    # (a bound printed as a sign, ≥35.6 in a table cell, is no unit: the row's unit is in its name)
    unit = re.sub(r"[\d.,，·〇零一二三四五六七八九十百千≥≤<>＜＞=]|左右|以上|以下|以内|之内|约|近|超过|不到|不足|多", "", normalise_text(value))
    return re.sub(r"^[万亿]+", "", unit).replace("％", "%")


def _same_unit(value: str, other: str) -> bool:
    """Whether two figures are printed in one unit (or either in none: a table cell's unit is its row's).

    >>> _same_unit("56万辆", "9,350亿元"), _same_unit("2,016亿元", "967万元"), _same_unit("56", "60%")
    (False, True, True)
    >>> _same_unit("≥35.6", "36万吨左右"), _same_unit("≤6.0", "5.5%")
    (True, True)
    """
    a, b = _unit(value), _unit(other)
    return not a or not b or a == b


def _quote(clause: str) -> str:
    return clause if len(clause) <= _MAX_QUOTE else clause[: _MAX_QUOTE - 1] + "…"


@check("restated")
def with_restatements(kb: KB, question: str, answer: Answer, *, plan: str | None = None, owners: list[str] = ()) -> Answer:
    """``answer`` with the figures the plan states elsewhere for the same measure and year when they differ.

    Parameters
    ----------
    question : str
        The question answered (a source it names — 正文, 专栏, 指标表 — is put first).
    owners : list of str
        Types of the things the question names: a named thing's attribute (「X灌区灌溉面积」) is X's alone, and
        never completed with other things' figures of that attribute.
    answer : Answer
        A found answer of kind ``indicator`` or ``fact`` with one item; any other is returned unchanged.

    Returns
    -------
    Answer
        The same answer when the plan states the measure once (or every statement agrees); else its text
        goes on with 「另，正文第35章：60%（原文：“…”），与上不同」 and an item per other figure — or, when the
        question names a source the answer did not come from, that source's figure leads.
    """
    if not answer.found or answer.kind not in ("indicator", "fact") or len(answer.items) != 1 or answer.items[0].citation is None:
        return answer
    if not _FIGURE_ASKED.search(question) or (answer.kind == "fact" and any(t in _OWNERS for t in owners)):
        return answer
    # 「表里和正文说的一样吗」 names where to look: its words split no measure in two
    read = _SOURCE_SAID.sub("", without_sources(without_source_clauses(question)))
    frame = parse_frame(read, classify_intent(read))
    if len(frame.measures) != 1 or frame.aspect_of(0) not in (None, "level", "change"):
        return answer
    if answer.kind == "fact" and any(NAME_HEAD.search(frame.measures[0].split(cue)[0]) for cue in ATTRIBUTE_CUES
                                     if cue in frame.measures[0]):
        return answer  # 「X灌区灌溉面积」: a named thing's attribute (「新增光伏装机」 names none: the measure is the plan's)
    item = answer.items[0]
    # A restatement is the same plan's: over several plans another plan's figure for the measure is no second
    # statement of this one's (杉源县's table 125 went on with 桐岭县's prose 500亿元 as 「正文第2章…与上不同」).
    plan = plan or item.citation.plan
    measure = item.label if answer.kind == "indicator" else frame.measures[0]
    year = frame.year or plan_horizon(kb, plan)
    # (no unit asked: the table prints its unit in the row's name, 粮食综合生产能力（万吨） 35.6)
    figures = [f for f in find_figures(kb, measure, plan=plan)
               if f.score >= _MIN_SCORE and f.aspect in ("level", "change") and year_agrees(kb, f, year)
               and not count_for_amount(measure, f.value)]  # 「前15家生产企业生产总值」: 15家 is no 生产总值
    here = item.citation.id
    # a row of targets and outcomes said one side (its item's detail: 「2025年实现情况为90.87」): that side's figure
    said = {_number(n) for n in re.findall(r"\d+(?:\.\d+)?", item.detail or "")} if answer.kind == "indicator" else set()
    given = next((f for f in figures if kb.citation(f.para).id == here and (not said or _number(f.value) in said)), None)
    # a level restates a level, a change (「新增光伏装机规模2590千瓦」 in the prose, 5500千瓦 in the task table) a change:
    # 「装机达到X」 is no restatement of 「新增Y」
    figures = [f for f in figures if f.aspect == (given.aspect if given else "level")]
    value = given.value if given else item.label
    thing = _object_of(measure, given.clause, given.value) if given else ""
    if _number(value) is None:
        return answer
    # the answered row's other columns (a target's outcome, a base) are the same row, never a second statement of it
    row = kb.attrs(item.entity) if answer.kind == "indicator" and item.entity else {}
    cells = {_number(str(row.get(k))) for k in ("baseValue", "targetValue", "actualValue") if row.get(k) is not None}
    others: list[Figure] = []
    for f in figures:
        if _number(f.value) in cells:
            continue  # 「截至2025年底…人均公园绿地面积6.07平方米」 is the row's own 2025 outcome, not the 5.83 target restated
        cite = kb.citation(f.para)
        if cite.id == here or any(kb.citation(o.para).id == cite.id for o in others):
            continue
        if _number(f.value) is None or _number(f.value) == _number(value) or (given and f.clause == given.clause):
            continue
        if _FORMULA.search(f.clause):
            continue  # 「计算公式为…=〔…〕×100%」: a definition's formula states no figure of the measure
        if whole_or_part(question, f.sentence, f.sentence.find(f.value)):
            continue  # 「…更新造林3，910万亩，其中人工更新造林3，100万亩」: a part's figure restates no whole (造林 29,000万亩)
        if thing and thing not in normalise_text(f.clause):
            continue  # 「生产各种汽车9万辆」 is not restated by 「生产卷烟200万箱」: the measure (生产) is of another thing
        if _names_widened(re.sub(r"[（(].*$", "", measure), kb.norm_text.get(f.para) or f.clause):
            continue  # 「工业炸药制品危险等级…」 is no restatement of 工业炸药危险等级…'s figure: another thing (qa.question.link.widened)
        if not _same_unit(value, f.value):
            continue  # 「生产各种汽车56万辆」 is not restated by 「国民收入生产额9,350亿元」: another unit, another measure
        if foreign_scope(normalise_text(question), f.value, f.clause, cite):
            continue  # 中部地带's 发电量 is no restatement of the nation's (qa.checks.scope)
        others.append(f)
    if not others:
        return answer
    named = [name for name, words in _ASKED_SOURCE if words.search(question)]
    asked = named[0] if named else None
    if asked == _kind(source_of(item.citation)) and len(named) < 2:
        return answer  # 「正文说…」 answered from the prose already (「正文和专栏说的是不是一个数」 asks both)
    preferred = [f for f in others if asked and _kind(source_of(kb.citation(f.para))) == asked]
    others = (preferred + [f for f in others if f not in preferred])[:_MAX_OTHERS]
    said = [f"{source_of(kb.citation(f.para))}：{f.value}（原文：“{_quote(f.clause)}”）" for f in others]
    items = [Item(f.value, kb.citation(f.para), detail=f.clause) for f in others]
    cites = list(dict.fromkeys([*answer.citations, *(i.citation for i in items)]))
    where = source_of(item.citation)
    if preferred:
        # 「正文说要达到多少」: the source asked leads, the answer found elsewhere follows as what it is.
        text = "；".join(said) + f"。另，{where}：{answer.answer.rstrip('。')}，与上不同。"
        return replace(answer, answer=text, items=items + [item], citations=cites)
    text = f"{answer.answer.rstrip('。')}（{where}）。另，" + "；".join(said) + "，与上不同。"
    return replace(answer, answer=text, items=[item] + items, citations=cites)


#: A definition's formula (计算公式为…, …=…×100%): its factors are no statement of the measure's value.
_FORMULA = re.compile(r"计算公式|公式为|[×÷]\s*\d|[=＝]\s*[〔(（\[]")


#: Words between a measure and its value that name no thing: 「生产各种汽车」's 各种, 「达到」.
_NO_THING = re.compile(r"各种|各类|各项|全部|总计|合计|共计|达到|达|为|的|约|超过|突破|实现|完成|[，,、：:（）()]")


def _object_of(measure: str, clause: str, value: str) -> str:
    """The thing a verb-like measure is of, printed between it and the value (「生产各种汽车9万辆」 → 汽车), or ''.

    >>> _object_of("生产", "生产各种汽车9万辆", "9万辆"), _object_of("森林覆盖率", "森林覆盖率达到60%", "60%")
    ('汽车', '')
    >>> _object_of("粮食产量", "粮食产量稳定在1.3万亿斤以上", "1.3万亿斤")
    ''
    """
    clause, measure, value = normalise_text(clause), normalise_text(measure), normalise_text(value)
    start, end = clause.find(measure), clause.find(value)
    if start < 0 or end < 0 or end < start + len(measure):
        return ""
    between = _NO_THING.sub("", clause[start + len(measure) : end])
    # only a short noun (汽车, 卷烟, 程控交换机): a longer stretch is wording, not the thing (稳定在…以上)
    return between if 2 <= len(between) <= 6 and not re.search(r"[在到至于比较由]", between) else ""


def _names_widened(measure: str, clause: str) -> bool:
    """Whether ``clause`` prints a long measure's name (six characters or more) only with words put inside it, or
    with words of it left out (another thing of the same kind: 工业炸药 beside 工业炸药制品).

    >>> _names_widened("工业炸药危险等级为1.1级的工房现场操作人员", "工业炸药制品危险等级为1.1级的工房现场操作人员2020年为9人")
    True
    >>> _names_widened("工业炸药制品危险等级为1.1级的工房现场操作人员", "工业炸药危险等级为1.1级的工房现场操作人员2020年为6人")
    True
    >>> _names_widened("城镇新增就业", "城镇新增就业人数达到500万")
    False
    """
    measure, clause = normalise_text(measure), normalise_text(clause)
    if len(measure) < 6 or measure in clause:
        return False
    # the other way too: the measure is a name the clause prints, with words put inside it (制品 of 工业炸药制品…)
    narrowed = any(measure[:a] + measure[a + n:] in clause for n in (2, 3, 4) for a in range(2, len(measure) - n - 1))
    return narrowed or any(widened(measure, clause[k : k + len(measure) + 8]) for k in range(len(clause)) if clause[k] == measure[0])
