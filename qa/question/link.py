"""Entity linking: which graph entities a question names.

Users write names their own way: 新材料百亿园区 for 新材料百亿产业园, 何仙观水库
for 永州市零陵区何仙观水库工程, full-width digits, quotes. Each entity is indexed
under its label, its aliases and their *variants* (region prefixes, works
suffixes and park suffixes dropped or swapped, see :func:`name_variants`); a
question is matched against all of them at once, longest match first. When no
name matches whole, a partial match on character bigrams is tried.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Container, Iterable, Mapping, Sequence

from kg.extract.units import SHARE_WORDS

from .intent import normalise_question
from .ngrams import bigrams
from ..vocabulary import NAME_JOINER

__all__ = ["ABBREVIATIONS", "Link", "Shortened", "EntityIndex", "abbreviates", "kind_cut", "name_variants", "scan_forms", "widened",
           "shortens_one_member",
           "build_entity_index", "link_entities"]

_QUOTES = re.compile(r"[“”\"'‘’「」『』《》〈〉]")
_PAREN = re.compile(r"[（(][^（）()]{1,12}[）)]")
# A leading administrative prefix: 永州市, 零陵区, 湖南省永州市零陵区 … (2–4 characters + level word).
_ADMIN_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}?(?:省|自治区|市|州|区|县|旗))+")
_WORKS_SUFFIX = re.compile(r"(?:建设项目|建设工程|项目续建|工程项目|续建项目|项目|工程|续建)$")
_PARK_SUFFIXES = ("产业园区", "产业园", "工业园区", "工业园", "园区", "园")
_MIN_CORE = 3
# An indicator named by what it measures and a generic measure word (常住人口规模, 生产生活用水总量, 外资研发中心
# 数量) is asked without that word: 「常住人口要控制在多少」.
_MEASURE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?:规模|总量|数量)$")
#: The genre's 简称, the one table of them: what plans print → what users write (固投 for 固定资产投资).
#: Entity names are indexed under them wherever they hold the printed words (产业投资占固投比重, see
#: :func:`name_variants`), and asked measures are read back through them (:data:`qa.question.frame.MEASURE_SYNONYMS`).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "国内生产总值": ("GDP", "生产总值", "经济总量"),
    "地区生产总值": ("GDP", "生产总值", "经济总量"),
    "研发经费投入": ("R&D投入", "研发投入"),
    "研究与试验发展": ("R&D", "研发"),
    "研究与开发经费": ("研发经费", "研发投入", "R&D经费"),  # 「全社会研究与开发经费占国内生产总值的比例」(10th plan's wording)
    "研发经费投入强度": ("研发强度", "研发投入强度", "R&D强度"),
    "研究与试验发展经费支出占国内生产总值比重": ("研发强度", "研发投入强度", "R&D强度"),
    "研究与开发经费占国内生产总值比例": ("研发强度", "研发投入强度", "研发经费投入强度"),
    "研发经费投入占GDP比例": ("研发强度", "研发投入强度", "研发经费投入强度"),
    "研发经费投入占GDP比重": ("研发强度", "研发投入强度", "研发经费投入强度"),
    # 「全社会研发经费投入占地区生产总值比重达到4.0%左右」: a city's outline prints the intensity as the share it is
    "研发经费投入占地区生产总值比重": ("研发强度", "研发投入强度", "研发经费投入强度"),
    "研发经费投入占地区生产总值比例": ("研发强度", "研发投入强度", "研发经费投入强度"),
    "固定资产投资": ("固投",),
    "社会消费品零售总额": ("社零额", "社零", "社消零"),
    "规模以上工业增加值": ("规上工业增加值",),
    "规模以上": ("规上",),
    "常住人口城镇化率": ("城镇化率",),
    "能源消耗": ("能耗",),
    "一般公共预算收入": ("公共预算收入",),
    "生态保护红线": ("生态红线",),
    "固体废弃物": ("固废",),
    "固体废物": ("固废",),
    "危险废弃物": ("危废",),
    "危险废物": ("危废",),
    "风力发电": ("风电",),  # 大唐风力发电站 is asked 大唐风电站
    "光伏发电": ("光伏",),
    "每万人口有效发明专利拥有量": ("每万人口发明专利拥有量", "每万人口发明专利", "万人发明专利拥有量"),
}


@dataclass(frozen=True)
class Link:
    """An entity named in a question. ``score`` is 1 for a whole name, less for a variant or partial match."""

    node: str
    label: str
    type: str
    mention: str
    score: float


@dataclass(frozen=True)
class Shortened:
    """A span of a question that abbreviates entity names: ``names`` best first, each ``(label, score)``.

    ``start``/``end`` index the cleaned question (:func:`scan_forms`'s cleaning). ``unique`` is
    whether the best name is clearly the one meant (no second name scoring near it).
    """

    span: str
    start: int
    end: int
    names: tuple[tuple[str, float], ...]

    @property
    def unique(self) -> bool:
        best = self.names[0][0]
        # 「炸药1.1级工房…」 of 工业炸药危险等级为1.1级的… beside 工业炸药制品危险等级为1.1级的…: a rival that is the best name
        # with words put inside it (制品) is another thing the short form would have had to drop on purpose; a rival
        # with words before it (航空航天新材料产业园 beside 新材料产业园) is one the genre shortens so, and stays a rival.
        return all(score < _CLEAR_BEST * self.names[0][1] or widened(best, name) for name, score in self.names[1:])


def widened(name: str, other: str) -> bool:
    """Whether ``other`` is ``name`` with characters put in after its first (工业炸药危险… → 工业炸药制品危险…);
    characters after the name's last are allowed too (``other`` may be a window of a longer text).

    >>> widened("工业炸药危险等级", "工业炸药制品危险等级"), widened("新材料产业园", "航空航天新材料产业园")
    (True, False)
    """
    if len(other) <= len(name) or other[0] != name[0]:
        return False
    at = 0
    for ch in name:
        at = other.find(ch, at) + 1
        if at == 0:
            return False
    return True


#: A name's tail asked right after other words (财政收入|年均增长) is that other thing's, not the name's:
#: a tail abbreviates a name only at the start of the question or after a particle or a break.
_MODIFIED = re.compile(r"[\u4e00-\u9fff](?<![的和与及在是里中请问个])$")
#: Kinds of entity users shorten by the genre's rule: names of things (works, parks, indicators, places, bodies);
#: a strategy's or a task's name is a clause (资源利用效率显著提高), no name to shorten.
_SHORTENED_KINDS = {"Project", "Park", "Indicator", "Place", "Organization"}
#: Characters that name a kind of thing alone (仓 for 仓库, 园 for 园区): a short form may end in one cut from a head.
_KIND_CHARS = set("园仓库港站场馆院厂湖河路桥村镇城宫寺塔楼阁")
#: A character held by at most this many names (or 1 % of them) is a name's own, as 猫 of 猫儿岩水库灌区.
_RARE_NAMES = 3
#: 「规划建设哪些百亿园区」: after a question word the words name the kind asked, not one thing.
_ASKED_KIND = re.compile(r"(?:哪些|哪几个?|哪一?个|什么|几个|多少个|各个|所有|每个)$")
#: A second candidate scoring at least this share of the best one's makes an abbreviation ambiguous.
_CLEAR_BEST = 0.75


def abbreviates(short: str, name: str) -> float | None:
    """How well ``short`` abbreviates ``name`` (the share of the name it keeps), or None if it does not.

    The genre's 简称 keeps the name's characters in order and ends in its head kind,
    whole or cut (猫儿岩灌区 for 猫儿岩水库灌区, 保税仓 for 综合保税仓库, 航天新材料园 for
    航空航天新材料产业园): the last character is one of the name's last two, and at least
    two characters, one pair of them adjacent in the name, come from before it.

    Examples
    --------
    >>> abbreviates("猫儿岩灌区", "猫儿岩水库灌区"), abbreviates("保税仓", "综合保税仓库")
    (0.7142857142857143, 0.5)
    >>> abbreviates("航天新材料园", "航空航天新材料产业园")
    0.6
    >>> abbreviates("灌区", "猫儿岩水库灌区"), abbreviates("岩猫灌区", "猫儿岩水库灌区"), abbreviates("猫儿岩水库", "猫儿岩水库灌区")
    (None, None, None)
    >>> abbreviates("茶叶产业", "茶叶精深加工产业园")
    """
    return len(short) / len(name) if _kept(short, name) else None


def _kept(short: str, name: str) -> list[int] | None:
    """Where in ``name`` the characters of ``short`` stand when it abbreviates the name (:func:`abbreviates`)."""
    if len(short) < 3 or len(short) >= len(name):
        return None
    # Its head whole (灌区), or the head's kind character where the name ends in a two-character head (仓 of 仓库,
    # 园 of 园区) — never a cut that is another kind (产业 of 产业园).
    head = len(name) - 1 if name[-1] == short[-1] else len(name) - 2 if name[-2] == short[-1] in _KIND_CHARS else None
    if head is None:
        return None
    at, positions = 0, []
    for ch in short[:-1]:
        at = name.find(ch, at, head)
        if at < 0:
            return None
        positions.append(at)
        at += 1
    if not any(b == a + 1 for a, b in zip(positions, positions[1:])):
        return None
    return positions + [head]


def shortens_one_member(short: str, name: str) -> bool:
    """Whether ``short`` abbreviates a joint works' ``name`` by one member and the head the members share (月湖大桥工程
    of 月湖大桥和北岸大桥工程): read as the joint to find its paragraph, it still asks that member alone.

    >>> shortens_one_member("月湖大桥工程", "月湖大桥和北岸大桥工程"), shortens_one_member("猫儿岩灌区", "猫儿岩水库灌区")
    (True, False)
    """
    kept = _kept(short, name)
    return bool(kept) and _one_member(name, kept)


#: The join between the members of a joint works' name (「月湖大桥和北岸大桥工程」「清溪河、白沙河综合整治工程」).


def _one_member(name: str, kept: list[int]) -> bool:
    """Whether the characters ``kept`` of a joint works' ``name`` say one member and the head the members share: a
    member before a join, the join and the next member dropped (月湖大桥工程 of 月湖大桥和北岸大桥工程).

    >>> _one_member("月湖大桥和北岸大桥工程", [0, 1, 2, 3, 9, 10]), _one_member("月湖大桥和北岸大桥工程", [0, 1, 5, 6, 9, 10])
    (True, False)
    """
    for join in NAME_JOINER.finditer(name):
        j = join.start()
        after = [k for k in kept if k > j]
        if j not in kept and any(k < j for k in kept) and after and min(after) - (j + 1) >= 2:
            return True
    return False


def kind_cut(short: str, name: str) -> bool:
    """Whether ``short`` is ``name``'s own words before its park kind, the kind said by its last character alone
    (新材料园 of 新材料产业园, 河西园 of 河西工业园区): the genre's 简称 of a park however common its words are.

    >>> kind_cut("新材料园", "新材料产业园"), kind_cut("河西园", "河西工业园区"), kind_cut("新材料园", "航空航天新材料产业园")
    (True, True, False)
    >>> kind_cut("河西园", "河西新兴产业百亿园区")
    False
    """
    stem = short[:-1]
    return len(stem) >= 2 and name.startswith(stem) and name[len(stem):] in _PARK_SUFFIXES[:-1] and short[-1] == "园"


def _name_grams(name: str) -> frozenset[str]:
    """A name's bigrams without those holding a digit, the unit partial links are scored in.

    >>> sorted(_name_grams("1985年全国小学"))
    ['全国', '国小', '小学', '年全']
    """
    return frozenset(g for g in bigrams(name) if not re.search(r"\d", g))


def _clean(name: str) -> str:
    return _QUOTES.sub("", normalise_question(name))


def name_variants(name: str) -> set[str]:
    """Surface forms under which a name may be asked for.

    Examples
    --------
    >>> sorted(name_variants("永州市零陵区何仙观水库工程"))
    ['何仙观水库', '何仙观水库工程', '永州市零陵区何仙观水库', '永州市零陵区何仙观水库工程']
    >>> "新材料百亿园区" in name_variants("新材料百亿产业园")
    True
    >>> sorted(f for f in name_variants("产业投资占固定资产投资比重（%）") if "固投" in f)
    ['产业投资占固投占比', '产业投资占固投比例', '产业投资占固投比重', '产业投资占固投比重(%)']
    >>> sorted(name_variants("常住人口规模")), sorted(name_variants("供水规模"))
    (['常住人口', '常住人口规模'], ['供水规模'])
    """
    base = _clean(name)
    forms = {base}
    no_paren = _PAREN.sub("", base)
    if len(no_paren) >= _MIN_CORE:
        forms.add(no_paren)
    for full, shorts in ABBREVIATIONS.items():
        # 「产业投资占固定资产投资比重」 is asked 产业投资占固投比重. A short form that is only the printed word's
        # tail (生产总值) stands for the whole name alone: inside a longer name it would be another measure's.
        for f in list(forms):
            if full in f:
                forms.update(f.replace(full, s) for s in shorts if f == full or s not in full)
            # 「数字经济增加值占GDP比重」 printed short is asked in full too (占地区生产总值比重); a short form that is
            # the full word's own tail (生产总值) is no other name's.
            forms.update(f.replace(s, full) for s in shorts if s not in full and s in f and full not in f)
    for f in list(forms):
        stripped = _ADMIN_PREFIX.sub("", f)
        if len(stripped) >= _MIN_CORE and stripped != f:
            forms.add(stripped)
    for f in list(forms):
        core = _WORKS_SUFFIX.sub("", f)
        if len(core) >= _MIN_CORE:
            forms.add(core)
    for f in list(forms):
        forms.add(_MEASURE_TAIL.sub("", f))
    for f in list(forms):
        # 「制造业增加值占GDP比例」 is asked 制造业占GDP比重: an industry's share is its 增加值's.
        if "增加值占" in f:
            forms.add(f.replace("增加值占", "占"))
    for f in list(forms):
        # A share is printed as 比重, 比例 or 占比 (…占GDP比例 ↔ …占GDP比重).
        for head in SHARE_WORDS:
            if f.endswith(head):
                forms.update(f[: -len(head)] + h for h in SHARE_WORDS)
    for f in list(forms):
        for suf in _PARK_SUFFIXES:
            if f.endswith(suf) and len(f) - len(suf) >= 2:
                stem = f[: -len(suf)]
                forms.update(stem + s for s in _PARK_SUFFIXES if len(s) > 1)
                break
    return {f for f in forms if len(f) >= 2}


def scan_forms(text: str, forms: Container[str], lengths: Sequence[int]) -> list[str]:
    """The ``forms`` found whole in ``text`` (cleaned as names are), longest first, non-overlapping.

    ``lengths`` are the lengths of the forms, longest first: a text of n characters costs
    n × len(lengths) lookups, whatever the number of forms.

    Examples
    --------
    >>> scan_forms("何仙观水库工程的库容", {"何仙观水库", "何仙观水库工程", "库容"}, [7, 5, 2])
    ['何仙观水库工程', '库容']
    """
    q = _clean(text)
    spans: list[tuple[int, int, str]] = []
    for start in range(len(q)):
        for n in lengths:
            if start + n <= len(q) and q[start : start + n] in forms:
                spans.append((start, start + n, q[start : start + n]))
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    taken: list[tuple[int, int]] = []
    out = []
    for a, b, form in spans:
        if any(a < y and x < b for x, y in taken):
            continue
        taken.append((a, b))
        out.append(form)
    return out


class EntityIndex:
    """Surface forms → entity nodes, with one compiled pattern to scan a question."""

    def __init__(self, entities: Mapping[str, Mapping]):
        self._meta: dict[str, tuple[str, str]] = {}
        self._forms: dict[str, list[tuple[str, float]]] = defaultdict(list)
        # Names and aliases as printed (cleaned) of things users shorten, the names a 简称 may abbreviate (:meth:`abbreviated`).
        self._names: dict[str, list[str]] = defaultdict(list)
        for node, attrs in entities.items():
            label = str(attrs.get("label") or "")
            self._meta[node] = (label, str(attrs.get("type") or ""))
            # Label, then aliases, as listed: a set's order differs per process, and the first form met wins ties.
            exact = dict.fromkeys(_clean(n) for n in [label, *(attrs.get("aliases") or [])] if n)
            for name in exact:
                if attrs.get("type") in _SHORTENED_KINDS:
                    self._names[name].append(node)
                for form in name_variants(name):
                    self._forms[form].append((node, 1.0 if form in exact else 0.9))
        # Lookups by length: a question of n characters costs n × (number of lengths) dict probes.
        self._lengths = sorted({len(f) for f in self._forms}, reverse=True)
        # Partial matching goes through an inverted index so its cost follows the question, not the corpus.
        # A year or number in a name (「1985年全国小学」) is no part of what makes it that thing: a question
        # sharing only the year and 全国 does not name it.
        self._bigram_forms = [(f, grams) for f in self._forms if len(f) >= 4 and len(grams := _name_grams(f)) >= 2]
        self._by_bigram: dict[str, list[int]] = defaultdict(list)
        for i, (_, grams) in enumerate(self._bigram_forms):
            for g in grams:
                self._by_bigram[g].append(i)

    def __len__(self) -> int:
        return len(self._meta)

    def label(self, node: str) -> str:
        return self._meta[node][0]

    def _make(self, node: str, mention: str, score: float) -> Link:
        label, type_ = self._meta[node]
        return Link(node, label, type_, mention, score)

    @property
    def forms(self) -> list[str]:
        """Every surface form indexed (names, aliases and their variants), sorted."""
        return sorted(self._forms)

    def exact(self, text: str) -> list[Link]:
        """Whole-name matches, longest first, non-overlapping."""
        out: list[Link] = []
        for form in scan_forms(text, self._forms, self._lengths):
            # A whole name before a variant of a longer one; the IRI breaks ties so any graph order links alike.
            for node, score in sorted(self._forms[form], key=lambda t: (-t[1], t[0])):
                out.append(self._make(node, form, score))
        return out

    def partial(self, text: str, *, threshold: float = 0.75) -> list[Link]:
        """Names most of whose character bigrams occur in ``text`` (for abbreviated wording)."""
        q = bigrams(_clean(text))
        hits: dict[int, int] = defaultdict(int)
        for g in q:
            for i in self._by_bigram.get(g, ()):
                hits[i] += 1
        found: dict[str, Link] = {}
        for i, n in sorted(hits.items()):  # forms in index order, not the question's bigram set's order
            form, grams = self._bigram_forms[i]
            share = n / len(grams)
            if share >= threshold:
                for node, _ in self._forms[form]:
                    if node not in found or found[node].score < share * 0.8:
                        found[node] = self._make(node, form, share * 0.8)
        return sorted(found.values(), key=lambda l: (-l.score, -len(l.mention), l.node))

    @functools.cached_property
    def _name_df(self) -> Counter:
        """Per character, the number of names holding it (what makes a character a name's own)."""
        return Counter(c for name in self._names for c in set(name))

    def abbreviated(self, text: str, *, nodes: Container[str] | None = None) -> list[Shortened]:
        """Spans of ``text`` that abbreviate a name (:func:`abbreviates`) and no whole name covers.

        Longest spans first, non-overlapping; a span's candidate names best first (only the
        names of ``nodes`` when given, e.g. one plan's). A span that is itself a name or a
        variant of one is that name, not an abbreviation of another. A span keeps one of the
        name's own characters (those few names hold, :data:`_RARE_NAMES`): 风电项目 is a kind,
        not 大庆坪风电场工程项目; after 哪些/几个 it names the kind asked. A span that is a piece of the name (年均增长) right after other
        words (财政收入年均增长) is theirs. A name asked whole with 的 between its words
        (最终消费对GDP的贡献率) is found here too, as that name (score 1).
        """
        q = _clean(text)
        whole = _spans(text, self._forms, self._lengths)
        rare = {c: self._name_df[c] <= max(_RARE_NAMES, len(self._names) // 100) for c in set(q)}
        chars = set(q)
        found: dict[tuple[int, int], dict[str, float]] = defaultdict(dict)
        admitted: set[tuple[int, int]] = set()
        for name, owners in self._names.items():
            if nodes is not None and not any(n in nodes for n in owners):
                continue
            if len(chars.intersection(name)) < 3:
                continue
            for end in range(3, len(q) + 1):
                if q[end - 1] not in name[-2:]:
                    continue
                for start in range(0, end - 2):
                    span = q[start:end]
                    # 「最终消费对GDP的贡献率」 names 最终消费对GDP贡献率 whole: a 的 put between its words is no part of it.
                    if span.replace("的", "") == name:
                        if "的" in span and not any(a <= start and end <= b for a, b in whole):
                            found[(start, end)][name] = 1.0
                            admitted.add((start, end))
                        break
                    score = abbreviates(span, name)
                    if score is None:
                        continue
                    # A piece of the name (年均增长, 保税仓) asked right after other words is theirs.
                    if (not any(a <= start and end <= b for a, b in whole) and not _ASKED_KIND.search(q[:start])
                            and not (span in name and not name.startswith(span) and _MODIFIED.search(q[:start]))):
                        found[(start, end)][name] = score
                        # The name's own characters (税, 猫, 婴), not only words many names share (风电, 项目, 新材料) —
                        # or a name's own words before its kind cut to 园 (新材料园 of 新材料产业园): a short form of
                        # something, whose rivals are every name it shortens (航空航天新材料产业园 too).
                        if any(rare[c] for c in span[:-1]) or kind_cut(span, name):
                            admitted.add((start, end))
                    break
        out: list[Shortened] = []
        for (start, end), names in sorted(found.items(), key=lambda kv: (kv[0][0] - kv[0][1], kv[0][0])):
            if (start, end) not in admitted or any(start < b and a < end for a, b in ((s.start, s.end) for s in out)):
                continue
            # One thing printed under two names (新材料百亿产业园, also printed 新材料产业园): its best-shortened name only,
            # so the thing is not its own rival.
            names = {n: v for n, v in names.items()
                     if not any(m != n and (w, m) > (v, n) and set(self._names[m]) & set(self._names[n]) for m, w in names.items())}
            # One thing printed with and without its region (永州市电子信息产业园暨电镀中心): the shorter name stands for both.
            names = {n: v for n, v in names.items()
                     if not any(n != m and n.endswith(m) and _ADMIN_PREFIX.fullmatch(n[: -len(m)]) for m in names)}
            ranked = tuple(sorted(names.items(), key=lambda kv: (-kv[1], kv[0])))
            out.append(Shortened(q[start:end], start, end, ranked))
        return sorted(out, key=lambda s: s.start)


def _spans(text: str, forms: Container[str], lengths: Sequence[int]) -> list[tuple[int, int]]:
    """Where :func:`scan_forms` finds its forms in the cleaned ``text``: ``(start, end)`` pairs."""
    q, out, at = _clean(text), [], {}
    for form in scan_forms(text, forms, lengths):
        start = q.find(form, at.get(form, 0))
        at[form] = start + 1
        out.append((start, start + len(form)))
    return out


def build_entity_index(entities: Mapping[str, Mapping]) -> EntityIndex:
    """Index ``{node: {"label", "type", "aliases"}}`` for linking.

    Examples
    --------
    >>> idx = build_entity_index({"p1": {"label": "新材料百亿产业园", "type": "Park"}})
    >>> [l.label for l in link_entities(idx, "哪些项目支持新材料百亿园区？")]
    ['新材料百亿产业园']
    """
    return EntityIndex(entities)


def link_entities(
    index: EntityIndex,
    question: str,
    *,
    types: Iterable[str] | None = None,
    partial: bool = True,
    limit: int = 10,
) -> list[Link]:
    """Entities named in ``question``: whole names first, then partial matches if none.

    Within one mention, links keep the index's order; callers that want one
    entity per mention pick by type.
    """
    wanted = set(types) if types else None
    links = [l for l in index.exact(question) if wanted is None or l.type in wanted]
    if not links and partial:
        links = [l for l in index.partial(question) if wanted is None or l.type in wanted]
    seen: set[str] = set()
    out = []
    for l in links:
        if l.node not in seen:
            seen.add(l.node)
            out.append(l)
    return out[:limit]
