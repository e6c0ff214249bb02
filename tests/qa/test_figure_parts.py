"""Questions asking several figures (issue 11, classes 2 and 3), on a made-up county plan.

Each part is answered and verified alone, with its own citation; a part the plan does not
give is said so for that part only, and no part ever takes a neighbouring part's figure:
- two measures of one owner in one box item or sentence (「规划开发多少亩？投资多少？」);
- a second part saying only its subject (「碳酸锂一年产多少？六氟磷酸锂呢？」);
- enumerated owners with figures printed in parallel (「茶叶、油茶和中药材…分别」), paired in order;
- one measure in two years or two five-year periods;
- 25年 in a question is 2025年.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import unquoted

PLAN = DATA / "qa-several-figures-plan.txt"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


def _found_labels(engine, question: str) -> list[str]:
    """The item labels of a found answer (failing with the answer's text when it is not found)."""
    a = engine.ask(question)
    assert a.found, a.answer
    return [i.label for i in a.items]


@pytest.mark.parametrize(
    "question, values",
    [
        ("白沙循环经济产业园规划开发多少亩？一期投多少钱？", ["2600亩", "8亿元"]),
        ("白沙循环经济产业园一期投资多少？规划开发面积有多大？", ["8亿元", "2600亩"]),
        ("白沙循环经济产业园再生铜的产能多大？到2025年产值要搞到多少？", ["20万吨", "30亿元"]),
        ("云桥物流中心那个项目总投资和用地分别是多少？", ["2.6亿元", "150亩"]),
        ("云桥物流中心智能仓库要建多大面积？一年吞吐多少货物？", ["12000m²", "30万吨"]),
        ("云桥物流中心智能仓库的建筑面积和年吞吐货物各是多少？", ["12000m²", "30万吨"]),
        ("白鹭湖水库灌区的渠道长度和灌溉面积是多少？", ["21.4km", "4.5万亩"]),
        ("县城空气优良天数一年要超过多少天？重污染天气要减少多少？", ["320天", "30%"]),
        ("云桥物流中心的投资、用地和仓库面积分别是多少？", ["2.6亿元", "150亩", "12000m²"]),
    ],
)
def test_two_measures_of_one_owner(county, question, values):
    a = county.ask(question)
    assert a.found, a.answer
    said = unquoted(a)
    for v in values:
        assert v in said, a.answer
    assert "未找到" not in a.answer and "未给出" not in a.answer, a.answer
    assert "80亿元" not in said, a.answer  # 青石's 产值, printed beside 白沙's
    assert len(a.answer) <= 300


@pytest.mark.parametrize(
    "question",
    [
        "青石新能源产业园那两条线，碳酸锂一年产多少？六氟磷酸锂呢？",
        "青石新能源产业园碳酸锂年产多少？那六氟磷酸锂呢？",
    ],
)
def test_an_elliptical_part_takes_the_first_parts_measure(county, question):
    assert _found_labels(county, question) == ["2万吨", "5000吨"]


@pytest.mark.parametrize(
    "question, values",
    [
        ("青石新能源产业园和白沙循环经济产业园的产值分别要达到多少？", ["80亿元", "30亿元以上"]),
        ("白沙循环经济产业园和青石新能源产业园产值各是多少？", ["30亿元以上", "80亿元"]),
        ("到2025年玉米和大豆的耕种收机械化水平分别要到多少？", ["85%以上", "60%以上"]),
        ("大豆和玉米耕种收机械化水平分别达到多少？", ["60%以上", "85%以上"]),
        ("青石新能源产业园、白沙循环经济产业园两个园区的产值分别是多少？", ["80亿元", "30亿元以上"]),
        ("茶叶、油茶、中药材三种作物种植面积各是多少？", ["12万亩", "30万亩", "5万亩以上"]),
        # one measure in two periods or years, asked together or again (「…呢？」)
        ("全县工业投资“十三五”和“十四五”各是多少？", ["320亿元", "500亿元"]),
        ("旅游接待人次2023年和2025年分别要达到多少？", ["800万人次", "1200万人次"]),
        ("全县工业投资“十三五”是多少？“十四五”呢？", ["320亿元", "500亿元"]),
        ("旅游接待人次2023年要达到多少？2025年呢？", ["800万人次", "1200万人次"]),
    ],
)
def test_enumerated_owners_and_years_take_their_own_figures_in_order(county, question, values):
    assert _found_labels(county, question) == values


def test_a_sentence_of_one_measure_each_is_never_crossed(county):
    # 玉米's 85% and 大豆's 60% stand in one sentence: asked both, neither takes the other's.
    a = county.ask("玉米和大豆的耕种收机械化水平分别要到多少？")
    said = unquoted(a)
    assert "玉米耕种收机械化水平：85%" in said.replace("的", ""), a.answer
    assert "玉米耕种收机械化水平：60%" not in said.replace("的", ""), a.answer


def test_a_part_the_plan_does_not_give_is_said_for_that_part_only(county):
    a = county.ask("白沙循环经济产业园开发面积多少？建成后年销售收入多少？")
    assert a.found and [i.label for i in a.items] == ["2600亩"], a.answer
    assert "未找到" in a.answer.split("；", 1)[1], a.answer


@pytest.mark.parametrize(
    "question, value",
    [("旅游接待人次23年要达到多少？", "800万人次"), ("23年旅游接待人次定了多少？", "800万人次")],
)
def test_a_spoken_two_digit_year(county, question, value):
    assert _found_labels(county, question) == [value]



@pytest.mark.parametrize("question", ["青溪县铁路干线和支线一共多少公里？", "青石新能源产业园和白沙循环经济产业园产值相差多少？"])
def test_a_sum_or_a_comparison_is_not_split(county, question):
    from qa.values.parts import figure_parts

    assert figure_parts(question, lambda text: None) is None


def test_each_year_of_a_measure_compared_with_now(county):
    # 「…，2023年要比现在提高20%，2025年提高40%」: each year's change is its own clause's.
    assert _found_labels(county, "县城污水收集率2023年和2025年分别要比现在提高多少？") == ["20%", "40%"]


def test_an_indicator_is_no_owner_of_the_next_part(county):
    # The second part is no figure of 地区生产总值 (an indicator, not a thing owning figures), and one indicator
    # row is never given as two parts' answers.
    a = county.ask("“十四五”期间地区生产总值年均增长多少？城镇新增就业多少人？")
    assert a.found, a.answer
    assert len(a.items) == 1 and "7.7%" in a.answer, a.answer
    assert "城镇新增就业：规划中未找到" in a.answer, a.answer


@pytest.mark.parametrize("question", ["两个园区的规模工业产值是多少？", "规模工业产值2025年要达到多少？"])
def test_a_share_of_something_else_is_no_figure_of_the_measure(county, question):
    # 「两个园区的规模工业产值约占全县的2/3」: a share of the county's, not the 规模工业产值 asked.
    a = county.ask(question)
    assert "2/3" not in " ".join(i.label for i in a.items), a.answer


def test_a_part_alone_beats_a_whole_answer_quoting_another_owner(county):
    # Asked whole, 「…灌区的渠道有多长？能灌多少亩？」 may read 渠道 off the next district's line; asked alone the
    # part's figure is 白鹭湖水库灌区's own.
    assert _found_labels(county, "白鹭湖水库灌区的渠道有多长？能灌多少亩？") == ["21.4km", "4.5万亩"]



@pytest.mark.parametrize("question", ["青溪航空航天新型材料产业园年产多少吨再生铜？", "青溪航空航天新型材料产业园的再生铜年产多少？", "青溪航空航天新型材料产业园年产再生铜多少吨？"])
def test_a_product_the_item_does_not_make_is_not_found(county, question):
    # The item titled by the park makes 稀土永磁材料 (3万吨); 再生铜 is 白沙's line: no figure answers.
    a = county.ask(question)
    assert not a.found, a.answer
    assert not a.items, a.answer


@pytest.mark.parametrize(
    "question, total",
    [("五年内要新建农村公路县道和乡道一共多少公里？", "约360公里"), ("县道和乡道加起来要新建多少公里？", "约360公里"),
     ("五年内全县对农业和水利事业的投入总数是多少？", "45亿元")],
)
def test_a_sum_of_two_things_is_one_figure_never_one_things(county, question, total):
    # (约 is printed before the figure and kept with it: qa.checks.verify.with_bounds)
    # 「新建县道和乡道约360公里」「对于农业和水利事业的投入总数为45亿元」 are the pair's totals: never one thing's own
    # figure, nor a half left unanswered.
    a = county.ask(question)
    assert a.found and [i.label for i in a.items] == [total], a.answer
    assert "；" not in a.answer and "未找到" not in a.answer, a.answer  # one figure, not one per road kind


@pytest.mark.parametrize("question", ["东溪和西溪治理河长分别是多少？", "西溪、南溪的治理河长各是多少？"])
def test_three_owners_with_two_values_give_none(county, question):
    # 「东溪、西溪和南溪治理河长分别达到12公里和8公里」: three names, two values — whose is which is not printed.
    a = county.ask(question)
    assert not a.items, a.answer


def test_a_change_from_another_year_is_no_part_of_its_own(county):
    # 「…要达到多少？比现在提高多少？」: the second part is the same measure's change, which the plan does not state —
    # never the 2023 figure, nor a part named 比现在.
    a = county.ask("旅游接待人次2025年要达到多少？比现在提高多少？")
    assert [i.label for i in a.items] == ["1200万人次"], a.answer
    assert "比现在：" not in a.answer, a.answer


# Breaker findings (lead): a follow-up noun takes the place of its sibling, never of the measure asked ----------
def _names(*things):
    return lambda text: next((t for t in things if t in text), None)


@pytest.mark.parametrize("question, named, second", [
    ("水果产量目标多少？水产品呢？", _names("水果"), "水产品产量目标多少"),
    ("石坝仔灌区灌溉面积多少？贤水河灌区呢？", _names("石坝仔灌区", "贤水河灌区"), "贤水河灌区灌溉面积多少"),
    ("“十三五”初期三产占比多少？收关期呢？", _names(), "“十三五”收关期三产占比多少"),
    ("收关期第三产业占比多少？第一产业呢？", _names(), "收关期第一产业占比多少"),
    ("新材料园那两条线，氯化稀土一年产多少？初级核燃料呢？", _names("新材料园"), "新材料园，初级核燃料一年产多少"),
    ("到2010年人口控制在多少以内？国民生产总值呢？", _names(), "到2010年国民生产总值是多少"),
])
def test_a_follow_up_noun_replaces_its_sibling_for_the_same_year(question, named, second):
    from qa.values.parts import figure_parts

    assert figure_parts(question, named)[1].text == second


def test_no_part_found_alone_leaves_the_whole_answer_unsure():
    # The whole question read one part's figure for another (标准厂房 given 企业's 5000家): no part alone is found.
    from qa.answer import Answer, Item
    from qa.values.parts import Part, answer_parts

    parts = [Part("工程建多少个园区", "园区"), Part("工程标准厂房多少", "标准厂房")]
    whole = Answer("q", "标准厂房：5000家", True, [Item("5000家", detail="引进5000家企业")])
    got = answer_parts(lambda q: whole if q == "q" else Answer(q, "规划中未找到。", False), "q", "q", parts)
    assert not got.found and "5000" not in got.answer


def test_a_whole_answer_whose_clause_names_another_measure_is_not_taken():
    # 「产值目标多少？利税呢？」 answered whole with the 产值 clause twice: 利税 is asked alone.
    from qa.answer import Answer, Item
    from qa.values.parts import Part, answer_parts

    parts = [Part("园产值目标多少", "产值"), Part("园利税多少", "利税")]
    whole = Answer("q", "…", True, [Item("50亿元", detail="园产值达到50亿元"), Item("50亿元以上", detail="甲、乙园产值分别达到50亿元以上")])
    alone = {"园产值目标多少": Answer("a", "园的产值：50亿元", True, [Item("50亿元", detail="园产值达到50亿元")]),
             "园利税多少": Answer("b", "园的利税：5亿元", True, [Item("5亿元", detail="利税5亿元")])}
    got = answer_parts(lambda q: alone.get(q, whole), "q", "q", parts)
    assert "5亿元" in got.answer and got.answer.count("50亿元") == 1


@pytest.mark.parametrize("question", ["地区生产总值，2020年是多少？2025年要到多少？", "全县地区生产总值2020年多少？到2025年要达到多少？"])
def test_a_part_asking_only_another_year(county, question):
    # The second part names only its year: the first part's measure asked for it.
    said = unquoted(county.ask(question))
    assert "96.5" in said and "140" in said, said
