"""The markup family: headings that carry no number, only their markup.

Some plans number nothing: their levels are Markdown ``#``/``##``, Word's
Heading 1/2 styles, or a web page's ``<h2>``/``<h3>``. The readers report
those levels (:attr:`kg.ingest.read.SourceText.marks`); this module maps them
onto the tree when no numbering family (第N章, 一、) is found. A level used
once, first, above all others is the document's title, not a level of the plan.
"""
from __future__ import annotations

__all__ = ["markup_levels"]

_KINDS = {1: ["chapter"], 2: ["chapter", "section"], 3: ["part", "chapter", "section"]}


def markup_levels(marks: dict[int, int], origin: list[int]) -> dict[int, str]:
    """Walked line → the tree level (``part``/``chapter``/``section``) its markup opens.

    Parameters
    ----------
    marks : dict of int to int
        Source line (0-based) → markup level (1 for ``#`` or Heading 1, …).
    origin : list of int
        Source line of each walked line (:attr:`kg.ingest.tree.Builder.origin`).

    Examples
    --------
    >>> markup_levels({0: 1, 2: 2, 5: 3, 9: 2}, list(range(12)))
    {2: 'chapter', 5: 'section', 9: 'chapter'}
    >>> markup_levels({}, [0, 1])
    {}
    """
    if not marks:
        return {}
    levels = sorted(set(marks.values()))
    first = min(marks)
    if len(levels) > 1 and list(marks.values()).count(levels[0]) == 1 and marks[first] == levels[0]:
        levels = levels[1:]  # the title
    kinds = dict(zip(levels, _KINDS[min(len(levels), 3)]))
    return {i: kinds[marks[src]] for i, src in enumerate(origin) if marks.get(src) in kinds}
