"""An entity's figures as a briefing states them: each the entity's own or labelled as the part it is, one per fact.

The graph attaches to an entity every figure read beside its name, so 「计划总投资约22.8亿元，其中仓储物流部分投资
不低于10亿元」 gives the park two 投资 quantities, and a project printed in two boxes (「计划总投资22.8亿元」,
「计划总投资约22.8亿元」) gives the same one twice. A briefing is read as the plan's word on the entity, so:

* a figure the QA's own whole-or-part check (:func:`qa.checks.ownership.whole_or_part`) finds to be a 其中
  part's is kept labelled with that part (其中仓储物流部分投资), never as the entity's total; a part whose
  name cannot be read is left out (a wrong figure is worse than none);
* the same value printed with and without a hedge (约, 左右) is one fact, cited to every paragraph printing it,
  said hedged when any of them hedges.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from qa.checks.ownership import whole_or_part
from qa.index.kb import KB, normalise_text, plan_of

from .terms import zh_term

__all__ = ["KeyFact", "key_facts"]

_YEAR = re.compile(r"(20\d\d)年")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
#: Hedges that leave a figure the same fact: 约370亩 and 370亩 are one 用地面积.
_HEDGE = re.compile(r"^(?:约|大约|近)|(?:左右)$")
#: Words a part's printed name ends with that only link it to the value (其中仓储物流部分投资为…).
_LINK = re.compile(r"(?:计划|预计)?(?:为|是|约|达到|达|共)+$")
#: Words of a part's name that say what is measured, not which part (一期工程投资 and 一期投资 are one part).
_MEASURE = re.compile(r"投资|资金|工程|部分|面积|用地|规模|总")


@dataclass(frozen=True)
class KeyFact:
    """One figure of an entity: ``kind`` (投资), ``value`` as printed, ``part`` (the 其中 part's printed name, None for
    the entity's own), the ``year`` its sentence names and the paragraph ids printing it."""

    kind: str
    value: str
    part: str | None
    year: str | None
    pids: tuple[str, ...]

    @property
    def label(self) -> str:
        """The row heading: the attribute, or the part it is (其中仓储物流部分投资)."""
        if self.part is None:
            return self.kind
        return f"其中{self.part}" if self.kind in self.part else f"其中{self.part}（{self.kind}）"


def _sentence(text: str, at: int) -> tuple[str, int]:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    end = _SENTENCE_END.search(text, at)
    return text[start : end.start() if end else len(text)], start


def part_of(sentence: str, v: int, kind: str) -> tuple[bool, str | None]:
    """Whether the figure at ``v`` is a 其中 part's, and the part's printed name: (False, None) for the whole's,
    (True, name) for a part's, (True, None) for a part whose name cannot be read.

    >>> s = "计划总投资约22.8亿元，其中仓储物流部分投资不低于10亿元"
    >>> part_of(s, s.find("不低于10亿元"), "投资"), part_of(s, s.find("约22.8"), "投资")
    ((True, '仓储物流部分投资'), (False, None))
    >>> s = "总投资6亿元，其中：一期工程投资为2.5亿元"
    >>> part_of(s, s.find("2.5"), "投资")
    (True, '一期工程投资')
    """
    # The asked question names only the attribute: the entity's name may share words with the part's (冷链物流园 and
    # 其中冷链仓储部分), which would make the part read as asked by name.
    if whole_or_part(f"{kind}是多少", sentence, v) is None:
        return False, None
    k = sentence.rfind("其中", 0, v)
    name = _LINK.sub("", sentence[k + 2 : v].lstrip("：:")) if k >= 0 else ""
    return True, (name if re.fullmatch(r"[\u4e00-\u9fff（）()]{2,16}", name) else None)


def _same_part(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    ca, cb = _MEASURE.sub("", a), _MEASURE.sub("", b)
    return bool(ca and cb) and (ca in cb or cb in ca)


def key_facts(kb: KB, node: str) -> list[KeyFact]:
    """The entity's figures, each once, in the order first printed; parts follow their attribute's own figures."""
    facts: list[KeyFact] = []
    for q in kb.quantities(node):
        raw, kind = str(q.get("raw") or q.get("label") or ""), zh_term(str(q.get("kind") or ""))
        pids = [str(p) for p in q.get("sources") or []]
        paras = [p for pid in pids if (p := kb.paragraph(pid, plan=plan_of(q["node"])))] or kb.source_paragraphs(node)
        text = next((t for p in paras if raw in (t := normalise_text(str(kb.attrs(p).get("text") or "")))), "")
        if not raw or not text:
            continue
        sentence, _ = _sentence(text, text.find(raw))
        is_part, part = part_of(sentence, sentence.find(raw), kind)
        if is_part and part is None:
            continue  # a part's figure whose part cannot be named: not the entity's, and unlabelled it would read so
        year = (m.group(1) if (m := _YEAR.search(sentence)) else None)
        fact = KeyFact(kind, raw, part, year, tuple(pids))
        same = next((i for i, f in enumerate(facts) if f.kind == kind and _same_part(f.part, part)
                     and _HEDGE.sub("", f.value) == _HEDGE.sub("", raw) and (f.year == year or None in (f.year, year))), None)
        if same is None:
            facts.append(fact)
            continue
        old = facts[same]
        value = old.value if _HEDGE.search(old.value) else raw  # said hedged when any printing hedges
        facts[same] = KeyFact(kind, value, old.part, old.year or year, tuple(dict.fromkeys(old.pids + fact.pids)))
    kinds = list(dict.fromkeys(f.kind for f in facts))
    return sorted(facts, key=lambda f: (kinds.index(f.kind), f.part is not None))
