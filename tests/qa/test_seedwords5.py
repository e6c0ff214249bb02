"""Office wordings of the fifth seed lane (issue 11), each class on the seed and on a made-up county plan
(``tests/data/qa-seedwords5-county-plan.txt``):

1. the asker's own area said by a pronoun (咱区, 咱们县, 我们区, 我区) — the plan's own, no owner to match;
   全区/全县 before a list's verb likewise says nothing about where;
2. a one-character spoken verb (要改多少个, 要建几个) for the plan's 改造/建设 — the things counted;
3. a topic said first and a rest naming nothing of its own (「老旧小区改造这块，十四五要改多少个」「湘江航道那块，
   要疏浚多少公里」) — the rest asked of the topic;
4. 「跟X有关的事，规划里都安排了些啥」「跟X有关的有哪些」 — X's related things, as 「X相关的内容有哪些」;
5. 「到时候」「届时」 — the plan's horizon, no part of a measure;
6. a defined term asked 「是指几点到几点」 — its definition, whatever detail the wording asks;
7. a generic noun of the asker's (「有哪几个项目」) for a run the plan does not call so — the run's members;
8. a place asked by where with no noun (「黄田铺镇那边都安排了些什么」) — the works named with it;
9. a share asked with 占 as the verb, its container first (「新建建筑里绿色建筑要占多少」) — the printed 占…比例.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import norm, said

COUNTY = DATA / "qa-seedwords5-county-plan.txt"


@pytest.fixture(scope="module")
def plans(engine, engine_for):
    return {"seed": engine, "county": engine_for(COUNTY)}


@pytest.mark.parametrize(
    "plan, question, values",
    [
        # 1. own area by a pronoun
        ("seed", "十四五期间咱区要新建哪几个风电场？", ["梁山岐", "富家桥", "大庆坪"]),
        ("seed", "十四五咱区单位GDP能耗累计要降多少？", ["15%"]),
        ("seed", "我们区十四五单位GDP能耗累计要降多少？", ["15%"]),
        ("county", "咱县要新建哪几个风电场？", ["东岭风电场", "西坡风电场"]),
        ("county", "十四五期间我们县要新建哪几个风电场？", ["东岭风电场", "西坡风电场"]),
        ("county", "全县要新建哪几个风电场？", ["东岭风电场", "西坡风电场"]),
        ("county", "到2025年咱们县城区污水处理率要达到多少？", ["96%"]),
        # 2. a one-character spoken verb
        ("seed", "老旧小区要改多少个？", ["98"]),
        ("seed", "客运站场要修几个？", ["四个"]),
        ("county", "老旧小区要改多少个？", ["45"]),
        # 3. a topic first, a bare rest
        ("seed", "老旧小区改造这块，咱区十四五要改多少个？", ["98"]),
        ("seed", "湘江航道那块，要疏浚多少公里？", ["80"]),
        ("seed", "乡镇污水处理厂那块，要建几个？", ["6个"]),
        ("county", "老旧小区改造这块，咱县十四五要改多少个？", ["45"]),
        # 4. 跟X有关的事
        ("seed", "跟锰有关的事，规划里都安排了些啥？", ["锰系材料产业园"]),
        ("seed", "跟柳宗元有关的，规划里都提了些啥？", ["柳宗元文化旅游节"]),
        ("county", "跟锂有关的事，规划里都安排了些啥？", ["锂电新材料产业园"]),
        ("county", "和锂有关的安排有哪些？", ["锂电池隔膜项目"]),
        # 5. 到时候
        ("seed", "秸秆综合利用率和畜禽粪污综合利用率，到时候分别是多少？", ["94%", "85%"]),
        ("county", "秸秆综合利用率和地膜回收率，到时候分别是多少？", ["92%", "85%"]),
        ("county", "届时地膜回收率要达到多少？", ["85%"]),
        # 6. a defined term's detail
        ("seed", "规划里说的“夜间经济”是指几点到几点？", ["下午6点", "早上6点"]),
        ("county", "“早市经济”是指几点到几点？", ["早上5点", "9点"]),
        ("county", "早市经济指的是几点到几点的活动？", ["早上5点"]),
        # 7. 项目 of a run not called so
        ("seed", "非遗这块，打算申报省级名录的有哪几个项目？", ["长瓦烧造技艺", "柳子家宴"]),
        ("county", "打算申报省级名录的有哪几个项目？", ["竹编技艺", "米粉制作技艺", "山歌演唱技艺"]),
        ("county", "非遗这块，要申报省级非遗保护名录的有哪几个项目？", ["竹编技艺", "山歌演唱技艺"]),
        # 8. X那边 with no noun
        ("seed", "黄田铺镇那边都安排了些什么？", ["黄田铺文化教育特色小镇"]),
        ("seed", "珠山镇那边都规划了些啥？", ["珠山工业园"]),
        ("county", "石桥镇那边都安排了些什么？", ["石桥镇物流园", "石桥镇污水处理厂"]),
        # 9. X里Y要占多少
        ("seed", "绿色建筑这块，新建建筑里绿色建筑要占多少？", ["45%"]),
        ("seed", "新建建筑里装配式建筑要占多少？", ["10%"]),
        ("county", "新建建筑里装配式建筑要占多少？", ["20%"]),
    ],
)
def test_office_wording_answers(plans, plan, question, values):
    a = plans[plan].ask(question)
    assert a.found and all(norm(v) in said(a) for v in values), a.answer


@pytest.mark.parametrize(
    "plan, question",
    [
        # what the plan does not give stays not found, however it is worded
        ("seed", "富家桥风电场那块，要装多少台风机？"),
        ("seed", "到2030年咱区常住人口城镇化率要达到多少？"),
        ("seed", "珠山工业园这块，到2025年产值要到多少？"),
        ("county", "西坡风电场那块，装机要多少千瓦？"),
        ("county", "咱县要新建几个水电站？"),
        ("county", "到2030年咱县秸秆综合利用率要达到多少？"),
        ("county", "新建建筑里绿色建筑要占多少？"),
    ],
)
def test_office_wording_traps(plans, plan, question):
    assert not plans[plan].ask(question).found


def test_own_area_compared_is_kept():
    # 「咱区和冷水滩区…」 compares the own area with another: the pronoun stays
    from qa.question.wording import read_wording

    assert read_wording("咱区和冷水滩区谁的GDP高？").startswith("咱区和")
