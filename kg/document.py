"""The document tree: the contract between the parser and everything downstream.

A plan is a tree of parts (篇) > chapters (章) > sections (节) holding
paragraphs, plus boxed project lists (专栏), an indicator table (指标) and a
glossary (名词解释). Every leaf is a :class:`Paragraph` with a stable id and its
heading path, so any fact derived from it can be cited.

These are plain dataclasses: the parser builds them, nothing here does I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

__all__ = [
    "Heading",
    "HeadingPath",
    "Paragraph",
    "BoxItem",
    "Box",
    "Section",
    "Chapter",
    "Part",
    "IndicatorValue",
    "IndicatorCell",
    "Indicator",
    "IndicatorTable",
    "Term",
    "Issuance",
    "Document",
]


@dataclass(frozen=True)
class Heading:
    """One numbered heading: ``第4章 实施制造业倍增工程`` or ``专栏7.1 特色产业园区重点项目``.

    ``kind`` is one of ``part``, ``chapter``, ``section``, ``box``. ``number``
    is the printed number as an int (第一节 → 1) or, for boxes, the printed
    string (``"7.1"``); ``None`` when the heading has no number. ``marker``
    is the printed numbering of a layout without 篇/章/节 (``一、``, ``（一）``),
    which the label keeps instead of 第N章; ``numeral`` the number as printed
    in Chinese numerals (``十七``), which :attr:`printed` says instead of the digits.
    """

    kind: str
    number: int | str | None
    title: str
    line: int = 0
    marker: str | None = None
    numeral: str | None = None

    @property
    def printed(self) -> str:
        """The heading numbered as the plan prints it, once — what the graph and every answer say: ``第十七章 …``
        where :attr:`label` reads ``第17章 …``.

        >>> Heading("chapter", 17, "中部地带的经济发展", numeral="十七").printed, Heading("chapter", 4, "产业").printed
        ('第十七章 中部地带的经济发展', '第4章 产业')
        >>> Heading("part", 2, "主要任务", marker="第2部分 ", numeral="二").printed
        '第二部分 主要任务'
        """
        if self.numeral is None:
            return self.label
        return self.label.replace(f"第{self.number}", f"第{self.numeral}", 1)

    @property
    def label(self) -> str:
        """The heading with its number in digits, as the tree reads it: ``第4章 实施制造业倍增工程``, ``（二）价格总水平``."""
        if self.marker is not None:
            return f"{self.marker}{self.title}"
        if self.kind == "box":
            num = self.number if self.number is not None else ""
            return f"专栏{num} {self.title}".strip()
        if self.number is None:
            return self.title
        unit = {"part": "篇", "chapter": "章", "section": "节"}[self.kind]
        return f"第{self.number}{unit} {self.title}".strip()


@dataclass(frozen=True)
class HeadingPath:
    """Where a paragraph sits: part / chapter / section / box, each optional."""

    part: Heading | None = None
    chapter: Heading | None = None
    section: Heading | None = None
    box: Heading | None = None

    def labels(self) -> list[str]:
        """Labels of the non-empty levels, outermost first."""
        return [h.label for h in (self.part, self.chapter, self.section, self.box) if h]

    def __str__(self) -> str:
        return " / ".join(self.labels())


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the plan: the unit of provenance.

    ``id`` is stable for an unchanged source and readable (``ch04-s1-p03``,
    ``box7.1-i02``, ``gl-05``, ``ind-12``). ``kind`` is one of ``prose``,
    ``item`` (numbered item ①/1.), ``box_item``, ``box_group`` (a box
    sub-heading such as （一）铁路项目), ``indicator``, ``term`` (a glossary
    entry, in the 名词解释 back matter or in a glossary 专栏), ``preface``,
    ``title`` (a free heading such as 循环经济产业园 standing alone), ``notice`` (a line of the
    cover letter the plan is issued with).
    """

    id: str
    text: str
    path: HeadingPath
    kind: str = "prose"
    line: int = 0


@dataclass(frozen=True)
class BoxItem:
    """One entry of a 专栏: its paragraph, the name before the first 。/，, and its group."""

    paragraph: Paragraph
    name: str | None = None
    group: str | None = None


@dataclass
class Box:
    """A 专栏. ``heading.number`` is the printed number (may not match its chapter);
    ``path`` is its real position in the tree."""

    heading: Heading
    path: HeadingPath
    items: list[BoxItem] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    #: Where the box's content is only a picture (its title survives, its text does not): the image's path.
    image: str | None = None


@dataclass
class Section:
    heading: Heading
    paragraphs: list[Paragraph] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)


@dataclass
class Chapter:
    heading: Heading
    preamble: list[Paragraph] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)

    def boxes_before_sections(self) -> list[Box]:
        """The chapter's own boxes printed before its first section (the rest close the chapter)."""
        first = self.sections[0].heading.line if self.sections else None
        return [b for b in self.boxes if first is None or b.heading.line < first]

    def boxes_after_sections(self) -> list[Box]:
        """The chapter's own boxes printed after its sections, in reading order."""
        before = self.boxes_before_sections()
        return [b for b in self.boxes if b not in before]


@dataclass
class Part:
    heading: Heading
    preamble: list[Paragraph] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)


@dataclass(frozen=True)
class IndicatorValue:
    """A table cell kept as printed (``>5.6``, ``≥92``, ``[-30%]``, ``完成省定目标``)
    plus its number where it has one. ``qualifier`` is one of ``>``, ``≥``,
    ``<``, ``≤``, ``cumulative`` (the [ ] of a 5-year total) or ``None``;
    ``percent`` tells that the printed value carried a % sign."""

    raw: str
    value: float | None = None
    qualifier: str | None = None
    percent: bool = False


@dataclass(frozen=True)
class IndicatorCell:
    """One value cell of an indicator row under its column.

    ``column`` is the column's caption composed from every header row, outer
    first (``2015年·规划目标``, ``年均增长（%）·实现情况``); ``year`` the year it
    names, ``status`` ``target`` (规划目标, 目标值, a target-year column) or
    ``actual`` (实现情况, 实际, a base-year column), ``growth`` whether it is a
    rate or change (年均增长, 增速, 累计) rather than a level.
    """

    column: str
    value: IndicatorValue
    year: int | None = None
    status: str | None = None
    growth: bool = False


@dataclass(frozen=True)
class Indicator:
    """A row of an indicator table. ``base``/``target``/``growth`` are the
    genre's three columns (基期值, 目标值, 年均增速); a table that reports a
    period's outcome beside its targets (规划目标 / 实现情况) gives the actual
    level and rate in ``actual``/``actual_growth`` for ``actual_year``.
    ``cells`` hold every value cell with its column, ``table`` the title of the
    table the row is in (``None`` when the table has none)."""

    category: str
    number: int
    name: str
    unit: str | None
    base: IndicatorValue
    target: IndicatorValue
    growth: IndicatorValue
    attribute: str | None
    paragraph: Paragraph
    base_year: int | None = None
    target_year: int | None = None
    actual: IndicatorValue = IndicatorValue(raw="")
    actual_growth: IndicatorValue = IndicatorValue(raw="")
    actual_year: int | None = None
    cells: tuple[IndicatorCell, ...] = ()
    table: str | None = None


@dataclass(frozen=True)
class IndicatorTable:
    """An indicator table as a whole: its title line (``None`` if it has none),
    column captions (composed from every header row), the ``ind-NN`` ids of its
    rows in order, and the notes printed under it (注：…为预计数, 〔 〕内为累计数),
    which are paragraphs of the section the table sits in."""

    title: str | None
    columns: tuple[str, ...]
    rows: tuple[str, ...]
    notes: tuple[Paragraph, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class Term:
    number: int | None
    name: str
    definition: str
    paragraph: Paragraph


@dataclass(frozen=True)
class Issuance:
    """How the plan was issued, from the cover letter (印发通知) or a portal's index block.

    ``issuer`` is the 发文机关 (the letter's signature, else the notice title's
    issuer), ``identifier`` the 发文字号 (``国发〔2021〕29号``), ``date`` the 成文日期 as
    ISO ``YYYY-MM-DD`` with ``date_text`` as printed, ``published`` the portal's 发布日期
    (ISO), ``title`` the notice's own title; each ``None`` where not printed.
    ``paragraphs`` are the letter's lines (ids ``ntc-p01`` …), outside the plan's body.
    """

    title: str | None = None
    issuer: str | None = None
    identifier: str | None = None
    date: str | None = None
    date_text: str | None = None
    published: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()


@dataclass
class Document:
    """A parsed plan. ``plan_id`` is a short slug (from the file name) that scopes ids.

    ``loose_chapters`` are chapters directly under the plan, printed before
    any 篇: all chapters of a plan without 篇 (no phantom part holds them).
    ``closing`` holds the back matter after the body (结束语, 附件, 附表),
    paragraphs directly under the plan. ``glossary`` holds the 名词解释 back
    matter's terms and those of glossary 专栏 (whose paragraphs stay in the box).
    ``issuance`` is the cover letter a plan is issued with (:class:`Issuance`), or ``None``.
    ``tables`` are the indicator tables as wholes (:class:`IndicatorTable`: title, columns, rows, notes).
    ``contents`` are the 第N篇/章/节 headings its 目录 lists, as printed (none without one): the whole outline even
    where the text holds only part of the body.
    """

    plan_id: str
    title: str
    source: str
    sha256: str
    preface: list[Paragraph] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    glossary: list[Term] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    loose_chapters: list[Chapter] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)
    issuance: Issuance | None = None
    tables: list[IndicatorTable] = field(default_factory=list)
    contents: list[str] = field(default_factory=list)

    def chapters(self) -> Iterator[Chapter]:
        yield from self.loose_chapters
        for part in self.parts:
            yield from part.chapters

    def sections(self) -> Iterator[Section]:
        for chapter in self.chapters():
            yield from chapter.sections

    def boxes(self) -> Iterator[Box]:
        """Every 专栏 in reading order."""
        for chapter in self.chapters():
            yield from chapter.boxes_before_sections()
            for section in chapter.sections:
                yield from section.boxes
            yield from chapter.boxes_after_sections()

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph in reading order, boxes, table rows and glossary included (each once: the rows of a
        table a 专栏 holds are the box's)."""
        body = {p.id for p in self._body()}
        yield from self._body()
        for ind in self.indicators:
            if ind.paragraph.id not in body:
                yield ind.paragraph
        for term in self.back_matter_terms():
            yield term.paragraph

    def back_matter_terms(self) -> list[Term]:
        """The glossary's terms printed in the 名词解释 back matter: not those of a glossary 专栏 or a
        footnote, whose paragraphs stay where they are printed."""
        body = {p.id for p in self._body()}
        return [t for t in self.glossary if t.paragraph.id not in body]

    def _body(self) -> Iterator[Paragraph]:
        if self.issuance is not None:
            yield from self.issuance.paragraphs
        yield from self.preface
        for chapter in self.loose_chapters:
            yield from _chapter_paragraphs(chapter)
        for part in self.parts:
            yield from part.preamble
            for chapter in part.chapters:
                yield from _chapter_paragraphs(chapter)
        yield from self.closing

    def paragraph_index(self) -> dict[str, Paragraph]:
        return {p.id: p for p in self.paragraphs()}


def _chapter_paragraphs(chapter: Chapter) -> Iterator[Paragraph]:
    yield from chapter.preamble
    for box in chapter.boxes_before_sections():
        yield from box.paragraphs
    for section in chapter.sections:
        yield from section.paragraphs
        for box in section.boxes:
            yield from box.paragraphs
    for box in chapter.boxes_after_sections():
        yield from box.paragraphs
