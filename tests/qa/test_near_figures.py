"""The 「相近数字」 of a found-False answer are figures about the asked measure only (lane trust12, exam set 12:
e12-04 offered 「固定资产投资年均增长12.5%」 for 「PM2.5浓度要降多少」 — the 2.5 of PM2.5 matched 12.5%; e12-u19
offered the OCR page footer 「经费包—21一」 as a figure, dated 2025, a year its text never gives).

On an invented plan (tests/data/near-figure-plan.txt) that states no PM2.5 or research-funding figure: the refusal
offers no number from another measure, no dash-framed page number, and no year the text does not print.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "near-figure-plan.txt"


@pytest.mark.parametrize("question", [
    "PM2.5浓度要降多少？",
    "到2025年PM2.5浓度要控制在多少？",
    "PM2.5年均浓度目标是多少？",
])
def test_a_number_inside_the_measures_name_finds_no_near_figure(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert "12.5" not in a.answer and "7.2" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "科研项目经费投入到2025年年均要增长多少？",
    "科研项目经费要增加多少？",
    "到2025年科研人员经费投入是多少？",
])
def test_a_page_footer_is_never_a_near_figure(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert not any(t in a.answer for t in ("21一", "—21", "17一", "一17")), a.answer
    assert "2025年“" not in a.answer, a.answer  # no year the text does not give the clause


def test_a_near_figure_sharing_the_measures_words_is_still_offered(plan):
    a = plan.ask("到2025年新增造林面积年均增长多少？")
    assert not a.found or "3万亩" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "2025年全区私人汽车拥有量要达到多少辆？",
    "到2025年私人汽车保有量是多少？",
    "二〇二五年私人汽车拥有量要达到多少？",
])
def test_a_near_figure_in_chinese_numerals_is_offered_with_its_unit(plan, question):
    # Old plans print 「汽车二百七十万辆」: a value in Chinese numerals carries its unit as much as 270万辆 does
    # (the national 9th outline's 私人汽车拥有量 question lost its near figure when only digits counted).
    a = plan.ask(question)
    assert not a.found, a.answer
    assert "三千辆" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "科技研发经费投入到2025年年均要增长多少？",
    "科技研发经费要达到多少？",
    "2025年科技研发投入强度是多少？",
])
def test_a_word_of_the_plans_whole_topic_finds_no_near_figure(plan, question):
    # 科技 is printed in most paragraphs of a 科技 plan: 「建成科技馆3座」 is no nearer 研发经费 than any figure
    # (exam set 12, e12-u19 was offered 「30家以上国家交通运输科普基地」 for 交通运输科技研发经费投入).
    a = plan.ask(question)
    assert not a.found, a.answer
    assert "3座" not in a.answer and "5家" not in a.answer, a.answer
