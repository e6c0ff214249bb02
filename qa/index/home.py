"""The plan's own place, as its title names it or, when the title names none, as its issuing body does.

A figure question naming the plan's own place (「到2025年青川经济总量要超过多少」) asks the plan's own figure:
the place owns every figure alike and is dropped from the measure. A title such as 「政府工作报告」 names no
place; the report still says whose it is — 「在青川市第七届人民代表大会…上」「青川市人民政府」「青川市市长」. Another
place named in the question (a district of the city) is not the plan's and still owns its own figures only.
"""
from __future__ import annotations

import re

from .kb import KB, plan_of

__all__ = ["home_titles"]

_NAME = r"([\u4e00-\u9fff]{2,6}?(?:自治州|自治县|[省市区县州旗盟]))"
#: Who issues a plan: the people's congress it is reported to (「…日在青川市第七届人民代表大会…」, or the date of its
#: approval right before the congress: 「2021年1月20日青川市第十五届人民代表大会第七次会议通过」), the government that
#: issues it, its head (「青川市代市长」) — a name starting its line or after 在, never 日在青川市.
_ISSUER = re.compile(
    r"(?:在|(?<=\d日))" + _NAME + r"(?:第[一二三四五六七八九十]+届)?人民代表大会"
    + r"|(?<![\u4e00-\u9fff])" + _NAME + r"(?:人民政府|(?:代)?(?:省|市|区|县|州)长(?![期远江城]))"
)
#: How many of a plan's first paragraphs may name its issuer (a report's heading lines, a notice's preamble).
_LEAD = 6


def home_titles(kb: KB, plan: str | None = None) -> str:
    """The plans' titles, each followed by its issuing place when the plan prints one in its first paragraphs.

    (tested in tests/qa/test_printed_units.py)
    """
    out: list[str] = []
    for node in kb.by_type.get("Plan", []):
        pid = node.rstrip("/").rsplit("/", 1)[-1]
        if plan and pid != plan:
            continue
        out.append(kb.label(node))
        lead = [t for p, t in kb.norm_text.items() if plan_of(p) == pid][:_LEAD]
        if issuer := next((m for t in lead if (m := _ISSUER.search(t))), None):
            out.append(next(g for g in issuer.groups() if g))
    return " ".join(dict.fromkeys(out))
