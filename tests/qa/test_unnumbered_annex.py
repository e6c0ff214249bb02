"""An invented county plan whose one annex is printed 「附件：<title>」 with no number, its 项目清单 flattened one
cell a paragraph (序号/项目类型/项目名称/建设内容/目标, 项目类型 printed once down its rowspan, 一、二 group rows
between). The annex is a heading of its own all the same, and its rows are counted by the 序号 column 1 … 5;
a number in a cell that is no 序号 (「5个乡镇物流服务站」) counts no row.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "qa-unnumbered-annex-plan.md"


@pytest.mark.parametrize("question", [
    "附件重点项目清单一共列了多少个项目？",
    "附件里的重点项目清单有几项？",
    "重点项目清单总共列了多少项？",
])
def test_unnumbered_annex_rows_counted(plan, question):
    a = plan.ask(question)
    assert a.found and "5项" in a.answer, a.answer


def test_no_annex_in_a_plan_without_one(engine_for):
    a = engine_for(DATA / "qa-annex-tables-plan.md").ask("附件三一共列了多少项？")
    assert not (a.found and "附件3" in a.answer), a.answer
