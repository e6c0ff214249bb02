"""「推进海绵型公园建设由哪些单位负责？」「X的牵头单位是谁」「X归哪个部门管」: the units a plan makes responsible for a task.

A 实施方案 or 行动计划 prints its units right after each task — 「3.推进海绵型公园建设。…（责任单位：区绿化市容局、
区规划资源局，各街镇）」, 「（牵头单位：区发展改革委；配合单位：区财政局）」, 「（区水务局牵头，区交通委配合）」 — or in a
任务分解表 whose columns name the roles (| 重点任务 | 牵头单位 | 责任单位 |). The
answer is that bracket's units, read in the paragraph whose task the question names (its title sentence first, then
its text), cited. A task the plan prints without units → ``found: false`` saying so; a task the plan does not print
→ ``None`` (the other answerers then try).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..values.tasklist import row_roles, task_rows, units_row
from ..values.tasktable import role_rows, task_tables
from ..trace import check
from .postholder import POST_ASKED

__all__ = ["RESPONSIBLE_ASKED", "PARTNERS", "UNIT_NAME", "answer_responsible", "asked_task", "plan_tasks", "responsible_units",
           "without_agent"]

_UNIT = r"(?:单位|部门|机构|科室|处室|处)"
#: A role as a plan prints it before units (责任单位, 牵头部门).
_ROLE = rf"(?:责任|牵头|配合|主责|负责|协同|参与|实施|主管|支撑|支持|协助|协办|推进){_UNIT}"
#: Asking who is responsible: 由哪些单位负责 / 牵头单位是谁 / 归哪个部门管 / 谁来牵头 / 责任部门有哪些.
RESPONSIBLE_ASKED = re.compile(
    rf"{_ROLE}"
    rf"|由?哪(?:个|些|几个|家)?{_UNIT}(?:来|具体|主要)?(?:负责|牵头|承担|落实|实施|主管|管|配合|支撑|协助|抓)"
    rf"|归哪(?:个|些|家)?{_UNIT}|谁(?:来|具体|主要)?(?:负责|牵头|主管|管|承担|落实|抓)|由谁"
    # 「对上海火车站开展专项监督检查的是哪个单位」: the unit doing the task said before it, asked after 的是
    rf"|的是哪(?:个|些|几个|家)?{_UNIT}(?=[？?]*$)")

#: The asking words around the task: what is left is the task as the question names it.
_ASK_WORDS = re.compile(
    rf"(?:请问|规划|方案|计划|里|中|的)?(?:由|归|是|具体|主要)?(?:哪(?:个|些|几个|家)?{_UNIT}|谁)"
    rf"(?:来|具体|主要)?(?:负责|牵头|承担|落实|实施|主管|管理?|配合|支撑|协助|抓)?(?:的)?(?:工作)?"
    rf"|(?:的)?{_ROLE}(?:是|有|都有|分别是|包括)?(?:哪(?:个|些|几个|家)?|谁|什么)?(?:单位|部门)?"
    r"|这(?:项|个|一)?(?:任务|工作|事)|(?:这项|该项)?(?:任务|工作)?(?:呢|吗|啊|呀)|[？?。！!，,\s]"
    # 「任务清单里“纳入考核体系”这项谁牵头」: the list it is in, the quotes and 这项 are no words of the task
    r"|(?:重点)?(?:任务)?清单(?:里|中|上)|(?:这|该)(?:项|个)(?=$|的|是|由|谁|哪)|[“”\"「」]")

#: A bracket or line naming units: （责任单位：A、B，各街镇）（牵头单位：A；配合单位：B） 责任部门：A.
_LABELLED = re.compile(rf"(?P<role>{_ROLE})[:：](?P<units>(?:(?![，,]\s*{_ROLE}[:：])[^）)；;。\n])+)")
#: 「（区水务局牵头，区交通委、各街镇配合）」: units followed by their role.
_ROLED = re.compile(r"[（(](?P<body>[^（()）]*?(?:牵头|负责)[^（()）]*)[）)]\s*$")
_ROLE_PART = re.compile(r"(?P<units>[^，,；;]+?)(?P<role>牵头|负责|配合|参与|协同|按职责分工负责)(?:[，,；;]|$)")
#: A unit's name ends like one (局/委/办/部/院/街镇 …): keeps a stray clause out of the list. A city's 方案 names the
#: districts it makes responsible by their names alone (杨浦区, 各区) and universities beside its offices (同济大学).
UNIT_NAME = re.compile(r"(?:局|委|委员会|办|办公室|部|院|厅|中心|公司|集团|政府|街镇|街道|镇|乡|所|会|队|站|处|署|馆|社|行|组|单位|部门"
                        r"|区|县|大学|学院)$")
#: 「涉及几个责任单位」「有多少家牵头单位」: the units counted, not only named.
_COUNT_ASKED = re.compile(rf"(?:几|多少)(?:个|家)?(?:{_ROLE}|{_UNIT})")


def asked_task(question: str) -> str:
    """The task a who-is-responsible ``question`` names, its asking words left out.

    >>> asked_task("全区应急避难场所由谁负责启用？")
    '全区应急避难场所启用'
    """
    return _ASK_WORDS.sub("", normalise_text(question)).strip("的")


def responsible_units(text: str) -> list[tuple[str, list[str]]]:
    """The units a paragraph names for its task, by role as printed.

    Parameters
    ----------
    text : str
        One paragraph (a task and its trailing bracket).

    Returns
    -------
    list of (str, list of str)
        ``(role, units)`` in reading order — role as printed (责任单位, 牵头单位, 配合单位, or 牵头/配合 for a
        「A牵头，B配合」 bracket); empty when the paragraph names none.
    """
    found = []
    for m in _LABELLED.finditer(text):
        units = _split_units(m["units"])
        if units:
            found.append((m["role"], units))
    if found:
        return found
    m = _ROLED.search(text.strip())
    if m:
        for part in _ROLE_PART.finditer(m["body"]):
            units = _split_units(part["units"])
            if units:
                found.append((part["role"], units))
    return found


def _split_units(run: str) -> list[str]:
    """「区绿化市容局、区规划资源局，各街镇」 → the names, each ending like a unit's; [] when one does not."""
    names = [n.strip(" 　等") for n in re.split(r"[、，,和及与/]", run) if n.strip(" 　等")]
    return names if names and all(UNIT_NAME.search(n) for n in names) else []


#: The roles beside a task's lead (支撑单位, 配合部门): a row may print its lead alone.
PARTNERS = ("支撑", "配合", "协同", "参与", "支持", "协助", "协办")
#: A lead asked beside the partner (「由哪个单位牵头，哪个单位支撑」): the row's lead answers that part.
_LEAD_ASKED = re.compile(r"牵头|负责|责任|主责|主管|推进单位")


def _partner_asked(q: str) -> str | None:
    """The partner role a question asks alone (支撑 of 「X的支撑单位有哪些」), ``None`` when it asks none or the lead too."""
    partner = next((w for w in PARTNERS if w in q), None)
    return partner if partner and not _LEAD_ASKED.search(q) else None


#: A task's own paragraph opens with its number: 「3.」「（二）」「①」.
_NUMBERED = re.compile(r"^(?:[（(]?[0-9一二三四五六七八九十]+[)）.、．]|[①-⑳])")


def _task_title(text: str) -> str:
    """The task's title: its first sentence without the number (「3.推进海绵型公园建设。」 → 推进海绵型公园建设)."""
    first = re.split(r"[。：:]", text, maxsplit=1)[0]
    return _NUMBERED.sub("", first).strip()


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _match(asked: str, title: str, text: str) -> float:
    """How well a task is the asked one: 2 its title holds the ask whole, 1.5 its text does, else the share of the
    ask's character pairs in the title (a reworded title: 海绵型公园建设 ~ 推进海绵型公园建设)."""
    if asked == title or (len(asked) >= 4 and asked in title):
        return 2.0
    if len(asked) >= 4 and asked in text:
        return 1.5
    wanted = _bigrams(asked)
    shared = wanted & _bigrams(title)
    # 加强资金保障 ~ 强化资金保障: most of the ask's pairs, and at least three of them (two words), in the title.
    return len(shared) / len(wanted) if len(shared) >= 3 else 0.0


#: A task table's role column (牵头单位, 责任部门) and its task column (重点任务, 工作内容).
_ROLE_HEAD = re.compile(_ROLE)
_TASK_HEAD = re.compile(r"任务|事项|工作|内容|名称|措施|项目")


def _row(texts: list[str], i: int) -> tuple[str, list[tuple[str, list[str]]]] | None:
    """A task table's row read as ``(task, [(role, units)])`` under the nearest header above it with a role column
    (cells joined by 「|」 as the reader keeps a table's line); None for a paragraph that is no such row."""
    cells = texts[i].split("|")
    if len(cells) < 2:
        return None
    for j in range(i - 1, -1, -1):
        head = texts[j].split("|")
        if len(head) < 2:
            return None  # the table ended above: no header names a role
        if len(head) == len(cells) and any(_ROLE_HEAD.search(h) for h in head):
            break
    else:
        return None
    roles = [(h, units) for h, c in zip(head, cells) if _ROLE_HEAD.search(h) and (units := _split_units(c))]
    task = next((c for h, c in zip(head, cells) if _TASK_HEAD.search(h) and not _ROLE_HEAD.search(h)), None)
    return (task, roles) if task and roles else None


#: A paragraph that is only a units bracket (「（责任单位：区建管委、区发展改革委）」), printed on the line after its task.
_BRACKET_ONLY = re.compile(rf"^[（(]\s*{_ROLE}[:：][^（()）]*[）)]$")


def _tasks(texts: list[str]) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """Each paragraph as ``(title, roles)``: a task table's row, else its first sentence and its units bracket — its
    own, or the bracket printed alone on the line after it (a 行动方案's 「（责任单位：…）」 line closing each task)."""
    tasks = [_row(texts, i) or (_task_title(t), responsible_units(t)) for i, t in enumerate(texts)]
    for i in range(len(texts) - 1):
        if not tasks[i][1] and not _BRACKET_ONLY.match(texts[i].strip()) and _BRACKET_ONLY.match(texts[i + 1].strip()):
            tasks[i] = (tasks[i][0], tasks[i + 1][1])
    return tasks


def plan_tasks(kb: KB, plan: str | None) -> tuple[list[str], list[str], list[tuple[str, list[tuple[str, list[str]]]]],
                                                 dict[str, list[str]], dict[str, str]]:
    """A plan's paragraphs read as tasks: ``(paras, texts, tasks, unit_cells, groups)`` — each paragraph's node and
    normalised text, its ``(title, [(role, units)])``, the unit cells a flattened 任务清单 row is cited with, and
    each such row's 主要方向 (its group)."""
    paras = [p for p in kb.paragraph_nodes if not plan or plan_of(p) == plan]
    texts = [kb.norm_text.get(p, "") for p in paras]
    tasks = _tasks(texts)
    _, columns, rows = task_rows(kb, plan)
    unit_cells: dict[str, list[str]] = {}
    groups = {row.para: normalise_text(row.group or "") for row in rows}
    for row in rows:
        # a flattened 任务清单's row: its units are the unit cells after its year cells (or its 主要方向's, merged)
        if row.para in paras and (roles := row_roles(rows, row, columns)):
            i = paras.index(row.para)
            tasks[i] = (tasks[i][0], roles)
            unit_cells[row.para] = units_row(rows, row).unit_paras
    index = {p: i for i, p in enumerate(paras)}
    for table in task_tables(kb, plan):
        # a 重点任务清单 one cell per paragraph: a row's units are its unit cell, under the table's role caption
        for trow in table.rows:
            for cell in (trow.para, *trow.more_paras):  # each item of a task cell printed over several paragraphs
                if trow.units and cell in index:
                    i = index[cell]
                    tasks[i] = (tasks[i][0], [(table.role, trow.units)])
                    unit_cells[cell] = [trow.unit_para]
    items: dict[str, list[tuple[str, list[str]]]] = {}
    names: dict[str, str] = {}
    for rrow in role_rows(kb, plan):
        # a 任务清单 with 牵头单位 and 配合单位 columns: a task cell's units by role; its item cell (「3.纳入考核体系」)
        # gets every role's units of its tasks, each unit once
        if not rrow.roles or rrow.para not in index:
            continue
        tasks[index[rrow.para]] = (tasks[index[rrow.para]][0], rrow.roles)
        unit_cells[rrow.para] = rrow.unit_paras
        if rrow.item_para in index:
            names[rrow.item_para] = rrow.item_name
            merged = items.setdefault(rrow.item_para, [])
            for role, units in rrow.roles:
                at = next((k for k, (r, _) in enumerate(merged) if r == role), None)
                if at is None:
                    merged.append((role, list(units)))
                else:
                    merged[at][1].extend(u for u in units if u not in merged[at][1])
            unit_cells.setdefault(rrow.item_para, []).extend(rrow.unit_paras)
    for para, roles in items.items():
        tasks[index[para]] = (names.get(para) or tasks[index[para]][0], roles)
    return paras, texts, tasks, unit_cells, groups


def answer_responsible(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """The units printed for the asked task, with the task's citation.

    Parameters
    ----------
    question : str
        Holds :data:`RESPONSIBLE_ASKED` and names a task by (a part of) its printed title.

    Returns
    -------
    Answer or None
        ``found: true`` with one item per role (责任单位/牵头单位/配合单位 …) whose detail is the units;
        ``found: false`` when the task is printed without units while the plan prints units for other tasks;
        ``None`` when nothing is asked, the plan prints no units at all, or no paragraph is the task.
    """
    q = normalise_text(question)
    if not RESPONSIBLE_ASKED.search(q) or POST_ASKED.search(q):
        return None  # (「…由谁当主任」 asks who holds a post, no task's units: qa.passages.postholder)
    asked = asked_task(q)
    if len(asked) < 3:
        return None
    paras, texts, tasks, unit_cells, groups = plan_tasks(kb, plan)
    if not any(roles for _, roles in tasks):
        return None
    # Equal matches: the paragraph printing units is the task (a 目标 sentence may name the same work).
    # a task list's row is matched with its 主要方向 too (「3、提升…沿线绿化」 restates the body's task title)
    said = [text + "|" + groups[paras[i]] if paras[i] in groups else text for i, text in enumerate(texts)]
    # a task titled by its heading (「（七）因地制宜推动热泵应用」 over its paragraph): the heading names it too
    said = [text + "|" + normalise_text(str(kb.G.nodes[p].get("section") or "")) for p, text in zip(paras, said)]
    scored = sorted(((-_match(asked, title, text), not roles, i) for i, (text, (title, roles)) in enumerate(zip(said, tasks))))
    best, i = -scored[0][0], scored[0][2]
    if best < 0.6:
        return None
    if not tasks[i][1] and (listed := [k for s, _, k in scored if paras[k] in unit_cells and -s >= 1.5]):
        # the body prints the task without units where the task list prints it with them: the list's row answers
        i = listed[0]
    para, text, (title, roles) = paras[i], texts[i], tasks[i]
    title = asked if best == 1.5 or len(title) > 30 else title  # a title that is a long sentence: the task as asked
    if not roles:
        if not _NUMBERED.match(text):
            return None  # the ask matched a sentence, not a task: the other answerers try
        return Answer(question, f"规划中有「{title}」这项任务，但没有写明它的责任单位。", False, [],
                      [kb.citation(para)], kind="list")
    citation = kb.citation(para)
    cells = [kb.citation(p) for p in unit_cells.get(para, [])]  # a task list's unit cells are cited beside its row
    if not responsible_units(text) and i + 1 < len(texts) and _BRACKET_ONLY.match(texts[i + 1].strip()):
        cells.append(kb.citation(paras[i + 1]))  # the units line printed after the task is cited beside it
    items = [Item(role, citation, detail="、".join(units)) for role, units in roles]
    said = "；".join(f"{role}：{'、'.join(units)}" for role, units in roles)
    if (partner := _partner_asked(q)) and not any(w in role for role, _ in roles for w in PARTNERS):
        # 「X的支撑单位有哪些」 of a row printing its lead only: the lead is no partner, and the row names none
        return Answer(question, f"「{title}」只写明了{said}，没有写{partner}单位。", False, [], [citation, *cells],
                      kind="list")
    if _COUNT_ASKED.search(q):
        # a unit printed under two roles (牵头 and 配合) is one unit
        said = f"共{len(dict.fromkeys(u for _, units in roles for u in units))}个单位。{said}"
    return Answer(question, f"{title}——{said}。", True, items, [citation, *cells], kind="list")


#: Words by which a passage names who does a thing: 由区政府组织, 区水务局牵头, 责任单位, 落实…主体责任.
_AGENT_SAID = re.compile(r"由[\u4e00-\u9fff]{2,16}?(?:负责|组织|牵头|承担|实施|主导|审议|建设|编制)|牵头|" + _ROLE + r"|主体责任")


@check("agent")
def without_agent(question: str, answer: Answer) -> Answer:
    """``answer``, or found:false when the question asks who is responsible (:data:`RESPONSIBLE_ASKED`) and the
    passages it quotes name nobody doing the thing (「区融媒体中心谁负责建设」 answered by 「建设好…区级融媒体中心」):
    a passage naming the task is no answer to who does it.

    >>> without_agent("区融媒体中心谁负责建设？", Answer("q", "规划中的相关表述：建设好区级融媒体中心。", True, kind="semantic")).found
    False
    >>> without_agent("中期评估谁来负责？", Answer("q", "规划中的相关表述：由区政府组织全面评估。", True, kind="semantic")).found
    True
    >>> without_agent("森林覆盖率的责任单位是谁？", Answer("q", "森林覆盖率2030年目标为≥20.1%。", True, kind="indicator")).found
    False
    """
    q = normalise_text(question)
    if not answer.found or answer.kind not in ("semantic", "how", "indicator") or not RESPONSIBLE_ASKED.search(q):
        return answer
    if answer.kind == "indicator":
        # 「指标表里X的责任单位是哪个部门」: an indicator row holds figures and its 属性, never a unit column
        return Answer(answer.question, "指标表没有列出责任单位，只列了指标的属性、单位和目标值。以下为该指标一行，仅供参考。",
                      False, citations=answer.citations, kind=answer.kind)
    if _AGENT_SAID.search(normalise_text(answer.answer)):
        return answer
    return Answer(answer.question, "规划没有写明这件事由哪个单位负责。以下段落提到它，仅供参考。", False,
                  citations=answer.citations, kind=answer.kind)
