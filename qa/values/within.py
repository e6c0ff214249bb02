"""「新建绿地要搞多少？其中公园绿地呢？」「公园建设项目一共几个？其中嘉定新城几个？」: a share of the figure before it.

A plan prints a figure's share right after it, in the same clause: 「新建绿地35万平方米，其中公园绿地17.5万平方米」,
「公园建设项目共计9个（嘉定新城5个、其他区域4个）」. A part asked with 「其中X」 is that share, read in the clause
the part before it was answered from — never a figure of X printed anywhere else (a 其中 part asked alone loses the
thing it is a share of).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import normalise_text

__all__ = ["share_within", "within_name"]

#: The asking words after the share's name: 「呢」「几个」「有多少」「是多少」「要到多少」.
_ASK_TAIL = re.compile(r"(?:呢|吗)?(?:分别)?(?:有|是|要|占|达到|为|能)?(?:到|达)?(?:几|多少).*$|(?:呢|吗)$")
#: A value with its unit as printed: 17.5万平方米, 5个, 30%.
_VALUE = r"\d+(?:\.\d+)?(?:万|亿)?[^\d\s，,；;。、（）()]{0,5}"


def within_name(text: str) -> str | None:
    """The share a part asks (「…其中公园绿地要搞多少」 → 公园绿地), or None when it asks no 其中 share."""
    at = text.find("其中")
    if at < 0:
        return None
    name = _ASK_TAIL.sub("", normalise_text(text[at + 2:])).strip("的，,")
    return name if len(name) >= 2 else None


def share_within(text: str, label: str, before: Answer) -> Answer | None:
    """The share ``text`` asks, read after the figure ``before`` gave, in the clause it was cited from.

    Parameters
    ----------
    text : str
        One part of a question, holding 「其中X」.
    label : str
        The part's label (what the joined answer calls it).
    before : Answer
        The answer to the part before it.

    Returns
    -------
    Answer or None
        ``found: true`` with the share's value and the citation of the clause printing it; None when the part asks
        no share, the part before found nothing, or its clause prints no 「其中X v」/「(X v、…)」 after its figure.
    """
    name = within_name(text)
    if name is None or not before.found:
        return None
    for item in before.items:
        citation = item.citation
        for source in (item.detail or "", citation.text if citation else ""):
            source = normalise_text(source)
            value = normalise_text(item.label or "").split("(")[0]
            at = source.find(value) if value else -1
            if at < 0:
                continue
            # Only the same sentence, after the figure: 「…35万平方米,其中公园绿地17.5万平方米」「9个(嘉定新城5个、…)」.
            rest = re.split(r"[。；;]", source[at + len(value):], maxsplit=1)[0]
            esc = re.escape(name)
            m = re.search(rf"^[,，]?其中[^，,；;。\d]*?{esc}[^\d，,；;。]{{0,6}}?(?P<v>{_VALUE})", rest) \
                or re.search(rf"^\((?:[^)]*?、)?{esc}(?P<v>{_VALUE})", rest)
            if m:
                share = Item(m["v"], citation, detail=source[max(0, at - 20): at + len(value) + m.end()])
                return Answer(text, f"其中{name}：{m['v']}", True, [share], [citation] if citation else [], kind="fact")
    return None
