"""Office wordings of seed lane 20b (issue 11), each class on the seed and on a made-up county plan
(``tests/data/qa-seedwords20b-county-plan.txt``):

1. the asker saying the plan sets the figures (「规划要求A和B各达到多少」) — no word of the first part's name;
2. a 其中 share asked with a spoken bound and verb (「其中冷库部分至少投多少」) — the share the plan prints after the whole;
3. a share part restating its subject in its own words (「全区划定的…有多少，占总面积比例多少」「…划了多大面积？占比…」);
4. a bound asked (「…比例最低要到多少」) — no word of the measure (the plan prints 「不低于」);
5. a value said of each member of a run (「A、B、C均削减12%」) — each one's own, never their total; a run's summed
   figure (「完成A、B、C植被恢复面积1500亩以上」) stays the run's total;
6. a quoted head with its kind after it (「“135”绿色出行方式在哪一章」) — where the plan prints the whole name, never
   another thing quoting the same head (「“135”工程」).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import norm, said

COUNTY = DATA / "qa-seedwords20b-county-plan.txt"


@pytest.fixture(scope="module")
def plans(engine, engine_for):
    return {"seed": engine, "county": engine_for(COUNTY)}


@pytest.mark.parametrize(
    "plan, question, values",
    [
        # 1. 规划要求 before the parts
        ("seed", "城区路灯方面，规划要求道路装灯率和亮灯率各达到多少？", ["100%", "98%"]),
        ("county", "规划要求道路装灯率和亮灯率分别达到多少？", ["100%", "97%"]),
        ("county", "路灯这块，规划提出装灯率和亮灯率各要到多少？", ["100%", "97%"]),
        # 2. 其中…至少投多少
        ("seed", "中国物流永州智慧物流产业园总投资大概多少？其中仓储物流部分至少投多少？", ["22.8亿元", "10亿元"]),
        ("county", "青山冷链物流园总投资多少？其中冷库部分至少投多少？", ["9.6亿元", "3亿元"]),
        # 3. a share part in the asker's words
        ("seed", "全区划定的永久基本农田有多少平方公里，占总面积比例多少？", ["267平方公里", "13.4%"]),
        ("seed", "生态保护红线划了多大面积？占比是多少？", ["465平方公里", "23.7%"]),
        ("county", "全县划定的永久基本农田有多少平方公里，占总面积比例多少？", ["188平方公里", "12.9%"]),
        ("county", "生态红线划了多大面积？占比是多少？", ["312平方公里", "21.5%"]),
        # 4. a bound asked
        ("seed", "装配式建筑占新建建筑面积的比例最低要到多少？", ["10%"]),
        ("county", "装配式建筑占新建建筑面积的比例最低要到多少？", ["15%"]),
        # 5. 均: each member's own
        ("seed", "十四五期间化学需氧量和氨氮排放量各要削减多少？", ["化学需氧量", "氨氮排放量"]),
        ("county", "二氧化硫和氨氮排放量分别要削减多少？", ["二氧化硫", "氨氮排放量"]),
    ],
)
def test_office_wording_answers(plans, plan, question, values):
    a = plans[plan].ask(question)
    assert a.found and all(norm(v) in said(a) for v in values), a.answer


@pytest.mark.parametrize("plan, question, value", [
    ("seed", "十四五期间化学需氧量和氨氮排放量各要削减多少？", "10%"),
    ("seed", "“十四五”期间化学需氧量、氨氮这些主要污染物排放量要削减多少？", "10%"),
    ("county", "二氧化硫和氨氮排放量分别要削减多少？", "12%"),
    ("county", "“十四五”期间化学需氧量、氨氮这些主要污染物排放量要削减多少？", "12%"),
])
def test_a_value_said_of_each_is_each_ones_never_a_total(plans, plan, question, value):
    a = plans[plan].ask(question)
    text = norm(a.answer)
    assert a.found and norm(value) in said(a) and not any(w in text for w in ("合计", "未能确定", "未找到")), a.answer


def test_a_summed_run_stays_the_runs_total(plans):
    a = plans["county"].ask("尾矿库和废石场要植被恢复多少亩？")
    assert a.found and "合计" in a.answer and "1500亩" in norm(a.answer), a.answer


@pytest.mark.parametrize("plan, question, chapter, other", [
    ("seed", "“135”绿色出行方式是在规划哪一章提出的？", "第36章", "第5章"),
    ("county", "“135”绿色出行方式在哪一章？", "完善市政设施", "发展基础"),
    # the asking after the name (是在哪一章) is no part of it
    ("seed", "园区“135”工程升级版是在哪一章提出来的？", "第5章", "第36章"),
    ("county", "“135”工程是在哪一章提出来的？", "发展基础", "完善市政设施"),
])
def test_a_quoted_head_with_its_kind_is_found_whole(plans, plan, question, chapter, other):
    a = plans[plan].ask(question)
    assert a.found and chapter in a.answer and other not in a.answer, a.answer


def test_another_subjects_share_is_never_the_earlier_parts(plans):
    a = plans["county"].ask("生态红线面积多少？永久基本农田占多大比例？")
    assert "21.5%" not in norm(a.answer), a.answer


@pytest.mark.parametrize(
    "plan, question",
    [
        # a figure the plan does not give stays not found, however it is worded
        ("county", "青山冷链物流园其中冷库部分哪一年建成？"),
        ("county", "规划要求冷水滩区的道路装灯率达到多少？"),
        ("seed", "规划要求冷水滩区的城市公交出行分担比率达到多少？"),
    ],
)
def test_office_wording_traps(plans, plan, question):
    a = plans[plan].ask(question)
    assert not a.found, a.answer
