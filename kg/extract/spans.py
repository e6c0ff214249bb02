"""Where names start and end in unsegmented Chinese plan text.

Names in plans follow the genre's habits: a name *ends* in a head word (风电场,
产业园, 公司, 镇) and *starts* after a verb (建设, 推进, 引进 …), a function word
(的, 在, 对 …) or a punctuation mark. :func:`name_before` walks left from a
head to that start; :func:`is_generic` tells a name (梁山岐风电场) from a
description of a kind of thing (特色中药材种植基地, 污水处理厂). jieba's
dictionary is the only word list consulted: its everyday words are what a
generic phrase is made of.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from kg.extract.names import LEADING_VERBS
from kg.extract.units import parse_quantities

__all__ = [
    "Mention",
    "BREAK",
    "FUNCTION",
    "GENERIC_START",
    "NUMBERED",
    "name_before",
    "verb_at",
    "is_generic",
    "is_common_word",
    "is_all_common",
    "is_place_word",
    "is_kind_word",
    "splits_a_word",
    "has_verb",
    "has_proper_part",
    "has_name_part",
    "GRADE",
    "REGION_CHARS",
    "tokens",
    "head_ends",
    "continues",
    "longest_mentions",
]


@dataclass(frozen=True)
class Mention:
    """A name found in text: its entity type, printed label and span."""

    type: str
    label: str
    start: int
    end: int


# Characters a name never runs across.
BREAK = set("，,。；;：:！？!?、（）()“”\"《》「」[]【】 \u3000\n\t/—－") | {chr(c) for c in range(0x2460, 0x2474)}
# Single-character function words that end a name on its left.
FUNCTION = set("的在对和与为是将把从向以由于等并或到了着让其该各每及即而且被按给")
# Verbs that lead a name on its left, beyond the box-item verbs of kg.extract.names.
_MORE_VERBS = (
    "聚焦", "建立", "筹建", "组建", "成立", "设立", "新增", "扩大", "深化", "优化", "壮大", "加强", "开发",
    "拉通", "打通", "接通", "联通", "修缮", "保护", "整合", "落户", "入驻", "利用", "形成", "构建", "抓好",
    "建好", "办好", "用好", "复原", "活化", "保育", "提质", "改造", "升级", "做强", "做大", "扶持", "协调",
    "帮扶", "培养", "参与", "加入", "承接", "引导", "对接", "融入", "连接", "串联", "包括", "包含", "探索",
    "设置", "配套", "含", "选址", "位于", "坐落", "以及", "发挥", "把握", "提高", "强化", "搭建", "推出",
    "清理", "坚持", "实现", "增强", "补齐", "完成", "按照", "保障", "申请", "落实", "开通", "布局",
    "起于", "止于", "南起", "北起", "东起", "西起", "招引", "引入", "加大", "建设成", "打造成", "促进", "走",
    "成为", "实行", "制约", "延长", "减少", "精简", "改善", "疏解", "共建", "共享", "治理", "综合治理", "抓", "突破", "破解", "紧盯", "驱动", "延伸", "结合", "针对", "带动", "发挥",
    "遏制", "迁建", "出台", "限制", "禁止", "淘汰", "承接", "参与", "进行", "投产", "增加", "搞好", "改革", "控制",
)
_VERBS = frozenset(LEADING_VERBS) | frozenset(_MORE_VERBS)
_VERB_LENGTHS = sorted({len(v) for v in _VERBS}, reverse=True)
# A verb followed by one of these is a noun or adjective: 保障性, 现代化, 开发型.
_NOMINAL = set("性化型式率")
# Phrases that start a generic description, not a name: 一批…, 特色…, 省级…
GENERIC_START = re.compile(
    r"^(?:[0-9一二两三四五六七八九十几数多若百千万]+(?:个|座|条|所|批|家|项|处|大)|若干|新一轮|新一批|跨区域|跨地区|跨省|各类|各级|各种|相关|其他|有关|"
    r"这些|该|本|大型|中型|小型|大中型|中小型|中小|新型|现代|特色|重点|综合|标准|智能|智慧|公共|区域|城乡|乡镇|"
    r"乡村|农村|城市|城区|社区|基层|全区|全市|全省|全国|国家级|省级|市级|区级|县级|国家|高标准|高水平|"
    r"高质量|高品质|高端|示范|主要|重要|骨干|传统|专业|优质|一流|领先|国内|国际|龙头|优秀|先进|区内|市内|"
    r"境内|周边|沿线|沿江|两岸|整体|全域|配套|必要|集中|规模|规范|标准化|多功能|一体化|市场化|产业|物流|更多|更加|"
    r"创新|创业|研发|生产|服务|企业|园区|科技|民营|国有|外资|地方|本地|本土|老旧|落后|新建|新增|新开工|各|每|某|"
    r"[一二三四五]级)"
)
# Heads an activity noun may precede: 质量提升工程, 中心血站整体搬迁项目.
_ACTIVITY_HEADS = frozenset({"工程", "项目", "行动", "计划"})
# A count or numbered slogan inside a phrase (三条道路, 一核三带三园): a description, not a name.
NUMBERED = re.compile(
    r"[一二三四五六七八九十两百千万][\u4e00-\u9fff]?[一二三四五六七八九十两]|[一二两三四五六七八九十几多]+(?:个|条|座|所|处|家|项|大)"
)
# Heads whose two-character stems are nearly always proper names: 怀素路, 萍洲大桥.
_ROAD_HEADS = ("路", "大道", "大桥", "桥", "街", "隧道", "高速", "铁路", "高铁")
_DIGIT_OR_LATIN = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, int]:
    import jieba  # imported late: loading its dictionary costs about a second

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.dt.FREQ


def is_common_word(word: str, threshold: int = 500) -> bool:
    """Whether ``word`` is an everyday dictionary word (特色, 行政), not a proper name."""
    return (_dictionary().get(word) or 0) >= threshold


def name_before(text: str, end: int, *, head: int = 0, max_len: int = 25, stops: str = "",
                strict: bool = False) -> int:
    """The start of the name that ends at ``text[end]``: walk left to a break, a function word or a verb.

    Parameters
    ----------
    text : str
        The paragraph.
    end : int
        Where the name ends (exclusive).
    head : int
        Length of the head word at the end (风电场 = 3). When the head is an
        activity head (工程, 项目), a verb touching it belongs to the name
        (质量提升工程) and does not stop the walk.
    max_len : int
        Longest name considered.
    stops : str
        More characters that end a name on its left (省市县区 before a town).
    strict : bool
        Return -1 when no boundary is found within ``max_len``, instead of
        cutting the name there.

    Returns
    -------
    int
        The start offset; ``end - head`` when no stem precedes the head.

    Examples
    --------
    >>> t = "新建梁山岐风电场、富家桥风电场"
    >>> t[name_before(t, 8, head=3):8]
    '梁山岐风电场'
    >>> t = "实施义务教育质量提升工程。"
    >>> t[name_before(t, 12, head=2):12]
    '义务教育质量提升工程'
    """
    i = end - head
    lower = max(0, end - max_len)
    activity = head == 0 or text[i:end] in _ACTIVITY_HEADS  # a bare item (head 0) may end in a verb: 片区开发
    while i > 0:
        ch = text[i - 1]
        if ch in BREAK or ch in stops or ch in FUNCTION and not _inside_word(text, i - 1, may_start=False):
            return i
        verb = _verb_ending_at(text, i)
        stem = end - head - i  # characters already taken between the verb and the head
        if (verb and (stem >= 2 or not activity) and text[i:i + 1] not in _NOMINAL
                and not _inside_word(text, i - len(verb), len(verb))):
            return i
        if i == lower:
            return -1 if strict else i
        i -= 1
    return i


def verb_at(text: str, i: int) -> str | None:
    """The verb (建设, 引进 …) that starts at ``text[i]``, if any.

    Examples
    --------
    >>> verb_at("企业引进高铁刹车盘项目", 2), verb_at("企业引进", 0)
    ('引进', None)
    """
    for n in _VERB_LENGTHS:
        if text[i:i + n] in _VERBS:
            return text[i:i + n]
    return None


def _verb_ending_at(text: str, i: int) -> str | None:
    for n in _VERB_LENGTHS:
        if n <= i and text[i - n:i] in _VERBS:
            return text[i - n:i]
    return None


def _inside_word(text: str, pos: int, width: int = 1, *, may_start: bool = True) -> bool:
    """Whether the character(s) at ``pos`` are inside a longer dictionary word (高等级, 开发区).

    With ``may_start`` False the word must begin before ``pos``: a function
    word that opens a word (为主, 和平) still ends a name on its left.
    """
    freq = _dictionary()
    for left in range(max(0, pos - 2), pos + 1):
        if not may_start and left == pos:
            continue
        for right in range(pos + width, min(len(text), pos + width + 2) + 1):
            if right - left > width and (left < pos or right > pos + width):
                word = text[left:right]
                if freq.get(word, 0) >= 1000 and not any(c in BREAK for c in word):
                    return True
    return False


def is_generic(name: str, *, head: str = "", proper: frozenset[str] = frozenset(), relaxed: bool = False) -> bool:
    """Whether a phrase describes a kind of thing rather than naming one thing.

    Generic when it opens with a quantifier or a descriptive modifier (一批,
    特色, 省级 …), holds a count (三条道路) or a figure (500m见园), is an
    everyday dictionary word, or when its stem splits into everyday words
    only. A two-character stem (疾控中心, 会展中心) must be a proper name: a
    road's name, a dictionary place name, or one of ``proper``. ``relaxed``
    (for a box's own text, where works are listed on purpose) keeps only the
    first three tests.

    Examples
    --------
    >>> is_generic("特色中药材种植基地", head="基地"), is_generic("梁山岐风电场", head="风电场")
    (True, False)
    >>> is_generic("污水处理厂", head="厂"), is_generic("G207沿线公路", head="公路")
    (True, False)
    >>> is_generic("会展中心", head="中心"), is_generic("东山景区", head="景区"), is_generic("怀素路", head="路")
    (True, False, False)
    """
    stem = name[: len(name) - len(head)] if head and name.endswith(head) else name
    if len(stem) < 2 or GENERIC_START.match(name) or NUMBERED.search(name):
        return True
    if any(q.kind != "voltage" for q in parse_quantities(name, source="")):
        return True
    if len(head) >= 2 and is_place_word(name, ("ns", "nz")):
        return False  # 广州白云机场, 青藏铁路: the dictionary holds the name itself (not 集成电|路)
    if is_common_word(name, 50) or len(stem) == 2 and head not in _ROAD_HEADS and is_common_word(stem, 300):
        return True
    if relaxed:
        return False
    if re.fullmatch(r"(?:到|至|于|在)?[\d.]+[年月日号]?", stem):  # 2025年园区: a date, not a name
        return True
    if _DIGIT_OR_LATIN.search(stem):
        return False
    if len(stem) == 2:  # a road's two-character stem is its name (古城路); other heads need a proper name
        return head not in _ROAD_HEADS and not (stem in proper or is_place_word(stem, ("ns", "nz")))
    return is_all_common(stem)


def is_all_common(stem: str) -> bool:
    """Whether ``stem`` splits into everyday dictionary words only (污水处理, 综合治理)."""
    freq = _dictionary()
    n = len(stem)
    ok = [True] + [False] * n
    for i in range(1, n + 1):
        for j in range(max(0, i - 4), i - 1):  # words of 2–4 characters
            if ok[j] and freq.get(stem[j:i], 0) >= 300:
                ok[i] = True
                break
    return ok[n]


def head_ends(text: str, suffixes: tuple[str, ...]):
    """Yield (end, head) for every head word of ``suffixes`` in ``text``, the longest head at each place."""
    for m in _head_pattern(suffixes).finditer(text):
        yield m.end(), m.group()


@lru_cache(maxsize=64)
def _head_pattern(suffixes: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True)))


def longest_mentions(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions inside a longer one; keep reading order."""
    mentions = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if m.end - m.start > out[-1].end - out[-1].start:
                out[-1] = m
            continue
        out.append(m)
    return out


def continues(text: str, end: int) -> bool:
    """Whether the noun phrase goes on after ``end`` (产业园区路网: the name is not over)."""
    rest = text[end:end + 4]
    if not rest or rest[0] in BREAK or rest[0] in FUNCTION:
        return False
    return not (verb_at(text, end) or rest.startswith(("升级", "项目", "工程", "一期", "二期")))


def tokens(text: str) -> list[str]:
    """jieba's words of ``text`` (dictionary only, no guessing of new words).

    Examples
    --------
    >>> tokens("茆江长度共计")[-2:]
    ['长度', '共计']
    """
    import jieba

    _dictionary()
    return list(jieba.cut(text, HMM=False))


# Word classes a kind of thing is named by (货运, 储能, 公益性): not names, places or brands.
_KIND_FLAGS = frozenset({"n", "v", "vn", "a", "an", "b", "d", "nt", "l", "i", "f", "s", "ad", "z"})
# One-character modifiers of size, age or novelty that make a kind of a word (大数据, 老工业).
_KIND_LEADS = frozenset("大老新小高中")


@lru_cache(maxsize=4096)
def is_kind_word(stem: str) -> bool:
    """Whether ``stem`` is one everyday word (or 大/老/新 + one), which names a kind, not one thing.

    ``货运`` (货运铁路), ``储能`` (储能电站), ``大数据`` (大数据中心), ``老工业``
    (老工业基地) and ``公益性`` (公益性项目) are kinds; a place (湘桂), a
    brand or person read as a name (南水北调, 阳明), a time word (子午) and
    anything jieba does not hold as one word (梁山岐, 普速) are not.

    Examples
    --------
    >>> is_kind_word("货运"), is_kind_word("大数据"), is_kind_word("湘桂"), is_kind_word("梁山岐")
    (True, True, False, False)
    """
    import jieba.posseg

    _dictionary()
    words = list(jieba.posseg.cut(stem, HMM=False))
    freq = _dictionary()
    if len(words) == 2 and words[0].word in _KIND_LEADS:
        words = words[1:]
        if freq.get(words[0].word, 0) < 300:
            return False
    return len(words) == 1 and len(words[0].word) >= 2 and words[0].flag in _KIND_FLAGS \
        and freq.get(words[0].word, 0) >= 5


def has_proper_part(stem: str) -> bool:
    """Whether a phrase holds something only a name holds: a place, person or brand word, an
    abbreviation (湘桂, 川藏), a rare word, a figure or a quotation — not only everyday words.

    Examples
    --------
    >>> has_proper_part("三江源国家"), has_proper_part("川藏"), has_proper_part("10E级超级计算")
    (True, True, True)
    >>> has_proper_part("科学大数据"), has_proper_part("抽水蓄能"), has_proper_part("普速")
    (False, False, False)
    """
    import jieba.posseg

    if re.search(r"[0-9A-Za-z“”\"·]", stem):
        return True
    freq = _dictionary()
    for w in jieba.posseg.cut(stem, HMM=False):
        if w.flag in ("ns", "nz", "j", "nr", "nrt", "nrfg") and len(w.word) >= 2 or w.flag == "j":
            return True
        if len(w.word) >= 2 and freq.get(w.word, 0) < 5:
            return True
    return False


# A grade printed before a works head ranks a class of works (10E级, 百万吨级, 普惠性, 控制性, 5G): no name part.
GRADE = re.compile(r"[0-9.A-Za-z百千万亿]+(?:万?吨|千瓦|千伏|兆瓦)?级|[\u4e00-\u9fff]性(?=[\u4e00-\u9fff])|(?<![0-9A-Za-z])[2-9]G(?![0-9A-Za-z])")
# Word classes of names (places, persons, brands, abbreviations).
_NAME_FLAGS = frozenset({"ns", "nz", "j", "nrt", "nrfg"})
# One-character names of provinces, regions and the countries plans pair them with (湘桂, 川藏, 港深, 引黄入晋):
# an abbreviation holding one is a name; jieba tags technical abbreviations (光伏, 仓储, 文保, 固废) so too.
REGION_CHARS = frozenset("京津冀沪苏浙皖粤港澳川渝黔滇桂湘鄂赣闽琼晋陕甘宁青藏蒙辽吉黑鲁豫台")


def has_name_part(stem: str, *, region: tuple[str, ...] = (), attested: Callable[[str], bool] | None = None) -> bool:
    """Whether a phrase holds a part only a name holds: a place, person or brand word that is no everyday
    word, a code or figure that is no grade, a quotation, or the plan's ``region`` — stricter than
    :func:`has_proper_part`, which also takes any rare word (新能源, 自驾游, 饲草料) for a name.

    Examples
    --------
    >>> has_name_part("新疆钾肥"), has_name_part("川藏"), has_name_part("零陵汽车东", region=("零陵",))
    (True, True, True)
    >>> has_name_part("新能源汽车充电"), has_name_part("10E级超级计算"), has_name_part("普惠性幼儿")
    (False, False, False)

    ``attested`` (the plan's own evidence, see :func:`kg.extract.extractor`): when given, a word jieba tags
    as a name that is also an everyday word (安宁 in 安宁疗护, 博士后) counts only when ``attested(word)``.

    >>> has_name_part("安宁疗护"), has_name_part("安宁疗护", attested=lambda w: False)
    (True, False)
    """
    import jieba.posseg

    bare = GRADE.sub("", stem)
    if re.search(r"[0-9A-Za-z“”\"·]", bare) or any(r and r in stem for r in region):
        return True
    freq = _dictionary()
    return any(_name_word(w.word, w.flag, freq) and (attested is None or w.flag == "j" or freq.get(w.word, 0) < 50
                                                     or attested(w.word))
               for w in jieba.posseg.cut(bare, HMM=False))


def _name_word(word: str, flag: str, freq: dict[str, int]) -> bool:
    """Whether one jieba word is a name part: a region's abbreviation (川|藏, 湘桂), a place, brand or person word —
    not an everyday word jieba tags so: 光伏 and 仓储 (j), 老城区 (ns: 老 + an everyday word), 博士后 (nr)."""
    if flag == "j":
        return any(c in REGION_CHARS for c in word)
    if len(word) < 2:
        return False
    if flag in ("ns", "nz") and word[0] in _KIND_LEADS and len(word) >= 3 and word.endswith(("区", "城")) \
            and freq.get(word[1:], 0) >= 300:
        return False  # 老城区, 新城区: 老/新 + an everyday area word is a kind of area (not 大渡河, 中南海)
    if flag == "ns" and all(c in "江河湖海山水" for c in word):
        return False  # 河湖, 江海, 山水: landforms in general, no one place
    return flag in _NAME_FLAGS or flag == "nr" and _person(word, freq)


def _person(word: str, freq: dict[str, int]) -> bool:
    """Whether a word jieba tags as a person's name is one: rare, or a place it misreads (秦皇岛) —
    it tags common words so too (文明, 阳光, 安康)."""
    return freq.get(word, 0) < 100 or word[-1] in "岛山州港湾江河湖"


def has_verb(phrase: str) -> bool:
    """Whether jieba reads a verb of two characters or more in ``phrase`` (参股, 进入): a clause, not a name.

    Examples
    --------
    >>> has_verb("境外机构参股国内证券"), has_verb("永州农商银行零陵")
    (True, False)
    """
    import jieba.posseg

    _dictionary()
    return any(w.flag == "v" and len(w.word) >= 2 for w in jieba.posseg.cut(phrase, HMM=False))


def splits_a_word(text: str, start: int) -> bool:
    """Whether a name starting at ``text[start]`` cuts an everyday word in two (其|他地区, 发展|中国家).

    The walk left from a head stops at a function word or a verb (其, 发展);
    when jieba reads that character and the name's first ones as one word
    the name is a fragment (他商业银行 of 其他商业银行). Read in a window
    around ``start``, so a verb before a name is still a word of its own
    (发展|中医药产业).

    Examples
    --------
    >>> splits_a_word("其他商业银行", 1), splits_a_word("建设商业银行", 2)
    (True, False)
    >>> splits_a_word("增加对发展中国家民生项目", 6), splits_a_word("加快发展中医药产业", 4)
    (True, False)
    """
    if start <= 0 or text[start - 1] in BREAK:
        return False
    lo = max(0, start - 6)
    pos = lo
    for word in tokens(text[lo:start + 6]):
        if pos < start < pos + len(word):
            return len(word) >= 2 and is_common_word(word, 20)
        pos += len(word)
    return False


@lru_cache(maxsize=4096)
def is_place_word(word: str, flags: tuple[str, ...] = ("ns",)) -> bool:
    """Whether jieba reads ``word`` as one token tagged as a place (or one of ``flags``)."""
    import jieba.posseg

    _dictionary()
    tokens = list(jieba.posseg.cut(word, HMM=False))
    return len(tokens) == 1 and tokens[0].flag in flags


