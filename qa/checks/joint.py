"""A figure printed for two works together (「金溪和银溪河道整治，共治理河道36公里」) asked of one of them.

The plan gives no figure of one member: the answer is refused, and the refusal says what the plan does give — the
joint's figure, named as the joint's, with its passage — rather than another thing's figures or passages as hints.
Members are told from words joined by 和/及/与/、 by their parallel form (金溪/银溪, 东湖路/西湖路: the same last
character), so that verbs joined (保护和利用) are no joint works.
"""
from __future__ import annotations

import re

from ..answer import Answer
from ..index.kb import KB, normalise_text, plan_of
from ..question.ngrams import bigrams
from ..vocabulary import ASKS_FIGURE, JOINER
from ..trace import check

__all__ = ["joint_member", "refuse_joint_member"]

_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
#: A figure after the joint (a year or a date, 「2021年上半年制定…」, is when, no joint's figure).
_VALUE = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d年)\d+(?:\.\d+)?[^\d，,；;。、（(]{0,4}")
#: What a clause going on about the joint says before its figure: a total word and a verb with its object, no name.
_BARE_LEAD = re.compile(r"(?:共|合计|总计|累计|共计|总共|一共)?(?:新建|治理|整治|改造|建设|建成|完成|新增|修建|疏浚|清淤)?[\u4e00-\u9fff]{0,4}")
#: A share printed before the things it is of (「90%以上的中心村和特色村…」「80%的乡镇…」).
_SHARE_BEFORE = re.compile(r"(?P<v>\d+(?:\.\d+)?%(?:以上|左右)?)的")
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
    """
    q = normalise_text(question)
    for m in JOINER.finditer(sentence):
        j = m.start()
        value = _VALUE.search(sentence, j)
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
        if _SHARE_BEFORE.match(value.group(0)) or not _joint_value(sentence, start + len(clause), value, member):
            continue  # (「…，80%的乡镇面貌大为改观」: a share printed before its own things is theirs)
        return member, joint, value.group(0)
    return None


@check("joint")
def refuse_joint_member(kb: KB, question: str, answer: Answer, plan: str | None = None) -> Answer:
    """``answer`` when it is not about a joint's figure; else found False, saying the plan gives the joint's figure.

    A found figure printed in the joint's sentence is refused; a refusal is told what the plan gives instead of hints.
    """
    q = normalise_text(question)
    if not ASKS_FIGURE.search(q) or (answer.found and answer.kind != "fact"):
        return answer
    asked_pairs = bigrams(q)
    cited = {(c.plan, c.id) for c in ([i.citation for i in answer.items if i.citation] or answer.citations)}
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text[para]
        if not asked_pairs & bigrams(text):
            continue
        for sentence in re.findall(r"[^。；;！？]+", text):
            if not (found := joint_member(q, sentence)):
                continue
            member, joint, value = found
            cite = kb.citation(para)
            if answer.found and ((cite.plan, cite.id) not in cited
                                 or not any(_same_figure(normalise_text(i.label), value) for i in answer.items)):
                continue  # the figure found is printed elsewhere or is another of the sentence's (50万吨 beside 产值50亿元), not the joint's
            text_out = f"规划没有单列{member}的数值；给出的是{joint}共同的{value}（原文：“{kb.printed(para, sentence)}”）。"
            return Answer(answer.question, text_out, False, [], [cite], kind=answer.kind if answer.found else "fact")
    return answer
