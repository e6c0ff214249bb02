"""Where-questions (issue 11 class 4) naming a thing the plan never prints, on an invented plan
(tests/data/where22-plan.md).

- A where/哪一章/哪个专栏 question names a thing by its name and kind head (通用机场, 体育中心, 森林公园). When the plan
  prints neither the whole name nor a clear short form of a printed one, the thing has no place in it: the words it
  shares with printed names (the plan's own place 桐溪, the head 机场) never place it. The answer is found: false,
  saying what the plan does print near it (白鹭机场, 积极发展体育事业) as not the thing. With nothing linked, a short
  term (氢能, 元宇宙) the plan never prints is refused the same way, never placed by the passages nearest in meaning.
- Words a heading's title prints are placed there (第四章第一节 打造一流营商环境) before a passage naming them in
  passing earlier (a 第一章 sentence on 口岸营商环境), in position wordings (哪一块, 什么位置) as in 哪一章 ones.
- A printed name asked after the plan's own place (桐溪区生活垃圾焚烧发电项目 — and the same without 桐溪区) is placed
  where the plan prints it, not where the place is first named.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "where22-plan.md"


@pytest.mark.parametrize("question, near", [
    ("桐溪通用机场规划在哪一章？", "白鹭机场"),
    ("桐溪区体育中心建设在规划哪一章？", "积极发展体育事业"),
    ("桐溪国家森林公园在哪一章？", "桐溪国家湿地公园"),
    ("桐溪高铁站商贸物流园在哪个专栏？", "桐溪高铁站工业物流园"),
    ("桐溪区档案馆列在哪个专栏？", None),
    ("桐溪通用机场放在规划哪一块？", None),
    ("哪一章讲桐溪通用机场？", "白鹭机场"),
    ("讲桐溪区体育中心的是哪一章？", "积极发展体育事业"),
    ("桐溪区氢能在哪一章？", None),
    ("元宇宙在哪一章提到？", None),
    ("哪一章讲氢能产业？", None),
])
def test_a_thing_the_plan_never_prints_has_no_place(plan, question, near):
    a = plan.ask(question)
    assert not a.found, a.answer
    if near:
        assert near in a.answer and "未提及" in a.answer, a.answer


@pytest.mark.parametrize("question, chapter", [
    ("白鹭机场在哪一章？", "第一章"),
    ("桐溪国家湿地公园在哪一章？", "第二章"),
    ("桐溪高铁站工业物流园在哪个专栏？", "专栏3"),
    ("桐溪高铁站工业物流园项目列在哪个专栏？", "专栏3"),
    ("生活垃圾焚烧发电项目在哪一章？", "第一章"),
    ("桐溪区生活垃圾焚烧发电项目在哪一章？", "第一章"),
    ("修复矿山损毁土地12000亩是在哪一章？", "第二章"),
    ("哪一章讲白鹭机场？", "第一章"),
    ("低空经济在哪一章？", "第一章"),
    ("通用航空在规划哪一章？", "第一章"),
    ("健身设施完善在哪一章？", "第三章"),
    ("混改在哪一章？", "第四章"),
])
def test_a_printed_thing_is_placed(plan, question, chapter):
    a = plan.ask(question)
    assert a.found and chapter in a.answer + "".join(i.label for i in a.items), a.answer


@pytest.mark.parametrize("question", ["营商环境放在规划哪一块？", "营商环境在规划的什么位置？"])
def test_a_title_treating_the_words_is_their_place_before_a_passing_mention(plan, question):
    # 第一章 names 口岸营商环境 in passing; 第四章第一节 is titled 打造一流营商环境
    a = plan.ask(question)
    assert a.found and "第四章" in a.answer and "第一章" not in a.answer, a.answer


@pytest.mark.parametrize("question, chapter", [
    ("零陵区生活垃圾焚烧发电项目在哪一章？", "第36章"),
    ("零陵区中医院在哪一章？", "第31章"),
    # owner and kind-headed part printed apart in one sentence (洛湛铁路在零陵设立货运车站): printed, in 专栏8.1
    ("洛湛铁路货运车站写在哪个专栏？", "8.1"),
])
def test_a_printed_name_after_the_plans_own_place_on_the_seed(engine, question, chapter):
    a = engine.ask(question)
    assert a.found and chapter in a.answer and not a.answer.startswith("零陵区出现在"), a.answer


@pytest.mark.parametrize("question", ["零陵通用机场规划在哪一章？", "零陵火车站商贸物流园在哪个专栏？"])
def test_a_thing_the_seed_never_prints_has_no_place(engine, question):
    assert not engine.ask(question).found
