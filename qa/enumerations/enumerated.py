"""Members a sentence enumerates in the slot a list question leaves open.

Plans name many lists inside one sentence, after a verb and before a noun or 等:
「开工建设富家桥、邮亭圩、河西、珠山四个客运站场」, 「推动量子科技、生物制造、…、第六代移动通信等
成为新的经济增长点」. A question asking for them restates the sentence around the list and puts
哪些/哪几个 where the members stand (「要开工建设哪几个客运站场」). :func:`answer_enumerated` finds the
sentence that restates the question best, reads the 、-separated run in it, and answers with the
members, each cited to its paragraph, in the order the plan gives them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..question.frame import PERIOD_TEXT
from ..answer import Answer, Item
from ..passages.extractive import content_bigrams
from ..question.intent import Intent, parse_cn_number, quoted_phrase
from ..index.kb import KB, normalise_text, plan_of
from .kinds import kind_and_predicate, last_verb_words
from .leadin import count_asked, count_asked_note, single_best
from ..question.link import Link
from ..question.ngrams import bigrams
from ..checks.scope import names_kind, near_name
from ..checks.places import asked_places, lead_places, names_place

__all__ = ["GENERIC_BIGRAMS", "Enumeration", "enumerations_in", "enumerations", "list_slot", "answer_enumerated"]

#: Where a list question puts the members it asks for: 哪些, 哪几个, 哪四个, 哪几项.
_SLOT = re.compile(r"哪(?:些|几[个项条种类座所家处大件段]?|[0-9一二三四五六七八九十两]+[个项条种类座所家处大件段])")
#: A clause of a normalised sentence (NFKC turns ，；： into , ; :).
_CLAUSE = re.compile(r"[^,;:。!?]+")
#: Verbs a run of members follows (开工建设A、B…, 积极申报A、B…): the first member starts after the last of them.
_VERB = re.compile(r"(?:开工建设|采取|采用|建设好|修建好|建好|办好|抓好|修建|兴建|筹建|组建|新建|续建|扩建|改造|建设|建成|进行|申报|推动|推进|发展|培育|实施|打造|引进|支持|布局|谋划|强化|"
                   r"提升|完善|保护|修复|开发|鼓励|加强|形成|构建|突破|包括|涵盖|涉及|聚焦|围绕|争创|创建|重点|做强|壮大|具有|具备|拥有|"
                   r"瞄准|依托|拓展|深化|优化|加快|积极|大力|着力|全力|力争|争取|探索)")
#: A word that opens a run right after it (「即A、B、C」「包括A、B」): the first member starts after it.
_OPENS = re.compile(r"^(?:即|包括|分别是|分别为)")
#: A coverb before the first member (「力争将望子岗遗址、…申报为…」「主要对石期河、…进行…」): no part of its name.
_COVERB = re.compile(r"^(?:主要|重点)?(?:将|把|对|对于|向|使|与|同|以|按照|依照|依据)")
#: The word before the classes a thing is sorted into (按照A、B等N大类), anywhere in the run's clause.
_SORTED_BY = re.compile(r"按照|依照")
#: An action printed after a member's name (「杨梓塘小学异地新建」): not part of the name.
_ACTION_TAIL = re.compile(r"(?:异地)?(?:新建|改扩建|扩建|改建|迁建|续建|提质改造)$")
#: A verb inside a clause that starts a second run (「对A、B、C进行D、E、F」): the clause is read as two.
_SECOND_RUN = re.compile(r"(?=进行|开展)")
#: A run spelled out in brackets right after what it names (「十二字经验(焊、补、喷)」).
_BRACKET_RUN = re.compile(r"(?<=[\u4e00-\u9fff])[(（]([^()（）]*、[^()（）]*)[)）]")
#: What ends the last member: 等, a count (四个), or the verb the sentence goes on with (成为, 入列).
_LAST_END = re.compile(r"等|[0-9一二三四五六七八九十两]+[个项条种类座所家处大]|(?:成为|入列|进入|列入|纳入|作为|列为|建成|为重点|为核心|为中心|为龙头|为主|构成|组成)")
_LONGEST_MEMBER = 20
#: The last member of a run that is its clause's subject, then what the members became or were made (成为, 入选, 获评 …).
_BECAME = re.compile(r"^[^、]{2,20}?(?:等[0-9一二三四五六七八九十两]*[个项家处座所]?)?(?:成为|入选|获评|荣获|被评为|被列为|被认定为|被命名为)")
#: A count before a kind (八大, 十来个): a member 「八大煤炭基地」 names the kind counted, not one of its members.
_COUNTED_KIND = r"[0-9一二三四五六七八九十两几来]+[大个座条所家处项类]?"
#: A count printed before a kind (四大 of 四大历史文化风貌区): no word of the kind itself.
_COUNTED_KIND_HEAD = re.compile("^" + _COUNTED_KIND)
#: The count a run prints of itself right after its last member (「…以及人民广场等4处历史文化风貌区」).
_TAIL_COUNT = re.compile(r"等?([0-9一二三四五六七八九十两]{1,2})[大个座条所家处项类种]")
_ETC = "等"
#: 「等沿海港口的」: the first run's kind, then what of it a second run lists.
_ETC_OF = re.compile(_ETC + r"[\u4e00-\u9fff]{1,8}?的")
#: A count closing a run (四个, 两座): it makes two names a list.
_COUNT = re.compile(r"[0-9一二三四五六七八九十两]")
#: Bigrams of the words every list question uses (重点项目, 主要任务, 建设工程): they pick no sentence.
GENERIC_BIGRAMS = _GENERIC = frozenset({"重点", "点项", "项目", "主要", "要项", "建设", "设项", "工程", "点工", "任务", "要任", "目标", "发展", "内容"})
#: Things whose members the graph holds (supports, belongsTo): asked about by name, the graph answers.
_GROUPS = ("Park", "Industry", "Strategy")
#: Longest first part read as a member when no verb precedes it.
_BARE_HEAD = 6
#: Words no member's name holds: the sentence's own framing (以下, 必须), not a name.
#: A run's first 、-part that is an adverb of manner, not a member (因地制宜、分类采取…): a short word with no verb.
_ADVERBIAL = re.compile(r"因地制宜|统筹|分类|分步|分批|分期|有序|稳步|逐步")
#: A verb of adopting ways or measures that opens a run right after it (采取A、B…等模式).
_TAKES = re.compile(r"(?:采取|采用|推行|实行)(?=[\u4e00-\u9fff“\"])")
#: Two quoted names joined as a run's last part (「“管网+村污水处理站”和“单户或联户净化槽处理”」).
_QUOTED_PAIR = re.compile(r"[“\"]([^”\"]{2,20})[”\"](?:和|及|与|或)[“\"]([^”\"]{2,20})[”\"]")
_NOT_MEMBER = re.compile(r"以下|如下|必须|应当|要求|的|于一体|^以|^[(（]")
#: Longest first sentence read as a paragraph's title (a box item's 「城乡客运一体化站场建设。」).
_TITLE_CHARS = 25


#: A plan named by its period (二五计划, “十四五”规划, 第二个五年计划): what a list is of, not which list.
_PERIOD_PLAN = re.compile(rf"{PERIOD_TEXT}(?:计划|规划|时期|期间)?|第[一二三四五六七八九十]{{1,3}}个五年(?:计划|规划)?")
#: The verb a list question asks its slot with (有, 是, 包括, 具备): no part of what the list is of.
_SLOT_VERB = re.compile(r"(?:都|共|一共|主要|具体)?(?:具有|拥有|有|是|包括|包含|具备|需要|要|分为|分成)$")


#: A question asking the sorts of a thing (有哪几种, 分哪几类, 有哪些类型).
_SORTS = re.compile(r"哪(?:几|些)(?:种|类|个类型|类型|种类型)")
#: Subjects of this many bigrams or more must be half in the run's context, not one shared word.
_PLACED_ABOVE = 4
#: Nouns an asker calls any listed things by (项目, 事项), which the plan's run need not print.
_ASKERS_KINDS = ("项目", "事项", "内容", "地方", "地点")  # 地方: the asker's word for where, any place the plan names
#: 「以哪几个地方为核心布局」: after the coverb 以, the asker's kind, then the role the run is given (为核心, 为重点) and the
#: asker's verb (布局), which the plan may print otherwise (「以张江、临港、嘉定为核心打造…」).
_ROLE = re.compile(r"(?P<kind>[\u4e00-\u9fff]{0,4}?)(?P<role>为(?:核心|重点|中心|龙头|主体|主|依托|载体|支撑|引领|突破口))")


def _asked_of(before: str) -> str:
    """What a list question with no kind after its slot asks the members of: its last phrase before the slot.

    >>> _asked_of("|的基本任务有")
    '基本任务'
    """
    return re.split(r"[的|,，、]", _SLOT_VERB.sub("", before.rstrip("，,")))[-1]


@dataclass(frozen=True)
class Enumeration:
    """A 、-separated run of members in one clause of a paragraph.

    ``para`` the paragraph node, ``sentence`` the normalised sentence holding the clause,
    ``clause`` the clause, ``members`` the names in the plan's order, ``lead`` the clause before
    it in the sentence (「实施工业强基工程」 before 「重点突破…等“四基”瓶颈」).
    """

    para: str
    sentence: str
    clause: str
    members: tuple[str, ...]
    lead: str = ""


def _after_place(en: Enumeration, places: list[str]) -> Enumeration:
    """``en`` with an asked place that leads its first member cut off: 「提升福田区行政、文化、金融商务和国际交往功能，罗湖区…」
    lists 福田区's 行政、文化…, and 福田区 is whose they are, no part of a member (nor a member naming the subject)."""
    for p in places:
        first = en.members[0] if en.members else ""
        if first.startswith(p) and len(first) > len(p) + 1:
            return replace(en, members=(first[len(p):],) + en.members[1:])
    return en


def list_slot(question: str) -> tuple[str, str] | None:
    """(words before, words after) the 哪些/哪几个 slot of a list question, or None.

    Examples
    --------
    >>> list_slot("城乡客运一体化要开工建设哪几个客运站场？")
    ('城乡客运一体化要开工建设', '客运站场')
    >>> list_slot("规划的主要目标是什么？") is None
    True
    """
    m = _SLOT.search(question)
    if not m:
        return None
    # A kind quoted (哪几个“区”) is that kind as the plan prints it, quotes no part of it.
    return question[: m.start()], re.sub(r"[“”\"「」]|[？?。！!呢啊]+$", "", question[m.end():])


def _members(clause: str, before: str, kind: str = "", pred: int = 0) -> tuple[str, ...]:
    """The members of the 、-run in ``clause``; ``before`` (the question's words before its slot) marks where it starts,
    ``kind`` (the words after it) lets a pair closed by 等 and the kind asked (「迁建昆明、合肥等机场」) be a list.

    With ``pred`` (the length of what the question says is done to them, the end of ``kind``: 下乡 of 产品下乡) the
    run's last member printed with it (「…、环保建材下乡」) is cut of it, and a pair so printed is the slot's members
    (「强化病险山塘、小型病险水闸除险加固」 for 「对哪些设施除险加固」).
    """
    parts = clause.split("、")
    if len(parts) >= 3 and _ADVERBIAL.fullmatch(parts[0]) and _TAKES.search(parts[1]):
        # 「因地制宜、分类采取A、B和C等多种模式」: the adverbs paired before the verb are no member; the run starts after it.
        parts = parts[1:]
    if len(parts) < 2:
        return ()
    said = _said_after(parts[-1], kind, pred)
    if said:
        parts[-1] = parts[-1][: -len(said)]
    head = parts[0]
    start = 0
    opens = _OPENS.match(head)
    # The question's own verb (开工建设) restated right before the first member, else the last listing verb.
    for k in range(0 if opens else min(len(before), 8), 1, -1):
        at = head.rfind(before[-k:])
        if at >= 0:
            start = at + k
            break
    else:
        verbs = list(_VERB.finditer(head))
        if opens:
            start = opens.end()
        elif verbs:
            start = verbs[-1].end()
        elif _COVERB.match(head):
            # 「将永州八记遗址、张浚故居…申报为…」「以周家大院、香零山…为重点」: the run starts after the coverb.
            start = _COVERB.match(head).end()
        elif by := list(_SORTED_BY.finditer(head)):
            # 「沿江港口按照枢纽港、支线港…等四大类分级建设」: the classes start after 按照.
            start = by[-1].end()
        elif (places := lead_places(head)) and len(head) - places[-1][2] >= 2:
            # 「…，西岭区科技创新、教育、医疗和体育功能」: a district leading a verbless run is whose its members are.
            start = places[-1][2]
        elif len(head) > _BARE_HEAD and not _BECAME.match(parts[-1]):
            # No verb to start after (「必须牢牢把握以下指导思想、原则…」): where the first member begins is unknown —
            # unless the clause goes on with what the members became (「普陀桃浦智创城、宝山新顾城、浦东前滩成为…」): such
            # a run is the clause's subject and opens it, whatever the first name's length.
            return ()
    first = head[start:]
    tail = parts[-1]
    end = _LAST_END.search(tail, 1)
    last = tail[: end.start()] if end else tail
    first = first[_COVERB.match(first).end():] if _COVERB.match(first) and len(first) - _COVERB.match(first).end() >= 2 else first
    # 以及 joins the last member to the run (「外滩、衡复、老城厢以及人民广场等4处」): two members, as 、 parts them;
    # so does 和/及 between two names ending as the run's first does (「家庭养老、社区养老和机构养老」).
    joined = last.split("以及") if last.count("以及") == 1 and all(len(p) >= 2 for p in last.split("以及")) else [last]
    # (or as the kinds the question joins do: 「…计划和乡村振兴青春建功行动」 for 哪些计划和行动).
    ends = {first[-2:], *(k[-2:] for k in re.split(r"和|及|与", kind) if len(k) >= 2)} if len(first) >= 3 else set()
    if len(joined) == 1 and len(halves := re.split(r"和|及|与", last)) == 2 and all(len(h) >= 3 and h[-2:] in ends for h in halves):
        joined = halves
    elif len(joined) == 1 and (quoted := _QUOTED_PAIR.fullmatch(last)):
        joined = [quoted.group(1), quoted.group(2)]  # 「“A”和“B”」: the quotes close each name, so 和 joins two
    members = tuple(_named(m.strip("“”\"'") or m) for m in [first, *parts[1:-1], *joined])
    if any(not 2 <= len(m) <= _LONGEST_MEMBER or _NOT_MEMBER.search(m) for m in members):
        return ()
    # Two names are a pair (「A、B」 runs through every clause, 「把造林、护林任务列入…」); a list has three, counts them
    # (两个), or closes with 等 and the very kind asked (「在钢铁、建材等行业开展」 for 在哪些行业开展).
    etc_kind = bool(end and end.group(0) == _ETC and kind[:2] and kind[:2] in tail[end.end():])
    if len(members) < 3 and not (end and _COUNT.match(end.group(0))) and not etc_kind and not said:
        return ()
    return members


def _said_after(last: str, kind: str, pred: int) -> str:
    """What the question says is done to the members (the last ``pred`` characters of ``kind`` at least) as the run's
    last part ends with it: the longest end the two share (除险加固 of 设施除险加固 and 小型病险水闸除险加固), else ''.

    >>> _said_after("小型病险水闸除险加固", "设施除险加固", 2), _said_after("环保建材下乡", "产品下乡", 2)
    ('除险加固', '下乡')
    """
    if not pred:
        return ""
    k = 0
    while k < min(len(last), len(kind)) and last[-1 - k] == kind[-1 - k]:
        k += 1
    return last[-k:] if k >= max(pred, 2) and k < len(last) - 1 else ""


def _named(member: str) -> str:
    """A member without the action printed after its name (「杨梓塘小学异地新建」 → 杨梓塘小学)."""
    cut = _ACTION_TAIL.sub("", member)
    return cut if len(cut) >= 2 else member


def enumerations_in(sentence: str, before: str = "", kind: str = "", pred: int = 0) -> list[tuple[str, tuple[str, ...]]]:
    """(clause, members) of every 、-run of two or more members in one normalised sentence.

    >>> enumerations_in("修建何仙观、周家大院、淡岩等景点")
    [('修建何仙观、周家大院、淡岩等景点', ('何仙观', '周家大院', '淡岩'))]
    >>> enumerations_in("大力推广大庆十二字经验(焊、补、喷、镀)")[0][1]
    ('焊', '补', '喷', '镀')
    >>> enumerations_in("主要对石期河、黄花河、桴江进行岸坡整治、建筑物整治、生态整治")[0][1]
    ('石期河', '黄花河', '桴江')
    >>> enumerations_in("建设大连、天津、湛江及防城等沿海港口的煤炭、进口油气运输系统")[0][1]
    ('大连', '天津', '湛江及防城')
    >>> enumerations_in("新建学校4所,即杨梓塘小学异地新建、阳明芙蓉学校、虎子岭小学")[0][1]
    ('杨梓塘小学', '阳明芙蓉学校', '虎子岭小学')
    >>> enumerations_in("将永州八记遗址、张浚故居、建威将军墓等申报为省级文物保护单位")[0][1]
    ('永州八记遗址', '张浚故居', '建威将军墓')
    >>> enumerations_in("以周家大院、香零山、大仙观等美丽乡村为重点")[0][1]
    ('周家大院', '香零山', '大仙观')
    """
    clauses = [run for clause in _CLAUSE.findall(sentence) for part in _SECOND_RUN.split(clause) if part
               for run in _runs_of(part)]
    return [(clause, members) for clause in clauses if (members := _bracketed(clause) or _members(clause, before, kind, pred))]


#: One group of a clause naming several, each spelled out in brackets after its name: 「3个千亿产业集群(A、B、C)」.
_BRACKET_GROUP = re.compile(r"[^、()（）]+[(（][^()（）]*、[^()（）]*[)）]")


def _runs_of(clause: str) -> list[str]:
    """A clause holding two runs joined by 「等X的」 (「建设大连、…、防城等沿海港口的煤炭、进口油气…运输系统」) read as two;
    one naming several groups each with its members in brackets (「3个千亿产业集群(A、B)、3个百亿产业集群(C、D)」) read
    as one run a group, each named by the words before its own bracket."""
    groups = _BRACKET_GROUP.findall(clause)
    if len(groups) >= 2:
        return groups
    m = _ETC_OF.search(clause)
    if m and "、" in clause[: m.start()] and "、" in clause[m.end():]:
        return [clause[: m.end() - 1], clause[m.end():]]
    return [clause]


def _bracketed(clause: str) -> tuple[str, ...]:
    """The members a clause spells out in brackets after a name (「大庆十二字经验(焊、补、喷、…)」), one character each at least."""
    m = _BRACKET_RUN.search(clause)
    if not m:
        return ()
    members = tuple(x.strip() for x in m.group(1).split("、"))
    if len(members) < 3 or any(not 1 <= len(x) <= _LONGEST_MEMBER or _NOT_MEMBER.search(x) for x in members):
        return ()
    return members


def enumerations(kb: KB, before: str, *, plan: str | None = None, kind: str = "", within: set[str] | None = None,
                 pred: int = 0):
    """Every 、-run of two or more members in the served plans' paragraphs (or only those ``within``), in reading order."""
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan or kb.attrs(para).get("kind") in ("indicator", "title") or \
                within is not None and para not in within:
            continue
        text = kb.norm_text[para]
        if "、" not in text:
            continue
        for sentence in re.findall(r"[^。;]+", text):
            for clause, members in enumerations_in(sentence, before, kind, pred):
                lead = sentence[: sentence.find(clause)].rstrip(",:")
                yield Enumeration(para, sentence, clause, members, lead.rsplit(",", 1)[-1])


def _near_kind(kind: str, clause: str) -> bool:
    """Whether ``clause`` prints the kind asked (or its first words: 国内标准化组织 of 国内标准化组织合作) only with a
    character or two replaced (国际标准化组织): another kind (qa.checks.scope.near_name).

    >>> _near_kind("国内标准化组织合作", "加强与ISO、IEC等国际标准化组织的合作")
    True
    >>> _near_kind("国际标准化组织合作", "加强与ISO、IEC等国际标准化组织的合作")
    False
    """
    for k in range(len(kind), 3, -1):
        if kind[:k] in clause:
            return False
        if near_name(kind[:k], clause):
            return True
    return False


def _without(clause: str, members: list[str]) -> str:
    """``clause`` with its members cut out (what it says around them)."""
    for m in members:
        clause = clause.replace(m, "|")
    return clause


def _sentence_before(text: str, sentence: str) -> str:
    """The sentence of ``text`` right before ``sentence`` ('' when it is the first)."""
    at = text.find(sentence)
    return text[:at].rstrip("。!?").rsplit("。", 1)[-1] if at > 0 else ""


def _cover(key: set[str], text: str) -> float:
    return len(key & bigrams(text)) / len(key) if key else 0.0


def _names_another_item(kb: KB, para: str, title: str, question: str) -> bool:
    """Whether ``question`` names another item of the box ``para`` is an item of, and not ``para``'s own title.

    A box's items are works printed alike (「A段。道路宽度60m，…建设内容包括…」 beside 「B段。道路宽度60m，…」): a
    question about B sharing words with A's title is still about B, and A's run is a neighbour's.
    """
    parent = kb.parent(para)
    if not parent or not title or len(title) > _TITLE_CHARS or title in question:
        return False
    titles = (re.split(r"[。:]", kb.norm_text.get(p, ""), maxsplit=1)[0] for p in kb.children(parent) if p != para)
    return any(4 <= len(t) <= _TITLE_CHARS and t in question for t in titles)


#: The kind a run's tail names after its last member (「…、违规充电等典型违法行为进行查处」: 典型违法行为).
_TAIL_KIND = re.compile(r"^等(?:[0-9一二三四五六七八九十两]+大?(?P<counter>[个项类种处家所座条]))?(?P<kind>[\u4e00-\u9fff]{2,10})")


def _other_kind(kind_asked: str, tail: str, titles: str) -> bool:
    """Whether a run is of another kind than the one asked: its tail names a kind (等典型违法行为) without the asked
    kind's words (住宅小区 shares none with 典型违法行为), and no heading or title above says the run is of the kind asked.

    >>> _other_kind("住宅小区", "等典型违法行为进行查处", "二、重点执法事项"), _other_kind("违法行为", "等典型违法行为", "")
    (True, False)
    >>> _other_kind("重点执法事项", "等典型违法行为进行查处", "二、重点执法事项"), _other_kind("住宅小区", "进行查处", "")
    (False, False)
    >>> _other_kind("区里四个传统村落集中区分别", "等4处传统村落集中区", "")
    False

    A run counted in classes (「等四大类分级建设」) names no kind after them: the words there are its action.

    >>> _other_kind("沿江港口按照", "等四大类分级建设", "")
    False
    """
    m = _TAIL_KIND.match(tail)
    return bool(m) and m["counter"] not in ("类", "种") and len(kind_asked) >= 2 and not (bigrams(kind_asked) & bigrams(m["kind"])) and kind_asked not in titles


def answer_enumerated(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None,
                      threshold: float = 0.5, within: set[str] | None = None, where: str = "") -> Answer | None:
    """「城乡客运一体化要开工建设哪几个客运站场？」: the members of the run the question restates, in order, cited.

    The run's clause, the clause before it and the titles above (a box item's own title, the
    heading) must hold at least ``threshold`` of the question's content bigrams and half of the
    words after the slot (客运站场: the kind asked is the run's own); what the question names
    before the slot (珠山镇) must be there and not be most of a member's name. The clause right
    after the run counts as its context too (「依托A、B等重点区域，统筹推进数字基础设施建设」).
    ``within`` limits the runs to those paragraphs (a box's items), ``where`` names them in the answer. The question must say more than the
    genre's list words (重点项目), no named park or industry may have graph members to answer
    with, and one run must fit best; else nothing is answered here.
    """
    slot = list_slot(question)
    asked = normalise_text(question)
    made_of = bool(slot and re.match(r"个?部分(?:构成|组成)", slot[1]))
    if made_of:
        # 「数联网由哪几部分构成」 asks for the members of 「由A、B、C构成」, not for headings.
        slot = slot[0], ""
    elif not slot or intent.number or re.match(r"(?:篇|章|节|部分|专栏)|方面$", slot[1]):
        # 「第三十八章…有哪几节」「分哪几个方面」 ask for headings or a box's parts, not a sentence's run.
        return None
    before, after = slot
    # 「以哪几个地方为核心布局」: the run printed with that role (…为核心), whatever verb follows it; the kind is the asker's.
    role = _ROLE.match(after) if before.endswith("以") else None
    if role:
        after = role.group("kind")
    # 「二五计划的基本任务有哪几条」: the period the plan is for (二五计划, 第二个五年计划) picks no sentence.
    before = _PERIOD_PLAN.sub("|", before)
    if any(l.type in _GROUPS and l.score >= 0.9 and not after.startswith(l.mention) for l in links):
        # 「哪些项目支持新材料百亿园区」: a named park, industry or strategy has its members in the graph
        # (unless it is the kind asked for: 「哪些新兴产业」).
        return None
    key = content_bigrams(before + "|" + after)
    after_key = content_bigrams(after)
    subject_key = content_bigrams(_VERB.sub("|", before))
    sort_asked = _SORTS.search(question)
    # 「四大历史文化风貌区是哪四个」: the count asked, and the kind the question names before 是 when none follows the slot.
    n_asked = count_asked(question)
    kind_asked = after or _COUNTED_KIND_HEAD.sub("", _asked_of(before))
    if len(key - _GENERIC) < (3 if within is None and not made_of else 2):
        # 「有哪些重点工程」「零陵区有哪些重点项目」 say too little to pick one sentence's run: broad questions, for the headings.
        return None
    # What a question with no kind after its slot asks the members of (none read — 「…要统筹推进化解的有哪几个」 —
    # restricts nothing).
    asked_key = content_bigrams(_asked_of(before))
    # 「支持哪些产品下乡」「对哪些设施除险加固」: a kind, then what is done to it — printed right after a run's last member.
    split = kind_and_predicate(after) if after else None
    pred = last_verb_words(after) if split else 0
    # A name the question quotes (「首批获得“X”称号的」) is asked as printed: a run whose context never prints it is of another.
    quoted = quoted_phrase(question)
    # 「福田区要持续提升哪些功能」 in the 深圳市 plan: a district (not the plan's own region) the question names before its
    # slot must be printed with the run — 盐田区's and 光明区's run in the next sentence is never 福田区's.
    away = [p for p in asked_places(kb, before, plan) if kb.printing(p, plan=plan)]  # (申报省级 names no 申报省)
    scored: list[tuple[tuple[float, float], Enumeration]] = []
    for en in enumerations(kb, before, plan=plan, kind=after, within=within, pred=pred):
        en = _after_place(en, away)
        said = _said_after(en.clause.split("、")[-1], after, pred)
        kind_here = min(split[0], after[: len(after) - len(said)], key=len) if said else after
        # The question's word for the kind (产品, 作物, 设施) need not be printed where the plan restates the rest
        # around the run: it is the asker's category, the verb and what is done to them place the run.
        # So is a generic noun of the asker's (「申报省级名录的有哪几个项目」 of a run of 技艺 and 家宴) the clause does not print.
        category = (bool(said) or bool(role) or after in _ASKERS_KINDS) and not (content_bigrams(kind_here) & bigrams(en.clause))
        # A box item's short title (「城乡客运一体化站场建设。」) and the heading above say what its sentences are about.
        title = re.split(r"[。:]", kb.norm_text[en.para], maxsplit=1)[0]
        parent = kb.parent(en.para)
        heading = str(kb.attrs(parent).get("title") or "") if parent else ""
        # The run's own clause and the one before it, read with the titles above, restate the question
        # (not some other clause of a long sentence).
        follow = en.sentence[en.sentence.find(en.clause) + len(en.clause):].lstrip(",").split(",", 1)[0]
        # A short sentence right before the run's own (「加大农村生活污水治理力度。因地制宜、分类采取A、B…」) says its topic.
        prior = _sentence_before(kb.norm_text[en.para], en.sentence)
        context = "|".join((en.lead, en.clause, follow, title if len(title) <= _TITLE_CHARS else "", heading,
                            prior if len(prior) <= _TITLE_CHARS else ""))
        if quoted and quoted not in context:
            continue
        # (its own clause: 「提升东湖区A、B、C功能，西岭区D、E、F功能」 prints two districts' runs in one sentence)
        if not all(names_place(p, "|".join((en.clause, heading, title if len(title) <= _TITLE_CHARS else ""))) for p in away):
            continue
        if _names_another_item(kb, en.para, title, asked):
            continue  # 「B段的建设内容包括哪些」 is not answered by the A段 item's run beside it
        score = _cover(content_bigrams(before + "|" + said) if category else key, context)
        # What the question names before its slot (珠山镇 of 「珠山镇有哪些工业园」) is where the run must be;
        # a member holding it (富家桥田园综合体 for 「富家桥有哪些项目」) is what it asks about, not an answer.
        # The kind the run's own lead names (「新建城区义务教育学校4所,即…」) is no place: a member may hold it (学校).
        # One shared word is no naming (关键软件 in a run 「增强关键技术创新能力」 leads): most of the subject must be in it.
        # (The kind asked is the members' own word — 服务 of 养老服务方面…哪些服务 names no member as the subject.)
        subject = subject_key - bigrams(en.lead) - after_key
        # (「电网由…配电网络…构成」 names the whole its parts make: a part sharing its words is still a part.)
        # (「可信数据空间有哪几种」: members ending with the subject — 企业可信数据空间、行业可信数据空间 — are its kinds.)
        kinds_of = bool(sort_asked) and sum(m.endswith(_asked_of(before)) for m in en.members) * 2 >= len(en.members)
        named = not made_of and not kinds_of and any(len(bigrams(m) & subject) * 2 >= len(subject) for m in en.members) if subject else False
        # 「数据元件提供哪些服务」: what the question names (数据元件) must be where the run is — one shared word
        # (数据) of a long subject places nothing.
        placed = not subject_key or bool(subject_key & bigrams(context)) and (
            len(subject_key) < _PLACED_ABOVE or _cover(subject_key, context) >= 0.5)
        # The kind asked for (客运站场, 未来产业) must be the run's own: half its words in the clause or the titles above.
        # Not from the members themselves (数字经济 in a run of 领域 for 数字经济重点产业) nor a clause before
        # (「推进网络强国建设，加快建设数字经济、数字社会…」 lists no 强国).
        # A run opened by 即/包括 is named by the clause before it (「新建城区义务教育学校3所,即…」).
        # The clause after the run names its kind (「依托A、B等重点区域，统筹推进…」) unless it runs a list of its own
        # (「坚持智能化、绿色化、融合化方向，加快建设制造强国、质量强国…」: 强国 is that list's kind).
        own = "|".join((_without(en.clause, [m for m in en.members if m != after]), follow if "、" not in follow else "",
                        en.lead if _OPENS.match(en.clause) else "", title if len(title) <= _TITLE_CHARS else ""))
        # Members named with the kind (制造强国、质量强国 for 哪些强国) are of it.
        # So are members the kind opens (民主选举、民主协商 for 哪些民主).
        of_kind = bool(after) and sum(m.endswith(after) or len(after) >= 2 and m.startswith(after) for m in en.members) * 2 >= len(en.members)
        # Half its characters are not enough: its head word must be the run's own (「等重点领域宏观审慎管理」 lists
        # no 风险; 「增强国家」 holds no 强国) — qa.checks.scope.names_kind; its qualifiers may be the heading's
        # (「第三节 健全防范化解重点领域风险长效机制」 over 「统筹推进房地产、…等风险有序化解」).
        kind_fits = category or not after_key or of_kind or any(
            names_kind(k, own) and max(_cover(content_bigrams(k), own), _cover(content_bigrams(k), context)) >= 0.5
            for k in dict.fromkeys((after, kind_here)))
        # A kind printed with a character or two of its own replaced (国际标准化组织 for 国内…) is another kind.
        kind_fits = kind_fits and not _near_kind(kind_here, en.clause)
        # 「建设十来个大庆、八大煤炭基地、十大钢铁基地」 lists bases of several kinds: a member naming the kind asked
        # (八大煤炭基地 for 哪八大煤炭基地) says the run is of kinds, not the kind's members.
        of_kinds = bool(after) and any(re.fullmatch(_COUNTED_KIND + re.escape(after), m) for m in en.members)
        # 「都包括哪些路」: a kind of one character is what the members are — most of them end with it, or the
        # clause names it outside them (「八字经验(焊、补…)」; a run of 片区开发 is no list of roads).
        if len(after) == 1 and not category and not (of_kind or after in _without(en.clause, list(en.members))):
            continue
        # 「…的基本任务有哪几条」 names no kind after its slot: what it asks of (基本任务) must be the run's own words.
        asked_of = not after and bool(asked_key) and not _cover(asked_key, context) >= 0.5
        # A run the kind asked is printed with (「…等4处历史文化风貌区」) is its members; one of another count naming no
        # such kind (「综合整体风貌、环境品质…等因素」 under a heading of the kind) is a list of something else.
        last_at = en.clause.rfind(en.members[-1])  # (a member cut of its action tail is still printed whole)
        tail = en.clause[last_at + len(en.members[-1]):] if last_at >= 0 else ""
        of_asked = len(kind_asked) >= 2 and kind_asked in tail
        titles = heading + "|" + (title if len(title) <= _TITLE_CHARS else "")
        if not after and before.endswith(("是", "为")) and _other_kind(kind_asked, tail, titles):
            continue  # 「试点的住宅小区是哪几个」 of 「依法对住宅小区内A、B…等典型违法行为进行查处」: a run of 违法行为
        if role and not re.match(r"(?:等[\u4e00-\u9fff]{0,6}?)?" + role.group("role"), tail):
            continue  # (「以A、B等美丽乡村为重点」: the run's kind may stand between it and its role)
        if n_asked and len(en.members) != n_asked and not of_asked:
            continue
        # The run's own count printed (「等4处」) as the one asked: the run the question counts, before one merely of the kind.
        printed_n = _TAIL_COUNT.match(tail)
        counted = bool(n_asked) and of_asked + bool(printed_n and parse_cn_number(printed_n.group(1)) == n_asked)
        if score >= threshold and placed and not named and kind_fits and not of_kinds and not asked_of:
            # Ties go to the run whose own clause restates more of the question (first: one of the count and kind asked).
            scored.append(((counted, score, _cover(key, en.clause)), en))
    en = single_best(scored, lambda en: en.members)
    if en is None:
        return None
    cite = kb.citation(en.para)
    # 「建设好古文化建筑、瑶文化馆、…」: the run's first part restating the kind asked (古文化建筑) is no member.
    members = [m for m in en.members if m != after] if sum(m != after for m in en.members) >= 2 else list(en.members)
    items = [Item(m, cite) for m in members]
    printed = kb.printed(en.para, en.sentence)
    text = f"{where}规划列出{len(items)}项：{'、'.join(members)}。{count_asked_note(question, len(items))}原文：“{printed}”"
    return Answer(question, text, True, items, [cite], kind="list")
