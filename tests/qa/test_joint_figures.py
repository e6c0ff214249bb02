"""A figure is given only as the figure of what is asked (issue 11, class 3).

On a made-up plan (``tests/data/qa-trust14-plan.txt``):
- **joint**: 「加快推进东岭、西塘、南湾、北坡楔形绿地建设，确保…，新增绿地面积260公顷以上」 prints one figure for the
  four wedges together, the run named in an earlier clause of the sentence than the figure. Asked of several of them,
  the answer says it as their joint figure; asked of one, it is no figure of that one (found:false, saying the
  plan prints only the joint figure). A thing named alone before its figure (青石公园) keeps its own.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import found_labels

PLAN = DATA / "qa-trust14-plan.txt"


@pytest.mark.parametrize("question", [
    "东岭、西塘、南湾、北坡楔形绿地新增多少绿地面积",
    "东岭、西塘、南湾、北坡这几个楔形绿地要新增多少绿地面积？",
    "东岭、西塘、南湾、北坡楔形绿地一共新增绿地面积多少",
])
def test_a_figure_printed_for_a_run_is_said_as_the_runs(plan, question):
    a = plan.ask(question)
    said = a.answer.replace(" ", "")
    assert "260公顷" in said, a.answer
    # never one member's own: the figure is said of the four together
    assert "东岭楔形绿地绿地面积：260" not in said and "东岭楔形绿地新增：260" not in said, a.answer
    # said as their joint figure, or (a sum asked) of the four named together
    assert "合计" in said or "未分列" in said or "东岭、西塘、南湾、北坡楔形绿地" in said, a.answer


@pytest.mark.parametrize("question", [
    "南湾楔形绿地新增多少绿地面积",
    "西塘楔形绿地要新增多少公顷绿地",
    "东岭楔形绿地新增绿地面积是多少",
    "北坡楔形绿地新增绿地多少公顷？",
    "金沙生态廊道新增林地面积多少",
])
def test_one_member_of_a_run_is_not_given_the_runs_figure(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert "合计" in a.answer, a.answer
    # the quote shows the run the figure is printed for, as the plan prints it
    assert "东岭、西塘、南湾、北坡楔形绿地建设，" in a.answer or "金沙、银滩生态廊道建设，" in a.answer, a.answer


def test_a_thing_named_alone_keeps_its_own_figure(plan):
    a = plan.ask("青石公园新增绿地面积多少")
    assert a.found and found_labels(a) == ["12公顷"], a.answer
    a = plan.ask("青石公园提质工程新建园路多少公里")
    assert a.found and found_labels(a) == ["5公里"], a.answer
