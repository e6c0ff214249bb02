"""Classes of lane seed27, asked of an invented plan (tests/data/seed27-plan.md).

- A quoted phrase printed only in a heading's title (「第二节　争当承接产业转移“排头兵”」) is where that heading
  stands: asked where it appears, the answer is that section — never 「规划正文中没有这一表述」.
- A count asked with a verb of reach and the plan's own whole after it (「要覆盖全区多少个行政村（社区）」) counts the
  things printed 「全面完成全区215个行政村（社区）…」: 全区 and a bracketed alternative of the counted noun are no part
  of the measure.
- A defined term's parts asked after it (「“246”工程的2、4、6各代表什么」「“两不愁三保障”里的三保障是哪三样」) are
  what its 名词解释 definition says; a counted group named with a programme word after it (「“三大融合”行动是哪三个
  方面的融合」) is the group, its members the clauses after it.
- A heading's sub-headings counted are said with their numbers (「下分3章：第38章 …；第39章 …」).
- The body that passed the plan asked with 经/通过 (「这个规划是经哪个机构审议批准的」) is the one the plan prints after
  its own 通过 (「依法通过云溪区人民代表大会审议批准」).
- A figure asked of one source with a second clause naming only another (「正文说…多少？指标表里又是怎么定的、什么
  属性？」「…多少亩？正文和专栏说的是不是一个数？」) is one measure asked of both: each source's figure, the table's
  attribute with its row.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "seed27-plan.md"


@pytest.mark.parametrize("question", [
    "“排头兵”出现在哪一章哪一节的标题里？",
    "“排头兵”是在哪一节提出的？",
])
def test_phrase_only_in_a_heading_is_there(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "第二节" in a.answer and "排头兵" in a.answer, a.answer
    assert "没有" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "景观绿化建设要覆盖全区多少个行政村（社区）？",
    "景观绿化建设覆盖全区多少个行政村？",
])
def test_count_with_reach_verb_and_own_whole(plan, question):
    a = plan.ask(question)
    assert a.found and "215个" in a.answer, a.answer


@pytest.mark.parametrize("question, values", [
    ("森林覆盖率正文说2025年要到多少？指标表里又是怎么定的、什么属性？", ("65%", "62", "约束性")),
    ("基本医疗保险参保率，正文写的2025年是多少？指标表里这一项是什么属性？", ("97%", "98", "预期性")),
    ("高标准农田到底要建多少亩？正文和专栏说的是不是一个数？", ("12万亩", "28万亩")),
    ("森林覆盖率表里定的多少？正文又写的多少？", ("62", "65%")),
    ("专栏3.1说要建多少万亩高标准农田？正文里呢？", ("28万亩", "12万亩")),
])
def test_one_measure_asked_of_two_sources(plan, question, values):
    a = plan.ask(question)
    assert a.found, a.answer
    for v in values:
        assert v in a.answer, (v, a.answer)


@pytest.mark.parametrize("question, values", [
    ("“246”工程的三个数字，2、4、6各代表什么？", ("20个", "400万平方米", "600家")),
    ("“246”工程里的2、4、6分别指什么？", ("20个", "400万平方米", "600家")),
    ("“两不愁三保障”里的三保障具体保障哪三样？", ("义务教育有保障", "基本医疗有保障", "住房安全有保障")),
])
def test_parts_of_a_defined_term_are_its_definition(plan, question, values):
    a = plan.ask(question)
    assert a.found, a.answer
    for v in values:
        assert v in a.answer, (v, a.answer)


def test_counted_group_named_with_its_programme_word(plan):
    a = plan.ask("“三大融合”行动是哪三个方面的融合？")
    assert a.found, a.answer
    for v in ("产业融合", "城乡融合", "文旅融合"):
        assert v in a.answer, (v, a.answer)


@pytest.mark.parametrize("question", ["这个“十四五”规划是经哪个机构审议批准的？", "规划是通过哪个机构审议的？"])
def test_body_that_passed_the_plan(plan, question):
    a = plan.ask(question)
    assert a.found and "云溪区人民代表大会" in a.answer, a.answer


@pytest.mark.parametrize("question, parts", [
    ("建设美丽乡村那一章下面有几节？", ("第一节", "第二节")),
    ("乡村振兴那一篇下面有几章？", ("第三章",)),
])
def test_counted_headings_are_said_with_their_numbers(plan, question, parts):
    a = plan.ask(question)
    assert a.found, a.answer
    for p in parts:
        assert p in a.answer, (p, a.answer)
