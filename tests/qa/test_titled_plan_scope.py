"""With two plans served and no scope chosen, a plan named in the question by its title's words (十一五纲要, 白河县规划,
红山市“十一五”规划) scopes the answer to that plan; a question naming no plan, or 十一五 only outside a plan's name,
is not scoped by it.

Invented plans (tests/data/planscope/): 《红山市…第十一个五年规划纲要》 and 《白河县…第十四个五年规划…纲要》, each
with a 第二章 and a 第三章 of different sections.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import hash_engine
from qa.question.planscope import titled_plan

DATA = Path(__file__).resolve().parent.parent / "data" / "planscope"


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    return hash_engine(tmp_path_factory, [DATA / "hongshan-11th.txt", DATA / "baihe-14th.txt"], "titled-plan-scope")


@pytest.mark.parametrize("question", ["十一五纲要第三章包括哪些节？", "红山市规划第三章有哪几节？", "红山市“十一五”规划的第三章包括哪些节？",
                                      "第十一个五年规划纲要第三章有哪些节？"])
def test_the_eleventh_plan_named_scopes_the_answer(two, question):
    a = two.ask(question)
    assert a.found and "壮大支柱产业" in a.answer and "推进节能降耗" in a.answer, a.answer
    assert "发展社会事业" not in a.answer


@pytest.mark.parametrize("question", ["白河县规划第三章包括哪些节？", "十四五规划第三章有哪几节？", "白河县纲要第三章有哪些节？"])
def test_the_fourteenth_plan_named_scopes_the_answer(two, question):
    a = two.ask(question)
    assert a.found and "发展社会事业" in a.answer and "壮大支柱产业" not in a.answer, a.answer


def test_titled_plan_reads_only_a_plans_name(two):
    plans = two.plan_identities
    assert set(titled_plan("十一五纲要第三章包括哪些节？", plans).values()) == {"hongshan-11th"}
    assert titled_plan("第三章包括哪些节？", plans) == {}
    # 十一五 said as a period, not as a plan's name; and two plans named (a comparison) is no one plan
    assert titled_plan("十一五期间工业发展有哪些节？", plans) == {}
    assert titled_plan("十一五纲要和十四五规划的第三章有什么不同？", plans) == {}
