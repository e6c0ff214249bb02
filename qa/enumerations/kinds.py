"""The kind of thing a list question asks for, and whether a name the plan prints is one.

A list question names the kind it wants after its slot (「要建哪几个风电场」「专栏2里有哪些道路工程」). The
plan names such things with the kind as their head: a box item titled 「梁山岐风电场，…」, a road
「湘江东路零陵段。…」 (the kind 道路, printed as …路 with a section after it), a run whose members share one
head printed once at its end (「新建黄江源、石坝仔、猫儿岩、何仙观水厂」 — four 水厂). The genre's tails
(…工程, …建设项目, …延伸段, （二期）) say what is done to a thing or which part of it, not what it is:
the head is read without them.
"""
from __future__ import annotations

import re

__all__ = ["KIND_HEADS", "KIND_SYNONYMS", "asked_kind", "head_of", "of_kind", "kind_and_predicate", "last_verb_words", "named_in_title",
           "shared_head_run"]

#: Other words plans use for an asked kind (the question may say 高速铁路 where the plan says 高铁): the field,
#: for sentences that name no single thing of it.
KIND_SYNONYMS: dict[str, tuple[str, ...]] = {
    "高速铁路": ("高铁",), "高铁": ("高速铁路", "客运专线"), "地铁": ("城市轨道交通", "轨道交通"),
    "轻轨": ("轨道交通",), "高速公路": ("高速",), "机场": ("航空港",), "港口": ("码头",),
    "园区": ("产业园", "工业园"), "产业园": ("园区", "工业园"), "风电": ("风力发电",),
}

#: Heads a name of the kind may end with besides the kind itself: 风电 is short for 风力发电, and a power plant
#: is printed …场 or …站 alike (大唐风力发电站 is a 风电场); a road is …路, …大道 or a 路网.
KIND_HEADS: dict[str, tuple[str, ...]] = {
    "风电场": ("风力发电场", "风力发电站", "风电站"),
    "风电站": ("风力发电站", "风力发电场", "风电场"),
    "光伏电站": ("光伏发电站",),
    "水电站": ("水力发电站",),
    "道路": ("路", "大道", "路网"),
}

#: What a list question says around the kind it asks (有哪些…, 哪几个…, …项目/工程 when a kind precedes them).
_ASKED = re.compile(r"哪(?:些|几[个座条家所处项]?|[两二三四五六七八九十]+[个座条家所处项张])([\u4e00-\u9fff]{2,10})[？?。]?$")
#: Tails that name what is done to a kind or its rank (道路工程, 水利项目): the kind is read without them.
_DONE_TAIL = re.compile(r"(?:重点)?(?:建设|改造|提质改造|续建|新建|扩建|治理|综合治理)?(?:工程项目|建设项目|项目|工程)$")
#: A name's tails that are no part of what it is: brackets (（二期）（含隧道）), what is done (…建设工程), which
#: stretch (零陵段, 延伸段, 二期).
_BRACKET_TAIL = re.compile(r"(?:[(（][^()（）]*[)）])+$")
_SECTION_TAIL = re.compile(r"(?:[\u4e00-\u9fff]{2}段|延伸段|[一二三四五六七八九十]期)$")
#: Words before a run's first member that are its verb, not its name (新建黄江源、…).
_LEAD_VERB = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}?(?:开工建设|新建|兴建|修建|续建|扩建|筹建|建设|建成|推进|实施|打造))")
#: A count and the words before the shared head of a run (「…、猫儿岩四个农村饮水水厂」): no part of the last name.
_COUNT_BEFORE_HEAD = re.compile(r"[0-9一二三四五六七八九十两]+[个座所家处条]([\u4e00-\u9fff]{0,6})$")
#: Longest bare member of a run that shares its head (a name, not a clause).
_BARE_MEMBER = 6


def asked_kind(question: str) -> str | None:
    """The kind a list question asks for, without the genre's 项目/工程 tails when a kind precedes them.

    >>> asked_kind("专栏26.4里有哪些道路工程？"), asked_kind("规划里要建哪几个风电场？"), asked_kind("有哪些重点工程？")
    ('道路', '风电场', None)
    >>> asked_kind("每个月要编制的是哪两个报告？")
    '报告'

    """
    m = _ASKED.search(question)
    if not m:
        return None
    kind = _DONE_TAIL.sub("", m.group(1))
    return kind if len(kind) >= 2 and not re.fullmatch(r"重点|重大|主要|其他|具体|相关", kind) else None


def head_of(name: str) -> str:
    """A name without the tails that say what is done to it or which stretch of it: what it is.

    >>> [head_of(n) for n in ("湘江东路零陵段", "日升东路延伸段工程", "大唐风力发电站（二期）", "永州大道（零陵段）地下管网工程")]
    ['湘江东路', '日升东路', '大唐风力发电站', '永州大道（零陵段）地下管网']
    """
    prev = None
    while prev != name:
        prev = name
        name = _SECTION_TAIL.sub("", _DONE_TAIL.sub("", _BRACKET_TAIL.sub("", name)))
    return name


def of_kind(name: str, kind: str) -> bool:
    """Whether ``name`` (a box item's title, a run's member) is a thing of ``kind``: its head ends with the kind or
    one of the genre's other heads for it, after a word of its own (湘江东路 is a 道路; 道路 alone names none).
    A run printed as one item (「朝阳大道延伸段、…、潇水西路隧道工程」) is of the kind when one of its members is.

    >>> of_kind("湘江东路零陵段", "道路"), of_kind("县城2号停车场", "道路"), of_kind("大唐风力发电站（二期）", "风电场")
    (True, False, True)
    """
    heads = (kind, *KIND_HEADS.get(kind, ()))
    for member in name.split("、"):
        head = head_of(member.strip())
        if any(head.endswith(h) and len(head) > max(len(h), len(kind)) for h in heads):
            return True
    return False


def shared_head_run(clause: str, kind: str) -> list[str]:
    """The names of a run whose members share the head ``kind`` printed once after the last one, each with it.

    >>> shared_head_run("新建黄江源、石坝仔、猫儿岩、何仙观水厂", "水厂")
    ['黄江源水厂', '石坝仔水厂', '猫儿岩水厂', '何仙观水厂']
    >>> shared_head_run("兴建何仙观、黄江源、石坝仔、猫儿岩四个农村饮水水厂", "水厂")
    ['何仙观水厂', '黄江源水厂', '石坝仔水厂', '猫儿岩水厂']
    >>> shared_head_run("推进城区供水管网改造、何仙观水厂", "水厂"), shared_head_run("拓展无人机、物联网、机器人等应用场景", "应用场景")
    ([], [])
    """
    parts = clause.split("、")
    if len(parts) < 2 or not parts[-1].endswith(kind) or "等" in parts[-1]:
        # (A run 等 closes — 「无人机、物联网、机器人等应用场景」 — is read as such by its caller.)
        return []
    first = _LEAD_VERB.sub("", parts[0])
    last = parts[-1][: -len(kind)]
    counted = _COUNT_BEFORE_HEAD.search(last)
    last = last[: counted.start()] if counted else last
    members = [first, *parts[1:-1], last]
    # Every member a bare name (2–6 characters, none naming the kind itself): a clause in the run lists other things.
    if any(not 2 <= len(m) <= _BARE_MEMBER or kind in m for m in members):
        return []
    return [m + kind for m in members]


def kind_and_predicate(phrase: str) -> tuple[str, str] | None:
    """What follows a list question's slot read as a kind and what is done to it (「产品下乡」 → 产品, 下乡;
    「作物强化保险保障」 → 作物, 强化保险保障), or None when it is all a kind (高速铁路, 计划和行动, 消费新业态新模式新场景).

    The predicate starts at the first verb after a noun (jieba's part-of-speech tag ``v``).

    >>> kind_and_predicate("产品下乡"), kind_and_predicate("作物强化保险保障"), kind_and_predicate("高速铁路")
    (('产品', '下乡'), ('作物', '强化保险保障'), None)
    """
    words = _tagged(phrase)
    at = next((i for i, (w, flag) in enumerate(words) if flag == "v" and any(f.startswith("n") for _, f in words[:i])), None)
    if at is None:
        return None
    cut = sum(len(w) for w, _ in words[:at])
    return phrase[:cut], phrase[cut:]


def last_verb_words(phrase: str) -> int:
    """How many characters end ``phrase`` from its last verb on (保障 of 作物强化保险保障: 2), 0 when it has none:
    the least of it a run must be printed with to be what the question says is done.

    >>> last_verb_words("作物强化保险保障"), last_verb_words("设施除险加固"), last_verb_words("高速铁路")
    (2, 2, 0)
    """
    words = _tagged(phrase)
    ends = [sum(len(w) for w, _ in words[i:]) for i, (_, flag) in enumerate(words) if flag == "v"]
    return ends[-1] if ends else 0


def _tagged(phrase: str) -> list[tuple[str, str]]:
    import jieba.posseg

    return [(w.word, w.flag) for w in jieba.posseg.cut(phrase, HMM=False)]


#: The verbs (and their adverbs) a heading's title opens with before the thing it is about (巩固提高烟革产业,
#: 加快发展生物资源开发创新产业, 着力培育电力产业).
_TITLE_VERBS = re.compile(r"^(?:(?:大力|着力|积极|加快|加速|全面|进一步|继续|重点|努力|切实|持续)?"
                          r"(?:巩固|提高|提升|发展|壮大|培育|培植|建设|打造|推进|推动|做大|做强|做优|改造|振兴|扶持|支持|完善|加强|优化))+")


def named_in_title(title: str) -> str:
    """The thing a heading's title is about: the title without the verbs it opens with.

    >>> named_in_title("巩固提高烟革产业"), named_in_title("加快发展生物资源开发创新产业"), named_in_title("发展壮大矿产业")
    ('烟革产业', '生物资源开发创新产业', '矿产业')
    """
    return _TITLE_VERBS.sub("", title)
