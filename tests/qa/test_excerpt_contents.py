"""A text holding only part of its plan's body, whose 目录 lists the whole outline (an excerpt, a page cut short):
counts of a level the 目录 lists more of are the 目录's, the body's said beside them; a heading only the 目录 lists is
named from it, said as the 目录's; a number past the 目录's is refused naming its range. A plan whose 目录 and body
agree is counted from its body alone. Made-up plans: a text 目录 with dot leaders and a Markdown one collapsed in
``<details>``.
"""
from __future__ import annotations

import pytest

from kg.ingest.parse import parse_file
from tests.conftest import DATA, hash_engine

TEXT = DATA / "excerpt-with-contents.txt"
MARKDOWN = DATA / "excerpt-collapsed-contents.md"


@pytest.fixture(scope="module")
def text(tmp_path_factory):
    return hash_engine(tmp_path_factory, [TEXT], "excerpt-contents")


@pytest.fixture(scope="module")
def markdown(tmp_path_factory):
    return hash_engine(tmp_path_factory, [MARKDOWN], "excerpt-collapsed")


def test_the_contents_are_read_from_a_printed_and_a_collapsed_table():
    assert parse_file(TEXT).contents[-2:] == ["第五章 办好人民满意的教育", "第六章 建设健康青溪"]
    assert parse_file(MARKDOWN).contents[:2] == ["第一篇　总体要求", "第一章　发展环境"]
    assert [c.heading.title for c in parse_file(MARKDOWN).chapters()] == ["发展环境", "主要目标"]  # never body headings


@pytest.mark.parametrize("question,said", [
    ("规划一共有几篇？", "共3篇（据规划目录）"),
    ("一共多少章？", "共6章（据规划目录）"),
    ("第六章的标题是什么？", "第六章 建设健康青溪（规划目录所列"),
    ("第三篇叫什么？", "第三篇 增进民生福祉"),
    ("第三章的标题是什么？", "壮大特色农业"),
])
def test_an_excerpts_outline_is_its_contents(text, question, said):
    a = text.ask(question)
    assert a.found and said in a.answer, a.answer


@pytest.mark.parametrize("question,said", [
    ("纲要一共分多少篇？", "共2篇（据规划目录）"),
    ("共有几章？", "共5章"),
    ("第五章的标题是什么？", "优化创新生态"),
])
def test_a_collapsed_contents_is_read_too(markdown, question, said):
    a = markdown.ask(question)
    assert a.found and said in a.answer, a.answer


@pytest.mark.parametrize("question,said", [
    ("第七章的标题是什么？", "规划目录列出第一章至第六章"),
    ("第四篇讲什么？", "规划目录列出第一篇至第三篇"),
])
def test_a_heading_past_the_contents_is_refused(text, question, said):
    a = text.ask(question)
    assert not a.found and said in a.answer, a.answer


def test_a_plan_whose_contents_and_body_agree_is_counted_from_its_body(tmp_path_factory):
    whole = tmp_path_factory.mktemp("whole-plan") / "whole-plan.txt"
    whole.write_text("青溪县规划纲要\n\n目录\n\n第一章 发展基础……1\n第二章 总体要求……3\n\n第一章 发展基础\n\n"
                     "全县地区生产总值年均增长6.5%。\n\n第二章 总体要求\n\n坚持稳中求进。\n", encoding="utf-8")
    a = hash_engine(tmp_path_factory, [whole], "whole-plan").ask("一共有几章？")
    assert a.found and "共2章" in a.answer and "目录列出" not in a.answer, a.answer
