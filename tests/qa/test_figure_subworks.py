"""Figure questions about what a box item prints beside its sub-works, in users' wordings (issue 11), on two plans.

Asked on the seed (零陵区) and on a made-up city plan (``tests/data/qa-figures-town-plan.txt``: other names,
values and wordings of the same genre):

1. a sub-work that is no entity of the graph (「海绵城市建设。…新建雨污分流管网，长度约58km」): its figure read
   from the clause that names it and the asked attribute — never a neighbour clause's, never for a year the
   item is not for, never a length for a width;
2. counts printed in Chinese numerals (四个农村饮水水厂, 三座, 两个) answer 几个/多少个, in digits — the count of
   the asked kind of works (新建两个 is no answer to 改造多少个);
3. phases: a 一期 question takes only the 一期 figure, a question about the whole (投资多少, 总投资) never a
   phase's, and another phase is said not to be given;
5. 按什么标准/什么等级 asked of a named works, answered from its own item.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import cited, norm

TOWN = DATA / "qa-figures-town-plan.txt"


@pytest.fixture(scope="module")
def plans(engine, engine_for):
    return {"seed": engine, "town": engine_for(TOWN)}


@pytest.mark.parametrize(
    "plan, question, value, cites",
    [
        # 1. a sub-work's figure, printed as its own attribute clause
        ("seed", "海绵城市建设要新建多长的雨污分流管网？", "约58km", "新建雨污分流管网，长度约58km"),
        ("seed", "海绵城市建设中新建的雨污分流管网有多长？", "约58km", "新建雨污分流管网，长度约58km"),
        ("seed", "海绵城市建设中古城路沿江纳污管道改造多长？", "约5867m", "古城路沿江纳污管道改造，长度约5867m"),
        ("seed", "海绵城市建设里科技学院院片区雨污分流改造有多长？", "约300m", "科技学院院片区雨污分流改造，长度约300m"),
        ("seed", "“十四五”期间海绵城市建设要新建多长的雨污分流管网？", "约58km", "长度约58km"),
        ("town", "城市排水管网提质工程要新建多长的雨污分流管网？", "约46km", "新建雨污分流管网，长度约46km"),
        ("town", "城市排水管网提质工程中滨江路截污干管改造多长？", "约3.2km", "滨江路截污干管改造，长度约3.2km"),
        ("town", "城市排水管网提质工程改造老旧供水管网多长？", "约75km", "改造老旧供水管网，长度约75km"),
        # 1. a works named in a sentence (no box item), its figure beside the asked noun
        ("town", "老城区排水防涝工程要改造多少处易涝点？", "12处", "改造易涝点12处"),
        ("town", "老城区排水防涝工程要改造几个易涝点？", "12处", "改造易涝点12处"),
        # 2. counts in Chinese numerals
        ("seed", "零陵区农村饮水安全工程要建几个水厂？", "4个", "猫儿岩四个农村饮水水厂"),
        ("seed", "农村饮水安全工程兴建多少个农村饮水水厂？", "4个", "猫儿岩四个农村饮水水厂"),
        ("seed", "城乡客运一体化站场建设要建几个客运站场？", "4个", "珠山四个客运站场"),
        ("seed", "校园路网工程修建几条道路？", "3条", "阳明小学三条道路"),
        ("town", "青溪水厂扩建工程新建几座加压泵站？", "3座", "新建三座加压泵站"),
        ("town", "城北片区路网工程修建几条道路？", "3条", "经三路三条道路"),
        ("town", "乡镇农贸市场建设要新建几个乡镇农贸市场？", "2个", "新建两个乡镇农贸市场"),
        ("town", "乡镇农贸市场建设要改造多少个农贸市场？", "5个", "改造五个乡镇农贸市场"),
        # 3. phases: each phase its own figure, the whole the whole's
        ("seed", "永州市电子信息产业园暨电镀中心一期投资多少？", "50亿元", "一期投资50亿元"),
        ("seed", "电子信息产业园暨电镀中心首期投资多少？", "50亿元", "一期投资50亿元"),
        ("seed", "永州市电子信息产业园暨电镀中心投资多少？", "160亿元", "总投资160亿元"),
        ("seed", "永州市电子信息产业园暨电镀中心总投资是多少？", "160亿元", "总投资160亿元"),
        ("town", "青溪智能装备产业园一期投资多少？", "30亿元", "其中一期投资30亿元"),
        ("town", "青溪智能装备产业园投资多少？", "85亿元", "总投资85亿元"),
        ("town", "青溪智能装备产业园总投资是多少？", "85亿元", "总投资85亿元"),
        ("town", "凤凰山风电场二期装机多少？", "5万千瓦", "装机5万千瓦"),
        # 5. a grade or standard asked as an attribute
        ("seed", "S339毛栗铺至珠山镇公路按什么标准修建？", "二级公路", "按二级公路标准修建"),
        ("seed", "S339毛栗铺至珠山镇公路是什么等级的公路？", "二级公路", "按二级公路标准修建"),
        ("town", "青溪大道按什么标准修建？", "城市快速路", "按城市快速路标准建设"),
        ("town", "青溪大道按什么等级建设？", "城市快速路", "按城市快速路标准建设"),
        ("town", "S215青溪至石门公路按照什么标准改建？", "一级公路", "按一级公路标准改建"),
        ("town", "城区支路按什么标准改造？", "城市支路", "城区支路按城市支路标准改造"),
    ],
)
def test_the_asked_figure_is_given(plans, plan, question, value, cites):
    a = plans[plan].ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == [value], (a.answer, a.items)
    assert cited(a, cites), a.citations
    assert len(norm(a.answer)) <= 300


@pytest.mark.parametrize(
    "plan, question, never, given",
    [
        # 1. no width printed; a year the item is not for (its figure said as the plan's, found: false)
        ("seed", "海绵城市建设中古城路沿江纳污管道改造多宽？", "5867", None),
        ("seed", "海绵城市建设要新建多宽的雨污分流管网？", "58", None),
        ("seed", "海绵城市建设，2030年要新建多长的雨污分流管网？", None, "58km"),
        ("town", "城市排水管网提质工程，2030年要新建多长的雨污分流管网？", None, "46km"),
        ("town", "城市排水管网提质工程新建多少个泵站？", "3座", None),
        # 2. a count of another thing of the item is no answer
        ("seed", "零陵区农村饮水安全工程要建几座水库？", "4个", None),
        ("town", "乡镇农贸市场建设要新建几个停车场？", "2个", None),
        # 3. another phase than the plan gives: said, never the given phase's or the whole's figure as it
        ("seed", "电子信息产业园暨电镀中心二期投资多少？", None, "50亿元"),
        ("seed", "大唐风力发电站一期装机多少？", None, "3万千瓦"),
        ("town", "青溪智能装备产业园二期投资多少？", None, "30亿元"),
        ("town", "凤凰山风电场一期装机多少？", None, "5万千瓦"),
        ("town", "市人民医院一期工程新增床位多少张？", "800", None),
    ],
)
def test_what_the_plan_does_not_give_is_not_found(plans, plan, question, never, given):
    a = plans[plan].ask(question)
    assert not a.found, a.answer
    if never:
        assert norm(never) not in norm(a.answer), a.answer
    if given:
        assert norm(given) in norm(a.answer) and "未给出" in a.answer, a.answer


@pytest.mark.parametrize("plan, question", [
    # 城北片区路网工程 prints no standard; its neighbours' (城市快速路, 一级公路) are never its
    ("town", "城北片区路网工程按什么标准修建？"),
    # no works of that name: said, never a figure of any other sentence
    ("town", "乡村道路按什么等级修建？"),
    ("seed", "农村公路按什么等级修建？"),
])
def test_a_grade_is_read_from_the_named_works_only(plans, plan, question):
    a = plans[plan].ask(question)
    assert not a.found and "等级或建设标准" in a.answer, a.answer
    assert not any(w in a.answer for w in ("快速路", "一级公路", "二级公路", "%")), a.answer
