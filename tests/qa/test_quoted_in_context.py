"""Where a quoted phrase sits when the question prints it inside longer words (「打造松溪“百年书香之地”城市品牌，写在
哪一章哪一节」): the paragraph printing those words around it is where it is, not the first paragraph naming the
phrase in passing (a 发展构想 sentence); a question with no words around the quote keeps the first place it is printed.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "quoted-in-context-plan.txt"


@pytest.mark.parametrize("question", ["打造松溪“百年书香之地”城市品牌，写在哪一章哪一节？",
                                      "“百年书香之地”城市品牌在规划的哪一节？",
                                      "规划里打造“百年书香之地”城市品牌是在哪一章？",
                                      "实施城市品牌塑造、打造松溪“百年书香之地”城市品牌放在哪一篇？"])
def test_the_words_around_the_quote_place_it(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    lead = a.answer.split("另见")[0]
    assert "强化品牌营销" in lead or "繁荣文化旅游" in lead or "第二篇" in lead, a.answer
    assert "文化名城" not in lead and "战略定位" not in lead, a.answer


def test_bare_quote_keeps_its_first_place(plan):
    a = plan.ask("“百年书香之地”出现在哪一章？")
    assert a.found and "战略定位" in a.answer.split("另见")[0], a.answer
