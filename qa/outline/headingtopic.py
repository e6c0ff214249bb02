"""What a heading the question names says: 「保障措施讲了哪些内容？」「“加快数据要素市场化流通”讲了什么？」
「重点任务这部分主要讲什么？」.

The words before the question's 讲了什么/有哪些内容 are looked up as a heading's title (whole, the genre's other
words for it, or a title ending with them — :func:`qa.outline.headcount.headings_named`); that heading answers with the
parts it lists, else its own text (:func:`qa.enumerations.lists.heading_answer`), cited. Words that title no heading but
one numbered item (「12.新增消防站点建设。建成…。完成…。」, asked 「新增消防站点建设有哪些项目/包括哪些内容」) answer with
the sentences the item prints after its title. Words that title neither answer nothing here (the topic and passage
answerers read them).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from .headcount import NAMES_HEADING, headings_named
from ..question.intent import PLAN_SAYS
from ..index.kb import KB, normalise_text
from ..enumerations.lists import heading_answer
from ..enumerations.numbered import NumberedItem, item_sentences, item_title, numbered_items, titled_item

__all__ = ["TOPIC_ASKED", "asks_topic", "answer_heading_topic"]

#: 「X（这部分）（主要）讲了什么」「X包括哪些内容」「X写了啥」: X is a heading's title.
TOPIC_ASKED = re.compile(
    r"^(?:请问)?(?:" + PLAN_SAYS + r"|(?:规划|纲要|本规划)(?:中|里|的)+)?[“\"「]?(?P<x>[^“”\"「」？?，,]{2,30}?)[”\"」]?"
    r"(?P<level>[这那该]一?(?:部分|篇|章|节|块|方面)|部分|一节|一章)?(?:里|中)?(?:主要|具体|都)?"
    # 「X有哪些」「X包括哪些」 alone ask X's members (战略性新兴产业有哪些: the industries), not the heading's parts.
    r"(?:(?:讲了?|说了?|写了?|谈了?|提了?|部署了?|安排了?)(?:哪些|什么|啥|些什么)(?:内容|方面|东西|事情?)?"
    r"|(?:包括了?|包含了?|有)(?:哪些|什么|啥|些什么)(?:内容|方面|东西|事情?)"
    # 「“技能激励”行动包括哪些具体任务」「X下面列了哪几条」: the tasks a heading lists (「X有哪些」 alone stays X's members).
    r"|(?:下面|里面)(?:包括了?|包含了?|有|列了?|提出了?|部署了?|安排了?)(?:哪些|哪几条|哪几项|什么)(?:具体)?(?:任务|举措|措施|工作|要求)?"
    # 「组织保障有哪几条措施」: a counted ask names the heading's parts by the genre's words for them
    r"|(?:包括了?|包含了?|有|列了?|提出了?|部署了?|安排了?)(?:(?:哪几条|哪几项)(?:具体)?(?:任务|举措|措施|工作|要求)?"
    r"|(?:哪些|什么)(?:具体)?(?:任务|举措|措施|工作|要求)))[？?。]?$")
#: 「新增消防站点建设有哪些项目」: the works a numbered item's title announces (read only where an item is titled so).
_WORKS_ASKED = re.compile(
    r"^[“\"「]?(?P<x>[^“”\"「」？?，,]{4,30}?)[”\"」]?(?:里|中)?(?:主要|具体|都)?(?:包括了?|包含了?|有|安排了?|部署了?)"
    r"(?:哪些|什么)(?:具体|重点)?(?:建设)?(?:项目|工程)[？?。]?$")
_QUOTES = re.compile(r"[“”\"「」]")
_ENUMERATOR = re.compile(r"^(?:第[0-9一二三四五六七八九十百〇零两]+[篇章节部分]|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[)）])")


def asks_topic(question: str) -> re.Match | None:
    """The :data:`TOPIC_ASKED` match of ``question`` read without quotes (「“技能激励”行动包括哪些具体任务」), or None."""
    text = _QUOTES.sub("", normalise_text(question))
    return TOPIC_ASKED.match(text) or _WORKS_ASKED.match(text)


def answer_heading_topic(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「保障措施讲了哪些内容？」: the heading titled by the words asked about, its parts or text, cited."""
    # A quoted part of the title (「“技能激励”行动」) is read with the words around it.
    m = asks_topic(question)
    if not m:
        return None
    found = headings_named(kb, _ENUMERATOR.sub("", m["x"]), plan=plan, inside=bool(NAMES_HEADING.match(m.groupdict().get("level") or "")))
    if not found and (item := titled_item(kb, m["x"], plan=plan)) and (said := item_sentences(kb, item.paragraph)):
        return _item_answer(kb, question, item, said)
    if m.re is _WORKS_ASKED or len(found) != 1:
        return None  # none, or several alike (each chapter's 主要任务): the topic answerers weigh them
    if re.search(r"具体|几条|几项", question) and (numbered := numbered_items(kb, found[0])):
        # 「主要任务包括哪些具体任务」: the items numbered under its sub-headings, each under its sub-heading.
        items = [Item(f"{it.number}.{item_title(kb, it.paragraph)}", kb.citation(it.paragraph)) for it in numbered]
        runs: dict[str, list[str]] = {}
        for it, item in zip(numbered, items):
            runs.setdefault(kb.heading(it.heading), []).append(item.label)
        text = f"{kb.heading(found[0])}下共列{len(items)}条：" + "；".join(f"{h}：{'，'.join(ls)}" for h, ls in runs.items()) + "。"
        return Answer(question, text, True, items, [i.citation for i in items[:12] if i.citation], kind="semantic")
    answer = heading_answer(kb, question, found[0])
    if answer is not None:
        answer.kind = "semantic"
    return answer


def _item_answer(kb: KB, question: str, item: NumberedItem, said: list[str]) -> Answer:
    """A numbered item's sentences after its title, each an item cited to the item's paragraph."""
    cite = kb.citation(item.paragraph)
    text = (f"{kb.heading(item.heading)}下第{item.number}条“{item_title(kb, item.paragraph)}”包括{len(said)}项："
            + "；".join(said) + "。")
    return Answer(question, text, True, [Item(s, cite) for s in said], [cite], kind="semantic")
