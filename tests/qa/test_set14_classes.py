"""Examiner 14's held-out classes, on made-up plans (tests/data/straight-sections-plan.md, restarting-sections-plan.md).

- A heading asked by the bracketed numeral it is printed with (「第（十二）条的标题是什么」) where a plan numbers its
  （一）… straight through its parts: the one so printed, with the part holding it; numbers restarting in every part
  → asked back which; a numeral the plan never prints → ``found: false`` saying where its numbers end.
- A part named by the topic its title wraps (「垃圾综合治理那一部分」 of 「三、提升全程管理实效，开创垃圾综合治理新局面」)
  when the question says it names a part; a topic printed in two titles names neither.
- A count whose clause bounds the things counted (「每年引进投资3000万元以上的项目15个以上」) answers 「引进多少个项目」
  asked of the owner printed before it; never another owner's (产业建链行动), nor one of two sorts counted in one clause.
- Two figures asked in one 、-run, each with words of its own (「出列了多少个贫困村、脱贫多少人」): each part answered,
  a time opening the question dating every part that names none (never another year's figures).
"""
from __future__ import annotations

import pytest

from qa.outline.headcount import headings_named
from tests.conftest import DATA
from tests.qa.said import QUOTE

STRAIGHT = DATA / "straight-sections-plan.md"
RESTARTING = DATA / "restarting-sections-plan.md"


@pytest.fixture(scope="module")
def straight(engine_for):
    return engine_for(STRAIGHT)


@pytest.fixture(scope="module")
def restarting(engine_for):
    return engine_for(RESTARTING)


@pytest.mark.parametrize("question", ["第（四）条的标题是什么？", "（四）的标题是什么？", "第（四）项叫什么？",
                                      "第(四)部分的标题是什么？"])
def test_a_heading_asked_by_its_bracketed_numeral(straight, question):
    a = straight.ask(question)
    assert a.found, a.answer
    assert "强化建筑垃圾全过程监管" in a.answer and "提升全程管理实效" in a.answer, a.answer
    assert "（三）" not in a.answer and "（五）" not in a.answer, a.answer


def test_what_a_bracketed_heading_says(straight):
    a = straight.ask("（八）讲的是什么？")
    assert a.found and "实施产业强链工程" in a.answer, a.answer


def test_a_numeral_the_plan_does_not_print(straight):
    a = straight.ask("第（十二）条的标题是什么？")
    assert not a.found and "（九）" in a.answer, a.answer


def test_numerals_restarting_in_every_part_are_asked_back(restarting):
    a = restarting.ask("第（二）条的标题是什么？")
    assert not a.found, a.answer
    assert "建设高标准农田" in a.answer and "建设宜居宜业和美乡村" in a.answer, a.answer
    # a numbered heading above it still names one
    b = restarting.ask("第二部分的第（二）项是什么？")
    assert b.found and "建设宜居宜业和美乡村" in b.answer and "高标准农田" not in b.answer, b.answer


_WASTE = ["优化提升生活垃圾全程分类体系", "强化建筑垃圾全过程监管", "推进垃圾深度资源化利用"]


@pytest.mark.parametrize("question", ["垃圾综合治理那一部分部署了哪几项任务？", "垃圾综合治理这一部分有哪些任务？",
                                      "垃圾综合治理部分包括哪些内容？", "公园城市建设那一部分部署了哪些任务？"])
def test_a_part_named_by_the_topic_its_title_wraps(straight, question):
    a = straight.ask(question)
    assert a.found, a.answer
    want = _WASTE if "垃圾" in question else ["启动新一轮公园建设", "推动城园无界融合"]
    assert [i.label for i in a.items] == want, a.answer


def test_a_part_named_by_its_topic_counted(straight):
    a = straight.ask("垃圾综合治理那一部分有几项任务？")
    assert a.found and "3" in a.answer and all(t in a.answer for t in _WASTE), a.answer


def test_a_topic_in_two_titles_names_neither(straight):
    # 「四、…打造市容景观新标杆」 and 「（七）推进市容景观专项治理工作」 both print 市容景观
    assert headings_named(straight.kb, "市容景观", inside=True) == []
    # and a topic inside a title names it only when the question says it names a part
    assert headings_named(straight.kb, "垃圾综合治理") == []
    assert len(headings_named(straight.kb, "垃圾综合治理", inside=True)) == 1


@pytest.mark.parametrize("question", ["产业链招商每年要引进多少个项目？", "产业补链行动每年引进几个项目？",
                                      "开展产业链招商，每年引进多少个项目？"])
def test_a_count_whose_clause_bounds_the_things_counted(straight, question):
    a = straight.ask(question)
    assert a.found, a.answer
    assert a.items[0].label.startswith("15个"), a.answer


def test_one_of_two_sorts_asked_by_its_bound(straight):
    a = straight.ask("每年引进多少个10亿元以上项目？")
    assert a.found and a.items[0].label == "3个", a.answer


@pytest.mark.parametrize("question", ["产业建链行动每年引进多少个项目？", "招商引资每年引进多少个项目？"])
def test_no_other_owners_count_nor_one_of_two_sorts(straight, question):
    a = straight.ask(question)
    said = QUOTE.sub("", a.answer)
    assert not a.found or not any(v in said for v in ("15个", "3个", "12个")), a.answer


@pytest.mark.parametrize("question, values", [
    ("出列了多少个贫困村、脱贫多少人？", ["27个", "25630人"]),
    ("贫困村出列多少个、贫困户脱贫多少户？", ["27个", "8012户"]),
    ("“十四五”脱贫攻坚，出列了多少个贫困村、脱贫多少人？", ["27个", "25630人"]),
])
def test_two_parts_asked_in_one_run(straight, question, values):
    a = straight.ask(question)
    assert a.found, a.answer
    said = QUOTE.sub("", a.answer)
    assert all(v in said for v in values), a.answer


def test_a_time_opening_the_question_dates_every_part(straight):
    # the figures are the 十四五's: asked for 2030, neither part is answered by them
    a = straight.ask("2030年出列多少个贫困村、脱贫多少人？")
    said = QUOTE.sub("", a.answer)
    assert not a.found or not any(v in said for v in ("27个", "25630人")), a.answer
