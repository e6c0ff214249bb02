"""A figure asked, then where the plan writes it (「…应用比例要求是多少？这写在规划的哪一部分？」).

The second part points back (这, 它, 该指标) and asks the heading of what the first part finds: read as a question
of its own it names nothing, and retrieval answers some passage's place. :func:`split_where` cuts the two; the engine
answers the first and says the heading path of the paragraph its answer cites.
"""
from __future__ import annotations

import re

#: The part asking where: a pointer back, a placing verb, and a heading word (部分, 章, 节, 专栏, 地方).
_WHERE = re.compile(r"[？?，,。；;]\s*(?:那|请问)?(?:这|它|该|此|上述|这些)(?:个|项|条|一条|一项)?(?:指标|内容|要求|目标|数值|数字|句话|提法|任务)?"
                    r"(?:是|又|具体)?(?:写|放|列|出现|规定|提|出自|位于)?(?:在|于)?(?:规划|纲要|方案|文件)?(?:的|里的?|中的?)?"
                    r"(?:哪|什么)(?:一)?(?:个|些)?(?:部分|章|节|篇|专栏|地方|位置|板块|标题)(?:里|中|下)?(?:面)?(?:呢)?[？?。]?\s*$")


def split_where(question: str) -> tuple[str, str] | None:
    """(the figure part, the where part) when the question ends by asking where the plan writes what it asked first.

    >>> split_where("新造林里乡土和适生树种的应用比例要求是多少？这写在规划的哪一部分？")
    ('新造林里乡土和适生树种的应用比例要求是多少？', '这写在规划的哪一部分？')
    >>> split_where("林地保有量是多少，在哪一章？") is None   # no pointer back: read as asked
    True
    """
    m = _WHERE.search(question)
    if not m or m.start() < 4:
        return None
    return question[: m.start() + 1], question[m.start() + 1 :].strip()
