"""A year asked holds in every sentence an answer lists: with several plans served and none chosen,
「到2029年要基本建成什么？」 is answered by the sentence dated 到2029年, never by another plan's (or the
same plan's) 到2035年 / 到2025年 sentences that share its words."""
from __future__ import annotations

import pytest

from tests.conftest import hash_engine

# An invented guide dated by 2029 beside the seed (dated by 2025 and 2035, 基本建成… in both).
GUIDE = """青岚省数据流通设施建设指引

一、总体要求

（一）发展目标

到2027年，数据流通设施建设取得阶段性进展，建成一批可信数据空间。

到2029年，基本建成全省数据流通设施主体框架，数据要素在省内顺畅流通。

二、重点任务

（一）完善数据流通网络

推动算力节点与数据流通设施协同布局，提升数据传输能力。
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory, seed_path):
    guide = tmp_path_factory.mktemp("asked-year-plans") / "qinglan-data-guide.md"
    guide.write_text(GUIDE, encoding="utf-8")
    return hash_engine(tmp_path_factory, [seed_path, guide], "asked-year")


@pytest.mark.parametrize("question, year", [
    ("到2029年要基本建成什么？", "2029"),
    ("2029年基本建成什么？", "2029"),
])
def test_every_listed_sentence_holds_the_year_asked(served, question, year):
    a = served.ask(question)
    assert a.found and a.items, a.answer
    for item in a.items:
        assert f"{year}年" in item.label, (item.label, a.answer)
    assert "2035年" not in a.answer and "2025年" not in a.answer, a.answer


def test_a_year_no_sentence_holds_lists_none_of_another_years(served):
    a = served.ask("到2031年要基本建成什么？")
    assert not any(y in i.label for i in a.items for y in ("2025年", "2029年", "2035年")), a.answer
