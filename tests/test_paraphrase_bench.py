"""bench/paraphrase.py rewords a question only where the meaning and the key stay: each variation is a pure function."""
from __future__ import annotations

import pytest

from bench.paraphrase import VARIATIONS, keeps_key, variants

BY_NAME = {v.name: v.reword for v in VARIATIONS}


@pytest.mark.parametrize("name, asked, reworded", [
    ("…为多少", "园区产值是多少？", "园区产值为多少？"),
    ("…为多少", "园区产值要达到多少？", None),  # 要为多少 is no Chinese
    ("…达到多少", "园区产值要是多少？", "园区产值要达到多少？"),
    ("到2025年→2025年", "到2025年，园区产值要达到多少？", "2025年，园区产值要达到多少？"),
    ("2025年→到2025年", "2020年，园区产值是多少？", None),  # a base year is a state, not a target by then
    ("2025年→到“十四五”末", "规划给2025年定的目标是多少？", None),  # only 到2025年 reads as the period's end
    ("2025年→25年", "2020年产值是多少？", None),
    ("2025年→二〇二五年", "到2030年产值要达到多少？", "到二〇三〇年产值要达到多少？"),
    ("年份移到主语后", "到2025年，全区农机总动力要达到多少？", "全区农机总动力到2025年要达到多少？"),
    ("年份移到句首", "居民人均可支配收入到2025年目标是多少元", "到2025年，居民人均可支配收入目标是多少元"),
    ("哪些→包括什么", "“6+1”产业链包括哪些？", "“6+1”产业链包括什么？"),
    ("分别↔各", "床位和面积各是多少？", "床位和面积分别是多少？"),
    ("…呢？", "园区产值是多少呢？", None),
    ("去掉问号", "园区产值是多少", None),
])
def test_a_variation_rewords_only_where_the_meaning_stays(name, asked, reworded):
    assert BY_NAME[name](asked) == reworded


@pytest.mark.parametrize("name, asked, reworded", [
    ("口语单位（多少个亿/亩地/平米/几公里）", "规模要达到多少亿元？", "规模要达到多少个亿？"),
    ("口语单位（多少个亿/亩地/平米/几公里）", "红线划了多少平方公里？", None),  # 平方公里 is no 平米
    ("口语单位（多少个亿/亩地/平米/几公里）", "占地多少亩？", "占地多少亩地？"),
    ("多少个↔几个", "要达到多少家？", "要达到几家？"),
    ("多少个↔几个", "产值要达到多少万元？", None),  # 几万 is "a few ten thousand"
    ("多少个↔几个", "在第几章？", None),
    ("多少个↔几个", "要建哪几个风电场？", None),
    ("目标值是多少↔目标定的多少", "园区的利税目标是多少？", "园区的利税目标定的多少？"),
    ("哪些↔什么", "有什么工程？", "有哪些工程？"),
    ("哪些↔什么", "什么时候建成？", None),
    ("名词间的“的”去掉", "河西工业园的利税目标是多少？", "河西工业园利税目标是多少？"),
    ("名词间的“的”去掉", "“全区的”是什么？", None),  # quoted words stay as printed
    ("目标↔预期目标", "目标预测表里有哪些指标？", None),
    ("目标→计划", "产值目标值是多少？", None),
    ("建设→建", "要建设多少座基站？", "要建多少座基站？"),
    ("新建↔建设", "计划新建多少座5G基站？", "计划建设多少座5G基站？"),
    ("新建↔建设", "“异地新建”项目在哪？", None),
    ("新建↔建设", "绿色建筑占城镇新建建筑的比例是多少？", None),  # 新建建筑 names buildings, not a verb
    ("是否↔是不是", "是否属于约束性指标？", "是不是属于约束性指标？"),
    ("帮我查下…", "请问产值是多少？", None),
    ("主语后加“规划里”", "园区产值要达到多少？", "园区产值规划里要达到多少？"),
    ("主语后加“规划里”", "规划中园区产值要达到多少？", None),
    ("主语后加“规划里”", "“人才倍增计划”要引进多少人？", "“人才倍增计划”规划里要引进多少人？"),  # 计划 in quotes is a name
    ("2025年→二零二五年", "到2025年产值要达到多少？", "到二零二五年产值要达到多少？"),
])
def test_an_office_wording_applies_only_where_the_meaning_stays(name, asked, reworded):
    assert BY_NAME[name](asked) == reworded


def test_a_family_asks_only_its_own_table():
    row = {"q": "园区产值是多少？", "must": ["300亿元"]}
    office = {v.family for v in VARIATIONS if v.name in dict(variants(row, on_seed=True, families=("office",)))}
    assert office == {"office"}


def test_a_variant_dropping_a_key_string_is_not_asked():
    row = {"q": "零陵区光荣院项目的床位规模是多少？", "must": ["零陵区光荣院"]}
    assert not keeps_key(row, "光荣院项目的床位规模是多少？")
    assert "规划/全区/零陵区 去掉" not in dict(variants(row, on_seed=True))


def test_seed_only_variations_are_not_asked_of_other_plans():
    row = {"q": "到2025年，园区产值要达到多少？", "must": ["300亿元"], "doc": "other.md"}
    names = dict(variants(row, on_seed=False))
    assert "2025年→到“十四五”末" not in names and "到2025年→2025年" in names
