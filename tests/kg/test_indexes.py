"""The indexes that keep extraction linear in a plan's length answer exactly as the scans they replace.

Each test states the scan extraction used to run (re.finditer over every paragraph,
every node's labels, the paragraph from its start) and compares on invented snippets,
including the awkward cases: repeats that overlap, one-character words, a name at a
paragraph's end, two nodes sharing a printed form, nodes merged or gone.
"""
from __future__ import annotations

import re

import pytest

from kg.extract.clauses import clause_end, clause_start
from kg.extract.occurrences import Occurrences
from kg.extract.registry import Registry

PARAGRAPHS = [
    "建设东山变电站，提升东山景区。东山",
    "东东东山山，东东山",
    "",
    "河西工业园产值达到100亿元；河西工业园区",
    "山",
]


def _scan(texts: list[str], word: str) -> list[tuple[int, int, int]]:
    return [(i, m.start(), m.end()) for i, t in enumerate(texts) for m in re.finditer(re.escape(word), t)]


@pytest.mark.parametrize("word", ["东山", "东东", "东东东", "山", "山山", "河西工业园", "产值达到100", "园区", "西山", "，东",
                                  "东山景区。东山"])
def test_occurrences_as_finditer(word):
    assert list(Occurrences(PARAGRAPHS).find(word)) == _scan(PARAGRAPHS, word)


def test_occurrences_never_span_paragraphs():
    assert list(Occurrences(["东山", "景区"]).find("山景")) == []


def _park_scan(reg: Registry, measure: str) -> str | None:
    """The scan _target_owner ran: the longest park label (≥ 4 characters) the measure starts with."""
    parks = [(name, nid) for nid, node in reg.nodes.items() if node.type == "Park"
             for name in node.labels if len(name) >= 4 and measure.startswith(name)]
    return max(parks, key=lambda x: len(x[0]))[1] if parks else None


def _park_index(reg: Registry, measure: str) -> str | None:
    return next((nid for i in range(len(measure), 3, -1) for nid in reg.labelled(measure[:i], "Park")[:1]), None)


def test_labelled_finds_what_the_scan_found():
    reg = Registry()
    reg.add("Park", "河西工业园")
    reg.add("Park", "河西工业园区")
    reg.add("Project", "河西工业园区标准厂房")
    for measure in ("河西工业园区产值", "河西工业园产值", "河西工业园区标准厂房面积", "河东工业园产值", "河西产值"):
        assert _park_index(reg, measure) == _park_scan(reg, measure), measure


def test_labelled_follows_merges_and_type_changes():
    reg = Registry()
    work = reg.add("Project", "城东物流园区", context="某园")
    park = reg.add("Park", "城东物流园")
    assert reg.labelled("城东物流园区", "Park") == []
    reg.add("Park", "城东物流园区", context="某园")  # a work read again as a park: its type changes
    assert reg.labelled("城东物流园区", "Park") == [work]
    reg.merge(park, work)  # the work's names move to the park; the work is gone
    assert reg.labelled("城东物流园区", "Park") == [park]
    assert _park_index(reg, "城东物流园区产值") == _park_scan(reg, "城东物流园区产值") == park


def test_labelled_keeps_registry_order_when_names_are_shared():
    reg = Registry()
    a = reg.add("Park", "高新园区", context="甲县")
    b = reg.add("Park", "高新园区", context="乙县")
    assert reg.labelled("高新园区", "Park") == [a, b]
    assert _park_index(reg, "高新园区产值") == _park_scan(reg, "高新园区产值") == a


def test_labelled_orders_by_node_not_by_when_the_name_came():
    reg = Registry()
    first = reg.add("Park", "甲工业园")
    second = reg.add("Park", "高新园区")
    reg.merge(first, reg.add("Park", "高新园区", context="乙县"))  # the older node takes the name last
    assert reg.labelled("高新园区", "Park") == [first, second]
    assert _park_index(reg, "高新园区产值") == _park_scan(reg, "高新园区产值") == first


CLAUSE_TEXTS = ["建设公园，新增绿地10公顷。", "新增绿地", "，开头；中间!结尾？", "", "。"]


@pytest.mark.parametrize("text", CLAUSE_TEXTS)
def test_clause_bounds_as_the_scans(text):
    marks = "，,。；;！？!?"
    for at in range(len(text) + 1):
        assert clause_start(text, at, marks) == max((m.end() for m in re.finditer("[，,。；;！？!?]", text[:at])), default=0)
        seps = [i for i, c in enumerate(text) if c in marks]
        assert clause_end(text, at, marks) == min((i for i in seps if i >= at), default=len(text))


@pytest.mark.parametrize("text", ["“十三五”期间，2020年达到5%，到2025年末比2020年增长10%，“十四五”末",
                                  "二〇二五年达到，比二〇二〇年", "2025年", "无年份的句子", "2025", "1995年2000年"])
def test_times_before_as_the_cut_scan(text):
    from kg.extract.targets import _TIME, _times_before
    for at in range(len(text) + 1):
        assert [(m.span(), m.groupdict()) for m in _times_before(text, at)] == \
            [(m.span(), m.groupdict()) for m in _TIME.finditer(text, 0, at)], at
