"""A count asked with its members (「定了几条…？分别是什么？」「有几项重点任务，都是哪些？」): both from one counted list.

Office staff ask how many and which in one breath. The count and the members must come from the same list — the run
the plan prints after its count (「明确四项重点任务：绿地提质、林地扩容、湿地修复、河道治理」) or a heading's numbered
children — so the answer never gives one list's count with another's members. :func:`count_and_members` reads the
question; :func:`counted_run` finds a run printed as N项/N条 whose members number exactly N.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..answer import Answer, Item
from ..index.kb import KB, plan_of
from ..question.intent import parse_cn_number

#: The count asked (几项, 几条, 几个, 几大, 几类, 几方面) with the noun after it when the question prints one there.
_COUNT = re.compile(r"几(项|条|个|大|类|种|方面|部分)([\u4e00-\u9fff]{2,10}?)?(?=[？?，,。；;]|分别|都|各|具体|是|有|$)")
#: The members asked after the count (分别是什么, 都是哪些, 是哪几项, 具体有哪些, 包括哪些).
_MEMBERS = re.compile(r"(?:分别|都|各|具体|又)?(?:是|有|包括)(?:什么|哪些|哪几|啥)|分别是|分别有|都是哪|是哪(?:些|几)")
#: Verbs between a noun and its count (「保障措施定了几条」「重点任务有几项」「明确了几项」).
_VERB = re.compile(r"(?:一共|总共|共)?(?:定了|明确了?|提出了?|部署了?|安排了?|列了|列出了?|包括|包含|分为|分成|有|是)?(?:一共|总共|共)?$")
#: A question's lead words no noun keeps (请问, 规划, 纲要, 里, 中).
_LEAD = re.compile(r"^(?:请问)?(?:本|这个|该)?(?:规划|纲要|方案)?(?:里|中|里面)?(?:一共|总共|共)?")
#: A count printed before its noun and a colon: 「四项重点任务：」「3条措施：」.
_PRINTED = r"([0-9]+|[一二两三四五六七八九十]{{1,3}})\s*({cls})({noun})[：:]"
#: What ends a printed run: the sentence's end.
_RUN_END = re.compile(r"[。；;]|$")


@dataclass(frozen=True)
class Headcount:
    """A count-and-members question: ``count`` is the part asking how many (「明确了几项重点任务」), ``noun`` the thing
    counted (重点任务), ``classifier`` its counting word (项)."""

    count: str
    noun: str
    classifier: str


def count_and_members(question: str) -> Headcount | None:
    """The question's count part and noun when it asks how many and which, else None.

    >>> count_and_members("明确了几项重点任务？分别是什么？")
    Headcount(count='明确了几项重点任务', noun='重点任务', classifier='项')
    >>> count_and_members("保障措施定了几条？都是哪些？")
    Headcount(count='保障措施定了几条', noun='保障措施', classifier='条')
    >>> count_and_members("重点任务有几项？") is None   # no members asked
    True
    >>> count_and_members("村庄分成哪几类，各自重点是什么？") is None   # a property of each asked
    True
    """
    m = _COUNT.search(question)
    if not m or not (asked := _MEMBERS.search(question[m.end():])):
        return None
    if re.sub(r"[？?，,。；;\s]|各自|分别|具体|都|各|又", "", question[m.end():m.end() + asked.start()]):
        return None  # 「村庄分成哪几类，各自重点是什么」 asks each one's 重点, not which they are
    noun = m.group(2) or ""
    if not noun or _MEMBERS.match(noun):
        before = _LEAD.sub("", question[: m.start()])
        noun = before[: len(before) - len(_VERB.search(before).group(0))]
    if len(noun) < 2:
        return None
    end = m.end() if m.group(2) and not _MEMBERS.match(m.group(2)) else m.start() + 1 + len(m.group(1))
    return Headcount(question[: end].strip("，,？? "), noun, m.group(1))


def counted_run(text: str, noun: str, classifier: str) -> tuple[int, list[str], str] | None:
    """The run ``text`` prints after a count of ``noun`` and a colon, when it holds exactly that many members:
    (count, members, the sentence quoted), else None.

    >>> counted_run("围绕绿色发展，明确四项重点任务：绿地提质、林地扩容、湿地修复、河道治理。", "重点任务", "项")
    (4, ['绿地提质', '林地扩容', '湿地修复', '河道治理'], '明确四项重点任务：绿地提质、林地扩容、湿地修复、河道治理')
    >>> counted_run("明确四项重点任务：绿地提质、林地扩容。", "重点任务", "项") is None   # two printed, four counted
    True
    """
    pattern = re.compile(_PRINTED.format(cls=re.escape(classifier), noun=re.escape(noun)))
    for m in pattern.finditer(text):
        n = int(m.group(1)) if m.group(1).isdigit() else parse_cn_number(m.group(1))
        end = _RUN_END.search(text, m.end()).start()
        members = [x.strip() for x in re.split(r"[、，,]|和|以及|及", text[m.end():end]) if x.strip()]
        if n and len(members) == n and all(len(x) <= 20 for x in members):
            start = max(text.rfind(c, 0, m.start()) for c in "。；;，,") + 1
            return n, members, text[start:end]
    return None


def answer_counted_run(kb: KB, question: str, head: Headcount, *, plan: str | None = None) -> Answer | None:
    """The count and members of the first run the plan prints as 「N{classifier}{noun}：…」 with exactly N members, as a
    list answer saying both; None when no paragraph prints one."""
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        if run := counted_run(kb.norm_text[para], head.noun, head.classifier):
            n, members, quote = run
            cite = kb.citation(para)
            text = f"{head.noun}共{n}{head.classifier}：{'；'.join(members)}（原文：“{quote}”）。"
            return Answer(question, text, True, [Item(x, cite) for x in members], [cite], kind="list")
    return None
