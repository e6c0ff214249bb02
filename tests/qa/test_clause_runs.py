"""The clause fallback's reading of a 、-run holding several values (qa.values.clausefallback._pieces)."""

from __future__ import annotations

from qa.values.clausefallback import _pieces
from qa.values.prose import asked_values


def test_a_run_whose_lead_ends_inside_a_name_gives_no_piece_rather_than_failing():
    # the run's verb is read up to the first digit, which here is inside PM2.5: the joined part holds no value of its own
    clause = "市区PM2.5、PM10浓度分别下降了38%、33.7%"
    assert _pieces(clause, asked_values(clause, "%"), "%", "，，", "") == []


def test_the_one_asked_part_of_a_run_is_still_read_with_its_verb():
    clause = "新建5个社区食堂、12个养老服务站点"
    pieces = _pieces(clause, asked_values(clause, "个"), "个", "养老服务站点", "")
    assert [(p, v.group(0)) for p, v in pieces] == [("新建12个养老服务站点", "12个")]
