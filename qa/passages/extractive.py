"""Answers in the plan's own words from the best passages, and the not-found answer.

No text is generated: an open question gets the sentences of the top passages
that share most with the question, each cited. When the passages do not
contain the question's key words, the plan does not answer it and the answer
says so, offering the closest passages as hints.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..answer import PASSAGES_SAID, Answer, Citation, Item
from ..question.frame import PERIOD_TEXT, years_in
from ..question.intent import quoted_phrase
from ..question.aspect import item_aspect_asked
from ..index.kb import KB, normalise_text
from ..enumerations.leadin import as_printed, inline_items
from ..question.ngrams import bigrams
from .topical import HEADING_LINE, MOST, READ, WHOLE, held, line_heading, looks_back, topic_tier, topic_words

__all__ = ["HOW", "content_text", "content_bigrams", "covers", "answer_extractive", "not_found"]

_SENTENCE = re.compile(r"[^。；！？]+[。；！？]?")
_QWORDS = re.compile(
    rf"({PERIOD_TEXT}(?:期间|时期|末)?|(?:19|20)\d\d年|"
    r"规划|纲要|如何|怎样|怎么|为什么|为何|什么|哪些|多少|是否|有没有|请问|采取|提出|关于|方面|措施|举措|推动|推进|"
    r"包括|包含|要|将|发展|有|的|了|吗|呢|是|在|和|与|及|？|\?|，|、|。|“|”|"
    # Spoken verbs of a how-question (打算怎样把X做大做强, 怎么搞好X): how it is asked, not what about.
    r"打算|准备|想|把|做大做强|做强做大|做优做强|做大做优|搞好|搞活|抓好|做好|搞|"
    # 「怎么完成造林任务」: the verb of getting it done is how it is asked; its object (造林任务) is what about
    # (完成造林 read as one bigram 成造 sank the plan's 「造林…实现上述任务的主要措施」 below the cover needed).
    r"完成|落实|达成|"
    # Who says it (报告说, 指引里) and 之间 (省和县之间): how it is asked, not what about.
    r"(?:报告|指引|文件|意见|方案)(?:说|里|中|提出)?|之间)"
)


#: How-questions (「规划如何…」「怎样…」): answered with what the plan will do.
HOW = re.compile(r"如何|怎样|怎么")
#: Questions answered like how-questions when read from passages: those asking for the measures (用哪些措施…).
_HOW_LIKE = re.compile(HOW.pattern + r"|措施|举措|办法|方式|方法")  # 「采取哪些方式来处理」 asks how too


def content_text(question: str) -> str:
    """The question with its question words, frame and punctuation blanked out (what it is about)."""
    return _QWORDS.sub(" ", question)


def _key(question: str) -> set[str]:
    return bigrams(content_text(question).replace(" ", "|"))


#: Words a question and the plan use for one thing; a question is also read with the plan's word.
SYNONYMS = {"物价": "价格", "GDP": "生产总值", "经济总量": "生产总值", "老百姓": "居民", "居住环境": "人居环境"}


def covers(question: str, text: str) -> float:
    """Share of the question's content bigrams that ``text`` holds, the question also read with :data:`SYNONYMS`.

    Examples
    --------
    >>> covers("怎样控制物价上涨？", "明显降低价格上涨幅度") > covers("怎样控制物价上涨？", "降低幅度")
    True
    """
    variants, every = {question}, question
    for word, plan_word in SYNONYMS.items():
        if word in question:
            variants.add(question.replace(word, plan_word))
            every = every.replace(word, plan_word)  # 「老百姓的居住环境」: each word as the plan prints it
    return max(_covers(v, text) for v in variants | {every})


def content_bigrams(question: str) -> set[str]:
    """The question's content bigrams (question words, period names and punctuation left out), as :func:`covers` counts them."""
    return {g for g in _key(question) if "|" not in g}


def _covers(question: str, text: str) -> float:
    """Share of the question's content bigrams that ``text`` holds.

    Examples
    --------
    >>> round(covers("如何改善营商环境？", "持续改善营商环境，深化放管服改革"), 2)
    1.0
    >>> covers("零陵区有多少家三甲医院？", "提升医疗服务能力") < 0.3
    True
    """
    key = content_bigrams(question)
    if not key:
        return 0.0
    return len(key & bigrams(text)) / len(key)


def _hit_citation(kb: KB, hit) -> Citation | None:
    para = kb.paragraph(hit.passage.paragraph, plan=hit.passage.plan)
    if para is None:
        return None
    c = kb.citation(para, score=hit.score)
    return c


def answer_extractive(kb: KB, question: str, hits, *, min_cover: float = 0.5, kind: str = "semantic", limit: int = 4,
                      extra: Sequence = ()) -> Answer | None:
    """The best sentences of the best passages (``hits``' first eight and ``extra``), when they cover the
    question's key words.

    Passages that cover the question much less than the best one are left out,
    so the answer does not trail off into loosely related text.
    """
    every = []
    for hit in [*hits[:READ], *extra]:
        para = kb.paragraph(hit.passage.paragraph, plan=hit.passage.plan)
        # A long paragraph is cut into passages; its words count together (碳达峰 … 碳中和).
        whole = kb.norm_text.get(para, "") if para else ""
        every.append((max(covers(question, hit.passage.text), covers(question, _context(kb, hit)), covers(question, whole)), hit))
    how = bool(_HOW_LIKE.search(question))
    # A how-question's passages by how much they are about its topic (qa.passages.topical): one holding the whole
    # topic answers however few of the question's bigrams it shares (「怎样留住人才」: 「围绕“待遇留人…”」;
    # 「怎么推进农村改厕」: 「开展农村户用无害化卫生厕所改造工程」), and once a passage holds the whole topic, those holding half of it or less (a verb
    # shared) are left out.
    words = topic_words(question) if how else []
    tier = {id(hit): topic_tier(kb, hit, words) for _, hit in every}
    scored = [(cover, hit) for cover, hit in every if cover >= min_cover or tier[id(hit)] >= WHOLE]
    if kind == "list" and (quoted := quoted_phrase(question)):
        # 「首批获得“X”称号的是哪几个」: a passage printing another title lists no X's members.
        scored = [(cover, hit) for cover, hit in scored if quoted in normalise_text(hit.passage.text)]
    if kind == "list" and (asked := item_aspect_asked(kb, question)):
        # 「B段的建设内容包括哪些」: a passage printing the aspect but not B (the A段 item beside it) is a neighbour's
        scored = [(cover, hit) for cover, hit in scored if all(w in normalise_text(hit.passage.text) for w in asked)]
    if how:
        # 「规划打算怎么提升供水质量」 asks what the plan will do: its review's 「4.供水质量待提升」 holds the words
        # but not the measures (管网更新, 二次供水改造). The preface, review, problems and situation are given only
        # when nothing else is on topic, and set no topic floor for the tasks.
        scored = [s for s in scored if not looks_back(s[1], question)] or scored
        # 「3.2加快推动航运绿色化转型。」: a numbered heading printed as a line of its own names the topic, says nothing of how
        scored = [s for s in scored if not HEADING_LINE.fullmatch(normalise_text(s[1].passage.text).strip())] or scored
    # the least a passage must hold of the topic once one holds all of it (its heading's other paragraphs included)
    floor = MOST if any(tier[id(hit)] >= WHOLE for _, hit in scored) else 0
    scored = [(cover, hit) for cover, hit in scored if tier[id(hit)] >= floor]
    if not scored:
        return None
    if how:
        # 「如何发展夜间经济」 asks what the plan will do: a glossary definition of the words comes after the measures;
        # then the topic's tier; a passage under a section titled with the topic (增强粮食安全保障能力) before a
        # chapter's lead.
        scored.sort(key=lambda s: (_is_definition(kb, s[1]), -tier[id(s[1])],
                                   -round(covers(question, s[1].passage.section or ""), 1), -round(s[0], 2)))
    best_cover = max(c for c, _ in scored)
    near: list = []
    if how and (top := _heading_of(kb, scored[0][1])) is not None:
        # 「中央和地方的权限怎么划分」: the paragraphs of the heading the best one is in state the principle
        # together (the 方针 before a list of 原则, the 中心的问题 after it), each with fewer of the question's words.
        # Not below the topic's floor: 「怎么推进农村改厕」's 危房改造 paragraph shares the 节 and 农村, not 厕所.
        near = [hit for cover, hit in every if cover >= _NEAR_SHARE * best_cover and _heading_of(kb, hit) == top
                and tier[id(hit)] >= floor]
        scored += [(cover, hit) for cover, hit in every if cover < min_cover and hit in near]
    items: list[Item] = []
    cites: list[Citation] = []
    asked_years = set(years_in(question))
    for cover, hit in scored:
        c = _hit_citation(kb, hit)
        topical = tier.get(id(hit), 0) >= WHOLE
        if (cover < (_NEAR_SHARE if hit in near else 0.7) * best_cover and not topical) or c is None or any((c.plan, c.id) == (o.plan, o.id) for o in cites):
            continue
        # a how-answer's sentence is read in the whole paragraph (a long one is cut into passages, and the piece
        # retrieved may miss the sentence on the topic: 「…开展农村户用无害化卫生厕所改造工程…」 for 农村改厕)
        para = kb.paragraph(hit.passage.paragraph, plan=hit.passage.plan) if how else None
        sentence = _best_sentence(question, str(kb.attrs(para).get("text") or "") if para else hit.passage.text)
        if how and sentence:
            sentence = _with_items(kb, hit, sentence)
        if asked_years and (dated := set(years_in(sentence))) and not dated & asked_years:
            continue  # 「到2029年要基本建成什么」: a sentence dated 到2035年 (any plan's) answers another year
        cites.append(c)
        if sentence:
            items.append(Item(sentence, c))
        if len(cites) >= limit:
            break
    if not cites:
        return None
    sentences = [i.label if i.label.endswith(("。", "；", "！", "？")) else i.label + "。" for i in items]
    body = _brief(sentences, [i.citation for i in items if i.citation]) if how else "".join(sentences)
    return Answer(question, PASSAGES_SAID + body, True, items, cites, kind=kind)


#: Longest a how-answer's text runs (the passages are its citations, and the items hold every sentence).
_HOW_CHARS = 300


def _brief(sentences: list[str], cites: list[Citation]) -> str:
    """A how-answer's text: the best passages' sentences, best first, while they fit in :data:`_HOW_CHARS` with
    where the first one is printed (``cites``: the sentences' own); the best sentence cut short when it alone is
    longer. The rest stay cited.

    >>> c = Citation("p1", "…", chapter="第22章 乡村振兴", section="第1节 人居环境")
    >>> _brief(["开展农村户用无害化卫生厕所改造工程。", "深化农村改革。"], [c, c])
    '开展农村户用无害化卫生厕所改造工程。深化农村改革。（见第22章 乡村振兴 / 第1节 人居环境等2处）'
    >>> len(_brief(["很长的一句" * 80 + "。"], [c])) <= _HOW_CHARS - len("规划中的相关表述：")
    True
    """
    # where: the chapter, section and box (the 篇 above them would only lengthen it)
    place = " / ".join(x for x in (cites[0].chapter, cites[0].section, cites[0].box) if x) if cites else ""
    where = f"（见{place}{f'等{len(cites)}处' if len(cites) > 1 else ''}）" if place else ""
    room = _HOW_CHARS - len("规划中的相关表述：") - len(where)
    body = ""
    for sentence in sentences:
        if len(body) + len(sentence) > room:
            break
        body += sentence
    if not body and sentences:
        body = sentences[0][: room - 1] + "…"
    return body + where


#: Share of the best passage's cover a how-answer's passage under the same heading needs.
_NEAR_SHARE = 0.5
#: Longest inline list a how-answer quotes whole after its lead-in.
_ITEMS_CHARS = 600


def _heading_of(kb: KB, hit) -> str | None:
    para = kb.paragraph(hit.passage.paragraph, plan=hit.passage.plan)
    return kb.parent(para) if para else None


def _with_items(kb: KB, hit, sentence: str) -> str:
    """A how-answer's sentence that opens a list numbered inside its paragraph (「应该实行以下的原则：（1）…；」)
    goes on with every item, not only the first."""
    para = kb.paragraph(hit.passage.paragraph, plan=hit.passage.plan)
    numbered = inline_items(kb, para) if para else None
    if not numbered or numbered[0] not in normalise_text(sentence):
        return sentence
    lead, items = numbered
    listed = "；".join(f"（{k}）{as_printed(kb, para, w)}" for k, w in enumerate(items, 1))
    if len(listed) > _ITEMS_CHARS:
        return sentence
    return f"{as_printed(kb, para, lead)}：{listed}。"


#: A sentence stating a target (「城区空气优良天数大于330天/年，优良率达到92%以上」): what is reached, not how.
_TARGET = re.compile(r"(?:达到|大于|小于|超过|不低于|不超过|控制在|下降|提高到|减少)[^，,。；;]{0,6}\d")
#: A restating lead sentence short enough to be a paragraph's title (「多渠道支持退役军人就业创业。」).
_LEAD_CHARS = 30
#: Characters of the sentences after a title-like lead that a how-answer quotes with it.
_HOW_MORE = 120


#: A question word: the clause holding one asks, the others set its topic.
_ASKING = re.compile(r"哪|什么|多少|几|谁|如何|怎|何时|何处")


def asking_clause(question: str) -> str:
    """The clause of a question of several that holds its question word ('' when it has one clause or none does).

    >>> asking_clause("园区那个物流集散中心，打算跟哪个港搞港铁联运、一站通关？")
    '打算跟哪个港搞港铁联运、一站通关'
    >>> asking_clause("物流集散中心跟哪个港搞港铁联运？")
    ''
    """
    clauses = [c for c in re.split(r"[，,；;。？?！!]", question) if c.strip()]
    asking = [c for c in clauses if _ASKING.search(c)]
    return asking[0] if len(clauses) > 1 and len(asking) == 1 else ""


def _best_sentence(question: str, text: str) -> str:
    """The passage's sentence sharing most with the question; for a how-question a target sentence
    counts less than what is done, and a title-like lead goes on with the sentences after it."""
    sentences = _SENTENCE.findall(text)
    how = bool(_HOW_LIKE.search(question))
    words = topic_words(question) if how else []

    def score(s: str) -> float:
        # the topic's words as plans print them (改厕: 厕所改造) count before the question's bigrams
        return len(held(words, s)) + covers(question, s) - (0.5 if how and _TARGET.search(s) else 0.0)

    # 「园区那个物流集散中心，打算跟哪个港搞港铁联运」: the clause holding the question word says what is asked (港铁联运),
    # the one before it names the topic (物流集散中心), which the paragraph's other sentences print too — so what the
    # asking clause shares counts twice. (A how-question's asking clause is its verb; its topic words count above.)
    asking = "" if how else asking_clause(question)
    best = max(sentences, key=lambda s: score(s) + (covers(asking, s) if asking else 0.0), default="")
    if not how or not best:
        return best.strip()
    at = sentences.index(best)
    if _TARGET.search(best) and not len(held(words, best)) > max((len(held(words, s)) for s in sentences
                                                                   if not _TARGET.search(s)), default=0):
        # (a target sentence that alone prints the topic — 「开展农村户用无害化卫生厕所改造工程，到2025年…」 for 改厕 —
        # is what is done, and stays)
        # 「实现城市空气质量明显改善，…下降10%以上。市区建成区实现“禁煤区”全覆盖，…」: the target restates the
        # question; how it is reached is in the sentences after it.
        # A paragraph may also open with its measures and close with the target they reach.
        after = [s for s in sentences[at + 1:] + sentences[:at] if not _TARGET.search(s)]
        best = after[0] if after else best
        sentences = after if after else sentences
        at = 0
    if len(best) <= _LEAD_CHARS and (at == 0 or _run_in_head(best)):
        # 「多渠道支持退役军人就业创业。引导退役军人…」: the lead restates the question; how is in what follows — also
        # for a run-in head inside its paragraph (「…全面绿色转型。提升大气环境质量。深入实施…」), up to the next head.
        # The first sentence of body after the head is always quoted (up to _FIRST_MORE characters); a head right
        # after the head is its sub-head (「促进…融合发展。以资本为纽带激活航贸实体产业生态圈。支持…」), no body of its
        # own: the body after it is quoted with both.
        body = False
        for more in sentences[at + 1:]:
            head = _run_in_head(more)
            if (head and body) or len(best) + len(more) > _LEAD_CHARS + (_HOW_MORE if body else _FIRST_MORE):
                break
            best += more
            body = body or not head
    return best.strip()


#: Characters the first sentence after a run-in head may have to be quoted with it.
_FIRST_MORE = 300


def _run_in_head(sentence: str) -> bool:
    """A run-in head: a short sentence of one phrase (「提升大气环境质量。」), no comma or colon in it.

    >>> _run_in_head("提升大气环境质量。"), _run_in_head("加强协同控制，强化减排。"), _run_in_head("深入实施清洁空气行动计划并全面加强工业窑炉和柴油货车等重点领域细颗粒物和臭氧协同控制。")
    (True, False, False)
    """
    s = sentence.strip()
    return len(s) <= _LEAD_CHARS and s.endswith("。") and not re.search(r"[，,：:、；;]", s)


def _is_definition(kb: KB, hit) -> bool:
    """A glossary entry or an indicator row: what a thing is or the level it reaches, not how the plan gets there."""
    para = kb.paragraph(hit.passage.paragraph, plan=hit.passage.plan)
    return bool(para) and kb.attrs(para).get("kind") in ("term", "indicator")


def _context(kb: KB, hit) -> str:
    """A passage read with its headings: the 章/节/专栏 titles and the numbered heading line it is printed under
    (「3.2加快推动航运绿色化转型。」 over the paragraph that says how)."""
    p = hit.passage
    para = kb.paragraph(p.paragraph, plan=p.plan)
    return " ".join(x for x in (p.chapter, p.section, p.box, line_heading(kb, para) if para else None, p.text) if x)


def not_found(kb: KB, question: str, hits, *, what: str | None = None, kind: str = "unanswerable") -> Answer:
    """「规划中未找到…」 with the closest passages as hints (not as evidence)."""
    hints = [c for h in hits[:3] if (c := _hit_citation(kb, h)) is not None]
    subject = f"关于“{what}”的" if what else "能回答这个问题的"
    text = f"规划中未找到{subject}明确内容。"
    if hints:
        text += "以下段落可能相关，仅供参考。"
    return Answer(question, text, False, [], hints, kind=kind)
