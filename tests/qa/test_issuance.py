"""「这个规划是哪天印发的」「发文字号是多少」「哪个部门印发的」: the cover letter's 成文日期, 发文字号 and
发文机关, cited to the letter's lines; a plan printing none says so (found: false), never a date of its text."""
from __future__ import annotations

import pytest

from qa.passages.issuance import asked_fields
from tests.conftest import DATA


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(DATA / "notice-county-plan.txt")


@pytest.fixture(scope="module")
def portal(engine_for):
    return engine_for(DATA / "notice-portal-plan.md")


@pytest.fixture(scope="module")
def bare(engine_for):
    return engine_for(DATA / "runin-heads-plan.md")


@pytest.mark.parametrize("question", ["这个规划是哪天印发的？", "规划的成文日期是哪天？", "纲要什么时候印发的",
                                      "这份文件是哪年哪月印发的？"])
def test_date(county, question):
    a = county.ask(question)
    assert a.found and a.kind == "issuance"
    assert "2021年3月30日" in a.answer
    assert a.citations[0].text == "二〇二一年三月三十日"


@pytest.mark.parametrize("question", ["发文字号是多少？", "文号是什么", "这个纲要的文号是多少来着"])
def test_identifier(county, question):
    a = county.ask(question)
    assert a.found and "某政发〔2021〕5号" in a.answer and a.citations[0].id == "ntc-p02"


@pytest.mark.parametrize("question", ["哪个部门印发的？", "这个规划是谁印发的", "发文机关是哪个", "规划是哪个单位发布的？"])
def test_issuer(county, question):
    a = county.ask(question)
    assert a.found and "某某县人民政府" in a.answer
    assert a.citations[0].text == "某某县人民政府"  # the signature, not the title naming it


def test_two_fields_in_one_question(county):
    a = county.ask("这个规划是哪天印发的？发文字号是多少？")
    assert a.found and "2021年3月30日" in a.answer and "某政发〔2021〕5号" in a.answer


def test_portal_block_dates(portal):
    a = portal.ask("这个规划是哪天印发的？")
    assert a.found and "2016年11月8日" in a.answer
    assert "某部规〔2016〕12号" in portal.ask("发文字号是多少？").answer


@pytest.mark.parametrize("question", ["这个规划是哪天印发的？", "发文字号是多少？", "哪个部门印发的？"])
def test_a_plan_without_a_letter_says_so(bare, question):
    a = bare.ask(question)
    assert not a.found and "未载明" in a.answer
    assert "2025" not in a.answer


@pytest.mark.parametrize("question", ["数据安全法什么时候发布？", "物流配送体系什么时候建成？", "2025年农业数字经济规模达到多少？",
                                      "补贴资金什么时候下发？", "规划依据什么制定？", "规划根据什么编制？"])
def test_other_questions_are_not_issuance(question):
    assert asked_fields(question) == []
