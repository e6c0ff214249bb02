"""Older plans' tables name their rows by one character (钢, 猪, 糖): asked with 的 or a measure word, they link."""
from qa.index.kb import _one_char_forms
from qa.question.link import build_entity_index, link_entities

_ENTITIES = {
    "ind/steel": {"label": "钢", "type": "Indicator"},
    "ind/rolled": {"label": "钢材", "type": "Indicator"},
    "ind/pig": {"label": "猪", "type": "Indicator"},
    "place/x": {"label": "马", "type": "Place"},
}


def _linked(question: str) -> list[str]:
    index = build_entity_index({n: _one_char_forms(a) for n, a in _ENTITIES.items()})
    return [l.label for l in link_entities(index, question)]


def test_one_character_indicator_asked_with_its_measure_word():
    assert _linked("1957年钢的计划产量是多少？") == ["钢"]
    assert _linked("1957年猪的计划数是多少头？") == ["猪"]
    assert _linked("钢产量计划达到多少？") == ["钢"]


def test_a_longer_name_wins_and_bare_characters_do_not_link():
    assert _linked("钢材的计划产量是多少？") == ["钢材"]
    assert _linked("猪肉供应怎么保障？") == []
    assert _linked("马的数量是多少？") == []  # only an indicator's one-character name gets the forms


# -- how older plans' figures are asked -------------------------------------------------------------

import pytest  # noqa: E402

from qa.question.frame import measure_variants, parse_frame  # noqa: E402
from qa.question.intent import classify_intent  # noqa: E402


@pytest.mark.parametrize("question, measure, unit, aspect", [
    ("五年内农业总产值计划平均每年递增多少？", "农业总产值", None, "growth"),
    ("十年规划要求一九九〇年棉花达到多少担？", "棉花", "担", "level"),
    ("到1990年全省粮食产量要达到多少斤？", "粮食产量", "斤", "level"),
    ("十年里能源方面投资多少？", "能源方面投资", None, None),
])
def test_old_plan_wordings_frame(question, measure, unit, aspect):
    frame = parse_frame(question, classify_intent(question))
    assert (frame.measures[0], frame.unit, frame.aspect) == (measure, unit, aspect)


def test_share_and_sector_wordings_read_as_printed():
    assert "能源投资占全部投资比重" in measure_variants("能源投资占全部投资比例")
    assert "能源投资" in measure_variants("能源方面投资")
