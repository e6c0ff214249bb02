"""Times a question says short, read in the plan's own era: two-digit years and plans said by number.

* 「59年粮食总产量是多少」 asked of a 1960 report is 1959年; 「25年定了多少」 asked of a 2021 plan is 2025年: a
  two-digit year (59年, 25年, 五九年, 二五年) is read in the century nearest the plan's own years (its horizon,
  :func:`qa.values.prose.plan_horizon`); with no plan known, 20–35 read as 2020–2035 and 50–99 as 1950–1999, as
  office staff say them.
* 「未来五年」「今后5年内」: the five-year period the plan's era falls in (“十四五”期间 for a 2021 report or a
  十四五 plan), as the plan prints it.
* 「今年社会消费品零售总额预期增长多少」 asked of a work report: the year the report's own 今年 is (its
  「2021年工作安排」), given by the caller (:func:`qa.values.prose.own_year`).
* 「国防费用的比重一五是多少？二五要降到多少？」「一五的时候」「二五期间」: a five-year plan said by its number
  alone is that plan's period (“一五”, “二五”) where the plan prints that period (第一个五年, “一五”) — never a
  number elsewhere (一五一十, 二五年 as 2025, 十二五 is the twelfth).

The one place a question's short times are read (:func:`qa.question.wording.read_wording` and the engine call it).
"""
from __future__ import annotations

import re

from ..index.kb import KB, plan_of
from ..index.perkb import per_kb

__all__ = ["read_asked_time", "short_years", "plan_numbers_printed"]

#: A year said with two digits (59年, 25年), never a count of years (近20年来, 30年内, 60年代) nor part of a longer one.
_SHORT_YEAR = re.compile(r"(?<![0-9〇零一二三四五六七八九十近过去未来最每多前后这那第])([2-35-9][0-9])年(?![内来里间后前代度初中均限]|多(?!少))")
#: The same in Chinese numerals (五九年, 二五年, 三〇年), never 三五年内, 十三五, 二〇三五年.
_SHORT_CN_YEAR = re.compile(r"(?<![〇零一二三四五六七八九十百千万两几近过去未来每多前后这那第”\"0-9])"
                            r"([二三五六七八九])([〇零一二三四五六七八九])年(?![内来里间后前代度初中均限]|多(?!少))")
_CN_DIGIT = {c: d for d, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
#: Two-digit years read with no plan known: 2020–2035 and 1950–1999.
_READ_ALONE = (range(20, 36), range(50, 100))
#: A plan said by its number alone (一五, 二五): not inside a longer numeral (十二五, 一五一十), not a year (二五年),
#: not a count (二五个), not 二五计划 (read as 第二个五年计划 by :mod:`qa.question.aliases` after the words as asked).
_PLAN_NUMBER = re.compile(r"(?<![第十百千万〇零一二三四五六七八九两\d“\"])([一二三四五六七八九])五"
                          r"(?![”\"年个万千百亿十〇零一二三四五六七八九两%％倍分点计])")
#: How plans print their own number: 第一个五年(计划), “一五”.
_PRINTED_NUMBER = re.compile(r"第([一二三四五六七八九])个五年|[“\"]([一二三四五六七八九])五[”\"]")
#: The next five years said from the plan's own time (「未来五年」「今后5年内」): the five-year period its era falls in.
_NEXT_FIVE = re.compile(r"(?:未来|今后|往后|此后)(?:五|5)年(?:内|里|中|间)?(?:的)?")
_CN_UNITS = "〇一二三四五六七八九"
#: The plan's own year said from its time (「今年」「本年度」), never 「今年来」「今年以来」 (a span up to now).
_THIS_YEAR = re.compile(r"(?:今年|本年度?)(?!来|以来)")
#: The year before the plan's own (「去年」「上年」), which a work report reviews: its year, never 「去年以来」.
_LAST_YEAR = re.compile(r"(?:去年|上年|上一年)(?!度?以来|来)")


def _period_name(era: int) -> str | None:
    """The five-year period ``era`` falls in, named as plans print it (2021 → “十四五”, 2030 → “十五五”); None before
    the periods ran in step with the years ending in 0 and 5 (the third plan, 1966–1970)."""
    number = (era + (-era % 5) - 1955) // 5
    if number < 3:
        return None
    return "“" + ("十" if number >= 10 else "") + (_CN_UNITS[number % 10] if number % 10 else "") + "五”"


def _century(yy: int, era: int | None) -> int | None:
    """The full year of a two-digit ``yy``: the one nearest ``era``, or the office reading when no era is known."""
    if era is None:
        return (2000 if yy < 50 else 1900) + yy if any(yy in r for r in _READ_ALONE) else None
    return min((c + yy for c in (1900, 2000)), key=lambda y: abs(y - era))


def short_years(text: str, era: int | None = None) -> str:
    """``text`` with two-digit years written out in the century nearest ``era`` (the plan's horizon).

    Examples
    --------
    >>> short_years("59年粮食总产量是多少？", 1962), short_years("25年定了多少？", 2025), short_years("50年呢？", 2035)
    ('1959年粮食总产量是多少？', '2025年定了多少？', '2050年呢？')
    >>> short_years("五九年呢？", 1962), short_years("二五年要达到多少？"), short_years("85年是多少？")
    ('1959年呢？', '2025年要达到多少？', '1985年是多少？')
    >>> short_years("近20年来增长多少？", 2025), short_years("30年内建成", 2025), short_years("二〇三五年", 2035)
    ('近20年来增长多少？', '30年内建成', '二〇三五年')
    """
    def digits(m: re.Match) -> str:
        year = _century(int(m.group(1)), era)
        return f"{year}年" if year else m.group(0)

    def spelled(m: re.Match) -> str:
        year = _century(10 * _CN_DIGIT[m.group(1)] + _CN_DIGIT[m.group(2)], era)
        return f"{year}年" if year else m.group(0)

    return _SHORT_YEAR.sub(digits, _SHORT_CN_YEAR.sub(spelled, text))


@per_kb
def plan_numbers_printed(kb: KB, plan: str | None) -> frozenset[str]:
    """The five-year plans a plan prints by number (第一个五年计划, “二五” → {'一', '二'}), read once per KB."""
    found: set[str] = set()
    for para, text in kb.norm_text.items():
        if plan is None or plan_of(para) == plan:
            found.update(a or b for a, b in _PRINTED_NUMBER.findall(text))
    return frozenset(found)


def read_asked_time(question: str, *, era: int | None = None, numbers: frozenset[str] = frozenset(),
                    this_year: int | None = None) -> str:
    """``question`` with its short times as the answerers read them: two-digit years in ``era``'s century
    (:func:`short_years`), a plan said by a number the plan prints (``numbers``, :func:`plan_numbers_printed`) quoted
    as a period (一五 → “一五”), 「今年」 as the year the plan's own 今年 is (``this_year``), 「去年」 the year before it.

    Examples
    --------
    >>> read_asked_time("国防费用的比重，一五是多少？二五要降到多少？", numbers=frozenset("一二"))
    '国防费用的比重，“一五”是多少？“二五”要降到多少？'
    >>> read_asked_time("一五的时候进口占多少？", numbers=frozenset("二"))
    '一五的时候进口占多少？'
    >>> read_asked_time("二五计划的基本任务", numbers=frozenset("二")), read_asked_time("二五年呢", numbers=frozenset("二"))
    ('二五计划的基本任务', '2025年呢')
    >>> read_asked_time("“十二五”时期呢？", numbers=frozenset("二")), read_asked_time("59年呢？", era=1962)
    ('“十二五”时期呢？', '1959年呢？')
    >>> read_asked_time("未来五年森林覆盖率多少？", era=2021), read_asked_time("今后5年内GDP增长多少", era=2030)
    ('“十四五”期间森林覆盖率多少？', '“十五五”期间GDP增长多少')
    >>> read_asked_time("未来五年森林覆盖率多少？"), read_asked_time("近五年呢？", era=2021)
    ('未来五年森林覆盖率多少？', '近五年呢？')
    >>> read_asked_time("武汉今年社会消费品零售总额预期增长多少？", this_year=2021)
    '武汉2021年社会消费品零售总额预期增长多少？'
    >>> read_asked_time("今年以来增长多少？", this_year=2021), read_asked_time("今年增长多少？")
    ('今年以来增长多少？', '今年增长多少？')
    >>> read_asked_time("机场旅客吞吐量去年多少？", this_year=2026), read_asked_time("去年以来新增多少？", this_year=2026)
    ('机场旅客吞吐量2025年多少？', '去年以来新增多少？')
    """
    said = question if this_year is None else _LAST_YEAR.sub(f"{this_year - 1}年", _THIS_YEAR.sub(f"{this_year}年", question))
    said = short_years(said, era)
    if era is not None and (name := _period_name(era)):
        said = _NEXT_FIVE.sub(name + "期间", said)  # 「未来五年」 of a 2021 report or a 十四五 plan: “十四五”期间
    if numbers:
        said = _PLAN_NUMBER.sub(lambda m: f"“{m.group(1)}五”" if m.group(1) in numbers else m.group(0), said)
    return said
