"""How much a passage is about a how-question's topic, read by the topic's meaning-bearing words.

「规划打算怎样留住人才」 is about 留住 and 人才: the paragraph that opens 「坚持人才优先战略，围绕“待遇留人…”」 is
about it, one that ends 「…推动企业与教育紧密结合，留住优秀人才」 under 突出教育服务社会功能 only mentions it. A
heading, 专栏 title or a paragraph's lead sentence holding the topic is the strongest evidence; a body holding it
comes next; a passage sharing one verb with the question is weak evidence whatever its bigram overlap.

The topic's words are matched as plans print them: literally, as a bracketed alternative (低（零）碳 prints 低碳 and
零碳, 充（换）电 prints 充电 and 换电), or two words the question says side by side shortened to their first
characters (the genre's 简称: 留人 for 留住人才 or 把人才留下来, 粮安 for 粮食安全).
"""
from __future__ import annotations

import re
from typing import Sequence

from kg.extract.targets import is_review_heading

from ..index.bm25 import tokenize
from ..index.kb import KB, normalise_text, plan_of
from ..index.retrieve import Hit

__all__ = ["HEADING_LINE", "READ", "HEADS", "WHOLE", "MOST", "topic_words", "spelled_out", "held", "topic_tier", "heading_hits",
           "looks_back", "line_heading"]

#: The generic verbs a how-question leads with (推动, 加强, 提升…), and how it joins or settles things (让A和B结合起来,
#: 解决…问题): said of any topic, no part of it. 改造 is one (危房改造, 旧村改造, 厕所改造): 「农村厕所改造」 is about 厕所,
#: and a paragraph on 农村危房改造 shares its words 农村 and 改造 only.
_GENERIC_VERB = re.compile(r"(?:深入|全面|大力|积极|加快|着力|持续|进一步|不断)?(?:深化|推进|推动|加快|加强|完善|健全|实施|促进|"
                           r"提升|提高|增强|改善|建设|构建|发展|实行|落实|强化|做好|抓好|搞好|实现|开展|坚持|"
                           r"结合|融合|起来|解决|问题|拓展|改造|安排|部署)")  # 「对X是怎么安排的」: the asker's verb
#: Words an asker says for what plans print otherwise (the genre's vocabulary, not one plan's names).
_PLAN_WORDS = {"矿山": ("矿区",), "非遗": ("非物质文化遗产",), "老人": ("老年人", "养老"), "小孩": ("儿童", "婴幼儿")}
#: Characters joining or framing a question's words, never part of one (让A和B…).
_JOINING = re.compile(r"[让和与及的了把被对向在跟同要将]")
#: The plan's own place said by the asker (县里, 全区, 我们): where, not what about.
_OWN_PLACE = re.compile(r"[省市县区镇乡村]里|[全本我][省市县区镇乡]|我们|咱们|这里")
#: 「低（零）碳」: a one- or two-character alternative in brackets between two characters (NFKC brackets).
_ALTERNATIVE = re.compile(r"(\w)\((\w{1,2})\)(\w)")
#: A paragraph's lead: its text up to the first full stop (the run-in head 「1.加大人才引进力度。」 or opening sentence).
_LEAD = re.compile(r"[^。；！？]+")
#: A numbered heading printed as a line of its own (「3.2加快推动航运绿色化转型。」「3.加快航运数字智能绿色转型」): a title, no clause.
HEADING_LINE = re.compile(r"\d+(?:\.\d+)*[.、]?[^，,；;。：:]{2,30}。?")
#: Retrieval hits an extractive answer reads (those below are no answer unless added as a heading's).
READ = 8
#: Headings whose title holds the topic add at most this many paragraphs each, from this many headings.
_PER_HEADING, _HEADINGS = 2, 3
#: Paragraphs printing the whole topic added where retrieval missed them.
_WHOLE = 3


def topic_words(question: str) -> list[str]:
    """The meaning-bearing words of a how-question, in its order: its content (question words, frame and
    punctuation left out) cut by jieba, whole words only, generic verbs dropped.

    >>> topic_words("规划打算怎样留住人才？"), topic_words("县里怎么留住人才？")
    (['留住', '人才'], ['留住', '人才'])
    >>> topic_words("规划怎么推动交通运输低碳、零碳？"), topic_words("怎么让非遗和旅游结合起来？")
    (['交通运输', '低碳', '零碳'], ['非遗', '旅游'])
    """
    from .extractive import content_text

    content = content_text(question)
    tokens = _one_character_names(content, tokenize(content))
    # a word jieba cuts into single characters (非遗 → 非, 遗) is the run of them its tokens leave uncovered
    rest = content
    for t in sorted((t for t in tokens if len(t) >= 2), key=len, reverse=True):
        rest = rest.replace(t, " ")
    runs = [r for r in re.split(r"[^\u4e00-\u9fff]+", _JOINING.sub(" ", rest)) if len(r) >= 2]
    ordered = sorted(tokens + runs, key=lambda w: content.find(w))
    words = [w for w in ordered if len(w) >= 2 and not _GENERIC_VERB.fullmatch(w) and not _OWN_PLACE.fullmatch(w)]
    whole = [w for w in words if not any(w != o and w in o for o in words)]
    return list(dict.fromkeys(whole))


def _one_character_names(content: str, tokens: list[str]) -> list[str]:
    """``tokens`` with a one-character name jieba leaves alone (锰, 铝, 油) joined to the word right after it, which it
    names (「规划对锰产业发展是怎么安排的」: 锰产业) — alone it would be dropped as no word, and the topic lost.

    A character ending the word before it (间隔带: 间隔, 带) is no name, nor is one before a generic verb (带建设).

    >>> _one_character_names("对锰产业 安排", ["对", "锰", "产业", "安排"])
    ['对', '锰产业', '安排']
    >>> _one_character_names("生态间隔带建设 用地", ["生态", "间隔", "带", "建设", "用地"])
    ['生态', '间隔', '带', '建设', '用地']
    """
    out: list[str] = []
    for t in tokens:
        one = out[-1] if out else ""
        alone = len(out) < 2 or _JOINING.fullmatch(out[-2]) or out[-2] + one not in content  # nothing runs into it
        if len(one) == 1 and "\u4e00" <= one <= "\u9fff" and not _JOINING.fullmatch(one) and alone \
                and len(t) >= 2 and not _GENERIC_VERB.fullmatch(t) and one + t in content:
            out[-1] += t
        else:
            out.append(t)
    return out


def spelled_out(text: str) -> str:
    """``text`` normalised with each bracketed alternative written out as both words.

    >>> spelled_out("交通运输低（零）碳技术攻坚工程")
    '交通运输低碳、零碳技术攻坚工程'
    """
    return _ALTERNATIVE.sub(r"\1\3、\2\3", normalise_text(text))


def held(words: Sequence[str], text: str) -> set[str]:
    """The ``words`` that ``text`` prints: literally, as a bracketed alternative, or — two words side by side in
    the question — shortened to their first characters.

    >>> sorted(held(["留住", "人才"], "围绕“待遇留人、事业留心、环境留魂”"))
    ['人才', '留住']
    >>> sorted(held(["留住", "人才"], "加大人才引进力度"))
    ['人才']
    """
    t = spelled_out(text)
    found = {w for w in words if w in t or any(p in t for p in _PLAN_WORDS.get(w, ())) or _spelled_apart(w, t)}
    for a, b in zip(words, words[1:]):
        # either order: 留人 for 留住人才 and for 把人才留下来
        if a[0] + b[0] in t or b[0] + a[0] in t:
            found |= {a, b}
    return found


def _spelled_apart(word: str, text: str) -> bool:
    """A two-character word said short for the phrase ``text`` prints its characters in, either order, at most
    two characters apart (改厕 for 厕所改造, 控煤 for 控制燃煤).

    >>> _spelled_apart("改厕", "实施农村户用无害化卫生厕所改造工程"), _spelled_apart("改厕", "推进农村危房改造")
    (True, False)
    """
    if len(word) != 2:
        return False
    a, b = map(re.escape, word)
    return bool(re.search(f"{a}.{{0,2}}{b}|{b}.{{0,2}}{a}", text))


def _heads(kb: KB, hit: Hit) -> str:
    """The texts that say what a passage is about: its heading and box titles, the numbered heading line it is
    printed under, and its paragraph's lead."""
    p = hit.passage
    para = kb.paragraph(p.paragraph, plan=p.plan)
    lead = _LEAD.match(kb.norm_text.get(para, "") if para else p.text)
    line = line_heading(kb, para) if para else None
    return "|".join(x for x in (p.chapter, p.section, p.box, line, lead.group(0) if lead else "") if x)


def _is_line(kb: KB, para: str) -> bool:
    return bool(HEADING_LINE.fullmatch(kb.norm_text.get(para, "").strip()))


def _siblings(kb: KB, para: str) -> list[str]:
    """The paragraphs printed under the same heading as ``para``, in reading order."""
    parent = kb.parent(para)
    return sorted((u for u, _ in kb.inn(parent, "partOf") if kb.type(u) == "Paragraph"), key=kb._reading_order) if parent else []


def line_heading(kb: KB, para: str) -> str | None:
    """The numbered heading line a paragraph is printed under, where a plan's lowest headings are lines of text the
    tree keeps as paragraphs (「3.2加快推动航运绿色化转型。」 over the paragraph saying how): the nearest such line
    before it under its heading, or None (a heading line itself has none)."""
    if _is_line(kb, para):
        return None
    before = _siblings(kb, para)
    before = before[: before.index(para)] if para in before else []
    return next((kb.norm_text[p] for p in reversed(before) if _is_line(kb, p)), None)


def _under_line(kb: KB, line: str) -> list[str]:
    """The paragraphs printed under a numbered heading line, up to the next such line."""
    siblings = _siblings(kb, line)
    out = []
    for p in siblings[siblings.index(line) + 1:] if line in siblings else []:
        if _is_line(kb, p):
            break
        out.append(p)
    return out


#: Headings of where a plan stands beside its review (is_review_heading: 回顾, 发展基础, 成就): the problems it names
#: and the situation it faces — what is lacking, not what the plan will do.
_STANDING = re.compile(r"存在的?(?:主要)?问题|主要问题|面临的?(?:形势|挑战)|形势(?:与|和)(?:挑战|机遇)|机遇(?:与|和)挑战|"
                       r"发展形势|发展现状|现状(?:与|和|分析)")
#: A question asking about the look back itself: how the last period went (怎么样, 成效如何), its situation or base.
_ASKS_BACK = re.compile(r"回顾|成就|成效|成绩|(?:发展|现实)基础|形势|现状|怎么样|过去|取得")
#: A five-year period named (“十三五”): a question naming the one a review heading names asks that review.
_PERIOD = re.compile(r"十[一二三四五六七八九]?五")


def looks_back(hit: Hit, question: str) -> bool:
    """Whether a passage is the plan's look back for a how-question — the preface (no heading: why the plan is made,
    the 短板 it names), a review, problems or situation heading — and the question does not ask about that.

    >>> from embeddings.passages import Passage
    >>> def hit(*labels): return Hit(Passage("p#1", "p", "…", *labels, "x"), 0.0)
    >>> looks_back(hit(None, "一、“十三五”工作回顾", "（二）主要存在问题", None), "怎么提升供水质量？")
    True
    >>> looks_back(hit(None, "三、主要任务", "（一）完善供水保障体系", None), "怎么提升供水质量？")
    False
    >>> looks_back(hit(None, "一、“十三五”工作回顾", None, None), "“十三五”期间供水质量提升得怎么样？")
    False
    """
    labels = hit.passage.labels
    if _ASKS_BACK.search(question):
        return False
    if not labels:
        return True
    named = set(_PERIOD.findall(question))
    return any((is_review_heading(label) or _STANDING.search(label)) and not named & set(_PERIOD.findall(label))
               for label in labels)


#: Tiers of :func:`topic_tier`: headings or lead hold the whole topic, the paragraph does, it holds most of it.
HEADS, WHOLE, MOST = 3, 2, 1


def topic_tier(kb: KB, hit: Hit, words: Sequence[str]) -> int:
    """:data:`HEADS` when the passage's headings or lead hold every topic word, :data:`WHOLE` when its paragraph
    does, :data:`MOST` when it holds more than half of them, else 0 (none asked: 0)."""
    if not words:
        return 0
    heads = _heads(kb, hit)
    if len(held(words, heads)) == len(words):
        return HEADS
    para = kb.paragraph(hit.passage.paragraph, plan=hit.passage.plan)
    share = len(held(words, heads + "|" + (kb.norm_text.get(para, "") if para else hit.passage.text))) / len(words)
    return WHOLE if share == 1 else MOST if share > 0.5 else 0


def heading_hits(kb: KB, passages: Sequence, question: str, hits: Sequence[Hit], *, plan: str | None = None) -> list[Hit]:
    """Passages the retrieval left out whose heading or 专栏 title holds every topic word (专栏7 交通运输低（零）碳
    技术攻坚工程 for 「怎么推动交通运输低碳、零碳」): the first paragraphs of the first such headings, in reading order;
    then a few paragraphs printing every topic word."""
    words = topic_words(question)
    if not words:
        return []
    seen = {(h.passage.plan, h.passage.paragraph) for h in hits[:READ]}
    first = {}
    for p in passages:
        first.setdefault((p.plan, p.paragraph), p)
    titled = [h.node for h in kb.headings.rows
              if h.title and (not plan or plan_of(h.node) == plan)
              and len(held(words, h.title)) == len(words)]
    # (a numbered heading line kept as a paragraph — 「3.2加快推动航运绿色化转型。」 — titles the paragraphs after it)
    titled += [p for p in kb.paragraph_nodes if (not plan or plan_of(p) == plan) and _is_line(kb, p)
               and len(held(words, kb.norm_text[p])) == len(words)]
    paras = [node for node in sorted(titled, key=kb._reading_order)[:_HEADINGS]]
    out: list[Hit] = []
    for node in paras:
        own = _under_line(kb, node) if kb.type(node) == "Paragraph" else \
            sorted((u for u, _ in kb.inn(node, "partOf") if kb.type(u) == "Paragraph"), key=kb._reading_order)
        for para in own[:_PER_HEADING]:
            key = (plan_of(para), str(kb.attrs(para).get("pid")))
            if key in first and key not in seen:
                seen.add(key)
                out.append(Hit(first[key], 0.0))
    if len(words) >= 2:
        # 「怎么推进农村改厕」: paragraphs printing every topic word (厕所改造 for 改厕) that retrieval ranked low, the
        # densest first — a topic is said again and again where it is dealt with.
        whole = [(sum(spelled_out(kb.norm_text[p]).count(w) for w in words), p) for p in kb.paragraph_nodes
                 if (not plan or plan_of(p) == plan) and len(held(words, kb.norm_text[p])) == len(words)]
        for _, para in sorted(whole, key=lambda x: (-x[0], kb._reading_order(x[1])))[:_WHOLE]:
            key = (plan_of(para), str(kb.attrs(para).get("pid")))
            if key in first and key not in seen:
                seen.add(key)
                out.append(Hit(first[key], 0.0))
    return out
