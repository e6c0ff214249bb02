"""Enumerations: ``A、B、C等+head`` runs and what their head says the items are.

Plans list things with 、 and close the list with 等 and a head noun:
「重点建设文化旅游、生物医药、…、现代商贸物流等“6+1”产业链」, 「加大对德福隆、
盛迩威、…等现有制造企业的帮扶」, 「以鑫城锰业、中天荣华为代表的龙头企业」. The
head names the kind of every item (产业链 → industries, 企业 → organisations,
水厂 → works at the places listed). :func:`find_enumerations` finds such runs
and :func:`head_type` reads their head.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.names import WORKS_SUFFIXES
from kg.extract.spans import BREAK, FUNCTION, Mention, is_common_word, name_before, tokens, verb_at

__all__ = ["Enumeration", "find_enumerations", "head_type", "ORG_HEADS", "INDUSTRY_HEADS", "PLACE_HEADS"]

#: Heads that make the items organisations.
ORG_HEADS = ("企业", "公司", "集团", "银行", "市场主体", "龙头企业")
#: Heads that make the items industries.
INDUSTRY_HEADS = ("产业链", "产业集群", "产业", "行业", "业态")
#: Heads that make the items places.
PLACE_HEADS = ("乡镇", "村镇", "乡村", "村庄", "村", "镇", "乡", "街道", "社区", "县区", "区县", "河流", "水系")

_CLAUSE = re.compile(r"[^，,。；;：:！？!?\n]+")
_ITEM_MAX = 16
_COUNT = re.compile(r"(?:[0-9]+|[一二两三四五六七八九十几数多]+)?(?:个|条|座|家|项|大|类|批|种|所|处)?")
_HEAD_END = re.compile(r"[，,。；;：:！？!?\n的为在是将把从向以由于并或到、进入至]")
_LAST_STOP = re.compile(r"等|为(?:代表|龙头|主体|重点|主导)的?|[的为在是将把从向以由于并或到]|建设|进行|治理|工作|改造|开发|提质|项目建设")


@dataclass(frozen=True)
class Enumeration:
    """A run of listed items and the head noun that closes it (``""`` when none is printed)."""

    items: tuple[Mention, ...]
    head: str
    closed: bool  # True when the list ends in 等/为代表: the head applies to every item
    tail: str = ""  # the rest of the clause after the last item (四个客运站场)


def find_enumerations(text: str) -> list[Enumeration]:
    """Runs of two or more 、-separated items (or ``以A为代表的X``) in ``text``.

    Parameters
    ----------
    text : str
        A paragraph.

    Returns
    -------
    list of Enumeration
        Items carry offsets into ``text``; their ``type`` is ``"Item"`` (the
        caller decides what they are, see :func:`head_type`).

    Examples
    --------
    >>> e = find_enumerations("重点建设文化旅游、生物医药、现代商贸物流等“6+1”产业链。")[0]
    >>> [m.label for m in e.items], e.head
    (['文化旅游', '生物医药', '现代商贸物流'], '“6+1”产业链')
    >>> e = find_enumerations("鼓励以鑫城锰业、中天荣华为代表的龙头企业加强研发。")[0]
    >>> [m.label for m in e.items], e.head
    (['鑫城锰业', '中天荣华'], '龙头企业')
    >>> e = find_enumerations("鼓励以中设新材料为代表的企业引进高铁刹车盘项目。")[0]
    >>> [m.label for m in e.items], e.head
    (['中设新材料'], '企业')
    """
    out = []
    for clause in _CLAUSE.finditer(text):
        out.extend(_in_clause(text, clause.start(), clause.end()))
    return out


def _in_clause(text: str, lo: int, hi: int) -> list[Enumeration]:
    seps = [i for i in range(lo, hi) if text[i] == "、" and not _quoted(text, lo, i)]
    runs: list[list[int]] = []
    for i in seps:
        if runs and i - runs[-1][-1] - 1 <= _ITEM_MAX:
            runs[-1].append(i)
        else:
            runs.append([i])
    found = [e for run in runs if (e := _run(text, run, hi))]
    if not seps:
        single = _represented(text, lo, hi)
        if single:
            found.append(single)
    return found


def _quoted(text: str, lo: int, i: int) -> bool:
    """Whether position ``i`` sits inside “…” (a quoted slogan's own 、)."""
    segment = text[lo:i]
    return segment.count("“") > segment.count("”")


def _run(text: str, seps: list[int], hi: int) -> Enumeration | None:
    first_start = name_before(text, seps[0], max_len=_ITEM_MAX, strict=True)
    if first_start < 0:
        return None
    spans = [(first_start, seps[0])]
    spans += [(a + 1, b) for a, b in zip(seps, seps[1:])]
    last_lo = seps[-1] + 1
    window = text[last_lo:min(hi, last_lo + _ITEM_MAX + 12)]
    stop = _LAST_STOP.search(window, 1)
    last_hi = last_lo + (stop.start() if stop else len(window))
    spans.append((last_lo, last_hi))
    head, closed = "", False
    if stop and stop.group().startswith(("等", "为")):
        closed = True
        rest = last_lo + stop.end()
        head = _head(text, rest, hi)
    others = max(b - a for a, b in spans[:-1])
    if last_hi - last_lo > others + 2:  # 茆江长度共计210km: the list ended before its clause did
        spans[-1] = (last_lo, last_lo + _first_word_end(text[last_lo:last_hi], others))
    items = []
    for a, b in spans:
        label = text[a:b].strip()
        if not label or len(label) > _ITEM_MAX or any(c in BREAK for c in label.strip("“”")):
            return None
        items.append(Mention("Item", label, a, a + len(label)))
    return Enumeration(tuple(items), head, closed, text[items[-1].end:hi])


def _first_word_end(segment: str, longest: int) -> int:
    """Where an over-long last item stops: before the first everyday word after its first two characters."""
    pos = 0
    for word in tokens(segment):
        if pos >= 2 and (is_common_word(word, 1000) or not re.match(r"[\u4e00-\u9fff]", word)):
            return pos
        pos += len(word)
    return min(len(segment), longest + 2)


def _head(text: str, start: int, hi: int) -> str:
    """The head noun after 等/为代表的, up to the next function word or mark."""
    start = _COUNT.match(text, start).end()
    end = start
    quoted = False
    while end < hi and end - start < 15:
        ch = text[end]
        quoted = quoted or ch == "“"
        if ch == "”":
            quoted = False
        elif not quoted and (_HEAD_END.match(ch) or ch in FUNCTION or verb_at(text, end)):
            break
        end += 1
    return text[start:end]


def _represented(text: str, lo: int, hi: int) -> Enumeration | None:
    """``以A为代表的X``: one item named as the example of a kind."""
    m = re.compile(r"以(?P<x>[^，。；、以]{2,12}?)为(?:代表|龙头)的?").search(text, lo, hi)
    if not m:
        return None
    head = _head(text, m.end(), hi)
    item = Mention("Item", m["x"], m.start("x"), m.end("x"))
    return Enumeration((item,), head, True)


def head_type(enum: Enumeration) -> str | None:
    """What the head says the items are: an entity type, or ``None``.

    Examples
    --------
    >>> head_type(Enumeration((), "现有制造企业", True)), head_type(Enumeration((), "“6+1”产业链", True))
    ('Organization', 'Industry')
    >>> head_type(Enumeration((), "水厂", False)), head_type(Enumeration((), "重点领域", True))
    ('Project', None)
    >>> head_type(Enumeration((), "新模式新业态", True)) is None, head_type(Enumeration((), "新型流通业态", True)) is None
    (True, True)
    >>> head_type(Enumeration((), "服务业态", True)), head_type(Enumeration((), "新兴业态", True))
    ('Industry', 'Industry')
    """
    head = enum.head.strip("“”")
    if "模式" in head or head.endswith("方式") or re.fullmatch(r"新(?:型[\u4e00-\u9fff]{0,4})?业态", head):
        return None  # 定制、体验等新模式; 连锁配送等新业态, 新型流通业态: ways of doing business (服务业态 are fields)
    if head.endswith(ORG_HEADS):
        return "Organization"
    if head.endswith(INDUSTRY_HEADS):
        return "Industry"
    if head.endswith(PLACE_HEADS):
        return "Place"
    if head.endswith(WORKS_SUFFIXES):
        return "Project"
    return None
