"""Issue 11, one figure / list / definition in office wordings (lane words5): the classes the paraphrases of the seen
sets 7 and 8 broke (tests/data/words5/paraphrases*.jsonl, score.py format, each row keeping its original's answer).

Classes: a road said 「从A到B的路」 and 「A到B的呢」; a length asked by its unit alone (「有多少公里」); 多少钱 after a
measure of money (财政总收入, 交易规模) — no investment; a numbered name in Chinese numerals (三号停车场); office short
forms (户厕, 电商); a yearly figure said 一年 (每年 printed); a share asked container first (「新建建筑里绿色建筑占比」);
「都是啥」 asking members; 「X是啥」 of a glossary term and 「怎么解释的」; 「X那一节」; a spoken tail 来着 and a leading
那个 before a question is cut into parts. Traps stay traps: a grade asked 「按什么等级」 where the plan prints none, and a
count printed before a longer works' name (「8个乡镇污水处理厂」) is no count of 乡镇.

Our own questions on a made-up county plan (tests/data/words5/office-wordings-plan.md).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.question.frame import spoken_attributes, spoken_measures
from qa.question.wording import read_wording, share_as_printed
from tests.qa.said import unquoted_with_labels

DATA = Path(__file__).resolve().parent.parent / "data" / "words5"
PLAN = DATA / "office-wordings-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


#: Each class: (question, a value the answer must give), several wordings per class.
CLASSES: dict[str, list[tuple[str, str]]] = {
    "a road said by its ends, with 从 or 的路": [
        ("从石桥到龙潭的路有多长？", "18km"),
        ("石桥到龙潭的路长多少来着？", "18km"),
        ("那个石桥到龙潭那条路多长？", "18km"),
    ],
    "a length asked by its unit alone": [
        ("石桥至龙潭公路有多少公里？", "18km"),
        ("石桥至龙潭公路一共多少公里？", "18km"),
    ],
    "多少钱 after a measure of money": [
        ("十三五末财政总收入有多少钱？", "12亿元"),
        ("信息消费规模2025年要到多少钱？", "60亿元"),
    ],
    "a numbered name in Chinese numerals": [
        ("白石古镇三号停车场规划面积多大？", "60亩"),
        ("古镇三号停车场总建筑面积是多少？", "1.8万平方米"),
    ],
    "the plan itself named before the measure": [
        ("这个规划说信息消费规模2025年要达到多少？", "60亿元"),
        ("该规划里电子商务交易规模到2025年是多少？", "45亿元"),
    ],
    "office short forms": [
        ("农村户厕普及率25年要到多少？", "90%"),
        ("电商交易规模到2025年要到多少？", "45亿元"),
    ],
    "a yearly figure said 一年": [
        ("园区一年要建多少标准厂房？", "20万平方米"),
        ("园区一年土地储备多少亩？", "800亩"),
    ],
    "a share asked container first": [
        ("城镇新建建筑里绿色建筑占比要到多少？", "40%"),
        ("绿色建筑在城镇新建建筑里的占比要达到多少？", "40%"),
    ],
    "members asked 都是啥": [
        ("乡村旅游精品线路都是啥主题？", "龙潭民俗风情游"),
    ],
    "a glossary term asked 是啥 or 怎么解释": [
        ("数字乡村是啥？", "遥感"),
        ("名词解释中“数字乡村”怎么解释的？", "遥感"),
    ],
}


@pytest.mark.parametrize("question, value", [c for cases in CLASSES.values() for c in cases],
                         ids=[f"{name}:{q}" for name, cases in CLASSES.items() for q, _ in cases])
def test_one_answer_in_office_words(county, question, value):
    a = county.ask(question)
    assert a.found and value in unquoted_with_labels(a), a.answer


#: Traps in office words: no grade is printed for the 快速干道; 8个 counts 污水处理厂, not 乡镇.
TRAPS = [
    "白石至青山快速干道按什么等级的公路修？",
    "白石县有几个乡镇？",
    "全县一共有多少个乡镇？",
]


@pytest.mark.parametrize("question", TRAPS)
def test_a_trap_stays_a_trap_in_office_words(county, question):
    assert not county.ask(question).found


def test_a_grade_printed_is_still_answered(county):
    a = county.ask("石桥至龙潭公路按什么等级的公路修？")
    assert a.found and "二级公路" in a.answer


@pytest.mark.parametrize("asked, read", [
    ("约束性的指标都是啥？", "约束性的指标有哪些？"),
    ("风电方面的项目都有哪些？", "风电相关的项目都有哪些？"),  # 都有哪些 already asks members
    ("名词解释中“数字农业”怎么解释的？", "名词解释中“数字农业”是什么意思？"),
    ("发展目标那一节在规划哪部分？", "发展目标在规划哪部分？"),
    ("快速干道按什么等级的公路修？", "快速干道按几级公路修？"),
    ("园区一年要建多少标准厂房？", "园区每年要建多少标准厂房？"),
    ("十一年", "十一年"),  # a count of years, no yearly figure
    ("铁路桥哪一年通车？", "铁路桥哪一年通车？"),  # a year asked, no yearly figure
    ("一年内完成多少？", "一年内完成多少？"),
    ("那个古城2号停车场规划了多大面积？", "古城2号停车场规划了多大面积？"),
    ("那个项目规划用地多少亩？", "那个项目规划用地多少亩？"),
    ("规划里对农民工返乡创业有哪些支持？", "规划打算怎么支持农民工返乡创业？"),
    ("主要任务里的那几个行动都是啥？", "主要任务里的行动有哪些？"),
    ("规划里的这些项目有哪些？", "规划里的项目有哪些？"),
    ("专栏2在主要任务哪一块？", "专栏2放在主要任务的哪一块里？"),
    ("专栏2放在主要任务的哪一块里？", "专栏2放在主要任务的哪一块里？"),
    ("“九五”固定资产投资率按多少来把握？", "“九五”固定资产投资率是多少？"),  # a pointer with no name after it asks which one
])
def test_office_wordings_read_as_printed(asked, read):
    assert read_wording(asked) == read


@pytest.mark.parametrize("question, where", [
    ("建设交通设施是第几章第几节？", "第一节"),
    ("建设美丽乡村在哪一章？", "第三章"),
])
def test_a_heading_asked_unquoted_where_it_sits(county, question, where):
    a = county.ask(question)
    assert a.found and where in a.answer, a.answer


def test_a_share_asked_container_first_is_read_as_printed():
    assert share_as_printed("城镇新建建筑里绿色建筑占比要到多少？") == "绿色建筑占城镇新建建筑比重要到多少？"
    assert share_as_printed("技能人才在就业人员里占比要到多少？") == "技能人才占就业人员比重要到多少？"


def test_lengths_and_money_said_by_their_units():
    assert spoken_attributes("永零高速有多少公里？") == "永零高速长度多少？"
    assert spoken_attributes("高速公路要新建多少公里？") == "高速公路要新建多少公里？"  # a length built, no work's length
    assert spoken_attributes("通车里程有多少公里？") == "通车里程有多少公里？"  # a measure of its own
    assert spoken_measures("财政总收入有多少钱？") == "财政总收入有多少？"
    assert spoken_measures("优速物流总投资是多少钱？") == "优速物流总投资是多少？"
    assert spoken_measures("汽车东站要花多少钱？") == "汽车东站投资多少？"  # a works' cost is its investment
    assert spoken_measures("猪存栏数稳定在多少？") == "猪存栏数稳定在多少？"  # 稳定在 asks a level, no target set
    assert spoken_measures("25年定了多少？") == "25年目标是多少？"


def test_the_paraphrase_sets_keep_their_originals_answers():
    rows = [json.loads(l) for f in sorted(DATA.glob("paraphrases*.jsonl")) for l in f.open(encoding="utf-8") if l.strip()]
    assert len(rows) >= 250
    assert all(r["orig"] and r["id"].startswith(r["orig"] + "~") and r["q"] for r in rows)
    assert all(r.get("must") or r.get("any") or r.get("should") or r.get("found") is False or r.get("cite_any")
               for r in rows)
