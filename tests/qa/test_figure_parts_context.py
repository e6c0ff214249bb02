"""Several figures in one question read as the genre writes them (issue 11, class 2), on made-up plans.

- a follow-up 「Y呢？」 after a part asking a work's length (「…要修多长？Y路呢？」): each work's own figure;
- apposition 「X那个项目」「X这座桥」: the name before the pointer is the thing asked, never a referent to ask back;
- the second figure of one clause or box item (「续建…支渠9条，…灌溉面积6.3万亩」): a part not found alone is read
  in the clause its sibling part was found in, under the same checks — never a neighbouring owner's figure;
- a run 「…增加值…比重分别为a、b和c，从业人员…比重分别为x、y和z」 read per owner and per measure;
- a part is never denied when the whole answer gives its figure.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(DATA / "qa-figure-parts-plan.txt")


def _said(answer) -> str:
    """The answer's text without its quotations (a quoted clause may hold a neighbour's value)."""
    return re.sub(r"原文：“[^”]*”", "", answer.answer)


def _labels(answer) -> list[str]:
    return [i.label for i in answer.items]


@pytest.mark.parametrize("question, values", [
    ("松岗路要修多长？柳塘路呢？", ["3.8km", "1.6km"]),
    ("柳塘路有多长？松岗路呢？", ["1.6km", "3.8km"]),
    ("松岗路建设工程全长多少？那柳塘路呢？", ["3.8km", "1.6km"]),
    ("鹤鸣大桥有多长？有多宽？", ["860m", "32m"]),
])
def test_a_follow_up_after_a_works_length_takes_its_own_length(county, question, values):
    a = county.ask(question)
    assert a.found and _labels(a) == values, a.answer
    assert "未找到" not in a.answer, a.answer


def test_a_follow_up_asking_a_width_the_work_lacks_is_not_a_neighbours(county):
    # 柳塘路 has no width; 杉林路 (24m) and 鹤鸣大桥 (32m) do: never given for 柳塘路.
    a = county.ask("杉林路有多宽？柳塘路呢？")
    assert _labels(a) == ["24m"], a.answer
    assert "32m" not in _said(a) and "柳塘路" in a.answer.split("；")[1], a.answer


@pytest.mark.parametrize("question, values", [
    ("疾病预防控制中心搬迁那个项目要征多少亩地？", ["15亩"]),
    ("中医康复服务中心那个项目规划用地多少亩？", ["26亩"]),
    ("疾病预防控制中心搬迁那个项目要征多少亩地？中医康复服务中心那个项目规划用地多少亩？", ["15亩", "26亩"]),
    ("中医康复服务中心这个项目新增多少张床位？疾病预防控制中心那个项目要征多少亩地？", ["400张", "15亩"]),
])
def test_a_pointer_right_after_a_name_is_that_name(county, question, values):
    a = county.ask(question)
    assert a.kind != "clarify" and a.found and _labels(a) == values, a.answer


def test_a_pointer_with_no_name_before_it_still_asks_which(county):
    a = county.ask("那个项目规划用地多少亩？")
    assert not a.found and "那个项目" in a.answer, a.answer
