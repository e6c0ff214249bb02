"""「区交通委牵头的任务有哪些」「区经委负责哪些任务」「哪些任务由九亭镇牵头」: the rows of a 任务清单 a unit is named in.

The reverse of :mod:`qa.passages.responsible`: a 实施计划 prints its units after each task (「12.实施38个区管桥梁桥下空间
整治。（牵头单位：区交通委）」) or in a 任务分解表's role columns; the answer is every task whose units hold the asked unit
under the asked role (牵头 → the lead, 支撑/配合 → the partners, 负责 → any), each labelled by the task's own title and
cited. A unit the plan names for no task, in a plan that prints units → ``found: false``; a plan printing no units, or
a question naming no unit → ``None`` (the other answerers try).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text
from .responsible import PARTNERS, UNIT_NAME, plan_tasks

__all__ = ["LED_BY_ASKED", "answer_led_by"]

_ROLE_VERB = r"(?:牵头|负责|主责|支撑|配合|协同|参与)"
#: A unit then its role then the tasks asked (区交通委牵头的任务有哪些 / 区经委负责哪些任务 / 九亭镇牵头了几项工作),
#: or the tasks then 由 the unit (哪些任务由九亭镇牵头).
LED_BY_ASKED = re.compile(
    rf"^(?:请问)?(?P<unit>[^，,。？?]{{2,16}}?)(?:是|要|来|具体)?{_ROLE_VERB}(?:了|的)?(?:哪些|哪几项|几项|多少项)?(?:的)?"
    rf"(?:重点)?(?:任务|工作|事项|项目)"
    rf"|(?:哪些|哪几项|几项|多少项)(?:重点)?(?:任务|工作|事项|项目)由(?P<unit2>[^，,。？?]{{2,16}}?){_ROLE_VERB}")
#: What the question asks of those tasks: which, or how many.
_WHICH = re.compile(r"哪些|哪几|几项|多少项|有什么")
_COUNT = re.compile(r"几项|多少项|几个|多少个")
_LEAD_ROLE = re.compile(r"牵头|责任|主责|负责|推进")


def _role_fits(asked: str, role: str) -> bool:
    """Whether a printed role (牵头单位, 支撑单位, 配合) is the one the question's verb names."""
    if asked in ("负责", "参与"):
        return True  # 负责/参与 ask any unit the task is given to, its lead as well as its partners
    if asked in PARTNERS:
        return any(w in role for w in PARTNERS)
    return bool(_LEAD_ROLE.search(role))


def answer_led_by(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The tasks whose units hold the asked unit under the asked role, cited (see the module docstring)."""
    q = normalise_text(question)
    m = LED_BY_ASKED.search(q)
    if m is None or not _WHICH.search(q):
        return None
    unit = (m["unit"] or m["unit2"]).removeprefix("由")
    if not UNIT_NAME.search(unit):
        return None
    verb = re.search(_ROLE_VERB, q[m.start():]).group(0)
    paras, _, tasks, unit_cells, _ = plan_tasks(kb, plan)
    if not any(roles for _, roles in tasks):
        return None
    hits = [(para, title) for para, (title, roles) in zip(paras, tasks)
            if any(unit in units and _role_fits(verb, role) for role, units in roles)]
    if not hits:
        return Answer(question, f"规划没有写明由{unit}{verb}的任务。", False, [], [], kind="list")
    items = [Item(title, kb.citation(para)) for para, title in hits]
    cites = [kb.citation(p) for para, _ in hits for p in [para, *unit_cells.get(para, [])]]
    said = "；".join(title for _, title in hits)
    lead = f"由{unit}{verb}的任务共{len(hits)}项" if _COUNT.search(q) or len(hits) > 1 else f"由{unit}{verb}的任务"
    return Answer(question, f"{lead}：{said}。", True, items, cites, kind="list")
