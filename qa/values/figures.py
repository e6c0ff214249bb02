"""Answers that are figures: a project's quantities, indicator values, counts and sums.

A figure is only given when it is tied to what the question names — an
entity's quantity or a clause that contains the question's key words — so a
question the plan does not answer gets ``None`` here and a not-found answer
upstream, never a nearby number.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.targets import plan_period
from kg.extract.units import chinese_number
from kg.ingest.markers import LIST_MARK

from ..answer import Answer, Item
from ..question.container import container_of, in_container, without
from ..checks.ownership import whole_or_part
from ..checks.places import part_of_area
from ..question.intent import ATTRIBUTE_CUES, Intent, classify_intent, normalise_question
from .boxmembers import asked_members, matched_members
from .items import asked_nouns, item_texts, named_in_sentence, noun_value, other_grade, titled_items
from ..question.frame import MEASURE_UNITS, NARROWING, PERIOD_NUMERAL, as_asked, as_printed, parse_frame, phase_agrees, spoken_attributes, years_in
from .measures import MAX_ANSWER, answer_measures, year_agrees
from .prose import figures_of_value, plan_horizon, unit_agrees, value_aspect
from .review import own_rows_extending, rows_asked
from ..index.kb import KB, normalise_text, plan_of
from ..outline.numbering import missing_number
from ..question.ngrams import bigrams
from ..question.link import Link, link_entities
from ..question.planscope import which_table_plan
from ..vocabulary import KIND_AND_HEAD, UNIT_MEASURE_NOUNS, member_kind

__all__ = [
    "clause_around",
    "spells_in_order",
    "key_terms",
    "answer_fact",
    "answer_indicator",
    "answer_indicator_list",
    "asks_categories_of_attribute",
    "answer_indicator_by_value",
    "answer_aggregate",
    "format_total",
    "cue_label",
    "item_name",
    "box_scope",
    "asked_box",
]

# 5,500亿度: a comma between digits splits nothing (「6,352,8万吨」 is one printed number, never a cut 6,352), unless a
# year follows (「2020年为2.74,2025年为2.98」).
_CLAUSE_SPLIT = re.compile(r"[，；;。！？\n]|,(?!(?<=\d,)(?!(?:19|20)\d\d年)\d)")
_GENERIC = re.compile(
    r"(请问|规划中|规划里|规划|纲要|哪些|什么|现有|现在|目前|计划|预计|总共|一共|合计|多少|几个|几|多长|多宽|多大|多高|规模|是|有|的|要|达到|到|年|目标|分别|和|及|与|里|中|在|个|家|项|座|条|所|处)"
)
#: Words holding one of _GENERIC's single characters (项 of 项目, 中 of 中心): kept whole, so that stripping the
#: question's frame never cuts a word in two (「哪些项目支持X」 is about 项目支持X, never 目支持X).
#: (个 after 多少/几 is the counting word: 「多少个人才公寓」 asks 人才公寓.)
_WHOLE_WORDS = re.compile(r"项目|(?<!多少)(?<!几)(?:个人|个体)|国家|家庭|专家|条件|条例|处理|处置|所在|场所|中心|集中|有机|有限|年均|年度")


def clause_around(text: str, needle: str) -> str:
    """The clause of ``text`` (between ，；。) that holds ``needle``.

    Examples
    --------
    >>> clause_around("湘江、潇水治理69.5km，综合治理贤水长度共计210km。", "69.5km")
    '湘江、潇水治理69.5km'
    """
    i = text.find(needle)
    if i < 0:
        return ""
    starts = [m.end() for m in _CLAUSE_SPLIT.finditer(text, 0, i)]
    start = starts[-1] if starts else 0
    m = _CLAUSE_SPLIT.search(text, i + len(needle))
    return text[start : m.start() if m else len(text)].strip()


def key_terms(question: str, intent: Intent, links: list[Link]) -> list[str]:
    """What the question asks about once names, cue words and question words are removed.

    Examples
    --------
    >>> from qa.question.intent import classify_intent
    >>> q = "零陵区现有多少家三甲医院？"
    >>> key_terms(q, classify_intent(q), [])
    ['零陵区', '三甲医院']
    """
    topic = normalise_question(question)
    for l in links:
        topic = topic.replace(l.mention, " ")
    for c in intent.cue_words:
        topic = topic.replace(c, " ")
    topic = _frame_stripped(topic)
    return [t for t in re.split(r"[^\u4e00-\u9fffA-Za-z0-9+]+", topic) if len(t) >= 2]


def _frame_stripped(text: str) -> str:
    """``text`` with the question's frame words blanked, words of _WHOLE_WORDS left whole.

    >>> _frame_stripped("哪些项目支持云杉百亿园区"), _frame_stripped("国家级中心有几个")
    (' 项目支持云杉百亿园区', '国家级中心  ')
    """
    kept = [(m.start(), m.end()) for m in _WHOLE_WORDS.finditer(text)]
    return _GENERIC.sub(lambda m: m.group(0) if any(a < m.end() and m.start() < b for a, b in kept) else " ", text)


def _overlap(question: str, clause: str) -> float:
    q = bigrams(question)
    return len(q & bigrams(clause)) / (len(q) or 1)


# Words of the question frame, not of what is asked about (「建成后年销售收入预计多少」 → 年销售收入).
# 「多少台风机」, 「多少个学位」: the counting word after 多少 is no part of what is asked.
_FRAME_WORDS = re.compile(r"(?:是|有)?(?:多少|几)[个台座条家所项件张户辆次处套](?=[^0-9])|是多少|有多少|多少|(?:是|有)?几(?!何)|是什么|预计|预期|大约|约|建成后|建成|规划|计划|将|要|达到|的|了|[？?。，,！!“”\"\s]")
# Heads that make a new measure of the one before them (数字经济增加值占GDP比重 is no GDP).
_MEASURE_HEADS = re.compile(r"^(?:比重|比例|占比|能耗|排放|强度|密度|人均|单位|的?(?:贡献率|贡献|拉动|弹性系数|比重|占比))")
#: Money said of a subject (「绿色低碳产业专项资金」): another measure than the subject's size, unless the row names it.
_MONEY_HEADS = re.compile(r"^的?(?:专项|扶持|引导|发展)?(?:资金|经费|基金|补贴|奖补|奖励)")
# What the indicator table states besides the value itself (年均增长, 目标值 …): still the same measure.
_INDICATOR_ASPECT = re.compile(r"^(?:年均|累计)?(?:增长率?|增速|目标值?|基期值?|数值|值|属性|是)")
#: A growth rate asked, spoken too (「一年平均长了多少」「平均每年增长多少」): a rate over a period.
_GROWTH = re.compile(r"年均|增速|增长率|增长了?多少|增幅|(?:平均每年|每年平均|一年平均|平均一年)(?:增长|增加|长|涨)")


def _asked_residue(question: str, mention: str, label: str = "") -> str:
    """What a question asks about a named thing, without the name and the question's frame words.

    A part of the name the link left out but the entity's ``label`` holds (a place before it:
    永州|大庆坪风电场工程 for 永州大庆坪风电场工程项目) is the name too, not what is asked.

    Examples
    --------
    >>> _asked_residue("综合保税仓库建成后年销售收入预计多少？", "综合保税仓库")
    '年销售收入'
    >>> _asked_residue("何仙观水库是多少？", "何仙观水库")
    ''
    >>> _asked_residue("永州大庆坪风电场工程新建风机多少台？", "大庆坪风电场工程", "永州大庆坪风电场工程项目")
    '新建风机'
    """
    q = normalise_question(question)
    at = q.find(mention)
    if at >= 0:
        # with the longest end of the words before the mention that the label prints right before it
        lead = next((q[i:at] for i in range(at) if q[i:at] + mention in label), "") if label else ""
        q = q[: at - len(lead)] + q[at + len(mention):]
    return _FRAME_WORDS.sub("", q)


def _names_other_measure(question: str, link: Link) -> bool:
    """Whether the question's measure merely contains the linked indicator (占GDP比重, GDP能耗, 农村居民人均可支配收入).

    >>> from qa.question.link import Link
    >>> _names_other_measure("最终消费对GDP的贡献率2020年是多少？", Link("n", "地区生产总值", "Indicator", "GDP", 1.0))
    True
    >>> _names_other_measure("GDP年均增长多少？", Link("n", "地区生产总值", "Indicator", "GDP", 1.0))
    False
    >>> _names_other_measure("增加大型机车多少台？", Link("n", "机车", "Indicator", "机车", 1.0)), _names_other_measure("修复机车多少台？", Link("n", "机车", "Indicator", "机车", 1.0))
    (True, True)
    """
    q = normalise_question(question)
    if _other_scale(q, normalise_text(link.label)):
        return True
    at = q.find(link.mention)
    if at < 0:
        return _sibling_measure(q, normalise_text(link.label))
    after = q[at + len(link.mention):]
    before = q[:at]
    # 「最终消费对GDP的贡献率」: a measure of something else taken against GDP
    if (money := _MONEY_HEADS.match(after)) and money.group(0).lstrip("的")[-2:] not in normalise_text(link.label):
        return True  # 「绿色低碳产业专项资金」 is no row 绿色低碳产业规模
    return (bool(_MEASURE_HEADS.match(after)) and not _INDICATOR_ASPECT.match(after)
            or bool(NARROWING.search(before)) or before.endswith("对") or bool(_WORKS_ON.search(before))
            or _rate_of_its_own(after, link.label))


# A scale named in words (五百亿, 千亿, 百亿, 万亿) that ranks a kind of thing: 「五百亿产业集群」 are others than 「千亿产业集群」.
_SCALE_WORD = re.compile(r"[一二三四五六七八九两]?[十百千万]+亿(?![元吨])")


def _other_scale(q: str, label: str) -> bool:
    """Whether the question names things of a scale the row's name gives another scale: 「五百亿产业集群」 is no
    row of 「千亿产业集群规模」 (a row naming no scale is left to the other checks).

    >>> _other_scale("三个五百亿产业集群是哪三个", "千亿产业集群规模"), _other_scale("千亿产业集群规模多少", "千亿产业集群规模")
    (True, False)
    """
    asked = set(_SCALE_WORD.findall(q))
    printed = set(_SCALE_WORD.findall(label))
    return bool(asked and printed and not asked & printed)


def _sibling_measure(q: str, label: str) -> bool:
    """Whether a row linked by likeness only shares its measure's words with the question under another
    subject: 「战略性新兴产业产值占规上工业总产值比重」 is no 「高新技术产业产值占规上工业总产值比重」 (the words both
    say after different heads), 「农村居民人均可支配收入」 no 「城镇居民人均可支配收入」.

    >>> _sibling_measure("战略性新兴产业产值占规上工业总产值比重要达到多少", "高新技术产业产值占规上工业总产值比重")
    True
    >>> _sibling_measure("研发经费支出占gdp的比例要到多少", "全社会研发经费支出相当于地区生产总值比例")
    False
    """
    shared = _longest_common(q, label)
    if len(shared) < 4:
        return False
    own_head, asked_head = label[: label.find(shared)], q[: q.find(shared)]
    cjk = re.compile(r"[\u4e00-\u9fff]{2}$")
    return bool(cjk.search(own_head) and cjk.search(asked_head)) \
        and own_head[-2:] not in q and asked_head[-2:] not in label


def _longest_common(a: str, b: str) -> str:
    """The longest run of characters ``a`` and ``b`` both hold."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best = a[i:j]
    return best


#: A rate or share the question names right after the words it shares with a row (景观照明|设施节能灯具使用率).
_OWN_RATE = re.compile(r"^[\u4e00-\u9fff]{0,10}?(?:率|占比|比重|比例)")


def _rate_of_its_own(after: str, label: str) -> bool:
    """Whether the words after a row's linked name ask a rate the row is not: 「景观照明设施节能灯具使用率」 is no
    「景观照明建设」 (counted in 块（条）) — the row's figure would be another measure's.

    >>> _rate_of_its_own("设施节能灯具使用率要达到多少？", "景观照明建设"), _rate_of_its_own("增长率是多少", "地区生产总值")
    (True, False)
    >>> _rate_of_its_own("率要达到多少", "森林覆盖率"), _rate_of_its_own("要达到多少", "景观照明建设")
    (False, False)
    """
    return bool(_OWN_RATE.match(after)) and not _INDICATOR_ASPECT.match(after) \
        and not re.search(r"率|占比|比重|比例|%|％", label)


#: A sub-kind or works on a thing said right before its name (「增加大型机车」「修复机车」): a table row of the thing's
#: output or level (机车 1952年20台、1957年200台) counts neither.
_WORKS_ON = re.compile(r"(?:大型|中型|小型|重型|新型|修复|恢复|改造|改建|扩建)$")


def _entity_figures(kb: KB, node: str, kinds: tuple[str, ...]) -> list[tuple[dict, str, str]]:
    """(quantity, clause, paragraph node) for an entity's quantities of the asked kinds."""
    out = []
    for q in kb.quantities(node):
        if kinds and q.get("kind") not in kinds:
            continue
        raw = str(q.get("raw") or "")
        # The quantity's own plan: paragraph ids repeat across plans (box2.1-i01 in each county's plan).
        src = ([p for pid in (q.get("sources") or []) if (p := kb.paragraph(pid, plan=plan_of(q["node"])))]
               or kb.source_paragraphs(node, plan=plan_of(q["node"])))
        para = next((p for p in src if raw and raw in str(kb.attrs(p).get("text") or "")), src[0] if src else None)
        if para is None:
            continue
        text, name = str(kb.attrs(para).get("text") or ""), kb.label(node)
        clause = _own_part(clause_around(_from_name(text, raw, name), raw) or raw, raw, name)
        out.append((q, clause, para))
    return out


def _from_name(text: str, raw: str, name: str) -> str:
    """``text`` from the first place it prints ``name`` with ``raw`` after it: the value quoted is the one printed after
    the thing, not a sibling's equal value before it (「萍洲大桥西岸匝道（长约510 m…、湖湘路（长510 m」 for 湖湘路).

    >>> _from_name("甲路（长510 m）、乙路（长510 m，宽36 m）", "510 m", "乙路")
    '乙路（长510 m，宽36 m）'
    >>> _from_name("建设长510 m的甲路", "510 m", "甲路")
    '建设长510 m的甲路'
    """
    at = text.find(name)
    return text[at:] if at >= 0 and raw in text[at:] else text


#: Units of a building's floor area (「新建30000m²综合保税仓库」), as opposed to a site's 亩 or 平方公里.
_FLOOR_UNIT = re.compile(r"(?:m²|m2|平方米|㎡)$")


def _built_area(kb: KB, node: str, kinds: tuple[str, ...]) -> list[tuple[dict, str, str]]:
    """A building's 建筑面积 printed as an area before its noun (「新建30000m²综合保税仓库」: extracted as a plain area):
    asked the floor area, an area in square metres of the thing (never its site's 亩) is it."""
    if "floor_area" not in kinds:
        return []
    return [f for f in _entity_figures(kb, node, ("area",)) if _FLOOR_UNIT.search(str(f[0].get("raw") or ""))]


def _counts_other(question: str, residue: str, quantity: dict, clause: str) -> bool:
    """Whether a count (「新建3座污水处理站」) counts another noun than the one asked (「一天能处理多少污水」): the noun
    printed after the count must end in the asked word, unless the question asks that counting word (几座).

    >>> _counts_other("一天能处理多少污水", "日处理污水", {"raw": "3座"}, "新建3座污水处理站")
    True
    >>> _counts_other("要新建几座污水处理站", "污水处理站", {"raw": "3座"}, "新建3座污水处理站")
    False
    >>> _counts_other("有多少床位", "床位", {"raw": "500张"}, "床位500张")
    False
    """
    raw = str(quantity.get("raw") or "")
    count = re.fullmatch(r"[0-9.]+([个家所座条处项件张户辆次台])", raw)
    if not count or len(residue) < 2 or re.search(r"(?:多少|几)" + count.group(1), question):
        return False
    noun = re.match(r"[\u4e00-\u9fff]{2,}", clause[clause.find(raw) + len(raw):]) if raw in clause else None
    return bool(noun) and not noun.group(0).endswith(residue[-2:])


def _own_part(clause: str, raw: str, name: str) -> str:
    """The part of an enumerating clause that is the entity's: from its name (when printed before the
    value) to the end of the value's item (「宽42m）、政通二路（长约2.4km」 → 「政通二路（长约2.4km」).

    >>> _own_part("宽60m）、政通三路（长约1.9km", "60m", "政通二路")
    '宽60m'
    >>> _own_part("宽42m）、政通二路（长约2.4km", "2.4km", "政通二路")
    '政通二路（长约2.4km'
    """
    at = clause.find(raw)
    if at < 0:
        return clause
    named = clause.rfind(name, 0, at)
    start = named if named >= 0 else 0
    end = re.search(r"[）)、]", clause[at + len(raw):])
    return clause[start : at + len(raw) + end.start()] if end else clause[start:]


#: Words that make a narrower attribute of the cue they stand before (单机容量 is not the plant's 装机容量).
_CUE_QUALIFIERS = re.compile(r"(单机|单台|人均|日均|年均|新增|一期|二期|首期)$")


def _cue_qualifier(question: str, cues: tuple[str, ...]) -> str | None:
    """The qualifier a question puts before its attribute word, if any.

    >>> _cue_qualifier("梁山岐风电场的单机容量是多少？", ("容量",)), _cue_qualifier("总投资是多少？", ("总投资",))
    ('单机', None)
    """
    for cue in cues:
        at = question.find(cue)
        if at > 0 and (m := _CUE_QUALIFIERS.search(question[:at])):
            return m.group(1)
    return None


def _figure_rank(candidate: tuple, cue: str, kb: KB) -> tuple:
    """Best first: the question's words, with a lead for the clause printing the asked word (计划总投资22.8亿元)
    and a whole before its part (「其中仓储物流部分投资不低于10亿元」), then reading order (stable between builds)."""
    overlap, _, clause, para = candidate
    part = bool(re.match(r"其中|含|包括", clause)) or "部分" in clause
    return (-round(overlap + 0.05 * (cue in clause) - 0.05 * part, 6), kb._reading_order(para), clause)


def answer_fact(kb: KB, question: str, intent: Intent, links: list[Link]) -> Answer | None:
    """A named thing's figures: 「何仙观水库的总库容是多少？」 → 13000万m³ with its paragraph.

    Each attribute the question names gets its own figure (「有多宽、多长」 → width and
    length), all of the same entity; a missing one is said, never filled from elsewhere.
    Spoken wordings (「每天供水多少」) are read as the plan prints them (:func:`qa.question.frame.as_printed`).
    """
    printed, intent = as_printed(question, intent)
    if grade := _GRADE_ASKED.search(printed):
        answer = _answer_grade(kb, printed, intent, links, grade)
    else:
        answer = _answer_fact(kb, printed, intent, links)
    return answer if answer is None or printed == question else replace(answer, question=question)


#: A part asking a grade or standard (「按几级公路标准修」「是几级公路」「按什么标准建设」): an attribute the plan prints
#: in words (按二级公路标准修建), not a figure.
_GRADE_ASKED = re.compile(
    r"[，,、；;]?(?:是|按照?|执行|采用|达到)?(?:几|哪一?|什么)(?:级|个?等级|种?级别)[\u4e00-\u9fff]{0,6}?(?:标准)?[\u4e00-\u9fff]{0,3}?(?=[？?，,。；;]|$)"
    r"|[，,、；;]?(?:按照?|是|执行|采用)(?:什么|哪种|哪个|哪一?级)标准[\u4e00-\u9fff]{0,4}?(?=[？?，,。；;]|$)")
#: How plans print a works' grade: 按二级公路标准修建, 按城市主干路标准建设, 一级公路, 二级航道.
_GRADE_PRINTED = re.compile(r"按(?:照)?([^，。；、（）]{2,12}?)标准|((?:[一二三四五六七八九]|特)级(?:公路|航道|渔港|港口|医院|水库|电站|站|馆))")


def _answer_grade(kb: KB, question: str, intent: Intent, links: list[Link], grade: re.Match) -> Answer | None:
    """「S339公路有多长，按几级公路标准修？」: the grade read in the named thing's own item or sentence, each other
    part answered as any figure question (:func:`_answer_fact`, then :func:`qa.values.measures.answer_measures`)."""
    rest = question[: grade.start()] + question[grade.end():]
    named = [(l.label, l.mention, item_texts(kb, l.node, l.mention, sentences=True))
             for l in links if l.type not in ("Indicator", "Term", "Place")]
    if not named and (found := named_in_sentence(kb, normalise_question(question))):
        # 「永州零陵区至近洞里公路多长」: a works named in a sentence of the plan, not an entity.
        named = [(found[0][0], found[0][0], [(para, text) for _, para, text in found])]
    subject = re.sub(r"^(?:请问|规划中?|纲要中?)|[的，,]$", "", normalise_question(question[: grade.start()]))
    if not named and len(subject) >= 2:
        # 「农村公路按什么等级修建」: the sentences printing the words asked about, each from those words on
        texts = []
        for para in kb.paragraph_nodes:
            text = kb.norm_text.get(para) or ""
            if (at := text.find(subject)) >= 0:
                texts.append((para, re.split(r"[。；;！？]", text[at:], maxsplit=1)[0]))
        named = [(subject, subject, texts)]
    if not named:
        return None
    # The first named thing's own text only: a neighbour's grade is never its.
    owner, _, texts = named[0]
    printed = next(((m.group(1) or m.group(2), clause_around(text, m.group(0)) or m.group(0), para)
                    for para, text in texts if (m := _GRADE_PRINTED.search(text))), None)
    asks_more = bool(re.search(r"多少|几|多[长宽大高]", rest))
    other = None
    if asks_more:
        asked = replace(intent, **{k: getattr(classify_intent(rest), k) for k in ("attributes", "cue_words")})
        other = _answer_fact(kb, rest, asked, links) or answer_measures(kb, rest, asked, links)
        other = other if other is not None and other.found else None  # its not-found is said below, as one part
    parts = []
    if other:
        said = other.answer.rstrip("。")
        for name in (f"{owner}的", *(m for _, m, _ in named)):
            said = said.removeprefix(name)
        parts.append(said)
    elif asks_more:
        parts.append("所问的数值：规划中未给出")
    items, cites = (list(other.items), list(other.citations)) if other else ([], [])
    if printed:
        value, clause, para = printed
        parts.append(f"等级/标准：{value}（原文：“{clause}”）")
        items.append(Item(value, kb.citation(para), detail=clause))
        cites.append(kb.citation(para))
    else:
        parts.append("等级/标准：规划中未给出")
    if not items:
        return Answer(question, f"规划未给出{owner}的等级或建设标准。", False, [], [], kind="fact")
    return Answer(question, f"{owner}的" + "；".join(parts) + "。", True, items, list(dict.fromkeys(cites)), kind="fact")


def _answer_fact(kb: KB, question: str, intent: Intent, links: list[Link]) -> Answer | None:
    # 「湖湘路在校园路网工程里多长」: the figure is read only in the item the qualifier names (qa.question.container).
    whole = question  # a box line is found by the item title the question names (「城市排水管网提质工程中滨江路…」)
    if (container := container_of(question)) and any(
            l.mention not in normalise_text(container.words) for l in links if l.type not in ("Place", "Indicator", "Term")):
        question = without(question, container)
    # 「长多少米、宽多少米」「有多长多宽」 name the attributes 长度 and 宽度.
    q_norm = spoken_attributes(normalise_question(question))
    spoken = [c for c in ("长度", "宽度") if c in q_norm]
    cues = sorted({c for c in intent.cue_words if (c not in ("多长", "多宽") or not spoken) and not _after_year(q_norm, c)}
                  | set(spoken), key=q_norm.find)
    attributes = tuple(dict.fromkeys(a for c in cues for a in ATTRIBUTE_CUES[c]))
    asked = [(c, ATTRIBUTE_CUES[c]) for c in cues] if len(cues) > 1 else [(None, attributes)]
    parts = parse_frame(question, intent).measures
    # 「A和B分别…」, or a question word per part (「每天供水多少、能供多少人」): every part is asked.
    several = (re.search(r"分别|各(?:是|为|有|要)?(?:多少|几)", q_norm) or len(re.findall(r"多少|几|多[长宽大高]", q_norm)) > 1) \
        and len({p[:4] for p in parts}) > 1
    if len(parts) > len(asked) and (len({p[:4] for p in parts}) == 1 or several):
        # 「供水规模和供水人口分别是多少」「A和B的总投资分别是多少」: an attribute no cue word names, or several
        # named things; the measures answerer answers every part — unless one item's own lines print them all
        # beside their nouns (「疏浚航道80km。建设2个千吨级码头」). Never the cued parts alone.
        item = _item_answer(kb, whole, links)
        whole = item and "规划中未给出" not in item.answer and len(item.items) >= len(parts)
        return item if whole or not cues else None
    # 「疏浚多长的航道、建多少个千吨级码头」: several parts, each printed beside its noun in one item's lines.
    if (item := _item_answer(kb, whole, links)) and len(item.items) > 1 and "规划中未给出" not in item.answer:
        return item
    best, unverified = None, None
    for rank, link in enumerate(l for l in links if l.type not in ("Indicator", "Term")):
        picks = []
        # What is asked beyond the thing and the attribute words (每年产多少吨再生铝 → 再生铝, 年销售收入).
        residue = _unnamed_residue(q_norm, link, cues)
        for cue, kinds in asked:
            narrowed = _cue_qualifier(q_norm, (cue,) if cue else tuple(cues))
            figures = _entity_figures(kb, link.node, kinds) or _built_area(kb, link.node, kinds)
            # 「电站装机多大？灌区总灌溉面积多少？」: each part's own words are what its figure must speak of.
            own = _unnamed_residue(_part_with(q_norm, cue), link, cues) if cue and len(asked) > 1 else residue
            found = sorted(
                ((_overlap(question, clause), q, clause, para) for q, clause, para in figures
                 # The figure's own clause must speak of what is asked (年销售收入, 再生铝), never any figure
                 # of the entity (its floor area, a neighbouring line's product); 单机容量 is no 装机容量.
                 if _owns(kb, own, q, clause, para, link, bool(kinds)) and not _counts_other(q_norm, own, q, clause)
                 and (narrowed is None or narrowed in clause or narrowed.endswith("期"))
                 and phase_agrees(q_norm, clause, link.label)
                 and (container is None or in_container(kb, para, container))),
                key=lambda c: _figure_rank(c, cue or "".join(intent.cue_words), kb),
            )
            # 「火车站工业物流园多少亩」: the figure printed in the unit asked (规划用地600亩), not the floor area's 平方米.
            found = [c for c in found if _in_unit(q_norm, str(c[1].get("raw") or ""))] or found
            # 「高压线路新建多少公里」 of 「新建线路10千伏高压46km」: the value in the unit asked, not the grade before it
            found = [c for c in found if unit_agrees(_asked_unit(q_norm), str(c[1].get("raw") or ""))] or found
            # 「…多少钱」 of 「计划总投资约22.8亿元，其中仓储物流部分投资不低于10亿元」: the whole, never a part not asked.
            found = [c for c in found if not whole_or_part(question, c[2], c[2].find(str(c[1].get("raw") or "")))] or found
            picks.append((cue, found[0] if found else None))
            if figures and not found and unverified is None:
                unverified = (link, residue, figures)
        hits = [p for p in picks if p[1] is not None]
        if not hits:
            continue
        score = len(hits) + link.score + max(h[1][0] for h in hits) - 0.05 * rank
        if best is None or score > best[0]:
            best = (score, link, picks)
    if best is None:
        # No linked thing owns the figure: the item the question names prints it beside the asked noun
        # (「海绵城市建设。…新建雨污分流管网，长度约58km」), every asked part when a cue word is asked.
        if (item := _item_answer(kb, whole, links)) and (not cues or "规划中未给出" not in item.answer):
            return item
        return _unverified(kb, question, intent, links, unverified) if unverified else None
    _, link, picks = best
    parts, items, cites = [], [], []
    phase = re.search(r"[一二三四五六七八九首]期", q_norm)
    for cue, pick in _merged(picks):
        what = cue_label(q_norm, cue or tuple(cues) or intent.cue_words)
        what = phase.group(0) + what if phase and phase.group(0) not in what + link.label else what  # 「一期投资」, not the whole's name
        if pick is None:
            parts.append(f"{what}：规划中未给出")
            continue
        _, q, clause, para = pick
        cite = kb.citation(para)
        parts.append(f"{what}：{q['raw']}（原文：“{clause}”）")
        items.append(Item(str(q["raw"]), cite, detail=clause))
        if cite not in cites:
            cites.append(cite)
    return Answer(question, f"{link.label}的" + "；".join(parts) + "。", True, items, cites, kind="fact")


#: Units of area a question asks a figure in (多少亩), with the forms plans print them in: a site's 亩 and a floor's
#: 平方米 are two attributes of one works (规划用地600亩, 总建筑面积约100万平方米). Lengths, powers and weights are
#: not here: 多少米 asks a length printed in km too.
_ASKED_UNITS = {"亩": ("亩",), "公顷": ("公顷",), "平方米": ("平方米", "m²", "m2", "㎡"), "平方公里": ("平方公里", "km²", "km2")}


def _in_unit(question: str, raw: str) -> bool:
    """Whether ``raw`` is printed in the unit ``question`` asks (多少亩 → 600亩, not 约100万平方米); True when none is asked.

    >>> _in_unit("物流园多少亩", "600亩"), _in_unit("物流园多少亩", "约100万平方米"), _in_unit("有多少", "5个")
    (True, False, True)
    """
    asked = re.search(r"多少(?:万|亿)?(平方公里|平方米|公顷|亩)", question)
    if not asked:
        return True
    unit = re.sub(r"^[约近超过逾]*[\d.,，]+(?:万|亿)?", "", raw)
    return any(unit.startswith(form) for form in _ASKED_UNITS[asked.group(1)])


def _part_with(question: str, cue: str) -> str:
    """The part of a several-part question (between ？，、；) that holds ``cue``, the question itself if none does.

    >>> _part_with("何仙观水库配套的电站装机多大？灌区总灌溉面积多少？", "灌溉面积")
    '灌区总灌溉面积多少'
    """
    return next((p for p in re.split(r"[？?，,、；;]", question) if cue in p), question)


def _merged(picks: list[tuple[str | None, tuple | None]]) -> list[tuple[tuple[str, ...], tuple | None]]:
    """Cue words that found the same figure of the same clause, as one part (「总长多少」 read as 总长 and 长度:
    one figure, 6.4km, not two items).

    >>> _merged([("总长", (1, {"raw": "6.4km"}, "总长6.4km", "p")), ("长度", (1, {"raw": "6.4km"}, "总长6.4km", "p"))])
    [(('总长', '长度'), (1, {'raw': '6.4km'}, '总长6.4km', 'p'))]
    """
    out: list[tuple[tuple[str, ...], tuple | None]] = []
    for cue, pick in picks:
        same = next((k for k, (_, p) in enumerate(out) if pick is not None and p is not None
                     and (p[1].get("raw"), p[2], p[3]) == (pick[1].get("raw"), pick[2], pick[3])), None)
        if same is None:
            out.append(((cue,) if cue else (), pick))
        else:
            out[same] = (out[same][0] + ((cue,) if cue else ()), out[same][1])
    return out


#: Words of a residue that ask nothing of their own: time, scope, the question's counting words, 配套 (「配套的电站」
#: is the works' own 电站), a phase (一期, 首期: checked by :func:`qa.question.frame.phase_agrees`).
_RESIDUE_NOISE = re.compile(
    rf"[一二三四五六七八九首]期|配套(?:建设)?|(?:19|20)\d\d年?|[“”\"]?(?:{PERIOD_NUMERAL})五[”\"]?(?:期间|时期|末)?|每年|每|全国|全省|全市|全区|全县|总共|一共|共|"
    r"建设|项目|工程|新建|规划|目标值?|该|这个|规模|数量|情况|数据|指标|分别|各自?|以及|和|与|及|或|呢|吗|有?多[大高深远重]"
)


def _after_year(question: str, cue: str) -> bool:
    """Whether the cue is read across a year's 年 (「2025年产值」 holds no 年产).

    >>> _after_year("新材料产业园到2025年产值要达到多少？", "年产"), _after_year("年产多少吨？", "年产")
    (True, False)
    """
    return cue.startswith("年") and bool(re.search(r"(?:\d|[〇零一二三四五六七八九])" + re.escape(cue), question)) \
        and not re.search(r"(?<![\d〇零一二三四五六七八九])" + re.escape(cue), question)


def _unnamed_residue(q_norm: str, link: Link, cues: list[str]) -> str:
    """What a question asks of a linked thing beyond its attribute words (cues), for the figure's clause to name.

    >>> from qa.question.link import Link
    >>> _unnamed_residue("航空航天新材料产业园年产多少吨再生铝？", Link("n", "航空航天新材料产业园", "Park", "航空航天新材料产业园", 1.0), ["年产"])
    '再生铝'
    >>> _unnamed_residue("何仙观水库的总库容是多少？", Link("n", "何仙观水库", "Project", "何仙观水库", 1.0), ["总库容"])
    ''
    """
    unit = "|".join(sorted(MEASURE_UNITS, key=len, reverse=True))
    residue = _asked_residue(re.sub(rf"(多少|几)(?:{unit})", r"\1", q_norm), link.mention, link.label)
    # Every character some cue covers goes, overlapping cues too (「2025年产值」: 年产 and 产值).
    covered = {k for cue in cues for m in re.finditer(re.escape(cue), residue) for k in range(m.start(), m.end())}
    residue = "".join(c for k, c in enumerate(residue) if k not in covered)
    return _RESIDUE_NOISE.sub("", _RESIDUE_NOISE.sub("", residue))


#: Rank words that make a sibling of the thing they stand before (总干渠, 支渠 and 干渠 are three kinds of canal).
_RANK = "总主支副次"


def _ranked_sibling(residue: str, clause: str) -> bool:
    """Whether the clause prints the asked noun only as a ranked sibling of it (「总干渠1条长20.35km」 asked 干渠).

    >>> _ranked_sibling("干渠", "总干渠1条长20.35km"), _ranked_sibling("干渠", "干渠3条长92.9km"), _ranked_sibling("总干渠", "总干渠1条")
    (True, False, False)
    >>> _ranked_sibling("干渠几长度", "总干渠1条长20.35km、干渠3条长92.9km")
    False
    """
    for noun in {residue[k : k + 2] for k in range(len(residue) - 1)}:
        at = [m.start() for m in re.finditer(re.escape(noun), clause)]
        if at and all(k > 0 and clause[k - 1] in _RANK and clause[k - 1] + noun not in residue for k in at):
            return True
    return False


def _owns(kb: KB, residue: str, quantity: dict, clause: str, para: str, link: Link, typed: bool) -> bool:
    """Whether what is asked beyond the attribute (``residue``) is the figure's own: printed in its clause, in the
    item titled by the thing when the figure is of the asked attribute (``typed``: 「潇湘大道零陵段。道路宽度60m，
    总长7.9km」 asked 道路多长), or elided in an enumeration whose earlier item prints it before a value of the same
    unit (「…灌区渠道21.5km，…，贤水河灌区17km」). Never merely elsewhere in the paragraph or a neighbouring
    line (再生铝 of another park's line; 年销售收入 for the item's floor area)."""
    if len(residue) < 2:
        return True
    if _ranked_sibling(residue, clause) or other_grade(residue, clause):
        return False
    if _overlap(residue, clause) >= 0.5:
        return True
    text = str(kb.attrs(para).get("text") or "")
    title = re.match(r"[^。，；：:]{2,40}[。：:]", text)
    if typed and title and link.mention in title.group(0) and _overlap(residue, text) >= 0.5:
        return True  # the item titled by the thing itself speaks only of it
    sentence = next((s for s in re.split(r"[。；;！？\n]", text) if clause in s), "")
    unit = re.sub(r"^[0-9.,]+(?:万|亿)?", "", str(quantity.get("raw") or ""))
    before = sentence[: sentence.find(clause)]
    return bool(unit) and any(
        re.search(re.escape(word) + r"[^，；。、]{0,3}?[0-9.]+(?:万|亿)?" + re.escape(unit), before)
        for word in (residue, residue[-2:]))


#: Counting words: a count asked in one (「干渠有几条」) is answered by the noun's own count printed after it (「干渠3条」).
_COUNTING = ("条", "座", "处", "所", "家")


def _item_answer(kb: KB, question: str, links: list[Link], plan: str | None = None) -> Answer | None:
    """Each part the question asks of a named item (「多少公里航道，几个千吨级码头」) read beside its noun in
    the item's own text (:mod:`qa.values.items`); the item is a linked thing, else a box line the question names by
    its title (「农村饮水安全→解决1亿农村居民…」). None when no part is printed there."""
    q = normalise_question(question)
    named = [(l.label, l.mention, item_texts(kb, l.node, l.mention, sentences=l.type in ("Project", "Park")))
             for l in links if l.type not in ("Indicator", "Term", "Place")]
    named += [(name, name, [(para, text)]) for name, para, text in titled_items(kb, q, plan=plan)]
    if not named:
        # 「启动第二职业学校建设项目，规划建成300个教学班」: the thing named in a sentence, not a title.
        found = named_in_sentence(kb, q, plan=plan)
        named = [(found[0][0], found[0][0], [(para, text) for _, para, text in found])] if found else []
    year = next(iter(years_in(q)), None)
    for label, mention, texts in named:
        if not (nouns := asked_nouns(q, mention)):
            continue
        picks = [(noun, next(((replace(f, segment=_as_printed(kb, para, f.segment)), para) for para, text in texts
                              if (f := noun_value(text, noun, unit, works, counts=unit in _COUNTING))
                              and phase_agrees(q, f.segment, label)), None))
                 for noun, unit, works in nouns]
        if not any(p for _, p in picks):
            continue
        if year is not None and (given := [(n, p) for n, p in picks if p and not _item_year_agrees(kb, p[1], year)]):
            # 「2030年要新建多长…」 of a five-year plan's item: its figure is for the plan's period, not the asked year.
            noun, (figure, para) = given[0]
            horizon = plan_horizon(kb, plan_of(para))
            return Answer(question, f"规划未给出{year}年的数值。规划给出的{label}的{noun}：{figure.value}"
                          f"（{f'{horizon}年，' if horizon else ''}原文：“{figure.segment}”）。", False, [],
                          [kb.citation(para)], kind="fact")
        parts, items, cites = [], [], []
        for noun, pick in picks:
            if pick is None:
                parts.append(f"{noun}：规划中未给出")
                continue
            figure, para = pick
            cite = kb.citation(para)
            parts.append(f"{noun}：{figure.value}（原文：“{figure.segment}”）")
            items.append(Item(figure.value, cite, detail=figure.segment))
            cites.append(cite)
        return Answer(question, f"{label}的" + "；".join(parts) + "。", True, items, list(dict.fromkeys(cites)), kind="fact")
    return None


#: Characters normalising folds (NFKC) that a quote should show as the plan prints them.
_FOLDED = {",": "[,，]", ";": "[;；]", ":": "[:：]", "(": "[(（]", ")": "[)）]", "!": "[!！]", "?": "[?？]"}


def _as_printed(kb: KB, para: str, segment: str) -> str:
    """``segment`` (read in the normalised text) as the paragraph prints it: 「管网,长度约58km」 → 「管网，长度约58km」;
    the segment itself when the paragraph's text does not hold it (another normalisation than punctuation)."""
    pattern = "".join(_FOLDED.get(c, re.escape(c)) for c in segment)
    found = re.search(pattern, str(kb.attrs(para).get("text") or ""))
    return found.group(0) if found else segment


def _item_year_agrees(kb: KB, para: str, year: int) -> bool:
    """Whether an item's figure is for ``year``: a year its own text states, else its plan's horizon."""
    stated = years_in(str(kb.attrs(para).get("text") or ""))
    return year in stated if stated else plan_horizon(kb, plan_of(para)) == year


def _unverified(kb: KB, question: str, intent: Intent, links: list[Link], unverified: tuple) -> Answer:
    """A named thing has figures, none of them of what is asked: a figure stated for the asked measure
    elsewhere (:func:`qa.values.measures.answer_measures`), else ``found: false`` naming what the plan does give it."""
    link, residue, figures = unverified
    if (measured := answer_measures(kb, question, intent, links, plan=plan_of(link.node))) is not None:
        return measured
    if (inner := _inner_figure(kb, question, link.label, residue, figures)) is not None:
        return inner
    shown = figures[:3]
    given = "；".join(f"{q['raw']}（“{clause}”）" for q, clause, _ in shown)
    what = residue or cue_label(spoken_attributes(normalise_question(question)), intent.cue_words)
    # Never a garbled residue of the question (「建几水厂」): the measure as asked, or 所问的数值.
    missing = f"{link.label}的{what}" if as_asked(what, question) == what else "所问的数值"
    text = f"规划未给出{missing}。规划给出的{link.label}的数据：{given}。"
    if len(text) > MAX_ANSWER:
        text = f"规划未给出{missing}。规划给出的{link.label}的数据：" + "、".join(str(q["raw"]) for q, _, _ in shown) + "（见引文）。"
    return Answer(question, text, False, [], list(dict.fromkeys(kb.citation(p) for _, _, p in shown)), kind="fact")


#: A value with its unit inside a figure's clause (「单机容量2200千瓦（其中一台按1600千瓦限发）」: 1600千瓦).
_INNER_VALUE = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?P<u>[\u4e00-\u9fffA-Za-z²³]{1,4})")


def _asked_unit(question: str) -> str | None:
    """The unit a question asks its figure in (「按多少千瓦限发」: 千瓦), or None.

    >>> _asked_unit("高压线路新建多少公里"), _asked_unit("投资多少")
    ('公里', None)
    """
    m = re.search(r"(?:多少|几)(?:万|亿)?(" + "|".join(sorted(MEASURE_UNITS, key=len, reverse=True)) + ")", question)
    return m.group(1) if m else None


def _inner_figure(kb: KB, question: str, label: str, residue: str, figures: list) -> Answer | None:
    """The one value, in the unit asked (「按多少千瓦限发」), that a figure's clause prints right beside a word the
    question asks beyond the thing (限发) — a value no figure of the entity gives alone, as in a bracket qualifying
    another (「2200千瓦（其中一台按1600千瓦限发）」). None unless exactly one value is so printed."""
    unit = _asked_unit(normalise_text(question))
    words = {w for w in bigrams(residue) if re.fullmatch(r"[\u4e00-\u9fff]{2}", w)}
    if not unit or not words:
        return None
    found = {}
    for _, clause, para in figures:
        if other_grade(residue, clause):
            continue  # 「中压管道40公里」 asked 低压管道
        for m in _INNER_VALUE.finditer(clause):
            if not m.group("u").startswith(unit):
                continue
            end = m.start("u") + len(unit)
            near = clause[max(0, m.start() - 3) : m.start()] + "|" + clause[end : end + 4]
            if any(w in near for w in words):
                found.setdefault(clause[m.start():end], (clause, para))
    if len(found) != 1:
        return None
    (value, (clause, para)), = found.items()
    cite = kb.citation(para)
    return Answer(question, f"{label}：{value}（原文：“{clause}”）。", True, [Item(value, cite, detail=clause)], [cite], kind="fact")


_INDICATOR_FIELDS = ("category", "unit", "baseValue", "targetValue", "growth", "attribute", "baseYear", "targetYear")


_ASKS_ACTUAL = re.compile(r"实际|实现|完成情况|完成了")
_ASKS_TARGET = re.compile(r"目标|规划定|规划给|计划|当初|原定|预期")


def _outcome_text(kb: KB, node: str, question: str) -> str:
    """A row of a table of targets and outcomes (规划目标 / 实现情况): the asked side's level or rate
    (both sides when the question names neither or both), each said with its column:
    「网民数量（亿）：2015年规划目标为8.5亿，2015年实现情况为6.88亿。」
    """
    a = kb.attrs(node)
    unit = f"（{a['unit']}）" if a.get("unit") else ""
    q = normalise_question(question).replace(kb.label(node), "")
    sides = _sides_asked(q)
    growth = bool(_GROWTH.search(q))
    level = lambda value: None if value in _BLANK_CELL else _with_unit(value, a.get("unit"))
    cells = {("target", False): (level(a.get("targetValue")), f"{a.get('targetYear') or ''}年规划目标"),
             ("target", True): (a.get("growth"), "规划年均增长"),
             ("actual", False): (level(a.get("actualValue")), f"{a.get('actualYear') or ''}年实现情况"),
             ("actual", True): (a.get("actualGrowth"), "实际年均增长")}
    parts = []
    for side in sides:
        for kind in ([growth] if question else [False, True]):
            value, label = cells[(side, kind)]
            if value not in (None, ""):
                parts.append(f"{label}为{value}")
    if not parts:  # the asked column is empty: the row whole
        parts = [f"{label}为{value}" for value, label in cells.values() if value not in (None, "")]
    text = f"{kb.label(node)}{unit}：" + "，".join(parts)
    if a.get("tableTitle"):
        text += f"（{a['tableTitle']}）"
    return text + "。"


def _sides_asked(q: str) -> list[str]:
    """Which side of a target-and-outcome row a question asks: ``target``, ``actual`` or both (neither
    named, or both joined by 和/与/及); a part naming both as it carries the earlier part's words
    (「…实际当初规划定的年均增长」) asks the side it names last."""
    actual = [m.start() for m in _ASKS_ACTUAL.finditer(q)]
    target = [m.start() for m in _ASKS_TARGET.finditer(q)]
    if not actual or not target:
        return ["actual"] if actual else ["target"] if target else ["target", "actual"]
    if re.search(r"(?:目标|规划|计划)[^，。？?]{0,4}(?:和|与|及|、|跟)[^，。？?]{0,4}(?:实际|实现)"
                 r"|(?:实际|实现)[^，。？?]{0,4}(?:和|与|及|、|跟)[^，。？?]{0,4}(?:目标|规划|计划)", q):
        return ["target", "actual"]
    return ["actual"] if max(actual) > max(target) else ["target"]


#: A cell the table leaves blank as printed (-, —, /): no value to say.
_BLANK_CELL = (None, "", "-", "—", "－", "--", "/", "／")


def _indicator_text(kb: KB, node: str, question: str = "") -> str:
    a = kb.attrs(node)
    if a.get("actualValue") or a.get("actualGrowth"):
        return _outcome_text(kb, node, question)
    unit = f"（{a['unit']}）" if a.get("unit") else ""
    base_year = f"{a['baseYear']}年" if a.get("baseYear") else "基期"
    target_year = f"{a['targetYear']}年" if a.get("targetYear") else ""
    parts = [f"{kb.label(node)}{unit}"]
    if a.get("baseValue") not in _BLANK_CELL:
        parts.append(f"{base_year}为{_with_unit(a['baseValue'], a.get('unit'))}")
    else:
        parts.append(f"指标表未列{base_year}数值")
    if a.get("targetValue") not in _BLANK_CELL:
        parts.append(f"{target_year}目标为{_with_unit(a['targetValue'], a.get('unit'))}")
    if (total := _cumulative(a.get("growth"))) is not None:
        parts.append(f"规划期累计{_with_unit(total, a.get('unit'))}")
    elif a.get("growth") not in _BLANK_CELL:
        parts.append(f"年均增速[累计]{a['growth']}")
    if a.get("attribute"):
        parts.append(f"属性为{a['attribute']}")
    if a.get("category"):
        parts.append(f"类别：{a['category']}")
    return "，".join(parts) + "。"


#: A question asking over the plan's period, which a row's period total answers (「“十五五”期间」「规划期内」「累计」).
_PERIOD_TOTAL_ASKED = re.compile(r"五[”\"]?(?:期间|时期|期内)|规划期|累计|五年(?:内|间|里)?(?:一共|共|合计)?")
#: A 年均（累计） cell stating the period's total (〔累计120〕, 【累计300】, 累计2000): no yearly rate.
_CUMULATIVE = re.compile(r"^[〔【\[［(（]?\s*累计\s*([0-9][0-9,.]*)\s*[〕】\]］)）]?$")


def _cumulative(cell: object) -> str | None:
    """The total a 年均（累计） cell states for the plan's period, or None when it states a rate (or nothing).

    >>> _cumulative("〔累计120〕"), _cumulative("【累计300】"), _cumulative("6左右"), _cumulative("—")
    ('120', '300', None, None)
    """
    m = _CUMULATIVE.match(str(cell or "").strip())
    return m.group(1) if m else None


def _row_per_part(question: str, inds: list[Link]) -> list[Link]:
    """「X要修缮改造几处？Y要打造几条？」: one row per question part when each part names a row of its own
    (its best-linked one), else ``[]`` — a row linked more weakly than another is kept when its part asks it."""
    parts = [p for p in re.split(r"[？?；;]", question) if p.strip()]
    if len(parts) < 2:
        return []
    def share(link: Link, part: str) -> float:  # the row's name as the part words it (要 inserted, 数 dropped)
        name = bigrams(normalise_text(re.sub(r"[“”\"]", "", link.label)))
        return len(name & bigrams(normalise_text(part))) / len(name) if name else 0.0

    per = []
    for p in parts:
        fit = max(inds, key=lambda l: (share(l, p), l.score))
        per.append(fit if share(fit, p) >= 0.5 else None)
    if not all(per) or len({l.node for l in per}) != len(per):
        return []
    return per


def _with_unit(value: object, unit: object) -> str:
    """A table cell said with its column's unit when it ends in a figure (30 → 30万平方米, 5 → 5条, 66 → 66%),
    whichever year it is for: a figure quoted without its unit is no figure the plan prints; a cell in words
    (完成市下达目标, 55左右) as printed.

    >>> _with_unit("66", "%"), _with_unit("≥58", "％"), _with_unit("完成市下达目标", "%"), _with_unit("5", "—")
    ('66%', '≥58％', '完成市下达目标', '5')
    """
    text = str(value)
    unit = str(unit or "").strip()
    return f"{text}{unit}" if unit and unit not in ("-", "—", "/") and re.search(r"\d$", text) else text


# 「多少张床位」「几处」: a count asked with its measure word wants a figure, not a target in words
#: A date in a target cell (「至2026年底」「2027年」「2030年前」): a deadline, no figure of the thing.
_DATE_IN_CELL = re.compile(r"(?:19|20)\d{2}\s*年(?:底|末|前|内)?(?:\d{1,2}月(?:底)?)?")


def _prints_figure(target: str) -> bool:
    """Whether a target cell prints a figure beyond its dates: a qualitative row's words with deadlines only
    (「至2026年底，全面启动…；至2030年，基本完成…」) give none.

    >>> _prints_figure("至2026年底，全面启动改造项目；至2030年，基本完成改造"), _prints_figure("120"), _prints_figure("完成省定目标")
    (False, True, False)
    """
    return bool(re.search(r"\d", _DATE_IN_CELL.sub("", target)))


_COUNT_ASKED = re.compile(r"(?:多少|几)[张个家处条人项座所幢户套辆名间次]")
#: A number asked in so many words (「具体要下降百分之几」「具体数值是多少」): a target printed in words (完成省定目标)
#: does not give it.
#: So is a number asked in its unit (「多少微克/立方米」「多少亿元」「多少%」).
_SPECIFIC_NUMBER_ASKED = re.compile(r"百分之几|几个百分点|具体[^，。？?]{0,6}(?:多少|几)"
                                    r"|多少(?:万|亿)?(?:[\u4e00-\u9fff]{1,3}[/／][\u4e00-\u9fff]{1,4}|[%％‰]|个百分点"
                                    r"|元|吨|公里|千米|米|亩|公顷|平方米|平方公里|立方米|千瓦|兆瓦|微克|毫克|人次)")


#: A figure asked in a unit of its own (「多少天」「几家」「多少亩」): a row counted in a rate (%, ‰) never gives it.
_UNIT_ASKED = re.compile(r"(?:多少|几)(?:万|亿)?(天|小时|[张个家处条人项座所幢户套辆名间次台艘株]|元|吨|公里|千米|米|亩|公顷"
                         r"|平方米|平方公里|立方米|千瓦|兆瓦)(?!百分点)")
_RATE_UNIT = re.compile(r"^[%％‰]$|^百分[比点]$")


def rate_row_asked_in_unit(kb: KB, question: str, node: str) -> str | None:
    """The unit the question asks a figure in (天, 家, 亩) when the row is counted in a rate (%): 「优良天数要达到多少天」
    is never 「空气质量优良天数比例 92%」 — a share of days, not days.

    >>> bool(_UNIT_ASKED.search("优良天数要达到多少天以上")), bool(_UNIT_ASKED.search("优良天数比例是多少")), bool(_UNIT_ASKED.search("提高几个百分点"))
    (True, False, False)
    """
    unit = normalise_text(str(kb.attrs(node).get("unit") or "")).strip()
    asked = _UNIT_ASKED.search(normalise_question(question))
    if not asked or not _RATE_UNIT.match(unit) or asked.group(1) == "个" and "个百分点" in question:
        return None
    return asked.group(1)


def _indicator_para(kb: KB, node: str) -> str | None:
    """The table row an indicator is cited to: of the rows naming it (a review table's and the plan's own, named
    alike), the one printing its own figures — never the other table's row, whose heading dates it to another period."""
    paras = kb.source_paragraphs(node)
    rows = [p for p in paras if kb.attrs(p).get("kind") == "indicator"]
    a = kb.attrs(node)
    own = [str(a.get(k)) for k in ("targetValue", "baseValue", "actualValue") if a.get(k) not in _BLANK_CELL]
    if len(rows) > 1 and own:
        # compared as the rows' text is kept (＞100 → >100), else a full-width sign matches neither row
        rows = sorted(rows, key=lambda p: -sum(f"为{normalise_text(v)}" in (kb.norm_text.get(p) or "") for v in own))
    return (rows or paras or [None])[0]


def _year_value(kb: KB, node: str, year: int) -> str | None:
    """The indicator's printed value for ``year`` ('' when the table leaves it blank), None if no such column."""
    a = kb.attrs(node)
    for year_key, value_key in (("baseYear", "baseValue"), ("targetYear", "targetValue"), ("actualYear", "actualValue")):
        if str(a.get(year_key) or "") == str(year):
            value = str(a.get(value_key) or "")
            return "" if value in _BLANK_CELL else value
    # 「完成市、区设定指标（其中2026年0.23万套）」: a year's own figure the target cell prints right after the year
    # (never 「其中2026年、2027年累计新增7600张」, two years' sum)
    inner = re.search(rf"(?<!\d){year}年(\d+(?:\.\d+)?(?:万|亿)?[\u4e00-\u9fff%％]{{0,3}})", str(a.get("targetValue") or ""))
    return inner.group(1) if inner else None


def _part_asked(kb: KB, question: str, intent: Intent, link: Link) -> str | None:
    """The part of the plan's area the question names before the row's measure (qa.checks.places.part_of_area)."""
    measures = parse_frame(question, intent).measures
    mention = normalise_text(link.mention)
    lead = next((m[: m.find(mention)] for m in measures if mention in m and not m.startswith(mention)), "")
    return part_of_area(kb, plan_of(link.node), lead, kb.label(link.node)) if lead else None


def _later_value(kb: KB, node: str, year: int) -> str | None:
    """The value an indicator's row prints under a further horizon's column (目标值（2035年）为148.37平方公里), read
    in the row as printed (kg.ingest.table.row_sentence), or None.

    A table may set targets for two horizons; only the plan's own is the indicator's target."""
    para = _indicator_para(kb, node)
    text = kb.norm_text.get(para, "") if para else ""
    m = re.search(rf"[（(]{year}年[）)]为([^，,。；;]+)", text)
    return m.group(1) if m and m.group(1) not in ("-", "—", "/") else None


def _stated_in_prose(kb: KB, question: str, intent: Intent, links: list[Link]) -> Answer | None:
    """The prose's verified figure for a year or the present the indicator's row leaves out, or None: a table setting
    only 十五五's targets (目标值) says nothing of 十四五, whose review prose states 「能耗累计下降18.5%」."""
    stated = answer_measures(kb, question, intent, links)
    return stated if stated is not None and stated.found else None


def answer_indicator(kb: KB, question: str, intent: Intent, links: list[Link]) -> Answer | None:
    """An indicator's values: 2020 value, 2025 target, growth, 预期性/约束性.

    A year in the question must be one the table gives a value for; otherwise the
    answer is not found and says what the table does give.
    """
    inds = [l for l in links if l.type == "Indicator" and not _names_other_measure(question, l)] \
        or _row_of_verb_object(kb, question) or _row_named_by_unit(kb, question)
    read = set(rows_asked(kb, question, [l.node for l in inds]))  # the last period's review only when asked
    inds = [l for l in inds if l.node in read] or own_rows_extending(kb, question, [l for l in inds if l.node not in read])
    if not inds:
        return None
    best = max(l.score for l in inds)
    inds = _row_per_part(question, inds) or _one_row_per_name(kb, question, [l for l in inds if l.score >= best - 1e-9])[:3]
    years = _years_asked(normalise_question(question))
    if years and _GROWTH.search(question) and all(str(kb.attrs(l.node).get("targetYear") or "") != str(years[0]) for l in inds):
        return None  # 「“十三五”期间年均增长了多少」: the table's growth is over its own plan period, not the one asked
    if len(inds) == 1 and (rise := _RISE_TAIL.search(re.sub(r"[（(][^（）()]*[）)]$", "", normalise_text(inds[0].label)))) \
            and rise.group(0) not in normalise_text(question) and not _CHANGE_ASKED.search(question) \
            and not _PROPERTY_ASKED.search(question):
        # 「限额以上商品销售总额是多少」 of the row 限额以上商品销售总额年均增速: the rate is no level; the prose's level
        # answers (「2025年达到1.88万亿元」), else say what the row gives
        if (stated := _stated_in_prose(kb, question, intent, links)) is not None:
            return stated
        para = _indicator_para(kb, inds[0].node)
        text = f"规划未给出{inds[0].label[: rise.start()]}本身的数值；指标表中的是其{rise.group(0)}：{_indicator_text(kb, inds[0].node)}"
        return Answer(question, text, False, [], [kb.citation(para)] if para else [], kind="indicator")
    if len(inds) == 1 and (part := _part_asked(kb, question, intent, inds[0])):
        # 「横沙岛主海塘达标率要达到多少」: the table's row is the whole plan's, never the island's
        para = _indicator_para(kb, inds[0].node)
        text = (f"规划未单列{part}的{inds[0].label}；指标表中的是全域的数值：{_indicator_text(kb, inds[0].node)}")
        return Answer(question, text, False, [], [kb.citation(para)] if para else [], kind="indicator")
    if len(inds) == 1 and (unit := rate_row_asked_in_unit(kb, question, inds[0].node)):
        # 「优良天数要达到多少天」 of the row 优良天数比例（%）: the prose's own figure in the unit asked, else not found
        if (stated := _stated_in_prose(kb, question, intent, links)) is not None:
            return stated
        para = _indicator_para(kb, inds[0].node)
        text = f"规划没有给出以“{unit}”计的数值；指标表中的{inds[0].label}以百分比计：{_indicator_text(kb, inds[0].node)}"
        return Answer(question, text, False, [], [kb.citation(para)] if para else [], kind="indicator")
    if years and len(inds) == 1 and _year_value(kb, inds[0].node, years[0]) is None \
            and (later := _later_value(kb, inds[0].node, years[0])):
        # 「2035年河湖水面积的目标」 of a table printing a further horizon's targets beside the plan's own (目标值（2035年）)
        para = _indicator_para(kb, inds[0].node)
        cite = kb.citation(para) if para else None
        unit = kb.attrs(inds[0].node).get("unit")
        text = f"{inds[0].label}{f'（{unit}）' if unit else ''}，{years[0]}年目标为{later}（指标表）。"
        return Answer(question, text, True, [Item(later, cite, detail=text, entity=inds[0].node)], [cite] if cite else [],
                      kind="indicator")
    if years and len(inds) == 1 and not _year_value(kb, inds[0].node, years[0]) \
            and not (_PERIOD_TOTAL_ASKED.search(question) and _cumulative(kb.attrs(inds[0].node).get("growth")) is not None):
        # (「“十五五”时期新增…多少」 of a row printing its period total, 〔累计20〕, is answered by that total)
        if kb.attrs(inds[0].node).get("actualYear"):
            return None  # a review table (规划目标 / 实现情况 of the period before): the plan's own years are in its prose
        if (stated := _stated_in_prose(kb, question, intent, links)) is not None:
            return stated
        para = _indicator_para(kb, inds[0].node)
        text = f"指标表未给出{inds[0].label}{years[0]}年的数值。表中所列：{_indicator_text(kb, inds[0].node)}"
        return Answer(question, text, False, [], [kb.citation(para)] if para else [], kind="indicator")
    if len(inds) == 1 and (why := _period_target_for_yearly(kb, question, inds[0].node)):
        # 「每年要招引多少家」 of the row 招引绿色低碳企业（五年累计）…800家: the period's target is no yearly amount
        para = _indicator_para(kb, inds[0].node)
        return Answer(question, why, False, [], [kb.citation(para)] if para else [], kind="indicator")
    if not years and len(inds) == 1 and _asks_blank_base(kb, question, inds[0]):
        # 「绿色交通出行比例现在是多少」 of a row whose 现状 cell is 「/」: the 2030 target answers no present value
        if (stated := _stated_in_prose(kb, question, intent, links)) is not None:
            return stated
        para = _indicator_para(kb, inds[0].node)
        text = f"指标表未列{inds[0].label}的现状数值。表中所列：{_indicator_text(kb, inds[0].node)}"
        return Answer(question, text, False, [], [kb.citation(para)] if para else [], kind="indicator")
    target = str(kb.attrs(inds[0].node).get("targetValue") or "")
    if len(inds) == 1 and target and not _prints_figure(target) and not _PROPERTY_ASKED.search(question) \
            and not kb.attrs(inds[0].node).get("actualYear") \
            and (stated := _stated_in_prose(kb, question, intent, links)) is not None:
        # 「单位GDP能耗要降多少」 of a row whose target cell holds only words (完成省定目标) while the prose states the
        # figure (「“十四五”期间…能耗累计降低15%」): the figure answers, the row's words and attribute beside it
        return _with_row_words(kb, stated, inds[0].node, target)
    if len(inds) == 1 and target and not _prints_figure(target) \
            and (_COUNT_ASKED.search(question) or _SPECIFIC_NUMBER_ASKED.search(question)) \
            and not kb.attrs(inds[0].node).get("actualYear") and _cumulative(kb.attrs(inds[0].node).get("growth")) is None:
        # (a row whose period total stands in its 年均（累计） cell — 〔累计120〕 — answers with that total)
        para = _indicator_para(kb, inds[0].node)
        text = (f"指标表未给出{inds[0].label}的具体数值，目标写的是“{target}”。"
                f"表中所列：{_indicator_text(kb, inds[0].node)}")
        return Answer(question, text, False, [], [kb.citation(para)] if para else [], kind="indicator")
    if len(inds) == 1 and _asks_missing_growth(kb, question, inds[0]):
        para = _indicator_para(kb, inds[0].node)
        text = f"指标表未列{inds[0].label}的年均增速。表中所列：{_indicator_text(kb, inds[0].node)}"
        return Answer(question, text, False, [], [kb.citation(para)] if para else [], kind="indicator")
    texts, items, cites = [], [], []
    for l in inds:
        para = _indicator_para(kb, l.node)
        cite = kb.citation(para) if para else None
        texts.append(_indicator_text(kb, l.node, question))
        # a row of targets and outcomes answers one side per part: the side said is the item's detail
        said = texts[-1].split("：", 1)[-1] if kb.attrs(l.node).get("actualYear") else None
        items.append(Item(l.label, cite, detail=said, entity=l.node))
        if cite:
            cites.append(cite)
        cites.extend(kb.citation(p) for p in _prose_restating(kb, l.node))
    return Answer(question, "".join(texts), True, items, cites, kind="indicator")


#: A yearly amount asked (每年要招引多少家, 一年安排多少); a growth asked yearly is :data:`_GROWTH`'s.
_YEARLY_ASKED = re.compile(r"每年|(?<![哪近前后])一年(?!来|以来|前|后)")
#: A row counting what the period adds (新增…, 招引…, 新建…): its target is the period's total, never a year's.
_ADDITION_ROW = re.compile(r"^(?:累计|五年)?(?:新增|新建|新引进|引进|招引|招商引进|创建|推出|建成|培育|打造|认定)")
#: A row or target stated per year (年均…, 每年…, 万吨/年).
_STATED_PER_YEAR = re.compile(r"每年|年均|/年|全年")


def _period_target_for_yearly(kb: KB, question: str, node: str) -> str | None:
    """Why the row ``node`` is no answer to a yearly amount asked, or None: a row counting what the plan's period adds
    (「招引绿色低碳企业」 800家 by 2030, printed 「（五年累计）」) states no year's amount, unless its name, unit or
    target says per year.

    >>> _YEARLY_ASKED.search("每年要招引多少家"), _YEARLY_ASKED.search("近一年来") is None, _ADDITION_ROW.match("招引绿色低碳企业") is not None
    (<re.Match object; span=(0, 2), match='每年'>, True, True)
    """
    q = normalise_question(question)
    if not _YEARLY_ASKED.search(q) or _GROWTH.search(q):
        return None
    a = kb.attrs(node)
    label = normalise_text(kb.label(node))
    stated = f"{label}|{a.get('unit') or ''}|{a.get('targetValue') or ''}|{a.get('growth') or ''}"
    if not _ADDITION_ROW.match(label) or _STATED_PER_YEAR.search(stated):
        return None
    return f"规划未给出每年的数值；指标表中的{label}是规划期的目标，不是每年的：{_indicator_text(kb, node)}"


#: A rise a row's name ends in (地区生产总值年均增速): the row states a rate, never the level of what rises.
_RISE_TAIL = re.compile(r"(?:年均)?(?:增速|增幅|增长率|增长幅度)$")
#: A change asked in any words (增长, 提高, 翻番 …): a rate row answers it.
_CHANGE_ASKED = re.compile(r"增|长了|涨|提高|提升|上升|翻|降|减|速度|幅度|百分之几|几个百分点")
#: A row's own property asked (「是约束性的还是预期性的」「属于哪类指标」): the row answers it, not a prose figure.
#: 「约束性目标是多少」 names the figure by its property and asks the figure.
_PROPERTY_ASKED = re.compile(r"属性|性质|哪类指标|什么类别|哪个类别|(?:约束性|预期性)的?(?:指标)?(?:还是|吗|么)"
                             r"|是(?:不是|否)?(?:属于)?(?:约束性|预期性)")


def _with_row_words(kb: KB, stated: Answer, node: str, target: str) -> Answer:
    """``stated`` (the prose's verified figure of an indicator) with the row's own target words and attribute added
    and the row cited after the prose."""
    a = kb.attrs(node)
    note = f"指标表中该项目标为“{target}”" + (f"，属性为{a['attribute']}" if a.get("attribute") else "") + "。"
    para = _indicator_para(kb, node)
    cites = list(stated.citations) + ([kb.citation(para)] if para else [])
    return replace(stated, answer=stated.answer.rstrip() + note, citations=cites)


def _prose_restating(kb: KB, node: str) -> list[str]:
    """The body paragraphs that state a row's target in words (「完成老大楼商业化改造利用面积11.4万平方米」):
    the row's name followed, within a few characters, by its target figure — the plan's own sentence for it."""
    a = kb.attrs(node)
    figure = re.search(r"\d+(?:\.\d+)?", str(a.get("targetValue") or ""))
    name = normalise_text(kb.label(node))
    if not figure or len(name) < 4:
        return []
    value = re.escape(figure.group()) + r"(?![\d.])"
    sayings = [re.escape(name) + r"[^。；，\d]{0,6}" + value]
    if len(name) >= 6:
        # 「启动30万平方米居住类历史建筑全项目修缮」: the figure and its unit before the name's start; 「老旧住房综合修缮改造
        # 面积100万平方米」: the name printed short (累计 left out), its start before the figure
        unit = re.escape(normalise_text(str(a.get("unit") or "")))
        sayings += [r"(?<![\d.])" + value + unit + r"[^。；，\d]{0,2}" + re.escape(name[:6]),
                    re.escape(name[:6]) + r"[^。；，\d]{0,8}" + value]
    said = re.compile("|".join(f"(?:{s})" for s in sayings))
    plan = plan_of(node)
    return [p for p in kb.paragraph_nodes if plan_of(p) == plan
            and kb.attrs(p).get("kind") != "indicator" and said.search(kb.norm_text[p])][:1]


# A five-year plan said by number, quoted or not (十五五, “十四五”): its last year is the year asked.
_PLAN_NUMBER = re.compile(r"(?<![第个])([一二三四五六七八九十]{1,3}五)(?![年个])")


def _one_row_per_name(kb: KB, question: str, inds: list[Link]) -> list[Link]:
    """Rows named alike in two tables (the period before's targets and outcomes, this plan's targets): the
    row whose columns hold the year asked (a year, or a plan said by number: 十四五 → 2025); none asked,
    the outcome row when what was achieved is asked (实际/完成了), else the row of the latest target year —
    the plan's own."""
    q = normalise_question(question)
    years = _years_asked(q)
    groups: dict[str, list[Link]] = {}
    for l in inds:
        groups.setdefault(kb.label(l.node), []).append(l)
    kept: list[Link] = []
    for rows in groups.values():
        if len(rows) > 1:
            if years:
                fit = [l for l in rows if _year_value(kb, l.node, years[0]) is not None]
                # the year ends one table's period and starts the other's: the side asked (目标 / 实际) picks
                side = "actualYear" if _ASKS_ACTUAL.search(q) else "targetYear" if _ASKS_TARGET.search(q) else ""
                fit = [l for l in fit if side and str(kb.attrs(l.node).get(side) or "") == str(years[0])] or fit
                # a year neither table has a column for (2035 of a 2025 review and a 2030 plan): the plan's own row,
                # which then says what it gives instead (answer_indicator) — never both rows' other years as found
                fit = fit or [max(rows, key=lambda l: int(kb.attrs(l.node).get("targetYear") or 0))]
            elif _ASKS_ACTUAL.search(q):
                fit = [l for l in rows if kb.attrs(l.node).get("actualYear")]
            else:
                fit = [max(rows, key=lambda l: int(kb.attrs(l.node).get("targetYear") or 0))]
            rows = fit or rows
        kept.extend(rows)
    return [l for l in inds if l in kept]


#: 「新建了多少绿地」「要新建多少公里绿道」: a verb of works before the question word, its object after it — the
#: words a table names its row by (新建绿地, 新建绿道), split by the question word.
_VERB_OBJECT = re.compile(r"(新建|新增|新种|建设|整治|改造|创建|培育|调整改造)(?:了)?(?:多少|几)(?:万)?"
                          r"(?:平方米|平米|公里|个|座|条|块|处|株|家|所)?([\u4e00-\u9fff]{2,6}?)(?=[？?。]|$)")


def _row_of_verb_object(kb: KB, question: str) -> list[Link]:
    """The indicator row named by a verb and its object the question word splits (新建了多少绿地 → 新建绿地), only a
    row named exactly so."""
    m = _VERB_OBJECT.search(normalise_question(question))
    if not m:
        return []
    name = m.group(1) + m.group(2)
    return [replace(l, mention=name) for l in link_entities(kb.index, name, types=("Indicator",), limit=4)
            if normalise_text(l.label) == name]


#: A length or area unit a question asks its figure in (多少公里, 几平方米).
_MEASURE_UNIT_ASKED = re.compile(r"(?:多少|几)(" + "|".join(sorted(UNIT_MEASURE_NOUNS, key=len, reverse=True)) + ")")


def _row_named_by_unit(kb: KB, question: str) -> list[Link]:
    """The one indicator row named by its subject and a measure noun the unit asked says already: 「农村公路提档升级
    要做多少公里」 names the row 农村公路提档升级总里程 (its target in 公里), as 「…多少平方米」 a row ending in 面积.

    >>> _MEASURE_UNIT_ASKED.search("十五五农村公路提档升级要做多少公里").group(1)
    '公里'
    """
    q = normalise_question(question)
    unit = _MEASURE_UNIT_ASKED.search(q)
    if not unit:
        return []
    rows = []
    for node in kb.by_type.get("Indicator", []):
        label = normalise_text(kb.label(node))
        noun = next((n for n in UNIT_MEASURE_NOUNS[unit.group(1)] if label.endswith(n)), None)
        stem = label[: -len(noun)] if noun else ""
        target = str(kb.attrs(node).get("targetValue") or "") + str(kb.attrs(node).get("unit") or "")
        if len(stem) >= 4 and stem in q and unit.group(1) in target:
            rows.append(Link(node, kb.label(node), "Indicator", stem, 1.0))
    return rows if len(rows) == 1 else []


def _years_asked(q: str) -> list[int]:
    """The years a question asks: printed ones, else a five-year plan said by number (十四五末 → 2025).

    >>> _years_asked("新能源环卫车辆占比在十四五末的现状值是多少"), _years_asked("2035年绿化覆盖率"), _years_asked("绿化覆盖率")
    ([2025], [2035], [])
    """
    return years_in(q) or [p.end for m in _PLAN_NUMBER.finditer(q) if (p := plan_period(f"“{m.group(1)}”"))]


#: The present asked (现在/目前/现状值): a table's base column, whatever year it is dated.
_ASKS_PRESENT = re.compile(r"现在|目前|当前|眼下|现状|基期|基数")


def _asks_blank_base(kb: KB, question: str, link: Link) -> bool:
    """「X现在/目前是多少」 where X's base cell is blank (「/」「-」) in a table of base and target columns."""
    a = kb.attrs(link.node)
    rest = normalise_question(question).replace(link.label, "")
    return bool(_ASKS_PRESENT.search(rest)) and not a.get("actualYear") and a.get("baseValue") in _BLANK_CELL \
        and a.get("targetValue") not in _BLANK_CELL


def _asks_missing_growth(kb: KB, question: str, link: Link) -> bool:
    """「X的年均增速是多少」 where X's growth cell is blank: its levels answer no rate (an indicator
    that is itself a rate, 「…增长（%）」, is answered by its values)."""
    rest = normalise_question(question).replace(link.label, "")
    blank = str(kb.attrs(link.node).get("growth") or "").strip() in ("", "-", "—")
    return blank and bool(_GROWTH.search(rest)) and not _GROWTH.search(link.label) and "增长" not in link.label


def answer_indicator_list(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「哪些指标是约束性指标？」 / 「经济发展类指标有哪些？」"""
    nodes = rows_asked(kb, question, [n for n in kb.by_type.get("Indicator", []) if not plan or plan_of(n) == plan])
    if not nodes:
        return None
    attr = next((w for w in ("约束性", "预期性") if w in question), None)
    cats = {str(kb.attrs(n).get("category") or "") for n in nodes} - {""}
    if cats and _CATEGORIES_ASKED.search(question):
        # 「指标表分成了哪几大类？」: the table's categories in its order, each with its row count.
        nodes = sorted(nodes, key=lambda n: kb._reading_order(_indicator_para(kb, n) or n))
        order = list(dict.fromkeys(c for n in nodes if (c := str(kb.attrs(n).get("category") or ""))))
        counts = {c: sum(1 for n in nodes if kb.attrs(n).get("category") == c) for c in order}
        para = next((p for n in nodes if (p := _indicator_para(kb, n))), None)
        cite = kb.citation(para) if para else None
        text = f"指标表分为{len(order)}类：" + "、".join(f"{c}（{counts[c]}项）" for c in order) + "。"
        return Answer(question, text, True, [Item(c, cite) for c in order], [cite] if cite else [], kind="indicator")
    if attr and cats and asks_categories_of_attribute(question):
        return _categories_holding(kb, question, attr, nodes)
    cat = next((c for c in sorted(cats, key=len, reverse=True) if c in question or category_core(c) in question), None)
    if attr is None and cat is None and not _ALL_INDICATORS.search(normalise_question(question)):
        return None
    chosen = [n for n in nodes if (attr is None or kb.attrs(n).get("attribute") == attr) and (cat is None or kb.attrs(n).get("category") == cat)]
    if plan is None and len(owners := list(dict.fromkeys(plan_of(n) for n in chosen))) > 1:
        # 「约束性指标有几个」 over several plans: each plan's table is counted on its own, never all added together
        titles = {pid: kb.label(n) for n in kb.by_type.get("Plan", []) if (pid := plan_of(n + "/"))}
        return Answer(question, which_table_plan(owners, titles), False, kind="clarify")
    chosen.sort(key=lambda n: kb._reading_order(_indicator_para(kb, n) or n))
    what = "、".join(x for x in (cat and category_core(cat), attr) if x)
    if not chosen:
        # 「约束性指标有几个」 of a table with no row so marked (or no 属性 column at all): never 「共0项」 as found — the
        # plan may mark them elsewhere; say what the table as read gives.
        marked = sorted({str(kb.attrs(n).get("attribute") or "") for n in nodes} - {""})
        para = next((p for n in nodes if (p := _indicator_para(kb, n))), None)
        said = f"属性标有{'、'.join(marked)}" if marked else "未标明约束性或预期性"
        text = f"规划的指标表列出{len(nodes)}项指标，{said}，其中没有{what or '所问的'}指标。"
        return Answer(question, text, False, [], [kb.citation(para)] if para else [], kind="indicator")
    items = []
    for n in chosen:
        para = _indicator_para(kb, n)
        a = kb.attrs(n)
        items.append(Item(kb.label(n), kb.citation(para) if para else None, detail=f"{a.get('targetYear') or ''}年目标{a.get('targetValue') or '-'}", entity=n))
    # A few rows are said with their targets (「约束性的有哪些？分别定的多少？」), many by name only.
    # A count asked is said with a few names; a few rows asked are said with their targets, many by name only.
    shown = 6 if re.search(r"(?<!哪)(?:多少|几)(?:个|项|类|种|条)", question) else 12
    names = "、".join(f"{i.label}（{i.detail}）" if len(items) <= 8 and shown == 12 else i.label for i in items[:shown]) \
        + ("等" if len(items) > shown else "")
    # rows printed under one 序号 (执业医师数 / 注册护士数) are one numbered indicator: the table's own count
    numbers = [kb.attrs(n).get("rowNumber") for n in chosen]
    count = len(set(numbers)) if numbers and all(numbers) else len(items)
    text = f"{what or '主要'}指标共{count}项：" + names + "。"
    cites = list(dict.fromkeys(i.citation for i in items[:8] if i.citation))
    if (title := _table_title_para(kb, chosen[0])) is not None:
        cites.insert(0, kb.citation(title))  # a count of the table's rows cites the table itself, then its rows
    return Answer(question, text, True, items, cites, kind="indicator")


def _table_title_para(kb: KB, node: str) -> str | None:
    """The paragraph printing the title of the table indicator ``node`` is a row of (「表1 …主要指标」), if the plan
    prints it as a paragraph of its own (a title no longer than the title and its number)."""
    title = normalise_text(str(kb.attrs(node).get("tableTitle") or ""))
    if len(title) < 4:
        return None
    plan = plan_of(node)
    return next((p for p in kb.paragraph_nodes if plan_of(p) == plan and title in (t := kb.norm_text.get(p) or "")
                 and len(t) <= len(title) + 8), None)


def category_core(category: str) -> str:
    """A table's group caption without its enumerator and row count, as a question names it: 「二、百姓富（7 项）」
    → 百姓富, 「绿色发展(6项)」 → 绿色发展.

    >>> category_core("二、百姓富（7 项）"), category_core("绿色发展(6项)"), category_core("经济发展")
    ('百姓富', '绿色发展', '经济发展')
    """
    core = re.sub(r"^[一二三四五六七八九十]+、|[（(]\s*\d+\s*项\s*[）)]$", "", category.strip()).strip()
    return core if len(core) >= 2 else category


def _categories_holding(kb: KB, question: str, attr: str, nodes: list[str]) -> Answer:
    """「哪几类指标里有约束性指标」「约束性指标分布在哪些类别」: the table's categories holding rows of the attribute
    asked, in the table's order, each with those rows — the categories are what is asked, the rows show why."""
    rows = sorted((n for n in nodes if kb.attrs(n).get("attribute") == attr),
                  key=lambda n: kb._reading_order(_indicator_para(kb, n) or n))
    groups: dict[str, list[str]] = {}
    for n in rows:
        groups.setdefault(str(kb.attrs(n).get("category") or "未分类"), []).append(n)
    if not groups:
        return Answer(question, f"指标表中没有{attr}指标。", False, [], [], kind="indicator")
    items, cites = [], []
    for cat, members in groups.items():
        para = _indicator_para(kb, members[0])
        cite = kb.citation(para) if para else None
        names = [kb.label(n) for n in members]  # a long category said by its first rows and its count (answers stay short)
        items.append(Item(cat, cite, detail="、".join(names) if len(names) <= 5 else "、".join(names[:3]) + f"等{len(names)}项"))
        cites.extend(c for n in members if (p := _indicator_para(kb, n)) and (c := kb.citation(p)))
    text = f"{attr}指标分布在{len(groups)}类：" + "；".join(f"{i.label}（{i.detail}）" for i in items) + "。"
    return Answer(question, text, True, items, list(dict.fromkeys(cites))[:8], kind="indicator")


#: 「哪几类指标里有约束性指标」「约束性指标属于哪些类别」「约束性指标在哪一类」: the categories holding an attribute's rows.
_CATEGORY_OF_ATTR = re.compile(r"(?:哪几|哪些|哪一|哪|几)(?:个)?(?:大)?类(?![型似])|类别")


def asks_categories_of_attribute(question: str) -> bool:
    """Whether ``question`` asks which of the indicator table's categories hold its 约束性 (or 预期性) rows, whatever
    kind its wording reads as (「…属于哪几大类」 reads as a where-question)."""
    return bool(re.search(r"约束性|预期性", question) and re.search(r"指标", question)
                and _CATEGORY_OF_ATTR.search(question))

#: 「指标表分成了哪几大类」「指标分哪几类」: the table's categories asked.
_CATEGORIES_ASKED = re.compile(r"(?:分成|分为|分了|分|有)(?:了)?(?:哪几|哪些|几)(?:个)?(?:大)?类|类别(?:有哪些|是什么|有几)")

#: 「一共多少个指标」「主要指标有哪些」: the whole indicator table asked, no category or attribute.
_ALL_INDICATORS = re.compile(r"(?:^|一共|共|总共|全部|所有|主要)(?:的)?(?:经济社会发展)?(?:主要)?指标(?:体系)?(?:一共|总共|共)?有?(?:多少|几)(?:个|项)"
                             r"|(?:一共|总共|共)?(?:有)?(?:多少|几)(?:个|项)(?:主要)?指标[？?]?$|主要指标(?:有哪些|是哪些|包括哪些)")


# A value asked about, not a heading number (「第3章的目标是什么」): a share, or a number after a verb of figures.
_ASKED_VALUE = re.compile(r"\d(?:\.\d+)?\s*[%‰]|(?:增长|增速|提高到|提高|达到|降低|下降|减少|控制在|数值|值|为|是)[≥≤><]?\d")
_VALUE_IN_Q = re.compile(r"(?<![0-9])(\d+(?:\.\d+)?)(?![0-9]*年)")
# A table, box or heading named by its number (表1里, 专栏2中, 第3章): its number is no value asked.
_NUMBERED_PLACE = re.compile(r"(?:附?表|专栏|图)\s*\d+|第\s*\d+\s*[章节篇部]")


def _as_number(text: str) -> float | None:
    m = re.search(r"-?\d+(?:\.\d+)?", str(text or ""))
    return float(m.group(0)) if m else None


def answer_indicator_by_value(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「2020年数值为5.6的是哪个指标？」「哪个指标年均增长8.0%？」: indicators whose table cell holds the value.

    A year in the question picks the column (base or target year); 增长/增速 picks the growth
    column; otherwise any column.
    """
    q = normalise_question(question)
    if not re.search(r"指标|目标|表[里中内上]", q) or not re.search(r"哪个|哪项|哪些|哪一|什么", q):
        return None
    # 「年均增长百分之十八的是哪个指标」: the value as plans of the 1990s print it.
    q = re.sub(r"百分之([〇零一二两三四五六七八九十百点]+)", lambda m: f"{chinese_number(m.group(1)):g}%", q)
    printed = _VALUE_IN_Q.findall(_NUMBERED_PLACE.sub("", re.sub(r"(?:19|20)\d\d年", "", q)))
    values = [float(v) for v in printed]
    if not values:
        return None
    # 「比十一五期末下降了42.4%」: the time a change is counted from is the clause's base, not the value's year
    years = years_in(_BASE_ASKED.sub("", q))
    want = values[0]
    # 「2020年是98、2025年目标是100的」: every value given must hold, each in its own year's column when the years pair.
    paired = list(zip(years, values)) if len(values) > 1 and len(years) == len(values) else []
    hits = []
    table = [n for n in kb.by_type.get("Indicator", []) if not plan or plan_of(n) == plan]
    for node in table:
        a = kb.attrs(node)
        if paired:
            if all(_as_number(_year_value(kb, node, y) or "") == v for y, v in paired):
                hits.append(node)
            continue
        if a.get("actualYear"):  # a row of targets and outcomes: the side asked (实现情况, 规划目标), else both
            cells = _outcome_cells(a, q, years[0] if years else None)
        elif years:
            cells = [_year_value(kb, node, years[0]) or ""]
        elif re.search(r"增长|增速", q):
            cells = [str(a.get("growth") or "")]
        else:
            cells = [str(a.get(k) or "") for k in ("baseValue", "targetValue", "growth")]
        numbers = [_as_number(c) for c in cells]
        if all(v in numbers for v in (values if len(values) > 1 and not years else [want])):
            hits.append(node)
    if not hits:
        if stated := _stated_with_value(kb, question, q, printed[0], years, plan):
            return stated
        if not table:
            if not _ASKED_VALUE.search(q):
                return None
            text = f"规划中没有{''.join(f'{y}年' for y in years[:1])}数值为{printed[0]}的指标或目标。"
            # Given for another year (「2035年…24.1%」 where the plan gives 2025): say which.
            other = _stated_with_value(kb, question, q, printed[0], [], plan)
            if years and other:
                text += f"规划中{printed[0]}是另一年份的数值——{other.answer.removeprefix('规划中所说的是：')}"
            return Answer(question, text, False, [], other.citations if years and other else [], kind="fact")
        # The table was searched and holds no such value: say so, never a near value from the prose.
        column = f"{years[0]}年数值" if years else ("年均增速" if re.search(r"增长|增速", q) else "数值")
        paras = list(dict.fromkeys(p for n in table if (p := _indicator_para(kb, n))))
        text = f"指标表（{len(table)}项指标）中没有{column}为{printed[0]}的指标。"
        return Answer(question, text, False, [], [kb.citation(p) for p in paras[:1]], kind="indicator")
    hits.sort(key=lambda n: kb._reading_order(_indicator_para(kb, n) or n))
    items = [Item(kb.label(n), kb.citation(p) if (p := _indicator_para(kb, n)) else None, entity=n) for n in hits]
    text = "".join(_indicator_text(kb, n) for n in hits[:3])
    return Answer(question, text, True, items, [i.citation for i in items if i.citation], kind="indicator")


#: The base a change is asked against (「比十一五期末」「较2015年」): a year the value is not for.
_BASE_ASKED = re.compile(rf"(?:比|较|相比|与)[“\"]?(?:(?:19|20)\d\d年|(?:{PERIOD_NUMERAL})五[”\"]?)"
                         r"(?:底|末|期末|时期|期间)?")


def _outcome_cells(a: dict, q: str, year: int | None) -> list[str]:
    """The printed cells of a target-and-outcome row a reverse look-up reads: the asked side's
    (规划目标 / 实现情况, both when neither is named), its rate when 增长/增速 is asked, else its level
    in the asked year."""
    out = []
    for side in _sides_asked(q):
        level, rate, when = (("targetValue", "growth", "targetYear") if side == "target"
                             else ("actualValue", "actualGrowth", "actualYear"))
        if re.search(r"增长|增速", q):
            out.append(str(a.get(rate) or ""))
        elif year is None or str(a.get(when) or "") == str(year):
            out.append(str(a.get(level) or ""))
    return out


def _stated_with_value(kb: KB, question: str, q: str, printed: str, years: list[int], plan: str | None) -> Answer | None:
    """「哪个指标要提高到24.1%？」 where no table holds it: the measures whose stated figure it is, cited."""
    aspect = value_aspect(re.sub(r"(?:的|是|为)$", "", q[: q.find(printed)]))
    # a side asked (实现情况, 规划目标) was looked up in the table's own columns: its rows are not read again sideless
    sided = bool(_ASKS_ACTUAL.search(q) or _ASKS_TARGET.search(q))
    stated = [(m, f) for m, f in figures_of_value(kb, float(printed), plan=plan, aspect=aspect)
              if (not years or year_agrees(kb, f, years[0])) and not (sided and kb.attrs(f.para).get("kind") == "indicator")]
    if not stated:
        return None
    items = [Item(m, kb.citation(f.para), detail=f.clause) for m, f in stated]
    parts = [f"{m}（原文：“{f.clause}”）" for m, f in stated]
    text = "规划中所说的是：" + "；".join(parts) + "。"
    if len(text) > MAX_ANSWER:
        text = "规划中所说的是：" + "、".join(dict.fromkeys(m for m, _ in stated)) + "（原文见引文）。"
    return Answer(question, text, True, items, list(dict.fromkeys(i.citation for i in items)), kind="fact")


def item_name(kb: KB, para: str) -> str:
    """A box item's name: its text up to the first 。，；：, at most 40 characters."""
    text = str(kb.attrs(para).get("text") or "")
    head = re.split(r"[。，；:：]", text, maxsplit=1)[0]
    return head if len(head) <= 40 else head[:40] + "…"


#: What an item's name may end with that a question leaves out (综合保税仓库项目 asked as 综合保税仓库).
_ITEM_TAIL = re.compile(r"(?:重点)?(?:建设)?(?:项目|工程)(?:（[^）]*）)?$|（[^）]*）$")


def named_item(kb: KB, paras: list[str], question: str) -> str | None:
    """The one item of ``paras`` (a box's item paragraphs) whose name ``question`` prints (three characters at least,
    no bare kind such as 风电场), or None when it names none or several: 「专栏26.3里的富家桥风电场要新建多少台风机」 asks
    that item's own figure — a box-wide count or sum, or a sibling item's figure, is no answer to it.
    """
    q = normalise_question(question)
    named = []
    for p in paras:
        name = LIST_MARK.sub("", normalise_text(item_name(kb, p)).rstrip("…"))  # (「1.综合保税仓库」: its number names nothing)
        core = _ITEM_TAIL.sub("", name) or name
        if len(core) >= 3 and not KIND_AND_HEAD.fullmatch(core) and (core in q or name in q):
            named.append(p)
    return named[0] if len(named) == 1 else None


def spells_in_order(short: str, long: str) -> bool:
    """Whether the characters of ``short`` occur in ``long`` in order.

    Examples
    --------
    >>> spells_in_order("风电", "大唐风力发电站"), spells_in_order("风电", "阳光电源光伏电站")
    (True, False)
    """
    it = iter(long)
    return all(c in it for c in short)


def cue_label(question: str, cues: tuple[str, ...]) -> str:
    """How to name the asked attribute: the question's own words around its cues.

    Examples
    --------
    >>> cue_label("永州大庆坪风电场工程项目装机容量是多少？", ("装机", "容量"))
    '装机容量'
    >>> cue_label("香零山大桥有多长？", ("多长",))
    '长度'
    """
    shown = {"多长": "长度", "多宽": "宽度", "多大": "规模"}
    spans = sorted((question.find(c), question.find(c) + len(c)) for c in cues if c in question)
    if not spans:
        return "相关数据"
    if spans[-1][0] - spans[0][1] <= len(spans):
        label = question[spans[0][0] : max(e for _, e in spans)]
    else:
        label = "、".join(question[a:b] for a, b in spans)
    return shown.get(label, label)


def format_total(value: float, unit: str) -> str:
    """A base-unit total in the unit a reader expects.

    Examples
    --------
    >>> format_total(2.8e8, "W"), format_total(2.28e9, "CNY"), format_total(9400.0, "m")
    ('280 MW（28万千瓦）', '22.8亿元', '9.4 km')
    """
    def num(x: float) -> str:
        return f"{x:.4f}".rstrip("0").rstrip(".")

    if unit == "W":
        return f"{num(value / 1e6)} MW（{num(value / 1e7)}万千瓦）"
    if unit == "CNY":
        return f"{num(value / 1e8)}亿元" if value >= 1e8 else f"{num(value / 1e4)}万元"
    if unit == "m" and value >= 1000:
        return f"{num(value / 1000)} km"
    if unit == "m3" and value >= 1e4:
        return f"{num(value / 1e4)}万m³"
    if unit == "m2" and value >= 1e4:
        return f"{num(value / 1e4)}万平方米"
    return f"{num(value)} {unit}"


def box_scope(kb: KB, box: str, question: str, intent: Intent, links: list[Link]) -> tuple[str, list[str]]:
    """The part of a box a question is about: (a label for it, its item paragraphs).

    「专栏26.3里的能源项目」 picks the group titled （一）能源…; 「专栏26.3的风电项目」
    names no group, so the items whose names hold 风…电 in order; a question with no
    topic gets the whole box.
    """
    groups = kb.box_groups(box)
    terms = [t for t in key_terms(question, intent, links) if t not in ("专栏",)]
    # 「水利方面」「能源这块」「能源类的」: the group asked is 水利, 能源 (方面, 这块, 类 say only that it is a part);
    # 「列了几项」 says how the box prints its items, no group's word.
    topic = "".join(re.sub(r"专栏[0-9.]+|^[0-9.]+|项目|工程|重点|建设|有哪些|包括|方面|这块|那块|一块|板块|领域|(?<=..)类$"
                           r"|(?:一共|共)?(?<![系序行排陈并])列(?:了|出了?|有)?$", "", t) for t in terms)
    # the groups the topic names best (能源基础设施 is （一）能源…, not （二）水利基础设施… sharing 基础设施 with it)
    overlaps = {g: _overlap(topic, g) for g, _ in groups if g and topic}
    scope = [(g, ps) for g, ps in groups if g in overlaps and overlaps[g] >= 0.5 and overlaps[g] == max(overlaps.values())]
    paras = [p for _, ps in (scope or groups) for p in ps]
    restated = _overlap(topic, str(kb.attrs(box).get("title") or "")) >= 0.5  # the box's own title: all of it
    if topic and not scope and not restated:
        # 「风电场装机加起来」: the members of the kind named (风力发电站 is one too), else those the topic spells
        spellings = member_kind(topic)
        named = [p for p in paras if any(s in item_name(kb, p) for s in spellings)] if spellings else []
        kind = f"的{spellings[0]}项目" if named else ""
        named = named or [p for p in paras if spells_in_order(topic, item_name(kb, p))]
        paras = named or paras
    else:
        kind = ""
    where = kb.label(box) + "".join(f"「{g}」" for g, _ in scope) + kind
    return where, paras


def asked_box(kb: KB, question: str, intent: Intent, *, plan: str | None, kind: str) -> str | Answer | None:
    """The box node a question names (专栏N.M), a not-found Answer if the plan has no such box, or None."""
    if not intent.box:
        return None
    box = kb.box(intent.box, plan=plan)
    return box if box is not None else missing_number(kb, question, "Box", intent.box, plan=plan, answer_kind=kind)


def _item_figure(kb: KB, question: str, intent: Intent, box: str, item: str) -> Answer:
    """The asked attribute of one box ``item`` as its own paragraph prints it, else found False saying what it gives."""
    name, cite = item_name(kb, item), kb.citation(item)
    cue = cue_label(normalise_question(question), intent.cue_words)
    figures = list(dict.fromkeys(str(q.get("raw")) for q in kb.quantities_in(item) if q.get("kind") in intent.attributes))
    text = normalise_text(str(kb.attrs(item).get("text") or ""))
    if len(figures) > 1:
        # 「总投资160亿元，其中一期投资50亿元」 asked 总投资: the one its own clause names by the words asked
        named = [f for f in figures if (at := text.find(normalise_text(f))) >= 0
                 and cue in re.split(r"[，,；;。]", text[:at])[-1]]
        figures = named if len(named) == 1 else figures
    if len(figures) == 1:
        return Answer(question, f"{name}的{cue}：{figures[0]}（{kb.label(box)}）。", True,
                      [Item(figures[0], cite, detail=str(kb.attrs(item).get("text") or ""))], [cite], kind="fact")
    text = str(kb.attrs(item).get("text") or "")
    said = text if len(text) <= 120 else text[:119] + "…"
    why = "给出了几个数值，未指明哪一个是所问的" if figures else "没有给出"
    return Answer(question, f"规划{kb.label(box)}中{name}{why}{cue}（原文：“{said}”）。", False, [], [cite], kind="fact")


def answer_aggregate(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """Counts and sums over a box (or a box group): 「专栏26.3里的能源项目有几个？」, total capacity."""
    box = asked_box(kb, question, intent, plan=plan, kind="aggregate")
    if not isinstance(box, str):
        return box
    where, paras = box_scope(kb, box, question, intent, links)
    if intent.attributes and (one := named_item(kb, [p for _, ps in kb.box_groups(box) for p in ps], question)) is not None \
            and len(asked_members(normalise_question(question), intent.cue_words)) < 2:
        # 「专栏8.1里的零陵火车站工业物流园计划总投资多少」: one item's own figure, never the box's sum over its siblings
        return _item_figure(kb, question, intent, box, one)
    if intent.attributes and "「" not in where and (names := asked_members(normalise_question(question), intent.cue_words)):
        # 「专栏N里A、B和C…加起来」: the named items' total, never the whole box's
        paras, missed = matched_members(names, {p: item_name(kb, p) for p in paras})
        if missed:
            hints = [c for p in paras if (c := kb.citation(p))][:5]
            return Answer(question, f"规划未给出所问的合计数：{kb.label(box)}里没有逐一对上{'、'.join(missed)}，"
                          "不能只按专栏的全部项目相加。以下段落可能相关，仅供参考。", False, [], hints, kind="aggregate")
        where = f"{kb.label(box)}的{'、'.join(item_name(kb, p) for p in paras)}"
    items = [Item(item_name(kb, p), kb.citation(p)) for p in paras]
    if intent.attributes:
        figures = [q for p in paras for q in kb.quantities_in(p) if q.get("kind") in intent.attributes]
        units = {q.get("unit") for q in figures}
        if len(units) != 1:
            return None
        (unit,) = units
        total = sum(float(q.get("value") or 0) for q in figures)
        parts = [str(q.get("raw")) for q in figures]
        text = f"{where}中{cue_label(normalise_question(question), intent.cue_words)}合计{format_total(total, unit)}（{' + '.join(parts)}）。"
        return Answer(question, text, True, items, [i.citation for i in items if i.citation][:10], kind="aggregate")
    text = f"{where}共列出{len(items)}个项目：" + "；".join(i.label for i in items) + "。"
    if len(text) > 280:
        text = f"{where}共列出{len(items)}个项目（见列表）。"
    return Answer(question, text, True, items, [i.citation for i in items if i.citation][:10], kind="aggregate")
