"""专栏 printed as a group → member table (产业集群 / 产业链; 领域 / 重点方向), cells set apart by tab stops
printed as four spaces or by tabs, a group cell printed once down its rowspan: the groups are the box's
items, each written with its members; a member-only row is no item; a plain two-column list is not taken."""
from __future__ import annotations

from kg.ingest.parse import parse_document, parse_file
from tests.conftest import DATA

PLAN = DATA / "member-table-plan.txt"


def _boxes():
    return {str(b.heading.number): b for b in parse_file(PLAN).boxes()}


def test_four_space_groups_are_the_items():
    box = _boxes()["2"]
    assert [i.name for i in box.items] == ["绿色化工（精细化学品）", "装备制造", "食品加工"]
    assert box.items[1].paragraph.text == "装备制造：产业链为工程机械、农业机械、数控机床。"


def test_tabbed_groups_are_the_items():
    box = _boxes()["3"]
    assert [i.name for i in box.items] == ["现代物流", "科技服务"]
    assert box.items[0].paragraph.text == "现代物流：重点方向为冷链物流、多式联运。"


def test_header_is_prose_and_member_rows_no_paragraph_of_their_own():
    box = _boxes()["2"]
    assert [p.kind for p in box.paragraphs] == ["prose", "box_item", "box_item", "box_item"]
    assert box.paragraphs[0].text == "产业集群 产业链"


def test_next_section_after_the_table_is_walked():
    doc = parse_file(PLAN)
    titles = [s.heading.title for c in doc.loose_chapters + [c for p in doc.parts for c in p.chapters] for s in c.sections]
    assert titles == ["壮大先进制造业集群", "发展现代服务业"]


def test_two_column_list_without_a_spanned_group_is_read_line_by_line():
    text = ("某市规划\n\n第一章  发展\n\n专栏1  重点工程\n项目    内容\n1．某某大桥    新建大桥一座\n"
            "2．某某隧道    新建隧道一条\n\n第二章  保障\n\n加强领导。\n")
    [box] = parse_document(text, plan_id="t").boxes()
    assert len(box.items) == 2 and "某某隧道" not in box.items[0].paragraph.text, box.items
