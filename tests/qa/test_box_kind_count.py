"""A count asked of a kind of thing a 专栏 box does not name is refused, saying what the box lists (set 14 class G).

「专栏3里新增网球场多少个？」 of a box listing 篮球场/乒乓球台/足球场 was answered found:true 「专栏3…共列出1个项目」 —
a count of the box's own items given for a kind of thing it never names. The counted noun may come before the
question word (「网球场多少个」「网球场要建几个」) as well as after it (「多少个网球场」). A kind the box does name
with its count is still answered with that count; a count of the box's items is still a count of its items.
"""
from __future__ import annotations

import pytest

from qa.values.boxes import counted_noun
from tests.conftest import DATA


@pytest.fixture(scope="module")
def city(engine_for):
    return engine_for(DATA / "box-kind-count-plan.md")


@pytest.mark.parametrize("question, noun", [
    ("专栏3里新增网球场多少个？", "网球场"),
    ("专栏1中网球场要建几个？", "网球场"),
    ("专栏1里的网球场有多少个", "网球场"),
    ("专栏1要新建多少个网球场？", "网球场"),
    ("专栏1一共有几个项目？", None),
    ("专栏1里的重点项目有多少个？", None),
    ("专栏26.3里的能源项目有几个？", None),
    ("专栏2里林荫步道要建多少公里？", None),
])
def test_the_kind_counted_is_read_before_or_after_the_question_word(question, noun):
    assert counted_noun(question) == noun


@pytest.mark.parametrize("question", [
    "专栏1里新增网球场多少个？",
    "专栏1中网球场要建几个？",
    "专栏1里的羽毛球馆有多少个",
    "专栏1要新建多少个网球场？",
])
def test_a_kind_the_box_does_not_name_is_refused_saying_what_it_lists(city, question):
    a = city.ask(question)
    assert not a.found, a.answer
    assert "共列出1个项目" not in a.answer and "没有给出" in a.answer, a.answer
    assert "篮球场" in a.answer or "研究制定公园开放共享" in a.answer, a.answer  # what the box does list


@pytest.mark.parametrize("question, value", [
    ("专栏1里新增篮球场多少个？", "40个"),
    ("专栏1中乒乓球台有多少个？", "50个"),
    ("专栏1要建多少个篮球场？", "40个"),
])
def test_a_kind_the_box_counts_is_answered_with_its_count(city, question, value):
    a = city.ask(question)
    assert a.found and value in a.answer, a.answer
