"""Figures with units: find them in text and normalise them to base units.

Plans print figures as ``13000万m³``, ``约22.8亿元``, ``10万千瓦``, ``18.7 km``
or ``724个停车位``. :func:`parse_quantities` finds every such figure in a
paragraph and returns :class:`~kg.facts.Quantity` objects that keep the text
as printed (``raw``) next to the value in a base unit:

=========  ==========================================  =========
dimension  printed units                               base unit
=========  ==========================================  =========
money      元 万元 亿元 (人民币) · 美元 万美元 亿美元   CNY · USD
area       亩 平方米 m² 平方公里 km² 公顷               m2 (1 亩 = 10000/15 m²)
length     米 m 公里 km 千米                           m
volume     立方米 m³                                   m3
power      瓦 千瓦 kW 兆瓦 MW GW                       W
energy     千瓦时 kWh 度电 · 度 (only in a clause about 电) kWh
transport  吨公里 · 人公里                              t·km · p·km (freight, passenger turnover)
voltage    千伏 kV                                     V
mass       吨 千克 kg 公斤                             kg
coal eq.   吨标准煤 吨标煤 tce                          tce (energy as standard coal)
age        岁                                          岁
containers 标箱 标准箱 TEU                               TEU
concentr.  微克/立方米 毫克/立方米 μg/m³                  μg/m3
per person 平方米/人                                    m2/人
count      个 张 台 座 家 条 处 所 人 辆 套 户 …        the measure word itself
percent    % ‰ 个百分点 百分之… 千分之…                  %, ‰, pp
=========  ==========================================  =========

Numbers are printed in Arabic digits or in Chinese numerals, which read the
same (:func:`chinese_number`): 百分之四点五 (4.5 %), 五万七千六百亿元
(5.76e12 元), 一二〇万吨 (digit by digit, 1.2e6 t), 百分之六二·五 (62.5 %),
一点七吨. A count written in Chinese numerals needs a place value (十, 百 …)
or two digits to be a figure: 一批, 两个 and 三条 are idiom, not data.

Multipliers 万/亿/千万/百万 combine with any unit (``13000万m³`` = 1.3e8 m3);
a rate suffix (每天, /年 …) appends ``/d`` or ``/a`` to the unit. Money is not
converted between currencies (no exchange rate is stated in a plan).

Each figure's ``kind`` comes from the cue words of its clause (总投资 →
``investment``, 库容 → ``storage``, 停车位 after the figure →
``parking_spaces`` …, see :data:`KIND_CUES`), else from its dimension.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from kg.extract.clauses import clause_start
from kg.facts import Quantity

__all__ = ["UNITS", "MULTIPLIERS", "KIND_CUES", "SHARE_WORDS", "Unit", "to_base_unit", "chinese_number", "parse_quantities"]


class Unit(NamedTuple):
    """A printed unit: its dimension, base unit and factor to the base unit."""

    dimension: str
    base: str
    factor: float


_MU = 10000 / 15  # 1 亩 in m²

#: Printed unit → (dimension, base unit, factor). Keys are matched longest first.
UNITS: dict[str, Unit] = {
    "元": Unit("money", "CNY", 1),
    "元人民币": Unit("money", "CNY", 1),
    "美元": Unit("money", "USD", 1),
    "亩": Unit("area", "m2", _MU),
    "平方米": Unit("area", "m2", 1),
    "平米": Unit("area", "m2", 1),
    "m²": Unit("area", "m2", 1),
    "m2": Unit("area", "m2", 1),
    "㎡": Unit("area", "m2", 1),
    "平方公里": Unit("area", "m2", 1e6),
    "平方千米": Unit("area", "m2", 1e6),
    "km²": Unit("area", "m2", 1e6),
    "km2": Unit("area", "m2", 1e6),
    "㎢": Unit("area", "m2", 1e6),
    "公顷": Unit("area", "m2", 1e4),
    "hm²": Unit("area", "m2", 1e4),
    "米": Unit("length", "m", 1),
    "m": Unit("length", "m", 1),
    "公里": Unit("length", "m", 1000),
    "千米": Unit("length", "m", 1000),
    "km": Unit("length", "m", 1000),
    "㎞": Unit("length", "m", 1000),
    "厘米": Unit("length", "m", 0.01),
    "cm": Unit("length", "m", 0.01),
    "毫米": Unit("length", "m", 0.001),
    "mm": Unit("length", "m", 0.001),
    "立方米": Unit("volume", "m3", 1),
    "m³": Unit("volume", "m3", 1),
    "m3": Unit("volume", "m3", 1),
    "方": Unit("volume", "m3", 1),
    "瓦": Unit("power", "W", 1),
    "千瓦": Unit("power", "W", 1e3),
    "kW": Unit("power", "W", 1e3),
    "KW": Unit("power", "W", 1e3),
    "兆瓦": Unit("power", "W", 1e6),
    "MW": Unit("power", "W", 1e6),
    "GW": Unit("power", "W", 1e9),
    "千瓦时": Unit("energy", "kWh", 1),
    "千瓦小时": Unit("energy", "kWh", 1),
    "kWh": Unit("energy", "kWh", 1),
    "度电": Unit("energy", "kWh", 1),
    "度": Unit("energy", "kWh", 1),  # only where the clause speaks of 电 (see _ELECTRIC): 25度以上坡耕地 is a slope
    "千伏": Unit("voltage", "V", 1e3),
    "kV": Unit("voltage", "V", 1e3),
    "KV": Unit("voltage", "V", 1e3),
    "伏": Unit("voltage", "V", 1),
    "吨": Unit("mass", "kg", 1e3),
    "吨公里": Unit("freight", "t·km", 1),  # 民航运输总周转量一百四十亿吨公里: a turnover, not a mass
    "吨千米": Unit("freight", "t·km", 1),
    "人公里": Unit("passenger", "p·km", 1),
    "吨标准煤": Unit("coal_equivalent", "tce", 1),  # energy as standard coal: not a mass of coal
    "吨标煤": Unit("coal_equivalent", "tce", 1),
    "tce": Unit("coal_equivalent", "tce", 1),
    "千克": Unit("mass", "kg", 1),
    "公斤": Unit("mass", "kg", 1),
    "kg": Unit("mass", "kg", 1),
    "斤": Unit("mass", "kg", 0.5),
    # older texts weigh cotton and grain in 担 (市担, 100 斤) and 公担 (100 kg): 四千八百万担
    "担": Unit("mass", "kg", 50),
    "公担": Unit("mass", "kg", 100),
    "标箱": Unit("containers", "TEU", 1),  # 港口集装箱吞吐量3300万标箱: twenty-foot equivalent units
    "标准箱": Unit("containers", "TEU", 1),
    "TEU": Unit("containers", "TEU", 1),
    # a concentration is printed per volume (PM2.5年均浓度19微克/立方米): one unit, never 19 of a count or a mass
    "微克/立方米": Unit("concentration", "μg/m3", 1),
    "μg/m³": Unit("concentration", "μg/m3", 1),
    "μg/m3": Unit("concentration", "μg/m3", 1),
    "毫克/立方米": Unit("concentration", "μg/m3", 1000),
    "mg/m³": Unit("concentration", "μg/m3", 1000),
    "平方米/人": Unit("area_per_person", "m2/人", 1),  # 人均公园绿地面积14.6平方米/人
    "岁": Unit("age", "岁", 1),  # 人均预期寿命达到74.5岁
    "%": Unit("percent", "%", 1),
    "‰": Unit("percent", "‰", 1),
    "个百分点": Unit("percent", "pp", 1),
}
# Measure words of counted things: the unit of a count is the measure word itself.
for _word in ("个", "张", "台", "座", "家", "条", "处", "所", "人", "人次", "辆", "套", "户", "名",
              "项", "栋", "艘", "架", "头", "只", "册", "件", "批", "期", "种", "支", "部", "列", "趟"):
    UNITS[_word] = Unit("count", _word, 1)

#: Printed multiplier → factor.
MULTIPLIERS: dict[str, float] = {"万亿": 1e12, "万": 1e4, "亿": 1e8, "千万": 1e7, "百万": 1e6, "十万": 1e5}

#: The words a share (a percentage of a whole) is printed with: …占GDP比重 = …占GDP比例 = …占GDP占比.
SHARE_WORDS: tuple[str, ...] = ("比重", "比例", "占比")

#: Cue pattern → (kind, dimensions it applies to). The cue nearest before a
#: figure in its clause wins among those whose dimension fits.
KIND_CUES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (r"总投资|计划投资|估算投资|投资|投入|引资|外资|融资", "investment", ("money",)),
    (r"工业总产值|总产值|产值|增加值", "output_value", ("money",)),
    (r"生产总值|GDP", "gdp", ("money",)),
    (r"销售收入|营业收入|营收|交易额|销售额", "revenue", ("money",)),
    (r"利税", "profit_tax", ("money",)),
    (r"税收|财政总收入|财政收入", "revenue_tax", ("money",)),
    (r"可支配收入|收入", "income", ("money",)),
    (r"规划用地面积|用地面积|总用地面积|规划用地|建设用地|用地|占地面积|总占地面积|占地|征地|"
     r"规划总面积|规划面积|开发面积|总面积", "land_area", ("area",)),
    (r"总建筑面积|建筑面积|建筑规模", "floor_area", ("area",)),
    (r"灌溉面积|灌溉", "irrigated_area", ("area",)),
    (r"面积", "area", ("area",)),
    (r"全长|总长|长度|长约|长", "length", ("length",)),
    (r"道路宽度|宽度|宽", "width", ("length",)),
    (r"单机容量", "unit_capacity", ("power",)),
    (r"装机容量|装机规模|总装机|装机|容量|规模", "capacity", ("power",)),
    (r"总库容|库容|蓄水", "storage", ("volume",)),
    (r"床位", "beds", ("count",)),
    (r"停车位|车位", "parking_spaces", ("count",)),
    (r"年产量|年产|产能|生产能力|产量", "production", ("mass", "volume", "count", "energy")),
    (r"供水规模|供水能力|日供水|供水", "supply", ("mass", "volume")),
    (r"日处理|处理能力|处理规模", "treatment", ("mass", "volume")),
    (r"发电量", "generation", ("energy",)),
    (r"人口", "population", ("count",)),
    (r"年均增长|增长|增速|增幅|递增", "growth", ("percent",)),
    (r"率|" + "|".join(SHARE_WORDS) + "|占", "share", ("percent",)),
)
# Cues printed after the figure: 724个停车位, 200张床位.
_AFTER_CUES: tuple[tuple[str, str], ...] = (
    (r"停车位|车位|泊位", "parking_spaces"),
    (r"床位|张床", "beds"),
)
# A power figure printed before the plant it sizes (建设100MW太阳能光伏电站, 一座5万千瓦的风电场, 35万千瓦燃煤发电机组):
# the plant's capacity, as 装机 before it would say; a power with no plant after it (用电负荷300MW) keeps its dimension.
# A bracketed aside between them (100MW（以省级主管能源部门备案为准）太阳能光伏电站) is skipped.
_PLANT_AFTER = re.compile(r"^(?:[（(][^（()）]{0,30}[）)])?[^，,。；;、（(]{0,10}?(?:电站|电场|发电厂|电厂|发电机组|机组)")
_CUE_RES = tuple((re.compile(p), kind, dims) for p, kind, dims in KIND_CUES)
_AFTER_RE = tuple((re.compile(r"^\s*(?:" + p + ")"), kind) for p, kind in _AFTER_CUES)

# Full-width digits, Latin letters, ％ and ． read as their ASCII forms. Length
# is preserved so spans still index the printed text (NFKC would not).
_WIDTH = str.maketrans(
    {**{chr(0xFF10 + i): str(i) for i in range(10)},
     **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
     **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
     "％": "%", "．": ".", "－": "-", "～": "~", "／": "/"}
)
_ASCII_UNIT = re.compile(r"[A-Za-z]$")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_QUANTITY = re.compile(
    # 超 is 超过 in a plan's shorter wording (培育“小巨人”企业超1500家; not 赶超); a PDF's text may set the
    # figure one space off its bound (超 1500 家), which stays the figure's
    r"(?:(?P<pre>大约|约|近|超过|(?<!赶)超|逾|不低于|不少于|不超过|不高于|低于|高于|控制在)[ \u3000]?)?"
    # not the tail of a longer number: 6,352,8万吨 (an OCR'd 6,352.8) is no figure rather than 8万吨
    # Old print's · is a decimal point (16 · 5亿吨, OCR'd with spaces): one number, never the cut 5亿吨 after it.
    r"(?<![A-Za-z0-9.\d])(?<!\d,)(?<![·・])(?<![·・][ \u3000])(?P<neg>-)?"
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+|[ \u3000]?[·・][ \u3000]?\d+)?)(?![,\d])"
    r"(?:[ \u3000]*(?:-|—|–|~|至|到)[ \u3000]*(?P<num2>\d+(?:\.\d+)?))?"
    r"(?P<more>余|多)?[ \u3000]*"
    rf"(?P<mult>{_alternation(MULTIPLIERS)})?[ \u3000]*"
    rf"(?P<unit>{_alternation(UNITS)})"
    r"(?P<rate>每天|每日|/天|/日|/d|每年|/年|/a)?"
    r"(?P<post>以上|以下|以内|左右|之内)?"
)
_QUALIFIERS = {
    "大约": "≈", "约": "≈", "近": "≈", "左右": "≈", "超过": ">", "超": ">", "逾": ">", "余": ">", "多": ">",
    "高于": ">", "不低于": "≥", "不少于": "≥", "以上": "≥", "不超过": "≤", "不高于": "≤",
    "以下": "≤", "以内": "≤", "之内": "≤", "控制在": "≤", "低于": "<",
}
_RATES = {"每天": "/d", "每日": "/d", "/天": "/d", "/日": "/d", "/d": "/d",
          "每年": "/a", "/年": "/a", "/a": "/a"}
_CLAUSE_END = "，,。；;、（(）)！？!?\n"
# 度 is a kWh only in a clause about electricity (发电量5500亿度, 用电量); elsewhere a slope, a degree or 力度.
_ELECTRIC = re.compile(r"电")

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_PLACES = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 1e4, "亿": 1e8}
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_PLACES) + "".join(_CN_BIG)
# A numeral starts with a digit or 十 (百万/千家万户/万人 are idiom) and is not led by
# another numeral char, 第 (an ordinal) or 几/数/多 (几十万: an estimate, not a figure).
# Before a unit the numeral is read lazily: 一万亿千瓦时 is 一万亿 + 千瓦时, not 一万亿千 + 瓦.
# Older plans group the digits of a digit-by-digit numeral by thousands with 、 (四、〇八四公里 is 4,084 km):
# a group of three digits after 、 goes on with the number before it, and is never a number of its own.
_CN_GROUPED = rf"[一二三四五六七八九][{''.join(_CN_DIGITS)}]{{0,2}}(?:、[{''.join(_CN_DIGITS)}]{{3}})+"
_CN_NUMERAL, _CN_NUMERAL_LAZY = (
    rf"(?<![{_CN_CHARS}第几数多上点·])(?<![{''.join(_CN_DIGITS)}]、)"
    rf"(?:{_CN_GROUPED}(?![{_CN_CHARS}])|[{''.join(_CN_DIGITS)}十][{_CN_CHARS}]*{lazy})"
    rf"(?:[点·][{''.join(_CN_DIGITS)}]+(?:万亿|万|亿)?)?" for lazy in ("", "?"))
# Units a Chinese numeral may carry: not 方 (一方面) nor 期 (“十四五”期间), counts only with a place value.
_CN_UNITS = [u for u in UNITS if u not in ("方", "期") and not _ASCII_UNIT.search(u)]
_CN_QUANTITY = re.compile(
    r"(?P<pre>大约|约|近|超过|(?<!赶)超|逾|不低于|不少于|不超过|不高于|低于|高于|控制在)?"
    r"(?:(?P<pct>百分之|千分之)(?P<pnum>\d+(?:\.\d+)?|" + _CN_NUMERAL + r")"
    r"(?:[至到](?:百分之|千分之)?(?P<pnum2>\d+(?:\.\d+)?|" + _CN_NUMERAL + r"))?"
    r"|(?P<num>" + _CN_NUMERAL_LAZY + r")(?:[至到](?P<num2>" + _CN_NUMERAL_LAZY + r"))?(?P<more>余|多)?"
    rf"(?P<unit>{_alternation(_CN_UNITS)}))"
    r"(?P<rate>每天|每日|/天|/日|每年|/年)?"
    r"(?P<post>以上|以下|以内|左右|之内)?"
)


def to_base_unit(number: float, unit: str) -> tuple[float, str]:
    """Convert a printed number and unit (multiplier included) to the base unit.

    Parameters
    ----------
    number : float
        The printed number.
    unit : str
        The printed unit, optionally led by a multiplier: ``万m³``, ``亿元``,
        ``MW``, ``亩``.

    Returns
    -------
    tuple of (float, str)
        The value in the base unit and the base unit's name.

    Raises
    ------
    KeyError
        If ``unit`` is not a known unit (see :data:`UNITS`).

    Examples
    --------
    >>> to_base_unit(13000, "万m³")
    (130000000.0, 'm3')
    >>> to_base_unit(10, "万千瓦")
    (100000000.0, 'W')
    >>> to_base_unit(370, "亩")
    (246666.6666667, 'm2')
    """
    factor = 1.0
    for mult in sorted(MULTIPLIERS, key=len, reverse=True):
        if unit.startswith(mult) and unit[len(mult):] in UNITS:
            factor, unit = MULTIPLIERS[mult], unit[len(mult):]
            break
    spec = UNITS[unit]
    return _round(number * factor * spec.factor), spec.base


def chinese_number(text: str) -> float:
    """The value of a number printed in Chinese numerals (or Arabic digits).

    Parameters
    ----------
    text : str
        A numeral: positional (二十三, 五万七千六百亿, 一亿二千万), digit by
        digit (一二〇, 二〇三五), with a decimal part after 点 or ·
        (四点五, 六二·五), and optionally closed by 万/亿 (一二〇万, 四点五亿).

    Returns
    -------
    float

    Raises
    ------
    ValueError
        If ``text`` holds a character that is not a numeral.

    Examples
    --------
    >>> chinese_number("四点五"), chinese_number("五万七千六百亿"), chinese_number("一二〇万")
    (4.5, 5760000000000.0, 1200000.0)
    >>> chinese_number("六二·五"), chinese_number("十二"), chinese_number("一亿二千万")
    (62.5, 12.0, 120000000.0)
    >>> chinese_number("四、〇八四"), chinese_number("一三、八三四·五")
    (4084.0, 13834.5)
    """
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if re.fullmatch(_CN_GROUPED + r"(?:[点·].*)?", text):
        text = text.replace("、", "")  # 四、〇八四: digits grouped by thousands
    parts = re.fullmatch(r"(?P<head>[^点·]*)(?:[点·](?P<frac>.*))?", text)
    head, frac = parts["head"], parts["frac"] or ""
    trail = 1.0
    tail = re.search(r"(?:万亿|万|亿)$", frac or head)
    if tail:
        rest = (frac or head)[: tail.start()]
        if frac or not re.search(r"[十百千万亿]", rest):  # 四点五亿, 一二〇万: a multiplier closes the number
            trail = 1e12 if tail[0] == "万亿" else _CN_BIG[tail[0]]
            head, frac = (head, rest) if frac else (rest, frac)
    if not head or any(c not in _CN_CHARS for c in head + frac):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    if re.search(r"[十百千万亿]", head):
        if re.search(rf"[{''.join(_CN_DIGITS)}]{{2}}", head.replace("零", "").replace("〇", "")):
            raise ValueError(f"not a Chinese numeral: {text!r}")  # 十四五: two digits in a row, a period's name
        value = _positional(head)
    else:  # 一二〇, 二〇三五: read digit by digit
        value = float("".join(str(_CN_DIGITS[c]) for c in head))
    if frac:
        value += float("0." + "".join(str(_CN_DIGITS[c]) for c in frac))
    return _round(value * trail)


def _positional(text: str) -> float:
    """五万七千六百亿 → 5.76e12: place values 十百千 within a section, 万 and 亿 close sections."""
    total = section = number = 0.0
    for c in text:
        if c in _CN_DIGITS:
            number = _CN_DIGITS[c]
        elif c in _CN_PLACES:
            section += (number or 1) * _CN_PLACES[c]
            number = 0
        elif c == "万":
            section = (section + number) * 1e4
            number = 0
        else:  # 亿
            total = (total + section + number) * 1e8
            section = number = 0
    return total + section + number


def parse_quantities(text: str, *, source: str) -> list[Quantity]:
    """Find the figures with units in ``text``.

    Parameters
    ----------
    text : str
        A paragraph as printed; full-width digits and letters are read too.
    source : str
        The paragraph id every quantity is cited by.

    Returns
    -------
    list of Quantity
        In reading order; ``raw`` is the printed span (qualifiers such as
        约 or 以上 included), ``value`` is in the base unit. Years, ordinals
        and codes such as ``G207`` are not figures and are skipped.

    Examples
    --------
    >>> [(q.kind, q.value, q.unit) for q in parse_quantities(
    ...     "建设总库容为13000万m³的水库，装机1.18万千瓦的电站", source="p1")]
    [('storage', 130000000.0, 'm3'), ('capacity', 11800000.0, 'W')]
    >>> q = parse_quantities("计划总投资约22.8亿元", source="p1")[0]
    >>> q.raw, q.kind, q.value, q.qualifier
    ('约22.8亿元', 'investment', 2280000000.0, '≈')
    >>> [q.kind for q in parse_quantities("规划共布置724个停车位", source="p1")]
    ['parking_spaces']
    >>> [(q.raw, q.value) for q in parse_quantities("粮食36，000万吨，铁路货运量达到16 · 5亿吨左右", source="p1")]
    [('36，000万吨', 360000000000.0), ('16 · 5亿吨左右', 1650000000000.0)]
    """
    # 「粮食36，000万吨」: older print groups thousands with a full-width comma (same length, so offsets hold).
    ascii_text = re.sub(r"(?<=\d)，(?=\d{3}(?!\d))", ",", text.translate(_WIDTH))
    found: list[tuple[int, Quantity]] = []
    for m in _QUANTITY.finditer(ascii_text):
        unit = m["unit"]
        end = m.end("unit")
        if _ASCII_UNIT.search(unit) and re.match(r"[A-Za-z0-9]", ascii_text[end:end + 1]):
            continue  # "5mm" inside a code or a longer Latin word, not a unit
        if unit == "度" and not _about_electricity(ascii_text, m.start()):
            continue
        number = float(re.sub(r"[ \u3000]", "", m["num"]).replace(",", "").replace("·", ".").replace("・", "."))
        if m["neg"]:
            number = -number
        mult = m["mult"] or ""
        value, base = to_base_unit(number, mult + unit)
        if m["rate"]:
            base += _RATES[m["rate"]]
        qualifier = _qualifier(m)
        start = m.start("pre") if m["pre"] else m.start("neg") if m["neg"] else m.start("num")
        found.append((start, Quantity(
            kind=_kind(ascii_text, m.start("num"), m.end(), UNITS[unit].dimension),
            raw=text[start:m.end()],
            value=value,
            unit=base,
            source=source,
            qualifier=qualifier,
        )))
    taken = [(s, s + len(q.raw)) for s, q in found]
    for start, q in _chinese_quantities(text, ascii_text, source):
        if not any(a < start + len(q.raw) and start < b for a, b in taken):
            found.append((start, q))
    return _shared_units(text, sorted(found, key=lambda x: x[0]))


def _shared_units(text: str, found: list[tuple[int, Quantity]]) -> list[Quantity]:
    """Figures of a list that print the unit once, at the end: 提高3个和4个百分点 is 3 pp, not 3 个.

    >>> [(q.raw, q.unit) for q in parse_quantities("分别提高3个和4个百分点", source="p")]
    [('3个', 'pp'), ('4个百分点', 'pp')]
    """
    out = [q for _, q in found]
    for i in range(len(found) - 1):
        (at, q), (nxt_at, nxt) = found[i], found[i + 1]
        if q.unit == "个" and nxt.unit == "pp" and re.fullmatch(r"\s*[和、与及至到]\s*", text[at + len(q.raw):nxt_at]):
            out[i] = Quantity(kind=nxt.kind, raw=q.raw, value=q.value, unit="pp", source=q.source,
                              qualifier=q.qualifier)
    return out


def _chinese_quantities(text: str, ascii_text: str, source: str) -> Iterator[tuple[int, Quantity]]:
    """Figures printed in Chinese numerals or as 百分之…: (start, quantity) in reading order."""
    for m in _CN_QUANTITY.finditer(ascii_text):
        try:
            if m["pct"]:
                number, unit = chinese_number(m["pnum"]), "%" if m["pct"] == "百分之" else "‰"
                lower = m["pnum2"]
            else:
                number, unit = chinese_number(m["num"]), m["unit"]
                lower = m["num2"]
                if m["num2"] and not re.search(r"[万亿]$", m["num"]):  # 四千九百至五千亿: 亿 closes both
                    tail = re.search(r"(?:万亿|万|亿)$", m["num2"])
                    number *= 1e12 if tail and tail[0] == "万亿" else _CN_BIG[tail[0]] if tail else 1
        except ValueError:
            continue
        spec = UNITS[unit]
        if unit == "度" and not _about_electricity(ascii_text, m.start()):
            continue
        if spec.dimension == "count" and not re.search(r"[十百千万亿]", m["num"]) and len(m["num"]) < 2:
            continue  # 一批, 两个, 三条: idiom, not a count
        value, base = to_base_unit(number, unit)
        if m["rate"]:
            base += _RATES[m["rate"]]
        start = m.start()
        num_start = m.start("pnum") if m["pct"] else m.start("num")
        qualifier = "range" if lower else _qualifier(m)
        yield start, Quantity(
            kind=_kind(ascii_text, num_start, m.end(), spec.dimension),
            raw=text[start:m.end()],
            value=value,
            unit=base,
            source=source,
            qualifier=qualifier,
        )


def _about_electricity(text: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of electricity (发电量, 用电量, 电量): 度 is then a kWh.

    >>> _about_electricity("全社会用电量达到5500亿度", 9), _about_electricity("25度以上坡耕地", 0)
    (True, False)
    """
    begins = clause_start(text, start, _CLAUSE_END)
    return bool(_ELECTRIC.search(text, begins, start))


def _qualifier(m: re.Match) -> str | None:
    if m["num2"]:
        return "range"
    for group in ("pre", "more", "post"):
        if m[group]:
            return _QUALIFIERS[m[group]]
    return None


def _kind(text: str, start: int, end: int, dimension: str) -> str:
    """The kind of the figure at ``text[start:end]``: from its clause's cue words, else its dimension."""
    if dimension == "count":
        after = text[end:end + 6]
        for pattern, kind in _AFTER_RE:
            if pattern.match(after):
                return kind
    begins = clause_start(text, start, _CLAUSE_END)
    clause = text[begins:start]
    best: tuple[int, int, str] | None = None
    for pattern, kind, dims in _CUE_RES:
        if dimension not in dims:
            continue
        for m in pattern.finditer(clause):
            rank = (m.end(), m.end() - m.start(), kind)
            if best is None or rank[:2] > best[:2]:
                best = rank
    if best is not None:
        return best[2]
    if dimension == "power" and _PLANT_AFTER.match(text[end:]):
        return "capacity"
    return dimension


def _round(value: float) -> float:
    """Drop float noise (22.8 * 1e8 → 2280000000.0) while keeping 13 significant digits."""
    return float(f"{value:.13g}")
