"""「第三类场所多久要全覆盖检查一次？」「第二类排查是谁来巡查，多久巡一次？」: how often, as the plan prints it (每月, 每半年).

Work programmes print a frequency as 每日/每月/每半年/每年 in the clause of the act (「确保每半年全覆盖一次」「街道巡查人员每
日开展巡查」), the thing it is of often only in a short run-in title paragraph above (「3.第三类」) or in the heading
(「（三）小区居委」) — no unit the figure readers know. The asked thing is the question without its asking words; the
clause answering it is the one whose heading path, run-in title and sentence print most of its words, and among the
frequencies of that sentence the one whose comma clause holds the act asked (巡 of 「多久巡一次」, 全覆盖 of 「…全覆盖一次」).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of

__all__ = ["FREQUENCY_ASKED", "answer_frequency"]

#: Asking how often: 多久/多长时间…一次, 隔多久, 频次/频率.
FREQUENCY_ASKED = re.compile(r"(?:多久|多长时间|多少时间|多长周期)(?:.{0,10}一次)|隔多久|隔多长时间|(?:频次|频率)(?:是|为)?(?:多少|怎样|如何)")

#: A frequency as printed: 每日, 每月, 每半年, 每两年, 每3个月.
_EVERY = re.compile(r"每(?:[一二三四五六两\d]+个?)?(?:日|天|周|星期|旬|月|季度|季|半年|年)")

#: The asking words: what is left names the thing and its act.
_ASK = re.compile(r"(?:是谁|由谁|谁)(?:来|去)?|(?:要|需要|应当?|得)?(?:多久|多长时间|多少时间|多长周期|隔多久|隔多长时间)|一次"
                  r"|频次|频率|是多少|多少|怎样|如何|[呢吗]|[？?，,。\s]")

#: A short run-in title paragraph (「3.第三类」「（二）第二类」): the thing the paragraphs under it speak of.
_RUN_IN_TITLE = re.compile(r"^(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．])[^。，,；;：:]{1,14}$")

#: Characters too common to show the act asked.
_FILLER = set("要一次的了是来去对")


def _pairs(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _title_above(kb: KB, paras: list[str], at: int) -> str:
    """The run-in title paragraph over ``paras[at]`` and the paragraphs between them, in the same section ('' if none
    within five paragraphs)."""
    section = kb.citation(paras[at]).section
    for k in range(at - 1, max(at - 6, -1), -1):
        if kb.citation(paras[k]).section != section:
            break
        text = kb.norm_text.get(paras[k], "")
        if _RUN_IN_TITLE.match(text):
            return "".join(kb.norm_text.get(p, "") for p in paras[k:at])
    return ""


def answer_frequency(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """How often the asked thing is done, cited.

    Parameters
    ----------
    question : str
        Holds :data:`FREQUENCY_ASKED`.

    Returns
    -------
    Answer or None
        ``found: true`` with one item (label: the frequency as printed, detail: its comma clause) when a sentence with a
        frequency, read with its heading path and run-in title, prints at least 60% of the asked thing's character
        pairs and its comma clause half the characters of the act asked; else ``found: false`` saying the plan
        prints no frequency for it (a passage naming the act is no 多久); ``None`` when no frequency is asked.
    """
    q = normalise_text(question)
    if not (asked := FREQUENCY_ASKED.search(q)):
        return None
    thing = _ASK.sub("", q)
    act = set(_ASK.sub("", q[asked.start():])) - _FILLER
    want = _pairs(thing)
    if len(want) < 2:
        return None  # (nothing named: 「多久一次」 alone)
    paras = [p for p in kb.paragraph_nodes if not plan or plan_of(p) == plan]
    best: tuple[tuple[float, int], str, str, str] | None = None
    for at, para in enumerate(paras):
        text = kb.norm_text.get(para, "")
        if "每" not in text or not _EVERY.search(text):
            continue
        cite = kb.citation(para)
        around = (cite.chapter or "") + (cite.section or "") + _title_above(kb, paras, at)
        for sentence in re.split(r"(?<=[。；;])", text):
            share = round(len(want & _pairs(around + sentence)) / len(want), 2)
            for clause in re.split(r"[，,]", sentence):
                for m in _EVERY.finditer(clause):
                    score = (share, len(act & set(clause)))
                    if best is None or score > best[0]:
                        best = (score, m.group(0), clause, para)
    # The act asked (清运 of 「多久清运一次」) must be the frequency's own: 「每日非法倾倒…」 is no cleaning round.
    if best is None or best[0][0] < 0.6 or best[0][1] < (len(act) + 1) // 2:
        # A passage naming the act (「严格监管…装修垃圾清运情况」) says no 多久: the plan gives none, said so.
        return Answer(question, f"规划中没有写明{thing}的频次（多久一次）。", False, [], [], kind="fact")
    _, every, clause, para = best
    cite = kb.citation(para)
    item = Item(every, cite, detail=clause)
    return Answer(question, f"{thing}：{every}（原文：“{clause}”）。", True, [item], [cite], kind="fact")
