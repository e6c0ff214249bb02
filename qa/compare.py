"""Questions across plans: one measure in several plans, and what a lower plan takes up from a higher one.

* 「十一五和十二五的单位GDP能耗降低目标分别是多少」: the plans the question names
  (by period 十一五, by level 国家/本区, by region 零陵区), the measure it names (by
  the genre's synonyms), a row per plan with value, unit, year, attribute and
  citation — and 「未找到」 for a plan whose graph holds no figure of it (the plan may still
  word it in a way not read as a target, so the answer never claims the plan is silent).
* 「本区规划承接了国家纲要的哪些约束性指标」 / 「哪些国家目标在本区规划中没有对应指标」:
  the higher plan's measures with (or without) a match in the lower plan.

Figures come only from :class:`kg.compare.table.Comparison` records (indicator
rows, targets) with their paragraphs; when a plan the question names is not
loaded, or states no measures, the answer says so with ``found=False``.
"""
from __future__ import annotations

import re

from kg.compare.match import measure_key
from kg.compare.measures import normalise_phrase
from kg.compare.plans import PlanInfo, cn_number
from kg.compare.records import MeasureRecord
from kg.compare.table import Comparison, ComparisonRow

from .question.frame import PERIOD_NUMERAL
from .answer import Answer, Citation, Item
from .question.intent import normalise_question
from .index.kb import KB

__all__ = ["plan_refs", "asked_measures", "cell_text", "cite_record", "match_caveat", "answer_compare", "names_several_plans", "plans_named", "title_scope"]

_PERIOD = re.compile(rf"({PERIOD_NUMERAL})五(?!年)|第({PERIOD_NUMERAL})个五年")
_LEVEL_WORDS = (
    (r"国家|全国|中央", "national"),
    (r"省级|全省|本省|我省|[^\s]省(?:规划|纲要)", "province"),
    (r"市级|全市|本市|我市", "city"),
    (r"区级|县级|全区|全县|本区|本县|我区|我县|本地", "county"),
)
_LOCAL = re.compile(r"本区|本县|我区|我县|本地|本级")
_GAP = re.compile(r"没有对应|未对应|无对应|没有承接|未承接|没有落实|未落实|缺少|缺失|遗漏|没有.{0,6}(?:指标|目标)|未(?:列|设)")
_TAKE_UP = re.compile(r"承接|衔接|对接|落实|分解|对应")
_SHOWN = 12  # items spelt out in the answer text; the list holds them all
_RANK = {"national": 0, "province": 1, "city": 2, "county": 3, "town": 4}


def plan_refs(question: str, plans: dict[str, PlanInfo]) -> list[str]:
    """Plan ids the question names, in the order it names them.

    By level (国家, 省, 本区 = the lowest-level plan loaded) or region (零陵区), each
    narrowed to the periods the question names (十一五, 第十二个五年) — or, with no
    period, to the period of another named plan, else the latest; by period alone
    when the question names no level or region.
    """
    return _named_plans(question, plans)[0]


def _named_plans(question: str, plans: dict[str, PlanInfo]) -> tuple[list[str], int]:
    """(plan ids the question names, how many plans it names): 「十四五」 is one mention even
    when a national and a district 14th plan are both loaded; 「十一五和十二五」 is two."""
    q = normalise_question(question)
    periods = []
    for m in _PERIOD.finditer(q):
        n = cn_number(m.group(1) or m.group(2))
        if n and n not in periods:
            periods.append(n)
    named: list[tuple[int, list[PlanInfo]]] = []
    for pattern, level in _LEVEL_WORDS:
        for m in re.finditer(pattern, q):
            named.append((m.start(), _at_level(plans, level, local=bool(_LOCAL.match(q, m.start())))))
    for p in plans.values():
        if p.region and p.level != "national" and p.region in q:
            named.append((q.find(p.region), [x for x in plans.values() if x.region == p.region]))
    named = [(pos, cands) for pos, cands in sorted(named, key=lambda x: x[0]) if cands]
    if not named:
        ids = [p.plan_id for n in periods for p in sorted(plans.values(), key=lambda p: p.plan_id) if p.period == n]
        return ids, len(periods)
    chosen = [p for _, cands in named for p in cands if p.period in periods]
    out: list[str] = []
    for _, cands in named:
        pick = [p for p in cands if p.period in periods]
        if not pick:
            same = [p for p in cands if p.period in {c.period for c in chosen}]
            pick = same or sorted(cands, key=lambda p: (p.period or 0, p.plan_id))[-1:]
            chosen.extend(pick)
        out.extend(p.plan_id for p in sorted(pick, key=lambda p: p.period or 0) if p.plan_id not in out)
    return out, max(len(named), len(periods))


def _at_level(plans: dict[str, PlanInfo], level: str, *, local: bool) -> list[PlanInfo]:
    """Plans of a level; 本区/本县 (``local``) means the lowest level loaded below the nation."""
    if local:
        ranks = [_RANK.get(p.level or "", -1) for p in plans.values() if p.level != "national"]
        lowest = max(ranks, default=-1)
        return [p for p in plans.values() if p.level != "national" and _RANK.get(p.level or "", -1) == lowest]
    return [p for p in plans.values() if p.level == level]


def asked_measures(question: str, comparison: Comparison) -> list[str]:
    """Measure keys the question names (longest first, none inside another), by the genre's synonyms."""
    q = normalise_phrase(question)
    names: dict[str, str] = {}
    for r in comparison.records:
        key = measure_key(r.measure)
        for name in (r.measure.core, key, r.measure.printed):
            if len(name) >= 2:
                names.setdefault(name, key)
    hits = sorted((n for n in names if n in q), key=len, reverse=True)
    keys: list[str] = []
    covered: list[str] = []
    for n in hits:
        if any(n in c for c in covered):
            continue
        covered.append(n)
        if names[n] not in keys:
            keys.append(names[n])
    return keys


def cell_text(r: MeasureRecord) -> str:
    """A figure as a reader wants it: year and value with unit, the change over the period, attribute.

    Examples
    --------
    >>> from kg.compare.measures import normalise_measure
    >>> cell_text(MeasureRecord("n", "p", "indicator", normalise_measure("森林覆盖率"), unit="%", value="56",
    ...                         year=2025, attribute="约束性"))
    '2025年56%（约束性）'
    >>> cell_text(MeasureRecord("n", "p", "indicator", normalise_measure("单位GDP能耗降低"), unit="%", change="[15]"))
    '累计降低15%'
    """
    parts = []
    if r.value not in (None, "", "-"):
        parts.append(f"{r.year}年" * bool(r.year) + _with_unit(r.value, r.unit))
    if r.change not in (None, "", "-"):
        parts.append(_change_text(r))
    text = "，".join(parts) or "数值未列出"
    return text + (f"（{r.attribute}）" if r.attribute else "")


def _with_unit(value: str, unit: str | None) -> str:
    return value + unit if unit and re.search(r"\d$", value) else value


def _change_text(r: MeasureRecord) -> str:
    """「累计降低15%」「年均增长7%」 from a growth cell; a level in % changes by 个百分点."""
    raw = r.change or ""
    cumulative = raw.lstrip().startswith(("[", "［"))
    number = raw.strip("[]［］ ")
    verb = "降低" if r.measure.direction == "down" else "增长"
    if r.measure.kind == "level" and r.unit == "%" and not number.endswith("%"):
        verb, unit = "提高", "个百分点"
    else:
        unit = "%" if re.search(r"\d$", number) else ""
    return f"{'累计' if cumulative else '年均'}{verb}{number}{unit}"


def cite_record(kb: KB, r: MeasureRecord) -> Citation | None:
    """The citation of the paragraph a record was read from, or None."""
    para = kb.paragraph(r.paragraph, plan=r.plan) if r.paragraph else None
    return kb.citation(para) if para else None


def match_caveat(row: ComparisonRow) -> str:
    """「〔匹配：同义表述，置信度0.90 …〕」 for a row not matched by identical names, else ""."""
    if len(row.present()) < 2 or (row.method == "same-name" and not row.note):
        return ""
    how = {"same-name": "名称相同", "synonym": "同义表述", "modifier": "口径词不同"}[row.method]
    warn = "" if row.compatible else "，不宜直接比较"
    return f"〔匹配：{how}，置信度{row.confidence:.2f}{('；' + row.note) if row.note else ''}{warn}〕"


_CHANGE_ASKED = re.compile(r"降低|下降|降幅|减少|增长|增速|增幅|提高|上升")


def _best(records: list[MeasureRecord], question: str) -> MeasureRecord:
    """The record that answers: a change when the question asks for one (降低/增长), else the first."""
    if _CHANGE_ASKED.search(question):
        return next((r for r in records if "change" in r.kinds), records[0])
    return records[0]


def _measure_table(kb: KB, comparison: Comparison, question: str, plans: list[str], keys: list[str]) -> Answer:
    lines, items, cites = [], [], []
    stated = False
    for row in comparison.rows(plans, keys=keys):
        cells = []
        for p in plans:
            who = comparison.plans[p].short
            rs = row.cells[p]
            if not rs:
                cells.append(f"{who}：未找到该指标或目标")
                items.append(Item(f"{row.label} · {who}", None, detail="未找到"))
                continue
            stated = True
            r = _best(rs, question)
            cite = cite_record(kb, r)
            cells.append(f"{who}：{r.measure.printed}{cell_text(r)}")
            items.append(Item(f"{row.label} · {who}", cite, detail=cell_text(r), entity=r.node))
            if cite:
                cites.append(cite)
        lines.append(f"{row.label}——" + "；".join(cells) + "。" + match_caveat(row))
    if not stated:
        names = "、".join(comparison.plans[p].short for p in plans)
        return Answer(question, f"{names}中均未找到{'、'.join(keys)}的指标或目标。", False, items, [], kind="compare")
    return Answer(question, "\n".join(lines), True, items, cites, kind="compare")


def _upper_lower(plans: list[str], info: dict[str, PlanInfo]) -> tuple[str, str] | None:
    ranked = sorted(plans, key=lambda p: _RANK.get(info[p].level or "", 9))
    if len(ranked) < 2 or info[ranked[0]].level == info[ranked[-1]].level:
        return None
    upper = [p for p in ranked if info[p].level == info[ranked[0]].level]
    lower = ranked[-1]
    same = [p for p in upper if info[p].period == info[lower].period]
    return (same or upper)[-1], lower


def _take_up(kb: KB, comparison: Comparison, question: str, upper: str, lower: str, *, gaps: bool) -> Answer:
    up, low = comparison.plans[upper], comparison.plans[lower]
    q = normalise_question(question)
    attr = next((a for a in ("约束性", "预期性") if a in q), None)
    records = comparison.records_of(upper)
    if not records:
        return Answer(
            question,
            f"{up.short}规划的指标或目标未能从文本中读出（如指标表仅为图片），无法比较{low.short}规划的承接情况。",
            False,
            kind="compare",
        )
    if attr:
        if not any(r.attribute for r in records):
            return _unattributed(kb, comparison, question, upper, lower, attr)
        records = [r for r in records if r.attribute == attr]
    keys = list(dict.fromkeys(measure_key(r.measure) for r in records))
    rows = comparison.rows([upper, lower], keys=keys)
    chosen = [row for row in rows if bool(row.missing()) == gaps]
    what = f"{attr}指标" if attr else "指标和目标"
    items, cites = [], []
    for row in chosen:
        r_up = row.cells[upper][0]
        if gaps:
            cite = cite_record(kb, r_up)
            items.append(Item(row.label, cite, detail=f"{up.short}：{cell_text(r_up)}；{low.short}：未找到", entity=r_up.node))
        else:
            r_low = row.cells[lower][0]
            cite = cite_record(kb, r_low)
            detail = f"{up.short}：{cell_text(r_up)}；{low.short}（{r_low.measure.printed}）：{cell_text(r_low)}{match_caveat(row)}"
            items.append(Item(row.label, cite, detail=detail, entity=r_low.node))
            if (c_up := cite_record(kb, r_up)) is not None:
                cites.append(c_up)
        if cite:
            cites.append(cite)
    if gaps:
        head = f"{up.short}规划的{len(rows)}项{what}中，{low.short}规划中未找到对应指标或目标的有{len(chosen)}项"
    else:
        head = f"{up.short}规划的{len(rows)}项{what}中，{low.short}规划承接了{len(chosen)}项"
    shown = "；".join(f"{i.label}（{i.detail}）" for i in items[:_SHOWN])
    more = f"等{len(items)}项（见列表）" if len(items) > _SHOWN else ""
    body = f"：{shown}{more}。" if items else "。"
    return Answer(question, head + body, True, items, cites[:12], kind="compare")


def _unattributed(kb: KB, comparison: Comparison, question: str, upper: str, lower: str, attr: str) -> Answer:
    """Not found — the higher plan marks no 约束性/预期性 — with what the plans do give: the lower
    plan's ``attr`` indicators that match a target of the higher plan."""
    up, low = comparison.plans[upper], comparison.plans[lower]
    keys = list(dict.fromkeys(measure_key(r.measure) for r in comparison.records_of(upper)))
    items = []
    for row in comparison.rows([upper, lower], keys=keys):
        mine = [r for r in row.cells[lower] if r.attribute == attr]
        if mine:
            r_up, r_low = row.cells[upper][0], mine[0]
            detail = f"{low.short}：{cell_text(r_low)}；{up.short}：{cell_text(r_up)}"
            items.append(Item(r_low.measure.printed, cite_record(kb, r_low), detail=detail, entity=r_low.node))
    text = f"{up.short}规划的文本未标注指标的约束性/预期性属性（指标表可能只是图片），无法判断哪些是它的{attr}指标。"
    if items:
        text += f"{low.short}规划中标为{attr}、且与{up.short}规划目标对应的有：" + "；".join(f"{i.label}（{i.detail}）" for i in items) + "。"
    return Answer(question, text, False, items, [i.citation for i in items if i.citation], kind="compare")


def names_several_plans(question: str, plans: dict[str, PlanInfo]) -> bool:
    """Whether ``question`` names two plans or more (the only questions :func:`answer_compare` takes).

    Needs only the plans' identities (from their titles), not their records: a cheap
    test before the comparison itself is built.
    """
    return _named_plans(normalise_question(question), plans)[1] >= 2


def plans_named(question: str, plans: dict[str, PlanInfo]) -> list[str]:
    """The ids of the plans ``question`` names when it names two or more (else empty), e.g. to load only those."""
    ids, mentions = _named_plans(normalise_question(question), plans)
    return ids if mentions >= 2 else []


def title_scope(question: str, titles: dict[str, str]) -> tuple[str, str | None]:
    """(``question`` without the one served plan's full title it names, that plan's id) — 「国家数据基础设施建设指引在
    哪些章节提到算力」 asks 「在哪些章节提到算力」 of that plan; a title named with its 《》 and a 里/中/的 after it go too.
    No title named, or several: ``(question, None)``.

    >>> title_scope("《甲市规划》里哪些章节提到算力？", {"a": "甲市规划", "b": "乙县纲要"})
    ('哪些章节提到算力？', 'a')
    >>> title_scope("哪些章节提到算力？", {"a": "甲市规划"})
    ('哪些章节提到算力？', None)
    """
    hits = [(pid, t) for pid, t in titles.items() if len(t) >= 4 and t in question]
    if len(hits) != 1:
        return question, None
    pid, title = hits[0]
    rest = re.sub(r"[《“\"]?" + re.escape(title) + r"[》”\"]?(?:里面|里|中|当中|的|上)?", "", question, count=1).strip("，, ")
    return (rest, pid) if len(rest) >= 2 else (question, None)


def answer_compare(kb: KB, comparison: Comparison, question: str) -> Answer | None:
    """Answer a question across plans, or None when the question is not one.

    Parameters
    ----------
    kb : KB
        For citations (paragraph text and heading path).
    comparison : Comparison
        The loaded plans' records and identities.
    question : str

    Returns
    -------
    Answer or None
        ``kind="compare"``; items one per (measure, plan) or per measure of the
        higher plan, each cited; ``found=False`` when a named plan states nothing.
    """
    q = normalise_question(question)
    refs, mentions = _named_plans(q, comparison.plans)
    if mentions < 2:
        # One plan named (「“十四五”期间…」, even with two 14th plans loaded): a question for that plan's answerers.
        return None
    if _TAKE_UP.search(q) or _GAP.search(q):
        pair = _upper_lower(refs, comparison.plans)
        if pair is not None:
            return _take_up(kb, comparison, question, *pair, gaps=bool(_GAP.search(q)))
    keys = asked_measures(q, comparison)
    if keys and len(refs) >= 2:
        return _measure_table(kb, comparison, question, refs, keys)
    return None
