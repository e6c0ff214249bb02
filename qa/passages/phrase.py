"""Questions asking for a phrase the plan states: 「到2025年数字经济要迈向什么时期？展望2035年呢？」「要把青禾建设成为什么？」.

A 「V什么N」 question (迈向什么时期, 转向什么阶段, 建设成为什么) is answered by the clause that says it — the verb
followed by a phrase ending as the asked noun ends (全面扩展期 for 时期), with the clause naming the asked year
before it (「到2025年，数字经济迈向全面扩展期」) — never the whole paragraph. A later part naming only another time
(「展望2035年呢？」) asks the same of that time; each part is answered by its own clause and cited.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.ngrams import bigrams

__all__ = ["PHRASE_ASKED", "phrase_parts", "answer_phrase"]

#: 「迈向什么时期」「建设成为什么」: a two-character verb, the question word, the noun the answer ends as (maybe none).
PHRASE_ASKED = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2})(?:什么样的?|什么|何种|哪种)(?P<noun>[\u4e00-\u9fff]{0,4}?)(?:呢)?[？?。]?$")
_TIME = re.compile(r"(?:到|至|展望|在|于)?(?:\d{4}|[一二三四五六七八九十]+五)年?(?:前|底|末|时期|期间)?")
_PARTS = re.compile(r"[^？?。；;！!]+[？?。；;！!]?")
_ONLY_TIME = re.compile(r"^(?:那么?|而)?(?P<time>" + _TIME.pattern + r")(?:呢|的呢)?[？?。]?$")
_CLAUSES = re.compile(r"[^，,；;。！？]+")
#: A clause that only dates what follows it (到2025年, 展望2035年, “十四五”时期).
_DATING = re.compile(r"(?:到|至|展望|在|于|预计到)?[“\"]?(?:\d{4}年|[一二三四五六七八九十]+五[”\"]?(?:时期|期间|末))(?:前|底|末)?")
#: Verbs whose object alone answers 「V什么」 with no noun asked (成为什么, 迈向什么): a state reached, not a list of works.
_DESTINATION = frozenset("成为 建成 迈向 迈入 进入 跨入 走向 转向 实现".split())
#: Verbs whose object a 「V什么N」 question asks as a phrase (形成什么格局, 构建什么体系); any other (按什么标准,
#: 是什么, 讲什么) is read by other answerers.
_STATES = _DESTINATION | frozenset("形成 构建 打造 建设 定位 培育".split())
#: Nouns a figure answers (达到什么水平, 什么规模, 什么比例): the figure answerers read them.
_FIGURE_NOUN = re.compile(r"(?:水平|规模|程度|比重|比例|速度|增速|数量|标准|级别|等级|[率量值额数])$")
#: Words of the question that name no subject (规划要把…, 打算, 准备).
_HELPERS = re.compile(r"规划|纲要|本|要|将|会|把|打算|准备|计划|我们|咱们|的")
#: Longest clause quoted as an answer (a longer one is a paragraph, not a phrase).
_MAX_CLAUSE = 80


def phrase_parts(question: str) -> list[str] | None:
    """The parts of a phrase question, a later 「展望2035年呢？」 made whole; None when it asks no 「V什么N」 phrase.

    >>> phrase_parts("到2025年数字经济要迈向什么时期？展望2035年呢？")
    ['到2025年数字经济要迈向什么时期?', '展望2035年数字经济要迈向什么时期?']
    >>> phrase_parts("规划要把青禾建设成为什么？")
    ['规划要把青禾建设成为什么?']
    >>> phrase_parts("发展定位是什么？") is None, phrase_parts("地区生产总值2025年要到多少？") is None
    (True, True)
    >>> phrase_parts("零陵要打造什么？") is None, phrase_parts("居民人均可支配收入2025年要达到什么水平？") is None
    (True, True)
    >>> phrase_parts("城区支路按什么标准改造？") is None
    True
    """
    parts = [p.strip() for p in _PARTS.findall(normalise_text(question)) if p.strip()]
    if not parts:
        return None
    first = parts[0] if parts[0][-1] in "？?。" else parts[0] + "?"
    m = PHRASE_ASKED.search(first)
    if not m or m["verb"] not in (_DESTINATION if not m["noun"] else _STATES) or _FIGURE_NOUN.search(m["noun"]):
        return None
    out = [first]
    for part in parts[1:]:
        later = _ONLY_TIME.match(part)
        if not later:
            return None
        said = _TIME.search(first)
        out.append(first.replace(said.group(0), later["time"], 1) if said else later["time"] + first)
    return out


def _answer_clause(sentence: str, verb: str, noun: str, year: str | None) -> str | None:
    """The clauses of ``sentence`` answering: the one holding ``verb`` and a phrase ending as ``noun`` ends, after the
    clause naming ``year`` when another clause does."""
    clauses = _CLAUSES.findall(sentence)
    end = noun[-1] if noun else ""
    for i, clause in enumerate(clauses):
        at = clause.find(verb)
        rest = clause[at + len(verb):] if at >= 0 else ""
        if len(rest) < 2 or (end and not (rest.endswith(noun) or rest.endswith(end))) or len(clause) > _MAX_CLAUSE:
            continue
        if year and year not in clause:
            dated = next((c for c in clauses[:i] if year in c), None)
            return f"{dated}，{clause}" if dated else None
        if i and not year and _DATING.fullmatch(clauses[i - 1]):
            # 「“十四五”时期，我国数字经济转向…」: the time the clause is said of goes with it.
            return f"{clauses[i - 1]}，{clause}"
        return clause
    return None


def _find(kb: KB, part: str, *, plan: str | None, dated: bool = True, noun: bool = True) -> tuple[str, str] | None:
    """(the answering clause, its paragraph) for one part, the paragraph sharing most of the part's words first;
    with ``dated`` False the part's year is not required (to say what the plan states for another time), with
    ``noun`` False the verb's object may end otherwise (「展望2035年呢」 asks 迈向什么 of a time the plan says
    迈向…行列 for)."""
    m = PHRASE_ASKED.search(part)
    verb, noun = m["verb"], m["noun"] if noun else ""
    year = next(iter(re.findall(r"\d{4}年", part)), None) if dated else None
    subject = bigrams(_HELPERS.sub("", _TIME.sub("", part[: m.start()])))
    if not subject:
        return None  # 「要建设什么样的园区」 names nothing the clause is said of: a list question, not a phrase
    best: tuple[int, str, str] | None = None  # (words shared with the part, clause, paragraph); ties keep the earliest
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan or verb not in kb.norm_text[para] or (year and year not in kb.norm_text[para]):
            continue
        for sentence in re.split(r"(?<=[。！？；])", kb.norm_text[para]):
            if verb not in sentence or (year and year not in sentence):
                continue
            clause = _answer_clause(sentence, verb, noun, year)
            shared = len(subject & bigrams(sentence))
            if clause and (best is None or shared > best[0]):
                best = (shared, clause, para)
    # At least half the words the question says it of: 「居民人均可支配收入」 is not answered by 「人均地区生产总值…」.
    if best is None or best[0] * 2 < len(subject):
        return None
    return best[1], best[2]


def answer_phrase(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「到2025年数字经济要迈向什么时期？展望2035年呢？」: each part's answering clause, cited; None when no part has one."""
    parts = phrase_parts(question)
    if not parts:
        return None
    found = [(part, _find(kb, part, plan=plan) or (_find(kb, part, plan=plan, noun=False) if i and re.search(r"\d{4}年", part) else None))
             for i, part in enumerate(parts)]
    # A year the plan does not state it for (2030 where it says 2025) is not answered with another year's clause.
    other = [(part, _find(kb, part, plan=plan, dated=False)) if hit is None else (part, None) for part, hit in found]
    if not any(f for _, f in found) and not any(o for _, o in other):
        return None
    items, pieces, cites = [], [], []
    for (part, hit), (_, elsewhere) in zip(found, other):
        if hit is not None:
            pieces.append(hit[0])
            items.append(Item(hit[0], kb.citation(hit[1])))
        elif elsewhere is not None:
            year = re.findall(r"\d{4}年", part)[0]
            pieces.append(f"规划未写明{year}的说法；规划写的是“{elsewhere[0]}”")
            cites.append(kb.citation(elsewhere[1]))
        else:
            pieces.append(f"{part.rstrip('？?。')}：规划中未找到")
    cites = list(dict.fromkeys([i.citation for i in items] + cites))
    return Answer(question, "；".join(pieces) + "。", bool(items), items, cites, kind="semantic")
