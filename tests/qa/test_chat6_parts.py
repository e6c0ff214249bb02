"""Two-figure questions in office chat wording on an invented county plan: each part answered as when asked alone in
the plan's words — a topic joined to the noun it names (铁路那块…新线), 「点名的是哪几个」 after a count, a figure printed
in the phrase before a long name, a count of one of two names differing by one character, an ability said loosely
(能做X的Y), an elliptical 「…呢」 growing or swapping the earlier part's word — and never another thing's figure."""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import spaceless_said

PLAN = DATA / "qa-chat6-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", [
    "铁路那块，要建多少公里新线？",
    "铁路这一块，要建设多少公里新线？",
    "关于铁路，规划期内要建多少公里新线？",
    "铁路方面，要建多少公里新线？其中城际铁路多少公里？",
])
def test_a_topic_names_the_noun_the_plan_prints_after_it(county, question):
    a = county.ask(question)
    assert a.found and "120公里" in spaceless_said(a), a.answer
    if "城际" in question:
        assert "45公里" in spaceless_said(a), a.answer


def test_a_topic_joined_to_nothing_the_plan_prints_borrows_nothing(county):
    a = county.ask("学前教育这块，要建多少公里新线？")
    assert "120公里" not in spaceless_said(a), a.answer


@pytest.mark.parametrize("question, members", [
    ("要建成几个镇级污水处理站？点名的是哪三个？", "东湖、西塘、北坡"),
    ("要建成几个镇级污水处理站，具体是哪几个？", "东湖、西塘、北坡"),
    ("镇级污水处理站要完成多少个？提到的是哪几个？", "东湖、西塘、北坡"),
    ("光伏这方面，要建成几个大型光伏项目？十万千瓦光伏基地点名的是哪几个乡镇？", "北坡、南岭、石门"),
])
def test_the_members_named_in_the_counts_own_sentence(county, question, members):
    a = county.ask(question)
    assert a.found and members in spaceless_said(a), a.answer
    assert ("9个" if "污水" in question else "12个") in spaceless_said(a), a.answer


def test_members_of_another_number_than_asked_are_not_given(county):
    # the sentence names three: 「哪两个」 is answered for the count only, never with two of the three
    a = county.ask("要建成几个镇级污水处理站？点名的是哪两个？")
    assert "9个" in spaceless_said(a) and "东湖、西塘" not in a.answer.replace("东湖、西塘、北坡", ""), a.answer
    assert "点名的：规划中未找到" in a.answer, a.answer


@pytest.mark.parametrize("question, value", [
    ("要建成几个大型光伏项目？", "12个"),
    ("大型光伏项目要建成多少个？", "12个"),
    ("每年要引进多少个先进制造项目？", "8个以上"),
    ("先进制造项目一年引进几个？", "8个以上"),
    ("人才服务中心的建筑面积是多少？", "2000平方米以上"),
    ("园区要建的那个人才服务中心，建筑面积要多大？", "2000平方米以上"),
])
def test_a_figure_printed_in_the_phrase_before_a_long_name(county, question, value):
    a = county.ask(question)
    assert a.found and value in spaceless_said(a), a.answer


def test_a_bound_before_the_name_is_never_its_count(county):
    a = county.ask("每年要引进多少个先进制造项目？")
    assert "3000万元" not in "|".join(i.label for i in a.items), a.answer


@pytest.mark.parametrize("question", [
    "村级卫生院要提升多少个？",
    "要全面提升多少个村级卫生院？",
    "能做血液透析的医疗机构有几家？村级卫生院要提升多少个？",
])
def test_the_asked_one_of_two_names_differing_by_one_character(county, question):
    a = county.ask(question)
    assert a.found and "24个" in spaceless_said(a), a.answer


@pytest.mark.parametrize("question", ["镇级卫生院要提升多少个？", "要全面提升多少个镇级卫生院？"])
def test_the_siblings_count_is_never_the_asked_ones(county, question):
    a = county.ask(question)
    assert "24个" not in "|".join(i.label for i in a.items), a.answer


@pytest.mark.parametrize("question", [
    "能做血液透析的医疗机构有几家？",
    "全县要有几家可以开展血液透析的医疗机构？",
    "全县要有几家能做血液透析的医疗机构？区域医疗中心建几个？",
])
def test_an_ability_said_loosely_reads_as_printed(county, question):
    a = county.ask(question)
    assert a.found and "3家以上" in spaceless_said(a), a.answer
    if "区域" in question:
        assert "2个" in spaceless_said(a), a.answer


@pytest.mark.parametrize("question, first, second", [
    ("村级污水处理站要新建多少个？镇级的呢？", "12个", "9个"),
    ("县城生活污水集中处理率要到多少？乡镇的呢？", "95%", "75%"),
    ("公办园占比要到多少？毛入园率呢？", "55%", "93%"),
    ("公路方面，总里程要到多少？高速公路呢？", "3800公里", "260公里"),
    ("2025年第一产业增加值占GDP比重是多少？第三产业呢？", "12%", "48%"),
    ("第二产业增加值占比到2025年是多少？第三产业的呢？", "40%", "48%"),
    ("2025年一产增加值占GDP比重是多少？三产呢？", "12%", "48%"),
])
def test_an_elliptical_second_part(county, question, first, second):
    a = county.ask(question)
    assert a.found and first in spaceless_said(a) and second in spaceless_said(a), a.answer


@pytest.mark.parametrize("question", [
    "东河、西溪、南渠的水质25年要达到几类？饮用水水源地呢？",
    "东河流域、西溪、南渠整体水质要达到几类？集中式饮用水水源地水质要达到几类？",
    "水环境这块，东河、西溪、南渠水质要达到几类？饮用水水源地的呢？",
])
def test_grades_each_its_own_subjects(county, question):
    a = county.ask(question)
    said = spaceless_said(a).replace("III", "Ⅲ").replace("II", "Ⅱ")
    assert a.found and "Ⅲ类" in said and "Ⅱ类" in said, a.answer
    assert [i.label[-2:] for i in a.items] == ["Ⅲ类", "Ⅱ类"], a.answer


def test_a_grade_for_a_year_the_plan_does_not_set_is_not_given(county):
    a = county.ask("饮用水水源地水质2030年要达到几类？")
    assert not a.found or "Ⅱ类" not in "|".join(i.label for i in a.items), a.answer


@pytest.mark.parametrize("question, values", [
    ("先进制造招商那块，每年要引进多少个项目？每个项目至少投多少？", ("8个以上", "3000万元以上")),
    ("先进制造项目每年引进几个？单个项目投资门槛是多少？", ("8个以上", "3000万元以上")),
    ("污水处理这块，村级站要新建几个？", ("12个",)),
    ("光伏那块，大型光伏项目建几个？并网装机要到多少？", ("12个", "80万千瓦")),
])
def test_a_topic_cut_or_put_inside_and_a_bound_before_the_name(county, question, values):
    a = county.ask(question)
    assert a.found and all(v in spaceless_said(a) for v in values), a.answer


def test_a_bound_is_not_given_when_the_plan_prints_several(engine_for, tmp_path):
    plan = tmp_path / "two-bounds.md"
    plan.write_text("# 某县规划\n\n## 第一章 招商\n\n每年引进5000万元以上的工业项目10个以上。每年引进1000万元以上的农业项目5个以上。\n",
                    encoding="utf-8")
    a = engine_for(plan).ask("每个项目至少投多少？")
    assert not a.found or not a.items, a.answer
    b = engine_for(plan).ask("农业项目每个至少投多少？")
    assert "1000万元以上" in spaceless_said(b) and "5000万元" not in "|".join(i.label for i in b.items), b.answer
