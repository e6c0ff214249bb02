"""A briefing's key facts on an invented plan (tests/data/briefing-parts-plan.txt): a project printed in two boxes,
once plainly and once with 约 and a 其中 part. Each figure is the entity's own or labelled as its part, once."""
from __future__ import annotations

import pytest

from tests.conftest import DATA, hash_home
from webui.briefing import make_briefing
from webui.keyfacts import part_of

PLAN = DATA / "briefing-parts-plan.txt"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from qa.engine import Engine

    return Engine.from_home(hash_home(tmp_path_factory, [PLAN], "plankg-briefing-parts"))


def _rows(b, key):
    return [(v, n) for k, v, n in b.facts if k == key]


@pytest.mark.parametrize("name", ["青溪冷链物流园项目", "青溪冷链物流园"])
def test_a_part_figure_is_labelled_as_the_part_never_as_the_whole(engine, name):
    b = make_briefing(engine, name)
    assert [v for v, _ in _rows(b, "投资")] == ["约18.6亿元"], b.facts
    assert [v for v, _ in _rows(b, "其中冷链仓储部分投资")] == ["不低于7亿元"], b.facts
    said = [s for s, _ in b.summary if "7亿元" in s]
    assert len(said) == 1 and "冷链仓储部分" in said[0], b.summary
    assert not any(s.endswith("的投资不低于7亿元。") for s, _ in b.summary)


@pytest.mark.parametrize("name, attr, value", [
    ("青溪冷链物流园项目", "用地面积", "约520亩"), ("青溪冷链物流园项目", "投资", "约18.6亿元"),
    ("青溪农产品交易中心", "用地面积", "约80亩"), ("青溪农产品交易中心", "投资", "约6亿元"),
])
def test_one_value_printed_with_and_without_yue_is_one_row_citing_both(engine, name, attr, value):
    b = make_briefing(engine, name)
    rows = _rows(b, attr)
    assert [v for v, _ in rows] == [value] and len(rows[0][1]) == 2, b.facts
    assert sum(value.lstrip("约") in s for s, _ in b.summary) == 1, b.summary


def test_one_part_printed_in_two_wordings_is_one_labelled_row(engine):
    """「其中：一期工程投资2.5亿元」 and 「其中一期投资2.5亿元」: one part, never the centre's 投资."""
    b = make_briefing(engine, "青溪农产品交易中心")
    parts = [(k, v) for k, v, _ in b.facts if "2.5亿元" in v]
    assert len(parts) == 1 and parts[0][0].startswith("其中一期"), b.facts
    assert [v for v, _ in _rows(b, "投资")] == ["约6亿元"]


def test_a_single_figure_stays_as_printed(engine):
    b = make_briefing(engine, "青溪至白石二级公路")
    assert _rows(b, "投资") == [("9.8亿元", [1])] and _rows(b, "长度") == [("42公里", [1])], b.facts


@pytest.mark.parametrize("sentence, value, expected", [
    ("计划总投资约22.8亿元，其中仓储物流部分投资不低于10亿元", "不低于10亿元", (True, "仓储物流部分投资")),
    ("总投资12亿元，其中：一期工程投资为5亿元", "5亿元", (True, "一期工程投资")),
    ("总投资12亿元，其中中央预算内资金3亿元", "3亿元", (True, "中央预算内资金")),
    ("计划总投资约22.8亿元，其中仓储物流部分投资不低于10亿元", "约22.8亿元", (False, None)),
    ("单机容量2200千瓦（其中一台按1600千瓦限发），总投资8亿元", "8亿元", (False, None)),
])
def test_part_of_reads_the_part_a_figure_belongs_to(sentence, value, expected):
    assert part_of(sentence, sentence.find(value), "投资") == expected
