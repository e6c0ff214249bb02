"""Classes met on city 国民经济和社会发展 “十五五” 纲要 nobody had fitted (lane probeF): a 目录 whose 篇 titles run past
forty characters, an indicator table an HTML page's text flattened one cell per line with nothing between its rows
(captions broken over two lines, a remark or qualifier on the line under its value, a numberless sub-row), and a
quoted heading the text never prints asked where it sits.

The plan (tests/data/probef-city-plan.txt) is invented; each test names the class and the wordings it stands for.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "probef-city-plan.txt"


def _said(answer) -> str:
    return answer.answer + " " + " ".join(i.label for i in answer.items)


# -- a 目录 with long 篇 entries is still a table of contents: its headings are not counted twice ------------------------
@pytest.mark.parametrize("question, count, wrong", [
    ("规划一共分了多少篇？", "2篇", "4篇"),
    ("这个纲要共几篇？", "2篇", "4篇"),
    ("纲要有多少章？", "4章", "8章"),
    ("规划一共有几章？", "4章", "8章"),
])
def test_a_toc_with_long_part_titles_is_not_counted_as_headings(plan, question, count, wrong):
    a = plan.ask(question)
    assert count in a.answer and wrong not in a.answer, a.answer


# -- an indicator table flattened one cell per line, rows not separated -------------------------------------------------
@pytest.mark.parametrize("question, want, never", [
    ("2030年全员劳动生产率的目标是多少？", "26", "21.3"),
    ("全员劳动生产率到2030年要达到多少万元每人？", "26", "21.3"),
    ("对外贸易额占全省份额2030年目标是多少？", "14", "2024"),
    ("城乡居民收入倍差2030年要缩小到多少？", "1.65", "1.71"),
    ("2025年预计值为21.3的是哪个指标？", "全员劳动生产率", None),
])
def test_a_flattened_table_without_row_breaks_is_read(plan, question, want, never):
    a = plan.ask(question)
    said = _said(a)
    assert a.found and want in said, a.answer
    if never:
        assert never not in said.split("2030年")[-1], a.answer


@pytest.mark.parametrize("question", [
    "2030年每千人口执业医师数和注册护士数分别是多少？",
    "执业医师数和注册护士数2030年各是多少？",
])
def test_a_sub_row_under_a_numbered_row_is_its_own_indicator(plan, question):
    a = plan.ask(question)
    assert a.found and "4.1" in _said(a) and "4.8" in _said(a), a.answer


# -- a quoted heading the text never prints: no location borrowed from the passages nearest in meaning ------------------
@pytest.mark.parametrize("question, never", [
    ("“打造开放合作示范区”是第几章第几节？", "第三章"),
    ("“推进城市更新行动”在哪一篇？", "第二篇"),
    ("“建设湖畔科学城”在第几章？", "第三章"),
])
def test_a_quoted_phrase_printed_nowhere_is_located_nowhere(plan, question, never):
    a = plan.ask(question)
    assert not a.found and never not in a.answer and "出现在" not in a.answer, a.answer


def test_a_quoted_phrase_the_text_prints_is_still_located(plan):
    a = plan.ask("“湖畔实验室”在第几章？")
    assert a.found and ("第三章" in a.answer or "第3章" in a.answer), a.answer


# -- 「A总量和占B的比例分别…」: the share is the 占 part's own, the first part a level of its own --------------------------
@pytest.mark.parametrize("question", [
    "到2030年高技能人才总量和占技能人才的比例分别要达到多少？",
    "高技能人才总量和高技能人才占技能人才的比例分别是多少？",
    "全市高技能人才总量和占技能人才比例分别要达到多少？",
])
def test_a_share_after_a_level_is_asked_of_its_own_part(plan, question):
    a = plan.ask(question)
    head = a.answer.split("原文")[0]
    assert a.found and "60万人" in a.answer and "35%" in a.answer and "规划中未找到" not in a.answer, a.answer
    assert "总量比例" not in head and "总量的比例" not in head, a.answer


# -- a rate printed by its aspect word alone (「…增长至5000亿元，年均增速5.6%」) looked up by value: named by what grows ----
@pytest.mark.parametrize("question", [
    "年均增速5.6%说的是哪项指标？",
    "哪个指标年均增速是5.6%？",
    "“十四五”时期年均增速5.6%的是哪个指标？",
])
def test_a_bare_rate_found_by_value_is_named_by_its_subject(plan, question):
    a = plan.ask(question)
    assert a.found and "经济总量" in a.answer.split("原文")[0], a.answer


# -- a 分别 run's member asked without the run's qualifier (国家, the quotes round 小巨人): its own value, never the first's ----
@pytest.mark.parametrize("question, want, never", [
    ("专精特新小巨人企业到2030年要超过多少家？", "150家", "20家"),
    ("专精特新“小巨人”企业2030年要有多少家？", "150家", "20家"),
    ("高新技术企业到2030年要超过多少家？", "2000家", "20家"),
    ("单项冠军企业到2030年要超过多少家？", "20家", "150家"),
])
def test_a_run_member_asked_without_its_qualifier_gets_its_own_value(plan, question, want, never):
    a = plan.ask(question)
    head = a.answer.split("原文")[0]
    assert a.found and want in head and never not in head.replace(want, ""), a.answer
