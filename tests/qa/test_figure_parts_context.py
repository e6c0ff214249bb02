"""Several figures in one question read as the genre writes them (issue 11, class 2), on made-up plans.

- a follow-up 「Y呢？」 after a part asking a work's length (「…要修多长？Y路呢？」): each work's own figure;
- apposition 「X那个项目」「X这座桥」: the name before the pointer is the thing asked, never a referent to ask back;
- the second figure of one clause or box item (「续建…支渠9条，…灌溉面积6.3万亩」): a part not found alone is read
  in the clause its sibling part was found in, under the same checks — never a neighbouring owner's figure;
- a run 「…增加值…比重分别为a、b和c，从业人员…比重分别为x、y和z」 read per owner and per measure;
- a part is never denied when the whole answer gives its figure.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import labels, unquoted


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(DATA / "qa-figure-parts-plan.txt")


@pytest.mark.parametrize("question, values", [
    ("松岗路要修多长？柳塘路呢？", ["3.8km", "1.6km"]),
    ("柳塘路有多长？松岗路呢？", ["1.6km", "3.8km"]),
    ("松岗路建设工程全长多少？那柳塘路呢？", ["3.8km", "1.6km"]),
    ("鹤鸣大桥有多长？有多宽？", ["860m", "32m"]),
])
def test_a_follow_up_after_a_works_length_takes_its_own_length(county, question, values):
    a = county.ask(question)
    assert a.found and labels(a) == values, a.answer
    assert "未找到" not in a.answer, a.answer


def test_a_follow_up_asking_a_width_the_work_lacks_is_not_a_neighbours(county):
    # 柳塘路 has no width; 杉林路 (24m) and 鹤鸣大桥 (32m) do: never given for 柳塘路.
    a = county.ask("杉林路有多宽？柳塘路呢？")
    assert labels(a) == ["24m"], a.answer
    assert "32m" not in unquoted(a) and "柳塘路" in a.answer.split("；")[1], a.answer


@pytest.mark.parametrize("question, values", [
    ("疾病预防控制中心搬迁那个项目要征多少亩地？", ["15亩"]),
    ("中医康复服务中心那个项目规划用地多少亩？", ["26亩"]),
    ("疾病预防控制中心搬迁那个项目要征多少亩地？中医康复服务中心那个项目规划用地多少亩？", ["15亩", "26亩"]),
    ("中医康复服务中心这个项目新增多少张床位？疾病预防控制中心那个项目要征多少亩地？", ["400张", "15亩"]),
    ("鹤鸣那座桥有多长？", ["860m"]),
    ("松岗路这条路要修多长？柳塘路呢？", ["3.8km", "1.6km"]),
])
def test_a_pointer_right_after_a_name_is_that_name(county, question, values):
    a = county.ask(question)
    assert a.kind != "clarify" and a.found and labels(a) == values, a.answer


@pytest.mark.parametrize("question", ["青龙灌区这边要续建几条支渠？能灌多少亩？", "黄岭灌区要续建几条支渠？能灌多少亩？"])
def test_a_later_part_asking_only_an_attribute_is_the_first_parts_things(county, question):
    # The plan prints no such 灌区: 「能灌多少亩」 is its 灌溉面积, never the first 灌溉面积 the plan prints (龙口灌区's).
    a = county.ask(question)
    assert not a.found and not a.items, a.answer
    assert "6.3万亩" not in a.answer and "9条" not in a.answer, a.answer


@pytest.mark.parametrize("question, given, absent", [
    # 疾病预防控制中心's item prints no 总建筑面积: the 35000平方米 of the hospital's item is never its
    ("疾病预防控制中心那个项目要征多少亩地？总建筑面积多少？", ["15亩"], "35000"),
    ("疾病预防控制中心搬迁那个项目要征多少亩地？新增多少张床位？", ["15亩"], "400张"),
    ("中医康复服务中心那个项目规划用地多少亩？总建筑面积多少？", ["26亩", "35000平方米"], "15亩"),
])
def test_a_later_attribute_is_the_first_parts_projects_never_a_neighbours(county, question, given, absent):
    a = county.ask(question)
    assert labels(a) == given and absent not in unquoted(a), a.answer


@pytest.mark.parametrize("question, values", [
    ("鹤鸣大桥工程有多少个车道？", None),
    ("中医康复服务中心那个项目新增多少张床位？规划用地呢？", ["400张", "26亩"]),
    ("人民医院那个项目有多少张床位？总建筑面积呢？", ["400张", "35000平方米"]),
])
def test_a_follow_up_takes_the_counted_nouns_place(county, question, values):
    a = county.ask(question)
    if values is None:
        assert not a.items, a.answer  # 「双向六车道」 counts no 车道 in digits the question could be given
    else:
        assert labels(a) == values, a.answer


def test_a_pointer_with_no_name_before_it_still_asks_which(county):
    a = county.ask("那个项目规划用地多少亩？")
    assert not a.found and "那个项目" in a.answer, a.answer


@pytest.fixture(scope="module")
def old(engine_for):
    return engine_for(DATA / "qa-figure-parts-old-plan.txt")


@pytest.mark.parametrize("question, values", [
    # 「续建龙口灌区本县支渠9条，长42km，灌溉面积6.3万亩，石门水库灌区…」: both figures of one owner's run
    ("龙口灌区本县这边要续建几条支渠？能灌多少亩？", ["9条", "6.3万亩"]),
    ("龙口灌区能灌多少亩？要续建几条支渠？", ["6.3万亩", "9条"]),
    # 「新建线路35千伏高压28km，低压线路160km，变压器95台」: the asked line's own length, never the low-voltage one
    ("电网改造升级要新建多少公里35千伏高压线路？变压器多少台？", ["28km", "95台"]),
    ("城乡电网改造升级要新建多少公里低压线路？变压器要多少台？", ["160km", "95台"]),
    ("电网改造升级要新建多少公里高压线路？变压器多少台？", ["28km", "95台"]),
    # a follow-up noun of another kind is not asked in the earlier noun's unit (变压器 in 公里)
    ("城乡电网改造升级低压线路多少公里？变压器呢？", ["160km", "95台"]),
])
def test_a_part_not_found_alone_is_read_in_its_siblings_clause(county, question, values):
    a = county.ask(question)
    assert a.found and labels(a) == values, a.answer
    assert "未找到" not in a.answer, a.answer


@pytest.mark.parametrize("question, given, absent", [
    # 桃溪灌区 and 石门水库灌区 have no 支渠 of their own; 龙口灌区's 9条 stands in another owner's run.
    ("桃溪灌区要续建几条支渠？能灌多少亩？", "1.5万亩", "9条"),
    ("石门水库灌区能灌多少亩？要续建几条支渠？", "4.1万亩", "9条"),
    # the plan prints no 10千伏 line: neither 35千伏's 28km nor the low-voltage 160km
    ("城乡电网改造升级工程变压器多少台？新建10千伏线路多少公里？", "95台", "28km"),
    ("城乡电网改造升级工程变压器多少台？要新建多少公里10千伏高压线路？", "95台", "28km"),
])
def test_a_siblings_clause_never_lends_another_owners_figure(county, question, given, absent):
    a = county.ask(question)
    assert labels(a) == [given], a.answer
    assert absent not in unquoted(a) and "160km" not in unquoted(a) and "未找到" in a.answer, a.answer


@pytest.mark.parametrize("question, values", [
    # 「1995年全县财政收入达到4，280万元。五年合计为18，900万元，…」: the next sentence goes on about the same subject
    ("1995年全县财政收入是多少？“八五”五年合计多少？", ["4,280万元", "18,900万元"]),
    ("1995年全县财政支出是多少？八五期间五年合计多少？", ["4,150万元", "18,400万元"]),
])
def test_a_later_sentence_opening_with_the_asked_noun_goes_on_about_the_sibling(old, question, values):
    a = old.ask(question)
    assert a.found and labels(a) == values, a.answer


@pytest.mark.parametrize("question, values", [
    # 「乡镇企业，1995年总产值达到9.2亿元，比1990年增长52.0%，平均每年增长8.7%」: clauses going on about one subject
    ("1995年乡镇企业总产值要达到多少？平均每年增长多少？", ["9.2亿元", "8.7%"]),
    ("1995年乡镇企业总产值要达到多少？比1990年增长多少？", ["9.2亿元", "52.0%"]),
    ("1995年全县国民生产总值要达到多少亿元？平均每年增长多少？", ["12.6亿元", "6.5%"]),
    ("全县国民生产总值到1995年达到多少？年均增长呢？", ["12.6亿元", "6.5%"]),
])
def test_a_clause_going_on_about_the_siblings_subject(old, question, values):
    a = old.ask(question)
    assert a.found and labels(a) == values, a.answer
    assert "未给出" not in a.answer and "未能确定" not in a.answer, a.answer


def test_a_sentence_about_another_year_lends_nothing(old):
    a = old.ask("1995年全县财政收入是多少？1990年呢？")
    assert labels(a) == ["4,280万元"] and "18,900" not in unquoted(a), a.answer


@pytest.mark.parametrize("question", [
    "地区生产总值的20年基数是多少亿？十四五年均增速定的多少？",
    "GDP2020年是多少？“十四五”年均增速按多少算？",
    "GDP25年目标是多少？20年呢？年均增速呢？",
    "地区生产总值2025年要达到多少？年均增长呢？",
])
def test_a_part_the_whole_answer_gives_is_never_denied(county, question):
    # One indicator row answers both parts (118.6 and 7.5%): the answer never says the second is not found.
    a = county.ask(question)
    assert a.found and "118.6" in a.answer and "7.5%" in a.answer, a.answer
    assert "未找到" not in a.answer and "未能确定" not in a.answer, a.answer


@pytest.mark.parametrize("question, values", [
    # 「…增加值占…比重分别为31%、43%和26%，从业人员占…比重分别为58%、24%和18%」: the second run is the same owners'
    ("1995年一、二、三产业从业人员占全社会从业人员的比重分别定为多少？", ["58%", "24%", "18%"]),
    ("1995年第一、二、三产业从业人员占全社会从业人员的比重各是多少？", ["58%", "24%", "18%"]),
    ("1995年一、二、三产业增加值占全县国民生产总值的比重分别是多少？", ["31%", "43%", "26%"]),
    ("1995年第一产业从业人员占全社会从业人员的比重是多少？", ["58%"]),
    ("1995年第二产业从业人员占全社会从业人员的比重是多少？", ["24%"]),
    ("1995年第三产业增加值占全县国民生产总值的比重是多少？", ["26%"]),
])
def test_a_second_run_of_one_sentence_is_read_per_owner_and_measure(old, question, values):
    a = old.ask(question)
    assert a.found and labels(a) == values, a.answer
    assert "并非所问" not in a.answer, a.answer


def test_a_run_of_other_owners_is_not_carried():
    from qa.values.runs import carry_owners

    # 「城镇和农村…」 share no head word: where the last owner ends is not printed, nothing is carried.
    s = "城镇和农村居民收入分别达到3万元和1万元，人均住房面积分别为40平方米和50平方米。"
    assert carry_owners(s) == s
    # A clause with a figure of its own between the runs ends the owners' reach.
    t = "第一产业、第二产业和第三产业比重分别为10%、40%和50%，全县投资达到30亿元，从业人员比重分别为50%、20%和30%。"
    assert carry_owners(t) == t


def test_a_figure_per_item_is_no_figure_of_the_whole():
    from qa.answer import Answer, Item
    from qa.checks.verify import checked_figures

    # 「每张床位的建筑面积不低于60平方米」 is no 建筑面积 of the hospital asked.
    a = Answer("q", "建筑面积：不低于60平方米", True, [Item("不低于60平方米", detail="每张床位的建筑面积不低于60平方米")], kind="fact")
    assert not checked_figures("人民医院那个项目建筑面积多少？", a).found
    assert checked_figures("每张床位的建筑面积要多少？", a).found
