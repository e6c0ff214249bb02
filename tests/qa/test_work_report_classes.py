"""Classes found on two real government work reports nobody had fitted (lane probeA), tested on an invented one:
a report's 「三、2023年工作安排」 sets that year's targets in sentences that say 「今年」, after a section on the
five-year plan's horizon (到2025年).

A figure under a heading dated by one year is for that year — never the horizon of the plan the report also
describes, and never the answer to a question about another year.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "qa-work-report-plan.md"


@pytest.fixture(scope="module")
def report(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question, value", [
    ("2023年地区生产总值预期增长多少？", "6%"),
    ("2023年GDP要增长多少？", "6%"),
    ("2023年一般公共预算收入增长多少？", "5%"),
    ("2023年要新建高标准农田多少亩？", "3.2万亩"),
    ("2023年森林覆盖率要达到多少？", "59.5%"),
])
def test_dated_heading_gives_its_year(report, question, value):
    a = report.ask(question)
    assert a.found and value in a.answer, a.answer
    assert "2025" not in a.answer, a.answer


@pytest.mark.parametrize("question, value, other", [
    ("到2025年地区生产总值要超过多少？", "240亿元", "6%"),
    ("到2025年森林覆盖率要达到多少？", "61%", "59.5%"),
])
def test_horizon_figure_is_not_the_years(report, question, value, other):
    a = report.ask(question)
    assert a.found and value in a.answer and other not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "2025年一般公共预算收入预期增长多少？",
    "2025年一般公共预算收入要增长多少？",
    "“十四五”末一般公共预算收入增长多少？",
    "2024年新建高标准农田多少亩？",
])
def test_a_years_target_answers_no_other_year(report, question):
    """5% is 2023's; the report gives no 2025 (or 2024) figure of it: not found, never 5% or 3.2万亩."""
    a = report.ask(question)
    assert not a.found, a.answer  # (it may say what the report does give: 「原文中的5%是2023年的」)


@pytest.mark.parametrize("question, word", [
    ("2023年一般公共预算收入增长多少？", "一般公共预算收入"),
    ("2022年一般公共预算收入是多少？", "一般公共预算收入"),
])
def test_a_measure_starting_with_one_is_no_number(report, question, word):
    """「一般…」 starts with the character 一: a word of the measure asked, not a number the question printed."""
    a = report.ask(question)
    assert a.found and "所问名称的一部分" not in a.answer, a.answer


@pytest.mark.parametrize("question, printed", [
    ("2023年一般公共预算收入增长多少？", "5%左右"),
    ("2023年地区生产总值增长多少？", "6%左右"),
])
def test_lead_in_item_quotes_its_own_piece(report, question, printed):
    """A lead-in and its items in one paragraph (「主要预期目标是：…增长6%左右；…增长5%左右」): the quote is the item's,
    never the paragraph's opening sentence (「今年是…关键之年」)."""
    a = report.ask(question)
    quote = a.answer.split("原文：", 1)[-1]
    assert a.found and printed in quote and "关键之年" not in quote, a.answer


@pytest.mark.parametrize("question, members", [
    ("今年要重点做好哪五个方面的工作？", ["做强县域工业", "扩大有效投资", "推进乡村振兴", "办好民生实事", "加强生态保护"]),
    ("2023年重点做好哪五个方面工作？", ["做强县域工业", "加强生态保护"]),
    ("后三年要重点抓好哪三个方面工作？", ["做强实体经济", "推进城乡融合", "守住绿色底线"]),
])
def test_counted_parts_asked_in_generic_words(report, question, members):
    """「要重点做好哪N个方面的工作」: every word generic, the count picks the lead-in stating it — its 一是…二是… or the
    N sections right after it (「重点做好以下五个方面工作：」 then （一）…（五））."""
    a = report.ask(question)
    assert a.found and all(m in a.answer for m in members), a.answer


@pytest.mark.parametrize("question", ["哪一项2023年的目标是28.5%？", "2023年要达到28.5%的是哪个指标？"])
def test_value_looked_up_in_a_years_list(report, question):
    """No table and no extracted target holds 28.5%: the clause printing it after its measure's name answers, dated
    by its section's heading (「三、2023年工作安排」)."""
    a = report.ask(question)
    assert a.found and "高新技术产业增加值占规上工业增加值比重" in a.answer, a.answer


@pytest.mark.parametrize("question", ["2025年目标为28.5%的是哪个指标？", "哪个指标2023年是28.6%？"])
def test_value_of_another_year_or_none_is_not_found(report, question):
    a = report.ask(question)
    assert not a.found, a.answer


@pytest.mark.parametrize("question", ["民生实事分了哪几类？", "2023年民生实事分成哪几类？", "附件1分了几类？"])
def test_annex_named_by_title_lists_its_categories(report, question):
    """An annex named by its title's words (民生实事 of 「青禾县2023年民生实事」) or number: its own 一、二、三、 lines."""
    a = report.ask(question)
    assert a.found and all(c in a.answer for c in ("教育", "养老", "城乡建设")), a.answer


@pytest.mark.parametrize("question", ["2023年民生实事一共列了多少项？", "民生实事有多少项？", "附件1一共列了多少条？"])
def test_annex_rows_counted_by_their_running_numbers(report, question):
    a = report.ask(question)
    assert a.found and "7项" in a.answer, a.answer


@pytest.mark.parametrize("question", ["民生实事里打通县城断头路的目标是多少条？", "民生实事里新改建农村公路多少公里？"])
def test_a_figure_inside_an_annex_is_no_row_count(report, question):
    """「民生实事里…是多少条」 asks a figure in the annex: never its row count."""
    a = report.ask(question)
    assert "7项" not in a.answer and "共列" not in a.answer, a.answer


@pytest.mark.parametrize("question, marker", [
    ("“扩大有效投资”是2023年工作安排里的第几项？", "（二）"),
    ("“推进乡村振兴”是2023年工作安排的第几部分？", "（三）"),
    ("“办好民生实事”排在第几项？", "（四）"),
])
def test_position_of_a_heading_asked_as_nth(report, question, marker):
    """「X是Y里的第几项」 asks where X sits (its （N）), never how many parts X has (「第几项」 is no 「几项」)."""
    a = report.ask(question)
    assert a.found and marker in a.answer, a.answer


def test_count_of_a_headings_parts_still_counted(report):
    a = report.ask("2023年工作安排一共有几项？")
    assert a.found and "5项" in a.answer, a.answer
