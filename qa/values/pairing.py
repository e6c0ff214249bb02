"""「A、B分别达到X和Y」: each value of a 分别 run belongs to the member at its position — the one reader of such runs.

Plans pair members and values in order (「并网风电装机、生物质发电装机分别达到500万千瓦和550万千瓦」); a clause cut
at the 、 reads 「生物质发电装机分别达到500万千瓦和550万千瓦」 and would give the first value to the second owner.
:func:`run_holding` reads the run that prints a given value, with its members: a clause may hold two runs, the second
naming no members of its own (「甲和乙收入分别达到38200元、17600元，年均分别增长8.1%、9.3%」: 年均 pairs 8.1% and 9.3%
with 甲 and 乙收入). Its readers: :func:`run_owner_mismatch`, the last check on such a figure (the owner the question
names picks its position in the run, and a value at another position is refused); :func:`run_member`, the value of
the one member a question's part names; and :func:`qa.values.measures.distributed_value`, a measure's value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..index.kb import normalise_text
from .prose import SENTENCE, VALUE, expand_ordinals
from ..vocabulary import JOINER_WORDS

__all__ = ["BOUND", "Run", "RunPair", "run_holding", "run_member", "run_owner_mismatch"]


@dataclass(frozen=True)
class Run:
    """A 分别 run of a clause: its ``members`` as printed before 分别 (its own, or the run's before it when it names
    none), its ``values`` as printed after it up to the clause's end (a verb or bound kept: 「达到38200元」), both split
    at 、和及与; ``printed``, the values' text as printed, and ``head``, the clause's text before the members' 分别."""

    members: tuple[str, ...]
    values: tuple[str, ...]
    printed: str
    head: str

    def figures(self) -> list[str]:
        """The values as figures alone (「达到500万千瓦」 → 500万千瓦), every figure each value prints."""
        return [m.group(0) for v in self.values for m in VALUE.finditer(v) if re.search(r"\d|[〇零一二三四五六七八九十百千万亿]", m.group(0))]


#: Joins between a run's members, and between its values.
#: Where a run's members start: after the clause mark before 分别.
_MEMBERS_FROM = re.compile(r"[，,；;：:。]")
#: Where a run's values end.
_VALUES_TO = re.compile(r"[，,；;。]")


def _runs(clause: str) -> list[Run]:
    """Every 分别 run of ``clause``, in order; a run whose own words before 分别 name fewer than two members pairs its
    values with the members of the run before it (「年均分别增长」), or, the first, with those the clause names before
    (「建设甲产业园和乙产业园，产值分别达到…」).

    >>> [r.members for r in _runs("建设甲产业园和乙产业园，产值分别达到80亿元和30亿元")]
    [('建设甲产业园', '乙产业园，产值')]
    """
    out: list[Run] = []
    for m in re.finditer("分别", clause):
        end = _VALUES_TO.search(clause, m.end())
        printed = clause[m.end() : end.start() if end else len(clause)]
        values = tuple(v for v in JOINER_WORDS.split(printed) if v)
        head = clause[: m.start()]
        members = tuple(JOINER_WORDS.split(_MEMBERS_FROM.split(head)[-1]))
        if out and len(members) < 2:
            out.append(Run(out[-1].members, values, printed, out[-1].head))
            continue
        if len(members) < 2:
            # 「建设甲产业园和乙产业园，产值分别达到80亿元和30亿元」: the members printed before the measure's comma.
            members = tuple(JOINER_WORDS.split(re.sub(r"^.*?[:：]", "", head)))
        out.append(Run(members, values, printed, head))
    return out


def run_holding(clause: str, value: str) -> Run | None:
    """The 分别 run of ``clause`` whose values print ``value`` (its number alone will do: 「不低于40%」 of 「不低于40%、35%」,
    a note after it left out), or None. The clause is read with its ordinals and paired words written out
    (:func:`qa.values.prose.expand_ordinals`: 城乡…分别 → 城镇…和农村…), so every caller pairs the same members.

    >>> r = run_holding("甲和乙收入分别达到38200元、17600元，年均分别增长8.1%、9.3%", "9.3%")
    >>> r.members, r.values
    (('甲', '乙收入'), ('增长8.1%', '9.3%'))
    >>> run_holding("城区和乡镇垃圾无害化处理率分别超过95%和80%", "80%").values, run_holding("甲达到5%", "5%")
    (('超过95%', '80%'), None)
    """
    number = re.search(r"\d[\d.,]*", value.split("（")[0])
    at = re.compile(rf"(?<![\d.]){re.escape(number.group(0))}(?![\d.])") if number else None
    for run in _runs(expand_ordinals(clause)):
        if value in run.printed or at is not None and at.search(run.printed):
            return run
    return None

@dataclass(frozen=True)
class RunPair:
    """The asked owner's place in a 分别 run: its ``value``, and whose the given value was."""

    owner: str
    value: str
    given_to: str
    sentence: str

    @property
    def why(self) -> str:
        return f"原文“分别”依次对应，所给数值属于{self.given_to}，所问的{self.owner}是{self.value}"


def run_owner_mismatch(question: str, value: str, paragraph: str) -> RunPair | None:
    """The asked owner's own value when ``value`` is another owner's in a 分别 run of ``paragraph``, or None.

    Parameters
    ----------
    question : str
        The question (normalised); exactly one of the run's owners must be named in it, else nothing is checked.
    value : str
        The value as answered (a trailing （…） note is ignored).
    paragraph : str
        The text of the figure's paragraph (its citation).

    Examples
    --------
    >>> p = "新能源加快发展，并网风电装机、生物质发电装机分别达到500万千瓦和550万千瓦。"
    >>> run_owner_mismatch("生物质发电装机要达到多少？", "500万千瓦", p).why
    '原文“分别”依次对应，所给数值属于并网风电装机，所问的生物质发电装机是550万千瓦'
    >>> run_owner_mismatch("生物质发电装机要达到多少？", "550万千瓦", p) is None
    True
    >>> q = "专精特新小巨人企业到2030年要超过多少家？"
    >>> run_owner_mismatch(q, "180家", "国家级单项冠军企业、国家专精特新“小巨人”企业分别超180家、2000家。").value
    '2000家'
    """
    v = normalise_text(value.split("（")[0])
    q = expand_ordinals(normalise_text(question))
    # 「第一、二、三产业…分别」: each owner by its own name (第二产业), as the question's parts name them.
    for sentence in SENTENCE.findall(expand_ordinals(normalise_text(paragraph))):
        if v not in sentence or not (run := run_holding(sentence, v)):
            continue
        owners, values = [o for o in run.members if o], run.figures()
        if not len(owners) == len(values) >= 2 or v not in values:
            continue
        named = [i for i, o in enumerate(owners) if len(o) >= 2 and o in q] or [k for k, _ in [_named_by_tail(owners, q)] if k >= 0]
        if len(named) != 1 or values[named[0]] == v:
            continue
        return RunPair(owners[named[0]], values[named[0]], owners[values.index(v)], sentence)
    return None


def _named_by_tail(owners: list[str], question: str) -> tuple[int, int]:
    """The one owner a question names without the run's qualifier before it (「专精特新小巨人企业…」 for 国家专精特新
    “小巨人”企业): the owner whose longest ending the question prints, at least four characters and longer than any
    other owner's, with that length; (-1, 0) when none or a tie."""
    bare = lambda text: re.sub(r"[“”\"‘’「」]", "", text)  # 小巨人 asked without the quotes the plan prints
    question, owners = bare(question), [bare(o) for o in owners]
    ends = [max((len(o) - i for i in range(len(o) - 3) if o[i:] in question), default=0) for o in owners]
    best = max(ends, default=0)
    if best < 4 or ends.count(best) != 1:
        return -1, 0
    k = ends.index(best)
    # another owner's own ending in the question (城镇居民 beside 农村居民人均可支配收入) leaves it open; one it
    # shares with the named owner (企业) does not
    if any(o[i:] in question and not owners[k].endswith(o[i:]) for j, o in enumerate(owners) if j != k
           for i in range(len(o) - 1)):
        return -1, 0
    return k, best


_RUN_VALUE = re.compile(r"^(\D{0,6}?)(\d[\d.]*\s*(?:%|‰|[\u4e00-\u9fff]{0,4}))$")
#: A bound said before a run's first value, every member's (「分别不低于40%、35%」), unlike a verb (完成).
BOUND = re.compile(r"不低于|不高于|不少于|不超过|超过|低于|高于")


def run_member(part_text: str, clause: str, value: str) -> str | None:
    """The value the 分别 run printing ``value`` (「A占B、C比重分别不低于40%、35%」) gives the one member ``part_text``
    names; None when the clause prints no such run or the part names no one member of it.

    >>> c = "甲片区税收占乙商务区、全区税收比重分别不低于40%、35%"
    >>> run_member("甲片区税收占全区的比重不能低于多少", c, "不低于40%"), run_member("甲片区税收占乙商务区的比重", c, "35%")
    ('不低于35%', '不低于40%')
    >>> run_member("甲片区税收占丙区的比重", c, "40%") is None
    True
    >>> c = "国家级制造业单项冠军企业、国家专精特新“小巨人”企业、国家高新技术企业分别超180家、2000家、3万家"
    >>> run_member("高新技术企业到2030年要超过多少家", c, "180家"), run_member("专精特新小巨人企业要超过多少家", c, "180家")
    ('3万家', '2000家')
    """
    run = run_holding(clause, value)
    if run is None:
        return None
    values = [m for c in run.values if (m := _RUN_VALUE.match(c))]
    members = run.members[-len(values):] if len(values) >= 2 else []
    if len(members) != len(values) or len(values) != len(run.values):
        return None

    def named(k: int) -> int:
        # the first member's own words end its chunk (…占乙商务区); a later one's begin it (全区税收比重)
        chunk = members[k]
        ends = [chunk[i:] if k == 0 else chunk[: len(chunk) - i] for i in range(len(chunk) - 1)]
        return max((len(e) for e in ends if len(e) >= 2 and e in part_text), default=0)

    scores = [named(k) for k in range(len(members))]
    tail, length = _named_by_tail(list(members), part_text)
    matched = [members[k][-n:] if k == 0 else members[k][:n] for k, n in enumerate(scores)]
    if length > max(scores) and all(members[tail].endswith(matched[k]) for k, n in enumerate(scores) if n and n == max(scores)):
        # 「高新技术企业…」 of 「国家级…冠军企业、国家高新技术企业分别…」: a later member asked without the run's
        # qualifier (国家) is named by its ending, not by the 企业 the first member's ending shares with it — unless
        # the other match is a member's own (「城镇居民人均…」 of 「城镇居民和农村居民人均…分别」: 城镇居民).
        scores = [length if k == tail else 0 for k in range(len(members))]
    mine = [k for k, n in enumerate(scores) if n and n == max(scores)]
    if len(mine) != 1:
        return None
    bound = BOUND.search(values[mine[0]].group(1) or values[0].group(1))
    return (bound.group(0) if bound else "") + values[mine[0]].group(2)
