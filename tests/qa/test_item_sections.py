"""A 建议 whose 一、 parts hold items numbered 1.…N, each a run-in titled paragraph: the items are its sections,
asked for as 条 (「第几条」「哪一条讲」「多少条」「第N条的标题」), a number it lacks refused with the range it prints."""
from __future__ import annotations

import pytest

from kg.ingest.parse import parse_file
from tests.conftest import DATA, hash_engine

PLAN = DATA / "item-sections-proposal.txt"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return hash_engine(tmp_path_factory, [PLAN], "item-sections")


def test_numbered_items_are_the_sections():
    doc = parse_file(PLAN)
    outline = [(c.heading.label, [s.heading.label for s in c.sections]) for c in doc.chapters()]
    assert outline[1] == ("二、加快建设现代化产业体系", ["3.推进制造业提质升级", "4.持续擦亮青溪湖生态名片", "5.加快发展现代服务业"])
    section = list(doc.chapters())[0].sections[0]
    assert section.paragraphs[0].text.startswith("地区生产总值突破八百亿元")


@pytest.mark.parametrize("question,said", [
    ("建议一共提了多少条？", "共7条"),
    ("一共有几条？", "共7条"),
    ("第二部分下面有几条？", "共有3条"),
    ("“加快发展现代服务业”是第几条？", "5.加快发展现代服务业"),
    ("“健全现代财税金融体制”在哪一条？", "7.健全现代财税金融体制"),
    ("第4条的标题是什么？", "持续擦亮青溪湖生态名片"),
    ("第六条的标题是什么？", "着力营造一流营商环境"),
    ("讲青溪湖治理的是哪一条？", "4.持续擦亮青溪湖生态名片"),
])
def test_items_asked_as_tiao(engine, question, said):
    answer = engine.ask(question)
    assert answer.found and said in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["第9条的标题是什么？", "第十二条讲的是什么？"])
def test_an_item_the_plan_lacks_is_refused_with_its_range(engine, question):
    answer = engine.ask(question)
    assert not answer.found
    assert "第1–7条" in answer.answer


def test_tiao_in_a_plan_of_sections_is_not_read_as_items(engine):
    from qa.outline.itemsections import read_item_word

    assert read_item_word(engine.kb, "有哪些支持条件？") == "有哪些支持条件？"
