"""A works' stage (续建) asked inside its name (「X搬迁续建项目」) where the item's title prints it after (「X搬迁项目续建。」)
— an invented plan. The stage and head alone (续建项目) are no short form of another works' name (清溪水库灌区续建配套
项目), and the stage is the whole item's, said in its title.

(These pass before the alias fix too: this invented plan does not make 续建项目 a short-form candidate; the seed did.
「…项目会新增多少」 with 会 is not yet answered here.)
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "works-stage-title-plan.md"


@pytest.mark.parametrize("question", [
    "中医院康复服务中心搬迁续建项目要新增多少张床位？",
    "中医院康复服务中心搬迁续建项目新增床位多少张？",
    "中医院康复服务中心搬迁项目续建要新增几张床位？",
])
def test_the_stage_in_the_items_title(plan, question):
    a = plan.ask(question)
    assert a.found and "260张" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "中医院康复服务中心搬迁续建项目有多少个停车位？", "清溪水库灌区续建配套项目新增多少张床位？",
])
def test_traps(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
