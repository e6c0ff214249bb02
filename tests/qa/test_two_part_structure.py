"""A question of two structure parts joined by 「，」 answers both, each with its own citation: 「专栏2是关于什么的，
放在哪一章」「专栏1在第几章，叫什么」「第三章有几节，分别叫什么」 — read as two sentences are
(qa.followup.structure_parts). On an invented city plan (tests/data/two-part-structure-plan.txt); probeH h-s12
answered only the box's items."""
from __future__ import annotations

import pytest

from qa.followup import structure_parts
from tests.conftest import DATA

PLAN = DATA / "two-part-structure-plan.txt"


@pytest.mark.parametrize("question, parts", [
    ("专栏2是关于什么的，放在哪一章？", ["专栏2是关于什么的？", "专栏2放在哪一章？"]),
    ("专栏1在第几章，叫什么？", ["专栏1在第几章？", "专栏1叫什么？"]),
    ("第三章有几节，分别叫什么？", ["第三章有几节？", "第三章包括哪几节？"]),
])
def test_comma_parts_are_parts(question, parts):
    assert structure_parts(question) == parts


@pytest.mark.parametrize("question", ["“提升城市品质，完善城市功能”在第几章？", "专栏2有几项？"])
def test_one_part_is_not_cut(question):
    # a comma inside a quoted title, or no comma at all: one question
    assert structure_parts(question) is None


@pytest.mark.parametrize("question, title, chapter", [
    ("专栏2是关于什么的，放在哪一章？", "城市更新重点工程", "第三章"),
    ("专栏2讲的是什么，在第几章？", "城市更新重点工程", "第三章"),
    ("专栏1是关于什么的，放在哪一章？", "服务业发展重点领域", "第二章"),
    ("专栏1在哪一章，标题是什么？", "服务业发展重点领域", "第二章"),
])
def test_box_topic_and_chapter_both_answered(plan, question, title, chapter):
    a = plan.ask(question)
    assert a.found, a.answer
    assert title in a.answer and chapter in a.answer, a.answer
    assert any(c.box and title in c.box for c in a.citations), a.answer


def test_count_and_names_both_answered(plan):
    a = plan.ask("第三章有几节，分别叫什么？")
    assert a.found and ("3节" in a.answer or "三节" in a.answer), a.answer
    for title in ("提升城市品质", "全面推进乡村振兴", "促进县域经济发展"):
        assert title in a.answer, a.answer
