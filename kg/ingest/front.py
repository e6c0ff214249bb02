"""The front matter of a plan: its title lines, the 前言 heading and a printed table of contents.

What comes before the first 第N篇/章 heading is the plan's title (often
broken over two lines), maybe an attachment label or a news dateline, maybe a
目录 listing the headings, and the 前言. These helpers tell those apart so the
parser can take the title, drop the table of contents (its headings must not
be counted twice) and keep the rest as the preface.
"""
from __future__ import annotations

import re

from kg.ingest.layouts.closing import is_closing_heading
from kg.ingest.layouts.numbered import match_heading
from kg.ingest.layouts.outline import match_outline_heading
from kg.ingest.lines import squeeze

__all__ = ["title_span", "is_preface_heading", "is_toc_heading", "toc_span", "toc_part_titles", "toc_headings"]

# Traditional forms too: a Big5 plan (read by kg/ingest/formats/text.py) prints 規劃綱要, 計劃, 計畫.
_GENRE_WORDS = re.compile(r"规划|纲要|计划|方案|指引|指南|規劃|綱要|計劃|計畫")
_PREFACE_HEADING = re.compile(r"^(前言|序言|引言|导言|绪论|绪言|总论)$")
_ATTACHMENT = re.compile(r"^附\s*件")
# A news dateline (新华社北京3月12日电) or a newspaper's masthead (云南日报 / 2001年 / 02月 / 20日 / 第A01版)
# sits above some published titles.
_DATELINE = re.compile(r"\d+\s*月[\s/／|｜·]*\d+\s*日")
# A line that is only a date (2024年12月, 二〇二一年三月): printed under a title, not part of it.
_DATE_ONLY = re.compile(r"^[（(]?(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年(?:\s*[\d一二三四五六七八九十]{1,2}\s*月)?[）)]?$")
_TOC_HEADING = re.compile(r"^目\s*[录次]$")
# Dot leaders and the page number closing a table-of-contents entry.
# A Markdown or HTML list's bullet before an entry.
_BULLET = re.compile(r"^[-*+•·]\s*")
_LEADER = re.compile(r"[\s.．·…-]*[0-9０-９]*$")
MAX_TITLE_LINE = 40
# A title breaks over a few lines; a longer run of short lines is a web page's navigation
# (首页 / 政务公开 / 政务服务 …), even when the page's own <title> line heads it.
MAX_TITLE_LINES = 4
# A line wholly in brackets under a title is its approval note (（2026年1月21日市十六届人大六次会议审查批准）).
_BRACKETED = re.compile(r"^[（(][^（）()]*[）)]$")
# A 目录 entry that is a heading may run longer than a title line: a city 纲要's 篇 titles
# (第一篇 立足“后亚运、两万亿、超大城市”新起点，建设世界一流的社会主义现代化国际大都市 1) reach 50.
MAX_TOC_HEADING = 80


def is_preface_heading(text: str) -> bool:
    """Whether a line is the 前言 (序言, 引言) heading.

    Examples
    --------
    >>> is_preface_heading("前   言"), is_preface_heading("前言部分已删去。")
    (True, False)
    """
    return bool(_PREFACE_HEADING.match(squeeze(text)))


def is_toc_heading(text: str) -> bool:
    """Whether a line is the 目录 heading opening a table of contents.

    >>> is_toc_heading("目 录"), is_toc_heading("目录清单")
    (True, False)
    """
    return bool(_TOC_HEADING.match(squeeze(text)))


def title_span(texts: list[str]) -> tuple[int, int] | None:
    """Index range in ``texts`` (the non-blank front lines) of the plan's title.

    The title is the first run of short phrase lines (a title broken over
    lines) that holds a genre word (规划, 纲要 …); attachment labels,
    datelines and the 前言 heading are not part of it.

    Examples
    --------
    >>> title_span(["附件：重大项目表", "某县国民经济和社会发展第十四个", "五年规划纲要", "前言", "正文。"])
    (1, 3)
    >>> title_span(["新华社北京3月12日电", "某某规划纲要"]), title_span(["某某日报 / 2001年 / 02月 / 20日 /", "某某计划纲要"])
    ((1, 2), (1, 2))
    >>> title_span(["某某建设指引》全文", "时间 : 2025-01-10", "某某建设指引", "2024年12月", "前言"])
    (2, 3)
    >>> title_span(["某某规划纲要的通知 - 某市人民政府门户网站", "首页", "政务公开", "政务服务", "互动交流",
    ...             "各区人民政府：", "某市国民经济和社会发展", "第十五个五年规划纲要", "（2026年1月21日批准）"])
    (6, 8)
    >>> title_span(["某市第十五个五年规划纲要", "搜索", "数字报", "投诉举报", "某市第十五个五年规划纲要", "05-26 11:30"])
    (0, 1)
    """
    start = None
    for k, text in enumerate([*texts, "。"]):
        if _is_title_line(text):
            start = k if start is None else start
            continue
        if start is not None and k - start <= MAX_TITLE_LINES \
                and any(_GENRE_WORDS.search(t) for t in texts[start:k]):
            return start, k
        if start is not None and (line := _menu_title(texts, start, k)) is not None:
            return line, line + 1
        if is_preface_heading(text) or len(text) > MAX_TITLE_LINE:
            return None
        start = None
    return None


# A browser title names the page's site after a dash or bar (…的通知 - 广州市人民政府门户网站).
_SITE_TITLE = re.compile(r"\s[-|｜_—]\s")


def _menu_title(texts: list[str], start: int, end: int) -> int | None:
    """In a run of short lines too long for a title (a page's menu around it), the one line that is the
    plan's whole title: it holds a genre word and is no browser title naming the site."""
    return next((j for j in range(start, end) if _GENRE_WORDS.search(texts[j]) and not _SITE_TITLE.search(texts[j])
                 and len(texts[j]) >= 8), None)


def _is_title_line(text: str) -> bool:
    return (len(text) <= MAX_TITLE_LINE and not re.search(r"[。，,；;：:！？]", text)
            and not _ATTACHMENT.match(text) and not is_preface_heading(text)
            and not _DATELINE.search(text) and not _DATE_ONLY.match(text) and not _BRACKETED.match(text)
            and _balanced(text))


def _balanced(text: str) -> bool:
    """Whether every bracket and quote a line opens it closes: 「…建设指引》全文」 is a web page's
    headline cut from a longer one, not the title."""
    return all(text.count(a) == text.count(b) for a, b in ("《》", "“”", "（）", "()"))


def toc_span(lines: list[str]) -> tuple[int, int] | None:
    """The lines ``[start, end)`` of a printed 目录 before the body, or ``None``.

    The table of contents opens with a 目录 line and lists short entries
    (headings, 前言, often with dot leaders and page numbers). It ends where
    an entry comes round a second time (the body starts) or at the first line
    that reads like text. Without its 目录 line, a run of heading lines whose
    first heading comes round again after it is one too.

    Examples
    --------
    >>> lines = ["某县规划", "目  录", "前言……1", "第一章 总则……2", "第二章 保障……5",
    ...          "前言", "本规划依据……编制。", "第一章　总则", "正文。"]
    >>> toc_span(lines)
    (1, 5)
    >>> toc_span(["一、总体要求", "二、主要任务", "三、保障措施", "一、总体要求", "坚持新发展理念。"])
    (0, 3)
    """
    start = None
    for i, line in enumerate(lines):
        if match_heading(line) or match_outline_heading(line):
            return _unlabelled_toc(lines, i)
        if is_toc_heading(line):
            start = i
            break
    if start is None:
        return None
    seen: set[object] = set()
    has_heading = False
    chapter: object = None
    part = opening = None
    end = start + 1
    for k in range(start + 1, len(lines)):
        text = squeeze(lines[k])
        if not text:
            continue
        entry = _entry(text)
        heading = _entry_key(entry)
        if heading is None:
            key: object = re.sub(r"\s+", "", entry)
            # the appendix's own （一）（二） entries come under it, not under the last chapter
            chapter = key if is_closing_heading(entry) else chapter
        elif heading[0] == "section" or (heading[1] and _numbered_chapter(chapter)):
            # 第一节 / （一） come round again under every chapter, and so does 一、 printed under 第N章
            key = (*heading, chapter)
        elif heading[0] == "chapter":
            # a city 纲要 may number its chapters afresh in every 篇 (第二篇 第一章)
            key = chapter = (*heading, part)
        else:
            key = heading
            part = heading if heading[0] == "part" else part
        # the body opens again with the table's first heading, however the entries after it are scoped
        ends = key in seen or (heading is not None and heading == opening)
        opening = heading if opening is None else opening
        if len(entry) > (MAX_TITLE_LINE if heading is None else MAX_TOC_HEADING) \
                or "。" in entry.rstrip("。") or ends:
            return (start, end) if has_heading else None
        seen.add(key)
        has_heading = has_heading or heading is not None
        end = k + 1
    return None


def _numbered_chapter(chapter: object) -> bool:
    """Whether the last chapter entry is a 第N章 one (its key: kind, outline family, number, part)."""
    return isinstance(chapter, tuple) and len(chapter) == 4 and not chapter[1]


def _unlabelled_toc(lines: list[str], first: int) -> tuple[int, int] | None:
    """A table of contents printed without its 目录 line: a run of three or more heading
    lines from ``first`` on, with nothing else between them, whose first heading comes
    round again after the run (where the body starts)."""
    def key(text: str) -> tuple[str, bool, int | str | None] | None:
        # A heading closed by 。 (（一）经济增长速度。) is the body's way; entries are bare.
        return None if text.endswith("。") else _entry_key(_entry(squeeze(text)))

    opening = key(lines[first])
    entries, end = 0, first
    for k in range(first, len(lines)):
        text = squeeze(lines[k])
        if not text:
            continue
        if key(text) is None or (entries and key(text) == opening):
            break
        entries, end = entries + 1, k + 1
    if entries >= 3 and any(key(line) == opening for line in lines[end:]):
        return first, end
    return None


def toc_part_titles(toc: list[str]) -> frozenset[str]:
    """Titles of the 一、 entries a table of contents lists with a 第N章 entry right under them:
    the parts of a plan that numbers them in outline style
    (:func:`kg.ingest.layouts.outlineparts.outline_parts`).

    Examples
    --------
    >>> sorted(toc_part_titles(["目录", "一、发展目标", "第一章 总体要求……3", "二、产业发展",
    ...                         "- 第二章 农业  9", "三、保障措施"]))
    ['产业发展', '发展目标']
    """
    entries = [_entry(squeeze(line)) for line in toc if line.strip()]
    titles = set()
    for entry, below in zip(entries, entries[1:]):
        heading, chapter = match_outline_heading(entry), match_heading(below)
        if heading is not None and heading.kind == "chapter" and chapter is not None and chapter.kind == "chapter":
            titles.add(heading.title)
    return frozenset(titles)


def toc_headings(toc: list[str]) -> list[str]:
    """The 第N篇/章/节 entries a table of contents lists, as printed (bullet, leaders and page number dropped): the
    plan's whole outline, which a text holding only part of the body (an excerpt, a page cut short) still prints.

    >>> toc_headings(["目录", "- 第一篇　指导思想……1", "  - 第一章　发展环境  3", "前言", "第二十篇 强化规划实施保障"])
    ['第一篇　指导思想', '第一章　发展环境', '第二十篇 强化规划实施保障']
    """
    entries = [_entry(line.strip()) for line in toc if line.strip()]
    return [e for e in entries if (h := match_heading(e)) is not None and h.kind in ("part", "chapter", "section")]


def _entry(text: str) -> str:
    """A table-of-contents line without its bullet, dot leaders and page number."""
    return _LEADER.sub("", _BULLET.sub("", text)) or text


def _entry_key(entry: str) -> tuple[str, bool, int | str | None] | None:
    """A heading entry's level, family and number: 一、 (outline) and 第一章 are both
    chapter-like yet different entries, as when 一、 numbers the parts above 第N章."""
    heading = match_heading(entry)
    if heading is not None:
        return heading.kind, False, heading.number
    heading = match_outline_heading(entry)
    return (heading.kind, True, heading.number) if heading is not None else None
