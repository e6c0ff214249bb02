"""A 建议 whose 一、 parts hold items numbered 1.…N straight through, each a run-in titled paragraph: the items are its
sections, asked for as 条 (「第几条」「哪一条讲」「多少条」「第N条的标题」), a number it lacks refused with the range it prints.

Two made-up 建议 (1. heads closed by 。; full-width １． heads closed by ：) and an ordinary 纲要 whose 1. items restart
under each chapter: there they stay each chapter's list, never the plan's sections (nor do items printed under one
heading only, tests/qa/test_review_and_targets.py).
"""
from __future__ import annotations

import pytest

from kg.ingest.parse import parse_file
from tests.conftest import DATA, hash_engine

PLAN = DATA / "item-sections-proposal.txt"
WIDE = DATA / "item-sections-proposal-wide.txt"
LISTS = DATA / "item-lists-outline.txt"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return hash_engine(tmp_path_factory, [PLAN], "item-sections")


@pytest.fixture(scope="module")
def wide(tmp_path_factory):
    return hash_engine(tmp_path_factory, [WIDE], "item-sections-wide")


@pytest.fixture(scope="module")
def lists(tmp_path_factory):
    return hash_engine(tmp_path_factory, [LISTS], "item-lists")


def _outline(path):
    return [(c.heading.label, [s.heading.label for s in c.sections]) for c in parse_file(path).chapters()]


def test_numbered_items_are_the_sections():
    doc = parse_file(PLAN)
    assert _outline(PLAN)[1] == ("二、加快建设现代化产业体系", ["3.推进制造业提质升级", "4.持续擦亮青溪湖生态名片", "5.加快发展现代服务业"])
    section = list(doc.chapters())[0].sections[0]
    assert section.paragraphs[0].text.startswith("地区生产总值突破八百亿元")


def test_full_width_items_headed_with_a_colon_are_the_sections_even_one_to_a_part():
    assert _outline(WIDE)[2:] == [("三、建设宜居宜业和美乡村", ["6.推进乡村全面振兴"]),
                                  ("四、加强党的全面领导", ["7.发挥党委总揽全局作用", "8.推动规划落地见效"])]


def test_items_restarting_under_each_chapter_are_its_list_not_sections():
    assert [sections for _, sections in _outline(LISTS)] == [[], [], []]


@pytest.mark.parametrize("question,said", [
    ("建议一共提了多少条？", "共7条"),
    ("一共有几条？", "共7条"),
    ("第二部分下面有几条？", "共有3条"),
    ("“加快发展现代服务业”是第几条？", "5.加快发展现代服务业"),
    ("“健全现代财税金融体制”在哪一条？", "7.健全现代财税金融体制"),
    ("第4条的标题是什么？", "持续擦亮青溪湖生态名片"),
    ("第六条的标题是什么？", "着力营造一流营商环境"),
    ("第3条讲的是什么？", "实施技术改造工程"),
    ("讲青溪湖治理的是哪一条？", "4.持续擦亮青溪湖生态名片"),
])
def test_items_asked_as_tiao(engine, question, said):
    answer = engine.ask(question)
    assert answer.found and said in answer.answer, answer.answer


@pytest.mark.parametrize("question,said", [
    ("建议一共有多少条？", "共8条"),
    ("第4条的标题是什么？", "4.发展文化旅游产业"),
    ("第八条讲什么？", "强化监测评估"),
    ("“培育新能源产业”是第几条？", "5.培育新能源产业"),
    ("讲古镇旅游的是哪一条？", "4.发展文化旅游产业"),
    ("四、加强党的全面领导下有几条", "下分2条"),
    ("“壮大县域特色产业”下面有几条？", "下分3条"),
])
def test_items_asked_as_tiao_in_another_print(wide, question, said):
    answer = wide.ask(question)
    assert answer.found and said in answer.answer, answer.answer
    assert "节" not in answer.answer, answer.answer  # its readers' word, never the level's


@pytest.mark.parametrize("question", ["第9条的标题是什么？", "第十二条讲的是什么？", "第0条是什么？"])
def test_an_item_the_plan_lacks_is_refused_with_its_range(engine, question):
    answer = engine.ask(question)
    assert not answer.found
    assert "第1–7条" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["第10条的标题是什么？", "第九条讲的是什么？"])
def test_an_item_past_the_last_is_refused_in_another_print(wide, question):
    answer = wide.ask(question)
    assert not answer.found and "第1–8条" in answer.answer, answer.answer


@pytest.mark.parametrize("question,chapter", [
    ("建设美丽乡村放在哪个任务下面？", "二、推进城乡融合发展"),
    ("“推进工业园区扩容”属于哪一部分？", "一、建设现代产业体系"),
])
def test_an_ordinary_plans_item_is_placed_under_its_chapter(lists, question, chapter):
    answer = lists.ask(question)
    assert answer.found and chapter in answer.answer, answer.answer


def test_tiao_in_a_plan_of_sections_is_not_read_as_items(engine, lists):
    from qa.outline.itemsections import read_item_word

    assert read_item_word(engine.kb, "有哪些支持条件？") == "有哪些支持条件？"
    assert read_item_word(lists.kb, "第2条讲的是什么？") == "第2条讲的是什么？"
