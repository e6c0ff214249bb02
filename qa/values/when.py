"""「X哪一年通车？」「A的B和C分别什么时候建成？」: the year or period the plan sets, from the clause naming it.

A plan dates a work in the clause that names it (「它的铁路桥部分在一九五八年通车」) or for a whole
sentence with a leading time clause (「到2025年，建成A、B和C」). The year is read there and nowhere
else: a year in another clause of the sentence belongs to another work, and a clause that dates a
different event (开工 when 通车 is asked) does not answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..answer import Answer, Item
from ..question.frame import PERIOD_TEXT, YEAR_TEXT
from ..index.kb import KB, normalise_text, plan_of
from ..question.link import Link, name_variants
from ..enumerations.lists import paragraphs_with
from ..vocabulary import JOINER_WORDS

__all__ = ["WHEN", "answer_when", "asked_work"]

#: Asking for a time: 哪一年, 何时, 什么时候 ….
WHEN = re.compile(r"(?:在|于|是)?(?:哪一年|哪年|哪个年份|哪一年份|何年|何时|什么时候|什么时间|啥时候|几时)")

#: Asking for a year (not a period or a month): 哪一年, 哪年, 哪个年份, 何年.
_YEAR_ASKED = re.compile(r"哪一?年|哪个年份|哪一年份|何年")
#: A time that is a five-year period only (「“十三五”期间」「十四五时期」), no year in it.
_PERIOD_ONLY = re.compile(r"五[”\"]?(?:期间|时期)$")
_QUOTES = re.compile(r"[“”\"]")

#: Events a plan dates (建成, 通车 …); an asked one must be in the dating clause.
_EVENT = re.compile(r"建成|通车|投产|竣工|开工|完成|运营|投运|启用|开通|开业|达产|落成|实现|达到|完工"
                    r"|施行|实施|颁布|印发|出台|召开|启动|成立|挂牌|设立|组建")

#: A quarter or half of a year as a one-year programme dates a task by it (一季度, 第三季度末, 上半年前).
_QUARTER = r"(?:第?[一二三四1-4]季度|上半年|下半年)(?:末|底)?(?:前|以前)?"

#: A printed year (or span of years: 「2022至2025年」) or five-year period, with the preposition and the edge word it carries.
_WHEN_PRINTED = re.compile(rf"(?:(?:19|20)\d\d年?(?:至|到|—|－|-|~))?{YEAR_TEXT}(?:底|末|前|以前|年底|上半年|下半年|{_QUARTER})?"
                           rf"|{PERIOD_TEXT}(?:期间|时期|末|期末)"
                           # 「在6月底前完成…切换」: a one-year programme dates its tasks by the month
                           r"|(?<![\d年])(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:底|末|中旬|上旬|下旬)?(?:前|以前)"
                           # 「一季度完成资质改革政策宣贯」「上半年前完成」: or by the quarter or half of its year
                           rf"|(?<![\d年]){_QUARTER}")

#: A clause that is only a time (「到2025年」「“十四五”期间」): it dates the whole sentence.
_TIME_CLAUSE = re.compile(rf"^(?:到|在|于|至|截至)?(?:{_WHEN_PRINTED.pattern})(?:前|以前|内)?$")

#: A clause opening with its time and no subject of its own (「2025年建成通车」) goes on about the last one named.
_CONTINUES = re.compile(rf"^(?:于|在|到|至)?(?:{_WHEN_PRINTED.pattern})")

#: The event and what it is of, said after the time asked (「哪一年实现建军百年奋斗目标」).
_ASKED_FIRST = re.compile(rf"^(?:能|要|将|会|可以)?({_EVENT.pattern})([\u4e00-\u9fff“”\"]{{2,30}}?)(?:的目标)?[？?。！!]*$")

_FILLER_HEAD = re.compile(r"^(?:请问|规划(?:里|中)?|纲要(?:里|中)?|计划(?:里|中)?|按照?规划,?)")
_FILLER_TAIL = re.compile(r"(?:的|要|将|会|能|计划|预计|打算|准备|力争|争取|分别|各|都|是|大概|大约)+$")
#: Events the genre prints by either word (a law 施行 or 实施).
_SAME_EVENT = {"实施": "施行"}
#: Words said around the event asked (开始, 正式, …的, …了) that the dating clause need not print.
_SAID_AROUND = re.compile(r"^(?:之前|以前|前)?(?:开始|正式|才|就|被)*|(?:的|了|呢|啊)+$")


#: A question word after the time asked: another ask joined to it (在哪个镇, 由谁), not what the event is of.
_OTHER_ASK = re.compile(r"哪|什么|谁|多少|几")


@dataclass(frozen=True)
class _Dated:
    part: str
    when: str
    clause: str
    para: str


#: Words a speaker puts around the dated thing that the plan never prints with it: the plan named as the place said
#: (规划里, 文件中) and the year named as a noun before the time asked (「碳达峰的目标年份是哪年」 asks 碳达峰是哪年).
_SPOKEN_AROUND = re.compile(r"^(?:这个|该)?(?:规划|文件|纲要)(?:里|中|上)(?:说的?|提到的?)?"
                            r"|的?(?:目标|预定|计划)?(?:年份|年限|时间节点|时间点)(?=(?:是|在|定在)?(?:哪|何|什么|啥|几))")


def spoken_subject(q: str) -> str:
    """``q`` without the spoken words around the thing it dates (:data:`_SPOKEN_AROUND`).

    >>> spoken_subject("规划里碳达峰的目标年份是哪年"), spoken_subject("碳达峰是哪一年")
    ('碳达峰是哪年', '碳达峰是哪一年')
    """
    return _SPOKEN_AROUND.sub("", q)


#: A heading dating its own stage in a closing bracket (「(二)第二阶段(2024年第四季度前完成)」).
_HEADING_DATED = re.compile(rf"[（(](?P<when>(?:{_WHEN_PRINTED.pattern})(?:前|以前|内)?(?:完成)?)[)）]$")


def _heading_dated(kb: KB, question: str, work: str, *, plan: str | None) -> Answer | None:
    """The time the one heading naming ``work`` dates itself by in its closing bracket, cited to its first paragraph;
    None when no heading, or several, name the work so."""
    found = []
    for kind in ("Chapter", "Section"):
        for node in kb.by_type.get(kind, []):
            if plan and plan_of(node) != plan:
                continue
            label = normalise_text(kb.label(node))
            if (m := _HEADING_DATED.search(label)) and len(work) >= 2 and work in label[: m.start()]:
                found.append((node, label, m["when"]))
    if len(found) != 1:
        return None
    node, label, when = found[0]
    paras = sorted((u for u, _ in kb.inn(node, "partOf") if kb.type(u) == "Paragraph"), key=kb._reading_order)
    cite = kb.citation(paras[0]) if paras else None
    return Answer(question, f"{work}：{when}（原文标题：“{kb.label(node)}”）。", True, [Item(when, cite, detail=label)],
                  [cite] if cite else [], kind="fact")


def answer_when(kb: KB, question: str, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """The year each asked work is dated to, each with its own clause and citation.

    Parameters
    ----------
    question : str
        A question holding :data:`WHEN`; the text before it names the work(s) (「A的B和C」 asks B and C of A).
    links : list of Link
        Entities linked in the question; their labels are searched when the question's words are not printed.

    Returns
    -------
    Answer or None
        ``found`` when every asked work has a dating clause; a part the plan does not date says so;
        None when the question names nothing the plan prints (another answerer or the not-found path).
    """
    q = spoken_subject(normalise_text(question))
    m = WHEN.search(q)
    if not m:
        return None
    if (partner := _PARTNER_AFTER.match(q[m.end():])) and _printed_together(kb, re.sub(r"(?:计划|预计|拟|将|要)+$", "", q[: m.start()]), partner.group(1)):
        # 「X计划哪一年和Y同步开通」: the work dated with X, named after the time asked, is asked with X as the plan
        # prints them (「X与Y2027年同步开通」)
        # (the together word — 同步, 一起 — is the pairing's, no object the clause must print)
        work = re.sub(r"(?:计划|预计|拟|将|要)+$", "", q[: m.start()])
        q = work + "与" + partner.group(1) + q[m.start():m.end()] + _TOGETHER.sub("", q[m.end() + partner.end():], count=1)
        m = WHEN.search(q)
    owner, parts = _subjects(q[: m.start()])
    verbs = set(_EVENT.findall(q[m.end():])) or set(_EVENT.findall(q[: m.start()]))
    ahead = None
    if not parts and (ahead := _ASKED_FIRST.match(q[m.end():])):
        # 「哪一年实现建军百年奋斗目标」: the time asked first, the event and its subject after it.
        verbs, (owner, parts) = {ahead.group(1)}, _subjects(ahead.group(2))
        q = q[: m.start()] + ahead.group(2) + q[m.start():m.end()] + ahead.group(1)
        m = WHEN.search(q)
    if not parts:
        return None
    if len(parts) == 1 and not owner and (target := _TARGET.match(parts[0])):
        # 「…比重提高到10%是哪年的目标」: the year of the sentence printing that measure with that value.
        return _target_year(kb, question, target.group(1), target.group(2), plan=plan)
    if len(parts) == 1 and not owner and (dated := _heading_dated(kb, question, parts[0], plan=plan)) is not None:
        # 「第二阶段要在什么时候前完成」: a stage whose heading dates itself (「(二)第二阶段(2024年第四季度前完成)」)
        return dated
    paras = _paragraphs(kb, owner or parts[0], links, plan=plan)
    if not paras:
        return None
    # 「零陵区何时完成碳达峰」: what the event is of (碳达峰) must be in the dating sentence, not only the place.
    obj = re.sub(r"[？?。！!]+$", "", _EVENT.sub("", q[m.end():]))
    obj = _SAID_AROUND.sub("", obj)  # 「哪一年开始施行的」: the asker's 开始…的, no printed word
    if _OTHER_ASK.search(obj):
        obj = ""  # 「什么时候、在哪个镇设立的」: a second ask (where) rides on the event, no object the clause prints
    dated = [_dated(kb, paras, part, verbs, obj if len(obj) >= 2 else "") for part in parts]
    if not any(dated) and ahead:
        return None  # the time-first reading dates nothing (「2027—2028年，…实现全国大中型城市基本覆盖」): the passages answer
    if not any(dated):
        subject = f"{owner}的" * bool(owner) + "、".join(parts)
        asked = "、".join(sorted(verbs)) or "时间"
        return Answer(question, f"规划未给出{subject}{asked}的时间。以下段落提到{subject}，仅供参考。", False,
                      citations=kb.citations(paras, limit=3), kind="fact")
    if _YEAR_ASKED.search(m.group(0)):
        # 「哪一年建成」 asks a year: a clause dated only by its five-year period (「“十三五”期间，开发应用…」) gives none
        spans = [d for d in dated if d and not re.search(r"\d", d.when) and _PERIOD_ONLY.search(d.when)]
        if spans:
            said = "；".join(f"{d.part}：规划未给出具体年份，只说“{_QUOTES.sub('', d.when)}”（原文：“{d.clause}”）" for d in spans)
            return Answer(question, said + "。", False, citations=[kb.citation(d.para) for d in spans], kind="fact")
    items, texts = [], []
    for part, d in zip(parts, dated):
        if d is None:
            texts.append(f"{part}：规划未给出时间")
            continue
        cite = kb.citation(d.para)
        items.append(Item(f"{part}：{d.when}", cite, detail=d.clause))
        texts.append(f"{part}：{d.when}（原文：“{d.clause}”）")
    head = f"{owner}——" if owner else ""
    cites = list(dict.fromkeys(i.citation for i in items))
    return Answer(question, head + "；".join(texts) + "。", all(dated), items, cites, kind="fact")


#: A partner named after the time asked, dated together with the work (「哪一年和沪通铁路二期同步开通」).
_PARTNER_AFTER = re.compile(r"^(?:和|与|同|跟)([\u4e00-\u9fff“”\"]{2,20}?)(?=同步|同时|一起|一并|一道)")
_TOGETHER = re.compile(r"^(?:同步|同时|一起|一并|一道)")


def _printed_together(kb: KB, work: str, partner: str) -> bool:
    """Whether a paragraph prints ``work`` and ``partner`` joined (「高铁宝山站与沪通铁路二期」), so one time dates both."""
    pairs = [f"{work}{j}{partner}" for j in ("与", "和", "、", "及", "同")]
    return bool(work) and any(p in text for text in kb.norm_text.values() for p in pairs)


#: A target said as a measure and its value (「数字经济核心产业增加值占GDP比重提高到10%」).
_TARGET = re.compile(r"^(.{2,30}?)(?:提高到|提升到|达到|降低到|下降到|增加到|控制在|降低|下降|减少|增长|提高|突破|超过)"
                     r"(\d+(?:\.\d+)?(?:%|万|亿)?)[\u4e00-\u9fff%]{0,4}(?:的目标|目标)?$")


def _target_year(kb: KB, question: str, measure: str, value: str, *, plan: str | None) -> Answer | None:
    """The time dating the one sentence that prints ``measure`` (as asked or the plan's GDP wording) with ``value``:
    its own year, else the time clause it opens with (「到2025年，…比重达到10%」); None when no sentence prints both."""
    names = {measure} | name_variants(measure) | {measure.replace("GDP", "国内生产总值"), measure.replace("国内生产总值", "GDP")}
    found = []
    for para in paragraphs_with(kb, [n for n in names if len(n) >= 2], plan=plan):
        text = normalise_text(str(kb.G.nodes[para].get("text") or ""))
        for sentence in re.findall(r"[^。！？!?]+", text):
            at = next((sentence.find(n) for n in names if n in sentence), -1)
            v = sentence.find(value, at) if at >= 0 else -1
            if v < 0 or re.match(r"[\d.]", sentence[v + len(value):v + len(value) + 1]):
                continue
            # its own clause's time, else the time clause the sentence opens with — never a time another clause names
            # (「力争投入强度高于“十三五”时期实际，…城镇化率提高到65%」)
            start = max(sentence.rfind(c, 0, v) for c in ",;:") + 1
            lead = re.split(r"[,;:]", sentence, maxsplit=1)[0]
            own = list(_WHEN_PRINTED.finditer(sentence[start:v]))
            when = own[-1].group(0) if own else (_WHEN_PRINTED.search(lead).group(0) if _TIME_CLAUSE.match(lead) else None)
            if when:
                found.append((when.strip("“”\""), sentence[0 if not own else start : v + len(value)], para))
    if len({f[0] for f in found}) != 1:
        return None
    when, sentence, para = found[0]
    return Answer(question, f"{measure}{value}：{when}（原文：“{sentence}”）。", True,
                  [Item(f"{measure}{value}：{when}", kb.citation(para), detail=sentence)], [kb.citation(para)], kind="fact")


def asked_work(question: str) -> str:
    """What a when-question asks the time of, as it says it (「临湖路的积水改善工程什么时候完成」 → 临湖路的积水改善工程).

    >>> asked_work("箭楼点段修缮开放计划哪一年完成？"), asked_work("哪一年完成？")
    ('箭楼点段修缮开放', '')
    """
    q = normalise_text(question)
    m = WHEN.search(q)
    return _FILLER_TAIL.sub("", _FILLER_HEAD.sub("", q[: m.start()].rstrip(",，"))) if m else ""


def _subjects(before: str) -> tuple[str | None, list[str]]:
    """「武汉长江大桥的铁路桥和公路桥分别」 → ("武汉长江大桥", ["铁路桥", "公路桥"])."""
    text = _FILLER_TAIL.sub("", _FILLER_HEAD.sub("", before.rstrip(",，")))
    owner = None
    if "的" in text:
        head, tail = text.rsplit("的", 1)
        if JOINER_WORDS.search(tail) and head:
            owner, text = head, tail
    parts = [p for p in JOINER_WORDS.split(text) if len(p) >= 2]
    return owner, parts


def _paragraphs(kb: KB, subject: str, links: list[Link], *, plan: str | None) -> list[str]:
    names = {subject} | name_variants(subject)
    names |= {v for l in links if l.mention in subject for v in ({l.label} | name_variants(l.label))}
    return paragraphs_with(kb, [n for n in names if len(n) >= 2], plan=plan)


def _dated(kb: KB, paras: list[str], part: str, verbs: set[str], obj: str = "") -> _Dated | None:
    for para in paras:
        text = str(kb.G.nodes[para].get("text") or "")
        carried = None  # the time clause an earlier sentence of the paragraph opened with, while none names another
        for sentence in re.findall(r"[^。！？!?]+", text):
            clauses = [c.strip() for c in re.split(r"[，,；;：:]", sentence) if c.strip()]
            lead = clauses[0] if clauses and _TIME_CLAUSE.match(normalise_text(clauses[0])) else None
            # 「到2025年，A达到85%以上。B达到90%以上，C达到70万千瓦以上。」: targets in the sentences after a time clause,
            # with no time of their own, are that time's — carried within the paragraph only, and only to a figure
            own_time = _WHEN_PRINTED.search(normalise_text(sentence))
            carry = carried if lead is None and own_time is None else None
            carried = lead if lead else (None if own_time else carried)
            if part not in normalise_text(sentence) or obj not in normalise_text(sentence):
                continue
            for i, clause in enumerate(clauses):
                if part not in normalise_text(clause):
                    continue
                if (found := _WHEN_PRINTED.search(clause)) and _verb_agrees(clause, verbs):
                    return _Dated(part, found.group(0).strip("“”\""), clause, para)
                if found is None and lead and _verb_agrees(clause, verbs):
                    return _Dated(part, _WHEN_PRINTED.search(lead).group(0).strip("“”\""), f"{lead}，{clause}", para)
                if carry and re.search(r"\d", clause) and _verb_agrees(clause, verbs):
                    return _Dated(part, _WHEN_PRINTED.search(carry).group(0).strip("“”\""), f"{carry}，……{clause}", para)
                if later := _referring(clauses[i + 1:], verbs):
                    # 「开始新建X；它的铁路桥部分在一九五八年通车，…」「X于2022年开工，2025年建成通车」: X's own clauses.
                    whens = "、".join(_WHEN_PRINTED.search(c).group(0) for c in later)
                    return _Dated(part, whens, "；".join(later), para)
    return None


def _referring(clauses: list[str], verbs: set[str]) -> list[str]:
    """The run of clauses right after a work's own that go on about it (它/其…, or a bare time) and date an asked event."""
    run = []
    for c in clauses:
        if not (c.startswith(("它", "其")) or _CONTINUES.match(normalise_text(c))):
            break
        if _WHEN_PRINTED.search(c) and _verb_agrees(c, verbs):
            run.append(c)
    return run


def _verb_agrees(text: str, verbs: set[str]) -> bool:
    """An asked event must be the one dated; a clause dating another event (开工 for 通车) does not answer."""
    if not verbs:
        return True
    printed = {_SAME_EVENT.get(v, v) for v in _EVENT.findall(text)}
    return bool(printed & {_SAME_EVENT.get(v, v) for v in verbs}) or not printed
