"""「点名的是哪两个」 after a count: the things the count's own sentence names.

Office staff ask a count and then which ones the plan names: 「要建成几个乡镇街道污水处理厂？点名的是哪两个？」 of
「完成菱角塘、富家桥等10个乡镇街道污水处理厂建设」. The plan prints the named members as a 、-run before 等 (「A、B等10个…」),
after a lead word (「包括A、B」「如A、B」) or in brackets after the noun (「…（A、B）」). The part asks nothing of its own
and is answered from the sentence the earlier part's figure was read from — never from another paragraph: a run
elsewhere names other things. A count asked (哪两个) must match the run's length, or the part is not answered.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..question.intent import parse_cn_number

__all__ = ["MEMBERS_ASKED", "asks_members", "members_named", "run_members"]

#: 「点名的是哪两个」「提到的是哪几个地方」「百万千瓦风电基地点名的是哪几个地区」「具体是哪两个」: the named members asked.
MEMBERS_ASKED = re.compile(
    r"^(?:那|那么|其中|里面|这里面|当中)?(?P<noun>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)?"
    r"(?:(?:具体|明确)?(?:点名|点了名|提到|提了|列出|列了|列举|写了|写明|点到)了?(?:的|出来的)?(?:分别)?(?:是|有|为)?|(?:具体|分别|都)(?:是|有))"
    r"哪(?P<n>[两二三四五六七八九十几些])(?:个|家|处|座|条|所|项)?(?P<kind>[\u4e00-\u9fff]{0,3}?)(?:呢|啊)?$")
#: Words of a clause before its first named member (「完成菱角塘、…」「在内蒙古、…」).
_LEAD = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}?(?:在|完成|建成|建设|推进|实施|新建|改造|提升|加快|支持|形成|打造|培育|依托|围绕|"
                   r"包括|如|即|重点|以|对|将|把|推动|开展|启动|规划))+")
#: A 、-run of names: before 等 (「A、B等10个…」), after a lead word (「包括A、B」「如A、B」) or in brackets.
_RUN = re.compile(r"(?P<run>(?:[\u4e00-\u9fffA-Za-z0-9]{2,14}、)+[\u4e00-\u9fffA-Za-z0-9]{2,14}?)(?=等|[）)])"
                  r"|(?:包括|如|即|分别是|其中)[：:]?(?P<after>(?:[\u4e00-\u9fffA-Za-z0-9]{2,14}、)+[\u4e00-\u9fffA-Za-z0-9]{2,14}?)(?=[，,；;。）)等]|$)")


def asks_members(text: str) -> bool:
    """Whether a part asks which things the plan names (「点名的是哪两个」), nothing of its own.

    >>> asks_members("点名的是哪两个"), asks_members("百万千瓦风电基地点名的是哪几个地方"), asks_members("要建几个")
    (True, True, False)
    """
    return bool(MEMBERS_ASKED.match(text.strip(" ，,？?")))


def run_members(run: str) -> list[str]:
    """The names of a run; the first loses the words leading the clause (完成菱角塘 → 菱角塘) when it is longer than
    every other name."""
    names = run.split("、")
    if len(names[0]) > max(len(n) for n in names[1:]) and len(lead_off := _LEAD.sub("", names[0])) >= 2:
        names[0] = lead_off
    return [n for n in names if n]


def _sentences_with(text: str, piece: str) -> list[str]:
    """The sentences of ``text`` holding ``piece`` (a clause or a value)."""
    return [s for s in re.split(r"(?<=[。；;！!])", text) if piece and piece in s]


def members_named(part_text: str, label: str, earlier: Answer) -> Answer:
    """The part asking the named members, answered from the sentence of the earlier part's first figure.

    Parameters
    ----------
    part_text : str
        The part as asked (「点名的是哪两个」).
    label : str
        How the answer names the part.
    earlier : Answer
        The earlier part's answer; its first item's clause (``detail``) and cited paragraph are read.

    Returns
    -------
    Answer
        ``found`` with one item per member (the earlier item's citation), or not found when the sentence names no
        run (or one of another length than asked).

    Examples
    --------
    >>> from qa.answer import Citation
    >>> text = "完成菱角塘、富家桥等10个乡镇污水处理厂建设，提标改造中心城区污水处理厂。"
    >>> got = Answer("", "", True, [Item("10个", Citation("p1", text), detail="完成菱角塘、富家桥等10个乡镇污水处理厂建设")])
    >>> members_named("点名的是哪两个", "点名的", got).answer
    '点名的：菱角塘、富家桥'
    >>> members_named("点名的是哪三个", "点名的", got).found
    False
    """
    asked = MEMBERS_ASKED.match(part_text.strip(" ，,？?"))
    nothing = Answer(part_text, f"{label}：规划中未找到", False, kind="fact")
    item = earlier.items[0] if earlier.found and earlier.items else None
    if asked is None or item is None or item.citation is None:
        return nothing
    want = None if asked.group("n") in "几些" else parse_cn_number(asked.group("n"))
    if earlier.kind == "list" and len(earlier.items) >= 2 and want in (None, len(earlier.items)):
        # 「几个“强区”？都是哪些？」: a count answered by listing its members has named them already.
        names = [i.label for i in earlier.items]
        return Answer(part_text, f"{label}：{'、'.join(names)}", True, list(earlier.items), list(earlier.citations), kind="fact")
    detail, text = item.detail or "", item.citation.text or ""
    sentences = _sentences_with(text, detail) or _sentences_with(text, item.label) or ([detail] if detail else [])
    noun = asked.group("noun") or ""
    for sentence in sentences:
        runs = [(m.end(), run_members(m.group("run") or m.group("after"))) for m in _RUN.finditer(sentence)]
        if noun and (at := sentence.find(noun[:2])) >= 0:
            # 「百万千瓦风电基地点名的是哪几个地方」: the run printed nearest before the noun asked
            runs.sort(key=lambda r: (r[0] > at + len(noun), abs(at - r[0])))
        elif detail in sentence:
            # the run of the figure's own clause first
            start = sentence.find(detail)
            runs.sort(key=lambda r: not (start <= r[0] <= start + len(detail)))
        for _, names in runs:
            if len(names) >= 2 and (want is None or len(names) == want):
                items = [Item(n, item.citation) for n in names]
                return Answer(part_text, f"{label}：{'、'.join(names)}", True, items, [item.citation], kind="fact")
    return nothing
