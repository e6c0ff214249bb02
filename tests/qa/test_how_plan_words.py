"""How-questions in the asker's words: 「老百姓的居住环境」 is the plan's 居民 and 人居环境, each word read as the
plan prints it, one at a time and all together (qa.passages.extractive.covers)."""
from __future__ import annotations

import pytest

from qa.passages.extractive import covers

TEXT = "三、打造舒适便利的人居环境。精准增设早餐店、便利店，积极保障重点区域居民基本停车需求。"


@pytest.mark.parametrize("question", ["核心区的居住环境要怎么改善？", "怎么改善老百姓的居住环境？",
                                      "老百姓居住环境如何提升？"])
def test_asker_words_read_as_the_plans(question):
    assert covers(question, TEXT) > covers(question, TEXT.replace("人居环境", "").replace("居民", ""))
    assert covers(question, TEXT) >= 0.5
