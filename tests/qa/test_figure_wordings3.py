"""Issue 11, one figure in any wording (lane words3): the measure after the question word (要修复多少亩X), money
written short in the question (500万 for 500万元, 过亿), box items listed after their owner's clause (km for 公里),
sums and changes over the plan's five years with no year (五年合计, 五年增加), a heading's 章 and 节 for an
unquoted topic, a glossary term asked without its 、, and a heading's children cited by their own lines.

Our own questions, several wordings each, on a made-up county plan (tests/data/words3-plan.md).
"""
from __future__ import annotations

import pytest

from qa.question.frame import parse_frame
from qa.question.intent import classify_intent
from qa.values.prose import unit_agrees
from tests.conftest import DATA
from tests.qa.said import unquoted

PLAN = DATA / "words3-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


# 1–3. one figure in any wording: each class its own list, one check -----------------------------------------
#: The measure after the question word (「要修复多少亩X」 is 「修复X」), a verb and its object around it (征多少亩地).
AFTER_THE_QUESTION_WORD = [
    ("湿地保护修复项目要修复多少亩退化湿地？", "5600亩"),
    ("湿地保护修复项目修复退化湿地面积多少亩？", "5600亩"),
    ("要修复多少亩退化湿地？", "5600亩"),
    ("退化湿地将修复多少亩？", "5600亩"),
    ("县人民医院整体迁建项目要征多少亩地？", "45亩"),
    ("县人民医院整体迁建项目要征地多少亩？", "45亩"),
    ("人民医院迁建要征多少亩地？", "45亩"),  # the item's title with words left out (整体, 项目)
    ("县人民医院整体迁建项目要新增多少张床位？", "300张"),
    ("县第二中学扩建项目要新增多少个学位？", "1500个"),
]
#: Money written short in the question (500万 for 500万元; 过亿 = 超亿元 = 一亿以上).
MONEY_WRITTEN_SHORT = [
    ("年营业收入500万以上的服务业企业要新增多少家？", "20家"),
    ("新增年营业收入500万元以上的服务业企业多少家？", "20家"),
    ("年营业收入过亿的企业要几家？", "3家"),
    ("年营业收入过亿元的企业有多少家？", "3家"),
    ("年营业收入超亿元的企业有几家？", "3家"),
    ("年营业收入一亿以上的企业要几家？", "3家"),
]
#: Box items listed after their owner's clause (「城乡供水管网改造，新建输水主管道38km，配水支管126km，…」).
BOX_ITEMS = [
    ("供水管网改造要新建多少公里输水主管道？", "38km"),
    ("输水主管道多长？", "38km"),
    ("城乡供水管网改造新建配水支管多少公里？", "126km"),
    ("供水管网改造建几座加压泵站？", "4座"),
    # a length printed inside the name, the county's own name starting the route (no owner to drop)
    ("白河至青山快速干道要新建多少公里？", "28km"),
    ("白河至青山快速干道有多长？", "28km"),
    # the verb of works printed before the owner (续建青溪灌区县内支渠5条), a place said with a spoken locative
    ("青溪灌区要续建几条支渠？", "5条"),
    ("青溪灌区县内这边要续建几条支渠？", "5条"),
    ("青溪灌区能灌多少亩？", "3.1万亩"),
]


@pytest.mark.parametrize("question, value", AFTER_THE_QUESTION_WORD + MONEY_WRITTEN_SHORT + BOX_ITEMS)
def test_one_figure_in_any_wording(county, question, value):
    a = county.ask(question)
    assert a.found and value in unquoted(a), a.answer


def test_a_verb_before_the_question_word_takes_the_object_after_it():
    q = "湿地保护修复项目要修复多少亩退化湿地？"
    assert parse_frame(q, classify_intent(q)).measures == ("湿地保护修复项目修复退化湿地",)
    q = "年营业收入500万以上的服务业企业要新增多少家？"
    assert parse_frame(q, classify_intent(q)).measures == ("年营业收入500万元以上服务业企业",)
    q = "县人民医院整体迁建项目要征地多少亩？"  # 征地 is what is asked of the project, no verb of making
    assert parse_frame(q, classify_intent(q)).measures == ("县人民医院整体迁建项目征地",)


def test_units_in_letters_answer_units_in_words():
    assert unit_agrees("公里", "38km") and unit_agrees("千米", "38km") and unit_agrees("平方米", "200m²")
    assert not unit_agrees("米", "38km") and not unit_agrees("公里", "38m")


def test_a_longer_owner_of_another_thing_still_refused(county):
    # 复绿面积 is 废弃矿山治理's, not the 湿地 project's
    a = county.ask("湿地保护修复项目复绿面积多少亩？")
    assert "1300亩" not in unquoted(a) or not a.found, a.answer


# 4. sums and changes over the plan's five years, no year asked -----------------------------------------------
@pytest.mark.parametrize("question, value", [
    ("“十三五”五年一般公共预算收入合计多少？", "96亿元"),
    ("一般公共预算收入“十三五”期间累计多少？", "96亿元"),
    ("乡镇卫生院床位五年增加多少张？", "600张"),
    ("五年内乡镇卫生院床位要增加多少张？", "600张"),
    ("乡镇卫生院床位五年内新增多少张？", "600张"),
    ("一般公共预算收入五年一共多少？", "96亿元"),
    ("城镇新增就业五年合计多少人？", "1.8万人"),
])
def test_period_sums_and_changes(county, question, value):
    a = county.ask(question)
    assert a.found and value in unquoted(a), a.answer
    assert "2025年" not in unquoted(a) and "2020年" not in unquoted(a), a.answer  # a span's figure is dated by no one year


def test_a_year_is_not_the_period_sum(county):
    a = county.ask("2020年一般公共预算收入是多少？")
    assert a.found and "21亿元" in unquoted(a) and "96亿元" not in unquoted(a), a.answer


# 5. a heading's 章 and 节 for an unquoted topic ----------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "智慧城管建设放在规划哪一章的第几节？",
    "智慧城管建设在哪一章哪一节？",
    "“加快智慧城管建设”是第几章第几节？",
])
def test_chapter_and_section_of_a_topic(county, question):
    a = county.ask(question)
    assert a.found and "第三章" in a.answer and "第二节" in a.answer, a.answer


# 6. a glossary term asked without its 、 ---------------------------------------------------------------------
@pytest.mark.parametrize("question", ["“通联融”具体指什么？", "通联融是什么意思？", "“通、联、融”是什么意思？", "“通联”是什么意思？"])
def test_a_term_without_its_separators(county, question):
    a = county.ask(question)
    assert a.found and "贯通" in a.answer and "一体联网" in a.answer, a.answer


def test_an_unquoted_phrase_is_not_read_as_a_longer_term(county):
    # 「智慧」 is part of one term but no term itself: the question is never rewritten as that term's
    from qa.question.aliases import readings

    assert readings(county.kb, "智慧是什么意思？") == []
    assert readings(county.kb, "通联融是什么意思？") == [("通、联、融是什么意思？", True)]


# 7. a heading's children cited by their own lines ------------------------------------------------------------
@pytest.mark.parametrize("question", ["第五章“能源”分哪几节？", "第五章包括哪几节？"])
def test_children_are_cited(county, question):
    a = county.ask(question)
    assert a.found, a.answer
    for title in ("电力保障", "燃气供应", "节约用能和压减燃煤"):
        assert title in a.answer
        assert any(title in (c.text + (c.section or "")) for c in a.citations), [c.text for c in a.citations]


def test_a_sibling_work_is_not_counted(county):
    # 支渠 is printed, 干渠 is not: never the branch canals' count for the main canals
    a = county.ask("青溪灌区要续建几条干渠？")
    assert "5条" not in unquoted(a) or not a.found, a.answer


def test_a_sub_kind_of_investment_is_not_the_whole(county):
    # 基本建设投资 is one kind of 固定资产投资: the plan's 国有单位投资500亿元 is no answer to it
    a = county.ask("五年内国有单位的基本建设投资是多少？")
    assert not a.found and "500亿元" not in unquoted(a), a.answer
    a = county.ask("五年内国有单位投资多少？")
    assert a.found and "500亿元" in unquoted(a), a.answer


def test_an_amount_for_several_things_is_no_part_of_it():
    # 「教育、文化、卫生事业费…」 printed once for several things is their sum: never one thing's own
    from qa.values.measures import distributed_value

    assert distributed_value("教育、文化、卫生事业费96亿元", "教育事业费", "96亿元") is None
    assert distributed_value("湘江、潇水治理69.5km", "湘江潇水治理", "69.5km") == "69.5km"
    assert distributed_value("城镇居民和农村居民收入年均增长5%左右", "城镇居民收入", "5%左右") == "5%左右"
