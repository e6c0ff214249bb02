"""Figures stated in prose: where the plan says how much a measure is to reach, and for when.

Plans state most targets in sentences (「地级及以上城市PM2.5浓度下降10%」, 「到2010年城市
生活垃圾无害化处理率不低于60%」, 「猫儿岩水库灌区13.5km，灌溉面积3.2万亩」). A
:class:`Figure` is one such statement: the clause naming the measure, the value after
it, the paragraph, and the year the text ties it to. Figures come from the graph's
``pk:Target`` facts when the build has them (:func:`graph_figures`, the one reader of
those facts) and otherwise from the paragraphs' text (:func:`prose_figures`).

A figure belongs to the measure its own clause names — or, in an enumeration
「A …，灌溉面积X；B …，灌溉面积Y」, to the subject named just before its attribute —
never to a thing merely mentioned in the same paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.units import SHARE_WORDS
from kg.ingest.markers import LIST_MARK

from ..question.frame import (CUE_PRINTED, MEASURE_HEAD, NARROWING, PERIOD_NUMERAL, PERIOD_TEXT, TIME_SAID, YEAR_TEXT,
                              period_end, periods_in, years_in)
from ..index.kb import KB, normalise_text, plan_of
from ..index.perkb import per_kb
from ..question.ngrams import bigrams
from ..question.paired import spell_paired
from .prenominal import value_before_name
from .elided import carried_owner
from .runs import carry_owners

__all__ = ["SENTENCE", "Figure", "VALUE", "PLAN_NUMBER_TEXT", "of_now", "SPAN_COMPARED", "SCOPES", "values_in", "expand_ordinals", "listed_figures", "prose_figures", "graph_figures", "find_figures", "plan_horizon", "evidence_years", "heading_year", "dated_years", "value_aspect", "unit_agrees", "of_asked_kind", "asked_values", "figures_of_value", "rate_fits", "CLASSIFIERS", "CN_COUNT", "WORKS_AFTER"]

#: A sentence of a paragraph (its text up to 。；！？ or a line break).
SENTENCE = re.compile(r"[^。；;！？\n]+")
# 5,500亿度: a comma between digits splits nothing (nor 「6,352,8万吨」, which must not leave a cut 6,352), unless a
# year follows (「2020年为2.74,2025年为2.98」).
_CLAUSE = re.compile(r"(?:[^，,：:；;。]|(?<=\d),(?=\d)(?!(?:19|20)\d\d年))+")
_CN_NUMERAL = "〇零一二三四五六七八九十两百千万亿点"
#: A printed value: Arabic (56%, 1.7万公里, 22/10万, 12‰) or Chinese (百分之十五点五, 六点八万公里).
_UNITS = (
    "万亿美元|亿美元|万美元|美元|万亿元|亿元|万元|元|万公里|公里|千米|平方公里|平方千米|平方米|立方米|万亩|亩|公顷|"
    "万吨标准煤|吨标准煤|万吨|吨|万千瓦|千瓦时|千瓦|万人|人次|人|个百分点|个|张|件|所|家|座|条|岁|处|项|辆|户|次|床|倍|"
    "天|小时|公斤|斤|千克|标准箱|标箱|微克|毫克|艘|架|台|套|部|本|度|担|头|匹|双|名|"
    # goods' own counting words (手表450万只, 卷烟200万箱, 棉纺47万锭): the value keeps its unit, so a question asking
    # 多少箱 is answered by it (「200万」 alone agreed with no unit asked)
    "只|箱|锭|株|棵|册|枚|颗|盏|"
    # trains run (「“长安号”…全年开行3720列」)
    "列|趟|"
    # buildings (税收亿元楼45幢以上): without it the value was said as a bare 45
    "幢|栋|"
    # teams (「排水公司有6支应急队伍」): said as a bare 6 before
    "支|"
    # posts and poles (「新增200根公用和专用充电桩」): without it the value was a bare 200 no 多少根 agreed with
    "根"
)
# A unit printed per another (19微克/立方米, 14.6平方米/人, 50万吨/年) is one unit: the value is given with all of it.
_PER = "立方米|平方米|平方公里|万人|人|户|床|公顷|亩|年|天|日|小时"
VALUE = re.compile(
    # Never a piece of a longer printed number (「6,352,8万吨」 is no 6,352 and no 8万吨).
    # Nor the digits of a code (PM2.5, G207): a figure is not led by a Latin letter.
    # Old print's · between digits is a decimal point (铁路货运量16·5亿吨): one value, never 16 nor the cut 5亿吨.
    r"(?<![0-9.A-Za-z])(?<!\d[,，])(?<!\d[·・])\d+(?:,\d{3}(?![0-9]))*(?:[.·・]\d+)?(?![0-9]|[,，](?!(?:19|20)\d\d年)\d)(?:/\d+(?:\.\d+)?万?)?(?:万亿|亿|万|千(?![瓦伏克米]))?(?:余(?=[^0-9]))?"
    # A rate keeps its period (设计规模100m3/d, 5.5万吨每天): 100m3 alone would state a volume, not a daily capacity.
    rf"(?:%|‰|(?:(?:{_UNITS})|[A-Za-z]+[²³23]?)(?:/(?:{_PER}|[dah](?![A-Za-z]))|每天|每日|每年(?=$|[，,。；;、）)]))?)?"
    # 「四、〇八四公里」: old print marks thousands with 、 — one number, never the cut 〇八四公里.
    rf"|百分之[{_CN_NUMERAL}]+(?:[·・][〇零一二三四五六七八九]+)?"
    # 「人口控制在十三亿以内」: a count in 万/亿 printed without a unit, bounded by 以内/以上.
    rf"|(?<![{_CN_NUMERAL}])[一二三四五六七八九十两][{_CN_NUMERAL}]*[万亿](?=以内|以上|以下|左右)"
    # 「比2020年翻一番」「翻两番多」: a doubling is a figure of change, said as printed (its base read with it).
    r"|翻[一两二三四五六七八九几]番多?"
    # 「四二七·四亿元」: old print's · is a decimal point — the whole number, never the cut 四亿元 after it.
    rf"|(?<![{_CN_NUMERAL}·・，,]、)(?<![{_CN_NUMERAL}·・，,])(?:[一二三四五六七八九]、(?=[〇零一二三四五六七八九]{{3}}))?"
    # 「二万四千多个」「一百多万吨」: a round figure said with 多/余 before its unit.
    rf"(?:[{_CN_NUMERAL}]+[·・][〇零一二三四五六七八九]+[万亿]?|[{_CN_NUMERAL}]{{2,}}(?:[多余](?=[万亿]?(?:{_UNITS})))?[万亿]?)(?:{_UNITS})"
)
# (a period name 「十四五」「二五」, never an amount in Chinese numerals ending in 五: 八十五元, 二十五万吨)
_YEARISH = re.compile(r"^(?:(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})年|^[0-9一二三四五六七八九十]+五(?![〇零一二三四五六七八九十百千万亿点·元角吨斤担个人户亩公米倍%])")
_DIRECTION = re.compile(r"提高到|提升到|达到|降到|降至|降低|下降|增长|增加|超过|不低于|不超过|控制在|保持在|突破|减少|提高|新建|建设|累计")
_YEARS_OF_LIFE = re.compile(r"\d{1,2}(?:\.\d+)?年(?![底末度初])")
_NOT_VALUE_AFTER = re.compile(r"^(?:年|月|日|五|号|大|次会|个方面|方面|条|项任务|化)")


@dataclass(frozen=True)
class Figure:
    """One stated figure: ``value`` as printed, the ``clause`` that says it, its paragraph node.

    ``years`` are the years the sentence (else its paragraph) ties the figure to; empty
    when the text names none, so the plan's own horizon applies. ``score`` is how well
    the clause names the asked measure (0–2).
    """

    value: str
    clause: str
    sentence: str
    para: str
    years: tuple[int, ...] = ()
    score: float = 0.0
    #: What the value is of its measure: ``growth`` (年均增长6.74%), ``change`` (降低13.5%), ``total`` (五年合计5953亿元)
    #: or ``level`` (达到232亿元).
    aspect: str = "level"
    #: The measure a ``pk:Target`` names (read by extraction from its sentence or its list's lead-in); empty for prose.
    measure: str = ""


_GROWTH_BEFORE = re.compile(r"(?:年均|每年|平均每年)[^，。；]{0,6}?(?:增长|增速|提高|递增|下降|降低|减少)[率]?(?:为|达到|保持在)?(?:约|近|超过)?$|(?:增速|增长率)(?:为|达到|保持在)?(?:约|近)?$")
#: 「五年合计国家财政收入5953亿元」「累计完成投资…」: a sum over a period, not the level of one year.
#: (第一个五年 names a plan's period, no sum over it)
_TOTAL_BEFORE = re.compile(r"(?:合计|累计|共计|总计|总共|一共|(?<![〇零一二三四五六七八九十0-9个])五年)[^，。；0-9]{0,16}$")
_CHANGE_BEFORE = re.compile(r"(?:提高|提升|降低|下降|减少|增加|增长|压减|缩短|扩大|新增|减排)(?:了|约|近)?$")
#: 「计划增加农业贷款111亿元」「新增浇灌面积3000万亩」: a change verb taking the measure as its object, the value after
#: it (a verb's own name such as 增加值 is none; a level verb between them — 「增加后的病床达到」 — makes it a level).
_CHANGE_OBJECT = re.compile(r"(?:提高|提升|降低|减少|增加|压减|缩短|延长|扩大|新增)(?!值|额|率)(?:(?!达到|提高到|增加到|降低到|降到|控制在|保持在|稳定在|为|是|到|至)[\u4e00-\u9fff]){2,10}\s*$")


_ORDINALS = re.compile(r"第([一二三四五六七八九十])((?:[、和及][一二三四五六七八九十])+)([\u4e00-\u9fff]{2})")


def expand_ordinals(text: str) -> str:
    """Ordinals the genre prints once for several items, written out for each (each item its own name).

    >>> expand_ordinals("第一、二、三产业增加值占国内生产总值的比重分别为13%、51%和36%")
    '第一产业、第二产业和第三产业增加值占国内生产总值的比重分别为13%、51%和36%'
    >>> expand_ordinals("城乡居民人均可支配收入分别增长7.7%、8.2%"), expand_ordinals("城乡居民收入稳步增长")
    ('城镇居民和农村居民人均可支配收入分别增长7.7%、8.2%', '城乡居民收入稳步增长')
    """
    def spell(m: re.Match) -> str:
        seps = re.findall(r"[、和及]", m.group(2))
        ords = [m.group(1)] + re.findall(r"[一二三四五六七八九十]", m.group(2))
        names = [f"第{o}{m.group(3)}" for o in ords]
        return names[0] + "".join(sep + name for sep, name in zip(seps[:-1], names[1:-1])) + ("和" if len(names) > 2 else seps[-1]) + names[-1]

    return spell_paired(_ORDINALS.sub(spell, text))  # 城乡…分别: each part named too (qa.question.paired)


def value_aspect(before: str) -> str:
    """What a value states of its measure, read from the words just before it in its clause.

    Examples
    --------
    >>> value_aspect("“十三五”期间年均增长"), value_aspect("人均预期寿命提高"), value_aspect("森林覆盖率提高到")
    ('growth', 'change', 'level')
    >>> value_aspect("五年合计国家财政收入")
    'total'
    >>> value_aspect("计划增加农业贷款"), value_aspect("五年内新增浇灌面积 "), value_aspect("工业增加值")
    ('change', 'change', 'level')
    """
    before = re.sub(r"(?:分别)$", "", before)
    if _GROWTH_BEFORE.search(before):
        return "growth"
    if _CHANGE_BEFORE.search(before) or _CHANGE_OBJECT.search(before):
        return "change"
    return "total" if _TOTAL_BEFORE.search(before) else "level"


#: Counting words that stand for one another (「多少家龙头企业」 is answered by 「达到36个」).
CLASSIFIERS = "个家所座条处项件张户辆次"
#: A count printed in Chinese numerals (「四个农村饮水水厂」「两座」「三条道路」); 第一个 is an ordinal, not a count.
#: 「平均一个人民公社拥有…」「每一个县」: one thing as the unit a figure is averaged over, never a count of it.
CN_COUNT = re.compile(rf"(?<![第〇零一二三四五六七八九十两百])(?<!平均)(?<!每)([一二两三四五六七八九十百]{{1,4}})([{CLASSIFIERS}])")
#: The acts done to works that each count as a work of its own (几座水闸的续建, 续建几座); 建设 and 实施 say any of them.
WORKS_ACTS = "续建|新建|改建|扩建|重建|迁建|拆除|加固"
#: 「10个乡镇街道污水处理厂」: a noun followed by a works' name ends no count of it — the count is of the works.
WORKS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,5}?(?:厂|站|中心|基地|设施|学校|医院|馆|公司|企业|园区)(?:建设|改造|项目|工程|[，,。；;、和及]|$)")


def unit_agrees(unit: str | None, value: str) -> bool:
    """Whether a printed value carries the unit a question asked for (any counting word for a counting word).

    >>> unit_agrees("家", "36个"), unit_agrees("公里", "6.5万公里"), unit_agrees("个", "60%"), unit_agrees(None, "5%")
    (True, True, False, True)
    >>> unit_agrees("公里", "46km"), unit_agrees("米", "46km"), unit_agrees("兆瓦", "50MW")
    (True, False, True)
    """
    if not unit or unit in value:
        return True
    printed = re.sub(r"^[0-9.,/]+(?:万亿|亿|万|千)?余?", "", value)
    if unit in _SPELLINGS and (printed in _SPELLINGS[unit] or printed.lower() in _SPELLINGS[unit]):
        return True  # 「新建线路10千伏高压46km」 answers 多少公里
    return unit in CLASSIFIERS and bool(re.search(rf"\d[{CLASSIFIERS}]$", value))


def of_asked_kind(unit: str | None, value: str) -> bool:
    """Whether ``value`` is of the kind asked: its unit or counting word the one asked (no other counting word — the
    answerers take 36个 for 多少家, a last resort and a check do not), any value when none is asked.

    >>> of_asked_kind("个", "2个"), of_asked_kind("个", "69.5km"), of_asked_kind(None, "69.5km")
    (True, False, True)
    """
    if not unit:
        return True
    if unit in CLASSIFIERS:
        return value.endswith(unit)
    return unit_agrees(unit, value)


#: Units a question writes in Chinese and plans may print in letters or another word (公里 = km = 千米).
_SPELLINGS: dict[str, tuple[str, ...]] = {
    "公里": ("km", "千米"), "千米": ("km", "公里"), "米": ("m",), "平方公里": ("km²", "km2", "平方千米"),
    "平方米": ("m²", "m2", "㎡"), "立方米": ("m³", "m3", "方"), "千瓦": ("kw",), "兆瓦": ("mw",),
    "名": ("人",), "人": ("名",),  # people are counted by either word (培养多少名教师 / 教师500人)
}


def _fits(aspect: str | None, value: str) -> bool:
    """Whether a value stating ``value`` answers a question asking for ``aspect`` (None: any).

    A total over a period (五年合计) answers no question asking for a level, rate or change; a question
    asking for a total is answered by a total or a change over the period (累计新增), never by one year's level.
    """
    if aspect == "total":
        return value in ("total", "change")
    return aspect is None or value == aspect or (aspect == "change" and value == "growth")


#: 「耕、种、收」: one-character items enumerated with 、 read as the word a question writes (耕种收).
#: 「市、区级文保单位」: two grades sharing their 级, read as the question writes them (市区级).
_ONE_CHAR_RUN = re.compile(r"、(?=[\u4e00-\u9fff]、)|(?<=、[\u4e00-\u9fff])、|(?<=[\u4e00-\u9fff])、(?=[\u4e00-\u9fff]级)")


def _cover(grams: frozenset[str], text: str) -> float:
    """The share of ``grams`` that ``text`` holds.

    >>> _cover(bigrams("水稻耕种收机械化水平"), "水稻耕、种、收农业机械化综合服务水平达到90%以上") >= 0.75
    True
    >>> _cover(bigrams("甲字号乙字号基地"), "“甲字号”“乙字号”基地达到54个")
    1.0
    """
    # 「“万字号”“千字号”基地」: quotes the plan prints round a term are no part of its name as asked
    return len(grams & bigrams(_QUOTES.sub("", _ONE_CHAR_RUN.sub("", text)))) / (len(grams) or 1)


_QUOTES = re.compile(r"[“”\"‘’「」]")


def turned(measure: str, text: str) -> str:
    """``text`` with the measure's last words added when it prints two of them turned round within one clause (高压线路
    asked, 「新建线路10千伏高压46km」 printed): plans name a thing's kind before its grade as often as after it, so the
    words stand for the name as asked (an owner before them, 电网改造高压线路, is read as before); otherwise ``text``.

    >>> turned("高压线路", "新建线路10千伏高压46km").endswith("|高压线路"), turned("电网改造高压线路", "新建线路10千伏高压46km")[-5:]
    (True, '|高压线路')
    >>> turned("低压线路", "新建线路10千伏高压46km"), turned("高压线路", "线路改造，高压电网"), turned("高压线路", "高压线路46km")
    ('新建线路10千伏高压46km', '线路改造，高压电网', '高压线路46km')
    """
    for j in range(max(0, len(measure) - 8), len(measure) - 3):
        words = measure[j:]
        if words in text:
            return text
        # each word at least two characters, the later printed first and the earlier within six characters after it
        for k in range(2, len(words) - 1):
            if re.search(re.escape(words[k:]) + r"[^，,。；;：:、\s]{0,6}?" + re.escape(words[:k]), text):
                return f"{text}|{words}"
    return text
    # each word at least two characters, the later printed first and the earlier within six characters of the clause after it
    for k in range(2, len(measure) - 1):
        if re.search(re.escape(measure[k:]) + r"[^，,。；;：:、\s]{0,6}?" + re.escape(measure[:k]), text):
            return f"{text}|{measure}"
    return text


#: Words linking a share's two terms (占, 相当于 …): two middles each opening with one say the same share of a base
#: named in other words (A占GDP比例, A相当于地区生产总值比例), which the measure's cover weighs.
_RATIO_LINK = re.compile(r"(?:占|相当于|与|同|比|对)+")


def _swapped_word(measure: str, name: str) -> bool:
    """Whether ``name`` is the measure asked with a word in its middle swapped for another (面向全省复制推广… asked,
    面向全国复制推广的… printed): the same words around it name another thing.

    >>> _swapped_word("面向省复制推广制度创新成果", "面向全国复制推广的制度创新成果")
    True
    >>> _swapped_word("城镇居民人均可支配收入", "城镇常住居民人均可支配收入"), _swapped_word("小巨人企业", "专精特新“小巨人”企业")
    (False, False)
    >>> _swapped_word("研发经费支出占GDP比例", "研发经费支出相当于地区生产总值比例"), _swapped_word("A占全省X比重", "A占全国X比重")
    (False, True)
    """
    a, b = (_QUOTES.sub("", x).replace("的", "") for x in (measure, name))
    lead = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    tail = next((k for k in range(min(len(a), len(b)) - lead) if a[-1 - k] != b[-1 - k]), min(len(a), len(b)) - lead)
    mid_a, mid_b = a[lead:len(a) - tail], b[lead:len(b) - tail]
    return lead >= 2 and tail >= 2 and bool(mid_a) and bool(mid_b) and mid_a not in mid_b \
        and not (_RATIO_LINK.match(mid_a) and _RATIO_LINK.match(mid_b))


def _names(measure: str, text: str) -> bool:
    """Whether ``text`` names the measure's head: 广义货币供应量 is not 狭义货币供应量, 城市 not 城镇."""
    return len(measure) < 3 or measure[:2] in text or measure[:2] in _ONE_CHAR_RUN.sub("", text)  # 市、区级 → 市区级


#: What ends right before a document's serial number: its year in 〔〕 (「静发改委〔2025〕8号」).
_DOC_NUMBER = re.compile(r"[〔［\[](?:19|20)\d\d[〕］\]]$")


def values_in(clause: str, start: int, unit: str | None = None) -> list[re.Match]:
    """Values in ``clause`` from ``start`` on, years and period names excluded; a count of 条 only when ``unit`` asks
    it (「支渠7条」 for 几条支渠 — never 第3条 or an ordinal).

    >>> [m.group(0) for m in values_in("续建支渠7条，长55km", 0)], [m.group(0) for m in values_in("续建支渠7条", 0, "条")]
    (['55km'], ['7条'])
    >>> [m.group(0) for m in values_in("某县第十四个五年规划，新建学校十四个", 0)]
    ['十四个']
    >>> [m.group(0) for m in values_in("落实《某通知》(静发改委〔2025〕8号)要求，新增光伏2590千瓦", 0)]
    ['2590千瓦']
    >>> [m.group(0) for m in values_in("一般公共预算收入跨越百亿台阶，达到103亿元", 0)]
    ['103亿元']
    """
    out = []
    for m in VALUE.finditer(clause, start):
        tok = clause[m.start() :]
        digits = re.match(r"\d+", tok)
        after = tok[len(digits.group(0)) :] if digits else ""
        if years := _YEARS_OF_LIFE.match(clause, m.start()):
            if re.search(r"(?:到|为|达|提高|延长|缩短|延期)$", clause[: m.start()]):
                # 「平均受教育年限提高到11.3年」「到期后再延长30年」: a number of years, not a year
                out.append(years)
            continue
        if clause[: m.start()].endswith("第"):
            continue  # an ordinal (「…第十四个五年规划」, 第3条) counts nothing: the plan's title read as 「十四个」 was a figure
        counted = unit == "条" and after.startswith("条")
        if _YEARISH.match(tok) or (digits and _NOT_VALUE_AFTER.match(after) and not counted):
            continue
        if re.match(r"\d+G", m.group(0)):
            continue  # 5G, 4G: names, not values
        if m.group(0).endswith("台") and clause[m.end(): m.end() + 1] == "阶":
            continue  # 「跨越百亿台阶」: a milestone passed, no count of 台 (the amount reached is printed after it)
        if _DOC_NUMBER.search(clause[: m.start()]) or clause[: m.start()].endswith(("〔", "［", "[")):
            continue  # a document's number (「静发改委〔2025〕8号」): its year and serial count nothing
        out.append(m)
    return out


#: A bracket pointing elsewhere (详见附件2, 见表3): its number is no figure.
_REFERENCE = re.compile(r"[（(](?:详见|参见|见)[^（()）]*[）)]")


def asked_values(text: str, unit: str | None) -> list[re.Match]:
    """The values of the asked kind (:func:`of_asked_kind`) in ``text``, a bracket pointing elsewhere (「(详见附件2)」)
    holding none.

    >>> [m.group(0) for m in asked_values("新建学校3所（详见附件2）", None)]
    ['3所']
    """
    refs = [r.span() for r in _REFERENCE.finditer(text)]
    return [m for m in values_in(text, 0, unit) if of_asked_kind(unit, m.group(0)) and not any(a <= m.start() < b for a, b in refs)]


#: A plan's own number as older texts print it (第一个五年, 第二个五年计划期间): the period that plan runs.
PLAN_NUMBER_TEXT = rf"第(?:{PERIOD_NUMERAL})个五年(?:计划)?(?:时期|期间)?"
_BASE_YEAR = re.compile(  # 「占比2015年」: 占比 is a share asked of 2015, not a base year
    r"(?<!占)(?:比|由|从|较|相比|与|高于|低于|超过)(?:(?:(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})年(?:末|底)?"
    rf"|{PERIOD_TEXT}(?:时期|期间|末)?|{PLAN_NUMBER_TEXT})"
    # 「还要在一九五九年粮食总产量的基础上，再增加…」: the year a change is added to
    r"|在(?:(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})年[^，,。；;]{0,12}?的?基础上"
    # 「…达到215公里，分别是2015年的4倍和2倍」: the year a multiple is of
    r"|(?:是|为|相当于)(?:(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})年(?:末|底)?的(?=[0-9.一二三四五六七八九十两点]+倍)"
)


#: 「与上一个五年相比，…由21起下降到7起」「比“十一五”时期…」: figures compared span with span are sums over a period.
SPAN_COMPARED = re.compile(rf"(?:与|同|比|较)上一?个?五年(?:相比|比较)?|(?:与|同){PERIOD_TEXT}(?:时期|期间)?相比")


_OPENING_PERIOD = re.compile(rf"[“\"]?({PERIOD_NUMERAL})五[”\"]?(?:期间|时期)")


def evidence_years(text: str, sentence: str) -> tuple[int, ...]:
    """Years a figure's sentence aims at (base years 比/由2020年 left out), else those the paragraph leads with.

    Examples
    --------
    >>> evidence_years("", "森林覆盖率由2020年的23%提高到2025年的24.1%")
    (2025,)
    >>> evidence_years("到2010年，主要目标是：城市污水处理率不低于70%", "城市污水处理率不低于70%")
    (2010,)
    >>> evidence_years("", "投入强度高于“十三五”时期实际，常住人口城镇化率提高到65%")
    ()
    >>> evidence_years("“九五”期间，面对…，国内生产总值年均增长8.3%。", "国内生产总值年均增长8.3%")
    (2000,)
    >>> evidence_years("发展光伏，到2028年装机规模达到6万千瓦。培育龙头企业3家。", "培育龙头企业3家")
    ()
    >>> evidence_years("2019年，一是完成改造；二是累计达到733个，覆盖居民26.5万户。", "二是累计达到733个，覆盖居民26.5万户")
    (2019,)
    """
    ys = years_in(_BASE_YEAR.sub("", sentence))
    if ys:
        return tuple(ys)
    before = text[: max(text.find(sentence), 0)]
    # 「到2010年，主要目标是：…」 dates the sentences after it; 「发展光伏，到2028年装机达到6万千瓦。」 dates only its own figure
    lead = [m.group(1) for clause in re.split(r"[，,：:。；;]", before) if (m := _LEAD_YEAR.match(clause))
            and not _FIGURE_AFTER.search(clause[m.end():])]
    if lead:
        return tuple(years_in(lead[-1] + "年"))
    # 「2019年，一是…；二是…累计达到733个」: a paragraph opening with a bare year sets that year's targets, clause by
    # clause — a yearly plan's paragraphs, each dating its own run of 一是…六是 (not the plan's end).
    if (opening_year := _OPENING_YEAR.match(text)) and text.find(sentence) >= opening_year.end():
        return tuple(years_in(opening_year.group(1) + "年"))
    # 「“九五”期间，…国内生产总值年均增长8.3%」: a paragraph opening with a period speaks of that period.
    opening = _OPENING_PERIOD.match(text)
    return (end,) if opening and (end := period_end(opening.group(1) + "五")) else ()


#: A paragraph whose first clause is a year alone (「2019年，一是…」「2020年底：」): the year its clauses are for.
_OPENING_YEAR = re.compile(r"^((?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})年(?:底|末)?[，,：:]")
#: A clause opening with the year it aims at (「到2010年」「到二〇〇〇年主要目标是」) and one printing a figure after it.
_LEAD_YEAR = re.compile(r"(?:到|至)((?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})年")
_FIGURE_AFTER = re.compile(r"\d|[〇零一二三四五六七八九十百千万亿两]{2,}[\u4e00-\u9fff%]")


#: A year a heading looks ahead to rather than works in (「2035年远景目标」「2050年远景展望」).
_VISION_YEAR = re.compile(r"(?:(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})年(?:的)?(?:远景|展望|愿景)")


def heading_year(heading: str) -> tuple[int, ...]:
    """The one year a heading dates its section by, if it names exactly one (years looked ahead to left out).

    A work report's 「三、2021年工作安排」 sets that year's targets, and its sentences say 「今年」: their
    figures are for 2021, not for the horizon of the plan the report goes on to describe.

    Examples
    --------
    >>> heading_year("三、2021年工作安排"), heading_year("一、“十三五”及2020年工作回顾")
    ((2021,), (2020,))
    >>> heading_year("二、“十四五”规划总体要求和2035年远景目标、2050年远景展望")
    (2025,)
    >>> heading_year("第三节 2035年远景目标"), heading_year("第五章 完善基础设施"), heading_year("1952年至1957年")
    ((), (), ())
    """
    years = set(years_in(_VISION_YEAR.sub("", heading)))
    return (years.pop(),) if len(years) == 1 else ()


@per_kb
def own_year(kb: KB, plan: str | None) -> int | None:
    """The year a plan's own 「今年」 is: the one year dating the headings of the paragraphs printing it.

    A work report's 「三、2021年工作安排」 says 「今年经济社会发展的主要预期目标…」: its 今年 is 2021, and so is
    a question's 「今年…预期增长多少」 asked of it. A year's own work programme (「松江区2026年碳达峰碳中和及节能减排
    重点工作安排」, 「…2025年度实施计划」) is that year's whatever its text says: its title's one year
    (:func:`titled_year`). None where neither dates it, or they give different years.
    """
    years: set[int] = set()
    for para in kb.paragraph_nodes:
        if (plan is None or plan_of(para) == plan) and "今年" in kb.norm_text[para]:
            a = kb.attrs(para)
            for heading in (str(a.get("section") or ""), str(a.get("chapter") or "")):
                if dated := heading_year(heading):
                    years.update(dated)
                    break
    if not years:
        # 「静安区2026年…重点工作安排」「2025年…实施方案」: a plan for one year, whose tasks say 年内 and never 今年 —
        # its year is the asker's 今年 as a dated heading's is
        years = {y for node in kb.by_type.get("Plan", []) if plan is None or plan_of(node) == plan
                 for y in titled_year(kb.label(node))}
    return years.pop() if len(years) == 1 else None


#: A title naming a span or a period (（2023-2025年）, “十四五”, 五年规划, 中长期): no one year's plan.
_SPAN_TITLE = re.compile(rf"{YEAR_TEXT[:-1]}?[-—–－~～至到]|{PERIOD_TEXT}|五年|中长期|远景|展望|三年")


def titled_year(title: str) -> tuple[int, ...]:
    """The one year a plan's ``title`` is for (「关于印发《静安区2026年…重点工作安排》的通知」 → (2026,)), or () when it
    names none, several, a span or a period.

    >>> titled_year("关于印发《静安区2026年碳达峰碳中和及节能减排重点工作安排》的通知"), titled_year("2021年政府工作报告")
    ((2026,), (2021,))
    >>> titled_year("静安区“卓越城区”城市更新行动方案（2023-2025年）"), titled_year("某区“十四五”规划"), titled_year("三年行动计划（2024年）")
    ((), (), ())
    """
    title = normalise_text(title)
    return () if _SPAN_TITLE.search(title) else heading_year(title)


@per_kb
def _opening_periods(kb: KB) -> dict[tuple[str | None, str, str], tuple[int, ...]]:
    """(plan, chapter, section or '') → the period its heading or opening sentence is about (「“十三五”时期…」).

    A heading dated by one year (「2021年工作安排」) speaks for itself: its opening sentence's 「“十四五”开局之年」
    names the period the year begins, not the year its figures are for."""
    out: dict[tuple[str | None, str, str], tuple[int, ...]] = {}
    for para in kb.paragraph_nodes:
        a = kb.attrs(para)
        chapter, section = str(a.get("chapter") or ""), str(a.get("section") or "")
        opening = "".join(SENTENCE.findall(kb.norm_text[para])[:1])
        for key, heading in (((plan_of(para), chapter, ""), chapter), ((plan_of(para), chapter, section), section)):
            if heading and key not in out:
                out[key] = heading_year(heading) or tuple(periods_in(heading + "。" + opening))
    return out


def dated_years(kb: KB, para: str) -> tuple[int, ...]:
    """The year the paragraph's section, else chapter, heading dates it by (:func:`heading_year`), if any."""
    a = kb.attrs(para)
    return heading_year(str(a.get("section") or "")) or heading_year(str(a.get("chapter") or ""))


def context_years(kb: KB, para: str) -> tuple[int, ...]:
    """The period a paragraph's section, else chapter, speaks of when its own text names no year.

    A review chapter or section (「第1章 现实基础」 opening with 「“十三五”时期…」) states past
    actuals: its figures are for that period's end, not the plan's horizon.
    """
    a = kb.attrs(para)
    chapter, section = str(a.get("chapter") or ""), str(a.get("section") or "")
    openings = _opening_periods(kb)
    in_section = openings.get((plan_of(para), chapter, section), ()) if section else ()
    return in_section or openings.get((plan_of(para), chapter, ""), ())


def _anchor_end(grams: set[str], clause: str, *, first: bool = False) -> int:
    """Where the measure's words end in the clause (the last asked bigram; with ``first``, the last of their first
    occurrences — for a word of the measure printed again after its value: 「…以上的…企业10家以上」)."""
    ends = [(clause.find(g) if first else clause.rfind(g)) + 2 for g in grams if g in clause]
    return max(ends) if ends else 0


def prose_figures(
    kb: KB, measure: str, *, plan: str | None = None, unit: str | None = None, cue: str | None = None, aspect: str | None = None
) -> list[Figure]:
    """Clauses of the plan's text that give a value for ``measure``, best first.

    Parameters
    ----------
    measure : str
        The measure as the question names it (「城市污水处理率」, 「猫儿岩水库灌区灌溉面积」).
    plan : str, optional
        Only this plan's paragraphs.
    unit : str, optional
        A counting word the value must carry (公里, 张, 个).
    cue : str, optional
        An attribute word (灌溉面积, 床位) that must stand in the value's clause; the rest
        of the measure names the subject, which may stand a clause or two before it, or
        be the title of its paragraph (「优速物流。…总投资1.4亿元」).
    aspect : str, optional
        ``growth``, ``change`` or ``level`` (:func:`qa.question.frame.asked_aspect`): only values
        that state this of the measure (年均增长6.74% is no level of 生产总值).

    Returns
    -------
    list of Figure
        Sorted by score (how much of the measure the clause names, a direction word),
        then reading order. Empty when no clause names at least 3/4 of the measure.
    """
    # 「…费用占财政支出比重」 printed 「…的费用，约占财政支出的百分之三」: a share is printed by its 占 alone
    grams = bigrams(_SHARE_HEAD.sub("", measure)) if "占" in measure else bigrams(measure)
    subject = measure.replace(cue, "") if cue and cue in measure else measure
    sgrams = bigrams(subject) if len(subject) >= 2 else grams
    if not grams:
        return []
    out: list[Figure] = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        # An indicator row's text is made from its cells (「…类指标11 数字经济…：2025年为45」): its cells
        # answer with their year and column checked (qa/values/figures.py); read as prose, 11 is the row number.
        if kb.G.nodes[para].get("kind") == "indicator":
            continue
        norm = kb.norm_text[para]
        if _cover(sgrams, turned(subject, norm)) < 0.75 and not ((spelt := expand_ordinals(norm)) != norm and _cover(sgrams, spelt) >= 0.75):
            continue  # (「第一、二、三产业」 names 第二产业 once written out)
        titled = _titled(norm, subject, sgrams) if cue else None
        sentences = [carry_owners(expand_ordinals(s)) for s in _going_on(SENTENCE.findall(norm))]
        for k, sentence in enumerate(sentences):
            # 「…普通高等学校的招生数由…增加到40万人；在校学生数由…增加到130万人」: the owner printed once (qa.values.elided)
            owner = carried_owner(sentences[k - 1], sentence) if k and f"{sentences[k - 1]};{sentence}" in norm else None
            read = f"{owner}的{sentence}" if owner else sentence
            clauses = _CLAUSE.findall(read)
            for i, clause in enumerate(clauses):
                fig = _figure_in(clauses, i, measure, grams, sgrams, cue, unit, aspect)
                if fig is None and titled and _cue_span(clause, cue) and _rest_named(sgrams, titled, clause):
                    fig = _titled_figure(titled, clause, cue, unit, aspect)
                if fig is None:
                    continue
                value, value_clause, score, value_is = fig
                if owner and value_clause.startswith(f"{owner}的"):
                    value_clause = value_clause[len(owner) + 1 :]  # quoted as printed; the sentence before names the owner
                years = _own_years(value_clause, value) or (() if of_now(value_clause, value) else
                                                             evidence_years(norm, sentence) or context_years(kb, para))
                out.append(Figure(value, value_clause, sentence, para, years, score, value_is))
                out += _continued(clauses, i, value_clause, sentence, para, score, unit, aspect)
    order = {p: i for i, p in enumerate(kb.paragraph_nodes)}
    out.sort(key=lambda f: (-f.score, order[f.para]))
    # One figure per clause: the same clause read through two anchors counts once.
    seen, unique = set(), []
    for f in out:
        if (f.para, f.clause) not in seen:
            seen.add((f.para, f.clause))
            unique.append(f)
    return unique


#: The head word of a share asked after its 占 (占财政支出的比重), which plans often leave out (占财政支出的百分之三).
_SHARE_HEAD = re.compile(r"(?<=.{4})的?(?:比重|比例)$")


def _going_on(sentences: list[str]) -> list[str]:
    """Sentences with one that has no subject of its own (「五年合计为11,194亿元」) joined to the one before, whose
    measure it goes on about (「1990年国家财政收入达到2,567亿元。五年合计为11,194亿元」).

    >>> _going_on(["1990年国家财政收入达到2,567亿元", "五年合计为11,194亿元", "进一步加强劳动保护"])
    ['1990年国家财政收入达到2,567亿元，五年合计为11,194亿元', '进一步加强劳动保护']
    """
    out: list[str] = []
    for sentence in sentences:
        if out and _TOTAL_GOES_ON.match(sentence):
            out[-1] += "，" + sentence
        else:
            out.append(sentence)
    return out


#: A sentence stating a period's sum with no subject of its own (「五年合计为…」「五年累计…」).
_TOTAL_GOES_ON = re.compile(r"(?:[五十]年(?:内|间)?|期间|期内)(?:合计|累计|共计|总计)")


def _own_years(clause: str, value: str) -> tuple[int, ...]:
    """The years the value's own clause names before it (「“十三五”为320亿元」: 2020), base years left out: in a
    sentence naming several years, each value is its own clause's.

    >>> _own_years("工业投资“十三五”为320亿元", "320亿元"), _own_years("由2020年的58%提高到2025年的63%", "63%")
    ((2020,), (2025,))
    >>> _own_years("森林覆盖率达到24%", "24%")
    ()
    """
    at = clause.find(value)
    return tuple(years_in(_BASE_YEAR.sub("", clause[: at if at >= 0 else len(clause)])))


#: The text's own present (「现在已经合并改组成为二万四千多个人民公社」): no year printed earlier in the sentence.
_NOW = re.compile(r"现在|目前|如今|当前|迄今")


def of_now(clause: str, value: str) -> bool:
    """Whether ``clause`` says its value is the present's (现在, 目前) with no year of its own before it.

    >>> of_now("现在已经合并改组成为二万四千多个人民公社", "二万四千多个"), of_now("到1962年达到五千亿斤", "五千亿斤")
    (True, False)
    >>> of_now("产品要由现在的30%左右提高到50%左右", "50%左右"), of_now("产品要由现在的30%左右提高到50%左右", "30%左右")
    (False, True)
    """
    at = clause.find(value)
    now = _NOW_FROM.search(clause[:at]) if at > 0 else None
    if now and re.search(r"(?:提高|提升|增加|增长|下降|降低|减少|缩短|扩大|上升)(?:到|至)$", clause[:at]):
        return False  # 「要由现在的30%左右提高到50%左右」: 现在 is the start's time, the end is the plan's aim
    return at > 0 and bool(_NOW.search(clause[:at])) and not years_in(clause[:at])


#: 「由现在的…」: the present a change starts from.
_NOW_FROM = re.compile(r"(?:由|从)(?:现在|目前|当前|现有)")


def _continued(clauses: list[str], i: int, shown: str, sentence: str, para: str, score: float, unit: str | None,
               aspect: str | None) -> list["Figure"]:
    """Figures of later clauses that go on about the same measure for a year of their own (「全县工业投资“十三五”为
    320亿元，“十四五”为500亿元」: 500亿元 for 2025), each quoted with the clause naming the measure."""
    out = []
    for later in clauses[i + 1 : i + 5]:
        if _RECKONED.match(later):
            continue
        if not _CONTINUES.match(later):
            break
        years = tuple(years_in(_BASE_YEAR.sub("", later)))
        vals = _values_for(later, 0, unit, aspect) if years else []
        if vals:
            out.append(Figure(vals[0][0].group(0), f"{shown}，{later}", sentence, para, years, score - 0.01, vals[0][1]))
    return out


_CONTINUES = re.compile(
    rf"^(?:{PERIOD_TEXT}(?:时期|期间|末)?|(?:到|至|比|较)?(?:(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{{3}})年(?:末|底)?"
    # 「第二个五年应该争取降低到百分之二十左右」: older texts name the plan by its number
    rf"|{PLAN_NUMBER_TEXT})?"
    # 「工程造价，1980年要比现在降低15%」: the year's clause says what it is compared with
    r"(?:(?:要|将|应)?(?:比|较)(?:现在|目前|当前|现有水平))?"
    # 「钢产量，一九六二年计划达到一千零五十万吨」「…，第二个五年应该争取降低到…」: the clause says it is the plan's aim
    r"(?:计划|预计|要求|应该|应当|可以|争取|力争|要|将)*"
    r"(?:(?:[五十]年(?:内|间)?)?(?:增长|增加|减少|新增)|年均|分别|平均每年|每年|达到|提高|提升|降低|下降|降到|降至|控制在|保持在|突破|为|(?:五年)?(?:合计|累计|共计)"
    # 「第一个五年科学研究的费用，约占财政支出的百分之三左右」: a share said in the clause after its owner
    r"|(?:约|大约|大概)?占)"
    # 「…能源，要由1990年的9.3吨下降到1995年的8.5吨」「…比重，可以由第一个五年的百分之五十八点二提高到…」
    rf"|^(?:要|将|可以|应该|应当|争取)?(?:由|从)(?:(?:(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{{3}})年|{PLAN_NUMBER_TEXT}"
    # 「…按国际标准组织生产的产品，要由现在的30%左右提高到50%左右」: from the text's present
    r"|(?:现在|目前|当前|现有)(?:的)?)"
)
#: Words a clause going on about the measure before puts between its verb and the value (「年均增长了约」).
_GOING_ON_WORDS = re.compile(r"增长|增加|减少|新增|达到|提高|提升|降低|下降|年均|每年|分别|累计|合计|计划|预计|以上|左右|[到至为约了在要将]")


def _names_own_measure(between: str) -> bool:
    """Whether the words between a going-on clause's verb and its value name a measure of their own (「新增|可再生能源建设
    规模|88兆瓦」: the figure is that 规模's, not the measure of the clause before), not just more verb (「年均增长|了约|6%」).

    The figure it goes on from and the time that figure is of (「由第一个五年的百分之六点四提高到」) name no measure.

    >>> _names_own_measure("可再生能源建设规模"), _names_own_measure("了约"), _names_own_measure("")
    (True, False, False)
    >>> _names_own_measure("的百分之六点四提高到"), _names_own_measure("由“十三五”末的30%提高到"), _names_own_measure("由2020年底的")
    (False, False, False)
    """
    words = _FIGURE_TIME.sub("", VALUE.sub("", between))
    return len(re.sub(r"[^\u4e00-\u9fff]", "", _GOING_ON_WORDS.sub("", words))) > 2


#: A time a going-on clause dates its figure by (第一个五年的, “十三五”末的, 2020年底的): no measure of its own.
_FIGURE_TIME = re.compile(rf"{TIME_SAID}|第[一二三四五六七八九十]+个五年(?:计划)?(?:期间|时期|末)?|[由从的]")


#: 「按照1985年价格计算」: a clause saying how the figure is reckoned, between the measure and its value.
_RECKONED = re.compile(r"^按(?:照)?.{0,12}(?:价格|不变价|可比价)计算$")
#: 「在三种不同的地区」「按照不同的情况」: several scopes the figures that follow run over (no part of the measure named).
SCOPES = re.compile(r"(?:在|按照?)[^，。；\d]{0,10}(?:地区|情况下?|条件下)")


def _share_of(measure: str, between: str) -> bool:
    """Whether the words between a measure and a value make the value a share of something else (「钢产量约占全国的
    2/3」 is no 钢产量), the measure asked not being a share itself.

    >>> _share_of("钢产量", "约占全国的"), _share_of("森林面积占比", "占全县的"), _share_of("钢产量", "达到")
    (True, False, False)
    >>> _share_of("汽车产量", "满足国内市场需求的"), _share_of("汽车产量", "达到"), _share_of("第三产业比重", "由初期的")
    (True, False, False)
    """
    if re.search(r"占|比重|比例|份额", measure):
        return False
    # 「汽车产量满足国内市场需求的百分之九十以上」: a share of the thing named before 的, not the output asked
    # (「由初期的22%提高到末期的30%」 dates its values, shares of nothing)
    return "占" in between or (bool(re.search(r"[\u4e00-\u9fff]{2}的$", between)) and not re.search(r"[由从到至比较]", between)
                               and not re.search(r"率|系数|指数|水平$", measure))


def _values_for(clause: str, start: int, unit: str | None, aspect: str | None) -> list[tuple[re.Match, str]]:
    """Values in ``clause`` after ``start`` carrying ``unit``, with what each states, fitting ``aspect``.

    A value bounding a noun after it (「城区常住人口300万以下的城市」「投资5000万元以上的项目」) says which things are
    meant, not what the measure is to be.

    >>> [m.group(0) for m, _ in _values_for("全面取消城区常住人口300万以下的城市落户限制", 0, None, None)]
    []
    >>> [m.group(0) for m, _ in _values_for("放宽城区常住人口300万至500万的大城市落户条件", 0, None, None)]
    []
    >>> [m.group(0) for m, _ in _values_for("城镇化率由58%提高到65%", 0, None, None)]
    ['65%']
    >>> [m.group(0) for m, _ in _values_for("生产总值迈上3千亿元台阶,达到3215亿元", 0, None, None)]
    ['3215亿元']
    >>> [m.group(0) for m, _ in _values_for("粮食产能稳步迈上1.4万亿斤台阶", 0, None, None)]
    ['1.4万亿斤']
    """
    vals = [m for m in values_in(clause, start, unit) if unit_agrees(unit, m.group(0)) and not _BOUNDS_NOUN.match(clause, m.end())
            and not (_RANGE_END.search(clause[: m.start()]) and re.match(r"(?:以上|以下)?的", clause[m.end():]))]
    # 「迈上5万亿元台阶，…达到5.67万亿元」: the mark gives way to the level the clause says in its unit (alone it is the aim)
    vals = [m for m in vals if not MILESTONE.match(clause, m.end())
            or not any(o is not m and _unit_of(o.group(0)) == _unit_of(m.group(0)) for o in vals)]
    out = [(m, "change" if m.group(0).startswith("翻") else value_aspect(clause[:m.start()])) for m in _target_values(clause, vals)]
    return [(m, a) for m, a in out if _fits(aspect, a)]


#: A clause saying only the span the next clause's figure is summed over (「五年合计，国家财政收入为5,953亿元」
#: 「五年内，造林3.75亿亩」).
_SPAN_LEAD = re.compile(r"(?:今后)?(?:[五十]年(?:内|间|中|里)?|期间|期内|规划期内?)(?:合计|累计|共计|总计)?|(?:合计|累计|共计|总计)")


def _span_values(clause: str, start: int, unit: str | None, aspect: str | None, led: bool) -> list[tuple[re.Match, str]]:
    """:func:`_values_for`, a level read as the span's total when a span clause leads (``led``): 「五年合计，…为5,953亿元」
    is no one year's level.

    >>> [(m.group(0), a) for m, a in _span_values("国家财政收入为5,953亿元", 0, None, None, True)]
    [('5,953亿元', 'total')]
    >>> [(m.group(0), a) for m, a in _span_values("新增浇灌面积3000万亩", 0, None, None, True)]
    [('3000万亩', 'change')]
    """
    if not led:
        return _values_for(clause, start, unit, aspect)
    said = [(m, "total" if a == "level" else a) for m, a in _values_for(clause, start, unit, None)]
    return [(m, a) for m, a in said if _fits(aspect, a)]


def _unit_of(value: str) -> str:
    """A printed value's unit with its magnitude word dropped (5.67万亿元, 5万亿元 → 元)."""
    return re.sub(r"^[0-9.,/]+(?:万亿|千亿|百亿|亿|万|千)?余?", "", value)


#: A round figure the measure steps past (「迈上5万亿元台阶」「突破千亿大关」): a mark, not the level it reached.
MILESTONE = re.compile(r"(?:的)?(?:新)?(?:台阶|大关|关口|门槛)")
_RANGE_END = re.compile(r"[0-9.]+[万亿千百]?(?:至|~|～|—|－|-)$")
_BOUNDS_NOUN = re.compile(r"(?:(?:至|~|～|—|－|-)[0-9.]+[万亿千百]?[\u4e00-\u9fff]{0,2}?(?:以上|以下)?|及?以上|及?以下)的")


#: Heads that make a measure of another (投入强度 of 投入, 城镇化率 of 城镇化, …比重 of an 增加值): a clause without the
#: asked head states the other measure (「研发经费投入年均增长7%」 is no 研发经费投入强度).
_DERIVED_HEAD = re.compile(r"(强度|比重|比例|占比|密度|系数|指数|弹性|率)$")


def _lacks_head(measure: str, text: str) -> bool:
    """Whether ``text`` lacks the derived head the measure ends in (:data:`_DERIVED_HEAD`).

    >>> _lacks_head("全社会研发经费投入强度", "全社会研发经费投入年均增长7%以上"), _lacks_head("研发经费投入强度", "研发经费投入强度达到2.8%")
    (True, False)
    >>> _lacks_head("数字经济增加值占GDP比重", "数字经济增加值占GDP比例达到45%"), _lacks_head("地区生产总值", "生产总值达到232亿元")
    (False, False)
    """
    head = _DERIVED_HEAD.search(measure)
    if not head:
        return False
    # a share is printed 「…比重」 or 「占GDP的20%」
    heads = ("比重", "比例", "占") if head.group(1) in SHARE_WORDS else (head.group(1),)
    return not any(h in text for h in heads)


#: A measure per unit of output (单位GDP能耗, 万元国内生产总值用水量): what is counted follows the denominator.
_PER_OUTPUT = re.compile(r"^(?:单位|每万元|万元)(?:GDP|国内生产总值|地区生产总值|生产总值|工业增加值)(.{2})")


def _lacks_numerator(measure: str, clause: str) -> bool:
    """Whether a measure per unit of output is printed in ``clause`` with another numerator (「单位国内生产总值建设用地
    使用面积下降20%」 is no 单位GDP能耗).

    >>> _lacks_numerator("单位GDP能耗", "单位国内生产总值建设用地使用面积下降20%"), _lacks_numerator("单位GDP能耗", "单位GDP能耗下降10%左右")
    (True, False)
    >>> _lacks_numerator("单位GDP用水量", "单位工业增加值用水量降低30%"), _lacks_numerator("单位工业增加值用水量", "单位工业增加值用水量降低30%")
    (True, False)
    """
    per = _PER_OUTPUT.match(measure)
    if not per:
        return False
    at = clause.find(per.group(1))
    # 「单位工业增加值用水量」 is per another output than 单位GDP用水量
    other = re.search(r"(?:工业|农业|服务业)?增加值$", clause[max(0, at - 6) : at]) if at > 0 else None
    return at < 0 or (other is not None and other.group(0) not in measure)


def _figure_in(clauses: list[str], i: int, measure: str, grams: set[str], sgrams: set[str], cue: str | None, unit: str | None, aspect: str | None = None):
    clause = clauses[i]
    if _inside_other_measure(measure, clause) or _narrower_owner(measure, clause):
        return None
    if _PER_HEAD.search(clause) and not _PER_HEAD.search(measure):
        return None  # 「粮食产量按人口平均达到八百斤」: a per-head figure, not the total asked
    if _SUBSET.match(clause) or (i > 0 and _SUBSET.match(clauses[i - 1])):
        return None  # 「在这一九四个建设单位中，苏联帮助设计的有二七个」: a part of another clause's units
    if not cue and _lacks_head(measure, "，".join(clauses[max(0, i - 1) : i + 5])):
        return None
    if _lacks_numerator(measure, clause):
        return None
    subject = measure.replace(cue, "") if cue else measure
    # 「宽42m)、政通二路(长约2.4km」: an attribute printed before its subject is the previous item's.
    own = _cue_span(clause[_subject_at(clause, subject):], cue) if cue else None
    cover = _cover(grams, turned(measure, clause)) if _names(measure, clause) else 0.0
    if cover >= 0.75 and (not cue or own):
        bonus = 0.3 if _DIRECTION.search(clause) else 0.0
        # the measure printed whole (「排水用户达标率超90%、排水分区达标率超80%」 asked 排水用户达标率): read right after it,
        # never after a later printing of its last words (达标率) that another owner's value follows
        whole = [_whole_at(clause, measure) + len(measure)] if measure in clause else []
        starts = [_subject_at(clause, subject) + own[1]] if own else whole + [_anchor_end(grams, clause), _anchor_end(grams, clause, first=True)]
        # the measure's last word printed again after its value (「…以上的…企业10家以上」): read from its first printing
        led = i > 0 and bool(_SPAN_LEAD.fullmatch(clauses[i - 1]))
        vals = next((vs for start in starts if (vs := [v for v in _span_values(clause, start, unit, aspect, led)
                                                      if not _share_of(measure, clause[start : v[0].start()])])), [])
        shown = clause[_subject_at(clause, subject):] if own else clause  # quote from the subject on
        shown = clauses[i - 1] + "，" + shown if led else shown
        if vals and MILESTONE.match(clause, vals[0][0].end()) and (level := _level_after(clauses, i, vals[0][0].group(0), unit, aspect)):
            return level[0].group(0), shown + "，" + level[2], cover + bonus, level[1]  # 「迈上5万亿元台阶，…达到5.67万亿元」
        if vals:
            return vals[0][0].group(0), shown, cover + bonus, vals[0][1]
        if not cue and (before := _value_before(clause, measure, unit, aspect)):
            return before.group(0), clause, cover, "level"  # 「5575万农村贫困人口实现脱贫」
        if aspect in (None, "level") and (before := value_before_name(clause, subject, cue, unit)):
            return before, clause, cover, "level"  # 「建成30个10万千瓦级以上的大型风电项目」 (qa.values.prenominal)
        # 「全区生产总值达到232亿元，“十三五”期间年均增长6.74%」: a clause without a subject of its own goes on about it.
        between = ""
        for later in clauses[i + 1 : i + 5]:
            if _RECKONED.match(later):
                continue
            if SCOPES.fullmatch(later):
                between += "，" + later  # 「粮食每亩平均年产量，在三种不同的地区，分别达到…」: quoted, it says whose
                continue
            if not (going := _CONTINUES.match(later)):
                break
            vals = _values_for(later, 0, unit, aspect)
            if vals and _names_own_measure(later[going.end():vals[0][0].start()]):
                break  # 「…碳排放量按照市级要求完成年度目标，新增可再生能源建设规模88兆瓦」: 88兆瓦 is the 规模's
            if vals:
                # (「经济总量位居全国城市前十，达到15616.1亿元」: the direction word is the later clause's)
                said = bonus or (0.3 if _DIRECTION.search(later) else 0.0)
                return vals[0][0].group(0), shown + between + "，" + later, cover + said, vals[0][1]
        return None
    # 「城区、农村电网提质改造，新建线路10千伏高压46km」: the owner stands a clause before, the clause names the rest.
    # (pairs joining words the clauses print apart — 研究|费用 of 「科学研究的费用，约占…」 — are no rest of the measure)
    rest = {g for g in grams - bigrams(clauses[i - 1]) if not (g[0] in clauses[i - 1] and g[1] in clauses[i - 1])} \
        if i > 0 else grams
    if i > 0 and (_cover(grams, clause) >= 0.5 or len(rest) >= 3 and _cover(rest, clause) >= 0.75) and _names(measure, clauses[i - 1] + clause) and _cover(grams, clauses[i - 1] + clause) >= 0.75 \
            and not _narrower_owner(measure, clauses[i - 1]) \
            and (_names(measure, clause) or not [v for v in values_in(clauses[i - 1], 0) if rate_fits(measure, v.group(0), clauses[i - 1])]):
        # 「加快5G网络规模化部署，用户普及率提高到56%」: the measure's qualifier stands a clause before — unless
        # that clause has a value of its own (「水稻…水平达到90%以上，油菜…水平达到65%以上」: 65% is 油菜's); a count
        # there states no rate (「城区空气优良天数大于330天/年，优良率达到92%以上」).
        start = _subject_at(clause, subject) + own[1] if own else _anchor_end(grams, clause)
        vals = _values_for(clause, start, unit, aspect)
        if vals and (not cue or own):
            return vals[0][0].group(0), clauses[i - 1] + "，" + clause, 0.9 * _cover(grams, clauses[i - 1] + clause), vals[0][1]
    if not cue and (lead := _lead_clause(clauses, i)) is not None:
        # 「城区、农村电网提质改造，新建线路10千伏高压46km，低压线路214km，变压器120台」: items listed after a lead clause
        # with no value of its own are its owner's, each naming the rest of the measure in its own clause.
        said = bigrams(lead)
        # the measure's words after the last of them the lead prints (城区电网提质改造 | 变压器, 、农村 between)
        rest = bigrams(measure[max(p + 2 for p in range(len(measure) - 1) if measure[p : p + 2] in said):]) if grams & said else grams
        if len(grams & said) >= 3 and len(rest) >= 1 and _names(measure, lead) and _cover(rest, turned(measure, clause)) >= 0.75:
            vals = _values_for(clause, _anchor_end(rest, clause), unit, aspect)
            if vals:
                return vals[0][0].group(0), lead + "，" + clause, 0.9 * _cover(grams, lead + clause), vals[0][1]
    if cue and _names(subject, clause) and _cover(sgrams, clause) >= 0.75:
        # 「猫儿岩水库灌区13.5km，灌溉面积3.2万亩」: the attribute follows its subject within two clauses.
        for j in range(i, min(i + 3, len(clauses))):
            later = clauses[j]
            if j > i and _cover(sgrams, later) < 0.5 and _names_other_subject(later, cue):
                break
            offset = _subject_at(later, subject) if j == i else 0
            span = _cue_span(later[offset:], cue)
            if span is None:
                continue
            vals = _values_for(later, offset + span[1], unit, aspect)
            if vals:
                # 「建设A和B，产值分别达到X和Y」: the enumeration is quoted whole, so that the values pair with it in order.
                shown = clause if j > i and "分别" in later else clause[_subject_at(clause, subject):]
                return vals[0][0].group(0), (shown + "，" + later) if j > i else shown, _cover(sgrams, clause) + 0.2, vals[0][1]
    if cue and aspect in (None, "level") and (before := value_before_name(clause, subject, cue, unit)):
        return before, clause, _cover(sgrams, clause), "level"  # 「一个面积为1000m²以上、…的X」 (qa.values.prenominal)
    return None


def _level_after(clauses: list[str], i: int, mark: str, unit: str | None, aspect: str | None):
    """(value, aspect, clause) of the level a later clause going on about the measure says in the unit of the mark
    clause ``i`` steps past (「…迈上5万亿元台阶，年均增长4.9%、达到5.67万亿元」), or None: alone, the mark is the aim."""
    for later in clauses[i + 1 : i + 4]:
        if not _CONTINUES.match(later):
            return None
        if level := next((v for v in _values_for(later, 0, unit, aspect) if _unit_of(v[0].group(0)) == _unit_of(mark)), None):
            return level[0], level[1], later
    return None


def _lead_clause(clauses: list[str], i: int) -> str | None:
    """The clause leading a run of items that ends in clause ``i`` — the nearest earlier one with no value, every
    clause between giving one (「电网提质改造，新建线路46km，低压线路214km，变压器120台」) — at most four back.

    >>> _lead_clause(["城区电网提质改造", "新建线路46km", "低压线路214km", "变压器120台"], 3)
    '城区电网提质改造'
    >>> _lead_clause(["城区电网提质改造", "加快建设", "变压器120台"], 2) is None
    True
    """
    for j in range(i - 1, max(-1, i - 5), -1):
        if not values_in(clauses[j], 0):
            return clauses[j] if j < i - 1 else None  # the clause right before is read by the branch above
    return None


#: Heads that make another measure of the one they follow (国内生产总值能耗, 占GDP比重); the words
#: before one are :data:`qa.question.frame.NARROWING`.
_OTHER_AFTER = re.compile(r"^(?:的)?(?:比重|比例|占比|能耗|能源消耗|二氧化碳|排放|用水量|强度|增加值率|生产安全)")


#: Words that make a figure per head (按人口平均达到八百斤): not the total of the measure they follow.
_PER_HEAD = re.compile(r"按人口平均|按人口计算|平均每人|按每人")
#: 「在这一九四个建设单位中」「在上述项目中」: what follows counts a subset of units another clause counts.
_SUBSET = re.compile(r"^在(?:这|上述|以上|这些|前述)[^，,；;。]{0,24}中")


def _narrower_owner(measure: str, clause: str) -> bool:
    """Whether the clause's subject puts a qualifier of its own before the measure's words, so that it is a narrower
    owner's figure (「电力工业限额以上的建设单位共一〇七个」 is none of 限额以上工业建设单位's).

    >>> _narrower_owner("限额以上工业建设单位", "电力工业限额以上的建设单位共一〇七个")
    True
    >>> _narrower_owner("限额以上工业建设单位", "全省限额以上的工业建设单位共二〇五个")
    False
    >>> _narrower_owner("城镇居民人均可支配收入", "城镇和农村居民人均可支配收入分别达到38200元、17600元")
    False
    >>> _narrower_owner("常住人口城镇化率", "户籍人口城镇化率达到50%"), _narrower_owner("限额以下建设单位", "机械工业限额以下的建设单位有一六个")
    (True, True)
    >>> _narrower_owner("氯化稀土年产", "新建年产1.5万吨氯化稀土精深加工生产线一条"), _narrower_owner("白沙产业园产值", "建设青石产业园和白沙产业园")
    (False, False)
    >>> _narrower_owner("10千伏高压线路", "新建线路10千伏高压46km"), _narrower_owner("按全国农村人口平均每人收入", "一九五九年每人收入八十五元")
    (False, False)
    >>> _narrower_owner("纳入市级能耗监测平台公共建筑面积", "进一步扩大能耗监测平台的监管规模")
    False
    >>> _narrower_owner("虚拟电厂接入容量", "到“十五五”期末接入容量达到30万千瓦"), _narrower_owner("光伏装机容量", "规划期末装机容量达到5万千瓦")
    (False, False)
    """
    grams = [measure[k : k + 2] for k in range(len(measure) - 1)]
    hits = [(clause.find(g), g) for g in grams if g in clause]
    if not hits or _TIME_FIRST.match(measure):
        return False  # 「合作化以前富裕中农收入」 of 「农业合作化以前富裕中农的…」: a time said first is qualified by none
    at, gram = min(hits)
    if (first := clause.find(grams[0])) > at and re.search(r"\d|和|、|与|及", clause[at:first]):
        # 「新建年产1.5万吨氯化稀土…」 for 氯化稀土年产, 「建设A产业园和B产业园」 for B产业园产值: a value or another
        # enumerated thing stands between, the measure starts at its own first word.
        at, gram = first, grams[0]
    # 「机械工业限额以下的建设单位」: a named sector's units, before what the measure starts with
    sector = re.search(r"[\u4e00-\u9fff]{2}(工业|农业|产业|行业|部门)$", clause[:at])
    if sector and sector.group(1) not in measure and (sector.start() == 0 or clause[sector.start() - 1] not in "和、与及"):
        return True
    if measure.find(gram) == 0 or at < 2 or at > 2 and clause[at - 3] in "和、与及":
        return False
    if _WHEN_BEFORE.search(clause[:at]):
        return False  # 「一九五九年每人收入…」「到“十五五”期末接入容量达到…」: a time is when, no narrower owner
    qualifier = clause[at - 2 : at]
    # 「新建线路10千伏高压46km」: a verb of works before the thing is what is done to it, no narrower owner
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2}", qualifier)) and qualifier not in measure and not re.search(r"[的之全本我]", qualifier) \
        and not _WORKS_VERB.fullmatch(qualifier)


#: A year or a five-year period (its end, its span) printed right before the measure's words: when the figure is for.
_WHEN_BEFORE = re.compile(TIME_SAID + "$")
#: A measure asked of a time it names first (合作化以前…, 解放以后…).
_TIME_FIRST = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:以前|以后|之前|之后)")
#: Verbs of works a clause may start with before the thing built (新建线路…, 改造管网…), or of acting on it (「进一步扩大
#: 能耗监测平台的监管规模」: what is done to the platform, no narrower owner of it).
_WORKS_VERB = re.compile(r"新建|建设|改造|续建|扩建|改建|新增|修复|完成|实施|建成|铺设|架设|敷设|提质|扩大|提升|加强|完善|推进|推动|优化|强化|深化|拓展|加快|布局")


def _inside_other_measure(measure: str, clause: str) -> bool:
    """Whether the clause names the measure only inside another one (「高新技术产业增加值占GDP的20%」).

    >>> _inside_other_measure("国内生产总值", "全区单位国内生产总值能耗累计降低15%")
    True
    >>> _inside_other_measure("单位国内生产总值能耗", "全区单位国内生产总值能耗累计降低15%")
    False
    >>> _inside_other_measure("生产总值", "单位国内生产总值建设用地使用面积下降20%"), _inside_other_measure("生产总值", "全区地区生产总值达到")
    (True, False)
    >>> _inside_other_measure("农业总产值", "工农业总产值平均每年增长6.1%"), _inside_other_measure("出口总额", "进出口总额达到")
    (True, True)
    >>> _inside_other_measure("人口", "广播和电视人口覆盖率分别达到百分之八十五"), _inside_other_measure("人口", "供水人口为45万人左右")
    (True, True)
    >>> _inside_other_measure("人口", "在占总人口百分之八十五的地区普及九年义务教育")
    True
    >>> _inside_other_measure("人口", "全国总人口控制在13.9亿人以内"), _inside_other_measure("国内生产总值", "国内生产总值增长率为7%")
    (False, False)
    >>> _inside_other_measure("初中", "初中入学率达到百分之八十五左右"), _inside_other_measure("人口", "城区常住人口达到30万")
    (False, True)
    """
    at = clause.find(measure)
    if at < 0:
        return False
    # 「工农业总产值」「进出口总额」: the measure's first word is the second half of a paired compound
    paired = at > 0 and clause[at - 1 : at + 1] in _PAIRED
    # 「单位国内生产总值…」 narrows 生产总值 too: 国内/地区 stand between the narrowing word and the bare head
    before = re.sub(r"(?:国内|地区)$", "", clause[:at]) if measure.startswith("生产总值") else clause[:at]
    after = clause[at + len(measure):]
    # 人口, 产量 asked bare: a measure head of its own, which a longer head or a qualifier makes another measure; an
    # owner asked bare (初中, 废气 in 「…入学率多少？初中呢？」) takes the measure printed after it.
    head = bool(MEASURE_HEAD.search(measure))
    return bool(paired or NARROWING.search(before) or _SHARE_OF_IT.search(before) or _OTHER_AFTER.match(after)
                or head and _RATE_AFTER.match(after)
                or head and len(measure) <= 2 and _QUALIFIED.search(before)
                and not ((scope := _SCOPE_BEFORE.search(before)) and not NARROWING.search(before[: scope.start()])))


#: A rate or density head printed right after the measure makes another measure of it (人口覆盖率, 人口密度, 人口自然
#: 增长率 are no 人口); a growth word right after it is what is asked of the measure itself (GDP增长率), and a verb
#: between them (「人口控制在…」) ends the measure's name.
_RATE_AFTER = re.compile(r"^(?!年均|增长|增速|增幅)(?:(?!达到|提高|控制|保持|降低|下降|增加|减少|为)[\u4e00-\u9fff]){0,3}?(?:率|比重|比例|占比|密度|强度|系数|指数)")
#: 「占总人口百分之八十五的地区」: a share taken of the measure, not its figure.
_SHARE_OF_IT = re.compile(r"占(?:全[国省市区县州]?|总)?$")
#: A bare head asked alone (人口, 产量) printed after a word of a noun compound (供水人口, 受益人口, 贫困人口) is that
#: narrower thing's figure — unless the word before is the whole's scope (全国, 总, 常住), a place, a year or a verb.
_QUALIFIED = re.compile(r"[\u4e00-\u9fff]$")
_SCOPE_BEFORE = re.compile(r"(?:全[国省市区县州]|总|常住|年末|年底|[省市区县州旗]|年|控制|实现|确保|力争|把|使|将|的|[和与及])$")


#: Compounds of two paired words (工农业, 进出口, 城乡): a measure starting with the second word is not theirs.
_PAIRED = frozenset({"工农", "农林", "进出", "城乡", "中小", "大中", "内外", "水陆", "海陆", "产销", "供需", "收支"})


#: A bound printed right before a value (「至少5%」「不少于30%」): kept with the value by the answer, no part of a name.
_BOUND_WORD = re.compile(r"(?:至少|最少|不少于|不低于|不超过|不高于|约|近)$")


def _value_before(clause: str, measure: str, unit: str | None, aspect: str | None) -> re.Match | None:
    """A value printed right before the measure's words (「5575万农村贫困人口实现脱贫」), as the count it states, or
    inside them (「新建零陵至东安45km快速干道」).

    >>> _value_before("新建甲镇至乙镇12km快速干道", "甲镇至乙镇快速干道", "公里", None).group(0)
    '12km'
    >>> _value_before("新建甲镇至乙镇12km快速干道", "丙镇快速干道", "公里", None) is None
    True
    >>> _value_before("省级年度计划安排至少5%新增建设用地指标", "省级年度计划安排新增建设用地指标", None, None).group(0)
    '5%'
    """
    if aspect not in (None, "level"):
        return None
    at = clause.find(measure[:2])
    if at > 0 and not WORKS_AFTER.match(clause[at + len(measure):]) and (m := next((m for m in values_in(clause[:at], 0) if m.end() == at and unit_agrees(unit, m.group(0))), None)):
        return m
    for m in values_in(clause, 0):
        # 「新建零陵至东安45km快速干道」: a length printed inside the name, between the route and the kind of work;
        # 「年度计划安排至少5%新增建设用地指标」: a share between the verb and its object, its bound with it
        head = _BOUND_WORD.sub("", clause[: m.start()])
        rest = head + clause[m.end():]
        if unit_agrees(unit, m.group(0)) and (k := rest.find(measure)) >= 0 and k < len(head) < k + len(measure):
            return m
    if unit and unit in CLASSIFIERS:
        # 「重点建设四条国道主干线」 asked 「建设几条国道主干线」: a count in Chinese numerals right before the measure's noun
        for k in range(len(measure), 1, -1):
            if (at := clause.find(measure[-k:])) > 0:
                return next((m for m in CN_COUNT.finditer(clause[:at]) if m.end() == at and m.group(2) in (unit, "个")), None)
    return None


def _subject_at(clause: str, subject: str) -> int:
    """Where the subject's name starts in the clause (its first two characters; 0 when not printed), whole where it
    is also printed inside a longer name (:func:`_whole_at`)."""
    return max(_whole_at(clause, subject[:2]), 0) if len(subject) >= 2 else 0


def _whole_at(clause: str, name: str) -> int:
    """Where ``name`` is printed in the clause (-1 when not): where it stands whole (after a comma, a 、, a figure or
    the clause's start) when it is also printed inside a longer name — 干渠 of 「总干渠1条长20.35km、干渠3条长92.9km」
    is the second, 总干渠 another work's name.

    >>> _whole_at("分总干渠1条长20.35km、干渠3条长92.9km", "干渠"), _whole_at("新建干渠3条", "干渠"), _whole_at("新建3条", "干渠")
    (15, 2, -1)
    """
    spots = [m.start() for m in re.finditer(re.escape(name), clause)]
    whole = [k for k in spots if k == 0 or re.match(r"[、，,；;：:（(\d]", clause[k - 1])]
    return (whole or spots or [-1])[0]


def _titled(text: str, subject: str, sgrams: set[str]) -> str | None:
    """The title a paragraph opens with (「优速物流。选址…」) when it names ``subject``; the whole item is about it."""
    m = re.match(r"([^。，；：:]{2,24})[。：:]", LIST_MARK.sub("", text))  # 「1.县人民医院迁建项目。」: the item's number is no title
    if not m or VALUE.search(m.group(1)) or not _names(subject, m.group(1)) or _cover(sgrams, m.group(1)) < 0.75:
        return None
    return m.group(1)


def _rest_named(sgrams: set[str], title: str, clause: str) -> bool:
    """Whether the clause names what the subject asks beyond the item's title (「航空航天新材料产业园年产多少吨再生铝」:
    再生铝 — never the title's other line 「新建年产1.5万吨氯化稀土…」).

    >>> _rest_named(bigrams("某产业园再生铝"), "某产业园", "新建年产1.5万吨氯化稀土生产线"), _rest_named(bigrams("某产业园再生铝"), "某产业园", "年产50万吨再生铝")
    (False, True)
    >>> _rest_named(bigrams("优速物流"), "优速物流", "总投资1.4亿元"), _rest_named(bigrams("中心血站搬迁"), "市中心血站整体搬迁项目", "预计征地20亩")
    (True, True)
    """
    # a pair of the title's own characters with words left out between them (中心血站搬迁 of 中心血站整体搬迁) is no rest
    rest = {g for g in set(sgrams) - bigrams(title) if not (g[0] in title and g[1] in title)}
    return len(rest & bigrams(clause)) >= 0.5 * len(rest)


def _titled_figure(title: str, clause: str, cue: str, unit: str | None, aspect: str | None):
    """The value after ``cue`` in a clause of an item titled ``title`` (no other subject before the cue)."""
    at, end = _cue_span(clause, cue) or (0, 0)
    if _names_other_subject(clause[:end], cue):
        return None
    vals = _values_for(clause, end, unit, aspect)
    if not vals:
        return None
    return vals[0][0].group(0), f"{title}：{clause}", 1.0, vals[0][1]


def _target_values(clause: str, vals: list[re.Match]) -> list[re.Match]:
    """「由4.6%提高到10%」: the value after 到 is the target, the one after 由/从 the base."""
    if len(vals) > 1 and re.search(r"[由从]", clause[: vals[0].start()]):
        later = [m for m in vals[1:] if re.search(r"[到至]", clause[vals[0].end() : m.start()])]
        return later or vals
    return vals


def _names_other_subject(clause: str, cue: str) -> bool:
    """Whether a clause starts a new enumerated subject (text before the cue that is not the cue)."""
    span = _cue_span(clause, cue)
    head = clause[: span[0]] if span else clause
    return len(re.sub(r"[0-9.\s]|km|m|万|亩|条|座", "", head)) >= 3


def _cue_span(clause: str, cue: str) -> tuple[int, int] | None:
    """Where the clause prints the attribute ``cue`` — as asked or as plans print it (长度: 全长, 长约).

    >>> _cue_span("长约1.2公里", "长度"), _cue_span("年均增长7%", "长度"), _cue_span("总投资25亿元", "投资")
    ((0, 1), None, (1, 3))
    """
    at = clause.find(cue)
    if at >= 0:
        return at, at + len(cue)
    for printed in CUE_PRINTED.get(cue, ()):
        if m := printed.search(clause):
            return m.start(), m.end()
    return None


def graph_figures(kb: KB, measure: str, *, plan: str | None = None) -> list[Figure]:
    """Figures from the graph's ``pk:Target`` facts whose measure matches ``measure``.

    The one place that reads Target facts (kg.graph: ``measure`` as printed,
    ``measureName`` normalised, ``raw`` value, ``year`` or ``period``, ``sources``
    paragraph ids). Builds without targets give an empty list.
    """
    grams = bigrams(measure)
    out = []
    for node in kb.by_type.get("Target", []):
        if plan and plan_of(node) != plan:
            continue
        a = kb.attrs(node)
        names = [normalise_text(str(a.get(k) or "")) for k in ("measure", "measureName")]
        cover = max(_cover(grams, n) if _names(measure, n) and _same_head(measure, n) and not _inside_other_measure(measure, n)
                    and not _swapped_word(measure, n) else 0.0 for n in names)
        if cover >= 0.75 and (fig := _target_figure(kb, node, cover)):
            out.append(fig)
    return sorted(out, key=lambda f: -f.score)


def figures_of_value(kb: KB, number: float, *, plan: str | None = None, aspect: str | None = None) -> list[tuple[str, Figure]]:
    """(measure as printed, figure) for every ``pk:Target`` stating ``number`` (7 for 「年均增长7%」), in reading order.

    The reverse lookup of plans whose indicator table is an image: 「哪个指标年均增长7%？」.
    ``aspect`` keeps only values stating it (``growth``: a yearly rate …).
    """
    out = []
    for node in kb.by_type.get("Target", []):
        if plan and plan_of(node) != plan:
            continue
        a = kb.attrs(node)
        raw = normalise_text(str(a.get("raw") or ""))
        printed = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", raw)]
        if a.get("unit") == "%" and isinstance(a.get("value"), (int, float)):
            printed.append(float(a["value"]))  # 百分之九 → 9
        if number in printed and (fig := _target_figure(kb, node, 1.0)) and _fits(aspect, fig.aspect):
            measure = normalise_text(str(a.get("measure") or a.get("measureName") or ""))
            out.append((_rate_owner(measure, fig), fig))
    order = {p: i for i, p in enumerate(kb.paragraph_nodes)}
    if not out:
        out = _printed_with_value(kb, number, plan=plan, aspect=aspect)
    return sorted(out, key=lambda mf: (order.get(mf[1].para, 0), mf[1].clause.find(mf[1].value)))


#: A rate named by its aspect word alone (「年均增速5.5%」): what grows is said in the clause before it.
_BARE_RATE = re.compile(r"^(?:年均|每年|年)?(?:增速|增长|增幅|增长率|增长速度)$")
#: Where that clause's subject ends: its from-to verb or its first figure (「经济总量从2020年的2.83万亿元增长至…」).
_SUBJECT_END = re.compile(r"从|由|达到|达|突破|增长|提高|提升|[0-9]")


def _rate_owner(measure: str, fig: Figure) -> str:
    """The measure a reverse look-up names: a bare rate word (增速) with the subject of the clause before it
    (「经济总量从2.83万亿元增长至3.87万亿元，年均增速5.5%」: 经济总量年均增速) — never the aspect word alone."""
    if not _BARE_RATE.match(measure):
        return measure
    own = re.sub(r"(?:年均|每年)$", "", fig.clause[: max(fig.clause.find(measure), 0)])
    if len(own) >= 2 and not _SUBJECT_END.search(own):  # 「地区生产总值年均增速6%」: the clause names it itself
        return own + measure
    at = fig.sentence.find(fig.clause)
    before = re.split(r"[，,；;。]", fig.sentence[:at].rstrip("，,；;"))[-1] if at > 0 else ""
    subject = before[: m.start()] if (m := _SUBJECT_END.search(before)) else ""
    return subject + measure if len(subject) >= 2 else measure


#: A clause printing a measure's name right before its value (「高技术制造业营业收入占规上工业营业收入比重36.2%」):
#: the name, then an optional verb, then the number and its unit.
_NAMED_VALUE = re.compile(r"([\u4e00-\u9fffA-Za-z0-9.（）()]{4,40}?)(达到|提高到|提升到|降到|降至|增长|增加|下降|为|达)?"
                          r"(约|近|超过|不低于|不超过)?(\d+(?:\.\d+)?)(%|‰)")


def _printed_with_value(kb: KB, number: float, *, plan: str | None = None, aspect: str | None = None) -> list[tuple[str, Figure]]:
    """(measure, figure) of clauses printing a share or rate ``number``% right after its measure's name, where no
    ``pk:Target`` states it: a work report's list of the year's targets (「主要预期目标…：…高技术制造业营业收入占规上
    工业营业收入比重36.2%，…」) frames no time the extractor takes, its section heading does (:func:`dated_years`).
    """
    out = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan or kb.G.nodes[para].get("kind") == "indicator":
            continue
        norm = kb.norm_text[para]
        if f"{number:g}%" not in norm and f"{number:g}‰" not in norm:
            continue
        for sentence in SENTENCE.findall(norm):
            for clause in _CLAUSE.findall(sentence):
                m = _NAMED_VALUE.search(clause)
                if not m or float(m.group(4)) != number or m.end() != len(clause.rstrip("。；;，,")):
                    continue
                name = re.sub(r"^(?:在[^，]{1,8}方面|其中|以及|和|及)", "", m.group(1))
                said = value_aspect(clause[: m.start(4)])
                if aspect and not _fits(aspect, said) or len(name) < 4:
                    continue
                years = _own_years(clause, m.group(0)) or evidence_years(norm, sentence) or context_years(kb, para)
                out.append((name, Figure(m.group(4) + m.group(5), clause, sentence, para, years, 1.0, said)))
    return out


def _target_figure(kb: KB, node: str, cover: float) -> Figure | None:
    """A ``pk:Target`` as a :class:`Figure`: its clause, the year it is for, what it states."""
    a = kb.attrs(node)
    para = next((p for pid in (a.get("sources") or []) if (p := kb.paragraph(str(pid), plan=plan_of(node)))), None)
    value = normalise_text(str(a.get("raw") or ""))
    if para is None or not value:
        return None
    text = kb.norm_text[para]
    # The clause holding the value and the target's own measure: 「服务业…比重提高4个百分点，城镇化率提高4个百分点」
    # prints one value twice, and the first clause holding it is another measure's.
    name = normalise_text(str(a.get("measure") or a.get("measureName") or ""))

    def owns(text: str) -> bool:
        return value in text and (not name or name[-4:] in text)  # the measure's end as printed

    sentence = next((s for s in SENTENCE.findall(text) if owns(s)), None) or next((s for s in SENTENCE.findall(text) if value in s), text)
    clause = next((c for c in _CLAUSE.findall(sentence) if owns(c)), None) or next((c for c in _CLAUSE.findall(sentence) if value in c), sentence)
    if (dated := dated_years(kb, para)) and not evidence_years(text, sentence):
        # 「三、2021年工作安排」: a sentence of a section dated by one year, framing no time of its own, is that year's —
        # whatever period another sentence of its paragraph names (「是“十四五”开局之年」).
        years: tuple[int, ...] = dated
    elif str(a.get("year") or "").isdigit():
        years = (int(a["year"]),)
    elif a.get("period") and (end := period_end(str(a["period"]))):
        years = (end,)
    elif a.get("figureStatus") == "target" and (horizon := plan_horizon(kb, plan_of(node))):
        years = (horizon,)  # 由2020年的61%提高到63%: 2020 is the base; the target is for the plan's horizon
    else:
        years = evidence_years(text, sentence) or context_years(kb, para)
    implied = a.get("timeFrameImplied") or not (str(a.get("year") or "").isdigit() or a.get("period"))
    if implied and years and (past := context_years(kb, para)) and max(past) < min(years) - 4 and not years_in(sentence):
        # 「“十三五”时期…移动宽带用户普及率达到108%」 under a review heading: with no time of its own, 达到 states what
        # was reached by the end of the period reviewed, not a target for the plan's horizon.
        years = past
    # A base-year or review figure (「由2020年的61%」) is an actual, not what the plan aims at.
    actual = str(a.get("figureStatus") or "") == "actual"
    named = normalise_text(str(a.get("measureName") or ""))  # 钢 printed, 钢产量 named (kg.extract.targets)
    return Figure(value, clause, sentence, para, years, cover + (0.0 if actual else 0.3), _target_aspect(a, clause, value),
                  f"{name} {named}")


def _target_aspect(a: dict, clause: str, value: str) -> str:
    """What a ``pk:Target`` states of its measure: an annual rate (``aggregation`` annual), else read from its clause."""
    # 人口自然增长率控制在年均千分之十: the measure is a rate already, so its yearly average is its level
    if a.get("aggregation") == "annual" and not str(a.get("measure") or "").endswith("自然增长率"):
        return "growth"
    at = clause.find(value)
    said = value_aspect(clause[:at]) if at >= 0 else "level"
    # 「累计创建A 1200家，B 150家」: B's own clause prints no 累计, the run it goes on does (kg.extract.targets)
    return "total" if said == "level" and a.get("aggregation") == "cumulative" else said


def _same_head(asked: str, name: str) -> bool:
    """Chinese measures are head-final: 单位地区生产总值能耗 is an 能耗, not a 地区生产总值.

    >>> _same_head("地区生产总值", "单位地区生产总值能耗"), _same_head("污水处理率", "城镇污水集中处理率")
    (False, True)
    """
    return len(asked) < 2 or len(name) < 2 or asked[-2:] == name[-2:]


#: Heads a list's lead-in may state once for all its lines (「1985年主要产品的生产量为：」 / 「自行车3300万辆」).
_LISTED_HEAD = re.compile(r"(?:生产量|产量|产值)$")


def listed_figures(kb: KB, measure: str, *, plan: str | None = None, unit: str | None = None) -> list[Figure]:
    """Figures of list lines that open with the measure's subject and a value, under a lead-in ending in ：
    that names the measure's head (「1985年主要产品的生产量为：」 then 「自行车3300万辆，…」): 自行车产量.

    The year is the lead-in's. Empty unless the measure ends in a head a lead-in can state (产量, 产值).
    """
    head = _LISTED_HEAD.search(measure)
    subject = measure[: head.start()] if head else ""
    if len(subject) < 1 or not head:
        return []
    paras = [p for p in kb.paragraph_nodes if not plan or plan_of(p) == plan]
    out = []
    for i, para in enumerate(paras):
        text = re.sub(r"^(?:[-*•·]|\d+[.、)]|[（(]\d+[)）])", "", kb.norm_text[para])  # the list marker
        value = VALUE.match(text, len(subject)) if text.startswith(subject) else None
        if not value or not unit_agrees(unit, value.group(0)) or not re.search(r"\d|[〇零一二三四五六七八九十百千万亿]", value.group(0)):
            continue
        lead = next((kb.norm_text[q] for q in reversed(paras[max(0, i - 15) : i]) if re.search(r"[：:]$", kb.norm_text[q])), "")
        if not lead or not re.search(head.group(0)[-2:], lead):
            continue
        clause = _CLAUSE.findall(text)[0]
        out.append(Figure(value.group(0), clause, text, para, evidence_years(lead, lead), 1.0, "level"))
    return out


#: A rate or share asked (优良率, 比重) is stated as one (92%, 百分之九十, 千分之十, 4个百分点, a bare number), never as a
#: count or an amount (「优良天数大于330天」 printed beside 「优良率达到92%」).
_RATE_MEASURE = re.compile(r"(?:率|比重|比例|占比)$")
_RATE_VALUE = re.compile(r"%|‰|百分之|千分之|万分之|百分点|\d/\d|^[0-9.]+(?:以上|以下|左右)?$|^[〇零一二三四五六七八九十百千点]+$")


def rate_fits(measure: str, value: str, clause: str = "") -> bool:
    """Whether ``value`` can state ``measure``: a rate or share is no count of days or people (「分别提高3个和4个
    百分点」 prints 3个 as points of the ``clause``'s 百分点).

    >>> rate_fits("城区空气优良率", "330天"), rate_fits("城区空气优良率", "92%"), rate_fits("空气优良天数", "330天")
    (False, True, True)
    >>> rate_fits("服务业比重", "3个", "服务业比重和就业比重分别提高3个和4个百分点"), rate_fits("婴儿死亡率", "22/10万")
    (True, True)
    """
    return not _RATE_MEASURE.search(measure) or bool(_RATE_VALUE.search(value)) \
        or (value.endswith("个") and "百分点" in clause[clause.find(value):])


def find_figures(
    kb: KB, measure: str, *, plan: str | None = None, unit: str | None = None, cue: str | None = None, aspect: str | None = None
) -> list[Figure]:
    """Target facts and prose clauses for one measure, best first, each clause once.

    The graph's targets come first among equals; prose fills what extraction missed
    (see :func:`prose_figures`), so a value the graph holds only as an actual can
    still be read as the clause's target. With ``aspect`` only figures stating it
    (a yearly rate, a change, a level) count.
    """
    found = [f for f in graph_figures(kb, measure, plan=plan) if _fits(aspect, f.aspect)]
    if unit:
        found = [f for f in found if unit_agrees(unit, f.value)]
    if cue:  # (a Target's measure may name the cue its clause leaves to the sentence's topic: 燃料动力，1113亿元)
        found = [f for f in found if _cue_span(f.clause, cue) or cue in f.measure]
    found += prose_figures(kb, measure, plan=plan, unit=unit, cue=cue, aspect=aspect)
    if not found and _fits(aspect, "level"):
        found = listed_figures(kb, measure, plan=plan, unit=unit)
    found = [f for f in found if rate_fits(measure, f.value, f.clause)]
    # One figure per value and paragraph; a target outranks the actual read from the same clause.
    seen_values: set[tuple[str, str]] = set()
    found = [f for f in sorted(found, key=lambda f: -f.score) if not ((f.para, f.value) in seen_values or seen_values.add((f.para, f.value)))]
    order = {p: i for i, p in enumerate(kb.paragraph_nodes)}
    return sorted(found, key=lambda f: (-round(f.score, 6), order.get(f.para, 0)))


#: A period printed as a span of years (「1976—1985年」「2021-2025年」).
_SPAN = re.compile(r"(?:19|20)\d\d年?\s*[—–\-－~～至到]\s*((?:19|20)\d\d)年")


@per_kb
def plan_horizon(kb: KB, plan: str | None) -> int | None:
    """The year a plan's targets are for when a sentence names none.

    From the plan's title (「“十四五”规划」 → 2025, 「2021—2025年」 and 「1976—1985年…十年规划纲要」 → their second
    year, 「第一个五年计划」 → 1957), else the year
    its text most often aims at (到2025年).
    """
    titles = [str(kb.attrs(n).get("label") or "") for n in kb.by_type.get("Plan", []) if plan is None or plan_of(n) == plan]
    for title in titles:
        # 「1976—1985年…十年规划纲要」「2021—2025年」: a period printed as a span ends in its second year.
        if span := _SPAN.search(title):
            return int(span.group(1))
        # The plan's own period comes first in its title (「…“九五”计划和2010年远景目标纲要」).
        ys = years_in(title)
        if ys:
            return ys[0]
    counts: dict[int, int] = {}
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        for y in re.findall(r"到((?:19|20)\d\d)年", kb.norm_text[para]):
            counts[int(y)] = counts.get(int(y), 0) + 1
    return max(counts, key=lambda y: (counts[y], -y)) if counts else None
