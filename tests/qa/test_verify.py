"""The last check on figure answers (qa.checks.verify): a value of another year, or a percentage for an amount, is refused.

Invented clauses in the shapes of older national plans (breaker findings on the 1953 and 1976 outlines).
"""
from __future__ import annotations

import pytest

from qa.answer import Answer, Item
from qa.checks.verify import checked_figures


def _answer(value: str, clause: str) -> Answer:
    return Answer("q", f"X：{value}", True, [Item(value, detail=clause)], kind="fact")


@pytest.mark.parametrize("question, value, clause", [
    ("1985年发电量多少？", "二千一百亿度", "发电量，由一九七五年的二千一百亿度，增加到一九八〇年的三千亿度"),
    ("到1980年钢产量要达到多少？", "二千六百万吨", "钢产量一九七五年为二千六百万吨"),
    ("五五基本建设投资多少？", "2800亿元", "“六五”为2800亿元"),
    ("1957年棉布产量多少？", "一九五二年约为一、二〇〇万匹", "棉布产量一九五二年约为一、二〇〇万匹，一九五七年约为一、五〇〇万匹"),
])
def test_a_value_printed_after_another_year_is_not_the_years_asked(question, value, clause):
    a = checked_figures(question, _answer(value, clause))
    assert not a.found and value not in a.answer and "年份" in a.answer


@pytest.mark.parametrize("question, value, clause", [
    ("1980年发电量多少？", "三千亿度", "发电量，由一九七五年的二千一百亿度，增加到一九八〇年的三千亿度"),
    ("“六五”基本建设投资多少？", "2800亿元", "“六五”为2800亿元"),
    ("到2025年地区生产总值达到多少？", "341亿元", "到2025年，地区生产总值达到341亿元"),
])
def test_the_years_own_value_stands(question, value, clause):
    assert checked_figures(question, _answer(value, clause)).found


@pytest.mark.parametrize("question", ["机械工业各部投资多少？", "纺织工业产值多少亿元？", "1952年工业农业总产值多少？"])
def test_a_percentage_never_answers_an_amount(question):
    a = checked_figures(question, _answer("提高百分之六五·二", "机械工业各部提高百分之六五·二"))
    assert not a.found and "百分比" in a.answer


@pytest.mark.parametrize("question", ["机械工业各部劳动生产率提高多少？", "工业产值占工农业总产值的比重是多少？", "产值年均增长多少？",
                                      "五年内工业总产值计划平均每年递增多少？"])
def test_a_percentage_answers_a_rate_or_a_change(question):
    assert checked_figures(question, _answer("提高百分之六五·二", "机械工业各部提高百分之六五·二")).found


@pytest.mark.parametrize("value, clause, whole", [("1,680万", "钢产量达到1,680万一1,785万吨", "1,680万一1,785万吨"),
                                                  ("700万", "水产品产量由现在的460万吨增加到700万至800万吨", "700万至800万吨"),
                                                  ("3个百分点", "中西部省份比例提高2-3个百分点", "2-3个百分点"),
                                                  ("3km", "规划研究将阳明大道东移2-3km", "2-3km")])
def test_one_end_of_a_range_is_answered_by_the_range_whole(value, clause, whole):
    a = checked_figures("1990年钢产量多少？", _answer(value, clause))
    assert a.found and [i.label for i in a.items] == [whole] and whole in a.answer, a.answer


def test_a_count_of_kinds_is_no_quantity():
    a = checked_figures("1985年全国发电量多少？", _answer("17", "钢、发电量等17种主要工业产品的单位能耗五年内分别下降3一12%"))
    assert not a.found and "17" not in a.answer.split("（")[0]
    assert checked_figures("有多少种主要工业产品？", _answer("17", "等17种主要工业产品")).found


def test_a_share_asked_is_answered_by_a_share_only():
    a = checked_figures("工业部门投资占多少？", _answer("二四八·五亿元", "工业部门基本建设投资二四八·五亿元的百分之四四·三"))
    assert not a.found and "比重" in a.answer
    assert checked_figures("工业部门投资占多少？", _answer("百分之五八·二", "工业部门为二四八·五亿元，占百分之五八·二")).found


def test_percentage_points_answer_a_share_and_each_period_asked_counts():
    assert checked_figures("服务业增加值比重提高几个百分点？", _answer("3个", "比重分别提高3个和4个百分点")).found
    two = Answer("q", "…", True, [Item("1780亿元", detail="“五五”为1780亿元"), Item("2800亿元", detail="“六五”为2800亿元")], kind="fact")
    assert checked_figures("五五基本建设投资多少？六五呢？", two, several=True).found


def test_a_periods_part_is_no_total_and_a_years_item_is_that_years():
    a = checked_figures("十年基本建设投资共多少？", _answer("2800亿元", "“六五”为2800亿元"))
    assert not a.found and "合计" in a.answer
    item = Answer("q", "土布产量：…", True, [Item("土布产量", detail="一九五二年约为二、六二七万匹")], kind="fact")
    assert not checked_figures("1957年土布产量多少？", item).found
    assert checked_figures("1952年土布产量多少？", item).found


def test_an_indicator_rows_bare_number_answers_a_share():
    # 「进出口总额占GDP比重（%）…2025年目标为13」: the row's unit is in its name; the bare 13 is the share.
    assert checked_figures("进出口占GDP的比重，2025年要搞到多少？", _answer("13", "进出口总额占GDP比重（%），2025年目标为13")).found


def test_kilowatts_keep_their_unit():
    from qa.values.prose import values_in

    assert [m.group(0) for m in values_in("单机容量2200千瓦", 0)] == ["2200千瓦"]
    assert [m.group(0) for m in values_in("装机容量5万千瓦", 0)] == ["5万千瓦"]


@pytest.mark.parametrize("question, value, clause, counted", [
    ("青莲水库渠系建筑物多少处？", "12800m", "支渠31条、渠系建筑物60处12800m", False),
    ("青莲水库渠系建筑物多少处？", "60处", "支渠31条、渠系建筑物60处12800m", True),
    ("要建几座污水处理厂？", "4万吨", "建设6座乡镇污水处理厂，日处理污水4万吨", False),
    ("要建几座污水处理厂？", "6座", "建设6座乡镇污水处理厂，日处理污水4万吨", True),
    ("占比提高多少个百分点？", "4个百分点", "比重提高4个百分点", True),
])
def test_a_count_asked_is_answered_by_a_count(question, value, clause, counted):
    # 「多少处」 asks how many: a length, an area or a weight printed beside the count is no answer.
    a = checked_figures(question, _answer(value, clause))
    assert a.found is counted, a.answer
    if not counted:
        assert "个数" in a.answer


@pytest.mark.parametrize("question, value, clause", [
    ("核电装机达到多少万千瓦？", "百万千瓦", "百万千瓦级核电机组、超超临界火电机组"),
])
def test_a_size_class_is_no_figure(question, value, clause):
    assert not checked_figures(question, _answer(value, clause)).found


def test_a_run_value_goes_to_the_owner_at_its_place():
    from qa.answer import Citation

    text = "新能源加快发展，并网风电装机、生物质发电装机分别达到500万千瓦和550万千瓦。"
    cite = Citation(id="p1", text=text)
    wrong = Answer("q", "生物质发电装机：500万千瓦", True, [Item("500万千瓦", cite, detail="生物质发电装机分别达到500万千瓦和550万千瓦")], [cite], kind="fact")
    a = checked_figures("生物质发电装机要达到多少？", wrong)
    assert a.found and [i.label for i in a.items] == ["550万千瓦"], a.answer
    right = Answer("q", "并网风电装机：500万千瓦", True, [Item("500万千瓦", cite, detail=text)], [cite], kind="fact")
    assert checked_figures("并网风电装机要达到多少？", right) is right


def test_a_structure_is_its_whole_run():
    clause = "三次产业结构“十三五”初期为19.1%、46.0%、34.9%"
    a = checked_figures("三次产业结构十三五初期是多少？", _answer("19.1%", clause))
    assert a.found and a.items[0].label == "19.1%、46.0%、34.9%", a.answer
    whole = _answer("19.1%、46.0%、34.9%", clause)
    assert checked_figures("三次产业结构十三五初期是多少？", whole) is whole


def test_a_run_read_for_several_parts_is_left_to_them():
    # 「十二五期间生产总值和利润总额…分别」: the question words an owner otherwise (十二五期间 for 2011至2015年).
    from qa.answer import Citation

    text = "2011至2015年生产总值、利润总额五年累计分别完成1595.2亿元、252.4亿元。"
    cite = Citation(id="p1", text=text)
    both = Answer("q", "生产总值：1595.2亿元；利润总额：252.4亿元", True,
                  [Item("1595.2亿元", cite, detail=text), Item("252.4亿元", cite, detail=text)], [cite], kind="fact")
    assert checked_figures("十二五期间生产总值和利润总额五年累计分别完成多少？", both) is both


def test_a_later_clause_names_another_owner_of_the_measure():
    clause = "工业雷管产能利用率较低，工业炸药产能利用率也不到70%"
    assert not checked_figures("工业雷管的产能利用率是多少？", _answer("70%", clause)).found
    assert checked_figures("工业炸药的产能利用率是多少？", _answer("70%", clause)).found
