"""A heading or box named by its number, asked what it is about in a chat's words (讲的是啥, 讲了什么, 是关于什么的,
内容是什么): its title and what it holds; a number the plan does not print is not found — never a passage of
some other heading offered as found (seedwords3: 「专栏26.5讲的是啥」 got a road box's paragraph, 「专栏31.1讲了什么」
a reservoir's).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA


@pytest.fixture(scope="module")
def numbered(engine_for):
    return engine_for(DATA / "struct-numbered-plan.txt")


@pytest.mark.parametrize("question, expected", [
    ("专栏1讲的是啥？", ["高原特色农业重点项目", "抚仙湖蔬菜基地"]),
    ("专栏2讲了什么", ["全域旅游重点项目", "智慧旅游平台"]),
    ("专栏1是关于什么的？", ["高原特色农业重点项目"]),
    ("专栏2的内容是什么", ["全域旅游重点项目", "禄充景区提升工程"]),
    ("第三章讲了啥？", ["做强高原特色农业"]),
    ("第五章第二节讲的什么", ["加强湿地建设"]),
    ("第4章说了什么？", ["发展全域旅游"]),
])
def test_numbered_heading_asked_what_it_says(numbered, question, expected):
    a = numbered.ask(question)
    assert a.found, a.answer
    for word in expected:
        assert word in a.answer + "".join(i.label for i in a.items), a.answer


@pytest.mark.parametrize("question", [
    "专栏3讲的是啥？", "专栏5讲了什么", "专栏2.1是关于什么的？", "专栏4的内容是什么",
    "第九章讲了啥？", "第五章第四节讲的什么", "第8章说了什么？",
])
def test_numbered_heading_the_plan_lacks_is_not_found(numbered, question):
    a = numbered.ask(question)
    assert not a.found, a.answer
