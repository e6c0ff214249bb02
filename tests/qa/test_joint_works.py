"""A joint works (「月湖大桥和北岸大桥工程」「清溪河、白沙河综合整治工程」「东湖水厂及配套管网建设项目」) asked whole
gets its figures; a member asked alone — by its own name, or by its name with the head the members share
(「月湖大桥工程」 of 「月湖大桥和北岸大桥工程」) — is refused, never given the joint's figure."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "ingest19-joint-works-plan.txt"


@pytest.mark.parametrize("question,value", [
    ("月湖大桥和北岸大桥工程总投资多少？", "18亿元"),
    ("月湖大桥和北岸大桥工程总投资多少亿元？", "18亿元"),
    ("清溪河、白沙河综合整治工程总投资多少？", "6.5亿元"),
    ("清溪河、白沙河综合整治工程整治河道多少公里？", "42公里"),
    ("东湖水厂及配套管网建设项目总投资多少亿元？", "4.2亿元"),
    ("北岸污水处理厂和南郊垃圾焚烧发电厂建设工程总投资多少？", "11亿元"),
])
def test_the_joint_asked_whole_is_answered(engine_for, question, value):
    a = engine_for(PLAN).ask(question)
    assert a.found and a.items and a.items[0].label.startswith(value), a.answer


@pytest.mark.parametrize("question", [
    "月湖大桥工程总投资多少亿元？",
    "月湖大桥总投资多少亿元？",
    "北岸大桥工程总投资多少？",
    "清溪河综合整治工程总投资多少亿元？",
    "清溪河综合整治工程整治河道多少公里？",
    "白沙河综合整治工程整治河道多少公里？",
    "东湖水厂项目总投资多少亿元？",
    "南郊垃圾焚烧发电厂建设工程总投资多少亿元？",
])
def test_a_member_asked_alone_is_refused(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert not a.found, a.answer
    assert not any(v in a.answer.split("（")[0] for v in ("18亿元", "6.5亿元", "42公里", "4.2亿元", "11亿元")), a.answer


def test_a_work_of_its_own_keeps_its_figure(engine_for):
    a = engine_for(PLAN).ask("松林水库工程总投资多少亿元？")
    assert a.found and a.items[0].label.startswith("9亿元"), a.answer
