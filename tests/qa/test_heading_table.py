"""The served plans' headings read once (qa.index.kb.HeadingTable): what the engine's box and heading readings and
qa.outline.structure's heading lookups share. Made-up plans as bare graph views."""
from __future__ import annotations

import networkx as nx

from qa.index.kb import KB
from qa.outline.structure import heading_matches, named_headings

_P = "https://plankg.org/plan/"


def _kb() -> KB:
    G = nx.MultiDiGraph()
    G.add_node(_P + "a/part/1", type="Part", number="1", label="第1篇 创新驱动 发展", title="创新驱动 发展", line=1)
    G.add_node(_P + "a/chapter/3", type="Chapter", number="3", label="第3章 加快数字政府建设", title="加快数字政府建设", line=5)
    G.add_node(_P + "a/box/2", type="Box", number="2", label="专栏2 乡村振兴重点项目", title="乡村振兴重点项目", line=9)
    G.add_node(_P + "a/box/5", type="Box", number="5", label="专栏5 交通项目", title="交通项目", line=12)
    G.add_node(_P + "b/box/5", type="Box", number="5", label="专栏5 交通项目", title="交通项目", line=3)
    G.add_node(_P + "b/box/ch1-1", type="Box", label="专栏 无号专栏", title="无号专栏", line=4)
    G.add_node(_P + "b/section/1.1", type="Section", number="1.1", label="第1节", line=2)  # a heading printed without a title
    return KB(G)


def test_the_table_is_read_once_and_shared():
    kb = _kb()
    assert kb.headings is kb.headings
    assert [h.kind for h in kb.headings.rows] == ["Part", "Chapter", "Section", "Box", "Box", "Box", "Box"]


def test_box_numbers_keep_titles_one_numbered_box_prints():
    t = _kb().headings
    # 交通项目 is printed by two boxes (two plans): no number is its own; an unnumbered box has none to give.
    assert t.box_numbers == {"乡村振兴重点项目": "2"}


def test_titles_are_the_printed_titles_of_parts_chapters_and_sections():
    assert _kb().headings.titles == {"创新驱动 发展", "加快数字政府建设"}


def test_printed_reads_numbers_in_both_numerals_and_titles_without_spaces():
    t = _kb().headings
    assert t.printed("创新驱动发展") and t.printed("第三章") and t.printed("专栏2")
    assert not t.printed("数字乡村")


def test_structure_lookups_read_the_table():
    kb = _kb()
    assert named_headings(kb, ("数字政府建设",)) == ("数字政府建设", [_P + "a/chapter/3"])
    assert named_headings(kb, ("交通项目",), plan="b") == ("交通项目", [_P + "b/box/5"])
    assert [n for _, n in heading_matches(kb, "交通项目")][:2] == [_P + "a/box/5", _P + "b/box/5"]
