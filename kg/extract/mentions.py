"""Finders for names in a paragraph: works, parks, organisations, places, slogans.

Each finder applies :func:`kg.extract.spans.name_before` to one kind of head word and
drops generic phrases with :func:`kg.extract.spans.is_generic`. They return
:class:`~kg.extract.spans.Mention` objects with character offsets into the text, so
callers can tell which clause a mention sits in.
"""
from __future__ import annotations

import re
from typing import Callable

from kg.extract.clauses import clause_end, clause_start
from kg.extract.names import LEADING_VERBS, PARK_SUFFIXES, WORKS_SUFFIXES, clean_name, strip_region
from kg.extract.spans import (
    FUNCTION,
    GENERIC_START,
    GRADE,
    NUMBERED,
    Mention,
    continues,
    head_ends,
    is_all_common,
    is_common_word,
    has_name_part,
    has_proper_part,
    has_verb,
    is_generic,
    is_kind_word,
    is_place_word,
    longest_mentions,
    name_before,
    splits_a_word,
    tokens,
)

__all__ = [
    "find_works",
    "find_organizations",
    "find_places",
    "find_slogans",
    "find_located",
    "find_industries",
    "is_kind_of_works",
    "not_an_industry",
    "lead_phrase",
    "kind_by_context",
]

# Heads of routes, whose names run from one place to another: 黄古山至西塘观公路.
_ROUTE_HEADS = ("公路", "高速", "铁路", "高铁", "轻轨", "连接线", "改线", "航道", "运河", "快速干道")
# What a park's name ends in after its field (高新技术产业|开发区, 文化产业|园).
_PARK_TAILS = ("开发区", "园", "基地", "集聚区", "示范区", "新城", "走廊")
_INDUSTRY_HEADS = ("产业链", "产业集群", "产业", "行业")
# Characters that end words, never start names.
_WORD_ENDS = set("型类性化式级上下线好")
# What the name of a site ends in (镇, 路, 工业园 …).
_SITE_HEADS = WORKS_SUFFIXES + ("镇", "乡", "村", "街道", "社区", "区", "县", "市", "街", "侧")
_ORG_SUFFIXES = ("有限公司", "股份公司", "公司", "集团", "银行", "支行", "分行", "医院", "学院", "大学",
                 "中学", "小学", "研究院", "研究所", "剧团", "协会", "商会", "合作社")
_ADMIN_SMALL = ("街道", "社区", "镇", "乡", "村")
_ADMIN_LARGE = ("自治区", "自治州", "自治县", "省", "市", "县", "区", "州")
_RIVER = ("江", "河", "溪", "湖")
_ROAD_CODE = re.compile(r"(?<![A-Za-z0-9])(?:(?P<g>[GS])(?P<n>\d{2,4})|(?:国道|省道)(?P<n2>\d{2,4})|(?P<n3>\d{3})(?P<k>国道|省道))")
_SLOGAN = re.compile(
    r"“(?P<q>[^“”]{1,16})”(?P<head>战略|工程|行动|计划|产业链|品牌|模式|机制|制度|理念|体系|格局|攻坚|改革|建设|"
    r"示范区|经验|定位|布局)?"
)
_PERIOD = re.compile(r"^[十]?[一二三四五六七八九十]五$")
_NUMERAL = re.compile(r"[0-9一二三四五六七八九十百千万两]")
_STRATEGY = re.compile(r"(?:实施|深化|坚持|推进|落实|贯彻|深入实施|大力实施)(?P<s>[^，。；、“”]{2,12}?战略)")
_LOCATED = re.compile(r"(?:选址|位于|坐落于|落户|布局在|布局于)(?P<p>[^，。；、（）()的]{2,30})")
_LOCATED_TAIL = re.compile(r"(?:内|处|附近|一带|周边|境内|以[东南西北]|[东南西北]侧|[东南西北]部|区域|范围内)+$")



def find_works(text: str, *, prefixes: tuple[str, ...] = (), proper: frozenset[str] = frozenset(),
               relaxed: bool = False, broad: bool = False,
               attested: Callable[[str], bool] | None = None) -> list[Mention]:
    """Named works (projects, facilities) and parks in prose.

    A works name ends in a head of :data:`kg.extract.names.WORKS_SUFFIXES`; parks
    (产业园, 园区 …) get type ``Park``, the rest ``Project``. Generic phrases
    are dropped (see :func:`is_generic`; ``proper`` are known proper names
    for short stems), and so are names that are only the plan's own region
    plus a one-character head (``prefixes``: 零陵站) or a quoted slogan's head
    (“135”工程). The region names count as proper names (零陵古城).
    ``relaxed`` applies the lighter test of :func:`kg.extract.spans.is_generic`.
    ``broad`` (a nation's or province's plan, :func:`kg.extract.names.is_broad_plan`)
    keeps a facility only when it holds a proper part (三江源国家公园, 川藏铁路):
    such plans speak of kinds (科学大数据中心, 抽水蓄能电站); programmes named with
    工程/计划/行动 are kept. ``attested`` tells which everyday words jieba tags as names the plan
    uses as names (see :func:`kg.extract.spans.has_name_part`): a phrase listed with kinds needs one.

    Examples
    --------
    >>> [m.label for m in find_works("推进新材料产业园建设，加快建设锰系材料产业园，鼓励企业引进高铁刹车盘项目。")]
    ['新材料产业园', '锰系材料产业园', '高铁刹车盘项目']
    >>> [m.label for m in find_works("建设特色中药材种植基地、蔬菜基地，建设6个乡镇污水处理厂。")]
    []
    """
    found: list[Mention] = []
    kinds: list[tuple[int, int]] = []  # spans of works phrases read as kinds: what they are listed with is a kind too
    own = _own_level(prefixes, broad)
    for end, head in head_ends(text, WORKS_SUFFIXES):
        if _head_runs_on(text, end) or _head_inside_word(text, end, head):
            continue
        stops = "" if head in _ROUTE_HEADS else "至到"
        start = name_before(text, end, head=len(head), stops=stops, strict=True)
        if start < 0 or text[end - len(head) - 1:end - len(head)] in FUNCTION:
            continue  # 以病人为中心: a function word before the head leaves no name
        if text[start - 1:start] == "”":
            continue
        label = _drop_leading_figure(clean_name(text[start:end]))
        at = end - len(label)
        if _counted(text, at, end):
            kinds.append((at, end))
            continue  # 新建公办幼儿园12所, 建设6个乡镇污水处理厂: several of a kind, not one work
        if label[:1] in _WORD_ENDS:  # 型科技项目, 类开放平台: the walk stopped inside a word
            continue
        if head != "线路" and _LINE_BEFORE.match(label[: -len(head)]):
            label = label[_LINE_BEFORE.match(label[: -len(head)]).end():]  # 110千伏线路东山变电站: 东山变电站
            at = end - len(label)
        if len(head) == 1 and label.endswith(head * 2):  # 工农路路至桃江路: a doubled head is a misprint
            label, end = label[:-1], end - 1
        if _fragment(text, at, label):
            continue
        if _every_one(text, at, label, head, prefixes):
            kinds.append((at, end))
            continue  # 各学段融合教育资源中心, 村（社区）便民服务中心, 以房前屋后河塘沟渠为重点: every such one
        if _role_of_region(text, at, prefixes) or _SLOGAN_PARK.fullmatch(label):
            continue  # 将零陵建设成湘粤桂旅游圈黄金驿站: what the region becomes; 扩权强园: a slogan
        if is_kind_of_works(label) or _ranked(label, head, prefixes) or _per_unit(label, own) \
                or (head.endswith("网") or label.endswith("大楼") or _AREA_WIDE.match(label) and head not in _PROGRAMME_HEADS) \
                and not has_name_part(_AREA_WIDE.sub("", label[: -len(head)]), region=prefixes):
            # 货运铁路; 粤港澳重大合作平台, 普惠性幼儿园; 村综合文化服务中心 (every village's); 雨污分流管网: a
            # network is named by its place, one named by its use is every such pipe (住院大楼: a building of a
            # hospital's item, not a work of its own); 城乡社区综合服务中心,
            # 城镇老旧小区: facilities over town and country are every such one
            kinds.append((at, end))
            continue
        if _typed(label[: -len(head)], prefixes) or (head == "小区" and label[: -len(head)].endswith("房")
                                                     or _SCHOOLING.search(label)) \
                and not has_name_part(label[: -len(head)], region=prefixes):  # 公租房小区: estates of a housing type
            kinds.append((at, end))
            continue  # 装配式建筑产业基地: works of a building method, a type; 外商独资医院: an ownership — not one work
        if relaxed and _printed_longer(text, at, label, head):
            continue  # 永州市中心血站整体搬迁项目。…新建市中心血站: the item's own 永州市中心血站, shorter
        if relaxed and _refers_back(text, at, label):
            continue  # 水库灌区续建配套项目。灌区左中右干渠…: the item's 灌区, a part of its work
        if kind_by_context(text, at, end) and (text[at - 1:at] == "等" or not has_proper_part(label[: -len(head)])):
            if text[at - 1:at] != "等":  # 学苑路等断头路: the items before 等 are the named ones
                kinds.append((at, end))
            continue  # 荔枝中路、学苑路等断头路; 前海、南沙、横琴等粤港澳合作平台: the class of the items; 打造一批…庄园
        if relaxed and _component(text, end - len(label)) and not has_proper_part(label[: -len(head)]):
            continue  # 火车站绿地广场。包含地块内道路、排水…: a part of the item's work, not a work
        quoted = text[end - len(label) - 1:end - len(label)] == "“"  # “四好农村路”: a named programme
        if quoted and head in _NAMED_BY_WORDS and not _NUMERAL.search(label) \
                and not has_name_part(label[: -len(head)], region=prefixes):
            kinds.append((at, end))
            continue  # 消除“断头路”、“瓶颈路”: a road is named in plain words; quoted, the words are a term
        if broad and not quoted and (
                head not in _PROGRAMME_HEADS and (not has_name_part(label[: -len(head)], region=prefixes)
                                                  or _one_term(label[: -len(head)]))
                or head == "工程" and _works_of_a_kind(label[: -len(head)], prefixes)):
            kinds.append((at, end))  # its boxes too: 农村医疗卫生服务体系→…同步建设县医院、妇幼保健机构
            continue  # 科学大数据中心, 饲草料基地, 抗旱水源工程 in a national plan: every such work, not one
        if broad and text[at - 1:at] == "的" and not has_name_part(label[: -len(head)], region=prefixes):
            kinds.append((at, end))
            continue  # 三河三湖…及沿线的水污染治理工程: a 的-clause spreads a nation's kind of works over many places
        if broad and not relaxed and not quoted and label.endswith("项目"):
            continue  # 高技术开发项目, 外商投资特许权项目: a nation's prose names classes of projects
        if not broad and not relaxed and not quoted and _unnamed_facility(label, head, prefixes):
            kinds.append((at, end))
            continue  # 精神家园, 数字田园 in a county's prose: a figure of speech, no work
        if text[end - len(label) - 1:end - len(label)] in "（(" and re.search(r"[-－—]", label) \
                or re.search(r"(?:路|大道|大桥)至", label):
            continue  # （康济大道-香零山大桥）, 萍洲东路至泉南高速: a segment's ends, not a work
        if not broad and not quoted and _everyday_works(label, head, prefixes):
            kinds.append((at, end))
            if not relaxed:  # a box item's body names its own parts so (快递分拨中心): the list decides below
                continue  # 游客集散中心, 休闲养老健康养生基地 in a county's prose: a kind it wants more of
        if (is_generic(label, head=head, proper=proper | set(prefixes), relaxed=relaxed)
                or len(head) == 1 and label[:-1] in prefixes):
            continue
        kind = "Park" if label.endswith(PARK_SUFFIXES) else "Project"
        found.append(Mention(kind, label, end - len(label), end))
    return [m for m in longest_mentions(found) if not _listed_with_kinds(text, m, kinds, prefixes, attested)]


# A rank right before a phrase (全国重点|文保单位保护工程): the phrase is cut from a class of works.
_RANK_BEFORE = re.compile(r"(?:重点|重大|主要|骨干)$")
# A river or road and the strip along it (潇水两岸码头, 沿线): where works lie, not one work's name.
_ALONG = re.compile(r"(?<=[水江河湖溪])两岸|沿岸|沿线|沿江")  # not 厦门两岸 (across the strait)
# What a plan says it makes of its region (将零陵建设成…, 把全区打造为…): a role, not a work.
_BECOMES = re.compile(r"(?:将|把|使)(?P<who>[\u4e00-\u9fff]{1,6}?)(?:建设|打造|建|发展|培育)(?:成为|成|为)$")
# Four-character slogans over parks (扩权强园, 科技兴园): a policy, not a park or work.
_SLOGAN_PARK = re.compile(r"[\u4e00-\u9fff]{2}[强兴富活]园")


def _every_one(text: str, start: int, label: str, head: str, prefixes: tuple[str, ...]) -> bool:
    """Whether the words around a works phrase make it every work of its kind, not one.

    Marks of the genre: 各/每 before it (各学段融合教育资源中心); a bracketed administrative level
    before it (村（社区）便民服务中心: every village's); a rank before it (全国重点|文保单位保护工程);
    the focus of 以…为 (以房前屋后河塘沟渠为重点) and a strip along a river (潇水两岸码头) without
    a name part.

    >>> t = "实现各学段融合教育资源中心全覆盖，实施村（社区）便民服务中心提档升级工程"
    >>> _every_one(t, t.find("学段"), "学段融合教育资源中心", "中心", ())
    True
    >>> _every_one(t, t.find("便民"), "便民服务中心提档升级工程", "工程", ())
    True
    >>> t = "以房前屋后河塘沟渠为重点实施清淤，以零陵古城为龙头"
    >>> _every_one(t, 1, "房前屋后河塘沟渠", "渠", ()), _every_one(t, t.find("零陵古城"), "零陵古城", "城", ("零陵",))
    (True, False)
    """
    before = text[max(0, start - 4):start]
    if before.endswith(("各", "每")) or _RANK_BEFORE.search(before):
        return True
    if before.endswith(("）", ")")) and re.search(r"[（(](?:%s)[）)]$" % "|".join(_ADMIN_SMALL + ("乡镇",)), before):
        return True  # 乡镇（街道）政务大厅和村（社区）便民服务中心: a level in brackets before the phrase
    stem = label[: -len(head)] if head else label
    if _ALONG.search(stem) and head not in _PROGRAMME_HEADS:
        return True  # the river names where they lie; 湘江两岸生态修复工程 is one programme
    if text[start - 1:start] != "以" or not text.startswith("为", start + len(label)):
        return False
    # 以…为重点/为主: the focus of an action is a class of things; 以零陵古城为龙头 may name one
    return text.startswith(("为重点", "为主"), start + len(label)) or not has_name_part(stem, region=prefixes)


def _role_of_region(text: str, start: int, prefixes: tuple[str, ...]) -> bool:
    """Whether a phrase is the complement of 将<region>建设成 (将零陵建设成湘粤桂旅游圈黄金驿站): a role.

    >>> t = "将零陵建设成湘粤桂旅游圈黄金驿站"
    >>> _role_of_region(t, t.find("湘粤"), ("零陵",)), _role_of_region("建成永州七中", 2, ("零陵",))
    (True, False)
    """
    m = _BECOMES.search(text[clause_start(text, start, "，,。；;：:"):start])
    return bool(m) and (any(p and p in m["who"] for p in prefixes) or m["who"] in ("其", "全区", "全市", "全县", "全省", "我国"))


# Heads a county's prose uses for a figure of speech (精神家园, 数字田园) unless a place, number or brand
# names one (桃溪田园).
_FACILITY_HEADS = ("家园", "田园")


def _unnamed_facility(label: str, head: str, prefixes: tuple[str, ...]) -> bool:
    """Whether a county's prose phrase ends in a head of :data:`_FACILITY_HEADS` and holds no name part.

    >>> _unnamed_facility("数字田园", "园", ()), _unnamed_facility("精神家园", "园", ())
    (True, True)
    >>> _unnamed_facility("零陵田园", "园", ("零陵",)), _unnamed_facility("零陵汽车东站", "站", ())
    (False, False)
    """
    if not label.endswith(_FACILITY_HEADS) or label.endswith(PARK_SUFFIXES):  # parks: see is_park_name
        return False
    return not has_name_part(label[: -len(head)], region=prefixes)


def _typed(stem: str, prefixes: tuple[str, ...]) -> bool:
    """Whether a works stem holds a type word (装配式, 智能型) and no name part: a kind of work.

    >>> _typed("装配式建筑产业", ()), _typed("锰系材料产业", ())
    (True, False)
    """
    return any(len(w) >= 3 and w[-1] in "式型" for w in tokens(stem)) and not has_name_part(stem, region=prefixes)


def _printed_longer(text: str, start: int, label: str, head: str) -> bool:
    """Whether ``label`` at ``start`` was printed before in the same paragraph as the end of a longer name
    (永州市中心血站 … 市中心血站): the same work, its longest printed form is the name.

    >>> _printed_longer("桃溪县中心血站迁建。新建县中心血站。", 12, "县中心血站", "站")
    True
    >>> _printed_longer("新建县中心血站。", 2, "县中心血站", "站")
    False
    """
    at = text.find(label)
    while 0 <= at < start:
        if name_before(text, at + len(label), head=len(head), strict=True) < at:
            return True
        at = text.find(label, at + 1)
    return False


def _refers_back(text: str, start: int, label: str) -> bool:
    """Whether a box item's works phrase opens with a works head its text printed before (灌区左中右干渠 after
    石坝仔水库灌区…): the item's work again, the phrase one of its parts."""
    head = next((h for h in _WORKS_HEADS if len(h) >= 2 and label.startswith(h) and len(label) > len(h)), "")
    return bool(head) and head in text[:start] and not has_name_part(label[len(head):])


def _one_term(stem: str) -> bool:
    """Whether a stem is one dictionary term jieba tags as a proper noun (换乘 in 换乘中心): a use, no name."""
    import jieba.posseg

    words = list(jieba.posseg.cut(stem, HMM=False))
    return len(words) == 1 and words[0].flag == "nz" and is_common_word(stem, 20)


def _works_of_a_kind(stem: str, prefixes: tuple[str, ...]) -> bool:
    """Whether a nation's ``stem + 工程`` builds a kind of thing (抗旱水源工程, 己内酰胺工程, 联网工程) rather
    than naming a programme by its aim (天然林资源保护工程, 文化惠民工程, 林纸一体化工程): the word before
    工程 is a thing (a noun) and nothing in the name is proper."""
    import jieba.posseg

    words = list(jieba.posseg.cut(stem, HMM=False))
    return bool(words) and words[-1].flag in ("n", "nz") and len(words[-1].word) >= 2 \
        and not has_name_part(stem, region=prefixes)


# Words spreading a facility over town and country (城乡社区综合服务中心, 城镇老旧小区, 农村公路): every such one.
_AREA_WIDE = re.compile(r"^(?:城乡|城镇|农村|乡村|[市县区镇全]域)")  # 市域快速路: every such road of the city
# Qualifiers that rank a class of works (重大合作平台, 骨干工程, 高等级航道): one work is named by what is its own.
_RANK = re.compile(r"重大|重点|骨干|主要|高等级|优质|基础设施|配套设施|专业$")  # 锰产业专业园区: a specialised park
# Administrative levels, from the nation down: a works phrase led by a level below the plan's own is every
# unit's facility (村综合文化服务中心 in a county plan, 县中医院 in a nation's), not one work.
_LEVELS = {"国家": 0, "省": 1, "自治区": 1, "市": 2, "州": 2, "地市": 2, "县": 3, "区": 3, "乡镇": 4, "乡": 4,
           "镇": 4, "街道": 4, "村": 5, "社区": 5}

def _ranked(label: str, head: str, prefixes: tuple[str, ...]) -> bool:
    """Whether a rank or a grade before the head makes ``label`` a class (粤港澳重大合作平台, 节水灌溉骨干工程,
    普惠性幼儿园, 百万吨级尿素基地); a grade after a name part (厦门两岸区域性金融服务中心), a programme's
    grade (保障性安居工程) and a rank after a programme's name part (治淮骨干工程) stay."""
    stem = label[: -len(head)]
    rank = _RANK.search(stem)
    if rank and (head not in _PROGRAMME_HEADS or not has_name_part(stem[: rank.start()], region=prefixes)):
        return True  # 治淮骨干工程 is the backbone programme of one river
    grade = GRADE.search(stem)
    return bool(grade) and head not in _PROGRAMME_HEADS and not has_name_part(stem[: grade.start()], region=prefixes)


def _own_level(prefixes: tuple[str, ...], broad: bool) -> int | None:
    """The rank in :data:`_LEVELS` of the plan's own region (零陵区 → 3, a nation → 0); None when unknown."""
    if any(p.startswith("中华人民共和国") for p in prefixes):
        return 0
    for p in sorted(prefixes, key=len, reverse=True):
        level = next((r for name, r in _LEVELS.items() if name != "国家" and p.endswith(name)), None)
        if level is not None:
            return level
    return 0 if broad else None


def _per_unit(label: str, own: int | None) -> bool:
    """Whether ``label`` opens with an administrative level below the plan's own (乡镇卫生院, 县级服务站),
    with two levels (国省干线公路) or with 通 + a kind of place (通村公路): works of every unit, not one.

    >>> _per_unit("县中医院", 0), _per_unit("村综合文化服务中心", 3), _per_unit("区政务服务中心", 3)
    (True, True, False)
    """
    if re.match(r"国[省市县]|[省市县区乡村](?!镇)[省市县区乡村]|通(?:[村乡镇组]|景区|园区)", label):
        return True  # 国省干线公路, 县乡公路: every road of those levels; 通景区公路: the roads to every site
    if own is None:
        return False
    words = tokens(re.sub(r"^[\u4e00-\u9fff]{2,4}地区", "", label))  # 中西部地区乡镇卫生院
    return len(words) >= 2 and _LEVELS.get(words[0].removesuffix("级"), -1) > own


_MARKS = "，,。；;：:！？"  # what parts the clauses a list of works is read in


def _listed_with_kinds(text: str, m: Mention, kinds: list[tuple[int, int]], prefixes: tuple[str, ...],
                       attested: Callable[[str], bool] | None = None) -> bool:
    """Whether a works name without a name part is listed (A、B) in one clause with kinds: a kind too.

    Plans list kinds together (游客集散中心、自驾游服务中心; 县医院、…、县中医院) and give a kind's other name
    in brackets after it (综合服务中心（党群服务中心）); a member that holds a place, a person, a code or the
    region is named (新疆钾肥基地); streets and buildings are named by words.
    """
    if m.type != "Project" or m.label.endswith(_NAMED_BY_WORDS + _NAMED_BUILDINGS):
        return False
    lo, hi = clause_start(text, m.start, _MARKS), clause_end(text, m.end, _MARKS)
    aliased = any(b == m.start - 1 and text[b:b + 1] in "（(" for _, b in kinds)  # 服务中心（党群服务中心）
    if not aliased and ("、" not in text[lo:hi]
                        or not any(lo <= a and b <= hi and (b <= m.start or a >= m.end) for a, b in kinds)):
        return False
    head = next(h for h in _WORKS_HEADS if m.label.endswith(h))
    stem = m.label[: -len(head)]
    if head in _PROGRAMME_HEADS and has_verb(stem) or re.search(r"水库|[河江湖溪山岭岩洲]", stem):
        return False  # 森林质量精准提升工程: a programme named by its action; 愚溪风光带: a site's
    if len(tokens(stem)) == 1 and is_place_word(stem, ("nr",)) and is_common_word(stem, 20):
        return True  # 苗木基地 among 蔬菜基地、油茶基地: jieba reads 苗木 as a person, the list as kinds
    return not has_name_part(stem, region=prefixes, attested=attested) and text[m.start - 1:m.start] != "“"


# A name never starts with an action (降低供水管网漏损率, 采用…模式) and never holds a
# "+" (企业+学校 is a model, not a name); 各项民生工程 is a count of works, not a name.
_LEADING_VERB = re.compile(r"^(?:降低|提高|采用|扩大|加快|推进|推动|推广|淘汰|加强|完善|促进|提升|鼓励|支持|引导|依托|通过|围绕|利用|深度融合|"
                           r"加紧|配合|确保|确定|构筑|坚定|守护|开放|努力|力争|争取|有计划|要(?![素塞地])|使(?!馆)|同国外|有中国|我国)")
# A measure word or unit opening a phrase (个毛纺厂 of 6 个毛纺厂, 兆瓦核供热堆 of 200 兆瓦…): cut from a figure.
_MEASURE_START = re.compile(r"^(?:个|座|所|批|条|万?千瓦|兆瓦|万吨|吨)")
_COUNTED = re.compile(r"[各每多几数该本这那其一二两三四五六七八九十百千\d]$")


_CATEGORY = re.compile(r"^(?:重大|重点|主要|若干|各类|各种|相关|清单内|非基础性|既有|现有|整[县市乡村])")  # 整县推进项目: a way
_ABSTRACT_ROAD = re.compile(r"(?:[化的]|主义)道路$|\d+万?路$")  # …社会主义道路; 交换设备40万路: circuits  # 新型城镇化道路: a path of development, not a road


# Heads whose one-word stems are names (东风大桥, 荔枝路): streets and bridges are named by everyday words.
_NAMED_BY_WORDS = ("路", "街", "大道", "桥", "大桥", "中学", "小学")
_NAMED_BUILDINGS = ("楼", "馆", "阁", "亭", "塔", "寺", "庙", "院", "学校", "渠")
_PROGRAMME_HEADS = ("工程", "项目", "计划", "行动", "专项")
_WORKS_TAILS = ("建设项目", "建设工程", "工程项目", "项目", "工程", "建设")
_WORKS_HEADS = tuple(sorted(WORKS_SUFFIXES, key=len, reverse=True))


def is_kind_of_works(label: str) -> bool:
    """Whether a works name is one everyday word plus heads: a kind (货运铁路, 储能电站项目, 大科学工程), not a work.

    Streets, bridges, schools and parks are named by everyday words (荔枝路, 东风大桥, 树德中学,
    新材料产业园) and stay names.

    Examples
    --------
    >>> is_kind_of_works("货运铁路"), is_kind_of_works("储能电站项目"), is_kind_of_works("老工业基地")
    (True, True, True)
    >>> is_kind_of_works("湘桂铁路"), is_kind_of_works("荔枝路"), is_kind_of_works("梁山岐风电场")
    (False, False, False)
    """
    stem = re.sub(r"[（(][^）)]*[）)]$", "", label)
    for tail in _WORKS_TAILS:
        if stem.endswith(tail) and len(stem) > len(tail) + 1:
            stem = stem[: -len(tail)]
            break
    head = next((h for h in _WORKS_HEADS if stem.endswith(h) and len(stem) > len(h) + 1), "")
    if head in _NAMED_BY_WORDS or head in PARK_SUFFIXES or not head and stem == label:
        return False
    stem = stem[: len(stem) - len(head)]
    return bool(re.search(r"[型性式类]$", stem)) or is_kind_word(stem)  # 海绵型道路, 劳动积累型工程: a type


# What makes the works phrases of a clause several of a kind: 打造一批…庄园, 建设若干…中心.
_SEVERAL = re.compile(r"一批|若干|各类|各种|一系列|多个|多座|多条|众多|不同类型|多种")
# A grade an organisation strives for (二级医院, 三甲医院), not its name.
_RATING = re.compile(r"(?:[一二三]级|[一二三][甲乙]|甲等|乙等)(?:医院|学校|中学|小学)$")
# How a school is run (公办, 全日制): every school so run, not one organisation.
_SCHOOLING = re.compile(r"公办|民办|公立|私立|全日制|民营|独资|合资|营利|紧密型|行业性|大企业|大公司|^大型")
# (how an organisation is owned or run, its size or form — 外商独资医院, 紧密型城市医疗集团, 大企业集团: every such one)
# What makes a works phrase a class the clause assigns: ，为客运一级站, 是…, 属于…
_CLASS_OF = re.compile(r"(?:^|[，,。；;：:])(?:为|是|属于|定为|列为|评为)$")
# A box item's body listing what a work holds: 包含地块内道路、排水…; 建设内容包括…征地拆迁工程.
_COMPONENTS = re.compile(r"包含|包括|建设内容|主要建设|含有")


def kind_by_context(text: str, start: int, end: int) -> bool:
    """Whether the clause around a works phrase makes it a kind rather than one work.

    Three marks of the genre: the phrase right after 等 names the class of
    the items listed before it (荔枝中路、学苑路等断头路); a clause counting
    several (一批, 若干, 各类) before the phrase speaks of many of a kind
    (打造一批…精品休闲农业庄园); a phrase that is the complement of 为/是/属于
    at a clause's start is a class assigned (项目占地140亩，为客运一级站).

    Examples
    --------
    >>> text = "打通荔枝中路、学苑路等断头路，打造一批集观光、民宿于一体的精品休闲农业庄园。"
    >>> kind_by_context(text, text.find("断头路"), text.find("断头路") + 3)
    True
    >>> kind_by_context(text, text.find("精品"), text.find("庄园") + 2)
    True
    >>> kind_by_context(text, text.find("学苑路"), text.find("学苑路") + 3)
    False
    """
    if text[start - 1:start] == "等" and not is_common_word(text[max(0, start - 2):start], 20):
        return True  # 高等, 中等 are words; 等 on its own closes a list
    clause = text[clause_start(text, start, "，,。；;：:！？"):start]
    return bool(_SEVERAL.search(clause)) or bool(_CLASS_OF.search(text[max(0, start - 4):start]))


def _component(text: str, start: int) -> bool:
    """Whether a works phrase sits in a sentence listing a work's contents (包含/包括/建设内容)."""
    sentence = text[clause_start(text, start, "。；;"):start]
    return bool(_COMPONENTS.search(sentence))


def _everyday_works(label: str, head: str, prefixes: tuple[str, ...]) -> bool:
    """Whether a works name is everyday words only before its head (游客集散中心, 公办幼儿园): a kind.

    Streets, bridges, buildings and programmes are named by everyday words
    (荔枝路, 醉僧楼, 文化惠民工程) and stay; so do names holding the region
    (零陵古城) or a site (贤水河灌区).
    """
    stem = label[: -len(head)]
    for tail in _WORKS_TAILS:  # 养生基地建设项目: the stem before every head
        if stem.endswith(tail) and len(stem) > len(tail):
            stem = stem[: -len(tail)]
    if head in _NAMED_BY_WORDS or head in ("工程", "计划", "行动") or label.endswith(_NAMED_BUILDINGS) or len(stem) < 2:
        # 文化惠民工程: a programme is named by everyday words
        return False
    if any(p and p in label for p in prefixes) or re.search(r"水库|[河江湖山岭岩洲镇乡村]", stem):
        return False
    return _all_everyday(stem)


def _all_everyday(stem: str) -> bool:
    """Whether jieba reads ``stem`` as dictionary words of two characters or more, each an everyday one."""
    words = tokens(stem)
    return bool(words) and all(len(w) >= 2 and is_common_word(w, 100) and not is_place_word(w) for w in words)


def _fragment(text: str, start: int, label: str) -> bool:
    """Whether a works name is a fragment of a phrase, a category or a quoted slogan's piece rather than a name."""
    if splits_a_word(text, start):
        return True  # 其他|地区老工业基地: the walk stopped inside a word
    if _LEADING_VERB.match(label) or _MEASURE_START.match(label) or re.search(r"[+＋→]", label) or _CATEGORY.match(label) \
            or re.search(r"(?:重大|重点)[\u4e00-\u9fff]{0,4}(?:项目|工程)$", label[2:]) or _RATING.search(label):
        # 妇幼重大公共卫生项目, 零陵产业创新重点项目: a heading of many, not one
        return True
    if _shares_a_head(text, start) or _after_brackets(text, start) or _WITHIN.match(label):
        return True
    if re.match(r"\d{2,4}年", label):
        return True  # 1985年全国小学: a year's count of a kind, not a name
    if _RANGE.search(label) or _CONJUNCT.search(text[max(0, start - 3):start]):
        return True  # 60纳米至45纳米高速, 普及五～六年小学: a range; 核与|辐射安全工程: cut after a one-word conjunct
    if re.match(r"[市县区省]国家", label) or re.search(r"[设建][站厂]$", label):
        return True  # 市国家农业科技园 (of 永州市…): a level cut from its region; 在零陵设站: a verb, no name
    if _EXISTING.search(label[1:]) or _FORMER.search(label) or _TWO_BUILDINGS.fullmatch(label):
        return True  # 湖南四省已有排涝泵站: a class of works already there; 科教楼行政楼: two buildings of a list
    if text[start - 1:start] == "含":
        return True  # 含重金属废水处理工程: 含 (holding) opens what the works treat, the name starts before it
    if _ABSTRACT_ROAD.search(label) or re.fullmatch(r"[一二三四五六七八九十\d]+期工程", label) \
            or re.search(r"(?:路|大道|街)道路$", label):  # 连接古城路道路: the road is 古城路
        return True  # 三期工程 alone names a phase, not the work
    if re.match(r"[一二两三四五六七八九十][\u4e00-\u9fff]{1,3}[一二两三四五六七八九十]", label):
        return True  # “两中心一平台”: a slogan counting works, not one
    opened = text.rfind("“", 0, start)
    if opened > text.rfind("”", 0, start) and "、" in text[opened:text.find("”", start) % (len(text) + 1)]:
        return True  # “…文化旅游名城、生态宜居新城”: a quoted list of titles the plan gives itself
    if start > 0 and is_common_word(text[start - 1:start + 1], 1000):
        return True  # 其中高速公路, 对外快速公路: the walk stopped inside a word
    if text[start - 1:start] == "“" and text[start + len(label):start + len(label) + 1] != "”":
        return True  # “进村进厂出海”工程: a piece of a quotation
    return label[:1] in "项个类种批" and bool(_COUNTED.search(text[max(0, start - 1):start]))


# Two figures joined by a range mark (五～六年, 60纳米至45纳米): a specification, not a name.
_RANGE = re.compile(r"[0-9一二三四五六七八九十]+[\u4e00-\u9fff]{0,2}[～~至][0-9一二三四五六七八九十]+")
# One character and a conjunction right before a phrase (核与|辐射安全工程, 水与|…): the name runs across it.
_CONJUNCT = re.compile(r"(?:^|[，,。；;、：:（(“\s])[^以\W][与和及]$")  # not 以及, which closes a list


# Works already standing, named by their state inside a phrase (四省已有大型泵站, 全市现有水库): a class.
_EXISTING = re.compile(r"已有|现有|既有|原有")
# A town and 原 (former) before a site (珠山镇原上田工业园): the town's old site described, not a name.
_FORMER = re.compile(r"(?<=[镇乡村])原")
# Two buildings printed without a stop between them (科教楼行政楼): the walk ran over a list.
_TWO_BUILDINGS = re.compile(r"[\u4e00-\u9fff]{2}([楼馆])[\u4e00-\u9fff]{2}\1")
# A power line before a station's name (110千伏线路东山变电站): two works, the name starts after 线路.
_LINE_BEFORE = re.compile(r"^.*?线路(?=[\u4e00-\u9fff]{2,}$)")


# A region and 内/境内 before a name: where the work lies (零陵区内永州大道), not part of its name.
_WITHIN = re.compile(r"^[\u4e00-\u9fff]{1,6}[省市县区镇乡村](?:境内|域内|内)")


def _shares_a_head(text: str, start: int) -> bool:
    """Whether a works name follows 及 after a few nouns without a works head: one name in two
    (妇幼保健及计划生育服务中心, 输电通道及联网工程) cut at its conjunction. 和/与 join names as often
    as they join the parts of one (载人航天与探月工程), and 以及 closes a list: neither counts.

    >>> t = "建设妇幼保健及计划生育服务中心，建设中心医院及疾控中心，新建甲小区一期及乙小区。"
    >>> _shares_a_head(t, t.find("计划")), _shares_a_head(t, t.find("疾控")), _shares_a_head(t, t.find("乙"))
    (True, False, False)
    """
    if text[start - 1:start] != "及" or text[start - 2:start] == "以及":
        return False
    before = re.split(r"[，,。；;：:、（）()“”和与]", text[:start - 1])[-1]
    before = re.sub(r"^(?:%s)" % "|".join(sorted(LEADING_VERBS, key=len, reverse=True)), "", before)
    if _RANK.match(before):
        return True  # 主要输电通道及联网工程: the rank spreads over both, each a class of works
    return 2 <= len(before) <= 8 and not has_verb(before) and not any(h in before for h in WORKS_SUFFIXES)


def _after_brackets(text: str, start: int) -> bool:
    """Whether a works name follows a bracket closing inside a longer name (零陵古城（杨塘）棚改安置小区)."""
    if text[start - 1:start] not in ("）", ")"):
        return False
    opened = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
    inner = text[opened + 1:start - 1]  # 杨塘: a place's name; not 社区 (村（社区）: a level) nor a remark
    return opened > 0 and bool(re.match(r"[\u4e00-\u9fff0-9A-Za-z]", text[opened - 1])) \
        and bool(re.fullmatch(r"[\u4e00-\u9fff]{1,6}", inner)) and inner not in _ADMIN_SMALL + ("乡镇", "村组") \
        and not re.match(r"含|包括|以|即|不含|暂定", inner)


# Verbs that start (or sit inside) a clause about industries, never a field's name: 有利于战略性新兴产业,
# 振兴基础产业, 技术引领产业, 大湾区转移产业.
_INDUSTRY_VERB = re.compile(r"^(?:引领|抢占|培育|发展|壮大|推动|加快|支持|打造|投资|努力|缓解|有利于|进一步|制定|掌握|开拓|"
                            r"振兴|理顺|覆盖|面向|融合|开放|开发|确保|确定|构筑|使|要|我国|我省|加紧)|引领|转移|兴办|面向|覆盖|统筹|集聚|进入")
# What makes a kind of industry by a property or a policy, not a field: 禁止类, 高耗能, 产能过剩.
_INDUSTRY_QUALITY = re.compile(r"高耗|高载|高危|高污染|高排放|产能过剩|密集|非农|类$|性新兴$|^高新?(?:技术)?$|"
                               r"^(?:优势|先导|创汇|重大|重要|传统|支柱|未来|全球|高能级|经营性|涉|新兴|接续|替代|带头)")
# 高技术产业, 高新产业, 接续替代产业, 知识技术密集产业: a class of fields by a quality or role


def not_an_industry(label: str, stem: str | None = None) -> bool:
    """Whether an industry-like phrase is no field of industry.

    A quality (支柱性产业, 禁止类产业, 高耗能产业), a verb phrase (抢占未来产业,
    有利于战略性新兴产业, 振兴基础产业), two fields run together (汽车和建筑业),
    a region's industry (京津冀产业链) or a consumption mode (时尚消费).
    ``stem`` is the label without its head (产业, 行业 …).

    Examples
    --------
    >>> not_an_industry("有利于战略性新兴产业", "有利于战略性新兴"), not_an_industry("汽车和建筑业")
    (True, True)
    >>> not_an_industry("高耗水产业", "高耗水"), not_an_industry("生物医药产业", "生物医药")
    (True, False)
    """
    stem = label if stem is None else stem
    if _INDUSTRY_VERB.search(label) or re.search(r"[性型]$|区$", stem) or re.search(r"以及|[和及与]", label):
        return True
    return bool(_INDUSTRY_QUALITY.search(stem) or label.endswith("消费") or splits_a_word(label, 0)
                or any(m.start == 0 for m in find_places(stem)) or _led_by_region(stem))


# One-character names of the provinces: two or three run together name a region (京津冀, 粤港澳, 川渝).
_REGION_GROUP = re.compile(r"^(?:[京津冀沪苏浙皖粤港澳川渝黔滇桂湘鄂赣闽琼晋陕甘宁青藏蒙辽吉黑鲁豫]{2,3}|[长珠]三角)")


# What follows a region's name in its industry when no field does: a class (深圳高新技术产业) or nothing.
_CLASS_OF_FIELDS = re.compile(r"高新技术|高技术|先进制造|现代服务|知识密集|创新")


def _led_by_region(stem: str) -> bool:
    """Whether an industry is a region's name and a class of fields (深圳高新技术, 京津冀 + 产业链): that
    region's industry, which a plan attracts or joins, not a field of its own (海洋油气 is a field).

    >>> _led_by_region("深圳高新技术"), _led_by_region("京津冀"), _led_by_region("海洋油气")
    (True, True, False)
    """
    group = _REGION_GROUP.match(stem)
    words = tokens(stem)
    if group:
        rest = stem[group.end():]
    elif len(words) >= 2 and is_place_word(words[0]):
        rest = stem[len(words[0]):]
    else:
        return False
    return not rest or bool(_CLASS_OF_FIELDS.match(rest) or _INDUSTRY_QUALITY.search(rest))



def _head_runs_on(text: str, end: int) -> bool:
    """Whether the head is the start of a longer word: 馆藏, 站点, 厂房; or of a compound: 入园率, 平台型;
    or opens a group (水库群), a discipline (工程技术) or an organisation's name (湖南高速|建设工程有限公司)."""
    nxt = text[end:end + 1]
    if _ORG_TAIL.match(text, end):
        return True
    return bool(nxt) and (nxt in "率性化型式群" or is_common_word(text[end - 1:end + 1], 20)
                          or text.startswith(("技术", "师"), end) and text[end - 2:end] == "工程")


# An organisation's suffix a few characters after a works head, in one noun phrase: the head is inside its name.
_ORG_TAIL = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:有限公司|有限责任公司|股份公司|集团)")


# A word ending in 路 that is no road (a circuit), too rare for the frequency test below; 通路, 门路 are not
# listed: a street's name ends so too (政通路, 龙门路).
_PATHS = ("电路",)


def _head_inside_word(text: str, end: int, head: str) -> bool:
    """Whether the head is the tail of an everyday word (思路, 工厂, 校园, 宅基地), not a works head."""
    word = text[max(0, end - len(head) - 1):end]
    if word.startswith("之") or head == "路" and word in _PATHS:  # 振兴之路, 文化之乡; 集成电路
        return True
    before = text[end - len(head) - 2:end - len(head) - 1]
    if head in ("路", "街") and word[:1] in "一二三四五六七八九十" and re.fullmatch(r"[\u4e00-\u9fff]", before) \
            and before not in FUNCTION and not is_common_word(text[end - len(head) - 3:end - len(head) - 1], 300):
        return False  # 政通一路, 人和三路: a numbered street, not 一路 (all the way)
    return len(word) > len(head) and word not in WORKS_SUFFIXES and is_common_word(word, 1000 if len(head) == 1 else 50)


_COUNT_AFTER = re.compile(r"^[（(]?(?:[0-9]+|[一二两三四五六七八九十百千]+)(?:个|座|所|处|家|条|栋|台|套|批|户|张)(?=[，,。；;、）)长宽共约]|$)")
_COUNT_BEFORE = re.compile(r"(?:[0-9]+|[两三四五六七八九十百千几多数]+)(?:个|座|所|处|家|条|栋|批)$")


def _counted(text: str, start: int, end: int) -> bool:
    """Whether a count stands right before or after a works phrase (幼儿园12所, 6个污水处理厂)."""
    return bool(_COUNT_AFTER.match(text[end:end + 8]) or _COUNT_BEFORE.search(text[max(0, start - 6):start]))


def _drop_leading_figure(label: str) -> str:
    """``6个乡镇污水处理厂`` → ``乡镇污水处理厂``: a count before a name is not part of it."""
    m = re.match(r"^[0-9.\-—～~]+(?:个|座|条|所|处|家|项|期|批|大)", label)
    return label[m.end():] if m else label


def find_organizations(text: str) -> list[Mention]:
    """Organisations named by their head: 公司, 集团, 银行, 医院, 学院 ….

    Examples
    --------
    >>> [m.label for m in find_organizations("支持永州农商银行零陵支行等本地金融机构做大做强，鼓励商业银行加强合作。")]
    ['永州农商银行零陵支行']
    """
    found = []
    for end, head in head_ends(text, _ORG_SUFFIXES):
        if continues(text, end) and not text.startswith(("零", "分", "支"), end):
            continue
        start = name_before(text, end, head=len(head))
        label = clean_name(text[start:end])
        if splits_a_word(text, end - len(label)) or re.search(r"[和及与]", label) or has_verb(label[: -len(head)]):
            continue  # 其他|商业银行; 电机和轮胎翻新; 境外机构参股国内证券公司
        if len(label) > 20 or is_generic(label, head=head) or re.search(r"[性型]$", label[: -len(head)]) \
                or re.match(r"[0-9]", label):  # 1985年全国小学: a year's count of schools, not one
            continue  # 政策性银行, 研究型大学: a kind of organisation, not one
        if _RATING.search(label) or _SCHOOLING.search(label):
            continue  # 争创…二级医院, 三甲医院: a rating to reach, not an organisation
        found.append(Mention("Organization", label, end - len(label), end))
    return longest_mentions(found)


def find_places(text: str, *, known: tuple[str, ...] = ()) -> list[Mention]:
    """Places: towns, townships, villages, counties (by suffix), rivers, numbered roads.

    ``known`` are place names already established (the plan's own region);
    they are found wherever printed.

    Examples
    --------
    >>> [m.label for m in find_places("项目选址珠山镇原上田工业园，G207零陵区黄田铺高速出口至石山脚公路")]
    ['珠山镇', 'G207']
    >>> [m.label for m in find_places("加快推进中小河流治理，主要对湘江、石期河、黄花河进行岸坡整治")]
    ['湘江', '石期河', '黄花河']
    """
    found: list[Mention] = []
    for end, head in head_ends(text, _ADMIN_SMALL + _ADMIN_LARGE + _RIVER):
        if end < len(text) and (is_common_word(text[end - 1:end + 1], 20) or text[end] == "务"):
            continue  # 村务, 区域: the head starts a word; 党务村务公开: X务 names affairs, not a place
        if _everyday_tail(text[end - 2:end]):  # 城乡, 农村, 社区, 下乡: the head ends an everyday word
            continue
        if head in _RIVER and (text.startswith(("流", "湖", "道", "段", "口", "岸", "畔", "岩", "峡", "坝", "滩", "水系", "新城", "新区", "片区"), end)
                               or is_common_word(text[end - 2:end], 300)):
            continue
        longest = 3 if head in _ADMIN_SMALL or head in _RIVER else 6
        start = name_before(text, end, head=len(head), max_len=longest + len(head), stops="省市县区镇乡",
                            strict=True)
        if start < 0:
            continue
        label = text[start:end]
        stem = label[: -len(head)]
        if _runs_into_a_phrase(text, start, end) or splits_a_word(text, start) \
                or head in _RIVER and len(stem) == 1 and _PAIRED_WATERS.match(text, end):
            continue  # 村容村|貌, 通江|达海; 筑牢|三江; 跨江越海: verb + water twice is a figure of speech
        if not _place_stem(stem, label, head):
            continue
        found.append(Mention("Place", label, start, end))
    for m in _ROAD_CODE.finditer(text):
        found.append(Mention("Place", _road_label(m), m.start(), m.end()))
    for name in known:
        for m in re.finditer(re.escape(name), text):
            found.append(Mention("Place", name, m.start(), m.end()))
    return longest_mentions(found)


# The second half of a four-character phrase pairing two waters (通江|达海, 跨江|越海): a figure of speech.
_PAIRED_WATERS = re.compile(r"[\u4e00-\u9fff][江河湖海洋]")


def _runs_into_a_phrase(text: str, start: int, end: int) -> bool:
    """Whether the name and the next characters are one dictionary phrase (村容村貌, 通江达海): no place."""
    return any(is_common_word(text[start:end + k], 1) and not is_place_word(text[start:end + k])
               for k in (1, 2))  # 湛江市 is still 湛江


def _everyday_tail(word: str) -> bool:
    """Whether a two-character word is an everyday word, not the tail of a place name (山镇 is one)."""
    return is_common_word(word, 1000) or is_common_word(word, 150) and not is_place_word(word)


def _place_stem(stem: str, label: str, head: str) -> bool:
    if not stem or not re.fullmatch(r"[\u4e00-\u9fff]+", stem) or stem.endswith("之") or any(c in FUNCTION for c in stem):
        return False
    if stem[0] in "一二两三四五六七八九十几多较更最" or stem[-1] in "入下回返出进到带还一二两三四五六七八九十百千万":
        # 三江, 退田还湖, 较多城市; a count before the head is no name (东北三江, 万村千乡)
        return False
    if head in _ADMIN_LARGE and stem[-1] in "强大名重":
        return False  # 旅游名县, 工业强县: a title the plan wants counties to earn
    if head in _RIVER:  # 湘江, 石期河; not 运河, 滨江 (everyday words) unless a known place
        if len(stem) == 1:
            return is_place_word(label)
        return is_place_word(label) or (len(stem) <= 3 and not is_common_word(label, 300) and not is_common_word(stem, 3000))
    if is_common_word(label, 50):
        return False
    if len(stem) < 2:
        return False
    if head in _ADMIN_SMALL and any(is_common_word(stem[i:i + 2], 1000) for i in range(len(stem) - 1)):
        return False  # 上公路乡, 人均城镇: an everyday word inside is no town's name
    if GENERIC_START.match(label) or is_common_word(stem) and head not in _ADMIN_LARGE:
        return False
    if head in _ADMIN_LARGE:  # 区/市/县: mostly generic (示范区, 城市); trust only the dictionary's place names
        return is_place_word(label) or is_place_word(stem)
    return not is_all_common(stem)


def _road_label(m: re.Match) -> str:
    """G207, 国道207 and 207国道 are one road: label them as the code."""
    if m["g"]:
        return m["g"] + m["n"]
    if m["n2"]:
        return ("G" if m.group().startswith("国") else "S") + m["n2"]
    return ("G" if m["k"] == "国道" else "S") + m["n3"]


def find_slogans(text: str) -> list[Mention]:
    """Strategies: quoted numbered slogans (“三高四新”战略, “6+1”产业链, “135”工程) and X战略.

    A quoted phrase counts when it holds a numeral or is followed by a head
    such as 战略/工程/行动; “十四五”-style period names do not.

    Examples
    --------
    >>> [m.label for m in find_slogans("大力实施“三高四新”战略，巩固“6+1”产业链，“十四五”期间实施乡村振兴战略")]
    ['“三高四新”战略', '“6+1”产业链', '乡村振兴战略']
    """
    found = []
    for m in _SLOGAN.finditer(text):
        quoted = m["q"]
        if _PERIOD.match(quoted) or not (_NUMERAL.search(quoted) or m["head"]) or len(quoted) < 2:
            continue
        if "，" in quoted or re.search(r"\d+(?:m|强|个)", quoted):  # a quoted sentence or a ranking, not a slogan
            continue
        if not m["head"] and not re.search(r"[0-9一二三四五六七八九十两]+[个大项条化]?[^\d]", quoted + " "):
            continue
        found.append(Mention("Strategy", m.group(), m.start(), m.end()))
    for m in _STRATEGY.finditer(text):
        label = clean_name(m["s"])
        if len(label) >= 6:
            found.append(Mention("Strategy", label, m.end() - len(label), m.end()))
    return longest_mentions(found)


def find_located(text: str, *, prefixes: tuple[str, ...] = ()) -> list[Mention]:
    """Sites after 选址/位于/落户: the place a project is built in.

    Examples
    --------
    >>> [m.label for m in find_located("项目选址珠山镇原上田工业园，以再生铝为主导产业")]
    ['珠山镇']
    >>> [m.label for m in find_located("选址零陵区潇湘大道西侧")]
    ['零陵区潇湘大道']
    """
    found = []
    for m in _LOCATED.finditer(text):
        label = _LOCATED_TAIL.sub("", m["p"])
        cut = strip_region(label, prefixes=prefixes)
        if cut != label and cut.startswith("内"):  # 零陵区内永州大道: the place is inside the region
            label = cut[1:]
        label = strip_region(label, prefixes=prefixes)
        if len(label) < 2 or label in prefixes or not (label.endswith(_SITE_HEADS) or find_places(label)) \
                or label[0] in "较更最多少几各每" or GENERIC_START.match(label):
            continue  # 落户零陵机遇, 落户农民…: not a site; 落户较多城市: cities by a quantity
        former = _FORMER.search(label)
        if former:  # 珠山镇原上田工业园: the town's former site described; the site named is the town
            label = label[:former.start()]
        kind = "Park" if label.endswith(PARK_SUFFIXES) else "Place"
        start = m.start("p") + m["p"].find(label)
        found.append(Mention(kind, label, start, start + len(label)))
    return found


def find_industries(text: str, *, prefixes: tuple[str, ...] = ()) -> list[Mention]:
    """Industries named with their head: 电子信息产业, 锰产业链, 文化旅游产业集群.

    The stem must be a field, not a quality: 主导产业, 新兴产业, 支柱产业,
    counted groups (三大主导产业) and the plan's own region (``prefixes``:
    零陵产业) are dropped.

    Examples
    --------
    >>> [m.label for m in find_industries("加快发展电子信息产业，培育主导产业，打造年产值100亿元以上的电子信息产业集群")]
    ['电子信息产业', '电子信息产业集群']
    """
    found = []
    for end, head in head_ends(text, _INDUSTRY_HEADS):
        if continues(text, end) and not text.startswith(("链", "集群"), end):
            continue
        if text.startswith(_PARK_TAILS, end) or text.startswith("化", end):
            continue  # 高新技术产业开发区: part of a park's name; 高技术产业化: a process, not a field
        start = name_before(text, end, head=len(head), max_len=12 + len(head), strict=True)
        if start < 0:
            continue
        label = clean_name(text[start:end])
        stem = label[: -len(head)]
        if (len(stem) < 2 or GENERIC_START.match(label) or NUMBERED.search(label) or stem.startswith(prefixes)
                or is_common_word(stem, 1000) and len(stem) == 2 or not_an_industry(label, stem)):
            continue
        found.append(Mention("Industry", label, end - len(label), end))
    return longest_mentions(found)


def lead_phrase(text: str, *, max_len: int = 20) -> str | None:
    """The headline that opens a paragraph (``打造新材料百亿产业园。…`` → 打造新材料百亿产业园).

    Examples
    --------
    >>> lead_phrase("——高质量发展迈上新台阶。在质量效益明显提升的基础上…")
    '高质量发展迈上新台阶'
    >>> lead_phrase("坚持两业并举，坚持产业融合，以先进制造业为核心。") is None
    True
    """
    body = text.lstrip("—－-― \u3000")
    m = re.match(r"([^。；;，,：:！？]{2,%d})[。：:]" % max_len, body)
    return m.group(1).strip() if m else None
