"""Tree assembly: recognised lines → parts > chapters > sections with paragraphs and boxes.

The builder walks the lines once. Headings open parts, chapters and sections
(a plan without 篇 gets one implicit part); 专栏 headings open boxes that run
to the next heading or a run of two blank lines (a box titled as a glossary,
专栏N 名词解释, gives terms rather than items); the indicator table
(:mod:`kg.ingest.table`) and the glossary (:mod:`kg.ingest.glossary`) are read
by their own modules. Every other non-blank line is one paragraph with a
stable id (see ``docs/architecture.md``). Text before the first heading is
the title and the preface.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.document import (Box, BoxItem, Chapter, Heading, HeadingPath, Indicator, IndicatorTable, Issuance, Paragraph,
                         Part, Section, Term)
from kg.ingest.boxtable import BoxColumns, box_group, box_row, match_box_header
from kg.ingest.front import is_preface_heading, is_toc_heading, title_span, toc_headings, toc_part_titles, toc_span
from kg.ingest.glossary import (is_glossary_heading, is_glossary_title, parse_box_entry, parse_footnote_entry,
                                parse_glossary, split_footnote)
from kg.ingest.layouts.closing import is_closing_heading
from kg.ingest.membertable import MemberTable, read_member_table
from kg.ingest.layouts.markup import markup_levels
from kg.ingest.layouts.numbered import HeadingMatch, match_box_heading, match_heading
from kg.ingest.layouts.outline import match_outline_heading, outline_start
from kg.ingest.layouts.outlineparts import outline_parts
from kg.ingest.layouts.runin import RunIn, closed_decimal_head, prints_bracketed, runin_sections
from kg.ingest.layouts.runtogether import split_headings
from kg.ingest.lines import (is_item, is_note, is_page_number, is_title, page_number_lines, item_name, match_group, match_images,
                             normalise_digit_groups, normalise_spaced_digits,
                             normalise_spacing, squeeze)
from kg.ingest.notice import read_notice
from kg.ingest.table import TableBlock, build_indicators, find_tables

__all__ = ["Builder", "BOX_END_BLANKS"]

#: Blank lines in a row that close a 专栏 when no heading does.
BOX_END_BLANKS = 2
#: Leading non-blank lines searched for a cover letter and a portal's index block: a page saved
#: from a portal puts its navigation menu (首页 / 政务公开 / 相关新闻 …) before them; the search
#: stops at the first 第N篇/章 heading or 目录 line, where the letter has ended.
MAX_FRONT_LINES = 80
#: The longest second phrase of a 篇 title printed on its own line (更好满足人民群众美好生活新期待: 15).
_PART_SUBTITLE = 20


@dataclass
class Builder:
    """The walk's state: where we are in the tree and what has been built."""

    lines: list[str]
    title: str = ""
    preface: list[Paragraph] = field(default_factory=list)
    doc_parts: list[Part] = field(default_factory=list)
    loose_chapters: list[Chapter] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)
    in_closing: bool = False
    indicators: list[Indicator] = field(default_factory=list)
    tables: list[IndicatorTable] = field(default_factory=list)
    glossary: list[Term] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: The paragraph made last (a table's note is read back from it).
    made: Paragraph | None = None
    part: Part | None = None
    chapter: Chapter | None = None
    section: Section | None = None
    box: Box | None = None
    box_key: str = ""
    #: Whether the open 专栏 is a glossary (its title says so): its items are terms.
    box_glossary: bool = False
    #: The open 专栏's table header, once a header row is read (:mod:`kg.ingest.boxtable`).
    box_columns: BoxColumns | None = None
    #: The box's group → member table (产业集群 / 产业链), once its header row is read.
    member_table: MemberTable | None = None
    group: str | None = None
    blanks: int = 0
    used_ids: set[str] = field(default_factory=set)
    counters: dict[str, int] = field(default_factory=dict)
    #: Source line (0-based) of each line walked: a line holding run-together headings is split.
    origin: list[int] = field(default_factory=list)
    #: The level 一、 outline headings open: ``chapter`` in a plan without 第N章 (then （一）
    #: opens sections), ``section`` in a plan with 第N章 but no 第N节, ``""`` when 第N章/节 do.
    outline: str = ""
    #: Whether the plan prints 一、 outline headings (else （一） is its outline's first level).
    section_outline: bool = True
    #: The number the 一、 chapters open at: 1, or later in an excerpt (:func:`~kg.ingest.layouts.outline.outline_start`).
    outline_first: int = 1
    #: Heading levels the file's markup gives (source line → 1 for ``#``/Heading 1 …), from the reader.
    marks: dict[int, int] = field(default_factory=dict)
    #: Source lines set apart in a block (a Markdown quote): a 专栏 opened in one ends with it.
    framed: frozenset[int] = frozenset()
    #: In a plan numbered by no family: walked line → the level its markup opens.
    markup: dict[int, str] = field(default_factory=dict)
    #: Untitled pictures since the last 专栏: a box missing from the numbering may be one of them.
    pictures: list[tuple[list[Box], HeadingPath, int, str]] = field(default_factory=list)
    last_box_number: int = 0
    #: Walked line → the part an 一、 line opens above 第N章 chapters (:mod:`kg.ingest.layouts.outlineparts`).
    part_lines: dict[int, HeadingMatch] = field(default_factory=dict)
    #: Walked line → the run-in section head it opens (:mod:`kg.ingest.layouts.runin`).
    runin: dict[int, RunIn] = field(default_factory=dict)
    #: The cover letter the plan is issued with (:mod:`kg.ingest.notice`).
    issuance: Issuance | None = None
    #: The 第N篇/章/节 headings the 目录 lists, as printed (:func:`kg.ingest.front.toc_headings`).
    contents: list[str] = field(default_factory=list)

    # -- the walk -------------------------------------------------------------

    def run(self) -> None:
        self._split_lines()
        self._take_notice()  # before the TOC: a letter's own 一、二、 lines are no table of contents
        toc = toc_span(self.lines)
        listed = frozenset()
        if toc is not None:
            # Blank rather than cut, so line numbers still point into the source.
            start, end = toc
            listed = toc_part_titles(self.lines[start:end])
            self.contents = toc_headings(self.lines[start:end])
            self.lines = self.lines[:start] + [""] * (end - start) + self.lines[end:]
            self.warnings.append(f"lines {self._line(start)}-{self._line(end - 1)}: table of contents skipped")
        levels = {i: self.marks[src] for i, src in enumerate(self.origin) if src in self.marks}
        self.part_lines = outline_parts(self.lines, levels, listed)
        kinds = {h.kind for line in self.lines if (h := match_heading(line)) is not None}
        self.outline = ("chapter" if "chapter" not in kinds else "section" if "section" not in kinds else "")
        if self.outline == "chapter" and "part" not in kinds and not self.part_lines:
            self.outline_first = outline_start(self.lines)
        self.section_outline = self._has_outline()
        if self.outline == "chapter" and "part" not in kinds and not self.section_outline:
            self.markup = markup_levels(self.marks, self.origin)
        if self.outline == "chapter" or (self.outline == "section" and not self.section_outline):
            # （一） is the section level here: it may be printed run-in, at the start of its paragraph
            self.runin = runin_sections(self.lines, self._opens_parent)
            if not self.runin and self.outline == "chapter" and self.section_outline and not prints_bracketed(self.lines):
                # 一、 parts with no （一） under them: items numbered 1.…N, each a titled paragraph, are the sections
                self.runin = runin_sections(self._body_lines(), self._opens_parent, arabic=True)
        tables = {t.start: t for t in find_tables(self.lines)}
        page_numbers = page_number_lines(self.lines)
        prose_lines = {t.title for t in tables.values() if t.title is not None}
        head_end = self._first_structure(tables)
        self._preface(head_end)
        if head_end == len(self.lines):
            head_end = self._implicit_chapter()
        i = head_end
        while i < len(self.lines):
            line = self.lines[i]
            if i in tables:
                i = self._table(tables[i])
                continue
            if not line.strip():
                self.blanks += 1
                i += 1
                continue
            if self.box is not None and self.blanks >= BOX_END_BLANKS and not self._next_box_item(line):
                self._close_box()
            self.blanks = 0
            if self.box is not None and self.box.heading.line - 1 in self.framed \
                    and self.origin[i] not in self.framed:
                self._close_box()  # the quote holding the box has ended
            if i in page_numbers:
                # A page break: neither a paragraph nor the end of a box.
                i += 1
                continue
            if is_glossary_heading(line):
                i = self._glossary(i)
                continue
            heading = self._match_heading(i)
            if heading is None and self._has_chapters() and is_closing_heading(line):
                self._open_closing(i)
            elif heading is not None:
                title, last = self._heading_title(heading.title, i)
                if heading.kind == "part" and title and last == i and (sub := self._part_subtitle(i)):
                    title, last = f"{title} {sub}", i + 1
                self._open(Heading(heading.kind, heading.number, title, self._line(i), heading.marker, heading.numeral), i)
                if i in self.runin and self.section is not None and self.runin[i].body:
                    self._paragraph(i, text=self.runin[i].body)  # the section's text, printed after its head
                i = last
            elif (box := match_box_heading(line)) is not None:
                title, last = self._heading_title(box.title, i)
                self._open_box(Heading("box", box.number, title, self._line(i)), i)
                i = last
            elif (images := match_images(line)) is not None:
                self._pictures(images, i)
            elif (body := self._decimal_body(i, tables)) is not None:
                # 「1.1标题。」 over its body: one titled paragraph, as if printed run-in
                self._paragraph(i, text=squeeze(line) + squeeze(self.lines[body]))
                i = body
            else:
                self._paragraph(i, kind="prose" if i in prose_lines else None)
            i += 1
        self._close_box()
        self._close_chapter()

    def _decimal_body(self, i: int, tables: dict) -> int | None:
        """The line holding the body of the 「1.1标题。」 head on walked line ``i``, in a section; ``None`` when
        the line is no such head or what follows it is no body (a heading, a box, a table, another head)."""
        if self.section is None or self.box is not None or not closed_decimal_head(self.lines[i]):
            return None
        j = next((k for k in range(i + 1, len(self.lines)) if self.lines[k].strip()), None)
        if j is None or j in tables:
            return None
        text = self.lines[j]
        if self._match_heading(j) is not None or match_box_heading(text) is not None or is_glossary_heading(text) \
                or is_closing_heading(text) or closed_decimal_head(text) or is_item(text):
            return None
        return j

    def _split_lines(self) -> None:
        """Split lines holding run-together headings (PDF extraction), normalise spacing,
        letter-spaced figures and full-width digit grouping; :attr:`origin` keeps each piece's source line."""
        lines, origin = [], []
        for k, line in enumerate(normalise_spaced_digits(normalise_digit_groups(self.lines))):
            for piece in split_headings(normalise_spacing(line)):
                lines.append(piece)
                origin.append(k)
        self.lines, self.origin = lines, origin

    def _line(self, i: int) -> int:
        """The 1-based source line of walked line ``i``."""
        return self.origin[i] + 1 if i < len(self.origin) else i + 1

    def _match_heading(self, i: int) -> HeadingMatch | None:
        """The structure heading walked line ``i`` is in the plan's layout family, or ``None``.

        第N篇/章/节 always count. In a plan without 第N章, an outline heading
        (一、 / （一）) opens a chapter / section; in a plan with 第N章 but no 第N节,
        一、 opens a section. Either counts only when its number follows the
        previous one at its level (so an enumeration in the text is not taken
        for the structure), and not where it numbers the groups of a 专栏. A plan
        numbered neither way takes its levels from its markup (:attr:`markup`).
        """
        line = self.lines[i]
        if self.markup:
            return self._markup_heading(i)
        if i in self.part_lines:
            return self.part_lines[i]
        heading = match_heading(line) or self._due_heading(line)
        if heading is not None or not self.outline:
            return heading
        if self.in_closing:
            return None  # 「附件1」's own 一、二、 (its categories) restart no chapter of the plan
        heading = match_outline_heading(line)
        if heading is None and i in self.runin:
            heading = self.runin[i].heading
        if heading is None or (self.box is not None and self._numbers_groups(heading)):
            return None
        if self.outline == "section":
            # Under 第N章, sections are 一、 — or （一） in a plan that prints no 一、 at all.
            if heading.kind != ("chapter" if self.section_outline else "section"):
                return None
            heading = replace(heading, kind="section")
        if heading.kind == "chapter":
            siblings = self.part.chapters if self.part is not None else self.loose_chapters
            # Under a new 篇, 一、 restarts or goes on from the 篇 before.
            earlier = self._chapters()
        elif self.chapter is not None:
            # A chapter's first （一） restarts — or runs on from the chapter before: a national
            # plan numbers its items （一）…（三十四） across all its 一、 parts.
            siblings = self.chapter.sections
            earlier = [s for c in self._chapters() if c is not self.chapter for s in c.sections]
        else:
            return None
        numbers = [s.heading.number for s in siblings if s.heading.marker is not None]
        if numbers:
            due = numbers[-1] + 1
            return heading if heading.number == due or heading.number == due + 1 and self._never_printed(heading.kind, due) \
                else None
        before = [c.heading.number for c in earlier if c.heading.marker is not None]
        first = self.outline_first if heading.kind == "chapter" else 1
        return heading if heading.number in (first, (before[-1] + 1) if before else first) else None

    def _never_printed(self, kind: str, number: int) -> bool:
        """Whether no line of the plan prints the outline heading ``number`` of ``kind``: a chapter the published
        text lost (一、 then 三、), so the heading after it still counts."""
        return kind == "chapter" and not any((h := match_outline_heading(line)) is not None and h.kind == kind
                                             and h.number == number for line in self.lines)

    def _due_heading(self, line: str) -> HeadingMatch | None:
        """A 第N篇/章/节 line whose title runs on from its number with a comma in it
        (「第二十一章积极扩大就业，完善社会保障制度」), taken as a heading only when its number is
        the one due next at its level: a sentence opening with 第N章 (「第三章所列项目，由…」) is not."""
        heading = match_heading(line, run_on_comma=True)
        if heading is None or (heading.kind == "section" and self.chapter is None):
            return None
        return heading if heading.number == self._expected_number(heading.kind) else None

    def _body_lines(self) -> list[str]:
        """The lines up to the back matter (结语, 名词解释): its numbered entries are no sections of the body."""
        end = next((k for k, line in enumerate(self.lines) if is_closing_heading(line) or is_glossary_heading(line)),
                   len(self.lines))
        return self.lines[:end]

    def _opens_parent(self, i: int) -> bool:
        """Whether walked line ``i`` may open a part or chapter: the run-in heads between two such
        lines are siblings."""
        heading = match_heading(self.lines[i]) or match_outline_heading(self.lines[i])
        return i in self.part_lines or (heading is not None and heading.kind in ("part", "chapter"))

    def _has_outline(self) -> bool:
        """Whether some line opens an outline (一、 as the first of its level) below the parts."""
        return any((h := match_outline_heading(line)) is not None and h.kind == "chapter"
                   and h.number == self.outline_first and i not in self.part_lines for i, line in enumerate(self.lines))

    def _markup_heading(self, i: int) -> HeadingMatch | None:
        """A heading the markup marks: numbered by the 一、/（一） it prints when that runs on from its siblings (an
        excerpt opening at 二、 is still 二、, titled without it), else here in order, printed as its title."""
        kind = self.markup.get(i)
        if kind is None or (kind == "section" and self.chapter is None):
            return None
        if kind == "part":
            siblings: list = self.doc_parts
        elif kind == "chapter":
            siblings = self.part.chapters if self.part is not None else self.loose_chapters
        else:
            siblings = self.chapter.sections
        last = max((s.heading.number for s in siblings if isinstance(s.heading.number, int)), default=0)
        printed = match_outline_heading(self.lines[i])
        if printed is not None and printed.number > last:
            return HeadingMatch(kind, printed.number, printed.title, marker=printed.marker)
        return HeadingMatch(kind, last + 1, squeeze(self.lines[i]), marker="")

    def _numbers_groups(self, heading: HeadingMatch) -> bool:
        """Whether ``heading`` is the open 专栏's next group: numbered in the style of its
        groups and following the last of them (or the first group, 一).

        A first group heads the items under it, so it comes before any item — or right after a
        lead-in ending in ：. A 「（一）」 after a groupless box's items is its chapter's next section:
        an outline plan prints a box between its chapter's lead and its first section."""
        assert self.box is not None
        bracket = heading.marker.startswith("（")
        same = [g for g in self.box.groups if g.startswith(("（", "(")) == bracket]
        if not same:
            if not self.box.groups and self.box.items \
                    and not self.box.paragraphs[-1].text.rstrip().endswith(("：", ":")):
                return False
            return heading.number == 1
        last = match_outline_heading(same[-1])
        return last is None or heading.number == last.number + 1

    def _implicit_chapter(self) -> int:
        """No heading of any family: the text after the title goes under one chapter."""
        self.warnings.append("no 篇/章/节 or 一、/（一） headings recognised; the text is kept under one "
                             "implicit chapter")
        title_lines = {p.line for p in self.preface if p.kind == "title"}
        self.preface = [p for p in self.preface if p.line in title_lines]
        start = max((self.origin.index(line - 1) + 1 for line in title_lines), default=0)
        self.chapter = Chapter(Heading("chapter", None, "正文", self._line(start)))
        self.loose_chapters.append(self.chapter)
        return start

    def _heading_title(self, title: str, i: int) -> tuple[str, int]:
        """A heading printed bare (``第一章``, ``专栏3``) takes its title from the next line;
        returns the title and the index of the heading's last line."""
        if title:
            return title, i
        j = i + 1
        while j < len(self.lines) and j <= i + 2 and not self.lines[j].strip():
            j += 1
        if j < len(self.lines) and is_title(self.lines[j]) and not match_heading(self.lines[j]):
            return squeeze(self.lines[j]), j
        return title, i

    def _part_subtitle(self, i: int) -> str | None:
        """The second phrase of a 篇 title printed on the line right after its heading (「第九篇 深化改革开放」 /
        「持续增强高质量发展动力」, the PDF layout of city 纲要), or None: a short title line with no sentence mark that
        is no heading, box or item of its own. The 篇's lead paragraph opens with a sentence, never such a line."""
        if i + 1 >= len(self.lines):
            return None
        line = self.lines[i + 1]
        text = squeeze(line)
        if not is_title(line) or len(text) > _PART_SUBTITLE or match_heading(line) or match_box_heading(line) \
                or is_page_number(line) or re.search(r"\d", text):
            return None
        return text

    def _first_structure(self, tables: dict[int, TableBlock]) -> int:
        for i, line in enumerate(self.lines):
            if (self._match_heading(i) or match_box_heading(line) or is_glossary_heading(line)
                    or i in tables):
                return i
        return len(self.lines)

    # -- preface and title ------------------------------------------------------

    def _take_notice(self) -> None:
        """Take the cover letter out of the leading lines as :attr:`issuance`: blanked, so that its
        own numbered lines (「一、高度重视」) open no chapter. A plan printing no title of its own after
        the letter is titled by it."""
        leading = []
        for i, line in enumerate(self.lines):
            if len(leading) == MAX_FRONT_LINES or match_heading(line) or is_toc_heading(line):
                break
            if line.strip():
                leading.append(i)
        span = read_notice([self.lines[i].strip() for i in leading])  # tabs kept: an index block's cells
        if span is None:
            return
        paragraphs: list[Paragraph] = []
        for k in span.lines:
            i = leading[k]
            self._add(paragraphs, "ntc", squeeze(self.lines[i]), HeadingPath(), "notice", i)
            self.lines[i] = ""
        self.issuance = replace(span.issuance, paragraphs=tuple(paragraphs))
        self.title = span.plan_title or ""

    def _preface(self, end: int) -> None:
        """The cover letter, the title lines (joined into one paragraph) and the 前言 before the
        first heading."""
        texts = [(i, squeeze(self.lines[i])) for i in range(end)
                 if self.lines[i].strip() and not is_page_number(self.lines[i])
                 and match_images(self.lines[i]) is None]
        span = title_span([t for _, t in texts])
        path = HeadingPath()
        for k, (i, text) in enumerate(texts):
            if span and k == span[0]:
                self.title = "".join(t for _, t in texts[span[0]:span[1]])
                self._add(self.preface, "pre", self.title, path, "title", i)
            elif not span or not span[0] < k < span[1]:
                kind = "title" if is_preface_heading(text) else "preface"
                self._add(self.preface, "pre", text, path, kind, i)

    # -- headings ---------------------------------------------------------------

    def _has_chapters(self) -> bool:
        return bool(self.loose_chapters or any(p.chapters for p in self.doc_parts))

    def _chapters(self) -> list[Chapter]:
        """The chapters opened so far, in the plan's order."""
        return [*self.loose_chapters, *(c for p in self.doc_parts for c in p.chapters)]

    def _open_closing(self, i: int) -> None:
        """结束语 or an appendix after the body: its text is the plan's, not the last 节's."""
        self._close_box()
        self._close_chapter()
        self.part = self.chapter = self.section = None
        self.in_closing = True
        self._add(self.closing, "end", squeeze(self.lines[i]), HeadingPath(), "title", i)

    def _open(self, heading: Heading, i: int) -> None:
        self._close_box()
        self.in_closing = False
        self._check_sequence(heading)
        if heading.kind == "part":
            self._close_chapter()
            self.part = Part(heading)
            self.doc_parts.append(self.part)
            self.chapter = self.section = None
        elif heading.kind == "chapter":
            self._close_chapter()
            self.chapter = Chapter(heading)
            (self.part.chapters if self.part is not None else self.loose_chapters).append(self.chapter)
            self.section = None
        elif self.chapter is None:
            self.warnings.append(f"line {heading.line}: {heading.label} outside any chapter; kept as text")
            self._paragraph(i, kind="title")
        else:
            self.section = Section(heading)
            self.chapter.sections.append(self.section)

    def _check_sequence(self, heading: Heading) -> None:
        """Warn when a heading's number does not follow the previous one at its level."""
        if heading.kind != "part" and heading.marker is not None:
            return  # outline headings are accepted only in sequence
        expected = self._expected_number(heading.kind)
        if heading.number != expected:
            unit = {"part": "篇", "chapter": "章", "section": "节"}[heading.kind]
            self.warnings.append(f"line {heading.line}: {heading.label} where 第{expected}{unit} was expected")

    def _expected_number(self, kind: str) -> int:
        """The number the next 第N篇/章/节 heading of ``kind`` is due to print."""
        if kind == "part":
            previous = [p.heading.number for p in self.doc_parts]
        elif kind == "chapter":
            previous = [c.heading.number for c in self.loose_chapters]
            previous += [c.heading.number for p in self.doc_parts for c in p.chapters]
        else:
            previous = [s.heading.number for s in self.chapter.sections] if self.chapter else []
        numbers = [n for n in previous if isinstance(n, int)]
        return numbers[-1] + 1 if numbers else 1

    def _open_box(self, heading: Heading, i: int, *, image: str | None = None) -> None:
        self._close_box()
        if self.chapter is None:
            self.warnings.append(f"line {heading.line}: {heading.label} outside any chapter; kept as text")
            self._paragraph(i, kind="title")
            return
        self._fill_box_gap(heading)
        path = self._path()
        self.box = Box(heading=heading, path=HeadingPath(path.part, path.chapter, path.section, heading),
                       image=image)
        if heading.number is not None:
            key = str(heading.number)
        else:
            stem = f"{self._chapter_key()}-"
            self.counters[stem] = self.counters.get(stem, 0) + 1
            key = f"{stem}{self.counters[stem]}"
        self.box_key = self._unique_key(f"box{key}")
        self.box_glossary = is_glossary_title(heading.title)
        self.group = None
        (self.section.boxes if self.section is not None else self.chapter.boxes).append(self.box)

    def _next_box_item(self, line: str) -> bool:
        """Whether ``line`` is the open box's next numbered item (「2. 未来产业…」 after 「1. …」): the blank lines
        before it are where its wrapped item above was joined up, not the end of the box."""
        last = next((p.text for p in reversed(self.box.paragraphs) if p.kind == "box_item"), None)
        before, here = (re.match(r"^\s*(\d{1,2})\s*[.．、]", t or "") for t in (last, line))
        return bool(before and here and int(here.group(1)) == int(before.group(1)) + 1)

    def _close_box(self) -> None:
        self.box = None
        self.box_glossary = False
        self.box_columns = None
        self.member_table = None
        self.group = None

    def _pictures(self, images: list[tuple[str, str]], i: int) -> None:
        """A picture line: a 专栏 kept only as an image with its title, or an untitled picture
        that may stand for a box missing from the numbering; other figures are not text."""
        for src, title in images:
            box = match_box_heading(title) if title else None
            if box is not None and box.number is not None:
                self._open_box(Heading("box", box.number, box.title, self._line(i)), i, image=src)
                self._close_box()
            elif not title and self.chapter is not None:
                self._close_box()
                path = self._path()
                target = self.section.boxes if self.section is not None else self.chapter.boxes
                self.pictures.append((target, path, i, src))

    def _fill_box_gap(self, heading: Heading) -> None:
        """Boxes are numbered in order: when 专栏N follows 专栏K with N > K+1 and exactly
        N-K-1 untitled pictures stand between them, those pictures are the missing boxes."""
        number = _box_ordinal(heading.number)
        if number is None:
            return
        missing = number - self.last_box_number - 1
        if missing > 0 and len(self.pictures) == missing:
            for k, (target, path, i, src) in enumerate(self.pictures, self.last_box_number + 1):
                pic = Heading("box", str(k), "", self._line(i))
                target.append(Box(heading=pic, path=HeadingPath(path.part, path.chapter, path.section, pic),
                                  image=src))
                self.used_ids.add(f"box{k}")
        self.pictures = []
        self.last_box_number = number

    def _close_chapter(self) -> None:
        """Boxes numbered through the plan (专栏12) printed after the last paragraph of a
        chapter's last 节 close the chapter: they belong to the chapter, not to that 节.

        A box numbered within its chapter (专栏7.2) stays with the 节 it follows: plans
        numbering that way print each box after the 节 it serves.
        """
        chapter = self.chapter
        if chapter is None or not chapter.sections:
            return
        last = chapter.sections[-1]
        end = max((p.line for p in last.paragraphs), default=last.heading.line)
        trailing = [b for b in last.boxes if b.heading.line > end and _box_ordinal(b.heading.number) is not None]
        moved: dict[str, Paragraph] = {}
        for box in trailing:
            last.boxes.remove(box)
            box.path = HeadingPath(box.path.part, box.path.chapter, None, box.heading)
            box.paragraphs = [replace(p, path=box.path) for p in box.paragraphs]
            moved.update((p.id, p) for p in box.paragraphs)
            box.items = [replace(item, paragraph=moved[item.paragraph.id]) for item in box.items]
            chapter.boxes.append(box)
        if moved:  # a glossary box's terms cite its paragraphs
            self.glossary = [replace(t, paragraph=moved.get(t.paragraph.id, t.paragraph)) for t in self.glossary]

    # -- paragraphs ---------------------------------------------------------------

    def _paragraph(self, i: int, *, kind: str | None = None, text: str | None = None) -> None:
        """Walked line ``i`` (or ``text`` printed on it) as a paragraph where the walk is."""
        if self.box is not None:
            self._box_paragraph(i, squeeze(self.lines[i]) if text is None else text)
            return
        text = _cells_apart(self.lines[i]) if text is None else text
        path = self._path()
        if self.section is not None:
            target, prefix = self.section.paragraphs, f"{self._chapter_key()}-s{self.section.heading.number}"
        elif self.chapter is not None:
            target, prefix = self.chapter.preamble, self._chapter_key()
        elif self.part is not None:
            target, prefix = self.part.preamble, f"pt{self._num(self.part.heading)}"
        elif self.in_closing:
            target, prefix = self.closing, "end"
        else:
            target, prefix = self.preface, "pre"
        note = split_footnote(text)
        entry = parse_footnote_entry(note[1], i) if note else None
        if note is not None:
            text = note[1]  # the footnote's words, without its Markdown label
        self._add(target, prefix, text, path, "term" if entry else kind or _kind(text), i)
        if entry is not None:  # a footnote defining a term: a glossary term citing the footnote
            self.glossary.append(Term(entry.number, entry.name, entry.definition, target[-1]))

    def _box_paragraph(self, i: int, text: str) -> None:
        assert self.box is not None
        if self._member_row(i, text):
            return
        group = match_group(text)
        path = self.box.path
        if group is not None:
            self.group = group
            self.box.groups.append(group)
            self.box.paragraphs.append(self._make(f"{self.box_key}-g", text, path, "box_group", i))
            return
        if self.box_columns is None and (columns := match_box_header(self.lines[i])) is not None:
            self.box_columns = columns  # the header row: a paragraph, not an item
            self._box_lead()
            self.box.paragraphs.append(self._make(f"{self.box_key}-i", text, path, "prose", i))
            return
        row = box_row(self.box_columns, self.lines[i]) if self.box_columns is not None else None
        if row is not None:
            if (group := box_group(self.box_columns, self.lines[i])) is not None and group != self.group:
                self.group = group  # a 类别 cell (repeated down its rowspan) groups the rows
                self.box.groups.append(group)
            name, sentence = row
            para = self._make(f"{self.box_key}-i", sentence, path, "box_item", i)
            self.box.paragraphs.append(para)
            self.box.items.append(BoxItem(paragraph=para, name=name, group=self.group))
            return
        if is_note(text):  # says how to read the box; no project of it
            self.box.paragraphs.append(self._make(f"{self.box_key}-i", text, path, "prose", i))
            return
        entry = parse_box_entry(text, i) if self.box_glossary else None
        if entry is not None:
            para = self._make(f"{self.box_key}-i", text, path, "term", i)
            self.box.paragraphs.append(para)
            self.glossary.append(Term(entry.number, entry.name, entry.definition, para))
            return
        para = self._make(f"{self.box_key}-i", text, path, "box_item", i)
        self.box.paragraphs.append(para)
        self.box.items.append(BoxItem(paragraph=para, name=item_name(text), group=self.group))

    def _member_row(self, i: int, text: str) -> bool:
        """Whether line ``i`` belongs to the box's group → member table (kg.ingest.membertable), walked here: its
        header a paragraph, each group cell one item holding its members, a member-only row no item of its own."""
        assert self.box is not None
        path = self.box.path
        if self.member_table is None:
            if self.box_columns is not None or (table := read_member_table(self.lines, i)) is None:
                return False
            self.member_table = table
            self._box_lead()
            self.box.paragraphs.append(self._make(f"{self.box_key}-i", text, path, "prose", i))
            return True
        group = next((g for g in self.member_table.groups if g.line == i), None)
        if group is not None:
            para = self._make(f"{self.box_key}-i", self.member_table.sentence(group), path, "box_item", i)
            self.box.paragraphs.append(para)
            self.box.items.append(BoxItem(paragraph=para, name=group.name, group=self.group))
            return True
        return i in self.member_table.rows_under()

    def _box_lead(self) -> None:
        """Sentences a 专栏 prints before its table's header row say what the box is for: prose, not items."""
        assert self.box is not None
        lead = {item.paragraph.id for item in self.box.items if item.paragraph.text.endswith("。")}
        if lead and len(lead) == len(self.box.items):
            self.box.items = []
            self.box.paragraphs = [replace(p, kind="prose") if p.id in lead else p for p in self.box.paragraphs]

    def _add(self, target: list[Paragraph], prefix: str, text: str, path: HeadingPath,
             kind: str, i: int) -> None:
        target.append(self._make(f"{prefix}-p", text, path, kind, i))

    def _make(self, stem: str, text: str, path: HeadingPath, kind: str, i: int) -> Paragraph:
        n = self.counters.get(stem, 0) + 1
        self.counters[stem] = n
        pid = self._unique_key(f"{stem}{n:02d}")
        self.made = Paragraph(id=pid, text=text, path=path, kind=kind, line=self._line(i))
        return self.made

    # -- table and glossary ---------------------------------------------------------

    def _table(self, table: TableBlock) -> int:
        # a 专栏 whose title is the table's (专栏1 …核心指标表) holds the table: its rows are the box's
        box = self.box if self.box is not None and table.title is not None and not self.box.paragraphs \
            and self.box.heading.line == self._line(table.title) else None
        self._close_box()
        title = squeeze(self.lines[table.title]) if table.title is not None else None
        rows = build_indicators(table, path=box.path if box else self._path(), first=len(self.indicators) + 1,
                                title=title)
        if box is not None:
            box.paragraphs.extend(r.paragraph for r in rows)
        self.indicators.extend(rows)
        self.warnings.extend(table.warnings)  # after the rows are read: a row skipped there is reported
        notes = []
        for note in table.notes:
            self._paragraph(note, kind="prose")
            notes.append(self.made)
        self.tables.append(IndicatorTable(title=title, columns=table.captions(),
                                          rows=tuple(r.paragraph.id for r in rows), notes=tuple(notes),
                                          line=self._line(table.start)))
        return table.end

    def _glossary(self, i: int) -> int:
        """Read the glossary after its heading; return where the walk goes on."""
        self._close_box()
        stop = next((k for k in range(i + 1, len(self.lines))
                     if (h := self._match_heading(k)) and h.kind in ("part", "chapter")),
                    len(self.lines))
        entries = parse_glossary(self.lines, i + 1, stop)
        if not entries:
            self.warnings.append(f"line {self._line(i)}: glossary heading without entries")
            return i + 1
        for entry in entries:
            para = self._make("gl-", entry.text, HeadingPath(), "term", entry.line)
            self.glossary.append(Term(entry.number, entry.name, entry.definition, para))
        end = entries[-1].end
        rest = next((k for k in range(end, stop) if self.lines[k].strip()), None)
        if rest is not None and not is_closing_heading(self.lines[rest]):
            self.warnings.append(f"line {self._line(rest)}: text after the glossary kept under the last heading")
        return end

    # -- ids ------------------------------------------------------------------------

    def _path(self) -> HeadingPath:
        part = self.part.heading if self.part is not None and self.part.heading.number is not None else None
        return HeadingPath(part=part,
                           chapter=self.chapter.heading if self.chapter else None,
                           section=self.section.heading if self.section else None)

    def _chapter_key(self) -> str:
        assert self.chapter is not None
        return f"ch{self._num(self.chapter.heading)}"

    @staticmethod
    def _num(heading: Heading) -> str:
        """``04`` for 第4章; ``00`` for the implicit chapter of a text without headings."""
        if heading.number is None:
            return "00"
        return f"{heading.number:02d}" if isinstance(heading.number, int) else str(heading.number)

    def _unique_key(self, key: str) -> str:
        """``key``, or ``key`` with a suffix when a repeated heading number already used it."""
        candidate, n = key, 1
        while candidate in self.used_ids:
            n += 1
            candidate = f"{key}~{n}"
        if n > 1:
            self.warnings.append(f"id {key!r} used twice (repeated heading number?); second is {candidate!r}")
        self.used_ids.add(candidate)
        return candidate


def _box_ordinal(number: int | str | None) -> int | None:
    """A box number counted through the whole plan (专栏12), or ``None`` (专栏7.1 counts per chapter)."""
    return int(number) if isinstance(number, str) and number.isdigit() else None


def _cells_apart(line: str) -> str:
    """A line as a paragraph's text; the cells of a table row no table reader took keep a visible
    boundary (``6.5 | 42.7``), so no figure is read across two cells. Two cells that cannot run
    into one figure (a year and its count set apart by a tab, 「一九五五年\\t二、四〇〇人；」) stay
    one line of text.

    >>> _cells_apart("10.互联网国际出口带宽（Tbps）\\t6.5\\t42.7"), _cells_apart("\\t正文。")
    ('10.互联网国际出口带宽（Tbps） | 6.5 | 42.7', '正文。')
    >>> _cells_apart("一九五五年\\t二、四〇〇人；"), _cells_apart("合计\\t6.5\\t")
    ('一九五五年 二、四〇〇人；', '合计 6.5')
    """
    cells = [squeeze(c) for c in line.split("\t") if c.strip()]
    if len(cells) == 2 and not (_FIGURE_END.search(cells[0]) and _FIGURE_START.match(cells[1])):
        return " ".join(cells)
    return " | ".join(cells) if len(cells) > 1 else squeeze(line)


_FIGURE_END = re.compile(r"[\d%％〕\]）)]$")
_FIGURE_START = re.compile(r"^[<>≤≥＜＞〔\[（(+\-－—]?\d")


def _kind(text: str) -> str:
    if is_item(text):
        return "item"
    if is_title(text):
        return "title"
    return "prose"
