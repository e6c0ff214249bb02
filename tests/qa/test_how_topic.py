"""「规划如何/怎样/怎么…」: the passages about the question's topic first — a heading, 专栏 title or paragraph lead
holding its meaning-bearing words (matched as plans print them: 留人 for 留住人才, 低（零）碳 for 低碳、零碳) —
before a passage sharing one verb with it; on an invented county plan (tests/data/how-topic-plan.txt)."""
from __future__ import annotations

import pytest

from qa.passages.topical import held, spelled_out, topic_words
from tests.conftest import DATA

PLAN = DATA / "how-topic-plan.txt"


@pytest.mark.parametrize("words, text, expected", [
    (["留住", "人才"], "围绕“待遇留人、事业留心”", {"留住", "人才"}),
    (["人才", "留下来"], "围绕“待遇留人、事业留心”", {"留下来", "人才"}),
    (["公交", "低碳", "零碳"], "城市公交低（零）碳改造工程", {"公交", "低碳", "零碳"}),
    (["留住", "人才"], "加大人才引进力度", {"人才"}),
    (["粮食", "安全"], "实施粮安工程", {"粮食", "安全"}),
    (["矿山", "生态", "修复"], "加强矿区生态修复", {"矿山", "生态", "修复"}),
    (["非遗", "旅游"], "将非物质文化遗产引入景区", {"非遗"}),
])
def test_topic_words_held_as_printed(words, text, expected):
    assert held(words, text) == expected


def test_bracketed_alternative_spelled_out():
    assert spelled_out("完善充（换）电设施") == "完善充电、换电设施"


@pytest.mark.parametrize("question, words", [
    ("规划打算怎样留住人才？", ["留住", "人才"]),
    ("规划怎么推动交通运输低碳、零碳？", ["交通运输", "低碳", "零碳"]),
    ("规划打算怎么让非遗和旅游结合起来？", ["非遗", "旅游"]),
    ("规划怎样解决生态间隔带建设的用地问题？", ["生态", "间隔", "用地"]),
])
def test_generic_verbs_are_no_topic(question, words):
    assert topic_words(question) == words


@pytest.mark.parametrize("question", ["规划打算怎样留住人才？", "县里怎么留住人才？", "规划如何把人才留下来？"])
def test_lead_about_the_topic_comes_before_a_shared_verb(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "待遇留人" in a.items[0].citation.text, a.answer
    assert len(a.answer) <= 300


@pytest.mark.parametrize("question", ["规划怎么推动公交低碳、零碳？", "如何推进公交零碳？", "公交怎样实现低碳、零碳？"])
def test_box_titled_with_the_topic_answers_first(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert a.items[0].citation.box and "低（零）碳" in a.items[0].citation.box, a.answer
    assert "加氢站" in a.answer and len(a.answer) <= 300, a.answer


def test_passage_sharing_only_a_verb_is_left_out(plan):
    a = plan.ask("规划打算怎样留住人才？")
    assert all("生态" not in i.citation.text for i in a.items), a.answer


@pytest.mark.parametrize("question, printed", [
    ("矿山的生态怎么修复？", "改善矿区生态环境"), ("怎样修复矿山生态？", "改善矿区生态环境"),
    ("怎么让非遗和旅游结合起来？", "非物质文化遗产引入景区"), ("非遗怎样和旅游融合？", "非物质文化遗产引入景区"),
])
def test_asker_words_read_as_plans_print_them(plan, question, printed):
    a = plan.ask(question)
    assert a.found and printed in a.items[0].citation.text, a.answer


@pytest.mark.parametrize("question", ["绿道怎么贯通？", "绿道如何贯通？", "城乡绿道怎样贯通？"])
def test_how_word_is_no_part_of_a_name(plan, question):
    # 「绿道怎么贯通」 is not a misspelt 「绿道断点贯通」: the passage answers, it is not refused as another thing's
    a = plan.ask(question)
    assert a.found and "绿道断点贯通" in a.answer, a.answer


@pytest.mark.parametrize("question", ["规划怎么推进农村改厕？", "农村改厕怎么搞？", "如何推进农村改厕？"])
def test_short_word_read_in_the_sentence_printing_it_whole(plan, question):
    # 改厕 is said short for 厕所改造; the sentence printing it answers, even though it also states a target
    a = plan.ask(question)
    assert a.found and "卫生厕所改造" in a.items[0].label, a.answer
