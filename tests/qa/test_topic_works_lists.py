"""A list question that gives a topic (交通方面, 水利的, 交通基础设施) answers with the plan's lists of works ON that
topic — a box titled with it, a box's group titled with it, or the items named with it — never every box titled
重点项目; 重点项目 ~ 重点建设项目 ~ 重大工程 ~ 重点工程 are one kind; a topic no list covers is found: false.

On an invented plan (tests/data/topic-works-plan.txt): four 专栏 titled 特色产业重点项目, 交通基础设施重点建设项目,
能源水利重大工程 (groups （一）能源项目 （二）水利项目) and 社会事业重点项目 (one item a 交通枢纽站).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "topic-works-plan.txt"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", ["交通方面有哪些重点项目？", "交通方面有哪些重大项目？",
                                      "规划在交通领域安排了哪些重点建设项目？", "关于交通有哪些重大工程？"])
def test_a_topic_selects_the_lists_on_it(county, question):
    a = county.ask(question)
    assert a.found and a.kind == "list", a.answer
    assert "专栏2.1" in a.answer and "白河至青峰二级公路" in a.answer and "白河高铁站" in a.answer
    # a box titled otherwise answers with its items on the topic only
    assert "白河城乡公交交通枢纽站" in a.answer and "白河县人民医院" not in a.answer
    assert "专栏1.1" not in a.answer and "专栏2.2" not in a.answer


@pytest.mark.parametrize("question", ["交通基础设施有哪些重点工程？", "交通基础设施方面有哪些重大项目？"])
def test_a_compound_topic_needs_its_lead_word(county, question):
    """新型基础设施 or 能源水利基础设施 share 基础设施 with 交通基础设施: only the list holding 交通 is on it."""
    a = county.ask(question)
    assert a.found and "专栏2.1" in a.answer and "白河至青峰二级公路" in a.answer
    assert "专栏1.1" not in a.answer and "专栏2.2" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["水利方面有哪些重点项目？", "水利方面有哪些重大工程？", "关于水利有哪些重点工程？"])
def test_a_box_group_on_the_topic_answers_without_its_other_groups(county, question):
    a = county.ask(question)
    assert a.found and "专栏2.2" in a.answer and "白河水库除险加固工程" in a.answer and "白河灌区续建配套工程" in a.answer
    assert "白河风电场" not in a.answer and "专栏2.1" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["教育方面有哪些重点项目？", "旅游方面有哪些重大项目？"])
def test_a_topic_no_list_covers_is_not_found_and_names_the_lists(county, question):
    a = county.ask(question)
    assert not a.found and "专栏2.1" in a.answer and "专栏1.1" in a.answer, a.answer


@pytest.mark.parametrize("question", ["有哪些重点项目？", "规划提出了哪些重点项目？", "规划要实施哪些重点项目？"])
def test_without_a_topic_the_lists_titled_with_the_noun(county, question):
    a = county.ask(question)
    assert a.found and "专栏1.1" in a.answer and "专栏3.1" in a.answer and "关于" not in a.answer, a.answer
