"""A clause holding two 「…分别…」 runs, read by the one reader of runs (qa.values.pairing.run_holding) for all its callers.

「城镇和农村居民人均可支配收入分别达到38200元、17600元，年均分别增长8.1%、9.3%」: the second run (年均分别增长) names no
members of its own; its 8.1% is 城镇's and 9.3% 农村's, as 38200元 and 17600元 are in the first. Every reader pairs a value
with the members of the run printing it — never with the other run's values (CI caught 17600元 given for 年均增长).
"""
from __future__ import annotations

import pytest

from qa.answer import Answer, Item
from qa.values.measures import distributed_value
from qa.values.pairing import run_holding, run_member, run_owner_mismatch
from qa.values.siblings import own_run_member

TWO = "城镇和农村居民人均可支配收入分别达到38200元、17600元，年均分别增长8.1%、9.3%"
#: The same two runs printed for a whole the question cannot split (城乡): no member is named, nothing is paired.
WHOLE = "城乡居民收入分别达到38200元、17600元，年均分别增长8.1%、9.3%"


@pytest.mark.parametrize("value,values", [("38200元", ("达到38200元", "17600元")), ("17600元", ("达到38200元", "17600元")),
                                          ("8.1%", ("增长8.1%", "9.3%")), ("9.3%", ("增长8.1%", "9.3%"))])
def test_the_run_holding_a_value_is_read_with_the_members_the_first_run_names(value, values):
    run = run_holding(TWO, value)
    assert run.values == values and run.members == ("城镇", "农村居民人均可支配收入")


def test_a_second_run_naming_members_of_its_own_keeps_them():
    run = run_holding("甲和乙产值分别达到5亿元、3亿元，丙和丁税收分别为1亿元、2亿元", "2亿元")
    assert run.members == ("丙", "丁税收") and run.values == ("为1亿元", "2亿元")


@pytest.mark.parametrize("measure,first,value", [
    ("城镇居民人均可支配收入", "38200元", "38200元"),
    ("农村居民人均可支配收入", "38200元", "17600元"),
    ("城镇居民人均可支配收入年均增长", "8.1%", "8.1%"),
    ("农村居民人均可支配收入年均增长", "8.1%", "9.3%"),
])
def test_a_measure_takes_its_members_value_of_the_run_printing_the_figure(measure, first, value):
    assert distributed_value(TWO, measure, first) == value


@pytest.mark.parametrize("question,given,own", [
    ("农村居民人均可支配收入年均增长多少", "8.1%", "9.3%"),
    ("城镇居民人均可支配收入年均增长多少", "9.3%", "8.1%"),
    ("农村居民人均可支配收入达到多少", "38200元", "17600元"),
])
def test_a_value_of_another_member_is_refused_in_either_run(question, given, own):
    pair = run_owner_mismatch(question, given, TWO)
    assert pair is not None and pair.value == own
    assert run_member(question, TWO, given) == own


@pytest.mark.parametrize("question,given,own", [
    ("农村居民人均可支配收入年均增长多少", "8.1%", "9.3%"),
    ("农村居民人均可支配收入达到多少", "38200元", "17600元"),
    ("城镇居民人均可支配收入年均增长多少", "8.1%", "8.1%"),
    ("城镇居民人均可支配收入年均增长多少", "9.3%", "8.1%"),
])
def test_an_answered_member_gets_its_own_value_of_the_run_its_figure_is_in(question, given, own):
    answer = Answer(question, f"所问：{given}", True, [Item(given, None, detail=TWO)], [])
    assert own_run_member(question, answer).answer == f"所问：{own}"


@pytest.mark.parametrize("question,given,own", [("农村居民收入年均增长多少", "8.1%", "9.3%"), ("城镇居民收入达到多少", "17600元", "38200元")])
def test_city_and_country_said_as_one_word_are_paired_in_the_genres_order(question, given, own):
    """「城乡…分别」 prints 城镇's value first, 农村's second (qa.question.paired): all three readers pair them alike."""
    answer = Answer(question, f"所问：{given}", True, [Item(given, None, detail=WHOLE)], [])
    assert own_run_member(question, answer).answer == f"所问：{own}"
    assert run_owner_mismatch(question, given, WHOLE).value == own and run_member(question, WHOLE, given) == own


@pytest.mark.parametrize("question,given", [("农村居民收入年均增长多少", "8.1%"), ("城镇居民收入达到多少", "17600元")])
def test_runs_whose_members_are_not_printed_pair_nothing(question, given):
    unnamed = "居民收入分别达到38200元、17600元，年均分别增长8.1%、9.3%"
    answer = Answer(question, f"所问：{given}", True, [Item(given, None, detail=unnamed)], [])
    assert own_run_member(question, answer).answer == f"所问：{given}"
    assert run_owner_mismatch(question, given, unnamed) is None and run_member(question, unnamed, given) is None
