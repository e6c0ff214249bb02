"""「X工作专班的组长、副组长分别由谁担任」: the holders of a working body's roles, as its founding sentence prints them.

A plan setting up a 领导小组, 工作专班 or 指挥部 prints who holds each of its roles in one sentence — 「区级专班组长为
分管副区长，副组长为区建设管理委负责人」, 「领导小组由区长任组长」. The answer is each asked role's holder from the one
paragraph that names the body asked and prints every role asked; a role it does not print is no answer (None: the
other answerers try, and a passage naming no holder is refused by the agent check).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of

__all__ = ["ROLE_ASKED", "answer_team_roles", "role_holders"]

#: A working body's roles, longest first (常务副组长 before 副组长 before 组长).
_ROLES = ("常务副组长", "副组长", "组长", "常务副主任", "副主任", "主任", "副总指挥", "总指挥", "副指挥长", "指挥长",
          "总召集人", "召集人", "副召集人", "秘书长")
_ROLE = "|".join(_ROLES)
#: Asking who holds a role: 组长由谁担任, 组长是谁, 谁任副组长.
ROLE_ASKED = re.compile(rf"(?:{_ROLE}).{{0,8}}?(?:谁|哪位|什么人|哪个领导)|(?:谁|哪位)(?:来)?(?:担任|任|当)(?:{_ROLE})")
#: A working body the question names by its kind.
_BODY = re.compile(r"专班|领导小组|工作小组|小组|指挥部|委员会|联席会议|工作组")
_HOLDER_END = r"(?=[，,；;。、]|$)"


def _asked_roles(q: str) -> list[str]:
    """The roles ``q`` names, in its order (副组长 never read as 组长)."""
    return [m.group(0) for m in re.finditer(_ROLE, q)]


def role_holders(text: str, roles: list[str]) -> dict[str, str]:
    """Who ``text`` says holds each of ``roles`` (「组长为分管副区长」「由区长任组长」); roles it does not print are left out.

    >>> role_holders("区级专班组长为分管副区长，副组长为区建设管理委负责人，成员为各部门。", ["组长", "副组长"])
    {'组长': '分管副区长', '副组长': '区建设管理委负责人'}
    >>> role_holders("领导小组由县长任组长，分管副县长任副组长。", ["组长", "副组长"])
    {'组长': '县长', '副组长': '分管副县长'}
    """
    found = {}
    for role in roles:
        own = rf"(?<!副)(?<!常务)(?<!总){role}"  # 副组长 is no 组长, 常务副组长 no 副组长, 总召集人 no 召集人
        m = re.search(rf"{own}(?:为|由|是)(?P<who>[^，,；;。、]{{2,20}}?)(?:担任|兼任)?{_HOLDER_END}", text) \
            or re.search(rf"(?:由|[，,]|^)(?P<who>[^，,；;。、由]{{2,20}}?)(?:担任|兼任|任){own}{_HOLDER_END}", text)
        if m:
            found[role] = m["who"]
    return found


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def answer_team_roles(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """Each asked role's holder from the one paragraph naming the body asked and printing every role asked, or None.

    Returns
    -------
    Answer or None
        ``found`` with one item per role (its holder as detail, the paragraph cited); None when no role is asked or
        no paragraph prints all of them for that body (two paragraphs equally near giving different holders: None).
    """
    q = normalise_text(question)
    if not ROLE_ASKED.search(q) or not (roles := list(dict.fromkeys(_asked_roles(q)))):
        return None
    body = _BODY.search(q)
    named = _bigrams(re.sub(rf"{_ROLE}|分别|由谁|谁|担任|是|的|[？?、，,]", "", q))
    best: list[tuple[int, str, dict[str, str]]] = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text[para]
        if body and body.group(0) not in text:
            continue
        held = role_holders(text, roles)
        if len(held) == len(roles):
            best.append((len(named & _bigrams(text)), para, held))
    if not best:
        return None
    best.sort(key=lambda b: -b[0])
    if len(best) > 1 and best[1][0] == best[0][0] and best[1][2] != best[0][2]:
        return None  # two bodies equally near the question with other holders: not one answer
    _, para, held = best[0]
    cite = kb.citation(para)
    items = [Item(role, cite, detail=who) for role, who in held.items()]
    said = "，".join(f"{role}为{who}" for role, who in held.items())
    return Answer(question, f"{said}。", True, items, [cite], kind="list")
