"""Classes met on special plans nobody had fitted (lane probeB): figures printed the way 专项规划 print them.

The plan (tests/data/probeb-special-plan.txt) is invented; each test names the class and the wording it stands for.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import joined_labels

PLAN = DATA / "probeb-special-plan.txt"


# -- 「99%的A、98%的B、…能够…」: each share printed before its own noun ------------------------------------------------
@pytest.mark.parametrize("question, share", [
    ("社区图书室能开展全民阅读活动的比例是多少？", "80%"),
    ("街道文化站的比例是多少？", "95%"),
    ("能开展全民阅读活动的村文化室占多少？", "60%"),
])
def test_a_share_printed_before_its_noun_is_that_nouns(plan, question, share):
    a = plan.ask(question)
    assert a.found and joined_labels(a) == share, a.answer


def test_two_members_of_a_share_run_each_get_their_own(plan):
    a = plan.ask("街道文化站和社区图书室能开展全民阅读活动的比例分别是多少？")
    assert a.found and "95%" in joined_labels(a) and "80%" in joined_labels(a), a.answer
    assert "60%" not in a.answer.split("原文")[0], a.answer


@pytest.mark.parametrize("question", ["乡镇文化站的比例是多少？", "社区图书室能开展送戏下乡的比例是多少？"])
def test_a_member_the_run_does_not_name_gets_no_share(plan, question):
    a = plan.ask(question)
    assert not any(v in joined_labels(a) for v in ("95%", "80%", "60%")), a.answer


@pytest.mark.parametrize("measure, value, own", [
    ("街道文化站比例", "80%", "95%"),     # the value printed after the noun is the next member's
    ("社区图书室比例", "95%", "80%"),
    ("村文化室能开展阅读活动的比例", "80%", "60%"),
    ("乡镇文化站比例", "95%", None),      # a member the run does not print: no value at all
])
def test_a_runs_value_read_after_a_noun_is_replaced_by_the_nouns_own(measure, value, own):
    from qa.values.measures import distributed_value
    clause = "95%的街道文化站、80%的社区图书室、60%的村文化室能够开展全民阅读活动"
    assert distributed_value(clause, measure, value) == own


# -- 「截至2020年底，X是多少」: the whole time phrase is the question's year, no part of the measure ---------------------
@pytest.mark.parametrize("question", ["截至2020年底，全市公共图书馆有多少家？", "截止到2020年底全市公共图书馆达到多少家？",
                                      "截至2020年末，公共图书馆一共多少家？"])
def test_a_year_said_with_jiezhi_is_the_years(plan, question):
    a = plan.ask(question)
    assert a.found and joined_labels(a) == "36家", a.answer


def test_a_year_said_with_jiezhi_the_plan_does_not_give_is_refused(plan):
    a = plan.ask("截至2025年底，全市公共图书馆要达到多少家？")
    assert not a.found and "36家" not in joined_labels(a), a.answer


def test_frame_drops_jiezhi_with_its_year():
    from qa.question.frame import parse_frame
    from qa.question.intent import classify_intent
    q = "截至2020年底，每千人口床位数是多少张？"
    f = parse_frame(q, classify_intent(q))
    assert f.measures == ("每千人口床位数",) and f.year == 2020


# -- 「东部片区涉及几个镇」: a thing counted in what the heading's text prints, never the heading's own parts -----------
@pytest.mark.parametrize("question", ["东部片区涉及几个镇？", "西部片区包括多少个镇？"])
def test_a_count_of_a_printed_noun_is_no_count_of_parts(plan, question):
    a = plan.ask(question)
    assert "下分" not in a.answer and "基本情况" not in joined_labels(a), a.answer


@pytest.mark.parametrize("question", ["东部片区下面分几项？", "保障措施一共有几条？"])
def test_a_count_of_a_headings_parts_is_still_one(plan, question):
    a = plan.ask(question)
    assert a.found and "2" in a.answer, a.answer


# -- 「推广到42个国家和地区」: a pair printed after one count is one noun, asked with or without a spoken 了 ------------
@pytest.mark.parametrize("question", ["地方戏曲推广到了多少个国家和地区？", "地方戏曲已经推广到多少个国家和地区了？",
                                      "地方戏曲推广到多少个国家和地区啊？"])
def test_a_pair_counted_once_is_one_noun(plan, question):
    a = plan.ask(question)
    assert a.found and joined_labels(a) == "42个", a.answer
    assert len(a.items) == 1 and "；地区" not in a.answer, a.answer  # never the count said again as the second noun's own


# -- 「2018年，X条例施行。」: a law's or meeting's year, asked with the asker's own 开始…的 --------------------------------
@pytest.mark.parametrize("question", ["全民阅读促进条例是哪一年开始施行的？", "全民阅读促进条例哪一年施行？",
                                      "全民阅读促进条例什么时候开始实施的？"])
def test_a_laws_year_is_its_lead_clauses(plan, question):
    a = plan.ask(question)
    assert a.found and "2018年" in joined_labels(a), a.answer


def test_an_event_the_plan_does_not_date_is_not_given_the_laws_year(plan):
    a = plan.ask("全民阅读促进条例是哪一年修订的？")
    assert "2018" not in joined_labels(a), a.answer


# -- 「图书总藏量达到1200万册以上，期刊达到8000种以上」: a later member leaves out the head its sibling prints -----------
@pytest.mark.parametrize("question", ["公共图书馆图书总藏量和期刊藏量分别要达到多少？", "图书总藏量和期刊藏量分别是多少？"])
def test_a_members_figure_with_the_siblings_head_left_out(plan, question):
    a = plan.ask(question)
    assert a.found and "1200万件以上" in joined_labels(a) and "80万件以上" in joined_labels(a), a.answer


def test_a_member_the_run_does_not_print_gets_no_siblings_figure(plan):
    a = plan.ask("图书和报纸藏量分别要达到多少？")
    assert "80万件" not in joined_labels(a) and "650个" not in joined_labels(a), a.answer


# -- 「缩小到1.8∶1」: a ratio is said whole, never its first term alone ----------------------------------------------
@pytest.mark.parametrize("question", ["城乡居民文化消费支出比缩小到多少？", "城乡居民文化消费支出比是多少？"])
def test_a_ratio_is_said_whole(plan, question):
    a = plan.ask(question)
    assert a.found and joined_labels(a) == "1.8∶1", a.answer


# -- 「常住人口21.3万人的是哪个片区」: a value looked up names the heading of the kind asked it is printed under --------
@pytest.mark.parametrize("question, name", [
    ("常住人口21.3万人的是哪个片区？", "西部片区"),
    ("年接待游客300万人次以上的是哪个片区？", "东部片区"),
])
def test_a_value_names_the_section_it_is_printed_under(plan, question, name):
    a = plan.ask(question)
    assert a.found and joined_labels(a) == name, a.answer


def test_a_value_the_plan_does_not_print_names_no_section(plan):
    a = plan.ask("常住人口99.9万人的是哪个片区？")
    assert not any(n in joined_labels(a) for n in ("东部片区", "西部片区")), a.answer


# -- 「南部平原区年降水量是多少」: a figure printed later in the item under the section titled with the owner asked -------
REGIONS = DATA / "probeb-regions-plan.txt"


@pytest.fixture(scope="module")
def regions(engine_for):
    return engine_for(REGIONS)


@pytest.mark.parametrize("question, value", [
    ("南部平原区年降水量是多少？", "1200"),
    ("中部丘陵区年降水量是多少？", "800"),
    ("北部山区的年降水量有多少？", "400"),
])
def test_a_sections_own_figure_answers_its_title(regions, question, value):
    a = regions.ask(question)
    assert a.found and joined_labels(a).startswith(value), a.answer
    assert all(v not in a.answer.split("原文")[0] for v in {"400", "800", "1200"} - {value}), a.answer


def test_a_section_the_plan_does_not_have_gets_no_siblings_figure(regions):
    a = regions.ask("西部高原区年降水量是多少？")
    assert not a.found, a.answer
