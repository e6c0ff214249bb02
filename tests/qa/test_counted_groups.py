"""Members of a counted group (「两个五十亿园区是哪两个」「五大特色产业包括哪些」), on a made-up county plan.

The members are the 、-run printed right before the group's name, else the lead-ins of the
paragraphs under the heading naming it — exactly as many as the group counts; a group the plan
names without its members gets no invented list.
"""
from __future__ import annotations

import pytest

from qa.enumerations.groups import answer_counted_group
from tests.conftest import DATA

PLAN = DATA / "counted-groups-plan.txt"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize(
    "question, names",
    [
        ("两个五十亿园区是哪两个？", ["锂电新能源五十亿产业园", "绿色建材五十亿园区"]),
        ("“两个五十亿园区”指哪些园区", ["锂电新能源五十亿产业园", "绿色建材五十亿园区"]),
        ("五大特色产业包括哪些？", ["茶叶", "油茶", "中药材", "生猪", "水果"]),
        ("全县的五大特色产业分别是什么", ["茶叶", "油茶", "中药材", "生猪", "水果"]),
        ("要开工建设哪三个客运站场？", ["乔庄", "木鱼", "沙州"]),  # 汽车北站, joined by 和 before the run, is none
    ],
)
def test_counted_members(county, question, names):
    a = county.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == names, a.answer
    assert a.citations


@pytest.mark.parametrize("question", ["三个示范基地是哪三个？", "三个五十亿园区是哪三个？"])
def test_no_members_no_list(county, question):
    # 三个示范基地 is named without members; no group of three 五十亿园区 is printed.
    assert answer_counted_group(county.kb, question) is None
