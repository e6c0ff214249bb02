"""A figure printed before a long name, in the phrase that describes it.

Plans describe what they will build in one phrase before its name: 「规划建设一个面积为1000m²以上、集政务服务、…等多功能
于一体的一站式企业服务中心」 gives the centre's 面积; 「建成30个10万千瓦级以上的大型风电项目」 and 「每年引进20个以上
5000万元以上的产业链项目」 count the projects, a bound (10万千瓦级以上的, 5000万元以上的) between the count and the name.
Asked 「一站式企业服务中心要多大面积」 or 「要建成几个大型风电项目」, the value stands before the name, not after it where
the prose reader looks. Read only inside one clause, the describing phrase ending in 的 right before the name; a
phrase naming another count or a second attribute of the asked kind before the name is not read.
"""
from __future__ import annotations

import re

from ..question.ngrams import bigrams

__all__ = ["value_before_name", "answer_bound", "member_shares", "member_share", "answer_member_share"]

#: A count: digits and a classifier, with its bound (30个, 20个以上).
_COUNT = r"(?P<v>\d+(?:\.\d+)?(?P<cls>[个家所座条处项件张户辆])(?:左右|以上|以内)?)"
#: A value of an attribute: digits, a unit and its bound (1000m²以上, 2.5万平方米, 3亿元).
_AMOUNT = r"(?P<v>\d+(?:\.\d+)?(?:万|亿)?(?:平方米|平方公里|m²|㎡|m2|公里|km|米|m|亩|公顷|亿元|万元|元|千瓦|万千瓦|吨|万吨|人|张|个)?(?:以上|左右|以内)?)"
#: A verb the question says after the thing counted (「大型光伏项目建几个」): no part of its name.
_VERB_AFTER = re.compile(r"(?:要|将|计划)?(?:新建|建设|建成|建|修建|修|引进|培育|打造)$")
#: One thing introduced (一个, 一座, 1个) before the phrase describing it.
_ONE = r"(?:一|1)(?:个|座|处|所|家|栋|条)"


def _describes(phrase: str) -> bool:
    """Whether the words between a value and a name only describe the name: they end in 的, hold no other count,
    and do not end a clause."""
    return phrase.endswith("的") and not re.search(r"\d+(?:\.\d+)?[个家所座条处项]|[，,；;。]", phrase)


def value_before_name(clause: str, subject: str, cue: str | None, unit: str | None) -> str | None:
    """The value ``clause`` prints for ``subject`` in the phrase before its name, or None.

    Parameters
    ----------
    clause : str
        One clause of the plan (normalised, no 。；).
    subject : str
        The thing asked about as the question names it (一站式企业服务中心, 大型风电项目): its name printed whole, or
        its tail, the words before it (每年引进) printed in the clause too.
    cue : str or None
        The attribute asked (面积, 投资); None asks a count of ``subject``.
    unit : str or None
        The classifier a count asks (个, 家); a count is read only when it carries it (个 stands for any).

    Examples
    --------
    >>> value_before_name("规划建设一个面积为1000m²以上、集政务服务、企业产品展示等多功能于一体的一站式企业服务中心",
    ...                   "一站式企业服务中心", "面积", None)
    '1000m²以上'
    >>> value_before_name("建成30个10万千瓦级以上的大型风电项目", "大型风电项目", None, "个")
    '30个'
    >>> value_before_name("每年引进20个以上5000万元以上的产业链项目", "产业链项目", None, "个")
    '20个以上'
    >>> value_before_name("建成30个10万千瓦级以上的大型风电项目", "大型光伏项目", None, "个") is None
    True
    >>> value_before_name("每年引进20个以上5000万元以上的产业链项目", "每年引进产业链项目", None, "个")
    '20个以上'
    >>> value_before_name("建成30个10万千瓦级以上的大型风电项目", "大型风电项目建", None, "个")
    '30个'

    >>> value_before_name("建设一个面积为800平方米的展厅和一个服务中心", "服务中心", "面积", None) is None
    True
    >>> value_before_name("打造年产值100亿元以上的电子信息产业集群", "电子信息产业集群", "年产值", None)
    '100亿元以上'
    >>> value_before_name("打造年产值100亿元以上的电子信息产业集群", "电子信息产业集群年", "产值", None)
    '100亿元以上'
    >>> value_before_name("打造年产值100亿元以上的电子信息产业集群", "新材料产业集群", "年产值", None) is None
    True
    """
    subject = _VERB_AFTER.sub("", subject) if len(_VERB_AFTER.sub("", subject)) >= 3 else subject
    if cue and re.search(r"(?<![0-9〇零一二三四五六七八九十])年$", subject):
        subject = subject[:-1]  # 「X年产值」 asked of 产值: the 年 is the attribute's (年产值), not part of X's name
    name = next((subject[k:] for k in range(len(subject) - 2) if subject[k:] in clause), "")
    head = bigrams(subject[: len(subject) - len(name)])
    if len(name) < 3 or len(head & bigrams(clause)) < 0.5 * len(head):
        return None  # (「每年引进先进制造项目」: the words before the name, 每年引进, printed before it too)
    before = clause[: clause.find(name)]
    if cue is None:
        for m in re.finditer(_COUNT, before):
            if _describes(before[m.end():]) and (unit in (None, "个") or m.group("cls") == unit):
                return m.group("v")
        return None
    # 「一个面积为1000m²以上、集…于一体的X」: one thing, its attribute and value, then what else describes it
    pattern = _ONE + r"[^，,；;。]{0,8}?" + re.escape(cue) + r"(?:为|约|达到|达|是|在)?" + _AMOUNT
    for m in re.finditer(pattern, before):
        rest = before[m.end():]
        if _describes(rest.lstrip("、，,")) and cue not in rest and not _names_another(rest, subject):
            return m.group("v")
    # 「打造年产值100亿元以上的电子信息产业集群」: the attribute, its value and 的 right before the name describe it
    # with no 一个 — only the bare phrase, so a longer description (a second thing, another value) is not read.
    m = re.search(re.escape(cue) + r"(?:为|约|达到|达)?" + _AMOUNT + "的$", before)
    return m.group("v") if m and re.search(r"\d", m.group("v")) else None


def _names_another(phrase: str, subject: str) -> bool:
    """Whether the describing phrase introduces a second thing (「…的展厅和一个…」) before the name."""
    return bool(re.search(r"(?:和|及|与)" + _ONE, phrase)) or (len(bigrams(phrase) & bigrams(subject)) > 0 and subject[:2] in phrase)


#: 「每个项目至少投多少」「项目投资门槛是多少」「起码要投多少钱」: the least amount a kind of project must invest.
_ASKS_BOUND = re.compile(r"(?:每个|单个|每一个|一个)?(?P<name>[\u4e00-\u9fff]{0,12}?)(?:(?:至少|起码|最低|最少)(?:要)?(?:投资?|投入)"
                         r"(?:多少|几)|投资(?:门槛|下限|起点)(?:是|为)?(?:多少)?)")
#: 「投资5000万元以上的项目」「5000万元以上的产业链项目」: a bound printed before the projects it sorts.
_BOUND_BEFORE = re.compile(r"(?:投资)?(?P<v>\d+(?:\.\d+)?(?:万|亿)元(?:及?以上))的(?P<name>[\u4e00-\u9fff]{0,12}?项目)")
#: 「多大面积以上的政府投资项目要…」「面积多少平方米以上的建筑」: the least size of the things a rule applies to, asked before them.
_ASKS_SIZE = re.compile(r"(?:(?:建筑)?面积|规模)?(?:多大|多少(?:平方米)?)(?:面积|规模)?及?以上的(?P<name>[\u4e00-\u9fff]{2,12}?)"
                        r"(?=要|应|须|需|必须|都|[，,？?]|$)")
#: 「其他5000平方米以上政府投资项目应当…」: a size bound printed before the things it sorts (的 or not).
_SIZE_BEFORE = re.compile(r"(?P<v>\d+(?:\.\d+)?万?(?:平方米|平方公里|公顷|亩)及?以上)的?(?P<name>[\u4e00-\u9fff]{0,12}?(?:项目|建筑|工程))")
#: What each kind of bound asks, how the plan prints it, and how the answer names it.
_BOUNDS = ((_ASKS_BOUND, _BOUND_BEFORE, "投资下限"), (_ASKS_SIZE, _SIZE_BEFORE, "面积下限"))


def answer_bound(kb, question: str, *, plan: str | None = None):
    """The least investment the plan sets for the projects ``question`` names (「每个项目至少投多少」 of 「引进5000万元
    以上的产业链项目」), or the least size of the things a rule applies to (「多大面积以上的政府投资项目要…」 of 「5000平方米
    以上政府投资项目应当…」); None when it asks neither, or when several bounds could be meant (no kind named and the
    plan prints more than one).

    Returns
    -------
    qa.answer.Answer or None
        ``found`` with the bound as printed (5000万元以上), its clause and citation.
    """
    from ..answer import Answer, Item  # (answers are built here only when a bound is asked)
    from ..index.kb import plan_of

    asked, printed, what = next(((a, p, w) for ask, p, w in _BOUNDS if (a := ask.search(question))), (None, None, ""))
    if asked is None:
        return None
    said = re.sub(r"^(?:的|要|每年|每个)+", "", asked.group("name"))
    name = re.sub(r"项目$", "", said)  # (the kind matched by its own words: 产业链 of 产业链项目)
    found = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        for clause in re.findall(r"[^，,；;。]+", kb.norm_text[para]):
            for m in printed.finditer(clause):
                if not name or len(bigrams(name) & bigrams(clause)) >= 0.75 * len(bigrams(name)):
                    found.append((m.group("v"), clause, para))
    if not found or len({v for v, _, _ in found}) > 1:
        return None
    value, clause, para = found[0]
    cite = kb.citation(para)
    label = (said or "项目") + what
    return Answer(question, f"{label}：{value}（原文：“{clause}”）", True, [Item(value, cite, detail=clause)], [cite], kind="fact")


#: One member of a run of shares each printed before its own noun: 「99%的社区卫生服务中心」 (the value, 的, the noun up to
#: the next 、, 和 or the verb phrase the run ends in).
_MEMBER = re.compile(r"(?P<v>\d+(?:\.\d+)?%(?:以上|左右)?)的(?P<noun>[\u4e00-\u9fff（）()]{2,16}?)(?=、|和|及|与|[能可已均都将要实具开提]|$)")


#: One member of a run printing one measure's value before each noun: 「时速400公里高速轮轨、时速600公里高速磁悬浮等」 (the
#: measure word, the value with its unit, the noun up to the next 、, 和, 及, 与, 等 or the clause's end).
_MEASURED_MEMBER = re.compile(r"(?P<m>[\u4e00-\u9fff]{2})(?P<v>\d+(?:\.\d+)?(?:万|亿)?(?:公里/小时|千米/小时|公里|千米|米|吨|"
                              r"千瓦|海里|节)级?(?:以上|左右)?)(?P<noun>[\u4e00-\u9fff]{2,12}?)(?=、|和|及|与|等|$)")


def member_shares(clause: str) -> list[tuple[str, str]]:
    """The (noun, value) pairs of a run of values each printed before its own noun in ``clause`` — shares 「99%的A、
    98%的B、…能够…」, or one measure's values 「时速400公里A、时速600公里B等」 (the same measure word before each): each
    value is its own noun's, the one printed right after it — never the noun before it. Fewer than two members is no
    run ([]).

    Examples
    --------
    >>> member_shares("95%的街道文化站、80%的社区图书室和60%的村文化室能够开展全民阅读活动")
    [('街道文化站', '95%'), ('社区图书室', '80%'), ('村文化室', '60%')]
    >>> member_shares("设置中医临床科室的医院占比达到86.75%")
    []
    >>> member_shares("具备交付运营时速400公里高速轮轨、时速600公里高速磁悬浮等轨道交通移动装备的技术能力")
    [('高速轮轨', '400公里'), ('高速磁悬浮', '600公里')]
    >>> member_shares("掌握500米饱和潜水装备制造、施工作业技术能力，具备10万吨深水救助打捞技术保障能力")
    []
    """
    members = [(m.group("noun"), m.group("v")) for m in _MEMBER.finditer(clause)]
    if len(members) >= 2:
        return members
    runs: list[list[re.Match]] = []
    for m in _MEASURED_MEMBER.finditer(clause):
        if runs and m.start() == runs[-1][-1].end() + 1 and m.group("m") == runs[-1][-1].group("m"):
            runs[-1].append(m)  # the next member, one 、 or 和 after the last
        else:
            runs.append([m])
    return [(m.group("noun"), m.group("v")) for run in runs if len(run) >= 2 for m in run]


def member_share(clause: str, measure: str) -> str | None:
    """The share a run of members (:func:`member_shares`) prints for the member ``measure`` names, or None when
    ``measure`` names none of them (or more than one as long).

    Examples
    --------
    >>> member_share("95%的街道文化站、80%的社区图书室、60%的村文化室能够开展全民阅读活动", "社区图书室比例")
    '80%'
    >>> member_share("95%的街道文化站、80%的社区图书室、60%的村文化室能够开展全民阅读活动", "乡镇文化站比例") is None
    True
    """
    named = [(noun, v) for noun, v in member_shares(clause) if noun in measure]
    longest = max((len(n) for n, _ in named), default=0)
    named = [(n, v) for n, v in named if len(n) == longest]
    return named[0][1] if len(named) == 1 else None


#: A share asked: 「比例是多少」「占比多少」「有百分之几」「…能提供中医药服务的有多少」.
_ASKS_SHARE = re.compile(r"比例|占比|比重|百分之|百分比|%|多少|几成")
#: A count asked (「有多少家」): no share answers it.
_ASKS_COUNT = re.compile(r"多少[个家所座条处项件张户辆名人]|几[个家所座条处项]")
#: Words of the question that ask, not describe (removed before its words are looked for in the clause).
_ASKING = re.compile(r"请问|规划(?:里|中)?|(?:的)?(?:比例|占比|比重|百分比)?(?:是|为|有|达到|达|占)?(?:多少|百分之几|几成)(?:呢|啊)?|[？?。，,的]")


def answer_member_share(kb, question: str, *, plan: str | None = None):
    """「村卫生室能提供中医药服务的比例是多少」 of 「99%的社区卫生服务中心、…、74.5%的村卫生室能够提供中医药服务」: the share
    printed before the member the question names, in the one clause whose run holds it and prints the rest of what
    is asked (the other members' shares are never this one's). None when no run names the member, or several do.

    Returns
    -------
    qa.answer.Answer or None
        ``found`` with the member's share, its clause and citation.
    """
    from ..answer import Answer, Item  # (answers are built here only when a member's share is asked)
    from ..index.kb import plan_of

    if not _ASKS_SHARE.search(question) or _ASKS_COUNT.search(question):
        return None
    if (own := _share_of_doers(kb, question, plan)) is not None:
        return own
    if (own := _share_of_named(kb, question, plan)) is not None:
        return own
    asked = re.sub(r"\s+", "", question)
    found = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        for clause in re.findall(r"[^，,；;。]+", kb.norm_text[para]):
            named = [(noun, v) for noun, v in member_shares(clause) if noun in asked]
            if not named:
                continue
            noun, value = max(named, key=lambda nv: len(nv[0]))
            rest = bigrams(_ASKING.sub("", asked.replace(noun, "")))
            if rest and len(rest & bigrams(clause)) < 0.5 * len(rest):
                continue  # the question asks about something the clause does not print (another predicate)
            found.append((noun, value, clause, para))
    if len({(n, v) for n, v, _, _ in found}) != 1:
        return None
    noun, value, clause, para = found[0]
    cite = kb.citation(para)
    return Answer(question, f"{noun}：{value}（原文：“{clause}”）", True, [Item(value, cite, detail=clause)], [cite], kind="fact")


#: 「多大比例的村要组建…」「百分之几的行政村能达到…」: the share of a kind of thing that does what the rest says; the noun
#: closed by a modal when one is said (matched lazily without it, 行政村 would stop at 行).
_SHARE_ASKED = r"(?:多大|多少|百分之几|几成)(?:的)?(?:比例|比重|占比)?的(?P<noun>[\u4e00-\u9fff]{1,8}?)"
_DOERS = r"(?P<pred>[\u4e00-\u9fff]{2,20})[？?]?$"
_SHARE_OF_DOERS = (re.compile(_SHARE_ASKED + r"(?P<modal>要|将|能够|能|可以|会|需要|应)" + _DOERS),
                   re.compile(_SHARE_ASKED + r"(?P<modal>)" + _DOERS))
#: A share printed before the things it is of (「100%的村组建…」「95%的行政村达到…」).
_SHARE_BEFORE = r"(?P<v>\d+(?:\.\d+)?%(?:以上|左右)?)的"


#: How a share is asked after the things it is of (「行政村要达到多大比例」「…的比例是多少」): no part of what they do.
_SHARE_ASKED_AFTER = re.compile(r"(?:分别|各)?(?:要|将|能|需要)?(?:达到|达|占|到|提高到)?(?:多大|多少|百分之几|百分之多少|几成)?(?:的)?"
                                r"(?:比例|比重|占比|百分比)?(?:是|为|有|要|将)?(?:达到|到)?(?:多少|百分之几|几成)?(?:呢|啊)?$")


def _share_of_named(kb, question: str, plan: str | None):
    """「中心村和特色村达到美丽宜居村庄要求的比例是多少」「乡镇面貌大为改观的比例要到多少」 of 「…，90%以上的中心村和特色村
    达到美丽宜居村庄要求，80%的乡镇面貌大为改观」: the share printed before the words the question names, each clause its
    own share — asked with the share after the things (where :func:`_share_of_doers` reads it before them). The asked
    clause's words are the clause's (the things and what they do, never another predicate of them); a clause said
    before it (「人居环境整治到2025年，」) is the topic, printed in the paragraph; a year asked is the sentence's. None
    when no clause prints the things so, or clauses give different shares.

    >>> _asked_things("行政村要达到多大比例"), _asked_things("乡镇面貌大为改观的比例要到多少？")
    ('行政村', '乡镇面貌大为改观')
    """
    from ..answer import Answer, Item
    from ..index.kb import plan_of
    from ..question.frame import years_in

    clauses = [c for c in re.split(r"[，,；;。？?]", re.sub(r"\s+", "", question)) if c]
    if not clauses:
        return None
    asked, topic = _asked_things(clauses[-1]), clauses[:-1]
    years = set(years_in(question))
    found = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text[para]
        if any(_topic_missing(c, text) for c in topic):
            continue
        for sentence in re.findall(r"[^。；;]+", text):
            if years and (printed := set(years_in(sentence))) and not printed & years:
                continue  # 「到2025年…」 asked of a sentence dated otherwise
            for clause in re.findall(r"[^，,]+", sentence):
                for hit in re.finditer(_SHARE_BEFORE, clause):
                    things = re.split(_SHARE_BEFORE, clause[hit.end():])[0]
                    # the things as asked: the longest start of what the clause prints after the share that the question
                    # says, the rest of the asked clause then being no other predicate
                    named = next((things[:k] for k in range(len(things), 1, -1) if asked.startswith(things[:k])), "")
                    if named and (not asked[len(named):] or asked[len(named):] in things):
                        found.append((named, hit.group("v"), clause, para))
    if len({v for _, v, _, _ in found}) != 1 or not found:
        return None
    named, value, clause, para = max(found, key=lambda f: len(f[0]))
    cite = kb.citation(para)
    return Answer(question, f"{named}的比例：{value}（原文：“{clause}”）", True, [Item(value, cite, detail=clause)], [cite], kind="fact")


def _asked_things(clause: str) -> str:
    """The asked clause without how a share is asked after its things, nor a year or modal before them."""
    from ..question.frame import years_in

    things = _SHARE_ASKED_AFTER.sub("", clause.rstrip("？?"))
    things = re.sub(r"^(?:到|至|在)?(?:(?:19|20)\d\d年)(?:底|末)?", "", things)
    for year in years_in(things):
        things = things.replace(f"{year}年", "")
    return re.sub(r"(?:的)?$", "", things)


def _topic_missing(clause: str, text: str) -> bool:
    """Whether a topic clause said before the question's own (「人居环境整治到2025年」) has less than half its words in
    ``text`` (years left out: a sentence dates the figure)."""
    words = bigrams(re.sub(r"(?:到|至|在)?(?:19|20)\d\d年(?:底|末)?", "|", clause))
    words = {w for w in words if "|" not in w}
    return bool(words) and len(words & bigrams(text)) < 0.5 * len(words)


def _share_of_doers(kb, question: str, plan: str | None):
    """「到2025年多大比例的村要组建新型农村集体经济组织」 of 「100%的村组建新型农村集体经济组织」: the share printed right
    before the noun asked, in a clause printing most of what the things are to do. None when no clause does, or
    clauses give different shares."""
    from ..answer import Answer, Item
    from ..index.kb import plan_of

    asked = re.sub(r"\s+", "", question)
    m = next((m for pattern in _SHARE_OF_DOERS if (m := pattern.search(asked))), None)
    if not m:
        return None
    noun, pred = m.group("noun"), bigrams(m.group("pred"))
    found = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        for clause in re.findall(r"[^，,；;。]+", kb.norm_text[para]):
            for hit in re.finditer(_SHARE_BEFORE + re.escape(noun), clause):
                # what the things do is the clause's own (组建新型农村集体经济组织), not another predicate of the noun
                if pred and len(pred & bigrams(clause[hit.end():])) >= 0.6 * len(pred):
                    found.append((hit.group("v"), clause, para))
    if len({v for v, _, _ in found}) != 1:
        return None
    value, clause, para = found[0]
    cite = kb.citation(para)
    label = f"{noun}的比例" if m.group("modal") else "比例"
    return Answer(question, f"{label}：{value}（原文：“{clause}”）", True, [Item(value, cite, detail=clause)], [cite], kind="fact")
