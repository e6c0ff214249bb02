"""Issue 11, lists round 9: things of the kind asked, a box's part asked by kind or topic, a box named by its
title around the slot, runs printed with what is done to them, and works the plan only builds on.

Our own questions, several wordings each, on a made-up county plan (tests/data/lists9-county-plan.md: 篇/章/节,
four 专栏, one with （一）（二） groups) and, where the seed prints the same shapes, on the seed plan.
"""
from __future__ import annotations

import pytest

from qa.enumerations.kinds import asked_kind, head_of, of_kind, shared_head_run
from tests.conftest import DATA
from tests.qa.test_lead_in_lists import labels

PLAN = DATA / "lists9-county-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


def _said(a) -> str:
    return a.answer + "|" + "|".join(labels(a))


# 1. Things of the kind asked: the kind is the head of their names ------------------------------------------------
@pytest.mark.parametrize("question", ["规划里要建哪几个风电场？", "要新建哪些风电场？", "规划建哪几座风电场？",
                                      "十四五期间青川准备上马哪些风电项目？"])
def test_things_whose_names_end_in_the_kind(county, question):
    a = county.ask(question)
    assert a.found and a.kind == "list"
    # 华能风力发电站 is a 风电场 printed with the genre's other head; 金沙光伏电站 is none.
    assert labels(a) == ["白云岭风电场", "青石湾风电场", "华能风力发电站"]
    assert all(i.citation in a.citations for i in a.items)


@pytest.mark.parametrize("question", ["要新建哪几个水厂？", "规划新建哪些水厂？", "准备建哪几个水厂？"])
def test_a_run_sharing_its_head(county, question):
    # 「新建红岩、木鱼、沙洲、乔庄水厂」: four 水厂, the head printed once after the last.
    a = county.ask(question)
    assert a.found
    assert labels(a)[:4] == ["红岩水厂", "木鱼水厂", "沙洲水厂", "乔庄水厂"]


@pytest.mark.parametrize("question", ["规划里要建哪几个风电场？", "十四五期间零陵准备上马哪些风电项目？"])
def test_the_seed_wind_farms(engine, question):
    a = engine.ask(question)
    assert a.found
    said = _said(a)
    assert all(w in said for w in ("梁山岐", "富家桥", "大庆坪", "大唐"))
    assert "阳光电源" not in said


def test_names_read_by_their_heads():
    assert [head_of(n) for n in ("滨河东路城区段", "金桥大道延伸段工程", "华能风力发电站（二期）")] == ["滨河东路", "金桥大道", "华能风力发电站"]
    assert of_kind("城南路网建设项目", "道路") and not of_kind("县城2号停车场", "道路") and not of_kind("道路", "道路")
    assert shared_head_run("兴建红岩、木鱼、沙洲三个农村饮水水厂", "水厂") == ["红岩水厂", "木鱼水厂", "沙洲水厂"]
    assert shared_head_run("推进城区供水管网改造、红岩水厂", "水厂") == []
    assert shared_head_run("拓展无人机、物联网、机器人等应用场景", "应用场景") == []  # 等 closes it: read as such
    assert asked_kind("专栏2里有哪些道路工程？") == "道路" and asked_kind("有哪些重大项目？") is None


# 2. A box's part asked by the kind of its items or by a group's topic -------------------------------------------
@pytest.mark.parametrize("question", ["专栏2里有哪些道路工程？", "专栏2中列了哪些道路项目？"])
def test_box_items_of_the_kind_asked(county, question):
    a = county.ask(question)
    assert a.found
    assert labels(a) == ["滨河东路城区段", "金桥大道延伸段工程", "城南路网建设项目"]


@pytest.mark.parametrize("question, first, n", [
    ("专栏1里水利方面有哪些工程？", "红光水库工程", 3),
    ("专栏1中水利这块有哪些项目？", "红光水库工程", 3),
    ("专栏1里能源方面有哪些项目？", "白云岭风电场", 5),
])
def test_box_group_asked_by_its_topic(county, question, first, n):
    a = county.ask(question)
    assert a.found and labels(a)[0] == first and len(labels(a)) == n


def test_seed_box_water_part_lists_no_energy_works(engine):
    a = engine.ask("专栏26.3里水利方面有哪些工程？")
    assert a.found and "何仙观水库" in _said(a)
    assert "风电场" not in _said(a)


# 3. A box named by its title said around the slot ---------------------------------------------------------------
@pytest.mark.parametrize("question", ["健康青川有哪些重点建设项目？", "“健康青川”都有哪些重点建设项目？"])
def test_box_named_by_its_title_around_the_slot(county, question):
    a = county.ask(question)
    assert a.found
    assert labels(a) == ["县人民医院扩建项目", "县中医院能力提升项目", "乡镇卫生院标准化建设项目", "县疾控中心实验室建设项目"]


def test_seed_box_named_by_its_title(engine):
    a = engine.ask("健康零陵有哪些重点建设项目？")
    assert a.found and "光荣院" in _said(a) and "仓储中心" not in _said(a)


# 4. Runs printed with what the question says is done to them -----------------------------------------------------
@pytest.mark.parametrize("question, members", [
    ("支持哪些产品下乡？", ["电动三轮车", "节能灶具", "环保建材"]),
    ("对哪些作物强化保险保障？", ["水稻", "油菜", "柑橘", "茶叶"]),
    ("要对哪些设施除险加固？", ["病险山塘", "小型病险水闸"]),
    ("水利方面，要对哪些设施除险加固？", ["病险山塘", "小型病险水闸"]),
])
def test_runs_printed_with_what_is_done_to_them(county, question, members):
    a = county.ask(question)
    assert a.found and labels(a) == members


@pytest.mark.parametrize("question", ["支持哪些产品下乡？", "要对哪些设施除险加固？"])
def test_a_kind_with_what_is_done_to_it_is_never_declared_absent(county, question):
    assert "没有提到" not in county.ask(question).answer


# 5. Works the plan only builds on are no works it builds --------------------------------------------------------
@pytest.mark.parametrize("question", ["规划建设哪些机场？", "规划要新建哪几个机场？"])
def test_a_work_built_on_is_not_built(county, question):
    a = county.ask(question)
    assert not a.found
    assert "广元机场" in a.answer and "依托" in a.answer


def test_seed_builds_no_airport(engine):
    a = engine.ask("规划建设哪些机场？")
    assert not a.found and "黄花机场" in a.answer


# 6. The sorts a plan divides a thing into ------------------------------------------------------------------------
OPINION = DATA / "lists9-opinion-plan.md"


@pytest.fixture(scope="module")
def opinion(engine_for):
    return engine_for(OPINION)


@pytest.mark.parametrize("question", ["村庄分成哪几类？", "村庄分为哪几类？", "村庄有哪几种类型？", "村庄分成哪几类，各自重点是什么？"])
def test_classes_printed_as_the_subjects_of_their_clauses(opinion, question):
    a = opinion.ask(question)
    assert a.found and labels(a) == ["中心类", "融合类", "保护类", "撤并类"]


def test_each_class_with_its_own_clause(opinion):
    a = opinion.ask("村庄分成哪几类，各自重点是什么？")
    assert "融合类村庄重点推动城乡设施联通" in a.answer and a.items[1].detail


@pytest.mark.parametrize("question", ["耕地分为哪几类？", "耕地分成几类？"])
def test_classes_printed_as_a_run(opinion, question):
    a = opinion.ask(question)
    assert a.found and labels(a) == ["优先保护类", "安全利用类", "严格管控类"]


def test_the_unseen_village_classes():
    from qa.enumerations.sorts import class_subjects, sorts_asked

    assert sorts_asked("规划把乡镇分成哪几类？") == ("乡镇", False) and sorts_asked("要建哪几类项目？") is None
    assert [c for c, _ in class_subjects("集约类园区重点发展制造业；这类园区要集约用地。", "园区")] == ["集约类"]


# 7. A counted group whose members are the sections of the heading that names it ---------------------------------
@pytest.mark.parametrize("question", ["三大特色产业是哪三个？", "三大特色产业指哪些？"])
def test_counted_group_of_sections(opinion, question):
    a = opinion.ask(question)
    assert a.found and labels(a) == ["茶叶产业", "食用菌产业", "中药材产业"]
    assert all(c.id for c in a.citations)


# 8. The plan's parts asked as the 方面 of its work; a heading named by its topic and 这部分 -------------------------
@pytest.mark.parametrize("question", ["意见部署了哪几大方面的工作？", "这个意见提出了哪些方面的工作？"])
def test_the_plans_parts_of_work(opinion, question):
    a = opinion.ask(question)
    assert a.found
    said = _said(a)
    assert all(t in said for t in ("优化乡村空间布局", "做强三大特色产业", "强化组织保障"))


@pytest.mark.parametrize("question", ["这个意见有哪些主要任务？", "意见的重点任务有哪些？"])
def test_the_plans_tasks_leave_out_carrying_it_out(opinion, question):
    a = opinion.ask(question)
    assert a.found and "优化乡村空间布局" in _said(a) and "强化组织保障" not in _said(a)


@pytest.mark.parametrize("question", ["在优化乡村空间布局这部分，具体有哪些举措？", "优化乡村空间布局这一部分包括哪些内容？"])
def test_a_heading_named_by_its_topic(opinion, question):
    a = opinion.ask(question)
    assert a.found and "科学推进村庄分类" in _said(a) and "统筹乡村建设用地" in _said(a)


# 9. How-questions: a title's phrase is the topic; its tasks title line heads the answer ------------------------
@pytest.mark.parametrize("question", ["怎样增强园区承载能力？", "园区承载能力怎么提升？", "规划如何增强园区承载能力？"])
def test_how_answered_by_the_topic_headings_tasks(county, question):
    a = county.ask(question)
    assert a.found
    assert labels(a) == ["完善园区基础设施", "建设创新孵化平台", "推进园区产城融合"]
    assert all(i.citation in a.citations for i in a.items)


# 10. A run's last two members joined by 和; the kind asked names no member as the subject ------------------------
@pytest.mark.parametrize("question, members", [
    ("重点发展哪几种养老？", ["居家养老", "互助养老", "机构养老"]),
    ("乡村人才方面要推进哪些计划和行动？", ["青年返乡计划", "乡村工匠培育计划", "农村电商带头人行动"]),
    ("养老服务方面鼓励发展哪些服务？", ["助浴服务", "上门巡访", "康复理疗"]),
])
def test_runs_joined_by_he_and_kinds_shared_with_the_subject(opinion, question, members):
    a = opinion.ask(question)
    assert a.found and labels(a) == members


def test_seed_roads_of_a_box(engine):
    a = engine.ask("专栏26.4里有哪些道路工程？")
    said = _said(a)
    assert a.found and all(r in said for r in ("湘江东路", "古城路", "香零山路")) and "停车场" not in said
