"""The numbered items a heading prints under its sub-headings: action plans set their tasks as 1.…20. inside （一）…（五）
sections (「四、主要任务」 → 「（三）实施“技能强企”行动」 → 「9.推行中国特色企业新型学徒制。…」), county plans as 1.…n.
restarting in every 第N节.

Each item is a paragraph of the document tree opening with the genre's item number (1. 1、 （1） （一）) under one
sub-heading of the asked heading; the numbers of a sub-heading run 1, 2, 3… or go on from the sub-heading before (one
run through the whole heading). Anything else — a sub-heading printing prose only, numbers out of order — is no list
of items, and none is read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.markers import ITEM_POINT, LIST_MARK, member_levels

from ..question.intent import parse_cn_number
from ..index.kb import KB, plan_of

__all__ = ["NumberedItem", "numbered_items", "item_of", "member_of", "item_title", "titled_item", "item_sentences"]

#: An item's number at the start of its paragraph: 1. 1、 1． （1） （一）; never a decimal (2.5亿元), though the item may
#: open with a year (4.2026年…).
_NUMBER = re.compile(rf"^\s*(?:(?P<arabic>\d{{1,2}})(?:{ITEM_POINT}|、)|[（(](?P<paren>\d{1,2})[)）]|[（(](?P<cn>[一二三四五六七八九十]{1,3})[)）])")
_LEVELS = ("Part", "Chapter", "Section")


@dataclass(frozen=True)
class NumberedItem:
    """One numbered item: its printed number, its paragraph node and the sub-heading (篇/章/节 node) it sits under."""

    number: int
    paragraph: str
    heading: str


def _number(text: str) -> tuple[str, int] | None:
    """(numbering family, number) of a paragraph opening with an item number, else None."""
    m = _NUMBER.match(text)
    if not m:
        return None
    if m["arabic"]:
        return "1.", int(m["arabic"])
    if m["paren"]:
        return "(1)", int(m["paren"])
    n = parse_cn_number(m["cn"])
    return ("(一)", n) if n else None


def _paragraphs(kb: KB, node: str) -> list[str]:
    """Every paragraph under ``node`` outside its boxes, in reading order."""
    return sorted((d for d in kb.descendants(node) if kb.type(d) == "Paragraph" and not kb.attrs(d).get("box")
                   and kb.type(kb.parent(d) or "") != "Box"), key=kb._reading_order)


def numbered_items(kb: KB, node: str) -> list[NumberedItem]:
    """The items ``node``'s sub-headings number, in printed order; an empty list when it has none.

    Parameters
    ----------
    node : str
        A 篇/章/节 node whose sub-headings (章 or 节) may each print numbered item paragraphs.

    Returns
    -------
    list of NumberedItem
        Only when at least two sub-headings print items, every one of those in one numbering family whose numbers run
        1, 2, 3… within the sub-heading or on from the sub-heading before, and there are more items than sub-headings.
    """
    kids = [c for c in kb.children(node) if kb.type(c) in _LEVELS]
    if len(kids) < 2:
        return []
    items: list[NumberedItem] = []
    families = set()
    for kid in kids:
        numbered = [(p, n) for p in _paragraphs(kb, kid) if (n := _number(kb.norm_text.get(p, "")))]
        if not numbered:
            continue
        families |= {family for _, (family, _) in numbered}
        numbers = [number for _, (_, number) in numbered]
        # 「二、」 of a 方案 numbering its tasks 1.…28. through all its parts opens on 6.: its run goes on from the item
        # printed last before it
        before = items[-1].number if items else _printed_before(kb, numbered[0][0], numbered[0][1][0])
        if numbers != list(range(1, len(numbers) + 1)) and numbers != list(range(before + 1, before + 1 + len(numbers))):
            return []  # numbers out of order: quoted clauses or a list of another kind, not this heading's items
        items += [NumberedItem(number, p, kid) for p, (_, number) in numbered]
    if len(families) != 1 or len({i.heading for i in items}) < 2 or len(items) <= len(kids):
        return []
    return items


def _printed_before(kb: KB, para: str, family: str) -> int:
    """The number of the last item of ``family`` printed before ``para`` in its plan (0 when none is)."""
    earlier = [p for p in kb.paragraph_nodes if plan_of(p) == plan_of(para) and kb._reading_order(p) < kb._reading_order(para)]
    for p in sorted(earlier, key=kb._reading_order, reverse=True):
        if (n := _number(kb.norm_text.get(p, ""))) and n[0] == family:
            return n[1]
    return 0


def item_title(kb: KB, para: str) -> str:
    """An item's title: its first sentence, number dropped (「9.推行中国特色企业新型学徒制。…」 → 推行中国特色企业新型学徒制)."""
    text = LIST_MARK.sub("", kb.norm_text.get(para, "").strip())
    return re.split(r"[。；;：:]", text, maxsplit=1)[0]


def titled_item(kb: KB, title: str, *, plan: str | None = None) -> NumberedItem | None:
    """The one numbered item of the plan titled ``title`` (「12.新增消防站点建设。…」 for 新增消防站点建设), quotes
    ignored; None when no item, or more than one, is titled so."""
    def bare(text: str) -> str:
        return re.sub(r"[“”\"「」]", "", text)

    title = bare(title)
    hits = [p for p in kb.paragraph_nodes if (not plan or plan_of(p) == plan) and _number(kb.norm_text.get(p, ""))
            and bare(item_title(kb, p)) == title]
    items = [item for p in hits if (item := item_of(kb, p))]
    return items[0] if len(items) == 1 else None


def item_sentences(kb: KB, para: str) -> list[str]:
    """The sentences an item prints after its title (「12.新增消防站点建设。建成…。完成…。」 → 建成…, 完成…), each
    without its full stop."""
    text = LIST_MARK.sub("", str(kb.attrs(para).get("text") or "").strip())  # as printed: the answer quotes it
    body = re.split(r"[。；;：:]", text, maxsplit=1)[1:]
    return [s.rstrip("。") for s in re.split(r"(?<=[。！？])", body[0]) if s.strip("。 ")] if body else []


def item_of(kb: KB, para: str) -> NumberedItem | None:
    """The numbered item ``para`` is, read among its heading's parent's items; None when it is none."""
    heading = kb.parent(para)
    while heading and kb.type(heading) not in _LEVELS:
        heading = kb.parent(heading)
    above = kb.parent(heading) if heading else None
    if above is None or kb.type(above) not in _LEVELS:
        return None
    return next((i for i in numbered_items(kb, above) if i.paragraph == para), None)


def member_of(kb: KB, para: str) -> NumberedItem | None:
    """The first-level member (「第五，实现农业机械化。」) of its heading that ``para`` opens or goes on in — a paragraph
    between two members belongs to the one before it — read by the order the numbering families appear under the heading
    (:func:`kg.ingest.markers.member_levels`); None for a paragraph before the first member or after the last."""
    heading = kb.parent(para)
    if heading is None or kb.type(heading) not in _LEVELS:
        return None
    own = sorted((u for u, _ in kb.inn(heading, "partOf") if kb.type(u) == "Paragraph"), key=kb._reading_order)
    levels = member_levels([kb.norm_text.get(p, "") for p in own])
    firsts = [(k, m) for k, m in enumerate(levels) if m is not None and m.level == 1]
    if len(firsts) < 2 or para not in own:
        return None
    at = own.index(para)
    before = [(k, m) for k, m in firsts if k <= at]
    if not before or (before[-1] == firsts[-1] and at != firsts[-1][0]):
        return None
    k, m = before[-1]
    return NumberedItem(m.number, own[k], heading)
