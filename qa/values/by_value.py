"""「哪个项目规划用地370亩？」「投资22.8亿的是哪个项目？」: the works whose own figure is the value asked.

A reverse look-up over the figures of works (``pk:Quantity`` facts hung on projects, parks …),
the counterpart of :func:`qa.values.figures.answer_indicator_by_value` for the indicator table. The
value is read with the extractor's own unit parser, so 370亩, 9.4公里 and 22.8亿元 compare in
base units with what was extracted; a figure of another dimension (亩 against 平方米) never
matches. The kind word after 哪个 (路, 灌区, 风电场) narrows the owners when several hold the value.
"""
from __future__ import annotations

import math
import re

from kg.extract.units import parse_quantities

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of

__all__ = ["answer_work_by_value", "answer_heading_by_value"]

#: 「哪个项目」「哪条路」「是哪个」「有哪几条路」: the question asks which thing(s), the kind word after it.
#: (「哪条路道路宽度60m」: the kind said again in a longer word (路 → 道路) opens the figure asked.)
_WHICH = re.compile(r"哪(?:一|几)?(?:个|条|座|所|家|处|项|些|片)(?P<kind>[\u4e00-\u9fff]{0,4}?)"
                    r"(?=[要能将会的是规计投总占装建年有可长宽高灌用新\d]|$|[？?，,]|(?<![个条座所家处项些片])[\u4e00-\u9fff]?(?P=kind))")

#: Money written without its 元 (「投资22.8亿」): the question's money words make it yuan.
_MONEY_WORDS = re.compile(r"投资|资金|产值|收入|营收|利税|税收")

#: Kind words every work answers to (a 项目 may be a park, a road or a school).
_ANY_KIND = {"", "项目", "工程", "重大项目", "重点项目"}

#: Kinds the unit parser gives when no cue word names the measure (「能灌12.3万亩」 reads as a plain area):
#: they agree with any kind of their unit. Other kinds must be the same (a width is no length, an
#: output value no investment).
_PLAIN_KINDS = {"area", "count", "capacity", "power", "mass"}

#: Other words naming the same kind in a work's name: a 路 asked may be printed 大道 or 街.
_KIND_WORDS = {"路": ("路", "道", "街")}

#: Owners a work's figure may hang on.
_OWNERS = ("Project", "Park", "Organization", "Place", "Industry")


def _asked_values(question: str) -> list:
    """Figures with units printed in the question (years are no figures)."""
    text = re.sub(r"(?:19|20)\d\d年", "", question)
    text = re.sub(r"(\d(?:\.\d+)?)(亿|万)(?![元\u4e00-\u9fff]*[元吨亩人])", r"\1\2元", text) if _MONEY_WORDS.search(text) else text
    return parse_quantities(text, source="question")


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _kinds_agree(asked: str, printed: str) -> bool:
    return asked == printed or asked in _PLAIN_KINDS or printed in _PLAIN_KINDS


def _holds(fig: dict, asked) -> bool:
    """Whether an extracted figure is the value asked: same base unit and value, an agreeing kind."""
    return fig.get("unit") == asked.unit and isinstance(fig.get("value"), (int, float)) and \
        _same(fig["value"], asked.value) and _kinds_agree(asked.kind, str(fig.get("kind") or ""))


def answer_work_by_value(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The works whose extracted figure equals the one asked, each with its clause and citation.

    Parameters
    ----------
    question : str
        Holds 哪个/哪条/哪座… and one to three figures with units (370亩, 9.4公里, 22.8亿; 宽度60m、总长6.4km).

    Returns
    -------
    Answer or None
        ``found`` with the owners (named, typed, cited) when a work's figures hold every asked value in
        its asked unit; ``None`` when the question is no such look-up or no work holds the value
        (the indicator and prose answerers may still know it).
    """
    q = normalise_text(question)
    which = _WHICH.search(q)
    if not which or "指标" in q:
        return None
    values = _asked_values(q)
    if not values or len(values) > 3:
        return None
    owners: dict[str, list[dict]] = {}
    for type_ in _OWNERS:
        for node in kb.by_type.get(type_, []):
            if plan and plan_of(node) != plan:
                continue
            if any(normalise_text(v.raw) in normalise_text(kb.label(node)) for v in values):
                continue  # 「110千伏变电站是哪个」: the value is part of a name, no figure looked up
            # 「哪条路道路宽度60m、总长6.4km」: a work answers only when it holds every figure asked.
            held = [next((fig for fig in kb.quantities(node) if _holds(fig, v)), None) for v in values]
            if all(held):
                owners[node] = held
    if not owners:
        return None
    kind = which["kind"]
    if kind not in _ANY_KIND:
        named = {n: f for n, f in owners.items() if kind in kb.label(n) or any(k in kb.label(n) for k in _KIND_WORDS.get(kind[-1], kind[-1]))}
        if named:
            owners = named
        elif len(owners) > 1:
            return None  # several works hold the value and none is of the asked kind: no guess
    found = []
    for node, figs in owners.items():
        para = next((p for pid in figs[0].get("sources") or [] if (p := kb.paragraph(str(pid), plan=plan_of(node)))), None)
        found.append((node, figs[0], para))
    found.sort(key=lambda f: kb._reading_order(f[2]) if f[2] else ("~",))
    raws = {n: "、".join(str(f.get("raw") or "") for f in figs) for n, figs in owners.items()}
    items = [Item(kb.label(n), kb.citation(p) if p else None, entity=n, detail=raws[n]) for n, _, p in found]
    parts = [f"{kb.label(n)}（{raws[n]}）" for n, _, _ in found]
    text = f"{'、'.join(v.raw for v in values)}对应的是：" + "；".join(parts) + "。"
    return Answer(question, text, True, items, list(dict.fromkeys(i.citation for i in items if i.citation)), kind="fact")


#: A figure in a question: digits with their decimals (「2960.82万公顷」 is looked for as 2960.82).
_DIGITS = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
#: A heading's own enumerator (（三）, 三、, 第三节, 1.) before its title.
_NUMBERING = re.compile(r"^(?:第[0-9一二三四五六七八九十百]+[篇章节部分]\s*|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[)）]|\d+[、．.])")


def answer_heading_by_value(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「草原面积2960.82万公顷的是哪个区？」: the heading the value is printed under, when its title is of the kind asked
    (its title ends with the kind word: （三）东北华北湿润半湿润区 for 哪个区) — the section a region's, a zone's or a
    district's own figures are printed in. None when the value stands under no such heading, or under several.
    """
    which = _WHICH.search(question)
    figures = _DIGITS.findall(question)
    if which is None or not which.group("kind") or len(figures) != 1 or len(figures[0].replace(".", "")) < 2:
        return None
    kind, value = which.group("kind"), figures[0]
    printed = re.compile(rf"(?<![\d.]){re.escape(value)}(?![\d.])")
    found: dict[str, str] = {}
    for para in kb.paragraph_nodes:
        if (plan and plan_of(para) != plan) or not printed.search(kb.norm_text[para]):
            continue
        cite = kb.citation(para)
        for title in (cite.section, cite.chapter):
            name = _NUMBERING.sub("", normalise_text(title or ""))
            if len(name) > len(kind) and name.endswith(kind):
                found.setdefault(name, para)
                break
    if len(found) != 1:
        return None
    (name, para), = found.items()
    cite = kb.citation(para)
    sentence = next((s for s in re.split(r"(?<=[。；;])", kb.norm_text[para]) if printed.search(s)), kb.norm_text[para])
    return Answer(question, f"是{name}（原文：“{sentence[:90]}”）。", True, [Item(name, cite, detail=sentence)], [cite], kind="structure")  # a heading named, no figure given
