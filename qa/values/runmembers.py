"""A 、-run of members printed before one figure (「完成废渣堆场、回填区、尾砂库植被恢复面积3000亩」), and which of
its members a question or a noun names.

The genre prints one figure for a run of names: the run's total, no member's own, unless 各/分别/均 gives it to each
(:func:`each_own`). Answerers (qa.values.measures, summed, siblings, worksum) and checks (qa.checks.joint) read runs
here, one way: :func:`run_head` finds the clause naming the run, :func:`run_members` its names, :func:`pieces_named`
which of them a text says. A run whose members print values of their own (「完成7个路段潮汐车道改造、37个交叉口
可变车道工程」) is read by :func:`value_run` and :func:`sole_value`.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

from ..index.kb import normalise_text
from .prose import asked_values, values_in

__all__ = ["RUN_CLAUSE", "run_members", "member_piece", "each_own", "said_of_each", "one_member", "pieces_named",
           "run_head", "after_verb", "RunNamed", "run_named", "whole_run_total", "RUN_VALUE", "DISTRIBUTED", "ValueRun", "value_run", "sole_value"]

#: A figure after a run (a year or a date, 「2021年上半年制定…」, is when, no run's figure).
RUN_VALUE = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d年)\d+(?:\.\d+)?[^\d，,；;。、（(]{0,4}")
#: Words between a run and its figure giving the figure to each member (「A、B、C各建设1处」「每个…不少于」).
DISTRIBUTED = re.compile(r"分别|各|每(?:个|处|座|所|家|条|项)")
#: A total asked (「…加起来」「一共」「合计」): of a run's members all named, the run's one figure is that total.
_TOTAL_ASKED = re.compile(r"加起来|加在一起|一共|总共|合计|共计|总计|总和")


#: Clause marks; 、 joins the members of a run.
RUN_CLAUSE = re.compile(r"[^，,；;。：:！？!?()（）]+")


def run_members(head: str) -> list[str] | None:
    """The names of a 、-run ending ``head`` (the clause up to the value), or None when there is no run of two."""
    if re.search(r"\d|分别|各", head):
        return None  # 「A、B和C…分别达到X和Y」: values of their own, no total
    names = head.split("、")
    if len(names) >= 2 and (joined := re.match(r"(.{2,}?)(?:和|及|与)(.{2,})", names[-1])):
        names[-1:] = [joined.group(1), joined.group(2)]  # 「A、B和C…」: C the last member
    if len(names) < 2 or any(len(n) < 2 or _RUN_VERB.fullmatch(n) for n in [after_verb(names[0]), *names[1:]]):
        return None  # 「争取省、县级文保单位」: 省 and 县级 qualify one name, they are no members
    return names


def member_piece(name: str, text: str, where: str, first: str = "") -> str:
    """The piece of a run member's name ``text`` holds: the end of the first name (after its verb), the start of
    the last (before the measure), a middle name whole; '' when it is not there. ``first`` is the run's first name."""
    if where == "middle":
        return name if name in text else ""
    if where == "first":
        # the whole name after the verb opening the run (临时堆场 is no 废渣堆场, though both end 堆场)
        return next((p for p in (name, after_verb(name)) if p in text), "")
    # the start of the last name, longer than what it shares with the first (临时道路 is no 临时堆场)
    shared = len(os.path.commonprefix([name, after_verb(first)])) if first else 0
    return next((p for p in (name[:k] for k in range(len(name), max(1, shared), -1)) if p in text), "")


#: 「A、B…均削减10%」「都达到」「各建1个」: a word printed before the value's verb saying the value is each member's.
_EACH = re.compile(r"(?:(?<![年平人亩户])均|都|各|皆|一律)[\u4e00-\u9fff]{0,4}$")  # (年均, 人均 are no 均)


def each_own(before: str, value: str) -> bool:
    """Whether ``value``, printed after a 、-run (``before`` is its clause up to the value), is each member's own and
    no total: a rate (「A、B年均增长5%」), a count of kinds (「…等六大特色农业」 counts the run, sums nothing), or a
    value said of each (「化学需氧量、…、氨氮排放量均削减10%」).

    >>> each_own("化学需氧量、氨氮排放量均削减", "10万吨"), each_own("完成废渣堆场、尾砂库植被恢复面积", "3000亩")
    (True, False)
    >>> each_own("茶叶、竹笋年均增长", "5%")
    True
    """
    return bool(re.search(r"[%％‰倍]|百分", value) or re.fullmatch(r"[0-9一二三四五六七八九十两]+(?:大|类|种)", value)
                or said_of_each(before))


def said_of_each(before: str) -> bool:
    """Whether a clause up to its value (``before``) says the value of each thing it names (「…均削减」「都达到」「各建」).

    >>> said_of_each("化学需氧量、氨氮排放量均削减"), said_of_each("地区生产总值年均增长")
    (True, False)
    """
    return bool(_EACH.search(normalise_text(before)))


def one_member(segment: str, value: str, noun: str) -> bool:
    """Whether ``value`` is printed in ``segment`` after a 、-run of members of which ``noun`` names only one: the
    run's total, no member's own.

    >>> one_member("完成废渣堆场、回填区、尾砂库植被恢复面积3000亩以上", "3000亩", "废渣堆场植被恢复面积")
    True
    >>> one_member("完成废渣堆场、回填区、尾砂库植被恢复面积3000亩以上", "3000亩", "植被恢复面积")
    False
    >>> one_member("争取省、县级文保单位达60处以上", "60处", "省县级文保单位")
    False
    >>> one_member("茶叶、竹笋年均增长5%", "5%", "茶叶")
    False
    """
    text = normalise_text(segment)
    run = run_named(noun, text, text.find(normalise_text(value)), value)
    return run is not None and sum(bool(p) for p in run.pieces) == 1


def pieces_named(names: list[str], text: str) -> list[str]:
    """For each member of a run (``names``, as :func:`run_members` reads them), the piece of its name ``text`` says
    ('' when none): the one reading of which members a question or noun names, shared by the answerers and the
    checks (a run's total is one member's, several members', or all of theirs).

    >>> pieces_named(["完成废渣堆场", "回填区", "尾砂库"], "废渣堆场和尾砂库植被恢复面积")
    ['废渣堆场', '', '尾砂库']
    """
    where = ["first"] + ["middle"] * (len(names) - 2) + ["last"]
    return [member_piece(n, text, w, names[0]) for n, w in zip(names, where)]


#: A clause that names a part of what came before (「其中」「含」), so a figure in it is no longer the run's.
_SUBPART = re.compile(r"^(?:其中|含|包括|内含)")


def run_head(text: str, at: int) -> str:
    """The clause up to a value at ``at`` in ``text`` that names the run the value is printed for: its own clause when
    that names a 、-run, else the nearest clause of the same sentence before it that does — the genre names the run
    once and goes on with its figures (「加快推进甲、乙、丙楔形绿地建设，确保…建成开放，新增绿地面积300公顷以上」).
    '' when the value's own clause names a thing of its own, a clause between prints a figure (a new subject), the
    value's clause opens a part (其中…), or no run is named.

    >>> t = "加快推进甲岭、乙塘、丙湾楔形绿地建设，确保“十四五”期间全面建成开放，新增绿地面积300公顷以上"
    >>> run_head(t, t.find("300"))
    '加快推进甲岭、乙塘、丙湾楔形绿地建设'
    >>> run_head("完成甲堆场、乙堆场植被恢复面积3000亩", 15)
    '完成甲堆场、乙堆场植被恢复面积'
    >>> t = "建设甲园、乙园、丙公园，其中丙公园新增绿地50公顷"
    >>> run_head(t, t.find("50"))
    ''
    >>> t = "建设甲园、乙园、丙公园，新建园路5公里，新增绿地50公顷"
    >>> run_head(t, t.find("50"))
    ''
    """
    if at <= 0:
        return ""
    before = text[:at]
    sentence = re.split(r"[。；;！？!?]", before)[-1]
    clauses = RUN_CLAUSE.findall(sentence)
    if not clauses:
        return ""
    own = clauses[-1]
    if run_members(own) or _SUBPART.match(own):
        return own if run_members(own) else ""
    for k in range(len(clauses) - 2, -1, -1):
        clause = clauses[k]
        if re.search(r"\d", re.sub(r"(?:19|20)\d\d年", "", clause)):
            return ""  # a figure of its own: what the value's clause goes on about is no longer the run
        if names := run_members(clause):
            # the value's clause names none of the run's members, nor another thing of their kind (their shared head)
            last = names[-1]
            if any(after_verb(n)[:2] in own for n in names[:-1]) or last[:2] in own:
                return ""
            return clause
    return ""


#: Verbs run together as names are (「续建、新建乡镇中心幼儿园7所」): no members of a run.
_RUN_VERB = re.compile(r"(?:续|新|改|扩|兴|修|在|已)建|建成|建设|改造")
#: Verbs opening a run (「完成废渣堆场…」「建设甲、乙…」「加快推进甲…」: two may run together).
_RUN_OPENING = re.compile(r"^(?:(?:争取|力争|确保|努力)?(?:完成|实现|建设|新建|兴建|续建|扩建|改建|修建|建成|开展|推进|实施|加快|完善|新增|打造|培育|创建|形成|统筹){0,2})")


def after_verb(name: str) -> str:
    """A run's first name without the verb opening the run (完成废渣堆场 → 废渣堆场)."""
    return _RUN_OPENING.sub("", name) or name


@dataclass(frozen=True)
class RunNamed:
    """The run printed before a value: the clause naming it (``head``), its member ``names``, and for each the piece
    of its name a text says (``pieces``, '' when none)."""

    head: str
    names: list[str]
    pieces: list[str]


def run_named(text: str, sentence: str, at: int, value: str) -> RunNamed | None:
    """The run ``sentence`` prints the value at ``at`` (``value``) for, and which of its members ``text`` (a question,
    a noun) names; None when no run is named there or the value is each member's own (:func:`each_own`). The one
    reading behind a member's refusal (qa.checks.joint), one member's total (:func:`one_member`) and a total asked
    of every member (:func:`whole_run_total`).

    >>> run_named("废渣堆场和尾砂库", "完成废渣堆场、回填区、尾砂库植被恢复面积3000亩", 19, "3000亩").pieces
    ['废渣堆场', '', '尾砂库']
    >>> run_named("茶叶", "茶叶、竹笋年均增长5%", 9, "5%") is None
    True
    """
    if at <= 0 or each_own(sentence[:at], value):
        return None
    head = run_head(sentence, at)
    names = run_members(head) if head else None
    return RunNamed(head, names, pieces_named(names, text)) if names else None


def whole_run_total(question: str, sentence: str) -> tuple[str, str] | None:
    """(the run as printed, its one figure) when ``question`` asks the total of every member of a 、-run that
    ``sentence`` prints a single figure for (「何仙观、黄江源…四个水厂供水规模加起来」 of 「兴建何仙观、黄江源、石坝仔、
    猫儿岩四个农村饮水水厂，供水规模为5.5万吨每天」); else None — the plan prints no member's own figure to add.

    >>> s = "加快推进东岭、西塘、南湾、北坡楔形绿地建设,确保建成开放,新增绿地面积260公顷以上"
    >>> whole_run_total("东岭、西塘、南湾、北坡楔形绿地新增绿地面积加起来多少", s)
    ('东岭、西塘、南湾、北坡楔形绿地建设', '260公顷以上')
    >>> whole_run_total("东岭楔形绿地新增绿地面积加起来多少", s) is None, whole_run_total("东岭、西塘、南湾、北坡楔形绿地新增绿地面积多少", s) is None
    (True, True)
    """
    if not _TOTAL_ASKED.search(question):
        return None
    for value in RUN_VALUE.finditer(sentence):
        run = run_named(question, sentence, value.start(), value.group(0))
        if run and not DISTRIBUTED.search(run.head) and all(run.pieces):
            return after_verb(run.head), value.group(0)
    return None


@dataclass(frozen=True)
class ValueRun:
    """A clause read as a 、-run whose parts may print values of their own: the words leading it before its first
    value (``lead``: its verb, 完成 of 「完成7个路段潮汐车道改造、37个交叉口可变车道工程」) and its ``parts`` as
    printed, the first with the lead."""

    lead: str
    parts: list[str]

    @property
    def own(self) -> list[str]:
        """Each part without the run's lead (the first's words after it, the others as printed)."""
        return [self.parts[0][len(self.lead):], *self.parts[1:]]

    def holding(self, unit: str | None) -> int:
        """How many parts print a value (a count of 条 only when ``unit`` asks it: :func:`values_in`)."""
        return sum(1 for p in self.parts if values_in(p, 0, unit))


def value_run(clause: str) -> ValueRun:
    """``clause`` read as a 、-run of parts (one part when it holds no 、).

    >>> run = value_run("完成7个路段潮汐车道改造、37个交叉口可变车道工程")
    >>> run.lead, run.own
    ('完成', ['7个路段潮汐车道改造', '37个交叉口可变车道工程'])
    """
    parts = clause.split("、")
    return ValueRun(re.match(r"[^\d]*", parts[0]).group(0), parts)


def sole_value(text: str, unit: str | None) -> re.Match | None:
    """The one value of the asked kind (:func:`~qa.values.prose.asked_values`) in a run's part ``text`` when it
    prints no other value, else None: a part holding another value (「每年引进10亿元以上项目3个」) counts one sort of
    the thing.

    >>> sole_value("37个交叉口可变车道工程", "个").group(0), sole_value("每年引进10亿元以上项目3个", "个")
    ('37个', None)
    """
    found = asked_values(text, unit)
    return found[0] if len(found) == 1 == len(values_in(text, 0)) else None
