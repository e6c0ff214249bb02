"""Issue 11, round 3: lists inside one sentence, principles under a lead-in, 如何 on a topic heading,
related things judged by the sentence, and 它 pointing at an earlier part of the same question.

Our own questions, several wordings each, on the seed plan and on a made-up county plan
(tests/data/enumerated-plan.md, 篇/章/节 with one 专栏).
"""
from __future__ import annotations

import pytest

from qa.enumerations.enumerated import enumerations_in, list_slot
from qa.followup import resolve_within
from tests.conftest import DATA
from tests.qa.test_lead_in_lists import labels
from tests.qa.said import norm, said_with_details

PLAN = DATA / "enumerated-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


# 1. Members named inside one sentence, where the question puts 哪几个 -------------------------------
@pytest.mark.parametrize(
    "plan, question, members",
    [
        ("county", "要开工建设哪几个客运站？", ["乔庄", "木鱼", "沙州"]),
        ("county", "城乡客运站场建设要开工建设哪三个客运站？", ["乔庄", "木鱼", "沙州"]),
        ("county", "要推动哪些茶叶品种成为主导品种？", ["白茶", "黄茶", "红茶"]),
        ("county", "规划要申报哪些非遗项目进入省级非遗名录？", ["青川竹编技艺", "唐家河山歌", "白龙湖渔歌"]),
        ("engine", "要开工建设哪四个客运站场？", ["富家桥", "邮亭圩", "河西", "珠山"]),
        ("engine", "城乡客运一体化站场建设开工建设哪些客运站场？", ["富家桥", "邮亭圩", "河西", "珠山"]),
        ("engine", "哪些非遗项目要申报省级非遗保护名录？", ["永州异蛇王酒酿泡技艺", "长瓦烧造技艺", "乐塘皮鼓制作技艺", "柳子家宴", "竹席编织技艺"]),
    ],
)
def test_members_named_inside_one_sentence(request, plan, question, members):
    a = request.getfixturevalue(plan).ask(question)
    assert a.found and a.kind == "list"
    assert [m.replace("“", "").replace("”", "") for m in labels(a)] == members
    assert all(i.citation in a.citations for i in a.items)


def test_a_sentence_without_a_run_of_names_lists_nothing():
    # The framing of a sentence (以下指导思想、原则和战略导向) and a pair are no list of members.
    assert enumerations_in("必须牢牢把握以下指导思想、原则和战略导向") == []
    assert enumerations_in("推进城乡、区域协调发展") == []
    assert enumerations_in("开工建设乔庄、木鱼、沙州三个客运站", "开工建设") == [
        ("开工建设乔庄、木鱼、沙州三个客运站", ("乔庄", "木鱼", "沙州"))]
    assert list_slot("要开工建设哪三个客运站？") == ("要开工建设", "客运站")


# 1b. 「——坚持…。」 lines under 「必须遵循以下原则：」, asked with the period's name and 提了 -------------
@pytest.mark.parametrize("question", ["“十四五”时期发展必须遵循哪些原则？", "十四五规划提了哪几条必须遵循的原则？",
                                      "发展必须遵循的原则有哪些？"])
def test_principles_printed_as_dash_lines(county, question):
    a = county.ask(question)
    assert a.found
    assert [l for l in labels(a) if l.startswith("坚持")] == ["坚持党的全面领导", "坚持以人民为中心", "坚持绿色发展", "坚持开放合作"]


# 2. 如何/怎样/怎么 answered with the topic's own section, spoken verbs no bar -------------------------
@pytest.mark.parametrize("question", ["规划打算怎样深化户籍制度改革？", "规划如何推进户籍制度改革？", "户籍制度改革怎么搞？"])
def test_how_answers_with_the_topic_section(county, question):
    a = county.ask(question)
    assert a.found
    assert "举家进城落户" in said_with_details(a)
    assert a.citations and all(c.section and "户籍制度改革" in c.section for c in a.citations)


@pytest.mark.parametrize("plan, question, must", [
    ("county", "规划如何把青川川剧做大做强？", "川剧传习所"),
    ("county", "怎么搞好青川川剧？", "川剧传习所"),
    ("engine", "规划打算怎么把零陵花鼓戏做强做大？", "零陵花鼓戏剧团"),
    ("engine", "怎样搞好零陵花鼓戏？", "零陵花鼓戏剧团"),
])
def test_how_with_spoken_verbs_finds_the_passages(request, plan, question, must):
    a = request.getfixturevalue(plan).ask(question)
    assert a.found
    assert any(must in norm(c.text) for c in a.citations)


def test_how_about_what_the_plan_does_not_say(county):
    a = county.ask("规划怎样发展航空母舰？")
    assert not a.found


# 3. Related things: co-mentioned with X, or named for it, judged by the sentence ----------------------
@pytest.mark.parametrize("question", ["跟何仙姑有关的项目和地方有哪些？", "与何仙姑相关的项目和地点有哪些？", "哪些项目和地方跟何仙姑有关？"])
def test_related_things_of_a_name_inside_other_names(engine, question):
    a = engine.ask(question)
    assert a.found and a.kind == "related"
    got = labels(a)
    for name in ("何仙姑路", "何仙姑省级森林公园", "零陵区何仙姑文化旅游景区开发项目", "何仙观"):
        assert name in got
    # Siblings in a run of road names, forest farms or water plants are not 何仙姑's.
    for noise in ("怀素路", "春牛坪路", "水口山国有林场", "石坝仔", "蘋洲书院"):
        assert noise not in got
    assert engine.ask(question).to_json() == a.to_json()


@pytest.mark.parametrize("question", ["跟唐家河有关的项目和地方有哪些？", "唐家河相关的项目有哪些？"])
def test_related_names_that_carry_x(county, question):
    a = county.ask(question)
    got = labels(a)
    assert a.found
    assert "唐家河国家级自然保护区" in got and "唐家河生态旅游区" in got
    assert "白龙湖" not in got and "依托唐家河国家级自然保护区" not in got


# 4. 它 pointing at what an earlier part of the same question names ------------------------------------
@pytest.mark.parametrize("plan, question, musts", [
    ("county", "第四章的标题是什么？它属于哪一篇？", ["推进以人为核心的城镇化", "社会民生"]),
    ("county", "第四章属于哪一篇？它的标题是什么？", ["推进以人为核心的城镇化", "社会民生"]),
    ("engine", "专栏21.1在哪一章？它属于第几篇？", ["第21章", "第5篇"]),
    ("engine", "何仙观水库在哪个专栏？它的总库容是多少？", ["26.3", "13000"]),
])
def test_a_pronoun_inside_a_two_part_question(request, plan, question, musts):
    a = request.getfixturevalue(plan).ask(question)
    assert a.found
    for must in musts:
        assert must in norm(a.answer)
    assert "（1）" in a.answer and "（2）" in a.answer


def test_a_pronoun_with_nothing_named_still_asks(county):
    a = county.ask("它属于哪一篇？")
    assert not a.found and a.kind == "clarify"
    assert resolve_within("这个项目的标题是什么？它属于哪一篇？", lambda t: None) is None


def test_a_question_about_headings_is_not_read_as_a_sentences_run(county):
    a = county.ask("第二章“壮大特色产业”有哪几节？")
    assert labels(a) == ["发展茶叶产业", "培育文化旅游"]


# Trust: what is asked of a place must be in what is answered -------------------------------------------
@pytest.mark.parametrize("question", ["零陵要建设哪几个航天发射场？", "零陵区要建设哪些跨海大桥？", "零陵区有哪些航天发射场项目？"])
def test_a_place_with_nothing_asked_there_is_not_found(engine, question):
    a = engine.ask(question)
    assert not a.found


@pytest.mark.parametrize("question, must", [("富家桥有哪些风电项目？", "风电"), ("黄田铺有哪些建设项目或工作安排？", "黄田铺")])
def test_a_place_answers_with_the_clauses_asked(engine, question, must):
    a = engine.ask(question)
    assert a.found and a.items and all(must in norm(i.label) for i in a.items)


# 6. A not-found answer names its subject in the question's own words, not a garble of it ---------------
@pytest.mark.parametrize("question", ["规划提了哪几条发展航空母舰的原则？", "零陵区有多少家三甲医院？", "规划怎样发展航空母舰？",
                                      "航空母舰码头的总投资是多少钱？"])
def test_not_found_names_the_subject_as_asked(engine, question):
    import re

    a = engine.ask(question)
    assert not a.found
    m = re.search(r"关于“([^”]+)”", a.answer)
    assert m is None or _as_asked(m.group(1), norm(question)) == m.group(1)


def _as_asked(subject, question):
    from qa.engine import _as_asked as as_asked

    return as_asked(subject, question)


@pytest.mark.parametrize("question", ["珠山镇有哪些工业园？", "珠山镇有哪几个工业园？"])
def test_the_kind_asked_for_is_not_the_thing_asked_about(engine, question):
    # 工业园 also names 零陵工业园; asked after 哪些 it is the kind wanted in 珠山镇, whose parks answer.
    a = engine.ask(question)
    got = labels(a)
    assert a.found and "珠山工业园" in got and "零陵工业园" not in got
    assert all("工业园" in l for l in got if len(l) <= 20)


# 3b. Related, when the plan names nothing with X: a heading titled after X says what is planned; else not found
@pytest.mark.parametrize("question", ["跟户籍制度改革有关的内容有哪些？", "户籍制度改革相关的项目有哪些？"])
def test_related_falls_back_to_the_heading_titled_after_x(county, question):
    a = county.ask(question)
    assert a.found and a.kind == "related"
    assert a.citations and all("户籍制度改革" in (c.section or "") for c in a.citations)


@pytest.mark.parametrize("plan, question", [("county", "与白茶相关的企业有哪些？"), ("engine", "与量子计算机相关的企业有哪些？"),
                                            ("engine", "跟航空母舰有关的项目和地方有哪些？")])
def test_related_with_nothing_named_is_not_found(request, plan, question):
    a = request.getfixturevalue(plan).ask(question)
    assert not a.found and not a.items


# 1c. 「一是…，二是…」 inside a sentence, and （一） lines under 「主要任务是：」 -------------------------------
@pytest.mark.parametrize("question", ["农田水利建设要抓好哪几件事？", "农田水利建设要抓好哪三件事？", "农田水利建设要抓好哪些事？"])
def test_items_counted_in_words(county, question):
    a = county.ask(question)
    assert a.found and labels(a) == ["整治山坪塘", "修复小型灌区", "推广高效节水灌溉"]


@pytest.mark.parametrize("question", ["零陵区经济社会发展面临哪些突出问题和困难？", "零陵发展仍面临哪些突出问题？"])
def test_items_counted_in_words_after_the_lead_in_sentence(engine, question):
    a = engine.ask(question)
    assert a.found and [l[:6] for l in labels(a)] == ["经济总量不大", "收入质量不高", "防风险任务依", "制约发展的瓶"]


@pytest.mark.parametrize("question", ["物流发展的主要任务有哪些？", "全县物流发展有哪些主要任务？"])
def test_numbered_lines_under_a_lead_in_lose_their_marks(county, question):
    a = county.ask(question)
    assert labels(a) == ["建设青川县城物流配送中心", "完善乡镇快递服务站点", "培育冷链物流企业"]


# 1d. A group's members printed right before its formula (「城区、园区…矿区“五区共建”」) ------------------------
@pytest.mark.parametrize("plan, question, members", [
    ("engine", "五区共建包括哪些区？", ["城区", "园区", "景区", "农区", "矿区"]),
    ("engine", "“五区共建”是哪五个区？", ["城区", "园区", "景区", "农区", "矿区"]),
    ("county", "三城同创指的是哪三个城？", ["东城", "西城", "南城"]),
    ("county", "“三城同创”包括什么？", ["东城", "西城", "南城"]),
])
def test_members_printed_before_their_formula(request, plan, question, members):
    a = request.getfixturevalue(plan).ask(question)
    assert a.found and labels(a) == members


@pytest.mark.parametrize("question", ["产业强基工程要突破哪些瓶颈？", "产业强基工程要重点突破哪几个方面的瓶颈？"])
def test_a_run_introduced_by_the_clause_before_it(county, question):
    a = county.ask(question)
    assert labels(a) == ["关键材料", "核心零部件", "先进工艺"]


@pytest.mark.parametrize("question", ["要培育壮大哪些新兴产业？", "要加快发展哪些新兴产业？"])
def test_the_kind_asked_must_be_the_runs_own(county, question):
    # 「新兴产业」 is not 「乡村特色产业…等新产业新业态」; the run the plan calls 新兴产业 answers.
    a = county.ask(question)
    assert a.found and labels(a) == ["电子信息", "新材料", "生物医药"]


@pytest.mark.parametrize("question", ["纲要打算怎样搞好粮食安全？", "规划如何保障粮食安全？"])
def test_how_puts_the_section_on_the_topic_first(engine_for, national_path, question):
    a = engine_for(national_path).ask(question)
    assert a.found and "粮食安全" in (a.citations[0].section or "")


@pytest.mark.parametrize("question", ["零陵区有哪些重点项目？", "规划有哪些重点工程？"])
def test_a_broad_list_question_is_no_sentences_run(engine, question):
    a = engine.ask(question)
    assert "规划列出3项" not in a.answer and "(改扩翻)" not in said_with_details(a)
