"""Figure questions in users' own wordings (issue 11, the third examiner's unmet classes), on two plans.

Each class is asked in several wordings on the seed (零陵区, box items titled by their project) and on a
made-up county plan (``tests/data/qa-figures-county-plan.txt``: 第N章, one 专栏 of titled items, other
values and other wordings of the same genre):

1. several figures in one question — every part answered from the same thing's item or sentence, a
   count beside its noun (建设6个乡镇污水处理厂) and a grade (按二级公路标准修建) included; a part the plan
   does not give is said, the others still given;
2. spoken and abbreviated wording read as the plan prints it (固投, 社零, 每天供水多少, 能供多少人,
   一天能处理, 多少钱);
3. prose clause shapes (使…比重达到, 比重提高到, 由A提高到B, 累计达到);
4. not-found answers name the asked measure cleanly (or 所问的数值), never a garbled residue;
5. reverse look-up by a pair of values: only rows matching every value;
6. one figure read under two cue words is one item.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import cited, norm, said

COUNTY = DATA / "qa-figures-county-plan.txt"


@pytest.fixture(scope="module")
def plans(engine, engine_for):
    return {"seed": engine, "county": engine_for(COUNTY)}


@pytest.mark.parametrize(
    "plan, question, values, cites",
    [
        # 1. several figures, each part from the same item, each cited
        ("seed", "乡镇污水处理厂建设项目一共建多少个污水处理厂，每天处理多少污水？", ["6个", "4万吨"], "日处理污水4万吨"),
        ("seed", "乡镇污水处理厂建设项目要建几个厂？日处理污水多少？", ["6个", "4万吨"], "建设6个乡镇污水处理厂"),
        ("county", "县城污水处理厂扩建项目要新建几座污水处理站，一天能处理多少污水？", ["3座", "2万吨"], "日处理污水2万吨"),
        ("seed", "何仙观水库电站装机是多大，总灌溉面积有多少？", ["1.18万千瓦", "35.63万亩"], "总灌溉面积35.63万亩"),
        ("seed", "何仙观水库的电站装机多少，能灌溉多少亩？", ["1.18万千瓦", "35.63万亩"], "总灌溉面积35.63万亩"),
        ("county", "黄石水库配套的电站装机多大？灌区总灌溉面积多少？", ["0.8万千瓦", "6.5万亩"], "灌区总灌溉面积6.5万亩"),
        ("county", "黄石水库配套电站的装机是多少？总库容多大？", ["0.8万千瓦", "2600万立方米"], "总库容2600万立方米"),
        ("seed", "零陵区农村饮水安全工程一天供水多少？供水人口多少？", ["5.5万吨", "45万人"], "供水人口为45万人"),
        ("seed", "农村饮水安全工程每日能供多少吨水，可以供多少人用水？", ["5.5万吨", "45万人"], "供水规模为5.5万吨"),
        ("county", "白河县城乡供水一体化工程每天供水多少、能供多少人？", ["8万吨", "28万人"], "供水人口为28万人"),
        ("county", "城乡供水一体化工程那两座水厂每天能供多少水？", ["8万吨"], "供水规模为8万吨"),
        # a grade is an attribute printed in words
        ("seed", "S339毛栗铺至珠山镇公路全长多少，是几级公路？", ["41km", "二级公路"], "按二级公路标准修建"),
        ("seed", "S339毛栗铺至珠山镇公路按几级公路标准修建？", ["二级公路"], "按二级公路标准修建"),
        ("county", "X337白河至黄石公路有多长，按几级公路标准建？", ["26公里", "二级公路"], "按二级公路标准建设"),
        ("county", "龙岗大道有多宽，是几级公路？", ["24.5米", "城市主干路"], "按城市主干路标准建设"),
        # 2. abbreviations and spoken words
        ("seed", "固投的年均增速是多少？", ["12.5%"], "固定资产投资年均增长12.5%"),
        ("county", "固投年均增长多少？", ["9.6%"], "固定资产投资年均增长9.6%"),
        ("seed", "固定资产投资和社零年均分别增长多少？", ["12.5%", "10.8%"], "年均增长10.8%"),
        ("county", "“十三五”社零额年均增长多少？", ["8.2%"], "社会消费品零售总额年均增长8.2%"),
        ("seed", "生态保护红线面积多大？占市域总面积的百分之几？", ["465", "23.7"], "生态红线面积约465平方公里"),
        # 3. prose clause shapes
        ("county", "“十四五”要让战略性新兴产业增加值占GDP比重达到多少？", ["12%"], "使战略性新兴产业增加值占地区生产总值比重达到12%"),
        ("county", "使战略性新兴产业增加值占国内生产总值的比重达到多少？", ["12%"], "比重达到12%"),
        ("county", "服务业增加值比重要提高到多少？", ["48%"], "服务业增加值比重提高到48%"),
        ("county", "常住人口城镇化率要从多少提高到多少？", ["56%"], "由50.2%提高到56%"),
        ("county", "城镇新增就业累计达到多少人？", ["2.4万人"], "城镇新增就业累计达到2.4万人"),
    ],
)
def test_every_part_is_answered_and_cited(plans, plan, question, values, cites):
    a = plans[plan].ask(question)
    assert a.found, a.answer
    for v in values:
        assert norm(v) in said(a), (v, a.answer)
    assert "规划中未给出" not in a.answer and "未找到" not in a.answer, a.answer
    assert cited(a, cites), a.citations
    ids = {(c.plan, c.id) for c in a.citations}
    assert all((i.citation.plan, i.citation.id) in ids for i in a.items if i.citation)
    assert len(norm(a.answer)) <= 300


@pytest.mark.parametrize(
    "plan, question, given, not_given",
    [
        # the plan gives one part: that part, and which part it does not give
        ("county", "X337白河至黄石公路有多宽，按几级公路标准建？", "二级公路", "规划中未给出"),
        ("county", "龙岗大道全长多少？按几级公路标准建设？", "18公里", "城市主干路"),
    ],
)
def test_a_part_the_plan_does_not_give_is_said(plans, plan, question, given, not_given):
    a = plans[plan].ask(question)
    assert a.found and norm(given) in said(a), a.answer
    assert norm(not_given) in norm(a.answer), a.answer


@pytest.mark.parametrize(
    "plan, question, never",
    [
        # 4. not found: the measure named cleanly or 所问的数值, never a residue with its question words cut out
        ("seed", "产业投资占固投的比重，2030年和2035年各是多少？", ["比重和", "固投比重和"]),
        ("seed", "何仙观水库建几个水电站？", ["建几水电站", "建水电站"]),
        ("county", "黄石水库要建几个泵站？", ["建几泵站", "建泵站"]),
        ("county", "白河体育中心是几级场馆？", ["几级", "级场馆"]),
    ],
)
def test_not_found_names_the_measure_cleanly(plans, plan, question, never):
    a = plans[plan].ask(question)
    assert not a.found, a.answer
    for residue in never:
        assert residue not in a.answer, a.answer


@pytest.mark.parametrize(
    "plan, question",
    [
        # hints come from the asked measure's subject, never another thing's 覆盖率/收入
        ("seed", "全区森林蓄积量要达到多少？"),
        ("county", "森林蓄积量要达到多少？"),
    ],
)
def test_not_found_hints_are_about_the_subject(plans, plan, question):
    a = plans[plan].ask(question)
    assert not a.found, a.answer
    assert "覆盖率" not in a.answer.split("规划给出的相近数字")[-1] or "森林" in a.answer, a.answer
    assert "收入" not in a.answer and "厕所" not in a.answer, a.answer


@pytest.mark.parametrize(
    "question, label, other",
    [
        # 5. a pair of values: only the row holding both
        ("指标表里2020年是98、2025年是100的是哪个指标？", "基本养老保险参保率", "空气质量优良天数比例"),
        ("2020年为98，2025年目标为92的是哪个指标？", "空气质量优良天数比例", "基本养老保险参保率"),
        ("基期值98、目标值100的是哪一项指标？", "基本养老保险参保率", "空气质量优良天数比例"),
    ],
)
def test_reverse_lookup_by_a_pair_of_values(engine, question, label, other):
    a = engine.ask(question)
    assert a.found and label in a.answer, a.answer
    assert other not in a.answer, a.answer


@pytest.mark.parametrize(
    "plan, question, value",
    [
        # 6. one figure read by two cue words (总长 and 长度, 装机 and 容量) is one item
        ("seed", "阳明大道零陵段总长多少？", "6.4km"),
        ("county", "白河体育中心总长多少？", "420米"),
        ("county", "黄石水库的装机容量是多少？", "0.8万千瓦"),
    ],
)
def test_one_figure_is_one_item(plans, plan, question, value):
    a = plans[plan].ask(question)
    assert a.found and [i.label for i in a.items] == [value], (a.answer, a.items)
    assert norm(a.answer).count(norm(value) + "(") == 1, a.answer
