"""Office wordings of the fourth seed lane (issue 11), each class on the seed and on a made-up county plan
(``tests/data/qa-seedwords4-county-plan.txt``: 篇 titled in two halves, figures printed before their names):

1. a 篇 named by one half of its title (「工业强区那一篇有几章」) — its chapters counted;
2. a yearly average said 一年平均/每年平均 (涨, 增长) — the plan's 年均增长;
3. an attribute's value printed before the name it describes (「打造年产值80亿元以上的X」), asked with spoken
   verbs of reaching (要做到年产值多少) — never another name's value;
4. 那个/这个 inside a name (「园区那个担保公司」) and 争取到多少 — the thing named, its own figure;
5. a chat greeting before the lead-in (哈喽，想问下…; 嗨～; 在吗，) — the question after it;
6. the most a plan allows asked 最多多大/上限是多少 — its 不超过 figure;
7. a box named by its unquoted title asked 是第几个专栏 — its number and place;
8. a chapter named by the term its title quotes (「健康零陵那一章」 of 全面推进“健康零陵”建设) — its sections counted;
9. a ranked sibling printed beside the noun asked (「总干渠1条…、干渠3条」 asked 干渠) — the noun's own count, never
   「各部分」 of a sum;
10. every box naming a work asked (哪几个专栏/哪些专栏提到了X) — the box it is introduced in and the others, never the
    boxes' contents pasted;
11. 这些/那些 after a run of names (「化学需氧量、二氧化硫这些排放量」) — the names, no referent asked for.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import norm

COUNTY = DATA / "qa-seedwords4-county-plan.txt"


@pytest.fixture(scope="module")
def plans(engine, engine_for):
    return {"seed": engine, "county": engine_for(COUNTY)}


def _says(a, *values: str) -> bool:
    text = norm(a.answer + "".join(i.label for i in a.items))
    return all(norm(v) in text for v in values)


@pytest.mark.parametrize(
    "plan, question, values",
    [
        # 1. a 篇 by one half of its title
        ("seed", "工业强区那一篇一共有几章？", ["5章"]),
        ("seed", "全面推进乡村振兴那篇有几章", ["3章"]),
        ("county", "产业立县那一篇有几章？", ["3章"]),
        ("county", "建设区域制造业基地那篇一共几章", ["3章"]),
        ("county", "美丽青石那一篇有几章", ["1章"]),
        # 2. 一年平均 / 每年平均
        ("seed", "十三五那几年财政总收入一年平均涨多少", ["11.15%"]),
        ("county", "地方财政收入一年平均涨多少？", ["8.4%"]),
        ("county", "规模工业增加值每年平均增长多少", ["6.1%"]),
        ("county", "十三五期间地区生产总值每年平均涨多少？", ["7.2%"]),
        # 3. a value printed before the name
        ("seed", "电子信息那个产业集群要做到年产值多少", ["100亿元"]),
        ("county", "智能家居产业集群要做到年产值多少？", ["80亿元"]),
        ("county", "绿色食品产业集群年产值要达到多少", ["50亿元"]),
        ("county", "绿色食品那个产业集群年产值搞到多少", ["50亿元"]),
        # 4. 那个 inside a name, 争取到
        ("seed", "园区那个担保公司额度争取到多少？", ["2亿元"]),
        ("county", "园区那个融资担保公司担保额度争取到多少？", ["3亿元"]),
        ("county", "园区每年要做到标准厂房多少", ["20万平方米"]),
        # 5. a chat greeting
        ("seed", "哈喽，想问下特殊教育适龄儿童少年入学率要稳定在多少", ["98%"]),
        ("county", "嗨～请问县域内就诊率要达到多少", ["90%"]),
        ("county", "在吗，想问下人均公共图书藏量要达到多少", ["1.2册"]),
        # 6. 最多多大 / 上限
        ("seed", "光荣院每个床位的面积最多多大", ["50"]),
        ("seed", "光荣院每个床位的面积上限是多少", ["50"]),
        # 7. 是第几个专栏, the title unquoted
        ("seed", "健康零陵重点建设项目是第几个专栏", ["专栏31.1"]),
        ("county", "健康青石重点工程是第几个专栏？", ["专栏2"]),
        ("county", "“健康青石”重点工程是哪个专栏", ["专栏2"]),
        # 8. a chapter by the term its title quotes
        ("seed", "健康零陵那一章分了几节？", ["3节"]),
        ("county", "健康青石那一章有几节", ["2节"]),
        # 9. 总干渠 beside 干渠
        ("seed", "何仙观水库干渠有几条", ["3条"]),
        ("county", "青石水库灌区干渠有几条？", ["4条"]),
        ("county", "青石水库灌区工程干渠几条，总干渠多长", ["4条", "12.6"]),
        # 10. every box naming a work
        ("seed", "湘江流域综合治理项目在哪几个专栏里出现", ["专栏26.3", "专栏37.1"]),
        ("seed", "哪些专栏提到了湘江流域综合治理项目", ["专栏26.3", "专栏37.1"]),
        ("county", "清河流域综合治理项目出现在哪些专栏", ["专栏3", "专栏4"]),
        ("county", "清河流域综合治理项目在哪几个专栏？", ["专栏3", "专栏4"]),
        # 11. 这些 after a run
        ("seed", "化学需氧量、二氧化硫这些排放量十四五要削减多少", ["10%"]),
        ("county", "二氧化硫、氨氮这些排放量要削减多少", ["8%"]),
    ],
)
def test_office_wording_answers(plans, plan, question, values):
    a = plans[plan].ask(question)
    assert a.found and _says(a, *values), a.answer


@pytest.mark.parametrize(
    "plan, question, wrong",
    [
        # a name whose value the plan does not print is never given its neighbour's
        ("county", "智能家居产业集群年产值要做到多少？", "50亿元"),
        ("county", "家具产业集群要做到年产值多少", "80亿元"),
        ("county", "高端装备那一篇有几章", "3章"),
        ("county", "地方财政收入2030年一年平均涨多少", "8.4%"),
        ("county", "平安青石那一章有几节", "2节"),
        ("county", "青石水库灌区总干渠有几条", "4条"),
    ],
)
def test_office_wording_never_borrows(plans, plan, question, wrong):
    a = plans[plan].ask(question)
    assert not _says(a, wrong) or not a.found, a.answer


def test_quoted_term_names_a_chapter_without_sections(plans):
    # 「书香青石那章分几节」 of 第七章 建设“书香青石”: that chapter, which the plan does not divide, never another's count
    a = plans["county"].ask("书香青石那章分几节")
    assert "书香青石" in a.answer and "2节" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["清河流域综合治理项目在哪个专栏", "清河流域综合治理项目放在哪个专栏里？"])
def test_one_box_asked_names_its_own(plans, question):
    # one box asked: where the work is introduced (专栏3), as before
    a = plans["county"].ask(question)
    assert a.found and "专栏3" in a.answer, a.answer
