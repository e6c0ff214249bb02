"""A 专栏 printed as a two-column group → member table: each group cell heads the members listed beside it.

「专栏3 “1026”先进制造业集群体系」 prints its clusters in one column and each cluster's chains in the
other, the cluster's cell printed once on its first row and left empty down its rowspan::

    产业集群    产业链
    1．人工智能（软件和信息服务）    1．人工智能
        2．工业软件
    2．智能电网    3．智能电网高端装备及系统

The box lists its groups (the clusters are its items); each is written out as one sentence with its
members (``人工智能（软件和信息服务）：产业链为人工智能、工业软件。``), so a question about a cluster's chains
still finds them. Cells are set apart by tabs or by tab stops printed as four spaces
(:func:`kg.ingest.tabstops.stop_cells`). A project table (项目名称 / 建设内容 …) is read by
:mod:`kg.ingest.boxtable`; this one is taken only when some group spans several rows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.ingest.lines import strip_enumerator
from kg.ingest.tabstops import stop_cells

__all__ = ["MemberGroup", "MemberTable", "read_member_table"]

# A column name: a few characters of a noun, no punctuation and no figure (产业集群, 产业链, 领域, 重点方向).
_COLUMN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
# A cell of prose or a figure is no group or member name.
_NOT_A_NAME = re.compile(r"[。；;，,：:]")
_MAX_NAME = 30


@dataclass
class MemberGroup:
    """One group cell (its walked line and its name, enumerator dropped) and the member cells beside it."""

    line: int
    name: str
    members: list[str] = field(default_factory=list)


@dataclass
class MemberTable:
    """The header's two column names, the groups in printed order and the last walked line of the table."""

    group_column: str
    member_column: str
    groups: list[MemberGroup]
    last: int

    def sentence(self, group: MemberGroup) -> str:
        """The group written out with its members, as the box's item for it."""
        return f"{group.name}：{self.member_column}为{'、'.join(group.members)}。"

    def rows_under(self) -> set[int]:
        """The walked lines holding only a member (the group cell empty): no item of their own."""
        heads = {g.line for g in self.groups}
        return set(range(self.groups[0].line, self.last + 1)) - heads


def _cells(line: str) -> list[str] | None:
    if "\t" in line:
        return [c.strip() for c in line.rstrip().split("\t")]
    return stop_cells(line)


def _name(cell: str) -> str | None:
    name = strip_enumerator(cell)
    return name if name and len(name) <= _MAX_NAME and not _NOT_A_NAME.search(name) else None


def read_member_table(lines: list[str], i: int) -> MemberTable | None:
    """The group → member table whose header is walked line ``i``, or ``None``.

    Every row after the header is two cells, the first empty where the group above spans down; at
    least one group spans two rows or more (else it is a plain two-column list, read line by line).
    The table runs to the first blank line or line that is no such row.

    Examples
    --------
    >>> t = read_member_table(["产业集群    产业链", "1．新材料    1．化工新材料", "    2．先进金属材料",
    ...                        "2．生物医药    3．生物药", "", "正文。"], 0)
    >>> [(g.name, g.members) for g in t.groups], t.last, sorted(t.rows_under())
    ([('新材料', ['化工新材料', '先进金属材料']), ('生物医药', ['生物药'])], 3, [2])
    >>> t.sentence(t.groups[0])
    '新材料：产业链为化工新材料、先进金属材料。'
    >>> read_member_table(["项目    内容", "1．某工程    建设某某", "2．某项目    建设某某"], 0) is None
    True
    """
    header = _cells(lines[i])
    if header is None or len(header) != 2 or not all(_COLUMN_NAME.match(c) for c in header):
        return None
    groups: list[MemberGroup] = []
    k = i + 1
    while k < len(lines) and (cells := _cells(lines[k])) is not None and len(cells) == 2:
        member = _name(cells[1])
        if member is None:
            break
        if cells[0]:
            if (name := _name(cells[0])) is None:
                break
            groups.append(MemberGroup(k, name))
        elif not groups:
            break
        groups[-1].members.append(member)
        k += 1
    if len(groups) < 2 or all(len(g.members) < 2 for g in groups):
        return None
    return MemberTable(header[0], header[1], groups, k - 1)
