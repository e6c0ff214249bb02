"""A 专栏 item titled with a joint works (「A和B工程」「A、B综合整治工程」「A及B建设项目」) is one work, named as printed,
holding the item's figures; a member named inside the title never holds them."""
from __future__ import annotations

import pytest

from kg.extract.extractor import extract_facts
from kg.ingest.parse import parse_file
from tests.conftest import DATA

PLAN = DATA / "ingest19-joint-works-plan.txt"


@pytest.fixture(scope="module")
def projects():
    facts = extract_facts(parse_file(PLAN))
    return {k.split("/", 1)[1]: {q.kind for q in e.quantities} for k, e in facts.entities.items() if k.startswith("Project/")}


@pytest.mark.parametrize("joint,kinds", [
    ("月湖大桥和北岸大桥工程", {"investment", "length", "count"}),
    ("清溪河、白沙河综合整治工程", {"investment", "length"}),
    ("东湖水厂及配套管网建设项目", {"investment", "supply"}),
    ("北岸污水处理厂和南郊垃圾焚烧发电厂建设工程", {"investment", "treatment"}),
])
def test_the_joint_works_is_one_node_with_the_figures(projects, joint, kinds):
    assert joint in projects, sorted(projects)
    assert kinds <= projects[joint]


@pytest.mark.parametrize("member", ["月湖大桥", "北岸大桥工程", "白沙河综合整治工程", "清溪河综合整治工程",
                                    "东湖水厂", "北岸污水处理厂", "南郊垃圾焚烧发电厂建设工程"])
def test_a_member_never_holds_the_joint_figures(projects, member):
    assert not projects.get(member), (member, projects.get(member))


@pytest.mark.parametrize("label", ["道路、桥梁、供水等基础设施建设工程", "城市道路、桥梁和管网改造工程"])
def test_a_run_of_kinds_is_no_joint_works(label):
    from kg.extract.extractor import _joint_title

    assert not _joint_title(label)


def test_the_joint_includes_its_members():
    facts = extract_facts(parse_file(PLAN))
    parts = {(r.subject.split("/", 1)[1], r.object.split("/", 1)[1]) for r in facts.relations if r.predicate == "includes"}
    assert {("月湖大桥和北岸大桥工程", "月湖大桥"), ("月湖大桥和北岸大桥工程", "北岸大桥工程"),
            ("清溪河、白沙河综合整治工程", "白沙河综合整治工程")} <= parts
    assert not any(whole == "松林水库工程" for whole, _ in parts)  # a work of its own holds no members
