"""Which plan is which: level of government, region and period, read from a plan's title.

A 五年规划纲要's title names its region and period by convention:
「中华人民共和国国民经济和社会发展第十一个五年规划纲要」 is the nation's 11th (2006–2010),
「零陵区国民经济和社会发展第十四个五年规划和二〇三五远景目标纲要」 a district's 14th
(2021–2025). Questions name plans the same way (十一五, 国家纲要, 本区规划).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["PlanInfo", "plan_info", "period_years", "CN_NUMERALS", "cn_number"]

#: Chinese numerals as printed in ordinals (第十四个).
CN_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

# Level of government by the region name's last characters, most specific first.
_LEVELS = (
    ("中华人民共和国", "national"),
    ("全国", "national"),
    ("自治区", "province"),
    ("省", "province"),
    ("自治州", "city"),
    ("地区", "city"),
    ("盟", "city"),
    ("市", "city"),
    ("自治县", "county"),
    ("县", "county"),
    ("区", "county"),
    ("旗", "county"),
    ("镇", "town"),
    ("乡", "town"),
)
_TITLE = re.compile(r"^(?P<region>.*?)(?:国民经济和社会发展|经济社会发展|国民经济)?第(?P<n>[一二三四五六七八九十]+)个五年")
# 「“九五”计划」, 「永州市“十四五”生态环境保护规划」: the period's short name, quoted or not.
_SHORT_TITLE = re.compile(r"^(?P<region>.*?)(?:国民经济和社会发展|经济社会发展|国民经济)?[“\"「]?(?P<n>十[一二三四五六七八九]?|[一二三四五六七八九])五[”\"」]?(?!年)")
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


def cn_number(text: str) -> int | None:
    """An ordinal in Chinese numerals up to 99.

    Examples
    --------
    >>> cn_number("十四"), cn_number("十一"), cn_number("九"), cn_number("二十")
    (14, 11, 9, 20)
    """
    if not text or any(c not in CN_NUMERALS for c in text):
        return None
    if "十" not in text:
        return CN_NUMERALS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    return (CN_NUMERALS[tens] if tens else 1) * 10 + (CN_NUMERALS[ones] if ones else 0)


def period_years(n: int) -> tuple[int, int]:
    """First and last year of the n-th five-year plan (the 3rd began in 1966 after 1963–65's adjustment).

    Examples
    --------
    >>> period_years(11), period_years(14), period_years(1)
    ((2006, 2010), (2021, 2025), (1953, 1957))
    """
    start = 1953 + 5 * (n - 1) if n <= 2 else 1966 + 5 * (n - 3)
    return start, start + 4


@dataclass(frozen=True)
class PlanInfo:
    """A plan's identity for comparison.

    Attributes
    ----------
    plan_id : str
    title : str
    region : str
        The region as printed in the title (``中华人民共和国``, ``零陵区``), or ``""``.
    level : str or None
        ``national``, ``province``, ``city``, ``county`` or ``town``.
    period : int or None
        The plan's number (14 for 「十四五」).
    start, end : int or None
        The period's first and last year.
    """

    plan_id: str
    title: str
    region: str = ""
    level: str | None = None
    period: int | None = None
    start: int | None = None
    end: int | None = None

    @property
    def period_name(self) -> str:
        """「十四五」 style name of the period, or ``""``."""
        if not self.period:
            return ""
        tens, ones = divmod(self.period, 10)
        digits = {v: k for k, v in CN_NUMERALS.items()}
        name = ("" if tens <= 1 else digits[tens]) + ("十" if tens else "") + (digits[ones] if ones else "")
        return f"{name}五"

    @property
    def short(self) -> str:
        """A short display name: 「国家“十一五”」, 「零陵区“十四五”」."""
        who = "国家" if self.level == "national" else (self.region or self.plan_id)
        return f"{who}“{self.period_name}”" if self.period else who


def plan_info(plan_id: str, title: str) -> PlanInfo:
    """Read region, level and period from a plan title.

    Examples
    --------
    >>> p = plan_info("n11", "中华人民共和国国民经济和社会发展第十一个五年规划纲要")
    >>> p.level, p.period, p.start, p.end, p.short
    ('national', 11, 2006, 2010, '国家“十一五”')
    >>> p = plan_info("ll", "零陵区国民经济和社会发展第十四个五年规划和二〇三五远景目标纲要")
    >>> p.region, p.level, p.period_name
    ('零陵区', 'county', '十四五')
    >>> p = plan_info("n9", "中华人民共和国国民经济和社会发展“九五”计划和二〇一〇年远景目标纲要")
    >>> p.level, p.period, p.start
    ('national', 9, 1996)
    >>> p = plan_info("e", "永州市“十四五”生态环境保护规划")
    >>> p.region, p.level, p.period
    ('永州市', 'city', 14)
    >>> plan_info("x", "某市城市总体规划").period is None
    True
    """
    t = re.sub(r"\s+", "", title or "")
    m = _TITLE.match(t) or _SHORT_TITLE.match(t)
    region = m["region"] if m else ""
    n = cn_number(m["n"]) if m else None
    level = None
    if region in _MUNICIPALITIES:
        level = "province"
    else:
        level = next((lv for suffix, lv in _LEVELS if region.endswith(suffix) or region == suffix), None)
    start, end = period_years(n) if n else (None, None)
    return PlanInfo(plan_id, t, region, level, n, start, end)
