"""Names a plan coins around one character, asked by that character (「五个“百”字品牌」「带“绿”字的几个行动」).

Special plans brand their aims as a run of quoted names sharing a character: 「以“百姓园林”筑基、以“百业兴绿”赋能、以
“百花齐放”增韵…」. A question asks for them by the character and, often, their count. :func:`answer_lettered` reads
runs of quoted names printed close together (no sentence break between two of them) whose every member holds the
character at its head, and answers with the run the count and the heading named fit — never a name outside the run
(「率先形成“百绿争鸣”的…典范」 after it sums the run up, it is no member).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.intent import parse_cn_number

__all__ = ["LETTERED_ASKED", "answer_lettered"]

#: 「五个“百”字品牌」「带“百”字的品牌」: group ``count`` (may be empty), ``char`` the character, ``kind`` what they are.
LETTERED_ASKED = re.compile(r"(?:(?P<count>[0-9一二三四五六七八九十两]{1,2})[个项大条])?(?:带有?|含有?)?[“\"「‘'](?P<char>[\u4e00-\u9fff])[”\"」’']"
                            r"字(?:头|开头)?的?(?P<kind>[\u4e00-\u9fff]{0,4})")
#: A quoted name inside a paragraph.
_QUOTED = re.compile(r"[“\"]([^”\"]{2,10})[”\"]")
#: Most characters between two names of one run (「”筑基、以“」).
_GAP = 6
#: What may not stand between two names of one run: a sentence's or clause group's end.
_BREAK = re.compile(r"[。；;！？!?]")
#: A heading a question places the names under (「总体目标里」「发展目标中」).
_WITHIN = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:里|中|部分)(?:提到|提出|讲|说|写|列)")


def _runs(text: str) -> list[list[str]]:
    """The runs of quoted names in ``text``: names printed at most :data:`_GAP` characters apart with no break between."""
    runs: list[list[str]] = []
    last_end = None
    for m in _QUOTED.finditer(text):
        gap = text[last_end: m.start()] if last_end is not None else None
        if gap is not None and len(gap) <= _GAP and not _BREAK.search(gap):
            runs[-1].append(m.group(1))
        else:
            runs.append([m.group(1)])
        last_end = m.end()
    return runs


def answer_lettered(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「总体目标里提到的五个“百”字品牌分别是什么」: the run of quoted names each opening with the asked character.

    A run counts when it has two names or more, every one opening with the character; with a count asked, only a run
    of exactly that many distinct names. A heading named (总体目标里) picks the runs under a heading titled with it
    when there are any. Several different runs fitting alike → None (which one is asked is not said).
    """
    q = normalise_text(question)
    asked = LETTERED_ASKED.search(q)
    if not asked:
        return None
    char = asked.group("char")
    count = parse_cn_number(asked.group("count").replace("两", "二")) if asked.group("count") else None
    within = _WITHIN.search(q[: asked.start()])
    fits: list[tuple[bool, list[str], str]] = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        for run in _runs(kb.norm_text[para]):
            names = list(dict.fromkeys(run))
            if len(names) < 2 or not all(n.startswith(char) for n in names) or count and len(names) != count:
                continue
            titled = bool(within) and within.group(1) in _titles(kb, para)
            fits.append((titled, names, para))
    if any(t for t, _, _ in fits):
        fits = [f for f in fits if f[0]]
    if not fits or len({tuple(n) for _, n, _ in fits}) > 1:
        return None
    _, names, para = fits[0]
    cite = kb.citation(para)
    kind = re.sub(r"(?:分别|有哪|有什|是|都|包括|指).*$", "", asked.group("kind")) or "名称"
    return Answer(question, f"规划提出{len(names)}个带“{char}”字的{kind}：{'、'.join(names)}。", True,
                  [Item(n, cite) for n in names], [cite], kind="list")


def _titles(kb: KB, para: str) -> str:
    """The titles of the headings above ``para``, joined."""
    out, node = [], kb.parent(para)
    while node:
        out.append(normalise_text(str(kb.attrs(node).get("title") or "")))
        node = kb.parent(node)
    return "|".join(out)
