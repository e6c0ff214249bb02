"""Structure questions that hold on any layout and wording, on two made-up plans: an outline (一、 parts and （一）
sections, no 章, 专栏 boxes inside sections) and a numbered one (第N篇/第N章/第N节, 专栏 boxes).

Counts are the asked heading's own parts, found by the heading's words (quoted or not, with or without its
enumerator, or in the genre's other words for it) — a heading the plan lacks is not found, never another count.
"""
from __future__ import annotations

import re

import pytest

from tests.conftest import DATA


@pytest.fixture(scope="module")
def outline(engine_for):
    return engine_for(DATA / "struct-outline-plan.txt")


@pytest.fixture(scope="module")
def numbered(engine_for):
    return engine_for(DATA / "struct-numbered-plan.txt")


def _says(answer, words) -> None:
    assert answer.found, answer.answer
    for word in words:
        assert word in answer.answer, answer.answer


def _count(answer) -> int | None:
    m = re.search(r"下分(\d+)", answer.answer)
    return int(m.group(1)) if m else None


@pytest.mark.parametrize("question, count, first", [
    ("重点任务一共分了几个方面？", 5, "推进窑炉技术改造"),
    ("“三、重点任务”下面有几节？", 5, "推进窑炉技术改造"),
    ("三、重点任务下面一共有多少节", 5, "推进窑炉技术改造"),
    ("规划有几项主要任务？", 5, "推进窑炉技术改造"),  # 主要任务 is the genre's other word for 重点任务
    ("基本原则有几条？", 4, "坚持创新驱动"),  # lead phrases of its paragraphs
    ("发展原则有几条", 4, "坚持创新驱动"),
    ("“保障措施”分了几个方面？", 3, "加强组织领导"),
    ("规划的主要任务包括几个方面？", 5, "推进窑炉技术改造"),
    ("重点任务有多少个？", 5, "推进窑炉技术改造"),
    ("保障措施提了几点？", 3, "加强组织领导"),
    ("重点任务这一块分几块？", 5, "推进窑炉技术改造"),
    ("总体要求包括几部分内容？", 4, "指导思想"),
    ("重点任务那部分分了几块？", 5, "推进窑炉技术改造"),
    ("规划在重点任务里安排了几个方面？", 5, "推进窑炉技术改造"),
    ("一共几个重点任务？", 5, "推进窑炉技术改造"),
    ("存在问题有几个方面？", 3, "产业集中度不高"),  # 一是…二是…三是… inside one paragraph
])
def test_outline_heading_count(outline, question, count, first):
    a = outline.ask(question)
    assert a.found, a.answer
    assert _count(a) == count, a.answer
    assert first in a.items[0].label and a.citations


@pytest.mark.parametrize("question, count", [
    ("发展全域旅游下面有几节？", 2),
    ("“构建现代产业体系”这一篇下面有几章？", 2),
    ("发展原则有几条", 3),  # ——dashed paragraphs
    ("基本原则有几条？", 3),
    ("保护抚仙湖这一章分几节？", 2),
])
def test_numbered_heading_count(numbered, question, count):
    a = numbered.ask(question)
    assert a.found, a.answer
    assert _count(a) == count, a.answer


@pytest.mark.parametrize("engine, question", [
    ("outline", "“招商引资”下面有几节？"),
    ("outline", "“五、招商引资”下面有几个方面？"),
    ("numbered", "“保护洱海”下面有几节？"),
])
def test_heading_not_in_plan_is_not_counted(request, engine, question):
    a = request.getfixturevalue(engine).ask(question)
    assert not a.found, a.answer
    # never the whole plan's count (14 sections, 12 节) nor another heading's
    assert not re.search(r"\d", a.answer), a.answer


@pytest.mark.parametrize("question, count", [("规划一共有几个部分？", "4"), ("规划正文一共分了几个部分？", "4")])
def test_whole_plan_count_still_whole(outline, question, count):
    a = outline.ask(question)
    assert a.found and a.answer.startswith(f"共{count}"), a.answer


def test_numbered_count_unchanged(numbered):
    a = numbered.ask("第三章有几节")
    assert a.found and "3节" in a.answer, a.answer


@pytest.mark.parametrize("question, expected", [
    ("专栏2叫什么？放在重点任务的哪一块里？", ["陶瓷文化旅游重点项目", "（三）打造陶瓷文化旅游品牌"]),
    ("专栏2属于重点任务的哪个方面？", ["（三）打造陶瓷文化旅游品牌"]),
    ("专栏1放在哪一块？", ["（一）推进窑炉技术改造"]),
    ("专栏2在什么位置", ["（三）打造陶瓷文化旅游品牌", "三、重点任务"]),
    ("“古窑遗址公园”放在哪一块？", ["专栏2"]),
])
def test_outline_box_position(outline, question, expected):
    a = outline.ask(question)
    _says(a, expected)
    assert a.citations


def test_box_not_under_the_named_heading_says_where_it_is(outline):
    a = outline.ask("专栏1放在保障措施的哪一块？")
    assert "不在" in a.answer and "（一）推进窑炉技术改造" in a.answer, a.answer


def test_missing_box_position_not_found(outline):
    a = outline.ask("专栏9放在哪一块？")
    assert not a.found and "专栏9" in a.answer, a.answer


@pytest.mark.parametrize("question, expected", [
    ("专栏1放在构建现代产业体系的哪一章？", ["第三章"]),
    ("专栏1叫什么？放在哪一块里？", ["高原特色农业重点项目", "第二节"]),
    ("“加强湿地建设”放在什么位置？", ["第五章"]),
    ("第五章第二节放在哪一块？", ["加强湿地建设", "第五章"]),
])
def test_numbered_position(numbered, question, expected):
    _says(numbered.ask(question), expected)


@pytest.mark.parametrize("question, expected", [
    ("到2025年陶瓷产业要迈向什么阶段？展望2035年呢？", ["到2025年，陶瓷产业迈向高端化发展阶段", "展望2035年，青禾陶瓷产业迈向世界一流产区行列"]),
    ("2025年陶瓷产业迈向什么阶段", ["高端化发展阶段"]),
    ("规划要把青禾建设成为什么？", ["全国日用陶瓷创新中心"]),
])
def test_phrase_answer_is_the_clause(outline, question, expected):
    a = outline.ask(question)
    _says(a, expected)
    # the clause, not the paragraph: the paragraph's figures are not pasted
    assert "300亿元" not in a.answer and len(a.answer) <= 120, a.answer
    assert a.citations


def test_phrase_for_a_year_the_plan_does_not_state(outline):
    a = outline.ask("到2030年陶瓷产业要迈向什么阶段？")
    assert not a.found and "2030" in a.answer and "2025" in a.answer, a.answer


@pytest.mark.parametrize("engine, question, expected", [
    ("outline", "规划打算怎样加快陶瓷原料基地建设？", "高岭土原料基地"),
    ("outline", "如何加快陶瓷原料基地建设", "高岭土原料基地"),
    ("outline", "“打造陶瓷文化旅游品牌”讲了什么？", "陶瓷文化产业园"),
    ("outline", "发展定位是什么？", "全国日用陶瓷创新中心"),
    ("numbered", "规划打算怎样加快智慧旅游建设？", "全域旅游智慧服务平台"),
    ("numbered", "“推进湖泊治理”讲了什么？", "入湖河道综合整治"),
    ("numbered", "发展定位是什么？", "滇中生态旅游名县"),  # titled 战略定位
])
def test_heading_topic_answers_with_its_own_text(request, engine, question, expected):
    a = request.getfixturevalue(engine).ask(question)
    assert a.found and expected in a.answer and len(a.answer) <= 300, a.answer


@pytest.mark.parametrize("question", ["总体要求是什么？", "规划的总体思路是什么"])
def test_overall_requirements_under_another_title(numbered, question):
    # 总体要求 printed as 第二章 总体要求; the genre's other words for it (总体思路) read too
    a = numbered.ask(question)
    assert a.found and "指导思想" in a.answer and "发展原则" in a.answer, a.answer


@pytest.mark.parametrize("engine, question, answer", [
    ("outline", "重点任务里有几个专栏？", "下分2个专栏"),
    ("outline", "重点任务里有多少专栏", "下分2个专栏"),
    ("outline", "保障措施下面有几个专栏？", "没有专栏"),
    ("numbered", "构建现代产业体系这一篇有几个专栏？", "下分2个专栏"),
])
def test_boxes_under_a_named_heading(request, engine, question, answer):
    a = request.getfixturevalue(engine).ask(question)
    assert a.found and answer in a.answer, a.answer


def test_heading_of_prose_has_no_count(outline):
    a = outline.ask("指导思想有几条？")
    assert not a.found and not re.search(r"\d", a.answer), a.answer


@pytest.mark.parametrize("question", ["澄江县一共有多少章？", "澄江县十四五规划纲要共有几章"])
def test_plan_named_by_its_title_counts_the_whole(numbered, question):
    a = numbered.ask(question)
    assert a.found and a.answer.startswith("共5章"), a.answer


@pytest.mark.parametrize("engine, question, second", [
    # a later part pointing at the heading the earlier part's answer gave
    ("numbered", "专栏1在哪一章？这一章有几节？", "共有3节"),
    ("numbered", "专栏1在哪一节？该节叫什么？", "发展农产品加工"),
    ("outline", "专栏1在哪一部分？这一部分有几节？", "下分5节"),
    # a later part naming nothing asks about the heading the earlier part quotes
    ("outline", "“打造陶瓷文化旅游品牌”在哪一部分？有几个专栏？", "下分1个专栏"),
])
def test_two_part_structure_questions(request, engine, question, second):
    a = request.getfixturevalue(engine).ask(question)
    assert a.found and "（2）" in a.answer, a.answer
    assert second in a.answer.split("（2）")[1], a.answer


def test_number_and_title_disagree_the_title_decides(numbered):
    # 发展全域旅游 is 第四章 (2 节); 第三章 (3 节) is another heading: its count is never given for it
    a = numbered.ask("第三章“发展全域旅游”有几节？")
    assert a.found and "下分2节" in a.answer and "第三章" in a.answer, a.answer
    a = numbered.ask("第四章“发展全域旅游”有几节？")
    assert a.found and "2节" in a.answer, a.answer


@pytest.mark.parametrize("question", ["规划有哪些重点任务？", "主要任务是什么？"])
def test_tasks_are_the_heading_titled_so(outline, question):
    # the plan titles its tasks 三、重点任务: its five sections, not 发展基础 or 保障措施
    a = outline.ask(question)
    assert a.found and "5项" in a.answer and "推进窑炉技术改造" in a.answer, a.answer
    assert "主要成绩" not in a.answer and "加强组织领导" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["澄江县十四五规划纲要（摘要）一共有多少章？", "“十四五”规划（草案）共有几章"])
def test_plan_named_with_a_bracketed_note_counts_the_whole(numbered, question):
    a = numbered.ask(question)
    assert a.found and a.answer.startswith("共5章"), a.answer


@pytest.mark.parametrize("engine, question, expected", [
    ("outline", "保障措施讲了哪些内容？", ["加强组织领导", "强化监测评估"]),
    ("outline", "重点任务这部分主要讲了什么？", ["5项", "强化人才支撑"]),
    ("outline", "“（二）加快陶瓷原料基地建设”讲了什么？", ["高岭土原料基地"]),
    ("outline", "培育龙头骨干企业讲了啥", ["兼并重组"]),
    ("outline", "保障措施那一块讲了什么？", ["加强组织领导"]),
    ("numbered", "发展原则有哪些内容？", ["坚持党的全面领导", "坚持新发展理念"]),
])
def test_named_heading_says(request, engine, question, expected):
    _says(request.getfixturevalue(engine).ask(question), expected)


def test_a_thing_counted_is_not_a_heading_ending_in_its_name(numbered):
    # 第一节 建设农产品基地 ends in 农产品基地, but 「有几个」 counts the bases, not the section's parts
    a = numbered.ask("农产品基地有几个？")
    assert "下分" not in a.answer, a.answer


@pytest.mark.parametrize("engine, question, expected", [
    ("outline", "第三部分讲的是什么？", ["重点任务", "推进窑炉技术改造"]),
    ("numbered", "第五章第一节讲的是什么？", ["推进湖泊治理", "入湖河道综合整治"]),
])
def test_numbered_heading_content(request, engine, question, expected):
    a = request.getfixturevalue(engine).ask(question)
    _says(a, expected)
    assert len(a.answer) <= 300, a.answer


def test_numbered_heading_title_only_when_asked_its_title(outline):
    assert outline.ask("第三部分的标题是什么？").answer == "三、重点任务"


@pytest.mark.parametrize("engine, question, expected", [
    ("outline", "重点任务的第三个方面是什么？", "打造陶瓷文化旅游品牌"),
    ("outline", "基本原则第二条是什么？", "坚持绿色发展"),
    ("outline", "“三、重点任务”里的第一项讲了什么？", "推进窑炉技术改造"),
    ("outline", "专栏2的第一项是什么？", "古窑遗址公园"),
    ("numbered", "发展原则的第三条是什么", "坚持新发展理念"),
])
def test_nth_part_of_a_named_heading(request, engine, question, expected):
    a = request.getfixturevalue(engine).ask(question)
    assert a.found and expected in a.answer and a.citations, a.answer


@pytest.mark.parametrize("question", ["重点任务第九项是什么？", "专栏1的第三项是什么"])
def test_nth_part_past_the_last_is_not_found(outline, question):
    a = outline.ask(question)
    assert not a.found and "只有" in a.answer, a.answer


def test_phrase_never_answers_with_another_subjects_clause(numbered):
    # 到2025年 the plan states GDP growth, not a stage: no clause about another thing is quoted as its answer
    a = numbered.ask("到2025年澄江县旅游业要迈向什么阶段？")
    assert not a.found or "旅游" in a.answer, a.answer


def test_count_over_two_plans_names_each_plans_heading(tmp_path_factory):
    from tests.conftest import hash_engine

    both = hash_engine(tmp_path_factory, [DATA / "struct-outline-plan.txt", DATA / "struct-numbered-plan.txt"], "struct-two")
    a = both.ask("发展原则有几条？")
    # each plan's own heading and count, named by its plan: 3 in the county plan, 4 in the ceramics plan
    assert a.found and "《澄江县" in a.answer and "下分3条" in a.answer and "《青禾市" in a.answer and "下分4条" in a.answer, a.answer


def test_project_in_a_box_group_placed_by_its_headings(outline):
    # a box item named by its project: its box and the headings above it, not its site
    a = outline.ask("古窑遗址公园放在规划的哪一块？")
    assert a.found and "专栏2" in a.answer and "（三）打造陶瓷文化旅游品牌" in a.answer, a.answer


@pytest.mark.parametrize("question, title, other", [
    ("第三章有几节？第二节叫什么？", "发展农产品加工", "面临形势"),
    ("第四章有几节？第一节的标题是什么？", "打造抚仙湖旅游品牌", "发展基础"),
])
def test_a_bare_section_number_after_a_chapter_is_that_chapters(numbered, question, title, other):
    # 「第三章有几节？第二节叫什么？」: the 第二节 of the chapter the first part answered, not the plan's first 第二节.
    a = numbered.ask(question)
    assert title in a.answer and other not in a.answer, a.answer


@pytest.mark.parametrize("question, said, unsaid", [
    ("第二部分叫什么？有几节？", "4", "13"),          # the part's own 4 sections, never the plan's 13
    ("第四部分有几节？分别叫什么？", "强化监测评估", "发展基础"),  # the counted sections, each by its title
])
def test_a_later_part_asks_about_the_numbered_part_before_it(outline, question, said, unsaid):
    a = outline.ask(question)
    assert said in a.answer and unsaid not in a.answer, a.answer


@pytest.mark.parametrize("question", ["整个规划一共分了几篇、多少章？", "规划有几篇和几章？"])
def test_two_counts_in_one_clause_are_two_parts(numbered, question):
    # 「几篇、多少章」: each level counted, not a heading titled 「整个规划一共分了几篇、」 looked for.
    a = numbered.ask(question)
    assert a.found and "共3篇" in a.answer and "共5章" in a.answer, a.answer
