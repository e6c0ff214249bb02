"""A clause after a semicolon that names its measure without the owner the clause before it printed.

Plans state two figures of one owner in clauses joined by a semicolon, the owner printed once: 「1985年普通高等学校的
招生数由1980年的28万人增加到40万人；在校学生数由1980年的114.4万人增加到130万人」 — the 130万人 is 普通高等学校's
在校学生数. Read alone, the second clause names no owner, so a question naming the owner never reaches it. The owner is
carried only across a semicolon, only when the earlier clause prints it as 「X的Y」 before a value verb and the later one
opens with a bare measure before the same kind of verb, so a clause with a subject of its own keeps it.
"""
from __future__ import annotations

import re

__all__ = ["carried_owner"]

#: A verb a figure follows (由…增加到, 达到, 为 …).
_VALUE_VERB = r"(?:由|从|达到|为|提高到|提升到|增加到|增长到|下降到|降低到|降到|减少到|控制在|保持在)"
#: The earlier clause: [a year or time lead] OWNER的MEASURE before a value verb.
_OWNED = re.compile(r"(?:^|[，,])(?:[^，,\u4e00-\u9fff]*年(?:底|末)?[，,]?|到|至)?([\u4e00-\u9fff]{2,12}?)的([\u4e00-\u9fff]{2,8}?)(?=" + _VALUE_VERB + ")")
#: The later clause: a bare measure before a value verb, nothing before it.
_BARE = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?=" + _VALUE_VERB + ")")


def carried_owner(before: str, after: str) -> str | None:
    """The owner ``before`` (the clause ending at a semicolon) prints for the bare measure ``after`` opens with.

    >>> carried_owner("1985年普通高等学校的招生数由1980年的28万人增加到40万人", "在校学生数由1980年的114.4万人增加到130万人")
    '普通高等学校'
    >>> carried_owner("1985年普通高等学校的招生数由28万人增加到40万人", "中等专业学校在校学生数由30万人增加到50万人") is None
    True
    >>> carried_owner("粮食产量达到5亿吨", "棉花产量达到525万吨") is None  # no owner printed before
    True
    """
    last = re.split(r"[，,]", before)[-1] if not _OWNED.search(before) else before
    owned = list(_OWNED.finditer(last))
    bare = _BARE.match(after)
    if not owned or not bare or owned[-1].group(2) == bare.group(1):
        return None
    owner = owned[-1].group(1)
    # a later measure naming an owner of its own (「中等专业学校在校学生数」) keeps it: only a short bare noun is carried
    if len(bare.group(1)) > 6 or owner[-2:] in bare.group(1):
        return None
    return owner
