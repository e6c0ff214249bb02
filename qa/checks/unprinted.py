"""A named road, river, bridge or village the plan never prints: 「真北路积水改善工程是怎么安排的」 over a plan naming
交通西路、同普路… but no 真北路.

The genre names a place by its proper words and a kind word (真北路, 桃浦河, 杨家村). When the proper words are
printed nowhere in the plan, nothing it says is about that place: passages about the same works on other roads
are no answer, only what the plan lists instead (said as not the asked). A kind word after a generic word (道路,
乡镇, 农村) names no place.
"""
from __future__ import annotations

import re

from ..answer import Answer
from ..index.kb import KB, normalise_text, plan_of

__all__ = ["unprinted_place", "refuse_unprinted"]

#: Kind words that end a place's name; before them the two characters of its proper words.
#: (not a generic word the kind word begins: 桥梁, 河道, 河湖, 村庄, 路网, 街道, 镇区, 河口/路口)
_KINDED = re.compile(r"(?=([\u4e00-\u9fff]{2})(路|街|桥|河|浜|村|镇|泵站|隧道|水库)(?![梁道网长湖流堤庄级民面灯段线径区域口]))")
#: A kind word after these is a generic word (道路, 公路, 城镇, 农村, 江河, 车站, 古镇), no proper name.
_GENERIC = set("道公铁马线水管支干思出网电航运江内小山城乡集农泵车基驿大老古步渠个各每全本该等此某几条座处所家的之")
#: Function words, which are no part of a proper name (「跟桃浦河有关」, 「白溪到河口」, 「讲古镇旅游的」).
_BEFORE = set("跟和与及的在把对有是了那这个为从向到让给被将要讲")
#: A town or village named by one proper character and its kind word, said first as the question's topic
#: (「北桥的城中村改造」「马桥那边」): too short for ``_KINDED`` anywhere else in a question.
_TOPIC = re.compile(r"^([\u4e00-\u9fff])(桥|镇|村|港|湾|泾|浜|塘)(?=的|那边|这边|那里|这里|地区|片区|一带|街道)")


def unprinted_place(kb: KB, question: str, plan: str | None = None) -> str | None:
    """The first place ``question`` names by proper words the plan prints nowhere, or None.

    >>> _KINDED.findall("真北路积水改善工程是怎么安排的"), _KINDED.findall("跟桃浦河有关的工程")
    ([('真北', '路')], [('桃浦', '河')])
    >>> _KINDED.findall("月湖隧道哪年建成"), _KINDED.findall("石门水库扩容多少")
    ([('月湖', '隧道')], [('石门', '水库')])
    >>> _TOPIC.match("北桥的城中村改造什么时候完成").group(0), _TOPIC.match("大桥的限高是多少").group(1)
    ('北桥', '大')
    """
    q = normalise_text(question)
    candidates = [m for m in _KINDED.finditer(q)
                  if m.group(1)[-1] not in _GENERIC and not any(c in _BEFORE for c in m.group(1))]
    topic = m.group(0) if (m := _TOPIC.match(q)) and m.group(1) not in _GENERIC | _BEFORE else None
    if not candidates and not topic:
        return None  # most questions name no place: the plan's text is not read for them (this runs on every answer)
    texts = [kb.norm_text[p] for p in kb.paragraph_nodes if not plan or plan_of(p) == plan]
    # headings and 专栏 titles print names too (专栏2.1 “幸福滨河”重点工程)
    texts += [normalise_text(h.title) for h in kb.headings.rows if h.title and (not plan or plan_of(h.node) == plan)]
    if topic and not any(topic in t for t in texts):
        return topic
    for m in candidates:
        proper, kind = m.group(1), m.group(2)
        if any(proper in t for t in texts):
            continue
        start = m.start()
        while start > max(0, m.start() - 2) and re.match(r"[\u4e00-\u9fff]", q[start - 1]) and q[start - 1] not in _BEFORE:
            start -= 1  # the whole proper name said (政通六路, not 通六路)
        return q[start : m.start()] + proper + kind
    return None


def refuse_unprinted(kb: KB, question: str, answer: Answer, plan: str | None = None) -> Answer:
    """``answer`` itself, or found False when the question names a place the plan never prints; what the plan gives
    on the same works elsewhere is said as such (its passages cited as hints, never as the asked place's)."""
    if not answer.found or (place := unprinted_place(kb, question, plan)) is None:
        return answer
    others = "；".join(i.label.rstrip("。；;") for i in answer.items[:3])[:150]
    text = f"规划中没有提到{place}。" + (f"规划写到的是其他地方的相关内容（不是{place}的）：{others}" if others else "")
    return Answer(answer.question, text.rstrip("；") + ("" if text.endswith("。") else "。"), False,
                  citations=answer.citations, kind=answer.kind)
