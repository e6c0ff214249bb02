"""Each member of a run one verb leads is a target of its own (lane verbs14; 苏州's 纲要: 「累计培育专精特新“小巨人”企业
超1500家、单项冠军企业超100家」 read 1500 as 「…企业超」's and 100 as nobody's), and a part stated with 其中 after its
figure (「推出制度创新成果161项，其中61项面向全国复制推广」) is a part of the whole.

Invented sentences, several wordings: members joined by 、, 和 or clause commas; a bound (超, 以上) kept with the
value, never in the measure; the run's verb and 累计 carried to every member.
"""
from __future__ import annotations

import pytest

from kg.extract.targets import PlanPeriod, find_targets
from kg.extract.units import parse_quantities

PERIOD = PlanPeriod(2026, 2030, 15)


def _read(text: str, **kw) -> dict[str, tuple[str, str | None, str | None]]:
    """measure → (value as printed without spaces, verb, aggregation)."""
    return {t.measure: (t.quantity.raw.replace(" ", ""), t.direction, t.aggregation)
            for t in find_targets(text, source="p", period=PERIOD, **kw)}


@pytest.mark.parametrize("text, members", [
    ("到2030年，累计培育专精特新“小巨人”企业超1500家、单项冠军企业超100家。",
     {"专精特新“小巨人”企业": "超1500家", "单项冠军企业": "超100家"}),
    ("到 2030 年，累计培育国家专精特新“小巨人”企业超 1500 家、国家制造业单项冠军企业超 100 家。",
     {"国家专精特新“小巨人”企业": "超1500家", "国家制造业单项冠军企业": "超100家"}),
    ("力争到2030年，新建5G基站3000个、数据中心12个和智能算力中心4个。",
     {"5G基站": "3000个", "数据中心": "12个", "智能算力中心": "4个"}),
    ("到2028年，引进领军人才200名以上、青年人才5万名以上。", {"领军人才": "200名以上", "青年人才": "5万名以上"}),
])
def test_members_joined_in_one_clause(text, members):
    read = _read(text)
    verbs = {read[m][1] for m in members if m in read}
    assert {m: read[m][0] for m in members if m in read} == members, read
    assert len(verbs) == 1 and None not in verbs, read  # every member carries the run's verb


@pytest.mark.parametrize("text, members, verb", [
    ("到2030年，累计创建市级以上绿色工厂1200家，国家级绿色工厂150家，国家级绿色工业园区12个。",
     {"市级以上绿色工厂": "1200家", "国家级绿色工厂": "150家", "国家级绿色工业园区": "12个"}, "创建"),
    ("到2030年，累计引进高层次人才2万人以上，青年人才10万人以上。",
     {"高层次人才": "2万人以上", "青年人才": "10万人以上"}, "引进"),
])
def test_members_going_on_in_clauses_carry_the_verb_and_the_total(text, members, verb):
    read = _read(text)
    assert {m: read[m] for m in members if m in read} == {m: (v, verb, "cumulative") for m, v in members.items()}, read


def test_a_bound_is_the_values_not_the_measures():
    assert [(q.raw, q.qualifier) for q in parse_quantities("企业超 1500 家", source="p")] == [("超 1500 家", ">")]
    assert [q.qualifier for q in parse_quantities("赶超30%", source="p")] == [None]  # 赶超 is no bound
    assert not any(m.endswith("超") for m in _read("到2030年，累计培育“小巨人”企业超800家、冠军企业超60家。"))


@pytest.mark.parametrize("text", [
    "到2030年，粮食产量达到50万吨，高标准农田建成10万亩。",  # each clause its own verb
    "到2030年，累计建成高标准农田10万亩，粮食产量50万吨。",  # a level (产量) goes on no run of things built
])
def test_no_run_no_borrowed_verb(text):
    read = _read(text)
    assert read.get("粮食产量", ("", None, None))[1] in (None, "达到"), read
    assert read.get("粮食产量", ("", None, None))[2] is None, read


@pytest.mark.parametrize("text, whole, part", [
    ("“十四五”时期，示范区推出制度创新成果161项，其中61项面向全国复制推广。",
     ("制度创新成果", "161项"), ("面向全国复制推广的制度创新成果", "61项")),
    ("“十四五”时期，累计创建绿色工厂80家，其中20家为国家级。", ("绿色工厂", "80家"), ("国家级绿色工厂", "20家")),
])
def test_a_part_after_qizhong_is_a_part_of_the_whole(text, whole, part):
    read = _read(text)
    assert read.get(whole[0], ("",))[0] == whole[1] and read.get(part[0], ("",))[0] == part[1], read
    assert read[part[0]][1] == read[whole[0]][1], read  # the whole's verb


def test_a_part_with_nothing_said_of_it_is_left_out():
    read = _read("“十四五”时期，示范区推出制度创新成果161项，其中61项。")
    assert [v for v, _, _ in read.values()] == ["161项"], read
