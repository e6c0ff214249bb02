"""Classes left open after examiner 19's seen sets, on a made-up county plan (松岭县) and the made-up excerpt with a 目录.

Nonsense input is refused with a hint; the question's frame words are stripped without cutting a word; a yearly
figure asked gets the plan's yearly figure, never a total over the period; a joint figure (A和B…共N) asked of one
member is refused saying the joint's N; a date printed for a 等 run is each member's; years listed before 分别 get
their own values; a 其中 share answers its scope; answers read from the 目录 cite its lines.
"""
from __future__ import annotations

import pytest

from qa.question.intent import classify_intent
from qa.values.figures import key_terms
from tests.conftest import DATA


@pytest.fixture(scope="module")
def plan(engine_for):
    return engine_for(DATA / "qa19-classes-plan.txt")


@pytest.fixture(scope="module")
def excerpt(engine_for):
    return engine_for(DATA / "excerpt-with-contents.txt")


def _found(answer, *wanted, unwanted=()):
    assert answer.found, answer.answer
    assert all(w in answer.answer for w in wanted), answer.answer
    assert not any(w in answer.answer for w in unwanted), answer.answer


def _refused(answer, *said, unwanted=()):
    assert not answer.found, answer.answer
    assert all(s in answer.answer for s in said), answer.answer
    assert not any(w in answer.answer for w in unwanted), answer.answer


@pytest.mark.parametrize("question", ["新新新新", "啊啊啊？", "asdkjqwe", "zzzz", "哈哈哈哈哈"])
def test_nonsense_is_refused_with_a_hint(plan, question):
    a = plan.ask(question)
    _refused(a, "请说出所问的事物")
    assert not a.citations


@pytest.mark.parametrize("question", ["云杉产业园产值是多少？", "云杉"])
def test_a_short_question_the_plan_prints_is_no_nonsense(plan, question):
    assert "请说出所问的事物" not in plan.ask(question).answer


@pytest.mark.parametrize("question, kept, cut", [
    ("哪些项目支持海棠百亿园区？", "项目支持海棠百亿园区", "目支持"),
    ("国家级中心有几个？", "国家级中心", "国级"),
    ("有多少个人才公寓？", "人才公寓", "个人"),
])
def test_question_words_are_stripped_whole(question, kept, cut):
    terms = key_terms(question, classify_intent(question), [])
    assert any(kept in t for t in terms) and not any(t.startswith(cut) for t in terms), terms


@pytest.mark.parametrize("question, said", [
    ("高标准农田每年要建成多少？", "2.4万亩"),
    ("高标准农田年均建成多少亩？", "2.4万亩"),
    ("高标准农田每年建成多少亩？", "2.4万亩"),
    ("标准化厂房每年要建成多少？", "10万平方米"),
    ("新能源汽车一年要生产多少辆？", "5万辆"),  # a year's own figure is a yearly one
])
def test_a_yearly_figure_is_the_plans_yearly_one(plan, question, said):
    _found(plan.ask(question), said, unwanted=("：12万亩",))


@pytest.mark.parametrize("question", ["中小学校每年要新建多少所？", "每年新增多少个学位？"])
def test_a_total_over_the_period_is_no_yearly_figure(plan, question):
    _refused(plan.ask(question), unwanted=("：6所", "：9000个"))


def test_a_total_asked_as_a_total_still_answers(plan):
    _found(plan.ask("高标准农田累计建成多少？"), "12万亩")


@pytest.mark.parametrize("question, said", [
    ("标准化厂房每年要建成多少？高标准农田累计建成多少？", ("10万平方米", "12万亩")),
    ("标准化厂房每年要建成多少？中小学校要新建多少所？", ("10万平方米", "6所")),
    ("标准化厂房一年建成多少，高标准农田一共建成多少？", ("10万平方米", "12万亩")),
])
def test_a_yearly_word_asks_only_its_own_part(plan, question, said):
    a = plan.ask(question)
    assert a.found and all(s in a.answer for s in said) and "不是每年" not in a.answer, a.answer


def test_a_total_asked_yearly_beside_another_part_is_still_refused(plan):
    a = plan.ask("标准化厂房要建成多少？中小学校每年要新建多少所？")
    assert "10万平方米" in a.answer and "：6所" not in a.answer, a.answer


@pytest.mark.parametrize("question, member", [
    ("金溪要治理多少公里河道？", "金溪"),
    ("金溪河道整治多少公里？", "金溪"),
    ("银溪河道要整治多长？", "银溪"),
])
def test_a_joint_figure_asked_of_one_member_says_the_joint(plan, question, member):
    _refused(plan.ask(question), f"没有单列{member}", "金溪和银溪河道整治共同的36公里")


def test_verbs_joined_are_no_joint_works(plan):
    assert "没有单列" not in plan.ask("防洪堤要续建多长？").answer


@pytest.mark.parametrize("question", ["科技型企业有多少家？", "全县高新技术企业增加了多少家？"])
def test_a_kind_both_members_share_is_no_member_asked(plan, question):
    assert "没有单列" not in plan.ask(question).answer


@pytest.mark.parametrize("question", ["再生铜产业园年产多少再生铜？", "再生铜产业园再生铜年产量是多少？"])
def test_a_figure_beside_a_joint_is_not_the_joints(plan, question):
    a = plan.ask(question)
    assert "没有单列" not in a.answer and "8万吨" in a.answer, a.answer


def test_a_joint_refusal_cites_the_joint(plan):
    a = plan.ask("金溪要治理多少公里河道？")
    assert a.citations and "共治理河道36公里" in a.citations[0].text


@pytest.mark.parametrize("question", ["滨江路哪一年建成？", "环城北路什么时候建成通车？", "松岭大道哪年建成？"])
def test_a_date_of_a_run_with_deng_is_each_members(plan, question):
    _found(plan.ask(question), "2023年")


@pytest.mark.parametrize("question", ["月湖隧道哪年建成？", "青松水库哪年建成？"])
def test_a_work_outside_the_run_gets_no_date(plan, question):
    _refused(plan.ask(question), unwanted=("：2023年", "：2024年"))


def test_a_length_of_a_run_with_deng_is_not_a_members(plan):
    _refused(plan.ask("滨江路要修多长？"))


@pytest.mark.parametrize("question, said", [
    ("2021年要创建多少个省级示范合作社？", ["5个"]),
    ("2022年创建多少个省级示范合作社？", ["8个"]),
    ("2021年和2022年分别要创建多少个省级示范合作社？", ["5个", "8个"]),
    ("2021年和2022年各要创建几个省级示范合作社？", ["5个", "8个"]),
])
def test_years_listed_before_fenbie_get_their_own_values(plan, question, said):
    a = plan.ask(question)
    _found(a, *said)
    assert a.citations


def test_a_year_not_listed_is_refused(plan):
    _refused(plan.ask("2023年要创建多少个省级示范合作社？"), "2022年", unwanted=("：5个", "：8个"))
    a = plan.ask("2021年和2023年分别要创建多少个省级示范合作社？")
    assert "5个（2021年" in a.answer and "规划未给出2023年" in a.answer, a.answer


@pytest.mark.parametrize("question", ["农村敬老院要新增多少张床位？", "五年内农村敬老院新增多少张养老床位？"])
def test_a_qizhong_share_answers_its_scope(plan, question):
    _found(plan.ask(question), "1200张", unwanted=("：3000张",))


@pytest.mark.parametrize("question", ["城区要新增多少张养老床位？", "乡镇卫生院要新增多少张床位？"])
def test_a_scope_or_unit_the_share_does_not_print_is_refused(plan, question):
    _refused(plan.ask(question), unwanted=("1200张（",))


@pytest.mark.parametrize("question, line", [
    ("一共有几章？", "第六章 建设健康青溪"),
    ("规划有几篇？", "第三篇 增进民生福祉"),
    ("第六章的标题是什么？", "第六章 建设健康青溪"),
])
def test_answers_from_the_contents_cite_its_lines(excerpt, question, line):
    a = excerpt.ask(question)
    assert a.found and a.citations and a.citations[0].chapter == "目录", a.answer
    assert line in a.citations[0].text


@pytest.mark.parametrize("question, said, unwanted", [
    ("干渠有多长？", "66公里", "25公里"),
    ("干渠有几条？", "4条", "2条"),
    ("总干渠有多长？", "25公里", "66公里"),
    ("总干渠有几条？", "2条", "4条"),
])
def test_a_name_inside_a_longer_one_is_matched_whole(plan, question, said, unwanted):
    _found(plan.ask(question), said, unwanted=(f"：{unwanted}",))


@pytest.mark.parametrize("question, said", [
    ("云杉百亿产业园产值是多少？", "100亿元"),
    ("云杉产业园产值是多少？", "100亿元"),
    ("省级青瓷文化产业园营业收入是多少？", "30亿元"),
])
def test_a_name_with_a_qualifier_the_plan_prints_for_it_matches(plan, question, said):
    _found(plan.ask(question), said)


@pytest.mark.parametrize("question", ["云杉千亿产业园产值是多少？", "国家级青瓷文化产业园营业收入是多少？"])
def test_a_qualifier_the_plan_never_gives_the_thing_is_refused(plan, question):
    _refused(plan.ask(question), unwanted=("：100亿元", "：30亿元"))
