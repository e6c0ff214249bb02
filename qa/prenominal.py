"""A figure printed before a long name, in the phrase that describes it.

Plans describe what they will build in one phrase before its name: 「规划建设一个面积为1000m²以上、集政务服务、…等多功能
于一体的一站式企业服务中心」 gives the centre's 面积; 「建成30个10万千瓦级以上的大型风电项目」 and 「每年引进20个以上
5000万元以上的产业链项目」 count the projects, a bound (10万千瓦级以上的, 5000万元以上的) between the count and the name.
Asked 「一站式企业服务中心要多大面积」 or 「要建成几个大型风电项目」, the value stands before the name, not after it where
the prose reader looks. Read only inside one clause, the describing phrase ending in 的 right before the name; a
phrase naming another count or a second attribute of the asked kind before the name is not read.
"""
from __future__ import annotations

import re

from .ngrams import bigrams

__all__ = ["value_before_name"]

#: A count: digits and a classifier, with its bound (30个, 20个以上).
_COUNT = r"(?P<v>\d+(?:\.\d+)?(?P<cls>[个家所座条处项件张户辆])(?:左右|以上|以内)?)"
#: A value of an attribute: digits, a unit and its bound (1000m²以上, 2.5万平方米, 3亿元).
_AMOUNT = r"(?P<v>\d+(?:\.\d+)?(?:万|亿)?(?:平方米|平方公里|m²|㎡|m2|公里|km|米|m|亩|公顷|亿元|万元|元|千瓦|万千瓦|吨|万吨|人|张|个)?(?:以上|左右|以内)?)"
#: One thing introduced (一个, 一座, 1个) before the phrase describing it.
_ONE = r"(?:一|1)(?:个|座|处|所|家|栋|条)"


def _describes(phrase: str) -> bool:
    """Whether the words between a value and a name only describe the name: they end in 的, hold no other count,
    and do not end a clause."""
    return phrase.endswith("的") and not re.search(r"\d+(?:\.\d+)?[个家所座条处项]|[，,；;。]", phrase)


def value_before_name(clause: str, subject: str, cue: str | None, unit: str | None) -> str | None:
    """The value ``clause`` prints for ``subject`` in the phrase before its name, or None.

    Parameters
    ----------
    clause : str
        One clause of the plan (normalised, no 。；).
    subject : str
        The thing asked about as the question names it (一站式企业服务中心, 大型风电项目): its name printed whole, or
        its tail, the words before it (每年引进) printed in the clause too.
    cue : str or None
        The attribute asked (面积, 投资); None asks a count of ``subject``.
    unit : str or None
        The classifier a count asks (个, 家); a count is read only when it carries it (个 stands for any).

    Examples
    --------
    >>> value_before_name("规划建设一个面积为1000m²以上、集政务服务、企业产品展示等多功能于一体的一站式企业服务中心",
    ...                   "一站式企业服务中心", "面积", None)
    '1000m²以上'
    >>> value_before_name("建成30个10万千瓦级以上的大型风电项目", "大型风电项目", None, "个")
    '30个'
    >>> value_before_name("每年引进20个以上5000万元以上的产业链项目", "产业链项目", None, "个")
    '20个以上'
    >>> value_before_name("建成30个10万千瓦级以上的大型风电项目", "大型光伏项目", None, "个") is None
    True
    >>> value_before_name("每年引进20个以上5000万元以上的产业链项目", "每年引进产业链项目", None, "个")
    '20个以上'

    >>> value_before_name("建设一个面积为800平方米的展厅和一个服务中心", "服务中心", "面积", None) is None
    True
    """
    name = next((subject[k:] for k in range(len(subject) - 2) if subject[k:] in clause), "")
    head = bigrams(subject[: len(subject) - len(name)])
    if len(name) < 3 or len(head & bigrams(clause)) < 0.5 * len(head):
        return None  # (「每年引进先进制造项目」: the words before the name, 每年引进, printed before it too)
    before = clause[: clause.find(name)]
    if cue is None:
        for m in re.finditer(_COUNT, before):
            if _describes(before[m.end():]) and (unit in (None, "个") or m.group("cls") == unit):
                return m.group("v")
        return None
    # 「一个面积为1000m²以上、集…于一体的X」: one thing, its attribute and value, then what else describes it
    pattern = _ONE + r"[^，,；;。]{0,8}?" + re.escape(cue) + r"(?:为|约|达到|达|是|在)?" + _AMOUNT
    for m in re.finditer(pattern, before):
        rest = before[m.end():]
        if _describes(rest.lstrip("、，,")) and cue not in rest and not _names_another(rest, subject):
            return m.group("v")
    return None


def _names_another(phrase: str, subject: str) -> bool:
    """Whether the describing phrase introduces a second thing (「…的展厅和一个…」) before the name."""
    return bool(re.search(r"(?:和|及|与)" + _ONE, phrase)) or (len(bigrams(phrase) & bigrams(subject)) > 0 and subject[:2] in phrase)
