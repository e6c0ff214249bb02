"""Recognisers for the line types every layout of the plan genre shares.

A 规划纲要 is written line by line: headings (recognised per layout family in
:mod:`kg.ingest.layouts`), enumerated items (1. ① （一）), box sub-headings,
short standalone topic lines, page numbers and prose. These functions look at
one line and say which it is; the tree is built in :mod:`kg.ingest.tree`.
"""
from __future__ import annotations

import re
from collections import Counter
import unicodedata

from .markers import CN_NUM, NUMBERED

__all__ = [
    "CN_NUM",
    "FULLWIDTH",
    "match_group",
    "is_item",
    "is_title",
    "strip_enumerator",
    "item_name",
    "squeeze",
    "is_page_number",
    "page_number_lines",
    "match_images",
    "normalise_spacing",
    "normalise_digit_groups",
    "normalise_spaced_digits",
    "is_note",
    "split_cells",
    "display_width",
]

FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_GROUP = re.compile(rf"^(?:[（(]\s*[{CN_NUM}]+\s*[）)]|[{CN_NUM}]+、)\s*(.+)$")
# Cells of a table row as text: tabs, full-width spaces or runs of spaces between them.
_CELL_SEPARATORS = re.compile(r"\t+|\u3000+|[ \u00a0]{2,}")
# A note under a table or in a box: 注：…, 备注：…, 说明：….
_NOTE = re.compile(r"^\s*(注|备注|说明)\s*[:：]")
# A page number left over from a PDF: "- 12 -", "— 3 —", "第 3 页"; OCR of a scan misreads its dashes
# as 一 or a colon, or drops the opening one: "—5一", "—:16—", "113一", "22—"; the front matter's pages
# (目录) are numbered in Roman numerals, "II", "xii".
_PAGE_NUMBER = re.compile(r"^(?:[-—–－]+\s*[0-9０-９]{1,4}\s*[-—–－]+|第\s*[0-9０-９]{1,4}\s*页(?:\s*共\s*[0-9０-９]{1,4}\s*页)?"
                          r"|[-—–－一]*[:：]?[0-9]{1,3}[-—–－一]+"
                          r"|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))$")
_SPACED_CJK = re.compile(r"^(?:[\u4e00-\u9fff][\s\u3000]+)+[\u4e00-\u9fff]$")
_TITLE_BREAKERS = re.compile(r"[。，,；;：:！？!?、]")
_NAME_END = re.compile(r"[。，,；;：:]")
_IMAGE = re.compile(r"""!\[([^\]]*)\]\(\s*([^\s)]*)(?:\s+["'“](.*?)["'”])?\s*\)""")
_IMAGE_ONLY = re.compile(rf"^\s*(?:{_IMAGE.pattern}\s*)+$")
# A photo credit closing a picture's title: "专栏5 重大工程项目　新华社发".
_CREDIT = re.compile(r"[\s\u3000]+\S{0,10}(?:社发|供图|制图|摄)$")
# OCR and PDF text letter-space figures: "2 0 0 1年" → "2001年".
_SPACED_DIGITS = re.compile(r"(?<![0-9.])[0-9](?: [0-9]){2,}(?=\s?[年月日%])")
# Spaces typeset around a figure (「到 2000 年」, 「由 1990 年的 40%」, 「300 万吨」): the figure reads whole.
_SPACED_FIGURE = re.compile(r"(?<=\d) +(?=[年月日万亿千百%％‰])|(?<=[到由从比至在于为达的]) +(?=\d)")
# Thousands grouped by a full-width comma, as typeset plans of the 1980s print them: 16，770亿元.
_FULLWIDTH_GROUPS = re.compile(r"(?<![0-9０-９.．，,])[0-9０-９]{1,3}(?:，[0-9０-９]{3})+(?![0-9０-９])")
# A figure OCR printed digit by digit, one space between (「2 9 0 0」, 「9 7 %」): every token one digit.
_DIGIT_RUN = re.compile(r"(?<![0-9.])[0-9](?: [0-9])+(?![0-9])")
_LONG_DIGIT_RUN = re.compile(r"(?<![0-9.])[0-9](?: [0-9]){2,}(?![0-9])")
# Inside such a figure OCR also spaces a decimal point or ratio sign: 「6 .5 %」, 「1 9 ∶4 3 ∶3 8」.
_SPACED_JOINT = re.compile(r"(?<=[0-9]) +(?=[.．∶:][0-9])")
#: Letter-spaced figures (three digits or more) a plan prints before its single-spaced digits are read as one figure.
MIN_SPACED = 3
#: Grouped figures a plan prints before its full-width commas between digits are read as grouping.
MIN_GROUPED = 3
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " "})
MAX_TITLE = 25
MAX_NAME = 40


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
    return bool(NUMBERED.match(squeeze(line)))


def strip_enumerator(text: str) -> str:
    """The line without its leading enumerator.

    Examples
    --------
    >>> strip_enumerator("（一）铁路项目"), strip_enumerator("3.建设水库。")
    ('铁路项目', '建设水库。')
    """
    text = squeeze(text)
    m = NUMBERED.match(text)
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
    if "→" in text:  # "name→what it is" (boxes printed as lists)
        text = text.split("→", 1)[0] + "。"
    m = _NAME_END.search(_mask_brackets(text))
    name = text[: m.start()] if m else text
    name = name.strip()
    return name if 0 < len(name) <= MAX_NAME else None


def match_images(line: str) -> list[tuple[str, str]] | None:
    """The pictures of a line made only of Markdown images, as ``(src, title)``; else ``None``.

    The title is the image's title attribute (or its alt text) without a
    closing photo credit.

    Examples
    --------
    >>> match_images('![](images/a.jpg "专栏5 重大工程项目　新华社发")')
    [('images/a.jpg', '专栏5 重大工程项目')]
    >>> match_images("![](images/b.jpg)"), match_images("正文![](c.jpg)")
    ([('images/b.jpg', '')], None)
    """
    if not _IMAGE_ONLY.match(line):
        return None
    return [(m.group(2), _CREDIT.sub("", (m.group(3) or m.group(1) or "").strip()))
            for m in _IMAGE.finditer(line)]


def normalise_spacing(line: str) -> str:
    """Unusual spaces (NBSP, U+2002 …) as plain spaces; letter-spaced figures joined.

    Examples
    --------
    >>> normalise_spacing("到2 0 2 5年，\u00a0增长 5 %")
    '到2025年， 增长 5%'
    >>> normalise_spacing("到 2000 年，由 1990 年的 40%上升到50%，专栏3 规划指标")
    '到2000年，由1990年的40%上升到50%，专栏3 规划指标'
    """
    line = _SPACED_DIGITS.sub(lambda m: m.group(0).replace(" ", ""), line.translate(_ODD_SPACES))
    return _SPACED_FIGURE.sub("", line)


def normalise_digit_groups(lines: list[str]) -> list[str]:
    """The lines with thousands grouped by a half-width comma where the plan groups them by a
    full-width one (``16，770亿元`` → ``16,770亿元``), so the figure reads whole downstream.

    A comma between digits is read as grouping only in a plan that prints at least
    :data:`MIN_GROUPED` such figures (groups of exactly three digits): a plan that
    does not is left as it is, since there ``500，600`` may be two figures.

    Examples
    --------
    >>> normalise_digit_groups(["达到16，770亿元，增长6．7％；", "能源1，176．6亿元", "钢5，500万吨"])
    ['达到16,770亿元，增长6．7％；', '能源1,176．6亿元', '钢5,500万吨']
    >>> normalise_digit_groups(["分别为500，600亿元"])
    ['分别为500，600亿元']
    """
    if sum(len(_FULLWIDTH_GROUPS.findall(line)) for line in lines) < MIN_GROUPED:
        return lines
    return [_FULLWIDTH_GROUPS.sub(lambda m: m.group(0).replace("，", ","), line) for line in lines]


def normalise_spaced_digits(lines: list[str]) -> list[str]:
    """The lines of a plan whose OCR text letter-spaces its figures (``2 9 0 0 亿元``) with each
    figure joined (``2900 亿元``; :func:`normalise_spacing` then closes the gap to the unit).

    Only runs of single digits one space apart are joined (``2005年 30%`` and ``2020 2025`` stay
    apart), with a spaced decimal point or ratio sign inside them (``6 .5`` → ``6.5``,
    ``1 9 ∶4 3`` → ``19∶43``). A plan qualifies only when it prints at least :data:`MIN_SPACED`
    runs of three digits or more, so in a plan that does not a ``1 2`` (two table cells) stays two.

    Examples
    --------
    >>> normalise_spaced_digits(["到2 0 0 5年达到2 9 0 0 亿元", "比例为1 9 ∶4 3 ∶3 8", "增长6 .5 %和9 7 %", "1 0 8 0万千瓦"])
    ['到2005年达到2900 亿元', '比例为19∶43∶38', '增长6.5 %和97 %', '1080万千瓦']
    >>> normalise_spaced_digits(["序号 1 2", "到2 0 2 5年"])
    ['序号 1 2', '到2 0 2 5年']
    """
    if sum(len(_LONG_DIGIT_RUN.findall(line)) for line in lines) < MIN_SPACED:
        return lines
    joined = (_DIGIT_RUN.sub(lambda m: m.group(0).replace(" ", ""), line) for line in lines)
    return [_SPACED_JOINT.sub("", line) for line in joined]


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


def split_cells(line: str) -> list[str]:
    """A table line's cells: split on tabs, full-width spaces and runs of two or more spaces.

    Examples
    --------
    >>> split_cells("　1　　某某实验室　　建设省级重点实验室20个")
    ['1', '某某实验室', '建设省级重点实验室20个']
    """
    return [c for c in _CELL_SEPARATORS.split(line.strip(" \t\u3000")) if c.strip()]


def is_note(line: str) -> bool:
    """Whether a line is a note (``注：``, ``备注：``, ``说明：``) under a table or in a 专栏.

    Examples
    --------
    >>> is_note("注：项目以实际批复为准。"), is_note("注重实效。")
    (True, False)
    """
    return bool(_NOTE.match(line))


def is_page_number(line: str) -> bool:
    """Whether a line is only a page number left by a PDF conversion (``- 12 -``).

    Examples
    --------
    >>> is_page_number("　— 12 —"), is_page_number("第3页"), is_page_number("12"), is_page_number("—:16—")
    (True, True, False, True)
    >>> is_page_number("XII "), is_page_number("iv"), is_page_number("IIV"), is_page_number("X光")
    (True, True, False, False)
    """
    return bool(_PAGE_NUMBER.match(squeeze(line)))


# A Roman page number (ix, XII) on a line of its own; printed on this many lines, it is a table's cell instead.
_ROMAN = re.compile(r"^(?=[IVXivx])[IVXivx]{1,6}$")
_REPEATED_CELL = 3


def page_number_lines(lines: list[str]) -> set[int]:
    """Indices of the lines that are page numbers (:func:`is_page_number`).

    A page's number is printed once; the same Roman letter on many lines is a table's cell down a column (X for a
    price the table leaves to an appraisal), not furniture — dropping it would run the row's cells together.

    >>> sorted(page_number_lines(["正文", "iv", "一", "X", "2900", "二", "X", "2440", "三", "X", "1820"]))
    [1]
    """
    romans = Counter(squeeze(line) for line in lines if _ROMAN.match(squeeze(line)))
    return {j for j, line in enumerate(lines) if is_page_number(line) and romans[squeeze(line)] < _REPEATED_CELL}


def display_width(text: str) -> int:
    """Columns a line takes in print or a fixed-width layout: a CJK or full-width character two, others one.

    >>> display_width("钢产量 7200万吨")
    15
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
