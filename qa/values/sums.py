"""A sum of the figures of several named things (「A和B合计多少」「A、B加起来多少」).

Plans seldom print such a total; they print each thing's own figure, often in one clause (「循环经济、航空航天新材料
产业园产值分别达到50亿元以上」). That clause is no total — given as one it is a neighbour's figure passed off as the
sum. So a sum asked of enumerated things is answered as the parts are (:mod:`qa.values.parts`: each part asked and
verified alone) and the parts' figures are added, each addend said with its part; a total the plan prints itself
(「湘江、潇水治理69.5km」) still answers the question whole. A part the plan gives no figure for, a rate (shares and
percentages do not add) or figures in units that do not agree leave the sum unanswered, saying what the plan gives.
"""
from __future__ import annotations

import re
from typing import Callable

from kg.extract.units import parse_quantities

from ..answer import Answer, with_item_citations
from .parts import ASKS_FIGURE, Part, figure_parts
from .summed import joined_runs

__all__ = ["SUM_ASKED", "sum_parts", "answer_sum"]

#: Words asking the sum of the things a question names.
SUM_ASKED = re.compile(r"一共|总共|合计|共计|总计|加起来|合起来|加在一起|总和")
#: Words joining the things summed (「A和B」「A、B」).
_JOINED = re.compile(r"和|与|及|、|跟|同")
#: A clause's head counting back the things the clause before names (「两条」「这两个」「二者」) before its sum word.
_BACK = re.compile(r"(?:这|那|上述|以上)?(?:[两二三四五六七八九十几](?:条|个|座|所|家|处|项)(?:路|道路|公路|项目|工程|园区)?|两者|二者|三者)的?")
#: One more thing summed (「A、B加上C一共多少」), read as a join.
_PLUS = re.compile(r"再?加上|外加")
#: A clause's head that is only the measure summed (「装机一共多少」「总投资合计多少」): no things named, no join.
_MEASURE_HEAD = re.compile(r"(?:它们|他们|其)?的?[\u4e00-\u9fff]{1,6}")
#: A clause giving each of several things its own figure: no total of them.
# a quoted heading (“三、重点任务”) or a heading's own 、 (三、) joins no things
_NOT_JOINS = re.compile(r"[“\"「『][^”\"」』]*[”\"」』]|[一二三四五六七八九十]+、")
_EACH = re.compile(r"分别|各(?:为|达|自|是)|均(?:为|达)")
#: A figure as printed: its number, then its unit with any 万/亿 (「50亿元以上」 → 50, 亿元, 以上).
_PRINTED = re.compile(r"^(?P<about>约|大约)?(?P<num>\d+(?:\.\d+)?)(?P<unit>[^\d\s以上下左右约≥≤]{1,6}?)(?P<bound>以上|以下|左右)?$")


def sum_parts(question: str, named: Callable[[str], str | None],
              owner: Callable[[str], str | None] | None = None) -> list[Part] | None:
    """The parts of a question asking the sum of two or more named things, each asked alone; None otherwise.

    >>> none = lambda text: None
    >>> [p.text for p in sum_parts("生猪和肉牛年出栏合计多少？", none)]
    ['生猪年出栏多少', '肉牛年出栏多少']
    >>> sum_parts("生猪和肉牛年出栏分别多少？", none) is None, sum_parts("一共有多少个专栏？", none) is None
    (True, True)
    >>> sum_parts("“三、重点任务”下面一共有多少条具体举措？", none) is None
    True
    >>> sum_parts("1995年财政支出是多少？八五期间五年合计多少？", none), sum_parts("完成了多少个项目，面积一共多少？", none)
    (None, None)
    """
    question = _PLUS.sub("和", question)  # 「A加上B一共多少」: B is one more thing summed
    clauses = [c for c in re.split(r"[？?，,；;。]", question) if c]
    asking = [c for c in clauses if SUM_ASKED.search(c)]
    head = asking[0][: SUM_ASKED.search(asking[0]).start()] if len(asking) == 1 else None
    back = _BACK.match(head) if head else None
    if head is not None and (at := clauses.index(asking[0])) > 0 and (not head or back or _MEASURE_HEAD.fullmatch(head)) \
            and _JOINED.search(_NOT_JOINS.sub("", clauses[at - 1])) and not ASKS_FIGURE.search(clauses[at - 1]):
        # 「A和B，两条加起来一共多少公里」「A与B，二者总长合计多少」「A、B加上C，装机一共多少」: the things are named in
        # the clause before, counted back by the one asking or followed by the measure summed.
        # (a measure said after the things is all of theirs: 「A、B和C的装机」 ends the last thing at 的)
        joined = clauses[at - 1] + ("的" if head and not back and not head.startswith("的") else "") + asking[0][(back.end() if back else 0):]
        question = re.sub(re.escape(clauses[at - 1]) + r"[，,；;]" + re.escape(asking[0]), lambda _: joined, question, count=1)
        clauses, asking = [c for c in re.split(r"[？?，,；;。]", question) if c], [joined]
    # one figure asked, by a clause naming the things joined before its sum word (「A和B…合计」) — not a sum over a
    # period (「八五期间五年合计多少」) nor a total of the things an earlier part counts (「…多少个，面积一共多少」)
    if len(asking) != 1 or len(ASKS_FIGURE.findall(question)) != 1 \
            or not _JOINED.search(_NOT_JOINS.sub("", asking[0][: SUM_ASKED.search(asking[0]).start()])):
        return None
    parts = figure_parts(SUM_ASKED.sub("分别", question, count=1), named, owner)
    return parts if parts and len(parts) >= 2 else None


def _total_of(clause: str, parts: list[Part]) -> bool:
    """Whether ``clause`` prints one figure for two or more of the parts together: it names them (each by its label's
    first two characters) and gives no figure to each (分别) — one thing's clause (光荣院…约10000平方米) is no total.

    >>> ps = [Part("湘江要治理多少", "湘江"), Part("潇水要治理多少", "潇水")]
    >>> _total_of("湘江、潇水治理69.5km", ps), _total_of("湘江、潇水分别治理30km", ps), _total_of("湘江治理30km", ps)
    (True, False, False)
    """
    return not _EACH.search(clause) and sum(p.label[:2] in clause for p in parts) >= 2


def _printed(label: str) -> tuple[float, str, str] | None:
    """(number, unit as printed, bound) of a figure label such as 「50亿元以上」 (约 read as the bound 左右), or None."""
    m = _PRINTED.match(label.strip())
    return (float(m.group("num")), m.group("unit"), m.group("bound") or ("左右" if m.group("about") else "")) if m else None


def _number(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


def added(labels: list[str]) -> str | None:
    """The sum of figures printed in one unit, a bound kept when every addend has it; None when they do not add.

    >>> added(["50亿元以上", "50亿元以上"]), added(["90万头", "2.8万头以上"]), added(["300亩", "370亩"])
    ('100亿元以上', '92.8万头以上', '670亩')
    >>> added(["40470平方米", "约10000平方米"])
    '50470平方米左右'
    >>> added(["50亿元", "6万元"]) is None, added(["66%", "5%"]) is None, added(["50亿元以上", "3亿元以下"]) is None
    (True, True, True)
    """
    read = [_printed(label) for label in labels]
    if any(r is None for r in read) or len({r[1] for r in read}) != 1:
        return None
    bounds = {r[2] for r in read} - {""}
    if len(bounds) > 1 or bounds == {"以下"} or any(q.kind == "percent" for label in labels for q in parse_quantities(label, source="")):
        return None  # a share or rate is each thing's own; caps do not add to a cap asked
    # floors add to a floor (50亿元 + 50亿元以上 is 100亿元以上), as approximations to one
    return _number(sum(r[0] for r in read)) + read[0][1] + (bounds.pop() if bounds else "")


def answer_sum(ask: Callable[[str], Answer], question: str, asked: str, parts: list[Part]) -> Answer | None:
    """The sum of the parts' figures, each addend verified alone; None when the plan prints the total itself.

    ``ask`` answers one question; ``question`` is the question as read, ``asked`` as written.
    """
    whole = ask(question)
    if whole.found and whole.items and all(_total_of(i.detail or i.label, parts) for i in whole.items):
        return None  # a total as printed (「湘江、潇水治理69.5km」): the question answered whole
    answers = [ask(p.text) for p in parts]
    joined_parts, joined = joined_runs(parts, answers, Part)
    if len(joined) == 1 and joined[0].found:
        joined[0].question = asked
        return joined[0]  # 「湘江和潇水一共治理多少」: the run's total as printed (「湘江、潇水治理69.5km」)
    labels = [a.items[0].label if a.found and a.items else "" for a in answers]
    said = "，".join(f"{p.label}{label}" if label else f"{p.label}未给出" for p, label in zip(parts, labels))
    cites = [c for a in answers for c in a.citations]
    total = added(labels) if all(labels) else None
    if total is None:
        why = "各项数值不能相加" if all(labels) else "不是每一项都有数值"
        text = f"规划未给出所问的合计数（{why}）：{said}。"
        return Answer(asked, text, False, [], cites, kind="fact")
    items = [i for a in answers for i in a.items[:1]]
    text = f"合计{total}（{' + '.join(f'{p.label}{label}' for p, label in zip(parts, labels))}，按规划所列各项相加）。"
    return with_item_citations(Answer(asked, text, True, items, cites, kind="fact"))
