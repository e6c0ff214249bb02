"""Classes found on real plans nobody had fitted (lane probe), on an invented 实施方案: numbered tasks with a
（责任单位：…） tail and run-in （一） heads under 三、组织保障.

「X有哪几条措施/哪几项要求」 asks the parts of the heading X titles — never the 、-run of 责任单位 in its text.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "qa-implementation-plan.md"


@pytest.mark.parametrize("question", [
    "组织保障有哪几条措施？", "组织保障有哪几项措施？", "组织保障有哪几条要求？", "组织保障有哪几条？",
])
def test_heading_parts_asked_with_a_noun(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    for part in ("加强统筹协调", "落实资金保障", "做好宣传引导"):
        assert part in a.answer, a.answer
    assert "区生态局" not in a.answer.split("：", 1)[-1][:60], a.answer


@pytest.mark.parametrize("question, value, other", [
    ("西岭社区面积多大？", "5.75平方公里", "3.20"),
    ("西岭社区的达标区域有多少平方公里？", "5.75平方公里", "3.20"),
    ("南港工业区有多大？", "12.40平方公里", "5.75"),
    ("东湖片区面积是多少？", "3.20平方公里", "5.75"),
])
def test_figure_in_the_brackets_after_its_name(plan, question, value, other):
    """「A（3.20平方公里）、B（5.75平方公里）」: B's figure is its own bracket, never A's before it."""
    a = plan.ask(question)
    assert a.found and value in a.answer and other not in a.answer, a.answer


def test_bracketed_length_is_no_area_asked(plan):
    a = plan.ask("西岭社区有多长？")
    assert "5.75" not in a.answer or not a.found, a.answer


@pytest.fixture(scope="module")
def parts_plan(engine_for):
    return engine_for(DATA / "qa-flattened-tables-plan.md")


@pytest.mark.parametrize("question, count", [
    ("第一部分发展基础下面分了几个方面？", "2个方面"),
    ("第一部分发展基础分几块？", "2块"),
])
def test_numbered_part_with_its_title_restated(parts_plan, question, count):
    """「第五部分主要任务下面分了几个方面」: the number and the unquoted title name one heading; its parts counted."""
    a = parts_plan.ask(question)
    assert a.found and count in a.answer and "存在问题" in a.answer, a.answer
