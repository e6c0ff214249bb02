"""Older plans' tables name their rows by one character (钢, 猪, 糖): asked with 的 or a measure word, they link."""
from qa.kb import _one_char_forms
from qa.link import build_entity_index, link_entities

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
