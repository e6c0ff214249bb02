"""Short forms (简称) and their full names, so a question finds a term in either form.

Three sources: the plan's own declarations (「新型农村合作医疗（以下简称新农合）」,
「（简称“双减”）」, 「“水十条”：《水污染防治行动计划》的简称」), read from its paragraphs
once per KB, and the genre's common short forms (:data:`GENRE_SHORT_FORMS`), which
plans use without declaring them, and the genre's way of shortening a name
(猫儿岩灌区 for 猫儿岩水库灌区: the name's characters in order, ending in its head
kind, :func:`qa.question.link.abbreviates`). :func:`readings` gives the question's other
readings, each with one form replaced by the other form the plan prints;
:func:`unclear_short_form` the short form that could be several names.
"""
from __future__ import annotations

import re

from .intent import classify_intent, normalise_question, parse_cn_number, quoted_phrase
from ..index.home import home_titles
from ..index.kb import KB, plan_of
from ..index.perkb import per_kb
from .frame import counted_after_verb
from .link import Shortened, link_entities, shortens_one_member
from .wording import share_as_printed
from ..vocabulary import KIND_AND_HEAD

__all__ = ["GENRE_SHORT_FORMS", "declared_short_forms", "readings", "read_abilities", "read_routes", "read_spoken_ends", "read_printed_ends",
           "read_modal_inside",
           "unclear_short_form", "member_read_as_joint"]

#: Short forms plans of the genre use without declaring them (short → full name).
GENRE_SHORT_FORMS: dict[str, str] = {
    "新农合": "新型农村合作医疗",
    "新农保": "新型农村社会养老保险",
    "城居保": "城镇居民社会养老保险",
    "城镇居民医保": "城镇居民基本医疗保险",
    "职工医保": "职工基本医疗保险",
    "低保": "最低生活保障",
    "双创": "大众创业、万众创新",
    "长三角": "长江三角洲",
    "珠三角": "珠江三角洲",
    "新基建": "新型基础设施",
    "高新区": "高新技术产业开发区",
    "高专": "高等专科学校",
    "中专": "中等专业学校",
    "经开区": "经济技术开发区",
    "自贸区": "自由贸易试验区",
    # 文物: 国保/省保单位 are the office's words for the protected-site lists plans print in full
    "国保单位": "全国重点文物保护单位",
    "省保单位": "省重点文物保护单位",
    # office words for what plans print in full
    "户厕": "户用卫生厕所",
    "电商": "电子商务",
    # 学前教育: the office's 公办园/民办园/普惠园 for the kindergartens plans print in full
    "公办园": "公办幼儿园",
    "民办园": "民办幼儿园",
    "普惠园": "普惠性幼儿园",
    "文保单位": "文物保护单位",
    # 环境: the pollutants' common Latin names (PM2.5, PM10) for the names plans print in their targets
    "PM2.5": "细颗粒物",
    "PM10": "可吸入颗粒物",
    # 人居环境: the colloquial 改厕 for the 厕所改造 plans print (农村户用无害化卫生厕所改造)
    "改厕": "厕所改造",
    # 环境: 空气优良天数 is the common short wording of the measure tables print in full
    "空气优良天数": "空气质量优良天数",
    "双碳": "碳达峰碳中和",
    "国企": "国有企业",
    # 环境: the office's 污水厂 for the 污水处理厂 plans print (「建设6个乡镇污水处理厂」)
    "污水厂": "污水处理厂",
}

#: 「市区两级」「省市县三级」: levels said together, printed as a 、-run (市、区级) or each with 级 (市级、区级).
_LEVELS = re.compile(r"([国省市州县区乡镇村]{2,3})[两三]级")

#: 「X（以下简称Y）」「X（简称“Y”）」: the full name before the bracket, the short form inside.
_BRACKET = re.compile(r"([^，。；：:,;（(]{2,40})[（(](?:以下)?简称[“\"《]?([^”\"》）)]{1,12})[”\"》]?[）)]")
#: 「“水十条”：《水污染防治行动计划》的简称」「Y是X的简称」.
_IS_SHORT_FOR = re.compile(r"[“\"]?([^“”\"，。：:]{1,12})[”\"]?(?:[:：]|是)[《“]?([^《》“”，。]{2,40})[》”]?的简称")

def _full_name(before: str, short: str) -> str:
    """The full name a short form abbreviates: the shortest tail of ``before`` that holds its characters in order.

    Examples
    --------
    >>> _full_name("基本建立新型农村合作医疗", "新农合")
    '新型农村合作医疗'
    >>> _full_name("制定《国民经济和社会发展纲要》", "纲要")
    '国民经济和社会发展纲要'
    """
    before = before.strip("《》“”\"")
    m = re.search(r"[《“]([^《》“”]+)[》”]?$", before)
    if m:
        return m.group(1)
    for start in range(len(before) - len(short), -1, -1):
        if before[start] != short[0]:
            continue
        tail, at = before[start:], 0
        for ch in short:
            at = tail.find(ch, at)
            if at < 0:
                break
            at += 1
        else:
            return tail
    return before


@per_kb
def declared_short_forms(kb: KB) -> dict[str | None, dict[str, str]]:
    """Per plan, the short forms its text declares (short → full name), read once per KB."""
    out: dict[str | None, dict[str, str]] = {}
    for para in kb.paragraph_nodes:
        text = kb.norm_text[para]
        if "简称" not in text:
            continue
        forms = out.setdefault(plan_of(para), {})
        for m in _BRACKET.finditer(text):
            short = m.group(2)
            forms.setdefault(short, _full_name(m.group(1), short))
        for m in _IS_SHORT_FOR.finditer(text):
            forms.setdefault(m.group(1), m.group(2))
    return out


def _printed_matches(kb: KB, pattern: re.Pattern, plan: str | None) -> set[str]:
    """Every distinct match of ``pattern`` in the (normalised) paragraphs of ``plan``, or of every plan."""
    return {x.group(0) for p in kb.paragraph_nodes if not plan or plan_of(p) == plan for x in pattern.finditer(kb.norm_text[p])}


def _prints(kb: KB, phrase: str, plan: str | None) -> bool:
    return any(phrase in kb.norm_text[p] for p in kb.paragraph_nodes if not plan or plan_of(p) == plan)


def _prints_word(kb: KB, short: Shortened, plan: str | None) -> bool:
    """Whether the plan prints a short form as words of its own: not only as the start of a longer word
    (冷链仓 in 冷链仓储), nor inside a name it abbreviates (发明专利拥有量 in 每万人口高价值发明专利拥有量)."""
    names = sorted((name for name, _ in short.names), key=len, reverse=True)
    # A name's tail (达标率 of 区管以上河湖堤防（护岸）达标率) is the kind of measure it is: printed of another owner
    # anywhere (排水用户达标率超90%), it names that owner's measure too, so it is no short form of the one name.
    tail = all(name.endswith(short.span) for name in names)
    word = re.compile(re.escape(short.span) + ("" if tail else r"(?:[^\u4e00-\u9fff]|[的和及与等]|$)"))
    for p in kb.paragraph_nodes:
        if not plan or plan_of(p) == plan:
            text = kb.norm_text[p]
            for name in names:
                text = text.replace(name, "")
            if word.search(text):
                return True
    return False


def _ends_printed_phrase(kb: KB, question: str, span: str, plan: str | None) -> bool:
    """Whether the question says ``span`` as the end of a longer phrase the plan prints as asked (「完整社区覆盖率」
    asked, printed 「…完整社区覆盖率达到60%」): the plan's own words, never a short form of another name
    (社区公共服务设施15分钟步行可达覆盖率) — the words before it make it another measure."""
    at = question.find(span)
    return any(_prints(kb, question[at - k : at + len(span)], plan) for k in range(2, min(at, 6) + 1))


#: 「永零高速」「零道高速」: a route named by the first character of each end (永州至零陵高速公路, 零陵至道县高速公路).
_ROUTE = re.compile(r"([\u4e00-\u9fff])([\u4e00-\u9fff])(高速公路|高速|高铁|铁路|快速干道|轻轨)")


def _routes(kb: KB, question: str, plan: str | None) -> list[tuple[str, str]]:
    """(short, printed) for each route short form in ``question`` the plan prints as 「A…至B…<kind>」 once.

    >>> _ROUTE.findall("永零高速全长多少公里，零道高速又有多长？")
    [('永', '零', '高速'), ('零', '道', '高速')]
    """
    out = []
    for m in _ROUTE.finditer(question):
        a, b, kind = m.groups()
        route = re.compile(rf"{a}[\u4e00-\u9fff]{{0,4}}?至{b}[\u4e00-\u9fff]{{0,4}}?{kind[:2]}")
        found = _printed_matches(kb, route, plan)
        if len(found) == 1:
            out.append((m.group(0), found.pop()))
    return out


#: A road said by its two ends (「虎子岭到西塘观那条路」「黄田铺高速出口到石山脚那条」「A到B那条快速干道」): the ends,
#: then what is said of it (the kind said after 那条 is the route's own and read with it).
_SAID_ROAD = r"(那条(?:快速干道|干道|高速公路|高速|公路|铁路|路)?|的那条路|的路|的(?=呢))"
_SPOKEN_ENDS = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:到|至)([\u4e00-\u9fff]{2,8}?)" + _SAID_ROAD)
#: 「……？到B那条快速干道呢」: a later road said by its far end only, starting where the road before it starts.
_FAR_END_ONLY = re.compile(r"(?<=[？?，,；;])(?:那|还有)?(?:到|至)([\u4e00-\u9fff]{2,8}?)" + _SAID_ROAD)
#: What a printed route may carry after its start (零陵区至…) and after its far end (近洞里（湘桂界）公路).
_START_SUFFIX = r"(?:区|县|市|镇|乡|城区|县城)?"
_END_NOTE = r"(?:\([^()]{1,8}\))?"


def read_spoken_ends(kb: KB, text: str, *, plan: str | None = None) -> str:
    """``text`` with a road said by its ends written as the plan prints it (「虎子岭到西塘观那条路」 → 「虎子岭至西塘观公路」),
    when exactly one route the plan prints runs between those ends; a later road said by its far end only
    (「到东安那条快速干道呢」) starts where the one before it starts. Unchanged otherwise."""
    starts: list[str] = []

    def route(a: str, b: str) -> str | None:
        found = _printed_matches(kb, re.compile(rf"{re.escape(a)}{_START_SUFFIX}至{re.escape(b)}{_END_NOTE}"
                                                rf"[\u4e00-\u9fff]{{0,4}}?(?:公路|道路|大道|干道|路|高速|铁路|线)"), plan)
        return found.pop() if len(found) == 1 else None

    def printed(m: re.Match) -> str:
        a, b = m.group(1), m.group(2)
        for k in range(len(a) - 1):  # the start may carry words before its name (「那个黄田铺高速出口」)
            if found := route(a[k:], b):
                starts.append(a[k:])
                # 「从虎子岭到西塘观的路」: the 从 before the ends is no part of the road's name
                return re.sub(r"[从由]$", "", a[:k]) + found
        return m.group(0)

    def far_end(m: re.Match) -> str:
        found = route(starts[-1], m.group(1)) if starts else None
        return found or m.group(0)

    return _FAR_END_ONLY.sub(far_end, _SPOKEN_ENDS.sub(printed, text))


#: The genre's generic park asked by its kind (工业园区, 产业园区) where a plan calls its own park 园区; a named park
#: (珠山工业园区, 零陵工业园区) has its name before the kind and is none.
_GENERIC_PARK = re.compile(r"(?:^|(?<=[，,的]))(?:工业|产业)园区")
#: An industry's firms said with the industry's word (生物医药产业企业): the field before it, the firms after it.
_INDUSTRY_FIRMS = re.compile(r"([\u4e00-\u9fff]{2,10})(?:产业|行业)(企业|公司)")


def _firms_by_field(kb: KB, question: str, plan: str | None) -> str:
    """``question`` with an industry's firms (「生物医药产业企业」) named as the plan prints them, by the field alone
    (生物医药企业) — only where it never prints the industry's word with them; else ``question`` itself."""
    m = _INDUSTRY_FIRMS.search(question)
    if not m:
        return question
    titles = home_titles(kb, plan)
    for k in range(len(m.group(1)) - 1):  # the field is the longest tail of the words before 产业 printed so
        field, before = m.group(1)[k:], m.group(1)[:k]
        if _prints(kb, field + m.group(2), plan) and not _prints(kb, m.group(0)[k:], plan):
            # 「…多少家青岚生物医药产业企业」: the plan's own region said before the field names none of its firms
            region = next((before[j:] for j in range(len(before) - 1) if re.search(re.escape(before[j:]) + "[省市区县州旗]", titles)), "")
            return question[: m.start(1) + k - len(region)] + field + m.group(2) + question[m.end():]
    return question


#: Two ends said with 到 (「从北外滩到虹桥枢纽」): the start's words before it, the 从/由 before them no part of the start.
_SAID_TO = re.compile(r"(?:从|由)?([\u4e00-\u9fff]{2,10})到(?=[\u4e00-\u9fff]{2})")


def read_printed_ends(kb: KB, text: str, *, plan: str | None = None) -> str:
    """``text`` with two places said as the ends of a way (「从北外滩到虹桥枢纽开车要多久」) written as the plan prints
    the pair, with 至 (「北外滩至虹桥枢纽车程…」) — only where it prints that pair: 到 also says a time or a level
    reached (「到2025年」「提高到多少」), which no printed 「A至B」 of the question's own words stands for.

    (tested in tests/qa/test_fix19_classes.py)
    """
    def printed(m: re.Match) -> str:
        before, after = m.group(1), text[m.end():]
        start = next((before[k:] for k in range(len(before) - 1) if _prints(kb, before[k:] + "至", plan)), None)
        end = start and next((after[:n] for n in range(min(10, len(after)), 1, -1)
                              if _prints(kb, f"{start}至{after[:n]}", plan)), None)
        # (「要从A到B」: the 从 before the start is no part of it, nor of what is asked)
        return m.group(0) if not end else re.sub(r"[从由]$", "", before[: len(before) - len(start)]) + start + "至"

    return _SAID_TO.sub(printed, text)


def read_routes(kb: KB, text: str, *, plan: str | None = None) -> str:
    """``text`` with each route short form (永零高速) written as the plan prints the route (永州至零陵高速)."""
    for short, printed in _routes(kb, text, plan):
        text = text.replace(short, printed)
    return text


def readings(kb: KB, question: str, *, plan: str | None = None) -> list[tuple[str, bool]]:
    """The question with one short form read as its full name (or back), for each form the plan prints.

    Each reading comes with whether the form asked is printed nowhere in the plan
    (then the question cannot be answered as asked, and those readings come first).
    Only forms the question holds and the plan's text holds in the other form are read.

    Examples
    --------
    A plan printing only 新型农村合作医疗 reads 新农合 as it: ``[("新型农村合作医疗覆盖率…", True)]``.
    """
    pairs = dict(GENRE_SHORT_FORMS)
    for p, forms in declared_short_forms(kb).items():
        if not plan or p == plan:
            pairs.update(forms)
    out: list[tuple[str, bool]] = []
    for short, full in pairs.items():
        # a Latin short form is said in either case and width (pm2.5, ＰＭ２.５): read in the NFKC question
        plain = normalise_question(question) if short.isascii() else ""
        said = re.search(re.escape(short), plain, re.I) if plain else None
        if said and full not in question and _prints(kb, full, plan):
            out.append((plain.replace(said.group(0), full), not _prints(kb, said.group(0), plan)))
        elif short in question and full not in question:
            if _prints(kb, full, plan):
                out.append((question.replace(short, full), not _prints(kb, short, plan)))
        elif full in question and _prints(kb, short, plan):
            out.append((question.replace(full, short), not _prints(kb, full, plan)))
    if (owned := _read_owned(kb, question, plan)) != question:
        # 「市属国有企业」 where the plan prints 市国有企业 (and 「市属国企」, with the short form read too).
        unprinted = not any(_prints(kb, m.group(0) + question[m.end():m.end() + 2], plan) for m in _OWNED_BY.finditer(question))
        out[:0] = [(q, unprinted) for q in dict.fromkeys([_read_owned(kb, q, plan) for q, _ in out] + [owned]) if q != question]
    if (levelled := _read_levels(kb, question, plan)) != question:
        # 「市区两级文保单位」 for 市、区级文保单位 (and with a short form read too: 市、区级文物保护单位).
        unprinted = not any(_prints(kb, m.group(0), plan) for m in _LEVELS.finditer(question))
        out.extend((q, unprinted) for q in dict.fromkeys([_read_levels(kb, q, plan) for q, _ in out] + [levelled])
                   if q != question)
    if (short := _PERIOD_PLAN.search(question)) and _prints(kb, f"第{short.group(1)}个五年计划", plan):
        # 「二五计划的基本任务」 where the plan prints 第二个五年计划: the genre's short form of a plan's number.
        # Tried only when the words asked find nothing: 「一五计划五年内…」 is answered as asked.
        out.append((_PERIOD_PLAN.sub(lambda m: f"第{m.group(1)}个五年计划", question), False))
    if (counted := counted_after_verb(question)) != question:
        # 「产业链企业每年要筛选多少家」 where the plan prints 「每年…筛选20家…产业链企业」: the things counted after their verb.
        out.append((counted, False))
    if (generic := _GENERIC_PARK.search(question)) and _prints(kb, "园区", plan):
        # 「工业园区每年的土地储备任务是多少亩」 where the plan's park chapter says 园区 (「根据园区发展需要…土地储备」).
        out.append((question[: generic.start()] + "园区" + question[generic.end():], False))
    if (firms := _firms_by_field(kb, question, plan)) != question:
        # 「五年要引进多少家生物医药产业企业」 where the plan prints 「引进培育生物医药企业120家」: the field alone.
        out.append((firms, True))
    if (plain := _MODAL_BEFORE_VERB.sub("", question)) != question:
        # 「多少比例的行政村要达到…要求」 where the plan prints 「95%的行政村达到…要求」: the modal the plan leaves out.
        out.append((plain, False))
    if described := _SHARE_OF_DESCRIBED.search(question):
        # 「面貌大为改观的乡镇比例」 where the plan prints 「80%的乡镇面貌大为改观」: the share before the thing described.
        out.append((question[: described.start()] + f"多少比例的{described.group(2)}{described.group(1)}？", False))
    term = _term_holding(kb, question, plan)
    if term:
        # 「名词解释里说的“135工程”指的是啥」: the one glossary term holding the phrase (“135”工程升级版) defines it.
        out.append((question.replace(term[0], term[1]), True))
    if (what := _WHAT_IS.match(_plain(question))) and what.group(1) in _terms(kb, plan):
        # 「数字农业是啥」: a glossary term asked what it is is asked its meaning (the 名词解释 entry, not passages).
        out.append((f"“{what.group(1)}”是什么意思？", True))
    if (share := share_as_printed(question)) != question:
        # 「新建建筑里绿色建筑占比」: the share as plans mostly print it (绿色建筑占…比重), tried when the words asked fail.
        out.append((share, False))
    numbered = _NUMBERED_NAME.sub(lambda m: _digits(m, kb, plan), question)
    if numbered != question:
        # 「古城二号停车场」 for 古城2号停车场: a numbered name asked in Chinese numerals, as the plan prints it.
        out.append((numbered, True))
    routes = _routes(kb, question, plan)
    if routes:
        # 「永零高速」 for 永州至零陵高速公路: every route short form read at once (first when the plan never prints it).
        out.append((read_routes(kb, question, plan=plan), not all(_prints(kb, short, plan) for short, _ in routes)))
    for short in _shortened(kb, question, plan):
        # 「猫儿岩灌区」 for 猫儿岩水库灌区 — only where the plan never prints the short form: a phrase it prints
        # (年均增长, 产业园) is its own words, and reading it as one name would answer for another thing.
        # A span holding the asked year (「2024年金山铁路」) is no name's short form: reading it as 「2024至2026年金山
        # 铁路」 would ask another year (or a span) than the one asked.
        if short.unique and short.span in question and not _prints_word(kb, short, plan) \
                and not _ends_printed_phrase(kb, question, short.span, plan) and not _holds_year(question, short.span) \
                and not _STAGE_AND_HEAD.fullmatch(short.span) and not KIND_AND_HEAD.fullmatch(short.span):
            out.append((question.replace(short.span, short.names[0][0]), True))
    return sorted(out, key=lambda x: not x[1])


#: A works' stage and head only (续建项目, 新建工程): words any works is said in, no name's short form — 「X搬迁续建项目」
#: asks X, never the one works whose name holds 续建…项目.
_STAGE_AND_HEAD = re.compile(r"(?:续建|新建|迁建|改扩建|扩建|改建|搬迁|在建|重点|配套)+(?:项目|工程)")
_YEAR_IN = re.compile(r"\d{2,4}年")


def _holds_year(question: str, span: str) -> bool:
    """Whether ``span`` holds an asked year or the 年 of one (「年金山铁路」 of 「2024年金山铁路」)."""
    at = question.find(span)
    return bool(_YEAR_IN.search(span)) or at > 0 and question[at - 1].isdigit()


#: A modal said before the verb of a target (要达到, 将实现) inside the phrase a figure's clause prints without it;
#: at the start of the question or after a year (「2025年要达到多少」) it is the question's own word, left as said.
#: 「二五计划」「“三五”计划」: a plan's number said short (never 十五计划, the tenth, nor 十二五计划).
_PERIOD_PLAN = re.compile(r"(?<![十\d〇零一二三四五六七八九])[“\"]?([一二三四五六七八九])五[”\"]?计划")
_MODAL_BEFORE_VERB = re.compile(r"(?<=[\u4e00-\u9fff])(?<!年)(?:要|将|需|能)(?=达到|实现|完成|建成|超过|保持|覆盖|改观)")


#: 「面貌大为改观的乡镇比例呢」「达到标准的村比例是多少」: a share of the things a clause describes, asked after them.
_SHARE_OF_DESCRIBED = re.compile(r"(?:(?<=年)|(?<![\u4e00-\u9fff0-9]))([\u4e00-\u9fff]{4,12}?)的([\u4e00-\u9fff]{1,4})(?:的)?(?:比例|比重|占比)"
                                 r"(?:呢|是多少|有多少|要到多少|要达到多少|多少)?[？?]*$")


#: 「能做核酸检测的医疗机构」「可以开展血液透析的医院」: things described by what they can do.
_CAN_DO = re.compile(r"(?:能|可以|可)(?:做|开展|进行|提供|搞|承担)?([\u4e00-\u9fff]{2,8}?)的(?=[\u4e00-\u9fff]{2})")


def read_abilities(kb: KB, question: str, *, plan: str | None = None) -> str:
    """``question`` with a thing described by what it can do (「能做核酸检测的医疗机构」) written as the plan prints the
    ability (有核酸检测能力的医疗机构; also 具备…能力的, 具有…能力的), when it prints one; unchanged otherwise."""
    for m in _CAN_DO.finditer(question):
        for verb in ("有", "具备", "具有"):
            printed = f"{verb}{m.group(1)}能力的"
            if _prints(kb, printed, plan):
                return question.replace(m.group(0), printed, 1)
    return question


#: 「市属国有企业」「区属医院」: a body said as owned by a level of government (市属, 区属), which plans print as the level
#: alone before it (市国有企业).
_OWNED_BY = re.compile(r"([省市区县])属(?=[\u4e00-\u9fff]{2})")


def _read_owned(kb: KB, question: str, plan: str | None) -> str:
    """``question`` with each 市属/区属 written as the plan prints it (the level alone: 市国有企业), when it prints the
    level so before the words that follow; unchanged otherwise."""
    for m in reversed(list(_OWNED_BY.finditer(question))):
        after = question[m.end():m.end() + 3]
        if _prints(kb, m.group(1) + after, plan) or _prints(kb, m.group(1) + _expanded(after), plan):
            question = question[:m.start()] + m.group(1) + question[m.end():]
    return question


def _expanded(words: str) -> str:
    """``words`` with a genre short form at their start written out (国企 → 国有企业)."""
    return next((full + words[len(short):] for short, full in GENRE_SHORT_FORMS.items() if words.startswith(short)), words)


def _read_levels(kb: KB, question: str, plan: str | None) -> str:
    """``question`` with levels said together (市区两级) written as the plan prints them (市、区级, 市级、区级 or
    市区级), when it prints one of those; unchanged otherwise."""
    for m in _LEVELS.finditer(question):
        chars = list(m.group(1))
        for printed in ("、".join(chars) + "级", "级、".join(chars) + "级", m.group(1) + "级"):
            if _prints(kb, printed, plan):
                question = question.replace(m.group(0), printed)
                break
    return question


#: 「数字农业是什么」: a phrase asked what it is, nothing else asked.
_WHAT_IS = re.compile(r"^(?:规划里的?|规划中的?)?(.{2,20}?)(?:是什么|是啥|指什么)[？?]?$")


def _terms(kb: KB, plan: str | None) -> set[str]:
    """The glossary terms of ``plan`` (every plan's when None), as plain text."""
    return {_plain(kb.label(n)) for n in kb.by_type.get("Term", []) if not plan or plan_of(n) == plan}


#: A numbered name said in Chinese numerals (二号停车场, 三期工程): the number and the words after it.
_NUMBERED_NAME = re.compile(r"([一二三四五六七八九十]{1,3})(号|期)(?=[\u4e00-\u9fff]{2})([\u4e00-\u9fff]{2})")


def _digits(m: re.Match, kb: KB, plan: str | None) -> str:
    """The numbered name in digits where the plan prints it so and never in the numerals asked."""
    number = parse_cn_number(m.group(1))
    if number is None or _prints(kb, m.group(0), plan):
        return m.group(0)
    digits = f"{number}{m.group(2)}{m.group(3)}"
    return digits if _prints(kb, digits, plan) else m.group(0)


def _term_holding(kb: KB, question: str, plan: str | None) -> tuple[str, str] | None:
    """``(phrase, term)`` for a definition question whose phrase is no glossary term but part of exactly one."""
    if classify_intent(question).kind != "glossary" and "名词解释" not in question:
        return None
    terms = _terms(kb, plan)
    quoted = quoted_phrase(question)
    asked = [quoted] if quoted else [l.mention for l in kb.index.exact(question)]
    if not quoted and (subject := _DEFINED.match(_plain(question))) and (term := _joined_term(terms, subject.group(1))):
        return subject.group(1), term  # 「上云用数赋智是什么意思」: the words before the question of meaning
    for phrase in asked:
        phrase = _plain(phrase)
        if len(phrase) < 2 or phrase in terms:
            return None
        if term := _joined_term(terms, phrase):
            return phrase, term
        holding = [t for t in terms if phrase in t or phrase in _SEPARATORS.sub("", t)]  # 上云用数 of 上云、用数、赋智
        # The phrase must be all that is asked: 「“135”绿色出行方式是什么意思」 asks for more than “135”.
        whole = re.search(re.escape(phrase) + r"[”\"」’]?(?:指|是|的(?:含义|定义|内涵|意思)|什么意思|含义|[？?]|$)", question)
        if len(holding) == 1 and whole:
            return phrase, holding[0]
    return None


#: What a term prints between its parts (上云、用数、赋智) and a question may leave out.
_SEPARATORS = re.compile(r"[、，,·]")


def _joined_term(terms: set[str], phrase: str) -> str | None:
    """The one term that is ``phrase`` with the 、 between its parts (上云用数赋智 → 上云、用数、赋智), else None.

    >>> _joined_term({"上云、用数、赋智", "三高四新"}, "上云用数赋智"), _joined_term({"三高四新"}, "三高四新") is None
    ('上云、用数、赋智', True)
    """
    joined = [t for t in terms if t != phrase and _SEPARATORS.sub("", t) == phrase]
    return joined[0] if len(joined) == 1 else None


#: An unquoted definition question's subject: the words before 是什么意思, 指什么, 的含义 ….
_DEFINED = re.compile(r"^(?:规划中的?|名词解释里的?)?(.{2,20}?)(?:具体)?(?:是指什么|指的是什么|是什么意思|什么意思|指什么|的含义|的意思|的定义)")


def _plain(name: str) -> str:
    return re.sub(r"[“”\"'‘’「」]", "", normalise_question(name))


def unclear_short_form(kb: KB, question: str, *, plan: str | None = None) -> tuple[str, list[str]] | None:
    """A short form the question uses that the plan never prints and that abbreviates several names alike.

    Returns ``(short form, [names best first])``, or None: the answer asks which one is
    meant rather than picking one (新材料园 for 新材料产业园 or 航空航天新材料产业园).
    """
    for short in _shortened(kb, question, plan):
        if not short.unique and not _prints_word(kb, short, plan):
            names = _one_per_thing([name for name, _ in short.names[:4]], home_titles(kb, plan))
            if len(names) > 1:
                return short.span, names
    return None


def _one_per_thing(names: list[str], home: str) -> list[str]:
    """``names`` without one that is another with the plan's own place before it (零陵工业园创新创业孵化基地 beside
    工业园创新创业孵化基地: one thing printed both ways); a prefix naming anything else (航空航天新材料产业园 beside
    新材料产业园) is another thing.

    >>> _one_per_thing(["工业园孵化基地", "零陵工业园孵化基地"], "零陵区…规划纲要")
    ['工业园孵化基地']
    >>> _one_per_thing(["新材料产业园", "航空航天新材料产业园"], "零陵区…规划纲要")
    ['新材料产业园', '航空航天新材料产业园']
    """
    return [n for n in names if not any(n != o and n.endswith(o) and len(n) - len(o) >= 2 and n[: len(n) - len(o)] in home
                                        for o in names)]


def member_read_as_joint(kb: KB, question: str, reading: str) -> bool:
    """Whether ``reading`` reads a span of ``question`` naming one member of a joint works with the head the members
    share as the joint's name (月湖大桥工程 → 月湖大桥和北岸大桥工程): a way to the joint's paragraph, not the thing
    asked, whose figures the question still asks of the member."""
    return any(s.span in question and (name := s.names[0][0]) in reading and name not in question
               and shortens_one_member(s.span, name) for s in kb.index.abbreviated(question) if s.names)


def _shortened(kb: KB, question: str, plan: str | None) -> list[Shortened]:
    """The spans of ``question`` abbreviating names of ``plan``'s entities (any plan's when None)."""
    nodes = None if not plan else {n for n in kb.entities if plan_of(n) == plan}
    return kb.index.abbreviated(question, nodes=nodes)


#: A modal said between a works' name, cut short, and the verb its name goes on with (「石期河二期要治理多长」).
_MODAL_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{3})(?:要|将|拟|计划)(?=[\u4e00-\u9fff]{2})")


def read_modal_inside(kb: KB, text: str, *, plan: str | None = None) -> str:
    """``text`` without a modal parting a works' name as said from the verb the name goes on with (「石期河二期要治理
    多长」 where the plan names 零陵区石期河二期治理工程 → 「石期河二期治理多长」): when the words joined link a project or
    park (six characters at least) across the modal's place; unchanged otherwise."""
    for m in _MODAL_INSIDE.finditer(text):
        joined = text[: m.start()] + text[m.end():]
        for link in link_entities(kb.index, normalise_question(joined), limit=3):
            at = joined.find(link.mention)
            if link.type in ("Project", "Park") and plan in (None, plan_of(link.node)) and len(link.mention) >= 6 \
                    and 0 <= at < m.start() < at + len(link.mention) - 1:
                return joined
    return text
