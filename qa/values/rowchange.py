"""「X比2020年多出几个」「城镇化率五年要提几个百分点」: the change an indicator row's two columns print, asked as a change.

A row prints its base year's value and its target (2020年 62.5, 2025年 66); a reader asks how much the target is above
the base — 比2020年提高多少, 比“十三五”末增加多少, 五年要提几个百分点, 多出几个. The table answers by subtracting its
own two cells; nothing else is read. A cell with a bound (>5.6, ≥92, <4.7), in words (完成省定目标) or blank gives no
change: the answer then states the cells only. A yearly growth asked (年均增长多少) is the growth column's, never a
difference.
"""
from __future__ import annotations

import re

__all__ = ["change_asked", "row_change"]

#: A change asked against the base (比2020年提高多少, 较“十三五”末增加几个百分点, 比现在多出几个) or over the period
#: (五年要提几个百分点, 要提高多少个百分点, 涨几个点): what the target adds to the base.
_AGAINST_BASE = re.compile(r"(?:比|较|相比|对比)[^，,。？?]{0,14}?(?:提高|提升|增加|增长|上升|多出|多|涨|高出|高|下降|降低|减少|少|降)了?"
                           r"(?:多少|几)")
_POINTS = re.compile(r"(?:提高|提升|增加|上升|提|涨|多|下降|降低|减少|降|少)了?(?:多少|几)个?(?:百分点|点)")
_OVER_PERIOD = re.compile(r"(?:五年|“?十四五”?(?:期间|时期)?|规划期(?:内)?)(?:内|里|间)?[^，,。？?]{0,4}?(?:要|能|将)?"
                          r"(?:提高|提升|增加|多出|上升|涨|提)了?(?:多少|几)")
#: A yearly rate asked: the growth column answers, not a difference.
_YEARLY = re.compile(r"年均|每年|平均每年|增速|增长率|增幅")
#: A cell that is a plain figure (62.5, 4, 29671, 0.33): no bound, no words.
_PLAIN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[%％]?\s*$")


def change_asked(question: str) -> bool:
    """Whether ``question`` asks how much an indicator's target differs from its base.

    >>> [change_asked(q) for q in ("每千人口托位数比2020年要多出几个？", "城镇化率五年要提几个百分点？",
    ...  "常住人口城镇化率比十三五末提高多少？", "城镇化率2025年要达到多少？", "地区生产总值年均增长多少？")]
    [True, True, True, False, False]
    """
    if _YEARLY.search(question):
        return False
    return bool(_AGAINST_BASE.search(question) or _POINTS.search(question) or _OVER_PERIOD.search(question))


def _number(text: str) -> str:
    return f"{text:.4f}".rstrip("0").rstrip(".") if isinstance(text, float) else text


def row_change(attrs: dict, label: str) -> str | None:
    """The sentence stating a row's target minus its base, from ``attrs`` (an indicator's baseValue, targetValue,
    baseYear, targetYear, unit), or None when either cell is no plain figure.

    A row counted in % changes by 个百分点; any other unit by itself.

    >>> row_change({"baseValue": "62.5", "targetValue": "66", "baseYear": 2020, "targetYear": 2025, "unit": "%"}, "常住人口城镇化率")
    '按指标表两列相减，常住人口城镇化率2025年目标比2020年提高3.5个百分点（62.5%→66%）。'
    >>> row_change({"baseValue": "0.33", "targetValue": "4", "baseYear": 2020, "targetYear": 2025, "unit": "个"}, "托位数")
    '按指标表两列相减，托位数2025年目标比2020年增加3.67个（0.33个→4个）。'
    >>> row_change({"baseValue": "2.8", "targetValue": ">5.6", "unit": "件"}, "专利") is None
    True
    """
    base, target = (_PLAIN.match(str(attrs.get(k) or "")) for k in ("baseValue", "targetValue"))
    if not base or not target:
        return None
    b, t = float(base.group(1)), float(target.group(1))
    if b == t:
        return None
    unit = str(attrs.get("unit") or "").strip()
    rate = unit in ("%", "％")
    by = "个百分点" if rate else unit
    verb = ("提高" if rate else "增加") if t > b else ("下降" if rate else "减少")
    base_year = f"{attrs['baseYear']}年" if attrs.get("baseYear") else "基期"
    target_year = f"{attrs['targetYear']}年目标" if attrs.get("targetYear") else "目标"
    diff = _number(round(abs(t - b), 4))
    return (f"按指标表两列相减，{label}{target_year}比{base_year}{verb}{diff}{by}"
            f"（{base.group(1)}{unit}→{target.group(1)}{unit}）。")
