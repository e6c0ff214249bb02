"""Two-part figure questions whose parts share what the question says once (set 14 class B), on a made-up plan.

- 「A和B分别…多少」 with A and B two measures of one owner printed in one sentence (「…装灯率100%，实现亮灯率98%」):
  each part its own figure, cited — never 「规划中未找到」 for both;
- 「X的比例、Y的Z比例，各要达到多少」: two whole measures, each with its own 的 — a part is never cut at the 的
  (「比例」「开放草坪」), each asked as the question words it;
- 「A和B及C服务中心分别多少张床位」: 和/及 inside a name the plan prints is no join, and a head (服务中心) is shared
  only when the plan prints the shared name — never an invented 「敬老院服务中心」; a part the plan lacks is said so.
"""
from __future__ import annotations

import pytest

from qa.values.parts import figure_parts
from tests.conftest import DATA

PLAN = DATA / "shared-measure-parts-plan.txt"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question, texts", [
    ("滨水步道24小时开放的比例、设置夜景照明的滨水公园比例，各要达到多少？",
     ["滨水步道24小时开放的比例，要达到多少", "设置夜景照明的滨水公园比例，要达到多少"]),
    ("公园24小时开放的比例、开放草坪的城市公园比例，分别要到多少？",
     ["公园24小时开放的比例，要到多少", "开放草坪的城市公园比例，要到多少"]),
    ("城区路灯的装灯率和亮灯率分别定的多少？", ["城区路灯的装灯率定的多少", "城区路灯的亮灯率定的多少"]),
    ("乙烯和合成橡胶的产量分别是多少？", ["乙烯的产量是多少", "合成橡胶的产量是多少"]),
])
def test_whole_measures_are_never_cut_at_their_own_de(question, texts):
    assert [p.text for p in figure_parts(question, lambda t: None)] == texts


@pytest.mark.parametrize("question, values", [
    ("中心城区路灯的装灯率和亮灯率分别定的多少？", ["100%", "98%"]),
    ("中心城区道路装灯率、亮灯率各是多少？", ["100%", "98%"]),
    ("城区的装灯率和亮灯率分别要达到多少", ["100%", "98%"]),
    ("滨水步道24小时开放的比例、设置夜景照明的滨水公园比例，各要达到多少？", ["95%", "60%"]),
    ("滨水步道24小时开放比例和设置夜景照明的滨水公园比例分别是多少？", ["95%", "60%"]),
])
def test_each_part_is_answered_and_cited(county, question, values):
    a = county.ask(question)
    assert a.found and "未找到" not in a.answer, a.answer
    for v in values:
        assert v in a.answer, a.answer
    assert a.citations, a.answer


@pytest.mark.parametrize("question, values", [
    ("敬老院和残疾人康复及托养服务中心分别是多少张床位？", ["120张", "150张"]),
    ("残疾人康复及托养服务中心和敬老院各有多少张床位？", ["150张", "120张"]),
])
def test_a_join_inside_a_printed_name_is_no_part(county, question, values):
    a = county.ask(question)
    assert a.found, a.answer
    assert "敬老院服务中心" not in a.answer and "托养服务中心：规划中未找到" not in a.answer, a.answer
    at = [a.answer.find(v) for v in values]
    assert all(i >= 0 for i in at) and at == sorted(at), a.answer


@pytest.mark.parametrize("question", [
    "敬老院和儿童福利服务中心分别是多少张床位？",
    "敬老院和儿童福利中心各有多少张床位？",
])
def test_a_part_the_plan_lacks_is_said_so_never_invented(county, question):
    a = county.ask(question)
    assert "120张" in a.answer and "未找到" in a.answer, a.answer
    assert "敬老院服务中心" not in a.answer and "敬老院福利" not in a.answer, a.answer
    assert "150张" not in a.answer, a.answer  # never the other centre's beds


@pytest.mark.parametrize("question", [
    "乡镇路灯的装灯率和亮灯率分别定的多少？",
    "老城区道路的装灯率、亮灯率各是多少？",
    "2035年中心城区装灯率和亮灯率分别要达到多少？",
])
def test_a_sentence_of_another_owner_or_year_answers_no_part(county, question):
    a = county.ask(question)
    assert "100%" not in [i.label for i in a.items] and "98%" not in [i.label for i in a.items], a.answer
