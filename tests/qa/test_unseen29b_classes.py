"""Classes of lane unseen29b (issue 11, session 23), each asked of an invented plan (tests/data/unseen29b-plan.md): a
year's work programme copied from a portal — YAML front matter, a notice titled 「关于印发《…》的通知」 with no issuer
before 关于, signed by two bodies, parts 一、…四、 with （一）…（六） numbered straight through them.

- A notice whose title names no issuer (「关于印发《清河区2025年…》的通知」) is still the cover letter: its signature is
  the 发文机关, one line per body when several issue it jointly, each a publisher (kg.ingest.notice, kg.graph.rdf,
  qa.passages.issuance); 「哪几个部门」 asks the issuer.
- A year's own work programme (「清河区2025年节水减排重点工作安排」) is that year's: a question's 「今年」 is the title's
  year (qa.values.prose.titled_year), so 「今年…多少」 reads the plan's clauses as 2025年.
- A clause going on about the measure before it (「…，新增再生水利用规模12万吨」) gives no figure of it when it names a
  measure of its own between its verb and the value (qa.values.prose._names_own_measure): 12万吨 is no 用水量's.
- 「这个工作安排」 names the plan (qa.question.ownplan); 「分了几大部分」「分成了几个方面」 ask a count of parts
  (qa.question.intent, qa.outline.headcount).
- 「第几次常务会议通过的」 is the meeting the cover letter says passed the plan (qa.passages.passedat).
- A one-year programme dates a task by its quarter (「二季度完成计量设施普查」): 什么时候 is that quarter (qa.values.when).
- A work whose items give no site but whose name opens with a town the plan prints (「东坝再生水厂扩建项目」, 东坝镇) is
  in that town, said as read from its name (qa.passages.site._named_place); a name opening with the plan's own district
  says nothing of where in it.
- A notice forwarding a plan (「现转发给你们」) is its cover letter; 「哪个部门制订的」 of a forwarded plan is the body its
  title says drew it up (「转发区市场监管局制订的《…》」), not the office forwarding it (qa.passages.issuance).
- A 部门职责 list printed as headings naming each body (「（二）区卫生健康委」) over a paragraph of duties gives each duty
  to the heading's body (qa.passages.dutyowner._duties).
- A run whose tail names its own kind (「…等典型违法行为进行查处」) lists nothing of a kind the question names before its
  slot and no heading above gives (「试点的住宅小区具体是哪几个」; qa.enumerations.enumerated._other_kind).
"""
from __future__ import annotations

import pytest

from kg.ingest.notice import read_notice
from tests.conftest import DATA

PLAN = DATA / "unseen29b-plan.md"


@pytest.fixture(scope="module")
def plan(engine_for):
    return engine_for(PLAN)


def test_a_notice_titled_without_its_issuer_is_signed_by_each_body():
    span = read_notice(["关于印发《某区2025年工作安排》的通知", "各街镇：", "《某区2025年工作安排》现印发给你们，请认真按照执行。",
                        "特此通知。", "某区水务局", "某区发展和改革委员会", "2025年3月10日", "某区2025年工作安排"])
    assert span is not None and span.issuance.issuer == "某区水务局、某区发展和改革委员会"
    assert span.plan_title == "某区2025年工作安排" and span.issuance.date == "2025-03-10"


@pytest.mark.parametrize("question", ["这个工作安排是哪几个部门联合印发的？", "这个重点工作安排是哪个部门印发的？"])
def test_who_issued_a_jointly_signed_plan_is_every_body(plan, question):
    a = plan.ask(question)
    assert a.found and "清河区水务局" in a.answer and "清河区发展和改革委员会" in a.answer, a.answer


@pytest.mark.parametrize("question, value", [
    ("今年全区新增再生水利用规模是多少？", "12万吨"),
    ("工业节水改造项目今年要实施多少项？", "25项"),
])
def test_this_year_of_a_years_programme_is_its_titled_year(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", ["2025年全区万元生产总值用水量要下降多少？", "今年万元生产总值用水量下降多少？"])
def test_a_later_clause_naming_its_own_measure_is_no_figure_of_the_clause_before(plan, question):
    a = plan.ask(question)
    assert not a.found or "12" not in a.answer, a.answer


@pytest.mark.parametrize("question, count", [
    ("这个工作安排一共分了几大部分？", "4个部分"),
    ("推进重点领域节水分成了几个方面？", "2"),
])
def test_parts_counted_with_a_verb_of_dividing(plan, question, count):
    a = plan.ask(question)
    assert a.found and count in a.answer, a.answer


def test_the_meeting_that_passed_the_plan_is_the_cover_letters(plan):
    a = plan.ask("这个工作安排是区政府第几次常务会议同意的？")
    assert a.found and "第31次" in a.answer, a.answer


def test_when_a_task_is_done_by_a_quarter(plan):
    a = plan.ask("计量设施普查要在什么时候完成？")
    assert a.found and "二季度" in a.answer, a.answer


def test_a_work_named_by_its_town_is_in_that_town(plan):
    a = plan.ask("再生水厂扩建项目放在哪里？")
    assert a.found and "东坝镇" in a.answer, a.answer


FORWARDED = DATA / "unseen29b-forwarded-plan.md"


@pytest.fixture(scope="module")
def forwarded(engine_for):
    """A plan forwarded by the district office (「…关于转发区市场监管局制订的《…》的通知」, 「现转发给你们」), its 部门职责
    printed as headings naming each body (「（二）区卫生健康委」) over a paragraph of its duties."""
    return engine_for(FORWARDED)


def test_a_forwarding_notice_is_the_cover_letter(forwarded):
    a = forwarded.ask("这个方案是哪个部门印发的？")
    assert a.found and "清河区人民政府办公室" in a.answer, a.answer


def test_who_drew_up_a_forwarded_plan_is_the_body_the_notice_names(forwarded):
    a = forwarded.ask("这个方案是哪个部门制订的？")
    assert a.found and "区市场监管局" in a.answer and "人民政府办公室" not in a.answer, a.answer


def test_a_duty_under_a_heading_naming_its_body_is_that_bodys(forwarded):
    a = forwarded.ask("病媒生物防制效果评估由哪个部门协助？")
    assert a.found and "区卫生健康委" in a.answer and "区市场监管局" not in a.answer, a.answer


def test_a_run_of_another_kind_lists_none_of_the_kind_asked(forwarded):
    # 「依法对农贸市场内A、B…等典型违法行为进行查处」 names no 农贸市场 of its own
    a = forwarded.ask("整治的农贸市场具体是哪几个？")
    assert not a.found or "占道经营" not in a.answer, a.answer


def test_a_stage_dated_in_its_own_heading(plan):
    # 「（七）开展节水评估(2025年第三季度前完成)」: the heading's bracket dates it (qa.values.when._heading_dated)
    a = plan.ask("节水评估要在什么时候前完成？")
    assert a.found and "2025年第三季度" in a.answer, a.answer
