"""Lists from the right place: a heading titled with what is asked lists it, a clause's run answers where the
question restates that clause, a 专栏 asked about its contents answers from inside its items, and a 「X是什么」
with a defining sentence answers with it — never a list from another place of the plan.

Our own questions, several wordings each, on a made-up county plan (tests/data/list-clauses-plan.md:
章/节, ——goals, inline （一） heads, two 专栏, one a table).
"""
from __future__ import annotations

import pytest

from qa.enumerations.enumerated import enumerations_in
from qa.enumerations.lists import is_header_row
from tests.conftest import DATA
from tests.qa.said import labels

PLAN = DATA / "list-clauses-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


# 1. A heading titled with the asked topic lists its own children, —— items or paragraph heads --------------
@pytest.mark.parametrize(
    "question, expected",
    [
        ("保障措施有哪些？", ["加强组织领导", "强化要素保障", "健全监测评估"]),
        ("规划的保障措施有哪些？", ["加强组织领导", "强化要素保障", "健全监测评估"]),
        ("保障措施包括哪些？", ["加强组织领导", "强化要素保障", "健全监测评估"]),
        ("有哪些保障措施？", ["加强组织领导", "强化要素保障", "健全监测评估"]),
        ("主要目标有哪些？", ["综合实力明显增强", "生态环境持续改善", "人民生活更加殷实"]),
        ("规划的主要目标是什么？", ["综合实力明显增强", "生态环境持续改善", "人民生活更加殷实"]),
        ("全县发展面临的形势有哪几点？", ["生态保护是青溪发展的根本底色", "开放合作是青溪发展的必由之路", "民生改善是青溪发展的根本目的"]),
    ],
)
def test_heading_titled_with_the_topic_lists_it(county, question, expected):
    a = county.ask(question)
    assert a.found, a.answer
    assert labels(a) == expected, a.answer
    assert "保障企业用能需求" not in a.answer


# 4. 「X是什么」: the defining sentence or the 「以A为主题」, not a list --------------------------------------
@pytest.mark.parametrize(
    "question, said, unsaid",
    [
        ("县域经济是什么？", "以县城为中心", "综合实力"),
        ("县域经济是指什么？", "以县城为中心", "综合实力"),
        ("什么是县域经济？", "以县城为中心", "综合实力"),
        ("发展的主题是什么？", "推动绿色发展", "综合实力"),
        ("十四五时期青溪发展的主题是什么？", "推动绿色发展", "综合实力"),
        ("发展的主线是什么？", "深化县域综合改革", "推动绿色发展"),
    ],
)
def test_what_is_answers_with_the_defining_clause(county, question, said, unsaid):
    a = county.ask(question)
    assert a.found, a.answer
    assert said in a.answer and unsaid not in a.answer, a.answer


# 2. A clause-level list: the run of the one clause the question restates ------------------------------------
@pytest.mark.parametrize(
    "question, members, not_members",
    [
        ("壮大特色工业瞄准哪些领域？", ["竹木加工", "茶叶精深加工", "生物医药", "新型建材"], ["研学旅行"]),
        ("特色工业要瞄准哪些优势领域？", ["竹木加工", "茶叶精深加工", "生物医药", "新型建材"], ["研学旅行"]),
        ("依托哪些重点片区推进乡村旅游基础设施建设？", ["云岭", "溪口", "石门"], ["研学旅行"]),
        ("乡村旅游基础设施建设依托哪些片区？", ["云岭", "溪口", "石门"], ["研学旅行"]),
        ("现代物流要促进哪些技术应用？", ["冷链仓储", "智能分拣"], []),
        ("要与哪些地区开展产业协作？", ["江北新区", "南湖经济开发区", "西山工业园"], []),
        # a run after the coverb 以/将 (「以A、B等美丽乡村为重点」「将A、B等申报为…」)
        ("美丽乡村建设以哪几个村为重点？", ["东岭村", "西岭村", "南岭村"], []),
        ("以哪些美丽乡村为重点推进乡村建设？", ["东岭村", "西岭村", "南岭村"], []),
        ("要把哪些文物申报为省级文物保护单位？", ["青溪古桥", "石门书院", "云岭塔"], []),
        # members named with the kind (制造强县…), after a clause with a run of its own (智能化、绿色化…方向)
        ("要加快建设哪些强县？", ["制造强县", "质量强县", "交通强县"], []),
    ],
)
def test_clause_run_restated_by_the_question(county, question, members, not_members):
    a = county.ask(question)
    assert a.found, a.answer
    assert labels(a) == members, a.answer
    assert not any(m in a.answer for m in not_members), a.answer


@pytest.mark.parametrize("question", ["新兴产业有哪些？", "新兴产业包括哪些？"])
def test_a_kind_named_in_a_heading_is_listed_from_its_members(county, question):
    # 「培育新兴产业」 titles a chapter, but 新兴产业 are the things a sentence names, not the chapter's sections.
    a = county.ask(question)
    assert not any(t in a.answer for t in ("壮大数字产业", "建设产业平台")), a.answer


@pytest.mark.parametrize("question", ["城区建设都包括哪些路？", "美丽乡村建设实施哪些路？"])
def test_a_one_character_kind_is_what_the_members_are(county, question):
    # 片区开发 members are no roads: a run is a list of 路 only when its members are roads or the clause names them.
    a = county.ask(question)
    assert not (a.found and any(w in a.answer for w in ("城东片区", "河滨片区"))), a.answer


@pytest.mark.parametrize("question", ["物流园区要拓展哪些领域？", "智慧港口要开拓哪些领域？"])
def test_class_noun_alone_is_no_evidence(county, question):
    # The plan names 领域 twice, neither where the question says: no concordance of every 「…领域」.
    a = county.ask(question)
    assert not (a.found and a.kind == "list" and any(w in a.answer for w in ("优势领域", "新兴领域", "共2项"))), a.answer


# 3. A 专栏 asked about its contents: the items inside, never its titles or a table's header row ---------------
@pytest.mark.parametrize(
    "question, members",
    [
        ("专栏1要迁建哪些桥梁？", ["老街", "码头"]),
        ("专栏1里要迁建哪几座桥梁？", ["老街", "码头"]),
        ("专栏1要改建哪些公路？", ["县道青石线", "溪云线"]),
    ],
)
def test_box_contents_asked(county, question, members):
    a = county.ask(question)
    assert a.found, a.answer
    assert labels(a) == members, a.answer


@pytest.mark.parametrize("question", ["专栏2的重点任务有哪些？", "专栏2有哪些重点任务？", "专栏2列了哪些任务？"])
def test_table_header_row_is_no_item(county, question):
    a = county.ask(question)
    assert a.found, a.answer
    assert len(a.items) == 2 and "类别" not in a.answer, a.answer
    assert a.items[0].label.startswith("竹木加工") and a.items[1].label.startswith("茶叶加工"), a.answer


def test_box_items_asked_plainly_keep_their_titles(county):
    a = county.ask("专栏1有哪些项目？")
    assert labels(a) == ["公路", "桥梁"], a.answer


def test_header_row_and_pairs_read():
    assert is_header_row("类别 重点任务") and is_header_row("序号 项目名称 建设内容")
    assert not is_header_row("竹木加工 推广竹材重组技术，提高产品附加值。")
    assert enumerations_in("迁建老街、码头等桥梁", "迁建", "桥梁")[0][1] == ("老街", "码头")
    assert enumerations_in("迁建老街、码头等桥梁", "迁建", "港口") == []
    assert enumerations_in("建设大连、天津、湛江及防城等沿海港口的煤炭、进口油气运输系统")[0][1] == ("大连", "天津", "湛江及防城")
