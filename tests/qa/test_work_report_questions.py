"""A city's work report carrying its 十四五 goals, asked as office staff ask (lane probeL, found on the 西安 and 武汉
2021 reports): 「今年」 is the report's own year (its 「2021年工作安排」), so 「今年X预期增长多少」 is answered with
that year's target like 「2021年X…」, whatever the question says before it (the city's name, a second figure)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import norm, unquoted

PLAN = DATA / "city-work-report-plan.md"


@pytest.fixture(scope="module")
def report(engine_for):
    return engine_for(PLAN)


def _said(answer) -> str:
    return norm(unquoted(answer))


@pytest.mark.parametrize("question, figures", [
    ("今年社会消费品零售总额预期增长多少？", ["9%"]),
    ("青岚今年社会消费品零售总额和地区生产总值各预期增长多少？", ["9%", "7%"]),
    ("今年（2021年）地区生产总值预期增长多少？", ["7%"]),
    ("本年度城镇登记失业率控制在多少？", ["4.5%"]),
])
def test_this_year_is_the_reports_own(report, question, figures):
    a = report.ask(question)
    assert a.found, a.answer
    for figure in figures:
        assert figure in _said(a), a.answer
    assert "未找到" not in a.answer, a.answer


@pytest.mark.parametrize("question, place", [
    # a title quoting a name inside it: one quotation, in single or double inner quotes, its 二〇三五年 as printed
    ("“关于‘十四五’规划和二〇三五年远景目标纲要”是报告的第几部分？", "二、"),
    ("“关于“十四五”规划和二〇三五年远景目标纲要”在报告哪一部分？", "二、"),
    ("“聚焦“办好一次会，搞活一座城”，全面提升城市管理水平”列在工作回顾的第几项？", "（三）"),
    # a place asked by 排在/列在 … 的第几项 or 排第几
    ("“大力发展实体经济，加快建设制造业强市”排在2021年政府工作安排的第几项？", "（二）"),
    ("“强化科技创新引领，推动形成发展新优势”排第几？", "（一）"),
])
def test_a_quoted_heading_is_placed(report, question, place):
    a = report.ask(question)
    assert a.found, a.answer
    assert place in a.answer, a.answer


@pytest.mark.parametrize("question, count, last", [
    # 「（二）基本原则。一是…；二是…」: the heading leads the list its first paragraph counts inside itself
    ("基本原则一共几条？", "5条", "坚持系统观念"),
    ("“十四五”规划纲要的基本原则有几条？", "5条", "坚持系统观念"),
    ("重点任务有几项？", "3项", "扎实保障和改善民生"),
])
def test_a_headings_inline_list_is_counted(report, question, count, last):
    a = report.ask(question)
    assert a.found and count in a.answer and last in a.answer, a.answer


@pytest.mark.parametrize("question", ["报告里哪几个部分提到了全运会？", "报告中哪些地方提到了全运会？"])
def test_where_the_report_mentions_a_word(report, question):
    a = report.ask(question)
    assert a.found and "三、2021年政府工作安排" in a.answer, a.answer


@pytest.mark.parametrize("question", ["2020年城镇新增就业多少人？", "2020年新增学位多少个？", "2020年新增了多少个学位？"])
def test_a_spans_sum_is_no_years_figure(report, question):
    """「——这五年，…城镇新增就业累计达52.3万人」 counts the five years: never 2020's figure."""
    a = report.ask(question)
    assert "52.3" not in _said(a) and "12万" not in _said(a), a.answer


@pytest.mark.parametrize("question", ["地铁开通里程达到了多少公里？", "2020年地铁开通里程是多少？",
                                      "“十三五”末地铁开通里程达到多少？"])
def test_a_multiples_base_year_is_not_the_figures(report, question):
    """「地铁开通里程达到86公里…，分别是2015年的3倍和2倍」: 2015 is what the multiple is of, the figure is 2020's."""
    a = report.ask(question)
    assert a.found and "86公里" in _said(a), a.answer


@pytest.mark.parametrize("question", ["2020年经济总量是多少？", "青岚经济总量达到多少？"])
def test_the_measure_as_asked_outranks_a_synonym(report, question):
    """「经济总量位居全省前三，达到4020.5亿元」 (its 达到 a clause on) before 「地区生产总值超过4000亿元」."""
    a = report.ask(question)
    assert a.found and "4020.5亿元" in _said(a), a.answer


def test_a_time_said_again_is_the_one_asked(report):
    a = report.ask("“十四五”时期末，也就是到2025年，经济总量要达到多少？")
    assert a.found and "6000亿元" in _said(a), a.answer


@pytest.mark.parametrize("question", ["要加快打造哪三个中心？", "“十四五”时期要加快打造哪三个中心？"])
def test_a_count_asked_with_its_kind_is_the_list_of_that_many(report, question):
    """「加快打造A中心、B中心和C中心」 beside the term 「“三个中心”」: the names, not the passage printing the term."""
    a = report.ask(question)
    assert a.found and [i.label for i in a.items] == ["区域科创中心", "区域商贸物流中心", "区域金融中心"], a.answer
