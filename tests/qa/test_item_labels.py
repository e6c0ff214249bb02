"""A figure's label keeps what the plan prints with it: its counting word (幢, 栋) and a bound printed before a run of
values, which bounds each member (lane trust13; exam set 12: e12-u01's label was a bare 「45」 for 「税收亿元楼达到45幢以上」,
e12-14's 「乡镇垃圾无害化处理率：80%」 dropped the 超过 of 「分别超过95%和80%」).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "item-label-plan.txt"


@pytest.mark.parametrize("question, label", [
    ("到2030年税收亿元楼要达到多少幢？", "45幢以上"),
    ("税收亿元楼有多少幢？", "45幢以上"),
    ("税收亿元楼要达到多少？", "45幢以上"),
    ("新增人才公寓多少栋？", "12栋"),
])
def test_a_buildings_count_keeps_its_counting_word(plan, question, label):
    a = plan.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == [label], a.answer


@pytest.mark.parametrize("question, labels", [
    ("乡镇生活垃圾无害化处理率是多少？", ["超过80%"]),
    ("城区和乡镇的生活垃圾无害化处理率分别是多少？", ["超过95%", "超过80%"]),
    ("农村污水处理率要达到多少？", ["不低于90%"]),
    ("城镇污水处理率是多少？", ["不低于98%"]),
])
def test_a_bound_before_a_run_of_values_bounds_each(plan, question, labels):
    a = plan.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == labels, a.answer
