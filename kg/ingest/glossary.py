"""The glossary (名词解释) at the back of a plan.

A heading line 名词解释 (often letter-spaced: 名 词 解 释) is followed by
entries ``N.“term”：definition``. The colon may be full-width or ASCII, the
quotes may be missing, and the term may run on after its closing quote
(``“135”工程升级版``). Some plans close a numbered term with 。 instead of the
colon (``1、“先投后股”。指……``, ``8、PI科研矩阵。指……``). A line that opens no entry continues the previous one
while that one's definition is unfinished; otherwise the glossary ends there.

A 专栏 may hold a glossary too (专栏3 名词解释, 专栏 专业术语释义):
:func:`is_glossary_title` tells such a box by its title and
:func:`parse_box_entry` reads one of its items, where the term may be printed
bare (``新型基础设施：指……``) or as a list entry (``新型基础设施→指……``).

Older plans define their terms in footnotes (Markdown ``[^5]: 基本建设投资，是指……包括：（一）……``):
:func:`split_footnote` tells a footnote line and :func:`parse_footnote_entry` reads one whose text
opens by defining a term (X，是指… / X系指… / X，指…); other footnotes stay plain notes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["GlossaryEntry", "is_glossary_heading", "is_glossary_title", "parse_glossary", "parse_box_entry",
           "parse_footnote_entry", "split_footnote", "term_name"]

# 名词解释, 附：名词解释 — or named after the document it explains (《纲要》有关名词解释, 本规划相关名词解释).
_HEADING = re.compile(r"^(?:附\s*[件录]?\s*[:：]?\s*)?(?:(?:《[^》]{1,20}》|本?规划|纲要)\s*(?:有关|相关|涉及的?)?)?"
                      r"名\s*词\s*(?:解\s*释|注\s*释|术\s*语)\s*[:：]?$")
_NUMBER = r"^(?:([0-9０-９]{1,3})\s*[.．、]\s*)?"
_ENTRY = re.compile(_NUMBER + r"(.{1,30}?)\s*([:：。])\s*(.*)$")
# In a box a term may also lead a list entry: "新型基础设施→指……".
_BOX_ENTRY = re.compile(_NUMBER + r"(.{1,30}?)\s*([:：→])\s*(.*)$")
# Box titles the genre gives a glossary: 名词解释/注释/释义, 术语解释, 专业术语, 新名词, 概念解释.
_GLOSSARY_TITLE = re.compile(r"(?:名词|术语|概念|词语|词汇)(?:解释|注释|释义|解读)|(?:名词|术语)表?$|释义$")
_SENTENCE = re.compile(r"[，,。；;！？]")
_QUOTES = "“”\"‘’'「」『』《》"
# Where the term is used in the plan: "智慧灯杆(第18页)".
_PAGE_REF = re.compile(r"\s*[（(]\s*(?:见)?\s*第?\s*[0-9０-９]{1,4}\s*页\s*[)）]\s*$")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
MAX_TERM = 30
# A Markdown footnote definition: [^5]: text
_FOOTNOTE = re.compile(r"^\[\^([^\]\s]{1,12})\]:\s*(.*)$")
# A footnote that defines its first words: 基本建设投资，是指… / 所谓X，是指… / X系指… / X，指… (not 指标, 指导 …).
_DEFINES = re.compile(r"^(?:所谓)?(?P<term>[^，,。；;：:！？]{2,30}?)\s*(?:[，,]?\s*(?:是指|系指|指的是)|[，,]\s*指(?![标导出挥定引明示]))")


_FINISHED = ("。", "！", "？", "；", "”", "）", ")", "」")


@dataclass(frozen=True)
class GlossaryEntry:
    """One entry: its printed number, term, definition, printed text, first line
    and the index after its last line (0-based)."""

    number: int | None
    name: str
    definition: str
    text: str
    line: int
    end: int


def is_glossary_heading(line: str) -> bool:
    """Whether a line is the glossary heading.

    Examples
    --------
    >>> is_glossary_heading("名 词 解 释"), is_glossary_heading("附：名词解释"), is_glossary_heading("名词解释如下。")
    (True, True, False)
    >>> is_glossary_heading("《纲要》有关名词解释"), is_glossary_heading("加强名词解释")
    (True, False)
    """
    return bool(_HEADING.match(line.strip().replace("\u3000", " ")))


def is_glossary_title(title: str) -> bool:
    """Whether a 专栏's title marks it as a glossary.

    Examples
    --------
    >>> [is_glossary_title(t) for t in ("名词解释", "专业术语", "相关名 词注释", "“十四五”新名词", "重大项目")]
    [True, True, True, True, False]
    >>> is_glossary_title("数字经济核心概念"), is_glossary_title("有关概念释义")
    (False, True)
    """
    return bool(_GLOSSARY_TITLE.search(re.sub(r"\s+", "", title)))


def term_name(printed: str) -> str:
    """The term with its quote marks removed.

    Examples
    --------
    >>> term_name("“135”工程升级版"), term_name("“上云、用数、赋智”"), term_name("智慧灯杆(第18页)")
    ('135工程升级版', '上云、用数、赋智', '智慧灯杆')
    """
    return "".join(ch for ch in _PAGE_REF.sub("", printed) if ch not in _QUOTES).strip()


def parse_glossary(lines: list[str], start: int, stop: int | None = None) -> list[GlossaryEntry]:
    """Read the entries from ``lines[start]`` (the line after the heading) on.

    Reading stops at ``stop``, or at a line that neither opens an entry nor
    continues an unfinished definition (``entries[-1].end`` tells where).

    Parameters
    ----------
    lines : list of str
        The plan text split on LF.
    start, stop : int
        The slice that may hold the entries.

    Returns
    -------
    list of GlossaryEntry
        In printed order. Lines before the first entry are skipped.

    Examples
    --------
    >>> [e] = parse_glossary(["1.“数字农业”：指运用信息技术", "的农业。", "", "附表：项目表"], 0)
    >>> e.number, e.name, e.definition, e.end
    (1, '数字农业', '指运用信息技术的农业。', 2)

    A numbered term may be closed by 。 rather than a colon:

    >>> [(e.number, e.name) for e in parse_glossary(["1、“园区贷”。指面向园区企业的贷款。",
    ...                                               "2、XYZ平台。一种数据交换平台。"], 0)]
    [(1, '园区贷'), (2, 'XYZ平台')]
    """
    entries: list[GlossaryEntry] = []
    stop = len(lines) if stop is None else stop
    for i in range(start, stop):
        text = lines[i].strip()
        if not text:
            continue
        entry = _entry(text, i)
        if entry is not None:
            entries.append(entry)
        elif entries and not entries[-1].text.endswith(_FINISHED):
            last = entries[-1]
            entries[-1] = GlossaryEntry(last.number, last.name, last.definition + text,
                                        last.text + text, last.line, i + 1)
        elif entries:
            break
    return entries


def split_footnote(line: str) -> tuple[str, str] | None:
    """A footnote definition's label and text, or ``None`` when the line is no footnote.

    >>> split_footnote("[^5]: 基本建设投资，是指……"), split_footnote("正文[^5]。")
    (('5', '基本建设投资，是指……'), None)
    """
    m = _FOOTNOTE.match(line.strip())
    return (m.group(1), m.group(2).strip()) if m else None


def parse_footnote_entry(text: str, line: int) -> GlossaryEntry | None:
    """A footnote's text as a glossary entry when it opens by defining a term, else ``None``.

    The definition is the footnote after the term (what it is and what it includes).

    Examples
    --------
    >>> e = parse_footnote_entry("基本建设投资，是指为着增加固定资产所用的资金。包括：（一）建筑工程的费用。", 3)
    >>> e.name, e.definition, e.line
    ('基本建设投资', '是指为着增加固定资产所用的资金。包括：（一）建筑工程的费用。', 3)
    >>> parse_footnote_entry("“菜篮子”工程系指保障副食品供应的工程。", 0).name
    '菜篮子工程'
    >>> parse_footnote_entry("这里所指的最高年产量，是一九四三年的产量。", 0) is None
    True
    """
    m = _DEFINES.match(text)
    if not m:
        return None
    name = term_name(m.group("term"))
    if not 2 <= len(name) <= MAX_TERM or re.match(r"(?:这|此|上述|以上|本)", name):
        return None  # 这里所指的…: a note on the text, not a term
    definition = text[m.end("term"):].lstrip(" ，,")
    return GlossaryEntry(None, name, definition, text, line, line + 1)


def parse_box_entry(text: str, line: int) -> GlossaryEntry | None:
    """One item of a glossary box as an entry, or ``None`` when it defines no term.

    The box's title has declared it a glossary, so an unnumbered term needs no
    quotes; it must still read as a name (no sentence punctuation).

    Parameters
    ----------
    text : str
        The item as printed (one line).
    line : int
        Its 0-based line, recorded on the entry.

    Examples
    --------
    >>> e = parse_box_entry("新型基础设施→指以信息网络为基础的基础设施体系。", 7)
    >>> e.number, e.name, e.definition, e.line, e.end
    (None, '新型基础设施', '指以信息网络为基础的基础设施体系。', 7, 8)
    >>> parse_box_entry("2.“链长制”：指产业链链长机制。", 0).name
    '链长制'
    >>> parse_box_entry("到2025年，全县建成5G基站：500个。", 0) is None
    True
    """
    return _entry(text.strip(), line, pattern=_BOX_ENTRY, quoted=False)


def _entry(text: str, line: int, *, pattern: re.Pattern = _ENTRY, quoted: bool = True) -> GlossaryEntry | None:
    m = pattern.match(text)
    if not m:
        return None
    number, printed, mark, definition = m.groups()
    name = term_name(printed)
    if not name or len(name) > MAX_TERM:
        return None
    if mark == "。" and (number is None or _SENTENCE.search(name) or not definition.strip()):
        # A term closed by 。 is an entry only where its number says so and it reads as a name:
        # an unnumbered line ending a sentence there is text, not a term.
        return None
    if number is None:
        # In the back matter an unnumbered line is an entry only when its term is quoted
        # (else it is a sentence with a colon continuing the previous definition); in a
        # glossary box, when the term reads as a name rather than a clause.
        if (not printed.startswith(tuple(_QUOTES))) if quoted else _SENTENCE.search(name):
            return None
    return GlossaryEntry(int(number.translate(_FULLWIDTH)) if number else None,
                         name, definition.strip(), text, line, line + 1)
