"""Closed word lists of the genre that many readers share, one definition each: the words that join the members of a
run, the words that make a sentence a question, those that ask for a figure, and the heads of works' names.

Plans join the things of a run with 、和及与 (「A、B和C」), titles with 暨 too (「A暨B」), and two-character 以及; a
question joins them in speech with 跟 and 同 (「A跟B加起来多少」). A reader that splits or joins runs takes the set
that fits what it reads, rather than writing its own copy.

>>> [bool(ASKS_FIGURE.search(q)) for q in ("湘江东路有几公里", "哪几个项目", "有多远", "有哪几类", "几乎全部")]
[True, True, True, False, False]
"""
from __future__ import annotations

import re

__all__ = ["SAME_THING", "SPOKEN_TO_PRINTED", "UNIT_MEASURE_NOUNS", "JOINER", "NAME_JOINER", "JOINER_WORDS", "SPOKEN_JOINER", "ASKS", "ASKS_FIGURE", "WORK_HEADS", "MEMBER_KINDS", "member_kind", "KIND_AND_HEAD"]

#: One character joining the members of a run (「临时堆场和临时道路」「A、B及C」).
JOINER = re.compile(r"[和及与、]")
#: A joiner of names, titles' 暨 included (「A暨B」).
NAME_JOINER = re.compile(r"[和及与、暨]")
#: A joiner of parts, two-character 以及 included (「A、B以及C」); it is tried before 及.
JOINER_WORDS = re.compile(r"以及|和|与|及|、")
#: Words pointing at a name as the first of a run it opens (「废渣堆场这些」「废渣堆场等」): the run is asked, not the name.
RUN_POINTER = r"(?:这些|那些|这几[个项处类]|那几[个项处类]|等等?|之类)"
#: A joiner character that is part of a word, joining nothing (及时, 及早, 涉及, 普及, 参与, 和谐, 总和): runs are split
#: around it only after :func:`masked_joiners` hides it.
WORD_JOINER = re.compile(r"及(?=[时早格])|(?<=[涉普波])及|(?<=[参给赋])与|和(?=[谐睦])|(?<=[总饱温祥])和")
#: The private characters :func:`masked_joiners` writes for 及, 与 and 和 inside a word.
_MASKS = {"及": "\ue001", "与": "\ue002", "和": "\ue003"}


def masked_joiners(text: str) -> str:
    """``text`` with each joiner character inside a word (:data:`WORD_JOINER`) replaced by a private character that no
    split on 和及与 sees; :func:`unmasked_joiners` restores them.

    >>> unmasked_joiners(masked_joiners("及时抢救修复档案及资料")).count("及"), masked_joiners("及时修复档案及资料").count("及")
    (2, 1)
    """
    return WORD_JOINER.sub(lambda m: _MASKS[m.group(0)], text)


def unmasked_joiners(text: str) -> str:
    """``text`` with the characters :func:`masked_joiners` hid put back."""
    for joiner, mask in _MASKS.items():
        text = text.replace(mask, joiner)
    return text


#: A joiner as questions speak it, 跟 and 同 included (「A跟B加起来多少」).
SPOKEN_JOINER = re.compile(r"和|与|及|、|跟|同")

#: What a sentence carries when it asks something, however short (「锰矿有多少？」「GDP呢」「何时建成」).
ASKS = re.compile(r"多少|几|哪|什么|啥|谁|吗|呢|么|如何|怎|是否|有没有|是不是|为何|为什么|何时|多[长大宽高深远久重]")
#: Words that ask for a figure in one part of a question: 几 before a counting word or a unit (几个, 几公里, 几成; 哪几类
#: asks kinds, no figure, and 几乎 asks nothing), 多 before a dimension (多长, 多远).
ASKS_FIGURE = re.compile(r"多少|几(?:[个年项条座家所台张处辆名套户栋万千百亿%倍成亩米吨]|公里|公顷|平方)|(?<!哪)几类"
                         r"|有?多[大长宽高深重远]|百分之几")

#: Heads every name of a work ends with, whatever its kind (…中心, …基地, …污水处理厂, …工程), as pattern text: each
#: reader of works' names adds the heads of the kinds it reads (an owner's 水库 and 大道, an item's 平台 and 示范区).
WORK_HEADS = r"中心|基地|工程|项目|厂|站|场|港|馆"

#: Kinds of works a box lists side by side, each with the spellings its members' names carry: a 风电 asked is
#: printed 风电场, 风力发电站 or 风机; a 光伏 asked is printed 太阳能 too. A sum or list over one kind of a box's
#: members (「专栏里风电场装机加起来」) takes the members spelt so, never the solar plant or the reservoir beside them.
MEMBER_KINDS: dict[str, tuple[str, ...]] = {
    "风电": ("风电", "风力", "风机"),
    "光伏": ("光伏", "太阳能"),
    "水电": ("水电",),
    "火电": ("火电", "燃煤电"),
    "生物质": ("生物质",),
    "储能": ("储能", "抽水蓄能"),
    "变电": ("变电",),
    "水库": ("水库",),
    "水厂": ("水厂",),
    "污水处理": ("污水处理",),
    "垃圾": ("垃圾",),
}


def member_kind(words: str) -> tuple[str, ...]:
    """The spellings of the one kind of works ``words`` name (a question's topic), or () for none or several.

    >>> member_kind("风电场装机加起来"), member_kind("太阳能电站"), member_kind("能源项目")
    (('风电', '风力', '风机'), ('光伏', '太阳能'), ())
    """
    kinds = [spellings for spellings in MEMBER_KINDS.values() if any(s in words for s in spellings)]
    return kinds[0] if len(kinds) == 1 else ()


#: A kind of works and a head only (风电项目, 光伏电站, 水库工程, 风力发电场): words every member of that kind is said
#: in, no one member's short name — 「专栏里风电项目装机合计」 asks the kind, never the one 某某风电场工程项目.
KIND_AND_HEAD = re.compile(
    "(?:" + "|".join(sorted({s for spellings in MEMBER_KINDS.values() for s in spellings}, key=len, reverse=True)) + ")"
    rf"(?:发电|电)?(?:{WORK_HEADS}|电站|项目|工程)+")


#: One thing in the plan's word and in the words a speaker says for it (「非机动车泊位」 asked as 「非机动车车位」,
#: 交叉口 as 路口, 站点 as 站, 开通 as 开): the genre's vocabulary, each printed word with its spoken ones. A reader
#: matching a question's words to a clause's reads either for the other; every other word must still be printed.
SAME_THING: dict[str, tuple[str, ...]] = {
    "泊位": ("车位", "停车位"),
    "停车位": ("车位",),
    "交叉口": ("路口",),
    "站点": ("站",),
    "线路": ("线",),
    "轨道交通": ("轨交", "地铁"),
    "轨道": ("轨交", "地铁"),
    "总里程": ("总长", "全长", "长度"),
    "里程": ("长度", "总长", "全长"),
    "吞吐量": ("运量", "量"),
    "增加": ("加", "多加"),
    "新增": ("加", "增加", "新添", "添"),
    # the verbs of works and tasks as an office says them (「绿道准备修多长」「立体绿化搞多大面积」「改造要做完多少」)
    "建设": ("建", "修", "搞"),
    "完成": ("做完", "干完", "搞完"),
    "下降": ("降",),
    "开通": ("开",),
    "改造": ("改",),
    "招引": ("招",),
    "引进": ("引",),
    "新建": ("建", "修"),
    "建成": ("建",),
    "开工建设": ("开工",),
    # a verb said by its first character (拆了多少违法搭建) and the genre's shorthand for pulling down illegal works
    "拆除": ("拆",),
    "拆除违法建筑": ("拆违",),
    "拆除违法搭建": ("拆违",),
    # what is left at the period's end (「仍余留成片二级旧里地块39个」 asked 「还剩多少个」)
    "余留": ("还剩", "剩下", "剩"),
    "剩余": ("还剩", "剩下", "剩"),
}


def _spoken_to_printed() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for printed, spoken in SAME_THING.items():
        for word in spoken:
            out.setdefault(word, []).append(printed)
    return {word: tuple(printed) for word, printed in out.items()}


#: :data:`SAME_THING` the other way: each spoken word with the plan's words for it.
SPOKEN_TO_PRINTED: dict[str, tuple[str, ...]] = _spoken_to_printed()


_LENGTH_NOUNS = ("总里程", "里程", "总长度", "长度", "总长", "全长")
_AREA_NOUNS = ("总面积", "面积")
#: Measure nouns a unit says already: a length in 公里 is a 里程, an area in 平方米 a 面积. A clause printing
#: 「里程达387.2公里」 or a row named 「农村公路提档升级总里程」 answers 「农村公路提档升级多少公里」.
UNIT_MEASURE_NOUNS: dict[str, tuple[str, ...]] = {
    "公里": _LENGTH_NOUNS, "千米": _LENGTH_NOUNS, "km": _LENGTH_NOUNS,
    "平方米": _AREA_NOUNS, "平方公里": _AREA_NOUNS, "公顷": _AREA_NOUNS, "亩": _AREA_NOUNS,
}
