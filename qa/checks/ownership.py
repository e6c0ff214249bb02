"""Whether each figure of an answer is the asked one's: its owner, its year, its attribute and its scope.

The last check on a figure answer, whatever answerer gave it, read against the question as written:

- **owner**: a figure belongs to the thing the question (or the part) names — the thing its paragraph
  speaks of and the name printed nearest before it in its sentence. A figure of another work (「综合治理…
  长度共计210km」 for 「X灌区多长」), of a sibling in the same enumeration (「支渠29条、渠系建筑物75处15467m」
  for 支渠) or of a member of the asked whole (「A工程。续建甲灌区…灌溉面积8.6万亩」 for A工程一共) is refused;
- **given**: a figure stated in the question (「甲风电场10万千瓦，乙多少？」) is context, never the answer;
- **year**: a figure stated for another year than the one asked (the horizon's target for 2020, a
  period's opening for its end) is refused, its year read as :mod:`qa.values.measures` reads a figure's
  (:func:`qa.values.prose.evidence_years`, :func:`qa.values.prose.context_years`, :func:`qa.values.prose.plan_horizon`);
- **attribute**: a width asked is not answered by a length printed 长约…, a figure in a unit of
  another kind than the one asked (亩 asked, 平方米 given) is none, a word the question asks that the
  plan prints beside another value (「（其中一台按1600千瓦限发）」) makes that value the asked one's;
- **scope**: a figure stated for several works together (「甲、乙、丙三个水厂，供水规模为…」「A和B工程。新建堤防
  20公里」) is not one member's, nor a count after examples (「零陵电大等98个」) an example's; a count of another
  noun (「引进5000家企业」) answers no question asking neither the noun nor its counting word.

A refused figure is said as not determined in its own part; an answer left with no figure is ``found: false``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..answer import Answer, Item
from ..index.bm25 import tokenize
from ..question.container import Container, container_of, in_container, without
from ..question.frame import PERIOD_NUMERAL, PERIOD_TEXT, YEAR_TEXT, period_end, years_in
from ..index.kb import KB, normalise_text, plan_of
from ..index.home import home_titles
from ..question.link import ABBREVIATIONS, abbreviates, link_entities
from ..question.ngrams import bigrams
from ..values.peryear import PER_YEAR, of_rate_or_mean, per_year_word
from ..values.prenominal import member_shares
from .places import larger_scope
from ..values.prose import PLAN_NUMBER_TEXT, VALUE, context_years, evidence_years, plan_horizon
from ..vocabulary import JOINER, NAME_JOINER, RUN_POINTER, WORK_HEADS
from ..trace import check, rejects

__all__ = ["NAME_HEAD", "POINTED", "owned_figures", "asked_owners", "whole_or_part", "split_run_together", "Owner", "Asked"]

#: Words asking for something (a clause without one states a given: 「甲风电场10万千瓦」).
_ASKS = re.compile(r"多少|几|多[大长宽高深重远]|什么|哪|百分之几|吗|是否")
#: How names of works, parks and places end (灌区, 水库, 零陵段 …): a question's words printed in the plan
#: and ending so name a thing that owns figures.
_HEAD = re.compile(rf"(?:{WORK_HEADS}|灌区|水库|水厂|电场|电站|闭合圈|防洪堤|产业园|物流园|园区|园|学校|中学|小学|幼儿园|医院|卫生院|"
                   r"大道|公路|高速|铁路|轻轨|大桥|隧道|[一二三四五六七八九十]路|[东西南北中]路|路|段|码头|机场|车站)$")
#: (public: a reader asking whether words name a thing before its attribute — qa.values.restated)
NAME_HEAD = _HEAD
#: Clause boundaries inside a sentence; 、 separates the members of an enumeration.
_BOUNDARY = "，,；;：:"
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
#: A sum asked: the whole is the owner, its members' figures are not.
_TOTAL = re.compile(r"一共|总共|合计|共计|总计|加起来|总和")
#: An enumeration run closed by a count and a kind (「甲、乙、丙四个水厂」) or 等: a figure after it is the run's.
_RUN_CLOSED = re.compile(r"^(?:[0-9]+|[两二三四五六七八九十]+)(?:个|座|处|所|家|条|项)|^等")
#: A time printed right before a value, joined by a copula (「“十三五”初期为19.1%」「由2020年的58%」): the value is its.
_OWN_TIME = re.compile(rf"({YEAR_TEXT}(?:底|末)?|{PERIOD_TEXT}(?:初期|中期|末期|期末|收关期|收官期|末|期间|时期)?|{PLAN_NUMBER_TEXT})"
                       r"(?:的|为|约为|是|达到|达|约)?(?:不足|不到|超过|逾|近)?$")  # 「由2010年的不足20亿元」
#: Words printed before a value that say it is a length or a width.
_WIDTH, _LENGTH = re.compile(r"宽"), re.compile(r"长(?!江|沙|春|效|期|远|廊|城)")
_ASKS_LENGTH = re.compile(r"多长(?!时间)|长度|全长|总长|长(?:多少|是多少|有多少|为多少|几)|多少(?:公里|千米|km|米)|里程")
#: Units by kind: a unit asked is answered only by a value in a unit of its kind (亩 is land, 平方米 a floor).
_UNIT_KINDS = (
    ("land", ("万亩", "亩", "公顷", "平方公里", "平方千米", "km²", "km2")),
    ("floor", ("万平方米", "平方米", "m²", "m2", "㎡")),
    ("volume", ("亿立方米", "万立方米", "立方米", "万m³", "m³", "m3")),
    ("length", ("万公里", "公里", "千米", "km", "米", "m")),
    ("power", ("万千瓦", "千瓦", "kW", "MW", "兆瓦", "GW")),
    ("money", ("万亿元", "亿元", "万元", "元", "亿美元", "美元")),
    ("mass", ("万吨", "亿吨", "吨")),
)
#: Counting words of people and households and those of things: 「多少户居民」 is not answered by 「居住区51个」, nor
#: 「多少个小区」 by 「24.3万户」 (a household count and a count of sites share the words around them).
_COUNT_KINDS = (
    ("household", ("万户", "户")),
    ("person", ("万人次", "人次", "万人", "人", "名")),
    ("thing", ("个", "座", "处", "所", "家", "项", "条", "辆", "台", "套", "张", "只")),
)
#: A clause naming only its own subject (「城区防洪闭合圈呢」「那油菜呢」).
_ELLIPTICAL = re.compile(r"^(?:那么?|还有|以及|另外)?[^，,。？?]{2,20}?(?:的)?呢$")
#: Words before or after a name that make it a route's end or a place, not a figure's owner (「萍洲路至泉南高速」「止于阳明大道」).
_ROUTE_BEFORE = re.compile(r"(?:起于|止于|至|到|自|从|经)$")
_ROUTE_AFTER = re.compile(r"^(?:至|到|-|－|—|交汇|以北|以南|以东|以西)")
#: Measures whose figures come in a unit kind (长度 in km, 投资 in 亿元): a question naming one asks that kind.
_KIND_WORDS = {"length": r"长|宽|里程|公里", "land": r"面积|用地|占地", "floor": r"建筑|厂房|仓库|楼", "money": r"投资|资金|产值|收入|税",
               "power": r"装机|容量|千瓦", "mass": r"产量|吨|产能", "volume": r"库容|立方"}
#: Words before a name that say what is done or asked of it (要新建铁路 names no thing 要新建铁路).
_ACTION = re.compile(r"^(?:要|将|拟|计划|规划|全县|全区|全市|全省|全国|五年内|今后)*(?:新建|建设|修建|续建|改建|扩建|改造|兴建|建成|建)?")
#: A phase of a works (一期, 二期, 首期): what its clause states is that phase's alone.
_PHASE_WORD = re.compile(r"[一二三四五六七八九首]期")
#: Question words no owner or attribute is made of (what a residue word must not be).
_FRAME = re.compile(r"多少|几|多[大长宽高深重远]|是|有|要|能|将|的|呢|吗|请问|规划|计划|达到|一共|总共|分别|各|"
                    r"建成|新建|建设|修建|改造|完成|实现|提供|新增|增加|提高|提升|引进|投资|投入|建")


@dataclass(frozen=True)
class Owner:
    """A thing the question asks figures of: the names it goes by (as asked, its label), its node if linked,
    and the clause of the question that asks it."""

    names: tuple[str, ...]
    node: str | None = None
    clause: int = 0


@dataclass
class Asked:
    """What the question asks, read once: the owners per asking clause, the clauses, the givens."""

    clauses: list[str]
    owners: list[Owner] = field(default_factory=list)
    given_values: list[str] = field(default_factory=list)
    given_names: list[str] = field(default_factory=list)
    #: A clause asks about a thing of its own that no name found (「城区防洪闭合圈呢」): owners say nothing of its figure.
    unknown: bool = False
    #: The spans of years each asking clause asks (a year itself; a five-year period its five years).
    years: list[tuple[int, int]] = field(default_factory=list)
    #: Works' names the question asks that the plan never prints (青石岭风电场 where it prints 白石岭风电场).
    unprinted: list[str] = field(default_factory=list)
    #: The question points at a project by a name it holds (「X那个项目」): a joint works' title holding X may be it.
    pointing: bool = False


def split_run_together(question: str) -> str:
    """``question`` with a comma between two asked parts run together (「永州七中异地新建多少教学班多少学位」): a second
    question word right after the first's noun asks a figure of its own.

    >>> split_run_together("永州七中异地新建多少教学班多少学位？"), split_run_together("多长多宽？")
    ('永州七中异地新建多少教学班，多少学位？', '多长多宽？')
    >>> split_run_together("青山水库的干渠有几条多长？")
    '青山水库的干渠有几条，多长？'
    """
    return re.sub(r"((?:多少|几)[\u4e00-\u9fff]{1,6}?)(?=(?:多少|几)[\u4e00-\u9fff]|多[长宽高深重大])", r"\1，", question)


def _clauses(question: str) -> list[str]:
    return [c for c in re.split(r"[？?；;。！!，,]", split_run_together(question)) if c.strip()]


def asked_owners(kb: KB, question: str, *, plans: tuple[str, ...] = ()) -> Asked:
    """The things ``question`` asks figures of, by clause, and what it states as given.

    A clause with no question word and a printed value (「甲风电场10万千瓦」) is a given; a clause naming no
    thing asks about the one the clause before it names (「X灌区多少公里？灌多少亩？」). A thing is a linked
    entity (no indicator, term or the plan's own region) or words of the clause printed in the plan and
    ending as works' names end (「国营泵站提水灌区」).
    """
    q = normalise_text(question)
    asked = Asked(_clauses(q))
    printed = "\n".join(t for p, t in kb.norm_text.items() if not plans or plan_of(p) in plans)
    # The places the figures' own plans are of (by title, else by issuer: qa.index.home): another served plan's region
    # (翠屏大道 asked, 安澜县's 大道 cited) names a thing of that plan, which no figure of these plans is.
    titles = " ".join(home_titles(kb, p) for p in plans) if plans else home_titles(kb)
    last: list[Owner] = []
    for i, clause in enumerate(asked.clauses):
        names = _things(kb, clause, printed, titles)
        if last and names and all(o.names[0].startswith("配套") for o in names):
            names = []  # 「X水库的总库容？配套电站装机多大？」: 配套电站 is the X works' own plant, asked of X
        if _given(clause):
            asked.given_values += [m.group(0) for m in VALUE.finditer(_NO_YEAR.sub("", clause)) if re.search(r"\d", m.group(0))]
            asked.given_names += [n for o in names for n in o.names]
            continue
        asked.years += _year_spans(clause)
        asked.unprinted += _unprinted_works(clause, printed)
        if not names and _ELLIPTICAL.match(clause):
            asked.unknown = True  # 「…？B呢」: B is a thing of its own, not the earlier part's
            continue
        if re.search(r"分别|各", clause) and re.search(r"[和及与、]", clause) and len(names) < 2:
            asked.unknown = True  # 「甲光源和乙中心…分别」 with only 乙中心 known: 甲光源's figure is no 乙中心's to refuse
        owners = [Owner(o.names, o.node, i) for o in names] or [Owner(o.names, o.node, i) for o in last]
        asked.owners += owners
        last = owners or last
    return asked


#: Years and five-year periods, which a clause names without stating a figure (「2025年呢」).
_NO_YEAR = re.compile(YEAR_TEXT + "|" + PERIOD_TEXT)


#: Heads of works' names (two characters or more): a name ending so names one thing, which the plan prints or not.
_WORKS = re.compile(r"(?:风电场|光伏电站|电站|水库|水厂|灌区|产业园|物流园|工业园|大桥|隧道|医院|卫生院|中学|小学|幼儿园|"
                    r"高速公路|高速|铁路|机场|码头|污水处理厂)")


def _unprinted_works(clause: str, printed: str) -> list[str]:
    """Works' names in ``clause`` (a name of two characters or more before a works' head) the plan never prints.

    >>> _unprinted_works("青石岭风电场装机多少", "白石岭风电场。建设一座装机4.8万千瓦的风电场。")
    ['青石岭风电场']
    >>> _unprinted_works("要新建的白石岭风电场装机多少", "白石岭风电场。"), _unprinted_works("新建几座水库", "")
    ([], [])
    """
    out = []
    for m in re.finditer(rf"[\u4e00-\u9fff]{{2,12}}?{_WORKS.pattern}", clause):
        name = _ACTION.sub("", re.split(r"[的在是和与及、把将对给为年]", m.group(0))[-1])
        head = _WORKS.search(name)
        if head and head.start() >= 2 and not re.search(r"多少|几|哪|什么|每|各|所有|全部", name) and name not in printed:
            out.append(name)
    return out


def _unprinted_rival(kb: KB, asked: Asked, para: str) -> str | None:
    """Why a figure of ``para`` is not the asked works': the question names works the plan never prints (青石岭风电场),
    the paragraph prints no name it is a short or long form of (猫儿岩灌区 of 猫儿岩水库灌区), and it is another
    works' of that kind (白石岭风电场)."""
    text = kb.norm_text.get(para) or ""
    for name in asked.unprinted:
        head = _WORKS.search(name).group(0)
        spans = [(max(0, m.end() - n), m.end()) for m in re.finditer(re.escape(head), text) for n in range(len(head) + 2, len(head) + 12)]
        # a shorter printed name is one only from a boundary (石岭风电场 inside 白石岭风电场 is no name of its own)
        whole = {text[a:b] for a, b in spans if a == 0 or not re.match(r"[\u4e00-\u9fff]", text[a - 1]) or text[a - 1] in "、和及与的"}
        if any(abbreviates(name, text[a:b]) or name in text[a:b] for a, b in spans) or any(p in name for p in whole):
            continue
        for l in link_entities(kb.index, text, partial=False, limit=20):
            other = normalise_text(l.label)
            if l.type not in ("Indicator", "Term", "Place") and (l.mention.endswith(head) or other.endswith(head)):
                return f"规划中没有提到{name}，原文中的数值属于{l.mention}"
    return None


def _given(clause: str) -> bool:
    """Whether a clause states a figure instead of asking one (「甲风电场10万千瓦」)."""
    bare = _NO_YEAR.sub("", clause)
    return not _ASKS.search(clause) and bool(re.search(r"\d", bare)) and any(re.search(r"\d", m.group(0)) for m in VALUE.finditer(bare))


def _year_spans(clause: str) -> list[tuple[int, int]]:
    """The years a clause asks: each year it names (base years 比2020年 left out), else each period — its end
    when a stage names it (末, 收关期, 初期 …), all its five years when the period is asked whole."""
    if years := [y for y in evidence_years("", clause) if re.search(YEAR_TEXT, clause)]:
        explicit = set(years_in("".join(re.findall(YEAR_TEXT, clause))))
        if explicit & set(years):
            return [(y, y) for y in explicit & set(years)]
    spans = []
    for m in re.finditer(rf"[“\"]?({PERIOD_NUMERAL})五[”\"]?(初期|中期|末期|期末|收关期|收官期|末)?", clause):
        if clause[max(0, m.start() - 1) : m.start()] in ("比", "较") or not (end := period_end(m.group(1) + "五")):
            continue
        stage = m.group(2) or ""
        spans.append((end - 4, end - 4) if stage == "初期" else (end - 2, end - 2) if stage == "中期" else (end, end) if stage else (end - 4, end))
    return spans


def _things(kb: KB, clause: str, printed: str, titles: str) -> list[Owner]:
    """The things ``clause`` names: linked entities and printed works' names, none inside another."""
    found: list[Owner] = []
    for l in link_entities(kb.index, clause, partial=False, limit=10):
        if l.type in ("Indicator", "Term") or len(l.mention) < 2:
            continue
        if l.type == "Place" and (l.mention in titles or len(l.mention) < 3):
            continue  # the plan's own region (零陵区 in a 零陵区 plan) owns every figure alike
        found.append(Owner(tuple(dict.fromkeys((l.mention, normalise_text(l.label)))), l.node))
    # 「多少所县级职教中心」: the counting word after the question word is no part of the name.
    bare = re.sub(r"(?:多少|几)[个所家座条处项台张辆]?", "，", clause)
    end = len(bare)
    while end > 2:
        if not _HEAD.search(bare[:end]) or _inside_word(bare, end):
            end -= 1
            continue
        start = next((s for s in range(0, end - 2) if _HEAD.search(bare[s:end]) and _printed_name(bare[s:end], printed)
                      and len(_HEAD.sub("", _ACTION.sub("", bare[s:end]))) >= 2), None)
        if start is not None:
            # 「A产业园和B产业园」 printed together is two things: the last one here, the one before it next.
            joins = [m.end() for m in JOINER.finditer(bare[start:end]) if _HEAD.search(bare[start : start + m.start()])]
            start = start + joins[-1] if joins and end - start - joins[-1] >= 3 else start
            found.append(Owner((_ACTION.sub("", bare[start:end]),)))
            end = start
            continue
        # 「甲水厂」 where the plan prints only 甲 (in 「兴建甲、乙两个水厂」): the thing goes by its stem too.
        start = next((s for s in range(0, end - 2) if _HEAD.search(bare[s:end]) and _stem_printed(_HEAD.sub("", bare[s:end]), printed)), None)
        if start is not None:
            found.append(Owner((bare[start:end], _HEAD.sub("", bare[start:end]))))
            end = start
            continue
        end -= 1
    # 「零陵园区」 in the 零陵区 plan: the plan's own parks, named by its region — any paragraph may speak of them.
    found = [o for o in found if not (len(stem := _HEAD.sub("", o.names[0])) >= 2 and stem in titles)]
    linked = [o.names[0] for o in found if o.node]
    found = [o for o in found if o.node or not any(_tail_of(m, o.names[0], clause) for m in linked)]
    out: list[Owner] = []
    for o in found:
        if any(o.names[0] == p.names[0] for p in out):
            continue
        if not any(o is not p and any(n in m and n != m for n in o.names for m in p.names) for p in found):
            out.append(o)
    return out


def _tail_of(linked: str, name: str, clause: str) -> bool:
    """Whether a printed ``name`` found in ``clause`` starts inside the ``linked`` name before it: the rest of one asked
    name (「月湖大桥工程」: 「大桥工程」 printed in 「…北岸大桥工程」 is 月湖大桥's head, no second thing asked).

    >>> _tail_of("月湖大桥", "大桥工程", "月湖大桥工程总投资"), _tail_of("月湖大桥", "北岸大桥", "月湖大桥和北岸大桥总投资")
    (True, False)
    """
    return any(linked.endswith(name[:k]) and linked + name[k:] in clause for k in range(1, len(name)))


def _inside_word(text: str, end: int) -> bool:
    """Whether a one-character head ending ``text[:end]`` is the first character of a word going on after it
    (标准厂房: no 标准厂 is named).

    >>> _inside_word("园区每年要建成，标准厂房", 11), _inside_word("甲水厂供水规模", 3)
    (True, False)
    """
    if end >= len(text) or len(_HEAD.search(text[:end]).group(0)) > 1:
        return False
    return any(len(w) >= 2 and w.startswith(text[end - 1 : end + 1]) for w in tokenize(text[end - 1 : end + 3]))


def _printed_name(name: str, printed: str) -> bool:
    """Whether the plan prints ``name`` as a name: somewhere followed by a mark, a figure or a joining word, not only
    inside a longer word (高中阶段 of 高中阶段教育, 毛入园 of 毛入园率)."""
    if name not in printed:
        return False
    head = _HEAD.search(name)
    if head and len(head.group(0)) >= 2 and not head.group(0).endswith("路"):
        return True  # 灌区, 水库, 工程: a head of two characters ends a name, whatever follows it
    return bool(re.search(re.escape(name) + r"(?:[^\u4e00-\u9fff]|[和及与等的为]|$)", printed))


def _stem_printed(stem: str, printed: str) -> bool:
    """Whether a name's stem (甲 of 甲水厂) is printed as a member of an enumeration (「兴建甲、乙两个水厂」): the
    plan names the thing only so."""
    return len(_ACTION.sub("", stem)) >= 2 and bool(re.search(re.escape(stem) + "[、和及]|、" + re.escape(stem), printed))


@check("ownership")
def owned_figures(kb: KB, question: str, answer: Answer, *, pointing: bool = False) -> Answer:
    """``answer`` with each figure not the asked one's said as not determined; ``found`` False when none is left.

    Parameters
    ----------
    kb : KB
        The plans' indexes (paragraph texts, entities, headings).
    question : str
        The question (or the part of one) as answered.
    answer : Answer
        A figure answer (``kind == "fact"``); each item's ``label`` holds its value, ``detail`` its clause,
        ``citation`` its paragraph.
    pointing : bool
        The question pointed at a project by a name it holds (「X那个项目」, read as a name before this check).

    Returns
    -------
    Answer
        ``answer`` itself when every figure passes; else a copy whose failed figures' parts say why.
    """
    if not answer.found or answer.kind != "fact" or not answer.items:
        return answer
    plans = tuple(dict.fromkeys(i.citation.plan for i in answer.items if i.citation and i.citation.plan))
    # 「湖湘路在校园路网工程里多长」: the qualifier names where the figure is printed, not an owner (qa.question.container).
    if container := container_of(question):
        question = without(question, container)
    asked = replace(asked_owners(kb, question, plans=plans), pointing=pointing or bool(POINTED.search(normalise_text(question))))
    # 「建设1个A、3个B…」 with B asked: B's own count, never refused for the count the answerer read first.
    answer = _yearly_restated(question, _recounted(question, answer), asked)
    failed: list[tuple[Item, str]] = []
    for item in answer.items:
        if item.entity and normalise_text(item.label or "") == normalise_text(kb.label(item.entity)):
            continue  # 「哪条路宽60m、长6.4km」: the thing found by the figures the question gives, no figure of an owner
        mine = _asked_by_part(asked, answer, item)
        why = _outside(kb, container, item) or _part_rival(kb, answer, mine, item) \
            or _count_of_another(_part_asking(question, answer, item), item) \
            or _refusal(kb, question, mine, item, asking=_asking_clause(question, asked, answer, item))
        if why:
            failed.append((item, why))
    if not failed:
        return answer
    return _without(answer, failed)


def _asked_by_part(asked: Asked, answer: Answer, item: Item) -> Asked:
    """What the part of a joined answer giving ``item`` asks: the owners of its own clause (the one clause an owner
    of which the part's name prints, else the clause whose own words — printed in no other clause — the part's name
    shares most), never another clause's; ``asked`` itself for a one-part answer or a part no clause matches alone."""
    label = normalise_text(item.label or "")
    parts = answer.answer.split("；")
    part = parts[k] if (k := _part_holding(parts, label)) is not None else ""
    if len(asked.clauses) < 2 or len(parts) < 2 or "：" not in part:
        return asked
    name = normalise_text(part.split("：", 1)[0])
    named = {o.clause for o in asked.owners if any(n and n in name for n in o.names)}
    if len(named) > 1:
        return asked
    # 「…？那柳塘路呢？」: the clause whose owner the part is said of
    k = named.pop() if named else _clause_by_own_words(asked, name)
    return asked if k is None else replace(asked, owners=[o for o in asked.owners if o.clause == k])


def _clause_by_own_words(asked: Asked, name: str) -> int | None:
    """The clause whose own words (printed in no other clause) a part's name shares most, or None on a tie or none."""
    head = bigrams(name)
    own = [bigrams(c).difference(*(bigrams(o) for o in asked.clauses if o is not c)) for c in asked.clauses]
    shared = [len(head & words) for words in own]
    if not head or not shared or max(shared) == 0 or shared.count(max(shared)) > 1:
        return None
    return shared.index(max(shared))


def _asking_clause(question: str, asked: Asked, answer: Answer, item: Item) -> str:
    """The clause of ``question`` asking ``item``'s part (「…要建多大面积？一年吞吐多少货物？」: 面积's part is asked by
    the first clause alone), read by the part's own words; ``question`` itself for a one-part answer or a part no
    clause's own words place. A word of a clause (一年, 年均) asks only of that clause's part."""
    parts = answer.answer.split("；")
    k = _part_holding(parts, normalise_text(item.label or ""))
    if len(asked.clauses) < 2 or len(parts) < 2 or k is None or "：" not in parts[k]:
        return question
    c = _clause_by_own_words(asked, normalise_text(parts[k].split("：", 1)[0]))
    return question if c is None else asked.clauses[c]


#: A count printed before its noun in a run of counted nouns (「300所左右优质技工院校和500个左右优质专业」).
_COUNTED_NOUN = re.compile(r"(\d+(?:\.\d+)?)([个所座条项家处台辆])(左右|以上|以内)?(?!百分点|月|工作日|小时)([\u4e00-\u9fff“”]{2,16}?)"
                           r"(?=以及|[和、及与,;，；。的]|$)")  # 以及 ends a noun as 及 does (「36条A以及84个B」)


def _asked_count(question: str, detail: str):
    """The count in ``detail``'s run of counted nouns whose noun the question asks: the one noun of the run whose
    ending the question prints longest (four characters at least — 研究中心 sets 中国研究中心 apart from 中国研修中心),
    or None when no noun is asked or two are asked alike."""
    q = normalise_text(question)
    counted = list(_COUNTED_NOUN.finditer(normalise_text(detail)))
    reach = [max((k for k in range(4, len(m.group(4)) + 1) if m.group(4)[-k:] in q), default=0) for m in counted]
    best = max(reach, default=0)
    if best == 0 or sum(1 for r in reach if r) > 1:
        return None  # several nouns of the run asked (a question of several parts): each part is recounted alone
    return counted[reach.index(best)]


def _count_of_another(question: str, item: Item) -> str | None:
    """Why a count is another noun's: the asked noun is printed right after a count of its own, and the value given
    is not that count (「遴选建设300所左右优质技工院校和500个左右优质专业」: 500个 is the 优质专业's).

    >>> _count_of_another("要遴选多少所优质技工院校？", Item("500个左右", detail="遴选建设300所左右优质技工院校和500个左右优质专业"))
    '原文中的500个左右是另一项的数量，优质技工院校是300所左右'
    >>> _count_of_another("优质专业多少个？", Item("500个左右", detail="遴选建设300所左右优质技工院校和500个左右优质专业")) is None
    True
    >>> _count_of_another("研究中心要建几个？中国集训基地又是多少个？", Item("400个左右", detail="3个大赛研究中心和400个左右大赛中国集训基地")) is None
    True
    >>> _count_of_another("比重提高几个百分点？", Item("3个百分点", detail="比重提高3个百分点,城镇化率提高4个百分点")) is None
    True
    """
    value = normalise_text(item.label or "")
    if not re.match(r"\d+(?:\.\d+)?[个所座条项家处台辆]", value):
        return None
    own = _asked_count(question, item.detail or "")
    if own is None or value.startswith(own.group(1) + own.group(2)):
        return None
    return f"原文中的{item.label}是另一项的数量，{own.group(4)}是{_count_text(own)}"


def _counts_asked(question: str, sentence: str, v: int) -> bool:
    """Whether the value at ``v`` counts the noun printed right after it and the question asks that noun (its last four
    characters at least: 「…、3个中国研究中心、…」): the name before it is the run's other noun, no owner of it."""
    here, q = _COUNTED_NOUN.match(sentence, v), normalise_text(question)
    # 「全面提升16个乡村卫生院医疗体系」: the noun's own name (its start, four characters at least) asked counts too
    return bool(here) and len(noun := here.group(4)) >= 4 and (noun[-4:] in q or any(noun[:k] in q for k in range(4, len(noun))))


def _measure_of_asked(question: str, sentence: str, end: int) -> bool:
    """Whether the measure ending at ``end`` is printed right before the asked thing's name — four characters of its
    start at least in the question (「启动30万平方米居住类历史建筑全项目修缮」 asked 居住类历史建筑全项目修缮面积): it is
    that thing's, whatever name stands before it (「一批重大工程、重点项目加快实施，启动30万平方米…」).

    >>> _measure_of_asked("居住类历史建筑全项目修缮面积呢？", "重点项目加快实施,启动30万平方米居住类历史建筑全项目修缮", 19)
    True
    >>> _measure_of_asked("重点项目面积多少？", "重点项目加快实施,启动30万平方米居住类历史建筑全项目修缮", 19)
    False
    """
    name = re.match(r"(?:的)?([\u4e00-\u9fff]{4,})", sentence[end:])
    return bool(name) and name.group(1)[:4] in normalise_text(question)


def _counts_sibling(asked: Asked, sentence: str, v: int) -> str | None:
    """Why the value at ``v`` is not the asked owner's: it counts the noun printed right after it, a sibling named as
    long as the asked owner and ending as it does (乡村卫生院 for 乡镇卫生院, 村级污水处理站 for 镇级污水处理站)."""
    here = _COUNTED_NOUN.match(sentence, v)
    for name in (n for o in asked.owners for n in o.names[:1] if len(n) >= 4) if here else ():
        sibling = here.group(4)[: len(name)]
        if sibling != name and sibling[-3:] == name[-3:] and name not in here.group(4):
            return f"原文中的数值属于{sibling}"
    return None


def _counts_unasked(question: str, sentence: str, v: int) -> str | None:
    """Why a count is not the asked figure: it counts the noun printed right after it (「引进5000家创新创业企业」: 家 of
    企业), and the question neither prints a word of that noun nor asks by its counting word (「标准厂房园区每年要建成
    多少」 asks no 企业 and no 家) — a count of another thing, whatever owner its sentence names.

    >>> s = "在全省建设100个创新创业产业园区、建成3000万平方米标准厂房、引进5000家创新创业企业"
    >>> _counts_unasked("标准厂房园区每年要建成多少", s, s.find("5000"))
    '原文中的5000家数的是创新创业企业，不是所问的'
    >>> _counts_unasked("要引进多少家企业", s, s.find("5000")), _counts_unasked("引进多少家", s, s.find("5000"))
    (None, None)
    >>> _counts_unasked("永州七中新建多少教学班", "达成96个教学班、4800个学位的教育规模", 2) is None
    True
    """
    here = _COUNTED_NOUN.match(sentence, v)
    if not here or re.match(r"[和及与、以]", noun := here.group(4)):
        return None
    q = normalise_text(question)
    if bigrams(noun) & bigrams(q) or re.search(r"(?:多少|几)" + here.group(2), q):
        return None
    return f"原文中的{here.group(1)}{here.group(2)}{here.group(3) or ''}数的是{noun}，不是所问的"


#: A range printed as one value (3-5个, 2—3个, 10～20万元).
_VALUE_RANGE = re.compile(r"\d+(?:\.\d+)?\s*[-—－~～至]\s*\d+(?:\.\d+)?(?:万|亿)?[\u4e00-\u9fff%]{0,3}")
#: A figure its clause gives to each of a kind of unit (「计划每个街镇设立3-5个…服务点」「每个村建设1个广场」), not to
#: the whole: 每 before a counting word and the unit (每年/每月 are rates, 每千人/每万人 ratios, read elsewhere).
_EACH_UNIT = re.compile(r"每(?:个|一个|座|所|家)(?![年月日天周季时万千百亿次人])[\u4e00-\u9fff]{1,4}?(?=.*?(?:设立|建设|建成|新建|配置|配备|设置|至少|不少于|不低于|各|均|$))")
#: A question asking per unit or per each (每个, 各, 平均, 分别).
_EACH_ASKED = re.compile(r"每|各|平均|人均|户均|均|分别|单个|一个")


def _each_unit_unasked(question: str, sentence: str, v: int) -> str | None:
    """Why a figure is not the asked whole: its own clause gives it to each of a kind of unit (「计划每个街镇设立3-5个
    面向居民的惠民回收服务点」) and the question asks no unit's share (no 每, 各, 平均).

    >>> s = "计划每个街镇设立3-5个面向居民的惠民回收服务点"
    >>> _each_unit_unasked("惠民回收服务点到2025年要设多少个", s, s.find("3-5"))
    '原文中的数值是每个街镇…各自的，不是全部的'
    >>> _each_unit_unasked("每个街镇要设多少个惠民回收服务点", s, s.find("3-5")), _each_unit_unasked("新增多少个", "每年新增3个", 4)
    (None, None)
    >>> s = "（按照每个街镇常住人口户数超过10万户的设立5个）"
    >>> _each_unit_unasked("惠民回收服务点要设多少个", s, s.find("5个"))
    '原文中的数值是每个街镇…各自的，不是全部的'
    >>> _each_unit_unasked("要新增多少个", "每万人拥有3个", 6), _each_unit_unasked("要新建多少个", "全区新建5个", 4)
    (None, None)
    >>> _each_unit_unasked("农村收入大概多少", "按农村人口平均每人收入九十五元左右", 13) is None  # a per-head amount
    True
    """
    clause = re.split(r"[，,；;。：:（(]", sentence[:v])[-1]
    each = _EACH_UNIT.search(clause)
    if not each or _EACH_ASKED.search(normalise_text(question)):
        return None
    return f"原文中的数值是{clause[each.start():each.start() + 4]}…各自的，不是全部的"


#: A span of several years a figure is stated for (「通过三年的努力…引进800家」「五年内」), and a yearly figure asked.
_SPAN_YEARS = re.compile(r"(?:[两三四五六七八九十]|\d+)年(?:内|间|里|来|的努力|时间)")
_YEARLY = re.compile(r"每年|(?<!哪)一年|年均|/年|平均每年")
#: A figure stated per year: 每年/年均/全年…, or a yearly measure (年产, 年接待, 年均) — 年 after no number (2025年, 三年).
_STATED_YEARLY = re.compile(r"每年|年均|/年|全年|(?<![0-9〇零一二两三四五六七八九十百千])年(?=[\u4e00-\u9fff])(?![底末内间里来度])")
#: A single year dating what follows (「1995年，生产…」), not a horizon (到2025年) nor a year's end (2025年底).
_ONE_YEAR = re.compile(r"(?<![到至止])(?<!截至)(?:19|20)\d\d年(?![底末前])")
#: Words making the figure after them a total over the period (「规划期内累计建成…12万亩」).
_TOTAL_WORDS = re.compile(r"累计|合计|共计|总计|一共|总共|期内|期间|(?:[两三四五六七八九十]|\d+)年(?:内|间|里)")


def _span_for_yearly(question: str, sentence: str, v: int) -> str | None:
    """Why a figure the plan states for its period (「通过三年的努力…引进800家科技企业」「累计建成12万亩」「新建中小学校6所」)
    is no answer to a yearly one asked (「科技企业每年要引进多少家」「每年要建成多少」): it is stated per year only where a
    yearly word (每年, 年均, 年产…) stands before it in its sentence with no word of a total (累计, 期内) after that, or
    its unit is per year (万吨/年).

    >>> s = "指通过三年的努力在全省建设20个产业园区、引进800家科技企业"
    >>> _span_for_yearly("科技企业每年要引进多少家", s, s.find("800")), _span_for_yearly("要引进多少家科技企业", s, s.find("800"))
    ('原文中的数值是三年的合计，不是每年的', None)
    >>> s = "规划期内累计建成高标准农田12万亩，年均建成2.4万亩"
    >>> _span_for_yearly("高标准农田每年建成多少", s, s.find("12")), _span_for_yearly("高标准农田每年建成多少", s, s.find("2.4"))
    ('原文中的数值是规划期内的总数，不是每年的', None)
    >>> _span_for_yearly("每年接待游客多少", "力争年接待游客500万人次", 7), _span_for_yearly("每年处理多少", "处理能力10万吨/年", 4)
    (None, None)
    >>> _span_for_yearly("汽车一年要生产多少辆", "1995年,生产各种汽车90万辆", 12), _span_for_yearly("每年建多少所", "到2025年,建成学校6所", 11)
    (None, '原文中的数值是规划期内的总数，不是每年的')
    >>> s = "到2025年，城区空气优良天数大于330天"
    >>> _span_for_yearly("城区每年空气优良天数要达到多少天", s, s.find("330")), _span_for_yearly("每年建多少所", "到2025年,建成学校330所", 14)
    (None, '原文中的数值是规划期内的总数，不是每年的')
    """
    if not _YEARLY.search(normalise_text(question)):
        return None
    if span := _SPAN_YEARS.search(sentence[:v]):
        if not _YEARLY.search(sentence):
            return f"原文中的数值是{span.group(0).split('年')[0]}年的合计，不是每年的"
    before = sentence[:v]
    # a year's own figure (「1995年，生产各种汽车90万辆」) is a yearly one; 「到2025年」 dates a total
    yearly = [m.end() for m in _STATED_YEARLY.finditer(before)] + [m.end() for m in _ONE_YEAR.finditer(before)]
    yearly.sort()
    if yearly and not _TOTAL_WORDS.search(before, yearly[-1]):
        return None
    if re.match(r"[0-9.]+[^，,；;。0-9]{0,6}?(?:/年|每年)", sentence[v:]):
        return None  # 「10万吨/年」: a yearly unit
    if "天数" in before[-12:] and re.match(r"\d{1,3}天", sentence[v:]):
        return None  # 「空气优良天数大于330天」: a count of a year's days is a yearly figure by nature
    return None if span else "原文中的数值是规划期内的总数，不是每年的"


#: A total or a horizon's target asked (到2025年, “十四五”期间, 一共, 累计, 五年内).
_SPAN_ASKED = re.compile(r"(?:到|至)(?:19|20)\d\d年|期间|时期|期内|一共|总共|累计|合计|共计|总计|[五十]年(?:内|间|里|中)"
                         # the period's end asked (「到十三五期末…要有多少个」): a stock then, no yearly amount
                         r"|期末|末期|五[”\"]?末")


def _yearly_for_span(question: str, sentence: str, v: int) -> str | None:
    """Why a yearly amount (「园区每年建成标准厂房30万平方米以上」) is no answer to a total or a horizon's target asked
    (「到2025年…要建成多少」「“十四五”期间一共…」) with no yearly word of its own: the plan gives only the yearly
    figure, which is no total.

    >>> s = "园区每年建成标准厂房30万平方米以上"
    >>> _yearly_for_span("到2025年园区标准厂房要建成多少", s, s.find("30")), _yearly_for_span("园区每年建成多少标准厂房", s, s.find("30"))
    ('原文给出的是每年的数值，不是所问的总量或期末目标', None)
    >>> _yearly_for_span("“十四五”期间产值增速是多少", "产值年均增长12%以上", 6) is None
    True
    >>> s = "PM2.5年均浓度低于20微克/立方米"   # a mean reading's 年均, no yearly amount
    >>> _yearly_for_span("到2025年PM2.5要低于多少", s, s.find("20"))
    >>> s = "到2025年累计建成12万亩，年均建成2.4万亩"
    >>> _yearly_for_span("到2025年累计建成多少", s, s.find("12"))
    >>> s = "计划每年推进2-3个区域，40-50条道路，20-30个小区"
    >>> _yearly_for_span("到十三五期末小区要有多少个", s, s.find("20-30"))
    '原文给出的是每年的数值，不是所问的总量或期末目标'
    """
    if not _SPAN_ASKED.search(question) or _YEARLY.search(question) or re.match(r"[\d.]+\s*(?:%|％|个百分点)", sentence[v:]):
        return None  # (a yearly rate, 年均增长8%, is how plans give a period's growth)
    before = sentence[:v]
    yearly = [m.end() for m in PER_YEAR.finditer(before) if not of_rate_or_mean(before[m.end():])]
    # (a clause of its own after the yearly one: 「每年…，到2025年累计…」; the run of values the yearly verb goes on
    # counting, 「每年推进2-3个区域，40-50条道路，20-30个小区」, is no clause of its own)
    if not yearly or _TOTAL_WORDS.search(before, yearly[-1]) \
            or any(c and not re.match(r"\d", c) for c in re.split(r"[，,；;]", before[yearly[-1]:])[1:]):
        return None
    return "原文给出的是每年的数值，不是所问的总量或期末目标"


#: A count printed after examples and 等 (「…零陵电大等98个」「…珠山等四个」), in digits or Chinese numerals.
_EXAMPLES_COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)[个所座条项家处]")
#: Acts before a run of examples (「实施零陵电大等…」「以G322、…等」): no part of an example's name.
_EXAMPLES_ACT = re.compile(r"^(?:加快|积极|重点)?(?:实施|完成|建设|新建|推进|打造|以|包括|如|依托)")


def _examples_count(question: str, sentence: str, v: int) -> str | None:
    """Why a count printed after examples (「零陵电大等98个老旧小区」「G322、G207、永州之野等3条精品示范带」) is not
    the figure of an example asked (零陵电大, 永州之野): N counts the kind, every one of them, never one example —
    unless the question asks it with 等 too.

    >>> s = "实施零陵电大等98个老旧小区改造工程"
    >>> _examples_count("零陵电大老旧小区改造多少个", s, s.find("98"))
    '原文中的98个是“零陵电大等”的总数，不是零陵电大一处的'
    >>> _examples_count("要改造多少个老旧小区", s, s.find("98")), _examples_count("零陵电大等多少个老旧小区要改造", s, s.find("98"))
    (None, None)
    >>> _examples_count("零陵电大那批老旧小区改造几个", s, s.find("98")), _examples_count("零陵电大的老旧小区改造一共几个", s, s.find("98"))
    (None, None)
    >>> s = "建设零陵汽车东站和富家桥、邮亭圩、河西、珠山等四个客运站场"
    >>> _examples_count("富家桥客运站场建几个", s, s.find("四个"))
    '原文中的四个是“零陵汽车东站和富家桥、邮亭圩、河西、珠山等”的总数，不是富家桥一处的'
    """
    count = _EXAMPLES_COUNT.match(sentence, v)
    clause = re.split(r"[，,；;：:（(]", sentence[:v])[-1]
    if not count or not clause.endswith("等"):
        return None
    run = _EXAMPLES_ACT.sub("", clause[:-1])
    q = normalise_text(question)
    examples = [e for e in re.split(r"[、和及与]", run) if len(e) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", e[-2:])]
    if any(re.search(re.escape(e[-2:]) + "(?:等|那批|这批|那些|这些|一批|那几个|这几个)", q) for e in examples) \
            or re.search(r"一共|总共|合计|加起来", q):
        return None  # 「零陵电大等多少个老旧小区」「北站医院那批节能改造几个」: the kind's count asked, as printed or by pointing
    kind = sentence[count.end():count.end() + 8]
    for example in examples:
        end = example[-2:]
        if example in q or (end in q and end not in kind):  # 城北小区 asked of 「城北小区等45个老旧小区」 too
            return f"原文中的{count.group(0)}是“{run}等”的总数，不是{example}一处的"
    return None


def _count_text(counted: re.Match) -> str:
    """A counted noun's count as printed, with its bound (300所左右)."""
    return "".join(g for g in counted.group(1, 2, 3) if g)


def _recounted(question: str, answer: Answer) -> Answer:
    """``answer`` with a count of another noun of a run of counted nouns given as the asked noun's own: the count printed
    right before the noun the question asks (「建设1个A中心、3个B中心、1个C中心和400个左右D基地」, B asked: 3个), when
    the run gives the asked noun one count (:func:`_asked_count`); the other items as they were.

    >>> a = Answer("研究中心要建几个？", "研究中心要建：1个（原文：“建设1个训练中心、3个研究中心”）", True,
    ...            [Item("1个", detail="建设1个训练中心、3个研究中心")], kind="fact")
    >>> _recounted("研究中心要建几个？", a).answer
    '研究中心要建：3个（原文：“建设1个训练中心、3个研究中心”）'
    """
    items, parts = [], answer.answer.split("；")
    for item in answer.items:
        value = normalise_text(item.label or "")
        asking = _part_asking(question, answer, item)
        own = _asked_count(asking, item.detail or "") if re.match(r"\d+(?:\.\d+)?[个所座条项家处台辆]", value) else None
        count = _count_text(own) if own else ""
        k = next((k for k, p in enumerate(parts) if f"：{item.label}" in p), None)
        if own and not value.startswith(own.group(1) + own.group(2)) and k is not None:
            parts[k] = parts[k].replace(f"：{item.label}", f"：{count}", 1)
            item = Item(count, item.citation, item.detail, item.entity)
        items.append(item)
    text = "；".join(parts)
    if text == answer.answer:
        return answer
    return Answer(answer.question, text, answer.found, items, answer.citations, kind=answer.kind)


#: A clause restating a total's thing per year right after it (「累计建成高标准农田12万亩，年均建成2.4万亩」).
_YEARLY_NEXT = re.compile(r"^(?:年均|平均每年|每年平均|每年)[\u4e00-\u9fff]{0,4}?(?:约|近|超过)?(?P<value>\d+(?:\.\d+)?[^，,；;。\d]{1,5}?)(?=$|[，,；;。（(以左])")


def _yearly_restated(question: str, answer: Answer, asked: Asked | None = None) -> Answer:
    """``answer`` with a total asked per year (「高标准农田每年建成多少」) given as the yearly figure the plan prints
    for the same thing in the clause right after the total (「…累计建成高标准农田12万亩，年均建成2.4万亩」).

    >>> from ..answer import Citation
    >>> a = Answer("农田每年建成多少？", "农田：12万亩（期内合计，原文：“累计建成农田12万亩”）", True,
    ...            [Item("12万亩", Citation("p1", "累计建成农田12万亩，年均建成2.4万亩。"), "累计建成农田12万亩")], kind="fact")
    >>> _yearly_restated("农田每年建成多少？", a).answer
    '农田：每年2.4万亩（原文：“累计建成农田12万亩，年均建成2.4万亩”）'
    """
    if not _YEARLY.search(normalise_text(question)):
        return answer
    items, parts = [], answer.answer.split("；")
    for item in answer.items:
        text, detail = normalise_text(item.citation.text if item.citation else ""), normalise_text(item.detail or "")
        at = text.find(detail) if detail else -1
        after = text[at + len(detail):] if at >= 0 else ""
        nxt = _YEARLY_NEXT.match(after[1:]) if after[:1] in ("，", ",") else None
        k = next((k for k, p in enumerate(parts) if f"：{item.label}" in p), None)
        # the clause asking the item is read only for a total the plan restates per year
        if nxt and k is not None and _span_for_yearly(
                _asking_clause(question, asked, answer, item) if asked else question, detail,
                detail.find(normalise_text(item.label))):
            clause = detail + "，" + after[1:].split("，")[0].split("。")[0]
            parts[k] = f"{parts[k].split('：', 1)[0]}：每年{nxt.group('value')}（原文：“{clause}”）"
            item = Item(nxt.group("value"), item.citation, clause, item.entity)
        items.append(item)
    text = "；".join(parts)
    if text == answer.answer:
        return answer
    return Answer(answer.question, text, answer.found, items, answer.citations, kind=answer.kind)


def _part_asking(question: str, answer: Answer, item: Item) -> str:
    """What asks for ``item``: in an answer of several parts, the name heading the part that gives it
    (「风貌保护道路：37条…；风貌保护街巷：84个」 → 风貌保护街巷 for 84个) — each part's noun is counted alone,
    never the question's other nouns; else ``question`` itself."""
    parts = answer.answer.split("；")
    part = next((p for p in parts if item.label and f"：{item.label}" in p), "") if len(parts) > 1 else ""
    head = part.split("：", 1)[0].strip()
    # A part named with another part's name carried on (「公共停车场游客服务中心」 after 「游客服务中心：…」) asks what is left.
    for other in (p.split("：", 1)[0].strip() for p in parts if p != part and "：" in p):
        if len(other) >= 2 and other in head and len(head.replace(other, "")) >= 2:
            head = head.replace(other, "")
    return head if len(head) >= 2 else question


def _outside(kb: KB, container: Container | None, item: Item) -> str | None:
    """Why ``item`` is not of the container the question names: its paragraph is printed in another work's item."""
    c = item.citation
    para = kb.paragraph(c.id, plan=c.plan) if c and container else None
    if para is None or in_container(kb, para, container):
        return None
    return f"原文中的数值不在“{container.words}”中，是另一处的"


def _part_rival(kb: KB, answer: Answer, asked: Asked, item: Item) -> str | None:
    """Why ``item`` is not the figure of the owner its part of the answer names (「废渣堆场…：200亩以上」): its own
    clause names another thing of the owner's kind (临时堆场) and not the owner — whether or not the question's
    other parts name owners no rule knows."""
    label = normalise_text(item.label or "")
    parts = answer.answer.split("；")
    part = parts[k] if (k := _part_holding(parts, label)) is not None else ""
    head = normalise_text(part.split("：", 1)[0]) if "：" in part else ""
    clause = normalise_text(item.detail or "")
    at = clause.find(_number(label))
    # the part's head asked as its own question (「其中国家财政拨款」 → 「其中国家财政拨款多少」: a 其中 part asked by name)
    if head and at >= 0 and len(asked.clauses) > 1 and (why := whole_or_part(head + "多少", clause, at)):
        return why  # 「新建和改造公路…？高等级公路呢？」: 「其中高等级公路八千公里」 is no 新建公路's
    if head and len(asked.clauses) > 1 and (why := _scope_only_part(answer.question, head, clause)):
        return why  # 「城镇登记失业率控制在多少？农村呢？」: 「农村户用卫生厕所普及率达到85%以上」 is no 农村's 失业率
    if (word := _asked_word_elsewhere(head, clause, item)):
        return f"原文中的数值说的不是{word}"  # 「…9418万公顷天然林…实行全面有效管护，…造林579万公顷」 asked 造林
    mine = [o for o in asked.owners if o.names[0] in head and o.names[0] not in clause]
    if not mine or at < 0:
        return None
    rivals = sorted(_other_tails(kb, Asked([normalise_text(answer.question or '')], mine), clause[:at]))
    return f"原文中的数值属于{rivals[0]}" if rivals else None


#: A part named only by a scope (「…？农村呢？」): it asks the measure of the part before it, for that scope.
_SCOPE_ONLY = re.compile(r"(?:农村|城镇|城市|城区|乡村|全国|全省|全市|全区|全县|本省|本市|本区|本县|男性|女性|男|女)")


def _scope_only_part(question: str, head: str, clause: str) -> str | None:
    """Why a figure answers no part named only by a scope: its clause prints none of the words the question asks
    beyond that scope (the measure it carries from the part before it).

    >>> _scope_only_part("城镇登记失业率控制在多少以内？农村呢？", "农村", "农村户用卫生厕所普及率达到85%以上")
    '原文中的数值说的不是农村的所问事项'
    >>> _scope_only_part("城镇居民人均收入多少？农村呢？", "农村", "农村居民人均收入达到2万元") is None
    True
    """
    if not _SCOPE_ONLY.fullmatch(head):
        return None
    rest = re.sub(_FRAME.pattern + r"|" + _SCOPE_ONLY.pattern + r"|" + YEAR_TEXT + r"|[\d%？?，,。]", "\u3000", normalise_text(question))
    words = {rest[k : k + 2] for k in range(len(rest) - 1) if "\u3000" not in rest[k : k + 2]}
    return None if not words or any(w in clause for w in words) else f"原文中的数值说的不是{head}的所问事项"


def _asked_word_elsewhere(head: str, clause: str, item: Item) -> str | None:
    """The word a part asks (「天然林资源保护的相关数据（造林）」: 造林) when the figure's clause does not print it and its
    paragraph prints it right before another value — that value is the word's, the clause's is another attribute's.

    >>> from qa.answer import Citation
    >>> text = "天然林资源保护→对工程区内9418万公顷天然林和其他森林实行全面有效管护，在长江上游工程区造林579万公顷。"
    >>> item = Item("9418万公顷", Citation("box12-i01", text=text), detail="对工程区内9418万公顷天然林和其他森林实行全面有效管护")
    >>> _asked_word_elsewhere("天然林资源保护的相关数据（造林）", item.detail, item)
    '造林'
    >>> _asked_word_elsewhere("天然林资源保护的相关数据（管护）", item.detail, item) is None
    True
    """
    word = re.search(r"[（(]([\u4e00-\u9fff]{2,6})[)）]$", head)
    if not word or word.group(1) in clause or not item.citation:
        return None
    text = normalise_text(item.citation.text or "")
    value = normalise_text(item.label or "")
    printed = re.search(re.escape(word.group(1)) + r"[\u4e00-\u9fff]{0,4}?([0-9〇零一二三四五六七八九十百千万亿.]+)", text)
    return word.group(1) if printed and not value.startswith(printed.group(1)) else None


def _refusal(kb: KB, question: str, asked: Asked, item: Item, *, asking: str | None = None) -> str | None:
    """Why ``item`` is not the asked figure, or None when it is; ``asking`` is the clause asking it (a yearly word
    asks only of its own clause's part), ``question`` by default."""
    c = item.citation
    para = kb.paragraph(c.id, plan=c.plan) if c else None
    if para is None or kb.attrs(para).get("kind") == "indicator":
        return None  # an indicator row answers for its own columns (qa.values.figures.answer_indicator checks them)
    label, detail = normalise_text(item.label or ""), normalise_text(item.detail or "")
    value = next((m.group(0) for src in (label, detail) for m in VALUE.finditer(src) if re.search(r"\d|[一二三四五六七八九十]", m.group(0))), "")
    if (span := _VALUE_RANGE.match(label)) and value and span.group(0).startswith(value):
        value = span.group(0)  # 「3-5个」 stands where the range is printed, not wherever a 3 is (30%, 3万户)
    if not value and re.fullmatch(r"[一二两三四五六七八九十百]+[个所座条项家处]", label):
        value = label  # 「等四个客运站场」: a count in Chinese numerals is checked as any
    if not value or re.fullmatch(YEAR_TEXT, label):
        return None
    if any(_same_value(value, g) for g in asked.given_values):
        return f"问题中已给出{value}，所问的是另一项"
    if asked.unprinted and (why := _unprinted_rival(kb, asked, para)):
        return why
    if (why := _other_unit(question, value)):
        return why
    text = kb.norm_text.get(para) or ""
    if asked.owners and not asked.unknown and not any(_present(kb, o, para, text) for o in asked.owners):
        return f"原文中的数值不是{'、'.join(dict.fromkeys(o.names[0] for o in asked.owners))}的"
    # Where the value stands: each place its clause prints it (a value printed twice, 「宽42m」 of two roads,
    # is the asked one's if any of its places is).
    spots = [m.start() for m in re.finditer(r"(?<![\d.])" + re.escape(value), text)]
    reasons = [_refusal_at(kb, question, asked, para, text, value, at, asking or question) for at in spots]
    return reasons[0] if reasons and all(reasons) else None


def _refusal_at(kb: KB, question: str, asked: Asked, para: str, text: str, value: str, at: int, asking: str) -> str | None:
    """Why the value printed at ``at`` in the paragraph's text is not the asked figure, or None."""
    sentence, start = _sentence(text, at)
    v = at - start
    if (why := _other_year(kb, question, para, text, sentence, v, value)):
        return why
    if (why := larger_scope(kb, plan_of(para), question, sentence[:v])):
        return why
    if asked.owners and (why := _counts_sibling(asked, sentence, v)):
        return why
    if (why := _counts_unasked(question, sentence, v)) or (why := _examples_count(question, sentence, v)) \
            or (why := _each_unit_unasked(question, sentence, v)) \
            or (why := _span_for_yearly(asking, sentence, v)) or (why := _yearly_for_span(asking, sentence, v)):
        return why
    if asked.owners and not _dates_run(question, sentence[v:]) and (why := _joint_owner(asked, _title_of(text), sentence, v)):
        return why
    if asked.owners and not asked.unknown and not _counts_asked(question, sentence, v) \
            and not _measure_of_asked(question, sentence, v + len(value)):
        if (why := _nearest_other(kb, asked, sentence, v, _title_of(text))):
            return why
        if (why := _titled_longer(kb, asked, text, sentence)):
            return why
        if not _dates_run(question, sentence[v:]) and (why := _collective(question, asked.owners, sentence, v)):
            return why
    elif _several(asked) and not _shares_words(question, sentence, v):
        return "原文中的数值说的不是所问的事项"
    if not asked.owners and (why := _other_place(kb, question, sentence, v)):
        return why
    if (why := _other_attribute(asked, sentence, v)):
        return why
    if (lead := _part_lead(kb, para)) is not None:
        # a line listed under 「…达到16,770亿元。其中：」: read as the 其中 sentence it continues
        sentence, v, before = "其中：" + sentence, v + 3, lead
    else:
        before = text[: text.find(sentence)] if sentence in text else ""
    if (why := whole_or_part(question, sentence, v, before=before)):
        return why
    if len(asked.clauses) == 1 and (why := _sibling_word(asked, sentence, v, value)):
        return why
    if len(asked.clauses) == 1 and (why := member_of_repeated(question, sentence, v, _title_of(text))):
        return why
    return None


#: A time asked (as qa.values.when.WHEN reads it; that module imports this one).
_WHEN_ASKED = re.compile(r"哪一年|哪年|哪个年份|何年|何时|什么时候|什么时间|啥时候|几时")


def _dates_run(question: str, value: str) -> bool:
    """Whether ``value`` (the text from the figure on) is a year asked by when (「滨江路哪一年建成」): a date printed for works together
    (「A、B、C等项目2023年建成通车」) is each member's own, where an amount is only the joint's.

    >>> _dates_run("滨江路哪一年建成", "2023年建成"), _dates_run("滨江路要修多长", "12公里")
    (True, False)
    """
    return bool(_WHEN_ASKED.search(normalise_text(question))) and bool(re.match(r"(?:19|20)\d\d年", normalise_text(value)))


#: A run of examples closed by 等 and what it counts (「A、B、C等」 before the value, or 「A、B等10个X和」).
_EXAMPLES = re.compile(r"等$|等(?:[0-9]+|[两二三四五六七八九十]+)(?:个|座|处|所|家|条|项)")


def _other_place(kb: KB, question: str, sentence: str, v: int) -> str | None:
    """「临河区常住人口达到80万人」 for 「青川常住人口要达到多少」 in 青川's report: a clause led by a place that is
    neither the plan's own (qa.index.home) nor asked speaks of that place's figure, never the plan's."""
    clause = re.split(r"[，,；;：:]", sentence[:v])[-1]
    if _RUN_CLOSED.match(sentence[v:]) and _EXAMPLES.search(clause):
        # 「蜀西湖、空港、少荃湖等10个重点商圈和13个特色商圈」: places named before 等 are examples of the kinds counted,
        # no count their own
        return None
    lead = re.sub(r"^(?:到|至|在)?(?:(?:19|20)\d\d年(?:底|末)?)?[，,]?", "", clause)
    homes, q = home_titles(kb), normalise_text(question)
    for l in link_entities(kb.index, lead, partial=False, limit=5):
        if l.type == "Place" and lead.startswith(l.mention) and len(l.mention) >= 3 \
                and l.mention not in homes and l.mention not in q and l.mention[:2] not in q:
            return f"原文中的数值是{l.mention}的"
    return None


def _title_of(text: str) -> str:
    """A work's item title: its paragraph's first sentence when short (「零陵灌区工程。续建…」 → 零陵灌区工程)."""
    first = re.split(r"[。:：]", text, maxsplit=1)[0]
    return first if len(first) <= 25 and len(first) < len(text) else ""


@rejects("ownership.repeated")
def member_of_repeated(question: str, sentence: str, v: int, title: str = "") -> str | None:
    """The value at ``v`` is one member's when its attribute is printed again for other members with other values
    (「续建甲灌区…灌溉面积8.6万亩，乙灌区渠道21.5km，灌溉面积5.96万亩…」) and the question names none of them apart
    (its words beyond the work's ``title`` and the attribute are in no member's words): not the work's figure.

    >>> s = "续建甲灌区支渠7条,长55km,灌溉面积8.6万亩,乙水库灌区渠道21.5km,灌溉面积5.96万亩,丙河灌区17km,灌溉面积2.2万亩"
    >>> member_of_repeated("丁灌区工程灌溉面积多少", s, s.find("8.6"), "丁灌区工程")
    '原文分别给出各部分的灌溉面积（8.6万亩、5.96万亩、2.2万亩），没有给出所问的总数'
    >>> member_of_repeated("乙水库灌区灌溉面积多少", s, s.find("5.96"), "丁灌区工程") is None
    True
    >>> s = "灌区工程渠系分总干渠1条长20.35km、干渠3条长92.9km、支渠29条"
    >>> member_of_repeated("丁水库工程干渠有几条", s, s.find("3条"), "丁水库工程") is None
    True
    >>> s = "新建年产2万吨碳酸锂生产线一条,年产5000吨六氟磷酸锂生产线一条"
    >>> member_of_repeated("青石园六氟磷酸锂年产多少", s, s.find("5000"), "青石园") is None
    True
    """
    attr = re.search(r"[\u4e00-\u9fff]{2,4}$", sentence[:v])
    if not attr or attr.group(0) not in normalise_text(question) or not bigrams(title) & bigrams(normalise_text(question)):
        return None  # only a work's item asked by the work's name (a goals sentence's 年均增长 are different measures)
    # 「总干渠1条…、干渠3条」: a ranked sibling (总干渠) printed with the attribute's words is another thing, no member
    spots = [m for m in re.finditer(r"(?<![总主])" + re.escape(attr.group(0)) + r"(?:为|约|达)?(\d+(?:\.\d+)?(?:万|亿)?[^\d,，;；。]{0,3})", sentence)]
    values = [m.group(1) for m in spots]
    if len(spots) < 2 or len(set(values)) < 2:
        return None
    said = bigrams(normalise_text(question)) - bigrams(title) - bigrams(attr.group(0))
    if said & bigrams(sentence) or not any(m.start(1) == v for m in spots):
        return None  # the question names a member (乙水库灌区, 六氟磷酸锂 after 「年产5000吨」): the answerer's pick stands
    return f"原文分别给出各部分的{attr.group(0)}（{'、'.join(values)}），没有给出所问的总数"


def _part_lead(kb: KB, para: str) -> str | None:
    """The paragraph before ``para`` when it ends announcing parts (「…达到16，770亿元。其中：」), else None."""
    at = kb.paragraph_nodes.index(para) if para in kb.norm_text else -1
    prev = kb.paragraph_nodes[at - 1] if at > 0 else None
    text = kb.norm_text.get(prev) or "" if prev else ""
    return text if re.search(r"其中[:：]$", text) else None


#: Words of a part's name that say what is measured, not which part (「其中仓储物流部分投资」: 仓储物流 is the part).
_MEASURE_WORDS = re.compile(r"部分|投资|资金|面积|产值|总产值|产量|规模|长度|里程|数量|人数|比重|占比|共|合计|总计|约|为|是|达到|达|"
                            r"不低于|不少于|不超过|超过|以上|以下|累计|完成|新增|增加|建设|建成|新建|实现|的|个|座|处|家|所")


def _closed_bracket(sentence: str, k: int, v: int) -> bool:
    """Whether position ``k`` sits inside a bracket that closes before ``v``.

    >>> s = "单机容量2200千瓦(其中一台按1600千瓦限发),总占地面积577400平方米"
    >>> _closed_bracket(s, s.find("其中"), s.find("577400")), _closed_bracket("总数766.4亿元(其中拨款741.3亿元", 10, 14)
    (True, False)
    """
    opened = max(sentence.rfind("(", 0, k), sentence.rfind("（", 0, k))
    closed_before = max(sentence.rfind(")", 0, k), sentence.rfind("）", 0, k))
    return opened > closed_before and bool(re.search(r"[)）]", sentence[k:v]))


@rejects("ownership.whole_or_part")
def _names_part(q: str, part: str, whole: str) -> bool:
    """Whether question ``q`` says words only the part printed after 其中 has: a run of three characters or more (a
    year count such as 服役满10年 with them) that the part prints and the text of the whole does not.

    >>> _names_part("服役满10年的特种消防车有几辆", "车辆服役满10年特种消防车辆为", "实有特种应急消防车辆共43辆")
    True
    >>> _names_part("要建设多少个湿地保护区", "国家级湿地保护区", "建设222个湿地保护区")
    False
    >>> _names_part("服役满20年的特种消防车有几辆", "车辆服役满10年特种消防车辆为", "实有特种应急消防车辆共43辆")
    False
    """
    part = re.split(r"[；;。]", part)[0]
    if not set(re.findall(r"\d+", q)) <= set(re.findall(r"\d+", part)):
        return False  # 「服役满20年…」: a number the part does not print is another part's
    for i in range(len(q) - 2):
        n = 3
        while i + n <= len(q) and q[i : i + n] in part:
            n += 1
        run = q[i : i + n - 1]
        if n > 3 and run not in whole and re.search(r"[\u4e00-\u9fff]", run):
            return True
    return False


def whole_or_part(question: str, sentence: str, v: int, before: str = "") -> str | None:
    """A part's figure for a whole asked, or the whole's for a part asked: 「计划总投资约22.8亿元，其中仓储物流部分投资
    不低于10亿元」 — 10亿元 is 仓储物流部分's, no answer to the park's investment; 「支出总数为766.4亿元（其中国家财政
    拨款为741.3亿元…）」 — 766.4亿元 is no answer to 其中国家财政拨款.

    >>> s = "计划总投资约22.8亿元，其中仓储物流部分投资不低于10亿元"
    >>> whole_or_part("智慧物流产业园投资多少", s, s.find("10亿元")), whole_or_part("仓储物流部分投资多少", s, s.find("10亿元"))
    ('原文中的数值是其中仓储物流部分投资的，不是所问的总数', None)
    >>> s = "建设222个湿地保护区，其中国家级湿地保护区49个"
    >>> whole_or_part("要建设多少个湿地保护区", s, s.find("49个")), whole_or_part("国家级湿地保护区多少个", s, s.find("49个"))
    ('原文中的数值是其中国家级湿地保护区的，不是所问的总数', None)
    >>> whole_or_part("其中国家财政拨款多少", "支出总数为766.4亿元(其中国家财政拨款为741.3亿元", 5)
    '原文中的数值是总数，不是所问的其中国家财政拨款'

    A sentence opening with 其中 goes on about the whole the text ``before`` it names: 「1990年工农业总产值…达到16770亿元。
    其中：农业总产值，1990年达到3530亿元」 — 3530亿元 is 农业's, and 工农业总产值 is asked.

    >>> s = "其中:农业总产值,1990年达到3,530亿元"
    >>> whole_or_part("1990年工农业总产值计划达到多少", s, s.find("3,530"), before="1990年工农业总产值达到16,770亿元。")
    '原文中的数值是其中农业总产值的，不是所问的工农业总产值'
    """
    q = normalise_text(question)
    k = sentence.rfind("其中", 0, v)
    if k >= 0 and _closed_bracket(sentence, k, v):
        k = -1  # 「单机容量2200千瓦（其中一台按1600千瓦限发），…总占地面积577400平方米」: the 其中 ends with its bracket
    if k >= 0 and not re.search(r"[。；;]", sentence[k:v]):
        if re.search(r"分别|各", sentence[k:v]):
            return None  # 「其中城镇居民和农村居民…分别达到A、B」: members paired by qa.values.pairing, each a part asked by name
        part = re.split(r"[，,：:（(、]|\d", sentence[k + 2 : v].lstrip("：:"))[0]
        core = _MEASURE_WORDS.sub("", part)
        if (one := re.match(r"[一两二三四五六七八九十]+([个台座条家所处项])", core)) \
                and re.search(r"(?:那|这|其中)[一两二三四五六七八九十]*" + one.group(1), q):
            core = core[one.end():]  # 「那台限发的风机」 points at the part 「其中一台」 counts
        covered = {j + d for j in range(len(core) - 1) if core[j : j + 2] in q for d in (0, 1)}
        said = re.sub(r"(?:不低于|不少于|超过|达到|为|约)+$", "", part)
        if _names_part(q, sentence[k + 2 : v], before + sentence[:k]):
            return None  # 「服役满10年的特种消防车有几辆」 of 「其中车辆服役满10年特种消防车辆为12辆」: the part's own words asked
        if re.search(r"\.{2,}", "".join("." if j not in covered else "x" for j in range(len(core)))):
            # two or more of the part's words the question does not say (仓储 of 仓储物流, 国家级 of 国家级湿地保护区)
            return f"原文中的数值是其中{said}的，不是所问的总数"
        whole = before + sentence[:k]
        for m in re.finditer(re.escape(core), q) if len(core) >= 2 else ():
            # the question names the part only inside a longer name the text gives the whole (工农业 of 农业)
            longer = re.match(r"[\u4e00-\u9fff]+", q[max(0, m.start() - 2) : m.start()][::-1])
            for n in range(1, len(longer.group(0)) + 1 if longer else 1):
                name = q[m.start() - n : m.end()]
                if name in whole and name not in part:
                    asked = re.match(r"[\u4e00-\u9fff]*", q[m.start() - n :]).group(0)
                    return f"原文中的数值是其中{said}的，不是所问的{re.sub(r'(?:计划|要|将)?(?:达到|是|为|有).*$', '', asked)}"
        return None
    later = sentence.find("其中", v)
    # 「其中国家财政拨款多少」 asked alone (with the whole asked too, each part is checked under its own head)
    asked_part = re.search(r"其中([\u4e00-\u9fff]{2,12}?)(?:是|为|有|要|达到)?(?:多少|几)", q) if len(_clauses(q)) == 1 else None
    if later >= 0 and asked_part and not re.search(r"[。；;]", sentence[v:later]):
        name, printed = asked_part.group(1), sentence[later : later + 24]
        pairs = [name[j : j + 2] for j in range(len(name) - 1)]
        if pairs and sum(p in printed for p in pairs) / len(pairs) >= 0.5:
            return f"原文中的数值是总数，不是所问的其中{asked_part.group(1)}"
    return None


def _several(asked: Asked) -> bool:
    """Whether the question asks several figures (a part read alone may have lost what it asks)."""
    asking = [c for c in asked.clauses if not _given(c)]
    return len(asking) > 1 or any(re.search(r"分别|各", c) for c in asking)


def _shares_words(question: str, sentence: str, v: int) -> bool:
    """Whether the sentence prints any two-character word of the question beyond its question words and years, or
    the value's own noun printed right before it is the question's (「钢一亿零五百万吨」 for 钢产量): a figure of a
    sentence sharing none (「…50万吨再生铝…」 for 地方税收占GDP比重) is about something else."""
    q = re.sub(YEAR_TEXT + r"|\d+|" + _FRAME.pattern, "\u3000", normalise_text(question))
    words = {w for w in (q[k : k + 2] for k in range(len(q) - 1)) if "\u3000" not in w}
    noun = re.search(r"[\u4e00-\u9fff]{1,4}$", re.split(r"[，,、；;：:（(]", sentence[:v])[-1])
    subject = re.split(r"[，,：:]", sentence)[0]  # 「钢，由…增加到…」: the sentence's subject printed alone
    return not words or any(w in sentence for w in words) or any(
        bool(part) and any(ch in q for ch in part) for part in (noun.group(0) if noun else "", subject if len(subject) <= 4 else ""))


def _sentence(text: str, at: int) -> tuple[str, int]:
    """The sentence of ``text`` holding position ``at`` and where it starts."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    end = _SENTENCE_END.search(text, at)
    return text[start : end.start() if end else len(text)], start


def _number(value: str) -> str:
    m = re.search(r"\d+(?:\.\d+)?", value)
    return m.group(0) if m else value


def _same_value(value: str, given: str) -> bool:
    """Whether two printed values are one figure (10万千瓦 and 10万千瓦, 8.6万亩 and 8.6万亩)."""
    return _number(value) == _number(given) and re.sub(r"[\d.约以上左右]", "", value)[:2] == re.sub(r"[\d.约以上左右]", "", given)[:2]


def _asked_spans(question: str) -> list[tuple[int, int]]:
    """The years ``question`` asks, clause by clause; none when some asking clause names no year (its figure may be
    of any year the plan gives)."""
    spans, unyeared = [], False
    for clause in _clauses(normalise_text(question)):
        if _given(clause):
            continue
        own = _year_spans(clause)
        if not own and (_ASKS.search(clause) or _ELLIPTICAL.match(clause)):
            # 「十三五财政收入多少？增长多少？」 the second asks no year of its own: any goes — and so for a first part
            # asking none before a later one's year (「…应该有多少？59年实际是多少？」)
            unyeared = True
        spans += own
    return [] if unyeared else spans


def _other_year(kb: KB, question: str, para: str, text: str, sentence: str, v: int, value: str) -> str | None:
    """A prose figure stated for another year than the asked one: the time printed right before it (「“十三五”初期为」),
    else its sentence's or paragraph's year, its section's period, the plan's horizon (as :mod:`qa.values.measures` reads them)."""
    asked = _asked_spans(question)
    if not asked:
        return None
    own_time = _OWN_TIME.search(sentence[:v])
    if own_time and own_time.group(0) == own_time.group(1) and re.search(r"(?:比|较|相比|与|同)$", sentence[: own_time.start()]):
        # 「比2010年翻一番」: the year a change is measured from, not the value's own (「比1995年的4.65亿吨」 is 1995's)
        own_time = None
    own = tuple(years_in(own_time.group(1))) if own_time else ()
    own = own or evidence_years(text, sentence) or _lead_in_years(kb, para) or context_years(kb, para)
    if not own and (horizon := plan_horizon(kb, plan_of(para))):
        own = (horizon,)
    if own and not any(lo <= y <= hi for y in own for lo, hi in asked) and not _latest_for_end(question, own, asked):
        said = "、".join(dict.fromkeys(f"{y}年" for y in own))
        wanted = "、".join(dict.fromkeys(f"{lo}年" if lo == hi else f"{lo}—{hi}年" for lo, hi in asked))
        return f"原文中的{value}是{said}的，规划未给出{wanted}的数值"
    return None


def _latest_for_end(question: str, own: tuple[int, ...], asked: list[tuple[int, int]]) -> bool:
    """Whether a period's end asked (「十三五末」) is answered by the year before it (「…18亿元(2019年数据)」): a plan
    drafted in its period's last year prints that year's latest data, said with its own year by the answer.

    >>> _latest_for_end("十三五末财政总收入有多少", (2019,), [(2020, 2020)]), _latest_for_end("2020年财政总收入", (2019,), [(2020, 2020)])
    (True, False)
    """
    end = re.search(PERIOD_TEXT + r"(?:末|期末|末期)", normalise_text(question))
    return bool(end) and len(asked) == 1 and asked[0][0] == asked[0][1] and all(asked[0][1] - 1 <= y <= asked[0][1] for y in own)


def _lead_in_years(kb: KB, para: str) -> tuple[int, ...]:
    """The years of the lead-in a list line is printed under (「到1990年，主要工农业产品产量：」 above 「- 原煤4200万吨」)."""
    at = kb.paragraph_nodes.index(para) if para in kb.norm_text else -1
    chapter = kb.attrs(para).get("chapter")
    for prev in reversed(kb.paragraph_nodes[max(0, at - 15) : max(at, 0)]):
        if kb.attrs(prev).get("chapter") != chapter:
            break
        text = kb.norm_text.get(prev) or ""
        if text.endswith((":", "：")):
            # only a lead-in opening with its time (「到1990年，…：」), not one naming a year in passing
            opening = re.match(rf"(?:到|至|在)?(?:{YEAR_TEXT}|{PERIOD_TEXT}(?:期间|时期|末)?)", text)
            return tuple(years_in(opening.group(0))) if opening else ()
    return ()


def _unit_kind(unit: str) -> str | None:
    for kind, units in _UNIT_KINDS:
        if any(unit == u or unit.endswith(u) and kind != "length" for u in units):
            return kind
    return None


def _value_unit(value: str) -> str:
    # 34025m2, 5km2: a power of a unit in letters is the unit's own (an area, not a length)
    m = re.search(r"(?:[0-9.]+|[〇零一二三四五六七八九十百千万亿点两]+)(?:万亿|亿|万)?([^\d以上左右余约]+(?<=[A-Za-z])[23]|[^\d以上左右余约]+)", value)
    return (m.group(1) if m else "").strip()


def _other_unit(question: str, value: str) -> str | None:
    """A unit asked (多少亩, 多少千瓦) answered by a value in a unit of another kind (平方米, 亿元)."""
    q = normalise_text(question)
    if len(re.findall(r"多少|几|多[大长宽高深重远]", q)) != 1 or len(_clauses(q)) != 1:
        return None  # several figures asked: each part is checked alone
    m = re.search(r"(?:多少|几)((?:万|亿)?[\u4e00-\u9fffA-Za-z²³]{1,4})", q)
    if not m:
        return None
    asked = next((k for k, units in _UNIT_KINDS for u in units if m.group(1).startswith(u) or m.group(1).startswith("万" + u)), None)
    given = _unit_kind(_value_unit(value))
    if given and (said := _KIND_WORDS.get(given)) and re.search(said, q):
        return None  # 「…长度多少亩」: the question names the value's own measure too; which one it asks is unclear
    if asked and given and asked != given and not (asked == "floor" and given == "land"):  # 600亩 is a site's area in 平方米 too
        return f"所问的是以“{m.group(1)[:2]}”计的数量，原文中的{value}不是"
    counted = next((k for k, units in _COUNT_KINDS for u in units if m.group(1).startswith(u)), None)
    unit = _value_unit(value)
    held = next((k for k, units in _COUNT_KINDS for u in units if unit == u), None)
    if counted and held and counted != held and {counted, held} & {"person", "household"}:
        return f"所问的是以“{m.group(1)[:1]}”计的数量，原文中的{value}不是"
    return None


def _present(kb: KB, owner: Owner, para: str, text: str) -> bool:
    """Whether the paragraph speaks of ``owner``: names it, is among its mentions, or sits under a heading naming it."""
    if owner.node and (own := plan_of(owner.node)) and own != plan_of(para) and not _named_in(kb, owner, plan_of(para)):
        return False  # 翠屏大道 is a thing of the 翠屏县 plan: a figure printed in another plan is never its
    if any(n in text for n in owner.names) or any(f in text for f in _printed_forms(owner.names[0])):
        return True
    if any(n.replace("的", "") in text for n in owner.names if "的" in n[1:-1]):
        return True  # 「获得…评价标识的项目」 asked of 「获得…评价标识项目总数达到874项」: the plan joins the words 的 links
    name = owner.names[0]
    if (head := _HEAD.search(name)) and len(stem := name[: head.start()]) >= 2 and stem in text \
            and (head.group(0) in text or len(stem) >= 3):
        return True  # 「甲、乙产业园」 names 甲产业园 with the head it shares; 「农村饮水安全→…」 an item titled without 工程
    if owner.node and (para in kb.mentions(owner.node) or para in kb.source_paragraphs(owner.node)):
        return True
    a = kb.attrs(para)
    headings = normalise_text("".join(str(a.get(k) or "") for k in ("chapter", "section", "box")))
    return any(n in headings for n in owner.names)


def _printed_forms(name: str) -> list[str]:
    """``name`` with each of the genre's 简称 in it written out as plans print it (工业固废综合利用 → 工业固体废弃物综合利用):
    a paragraph printing the long form names the thing asked in short.

    >>> _printed_forms("工业固废综合利用")
    ['工业固体废弃物综合利用', '工业固体废物综合利用']
    >>> _printed_forms("河西工业园")
    []
    """
    return [name.replace(short, full) for full, shorts in ABBREVIATIONS.items() for short in shorts
            if len(short) >= 2 and short in name and full not in name]


def _named_in(kb: KB, owner: Owner, plan: str | None) -> bool:
    """Whether ``plan`` has a thing of its own going by one of ``owner``'s names (two plans may print one name)."""
    return any(plan_of(link.node) == plan and link.mention == name for name in owner.names for link in kb.index.exact(name))


def _head(name: str) -> str:
    m = _HEAD.search(name)
    return "" if not m else "路" if m.group(0).endswith("路") else m.group(0)


def _rivals(kb: KB, asked: Asked, sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the things in ``sentence`` a value could belong to instead of the asked one: the
    question's other names, and the plan's things of the asked one's kind (两条路, 两个灌区) — all when a total is
    asked (a member's figure is no whole's). A name in a bracket or a route's end (「萍洲路至泉南高速」) owns none."""
    heads = {_head(o.names[0]) for o in asked.owners} - {""}  # the kind as asked (水库), not its label's (工程)
    total = bool(_TOTAL.search("".join(asked.clauses)))
    names = {n for o in asked.owners for n in o.names} | set(asked.given_names)
    asked_nodes = {o.node for o in asked.owners if o.node}
    for l in link_entities(kb.index, sentence, partial=False, limit=40):
        if l.node in asked_nodes:
            continue  # the asked thing printed by another of its names (新材料产业园 of 新材料百亿产业园)
        if l.type not in ("Indicator", "Term", "Place") and len(l.mention) >= 3 and (total or _head(l.mention) in heads):
            names.add(l.mention)
    names |= _other_tails(kb, asked, sentence)
    out = []
    for name in names:
        for m in re.finditer(re.escape(name), sentence):
            if _ROUTE_BEFORE.search(sentence[: m.start()]) or _ROUTE_AFTER.match(sentence[m.end():]):
                continue
            out.append((m.start(), m.end(), name))
    return out


def _other_tails(kb: KB, asked: Asked, sentence: str) -> set[str]:
    """:func:`_same_tail`'s names but a piece of a name the asked thing goes by too (新材料产业园's 料产业园, asked as
    新材料百亿产业园, which the plan also prints 新材料产业园): that is the asked thing itself."""
    aliases = [normalise_text(a) for o in asked.owners if o.node for a in kb.attrs(o.node).get("aliases") or []]
    return {n for n in _same_tail(asked, sentence) if not any(n in a for a in aliases) and not _short_of_asked(asked, n)}


def _short_of_asked(asked: Asked, name: str) -> bool:
    """Whether ``name`` is the plan's short form (:func:`qa.question.link.abbreviates`) of an asked owner as the question
    says it, the words right before its name included (「纳入市级平台监测的…」 asked of 「市级内涝监测平台」).

    >>> _short_of_asked(Asked(["纳入市级内涝监测平台的长度要达到多少"], [Owner(("内涝监测平台",))]), "市级平台")
    True
    >>> _short_of_asked(Asked(["纳入市级内涝监测平台的长度要达到多少"], [Owner(("内涝监测平台",))]), "区级平台")
    False
    """
    return any(abbreviates(name, c[max(0, at - 4) : at + len(n)]) for o in asked.owners for n in o.names
               for c in asked.clauses if (at := c.find(n)) >= 0)


def _same_tail(asked: Asked, sentence: str) -> set[str]:
    """Names in ``sentence`` ending as an asked one does with other words before (临时堆场 for 废渣堆场, 东区水厂 for
    西区水厂): another thing of the same kind, which owns a value printed nearer after it than after the asked one.

    >>> _same_tail(Asked([], [Owner(("废渣堆场",))]), "完成临时堆场、临时道路植被恢复面积200亩以上")
    {'临时堆场'}
    >>> _same_tail(Asked([], [Owner(("废渣堆场",))]), "完成废渣堆场、尾砂库植被恢复面积3000亩以上")
    set()
    >>> _same_tail(Asked([], [Owner(("循环经济产业园",))]), "循环经济、航空航天新材料产业园产值分别达到50亿元以上")
    set()
    >>> _same_tail(Asked(["湘江航道疏浚多少公里"], [Owner(("湘江航道",))]), "疏浚航道80km")
    set()
    >>> _same_tail(Asked(["湘江航道疏浚多少公里"], [Owner(("湘江航道",))]), "整治内河航道80km")
    {'内河航道'}
    >>> _same_tail(Asked(["东区水厂供水规模多少，西区水厂呢"], [Owner(("西区水厂",))]), "新建东区水厂5万吨")
    {'东区水厂'}
    """
    out = set()
    for o in asked.owners:
        name = o.names[0]
        if len(name) < 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", name[-2:]) or (o.node is None and len(o.names) > 1):
            continue  # a name read from a printed stem only (「公里铁路」 of 多少公里铁路新线) has no kind to share
        if o.node and not _HEAD.search(name) and any(_HEAD.search(n) for n in o.names[1:]):
            continue  # 「石期河二期治理」 of …二期治理工程: a name cut before its kind ends in no kind to share (综合治理)
        head = _HEAD.search(name)
        stem = name[: head.start()] if head and head.start() >= 2 else name[:-2]
        if re.search(re.escape(stem) + r"[、和及与]", sentence):
            continue  # 「循环经济、航空航天新材料产业园」: the asked one shares the run's head
        # 「湘江航道疏浚多少公里」 printed 「疏浚航道80km」: the act asked of the owner, before its kind, is the owner's own
        # work (its 航道 dredged), no other thing of its kind (临时堆场 is: 临时 is never asked).
        # (every name of the kind the question prints is taken out first: 「东区水厂…，西区水厂呢」 asks 东区 as a rival)
        acts = re.sub(r"[\u4e00-\u9fff]{0,6}" + re.escape(name[-2:]), "、", "".join(asked.clauses))
        for m in re.finditer(r"([\u4e00-\u9fff]{2})" + re.escape(name[-2:]), sentence):
            if m.group(0) not in name and name[:2] not in m.group(0) and m.group(1) not in acts:
                out.add(m.group(0))
    return out


def _bracketed(sentence: str, at: int, v: int) -> bool:
    """Whether position ``at`` sits in a bracket that closes before ``v`` (「古城路（萍洲大桥至东风大桥…）全长2.7km」)."""
    inside = _bracket(sentence, at)
    return inside is not None and sentence.find(inside, 0) >= 0 and sentence.find(inside) + len(inside) < v


def _nearest_other(kb: KB, asked: Asked, sentence: str, v: int, title: str = "") -> str | None:
    """The name printed nearest before the value, when it is another thing than the asked one(s)."""
    mine = {n for o in asked.owners for n in o.names}
    before = [s for s in _rivals(kb, asked, sentence) if s[1] <= v and not _bracketed(sentence, s[0], v)]
    if not before:
        return None
    end = max(s[1] for s in before)
    nearest = max((s for s in before if s[1] == end), key=lambda s: s[1] - s[0])
    name = nearest[2]
    if any(name in m or (m in name and not _named_longer(kb, m, name)) for m in mine) and name not in asked.given_names:
        return None
    if len(stem := _HEAD.sub("", name)) >= 2 and any(m.endswith(stem) for m in mine):
        return None  # 「灌区工程渠系…」 asked of 何仙观水库灌区: a works' part named by its kind alone, the asked one's
    if _kind_only(name) and any(m in title for m in mine):
        return None  # 「甲水库工程。…灌区工程渠系…」 asked of 甲水库工程: the item its title names owns its parts
    stems = {n[: h.start()] for n in mine if (h := _HEAD.search(n)) and h.start() >= 2} | mine
    if any(re.search(re.escape(stem) + r"(?:[、和及][^、，,；;。和及]{1,12}?)*[、和及]$", sentence[: nearest[0]]) for stem in stems):
        return None  # 「循环经济、航空航天新材料产业园产值分别达到…」: the asked one is a member of the same run
    return f"原文中的数值属于{name}"


#: 「X那个项目」「X这个工程」 still as asked (a part of several, not read alone yet): a project pointed at by a name it holds.
POINTED = re.compile(r"[\u4e00-\u9fff](?:那个|这个|那一|这一)(?:项目|工程)")
#: A join between two members of a run of names (「A和B」「A、B」「A及B」), not a verb ending so (参与, 涉及, 普及).
_NOT_JOIN = re.compile(r"(?:参与|给与|涉及|惠及|波及|顾及|危及|普及|提及|遍及|企及|温和|平和|缓和|调和|共和|人和|祥和)$")
#: A figure ending the words before a join (「…3000个、」): the member before it has its own.
_OWN_FIGURE = re.compile(r"\d(?:万|亿)?[\u4e00-\u9fff%]{0,3}$")


def _member_span(text: str, start: int, end: int) -> bool:
    """Whether the name printed at ``text[start:end]`` is one member of a run joined by 和/及/与/、."""
    before = text[:start]
    after = text[end:]
    # a member printed with its own figure (「5G基站3000个、数据中心12个」) is a run of pairs, not one name's members
    joined_before = bool(before) and NAME_JOINER.match(before[-1]) and not _NOT_JOIN.search(before + text[start:start + 1]) \
        and bool(re.search(r"[\u4e00-\u9fff”\"]$", before[:-1])) and not _OWN_FIGURE.search(before[:-1])
    joined_after = bool(re.match(r"[和及与、暨][\u4e00-\u9fff“\"]", after)) and not _NOT_JOIN.search(text[start:end] + after[:1])
    return joined_before or joined_after


def _joint_owner(asked: Asked, title: str, sentence: str, v: int) -> str | None:
    """Why a figure whose subject is several works joined is not one member's: 「青江治理和东河综合治理工程。…新建堤防
    20公里」「实施A和B工程，新建堤防20公里」 — with or without 共, the figure is the joint works', never 东河's or A's.

    The subject is the name printed before the value in its own sentence, else the item's ``title`` the sentence goes
    on about. A name printed alone before the value (「…，A新建堤防…」), a 分别/各 giving each its own, the joint
    asked whole (or two of its members together) or a project asked by a name it holds (「X那个项目」) is no refusal.

    >>> _joint_owner(Asked([], [Owner(("东河综合治理工程",))]), "青江治理和东河综合治理工程", "新建堤防20公里", 4)
    '原文中的数值是青江治理和东河综合治理工程共同的，不是东河综合治理工程一项的'
    >>> _joint_owner(Asked([], [Owner(("东河治理",))]), "", "实施青江治理和东河治理，新建堤防20公里", 16)
    '原文中的数值是青江治理和东河治理共同的，不是东河治理一项的'
    >>> _joint_owner(Asked([], [Owner(("青江治理",))]), "", "青江治理和东河治理新建堤防20公里", 13)
    '原文中的数值是青江治理和东河治理新建堤防共同的，不是青江治理一项的'
    >>> _joint_owner(Asked([], [Owner(("绿色能源县工程",))]), "", "送电到村和绿色能源县工程→建成50个绿色能源示范县", 16) is None
    True
    >>> _joint_owner(Asked([], [Owner(("东河治理",))]), "", "实施青江治理和东河治理，东河治理新建堤防20公里", 20) is None
    True
    >>> _joint_owner(Asked([], [Owner(("东河治理",))]), "", "青江治理和东河治理分别新建堤防20公里、10公里", 16) is None
    True
    >>> _joint_owner(Asked([], [Owner(("中医康复中心项目",))], pointing=True), "人民医院及中医康复中心扩建项目", "规划用地26亩", 4) is None
    True
    >>> _joint_owner(Asked([], [Owner(("妇幼保健中心", "妇幼保健"))]), "妇幼保健及计划生育服务中心搬迁项目", "新增床位300张", 4) is None
    True
    >>> _joint_owner(Asked([], [Owner(("中医康复中心",))]), "人民医院及中医康复中心扩建项目", "规划用地26亩", 4)
    '原文中的数值是人民医院及中医康复中心扩建项目共同的，不是中医康复中心一项的'
    """
    head = sentence[:v]
    owners = {o.names[0]: [s for n in o.names for s in dict.fromkeys((n, _HEAD.sub("", n))) if len(s) >= 2] for o in asked.owners}
    if re.search(r"分别|各", head):
        return _other_members(owners, title, sentence, v)
    for subject, whole in ((head, False), (title, True)):
        spots = {first: [(m.start(), m.end()) for s in stems for m in re.finditer(re.escape(s), subject)]
                 for first, stems in owners.items()}
        spots = {first: s for first, s in spots.items() if s}
        if not spots:
            continue  # the sentence names none of them: its subject is the item's title
        if any(subject in n for stems in owners.values() for n in stems) and whole:
            return None  # the joint asked whole
        members = {first for first, s in spots.items() if _member_span(subject, *max(s, key=lambda x: (x[1], x[1] - x[0])))}
        if len(members) != 1 or len(spots) > 1:
            return None  # named alone (its own subject), or the question joins two members itself
        name = members.pop()
        if whole and asked.pointing:
            return None  # 「中医康复服务中心那个项目」: the project named by a name its title holds
        if any(_member_span(q, m.start(), m.end()) for q in asked.clauses for s in owners[name] for m in re.finditer(re.escape(s), q)):
            return None  # 「临时堆场、临时便道…多少亩」: the question joins the members itself (qa.values.summed says the total)
        end = max(e for _, e in spots[name])
        clause = subject if whole else re.split(r"[，,；;：:（(]", subject[:end])[-1] + re.split(r"[，,；;：:（(]", subject[end:])[0]
        full = [n for o in asked.owners if o.names[0] == name for n in o.names if _HEAD.search(n)]
        heads = {n[len(_HEAD.sub("", n)):] for n in full} - {""}
        if not any(n in subject for n in full) and heads and not any(clause.endswith(h) for h in heads):
            return None  # 「妇幼保健中心」 of 「妇幼保健及计划生育服务中心搬迁项目」: a short name of the one 中心 the run modifies
        asking = "".join(asked.clauses)
        if _members_asked(clause, asking) >= 2:
            return None  # two members of the run asked together, however the question was cut: the run's total is theirs
        # 「送电到村和绿色能源县工程→建成50个绿色能源示范县」: the value's own clause, after the run's, printing words of the
        # member's that no other member's words hold is that member's
        stem = _HEAD.sub("", name)
        own = bigrams(stem) - bigrams(clause.replace(max(owners[name], key=len), "").replace(stem, ""))
        cut = max((m.end() for m in re.finditer(r"[，,；;：:→]", sentence[:v])), default=0)
        if (whole or cut >= end) and own & bigrams(re.split(r"[，,；;：:]", sentence[cut:])[0]):
            return None
        run = re.sub(r"^[0-9.、]+", "", _ACT_BEFORE.sub("", re.sub(r"^(?:实施|推进|加快推进|开展)", "", clause)))
        if "、" in run and any(run.split("、")[0].endswith(s) and re.search(re.escape(s) + RUN_POINTER, asking) for s in owners[name]):
            return None  # 「废渣堆场这些/等」: the run's first member pointed at asks the run (qa.checks.joint answers it)
        return f"原文中的数值是{run}共同的，不是{name}一项的"
    return None


def _members_asked(run: str, asking: str) -> int:
    """How many members of a joined ``run`` the question words name, by their first or last three characters.

    The last member ends in what the run's members share (「月湖大桥和北岸大桥工程」, 「清溪河、白沙河综合整治工程」):
    only its first characters are its own, so 「月湖大桥工程」 asked names one member, not two.

    >>> _members_asked("月湖大桥和北岸大桥工程", "月湖大桥工程总投资多少"), _members_asked("月湖大桥和北岸大桥工程", "月湖大桥和北岸大桥总投资")
    (1, 2)
    """
    members = [m for m in re.split(r"[和及与、暨]", run) if m]
    return sum(len(m) >= 3 and (m[:3] in asking or (k < len(members) - 1 and m[-3:] in asking))
               for k, m in enumerate(members))


def _other_members(owners: dict[str, list[str]], title: str, sentence: str, v: int) -> str | None:
    """Why the value at ``v`` of a 分别 run under a joint title (「丙港和丁港码头工程。分别新建泊位4个、6个」) is not the
    asked member's: the run gives the title's members their values in order, and ``v`` is another member's place.

    >>> _other_members({"丁港码头": ["丁港码头"]}, "丙港和丁港码头工程", "分别新建泊位4个、6个", 6)
    '原文中的数值是丙港的（分别列出），不是丁港码头的'
    >>> _other_members({"丁港码头": ["丁港码头"]}, "丙港和丁港码头工程", "分别新建泊位4个、6个", 9) is None
    True
    """
    members = [m for m in re.split(r"[和及与、]", re.sub(r"^[0-9.、]+", "", title)) if m]
    each = sentence.rfind("分别", 0, v)
    if len(members) < 2 or each < 0 or any(n in sentence[:v] for stems in owners.values() for n in stems):
        return None  # no joint title, or the sentence names its own members (qa.values.siblings.own_run_member)
    values = [each + m.start() for m in VALUE.finditer(sentence[each:]) if re.search(r"\d", m.group(0))]
    if len(values) != len(members) or v not in values:
        return None
    for name, stems in owners.items():
        asked = [k for k, m in enumerate(members) if any(s in m for s in stems)]
        if len(asked) == 1 and asked[0] != values.index(v):
            return f"原文中的数值是{members[values.index(v)]}的（分别列出），不是{name}的"
    return None


def _kind_only(name: str) -> bool:
    """Whether ``name`` is made of kind words only (灌区工程, 电站项目), no name of its own (东区水厂 has 东区).

    >>> _kind_only("灌区工程"), _kind_only("东区水厂"), _kind_only("工程")
    (True, False, True)
    """
    while name and (stripped := _HEAD.sub("", name)) != name:
        name = stripped
    return not name


def _titled_longer(kb: KB, asked: Asked, text: str, sentence: str) -> str | None:
    """The item's title (「航空航天新材料产业园。规划用地300亩…」) names another thing holding the asked name after words of
    its own (新材料产业园 asked): the sentences under that title are its figures, not the asked one's."""
    title = _title_of(text)
    if not title or title in sentence or any(title in n for o in asked.owners for n in o.names):
        return None
    if {l.node for l in kb.index.exact(title)} & {o.node for o in asked.owners}:
        return None  # the asked thing titled by another of its names (永州智慧物流产业园项目 of 智慧物流产业园)
    if _said_short(title, "".join(asked.clauses)):
        return None  # 「永州市中心血站搬迁」: the title asked with a modifier left out (整体), however its owners were cut
    if any(_short_for_title(n, title) for o in asked.owners for n in o.names):
        return None  # 「智慧物流园」 of 永州智慧物流产业园项目: the title's own name said short, no other thing's
    if any(_start_and_kind(title, n, "".join(asked.clauses)) for o in asked.owners for n in o.names):
        return None  # 「妇幼保健那个搬迁项目」: the title's start and the owner's kind, its middle left out
    mine = {n for o in asked.owners for n in o.names}
    return f"原文中的数值属于{title}" if any(_named_longer(kb, m, title) for m in mine) else None


#: A place named before a works' name in its title (永州, 零陵区, 湖南省): no words of another thing's.
_PLACE_PREFIX = re.compile(r"[\u4e00-\u9fff]{1,4}[省市州区县]")


def _short_for_title(short: str, title: str) -> bool:
    """Whether ``short`` is the genre's short form (:func:`qa.question.link.abbreviates`) of the name ``title`` prints,
    starting where that name starts (after a place, before 项目/工程) and not printed in it whole: 智慧物流园 of
    永州智慧物流产业园项目 — while 新材料产业园, printed whole in 航空航天新材料产业园, names another thing.

    >>> _short_for_title("智慧物流园", "永州智慧物流产业园项目"), _short_for_title("新材料园", "航空航天新材料产业园")
    (True, False)
    >>> _short_for_title("新材料产业园", "航空航天新材料产业园"), _short_for_title("智慧物流产业园", "永州智慧物流产业园项目")
    (False, False)
    """
    name = re.sub(r"(?:项目|工程)$", "", title)
    at = name.find(short[:2])
    if len(short) < 3 or short in name or at < 0 or (at and not _PLACE_PREFIX.fullmatch(name[:at])):
        return False
    return abbreviates(short, name[at:]) is not None


def _start_and_kind(title: str, kind: str, question: str) -> bool:
    """Whether ``question`` names the works ``title`` prints by its start (four characters at least) and the asked
    owner's ``kind`` printed later in it, the middle left out: 「妇幼保健那个搬迁项目」 (read 妇幼保健搬迁项目) of
    妇幼保健及计划生育服务中心搬迁项目续建.

    >>> _start_and_kind("妇幼保健及计划生育服务中心搬迁项目续建", "搬迁项目", "妇幼保健搬迁项目新增多少张床位")
    True
    >>> _start_and_kind("妇幼保健及计划生育服务中心搬迁项目续建", "搬迁项目", "中心血站搬迁项目新增多少张床位")
    False
    """
    at = title.find(kind)
    return len(kind) >= 2 and at >= 4 and any(title[:k] + kind in question for k in range(4, at))


#: Words of manner in a works' name that a question may leave out (「中心血站整体搬迁项目」 asked as 中心血站搬迁).
_MODIFIERS = re.compile(r"整体|异地|原址|就地|全面|综合")


def _said_short(title: str, question: str) -> bool:
    """Whether ``question`` names the works ``title`` names, leaving out its kind (项目, 工程) or a modifier of manner
    (整体, 异地, 综合 …): 「永州市中心血站搬迁要征地多少亩」 asks 永州市中心血站整体搬迁项目.

    >>> _said_short("永州市中心血站整体搬迁项目", "永州市中心血站搬迁要征地多少亩"), _said_short("石期河综合治理工程", "石期河治理多长")
    (True, True)
    >>> _said_short("永州市中心血站整体搬迁项目", "永州市中心血站新建要征地多少亩"), _said_short("中心血站项目", "中心血站多大")
    (False, False)
    """
    core = _MODIFIERS.sub("", re.sub(r"(?:项目|工程)$", "", re.sub(r"^[0-9.、]+", "", title)))
    return len(core) >= 5 and core in _MODIFIERS.sub("", normalise_text(question))


#: An act printed before a name in an item's title (「打造新材料百亿产业园。」): no words of another name.
_ACT_BEFORE = re.compile(r"^(?:加快|积极|大力|着力|重点)?(?:打造|建设|推进|新建|续建|扩建|建成|发展|培育|创建)")
#: A conjunction ending the words before a name: the name is one member of a joint work's (A及B扩建项目).
_JOINED = re.compile(r"[及和与、暨]$")
#: Words before a name that name where it is, not another thing (永州市电子信息产业园 is 电子信息产业园).
_PLACE_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?(?:省|自治区|市|州|区|县|旗|镇|乡))+")


def _named_longer(kb: KB, asked: str, name: str) -> bool:
    """Whether ``name`` is another thing's name holding the asked one after words of its own (航空航天新材料产业园
    of 新材料产业园: its 规划用地300亩 is no 新材料产业园's), not the asked one with its place before it (零陵工业园 of
    工业园) nor with words after it (新材料产业园建设).

    >>> _named_longer(None, "新材料产业园", "航空航天新材料产业园"), _named_longer(None, "电子信息产业园", "永州市电子信息产业园")
    (True, False)
    >>> _named_longer(None, "新材料百亿产业园", "打造新材料百亿产业园"), _named_longer(None, "青江航道", "1.青江航道建设")
    (False, False)

    A joint work's name holds it after a conjunction (人民医院及中医康复服务中心扩建项目): the work is the asked one's too.

    >>> _named_longer(None, "中医康复服务中心", "人民医院及中医康复服务中心扩建项目")
    False
    """
    at = name.find(asked)
    if at < 2:
        return False
    before = _ACT_BEFORE.sub("", re.sub(r"[^\u4e00-\u9fff]", "", name[:at]))  # an item's number (1.) names nothing
    return len(before) >= 2 and not _PLACE_BEFORE.fullmatch(before) and not _JOINED.search(before) \
        and not (kb is not None and before in home_titles(kb))


def _collective(question: str, owners: list[Owner], sentence: str, v: int) -> str | None:
    """The value is stated for a run of works the asked one is only a member of (「甲、乙、丙四个水厂，…5.5万吨」)."""
    if _TOTAL.search(normalise_text(question)) or re.search(r"分别|各", sentence[:v]):
        return None
    head = sentence[:v]
    for o in owners:
        for name in o.names:
            for stem in dict.fromkeys((name, _HEAD.sub("", name))):
                if len(stem) < 2:
                    continue
                for m in re.finditer(re.escape(stem), head):
                    after, before = head[m.end():], head[: m.start()]
                    member = (after.startswith(("、", "和", "及")) or before.endswith("、")) \
                        and not re.search(r"[0-9]+(?:个|座|处|所|家|条|项)$", before)
                    rest = after
                    while member and (nxt := re.match(r"[、和及][^、，,；;。和及0-9两二三四五六七八九十]{1,8}", rest)):
                        rest = rest[nxt.end():]
                    if member and _RUN_CLOSED.match(rest):
                        return f"原文中的数值是{stem}等几处合计的，不是{name}一处的"
    return None


def _lead(sentence: str, v: int) -> str:
    """The words printed right before the value in its own clause (「政通二路（长约」 → 长约)."""
    starts = [k + 1 for k, ch in enumerate(sentence[:v]) if ch in _BOUNDARY + "、（()）"]
    return sentence[(starts[-1] if starts else 0) : v][-4:]


def _other_attribute(asked: Asked, sentence: str, v: int) -> str | None:
    """A width asked answered by a length (长约2.4km) or a length by a width, in the asking clause of the value's owner."""
    lead = _lead(sentence, v)
    printed = "宽" if _WIDTH.search(lead) and not _LENGTH.search(lead) else "长" if _LENGTH.search(lead) and not _WIDTH.search(lead) else None
    if printed is None:
        return None
    # The owner printed nearest before the value is the one it is of; its clause says what is asked of it.
    printed_at = [(max(sentence.rfind(n, 0, v) for n in o.names), o) for o in asked.owners]
    nearest = max((p for p in printed_at if p[0] >= 0), key=lambda p: p[0], default=None)
    mine = [o for at, o in printed_at if nearest and o.names[0] == nearest[1].names[0]]  # with the clauses inheriting it
    clauses = {o.clause for o in mine} or {o.clause for o in asked.owners} or set(range(len(asked.clauses)))
    # 「X的长度是多少？宽度呢？」: a later clause naming no owner asks its own attribute of the owner before it.
    named = {o.clause for o in asked.owners}
    for k in range(len(asked.clauses)):
        if k not in named and max((c for c in named if c < k), default=None) in clauses:
            clauses.add(k)
    want = set()
    for k in clauses:
        c = asked.clauses[k] if k < len(asked.clauses) else ""
        want |= {"宽"} if _WIDTH.search(c) else set()
        want |= {"长"} if _ASKS_LENGTH.search(c) else set()
    if want and printed not in want:
        whose = f"{mine[0].names[0]}的" if mine else ""
        return f"原文中的数值是{whose}{'宽度' if printed == '宽' else '长度'}，所问的是{'宽度' if '宽' in want else '长度'}"
    return None


def _sibling_word(asked: Asked, sentence: str, v: int, value: str) -> str | None:
    """A word the question asks printed only beside another value: in another member of the value's enumeration
    (「支渠29条、渠系建筑物75处15467m」 asked 支渠) or in a bracket holding a value of the same unit
    (「2200千瓦（其中一台按1600千瓦限发）」 asked 限发)."""
    q = asked.clauses[0]
    # every owner's name blanked where the clause prints it, names overlapping included (何仙观水库 | 水库灌区)
    spans = [m.span() for o in asked.owners for n in o.names if n for m in re.finditer(re.escape(n), q)]
    # 「白鹭水库灌区的干渠」: a kind word going on from the name before 的 names the same thing as said
    spans += [(b, b + len(kind.group(1))) for _, b in spans
              if (kind := re.match(r"([\u4e00-\u9fff]{1,4})的", q[b:])) and _HEAD.search(kind.group(1))]
    q = "".join("\u3000" if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(q))
    q = _FRAME.sub("\u3000", _NO_YEAR.sub("\u3000", q))
    # the counting word after the asked word (「多少个路口」) is the unit, no word of the thing: 「个路」 is not 「5个路段」's
    q = re.sub(r"(?<=\u3000)[个条座家所项处名位台只幢栋批]", "\u3000", q)
    if re.search(r"分别|各|[和及与、]", asked.clauses[0]) or re.search(r"分别|各(?![0-9〇零一二三四五六七八九十百])", sentence):
        return None  # 「A、B…分别达到X和Y」: values in their names' order, read by qa.values.measures
    if member_shares(sentence):
        return None  # 「99%的A、98%的B…能够提供X」: what the run ends in is every member's (qa.values.prenominal)
    own = _member(sentence, v)
    if len(re.sub(r"[和及与约以上左右余、]", "", VALUE.sub("", own[0]))) < 2:
        return None  # 「…达到80万吨、23万吨和2.25万吨以上」: values run in their names' order (qa.values.measures reads it)
    unit = _value_unit(value)
    # 「每年新增造林2千亩、新增绿道12公里」: a per-year word printed before a run is each member's (qa.values.peryear)
    yearly = per[0] if (per := per_year_word(sentence, value)) else ""
    for k in range(len(q) - 1):
        word = q[k : k + 2]
        if "\u3000" in word or re.search(r"[\d]", word) or _unit_kind(word) or word in own[0] or word in yearly:
            continue
        spots = [m.start() for m in re.finditer(re.escape(word), sentence)]
        if not spots:
            continue
        phase = bool(_PHASE_WORD.fullmatch(word))
        if all(_elsewhere(sentence, s, own, unit, phase=phase) for s in spots):
            return f"原文中“{word}”说的是另一个数值，不是{value}"
    return None


def _member(sentence: str, v: int) -> tuple[str, int, int]:
    """The member of an enumeration (between 、 or clause marks, brackets kept with it) the value sits in."""
    depth, start = 0, 0
    for k in range(v - 1, -1, -1):
        ch = sentence[k]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            if depth == 0:
                continue  # the value inside a bracket: its member starts before the bracket
            depth -= 1
        elif depth == 0 and ch in "、" + _BOUNDARY:
            start = k + 1
            break
    end = len(sentence)
    for k in range(v, len(sentence)):
        if sentence[k] in "、（(" + _BOUNDARY:
            end = k
            break
    return sentence[start:end], start, end


def _bracket(sentence: str, at: int) -> str | None:
    """The text of the bracket (（…）) that holds position ``at``, or None."""
    depth = 0
    for k in range(at - 1, -1, -1):
        if sentence[k] in "）)":
            depth += 1
        elif sentence[k] in "（(":
            if depth == 0:
                close = re.search(r"[）)]", sentence[at:])
                return sentence[k + 1 : at + close.start() if close else len(sentence)]
            depth -= 1
    return None


#: A verb opening a run of members, each with its own value (「累计培育A超1500家、B超100家」「新建A 3000个、B 12个」).
_RUN_VERB = re.compile(r"(?:累计|力争|共)?(?:培育|创建|新建|建成|引进|推出|申报|认定|打造)")


#: A whole said before the run dividing it (「灌区工程渠系分总干渠1条、干渠3条…」「园区包括A区、B区」).
_RUN_LEAD = re.compile(r"[^、，,；;。]{2,16}?(?:分为|分成|(?<!部)分|包括|包含|涵盖)(?=[\u4e00-\u9fff])")


def _elsewhere(sentence: str, at: int, own: tuple[str, int, int], unit: str, *, phase: bool = False) -> bool:
    """Whether the word at ``at`` belongs to another value: another 、-member holding a value of its own, a
    bracket holding a value of the value's unit, or (a phase, 一期) another clause holding one (「一期投资30亿元，
    总投资90亿元」: 90亿元 is no 一期's)."""
    _, start, end = own
    if start <= at < end:
        return False
    inside = _bracket(sentence, at)
    if inside is not None:
        return bool(unit) and any(_value_unit(m.group(0)) == unit for m in VALUE.finditer(inside) if re.search(r"\d", m.group(0)))
    member, m_start, _ = _member(sentence, at)
    between = sentence[min(at, start) : max(at, end)]
    separated = "、" in between and not any(ch in between for ch in _BOUNDARY)
    if separated and (m_start == 0 or sentence[m_start - 1] in _BOUNDARY) and \
            (lead := _RUN_VERB.match(sentence, m_start)) and at < lead.end():
        return False  # 「累计培育A超1500家、B超100家」: the verb opening the run is every member's, B's too
    if separated and (m_start == 0 or sentence[m_start - 1] in _BOUNDARY) and \
            (lead := _RUN_LEAD.match(sentence, m_start)) and at < lead.end():
        return False  # 「灌区工程渠系分总干渠1条、干渠3条、支渠29条」: the whole the run divides is every member's
    if phase and not separated:
        clause = re.split(r"[，,；;]", sentence[at:])[0]
        return bool(unit) and any(_value_unit(m.group(0)) == unit for m in VALUE.finditer(clause) if re.search(r"\d", m.group(0)))
    return separated and any(re.search(r"\d", m.group(0)) for m in VALUE.finditer(_NO_YEAR.sub("", member)))


def _part_holding(parts: list[str], label: str) -> int | None:
    """The index of the answer part giving the value ``label``: one saying it outside a quote first (「其中嘉定新城：5个」,
    not the part before whose quoted clause 「…9个(嘉定新城5个、…)」 prints it too), else the first printing it."""
    holding = [k for k, p in enumerate(parts) if label and label in normalise_text(p)]
    own = [k for k in holding if label in normalise_text(re.sub(r"原文：“.*?”", "", parts[k]))]
    return (own or holding or [None])[0]


def _without(answer: Answer, failed: list[tuple[Item, str]]) -> Answer:
    """``answer`` with the failed items' parts said as not determined (found False when no item is left)."""
    gone = {id(i) for i, _ in failed}
    items = [i for i in answer.items if id(i) not in gone]
    if not items:
        return Answer(answer.question, f"规划中未能确定所问的数值（{failed[0][1]}）。以下段落可能相关，仅供参考。", False,
                      citations=answer.citations, kind="fact")
    parts = answer.answer.rstrip("。").split("；")
    for item, why in failed:
        label = normalise_text(item.label or "")
        k = _part_holding(parts, label)
        if k is None:
            continue
        head = parts[k].split("：", 1)[0] if "：" in parts[k] else ""
        parts[k] = f"{head}：规划中未能确定其数值（{why}）" if head and len(head) <= 30 else f"规划中未能确定其数值（{why}）"
    cites = [c for c in answer.citations if any(i.citation == c for i in items)] or answer.citations
    return Answer(answer.question, "；".join(parts) + "。", True, items, cites, kind=answer.kind)
