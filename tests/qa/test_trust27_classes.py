"""Lane trust27 (issue 11): every part of a several-part or follow-up question is held to the measure, unit kind,
year and owner it carries, by the same checks a one-figure question gets; a sum over members printed with one shared
figure says so, never a made-up sum.

Questions are our own wordings of the classes, on the seed plan and on made-up answers.
"""
from __future__ import annotations

import pytest

from qa.answer import Answer, Citation, Item
from qa.values.parts import Part, _inside_container, answer_parts


def _fact(q: str, label: str, detail: str) -> Answer:
    cite = Citation("c1", "", "", None, None, detail)
    return Answer(q, f"{label}（原文：“{detail}”）", True, [Item(label, cite, detail=detail)], [cite], kind="fact")


# 1. A whole answer's item is checked as its own part's answer ----------------------------------------------------
def test_whole_answer_item_failing_its_part_check_is_not_kept():
    whole = Answer("q", "甲：8.6万亩；乙：21.5km", True,
                   [Item("8.6万亩", detail="甲支渠7条，灌溉面积8.6万亩"), Item("21.5km", detail="乙渠道21.5km")], kind="fact")
    alone = {"甲灌溉面积多少": _fact("甲灌溉面积多少", "8.6万亩", "甲支渠7条，灌溉面积8.6万亩"),
             "乙灌溉面积多少": _fact("乙灌溉面积多少", "5.96万亩", "灌溉面积5.96万亩")}
    ask = lambda q: alone.get(q, whole)  # noqa: E731
    refuse_length = lambda q, a: Answer(q, "所问的是面积，所给数值是长度", False) if "km" in a.items[0].label else a  # noqa: E731
    parts = [Part("甲灌溉面积多少", "甲"), Part("乙灌溉面积多少", "乙")]
    got = answer_parts(ask, "甲灌溉面积多少？乙呢？", "甲灌溉面积多少？乙呢？", parts, check=refuse_length)
    assert "21.5km" not in got.answer and "5.96万亩" in got.answer


def test_whole_answer_item_kept_for_a_part_unanswered_alone():
    whole = Answer("q", "甲：3600个；乙：72个", True,
                   [Item("3600个", detail="3600个学位"), Item("72个", detail="达成72个教学班")], kind="fact")
    alone = {"甲多少个学位": _fact("甲多少个学位", "3600个", "3600个学位"),
             "甲多少个教学班": Answer("甲多少个教学班", "规划中未能确定所问的数值", False)}
    refuse_all = lambda q, a: Answer(q, "refused", False) if "教学班" in q else a  # noqa: E731
    parts = [Part("甲多少个学位", "学位"), Part("甲多少个教学班", "教学班")]
    got = answer_parts(lambda q: alone.get(q, whole), "甲多少个学位、多少个教学班", "q", parts, check=refuse_all)
    assert "72个" in got.answer


def test_container_named_before_the_owner_is_kept_in_a_follow_up():
    named = lambda t: "双牌灌区" if "双牌灌区" in t else None  # noqa: E731
    assert _inside_container("零陵灌区工程里双牌灌区支渠灌溉面积多少", "零陵灌区工程", named) == "双牌灌区"
    assert _inside_container("零陵灌区工程中，双牌灌区的灌溉面积是多少", "零陵灌区工程", named) == "双牌灌区"
    assert _inside_container("双牌灌区支渠灌溉面积多少", "双牌灌区", named) is None


@pytest.mark.parametrize(
    "question, values, never",
    [
        ("零陵灌区工程里双牌灌区支渠灌溉面积多少？石坝仔水库灌区呢？", ["8.6万亩", "5.96万亩"], ["21.5km"]),
        ("零陵灌区工程里双牌灌区支渠灌溉面积多少？猫儿岩水库灌区呢？", ["8.6万亩", "3.2万亩"], ["13.5km"]),
        ("零陵灌区工程中，贤水河灌区的灌溉面积是多少？猫儿岩水库灌区呢？", ["2.2万亩", "3.2万亩"], ["13.5km", "17km"]),
        ("零陵灌区工程里贤水河灌区灌溉面积多少？那江源灌区的呢？", ["2.2万亩", "2.1万亩"], ["8.7km"]),
    ],
)
def test_follow_up_part_keeps_the_measure_asked(engine, question, values, never):
    answer = engine.ask(question)
    assert answer.found, answer.answer
    for v in values:
        assert v in answer.answer, answer.answer
    for v in never:
        assert v not in answer.answer.split("原文")[0] and v not in [i.label for i in answer.items], answer.answer


# 2. A total asked of members printed with one shared figure --------------------------------------------------------
def test_whole_run_total_needs_every_member_and_a_total_asked():
    from qa.values.runmembers import whole_run_total
    s = "兴建甲村、乙村、丙村、丁村四个农村饮水水厂,供水规模为3.2万吨每天"
    assert whole_run_total("甲村、乙村、丙村、丁村四个水厂供水规模加起来多少", s) == ("甲村、乙村、丙村、丁村四个农村饮水水厂", "3.2万吨每天")
    assert whole_run_total("四个水厂(甲村、乙村、丙村、丁村)供水规模一共多少", s) is not None
    assert whole_run_total("甲村和乙村水厂供水规模加起来多少", s) is None
    assert whole_run_total("甲村、乙村、丙村、丁村四个水厂供水规模多少", s) is None


@pytest.mark.parametrize(
    "question",
    [
        "四个水厂（何仙观、黄江源、石坝仔、猫儿岩）供水规模加起来多少？",
        "何仙观、黄江源、石坝仔、猫儿岩四个水厂供水规模加起来是多少？",
        "何仙观、黄江源、石坝仔和猫儿岩这几个水厂的供水规模合计多少？",
    ],
)
def test_sum_of_all_members_sharing_one_figure_says_so(engine, question):
    answer = engine.ask(question)
    assert answer.found and "5.5万吨" in answer.answer and "合计" in answer.answer, answer.answer
    assert "+" not in answer.answer  # nothing added: one printed figure


@pytest.mark.parametrize("question", ["黄江源和石坝仔水厂供水规模加起来多少？", "石坝仔、猫儿岩两个水厂供水规模一共多少？"])
def test_sum_of_some_members_is_never_the_runs_figure(engine, question):
    answer = engine.ask(question)
    assert not answer.found, answer.answer
    assert all("5.5万吨" not in i.label for i in answer.items)


def test_works_parts_counted_sharing_one_figure():
    from qa.values.worksum import WorksSum, shared_by_run
    t = "丙工程。新建东村、西村两座泵站，装机共1200千瓦。"
    assert shared_by_run(t, "1200千瓦", WorksSum("丙工程", "泵站", "装机", 2)) == "东村、西村两座泵站"
    assert shared_by_run(t, "1200千瓦", WorksSum("丙工程", "泵站", "装机", 3)) is None


@pytest.mark.parametrize("question, found", [
    ("零陵区农村饮水安全工程四个水厂的供水规模一共多少？", True),
    ("零陵区农村饮水安全工程里各个水厂的供水规模加起来多少？", True),
    ("零陵区农村饮水安全工程三个水厂的供水规模一共多少？", False),
])
def test_works_sum_of_parts_printed_with_one_figure(engine, question, found):
    answer = engine.ask(question)
    assert answer.found is found, answer.answer
    if found:
        assert "5.5万吨" in answer.answer and "合计" in answer.answer and "+" not in answer.answer


# 3. The one-figure checks a part now goes through hold a rate per a round base as a rate -------------------------
@pytest.mark.parametrize("question, value, clause", [
    ("孕产妇死亡率要降到多少？", "22/10万", "孕产妇死亡率降到22/10万"),
    ("甲县的孕产妇死亡率控制在多少以下？", "18/10万", "孕产妇死亡率控制在18/10万以下"),
])
def test_rate_per_round_base_answers_a_rate(question, value, clause):
    from qa.checks.verify import checked_figures
    answer = checked_figures(question, _fact(question, value, clause))
    assert answer.found, answer.answer
