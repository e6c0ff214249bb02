"""A question asking a figure beside a part asking where or who (「信用联合奖惩是第几章提的？要覆盖多少个领域？」).

「示范性街镇要率先建成几个，清单里谁来推进？」「公共机构屋顶光伏到哪一年要应装尽装？责任单位有哪些？」: one
part asks a figure or a time, another where the plan writes it or who carries it out. Asked whole, one answerer
takes the question and the other part is lost; cut by the several-figure reader (qa.values.parts), the part asking
no figure stops it. :func:`mixed_parts` cuts such a question into its parts, each a question of its own — a part
naming no subject of its own (「要覆盖多少个领域」「这项谁来负责」「责任单位有哪些」) is given the subject the first
part names — so that each is answered and verified alone, and a part the plan does not answer is said so alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..vocabulary import ASKS_FIGURE

__all__ = ["MixedPart", "mixed_parts"]

#: A part asking where the plan writes something: a heading word asked by 哪/第几 (哪一章, 第几章, 哪个专栏, 哪项任务).
WHERE_ASKED = re.compile(r"(?:第几|哪一?|哪个|哪些|什么)(?:个)?(?:章|节|篇|专栏|部分|项任务|条任务|任务|板块|位置)"
                         r"|在哪(?:里|儿)?(?:提|讲|写|说|列)")
#: A part asking who carries something out (谁来负责, 哪些单位推进, 责任单位有哪些, 牵头部门是谁).
WHO_ASKED = re.compile(r"谁|哪(?:个|些|几个|家)(?:单位|部门)|(?:责任|牵头|配合|推进|实施)(?:单位|部门)")
#: A part asking a time (什么时候, 哪一年, 何时).
WHEN_ASKED = re.compile(r"什么时候|哪一?年|何时|几几年")
#: Where a part's asking starts — a verb or a question word after its subject (要, 是, 由, 到, 写在, 多少, 哪):
#: what comes before is the thing it asks about.
_ASK_START = re.compile(r"(?:的目标|的指标)?(?:要|将|计划|力争|是|在|由|归|到|不低于|不高于|写在|放在|列在|定的|定了|达到"
                        r"|第几|哪|谁|多少|几|什么|何时|责任单位|牵头单位|推进单位)")
#: Words that open a part pointing back at the first part's thing (这项, 该任务, 清单里) or asking at once: no subject.
_POINTER = re.compile(r"^(?:那|请问)?(?:这|该|此|上述|它|其)(?:个|项|条|一项|一条)?(?:任务|工作|事|指标|目标|要求)?"
                      r"|^(?:清单|表|附件|方案|规划)(?:里|中|上)")
#: A subject too short or only a time to stand alone.
_NO_SUBJECT = re.compile(r"^(?:(?:到|在|至)?(?:19|20)\d\d年?|[\u4e00-\u9fff]?)$")
_SPLIT = re.compile(r"[？?；;。！!]|[，,](?=[^，,？?]*(?:多少|几|哪|谁|什么|何时))")


@dataclass(frozen=True)
class MixedPart:
    """One part of a mixed question: its text as a question of its own and what it asks (figure, where, who, when)."""

    text: str
    kind: str


def _kind(part: str) -> str | None:
    if WHO_ASKED.search(part):
        return "who"
    if WHERE_ASKED.search(part):
        return "where"
    if WHEN_ASKED.search(part):
        return "when"
    if ASKS_FIGURE.search(part):
        return "figure"
    return None


def _subject(part: str) -> str:
    """What a part asks about: its words before its asking starts, a pointer at its head left out."""
    part = _POINTER.sub("", part)
    m = _ASK_START.search(part)
    return (part[: m.start()] if m else part).strip("，,、 ")


def _asking(part: str) -> str:
    """A part's words from where its asking starts (「由哪个单位负责」 of 「发展绿色金融由哪个单位负责」)."""
    m = _ASK_START.search(_POINTER.sub("", part))
    return _POINTER.sub("", part)[m.start():] if m else ""


def mixed_parts(question: str) -> list[MixedPart] | None:
    """The parts of a question asking a figure (or a time) and where or who, each a question of its own; else None.

    Returns None unless the question has two or more parts and at least one asks where or who beside one asking
    something else — a question asking only figures is the several-figure reader's (qa.values.parts).

    >>> [(p.text, p.kind) for p in mixed_parts("信用联合奖惩是第几章提的？要覆盖多少个领域？")]
    [('信用联合奖惩是第几章提的', 'where'), ('信用联合奖惩要覆盖多少个领域', 'figure')]
    >>> [(p.text, p.kind) for p in mixed_parts("示范性街镇要率先建成几个，清单里谁来推进？")]
    [('示范性街镇要率先建成几个', 'figure'), ('示范性街镇由谁来推进', 'who')]
    >>> [(p.text, p.kind) for p in mixed_parts("公共机构屋顶光伏到哪一年要应装尽装？责任单位有哪些？")]
    [('公共机构屋顶光伏到哪一年要应装尽装', 'when'), ('公共机构屋顶光伏的责任单位有哪些', 'who')]
    >>> [p.text for p in mixed_parts("发展绿色金融由哪个单位负责？推动热泵应用呢？")]
    ['发展绿色金融由哪个单位负责', '推动热泵应用由哪个单位负责']
    >>> mixed_parts("森林覆盖率要达到多少？湿地保护率呢？") is None
    True
    """
    pieces = [p.strip(" ，,") for p in _SPLIT.split(question) if p.strip(" ，,")]
    if len(pieces) < 2 or len(pieces) > 3:
        return None
    kinds = [_kind(p) for p in pieces]
    for i in range(1, len(pieces)):
        if kinds[i] is None and kinds[i - 1] in ("where", "who") and pieces[i].endswith("呢"):
            # 「发展绿色金融由哪个单位负责？推动热泵应用呢？」: the earlier part asked again of this part's thing
            pieces[i], kinds[i] = pieces[i][:-1] + _asking(pieces[i - 1]), kinds[i - 1]
    if None in kinds or not {"where", "who"} & set(kinds) or (len(set(kinds)) < 2 and "who" not in kinds):
        return None
    subject = _subject(pieces[0])
    if _NO_SUBJECT.match(subject):
        return None
    parts = [MixedPart(pieces[0], kinds[0])]
    for piece, kind in zip(pieces[1:], kinds[1:]):
        own = _subject(piece)
        if own and not _POINTER.match(piece) and not _NO_SUBJECT.match(own):
            parts.append(MixedPart(piece, kind))
            continue
        rest = _POINTER.sub("", piece)
        if kind == "who" and not rest.startswith(("由", "归")):
            rest = ("的" if re.match(r"(?:责任|牵头|配合|推进|实施)", rest) else "由") + rest
        parts.append(MixedPart(subject + rest, kind))
    return parts
