"""The one plan an unscoped question is about, when several plans are served: the plan all the names it prints are of.

Plans built together print their things at the same places and under near names (专栏2.1's first item, 何仙观水库 in
one plan, 岭何观水库 in another): a question naming a thing that only one plan prints is that plan's question, and is
answered inside that plan alone, so no answerer reads another plan's near-named item or box of the same number. What
names a plan:

- a thing's whole name (an entity's name or alias) that only that plan's things go by; a name several plans print
  (地区生产总值, 湘江) names none of them;
- an administrative place (one node shared by every plan) that is the region in that plan's title alone (滨河县 →
  《滨河县…纲要》);
- a quoted phrase (“幸福滨河”) that only that plan's headings print.

A question whose names are of two plans or more names no one plan: it is answered over every plan, and each of its
parts (「A和B的总库容分别是多少」) is scoped alone.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..index.kb import KB, normalise_text, plan_of
from .link import link_entities

__all__ = ["named_plans"]

#: A phrase quoted in a question: how a heading's title is asked by its words (“幸福滨河”).
_QUOTED = re.compile(r"[“\"「『《]([^”\"」』》]{2,40})[”\"」』》]")


def named_plans(kb: KB, question: str, titles: dict[str, str]) -> set[str]:
    """The served plans ``question`` names by the things, places and headings it prints (see the module).

    Parameters
    ----------
    kb : KB
        The served plans' indexes (every plan: a name is told apart by the plans that print it).
    question : str
        The question, normalised (:func:`qa.question.intent.normalise_question`).
    titles : dict
        Each served plan's id → its title.
    """
    plans_of: dict[str, set[str | None]] = defaultdict(set)
    for link in link_entities(kb.index, question, partial=False, limit=len(kb.entities)):
        own = plan_of(link.node)
        if own is None:
            # A place every plan shares is the plan's whose title names it as its region.
            label = normalise_text(kb.label(link.node))
            regions = [p for p, t in titles.items() if label and label in normalise_text(t)]
            own = regions[0] if len(regions) == 1 else None
        plans_of[link.mention].add(own)
    for phrase in _QUOTED.findall(question):
        norm = normalise_text(phrase)
        plans_of[phrase].update(plan_of(h.node) for h in kb.headings.rows if norm in h.norm_title)
    return {next(iter(plans)) for plans in plans_of.values() if len(plans) == 1 and None not in plans}
