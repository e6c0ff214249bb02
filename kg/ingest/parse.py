"""File or text → :class:`~kg.document.Document`, by the conventions of the plan genre.

The entry points: :func:`parse_file` reads a file (:mod:`kg.ingest.read`, a
reader per format) and :func:`parse_document` assembles the tree
(:mod:`kg.ingest.tree`) from lines the layout recognisers
(:mod:`kg.ingest.layouts`) classify.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from kg.document import Document
from kg.ingest.front import toc_headings
from kg.ingest.notice import notice_plan_title
from kg.ingest.read import SourceText, read_source
from kg.ingest.tree import Builder

__all__ = ["parse_document", "parse_file", "parse_source", "plan_id_from_path"]


def plan_id_from_path(path: str | Path) -> str:
    """A stable slug of a plan file's stem, used to scope ids and IRIs.

    ASCII letters are lower-cased, runs of anything but letters, digits and
    CJK characters become ``-``.

    Examples
    --------
    >>> plan_id_from_path("data/Lingling 14th_Five-Year Plan.txt")
    'lingling-14th-five-year-plan'
    >>> plan_id_from_path("/x/某某县“十四五”规划.md")
    '某某县-十四五-规划'
    """
    stem = unicodedata.normalize("NFKC", Path(path).stem).lower()
    slug = re.sub(r"[^a-z0-9\u4e00-\u9fff]+", "-", stem).strip("-")
    return slug or "plan"


def parse_file(path: str | Path, *, plan_id: str | None = None) -> Document:
    """Read a plan file (see :func:`kg.ingest.read.read_source`) and parse it.

    Parameters
    ----------
    path : str or Path
        A plan file of a format :data:`kg.ingest.read.READERS` reads.
    plan_id : str, optional
        Defaults to :func:`plan_id_from_path`.

    Returns
    -------
    Document

    Raises
    ------
    InputError
        If the file cannot be read as text. A text without recognisable
        headings is not refused: it builds under one implicit chapter, with a
        warning.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "demo-plan.txt"
    >>> _ = p.write_text("某县规划纲要\\n\\n第一章 总体要求\\n\\n坚持新发展理念。\\n", encoding="utf-8")
    >>> doc = parse_file(p)
    >>> doc.plan_id, doc.title, [c.heading.label for c in doc.chapters()]
    ('demo-plan', '某县规划纲要', ['第1章 总体要求'])
    """
    return parse_source(read_source(path), plan_id=plan_id or plan_id_from_path(path))


def parse_source(source: SourceText, *, plan_id: str) -> Document:
    """Parse a plan already read (:func:`kg.ingest.read.read_source`), so a caller that
    needs the source's digest first does not read (or extract a PDF) twice.

    Parameters
    ----------
    source : SourceText
        The plan's text, markup levels and origin.
    plan_id : str
        Short slug scoping the ids.

    Returns
    -------
    Document
    """
    return parse_document(source.text, plan_id=plan_id, source=source.path, sha256=source.sha256,
                          title=source.title, marks=source.marks, framed=source.framed, contents=source.contents)


def parse_document(text: str, *, plan_id: str, source: str = "", sha256: str = "",
                   title: str | None = None, marks: dict[int, int] | None = None,
                   framed: frozenset[int] = frozenset(), contents: tuple[str, ...] = ()) -> Document:
    """Parse a plan's text into its document tree.

    Parameters
    ----------
    text : str
        The plan, LF-separated (as :func:`kg.ingest.read.read_source` returns it).
    plan_id : str
        Short slug scoping the ids.
    source, sha256 : str
        Where the text came from, recorded on the document.
    title : str, optional
        The plan's title; by default read from the lines before the first heading.
    marks : dict of int to int, optional
        Heading levels the file's markup gives its lines (0-based line → level,
        :attr:`kg.ingest.read.SourceText.marks`): the structure of a plan that
        numbers no heading.
    framed : frozenset of int, optional
        Lines the markup sets apart in a block (:attr:`kg.ingest.read.SourceText.framed`):
        a 专栏 opened inside one ends with it.
    contents : tuple of str, optional
        A table of contents the markup collapsed out of the text (:attr:`kg.ingest.read.SourceText.contents`),
        read where the text prints none.

    Returns
    -------
    Document
        Parts > chapters > sections with paragraphs and boxes, plus the
        preface, indicators and glossary. Oddities are listed in ``warnings``.

    Examples
    --------
    >>> doc = parse_document("第1章 总则\\n\\n第一节 目标\\n\\n1.建设新城。\\n\\n\\t专栏1.1 重点项目\\n\\n"
    ...                      "新城公园。占地200亩。\\n", plan_id="demo")
    >>> [(p.id, p.kind) for p in doc.paragraphs()]
    [('ch01-s1-p01', 'item'), ('box1.1-i01', 'box_item')]
    >>> next(doc.boxes()).items[0].name
    '新城公园'
    """
    lines = text.split("\n")
    builder = Builder(lines=lines, marks=dict(marks or {}), framed=framed)
    builder.run()
    if title and builder.issuance is not None and notice_plan_title(title):
        title = builder.title or notice_plan_title(title)  # a web page titled by its cover letter
    doc = Document(plan_id=plan_id, title=title or builder.title or plan_id, source=source,
                   sha256=sha256, preface=builder.preface, parts=builder.doc_parts,
                   indicators=builder.indicators, glossary=builder.glossary,
                   warnings=builder.warnings, loose_chapters=builder.loose_chapters,
                   closing=builder.closing, issuance=builder.issuance, tables=builder.tables,
                   contents=builder.contents or toc_headings(list(contents)))
    return doc


