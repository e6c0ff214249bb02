"""Issue 11, the seed's open classes from held-out examiners (lane seedwords), on a made-up county plan
(tests/data/seedwords/chat-county-plan.md), several wordings each:

- chat verbs of reaching a figure (「要干到多少」「弄到多少」「整到多少」) read as the plan's 达到;
- 「挑几个X说说」「举几个X」: a few of X asked, answered by X's list;
- the indicator table's categories asked for their 约束性 (or 预期性) rows (「哪几类指标里有约束性指标」);
- a share printed after a figure (「312平方公里，占全县总面积18.6%」) asked as a question's second part — and never
  borrowed by a part whose figure prints none;
- a range (「3—4个」) and a threshold (「多少户以上的村庄」) read in a clause, 公共 no 共 of 一共;
- 「X相关的企业」 where the paragraph dwells on X: the firms it leads with are X's;
- a quoted term's meaning asked with an adverb (「具体指什么」「到底是什么意思」): the whole term, never another thing
  sharing its quoted token (“246”工程升级版);
- an act asked after its owner (「青江航道疏浚多少公里」) printed before the owner's kind (「疏浚航道60km」): the owner's own,
  while another thing of the kind (整治内河航道25km) stays a rival;
- chat lead-ins (「能不能告诉我」「你能告诉我…吗」) and 「规划里提没提X，是多少」: X's figure asked;
- a 其中 inside a bracket (「单机容量…（其中两台按…限发），…总占地面积45万平方米」) scopes only its bracket.
"""
from __future__ import annotations

import re

import pytest

from qa.question.wording import read_wording
from tests.conftest import DATA
from tests.qa.said import unquoted_with_labels

PLAN = DATA / "seedwords" / "chat-county-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


CLASSES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "a chat verb of reaching a figure": [
        ("土地储备每年要干到多少亩？", ("900亩",)),
        ("园区产值要弄到多少？", ("200亿元",)),
        ("园区产值到2025年要整到多少？", ("200亿元",)),
        ("园区每年标准厂房要干到多少？", ("15万平方米",)),
    ],
    "a few of a box's items asked": [
        ("挑几个乡村振兴重点项目说说", ("人居环境整治工程", "农村土地整理项目")),
        ("举几个乡村振兴重点项目", ("人居环境整治工程", "农村土地整理项目")),
        ("列几个乡村振兴重点项目出来？", ("人居环境整治工程", "农村土地整理项目")),
    ],
    "the categories holding an attribute's rows": [
        ("指标表里哪几类指标里有约束性指标？", ("绿色转型", "安全保障")),
        ("约束性指标属于哪几大类？", ("绿色转型", "安全保障")),
        ("约束性指标分布在哪些类别？", ("绿色转型", "安全保障")),
        ("预期性指标在哪几类？", ("经济发展", "民生福祉")),
    ],
    "a share printed after a figure, asked second": [
        ("生态保护红线面积多少，占多大比例？", ("312平方公里", "18.6%")),
        ("生态保护红线面积多少？占比呢？", ("312平方公里", "18.6%")),
        ("永久基本农田划了多少，占全县多少？", ("150平方公里", "9.2%")),
    ],
    "a range or a threshold in a clause": [
        ("每个乡镇集镇最少建几个公共厕所？", ("3—4个",)),
        ("每个乡镇集镇最少要建设几个公共厕所", ("3—4个",)),
        ("多少户以上的村庄至少要建1个公共厕所？", ("200户",)),
        ("200户以上村庄要建几个公共厕所？", ("1个",)),
    ],
    "the firms of a paragraph dwelling on X": [
        ("和钒相关的企业有哪些", ("鼎泰恒丰", "远山材料")),
        ("哪些企业与钒相关？", ("鼎泰恒丰", "远山材料")),
        ("钒相关的企业都有哪些？", ("鼎泰恒丰", "远山材料")),
    ],
    "a quoted term's meaning asked with an adverb": [
        ("“246”绿色出行方式具体指什么？", ("2km以内步行",)),
        ("“246”绿色出行方式到底是什么意思？", ("2km以内步行",)),
        ("“246”绿色出行方式究竟指的是什么", ("2km以内步行",)),
    ],
    "an act asked after its owner, printed before the owner's kind": [
        ("青江航道疏浚多少公里？", ("60km",)),
        ("青江航道要疏浚多长？", ("60km",)),
        ("青江航道疏浚多少公里，建几个码头？", ("60km", "3个")),
    ],
    "a chat lead-in or a mention asked before the figure": [
        ("能不能告诉我园区产值到2025年要达到多少？", ("200亿元",)),
        ("你能告诉我园区每年土地储备多少亩吗", ("900亩",)),
        ("规划里提没提农村户用卫生厕所普及率，是多少", ("88%",)),
        ("有没有提到土地储备？多少", ("900亩",)),
        ("园区产值2025年的具体数是多少？", ("200亿元",)),
        ("土地储备每年具体是多少亩", ("900亩",)),
    ],
    "a 其中 closed by its bracket before the figure": [
        ("青山风电场总占地面积多少？", ("45万平方米",)),
        ("青山风电场占地多少平方米？", ("45万平方米",)),
    ],
}


@pytest.mark.parametrize("question, values", [c for cases in CLASSES.values() for c in cases],
                         ids=[f"{name}:{q}" for name, cases in CLASSES.items() for q, _ in cases])
def test_each_class_in_several_wordings(county, question, values):
    a = county.ask(question)
    assert a.found and all(v in unquoted_with_labels(a) for v in values), a.answer


def test_the_categories_asked_are_only_those_holding_the_attribute(county):
    a = county.ask("哪几类指标里有约束性指标？")
    assert [i.label for i in a.items] == ["绿色转型", "安全保障"], a.answer


def test_a_share_of_another_subject_is_never_the_earlier_figures(county):
    a = county.ask("生态保护红线面积多少，永久基本农田占多大比例？")
    assert "312平方公里" in unquoted_with_labels(a) and "18.6" not in unquoted_with_labels(a), a.answer


def test_a_share_is_never_borrowed_by_a_figure_printing_none(county):
    a = county.ask("园区产值到2025年要达到多少，占多大比例？")
    assert "200亿元" in unquoted_with_labels(a) and not re.search(r"18\.6|9\.2", unquoted_with_labels(a)), a.answer


def test_another_thing_of_the_owners_kind_stays_a_rival(county):
    a = county.ask("青江航道整治多少公里？")
    assert "25km" not in unquoted_with_labels(a), a.answer


@pytest.mark.parametrize("asked, read", [
    ("土地储备每年要干到多少亩？", "土地储备每年要达到多少亩？"),
    ("产值要弄到多少？", "产值要达到多少？"),
    ("税收要整到几个亿？", "税收要达到几亿元？"),
    ("做到两个维护", "做到两个维护"),  # no figure asked: the plan's own verb
    ("挑几个乡村振兴重点项目说说", "乡村振兴重点项目有哪些？"),
    ("列几个重点工程？", "重点工程有哪些？"),
    ("挑选企业的标准是什么？", "挑选企业的标准是什么？"),
    # a size asked by its noun alone, no question word (总长, 全长, 库容)
    ("青江大道道路宽度和总长", "青江大道道路宽度和总长是多少？"),
    ("石门水库总库容", "石门水库总库容是多少？"),
    ("青江路全长", "青江路全长是多少？"),
    ("青江路有多长", "青江路有多长"),
])
def test_chat_wordings_read_as_printed(asked, read):
    assert read_wording(asked) == read
