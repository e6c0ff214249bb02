"""A figure printed on a line of its own after its label: a rate list set one row a line (「空调拆装费：450元/套；」).

A plan lists fees, rates or standards a row a line, each its label, a colon and its figure (六、家用设施迁移费 /
「电话移装费：250元/门；」「空调拆装费：450元/套；」) — a two-column table printed as lines. 「空调拆装费是多少」 asks the
row whose label is the question's subject, whole: the line answers, cited. Only a question that is the label and an
asking tail (是多少, 怎么算, 标准是多少) is answered; any other word asked is left to the answerers that read clauses.
"""
from __future__ import annotations

import re

from ..answer import Answer
from ..index.kb import KB, normalise_text, plan_of
from ..index.perkb import per_kb

__all__ = ["answer_labelled_line", "LABEL_ASKED"]

_LINE = re.compile(r"^(?P<label>[\u4e00-\u9fff（）()、]{2,16}?)[：:](?P<value>[^。；;：:]*\d[^。；;：:]*?)[；;。]?$")
#: What follows the label in a question asking its figure.
LABEL_ASKED = re.compile(r"^(?:的)?(?:收费)?(?:标准|费用|金额|价格)?(?:是|为)?(?:多少|几)(?:钱|元)?(?:呢)?$"
                         r"|^(?:的)?(?:标准)?(?:怎么|如何)(?:算|计算|收|收费|定)(?:的)?$")


@per_kb
def _lines(kb: KB) -> dict[tuple[str | None, str], list[str]]:
    by_label: dict[tuple[str | None, str], list[str]] = {}
    for p in kb.paragraph_nodes:
        text = normalise_text(kb.norm_text.get(p, ""))
        if len(text) <= 40 and (m := _LINE.match(text)):
            by_label.setdefault((plan_of(p), m.group("label")), []).append(p)
    return by_label


def answer_labelled_line(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The one line labelled with the question's subject, when the question asks its figure; else ``None``.

    The label must be the question's whole subject (「空调拆装费」 of 「空调拆装费是多少」) and printed on one line only.
    """
    q = normalise_text(question).rstrip("？?。!！")
    lines = _lines(kb)
    for k in range(len(q) - 1, 1, -1):
        if not LABEL_ASKED.match(q[k:]):
            continue
        found = [p for (pl, label), ps in lines.items() if label == q[:k] and (not plan or pl == plan) for p in ps]
        if len(found) > 1:
            return None  # the label printed on two lines: which one is asked is not said
        if not found:
            continue  # 「空调拆装费是」 is no label; 「空调拆装费」 may be
        text = str(kb.attrs(found[0]).get("text") or kb.norm_text.get(found[0], "")).strip().rstrip("；;。")
        return Answer(question, f"{text}。", True, [], [kb.citation(found[0])], kind="fact")
    return None
