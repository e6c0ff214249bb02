"""A figure of another scope is no answer (qa.checks.scope through qa.checks.verify): a region's, a sub-kind's, another department's,
another period's figure, or a count for money asked — and the scope's own figure stands.

Invented paragraphs in the shapes of national outlines: regional chapters, lists of kinds, ministries' sums, ten-year
outlines with a five-year period inside them.
"""
from __future__ import annotations

import pytest

from qa.answer import Answer, Citation, Item
from qa.checks.scope import foreign_scope
from qa.checks.verify import checked_figures

_REGION_PARA = ("主要任务是：加快能源基地建设，2030年原煤产量达到4.2亿吨以上，比2025年增长15％以上；"
                "发电量达到1,600亿度左右。大力发展畜牧业。")
_NATION_PARA = "2030年全国原煤总产量达到12亿吨，比2025年增加2亿吨。五年内，煤矿建设总规模为2.6亿吨，建成投产1.4亿吨。"
_REGION_NAMED_PARA = "东北地区煤矿建设总规模为5,200万吨，建成投产3,100万吨。"
_KINDS_PARA = "要在2030年基本实现农业机械化，全国拥有收割机 60万台、小型收割机 210万台、喷灌设备 5000多万套。"
_MINISTRY_PARA = ("上列农业部门基本建设的投资，再加上中央各农业部以外的其他各部的有关农业基本建设的投资九·三亿元，"
                  "五年内农业基本建设投资就将共有一〇二·五亿元。")
_MINISTRY_LIST = "其中：农业部门为八七·二亿元，占百分之二〇·四；造纸工业部为六·一亿元。"
_FACTORIES_PARA = "由造纸工业部直接投资建设的共有一四个厂。计在西北新建五个厂。"
_TEN_YEAR_PARA = "十年税收收入共九千六百亿元，平均每年增长 7.4％，其中“九五”税收收入四千亿元，平均每年增长 8.6％。"
_PERIOD_PARA = "农业总产值达到21500亿元，比2030年增长29.3%，平均每年增长5.3%。"


def _answer(value: str, clause: str, text: str, *, chapter: str, section: str | None = None) -> Answer:
    cite = Citation("p1", text, chapter=chapter, section=section, plan="invented")
    return Answer("q", f"X：{value}", True, [Item(value, citation=cite, detail=clause)], citations=[cite], kind="fact")


REGION_FIGURE = dict(value="4.2亿吨以上", clause="2030年原煤产量达到4.2亿吨以上", text=_REGION_PARA,
                     chapter="第16章 西北地带的经济发展", section="第1节 发展目标和任务")
NATION_FIGURE = dict(value="1.4亿吨", clause="建成投产1.4亿吨", text=_NATION_PARA, chapter="第8章 能源", section="第2节 煤炭工业")


@pytest.mark.parametrize("question", ["2030年全国原煤产量多少？", "到2030年原煤产量要达到多少？", "2030年全国的原煤能产多少吨？"])
def test_a_regions_figure_is_not_the_nations(question):
    a = checked_figures(question, _answer(**REGION_FIGURE))
    assert not a.found and "西北地带" in a.answer and "4.2亿吨" in a.answer


@pytest.mark.parametrize("question", ["西北地带2030年原煤产量多少？", "西北地区到2030年原煤产量要达到多少？"])
def test_the_regions_own_figure_stands(question):
    assert checked_figures(question, _answer(**REGION_FIGURE)).found


@pytest.mark.parametrize("question", ["东北地区煤矿建设建成投产多少？", "东北煤矿五年建成投产多少吨？"])
def test_the_nations_figure_is_not_a_regions(question):
    a = checked_figures(question, _answer(**NATION_FIGURE))
    assert not a.found and "东北" in a.answer and "全国" in a.answer


def test_a_region_named_in_the_paragraph_keeps_its_figure():
    a = _answer("3,100万吨", "建成投产3,100万吨", _REGION_NAMED_PARA, chapter="第8章 能源", section="第2节 煤炭工业")
    assert checked_figures("东北地区煤矿建设建成投产多少？", a).found
    assert checked_figures("五年内煤矿建设建成投产多少？", _answer(**NATION_FIGURE)).found


@pytest.mark.parametrize("question", ["2030年全国拥有收割机多少台？", "到2030年收割机要有多少台？", "收割机2030年达到几台？"])
def test_a_sub_kind_is_not_the_kind(question):
    a = checked_figures(question, _answer("210万台", "全国拥有收割机60万台、小型收割机210万台、喷灌设备5000多万套",
                                          _KINDS_PARA, chapter="四、加强农业基础"))
    assert not a.found and "小型收割机" in a.answer


@pytest.mark.parametrize("question, value", [
    ("2030年全国拥有收割机多少台？", "60万台"),
    ("2030年小型收割机多少台？", "210万台"),
])
def test_the_kinds_own_figure_stands(question, value):
    a = _answer(value, "全国拥有收割机60万台、小型收割机210万台、喷灌设备5000多万套", _KINDS_PARA, chapter="四、加强农业基础")
    assert checked_figures(question, a).found


@pytest.mark.parametrize("question, value, clause, text", [
    ("到2030年人口控制在多少？", "14.6亿人以内", "2030年全国总人口控制在14.6亿人以内", "2030年全国总人口控制在14.6亿人以内。"),
    ("地区生产总值达到多少？", "380亿元", "地区生产总值达到380亿元", "到2030年，地区生产总值达到380亿元。"),
    ("工业园的投资是多少？", "8亿元", "引进材料集团等企业投资8亿元", "某工业园。规划用地200亩，引进材料集团等企业投资8亿元。"),
    ("客运北站的占地面积是多少？", "96.5亩", "项目占地面积96.5亩", "客运北站。项目占地面积96.5亩，为客运二级站。"),
    ("载货汽车多少辆？", "40万辆", "载货汽车40万辆", "2030年载货汽车40万辆。"),
    ("棉花和麻类的总产量分别是多少？", "18万吨", "粮食、棉花和麻类总产量达到260万吨、18万吨和12万吨",
     "粮食、棉花和麻类总产量达到260万吨、18万吨和12万吨。"),
])
def test_the_whole_a_synonym_an_owner_or_a_run_is_no_sub_kind(question, value, clause, text):
    assert foreign_scope(question, value, clause, Citation("p", text, chapter="第3章 目标")) is None


@pytest.mark.parametrize("question", ["2030年卡车产量多少辆？", "到2030年卡车产量要达到多少？"])
def test_an_adjectives_kind_is_not_the_kind_even_alone(question):
    why = foreign_scope(question, "35万辆", "重型卡车产量35万辆", Citation("p", "2030年重型卡车产量35万辆。", chapter="第5章 机械工业"))
    assert why and "重型卡车" in why


@pytest.mark.parametrize("question", ["农业部门基本建设投资多少？", "农业部门的基本建设投资共多少亿元？"])
def test_another_departments_sum_is_not_the_departments(question):
    clause = "上列农业部门基本建设的投资，再加上中央各农业部以外的其他各部的有关农业基本建设的投资九·三亿元"
    a = checked_figures(question, _answer("九·三亿元", clause, _MINISTRY_PARA, chapter="第2章 投资分配"))
    assert not a.found and "其他各部" in a.answer


@pytest.mark.parametrize("question, value, clause", [
    ("农业部门基本建设投资多少？", "八七·二亿元", "其中：农业部门为八七·二亿元"),
    ("造纸工业部投资多少？", "六·一亿元", "造纸工业部为六·一亿元"),
])
def test_the_departments_own_sum_stands(question, value, clause):
    assert checked_figures(question, _answer(value, clause, _MINISTRY_LIST, chapter="第2章 投资分配")).found


@pytest.mark.parametrize("question", ["造纸工业部投资多少？", "造纸工业部的基本建设投资是多少亿元？"])
def test_a_count_of_factories_is_not_an_investment(question):
    a = checked_figures(question, _answer("一四个", "由造纸工业部直接投资建设的共有一四个厂", _FACTORIES_PARA, chapter="第3章 工业"))
    assert not a.found and "个数" in a.answer


def test_a_count_asked_keeps_the_count():
    a = _answer("一四个", "由造纸工业部直接投资建设的共有一四个厂", _FACTORIES_PARA, chapter="第3章 工业")
    assert checked_figures("造纸工业部直接投资建设几个厂？", a).found


@pytest.mark.parametrize("question", ["九五税收收入平均每年增长多少？", "“九五”期间税收收入年均增长多少？"])
def test_a_ten_year_figure_is_not_one_periods(question):
    a = checked_figures(question, _answer("7.4%", "平均每年增长7.4%", _TEN_YEAR_PARA, chapter="十二、增加税收收入"))
    assert not a.found and "十年" in a.answer


@pytest.mark.parametrize("question, value", [
    ("九五税收收入平均每年增长多少？", "8.6%"),
    ("十年税收收入平均每年增长多少？", "7.4%"),
    ("税收收入平均每年增长多少？", "7.4%"),
])
def test_the_periods_own_figure_stands(question, value):
    assert checked_figures(question, _answer(value, f"平均每年增长{value}", _TEN_YEAR_PARA, chapter="十二、增加税收收入")).found


@pytest.mark.parametrize("question", ["十年规划期间农业总产值平均每年增长多少？", "今后十年农业总产值年均增长多少？"])
def test_a_five_year_sections_figure_is_not_the_ten_years(question):
    a = checked_figures(question, _answer("5.3%", "平均每年增长5.3%", _PERIOD_PARA,
                                          chapter="二、“十六五”计划的基本任务和综合指标", section="（二）经济增长的速度"))
    assert not a.found and "十六五" in a.answer


@pytest.mark.parametrize("question", ["“十六五”期间农业总产值平均每年增长多少？", "农业总产值平均每年增长多少？"])
def test_the_five_year_sections_figure_stands_for_its_period(question):
    a = _answer("5.3%", "平均每年增长5.3%", _PERIOD_PARA, chapter="二、“十六五”计划的基本任务和综合指标", section="（二）经济增长的速度")
    assert checked_figures(question, a).found


def _joined(*answers: Answer) -> Answer:
    items = [i for a in answers for i in a.items]
    return Answer("q", "；".join(a.answer for a in answers), True, items, citations=[c for a in answers for c in a.citations],
                  kind="fact")


def test_several_parts_keep_the_whole_and_the_region_each_asks():
    region = _answer("3,100万吨", "建成投产3,100万吨", _REGION_NAMED_PARA, chapter="第8章 能源", section="第2节 煤炭工业")
    joined = _joined(_answer(**NATION_FIGURE), region)
    assert checked_figures("全国和东北地区煤矿建设分别建成投产多少？", joined, several=True).found


def test_a_region_asked_by_every_part_is_never_answered_by_the_nations_figure():
    # 「东北…总规模多少？建成投产多少？」: the second part lost its region on the way; the joined answer is checked whole.
    a = checked_figures("东北地区煤矿建设总规模多少？建成投产多少？", _joined(_answer(**NATION_FIGURE)), several=True)
    assert not a.found and "东北" in a.answer


def test_a_period_compared_with_is_not_the_period_asked():
    a = _answer("12%", "比“十五五”末增长12%", "到2035年，农业总产值比“十五五”末增长12%。",
                chapter="第2章 “十六五”时期主要目标")
    assert checked_figures("2035年农业总产值比“十五五”末增长多少？", a).found


def test_the_innermost_heading_naming_a_region_is_the_figures():
    para = "到2030年，区内钢产量达到3,200万吨。"
    a = _answer("3,200万吨", "区内钢产量达到3,200万吨", para, chapter="第9章 推进西北大开发，促进地区协调发展",
                section="第2节 加快华中地区发展")
    assert checked_figures("2030年华中地区钢产量多少？", a).found
    assert not checked_figures("2030年全国钢产量多少？", a).found
    every = _answer("3,200万吨", "区内钢产量达到3,200万吨", para, chapter="第9章 区域协调", section="第1节 提升东中西和东北地区协调发展水平")
    assert checked_figures("2030年钢产量多少？", every).found


def test_the_start_of_a_period_is_in_the_period():
    a = _answer("21.3%、44.1%、34.6%", "三次产业结构“十五五”初期为21.3%、44.1%、34.6%",
                "三次产业结构“十五五”初期为21.3%、44.1%、34.6%，收关期达到17.2%、40.6%、42.2%。", chapter="第1章 发展基础")
    assert checked_figures("十五五初期三次产业结构是多少？", a).found


def test_a_count_answers_a_part_beside_a_measure_named_for_money():
    a = _answer("4.1件", "每万人口发明专利拥有量提高到4.1件", "每万人口发明专利拥有量提高到4.1件。", chapter="第3章 创新")
    assert checked_figures("研发经费占GDP比重多少？每万人口发明专利呢？", a, several=True).found


@pytest.mark.parametrize("section", ["第2节 承接东部沿海地区产业转移", "第1节 深化对接粤港澳大湾区"])
def test_a_region_a_place_reaches_out_to_is_not_its_figures_scope(section):
    a = _answer("25个", "引进产业转移项目25个", "引进产业转移项目25个，新增就业岗位8000个。", chapter="第5章 开放合作", section=section)
    assert checked_figures("引进产业转移项目多少个？", a).found


def test_a_regional_strategys_section_is_that_areas():
    a = _answer("4.5万亿元", "地区生产总值达到4.5万亿元", "到2030年，区内地区生产总值达到4.5万亿元。",
                chapter="第40章 推进长江经济带发展")
    assert not checked_figures("2030年国内生产总值达到多少？", a).found
    assert checked_figures("2030年长江经济带地区生产总值达到多少？", a).found


@pytest.mark.parametrize("question", ["二氧化硫排放总量下降多少？", "全国二氧化硫排放总量要下降多少？"])
def test_a_sentence_acting_on_regions_keeps_the_nations_figure(question):
    para = "持续改善华北地区、西南地区空气质量，加快燃煤锅炉综合整治，二氧化硫排放总量下降12%以上。"
    a = _answer("12%以上", "二氧化硫排放总量下降12%以上", para, chapter="第37章 深入打好污染防治攻坚战")
    assert checked_figures(question, a).found


def test_a_sentence_opening_with_a_region_is_that_regions():
    para = "西北地区，到2030年粮食产量达到1,200万吨。"
    a = _answer("1,200万吨", "到2030年粮食产量达到1,200万吨", para, chapter="第9章 农业")
    assert not checked_figures("2030年全国粮食产量多少？", a).found
    assert checked_figures("2030年西北地区粮食产量多少？", a).found
