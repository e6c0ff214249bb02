"""Refusals for a box or heading number the plan does not print, saying which numbers it does print.

Exam set 12's e12-u18: 「专栏8是什么工程？」 over a plan with 专栏1–7 fell through to passage search and answered
with 专栏3's text. A number the plan lacks is never a near miss to stand in for: the answer is found False with the
numbers the plan has (「规划共有专栏1–7，没有专栏8」), whatever the wording asks of it.
"""
from __future__ import annotations

import re
from typing import Callable

from kg.ingest.lines import CN_NUM

from ..answer import Answer
from ..index.kb import KB, plan_of
from ..question.intent import cn_numeral
from .itemsections import numbers_items

__all__ = ["printed_numbers", "missing_number"]

_WORDS = {"Box": "专栏", "Part": "篇", "Chapter": "章", "Section": "节"}
#: More numbers than this are summed up by their count, not listed.
_LISTED = 12


def printed_numbers(kb: KB, kind: str, plan: str) -> list[str]:
    """The numbers ``plan`` prints for its ``kind`` headings (Box, Part, Chapter), in reading order."""
    nodes = [n for n in kb.by_type.get(kind, []) if plan_of(n) == plan and kb.attrs(n).get("number") is not None]
    numbers = [str(kb.attrs(n).get("number")) for n in sorted(nodes, key=kb._reading_order)]
    return list(dict.fromkeys(numbers))


#: A box's label opening a paragraph (「专栏1  市“十四五”规划…」): the numbers the plan prints, read or not as boxes.
_BOX_LABEL = re.compile(r"^专栏\s*(\d+(?:\.\d+)*)(?![\d.])")


def _labelled_boxes(kb: KB, plan: str) -> list[str]:
    """The box numbers ``plan``'s paragraphs open with, with those read as boxes, in numeric order: a range said
    must be of what the plan prints (专栏1–23), never of the boxes the build happened to read (3…23)."""
    said = {m.group(1) for p in kb.paragraph_nodes if plan_of(p) == plan
            if (m := _BOX_LABEL.match(str(kb.attrs(p).get("text") or "").strip()))}
    said |= set(printed_numbers(kb, "Box", plan))
    return sorted(said, key=lambda n: tuple(int(x) for x in n.split(".")))


#: A 篇/章/节 label numbered in Chinese numerals (第十七章 …).
_CHINESE_LABEL = re.compile(rf"^第[{CN_NUM}]+(?:部分|[篇编章节])")


def _numerals(kb: KB, kind: str, plan: str | None) -> Callable[[str], str]:
    """How ``plan`` prints its ``kind`` headings' numbers: in Chinese numerals (第十七章) where most of its labels do,
    else as digits — an answer numbers a heading once, as the plan does, even one the plan lacks."""
    labels = [kb.label(n) for n in kb.by_type.get(kind, []) if plan is None or plan_of(n) == plan]
    if kind == "Box" or sum(bool(_CHINESE_LABEL.match(label)) for label in labels) * 2 <= len(labels):
        return str
    return lambda n: cn_numeral(int(n)) if n.isdigit() else n


def _named(kind: str, number: str, say: Callable[[str], str] = str, words: dict[str, str] = _WORDS) -> str:
    word = words[kind]
    return f"{word}{number}" if kind == "Box" else f"第{say(number)}{word}"


def _span(kind: str, numbers: list[str], say: Callable[[str], str] = str, words: dict[str, str] = _WORDS) -> str:
    """「专栏1–7」 for 1…N printed in order; whole numbers with gaps as their ends and the gaps (「专栏3至专栏9（其中未见
    专栏1、专栏2、专栏5）」); else the numbers themselves (「专栏7.1、专栏8.1…」), or their count and ends when many.
    ``say`` writes a 篇/章/节 number as the plan does (:func:`_numerals`).

    >>> _span("Box", ["1", "2", "3"]), _span("Box", ["3", "4", "6"])
    ('专栏1–3', '专栏3至专栏6（其中未见专栏1、专栏2、专栏5）')
    >>> _span("Chapter", ["1", "2", "3"]), _span("Chapter", ["1", "2", "3"], lambda n: cn_numeral(int(n)))
    ('第1–3章', '第一章至第三章')
    >>> _span("Section", ["1", "2", "3"], words={**_WORDS, "Section": "条"})
    '第1–3条'
    """
    named = lambda n: _named(kind, n, say, words)
    if numbers and all(n.isdigit() for n in numbers) and [int(n) for n in numbers] == list(range(1, len(numbers) + 1)):
        if len(numbers) == 1:
            return named(numbers[0])
        if kind == "Box":
            return f"{words[kind]}{numbers[0]}–{numbers[-1]}"
        return f"第{numbers[0]}–{numbers[-1]}{words[kind]}" if say is str else f"{named(numbers[0])}至{named(numbers[-1])}"
    if numbers and all(n.isdigit() for n in numbers):
        # whole numbers with gaps: the ones missing are said, never a count and a range that hides them
        have = {int(n) for n in numbers}
        gaps = [str(k) for k in range(1, max(have)) if k not in have]
        missing = "、".join(named(g) for g in gaps[:_LISTED]) + ("等" if len(gaps) > _LISTED else "")
        return f"{named(numbers[0])}至{named(numbers[-1])}（其中未见{missing}）"
    if len(numbers) > _LISTED:
        return f"{len(numbers)}个{words[kind]}（{named(numbers[0])}至{named(numbers[-1])}）"
    return "、".join(named(n) for n in numbers)


def missing_number(kb: KB, question: str, kind: str, number: str, *, plan: str | None, answer_kind: str,
                   asked: str | None = None, listed: list[str] | None = None) -> Answer:
    """Found False for ``kind`` ``number`` the plan lacks, with the numbers the plan (when one is meant) prints.

    ``asked`` is the heading as the question writes it (第三十一章第五节), when that says more than the number;
    ``listed`` the numbers the plan's 目录 lists where its text holds only part of the body (qa.outline.contents).
    """
    plans = [plan] if plan else [p for p in kb.plan_ids if printed_numbers(kb, kind, p)]
    say = _numerals(kb, kind, plans[0] if len(plans) == 1 else plan)
    # a 建议's sections are its numbered items, 条 to its readers (qa.outline.itemsections)
    words = {**_WORDS, "Section": "条"} if kind == "Section" and numbers_items(kb, plans[0] if len(plans) == 1 else plan) else _WORDS
    asked = asked if asked and words is _WORDS else _named(kind, number, say, words)
    numbers = (_labelled_boxes(kb, plans[0]) if kind == "Box" else printed_numbers(kb, kind, plans[0])) if len(plans) == 1 else []
    if not numbers:
        return Answer(question, f"规划中未找到{asked}。", False, kind=answer_kind)
    if listed:
        return Answer(question, f"规划目录列出{_span(kind, listed, say, words)}（本文本正文只收录{_span(kind, numbers, say, words)}），"
                      f"没有{asked}。", False, kind=answer_kind)
    return Answer(question, f"规划共有{_span(kind, numbers, say, words)}，没有{asked}。", False, kind=answer_kind)


def answer_missing_box(kb: KB, question: str, box: str | None, *, plan: str | None, answer_kind: str) -> Answer | None:
    """Found False when the question names a box (专栏N) the plan does not print; None when it prints it or none is named.

    Asked ahead of every answerer: a wording no box answerer reads (「专栏8是什么工程」) must not reach passage
    search, which answers with whatever box's text shares its words.
    """
    if not box or kb.box(box, plan=plan) is not None:
        return None
    return missing_number(kb, question, "Box", box, plan=plan, answer_kind=answer_kind)
