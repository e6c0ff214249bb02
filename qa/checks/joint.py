"""A figure printed for two works together (「金溪和银溪河道整治，共治理河道36公里」) asked of one of them.

The plan gives no figure of one member: the answer is refused, and the refusal says what the plan does give — the
joint's figure, named as the joint's, with its passage — rather than another thing's figures or passages as hints.
Members are told from words joined by 和/及/与/、 by their parallel form (金溪/银溪, 东湖路/西湖路: the same last
character), so that verbs joined (保护和利用) are no joint works; and from a 、-run of names of any form the sentence
prints its figure for (「东岭、西塘、南湾、北坡楔形绿地建设，…，新增绿地面积260公顷」), read as the answerers read runs
(:func:`qa.values.runmembers.run_head`): the run's figure is its members' jointly unless 各/分别/每个/均 gives it to each.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import KB, normalise_text, plan_of
from ..question.frame import parse_frame
from ..question.intent import classify_intent
from ..question.ngrams import bigrams
from ..values.runmembers import DISTRIBUTED, RUN_VALUE, after_verb, run_named, whole_run_total
from ..values.prose import of_asked_kind
from ..vocabulary import ASKS_FIGURE, JOINER, RUN_POINTER
from ..trace import check

__all__ = ["joint_member", "refuse_joint_member", "noted_run_total"]

_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
#: What a clause going on about the joint says before its figure: a total word and a verb with its object, no name.
_BARE_LEAD = re.compile(r"(?:共|合计|总计|累计|共计|总共|一共)?(?:新建|治理|整治|改造|建设|建成|完成|新增|修建|疏浚|清淤)?[\u4e00-\u9fff]{0,4}")
#: A share printed before the things it is of (「90%以上的中心村和特色村…」「80%的乡镇…」).
_SHARE_BEFORE = re.compile(r"(?P<v>\d+(?:\.\d+)?%(?:以上|左右)?)的")
#: A rate or share with its bound just before a figure (「面积比例不低于」「覆盖率达」): a standard each member meets.
_RATE_SET = re.compile(r"(?:比例|比重|占比|[率])(?:要|应|均)?(?:不低于|不少于|不高于|不超过|达到|达|为|保持在)?$")
#: A thing said as the first of several (「废渣堆场这些」「废渣堆场等」): the run it opens is asked.
_LEADING_ACT = re.compile(r"^(?:实施|推进|开展|加快|完成|启动|建设|新建|抓好|做好|开工)")


#: Last characters of verbs joined (续建、新建; 改造和提升): parallel acts, no joint works.
_VERB_ENDS = set("建设造修改治扩理办增升展进动护用施")


def _parallel(sentence: str, j: int) -> int:
    """The length of the parallel names either side of the joiner at ``j`` (金溪和银溪: 2, the same last character),
    or 0."""
    for n in (4, 3, 2):
        left, right = sentence[max(j - n, 0):j], sentence[j + 1:j + 1 + n]
        if len(left) == len(right) == n and _HAN.match(left + right) and left[-1] == right[-1] and left != right \
                and left[-1] not in _VERB_ENDS:
            return n
    return 0


def _longest_said(question: str, text: str, *, suffix: bool) -> str:
    """The longest piece (two characters at least) of ``text``'s end (``suffix``) or start that ``question`` prints."""
    for k in range(min(len(text), 12), 1, -1):
        piece = text[-k:] if suffix else text[:k]
        # (a piece opening on a quote mark is no name: 「”企业」 of 「“500强”企业」 against 「“三品一标”企业」)
        if piece in question and not re.match(r"[”“\"」「）)]", piece):
            return piece
    return ""


def _joint_value(sentence: str, joint_end: int, value: re.Match, member: str) -> bool:
    """Whether ``value`` is the joint's: in the joint's own clause, or in a clause after it naming nothing of its own
    (「，共治理河道36公里」) — not one printing the member again (「，A新建…」) nor a subject of its own around the
    figure (「，推动98个城镇…老旧小区改造」).

    >>> s = "金溪和银溪河道整治,共治理河道36公里"
    >>> _joint_value(s, 9, re.search(r"36公里", s), "金溪")
    True
    >>> s = "推进棚户区、老旧小区改造,推动98个城镇老旧小区改造"
    >>> _joint_value(s, 12, re.search(r"98个城镇", s), "老旧小区")
    False
    """
    if value.start() < joint_end:
        return True
    lead = max(sentence.rfind(c, 0, value.start()) for c in "，,；;：:") + 1
    tail = re.split(r"[，,；;。]", sentence[value.end():])[0]
    return member not in sentence[joint_end:value.start()] + tail and bool(_BARE_LEAD.fullmatch(sentence[lead:value.start()]))


def _other_member(sentence: str, j: int, left_asked: bool) -> str:
    """The member on the side of the joiner at ``j`` not asked, up to the next joiner or clause boundary."""
    if left_asked:
        return re.split(r"[和及与、，,；;：:]", sentence[j + 1:])[0]
    return re.split(r"[和及与、，,；;：:]", sentence[:j])[-1]


def _same_figure(label: str, value: str) -> bool:
    """Whether a found figure's label is the joint's value (its number and the unit's first character)."""
    got, want = re.search(r"\d+(?:\.\d+)?\D?", label), re.match(r"\d+(?:\.\d+)?\D?", value)
    return bool(got and want) and got.group(0) == want.group(0)


#: A count printed right after the run's names counts them (「东岭、西塘、南湾、北坡4个楔形绿地」), no figure of theirs.
_RUN_COUNT = re.compile(r"\d+[个处座所家条项类种]")
#: A number naming a thing, no figure (「零陵古城2号停车场」「二期」「第3批」).
_ORDINAL = re.compile(r"\d+[号期批届级次]")
#: A place named with its level (零陵区, 珠山镇): its name is the place asked, no member it begins (零陵古城).
_PLACE_LEVEL = "省市区县镇乡"


def _asked_piece(piece: str, question: str) -> bool:
    """Whether ``question`` says ``piece`` as a name of its own, not only as a place with its level (零陵 of 零陵区)."""
    return any(not question.startswith(tuple(_PLACE_LEVEL), m.end()) for m in re.finditer(re.escape(piece), question))


def _run_member(question: str, sentence: str) -> tuple[str, str, str] | None:
    """(members asked, the run's clause without its opening verb, its figure) when ``question`` names some but not all members of a 、-run that
    ``sentence`` prints a figure for; else None.

    >>> s = "加快推进东岭、西塘、南湾、北坡楔形绿地建设,确保建成开放,新增绿地面积260公顷以上"
    >>> _run_member("东岭楔形绿地新增绿地面积是多少", s)
    ('东岭', '东岭、西塘、南湾、北坡楔形绿地建设', '260公顷以上')
    >>> _run_member("东岭、西塘、南湾、北坡楔形绿地新增多少绿地", s), _run_member("楔形绿地新增多少绿地", s)
    (None, None)
    >>> _run_member("东岭楔形绿地建多少公顷", "东岭、西塘、南湾楔形绿地各新增绿地20公顷") is None
    True
    >>> _run_member("零陵区河道治理多长", "建设火车站绿地广场、城区天然气新气站、零陵古城停车场3处") is None
    True
    >>> _run_member("每个充电场所安装几个摄像机", "三要在出入口、充电区域增设视频监控系统,安装不少于2个数字高清摄像机") is None
    True
    >>> _run_member("电子信息产业园二期投资多少", "重点建设文化旅游、生物医药、电子信息等“6+1”产业链") is None
    True
    """
    for value in RUN_VALUE.finditer(sentence):
        at = value.start()
        run = run_named(question, sentence, at, value.group(0))
        if not run or _ORDINAL.match(value.group(0)) \
                or sentence[at - 1:at] in "“\"《" or re.match(r"[\d.]+[+＋]", value.group(0)):
            continue  # (「…等“6+1”产业链」: a number quoted in a name is no figure)
        head, names = run.head, run.names
        start = max(sentence.rfind(c, 0, at) for c in "，,；;：:") + 1
        measure = sentence[max(start, sentence.find(head) + len(head) if head in sentence[:at] else start):at]
        if measure and not bigrams(question) & bigrams(measure):
            continue  # the figure's own words (新增绿地面积) are none the question asks: no answer refused for it
        between = sentence[sentence.rfind(head, 0, at) + len(head):at] if head in sentence[:at] else ""
        if DISTRIBUTED.search(head + between) or (not between and _RUN_COUNT.match(value.group(0))):
            continue
        # a middle name is whole, and so is the first after its verb: the last name is no shorter than they are
        # (「三要在出入口、充电区域增设…」 asked of 充电场所: 充电 is no member)
        shortest = min(len(n) for n in names[1:-1]) if len(names) > 2 else len(after_verb(names[0]))
        asked = [p for p in run.pieces if len(p) >= shortest and _asked_piece(p, question)]
        if asked and len(asked) < len(names):
            return "、".join(asked), after_verb(head), value.group(0)
    return None


def joint_member(question: str, sentence: str) -> tuple[str, str, str] | None:
    """(member asked, the joint as printed, its figure) when ``question`` names one member of a joint the sentence gives
    a figure for, and not the other; else None.

    >>> s = "金溪和银溪河道整治,共治理河道36公里"
    >>> joint_member("金溪要治理多少公里河道", s), joint_member("银溪河道整治多长", s)
    (('金溪', '金溪和银溪河道整治', '36公里'), ('银溪', '金溪和银溪河道整治', '36公里'))
    >>> joint_member("金溪和银溪共治理多少公里河道", s), joint_member("加强保护要多少", "加强保护和利用,新建步道10公里")
    (None, None)
    >>> joint_member("金溪治理多少公里", "金溪和银溪河道整治,金溪治理河道20公里") is None
    True
    >>> joint_member("防洪闭合圈要续建多长", "续建、新建乡镇中心幼儿园7所") is None
    True
    >>> joint_member("高新技术企业有多少家", "甲类企业、农业龙头企业等覆盖率达100%") is None
    True
    >>> s = "实现95%的行政村达到新农村建设要求,90%以上的中心村和特色村达到美丽宜居村庄要求,80%的乡镇面貌大为改观"
    >>> joint_member("特色村达到美丽宜居村庄要求的比例是多少", s)
    ('特色村', '中心村和特色村达到美丽宜居村庄要求', '90%以上')
    >>> joint_member("有几个“500强”企业落地入驻", "全区“三品一标”企业、农业产业化龙头企业等纳入可追溯覆盖率达100%") is None
    True
    >>> joint_member("楔形绿地要新增多少绿地面积", "完善绿地、林地、湿地建设技术要点,2021年上半年制定出台技术规范") is None
    True

    A member of a 、-run of names of no parallel form, the run's one figure printed in a later clause:

    >>> joint_member("东岭楔形绿地新增绿地面积是多少", "加快推进东岭、西塘、南湾、北坡楔形绿地建设,新增绿地面积260公顷")[::2]
    ('东岭', '260公顷')
    """
    q = normalise_text(question)
    for m in JOINER.finditer(sentence):
        j = m.start()
        value = RUN_VALUE.search(sentence, j)
        n = _parallel(sentence, j)
        if not value or not n or re.search(r"分别|各", sentence[j:value.start()]):
            continue
        left = _longest_said(q, sentence[:j], suffix=True)
        right = _longest_said(q, sentence[j + 1:], suffix=False)
        if bool(left) == bool(right):
            continue  # both asked (the joint whole) or neither
        member = left or right[:n]  # the name asked, not the words after it (银溪 of 银溪河道整治)
        if member in _other_member(sentence, j, bool(left)):
            continue  # 「“三品一标”企业、农业产业化龙头企业」 with 企业 asked: the kind both members are, no member
        start = max(sentence.rfind(c, 0, j) for c in "，,；;：:") + 1
        clause = re.split(r"[，,；;]", sentence[start:])[0]
        joint = _LEADING_ACT.sub("", clause)
        if share := _SHARE_BEFORE.match(joint):
            # 「90%以上的中心村和特色村达到…」: the share printed before the joint is the two together's
            return member, joint[share.end():], share.group("v")
        if _RATE_SET.search(sentence[:value.start()]) and value.group(0).rstrip().endswith(("%", "％")) \
                and _RATE_SET.search(sentence[:value.start()]).start() > j:
            continue  # 「A和B屋顶光伏面积比例不低于50%」: a rate set for each of them, no total the two share
        if _SHARE_BEFORE.match(value.group(0)) or not _joint_value(sentence, start + len(clause), value, member):
            continue  # (「…，80%的乡镇面貌大为改观」: a share printed before its own things is theirs)
        return member, joint, value.group(0)
    return _run_member(q, sentence)


def noted_run_total(question: str, answer: Answer) -> Answer:
    """``answer`` with its text saying the plan prints one figure for the run's members together, when ``question``
    asks the total of every member and the figure found is that run's (:func:`whole_run_total`); else unchanged."""
    q = normalise_text(question)
    if not answer.found or answer.kind != "fact" or len(answer.items) != 1 or not answer.items[0].citation:
        return answer
    item = answer.items[0]
    for sentence in re.findall(r"[^。；;！？]+", normalise_text(item.citation.text)):
        if (total := whole_run_total(q, sentence)) and normalise_text(item.label).startswith(normalise_text(total[1])[:3]):
            run, value = total
            answer.answer = (f"规划对{run}只给出一个合计数值：{item.label}（未分列各项，无需相加；"
                             f"原文：“{item.detail or sentence}”）。")
            return answer
    return answer


@check("joint")
def refuse_joint_member(kb: KB, question: str, answer: Answer, plan: str | None = None) -> Answer:
    """``answer`` when it is not about a joint's figure; else found False, saying the plan gives the joint's figure.

    A found figure printed in the joint's sentence is refused; a refusal is told what the plan gives instead of hints.
    """
    q = normalise_text(question)
    if not ASKS_FIGURE.search(q) or (answer.found and answer.kind != "fact"):
        return answer
    asked_pairs = bigrams(q)
    unit = parse_frame(q, classify_intent(q)).unit  # a joint's figure of another kind (69.5km for 几个码头) is no refusal's
    cited = {(c.plan, c.id) for c in ([i.citation for i in answer.items if i.citation] or answer.citations)}
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text[para]
        if not asked_pairs & bigrams(text):
            continue
        for sentence in re.findall(r"[^。；;！？]+", text):
            if not (found := joint_member(q, sentence)) or not of_asked_kind(unit, found[2]):
                continue
            member, joint, value = found
            cite = kb.citation(para)
            if answer.found and ((cite.plan, cite.id) not in cited
                                 or not any(_same_figure(normalise_text(i.label), value) for i in answer.items)):
                continue  # the figure found is printed elsewhere or is another of the sentence's (50万吨 beside 产值50亿元), not the joint's
            whose = "几项合计" if "、" in joint else "共同"  # a run of names, or a pair
            if "、" in joint and joint.startswith(member) and re.search(re.escape(member) + RUN_POINTER, q):
                # 「废渣堆场这些要恢复多少亩」: the member said first and pointed at as one of a run (这些, 等) asks the
                # run it opens, whose figure the plan prints
                clause = next((c for c in re.split(r"[，,]", sentence) if value in c), sentence)
                said = f"{joint}{whose}：{value}（原文：“{kb.printed(para, clause)}”）。"
                return Answer(answer.question, said, True, [Item(value, cite, detail=clause)], [cite], kind="fact")
            text_out = f"规划没有单列{member}的数值；给出的是{joint}{whose}的{value}（原文：“{kb.printed(para, sentence)}”）。"
            return Answer(answer.question, text_out, False, [], [cite], kind=answer.kind if answer.found else "fact")
    return answer
