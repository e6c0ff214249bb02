"""The 第N篇/章/节 layout family and 专栏 box headings.

Most plans number their levels 第一篇 > 第一章 > 第一节 (Chinese, Arabic or
full-width numerals) and their boxes 专栏N.M. These functions recognise one
such line; the tree is assembled in :mod:`kg.ingest.tree`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.lines import CN_NUM, FULLWIDTH, squeeze

__all__ = ["HeadingMatch", "chinese_number", "parse_number", "match_heading", "match_box_heading",
           "MAX_HEADING_TITLE"]

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUM = rf"[0-9０-９]+|[{CN_NUM}]+"
# 節: traditional script; 第N部分 stands for 篇 in many city and county plans, 第N编 in the
# national plans of the early 1980s.
_LEVELS = {"篇": "part", "部分": "part", "编": "part", "編": "part", "章": "chapter", "节": "section",
           "節": "section"}
# A heading title is a phrase, not a sentence: these marks betray a sentence.
_SENTENCE_MARKS = re.compile(r"[。！？；;!?]")
_BOX_SENTENCE_MARKS = re.compile(r"[。！？；;!?，,]")
_HEADING = re.compile(rf"^第\s*({_NUM})\s*(部分|[篇编編章节節])(?![a-zA-Z0-9])([\s:：、.．]*)(.*)$")
# A comma may stand in a title set apart from its number (第三章　坚持创新驱动，建设…);
# run on from the number (第三章所列项目，由…) it betrays a sentence.
_COMMA = re.compile(r"[，,]")
_BOX = re.compile(rf"^(?:专栏|專欄)\s*([0-9０-９]+(?:\s*[.．\-－]\s*[0-9０-９]+)*|[{CN_NUM}]+(?=[\s:：、.．]))?"
                  r"[\s:：、.．]*(.*)$")
MAX_HEADING_TITLE = 40
# A 篇 title set apart from its number may run longer: a city 纲要 states its whole strategy in it
# (第一篇 锚定排头兵、领头羊、火车头标高追求，奋力在推进中国式现代化建设中走在前、作示范、挑大梁: 43).
MAX_PART_TITLE = 60


@dataclass(frozen=True)
class HeadingMatch:
    """A recognised heading line: its level, printed number and title; ``marker`` is the
    printed numbering of an outline heading (``一、``), ``None`` for 第N章 and 专栏; ``numeral`` the
    number of a 第N篇/章/节 as printed in Chinese numerals (``十七``), ``None`` for digits."""

    kind: str
    number: int | str | None
    title: str
    marker: str | None = None
    numeral: str | None = None


def chinese_number(text: str) -> int:
    """Value of a Chinese numeral written with 一…九, 十, 百, 千 and 零.

    Examples
    --------
    >>> [chinese_number(s) for s in ("十", "十五", "二十三", "一百零五", "二〇")]
    [10, 15, 23, 105, 20]
    """
    if text and all(ch in _CN_DIGITS for ch in text) and len(text) > 1:
        # Digit-by-digit spelling such as 二〇 (positional, no unit characters).
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    total = section = 0
    for ch in text:
        if ch in _CN_DIGITS:
            section = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (section or 1) * _CN_UNITS[ch]
            section = 0
        else:
            raise ValueError(f"{text!r} is not a Chinese numeral")
    return total + section


def parse_number(text: str) -> int:
    """Value of a printed heading number: Arabic, full-width or Chinese.

    Examples
    --------
    >>> parse_number("12"), parse_number("１２"), parse_number("二十三")
    (12, 12, 23)
    """
    text = text.strip().translate(FULLWIDTH)
    return int(text) if text.isdigit() else chinese_number(text)


def match_heading(line: str, *, run_on_comma: bool = False) -> HeadingMatch | None:
    """Recognise ``第N篇/章/节 title``; ``None`` for anything else.

    The marker must open the line and the title must read like a phrase
    (no 。；！？, at most ``MAX_HEADING_TITLE`` characters), so a sentence
    that begins with 第1章 is not taken for a heading. A comma in a title run
    on from its number (第三章所列项目，由…) betrays a sentence unless
    ``run_on_comma``: the caller knows the number is the one due next.

    Examples
    --------
    >>> match_heading("第 ２ 章　发展环境")
    HeadingMatch(kind='chapter', number=2, title='发展环境', marker=None, numeral=None)
    >>> match_heading("第二十三章提高农业质量效益和竞争力").number
    23
    >>> match_heading("第 二十三 章 提高农业质量效益和竞争力").numeral
    '二十三'
    >>> match_heading("第1章提出的目标已经完成。") is None
    True
    >>> match_heading("第三章　坚持创新驱动发展，加快建设创新型省份").number
    3
    >>> match_heading("第二部分　主要任务").marker
    '第2部分 '
    >>> match_heading("第三编　地区发展计划")
    HeadingMatch(kind='part', number=3, title='地区发展计划', marker='第3编 ', numeral='三')
    >>> match_heading("第二十一章积极扩大就业，完善社会保障制度") is None
    True
    >>> match_heading("第二十一章积极扩大就业，完善社会保障制度", run_on_comma=True).number
    21
    """
    text = squeeze(line)
    m = _HEADING.match(text)
    if not m:
        return None
    title = m.group(4).strip()
    longest = MAX_PART_TITLE if _LEVELS[m.group(2)] == "part" and m.group(3) else MAX_HEADING_TITLE
    if (_SENTENCE_MARKS.search(title) or len(title) > longest
            or (not m.group(3) and not run_on_comma and _COMMA.search(title))):
        return None
    printed = m.group(1).replace(" ", "")
    try:
        number = parse_number(printed)
    except ValueError:
        return None
    # Kept for the heading as printed (第十七章, not 第17章: kg.document.Heading.printed); full-width digits are digits.
    numeral = None if printed.translate(FULLWIDTH).isdigit() else printed
    # 第N部分 / 第N编 keep their word in the label (第2部分 主要任务), not 第N篇.
    marker = f"第{number}{m.group(2).replace('編', '编')} " if m.group(2) in ("部分", "编", "編") else None
    return HeadingMatch(_LEVELS[m.group(2)], number, title, marker, numeral)


def match_box_heading(line: str) -> HeadingMatch | None:
    """Recognise a 专栏 heading: ``专栏7.1 title``, ``专栏8.1现代物流重点项目``, ``专栏 title``.

    Examples
    --------
    >>> match_box_heading("\\t专栏8.1现代物流重点项目")
    HeadingMatch(kind='box', number='8.1', title='现代物流重点项目', marker=None, numeral=None)
    >>> match_box_heading("专栏　重点民生工程").number is None
    True
    >>> match_box_heading("专栏里的项目已全部开工。") is None
    True
    >>> match_box_heading("专栏三　重大民生工程").number
    '3'
    >>> match_box_heading("专栏 3")
    HeadingMatch(kind='box', number='3', title='', marker=None, numeral=None)
    """
    text = squeeze(line)
    m = _BOX.match(text)
    if not m:
        return None
    title = m.group(2).strip()
    if _BOX_SENTENCE_MARKS.search(title) or len(title) > MAX_HEADING_TITLE or not (title or m.group(1)):
        return None
    number = m.group(1)
    if number is not None and number[0] in CN_NUM:
        number = str(chinese_number(number))  # 专栏三 → "3"
    elif number is not None:
        number = re.sub(r"\s+", "", number.translate(FULLWIDTH)).replace("－", "-")
    return HeadingMatch("box", number, title)


