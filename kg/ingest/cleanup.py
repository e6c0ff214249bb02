"""Print and OCR furniture cleaned out of a plan's text: page blocks and footers, hard line wraps.

A plan copied from print or recognised from a scan carries its pages with it: an OCR tool's page
blocks (``<图片内容|start>``, ``<img src=…/>``), page footers (``— 5 —``, misread ``—5一``), lines
broken at the print width mid-word, and punctuation OCR reads as ASCII set apart by spaces
(「就业 , 完善」「 " 十五 " 」「- -坚持」). None of that is plan text. :func:`clean_text` is the one step
every reader's text passes (:func:`kg.ingest.read.read_source`), whatever its format; the lines keep
their count so line numbers still point into the source.
"""
from __future__ import annotations

import re

from kg.ingest.fragments import join_fragments
from kg.ingest.formats.wrap import ENDS_BLOCK, WIDTH_SHARE, fills_width, join_lines, print_width
from kg.ingest.lines import display_width, is_item, is_page_number, is_title, page_number_lines

__all__ = ["clean_text", "join_wrapped", "ocr_punctuation"]

_CJK = "\u4e00-\u9fff"
# OCR's ASCII marks between Chinese words, set apart by a space: 「就业 , 完善」 → 「就业，完善」 (a plan
# typed with an ASCII colon, 「行动:」, prints it so and keeps it).
_ASCII_MARKS = [(re.compile(rf"(?<=[{_CJK}）”%])(?:[ \u3000]+{mark}[ \u3000]*|{mark}[ \u3000]+)(?=[{_CJK}“（])"), wide)
                for mark, wide in ((",", "，"), (";", "；"), (":", "："))]
# Spaces OCR sets around the full-width marks it does read: 「农业 、 水利 。」.
_SPACED_WIDE = re.compile(rf"(?<=[{_CJK}）”%\d])[ \u3000]+(?=[、。，；：])|(?<=[、，；：“（])[ \u3000]+(?=[{_CJK}\d“（])")
# A quotation in ASCII quotes with spaces inside: 「第八篇 " 十五 " 计划实施」.
_SPACED_QUOTE = re.compile(rf'[ \u3000]*"[ \u3000]+([{_CJK}0-9]{{1,15}})[ \u3000]+"[ \u3000]*')
# The genre's list dash read as two hyphens at the start of a line: 「- -坚持以发展为主题。」.
_SPLIT_DASH = re.compile(rf"^([ \u3000]*)-[ ]?-(?=[{_CJK}])", re.M)


def clean_text(text: str) -> str:
    """A reader's text with its OCR punctuation read (:func:`ocr_punctuation`), its page furniture
    blanked, its hard-wrapped paragraphs joined (:func:`join_wrapped`) and a web page's split 专栏
    headings and footnote-split sentences joined (:func:`kg.ingest.fragments.join_fragments`);
    the line count kept.

    Examples
    --------
    >>> clean_text("第二十一章积极扩大就业 , 完善社会保障制度" + chr(10) + "—5一").split(chr(10))
    ['第二十一章积极扩大就业，完善社会保障制度', '']
    """
    return join_wrapped(join_fragments(ocr_punctuation(text)))  # fragments first: wrapping would run a footnote on


def ocr_punctuation(text: str) -> str:
    """Punctuation OCR read as ASCII or set apart by spaces, as the plan prints it.

    Only spaced marks between Chinese words change: ``1,000``, ``10:30``, ``行动:`` and a Markdown
    image's ``"title"`` stay as they are.

    Examples
    --------
    >>> ocr_punctuation("扩大就业 , 完善保障 ; 农业 、 水利和林业 。")
    '扩大就业，完善保障；农业、水利和林业。'
    >>> ocr_punctuation('第八篇 " 十五 " 计划实施')
    '第八篇“十五”计划实施'
    >>> ocr_punctuation("　　- -坚持以发展为主题 。")
    '　　——坚持以发展为主题。'
    >>> ocr_punctuation('投资1,000万元, 10:30开会 ![](a.jpg "重大工程") 行动:建链')
    '投资1,000万元, 10:30开会 ![](a.jpg "重大工程") 行动:建链'
    """
    for pattern, wide in _ASCII_MARKS:
        text = pattern.sub(wide, text)
    text = _SPACED_QUOTE.sub(r"“\1”", text)
    text = _SPLIT_DASH.sub(r"\1——", text)
    return _SPACED_WIDE.sub("", text)


# A line opening a heading or a box: never the rest of the line before it.
_OPENS_BLOCK = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[篇章节编部]|专栏|附[件表录])")
# Cells set apart by a run of spaces inside a line: a row of a space-aligned table, never a wrapped line.
_SPACED_CELLS = re.compile(r"\S(?: {4,}|\u3000{2,})\S")
# A row of an indicator table printed with single spaces (PDF text) closes with its 属性 cell (预期性 /
# 约束性): the next line opens the next row, however wide the row ran.
_ATTRIBUTE_END = re.compile(r"\S\s+(?:预期|约束|指导|引导|控制)性$")
#: Fewer wrapped lines than this, or fewer lines of the print width: the file writes a paragraph a line.
_MIN_WRAPPED = 20


# A line of markup tags only: an OCR tool's page block (<图片内容|start>) or the scan it read (<img src=…/>).
_MARKUP_LINE = re.compile(r"^\s*(?:<[^<>]*>\s*)+$")


def _page_breaks(lines: list[str]) -> set[int]:
    """Lines of page furniture: markup-only lines, page numbers, and the blank lines in a run of them.

    They are no plan text, and a paragraph printed across a page goes on over them.
    """
    furniture = {j for j, line in enumerate(lines) if _MARKUP_LINE.match(line)} | page_number_lines(lines)
    breaks, run = set(), []
    for j, line in enumerate(lines + [""]):
        if j in furniture or (j < len(lines) and not line.strip()):
            run.append(j)
            continue
        if furniture.intersection(run):
            breaks.update(run)
        run = []
    return breaks


# A mark no line opens with (the genre's line-breaking rule): a line opening with one is the rest of the line
# before it, which a PDF's text layer split after a closing quote (「…打造演出“第二现场”」 / 「,提升…」).
_CLOSING_MARK = re.compile(r"^[，,、。；;：:！？）)”’」』》]")
# A line holding a number only: a footnote's anchor or a subscript the text layer set apart.
_NUMBER_LINE = re.compile(r"^\s*\d+(?:\.\d+)?\s*$")
#: Characters a clause after a split-off mark holds at least (「，推动智慧农业发展。」), unless a quotation closed before it.
_CLAUSE = 6
_QUOTE_ENDS = ("”", "’", "」", "』", '"')
# Prose, not a bare number a page or footnote left on a line of its own (「1」「-9」).
_CJK_CHAR = re.compile(rf"[{_CJK}]")


def _split_marks(lines: list[str]) -> set[int]:
    """Lines that are the rest of the line before them: a line opening with a closing mark, and a footnote's
    bare number printed on a line of its own between the words and the mark (「…振兴行动」 / 「116」 / 「，推动…」)."""
    stray = set()
    for j in range(1, len(lines)):
        if not (_CLOSING_MARK.match(lines[j].lstrip()) and lines[j - 1].strip()):
            continue
        anchor = j >= 2 and bool(_NUMBER_LINE.match(lines[j - 1])) and bool(lines[j - 2].strip())
        # a clause goes on after the mark, or the mark closes a quotation: not a table cell's tail (「）浓度」 under
        # 「细颗粒物（PM」, a cell of a table printed a cell a line, where joining would open gaps between its cells)
        if len(_CJK_CHAR.findall(lines[j])) >= _CLAUSE or lines[j - 2 if anchor else j - 1].rstrip().endswith(_QUOTE_ENDS):
            stray.update((j - 1, j) if anchor else (j,))
    return stray


def _seams(source: list[str], kept: list[int]) -> set[int]:
    """Indices into ``kept`` of the lines a page break comes before: page furniture lies between them and the
    kept line before."""
    return {k for k in range(1, len(kept)) if kept[k] - kept[k - 1] > 1
            and any(_MARKUP_LINE.match(source[j]) or is_page_number(source[j]) for j in range(kept[k - 1] + 1, kept[k]))}


def _may_go_on(prev: str, line: str) -> bool:
    """What any joined pair needs: ``prev`` ends no sentence or table row, and ``line`` is not indented and opens
    no heading, list item, table row or page number."""
    prev = prev.strip()
    return (bool(prev) and bool(line.strip()) and not ENDS_BLOCK.search(prev) and not _ATTRIBUTE_END.search(prev)
            and not line.startswith(("\u3000", "  ", "\t")) and "\t" not in prev + line
            and not _SPACED_CELLS.search(prev + "\n" + line.strip())
            and not _OPENS_BLOCK.match(line) and not is_item(line.strip()) and not is_page_number(line))


def _goes_on_over_page(prev: str, line: str) -> bool:
    """A paragraph broken by a page break, whatever the text's width: the line before the break is prose
    (no heading, item or topic line) ending no sentence (「…之都，推动」 / 「— 23 —」 / 「A、B、C。」)."""
    return (_may_go_on(prev, line) and bool(_CJK_CHAR.search(prev)) and not _OPENS_BLOCK.match(prev.strip())
            and not is_item(prev.strip()) and not is_title(prev))


def _wider_block(prev: str, line: str, width: int) -> bool:
    """A 专栏 set in smaller type than the body, its lines wider than the print: a line no wider than the one
    before it goes on with it there (「…6G 装备与应用、量子科」 / 「技、具身智能…」)."""
    return fills_width(prev, width / WIDTH_SHARE ** 2) and display_width(line.strip()) * WIDTH_SHARE <= display_width(prev.strip())


def join_wrapped(text: str) -> str:
    """Join the lines of paragraphs printed with hard line breaks at a fixed width, keeping the line count.

    Page furniture (:func:`_page_breaks`) is blanked first, and the lines on either side of it are
    read as adjacent.

    The print width is the display width most lines have; a line of about that width that ends no
    sentence, followed by a line that is not indented and opens no heading, list item or table row,
    goes on with it (:func:`kg.ingest.formats.wrap.join_lines`). A file writing a paragraph a line
    has no such width and is kept as it is, except where a page break cuts a paragraph
    (:func:`_goes_on_over_page`). A line opening with a closing mark is the rest of the line before it
    (:func:`_split_marks`), whatever the width.

    Examples
    --------
    >>> wrapped = chr(10).join(["人口自然增长率，要求由现在的千分之十二左右，降", "到千分之九左右。"] * 20)
    >>> join_wrapped(wrapped).split(chr(10))[:3]
    ['人口自然增长率，要求由现在的千分之十二左右，降到千分之九左右。', '', '人口自然增长率，要求由现在的千分之十二左右，降到千分之九左右。']
    >>> join_wrapped("第一章　总则" + chr(10) + "正文。") == "第一章　总则" + chr(10) + "正文。"
    True
    """
    source = text.split("\n")
    breaks = _page_breaks(source)
    kept = [j for j in range(len(source)) if j not in breaks]
    seams = _seams(source, kept)
    lines = [source[j] for j in kept]
    width = print_width(lines, at_least=_MIN_WRAPPED)
    stray = _split_marks(lines)

    def before(j: int) -> str:
        # the line a split-off mark came from, the mark put back: what the line after them goes on with
        head = j - 1
        while head in stray:
            head -= 1
        return "".join(line.strip() for line in lines[head:j])

    def wraps(j: int) -> bool:
        prev, line = before(j).strip(), lines[j]
        # a line wider than the print is a paragraph of its own (a file writing a paragraph a line that
        # happens to hold twenty titles of one width): 「专栏7  …创新枢纽」 then its box's first paragraph
        return (_may_go_on(prev, line)
                and fills_width(prev, width) and (not fills_width(line, width / WIDTH_SHARE ** 2) or _wider_block(prev, line, width))
                # a heading's wrapped rest is shorter than a line: a full line under it is its first paragraph
                and not (_OPENS_BLOCK.match(prev) and fills_width(line, width)))

    wrapped = width is not None and sum(map(wraps, range(1, len(lines)))) >= _MIN_WRAPPED
    joined = join_lines(lines, lambda j: j in stray or (wrapped and wraps(j))
                        or (j in seams and _goes_on_over_page(before(j), lines[j])), at_least=1)
    out = [""] * len(source)
    for j, line in zip(kept, joined):
        out[j] = line
    return "\n".join(out)
