"""Things related to X (「X相关的企业和项目有哪些」): what the plan names together with X, typed and grouped."""
from __future__ import annotations

import re
from collections import defaultdict

from ..answer import Answer, Item
from ..values.figures import item_name, spells_in_order
from ..vocabulary import WORK_HEADS
from ..question.intent import Intent
from ..index.kb import KB, normalise_text, plan_of
from ..question.link import Link
from .lists import _heading_text
from .placed import placed_works

__all__ = ["RELATED", "related_ask", "answer_related"]


#: What 「…的X」 asks for: the kinds of thing (企业和项目, 街区、景点和项目).
_RELATED_NOUNS = r"((?:(?:企业|项目|主体|园区|单位|工程|内容|地方|地点|景点|景区|街区|街巷|场所|设施|活动|事情|事|安排|举措|措施|部署|工作)[和及、与]?)+)"
#: Words saying two things go together (相关, 有关, 沾边 …).
_RELATED_WORD = r"(?:相关联|相关|有关系|有关|关联|沾边|沾点边|挂钩|有联系)"
#: 「名字里带X的…」: things asked for by their names alone.
_NAMED_AFTER = re.compile(r"(?:名字|名称)(?:里|中)?(?:带有|含有|包含|带|含|有)")
#: 「X相关的企业和项目有哪些」: the phrase before 相关 is what the things are co-mentioned with.
RELATED = re.compile(r"^(?:有哪些)?(?:与|和|跟|同)?(.{1,20}?)" + _RELATED_WORD + r"的?(?:都)?(?:有哪些|有什么)?" + _RELATED_NOUNS)
#: The same ask worded 「哪些企业和项目与X相关」「X涉及哪些企业和项目」.
_RELATED_OTHER = (
    re.compile(r"^(?:有)?哪些" + _RELATED_NOUNS + r"(?:与|和|跟|同)(.{1,20}?)" + _RELATED_WORD),
    re.compile(r"^(.{1,20}?)(?:涉及|关联)(?:到)?(?:哪些|什么)" + _RELATED_NOUNS),
    # 「名字里带“柳子”的地方有哪些」: things named after X.
    re.compile(r"^(?:有哪些)?" + _NAMED_AFTER.pattern + r"(.{1,12}?)(?:二字|字)?的" + _RELATED_NOUNS),
    # 「珠山镇那边规划了哪些项目」「X周边有什么项目」: what the plan names with a place, asked by where it is.
    re.compile(r"^(.{2,20}?)(?:那边|那一块|那块|这边|这一块|那一带|一带|周边|周围|附近|那里|那儿)(?:都|还|主要)?"
               r"(?:规划|安排|布局|建设|部署|谋划|要建|要上|有)?了?些?(?:哪些|什么)" + _RELATED_NOUNS + "?"),
    # 「六合区在规划里有哪些项目和安排」: a district's, county's or town's works, asked by the place itself.
    # 「跟锰有关的事，规划里都安排了些什么」「跟锰有关的有哪些」: what the plan does about X, asked with a verb of planning
    # after the related phrase and no noun, or a noun of doing (事, 安排) — the plan's content on X.
    _DONE_ASKED := re.compile(r"^(?:与|和|跟|同)(.{1,20}?)" + _RELATED_WORD + r"的" + _RELATED_NOUNS + r"?[，,]?(?:规划|纲要)?(?:里|中)?"
               r"(?:都|还|主要)?(?:安排|部署|规划|说|提|写|讲|有|做)?了?(?:些|哪些)?(?:什么|哪些)"),
    _PLACE_ASKED := re.compile(r"^(.{2,10}?(?:区|县|镇|乡|街道))(?:在)?(?:规划|纲要)?(?:里|中)?(?:都|还|主要)?"
               r"(?:规划|安排|布局|部署|有)了?(?:哪些|什么)" + _RELATED_NOUNS),
)


def related_ask(question: str) -> tuple[str, str] | None:
    """(X, the nouns asked for) of 「X相关的企业和项目有哪些」 and its other wordings, or None.

    Examples
    --------
    >>> related_ask("哪些企业和项目与生猪产业相关？"), related_ask("生猪产业涉及哪些企业？")
    (('生猪产业', '企业和项目'), ('生猪产业', '企业'))
    >>> related_ask("规划中有哪些生猪相关的企业？"), related_ask("名字里带“柳子”的地方和项目有哪些？")
    (('生猪', '企业'), ('柳子', '地方和项目'))
    >>> related_ask("珠山镇那边规划了哪些项目？"), related_ask("高铁站周边有什么项目？")
    (('珠山镇', '项目'), ('高铁站', '项目'))
    >>> related_ask("跟锰有关的事，规划里都安排了些什么？"), related_ask("跟锰有关的有哪些？"), related_ask("锰有关的数据")
    (('锰', '事'), ('锰', '项目和内容'), None)
    >>> related_ask("黄田铺镇那边都安排了些什么？"), related_ask("珠山镇有哪几个项目或安排？")
    (('黄田铺镇', '项目和内容'), ('珠山镇', '项目'))
    """
    q = re.sub(r"^(?:规划中|规划里|规划|纲要)", "", normalise_text(question))
    # 「珠山镇有哪几个项目或安排」: 哪几个 asks the same members as 哪些 — how many there are is for the answer to say.
    q = re.sub(r"[“”\"'‘’]", "", re.sub(r"哪几[个项处家]", "哪些", q))
    m = RELATED.search(q)
    if m:
        return m.group(1), m.group(2)
    for pattern in _RELATED_OTHER:
        if m := pattern.search(q):
            nouns, phrase = (m.group(1), m.group(2)) if pattern is _RELATED_OTHER[0] else (m.group(2), m.group(1))
            return phrase, nouns or "项目和内容"  # (「黄田铺镇那边都安排了些什么」 names no noun: the works and the rest)
    return None


_TYPE_WORDS = {"Organization": "企业/机构", "Project": "项目", "Park": "园区", "Industry": "产业", "Strategy": "战略", "Place": "地点"}
#: The nouns of 「…相关的企业和项目」 → the groups they ask for.
_RELATED_ASKED = {"企业": ("企业/机构",), "单位": ("企业/机构",), "主体": ("企业/机构",), "项目": ("项目", "项目/内容"),
                  "工程": ("项目", "项目/内容"), "园区": ("园区",), "内容": ("项目/内容",),
                  "地方": ("地点",), "地点": ("地点",), "景点": ("地点",), "景区": ("地点",), "街区": ("地点",),
                  "街巷": ("地点",), "场所": ("地点",), "设施": ("项目", "项目/内容"),
                  **dict.fromkeys(("事", "安排", "举措", "措施", "部署", "工作"), ("项目", "项目/内容"))}
#: What a run of sites in a work's own box item is called (「修建何仙观、周家大院、淡岩等景点」).
_SITES = re.compile(r"^等?(?:[一二三四五六七八九十两0-9]+[个处座])?(?:景点|景区|遗址|古迹|村落|古村|场馆)")
_GENERIC_TAIL = re.compile(r"(?:产业链|产业|行业|领域|方面)$")
#: A town's, village's, county's or district's kind after its name (珠山镇 → 珠山, 六合区 → 六合): the plan names its
#: works by the name alone (珠山工业园, 六合西站); a kind of area (江北新区, 开发区, 景区) is a name's own word.
_TOWN_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:镇|乡|街道|村|社区|县|(?<![新城园发片景校矿港湾])区)$")
#: A work's name ends with what it builds (园, 基地, 中心, 工厂, 产业链 …); a clause ends otherwise.
_WORK_NAME = re.compile(rf"(?:{WORK_HEADS}|(?<!校)园|平台|工厂|生产线|线|库|院|市场|集群|示范区|产业链|通道|公路|大道|铁路|机场"
                        r"|保护区|旅游区|风景区|度假区|景区|开发区|新区|片区|故里|故居|书院|遗址|楼|阁|庵|传习所|研究所|剧团)$")
_WORK_TAIL = re.compile(r"(?:项目建设|工程建设|建设|项目)$")
_ITEM_MARK = re.compile(r"^(?:\d+[.．、]?|[（(][一二三四五六七八九十\d]+[）)])")
_ACTION_HEAD = re.compile(r"^(?:新建|建设|实施|开展|引进|推进|打造|发展|培育|加快|支持|推动|建成|完善|鼓励|加强|构建|提升|依托|扩建|扩展|改扩建|复建|修缮)+")


#: Descriptions, not names: 「高标准建设…风电场」「一座装机5万千瓦的风电场」「何仙观水库升级为大型水库」.
_NOT_A_NAME = re.compile(r"的|建设|一批|升级|提高|优化|布局|^[一二三四五六七八九十两0-9]+[座个条家所处项批]")


def _add_box_kin(kb: KB, keys: list[str], typed: dict, seen: set[str], *, plan: str | None) -> None:
    """Every item of a box that names X whose name spells X's kind (风电 → 大唐风力发电站): one list, one kind."""
    core = keys[-1]
    if len(core) < 2:
        return
    for box in kb.by_type.get("Box", []):
        if plan and plan_of(box) != plan:
            continue
        paras = [p for _, ps in kb.box_groups(box) for p in ps]
        if not any(k in kb.norm_text[p] for p in paras for k in keys):
            continue
        for p in paras:
            name = normalise_text(item_name(kb, p))
            if spells_in_order(core, name) and _WORK_NAME.search(re.sub(r"[（(][^）)]*[）)]$", "", name)) and name not in seen:
                seen.add(name)
                typed["项目/内容"].append((name, Item(item_name(kb, p), kb.citation(p))))


#: A box, or a group of one, titled as a list of works (重点项目, 物流建设项目, 重大工程).
_PROJECT_BOX = re.compile(r"项目|工程")


def _in_project_box(kb: KB, para: str) -> bool:
    """Whether a box item sits in a box (or box group) titled as a list of works, not of tasks (实施人才倍增计划)."""
    node = kb.parent(para)
    while node is not None and kb.type(node) in ("Box", "BoxGroup"):
        if _PROJECT_BOX.search(str(kb.attrs(node).get("title") or "")):
            return True
        node = kb.parent(node)
    return False


#: The longest line read as one work's name (a table cell), its bracketed note left out.
_LINE_NAME_LONGEST = 50


def _line_name(text: str) -> str | None:
    """The work a line names by itself — no sentence, a work's head at its end (…整治工程, …小流域建设), not a task
    begun by a verb (推进…建设) — or None.

    >>> _line_name("南片白溪河支河水系清洁小流域建设（治理5平方公里）"), _line_name("北片白溪河以东区域雨污混接整治工程")
    ('南片白溪河支河水系清洁小流域建设', '北片白溪河以东区域雨污混接整治工程')
    >>> _line_name("推进白溪河水质稳定达标建设"), _line_name("白溪河水质稳定达标工程。实施沿河排口截污。")
    (None, None)
    """
    name = re.sub(r"[（(][^）)]*[）)]$", "", text.strip())
    if not name or len(name) > _LINE_NAME_LONGEST or re.search(r"[。；;！？!?：:，,]", name) or _ACTION_HEAD.match(name):
        return None
    bare = re.sub(r"建设$", "", name)
    return name if (_WORK_NAME.search(name) or bare != name and len(bare) >= 4) and not _NOT_A_NAME.search(bare) else None


def _project_box_items(kb: KB, *, plan: str | None) -> set[str]:
    """The names of the items of boxes titled as lists of works (专栏7.1 特色产业园区重点项目: 航空航天新材料产业园)."""
    return {normalise_text(item_name(kb, p)) for box in kb.by_type.get("Box", []) if not plan or plan_of(box) == plan
            for _, ps in kb.box_groups(box) for p in ps
            if kb.attrs(p).get("kind") == "box_item" and _in_project_box(kb, p)}


def _drop_repeated_works(typed: dict) -> None:
    """One work named twice (大庆坪风电场 / 永州大庆坪风电场工程项目) is listed once, by its fuller name."""
    def core(name: str) -> str:
        return re.sub(r"[（(][^）)]*[）)]|工程项目$|项目$|工程$", "", name)

    labels = [label for group in typed.values() for label, _ in group]
    for t in list(typed):
        kept = [(label, item) for label, item in typed[t]
                if not any(other != label and core(label) in other and (len(other) > len(label) or t == "项目/内容") for other in labels)]
        if kept:
            typed[t] = kept
        else:
            del typed[t]


def _only_inside(sentence: str, keys: list[str], names: list[str], members: list[str]) -> bool:
    """Whether every place ``sentence`` names a key lies inside a longer name (何仙姑 only in 何仙姑路)
    or a member of a run of names (何仙姑 among 石坝仔、黄江源、何仙姑等水厂)."""
    longer = [n for n in names if any(k in n and k != n for k in keys)] + [m for m in members if any(k in m for k in keys)]
    if not longer:
        return False
    spans = [(m.start(), m.start() + len(n)) for n in longer for m in re.finditer(re.escape(n), sentence)]
    hits = [(m.start(), m.end()) for k in keys for m in re.finditer(re.escape(k), sentence)]
    return all(any(a <= s and e <= b for a, b in spans) for s, e in hits)


#: Least number of sentences naming X, and least share of the paragraph's sentences, for a paragraph to be about X.
_DWELL_SENTENCES = 4
_DWELL_SHARE = 0.6


def _dwells_on(sentences: list[str], keys: list[str]) -> bool:
    """Whether a paragraph is about X as a whole: most of its sentences, and several, name X (打造新材料百亿产业园: 锰 in
    seven of nine sentences). Every thing it names is then named with X — the firms it leads with (「以鑫城锰业、中天荣华
    为代表的龙头企业」, 「以中设新材料为代表的企业」) are X's, not only the sentences that print X beside them.

    >>> _dwells_on(["引进锰系企业", "扩大锰矿开采", "以甲公司为代表的企业", "锰渣利用", "锰产品交易"], ["锰"])
    True
    >>> _dwells_on(["石坝仔、黄江源、何仙姑等水厂建成运行", "推进绿色倍增", "开展植树造林"], ["何仙姑"])
    False
    """
    naming = sum(1 for s in sentences if any(k in s for k in keys))
    return naming >= _DWELL_SENTENCES and naming >= _DWELL_SHARE * len(sentences)


def _run_members(sentence: str) -> list[str]:
    """The members of every 、-run of names in ``sentence`` (何仙姑文化 among five cultures)."""
    from .enumerated import enumerations_in

    # A name's own brackets (「怀素路（长约1546 m，宽20 m）、何仙姑路…」) hold commas that would cut the run.
    plain = re.sub(r"[（(][^）)]*[）)]", "", sentence)
    return [m for _, members in enumerations_in(plain) for m in members]


def _sites(sentence: str) -> list[str]:
    """The sites a sentence enumerates before 等景点 (「修建何仙观、周家大院、淡岩等景点」)."""
    from .enumerated import enumerations_in

    return [m for clause, members in enumerations_in(sentence) if _SITES.search(clause.rsplit(members[-1], 1)[-1])
            for m in members]


#: What a name holding X ends with: the genre's heads of places, sites, works and events (柳子街, 柳子庙, 柳子家宴, 屈子文化旅游区).
_NAME_HEAD = re.compile(r"街|路|巷|庙|祠|寺|观|塔|阁|楼|亭|桥|馆|院|园|区|宴|节|村|镇|场|站|港|城|宫|堂|居|坊|府|井|洲|岛|中心|基地|工程"
                        r"|间隔带|公园带|绿带|绿地|廊道")
#: A place's own name (吴淞江, 三岔港, 浦江第一湾): the names it begins are its works, even one alone (吴淞江生态间隔带).
_PLACE_ROOT = re.compile(r"(?:江|河|湖|港|湾|山|岭|岛|洲|溪|湖|塘|渠)$")
#: Where the words after X stop being a name: a break, a joining word, a verb.
_NAME_STOP = re.compile(r"[，、。；：,;:（()）“”\"《》\s]|和|及|与|等|的|建设|改造|提质|开发|保护|修缮|整治|提升|打造|创建|为|是|段")
_NAME_LONGEST = 8
#: Least share of X's occurrences that begin a name for X to be read as a proper name's root.
_PROPER_SHARE = 0.5


def _aliases(phrase: str) -> list[str]:
    """The names a phrase gives: 「柳子（柳宗元）」 is either name.

    >>> _aliases("柳子(柳宗元)"), _aliases("生猪产业")
    (['柳子', '柳宗元'], ['生猪产业'])
    """
    m = re.fullmatch(r"(.+?)[（(](.+?)[）)]", phrase)
    return [m.group(1), m.group(2)] if m else [phrase]


def _names_holding(kb: KB, keys: list[str], *, plan: str | None) -> list[tuple[str, Item]]:
    """Names that begin with a key (柳子街, 柳子景区, 柳子家宴) or are entities holding one, each once, in reading order.

    A name read from the text runs from the key to the first head that ends a name
    (:data:`_NAME_HEAD`) before the words stop being a name; an entity printed there
    whose label holds the key (柳子街路) is taken whole instead.
    """
    labels = {normalise_text(kb.label(n)): n for n, a in kb.entities.items()
              if (not plan or plan_of(n) == plan) and kb.type(n) in _TYPE_WORDS and any(k in normalise_text(kb.label(n)) for k in keys)}
    paras = [(p, kb.norm_text[p]) for p in kb.paragraph_nodes if not plan or plan_of(p) == plan]
    hits = [(p, text, at, k) for p, text in paras for at, k in sorted((m.start(), k) for k in keys for m in re.finditer(re.escape(k), text))]
    # A proper name's root (柳子) is printed mostly at the head of names; a common word (物流, 养老) mostly is not,
    # and the names it begins (物流中心, 养老服务中心) are kinds of things, not X's own.
    read = [name for _, text, at, k in hits if (name := _name_from(text[at:], k))]
    # …and begins several names (柳子街, 柳子庙, 柳子家宴), where a kind word (风电) begins one (风电场) again and again.
    proper = len(read) >= _PROPER_SHARE * len(hits) and (len(set(read)) >= 2 or any(_PLACE_ROOT.search(k) for k in keys))
    out: dict[str, Item] = {}
    for para, text, at, key in hits:
        # an entity named X itself (the place 吴淞江) is no name holding X: the name read on (吴淞江生态间隔带) is
        whole = max((label for label in labels if key in label and label != key and label.index(key) <= at
                     and text.startswith(label, at - label.index(key))), key=len, default=None)
        name = whole or (_name_from(text[at:], key) if proper else None)
        # One thing once: a name ending another (柳宗元文化旅游节 in “一县一品——柳宗元文化旅游节”) is that name;
        # one that only begins another (柳子街, 柳子街路) is another thing.
        if name and name not in keys and not any(_plain(name).endswith(_plain(seen)) or _plain(seen).endswith(_plain(name))
                                                 for seen in out):
            node = labels.get(name)
            out[name] = Item(kb.label(node) if node else name, kb.citation(para), entity=node)
    return list(out.items())


def _plain(name: str) -> str:
    return re.sub(r"[“”\"‘’《》]", "", name)


def _name_from(text: str, key: str) -> str | None:
    """The name ``text`` begins with, ``key`` its first words: up to the first head before a stop, or None."""
    rest = text[len(key) : len(key) + _NAME_LONGEST]
    stop = _NAME_STOP.search(rest)
    rest = rest[: stop.start()] if stop else rest
    head = _NAME_HEAD.search(rest)
    return key + rest[: head.end()] if head else None


def answer_related(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「生猪产业相关的企业和项目有哪些？」: what the plan names together with X, typed and in reading order.

    X is looked up as written (and without a generic tail such as 产业); in every sentence
    naming it, the graph's entities named there are listed by type, and the sentence's
    own enumerated works that carry X (「生猪屠宰/冷藏/加工一体化工厂」) as 项目/内容.
    """
    asked_for = related_ask(question)
    if asked_for is None:
        return None
    phrase, asked = asked_for
    if _PLACE_ASKED.search(normalise_text(question)) and (_TOWN_TAIL.sub("", phrase) == phrase or any(
            _TOWN_TAIL.sub("", phrase) in kb.label(n) for n in kb.by_type.get("Plan", []) if not plan or plan_of(n) == plan)):
        # 「零陵区有哪些项目」 in the 零陵区 plan asks the plan's own list, not the things named with its place;
        # an area no place name roots (江北新区, 开发区) is asked of its whole text, not of the names it begins.
        return None
    phrase = re.sub(r"\((.+?)\)", r"（\1）", phrase)
    keys = [k for alias in _aliases(phrase) for k in dict.fromkeys([alias, _TOWN_TAIL.sub("", _GENERIC_TAIL.sub("", alias))]) if k]
    if not keys:
        return None
    holding = _names_holding(kb, keys, plan=plan)
    # A town's or district's works also include those the plan sites there by other names (「循环经济产业园。项目选址珠山镇…」,
    # 「在A、珠山镇、B等矿区开展植被恢复造林」, qa.enumerations.placed).
    placed = placed_works(kb, keys, plan=plan) if _TOWN_TAIL.search(phrase) and not _NAMED_AFTER.search(question) else []
    # 「六合区有哪些项目和安排」 asks the works named after the place (六合西站, 六合马鞍机场) or sited there; what a sentence
    # merely names beside it (禄口国际机场 beside 六合马鞍机场) is another place's, so those alone answer — or none do.
    by_name = bool(_NAMED_AFTER.search(question) or _PLACE_ASKED.search(normalise_text(question)))
    if by_name and not holding and not placed:
        return None
    entities = [n for n, a in kb.entities.items() if (not plan or plan_of(n) == plan) and len(str(a.get("label") or "")) >= 2]
    typed: dict[str, list[tuple[str, Item]]] = defaultdict(list)
    seen: set[str] = set()
    cites = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text[para]
        parent = kb.parent(para)
        # A heading titled after X (第一节 推动长江经济带发展) is about X in every paragraph under it.
        headed = bool(parent) and kb.type(parent) in ("Chapter", "Section") and any(
            k in normalise_text(str(kb.attrs(parent).get("title") or "")) for k in keys)
        if not headed and not any(k in text for k in keys):
            continue
        cite = kb.citation(para)
        # A box item titled after X (「零陵区何仙姑文化旅游景区开发项目。…修建何仙观…」) is about X in every sentence.
        title = re.split(r"[。:]", text, maxsplit=1)[0]
        sentences = [s for s in re.split(r"[。；;！？!?]", text) if s.strip()]
        about = headed or len(title) <= 40 and title != text and any(k in title for k in keys) \
            or _dwells_on(sentences, keys)
        if (line := _line_name(text)) and any(k in line for k in keys) and line not in keys and line not in seen:
            # A line that is one work's name (a list's or table's cell: 「…长风街道、曹杨街道和真如镇街道桃浦河以东区域
            # 雨污混接整治工程」) names X inside that one name: listed whole, its 、 and 和 no break between works.
            seen.add(line)
            typed["项目/内容"].append((line, Item(line, cite)))
            cites.append(cite)
            continue
        head = normalise_text(item_name(kb, para))
        if not about and kb.attrs(para).get("kind") == "box_item" and head != text and not head.endswith("…") \
                and head not in seen and not _NOT_A_NAME.search(head) and (_WORK_NAME.search(head) or _in_project_box(kb, para)) \
                and any(k in re.split(r"[；;]", text)[0] for k in keys):
            # A box item naming X in its body (「循环经济产业园。…年产50万吨再生铝…生产线」) is a work X is part of:
            # the item's own name is listed before what its sentences name — a work by its head (…园), or any
            # name of a box listing projects (「优速物流。…冷链仓储…」 in 专栏26.2 …重点项目). A line of works parted by
            # ； names each in its own clause: X in a later one is no part of the first (国道322改线…；G207…黄田铺…).
            seen.add(head)
            node = next((n for n in entities if normalise_text(kb.label(n)) == head), None)
            typed["项目/内容"].append((head, Item(kb.label(node) if node else item_name(kb, para), cite, entity=node)))
        for sentence in sentences:
            if not about and not any(k in sentence for k in keys):
                continue
            cites.append(cite)
            named = sorted((at, label, n) for n in entities
                           if (at := sentence.find(label := normalise_text(kb.label(n)))) >= 0)
            works = [name for seg in re.split(r"[，、,：:;]|(?<=[区园场站馆院])[和及与]", sentence)
                     if _WORK_NAME.search(name := _WORK_TAIL.sub("", _ACTION_HEAD.sub("", _ITEM_MARK.sub("", seg))))
                     and not _NOT_A_NAME.search(name)]
            # X only inside longer names (何仙姑路 in a list of roads): those names are X's, the sentence's others are not.
            # X one of a run of names (「石坝仔、黄江源、何仙姑等水厂」): its siblings are not X's either.
            only_inside = _only_inside(sentence, keys, [] if about else [label for _, label, _ in named] + works,
                                       _run_members(sentence))
            if about:
                # The sites a work titled after X builds, in the item's order (before they are met as entities).
                for site in _sites(sentence):
                    if site not in seen and not any(site in other for other in seen):
                        seen.add(site)
                        typed["地点"].append((site, Item(site, cite)))
            # In the order the sentence names them (the graph's node order differs between runs).
            for _, label, node in named:
                if only_inside and not any(k in label for k in keys):
                    continue
                if label not in keys and label not in seen and kb.type(node) in _TYPE_WORDS:
                    seen.add(label)
                    typed[_TYPE_WORDS[kb.type(node)]].append((label, Item(kb.label(node), cite, entity=node)))
            for name in works:
                # a clause (「加大物流企业引进力度」「一座装机5万千瓦的风电场」) is no name of a work
                if any(k in name for k in keys) and name not in keys and 4 <= len(name) <= 40 and name not in seen:
                    if not any(name in other or other in name for other in seen):
                        seen.add(name)
                        typed["项目/内容"].append((name, Item(name, cite)))
    _add_box_kin(kb, keys, typed, seen, plan=plan)
    _drop_repeated_works(typed)
    wanted = {t for word, ts in _RELATED_ASKED.items() if word in asked for t in ts}
    if "项目" in wanted and "园区" not in wanted and typed.get("园区"):
        # A park a box of works lists as an item (航空航天新材料产业园 in 专栏7.1 …重点项目) is itself a project:
        # 「跟稀土有关的项目」 names it, before the lines it builds; a park only named in prose stays a park.
        listed = _project_box_items(kb, plan=plan)
        typed["项目/内容"] = [(label, item) for label, item in typed["园区"] if label in listed] + typed.get("项目/内容", [])
    order = [t for t in ("企业/机构", "项目", "园区", "产业", "战略", "地点", "项目/内容") if typed.get(t) and (not wanted or t in wanted)]
    if holding or placed:
        # Names holding X (柳子街, 柳子庙, 柳子家宴) come first, in reading order: they are X's by name, while
        # what a sentence merely names beside X (a road, a river) may be another thing's; then the works sited at X.
        named = f"名称含“{'”或“'.join(dict.fromkeys(_TOWN_TAIL.sub('', a) for a in _aliases(phrase)))}”的"
        sited = f"选址或安排在{phrase}的"
        placed = [(label, item) for label, item in placed if not any(label in h or h in label for h, _ in holding)]
        own = {named: holding, sited: placed}
        typed = {**own, **{t: [(label, item) for label, item in typed[t]
                               if not any(label.endswith(h) or label == h for group in own.values() for h, _ in group)]
                           for t in order}}
        # 「名字里带X的…」 asks for those names alone.
        order = [t for t in own if own[t]] + ([] if by_name else [t for t in order if typed[t]])
        cites = [item.citation for group in own.values() for _, item in group] + ([] if by_name else cites)
    if not order:
        # Nothing of the kinds asked is named with X; a heading titled after X (全面推动长江经济带发展) says what is planned for it.
        headings = [n for t in ("Section", "Chapter") for n in kb.by_type.get(t, [])
                    if (not plan or plan_of(n) == plan) and any(k in normalise_text(str(kb.attrs(n).get("title") or "")) for k in keys)]
        node = min(headings, key=lambda n: (plan_of(n) or "", int(kb.attrs(n).get("line") or 0)), default=None)
        answer = _heading_text(kb, question, node) if node else None
        if answer is None:
            # Never the passages of some other list: the plan names nothing with X, and the answer says so.
            return Answer(question, f"规划中没有点名与“{phrase}”相关的{asked}。" + ("以下段落提到它，仅供参考。" if cites else ""),
                          False, [], list(dict.fromkeys(cites))[:3], kind="related")
        answer.answer = f"规划没有点名与“{phrase}”相关的具体项目或地方；{answer.answer}"
        answer.kind = "related"
        return answer
    items = [item for t in order for _, item in typed[t]]
    text = f"与“{phrase}”相关的：" + "；".join(f"{t}：" + "、".join(label for label, _ in typed[t]) for t in order) + "。"
    return Answer(question, text, True, items, list(dict.fromkeys(cites))[:12], kind="related")
