"""Several parts of a question answered together by one figure the plan prints for a run of members.

The genre sums: 「完成废渣堆场、回填区、尾砂库植被恢复面积3000亩以上」 gives one figure for three places.
Asked of one member alone, it is no member's own (:func:`qa.values.runmembers.one_member` refuses it); asked of
two or more members together (「废渣堆场、尾砂库要植被恢复多少亩」), the run's figure answers them — said as
the run's total, naming every member it covers, never as each one's own. Read on the paragraphs the parts'
answers cite, so only a figure some answerer already reached for is considered.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..answer import Answer, Citation, Item
from ..index.kb import normalise_text
from .measures import bounded, printed_in
from .runmembers import RUN_CLAUSE, after_verb, each_own, pieces_named, run_head, run_members
from ..question.ngrams import bigrams
from .prose import CLASSIFIERS, unit_agrees, values_in
from ..question.frame import MEASURE_UNITS
from ..vocabulary import JOINER

__all__ = ["RunTotal", "run_total", "joined_runs"]

#: The question's asking words and the unit after them (「要…多少亩」), no words of the run's measure.
_ASKING = re.compile(r"(?:是|有|为|要|将|能|共|一共|总共|合计)?(?:多少|几)(?P<unit>[^\s，,？?。的]{0,4})$|的|要|将|呢|吗|[？?]")
#: A place said around a member (「矿区那边」) that the plan prints only in its sentence.
_HERE = re.compile(r"那边|这边|那里|这里")


@dataclass(frozen=True)
class RunTotal:
    """One figure printed for a run: ``members`` as printed (the verb before the first and the measure after
    the last left out), the ``asked`` ones (indices into ``members``), its ``value`` and ``clause``; ``each`` when
    the value is every member's own (「…均削减10%」), no total of theirs."""

    members: tuple[str, ...]
    asked: tuple[int, ...]
    value: str
    clause: str
    each: bool = False


def run_total(parts: list[str], paragraph: str) -> RunTotal | None:
    """The figure ``paragraph`` prints for a 、-run holding a member named by each of ``parts`` (two at least), or None.

    Parameters
    ----------
    parts : list of str
        The parts as questions of their own (「矿区废渣堆场多少亩」「尾砂库要植被恢复多少亩」), each naming one member.
    paragraph : str
        A cited paragraph's text.

    Returns
    -------
    RunTotal or None
        The run whose members the parts name one each (no two parts the same member), the value in the unit
        the parts ask, and the words the parts ask beside the members (植被恢复) printed in the run's clause.

    Examples
    --------
    >>> p = "在主要矿区开展植被恢复造林，完成废渣堆场、回填区、尾砂库植被恢复面积3000亩以上，完成临时堆场、临时道路植被恢复面积200亩以上。"
    >>> r = run_total(["矿区废渣堆场多少亩", "尾砂库要植被恢复多少亩"], p)
    >>> r.members, r.asked, r.value
    (('废渣堆场', '回填区', '尾砂库'), (0, 2), '3000亩以上')
    >>> run_total(["回填区植被恢复面积是多少", "尾砂库植被恢复面积是多少"], p).members
    ('废渣堆场', '回填区', '尾砂库')
    >>> run_total(["废渣堆场植被恢复多少亩", "回填区植被恢复多少亩"], p).members  # the last one not asked
    ('废渣堆场', '回填区', '尾砂库')
    >>> run_total(["废渣堆场多少亩", "临时道路多少亩"], p) is None  # members of two runs: no one total
    True
    >>> run_total(["废渣堆场多少万元", "尾砂库多少万元"], p) is None  # another unit asked
    True
    >>> r.each, run_total(["矿区废渣堆场多少亩", "尾砂库要植被恢复多少亩"], p.replace("面积3000亩", "面积均达到300亩")).each
    (False, True)
    """
    text = normalise_text(paragraph)
    texts = [_HERE.sub("", normalise_text(p)) for p in parts]
    units = {m.group("unit") for t in texts if (m := _ASKING.search(t)) and m.group("unit")}
    for own in RUN_CLAUSE.finditer(text):
        for value in values_in(own.group(0), 0):
            if re.match(r"(?:以上|以下|左右)?(?:、|和|及|与)\d", own.group(0)[value.end():]):
                continue  # 「…分别达到12公里和8公里」: a run of values, one each
            # the run named in the value's clause, or in an earlier clause of its sentence (「加快推进甲、乙楔形绿地
            # 建设，确保…，新增绿地面积300公顷以上」): the clause quoted runs from the run's to the value's
            head = run_head(text, own.start() + value.start())
            names = run_members(head) if head else None
            start = text.rfind(head, 0, own.start() + value.start()) if head else own.start()
            clause = text[start : own.end()]
            if not names or any(not _unit_fits(u, value.group(0)) for u in units):
                continue
            printed = [""] * len(names)
            asked: dict[int, int] = {}
            for i, t in enumerate(texts):
                hits = [(j, m) for j, m in enumerate(pieces_named(names, t)) if m]
                if len(hits) != 1 or hits[0][0] in asked.values():
                    break
                asked[i], printed[hits[0][0]] = hits[0]
            else:
                if len(asked) < 2:
                    continue
                # the words the parts ask besides the members (植被恢复) are the run's measure, printed in its clause
                grams = set().union(*(bigrams(_ASKING.sub("", t.replace(printed[asked[i]], ""))) for i, t in enumerate(texts)))
                if grams and len(grams & bigrams(text)) < 0.6 * len(grams):
                    continue
                # the last member's name stops where the measure the parts ask begins (尾砂库|植被恢复面积)
                others = [t for i, t in enumerate(texts) if asked[i] != len(names) - 1]
                last = printed[-1] or names[-1]
                cut = next((k for k in range(2, len(last) - 1) if any(last[k : k + 2] in t for t in others)), len(last))
                if not printed[-1] and cut == len(last):
                    continue  # the last member's name is not told from the measure printed after it
                printed[-1] = last[:cut]
                members = [p or n for p, n in zip(printed, names)]
                if not printed[0]:
                    members[0] = after_verb(names[0])
                # 「化学需氧量、…、氨氮排放量均削减10%」: each member's own figure, no total of theirs
                return RunTotal(tuple(members), tuple(sorted(asked.values())), bounded(clause, value.group(0)),
                                clause, each_own(own.group(0)[: value.start()], value.group(0)))
    return None


def _unit_fits(unit: str, value: str) -> bool:
    """Whether ``value`` is in the ``unit`` asked, read with the object said after it (「多少亩植被」: 亩); a noun after
    the question word that opens with no unit (「多少绿地面积」) asks none.

    >>> _unit_fits("亩植被", "3000亩以上"), _unit_fits("亩", "3000亩"), _unit_fits("万元", "3000亩")
    (True, True, False)
    >>> _unit_fits("绿地面积", "300公顷以上"), _unit_fits("个项目", "300公顷")
    (True, False)
    """
    if not any(unit.startswith(u) for u in (*MEASURE_UNITS, *CLASSIFIERS)):
        return True
    return any(unit_agrees(unit[:k], value) for k in range(len(unit), 0, -1))


def _open_or_total(answer: Answer, total: RunTotal, cite: Citation) -> bool:
    """Whether a part's own answer is none, or the run's total given as the part's own (「尾砂库植被恢复面积3000亩以上」
    read in a clause cut at the 、)."""
    if not answer.found:
        return True
    number = re.match(r"[0-9.,]+", normalise_text(total.value))
    return bool(number) and all(i.citation is not None and i.citation.id == cite.id and i.citation.plan == cite.plan
                                and normalise_text(i.label).startswith(number.group(0)) for i in answer.items)


def joined_runs(parts: list, answers: list[Answer], make_part, *, partial_found: bool = True) -> tuple[list, list[Answer]]:
    """``parts`` and ``answers`` with the members of one run that no answerer found alone (or that were given the
    run's total as their own) made one part, answered by the run's total (:func:`run_total`).

    A group is the longest span of consecutive parts one run covers (「A、B要…？C和D呢？」: A and B), else one part
    naming members joined (「临时堆场和临时道路呢」). ``make_part(text, label)`` builds a part
    (:class:`qa.values.parts.Part`). The run is read in the paragraphs the answers cite, in order. With
    ``partial_found`` False a run's total given for some of its members only is a refusal saying so (a sum asked of
    two of four members is never the four's figure).
    """
    cites: list[Citation] = []
    for a in answers:
        cites += [c for c in a.citations if all((c.plan, c.id) != (o.plan, o.id) for o in cites)]
    start = 0
    while start < len(parts):
        joined = _joined_at(parts, answers, start, cites)
        if joined is None:
            start += 1
            continue
        end, total, cite = joined
        asked = "、".join(total.members[j] for j in total.asked)
        whole = "、".join(total.members)
        quote = printed_in(cite.text, total.clause)
        if total.each:
            text = f"{asked}：各为{total.value}（原文：“{quote}”）"
        elif len(total.asked) < len(total.members):
            text = f"{asked}：规划未分列各自的数值，{whole}合计{total.value}（原文：“{quote}”）"
        else:
            text = f"{asked}合计：{total.value}（原文：“{quote}”）"
        partial = not total.each and len(total.asked) < len(total.members)
        if partial and not partial_found:
            answer = Answer(asked, text.replace("规划未分列各自的数值，", "规划未分列各自的数值，只给出") + "。", False, [], [cite], kind="fact")
        else:
            answer = Answer(asked, text, True, [Item(total.value, cite, detail=total.clause)], [cite], kind="fact")
        parts = parts[:start] + [make_part(parts[start].text, asked)] + parts[end:]
        answers = answers[:start] + [answer] + answers[end:]
        start += 1
    return parts, answers




def _joined_at(parts: list, answers: list[Answer], start: int, cites: list[Citation]) -> tuple[int, RunTotal, Citation] | None:
    """(end of the group, the run's total, its paragraph) of the longest group of parts from ``start`` one run covers."""
    for end in range(len(parts), start, -1):
        group = range(start, end)
        texts = [parts[i].text for i in group] if end - start > 1 else JOINER.split(parts[start].text)
        if len(texts) < 2:
            continue
        for cite in cites:
            total = run_total(texts, cite.text)
            # a part answered alone keeps its answer, unless it was given the run's total as its own
            if total is not None and all(_open_or_total(answers[i], total, cite) for i in group):
                return end, total, cite
    return None
