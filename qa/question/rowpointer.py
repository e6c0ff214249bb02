"""「地表水那项是约束性的吗」「能耗那个约束性指标」「受教育年限这个指标」: an indicator row pointed at by a few of its words.

Staff name a table row by the words they remember of it — its head (地表水 of 地表水达到或优于Ⅲ类水体比例), a short
form the genre uses (能耗 of 单位GDP能源消耗降幅) — and point at it with 那项/这项/那个指标. The pointer says a row is
meant, so the words need only be in one row's name: the question is then asked with the row's full name. Words in
several rows' names (森林 of 森林覆盖率 and 森林蓄积量) or in none leave the question as it is.
"""
from __future__ import annotations

import re
from typing import Iterable

__all__ = ["pointed_row", "with_pointed_row"]

#: The words said of a row, then the pointer (那项, 这一项, 那个指标, 这个约束性指标); the words stop at 的, a comma or
#: the start.
_POINTED = re.compile(r"(?P<words>[\u4e00-\u9fffA-Za-z0-9]{2,10}?)"
                      r"(?P<pointer>(?:那|这)(?:一)?项(?:指标)?|(?:(?:那|这)个)?(?:约束性|预期性)指标|(?:那|这)个指标)")
#: Words before the row's own that name no part of it (the table or plan said as the place, 表里的).
_LEAD = re.compile(r"^(?:.*[的里中上，,？?])")


def pointed_row(question: str, names: Iterable[str], short_forms: dict[str, tuple[str, ...]] | None = None) -> tuple[str, str] | None:
    """(the span pointing at a row, the one row name among ``names`` holding its words), or None.

    ``short_forms`` maps a printed word to the short forms users write (能源消耗 → 能耗): a row printing the word is
    held to print its short forms too.

    >>> rows = ["地表水达到或优于Ⅲ类水体比例", "单位GDP能源消耗降幅", "森林覆盖率", "森林蓄积量"]
    >>> pointed_row("地表水那项是约束性的吗？", rows)
    ('地表水那项', '地表水达到或优于Ⅲ类水体比例')
    >>> pointed_row("能耗那个约束性指标，表里填的啥？", rows, {"能源消耗": ("能耗",)})
    ('能耗那个约束性指标', '单位GDP能源消耗降幅')
    >>> pointed_row("能耗约束性指标，表里填的什么？", rows, {"能源消耗": ("能耗",)})[1]
    '单位GDP能源消耗降幅'
    >>> pointed_row("森林那项是约束性的吗？", rows) is None, pointed_row("水库那项投资多少？", rows) is None
    (True, True)
    >>> pointed_row("规划里约束性指标有哪些？", rows) is None, pointed_row("一共有几项约束性指标？", rows) is None
    (True, True)
    """
    m = _POINTED.search(question)
    if not m:
        return None
    words = _LEAD.sub("", m.group("words"))
    if len(words) < 2:
        return None
    short_forms = short_forms or {}
    holding = []
    for name in dict.fromkeys(re.sub(r"\s+", "", n) for n in names):
        said = {name} | {name.replace(full, s) for full, shorts in short_forms.items() if full in name for s in shorts}
        if any(words in s for s in said):
            holding.append(name)
    if len(holding) != 1:
        return None
    return question[m.start() + m.group("words").find(words): m.end()], holding[0]


def with_pointed_row(question: str, names: Iterable[str], short_forms: dict[str, tuple[str, ...]] | None = None) -> str:
    """``question`` with a row pointed at by a few of its words asked by its full name (:func:`pointed_row`).

    >>> with_pointed_row("地表水那项是约束性的吗？2025年目标多少？", ["地表水达到或优于Ⅲ类水体比例（%）"])
    '地表水达到或优于Ⅲ类水体比例是约束性的吗？2025年目标多少？'
    """
    names = [re.sub(r"[（(][^（）()]*[）)]$", "", n).strip() for n in names]
    found = pointed_row(question, names, short_forms)
    if found is None:
        return question
    span, name = found
    return question.replace(span, name, 1)
