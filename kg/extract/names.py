"""Names of things in a plan: clean labels, matching keys and short forms.

A plan prints one thing under several names: ``永州市零陵区何仙观水库工程`` in a
box, ``何仙观水库`` in prose; ``新材料百亿产业园`` in a heading, ``新材料产业园``
two lines later. :func:`normalise_name` maps all of them to one matching key
by the genre's conventions: the plan's own region as a leading prefix,
项目/工程/建设 as optional tails, 产业园/园区/园 as one suffix, 百亿-style
scale words, quote marks and full-width forms. The region prefixes come from
the document itself (:func:`region_prefixes`), never from a list.

``qa.question.link`` matches questions with the same :func:`normalise_name`.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Iterable

from kg.document import Document
from kg.ingest.markers import NUMBERED

__all__ = [
    "WORKS_SUFFIXES",
    "PARK_SUFFIXES",
    "LEADING_VERBS",
    "clean_name",
    "normalise_name",
    "short_forms",
    "region_prefixes",
    "is_broad_plan",
    "is_park_name",
    "ends_with_works_suffix",
]

#: Heads that make a phrase the name of a built thing (project, facility, site).
WORKS_SUFFIXES: tuple[str, ...] = (
    "项目", "工程", "产业园", "工业园", "物流园", "科技园", "园区", "基地", "中心", "电站", "风电场",
    "水库", "水厂", "大桥", "桥", "大道", "道路", "公路", "高速", "铁路", "高铁", "轻轨", "隧道",
    "路", "站", "厂", "停车场", "广场", "综合体", "小区", "景区", "度假区", "片区", "风光带",
    "公园", "码头", "仓库", "管网", "生产线", "医院", "院", "学校", "学院", "大学", "中学", "小学",
    "博物馆", "馆", "小镇", "新城", "古城", "商贸城", "汽车城", "灌区", "填埋场", "机场",
    "林场", "延伸段", "连接线", "改线", "运河", "航道", "渠", "园", "楼", "平台",
)
#: Heads of park names.
PARK_SUFFIXES: tuple[str, ...] = ("产业园区", "产业园", "工业园区", "工业园", "园区", "科技园", "物流园")
#: Verbs that lead a works phrase in prose or a box item and are not part of its name.
LEADING_VERBS: tuple[str, ...] = (
    "规划建设", "开工建设", "加快建设", "加快推进", "持续推进", "积极推进", "稳步推进", "全面推进",
    "大力推进", "着力打造", "加快打造", "积极争取", "力争建设", "推进", "推动", "加快", "建设", "新建",
    "续建", "扩建", "改建", "兴建", "修建", "建成", "打造", "实施", "启动", "引进", "争取", "争创",
    "创建", "完善", "提升", "做好", "开展", "发展", "培育", "支持", "鼓励", "规划", "力争", "全力",
    "大力", "积极", "着力", "重点", "依托", "围绕", "拓展", "谋划", "申报", "加强", "建设好", "修建好", "做好",
    "抓好", "建好", "办好", "用好", "管好",
)

_QUOTES = re.compile(r"[“”‘’\"'「」『』《》〈〉【】]")
_SPACE = re.compile(r"\s+")
_TAILS = ("建设项目", "建设工程", "工程项目", "项目建设", "开发项目", "项目", "工程", "建设", "续建", "提质改造",
          "改扩建", "改建", "扩建", "改造")
_SCALE = re.compile(r"(?:百亿|千亿|万亿|十亿)(?:级)?(?=(?:产业)?园|产业|园区)")
_PARK_TAIL = re.compile(r"(?:产业园区|产业园|园区)$")
_INDUSTRIAL_PARK_TAIL = re.compile(r"工业园区$")
_ADMIN = r"(?:特别行政区|自治区|自治州|自治县|省|市|区|县|州|盟|旗)"
_TITLE_REGION = re.compile(rf"^(?P<region>[\u4e00-\u9fff]{{2,10}}?{_ADMIN})(?=国民经济|经济社会|“|\"|第)")
_NATIONAL = re.compile(r"^中华人民共和国")
# A prefix is not stripped when what follows it is itself a head or a
# connective: 永州大道 is a road, 零陵至东安 a route.
_NOT_AFTER_BARE = re.compile(r"^(?:大道|路|大桥|桥|市|区|县|镇|至|到|和|与|及|、|段)")
_VERB_RE = re.compile("^(?:" + "|".join(sorted(LEADING_VERBS, key=len, reverse=True)) + ")")


def clean_name(name: str) -> str:
    """The display form of a printed name: trimmed, quotes kept, leading verbs and tail punctuation cut.

    Parameters
    ----------
    name : str
        A name as printed, possibly led by a verb (``加快建设香零烟雨生态旅游度假区``).

    Returns
    -------
    str
        The name as a label.

    Examples
    --------
    >>> clean_name("规划建设东山景区怀素书法艺术产业园项目。")
    '东山景区怀素书法艺术产业园项目'
    >>> clean_name(" 梁山岐风电场 ")
    '梁山岐风电场'
    """
    out = NUMBERED.sub("", _SPACE.sub("", name).strip("。，,；;：:、 "))
    while True:
        m = _VERB_RE.match(out)
        if not m or len(out) - m.end() < 3:
            return out
        out = out[m.end():]


def normalise_name(name: str, *, prefixes: Iterable[str] = ()) -> str:
    """The matching key of a name: one key for every printed variant of one thing.

    Parameters
    ----------
    name : str
        A name as printed or as asked in a question.
    prefixes : iterable of str
        The plan's own region names (see :func:`region_prefixes`), stripped
        when they lead the name and enough of it remains.

    Returns
    -------
    str
        NFKC-folded, quote-free, lower-case key with region prefix, 项目/工程
        tails, scale words (百亿) and park-suffix variants normalised.

    Examples
    --------
    >>> pre = ("永州市零陵区", "永州市", "零陵区", "永州", "零陵")
    >>> normalise_name("永州市零陵区何仙观水库工程", prefixes=pre)
    '何仙观水库'
    >>> normalise_name("新材料百亿产业园") == normalise_name("新材料百亿园区")
    True
    >>> normalise_name("“三高四新”战略")
    '三高四新战略'
    >>> normalise_name("零陵古城", prefixes=pre)  # too little would remain
    '零陵古城'
    """
    key = unicodedata.normalize("NFKC", name)
    key = _SPACE.sub("", _QUOTES.sub("", key)).strip("。，,；;：:、")
    prefixes = sorted(set(prefixes), key=len, reverse=True)
    for pre in prefixes:  # (零陵段) qualifies a name by the plan's own region: drop it
        key = key.replace(f"({pre}段)", "")
    key = strip_region(key, prefixes=prefixes)
    changed = True
    while changed:
        changed = False
        for tail in _TAILS:
            if key.endswith(tail) and len(key) - len(tail) >= 2:
                key, changed = key[: -len(tail)], True
                break
    key = _SCALE.sub("", key)
    key = _INDUSTRIAL_PARK_TAIL.sub("工业园", key)
    key = _PARK_TAIL.sub("园", key) if len(key) > 3 else key
    return key.lower()


def strip_region(name: str, *, prefixes: Iterable[str]) -> str:
    """``name`` without leading region prefixes, keeping at least three characters.

    Examples
    --------
    >>> strip_region("永州大道地下管网工程", prefixes=["永州"])
    '永州大道地下管网工程'
    >>> strip_region("零陵区光荣院项目", prefixes=["零陵区", "零陵"])
    '光荣院项目'
    """
    prefixes = sorted(set(prefixes), key=len, reverse=True)
    while True:
        rest = _strip_one(name, prefixes)
        if rest == name:
            return name
        name = rest


def _strip_one(name: str, prefixes: list[str]) -> str:
    for pre in prefixes:
        rest = name[len(pre):]
        if name.startswith(pre) and len(rest) >= 3 and not _NOT_AFTER_BARE.match(rest):
            return rest
    return name


def short_forms(label: str, *, prefixes: Iterable[str] = ()) -> set[str]:
    """Printed shortenings of ``label`` that still name the same thing.

    The label without its region prefix, and without a 项目/工程/建设 tail when
    what remains still ends in a works head (水库, 大桥, 院 …). These are
    substrings of the label, so a paragraph that prints one names the thing.

    Examples
    --------
    >>> sorted(short_forms("永州市零陵区何仙观水库工程", prefixes=["永州市", "零陵区"]))
    ['何仙观水库', '何仙观水库工程', '零陵区何仙观水库工程']
    >>> sorted(short_forms("零陵区河道治理工程", prefixes=["零陵区"]))
    ['河道治理工程']
    """
    forms: set[str] = set()
    name = label
    while True:  # one region prefix at a time: 永州市零陵区X → 零陵区X → X
        rest = _strip_one(name, sorted(set(prefixes), key=len, reverse=True))
        if rest == name:
            break
        forms.add(rest)
        name = rest
    for tail in _TAILS:
        rest = name[: -len(tail)]
        if name.endswith(tail) and ends_with_works_suffix(rest):
            forms.add(rest)
    forms.discard(label)
    return {f for f in forms if len(f) >= 3}


def ends_with_works_suffix(name: str) -> bool:
    """Whether ``name`` ends in a works head (项目, 水库, 大桥, 产业园 …).

    Examples
    --------
    >>> ends_with_works_suffix("何仙观水库"), ends_with_works_suffix("河道治理")
    (True, False)
    """
    return name.endswith(WORKS_SUFFIXES)


def is_park_name(name: str) -> bool:
    """Whether ``name`` names a park (产业园, 工业园, 园区, 科技园, 物流园), 项目/工程 tail aside.

    Examples
    --------
    >>> is_park_name("新材料百亿产业园"), is_park_name("永州智慧物流产业园项目"), is_park_name("梁山岐风电场")
    (True, True, False)
    """
    for tail in ("建设项目", "项目", "工程"):
        if name.endswith(tail):
            name = name[: -len(tail)]
            break
    return name.endswith(PARK_SUFFIXES)


def region_prefixes(doc: Document) -> tuple[str, ...]:
    """The plan's own region names, as they lead names in its text: longest first.

    Read from the title (``零陵区国民经济和社会发展…`` → 零陵区, 零陵) and from the
    parent areas the text prints right before it (``永州市零陵区`` → 永州市,
    永州, 永州市零陵区).

    Parameters
    ----------
    doc : Document
        A parsed plan.

    Returns
    -------
    tuple of str
        Full and bare forms, longest first; empty when the title names no area.

    Examples
    --------
    >>> from kg.document import Document, Paragraph, HeadingPath
    >>> doc = Document("p", "零陵区国民经济和社会发展第十四个五年规划纲要", "s", "0",
    ...     preface=[Paragraph("pre-p01", "永州市零陵区何仙观水库工程。", HeadingPath())])
    >>> region_prefixes(doc)
    ('永州市零陵区', '永州市', '零陵区', '永州', '零陵')
    """
    title = _SPACE.sub("", unicodedata.normalize("NFKC", doc.title))
    if _NATIONAL.match(title):
        return ("中华人民共和国",)
    m = _TITLE_REGION.match(title)
    if not m:
        return ()
    region = m["region"]
    names = [region]
    text = "\n".join(p.text for p in doc.paragraphs())
    chain = region
    for _ in range(3):  # 零陵区 ← 永州市 ← 湖南省: walk up while the text prints the parent
        parent = _parent_area(text, chain)
        if parent is None:
            break
        names += [parent, parent + chain]
        chain = parent
    forms = set(names)
    for n in names:
        bare = re.sub(_ADMIN + "$", "", n)
        if len(bare) >= 2 and bare != n and len(n) <= 5:
            forms.add(bare)
    return tuple(sorted(forms, key=lambda s: (-len(s), s)))


def is_broad_plan(doc: Document) -> bool:
    """Whether the plan is a nation's or a province's, whose prose speaks of kinds of works.

    A county plan's 疾控中心 is its one centre; a national plan's 大数据中心 or
    普速铁路 is every such thing. Read from the title's region (中华人民共和国,
    …省, …自治区).

    Examples
    --------
    >>> from kg.document import Document
    >>> is_broad_plan(Document("p", "中华人民共和国国民经济和社会发展第十四个五年规划纲要", "s", "0"))
    True
    >>> is_broad_plan(Document("p", "零陵区国民经济和社会发展第十四个五年规划纲要", "s", "0"))
    False
    """
    title = _SPACE.sub("", unicodedata.normalize("NFKC", doc.title))
    m = _TITLE_REGION.match(title)
    return bool(_NATIONAL.match(title) or m and re.search(r"(?:省|自治区)$", m["region"]))


def _parent_area(text: str, area: str) -> str | None:
    """The admin unit printed right before ``area`` most often (``永州市`` of ``永州市零陵区``).

    The left edge is unknown in unsegmented text, so each printed run is read
    with its shortest stem (2 characters) unless the longer stem is about as
    frequent in the whole text (黔东南州 vs 东南州).
    """
    found = Counter(m.group(1) for m in re.finditer(r"(?=([\u4e00-\u9fff]{2}(?:省|市|州|盟)))", text)
                    if text.startswith(area, m.start() + len(m.group(1))))
    if not found:
        return None
    best = found.most_common(1)[0][0]
    start_positions = [m.start() for m in re.finditer(re.escape(best + area), text)]
    longer = Counter(text[max(0, i - 1):i + len(best)] for i in start_positions if i > 0)
    if longer:
        cand, _ = longer.most_common(1)[0]
        if re.fullmatch(r"[\u4e00-\u9fff]{3}(?:省|市|州|盟)", cand) and text.count(cand[:-1]) >= 0.8 * text.count(best[:-1]):
            return cand
    return best
