"""Issue 11, one figure / list / where / count in any wording office staff use (lane words4).

Each class is a way new staff word a question the engine already answers in the plan's own words: a polite
lead-in or a trailing remark, a year or a box number in Chinese numerals, a five-year period without quotes,
money counted in 亿, a modal before the asking verb, land asked as 「规划多少亩地」, 「装多少千瓦」, a short form
of a printed name (风电站, 国保单位, 固废, GDP printed where 地区生产总值 is asked), a question with no question
word, a size asked unit first, 「哪个专栏里有X」, an xref worded around its verb, a definition asked as a file.
Traps stay traps in every wording: a year the plan does not give (三〇年, 三五年) and an attribute it does not
print are answered ``found: false``.

Our own questions, several wordings each, on a made-up county plan (tests/data/words4/office-wordings-plan.md);
the paraphrase sets of the seen held-out questions are in tests/data/words4/paraphrases*.jsonl (score.py format).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.question.frame import parse_frame
from qa.question.intent import classify_intent
from qa.question.wording import box_by_title, read_wording
from tests.qa.said import unquoted

DATA = Path(__file__).resolve().parent.parent / "data" / "words4"
PLAN = DATA / "office-wordings-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


#: Each class: (question, a value the answer must give). Several wordings per class.
CLASSES: dict[str, list[tuple[str, str]]] = {
    "lead-in and trailing remark": [
        ("请问青川大桥长多少、宽多少", "28m"),
        ("帮我查一下青川新能源装备产业园的总投资", "36亿元"),
        ("我想知道石门风力发电站二期装机多少？", "4万千瓦"),
        ("青川工业园区产值到2025年要达到多少，规划里怎么说的？", "260亿元"),
        ("说一下青川新能源装备产业园的总投资", "36亿元"),
    ],
    "year and period said short": [
        ("居民人均可支配收入二五年要达到多少？", "39000"),
        ("十三五全县GDP年均增速多少？", "7.2%"),
        ("十三五期间固投年均增长多少？", "10.5%"),
        ("青川工业园区产值目标是多少（2025年）？", "260亿元"),
    ],
    "box and chapter numbers in Chinese numerals": [
        ("专栏三叫什么？", "教育重点项目"),
        ("三章叫什么？", "建设特色园区"),
        ("专栏1是什么标题？", "特色园区重点项目"),
        ("第三章是什么名字？", "建设特色园区"),
    ],
    "money, land and capacity in spoken units": [
        ("青川新能源装备产业园总投资多少个亿？", "36亿元"),
        ("青川新能源装备产业园规划多少亩地？", "420亩"),
        ("青川保税物流中心规划多少亩？", "90亩"),
        ("青川保税物流中心一年能卖多少钱？", "15亿元"),
        ("石门风电站二期装多少千瓦？", "4万千瓦"),
    ],
    "a modal or a completion time before the asked words": [
        ("青川一中异地新建项目建成后能有几个学位？", "4000个"),
        ("青川工业园区产值到2025年能达到多少？", "260亿元"),
    ],
    "short forms of printed names": [
        ("数字经济增加值占地区生产总值比重2025年目标多少？", "30"),
        ("亿元地区生产总值生产安全事故死亡率2025年目标多少？", "0.03"),
        ("每万人口发明专利2020年多少件？", "1.6"),
        ("工业固废综合利用处理率2025年要到多少？危废处置率呢？", "82%"),
        ("哪些地方争取申报国保单位？", "白鹤岭遗址"),
    ],
    "no question word, unit first, a later bare attribute": [
        ("双溪路建设工程的长度？", "3.2km"),
        ("青川大桥多少米长、多少米宽？", "320m"),
        ("青川大桥的长度是多少米？宽度呢？", "28m"),
        ("青川大桥宽几米？", "28m"),
        ("公办幼儿园占比2025年是多少？", "50%"),
    ],
    "where, xref and definitions worded otherwise": [
        ("哪个专栏里有青川大桥？", "专栏2"),
        ("哪个专栏列了青川保税物流中心？", "专栏1"),
        ("含“锰”字的内容在规划哪些章？", "第五章"),
        ("冷链出现在规划哪几章？", "第五章"),
        ("“冷链”在规划哪几章？", "第五章"),
        ("“河长制”是什么文件？", "河长"),
        ("河长制指什么？", "河长"),
        # a box named by its printed title, with 专栏 beside it or what a box is asked after it
        ("交通重点项目专栏里列了哪些项目？", "青川大桥"),
        ("专栏“特色园区重点项目”有哪些项目？", "石门风力发电站"),
        ("教育重点项目有哪些？", "青川一中"),
    ],
}


@pytest.mark.parametrize("question, value", [c for cases in CLASSES.values() for c in cases],
                         ids=[f"{name}:{q}" for name, cases in CLASSES.items() for q, _ in cases])
def test_one_answer_in_any_wording(county, question, value):
    a = county.ask(question)
    assert a.found and value in (unquoted(a) + "".join(i.label for i in a.items)), a.answer


#: Traps in office words: the plan gives 2025, not 2030 or 2035; no width of 双溪路 is printed.
TRAPS = [
    "居民人均可支配收入到三〇年要达到多少？",
    "森林覆盖率三五年要到多少？",
    "请问到二〇三〇年森林覆盖率要达到多少",
    "双溪路建设工程的宽度？",
    "双溪路建设工程有多宽？",
    "双溪路建设工程宽几米？",
    # the share's 比 is no comparison base: 2020 is asked, the plan gives 2025 only
    "公办幼儿园占比2020年是多少？",
    "公办幼儿园占比二〇年多少？",
]


@pytest.mark.parametrize("question", TRAPS)
def test_a_trap_stays_a_trap_in_office_words(county, question):
    assert not county.ask(question).found


def test_the_figure_stays_its_owners_and_years():
    # a bare period asks the period (not the 2025 target), and a short year asks its own year
    q = read_wording("十三五全县GDP年均增速多少？")
    assert parse_frame(q, classify_intent(q)).year == 2020
    q = read_wording("居民人均可支配收入到三〇年要达到多少？")
    assert parse_frame(q, classify_intent(q)).year == 2030


@pytest.mark.parametrize("asked, read", [
    ("请问一下，第十篇叫啥", "第十篇叫什么"),
    ("麻烦帮我查一下第七篇有几章", "第七篇有几章"),
    ("问题清单在哪一章", "问题清单在哪一章"),  # 问 of 问题 is no lead-in
    ("三五年内建成多少", "三五年内建成多少"),  # a span of years, no year
    ("“十三五”年均增长多少？", "“十三五”年均增长多少？"),
    ("十三五个项目", "十三五个项目"),  # a count, no period
    ("产能多大？", "产能多大？"),  # 产能 keeps its 能
    ("香零山大桥有多长？", "香零山大桥有多长？"),
    ("这是什么？", "这是什么？"),
])
def test_office_wordings_only_where_they_apply(asked, read):
    assert read_wording(asked) == read


@pytest.mark.parametrize("asked, read", [
    # older plans' readers say their years short too; a short subject before the only year reads after it
    ("到六〇年原煤产量要到多少？", "到1960年原煤产量要到多少？"),
    ("钢产量八〇年、85年的目标各是多少？", "钢产量1980年、1985年的目标各是多少？"),
    ("钢1957年计划产多少？", "1957年钢计划产多少？"),
    ("粮食到1985年要达到多少斤？", "粮食到1985年要达到多少斤？"),
    ("城镇调查失业率二〇二〇年和二〇二五年各是多少？", "城镇调查失业率2020年和2025年各是多少？"),
    # the kinds a box or heading groups its items in, listed
    ("专栏37.1分几类？分别是什么？", "专栏37.1分为哪几类？"),
    ("主要任务一共分了几个方面？", "主要任务一共分了几个方面？"),  # a count alone: qa.outline.headcount
    ("主要任务分了几个方面？分别是什么？", "主要任务分为哪几方面？"),
    ("X是第几个专栏里的？", "X在哪个专栏里？"),
])
def test_older_years_and_groups_read_as_printed(asked, read):
    assert read_wording(asked) == read


def test_a_box_named_by_its_title_only_where_it_is_one():
    titles = {"交通重点项目": "2", "教育重点项目": "3"}
    assert box_by_title("交通重点项目专栏里列了哪些项目？", titles) == "专栏2里列了哪些项目？"
    assert box_by_title("教育重点项目有多少亩？", titles) == "教育重点项目有多少亩？"  # a figure asked, no box
    assert box_by_title("专栏3教育重点项目有哪些？", titles) == "专栏3教育重点项目有哪些？"  # already numbered


def test_the_paraphrase_sets_keep_their_originals_answers():
    # every paraphrase row carries its original's id and expected answer, so score.py can run the sets as they are
    rows = [json.loads(l) for f in sorted(DATA.glob("paraphrases*.jsonl")) for l in f.open(encoding="utf-8") if l.strip()]
    assert len(rows) >= 500
    assert all(r["orig"] and r["id"].startswith(r["orig"] + "~") and r["q"] for r in rows)
    assert all(r.get("must") or r.get("any") or r.get("should") or r.get("found") is False or r.get("cite_any")
               or r["type"] == "semantic" for r in rows)
