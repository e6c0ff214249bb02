"""Recognisers for the line types of the plan genre.

A 规划纲要 is written line by line: numbered headings (第N篇/章/节), boxed
project lists (专栏N.M), enumerated items (1. ① （一）), short standalone topic
lines, and prose. These functions look at one line and say which it is; the
tree is built in :mod:`kg.ingest.parse`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "HeadingMatch",
    "chinese_number",
    "parse_number",
    "match_heading",
    "match_box_heading",
    "match_group",
    "is_item",
    "is_title",
    "strip_enumerator",
    "item_name",
    "squeeze",
    "is_page_number",
]

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_CN_NUM = "零〇○一二两三四五六七八九十百千"
_NUM = rf"[0-9０-９]+|[{_CN_NUM}]+"
_LEVELS = {"篇": "part", "章": "chapter", "节": "section"}
# A heading title is a phrase, not a sentence: these marks betray a sentence.
_SENTENCE_MARKS = re.compile(r"[。！？；;!?，,]")
_HEADING = re.compile(rf"^第\s*({_NUM})\s*([篇章节])(?![a-zA-Z0-9])[\s:：、.．]*(.*)$")
_BOX = re.compile(r"^专栏\s*([0-9０-９]+(?:\s*[.．\-－]\s*[0-9０-９]+)*)?[\s:：、.．]*(.*)$")
_GROUP = re.compile(rf"^(?:[（(]\s*[{_CN_NUM}]+\s*[）)]|[{_CN_NUM}]+、)\s*(.+)$")
_ITEM = re.compile(
    rf"^(?:[0-9０-９]{{1,2}}(?:[.．](?![0-9０-９])|、|[)）])"
    rf"|[（(]\s*(?:[0-9０-９]{{1,2}}|[{_CN_NUM}]+)\s*[）)]"
    rf"|[{_CN_NUM}]+、"
    r"|[①-⑳㉑-㉟])"
)
# A page number left over from a PDF: "- 12 -", "— 3 —", "第 3 页".
_PAGE_NUMBER = re.compile(r"^(?:[-—–－]+\s*[0-9０-９]{1,4}\s*[-—–－]+|第\s*[0-9０-９]{1,4}\s*页(?:\s*共\s*[0-9０-９]{1,4}\s*页)?)$")
_SPACED_CJK = re.compile(r"^(?:[\u4e00-\u9fff][\s\u3000]+)+[\u4e00-\u9fff]$")
_TITLE_BREAKERS = re.compile(r"[。，,；;：:！？!?、]")
_NAME_END = re.compile(r"[。，,；;：:]")
MAX_HEADING_TITLE = 40
MAX_TITLE = 25
MAX_NAME = 40


@dataclass(frozen=True)
class HeadingMatch:
    """A recognised heading line: its level, printed number and title."""

    kind: str
    number: int | str | None
    title: str


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
    text = text.strip().translate(_FULLWIDTH)
    return int(text) if text.isdigit() else chinese_number(text)


def squeeze(text: str) -> str:
    """Strip a line and collapse its runs of (full-width) spaces to one space;
    a word printed letter-spaced (``前   言``) is joined back.

    Examples
    --------
    >>> squeeze("\\t扬帆起航\\u3000 开启新征程 "), squeeze("名 词 解 释")
    ('扬帆起航 开启新征程', '名词解释')
    """
    text = text.strip().replace("\u3000", " ")
    if _SPACED_CJK.match(text):
        return re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text)


def match_heading(line: str) -> HeadingMatch | None:
    """Recognise ``第N篇/章/节 title``; ``None`` for anything else.

    The marker must open the line and the title must read like a phrase
    (no 。；！？, at most ``MAX_HEADING_TITLE`` characters), so a sentence
    that begins with 第1章 is not taken for a heading.

    Examples
    --------
    >>> match_heading("第 ２ 章　发展环境")
    HeadingMatch(kind='chapter', number=2, title='发展环境')
    >>> match_heading("第二十三章提高农业质量效益和竞争力").number
    23
    >>> match_heading("第1章提出的目标已经完成。") is None
    True
    """
    text = squeeze(line)
    m = _HEADING.match(text)
    if not m:
        return None
    title = m.group(3).strip()
    if _SENTENCE_MARKS.search(title) or len(title) > MAX_HEADING_TITLE:
        return None
    try:
        number = parse_number(m.group(1).replace(" ", ""))
    except ValueError:
        return None
    return HeadingMatch(_LEVELS[m.group(2)], number, title)


def match_box_heading(line: str) -> HeadingMatch | None:
    """Recognise a 专栏 heading: ``专栏7.1 title``, ``专栏8.1现代物流重点项目``, ``专栏 title``.

    Examples
    --------
    >>> match_box_heading("\\t专栏8.1现代物流重点项目")
    HeadingMatch(kind='box', number='8.1', title='现代物流重点项目')
    >>> match_box_heading("专栏　重点民生工程").number is None
    True
    >>> match_box_heading("专栏里的项目已全部开工。") is None
    True
    >>> match_box_heading("专栏 3")
    HeadingMatch(kind='box', number='3', title='')
    """
    text = squeeze(line)
    m = _BOX.match(text)
    if not m:
        return None
    title = m.group(2).strip()
    if _SENTENCE_MARKS.search(title) or len(title) > MAX_HEADING_TITLE or not (title or m.group(1)):
        return None
    number = m.group(1)
    if number is not None:
        number = re.sub(r"\s+", "", number.translate(_FULLWIDTH)).replace("－", "-")
    return HeadingMatch("box", number, title)


def match_group(line: str) -> str | None:
    """A box sub-heading such as ``（一）铁路项目`` as printed, else ``None``.

    Examples
    --------
    >>> match_group("\t（二） 水利基础设施建设项目")
    '（二） 水利基础设施建设项目'
    >>> match_group("（一）建设铁路。完成投资5亿元。") is None
    True
    """
    text = squeeze(line)
    m = _GROUP.match(text)
    if not m or _TITLE_BREAKERS.search(m.group(1)) or len(m.group(1)) > MAX_TITLE:
        return None
    return text


def is_item(line: str) -> bool:
    """Whether a line opens with an enumerator: ``1.`` ``2、`` ``①`` ``（一）`` ``一、``.

    Examples
    --------
    >>> is_item("①加快建设。"), is_item("（三）强化保障。"), is_item("2.5亿元投资。")
    (True, True, False)
    """
    return bool(_ITEM.match(squeeze(line)))


def strip_enumerator(text: str) -> str:
    """The line without its leading enumerator.

    Examples
    --------
    >>> strip_enumerator("（一）铁路项目"), strip_enumerator("3.建设水库。")
    ('铁路项目', '建设水库。')
    """
    text = squeeze(text)
    m = _ITEM.match(text)
    return text[m.end():].strip() if m else text


def is_title(line: str) -> bool:
    """Whether a line is a short standalone topic line such as ``循环经济产业园``.

    Examples
    --------
    >>> is_title("循环经济产业园"), is_title("湘桂运河。启动前期工作。"), is_title("2025")
    (True, False, False)
    """
    text = squeeze(line)
    if not text or len(text) > MAX_TITLE or _TITLE_BREAKERS.search(text) or is_item(text):
        return False
    return bool(re.search(r"[\u4e00-\u9fff]", text))


def item_name(text: str) -> str | None:
    """The leading name of a box item: the text before its first 。，；： when short.

    Examples
    --------
    >>> item_name("梁山岐风电场，建设装机10万千瓦风力发电场。")
    '梁山岐风电场'
    >>> item_name("永州市零陵区何仙观水库工程。建设总库容为13000万m³的水库。")
    '永州市零陵区何仙观水库工程'
    >>> item_name("零陵古城2号停车场")
    '零陵古城2号停车场'
    """
    text = strip_enumerator(text)
    m = _NAME_END.search(_mask_brackets(text))
    name = text[: m.start()] if m else text
    name = name.strip()
    return name if 0 < len(name) <= MAX_NAME else None


def _mask_brackets(text: str) -> str:
    """Replace text inside （）/() with spaces so punctuation there does not end a name."""
    out, depth = [], 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
            out.append(ch)
            continue
        out.append(" " if depth else ch)
    return "".join(out)


def is_page_number(line: str) -> bool:
    """Whether a line is only a page number left by a PDF conversion (``- 12 -``).

    Examples
    --------
    >>> is_page_number("　— 12 —"), is_page_number("第3页"), is_page_number("12")
    (True, True, False)
    """
    return bool(_PAGE_NUMBER.match(squeeze(line)))
