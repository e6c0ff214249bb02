"""Run-in section heads: ``（一）加快数据要素市场化流通。加快构建数据要素市场规则……``.

Plans issued as State Council or ministry documents often print their （一）
level not on a line of its own but at the start of the section's only
paragraph: the head is the phrase up to the first 。 (or ：), and the text
after it is the section's body. The same shape is also an ordinary
enumerated paragraph (``（一）坚持党的领导。加强对规划实施的领导。``), so a run-in head
counts as a section only where the layout says so:

* the head reads like a heading: a short phrase (:data:`MIN_HEAD` –
  :data:`MAX_HEAD` characters) without a clause break (，；、) or a stated
  figure (``2020年``, ``达到7.8%``), and a body follows it — or, where at least
  :data:`MIN_JOINED` siblings all are, two short phrases joined by one comma (a
  work report's ``（三）深化产业功能区建设，经济发展动能持续增强。``);
* its siblings — every line opening with （一） between two chapter-level
  lines — are each a heading (standalone or run-in), numbered （一）（二）（三）… in
  order with no restart or gap, and there are at least two of them (a list
  restarting at （一） inside a section, or one whose members run on as
  sentences, is items, not sections);
* the caller applies it only where （一） is the plan's section level (no 第N节).

A plan printing no （一） at all may number its sections in Arabic numerals instead: a party committee's
建议 runs its items ``1.“十四五”时期合肥发展取得历史性成就。…`` straight through its 一、 parts, each a
titled paragraph. With ``arabic`` the same rules read those (``1.`` / ``1．``) — a run-in head, or a bare
head on a line of its own (``12.畅通科技成果转化链条``, a district 纲要's) — where the numbering is the 建议's:
one count running on through two or more parts, no part restarting it. An ordinary plan's ``1.推进口袋公园建设。``
items, restarting at 1 under each heading or printed under one only, are that heading's list, not sections —
unless the plan numbers a level below them by theirs (``1. 过去五年的主要成就`` … ``1.1以韧性增长提升…``): then bare
``1.`` heads restarting under each part are its sections, as in a decimal outline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from kg.ingest.layouts.numbered import HeadingMatch, parse_number
from kg.ingest.layouts.outline import match_outline_heading
from kg.ingest.lines import CN_NUM, squeeze

__all__ = ["RunIn", "match_runin_heading", "runin_sections", "prints_bracketed", "closed_decimal_head", "MIN_HEAD",
           "MAX_HEAD"]

#: A run-in head's length in characters: shorter is a word, longer a sentence.
MIN_HEAD, MAX_HEAD = 4, 30

_RUNIN = re.compile(rf"^[（(]\s*([{CN_NUM}]+)\s*[）)]\s*([^。：:]+)[。：:]\s*(.+)$")
# 1.head。body — not a decimal (1.5亿元) nor a year (2025.)
_RUNIN_ARABIC = re.compile(r"^([0-9０-９]{1,3})\s*[.．](?![0-9０-９])\s*([^。：:]+)[。：:]\s*(.+)$")
# A clause break or a question inside the head: a sentence, not a heading.
_CLAUSE = re.compile(r"[，,；;、！？!?]")
# A stated figure (2020年, 7.8%, 3万亿元, 100个): a sentence of the text, not a heading.
_FIGURE = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:[%％年月日亿万千百个项家人元吨米]|公里|km)")
# What a body holds and a subtitle does not.
_SENTENCE = re.compile(r"[。！？；;!?]")
# Two short phrases joined by one comma or 、 (「深化产业功能区建设，经济发展动能持续增强」): a head, where its siblings are.
_JOINED = re.compile(r"[^，,；;、！？!?]{2,18}[，,、][^，,；;、！？!?]{2,18}")
# A short quoted name inside a head (「“6+5+6+1”现代产业体系」「聚焦“办好一次会，搞活一座城”」): one word of it, its
# commas and digits no clause break or stated figure.
_QUOTED = re.compile(r"“[^“”]{1,16}”")
#: Fewest siblings that let joined heads count: two such lines may be sentences of one list.
MIN_JOINED = 3
# Any line numbered （一）: the sibling sequence counts it too.
_BRACKETED = re.compile(rf"^[（(]\s*[{CN_NUM}]+\s*[）)]")
# Any line numbered 1. (not 1.5): the Arabic family's sibling sequence.
_ARABIC = re.compile(r"^[0-9０-９]{1,3}\s*[.．](?![0-9０-９])")
# A bare head on a line of its own, numbered 1. (「1. 过去五年的主要成就」): a phrase, no body after it.
_ARABIC_HEAD = re.compile(r"^([0-9０-９]{1,3})\s*[.．](?![0-9０-９])\s*([^。：:；;！？!?]+)$")
# A head numbered under one (「1.1以韧性增长提升区域经济综合实力」, 「4.1 强化…」): a phrase, the level below 1.,
# maybe closed by 。 with its body on the next line (「1.1优化基础研究组织模式。」).
_DECIMAL_HEAD = re.compile(r"^([0-9]{1,2})[.．][0-9]{1,2}\s*[^\d\s.．%％][^。：:；;！？!?，,]{3,29}。?$")


@dataclass(frozen=True)
class RunIn:
    """A run-in head: the section heading (``kind="section"``) and the body printed after it."""

    heading: HeadingMatch
    body: str


def match_runin_heading(line: str, *, joined: bool = False, arabic: bool = False) -> RunIn | None:
    """A line opening with a run-in （一） head, as heading and body, or ``None``.

    Examples
    --------
    >>> r = match_runin_heading("（二）加快数据要素市场化流通。加快构建数据要素市场规则。")
    >>> r.heading.title, r.heading.marker, r.heading.number, r.body
    ('加快数据要素市场化流通', '（二）', 2, '加快构建数据要素市场规则。')
    >>> match_runin_heading("（一）2020年，全市地区生产总值达到300亿元。增长8%。") is None
    True
    >>> match_runin_heading("（三）强化保障。") is None  # a standalone heading, no body
    True
    >>> match_runin_heading("（一）数据可信流通：开放普惠的数据流通") is None  # a heading and its subtitle
    True

    With ``joined``, a head of two short phrases joined by a comma (a work report's 「（一）坚持抓早抓实抓细，全力以赴
    抗击疫情。」) counts too — only as one of a run of such heads (:func:`runin_sections`):

    >>> match_runin_heading("（一）加快建设经济中心，助力打造发展新极核。统筹推进。", joined=True).heading.title
    '加快建设经济中心，助力打造发展新极核'
    >>> match_runin_heading("（一）加快建设经济中心，助力打造发展新极核。统筹推进。") is None
    True

    A quoted name is one word of the head, whatever it prints (「“6+5+6+1”」, a comma inside 「“…，…”」):

    >>> match_runin_heading("（二）着力稳定产业链供应链，“6+5+6+1”现代产业体系逐步壮大成势。积极建立。", joined=True).heading.number
    2
    >>> match_runin_heading("（五）聚焦“办好一次会，搞活一座城”，全面提升城市建设管理水平。围绕目标。", joined=True).heading.title
    '聚焦“办好一次会，搞活一座城”，全面提升城市建设管理水平'

    With ``arabic``, a head numbered 1. (its marker as printed, in digits):

    >>> r = match_runin_heading("28.加快建设现代物流体系。提升流通节点服务能级。", arabic=True)
    >>> r.heading.title, r.heading.marker, r.heading.number
    ('加快建设现代物流体系', '28.', 28)
    >>> match_runin_heading("1.5亿元用于建设。完成投资。", arabic=True) is None
    True
    """
    m = (_RUNIN_ARABIC if arabic else _RUNIN).match(squeeze(line))
    if not m:
        return None
    numeral, head, body = m.group(1), m.group(2).strip(), m.group(3).strip()
    bare = _QUOTED.sub("“”", head)
    if not MIN_HEAD <= len(bare) <= MAX_HEAD or _FIGURE.search(bare):
        return None
    if _CLAUSE.search(bare) and not (joined and _JOINED.fullmatch(bare)):
        return None
    if not _SENTENCE.search(body):
        return None  # 「（一）数据可信流通：开放普惠的数据流通」: a heading with its subtitle, no body
    try:
        number = parse_number(numeral)
    except ValueError:
        return None
    marker = f"{number}." if arabic else f"（{numeral}）"
    return RunIn(HeadingMatch("section", number, head, marker), body)


def match_arabic_head(line: str) -> RunIn | None:
    """A bare head numbered 1. on a line of its own, as a section heading with no body, or ``None``.

    >>> match_arabic_head("12.畅通科技成果转化链条").heading.number, match_arabic_head("1. 过去五年的主要成就").heading.title
    (12, '过去五年的主要成就')
    >>> [match_arabic_head(t) for t in ("1.5亿元", "2.加快建设。推进改造", "3.完善政策，强化保障")]
    [None, None, None]
    """
    m = _ARABIC_HEAD.match(squeeze(line))
    if not m:
        return None
    head = m.group(2).strip()
    bare = _QUOTED.sub("“”", head)
    if not MIN_HEAD <= len(bare) <= MAX_HEAD or _FIGURE.search(bare) or _CLAUSE.search(bare):
        return None
    number = parse_number(m.group(1))
    return RunIn(HeadingMatch("section", number, head, f"{number}."), "")


def _numbers_below(lines: list[str]) -> bool:
    """Whether the plan numbers a level under its bare 1. heads by theirs: a 1.1 head after a bare 1. head."""
    last = None
    for line in lines:
        text = squeeze(line)
        if (head := match_arabic_head(text)) is not None:
            last = head.heading.number
        elif (m := _DECIMAL_HEAD.match(text)) and last is not None and int(m.group(1)) == last:
            return True
    return False


def runin_sections(lines: list[str], opens_parent: Callable[[int], bool], *, arabic: bool = False) -> dict[int, RunIn]:
    """Line index → the run-in section head a line opens, where its siblings support it.

    Parameters
    ----------
    lines : list of str
        The plan's lines.
    opens_parent : callable
        Whether line ``i`` opens a chapter-level heading (or a higher one): the run-in
        heads between two such lines are siblings.
    arabic : bool
        Read heads numbered 1. 2. … instead of （一）（二）… (a plan printing no （一）).

    Returns
    -------
    dict of int to RunIn
        Only heads whose siblings (standalone （一） lines included) run （一）（二）… in order,
        two or more.

    Examples
    --------
    >>> lines = ["一、总体要求", "（一）指导思想。", "坚持稳中求进。", "二、主要任务",
    ...          "（一）建设信息网络。加快5G建设。", "（二）发展数字产业。培育龙头企业。"]
    >>> sorted(runin_sections(lines, lambda i: lines[i].startswith(("一、", "二、"))))
    [4, 5]

    Numbering that runs on across chapters (（三） after （二） in the chapter before) is sections too:

    >>> lines = ["一、总体要求", "（一）建设网络。加快5G建设。", "（二）发展产业。培育企业。", "二、保障措施",
    ...          "（三）加强领导。健全机制。", "（四）强化考核。严格督查。"]
    >>> sorted(runin_sections(lines, lambda i: lines[i].startswith(("一、", "二、"))))
    [1, 2, 4, 5]

    A list restarting inside a chapter is items:

    >>> lines = ["一、任务", "（一）发展产业", "（一）建设平台。加快建设。", "（二）培育企业。引进企业。"]
    >>> runin_sections(lines, lambda i: i == 0)
    {}

    Items numbered 1.…N straight through 一、 parts, each a titled paragraph, are sections where the plan prints
    no （一）:

    >>> lines = ["一、总体要求", "1.发展基础。成效显著。", "2.主要目标。到2030年。", "二、主要任务",
    ...          "3.建设网络。加快5G建设。", "4.发展产业。培育企业。"]
    >>> sorted(runin_sections(lines, lambda i: lines[i].startswith(("一、", "二、")), arabic=True))
    [1, 2, 4, 5]

    Items restarting at 1 under the next part, or printed under one part only, are lists:

    >>> lines[4:6] = ["1.建设网络。加快5G建设。", "2.发展产业。培育企业。"]
    >>> runin_sections(lines, lambda i: lines[i].startswith(("一、", "二、")), arabic=True)
    {}
    >>> runin_sections(lines[:3], lambda i: i == 0, arabic=True)
    {}

    Bare heads restarting at 1 under each part are sections where the plan numbers a level below them by theirs:

    >>> lines = ["一、发展基础", "1. 主要成就", "1.1经济实力增强", "成效显著。", "2. 面临形势", "挑战增多。",
    ...          "二、主要任务", "1. 建设网络", "1.1推进5G建设", "加快建设。", "2. 发展产业", "培育企业。"]
    >>> sorted(runin_sections(lines, lambda i: lines[i].startswith(("一、", "二、")), arabic=True))
    [1, 4, 7, 10]

    Without the level below, the same bare heads restarting under each part are each part's list:

    >>> flat = [line for line in lines if not line.startswith("1.1")]
    >>> runin_sections(flat, lambda i: flat[i].startswith(("一、", "二、")), arabic=True)
    {}

    The level below may close its heads with 。, its body on the next line:

    >>> closed = [line + "。" if line.startswith("1.1") else line for line in lines]
    >>> sorted(runin_sections(closed, lambda i: closed[i].startswith(("一、", "二、")), arabic=True))
    [1, 4, 7, 10]
    """
    numbered = _ARABIC if arabic else _BRACKETED
    restarts = arabic and _numbers_below(lines)  # a decimal outline: bare 1. heads restart under each part
    found: dict[int, RunIn] = {}
    group: list[int] = []  # the （一） lines between two chapter-level lines
    running = 0  # the last number of the sections taken so far: a plan may number on across its chapters
    groups = refused = 0  # the parents whose numbered lines were taken, and those whose lines were not

    def close() -> None:
        nonlocal running, groups, refused
        for joined in (False, True):
            members = [m for m in (_member(i, lines[i], joined, arabic) for i in group) if m is not None]
            numbers = [n for _, n, _ in members]
            runins = [(i, r) for i, _, r in members if r is not None]
            # A run restarting at （一） needs siblings; one going on from the chapter before (（五） after
            # （四）) is the plan's running count even alone. Items numbered 1. never restart: that is a list.
            bare = all(r is not None and not r.body for _, _, r in members)
            start = numbers[0] if numbers and running and numbers[0] == running + 1 \
                else 1 if not arabic or (restarts and bare) else running + 1
            least = 1 if start > 1 else MIN_JOINED if joined else 2
            if len(members) == len(group) >= least and numbers == list(range(start, start + len(numbers))):
                # (a run whose heads are each two phrases joined by a comma counts when it is long enough to be the
                # structure, every sibling such a head: 「（一）坚持抓早抓实抓细，全力以赴抗击疫情。」…「（八）…」)
                found.update(runins)
                running = numbers[-1]
                groups += 1
                break
        else:
            refused += bool(group)
        group.clear()

    for i, line in enumerate(lines):
        if opens_parent(i):
            close()
        elif numbered.match(squeeze(line)):
            group.append(i)
    close()
    if arabic and (groups < 2 or refused):
        return {}  # not one count straight through the parts: each heading's own list
    return found


def closed_decimal_head(line: str) -> bool:
    """Whether a line is a head of the level below 1. closed by 。 (「1.1优化基础研究组织模式。」): its body is
    printed on the next line, the two one titled paragraph.

    >>> closed_decimal_head(" 1.1优化基础研究组织模式。"), closed_decimal_head("1.1优化基础研究组织模式")
    (True, False)
    """
    text = squeeze(line)
    return text.endswith("。") and _DECIMAL_HEAD.match(text) is not None


def prints_bracketed(lines: list[str]) -> bool:
    """Whether some line opens with a （一） numbering: then that is the plan's section level, never 1."""
    return any(_BRACKETED.match(squeeze(line)) for line in lines)


def _member(i: int, line: str, joined: bool = False, arabic: bool = False) -> tuple[int, int, RunIn | None] | None:
    """A （一） (or 1.) line as a sibling: its number and run-in head, or ``None`` when it is no heading."""
    heading = None if arabic else match_outline_heading(line)
    if heading is not None and heading.kind == "section":
        return i, int(heading.number), None
    if (runin := match_runin_heading(line, joined=joined, arabic=arabic)) is not None:
        return i, int(runin.heading.number), runin
    if arabic and (head := match_arabic_head(line)) is not None:
        return i, int(head.heading.number), head
    return None
