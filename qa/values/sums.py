"""A sum of the figures of several named things (「A和B合计多少」「A、B加起来多少」).

Plans seldom print such a total; they print each thing's own figure, often in one clause (「循环经济、航空航天新材料
产业园产值分别达到50亿元以上」). That clause is no total — given as one it is a neighbour's figure passed off as the
sum. So a sum asked of enumerated things is answered as the parts are (:mod:`qa.values.parts`: each part asked and
verified alone) and the parts' figures are added, each addend said with its part; a total the plan prints itself
(「湘江、潇水治理69.5km」) still answers the question whole. A part the plan gives no figure for, a rate (shares and
percentages do not add) or figures in units that do not agree leave the sum unanswered, saying what the plan gives.
"""
from __future__ import annotations

import re
from typing import Callable

from kg.extract.units import parse_quantities

from ..answer import Answer, Item, with_item_citations
from .runmembers import whole_run_total
from ..index.kb import normalise_text
from .parts import Part, figure_parts
from .printedrun import SHIELD, restored, shielded
from .summed import joined_runs
from ..vocabulary import ASKS_FIGURE, JOINER_WORDS, SPOKEN_JOINER

__all__ = ["SUM_ASKED", "sum_parts", "answer_sum"]

#: Words asking the sum of the things a question names.
SUM_ASKED = re.compile(r"一共|总共|合计|共计|总计|加起来|合起来|加在一起|总和")
#: Words joining the things summed (「A和B」「A、B」).
#: A clause's head counting back the things the clause before names (「两条」「这两个」「二者」) before its sum word.
_BACK = re.compile(r"(?:这|那|上述|以上)?(?:[两二三四五六七八九十几](?:条|个|座|所|家|处|项)(?:路|道路|公路|项目|工程|园区|园子|园)?|两者|二者|三者)的?")
#: A year opening the clause that sums the things the clause before names (「A和B，2025年两个园子的产值…加起来」): it
#: dates every thing, and is read before them.
_YEAR_AFTER_THINGS = re.compile(r"^([^，,？?。]+?(?:和|与|及|、)[^，,？?。]+)[，,]((?:到|在)?(?:19|20)\d\d年(?:底|末)?的?)")
#: A count closing the clause that names the things, the sum asked in the clause after it (「A和B这两个产业，到2030年
#:规模加起来多少」): the things are counted back where they are named.
_BACK_AFTER = re.compile(r"(?:这|那|上述|以上)?(?:[两二三四五六七八九十](?:条|个|座|所|家|处|项|类|种|大)[\u4e00-\u9fff]{0,3}|两者|二者|三者)$")
#: How many things a question says it sums (「这两个产业」「二者」), read before its sum word.
_COUNTED = re.compile(r"([两二三四五六七八九十])(?:条|个|座|所|家|处|项|类|种|大)|([两二三])者")
_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
#: Joins of names (a weak one, 及/与/以及, may be inside a name: 机器人及高端装备).
_JOINS = re.compile(f"({JOINER_WORDS.pattern})")  # split keeping the joins
_WEAK = ("以及", "及", "与")
#: One more thing summed (「A、B加上C一共多少」), read as a join.
_PLUS = re.compile(r"再?加上|外加")
#: A clause's head that is only the measure summed (「装机一共多少」「总投资合计多少」): no things named, no join.
_MEASURE_HEAD = re.compile(r"(?:它们|他们|其)?的?[\u4e00-\u9fff]{1,6}")
#: A clause giving each of several things its own figure: no total of them.
# a quoted heading (“三、重点任务”) or a heading's own 、 (三、) joins no things
_NOT_JOINS = re.compile(r"[“\"「『][^”\"」』]*[”\"」』]|[一二三四五六七八九十]+、")
_EACH = re.compile(r"分别|各(?:为|达|自|是)|均(?:为|达)")
#: A figure as printed: its number, then its unit with any 万/亿 (「50亿元以上」 → 50, 亿元, 以上).
_PRINTED = re.compile(r"^(?:(?P<about>约|大约)|(?P<over>突破|超过|超|不少于|不低于))?(?P<num>\d+(?:\.\d+)?)(?P<unit>[^\d\s以上下左右约≥≤]{1,6}?)(?P<bound>以上|以下|左右)?$")


def sum_parts(question: str, named: Callable[[str], str | None],
              owner: Callable[[str], str | None] | None = None) -> list[Part] | None:
    """The parts of a question asking the sum of two or more named things, each asked alone; None otherwise.

    >>> none = lambda text: None
    >>> [p.text for p in sum_parts("生猪和肉牛年出栏合计多少？", none)]
    ['生猪年出栏多少', '肉牛年出栏多少']
    >>> sum_parts("生猪和肉牛年出栏分别多少？", none) is None, sum_parts("一共有多少个专栏？", none) is None
    (True, True)
    >>> [p.text for p in sum_parts("高压线路和低压线路加起来一共多少公里", none)]
    ['高压线路多少公里', '低压线路多少公里']
    >>> sum_parts("“三、重点任务”下面一共有多少条具体举措？", none) is None
    True
    >>> [p.text for p in sum_parts("甲园和乙园，2025年两个园子的产值目标加起来是多少？", none)]
    ['2025年甲园产值目标是多少', '2025年乙园产值目标是多少']
    >>> sum_parts("1995年财政支出是多少？八五期间五年合计多少？", none), sum_parts("完成了多少个项目，面积一共多少？", none)
    (None, None)
    """
    question = _PLUS.sub("和", question)  # 「A加上B一共多少」: B is one more thing summed
    if (dated := _YEAR_AFTER_THINGS.match(question)) and SUM_ASKED.search(question, dated.end()):
        question = f"{dated[2].rstrip('的')}{dated[1]}，{question[dated.end():]}"
    clauses = [c for c in re.split(r"[？?，,；;。]", question) if c]
    asking = [c for c in clauses if SUM_ASKED.search(c)]
    head = asking[0][: SUM_ASKED.search(asking[0]).start()] if len(asking) == 1 else None
    back = _BACK.match(head) if head else None
    at = clauses.index(asking[0]) if head is not None else 0
    named_before = at > 0 and SPOKEN_JOINER.search(_NOT_JOINS.sub("", clauses[at - 1])) and not ASKS_FIGURE.search(clauses[at - 1])
    counted_before = named_before and head and _BACK_AFTER.search(clauses[at - 1]) and not SPOKEN_JOINER.search(_NOT_JOINS.sub("", head))
    measure_only = bool(head) and not back and not counted_before and _MEASURE_HEAD.fullmatch(head)
    if named_before and (not head or back or measure_only or counted_before):
        # 「A和B，两条加起来一共多少公里」「A与B，二者总长合计多少」「A、B加上C，装机一共多少」: the things are named in the
        # clause before, counted back by the one asking or followed by the measure summed — or counted where they are
        # named, summed in the clause after (「A和B这两个产业，到2030年规模加起来多少」).
        # (a measure said after the things is all of theirs: 「A、B和C的装机」 ends the last thing at 的)
        joined = clauses[at - 1] + ("的" if measure_only and not head.startswith("的") else "") + asking[0][(back.end() if back else 0):]
        question = re.sub(re.escape(clauses[at - 1]) + r"[，,；;]" + re.escape(asking[0]), lambda _: joined, question, count=1)
        clauses, asking = [c for c in re.split(r"[？?，,；;。]", question) if c], [joined]
    # one figure asked, by a clause naming the things joined before its sum word (「A和B…合计」) — not a sum over a
    # period (「八五期间五年合计多少」) nor a total of the things an earlier part counts (「…多少个，面积一共多少」)
    if len(asking) != 1 or len(ASKS_FIGURE.findall(question)) != 1 \
            or not SPOKEN_JOINER.search(_NOT_JOINS.sub("", asking[0][: SUM_ASKED.search(asking[0]).start()])):
        return None
    # 「加起来一共」 is one sum word: a part keeping 一共 would ask its own thing's total
    summed = re.sub(f"(?:{SUM_ASKED.pattern})+", "分别", question, count=1)
    parts = figure_parts(summed, named, owner)
    count = _count_asked(asking[0][: SUM_ASKED.search(asking[0]).start()])
    if count and parts and len(parts) != count:
        parts = _counted_parts(summed, count, named, owner)
    return parts if parts and len(parts) >= 2 else None


def _count_asked(head: str) -> int | None:
    """How many things the words before a sum word count (「A及B和C这两个产业」: 2), or None when they count none — nor
    when a join follows the count (「A、B两个风电场和C」: the count is of the run before it, not of all things summed).

    >>> _count_asked("港口物流及航运服务和文化旅游这两个产业规模"), _count_asked("石门、云台两个风电场和青山电站的装机")
    (2, None)
    """
    m = _COUNTED.search(head)
    if not m or _JOINS.search(head[m.end():]):
        return None
    return _DIGITS[m.group(1) or m.group(2)]


def _counted_parts(question: str, count: int, named: Callable[[str], str | None],
                   owner: Callable[[str], str | None] | None) -> list[Part] | None:
    """The parts of ``question`` once a name holding a weak join (机器人及高端装备) is read as one thing, when that
    gives as many parts as the question counts; None otherwise — a sum of things cut otherwise than the question
    counts them would add one thing's figure twice.

    >>> [p.label for p in _counted_parts("港口物流及航运服务和文化旅游这两个产业规模分别多少", 2, lambda t: None, None)]
    ['港口物流及航运服务规模', '文化旅游规模']
    """
    if SHIELD in question:
        return None
    for run in _weak_runs(question):
        parts = figure_parts(shielded(question, run), named, owner)
        if parts and len(parts) == count:
            return [Part(restored(p.text, run), restored(p.label, run)) for p in parts]
    return None


def _weak_runs(question: str) -> list[str]:
    """The two names around each weak join of ``question`` (「港口物流及航运服务与文化旅游这两个…」: 港口物流及航运服务,
    航运服务与文化旅游), a last one ending where the count begins.

    >>> _weak_runs("港口物流及航运服务与文化旅游这两个产业规模合计多少")
    ['港口物流及航运服务', '航运服务与文化旅游']
    """
    tokens = _JOINS.split(question)
    runs = []
    for k in range(1, len(tokens) - 1, 2):
        left = re.search(r"[\u4e00-\u9fff]{2,10}$", tokens[k - 1])
        right = tokens[k + 1] if k + 2 < len(tokens) else tokens[k + 1][: m.start()] if (m := _COUNTED.search(tokens[k + 1])) else ""
        right = re.sub(r"[这那上述以]+$", "", right)
        if tokens[k] in _WEAK and left and 2 <= len(right) <= 10 and re.fullmatch(r"[\u4e00-\u9fff]+", right):
            runs.append(left.group(0) + tokens[k] + right)
    return runs


def _total_of(clause: str, parts: list[Part]) -> bool:
    """Whether ``clause`` prints one figure for two or more of the parts together: it names them (each by its label's
    first two characters) and gives no figure to each (分别) — one thing's clause (光荣院…约10000平方米) is no total.

    >>> ps = [Part("湘江要治理多少", "湘江"), Part("潇水要治理多少", "潇水")]
    >>> _total_of("湘江、潇水治理69.5km", ps), _total_of("湘江、潇水分别治理30km", ps), _total_of("湘江治理30km", ps)
    (True, False, False)
    >>> _total_of("高端新材料产业规模达2200亿元", [Part("", "高端装备"), Part("", "高端新材料")])
    False
    """
    # each part named at a place of its own: two parts opening alike (高端装备, 高端新材料) name one thing there
    return not _EACH.search(clause) and len({clause.find(p.label[:2]) for p in parts if p.label[:2] in clause}) >= 2


def _printed(label: str) -> tuple[float, str, str] | None:
    """(number, unit as printed, bound) of a figure label such as 「50亿元以上」 (约 read as the bound 左右, 突破/超过 as
    以上), or None."""
    m = _PRINTED.match(label.strip())
    if not m or (m.group("over") and m.group("bound") and m.group("bound") != "以上"):
        return None
    return (float(m.group("num")), m.group("unit"),
            m.group("bound") or ("左右" if m.group("about") else "以上" if m.group("over") else ""))


def _number(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


def added(labels: list[str]) -> str | None:
    """The sum of figures printed in one unit, a bound kept when every addend has it; None when they do not add.

    >>> added(["50亿元以上", "50亿元以上"]), added(["90万头", "2.8万头以上"]), added(["300亩", "370亩"])
    ('100亿元以上', '92.8万头以上', '670亩')
    >>> added(["40470平方米", "约10000平方米"]), added(["800亿元", "突破300亿元"])
    ('50470平方米左右', '1100亿元以上')
    >>> added(["50亿元", "6万元"]) is None, added(["66%", "5%"]) is None, added(["50亿元以上", "3亿元以下"]) is None
    (True, True, True)
    """
    read = [_printed(label) for label in labels]
    if any(r is None for r in read) or len({r[1] for r in read}) != 1:
        return None
    bounds = {r[2] for r in read} - {""}
    if len(bounds) > 1 or bounds == {"以下"} or any(q.kind == "percent" for label in labels for q in parse_quantities(label, source="")):
        return None  # a share or rate is each thing's own; caps do not add to a cap asked
    # floors add to a floor (50亿元 + 50亿元以上 is 100亿元以上), as approximations to one
    return _number(sum(r[0] for r in read)) + read[0][1] + (bounds.pop() if bounds else "")


def answer_sum(ask: Callable[[str], Answer], question: str, asked: str, parts: list[Part]) -> Answer | None:
    """The sum of the parts' figures, each addend verified alone; None when the plan prints the total itself.

    ``ask`` answers one question; ``question`` is the question as read, ``asked`` as written.
    """
    whole = ask(question)
    if whole.found and whole.items and all(_total_of(i.detail or i.label, parts) for i in whole.items):
        return None  # a total as printed (「湘江、潇水治理69.5km」): the question answered whole
    answers = [ask(p.text) for p in parts]
    joined_parts, joined = joined_runs(parts, answers, Part, partial_found=False)
    if len(joined) == 1:
        joined[0].question = asked
        return joined[0]  # 「湘江和潇水一共治理多少」: the run's total as printed (「湘江、潇水治理69.5km」)
    if not all(a.found for a in answers) and (run := _run_total(question, whole.citations + [c for a in answers for c in a.citations])):
        return run  # 「四个水厂（A、B、C、D）供水规模加起来」 of one figure printed for the four: that figure, said so
    labels = [a.items[0].label if a.found and a.items else "" for a in answers]
    said = "，".join(f"{p.label}{label}" if label else f"{p.label}未给出" for p, label in zip(parts, labels))
    cites = [c for a in answers for c in a.citations]
    shared = _shared_figure(answers, parts)
    total = added(labels) if all(labels) and not shared else None
    if total is None:
        why = f"{parts[shared[0]].label}和{parts[shared[1]].label}给出的是同一处的同一个数字" if shared \
            else "各项数值不能相加" if all(labels) else "不是每一项都有数值"
        text = f"规划未给出所问的合计数（{why}）：{said}。"
        return Answer(asked, text, False, [], cites, kind="fact")
    items = [i for a in answers for i in a.items[:1]]
    text = f"合计{total}（{' + '.join(f'{p.label}{label}' for p, label in zip(parts, labels))}，按规划所列各项相加）。"
    return with_item_citations(Answer(asked, text, True, items, cites, kind="fact"))


def _run_total(question: str, cites: list) -> Answer | None:
    """The answer giving a run's one printed figure as the total ``question`` asks of all its members (none of whom has
    a figure of its own to add), said to be the run's together (:func:`qa.checks.joint.whole_run_total`); else None."""
    q = normalise_text(question)
    for cite in cites:
        for sentence in re.findall(r"[^。；;！？]+", normalise_text(cite.text or "")):
            if total := whole_run_total(q, sentence):
                run, value = total
                text = f"规划对{run}只给出一个合计数值：{value}（未分列各项，无需相加；原文：“{sentence}”）。"
                return Answer(question, text, True, [Item(value, cite, detail=sentence)], [cite], kind="fact")
    return None


def _shared_figure(answers: list[Answer], parts: list[Part] | None = None) -> tuple[int, int] | None:
    """Two addends answered by one figure of one passage (「机器人及高端装备产业规模达1100亿元」 read for 机器人 and for
    高端装备): one thing the question cut in two, never two figures to add — their indexes, or None. A figure printed
    for each (「A、B产业园产值分别达到30亿元以上」) is each one's own, and so is one printed again beside each part's name
    (「创建省级孵化器1个，省级研发平台1个，省级众创空间1个」: the same 1个 at three places).

    >>> from qa.answer import Citation, Item
    >>> c = Citation("p1", "创建省级孵化器1个，省级研发平台1个，省级众创空间1个。")
    >>> a = [Answer("q", "1个", True, [Item("1个", c)], [c]) for _ in range(2)]
    >>> _shared_figure(a, [Part("", "省级孵化器"), Part("", "省级众创空间")]) is None
    True
    >>> c2 = Citation("p2", "机器人及高端装备产业规模达1100亿元。")
    >>> b = [Answer("q", "1100亿元", True, [Item("1100亿元", c2)], [c2]) for _ in range(2)]
    >>> _shared_figure(b, [Part("", "机器人"), Part("", "高端装备")])
    (0, 1)
    """
    seen: dict[tuple[str, str], int] = {}
    for k, a in enumerate(answers):
        if not (a.found and a.items):
            continue
        item = a.items[0]
        text = (item.citation.text if item.citation else "") or ""
        if _EACH.search(item.detail or text):
            continue
        if parts and _own_printings(answers, parts):
            return None
        key = (item.label, item.citation.id if item.citation else (a.citations[0].id if a.citations else ""))
        if key in seen:
            return seen[key], k
        seen[key] = k
    return None


def _own_printings(answers: list[Answer], parts: list[Part]) -> bool:
    """Whether every answered part's figure is printed right after its own name, each at a place of its own."""
    places = []
    for a, p in zip(answers, parts):
        if a.found and a.items and (cite := a.items[0].citation):
            at = _printed_after(cite.text or "", p.label, a.items[0].label)
            if at is None:
                return False
            places.append((cite.id, at))
    return len(places) == len(set(places))


def _printed_after(text: str, name: str, figure: str) -> int | None:
    """Where ``figure`` is printed right after ``name`` in ``text`` (at most 8 characters between, no clause break),
    or None: 「省级孵化器1个」 holds 孵化器's own 1个."""
    for m in re.finditer(re.escape(name), text):
        tail = text[m.end(): m.end() + 8 + len(figure)]
        cut = re.split(r"[，,。；;、]", tail, maxsplit=1)[0]
        if (i := cut.find(figure)) >= 0:
            return m.end() + i
    return None
