"""「街道消防安全委员会由谁当主任？」「总河长由谁担任」: who holds a post the plan sets up, as printed (由X担任主任).

Work programmes set up committees and offices and name who heads them in the clause creating them — 「各街道设立消防安全
委员会，由行政主要领导担任主任」「成立由街道行政主要领导为主任的消防安全委员会」. The post is the word after 当/担任 in
the question; the holder is what 由 introduces before 担任/兼任/为 + the post in a sentence whose heading path and text
print most of the asked thing's words. A post the plan gives no holder for → ``None`` (the other answerers try).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of

__all__ = ["POST_ASKED", "answer_post_holder"]

#: Asking who holds a post: 由谁当主任, 谁来担任组长, 总河长由谁担任.
POST_ASKED = re.compile(r"(?:由)?谁(?:来)?(?:当|担任|兼任|出任)(?P<post>[\u4e00-\u9fff]{1,6}?)(?:呢|啊)?(?:[？?。]|$)"
                        r"|(?P<post2>[\u4e00-\u9fff]{1,6}?)(?:由|是)谁(?:来)?(?:担任|当|兼任)(?:[？?。]|$)")


def _pairs(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def answer_post_holder(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """Who the plan makes hold the asked post of the asked thing, cited.

    Returns
    -------
    Answer or None
        ``found: true`` with one item (label: the holder, detail: the clause) when a sentence prints 由X担任/为 the post
        and, with its heading path, at least 60% of the asked thing's character pairs; ``None`` otherwise.
    """
    q = normalise_text(question)
    m = POST_ASKED.search(q)
    if m is None:
        return None
    post = m["post"] or m["post2"]
    thing = re.sub(r"(?:的|由|是)$", "", q[:m.start()]) if m["post"] else q[:m.start("post2")]
    thing = re.sub(r"(?:的)$", "", thing)
    want = _pairs(thing)  # (none: 「总河长由谁担任」 names the post alone — one holder printed for it answers)
    held = re.compile(rf"由(?P<who>[^，,。；;（()）]{{2,20}}?)(?:担任|兼任|出任|为){re.escape(post)}")
    best: tuple[float, str, str, str] | None = None
    holders: set[str] = set()
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text.get(para, "")
        if post not in text:
            continue
        cite = kb.citation(para)
        for sentence in re.split(r"(?<=[。；;])", text):
            if (h := held.search(sentence)) is None:
                continue
            share = len(want & _pairs((cite.chapter or "") + (cite.section or "") + sentence)) / len(want) if want else 1.0
            # quoted: the clause holding 由X担任 and the one before it (「各街道设立消防安全委员会，由…担任主任」)
            clauses = re.split(r"(?<=[，,])", sentence)
            at = next(k for k, c in enumerate(clauses) if h["who"] in c)
            quote = "".join(clauses[max(at - 1, 0):at + 1]).rstrip("，,。；;")
            holders.add(h["who"])
            if best is None or share > best[0]:
                best = (share, h["who"], quote, para)
    if best is None or best[0] < 0.6 or not want and len(holders) > 1:
        return None
    _, who, quote, para = best
    cite = kb.citation(para)
    return Answer(question, f"{thing or ''}{'的' if thing else ''}{post}由{who}担任（原文：“{quote}”）。", True,
                  [Item(who, cite, detail=quote)], [cite], kind="fact")
