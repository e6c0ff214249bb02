"""A topic said before the question (「产业链招商那块，每年要引进多少个项目？」): soft context, never an owner.

Office staff open a question with the area they mean — 「X这块，」「X那块，」「X这方面，」「关于X，」 — and
then ask in the plan's words. The topic is the asker's own label for a paragraph or heading (「城区路灯这块」 for
a clause printing 城区道路装灯率), so it cannot be required verbatim as the figure's owner. It is read as a
hint: the question after it is answered alone, and the answer is kept only when the first figure's evidence (cited
passage, its headings or the item's clause) shares a word with the topic — otherwise the question is read as asked.
A heading said first (「第35章里说…」) is strict: the rest is answered alone and kept only when every figure is
cited from that heading. The thing pointed at after a description (「园区要成立的那个担保公司，」) is a topic too.
"""
from __future__ import annotations

import re
from typing import Callable

from ..answer import Answer
from .intent import ATTRIBUTE_CUES, cn_numeral, parse_cn_number
from ..vocabulary import ASKS

__all__ = ["split_topic", "near_topic", "shortened_in", "split_heading", "in_heading", "topic_joined", "asks_bare"]

#: 「X这块，」「X那一块，」「X这方面，」「X那部分，」「X那一项，」「关于X，」 at the start, then the question itself.
_TOPIC = re.compile(r"^(?:(?:关于|至于|说到)(?P<topic1>[\u4e00-\u9fffA-Za-z0-9]{2,14}?)(?:的话)?"
                    # 「讲精品农业先行区的时候，」: where in the plan the asker read it
                    r"|(?:讲|说|谈|写)(?:到)?(?P<topic3>[\u4e00-\u9fffA-Za-z0-9]{2,14}?)(?:的时候|时)"
                    r"|(?P<topic2>[\u4e00-\u9fffA-Za-z0-9]{2,14}?)(?:(?:这|那)一?(?:块|方面|部分|边|项|段话|段)(?:的话|呢|里)?|方面))"
                    r"[，,：:]\s*(?P<rest>.{4,})$")
#: 「园区要成立的那个担保公司，担保额度…」: a thing described then pointed at (…的那个X，) is a topic too.
_POINTED = re.compile(r"^(?:[^，,？?]{1,16}的)?(?:那个|这个|那家|这家|那座|那条)(?P<topic>[\u4e00-\u9fff]{2,12})[，,]\s*(?P<rest>.{4,})$")
#: 「第35章里说要建成几个…」: a heading said first scopes the question; the answer must stand in it.
_HEADING_FIRST = re.compile(r"^(?:在)?第(?P<n>[0-9]{1,3}|[一二三四五六七八九十百]{1,4})(?P<level>[篇章节])"
                            r"(?:里面|里|中|上)?(?:说|讲|提到|提|写|规定)?(?:了|的)?[，,：:]?(?P<rest>[^，,？?]{4,}.*)$")
#: 「园区强基那一章说，…」: a heading pointed at by words of its title (the level word is the asker's, a 节 may be called 章).
_HEADING_NAMED = re.compile(r"^(?P<title>[\u4e00-\u9fffA-Za-z0-9]{2,14}?)(?:这|那)一?(?P<level>[篇章节])"
                            r"(?:里面|里|中|上)?(?:说|讲|提到|提|写|规定)?(?:了|的)?[，,：:]\s*(?P<rest>[^，,？?]{4,}.*)$")
_HAN_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
#: What asks a figure or a list (a heading's own title or contents are asked elsewhere).
_ASKS_FIGURE = re.compile(r"多少|几|哪|多[长大宽高深远久重]")
_LEVEL_FIELD = {"篇": "part", "章": "chapter", "节": "section"}
#: 「老旧小区改造这块，十四五要改多少个？」: a rest that names nothing of its own — a time, a modal, a verb of two
#: characters at most, the question word and a counting word — asks its figure of the topic.
_BARE_ASK = re.compile(r"^(?:(?:到|至|在)?(?:(?:19|20)\d\d年(?:底|末)?|“十[一二三四五六七八九]五”(?:期间|时期)?|[五十]年(?:内|里|间)?|每年|一共|总共|累计)[，,]?)*"
                       r"(?:要|将|能|计划|打算|准备)?[\u4e00-\u9fff]{0,2}?(?:多少|几)[\u4e00-\u9fff]{0,2}[？?]?$")


def split_topic(question: str, owner: Callable[[str], bool] = lambda _: False) -> tuple[str | None, str]:
    """The topic said before ``question`` and the question after it, or ``(None, question)``.

    A topic naming a thing that owns figures (``owner(topic)``: 「航空航天新材料产业园那边，」) is the owner itself and
    is left in the question, where the owner's checks read it.

    Examples
    --------
    >>> split_topic("城区路灯这块，装灯率和亮灯率分别要到多少？")
    ('城区路灯', '装灯率和亮灯率分别要到多少？')
    >>> split_topic("招商那一块的话，每年引进多少个项目？")
    ('招商', '每年引进多少个项目？')
    >>> split_topic("讲精品农业先行区的时候，规划说零陵享有哪些荣誉称号？")
    ('精品农业先行区', '规划说零陵享有哪些荣誉称号？')
    >>> split_topic("精品农业先行区那段，零陵享有哪些荣誉称号？")
    ('精品农业先行区', '零陵享有哪些荣誉称号？')
    >>> split_topic("这块地多少亩？")
    (None, '这块地多少亩？')
    >>> split_topic("园区要成立的那个担保公司，担保额度定的多少？")
    ('担保公司', '担保额度定的多少？')
    """
    m = _TOPIC.match(question.strip()) or _POINTED.match(question.strip())
    topic = m and next((m.groupdict()[g] for g in ("topic1", "topic2", "topic3", "topic") if m.groupdict().get(g)), None)
    if not topic or not _HAN_PAIR.search(topic) or owner(topic):
        return None, question
    return topic, m.group("rest")


def near_topic(topic: str, answer: Answer) -> bool:
    """Whether the first item of ``answer`` stands in text sharing a two-character word with ``topic``.

    The text of an item is its clause (``detail``), its cited passage and that passage's part, chapter,
    section and box titles; an answer without items is judged by its citations.
    """
    words = set(_HAN_PAIR.findall(topic))

    def near(*texts: str | None) -> bool:
        return any(w in (t or "") for w in words for t in texts) or any(shortened_in(topic, t or "") for t in texts)

    def cited(c) -> tuple[str | None, ...]:
        return (c.text, c.part, c.chapter, c.section, c.box) if c is not None else ()

    if answer.items:
        # The topic is said before the first part; a later part naming its own thing stands on its own checks.
        first = answer.items[0]
        return near(first.label, first.detail, *cited(first.citation))
    return any(near(*cited(c)) for c in answer.citations)


#: The most characters a short form's long form prints between two of its characters (文保 of 文物保护).
_SHORT_GAP = 2


def shortened_in(topic: str, text: str) -> bool:
    """Whether a topic of two or three characters is the short form of words ``text`` prints (文保 of 文物保护, 招商
    of 招大商): its characters in order, at most two between each — the genre's 简称 keeps one character a word.

    >>> shortened_in("文保", "全国重点文物保护单位"), shortened_in("文保", "文化事业和社会保障")
    (True, False)
    """
    if not 2 <= len(topic) <= 3 or not _HAN_PAIR.match(topic):
        return False
    return re.search(f".{{0,{_SHORT_GAP}}}".join(map(re.escape, topic)), text) is not None


def split_heading(question: str) -> tuple[tuple[str, int | str] | None, str]:
    """The heading said first (level field, number) and the question after it, or ``(None, question)``.

    Examples
    --------
    >>> split_heading("第35章里说要建成几个污水处理厂？")
    (('chapter', 35), '要建成几个污水处理厂？')
    >>> split_heading("第三篇讲了什么？"), split_heading("第35章的标题是什么？")
    ((None, '第三篇讲了什么？'), (None, '第35章的标题是什么？'))
    >>> split_heading("园区强基那一章说，到2025年园区产值要达到多少？")
    (('chapter', '园区强基'), '到2025年园区产值要达到多少？')
    """
    if (named := _HEADING_NAMED.match(question.strip())) and _ASKS_FIGURE.search(named.group("rest")):
        return (_LEVEL_FIELD[named.group("level")], named.group("title")), named.group("rest")
    m = _HEADING_FIRST.match(question.strip())
    if not m or not _ASKS_FIGURE.search(m.group("rest")) or m.group("rest").startswith(("的", "标题", "叫", "有", "是", "讲", "下")):
        return None, question
    n = int(m.group("n")) if m.group("n").isdigit() else parse_cn_number(m.group("n"))
    return ((_LEVEL_FIELD[m.group("level")], n), m.group("rest")) if n else (None, question)


#: 「专栏26.4中湘江西路零陵段全长多少」: a box said first, the question about one of its items after it.
_BOX_FIRST = re.compile(r"^(?:在)?专栏(?P<n>[0-9]{1,3}(?:\.[0-9]{1,2})?)(?:里面|里|中|内|的)(?P<rest>[^，,？?]{4,}.*)$")


def split_box(question: str) -> tuple[str | None, str]:
    """The box number said first and the question after it, or ``(None, question)``.

    >>> split_box("专栏26.4中湘江西路零陵段全长多少？"), split_box("专栏26.4有几个项目")
    (('26.4', '湘江西路零陵段全长多少？'), (None, '专栏26.4有几个项目'))
    """
    m = _BOX_FIRST.match(question.strip())
    if not m or not ASKS.search(m.group("rest")) or m.group("rest").startswith(("有", "是", "讲", "列", "共", "一共", "的", "都")):
        return None, question
    return m.group("n"), m.group("rest")


def in_box(number: str, answer: Answer) -> bool:
    """Whether every item of ``answer`` is cited from 专栏``number`` (never 专栏26.41 for 26.4)."""
    mark = re.compile(rf"^专栏{re.escape(number)}(?![0-9.])")
    return bool(answer.items) and all(i.citation is not None and mark.match(i.citation.box or "") for i in answer.items)


def in_heading(heading: tuple[str, int | str], answer: Answer) -> bool:
    """Whether every item of ``answer`` is cited from the heading ``(level field, number)`` (「第35章 …」)."""
    field, n = heading
    if isinstance(n, str):
        return bool(answer.items) and all(_titled_by(i.citation, n) for i in answer.items)
    mark = re.compile(rf"^第(?:0*{n}|{cn_numeral(n)})[篇章节]")

    def inside(c) -> bool:
        return c is not None and bool(mark.match(getattr(c, field) or ""))

    return bool(answer.items) and all(inside(i.citation) for i in answer.items)


def _titled_by(citation, words: str) -> bool:
    """Whether a heading over ``citation`` (篇, 章 or 节) prints at least 3/4 of the word pairs of ``words``."""
    pairs = set(_HAN_PAIR.findall(words))
    titles = "".join(getattr(citation, f) or "" for f in _LEVEL_FIELD.values()) if citation is not None else ""
    return bool(pairs) and sum(p in titles for p in pairs) >= 0.75 * len(pairs)


def topic_joined(topic: str, rest: str, printed: Callable[[str], bool]) -> str | None:
    """``rest`` with the topic put before the first word of it the plan prints after the topic (「铁路那块，要建多少公里
    新线」: 铁路新线), or None when the plan prints no such pair. The topic then names what the rest asks, as the plan does.

    >>> topic_joined("铁路", "十一五要建多少公里新线？客运专线占多少？", lambda t: t in "建设铁路新线1.7万公里")
    '十一五要建多少公里铁路新线？客运专线占多少？'
    >>> topic_joined("路灯", "装灯率要到多少？", lambda t: t in "城区道路装灯率100%") is None
    True
    >>> topic_joined("污水处理", "村级站要新建几个？", lambda t: t in "新建12个村级污水处理站")
    '村级污水处理站要新建几个？'
    >>> topic_joined("先进制造招商", "每年引进多少个项目？", lambda t: t in "每年引进8个先进制造项目")
    '每年引进多少个先进制造项目？'
    >>> topic_joined("服务中心", "建筑面积要多大？", lambda t: t in "建筑面积为2000平方米的服务中心")
    '服务中心的建筑面积要多大？'
    >>> topic_joined("公厕", "每个镇区最少建几个？", lambda t: False)
    '每个镇区最少建几个公厕？'

    """
    # the topic whole first, then its start (「先进制造招商那块，…项目」: 先进制造项目), four characters at least
    for said in dict.fromkeys([topic] + [topic[:k] for k in range(len(topic) - 1, 3, -1)]):
        for at in range(len(rest) - 1):
            # a word of two to four characters starting here, the longest first (新线, not 新)
            for n in (4, 3, 2):
                word = rest[at : at + n]
                if len(word) == n and _HAN_PAIR.match(word) and word[:2] != said[-2:] and printed(said + word):
                    return rest[:at] + said + rest[at:]
    for at in range(2, len(rest) - 1):
        # 「污水处理这块，村级站要新建几个」: the topic put inside a word the asker cut it out of (村级污水处理站)
        if _HAN_PAIR.match(rest[at - 2 : at]) and "\u4e00" <= rest[at] <= "\u9fff" and printed(rest[at - 2 : at] + topic + rest[at]):
            return rest[:at] + topic + rest[at:]
    # 「园区那个人才服务中心，建筑面积要多大」: a rest asking only an attribute asks it of the topic the plan prints.
    cue = next((c for c in sorted(ATTRIBUTE_CUES, key=len, reverse=True) if rest.startswith(c)), None)
    if cue and printed(topic):
        return f"{topic}的{rest}"
    # 「公厕这块，每个镇区最少建几个？」: a count asked last with no thing after it counts the topic (建几个公厕)
    if (count := _COUNT_LAST.search(rest)) and not _COUNT_LAST.search(rest[: count.start()]):
        return rest[: count.end()] + topic + rest[count.end():]
    return None


#: A count asked at the end of a question part, its counting word and nothing counted after it (建几个？, 要建多少座).
_COUNT_LAST = re.compile(r"(?:多少|几)[个座所家处条项台辆张套间](?=[？?]?$)")


def asks_bare(rest: str) -> bool:
    """Whether ``rest`` (a question after its topic) names nothing of its own: only a time, a modal, a verb of two
    characters at most, the question word and a counting word (「“十四五”要改多少个？」「要疏浚多少公里？」).

    >>> asks_bare("“十四五”要改多少个？"), asks_bare("到2025年要疏浚多少公里？"), asks_bare("“十四五”哪些小区要改？")
    (True, True, False)
    >>> asks_bare("装灯率和亮灯率分别要到多少？"), asks_bare("每年引进多少个项目？")
    (False, False)
    """
    return bool(_BARE_ASK.match(rest))
