"""What a target or indicator measures, in a form two plans can be compared by.

Plans word the same measure differently: 单位GDP能耗 ↔ 单位国内生产总值能源消耗 ↔
单位地区生产总值能耗降低, 比重 ↔ 占比, 研发经费投入强度 ↔ 研究与试验发展经费支出占GDP比重 (no:
that one is left to a person). :func:`normalise_measure` reduces a printed name to
a :class:`Measure`: the *core* (what is measured, after the genre's synonyms),
the *kind* (a level, or a change such as 降低/增长) with its direction and span
(年均 per year, 累计 over the plan period), so that matching compares cores and
refuses to equate a level with a change. :func:`unit_class` groups printed units
whose figures can be compared (亿元 and 万亿元 are both money; % is not money).

Synonyms follow the genre's conventions across plans, never one document's names.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kg.extract.units import SHARE_WORDS

__all__ = ["Measure", "normalise_measure", "normalise_phrase", "unit_class", "split_name_unit"]

# Wording that names the same thing, applied in order (longer phrases first). Each
# pair is (pattern, replacement) on NFKC text without whitespace.
_SYNONYMS: tuple[tuple[str, str], ...] = (
    (r"(?:国内|地区)?生产总值|地区GDP|GDP", "GDP"),
    (r"万元GDP", "单位GDP"),
    (r"(?<!每)亿元GDP", "每亿元GDP"),
    (r"能源消耗|能源消费", "能耗"),
    (r"二氧化碳排放|碳排放", "CO2排放"),
    (r"研究与试验发展|研究与开发|R&D|研发", "研发"),
    (r"研发经费(?:投入|支出)?", "研发经费"),
    # Every way a share is printed reads as 比重, with the 的/所占 before it.
    (rf"(?:所占|的)?(?:{'|'.join(SHARE_WORDS)})", "比重"),
    (r"每万人口|万人口|每万人", "每万人"),
    (r"每千人口|千人口|每千人", "每千人"),
    (r"常住人口城镇化率", "城镇化率"),
    # 发明专利拥有量 counts patents in force by its statistical definition: 有效 restates it.
    (r"有效(?=发明专利拥有量)", ""),
    (r"保持在|保持", ""),
    (r"(?<=率)水平$", ""),
)

# A change named after the measure: its direction. 降幅 and 增幅 are changes too.
_CHANGE = re.compile(
    r"(?P<span>年均|年平均|累计|五年累计)?"
    r"(?P<verb>降低率|下降率|降低|下降|降幅|减少|削减|减幅|增长率|增长|增速|增幅|提高|提升|增加)"
    r"(?:率|幅度|目标)?$"
)
_SPAN_PREFIX = re.compile(r"^(?P<span>年均|年平均|五年累计|累计)")
_DOWN = ("降", "减", "削")
# Printed decorations that are not part of what is measured.
_BRACKETS = re.compile(r"[（(][^（）()]*[）)]|[［\[][^］\]]*[］\]]")
_LEAD_NUMBER = re.compile(r"^[\d.、．]+")


@dataclass(frozen=True)
class Measure:
    """A measure name reduced for comparison.

    Attributes
    ----------
    printed : str
        The name as printed (whitespace removed).
    core : str
        What is measured after the genre's synonyms, without change words:
        ``单位GDP能耗`` for 单位国内生产总值能源消耗降低.
    kind : str
        ``"level"`` (a value to reach) or ``"change"`` (a rise or fall).
    direction : str or None
        ``"down"`` or ``"up"`` for a change, else None.
    span : str or None
        ``"annual"`` (年均) or ``"cumulative"`` (累计, over the plan period) when printed.
    synonyms : bool
        Whether a synonym rewrote the name (so a match on ``core`` is by convention, not spelling).
    """

    printed: str
    core: str
    kind: str
    direction: str | None = None
    span: str | None = None
    synonyms: bool = False


def split_name_unit(text: str) -> tuple[str, str | None]:
    """A printed indicator name and the unit in its trailing brackets.

    Examples
    --------
    >>> split_name_unit("地区生产总值（亿元）")
    ('地区生产总值', '亿元')
    >>> split_name_unit("森林覆盖率")
    ('森林覆盖率', None)
    """
    t = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    m = re.search(r"[（(]([^（）()]{1,12})[）)]$", t)
    if m:
        return t[: m.start()], m.group(1)
    return t, None


def normalise_phrase(text: str) -> str:
    """Any text (a question, a clause) with the genre's measure synonyms applied, to find measures in it.

    Examples
    --------
    >>> normalise_phrase("十一五和十二五的单位国内生产总值能源消耗降低目标")
    '十一五和十二五的单位GDP能耗降低目标'
    """
    out = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))
    for pattern, repl in _SYNONYMS:
        out = re.sub(pattern, repl, out)
    return out


def normalise_measure(name: str) -> Measure:
    """Reduce a printed measure name to its core, kind, direction and span.

    Parameters
    ----------
    name : str
        A measure as printed: an indicator row's name or a target's measure.

    Returns
    -------
    Measure

    Examples
    --------
    >>> m = normalise_measure("单位国内生产总值能源消耗降低")
    >>> m.core, m.kind, m.direction
    ('单位GDP能耗', 'change', 'down')
    >>> normalise_measure("单位GDP能源消耗降幅").core
    '单位GDP能耗'
    >>> normalise_measure("单位地区生产总值能耗累计降低").span
    'cumulative'
    >>> normalise_measure("数字经济核心产业增加值占GDP比例").core
    '数字经济核心产业增加值占GDP比重'
    >>> normalise_measure("森林覆盖率（%）").kind
    'level'
    """
    printed = re.sub(r"\s+", "", unicodedata.normalize("NFKC", name or ""))
    text = _LEAD_NUMBER.sub("", _BRACKETS.sub("", printed))
    span = None
    m = _SPAN_PREFIX.match(text)
    if m:
        span = "annual" if "年" in m["span"] and "累计" not in m["span"] else "cumulative"
        text = text[m.end():]
    kind, direction = "level", None
    m = _CHANGE.search(text)
    # 「增加值」 is a measure (value added), not a change: only a change verb at the end counts.
    if m and m.start() > 0 and not text.endswith("增加值"):
        kind = "change"
        direction = "down" if any(c in m["verb"] for c in _DOWN) else "up"
        if m["span"]:
            span = "annual" if "年" in m["span"] and "累计" not in m["span"] else "cumulative"
        text = text[: m.start()]
    core = normalise_phrase(text).rstrip("的")
    return Measure(printed, core, kind, direction, span, synonyms=core != text)


# Printed units grouped by what can be compared (figures in one group differ only in scale).
_UNIT_CLASSES: tuple[tuple[str, str], ...] = (
    (r"^%|百分点|%$", "percent"),
    (r"^(?:万亿|亿|万|千)?元(?:/人)?$|^美元$|^亿美元$", "money"),
    (r"吨标准煤/万元|吨标煤/万元|tce/万元", "energy_intensity"),
    (r"吨?二氧化碳/万元", "carbon_intensity"),
    (r"^(?:万|亿)?(?:千瓦|kW|KW|瓦)时?$", "power"),
    (r"^(?:万|亿)?吨(?:标准煤)?$", "mass"),
    (r"^(?:万|亿)?(?:亩|公顷|平方米|平方公里|m2|km2)$", "area"),
    (r"^(?:万|亿)?(?:立方米|m3)$", "volume"),
    (r"^(?:万|千)?(?:公里|千米|km|米|m)$", "length"),
    (r"^(?:万|亿)?(?:人|个|件|张|床|所|家|户|套|项|辆|座|处)$", "count"),
    (r"^岁$", "age"),
    (r"^年$", "years"),
    (r"^天$", "days"),
)


def unit_class(unit: str | None) -> str | None:
    """The comparable group of a printed unit, or None when no unit is printed.

    Examples
    --------
    >>> unit_class("亿元"), unit_class("万亿元"), unit_class("%"), unit_class("吨标准煤/万元")
    ('money', 'money', 'percent', 'energy_intensity')
    >>> unit_class(None), unit_class("微克/立方米")
    (None, '微克/立方米')
    """
    if not unit:
        return None
    u = re.sub(r"\s+", "", unicodedata.normalize("NFKC", unit))
    for pattern, cls in _UNIT_CLASSES:
        if re.search(pattern, u):
            return cls
    return u
