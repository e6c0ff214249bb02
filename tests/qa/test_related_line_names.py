"""「跟X有关的工程有哪些」: a line that is one work's name by itself (a list's cell, 「东片长风街道、曹杨街道和真如镇街道
金沙河以东区域雨污混接整治工程」) names X inside that one name — listed whole, its 、 and 和 no break between works,
and a cell repeating the name after a verb (「开展金沙河…整治工程」) adds no second work (invented plan:
tests/data/items13-plan.txt)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "items13-plan.txt"


@pytest.mark.parametrize("question", ["跟金沙河有关的工程有哪些？", "金沙河相关的项目有哪些？", "哪些工程与金沙河相关？",
                                      "金沙河涉及哪些工程？"])
def test_a_cell_naming_x_mid_name_is_listed_whole(plan, question):
    a = plan.ask(question)
    assert a.found and a.kind == "related", a.answer
    for work in ("东片长风街道、曹杨街道和真如镇街道金沙河以东区域雨污混接整治工程",
                 "建华水系、桃浦中水系、金沙河支河水系清洁小流域建设", "金沙河盲肠断河道整治工程"):
        assert work in a.answer, a.answer
    assert "开展金沙河" not in a.answer and "青山港" not in a.answer and "白溪河" not in a.answer, a.answer
