"""Plans whose sections are numbered items: 「第9条」「是第几条」「哪一条讲…」「一共多少条」 ask for their 节.

A party committee's 建议 prints no 第N节 and no （一）: its 一、 parts hold items numbered 1.…N straight through, each
a run-in titled paragraph (kg.ingest.layouts.runin reads them as the sections). Its readers call them 条, never 节,
so in such a plan the word 条 naming a heading level is read as 节 before the question is answered, and a count
of them is said in 条.
"""
from __future__ import annotations

import re

from ..index.kb import KB, plan_of

__all__ = ["numbers_items", "read_item_word"]

#: A section label printed with an Arabic item number (「28.加快建设现代物流体系」).
_ITEM_LABEL = re.compile(r"^\d{1,3}\.")
_NUM = r"[0-9一二三四五六七八九十百〇零两]+"
#: 条 naming the level: 第N条, 第几条, 哪一条/哪条/哪个条, 几条/多少条 (not 条款, 条件, 条例, 条线).
_ITEM_WORD = re.compile(rf"(第{_NUM}|第几|哪一|哪个|哪|几|多少)(?:个)?条(?![款件例线目文])")


def numbers_items(kb: KB, plan: str | None) -> bool:
    """Whether the plan(s) in scope number every section as an item (1. 2. …), and have some."""
    labels = [kb.label(n) for n in kb.by_type.get("Section", []) if plan is None or plan_of(n) == plan]
    return bool(labels) and all(_ITEM_LABEL.match(label) for label in labels)


def read_item_word(kb: KB, question: str, *, plan: str | None = None) -> str:
    """``question`` with 条 read as 节 where it names the level, in a plan whose sections are numbered items;
    unchanged in any other plan (a 条 there is a list's member, answered by the enumeration answerers).

    >>> _ITEM_WORD.sub(r"\\1节", "“加快建设现代物流体系”是第几条？"), _ITEM_WORD.sub(r"\\1节", "第9条的标题是什么？")
    ('“加快建设现代物流体系”是第几节？', '第9节的标题是什么？')
    >>> _ITEM_WORD.sub(r"\\1节", "建议一共提了多少条？"), _ITEM_WORD.sub(r"\\1节", "有哪些条件？")
    ('建议一共提了多少节？', '有哪些条件？')
    """
    if "条" not in question or not numbers_items(kb, plan):
        return question
    return _ITEM_WORD.sub(r"\1节", question)
