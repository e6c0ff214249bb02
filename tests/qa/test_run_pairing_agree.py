"""The two readers of a 分别 run agree on who owns which value: qa.values.measures.distributed_value (the measure answerer
picks the asked part's value) and qa.values.pairing.run_owner_mismatch (the last check on any answerer's figure, by the
owner the question names). They differ by design elsewhere (a scope run 「在三种不同的地区，分别达到…」 is whole for the
first and no owners for the second); on a plain run of owners a difference means one of them is wrong.
Made-up sentences."""
from __future__ import annotations

import pytest

from qa.values.measures import distributed_value
from qa.values.pairing import run_owner_mismatch

RUNS = [
    ("城区和乡镇垃圾无害化处理率分别超过95%和80%", ["城区垃圾无害化处理率", "乡镇垃圾无害化处理率"], ["95%", "80%"]),
    ("县城以及乡镇污水处理率分别达到96%和85%", ["县城污水处理率", "乡镇污水处理率"], ["96%", "85%"]),
    ("并网风电装机、生物质发电装机分别达到500万千瓦和550万千瓦", ["并网风电装机", "生物质发电装机"], ["500万千瓦", "550万千瓦"]),
    ("第一、二、三产业增加值比重分别为9%、41%和50%", ["第一产业增加值比重", "第二产业增加值比重", "第三产业增加值比重"], ["9%", "41%", "50%"]),
    ("城镇居民和农村居民人均可支配收入分别达到48200元、21600元", ["城镇居民人均可支配收入", "农村居民人均可支配收入"], ["48200元", "21600元"]),
]


@pytest.mark.parametrize("clause, owners, values", RUNS)
def test_both_readers_give_each_owner_its_own_value(clause, owners, values):
    for k, owner in enumerate(owners):
        other = values[k - 1]  # another owner's value, as a clause cut at the 、 would give it
        assert distributed_value(clause, owner, other) == values[k]
        pair = run_owner_mismatch(f"{owner}要达到多少？", other, clause + "。")
        assert pair is not None and pair.value == values[k]
        assert run_owner_mismatch(f"{owner}要达到多少？", values[k], clause + "。") is None
