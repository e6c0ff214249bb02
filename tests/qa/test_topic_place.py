"""「讲数字经济的是第几章」: a structure question naming a topic, nothing linked, answered by the heading whose title
prints the topic (第11章 大力推动数字经济发展) before the chapters of the passages nearest in meaning (set 15 e15-17 led
with 第3章 发展构想, a sentence there naming 数字经济). A 篇 titled with the topic when a 章 is asked leaves the passages
to speak, as before."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", ["讲数字经济的是第几章？", "数字经济在第几章？", "规划里关于数字经济的是哪一章", "数字经济放在哪一章"])
def test_the_chapter_titled_with_the_topic_leads(engine, question):
    a = engine.ask(question)
    assert a.found and a.answer.split("另见")[0].count("第11章") >= 1 and "第3章" not in a.answer.split("另见")[0], a.answer


def test_its_part_is_the_chapters(engine):
    a = engine.ask("讲数字经济的是哪一篇？")
    assert a.found and a.answer.split("另见")[0].startswith("最相关的段落出现在第3篇"), a.answer


def test_a_topic_no_title_prints_keeps_the_passages(engine):
    # 乡村振兴 titles 第5篇 (above a chapter): no single chapter is said to be titled with it
    a = engine.ask("讲乡村振兴的是第几章？")
    assert a.found and "第5篇" in a.answer, a.answer
