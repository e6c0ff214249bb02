"""「这个规划是哪天印发的」「发文字号是多少」「哪个部门印发的」: how the plan was issued.

A plan issued with a cover letter (印发通知) or copied with a portal's index block
carries its 发文机关, 发文字号 and 成文日期 on the plan node (``dcterms:publisher``,
``dcterms:identifier``, ``dcterms:issued``; a portal's 发布日期 as ``dcterms:available``,
:mod:`kg.graph.rdf`), each cited to the letter's line that prints it. A plan printing
none of them answers ``found: false`` saying so, and one printing some names what it gives.
"""
from __future__ import annotations

import re

from kg.ingest.notice import parse_date

from ..answer import Answer, Citation, Item
from ..index.kb import KB, normalise_text, plan_of

__all__ = ["asked_fields", "answer_issuance"]

_ISSUE_VERBS = r"印发|成文|签发|发文"
_PUBLISH_VERBS = r"发布|出台|颁布|公布|制定|制订|编制|起草"
#: Asking who drew the plan up (制订, 起草), which a forwarding notice names apart from its own issuer.
_DRAFTED = re.compile(r"制定|制订|编制|起草|拟定")
#: 「…关于转发区城管执法局制订的《…》的通知」: the body a forwarded plan was drawn up by.
_DRAFTER = re.compile(r"转发(?P<who>[^《》“”，,。]{2,24}?)(?:制订|制定|编制|起草|拟定)的")
_WHEN = r"哪天|哪一天|哪日|什么时候|啥时候|何时|什么时间|什么日子|几月几[日号]|哪年哪月|哪一年|哪年|日期|时间"
#: Who issued it: 什么 alone asks no issuer (「规划依据什么制定」 asks the basis), 什么部门 does.
_WHO = r"(?:(?:哪个|哪一个|哪家|哪些|哪几个|哪几家|谁)(?:部门|单位|机关|机构)?|什么(?:部门|单位|机关|机构))"
_PLAN_WORDS = r"规划|纲要|计划|方案|文件|通知|本文|这份|该文"
_FIELDS = {
    "date": (re.compile(rf"(?:成文|印发|发文|签发)日期|(?:{_WHEN}).{{0,4}}(?:{_ISSUE_VERBS})|(?:{_ISSUE_VERBS})(?:的|于)?(?:{_WHEN}|是哪|是什么时候)"),
             re.compile(rf"(?:发布|公布)日期|(?:{_WHEN}).{{0,4}}(?:{_PUBLISH_VERBS})|(?:{_PUBLISH_VERBS})(?:的|于)?(?:{_WHEN}|是哪|是什么时候)")),
    "identifier": (re.compile(r"文号|发文字号|发文编号|文件编号|文件号"), None),
    "issuer": (re.compile(rf"发文机关|发文单位|发文部门|印发机关|{_WHO}.{{0,3}}(?:{_ISSUE_VERBS})"),
               re.compile(rf"{_WHO}.{{0,3}}(?:{_PUBLISH_VERBS})")),
}
_NAMES = {"date": "成文日期", "identifier": "发文字号", "issuer": "发文机关", "drafter": "制订单位"}


def asked_fields(question: str) -> list[str]:
    """What a question asks of the plan's issuance, in the order ``date``, ``identifier``, ``issuer``.

    印发/成文/签发 words ask about the document itself; 发布/出台/制定 ones only where the
    question names the plan (规划, 纲要, 文件 …): 「某标准什么时候发布」 asks about the text.

    Examples
    --------
    >>> asked_fields("这个规划是哪天印发的？发文字号是多少？")
    ['date', 'identifier']
    >>> asked_fields("规划是哪个部门发布的"), asked_fields("哪个部门印发的"), asked_fields("是哪几个部门联合印发的")
    (['issuer'], ['issuer'], ['issuer'])
    >>> asked_fields("数据安全法什么时候发布？"), asked_fields("2025年数字经济要达到多少？")
    ([], [])
    """
    q = normalise_text(question)
    names_plan = re.search(_PLAN_WORDS, q) is not None
    return [field for field, (own, other) in _FIELDS.items()
            if own.search(q) or (other is not None and names_plan and other.search(q))]


def answer_issuance(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The asked 成文日期, 发文字号 and 发文机关 of the plan, each cited to the cover letter.

    Parameters
    ----------
    kb : KB
        The served plans.
    question : str
        The question.
    plan : str, optional
        The plan asked about; by default every served plan (each answered under its title when several).

    Returns
    -------
    Answer or None
        ``None`` when the question asks nothing of the issuance; ``found: false`` naming what
        the plan does print when it prints none of the asked fields.
    """
    fields = asked_fields(question)
    if not fields:
        return None
    plans = [n for n in kb.by_type.get("Plan", []) if plan is None or plan_of(n) == plan]
    if not plans:
        return None
    several = len(plans) > 1
    lines, items, missing = [], [], []
    for node in plans:
        given = _given(kb, node)
        head = f"{kb.label(node)}：" if several else ""
        for field in fields:
            if field == "issuer" and "drafter" in given and _DRAFTED.search(normalise_text(question)):
                # 「这个方案是哪个部门制订的」 of a forwarded plan: the body the notice says drew it up, not the one forwarding it
                field = "drafter"
            if field not in given:
                missing.append(f"{head}{_NAMES[field]}")
                continue
            value, cite = given[field]
            lines.append(f"{head}{_NAMES[field]}为{value}")
            items.append(Item(label=value, citation=cite, detail=_NAMES[field]))
    if not items:
        said = "、".join(_NAMES[f] for f in ("date", "identifier", "issuer") if any(f in _given(kb, n) for n in plans))
        what = f"规划只载明{said}。" if said else "规划文本中没有印发通知或发文信息（发文机关、发文字号、成文日期）。"
        return Answer(question, f"规划未载明所问的{'、'.join(_NAMES[f] for f in fields)}；{what}", False,
                      kind="issuance")
    text = "；".join(lines)
    if missing:
        text += f"；规划未载明{'、'.join(missing)}"
    citations = list(dict.fromkeys(i.citation for i in items if i.citation is not None))
    return Answer(question, text + "。", True, items=items, citations=citations, kind="issuance")


def _given(kb: KB, plan: str) -> dict[str, tuple[str, Citation | None]]:
    """The plan's printed issuance fields: field → (value as the answer prints it, citation)."""
    attrs = kb.attrs(plan)
    letter = [u for u, _ in kb.inn(plan, "partOf") if kb.type(u) == "CoverLetter"]
    paras = sorted((u for node in letter for u, _ in kb.inn(node, "partOf") if kb.type(u) == "Paragraph"),
                   key=lambda n: int(kb.attrs(n).get("order") or 0))
    out: dict[str, tuple[str, Citation | None]] = {}
    if attrs.get("issued"):
        y, m, d = (int(x) for x in str(attrs["issued"]).split("-"))
        printed = next((p for p in paras if parse_date(_dated(kb, p)) == attrs["issued"]), None)
        out["date"] = (f"{y}年{m}月{d}日", _cite(kb, printed, paras))
    elif attrs.get("available"):
        y, m, d = (int(x) for x in str(attrs["available"]).split("-"))
        out["date"] = (f"{y}年{m}月{d}日（发布日期）", _cite(kb, None, paras, str(attrs["available"])))
    if attrs.get("identifier"):
        out["identifier"] = (str(attrs["identifier"]), _cite(kb, None, paras, str(attrs["identifier"])))
    title = next((kb.label(u) for u in letter if kb.label(u)), "")
    if drafter := _DRAFTER.search(normalise_text(title)):
        out["drafter"] = (drafter["who"], _cite(kb, None, paras, drafter["who"]))
    # several when bodies issue it jointly, named in the order they sign
    publishers = sorted((kb.label(v) for v, _ in kb.out(plan, "publisher")),
                        key=lambda name: min((k for k, p in enumerate(paras) if name in str(kb.attrs(p).get("text") or "")),
                                             default=len(paras)))
    if publishers:
        out["issuer"] = ("、".join(publishers), _cite(kb, None, paras, publishers[-1], last=True))
    return out


def _dated(kb: KB, para: str) -> str:
    """A letter line's date as printed, the index block's 「成文日期：」 dropped."""
    text = str(kb.attrs(para).get("text") or "")
    return re.sub(r"^[^：:]{2,6}[：:]\s*", "", text)


def _cite(kb: KB, para: str | None, paras: list[str], printed: str = "", *, last: bool = False) -> Citation | None:
    """The citation of ``para``, else of the letter's line printing ``printed`` (the last such line with
    ``last``: the signature, not the title naming the issuer first), else of the letter's first line."""
    if para is None and printed:
        holding = [p for p in paras if printed in str(kb.attrs(p).get("text") or "")]
        para = (holding[-1] if last else holding[0]) if holding else None
    para = para or (paras[0] if paras else None)
    return kb.citation(para) if para is not None else None
