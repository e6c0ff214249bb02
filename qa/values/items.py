"""Figures of a named item read from its own text, each tied to the noun printed beside it.

Box lines and project items state their figures in the order the genre writes them, not as
attribute–value pairs: 「疏浚航道80km。建设2个千吨级码头」, 「达成96个教学班、4800个学位」,
「解决350万户无电人口用电问题」. A value belongs to the noun printed right after it (a count:
4800个|学位) or right before it (航道|80km), within its own segment (between ，；。、); a question's
part 「多少个学位」 is answered by the value whose noun is 学位 — never by another value of the item.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..question.intent import parse_cn_number
from ..index.kb import KB, plan_of
from ..question.ngrams import bigrams
from .prose import CLASSIFIERS, CN_COUNT, WORKS_ACTS, unit_agrees, values_in

__all__ = ["ItemFigure", "item_texts", "titled_items", "named_in_sentence", "asked_nouns", "noun_value", "other_grade"]

#: Where an item's title ends: 「湘江航道建设。」「**送电到村工程**→」「优速物流：」.
_TITLE_END = re.compile(r"[。：:→]")
#: A segment between clause marks; a comma grouping digits (18,900万元) is inside one.
_SEGMENT = re.compile(r"(?:[^，,；;。、：:→]|(?<=\d)[，,](?=\d{3}))+")
#: Words of a question part that are no part of the asked noun (verbs of building, the question's frame).
_PART_NOISE = re.compile(
    r"(?:是|有|为|约)?(?:(?:多少|几)(?:万|亿)?(?:[个台座条家所项件张户辆次处套名人吨亩米]|公里|千米|平方米|万平方米|立方米|千瓦|万千瓦)?|多长|多宽|多大)|"
    r"(?:到|在)?(?:19|20)\d\d年(?:底|末)?|请问|规划|计划|预计|建成后|一共|总共|分别|各自?(?:有|是|为|要)?|大概|大约|的|呢|吗|[？?！!。，,、；;“”\"\s]"
)
_LEADING_VERB = re.compile(
    r"^(?:工程|项目)?(?:建成|完工)?后?(?:要|将|能够?|可以?|需要|共|各|是|有)*(?:新建|兴建|修建|开工建设|建成|建设|建(?!筑)|达成|完成|实现|解决|提供|形成|新增|增加|改造|改扩建)?")  # 建筑面积 is a noun


#: A verb of building printed after the noun it builds (「…基地要建几个」「…学校建成后」 is left to the frame).
_TRAILING_VERB = re.compile(r"(?:要|将|拟|计划|准备)?(?:新建|兴建|修建|建成|建设|建)$")
#: Rank words that make a sibling of the noun they stand before (总干渠, 支渠 and 干渠 are three kinds of canal).
_RANKS = "总主支副次"
#: Verbs that introduce a value (降到多少, 增长多少): no noun of their own.
_VALUE_VERB = re.compile(r"(?:提高|提升|降低|下降|增长|增加|减少|达|突破|控制|保持|超过)(?:到|至|在|了)?|降到|降至")


@dataclass(frozen=True)
class ItemFigure:
    """A value read beside its noun: the ``value`` as printed, the ``segment`` quoting both, its paragraph."""

    value: str
    segment: str
    para: str


def item_texts(kb: KB, node: str, mention: str, *, sentences: bool = False) -> list[tuple[str, str]]:
    """(paragraph, item text) of the items titled by the thing (「湘江航道建设。疏浚航道80km。…」): only its own
    item speaks of it alone. Else, with ``sentences`` (a project or park) and a name long enough to be one
    thing's (six characters or more), the rest
    of each sentence that names it (「推进永州师范高等专科学校二期工程，建成300个教学班」); a short word merely
    mentioned (能源 in 「…能源要降到…」) owns nothing."""
    out, named = [], []
    for para in kb.source_paragraphs(node):
        text = kb.norm_text.get(para) or ""
        title = _TITLE_END.search(text)
        at = text.find(mention)
        # a title holds no clause break (「实施老城区排水防涝工程，改造易涝点12处。」 is a sentence, not a title)
        if title and 0 <= at < title.start() <= 40 and not re.search(r"[，,；;]", text[: title.start()]):
            out.append((para, text[title.end():]))
        elif sentences and at >= 0 and len(mention) >= 6:
            end = re.search(r"[。；;！？]", text[at:])
            named.append((para, text[at + len(mention) : at + end.start() if end else len(text)]))
    return out or named


def titled_items(kb: KB, question: str, *, plan: str | None = None) -> list[tuple[str, str, str]]:
    """(name as asked, paragraph, item text) of box items and titled lines the question names by their title.

    A title joining two works (「送电到村和绿色能源县工程」) is named by either with the shared last word
    (送电到村工程). Longest name first.
    """
    out = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text.get(para) or ""
        m = _TITLE_END.search(text)
        if not m or not 2 <= m.start() <= 24:
            continue
        title = text[: m.start()].strip("*")
        for name in _title_names(title):
            if len(name) >= 4 and name in question:
                out.append((name, para, text[m.end():]))
                break
    return sorted(out, key=lambda t: -len(t[0]))


#: How the names of works end (项目, 工程, 学校 …): a sentence names one thing only by such a name.
_WORK = re.compile(r"(?:项目|工程|中心|基地|园区|产业园|学校|医院|厂|站|馆|院|场|库|港|码头|大桥|大道|公路|铁路|机场)$")


def named_in_sentence(kb: KB, question: str, *, plan: str | None = None, shortest: int = 6) -> list[tuple[str, str, str]]:
    """(name as asked, paragraph, rest of its sentence) where the question's opening words (at least ``shortest``
    characters, ending as works' names end: 「第二职业学校建设项目…」) stand verbatim in a sentence of the plan:
    the thing that sentence names."""
    head = re.sub(r"^(?:请问|规划中?|纲要中?)", "", question)
    paras = [p for p in kb.paragraph_nodes if not plan or plan_of(p) == plan]
    for k in range(min(len(head), 24), shortest - 1, -1):
        name = head[:k]
        if re.search(r"多少|几|[，？?“”\"]", name) or not _WORK.search(name):
            continue
        out = []
        for para in paras:
            text = kb.norm_text.get(para) or ""
            at = text.find(name)
            if at >= 0:
                end = re.search(r"[。；;！？]", text[at:])
                out.append((name, para, text[at + len(name) : at + end.start() if end else len(text)]))
        if out:
            return out
    return []


def _title_names(title: str) -> list[str]:
    """A title and, for 「A和B工程」, 「A工程」 and 「B工程」.

    >>> _title_names("送电到村和绿色能源县工程")
    ['送电到村和绿色能源县工程', '送电到村工程', '绿色能源县工程']
    """
    m = re.fullmatch(r"(.{2,})[和与及](.{2,}?)(工程|项目|行动|计划)", title)
    return [title] + ([m.group(1) + m.group(3), m.group(2) + m.group(3)] if m else [])


#: Kinds of works a verb says (新建 two markets, 改造 five others): a count asked of one is no count of another.
_WORKS_KINDS = (("改扩建", "扩建"), ("改造", "改建", "提质"), ("新建", "兴建", "修建", "新增", "建设", "建"))


def _works_kind(text: str) -> str:
    """The first verb kind ``text`` holds (its first spelling), '' if none."""
    return next((kind[0] for kind in _WORKS_KINDS if any(v in text for v in kind)), "")


def asked_nouns(question: str, mention: str) -> list[tuple[str, str, str]]:
    """The question's parts after the thing's name, as (noun, counting word asked or '', kind of works asked or '').

    Examples
    --------
    >>> asked_nouns("湘江航道建设要疏浚多少公里航道，建几个千吨级码头？", "湘江航道建设")
    [('疏浚航道', '公里', ''), ('千吨级码头', '个', '新建')]
    >>> asked_nouns("永州七中异地新建项目建成后有多少个学位？", "永州七中异地新建项目")
    [('学位', '个', '')]
    >>> asked_nouns("某中学的教学班和学位各有多少个？", "某中学")
    [('教学班', '个', ''), ('学位', '个', '')]
    >>> asked_nouns("乡镇污水处理厂建设项目要建几个厂？", "乡镇污水处理厂建设项目")
    [('乡镇污水处理厂', '个', '新建')]
    >>> asked_nouns("海绵城市建设要新建多长的雨污分流管网？", "海绵城市建设")
    [('雨污分流管网', '长度', '新建')]
    >>> asked_nouns("菜篮子生产基地要建几个？", "")
    [('菜篮子生产基地', '个', '新建')]
    >>> asked_nouns("何仙观水库灌区的干渠有几条？", "何仙观水库")
    [('干渠', '条', '')]
    >>> asked_nouns("1985年普通高等学校招生数要增加到多少？", "普通高等学校")
    [('招生数', '', '')]
    >>> asked_nouns("零陵汽车东站的建筑面积大概多大", "零陵汽车东站")
    [('建筑面积', '', '')]
    """
    # 「海绵城市建设中古城路…改造多长」: 中/里 after the name say where, they open no noun
    rest = re.sub(re.escape(mention) + r"(?:中(?![学心小型])|里|内)?", "，", question, count=1) if mention else question
    out = []
    for part in re.split(r"[，,、；;？?]", rest):
        asked = re.search(r"(?:多少|几)(?:万|亿)?(个|台|座|条|家|所|项|件|张|户|辆|次|处|套|名|人|吨|亩|公里|千米|平方米|米)?|多(长|宽)|多大", part)
        if not asked:
            continue
        unit = asked.group(1) or (asked.group(2) + "度" if asked.group(2) else "")  # 多长 asks a length (km, m)
        # 「何仙观水库灌区的干渠有几条」 linked as 何仙观水库: the kind word before 的 goes on naming the thing, the noun
        # asked is after it
        part = re.sub(r"^[\u4e00-\u9fff]{1,4}的(?=[\u4e00-\u9fff]{2})", "", part) if asked.start() > 3 else part
        # 「教学班和学位各有多少个」: nouns joined before one question word share it.
        for piece in re.split(r"和|与|及", _PART_NOISE.sub("", part)):
            verb = _LEADING_VERB.match(piece)
            noun = piece[verb.end():]
            # 「菜篮子生产基地要建几个」: the verb after the noun says the works, as one before it does
            trailing = _TRAILING_VERB.search(noun) if len(noun) > 3 else None
            noun, said = (noun[: trailing.start()], trailing.group(0)) if trailing and trailing.start() >= 2 else (noun, "")
            # 「招生数要增加到多少」: the verb the value follows is no part of the noun (its 增加到 would match the
            # 由…增加到 of the start value, 「由1980年的28万人增加到40万人」).
            # Only a verb ending in 到 (增加到, 达到) says where the value goes; 增长 alone names a rate asked.
            noun = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:要|将|计划|需要)?(?:" + _VALUE_VERB.pattern + r")(?<=到)$", "", noun)
            if len(noun) == 1 and noun in mention:
                # 「乡镇污水处理厂建设项目要建几个厂」: the one word is the named works' own kind (乡镇污水处理厂).
                noun = mention[: mention.rfind(noun) + 1]
            if len(noun) >= 2 and not _VALUE_VERB.fullmatch(noun):  # 「要降到多少」 names no noun
                out.append((noun, unit, _works_kind(verb.group(0) + said)))
    return out


#: Spellings of a unit a question writes in words (公里) and plans often print as a symbol (km).
_UNIT_SPELLINGS = {"公里": ("km",), "千米": ("km",), "米": ("m",), "平方米": ("m²", "㎡", "平米"), "立方米": ("m³",),
                   "长度": ("km", "m", "公里", "千米", "米"), "宽度": ("m", "米")}
#: A clause that is only an attribute of the noun ending the clause before it (「新建雨污分流管网，长度约58km」).
_ATTRIBUTE_CLAUSE = re.compile(r"(?:其|总|全)?(?:长度?|宽度?|面积|规模|容量|库容)?(?:约|为|达到?|共|近)*")


def _unit_fits(unit: str, value: str) -> bool:
    return not unit or unit_agrees(unit, value) or any(re.search(rf"\d{re.escape(s)}$", value) for s in _UNIT_SPELLINGS.get(unit, ()))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _values(segment: str, unit: str, counts: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, value as answered) of the values in a segment; when a count is asked, counts in Chinese
    numerals too, answered in digits (四个 → 4个), and with ``counts`` digits by the very counting word asked
    (「支渠7条」, which values_in leaves out: 第3条, 10条措施 are no amounts)."""
    out = [(m.start(), m.end(), m.group(0)) for m in values_in(segment, 0)]
    if unit and unit in CLASSIFIERS:
        out += [(m.start(), m.end(), f"{n}{m.group(2)}") for m in CN_COUNT.finditer(segment)
                if (n := parse_cn_number(m.group(1)))]
        if counts:
            out += [(m.start(), m.end(), m.group(0)) for m in re.finditer(rf"(?<![0-9.,])\d+{re.escape(unit)}", segment)
                    if all(m.start() != o[0] for o in out)]
    return out


def _other_qualifier(before: str, noun: str, k: int) -> bool:
    """Whether the noun's last ``k`` characters end ``before`` right after a qualifier that is not the noun's own
    (「港口集装箱|吞吐量」 for 旅客吞吐量): the tail printed there is another thing's attribute.

    >>> _other_qualifier("港口集装箱吞吐量", "旅客吞吐量", 2), _other_qualifier("机场旅客吞吐量", "旅客吞吐量", 5)
    (True, False)
    >>> _other_qualifier("，吞吐量", "旅客吞吐量", 3), _other_qualifier("新建风机", "上风机", 2)
    (False, False)
    >>> _other_qualifier("龙口灌区本县支渠", "续建支渠", 2)
    False
    """
    if k >= len(noun):
        return False
    common = next((n for n in range(k, len(noun) + 1) if n == len(noun) or len(before) <= n or before[-n - 1] != noun[-n - 1]), k)
    # a one-character head is a spoken verb or particle (「要上几台风机」 of 「新建风机23台」), not a qualifier, nor is
    # an act done to the thing (「续建支渠」 of 「续建龙口灌区本县支渠9条」)
    head = noun[: len(noun) - common]
    return len(head) >= 2 and not _ACT_HEAD.fullmatch(head) and len(before) > common \
        and bool(re.match(r"[\u4e00-\u9fff]", before[-common - 1]))


#: Acts done to works, which head a noun asked without qualifying it.
_ACT_HEAD = re.compile(rf"(?:要|将)?(?:{WORKS_ACTS}|修建|建设|建成|改造|整治|实施|完成)")


#: Words that make a doing's amount a noun (处理 → 处理量, 处理能力), printed after the verb a question may ask by.
_NOMINAL = ("量", "能力", "规模")


#: A grade of pressure or voltage (高压, 次高压, 中压, 低压), or of size (千吨级, 万吨级 码头): graded lines, pipes and
#: berths are siblings, never one another.
_GRADE = re.compile(r"[超特次]?[高中低]压|(?:[0-9]+|[一二三四五六七八九十两])?[十百千万]+吨级")


def other_grade(residue: str, clause: str) -> bool:
    """Whether the residue asks a grade (超高压线路, 低压管道) the clause does not print as such: a sibling grade's
    figure (「新建线路35千伏高压28km」, 「中压管道40公里」) is no figure of it.

    >>> other_grade("超高压线路", "新建线路35千伏高压28km"), other_grade("低压管道", "中压管道40公里")
    (True, True)
    >>> other_grade("高压线路", "新建线路35千伏高压28km"), other_grade("高压线路", "次高压管道12公里"), other_grade("管道", "中压管道")
    (False, True, False)
    >>> other_grade("万吨级码头", "建设2个千吨级码头"), other_grade("千吨级码头", "建设2个千吨级码头")
    (True, False)
    """
    asked = {m.group(0) for m in _GRADE.finditer(residue)}
    printed = {m.group(0) for m in _GRADE.finditer(clause)}
    return bool(asked) and not asked & printed


def noun_value(text: str, noun: str, unit: str = "", works: str = "", *, counts: bool = False) -> ItemFigure | None:
    """The value printed beside ``noun`` in one segment of ``text`` (para left empty for the caller).

    A value directly before the noun counts it (「建设2个千吨级码头」「四个农村饮水水厂」); one directly after
    names its amount (「疏浚航道80km」), also as the next clause when that clause is only the noun's attribute
    (「新建雨污分流管网，长度约58km」). The segment must hold at least half the noun's bigrams, and with
    ``works`` (the kind of works asked, :func:`asked_nouns`) say no other kind (改造五个 is no count of 新建).
    ``counts``: a count printed in digits by the counting word asked (「支渠7条」) is a value too.

    Examples
    --------
    >>> noun_value("加快建成教学楼等设施，达成96个教学班、4800个学位的教育规模", "学位", "个").value
    '4800个'
    >>> noun_value("疏浚航道80km。建设2个千吨级码头。", "疏浚航道", "公里").value
    '80km'
    >>> noun_value("解决1亿农村居民饮用高氟水、苦咸水问题", "农村居民饮水问题").value
    '1亿'
    >>> noun_value("年产100吨初级核燃料生产线一条", "再生铝") is None
    True
    >>> noun_value("兴建何仙观、猫儿岩四个农村饮水水厂，供水规模为5.5万吨每天", "水厂", "个").value
    '4个'
    >>> f = noun_value("改造，长度约600m;依付于城区主次干道建设的新建雨污分流管网，长度约58km。", "雨污分流管网", "长度")
    >>> f.value, f.segment
    ('58km', '依付于城区主次干道建设的新建雨污分流管网，长度约58km')
    >>> noun_value("新建雨污分流管网，长度约58km", "雨污分流管网", "个") is None
    True
    >>> noun_value("新建两个乡镇农贸市场，改造五个乡镇农贸市场", "农贸市场", "个", "改造").value
    '5个'
    >>> noun_value("渠系分总干渠1条长20.35km、干渠3条长92.9km", "干渠", "条", counts=True).value
    '3条'
    >>> noun_value("机场旅客吞吐量超过7000万人次，港口集装箱吞吐量达3300万标箱", "旅客吞吐量").value
    '7000万人次'
    >>> noun_value("港口集装箱吞吐量达3300万标箱", "旅客吞吐量") is None
    True

    """
    grams = bigrams(noun)
    best: tuple[int, ItemFigure] | None = None
    for seg in _SEGMENT.finditer(text):
        segment = seg.group(0)
        if len(grams & bigrams(segment)) < 0.5 * len(grams):
            continue
        if works and (said := _works_kind(segment)) and said != works:
            continue
        if other_grade(noun, segment):
            continue  # 「中压管道40公里」 is no figure of 低压管道
        for start, end, value in _values(segment, unit, counts):
            if not _unit_fits(unit, value):
                continue
            after = re.sub(r"^的", "", segment[end:])
            # the noun, or its part after a verb (解决|农村居民…), printed right after the value
            counted = max((_common_prefix(noun[i:], after) for i in range(len(noun) - 1)), default=0)
            if 0 < after.find(noun) <= 3 or (after.endswith(noun) and not _values(after, unit)):
                # 「建设6个乡镇污水处理厂」「四个农村饮水水厂」: modifiers between the count and its noun
                counted = max(counted, len(noun))
            before = re.sub(r"(?:约|为|达|达到|超过|突破|不低于|不少于|(?<![增成延])长|共)$", "", segment[:start])  # 长 of 全长, not of 增长
            if not noun.endswith(_NOMINAL):
                # 「一年能处理多少」 asked as 年处理 of 「年处理量25000m3」: plans name a doing's amount with 量/能力/规模
                before = re.sub(rf"(?<=[\u4e00-\u9fff]{{2}})(?:{'|'.join(_NOMINAL)})$", "", before)
            # 「总干渠1条」 asked 干渠: a ranked sibling of the noun, not the noun (干渠3条); 「港口集装箱吞吐量达3300万标箱」
            # asked 旅客吞吐量: the noun's tail printed after another qualifier is another thing's
            named = max((k for k in range(2, len(noun) + 1) if (before.endswith(noun[-k:]) and not _ranked(before, noun, k)
                                                                and not _other_qualifier(before, noun, k))
                         or (before.endswith(noun[:k]) and not (k == len(noun) and _ranked(before, noun, k)))), default=0)
            score = max(counted, named)
            if score >= 2 and (best is None or score > best[0]):
                best = (score, ItemFigure(value, _quoted(text, seg), ""))
        if best is None and (attribute := _attribute_value(text, seg, noun, unit)):
            best = (len(noun), attribute)
    return best[1] if best else None


def _ranked(before: str, noun: str, k: int) -> bool:
    """Whether the noun's last ``k`` characters end ``before`` after a rank word the noun does not have (总|干渠)."""
    return len(before) > k and before[-k - 1] in _RANKS and (k == len(noun) or noun[-k - 1] != before[-k - 1])


def _quoted(text: str, seg: re.Match) -> str:
    """The segment as quoted: with the enumeration it closes (「兴建何仙观、…、猫儿岩四个农村饮水水厂」), without the
    tail of a parenthesis opened before it (「宽28m）菱角塘路至…三条道路」 → 「菱角塘路至…三条道路」)."""
    start = seg.start()
    if text[start - 1 : start] == "、":
        opening = max(text.rfind(c, 0, start) for c in "，,；;。：:→") + 1
        # names enumerated (何仙观、…), never other values (「达成96个教学班、4800个学位」 quotes only 4800个学位)
        start = start if values_in(text[opening:start], 0) else opening
    quote = text[start : seg.end()]
    closed = max(quote.rfind(")"), quote.rfind("）"))
    return quote[closed + 1 :] if closed >= 0 and not re.search(r"[(（]", quote[:closed]) else quote


def _attribute_value(text: str, seg: re.Match, noun: str, unit: str) -> ItemFigure | None:
    """The value of the clause after ``seg`` when ``seg`` ends with the noun (four characters of it at least) and
    that clause holds nothing but an attribute and its value (「…新建雨污分流管网，长度约58km」)."""
    ends = max((k for k in range(2, len(noun) + 1) if seg.group(0).endswith(noun[-k:])), default=0)
    if ends < min(4, len(noun)) or text[seg.end() : seg.end() + 1] not in ("，", ","):
        return None
    nxt = _SEGMENT.match(text, seg.end() + 1)
    lead = _ATTRIBUTE_CLAUSE.match(nxt.group(0)) if nxt else None
    values = _values(nxt.group(0), unit) if nxt else []
    if not lead or len(values) != 1 or values[0][0] != lead.end() or not _unit_fits(unit, values[0][2]):
        return None
    if unit in ("长度", "宽度") and re.search(r"[长宽]", lead.group(0)) and unit[0] not in lead.group(0):
        return None  # 「…改造，长度约5867m」 asked 多宽: a length is no width
    if re.sub(r"左右|以上|以内", "", nxt.group(0)[values[0][1]:]):
        return None
    return ItemFigure(values[0][2], text[seg.start() : nxt.end()], "")
