"""A figure said of each year of the plan's span (「年均供应建设用地35平方公里左右」「每年新增造林2千亩、新增绿道12公里」).

Plans print the per-year word (年均, 每年, 平均每年) once, before a run of figures, often a clause or more before the
value: read as a bare figure it is a fifth of the period's total, so it answers a question naming no per-year word
only said as yearly (the word in the answer and in its quote), and never a question asking the period's total.

>>> per_year_word("全力保障建设用地需求，年均供应建设用地35平方公里左右", "35平方公里")
('年均', 11)
>>> per_year_word("地区生产总值年均增长6%，达到900亿元", "900亿元") is None   # the word is the rate's
True
>>> per_year_word("年均新增就业1万人，到2030年失业率控制在4%", "4%") is None   # a level of a year after it
True
>>> asks_per_year("每年供应多少建设用地？"), asks_span_total("“十五五”期间一共供应多少建设用地？"), asks_span_total("供应多少建设用地？")
(True, True, False)
"""
from __future__ import annotations

import re

#: The genre's per-year words.
PER_YEAR = re.compile(r"平均每年|每年平均|每年度?|年均|逐年")
#: A question's per-year words (「一年供应多少」 too).
_ASKED_PER_YEAR = re.compile(PER_YEAR.pattern + r"|每一年|一年")
#: A per-year word of a rate or of a year's mean reading (年均增长6%, 年均浓度), no yearly quantity's.
_RATE_OR_MEAN = re.compile(r"^(?:分别)?(?:增长|增速|递增|递减|提高|提升|下降|降低|增幅|降幅)|^[\u4e00-\u9fff]{0,4}(?:浓度|气温|温度|降水|降雨|湿度|风速|日照)")
#: What ends the reach of a per-year word before the value: a year, a level reached (达到, 控制在), a rate's figure.
_ENDS_REACH = re.compile(r"(?:19|20)\d\d年|[一二][〇零一二三四五六七八九]{3}年|达到|提高到|降低到|降到|降至|控制在|保持在|稳定在|"
                         r"不低于|不超过|不高于|总[长量面规]|[0-9.]+\s*(?:%|‰|个百分点)")
#: A question asking a sum over the period (累计, 一共, 期间…共), which a yearly figure is not (「“九五”时期…控制在多少」
#: names the period a level is for, no sum).
_SPAN_TOTAL = re.compile(r"累计|合计|总共|一共|共计|总计|[五十]年(?:内|里|间|中)?(?:要)?(?:共|总)|"
                         r"(?<![公总一])共(?=[要需将能]?[\u4e00-\u9fff]{0,6}(?:多少|几))")


def per_year_word(sentence: str, value: str) -> tuple[str, int] | None:
    """The per-year word the sentence prints before ``value`` and whose reach ``value`` is in, with its offset.

    None when the sentence prints none, or the word is a rate's (年均增长) or a reading's (年均浓度), or a year, a level
    verb or a rate's figure stands between it and the value (「年均增长6%，达到900亿元」: 900亿元 is a level).
    """
    at = sentence.find(value)
    if at < 0:
        return None
    before = sentence[:at]
    words = [m for m in PER_YEAR.finditer(before) if not of_rate_or_mean(before[m.end():])]
    if not words or _ENDS_REACH.search(before[words[-1].end():]):
        return None
    return words[-1].group(0), words[-1].start()


def of_rate_or_mean(after: str) -> bool:
    """Whether a per-year word followed by ``after`` is a rate's or a mean reading's (年均增长, 年均浓度), no yearly
    quantity's.

    >>> of_rate_or_mean("浓度低于20微克/立方米"), of_rate_or_mean("增长6%"), of_rate_or_mean("建成标准厂房30万平方米")
    (True, True, False)
    """
    return bool(_RATE_OR_MEAN.search(after[:8]))


def asks_per_year(question: str) -> bool:
    """Whether the question names a per-year word itself (每年供应多少)."""
    return bool(_ASKED_PER_YEAR.search(question))


def asks_span_total(question: str) -> bool:
    """Whether the question asks a sum over the period (累计, 一共, “十五五”期间)."""
    return bool(_SPAN_TOTAL.search(question))


def yearly_quote(sentence: str, clause: str, start: int) -> str:
    """The clause quoted from the per-year word at ``start`` on, so the quote says the figure is yearly.

    >>> yearly_quote("全力保障建设用地需求，年均供应建设用地35平方公里左右", "供应建设用地35平方公里左右", 11)
    '年均供应建设用地35平方公里左右'
    """
    end = sentence.find(clause, start)
    if end < 0:
        return sentence[start:]
    return sentence[start:end + len(clause)]
