"""Outline wordings held-out seed questions failed with (issue 11, classes 4 and 5), on an invented plan.

* a box asked by the tail of its title (「人才倍增计划有哪几项内容」 for 专栏 「实施清溪人才倍增计划」): the box's items,
  never the passages of another 倍增计划;
* a 篇 asked 「下面有哪几章」: its chapters with their numbers (第二章 …, as printed), as 「包括哪些章」 already is;
* a 篇 asked for its 节: the sections under each chapter, each run under its chapter's number.
"""
from __future__ import annotations

import pytest

from qa.question.wording import box_by_title
from tests.conftest import DATA

PLAN = DATA / "seedwords2" / "outline-boxes-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("q", ["人才倍增计划有哪几项内容？", "人才倍增计划包括哪些？", "“人才倍增计划”里列了哪些？",
                               "清溪人才倍增计划有什么内容？"])
def test_a_box_asked_by_the_tail_of_its_title_lists_its_items(county, q):
    a = county.ask(q)
    assert a.found
    labels = [i.label for i in a.items]
    assert labels == ["加快重点领域人才开发", "强化本土人才队伍培养", "推进高技能人才引进"], (q, a.answer)
    assert "高新技术企业" not in a.answer


def test_a_tail_two_box_titles_share_names_neither():
    titles = {"现代制造业重点建设工程": "4.1", "现代服务业重点建设工程": "4.2", "实施清溪人才倍增计划": "2.1"}
    assert box_by_title("重点建设工程有哪些？", titles) == "重点建设工程有哪些？"
    assert box_by_title("人才倍增计划有哪些？", titles) == "专栏2.1有哪些？"
    assert box_by_title("高新技术企业倍增计划有哪些？", titles) == "高新技术企业倍增计划有哪些？"
    assert box_by_title("人才倍增计划投资多少？", titles) == "人才倍增计划投资多少？"  # a figure asked, no box


@pytest.mark.parametrize("q", ["第二篇下面有哪几章？", "第2篇有哪几章？", "第二篇包括哪些章？"])
def test_a_part_asked_for_its_chapters_numbers_them(county, q):
    a = county.ask(q)
    assert a.found and "第二章" in a.answer and "第三章" in a.answer and "第四章" not in a.answer, (q, a.answer)


@pytest.mark.parametrize("q", ["第二篇下面有哪几节？", "第2篇包括哪些节？", "第二篇都有哪些节？"])
def test_a_part_asked_for_its_sections_groups_them_by_chapter(county, q):
    a = county.ask(q)
    assert a.found, (q, a.answer)
    assert "5节" in a.answer and "第二章：第一节 集聚创新人才" in a.answer, (q, a.answer)
    assert a.answer.index("第三章：") > a.answer.index("培养技能人才"), a.answer


@pytest.mark.parametrize("q", ["第二篇有几个节？", "第2篇一共多少节？", "第二篇有几节？"])
def test_a_part_counted_by_its_sections_counts_sections_not_chapters(county, q):
    a = county.ask(q)
    assert a.found and "5节" in a.answer and "2章" not in a.answer, (q, a.answer)
