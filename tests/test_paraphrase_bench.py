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


def test_a_variant_dropping_a_key_string_is_not_asked():
    row = {"q": "零陵区光荣院项目的床位规模是多少？", "must": ["零陵区光荣院"]}
    assert not keeps_key(row, "光荣院项目的床位规模是多少？")
    assert "规划/全区/零陵区 去掉" not in dict(variants(row, on_seed=True))


def test_seed_only_variations_are_not_asked_of_other_plans():
    row = {"q": "到2025年，园区产值要达到多少？", "must": ["300亿元"], "doc": "other.md"}
    names = dict(variants(row, on_seed=False))
    assert "2025年→到“十四五”末" not in names and "到2025年→2025年" in names
