"""When the document takes effect and until when: 「本意见自2024年9月5日起施行，有效期至2029年9月4日。」

A 规范性文件 (意见, 办法, 方案, 细则) closes with the day it takes effect and its term. 「这个意见从什么时候开始施行，有效期到
哪天」 asks both, 「有效期到什么时候」 the second: the sentence printing them answers, each part asked said from it. A
document printing two such sentences (a notice forwarding two texts) is not read: which one is asked is not said.
"""
from __future__ import annotations

import re

from ..answer import Answer
from ..index.kb import KB, normalise_text, plan_of
from ..index.perkb import per_kb

__all__ = ["EFFECTIVE_ASKED", "answer_effective"]

_DATE = r"\d{4}年\d{1,2}月\d{1,2}日"
_PRINTED = re.compile(rf"自(?P<start>{_DATE})起(?:施行|实施|执行|生效)(?:[，,。；;]?有效期(?:至|到)(?P<end>{_DATE})止?)?")
_TERM = re.compile(r"有效期(?:为)?(?P<term>[0-9一二三四五六七八九十]+年)")
#: The document's own start asked (施行/实施/生效 with when) or its term (有效期到/至/多久).
_START_ASKED = re.compile(r"(?:什么时候|何时|哪天|哪一天|几号|哪年|哪一年|从什么时候|起始|日期).{0,6}(?:施行|实施|生效|执行)"
                          r"|(?:施行|实施|生效|执行)(?:的)?(?:时间|日期)|(?:施行|实施|生效|执行)(?:是|在)?(?:什么时候|何时|哪天)")
_END_ASKED = re.compile(r"有效期")
#: The asker means this document (这个意见, 本办法), or names no other subject at all.
_THIS_DOC = re.compile(r"^(?:这个|这份|本|该|此)?(?:意见|办法|方案|规定|细则|通知|计划|规划|文件|标准|政策|实施意见|补偿标准)?"
                       r"(?:是)?(?:从|自)?")
EFFECTIVE_ASKED = re.compile(rf"{_START_ASKED.pattern}|{_END_ASKED.pattern}")


@per_kb
def _sentences(kb: KB) -> dict[str | None, list[tuple[str, re.Match]]]:
    out: dict[str | None, list[tuple[str, re.Match]]] = {}
    for p in kb.paragraph_nodes:
        if m := _PRINTED.search(normalise_text(kb.norm_text.get(p, ""))):
            out.setdefault(plan_of(p), []).append((p, m))
    return out


def answer_effective(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The document's start and end of validity, each part asked said from the one sentence printing them; ``None``
    when the question asks neither of the document itself, or the plan prints no (or two) such sentences."""
    q = normalise_text(question)
    start_asked, end_asked = bool(_START_ASKED.search(q)), bool(_END_ASKED.search(q))
    if not (start_asked or end_asked):
        return None
    head = re.split(r"什么时候|何时|哪天|哪一天|施行|实施|生效|执行|有效期", q, maxsplit=1)[0]
    if not _THIS_DOC.fullmatch(head):
        return None  # a thing named before the verb (「该项目什么时候实施」): not the document's own date
    found = [s for pl, ss in _sentences(kb).items() if not plan or pl == plan for s in ss]
    if len(found) != 1:
        return None
    para, m = found[0]
    parts = []
    if start_asked or not m.group("end"):
        parts.append(f"自{m.group('start')}起施行")
    if end_asked:
        if not m.group("end"):
            return Answer(question, f"文件写明自{m.group('start')}起施行，未写有效期至何时。", False, [],
                          [kb.citation(para)], kind="fact")
        parts.append(f"有效期至{m.group('end')}")
    return Answer(question, "，".join(parts) + "。", True, [], [kb.citation(para)], kind="fact")
