"""A count the plan prints right after the run of places it counts: 「深化与汕头、河源、汕尾、潮州4市对口帮扶协作和与惠州
3县对口产业协作」 answers 「省内对口帮扶协作一共几个市」 (4: 汕头、河源、汕尾、潮州) and 「和惠州几个县开展对口产业协作」 (3).

The genre counts places by a bare unit after the last name (4市, 3县, 两区) with no 个 and no 等, so the count answerers
that read 「N个X」 or a run closed by 等 miss it. :func:`answer_run_count` takes the printed count whose clause (with the
heading above) restates what the question says around 几个X, and whose run holds any name the question puts before it.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, plan_of
from ..passages.extractive import content_bigrams
from ..question.intent import parse_cn_number
from ..question.ngrams import bigrams

__all__ = ["answer_run_count"]

#: 「一共几个市」「涉及多少个县」: how many places of one administrative unit.
_ASKED = re.compile(r"(?:一共|总共|共)?(?:有|是|涉及|包括)?(?:几|多少)个?(?P<unit>[市县区镇乡])")
#: A count printed right after a name, then the unit, and no longer word of it (4市 not 4市级, 3县 not 3县城).
_COUNT = r"(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})个?{unit}(?![级域属区辖城镇场])"
#: Words before the first name of a run: the verb and coverb it is governed by (深化与, 和与, 对).
_LEAD = re.compile(r"^.*(?:与|和|同|对|及|在|向|支持|推动|联合|覆盖|包括|涉及)")
#: What the question must share with the count's clause and the heading above.
_COVER = 0.5


def _run_before(text: str) -> list[str]:
    """The names of the 、-run ending right where ``text`` ends, its governing words cut.

    >>> _run_before("深化与汕头、河源、汕尾、潮州"), _run_before("深化与汕头、河源、汕尾、潮州4市对口帮扶协作和与惠州")
    (['汕头', '河源', '汕尾', '潮州'], ['惠州'])
    >>> _run_before("支持甲州、乙州和丙州")
    ['甲州', '乙州', '丙州']
    """
    clause = re.split(r"[，,。；;：:]", text)[-1]
    names = clause.split("、")
    if len(names) > 1 and re.fullmatch(r"[\u4e00-\u9fff]{2,6}(?:和|及|与)[\u4e00-\u9fff]{2,6}", names[-1]):
        names[-1:] = re.split(r"和|及|与", names[-1])  # 「A、B和C4市」
    elif _LEAD.search(names[-1]):
        names = [names[-1]]  # 「…4市对口帮扶协作和与惠州3县」: the count's own name follows the last coverb
    names[0] = _LEAD.sub("", names[0])
    return [n for n in names if 2 <= len(n) <= 8]


def answer_run_count(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「对口帮扶协作一共几个市」: the count printed after the run of places (「…、潮州4市对口帮扶协作」), with the run.

    ``None`` when the question asks no count of places, or no single printed count's clause restates it.
    """
    asked = _ASKED.search(question)
    if not asked:
        return None
    unit = asked["unit"]
    # A short name said right before 几个 (「和惠州几个县」) is whose places are counted.
    named = re.sub(r"^(?:和|与|同|跟|对)", "", re.split(r"[，,？?]", question[: asked.start()])[-1])
    named = named if 2 <= len(named) <= 4 else ""
    key = content_bigrams(question[: asked.start()] + "|" + question[asked.end():])
    if not key:
        return None
    count = re.compile(_COUNT.replace("{unit}", unit))
    found: list[tuple[float, str, int, list[str], str]] = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text[para]
        parent = kb.parent(para)
        heading = str(kb.attrs(parent).get("title") or "") if parent else ""
        for m in count.finditer(text):
            run = _run_before(text[: m.start()])
            n = int(m["n"]) if m["n"].isdigit() else parse_cn_number(m["n"])
            if not run or not n:
                continue
            # the count's own clause, quoted (and read against the question) from its comma to the next
            clause = re.split(r"[，,。；;]", text[: m.start()])[-1] + re.split(r"[，,。；;]", text[m.start():], maxsplit=1)[0]
            cover = len(key & bigrams(clause + "|" + heading)) / len(key)
            # A name said before 几个 (「和惠州几个县」) must be the run's: 惠州's 3县, never 汕头…'s 4市.
            if named and named not in "".join(run):
                continue
            if cover >= _COVER:
                found.append((cover, para, n, run, clause))
    if not found:
        return None
    found.sort(key=lambda f: -f[0])
    if len(found) > 1 and found[1][0] == found[0][0] and found[1][2] != found[0][2]:
        return None  # two counts restate the question alike: which is asked is not known
    _, para, n, run, clause = found[0]
    cite = kb.citation(para)
    names = "、".join(run)
    text = f"{n}个{unit}" + (f"（{names}）" if len(run) > 1 else f"（{names}的）" if run else "") + f"。原文：“{clause}”"
    return Answer(question, text, True, [Item(f"{n}个{unit}", cite, detail=clause)], [cite], kind="aggregate")
