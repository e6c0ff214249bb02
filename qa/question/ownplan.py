"""The plan asked about, named by the asker in its own words before what is asked.

A question names the plan it asks as its reader speaks of it — 「这个三年行动计划有哪几大任务」, 「文物保护实施意见的保障
措施有哪几条」 — words that are no topic of the plan's text: read as one, they find no heading (「任务」 under
「三年行动计划」) or the wrong passages. :func:`without_own_plan` drops such a lead: a document word (行动计划, 实施意见,
方案 …) after a demonstrative (这个, 本, 该), or after words all printed in the served plan's title.
"""
from __future__ import annotations

import re

__all__ = ["without_own_plan"]

#: A lead naming the plan: group ``this`` a demonstrative, ``name`` its words, ``genre`` the document word; what joins it
#: to the rest (的, 里, 提出了) goes with it. The name holds no document word of its own, so the lead never runs on
#: into a second plan the question names (「本县规划承接了市级规划的…」 asks of both).
_OWN_PLAN = re.compile(r"^(?P<this>这个|这份|这一|本|该)?(?P<name>(?:(?!规划|计划|方案|意见|纲要|工作安排|工作要点)[\u4e00-\u9fff]){0,12}?)"
                       r"(?P<genre>三年行动计划|行动计划|实施意见|实施方案|工作方案|规划纲要|规划|纲要|方案|计划|意见"
                       # a year's work programme (「松江区2026年…重点工作安排」「…工作要点」)
                       r"|工作安排|工作要点)"
                       r"(?:里面|里|中|上)?(?:的|提出了?|明确了?|列了?|安排了?|(?=有|共|一共|包括|分))")


def without_own_plan(question: str, title: str | None) -> str:
    """``question`` without a lead naming the plan it is asked of; unchanged when there is none or too little is left.

    >>> without_own_plan("这个三年行动计划有哪几大任务？", "静安区消防救援发展三年行动计划（2019—2021）")
    '有哪几大任务？'
    >>> without_own_plan("文物保护实施意见的保障措施有哪几条？", "关于进一步加强静安区文物保护工作的实施意见")
    '保障措施有哪几条？'
    >>> without_own_plan("国土空间规划的目标是什么？", "某区国民经济和社会发展第十四个五年规划纲要")
    '国土空间规划的目标是什么？'
    >>> without_own_plan("规划建设哪些高铁？", "某区国民经济和社会发展第十四个五年规划纲要")
    '规划建设哪些高铁？'
    >>> without_own_plan("本县规划承接了市级规划的哪些约束性指标？", "某县国民经济和社会发展第十四个五年规划纲要")
    '本县规划承接了市级规划的哪些约束性指标？'
    >>> without_own_plan("这个重点工作安排一共分了几部分？", "某区2026年碳达峰碳中和重点工作安排")
    '一共分了几部分？'
    """
    m = _OWN_PLAN.match(question)
    if not m:
        return question
    name = m.group("name")
    # the name's words and the document word each printed in the title (文物保护 … 实施意见), not joined as asked
    printed = bool(title) and len(name) >= 2 and m.group("genre") in title and all(
        name[i : i + 2] in title for i in range(len(name) - 1))
    rest = question[m.end():]
    if not (m.group("this") or printed) or len(re.sub(r"[？?。！!]", "", rest)) < 3:
        return question
    return rest
