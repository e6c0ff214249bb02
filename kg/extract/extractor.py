"""Information extraction: a parsed plan (:class:`~kg.document.Document`) → :class:`~kg.facts.Facts`.

Everything is read from the genre's conventions, never from lists of one
plan's names:

* 专栏 items are projects (named by the text before the first 。/，), listed
  in their box and group; an item whose name is only a category (城市片区开发)
  lends the box to the works it enumerates instead;
* the indicator table gives indicators, the glossary gives terms, ——-led
  lines under a 目标 heading give goals, paragraph headlines under a 定位
  heading give strategic positionings;
* in prose, works, parks, organisations, places, industries and slogans are
  found by their head words and by enumerations closed with 等 + a head noun
  (see :mod:`kg.extract.mentions`, :mod:`kg.extract.enumerations`);
* a paragraph headed by a park (「打造新材料百亿产业园。…」) makes the works
  and enterprises it names support / belong to that park;
* figures (:mod:`kg.extract.units`) go to the box item they are printed in and to
  the entity their clause is about;
* targets and actuals (:mod:`kg.extract.targets`) go to what their clause names,
  else to the box item or the park a paragraph is headed by, else to the plan's
  region; the indicator table's rows are targets too, linked to the prose
  targets of the same measure (:mod:`kg.extract.target_links`);
* a work listed in a park's box is that park's work: same-named works in two
  parks' boxes are two entities (:meth:`~kg.extract.registry.Registry.settle_contexts`).

Each entity's ``sources`` are all paragraphs that print one of its names.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

from kg.document import Box, Document, Paragraph
from kg.extract.clauses import clause_start
from kg.extract.enumerations import Enumeration, find_enumerations, head_type
from kg.extract.figure_context import locates_another_work, not_of_the_work
from kg.facts import Facts, Quantity, Target
from kg.extract.mentions import (
    find_industries,
    find_located,
    find_organizations,
    find_places,
    find_slogans,
    find_works,
    is_kind_of_works,
    lead_phrase,
    not_an_industry,
)
from kg.extract.names import (
    WORKS_SUFFIXES,
    clean_name,
    ends_with_works_suffix,
    is_broad_plan,
    is_park_name,
    region_prefixes,
)
from kg.extract.occurrences import Occurrences
from kg.extract.registry import NodeId, Registry
from kg.extract.resolve import (
    add_sources,
    locate_by_name,
    match_terms,
    merge_led_by_region,
    merge_places_named_as_works,
    merge_works_named_as_bodies,
)
from kg.extract.spans import (GENERIC_START, Mention, has_name_part, has_proper_part, has_verb, is_all_common,
                              is_common_word, tokens)
from kg.extract.targets import (
    PlanPeriod,
    TargetMention,
    find_targets,
    is_goal_heading,
    is_review_heading,
    normalise_measure,
    plan_period,
)
from kg.extract.review_tables import review_period
from kg.extract.target_links import indicator_targets, link_targets
from kg.extract.units import parse_quantities

__all__ = ["EXTRACTION_VERSION", "extract_facts", "box_key"]

#: Bumped whenever extraction output changes for the same document (build folders key on it).
EXTRACTION_VERSION = "68"

_ACTIVITY_TAIL = ("建设", "改造", "开发", "治理", "整治", "修复", "搬迁", "续建", "升级", "保护", "提质", "处理", "利用", "节能")
_PROJECT_BOX = re.compile(r"项目|工程")
# A box item's body opening by setting works in motion: 。实施乡镇污水处理厂建设项目，…; 。推进永州师范高等专科学校二期工程
_OPENING_WORKS = re.compile(r"^[。，,：:\s]*(?:持续|加快|积极|重点)?(?:实施|推进|建设|新建|续建|开展|打造|启动|开工建设)"
                            r"[^，,。；;]*?(?:项目|工程|站场|水厂|电站)")
# What parts two works of a list (A、B; A，实施B): not 至, which joins a route's ends (荔枝路至南津渡大桥).
_LIST_GAP = re.compile(r"(?:（[^（）]*）)?[、，,；;]\s*(?:实施|建设|推进|新建|续建|打造)?")
# Heads of works named by everyday words (荔枝路, 东风大桥, 醉僧楼): never a mere part.
_NAMED_HEADS = ("路", "街", "道", "桥", "楼", "馆", "阁", "亭", "塔", "寺", "庙", "院", "学校", "小学", "中学", "渠", "河", "湖")
# A named site inside a works name (猫儿岩水库灌区, 贤水河风光带): the work is that site's.
_SITE_WORD = re.compile(r"水库|[河江湖山岭岩洲][^道]|[河江湖山岭岩洲]$|[镇乡村]")
# A box heading led by a whole area (城市, 城镇, 农村, 全区 …) speaks of works spread over it, not one site.
_SCOPE = re.compile(r"^(?:城市|城镇|农村|乡村|全区|全市|全县|全省|各)")
_ITEM_LIKE = re.compile(r"^([\u4e00-\u9fff]{4,20}(?:项目|工程))。")
_PARK_HEAD_TAIL = re.compile(r"(?:重点|重大|主要)?(?:建设)?(?:项目|工程)$")
_PLACE_HINT = re.compile(r"(?:江|河|溪|湖|水|镇|乡|村|街道|社区)$")
_SKIP_KINDS = {"box_group", "indicator", "term", "notice"}
_ADMIN_END = r"(?:省|市|区|县|州|盟|旗|国)$"
_COUNTED_FACILITY = re.compile(r"^(?:[0-9]+|[一二两三四五六七八九十]+)[个座处]?[\u4e00-\u9fff]{0,6}?(?:站场|站|水厂|厂|电站|码头|中心)")
_FACILITY_END = re.compile(r"(?:站场|站|水厂|厂|电站|风电场|码头)$")


def extract_facts(doc: Document, *, progress: Callable[[str], None] | None = None) -> Facts:
    """Extract the entities, relations and quantities of a plan.

    Parameters
    ----------
    doc : Document
        A parsed plan (:func:`kg.ingest.parse.parse_file`).
    progress : callable, optional
        Called with the name of each stage as it starts.

    Returns
    -------
    Facts
        Entities keyed ``<type>/<label>``; relations between entity keys or
        structural references (``box:7.1``, ``boxgroup:26.3-g01``); every
        entity, relation and quantity cites its paragraphs.

    Examples
    --------
    >>> from kg.document import Box, BoxItem, Document, Heading, HeadingPath, Paragraph
    >>> h = Heading("box", "1.1", "重点项目")
    >>> p = Paragraph("box1.1-i01", "梁山岐风电场，建设装机10万千瓦风力发电场。", HeadingPath(box=h), "box_item")
    >>> box = Box(h, HeadingPath(box=h), [BoxItem(p, "梁山岐风电场")], [], [p])
    >>> from kg.document import Chapter, Part
    >>> doc = Document("t", "某县国民经济和社会发展第十四个五年规划纲要", "t.txt", "0",
    ...     parts=[Part(Heading("part", 1, "篇"), chapters=[Chapter(Heading("chapter", 1, "章"), boxes=[box])])])
    >>> facts = extract_facts(doc)
    >>> e = facts.entities["Project/梁山岐风电场"]
    >>> [(q.kind, q.value, q.unit) for q in e.quantities]
    [('capacity', 100000000.0, 'W')]
    >>> [(r.predicate, r.object) for r in facts.relations if r.subject == e.key]
    [('listedIn', 'box:1.1')]
    """
    say = progress or (lambda stage: None)
    prefixes = region_prefixes(doc)
    reg = Registry(prefixes)
    state = _State(reg, doc)
    say("region")
    _region(state)
    say("glossary")
    _glossary(state)
    say("indicators")
    _indicators(state)
    say("goals")
    _goals_and_positions(state)
    say("boxes")
    _categories(state)
    for box in doc.boxes():
        _box(state, box)
    say("prose")
    _prose(state)
    reg.settle_contexts()
    say("targets")
    _targets(state)
    say("relations")
    merge_places_named_as_works(reg)
    locate_by_name(reg, doc, exclude=state.region)
    merge_led_by_region(reg)
    merge_works_named_as_bodies(reg)
    match_terms(reg, doc)
    say("sources")
    add_sources(reg, doc)
    facts = reg.finish(doc.plan_id)
    facts.targets = link_targets(facts.targets, facts)
    return facts


class _State:
    """The registry plus what extraction remembers per paragraph while it reads."""

    def __init__(self, reg: Registry, doc: Document) -> None:
        self.reg = reg
        self.doc = doc
        self.mentions: dict[str, list[tuple[int, int, NodeId]]] = {}
        self.region: set[NodeId] = set()
        self.item_nodes: dict[str, NodeId] = {}  # box item paragraph id → its project
        self.broad = is_broad_plan(doc)  # a nation's or province's plan: its prose speaks of kinds of works
        self.categories: set[str] = set()  # headings over the works they list (垃圾处理): no works anywhere
        self.roles: set[str] = set()  # positionings of the plan's region (生态宜居新城): no works anywhere
        self.parts: set[tuple[str, str]] = set()  # (box item, label): a part of the item's work, no work itself
        self.alone: dict[str, bool] = {}  # place label → whether the plan ever prints it outside a longer name
        self._occurrences: Occurrences | None = None  # the paragraphs' texts indexed, built on first use
        self.uses: dict[str, bool] = {}  # name word → whether the plan prints it in two compounds (see attested)
        self.titles: set[NodeId] | None = None  # works a 专栏 item's own title names (see _named_work)

    def attested(self, word: str) -> bool:
        """Whether the plan uses ``word`` as a name: printed in two compounds or more (东山变电站, 东山景区),
        not only in one (博士后 in 博士后工作站, 安宁 in 安宁疗护中心). A nation's plan names a province or a
        river once in passing, so there every name word is taken as printed."""
        if self.broad:
            return True
        if word not in self.uses:
            occ = self.occurrences()
            nexts = {occ.texts[i][end:end + 1] for i, start, end in occ.find(word)
                     if not is_common_word(occ.texts[i][start - 1:start + 1], 1000) or start == 0}  # 围|绕城
            self.uses[word] = len(nexts) >= 2
        return self.uses[word]

    def occurrences(self) -> Occurrences:
        """Where the plan prints a word (see :class:`~kg.extract.occurrences.Occurrences`)."""
        if self._occurrences is None:
            self._occurrences = Occurrences([p.text for p in self.doc.paragraphs()])
        return self._occurrences

    def note(self, para: Paragraph, start: int, end: int, nid: NodeId) -> None:
        self.mentions.setdefault(para.id, []).append((start, end, nid))


def box_key(box: Box) -> str:
    """The key a box is cited by: its printed number, else the key in its paragraph ids.

    Examples
    --------
    >>> from kg.document import Box, Heading, HeadingPath, Paragraph
    >>> box_key(Box(Heading("box", "7.1", "重点项目"), HeadingPath()))
    '7.1'
    >>> p = Paragraph("boxch04-1-i01", "x", HeadingPath())
    >>> box_key(Box(Heading("box", None, "重点项目"), HeadingPath(), paragraphs=[p]))
    'ch04-1'
    """
    if box.heading.number is not None:
        return str(box.heading.number)
    for p in box.paragraphs:
        m = re.match(r"^box(?P<key>.+)-[a-z]\d+$", p.id)
        if m:
            return m["key"]
    return box.heading.title


# ------------------------------------------------------------------ structure


def _region(state: _State) -> None:
    """The plan's own region (零陵区, alias 零陵) and the areas it lies in (永州市)."""
    full = [p for p in state.reg.prefixes if len(p) >= 3 and re.search(_ADMIN_END, p)]
    singles = [p for p in full if not any(q != p and p.startswith(q) for q in full)]
    for name in singles:
        bare = re.sub(r"(?:省|市|区|县|州|盟|旗)$", "", name)
        nid = state.reg.add("Place", name, primary=True, aliases=(bare,) if len(bare) >= 2 else ())
        state.region.add(nid)
    for compound in (p for p in full if p not in singles):  # 永州市零陵区: 零陵区 lies in 永州市
        outer = max((q for q in singles if compound.startswith(q)), key=len)
        inner = compound[len(outer):]
        source = next((p.id for p in state.doc.paragraphs() if compound in p.text), None)
        if inner in singles and source:
            state.reg.relate(state.reg.node_id("Place", inner), "locatedIn", state.reg.node_id("Place", outer), source)


def _glossary(state: _State) -> None:
    for term in state.doc.glossary:
        printed = re.match(r"^\s*\d*[.、．]?\s*(?P<name>[^：:]{1,30})[：:]", term.paragraph.text)
        aliases = (printed["name"].strip(),) if printed else ()
        nid = state.reg.add("Term", term.name, source=term.paragraph.id, primary=True, aliases=aliases)
        state.reg.nodes[nid].attributes["definition"] = term.definition


def _indicators(state: _State) -> None:
    tables: dict[str, set[str | None]] = {}
    for ind in state.doc.indicators:
        tables.setdefault(ind.name.strip(), set()).add(ind.table)
    period = plan_period(state.doc.title)
    # a table reviewing the period before (规划目标 / 完成情况): its rows are that period's, never the plan's own
    reviews = {title: review_period(title, [i for i in state.doc.indicators if i.table == title], period)
               for title in {ind.table for ind in state.doc.indicators}}
    for ind in state.doc.indicators:
        name = ind.name.strip()
        # a row named alike in two tables (the last period's outcomes, this period's targets) is two indicators
        context = ind.table if len(tables[name]) > 1 else None
        nid = state.reg.add("Indicator", name, source=ind.paragraph.id, primary=True,
                            aliases=(re.sub(r"\s+", "", name),), context=context)
        attrs = state.reg.nodes[nid].attributes
        attrs["category"] = ind.category
        if ind.number:  # a row printed in two (执业医师数 / 注册护士数 under one 序号) is one numbered indicator
            attrs["rowNumber"] = str(ind.number)
        for key, value in (("unit", ind.unit), ("attribute", ind.attribute), ("baseYear", ind.base_year),
                           ("targetYear", ind.target_year), ("tableTitle", ind.table)):
            if value not in (None, ""):
                attrs[key] = str(value)
        if ind.actual_year and (ind.actual.raw or ind.actual_growth.raw):
            attrs["actualYear"] = str(ind.actual_year)
        for prefix, cell in (("base", ind.base), ("target", ind.target), ("growth", ind.growth),
                             ("actual", ind.actual), ("actualGrowth", ind.actual_growth)):
            if cell.raw:
                attrs[prefix if "rowth" in prefix else prefix + "Value"] = cell.raw
            if cell.value is not None:
                attrs[prefix + "Number"] = repr(cell.value)
        qualifier = ind.target.qualifier or ind.growth.qualifier
        if qualifier:
            attrs["qualifier"] = qualifier
        if reviews[ind.table]:
            attrs["reviewPeriod"] = reviews[ind.table]


def _goals_and_positions(state: _State) -> None:
    """——-led lines under a 目标 heading are goals; headlines under a 定位 heading are positionings."""
    for chapter in state.doc.chapters():
        blocks = [(chapter.heading.title, chapter.preamble)] + [(s.heading.title, s.paragraphs) for s in chapter.sections]
        for title, paragraphs in blocks:
            for p in paragraphs:
                lead = lead_phrase(p.text, max_len=24)
                if not lead:
                    continue
                if "目标" in title and re.match(r"^\s*[—－―-]{1,2}", p.text):
                    state.reg.add("Goal", lead, source=p.id, primary=True)
                elif "定位" in title and len(lead) <= 12:
                    state.reg.add("Strategy", lead, source=p.id, primary=True)
                    state.roles.add(lead)  # 生态宜居新城: a role the plan gives its region, no work anywhere


# ---------------------------------------------------------------------- boxes


def _box(state: _State, box: Box) -> None:
    key = box_key(box)
    project_box = bool(_PROJECT_BOX.search(box.heading.title + "".join(box.groups)))
    # 专栏3.1 竹木循环产业园重点项目: the box's projects serve the park its title names
    parks = [m for m in find_works(_PARK_HEAD_TAIL.sub("", box.heading.title), prefixes=state.reg.prefixes)
             if m.type == "Park"]
    park = state.reg.add("Park", parks[-1].label) if parks else None
    for item in box.items:
        p = item.paragraph
        context = parks[-1].label if parks else _group_context(state, item.group)
        found = _paragraph(state, p, relaxed=True, own=len(item.name or ""))
        works = [(m, nid) for m, nid in found if state.reg.nodes[nid].type in ("Project", "Park")]
        label = _item_label(item.name, project_box or bool(item.group), broad=state.broad)
        body_works = [(m, nid) for m, nid in works if m.start >= len(item.name or "")]
        if label in state.categories or label in state.roles:
            label = None  # 农村土地整理与开发项目。实施A、B、C: the item heads the works it lists
        if label and (ends_with_works_suffix(label) or not _lists_works(p.text, body_works)):
            type_ = "Park" if is_park_name(label) else "Project"
            nid = state.reg.add(type_, label, source=p.id, primary=True, context=context)
            state.item_nodes[p.id] = nid
            state.note(p, 0, len(item.name or ""), nid)
            _listed(state, nid, box, key, item.group, p)
            if park is not None:
                state.reg.relate(nid, "supports", park, p.id)
            for q, owner in _item_figures(p.text, p.id, body_works, len(item.name or "")):
                state.reg.add_quantity(owner or nid, q)
            sites = {state.reg.node_id(m.type, m.label) for m in find_located(p.text, prefixes=state.reg.prefixes)}
            for site in sites:  # 项目选址珠山镇…: the item lies there
                state.reg.relate(nid, "locatedIn", site, p.id)
            if type_ == "Park":  # what a park's entry names serves the park
                _members(state, nid, found, p)
            else:
                for _, sub in body_works:
                    if sub not in sites:
                        state.reg.relate(nid, "includes", sub, p.id)
                for sub in _title_members(item.name or "", works, nid):
                    state.reg.relate(nid, "includes", sub, p.id)  # a joint works holds its members, not their figures
        else:
            for _, sub in body_works:  # a category item: the works it lists are the box's projects
                _listed(state, sub, box, key, item.group, p)
            # 重大科技项目。建设X。总投资…: the figures are X's (not where X only places another work)
            if len({sub for _, sub in body_works}) == 1 and not locates_another_work(p.text, body_works[0][0].end):
                named_at = body_works[0][0].end
                for at, q in _located(p.text, p.id):  # …those printed after X is named (新建…公路120万公里，…通公路: not)
                    # …a count there is of what the item creates beside X (孵化器1个, 平台10个), not of X
                    if at >= named_at and q.kind != "count" and not not_of_the_work(p.text, at, q.raw, q.unit):
                        state.reg.add_quantity(body_works[0][1], q)


def _located(text: str, source: str) -> Iterator[tuple[int, Quantity]]:
    """The figures of ``text`` with where each is printed (-1 when its printed form is not found again)."""
    pos = 0
    for q in parse_quantities(text, source=source):
        at = text.find(q.raw, pos)
        if at >= 0:
            pos = at + len(q.raw)
        yield at, q


def _item_figures(text: str, source: str, works: list[tuple[Mention, NodeId]],
                  heading_end: int = 0) -> Iterator[tuple[Quantity, NodeId | None]]:
    """A box item's figures, each with the work its clause names (政通五路（长约1.3 km，宽36 m）), else None (the item's).

    A figure in brackets belongs to the work printed right before them (the
    item's own when they follow its heading, ending at ``heading_end``); the
    brackets of a road the finders did not take as a work (人和一路（长约1.4 km）)
    give no figure at all. Else a figure belongs to the last work named earlier
    in its clause, or in the clause just before when that one gave it a figure
    (石坝仔水库灌区渠道21.5km，灌溉面积5.96万亩). Only works count: 湘江、潇水治理69.5km
    is the item's river works, not the rivers'. A grade, a norm per unit, a class
    size, a shift or a count of enterprises (:func:`kg.extract.figure_context.not_of_the_work`)
    is no figure of any work.
    """
    last: tuple[int, NodeId] | None = None  # the clause that last gave a figure to a named work
    for at, q in _located(text, source):
        if at < 0:
            yield q, None
            continue
        if not_of_the_work(text, at, q.raw, q.unit):
            continue
        if _in_brackets(text, at):  # inside brackets: whose brackets they are
            opened = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
            owner = next((nid for m, nid in works if m.end == opened), None)
            if owner is not None or opened <= heading_end + 1:
                yield q, owner
            continue
        seps = list(re.finditer(r"[，,。；;：:、]", _unbracketed(text[:at])))
        clause_start = seps[-1].end() if seps else 0
        named = [(m.start, nid) for m, nid in works if clause_start <= m.start and m.end <= at
                 and not _in_brackets(text, m.start)  # 古城路（萍洲大桥至东风大桥段）全长2.7km: 古城路's
                 and not locates_another_work(text, m.end)
                 and (text[m.end:m.end + 1] not in "（(" or _in_brackets(text, at))]  # its figures were in its brackets
        if named:
            last = (len(seps), max(named)[1])
            yield q, last[1]
        elif last and last[0] == len(seps) - 1 and seps[-1].group() in "，,":
            # 石坝仔水库灌区渠道21.5km，灌溉面积5.96万亩: the clause goes on about the work just named with a
            # figure. One opening with a work of its own that is not taken as a name (…，国营泵站提水灌区渠道201km，
            # 灌溉面积12.3万亩) is that work's, and so are the clauses going on about it: no owner we know, no figure.
            last = (len(seps), None if _names_a_work(text[clause_start:at]) else last[1])
            if last[1] is not None:
                yield q, last[1]
        else:
            yield q, None


def _names_a_work(lead: str) -> bool:
    """Whether the words before a clause's figure hold a works head (灌区, 渠, 站 …): a subject of their own.

    >>> _names_a_work("国营泵站提水灌区渠道"), _names_a_work("灌溉面积")
    (True, False)
    """
    return any(head in lead for head in WORKS_SUFFIXES)


def _in_brackets(text: str, at: int) -> bool:
    """Whether ``text[at]`` sits inside （…）."""
    opened = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
    return opened > max(text.rfind("）", 0, at), text.rfind(")", 0, at))


def _unbracketed(text: str) -> str:
    """``text`` with what its brackets hold blanked (same length): their commas split no clause."""
    return re.sub(r"[（(][^（()）]*[）)]", lambda m: " " * len(m[0]), text)


def _group_context(state: _State, group: str | None) -> str | None:
    """The park a box group heading names (（一）城东园区), which scopes the names of its works."""
    if not group:
        return None
    parks = [m for m in find_works(_PARK_HEAD_TAIL.sub("", group), prefixes=state.reg.prefixes) if m.type == "Park"]
    return parks[-1].label if parks else None


def _lists_works(text: str, works: list[tuple[Mention, NodeId]]) -> bool:
    """Whether ``text`` enumerates two or more of ``works`` (实施A、B、C项目): the item is a category."""
    for enum in find_enumerations(text):
        named = sum(any(m.start <= w.end and w.start <= m.end for w, _ in works) for m in enum.items)
        if named >= 2:
            return True
    return False


def _categories(state: _State) -> None:
    """Note the headings of box items (and of prose paragraphs shaped like them) that head categories of works,
    and the parts a work's item lists (its body's works with nothing proper: 快递分拨中心, 太阳能光伏电站).

    Read before any paragraph is filed, so a category becomes no node where
    prose names it again (推进人居环境整治工程), nor a part anywhere in its item.
    """
    if state.broad:
        return  # a nation's box item heads a named programme (种养业良种工程→建设…中心、…基地)
    prefixes = state.reg.prefixes
    heads: list[tuple[str, str, int]] = []  # (heading, paragraph text, where the body starts)
    for box in state.doc.boxes():
        project_box = bool(_PROJECT_BOX.search(box.heading.title + "".join(box.groups)))
        for item in box.items:
            label = _item_label(item.name, project_box or bool(item.group), broad=state.broad)
            if label:
                heads.append((label, item.paragraph, len(item.name or "")))
    for p in state.doc.paragraphs():
        m = _ITEM_LIKE.match(p.text)  # 高等教育提质项目。推进…: a box item printed as prose
        if p.kind not in _SKIP_KINDS and p.kind != "box_item" and m:
            heads.append((m[1], p, len(m[1])))
    for label, p, at in heads:
        works = [m for m in find_works(p.text, prefixes=prefixes, relaxed=True, broad=state.broad)
                 if m.start >= at and m.type in ("Project", "Park")]
        if _category_heading(label, p.text, at, works, prefixes):
            state.categories.add(label)
        elif ends_with_works_suffix(label):  # 优速物流园。…建设快递分拨中心、智慧仓储…: the work's parts
            state.parts |= {(p.id, m.label) for m in works if _is_part(m.label, label, prefixes)}


def _category_heading(label: str, text: str, at: int, works: list[Mention], prefixes: tuple[str, ...]) -> bool:
    """Whether a box item's heading names a category over the works its body names, not one work.

    The genre's mark: the body opens by setting a named work in motion
    (高等教育提质项目。推进永州师范高等专科学校二期工程…) or names two works or
    more in a list (产业融合发展项目。建设梦里故乡·田园综合体、富家桥田园综合体…),
    while the heading holds nothing proper. Proper: a figure, a Latin letter or
    a quotation, the plan's region (零陵汽车东站), a place word, or a work the
    body names (怀素路景区路网建设工程 over 怀素路…). A body restating the
    heading (开展区级中医院能力提升项目建设) makes it a work; so does a network
    head (路网, 管网), whose body lists its roads and pipes. ``text`` is the
    item's paragraph, its body starting at ``at``; ``works`` the body's works.
    """
    core = re.sub(r"(?:建设)?(?:项目|工程)$", "", re.sub(r"[（(][^）)]*[）)]$", "", label))
    if _capacity_of_a_field(core, prefixes) or _counts_its_heading(core, text[at:]):
        return True
    blanked = list(text)
    for m in works:  # 建筑垃圾处理再生利用项目 does not restate 垃圾处理
        blanked[m.start:m.end] = " " * (m.end - m.start)
    body = "".join(blanked)[at:]
    if core in body or core.endswith(("路网", "管网", "网")) or _proper_heading(label, prefixes):
        return False
    if any(m.label in label for m in works):
        return False
    listed = [m for m in works if label not in m.label and not _in_brackets(text, m.start)]
    enumerated = any(_LIST_GAP.fullmatch(text[a.end:b.start]) and a.label != b.label for a, b in zip(listed, listed[1:]))
    return enumerated or bool(_OPENING_WORKS.match(text[at:])) or _measured_works(text[at:])


def _capacity_of_a_field(core: str, prefixes: tuple[str, ...]) -> bool:
    """Whether a heading builds the capacity of a field (卫生应急能力建设): measures, not a work — unless an
    institution or a name holds the capacity (区级中医院能力提升).

    >>> _capacity_of_a_field("卫生应急能力建设", ()), _capacity_of_a_field("区级中医院能力提升", ())
    (True, False)
    """
    m = re.fullmatch(r"(?P<field>[\u4e00-\u9fff]{2,10})能力(?:建设|提升)?", core)
    return bool(m) and not ends_with_works_suffix(m["field"]) and not m["field"].endswith(_NAMED_HEADS) \
        and not has_name_part(m["field"], region=prefixes)


def _counts_its_heading(core: str, body: str) -> bool:
    """Whether an item's body counts many works of its heading (老旧小区改造。98个…老旧小区改造): a category.

    >>> _counts_its_heading("老旧小区改造", "。98个2000年以前的城镇老旧小区改造。")
    True
    >>> _counts_its_heading("零陵汽车东站", "。项目占地面积140.96亩。")
    False
    """
    noun = re.sub("(?:%s)$" % "|".join(_ACTIVITY_TAIL), "", core)
    return len(noun) >= 2 and bool(re.search(r"(?:\d+|[两三四五六七八九十百]+)(?:个|座|所|处|条)[^。；;，,]{0,16}" + re.escape(noun), body))


def _measured_works(body: str) -> bool:
    """Whether an item's body is a ；-list of two works or more, each with its own length or area
    (…管道改造，长度约5867m；…雨污分流改造，长度约300m): the heading is their category.

    >>> _measured_works("。甲路管道改造，长度约500m；乙片区管网改造，长度约300m。")
    True
    >>> _measured_works("。规划用地17亩；总建筑面积4000平方米。")
    False
    """
    parts = [part.strip("。，, ") for part in re.split(r"[；;]", body)]
    leads = [re.split(r"[，,]|长度|面积|长约", part)[0] for part in parts if re.search(r"\d", part)]
    return sum(lead.endswith(_ACTIVITY_TAIL + ("管网", "管道")) or ends_with_works_suffix(lead) for lead in leads) >= 2


def _is_part(name: str, item: str, prefixes: tuple[str, ...]) -> bool:
    """Whether a works phrase in the body of the work ``item`` is a part of it: everyday words only.

    快递分拨中心, 太阳能光伏电站 and 住院大楼 are parts; roads, bridges and
    buildings are named by everyday words (荔枝路, 醉僧楼) and stay, and so do
    works of a named site (贤水河灌区) and the item's own subject (市中心血站 in
    永州市中心血站整体搬迁项目).
    """
    if name in item or item in name or name.endswith(_NAMED_HEADS) or _proper_heading(name, prefixes):
        return False
    head = next((h for h in sorted(WORKS_SUFFIXES, key=len, reverse=True) if name.endswith(h)), "")
    stem = name[: len(name) - len(head)]
    return bool(stem) and not has_proper_part(stem) and not _SITE_WORD.search(stem)


def _proper_heading(label: str, prefixes: tuple[str, ...]) -> bool:
    """Whether a heading holds a proper part: a figure, a Latin letter, a quotation, the region or a place word."""
    import jieba.posseg

    if re.search(r"[0-9A-Za-z“”「」·]", label) or any(p and p in label for p in prefixes):
        return True
    return any(w.flag in ("ns", "nz", "nr", "nrt", "j") and len(w.word) >= 2 and not is_common_word(w.word, 5000)
               for w in jieba.posseg.cut(label, HMM=False))


def _joint_title(label: str) -> bool:
    """Whether a 专栏 item's title joined by 、 names one joint works (「清溪河、白沙河综合整治工程」: a figure after it is
    the joint's): it ends in a works head, lists no open category (等), and its members are a few short names, the
    first with a name part (「道路、桥梁、供水工程」 lists kinds of works, not a work).

    >>> _joint_title("清溪河、白沙河综合整治工程"), _joint_title("道路、桥梁、供水等基础设施建设工程")
    (True, False)
    """
    members = label.split("、")
    return (ends_with_works_suffix(label) and "等" not in label and 2 <= len(members) <= 4
            and all(2 <= len(m) <= 10 for m in members[:-1]) and has_name_part(members[0]))


def _title_members(title: str, works: list[tuple[Mention, NodeId]], joint: NodeId) -> list[NodeId]:
    """The works a joint title names as its members (月湖大桥 and 北岸大桥工程 of 「月湖大桥和北岸大桥工程」): each printed
    inside the title next to a join (和, 及, 与, 、)."""
    def joined(m: Mention) -> bool:
        return (m.start > 0 and title[m.start - 1] in _JOINS) or (m.end < len(title) and title[m.end] in _JOINS)

    return list(dict.fromkeys(sub for m, sub in works if sub != joint and m.end <= len(title) and joined(m)))


#: What joins the members of a joint works' title.
_JOINS = "和及与、暨"


def _item_label(name: str | None, project_box: bool, *, broad: bool = False) -> str | None:
    """The project a box item names, or None when its lead is an action or a category heading.

    Without a works head, a short lead of a projects box is a work (零陵汽车东站 aside,
    城乡客运一体化站场建设) — in a nation's plan only when it is an action (天然林资源保护,
    京津风沙源治理): a noun there names a field heading its works (公共卫生, 新材料).
    """
    if not name:
        return None
    label = re.sub(r"(?<=项目|工程)(?:续建|新建|扩建|改扩建)$", "", clean_name(name))  # …搬迁项目续建: a status
    if len(label) > 30 or "；" in label or "→" in label or ("、" in label and len(label) > 12 and not _joint_title(label)):
        return None
    if re.match(r"(?:重大|重点|主要|若干|各类|特色)[\u4e00-\u9fff]{0,6}(?:项目|工程|平台)$", label) \
            or broad and re.match(r"重大|重点|主要", label):
        return None  # 重大科技项目, 特色农业项目; a nation's 重大事故隐患治理: a heading for the works it lists
    if re.fullmatch(r"[\u4e00-\u9fff]{4,}(改造|建设|治理|工程|项目)[和及与][\u4e00-\u9fff]{4,}\1", label):
        return None  # 大型灌区续建配套改造和中部四省大型排涝泵站改造: two headings run together
    core = re.sub(r"[（(][^）)]*[）)]$", "", label)  # 大唐风力发电站（二期）
    if is_kind_of_works(core) or is_common_word(core, 50):
        return None  # 储能电站项目, 铁路: a kind of works heading the ones it lists
    scope = _SCOPE.match(core)
    if scope and not has_name_part(re.sub(r"[0-9A-Za-z]+", "", core[scope.end():])):
        return None  # 城市5G基站建设, 城镇新能源汽车充电桩建设: works spread over a whole area, many not one
    head = next((h for h in sorted(WORKS_SUFFIXES, key=len, reverse=True) if core.endswith(h)), "")
    if broad and head and head not in ("工程", "项目") and not has_name_part(core[: -len(head)]):
        return None  # a nation's 国家地质公园→共138个: a kind heading its sites
    if ends_with_works_suffix(core) or ends_with_works_suffix(re.sub(r"[\u4e00-\u9fff]{1,3}段$", "", core)):
        return label  # 湘江东路零陵段: a segment of a named work
    if project_box and (core.endswith(_ACTIVITY_TAIL) or len(core) <= 8 and not broad):
        return label
    return None


def _listed(state: _State, nid: NodeId, box: Box, key: str, group: str | None, p: Paragraph) -> None:
    state.reg.relate(nid, "listedIn", f"box:{key}", p.id)
    if group and group in box.groups:
        state.reg.relate(nid, "inGroup", f"boxgroup:{key}-g{box.groups.index(group) + 1:02d}", p.id)


# ---------------------------------------------------------------------- prose


def _prose(state: _State) -> None:
    park: NodeId | None = None  # the park a standalone title line (循环经济产业园) announces
    park_path = None
    for p in state.doc.paragraphs():
        if p.kind in _SKIP_KINDS or p.kind == "box_item":
            continue
        if p.kind == "title":
            title = p.text.strip()
            park = state.reg.add("Park", title, source=p.id) if is_park_name(title) else None
            park_path = p.path
            continue
        if park is not None and p.path != park_path:
            park = None
        found = _paragraph(state, p)
        lead = lead_phrase(p.text)
        head = clean_name(lead) if lead else ""
        here = state.reg.add("Park", head, source=p.id) if head and is_park_name(head) else park
        if here is not None:
            _members(state, here, found, p)
        for q_nid, q in _clause_quantities(state, p):
            state.reg.add_quantity(q_nid, q)


def _members(state: _State, park: NodeId, found: list[tuple[Mention, NodeId]], p: Paragraph) -> None:
    """Works and enterprises named in a park's paragraph serve that park (its site aside)."""
    sites = {o for s, pred, o, _ in state.reg.relations if s == park and pred == "locatedIn"}
    for _, nid in found:
        node = state.reg.nodes.get(nid)
        if node is None or nid == park or nid in sites:
            continue
        if node.type in ("Project", "Park"):
            state.reg.relate(nid, "supports", park, p.id)
        elif node.type == "Organization":
            state.reg.relate(nid, "belongsTo", park, p.id)
        elif node.type == "Industry":
            state.reg.relate(park, "includes", nid, p.id)


def _paragraph(state: _State, p: Paragraph, *, relaxed: bool = False, own: int = 0) -> list[tuple[Mention, NodeId]]:
    """Every entity a paragraph names, filed in the registry; returns (mention, node) in reading order.

    ``own``: the length of a 专栏 item's own title at the paragraph's start (its Project needs no name part).
    """
    text = p.text
    reg = state.reg
    out: list[tuple[Mention, NodeId]] = []

    def add(m: Mention, type_: str | None = None) -> NodeId:
        nid = reg.add(type_ or m.type, m.label, source=p.id)
        state.note(p, m.start, m.end, nid)
        out.append((m, nid))
        return nid

    for m in find_works(text, prefixes=reg.prefixes, relaxed=relaxed, broad=state.broad, attested=state.attested):
        if m.label not in state.categories and m.label not in state.roles and (p.id, m.label) not in state.parts \
                and (m.type != "Project" or m.start < own or _named_work(state, text, m)):
            add(m)
    for m in find_organizations(text):
        add(m)
    for m in find_places(text):
        if not _never_alone(state, m.label):
            add(m)
    for m in find_industries(text, prefixes=reg.prefixes):
        add(m)
    for m in find_slogans(text):
        add(m)
    for enum in find_enumerations(text):
        _enumeration(state, enum, add, p.id)
    for m in find_located(text, prefixes=reg.prefixes):
        site = add(m)
        subject = state.item_nodes.get(p.id) or _nearest_works(state, p, m.start)
        if subject is not None:
            reg.relate(subject, "locatedIn", site, p.id)
    out.sort(key=lambda x: x[0].start)
    return out


# Heads of facilities a plan builds by kind (服务站, 旅行基地): one only when a name part says which.
# Not 平台: a county names its platforms by what they trade (锰产品期货交易平台, 云服务平台).
_FACILITY_HEADS = ("站", "基地", "改线")  # 改线: a rerouting is one when its road is named (国道322改线)
# Landforms and settlements a place name ends in when jieba splits it (青石|岭, 猫儿|岩).
_PLACE_ENDS = frozenset("岭山桥湾江河湖村坪塘冲岩洲峰溪洞井港庄寨屯铺圩岗垭")


def _named_work(state: _State, text: str, m: Mention) -> bool:
    """Whether a Project mention outside its own 专栏 item title names one work.

    Not when it follows a sibling before 、 that shares its head (水稻、油菜农机化示范推广项目: one
    name listing two), or when a facility head (站, 基地) follows only
    common words with no place, code, quotation, region or level
    (新能源汽车充电站, 研学旅行基地) — unless a box item's title names it.
    A stricter rule for every head (a name part always) cost about a fifth
    of the right names on the judged samples (政通路, 文化惠民工程: names
    jieba does not tag, programmes named by their aim), so it is kept to these.
    """
    label = m.label
    if _shares_a_sibling_head(text, m.start) and not has_name_part(label, region=state.reg.prefixes):
        return False
    if not label.endswith(_FACILITY_HEADS) or tokens(label)[0].removesuffix("级") in _LEVEL_WORDS \
            or has_name_part(label, region=state.reg.prefixes, attested=state.attested):
        return True  # 区级服务站: the region's own; not 乡土人才服务站 (乡土 is no level)
    head = next(h for h in _FACILITY_HEADS if label.endswith(h))
    stem = re.sub(r"(?:服务|合作|交易|生产|产业|示范|旅行)?" + head + "$", "", label)
    if any(len(w) == 1 and w in _PLACE_ENDS for w in tokens(stem)):
        return True  # 青石|岭储能电站: a place jieba does not hold, told by its landform
    if state.titles is None:
        state.titles = set()
        for box in state.doc.boxes():
            project_box = bool(_PROJECT_BOX.search(box.heading.title + "".join(box.groups)))
            for item in box.items:
                title = _item_label(item.name, project_box or bool(item.group), broad=state.broad)
                if title:
                    state.titles.add(state.reg.node_id("Project", title))
    return state.reg.node_id("Project", label) in state.titles


_LEVEL_WORDS = frozenset({"省", "市", "县", "区", "镇", "乡", "村", "乡镇", "街道", "社区"})


def _shares_a_sibling_head(text: str, start: int) -> bool:
    """Whether a name right after 、 has a sibling before it with no head of its own (实施水稻、油菜…项目):
    one common word right after a verb or a break (not the tail of a longer name: 愚溪草堂、柳子公馆)."""
    if text[start - 1:start] != "、":
        return False
    before = list(tokens(text[max(0, start - 12):start - 1]))
    return len(before) >= 2 and (has_verb(before[-2]) or before[-2][-1] in "，。；：、")\
        and len(before[-1]) >= 2 and is_common_word(before[-1], 50) \
        and not ends_with_works_suffix(before[-1]) and not _is_place(before[-1])


# Heads that close a longer name after a place word (滨江|新城, G60|科创走廊, 桃江|安置小区).
_NAME_HEADS = tuple(sorted(set(WORKS_SUFFIXES + ("走廊", "新区", "示范区", "开发区", "集聚区")), key=len, reverse=True))


def _never_alone(state: _State, label: str) -> bool:
    """Whether the plan prints a place label (no town, county or village) only inside longer names: every
    time, at most four characters after it close a works or park head (滨江新城, G60科创走廊). A fragment."""
    if re.search(r"(?:街道|社区|[镇乡村县市区省州])$", label):
        return False  # 大庆坪乡猫儿岩: a township is named in full
    if label not in state.alone:
        occ = state.occurrences()
        nexts = [occ.texts[i][end:end + 4] for i, _, end in occ.find(label)]
        state.alone[label] = not nexts or any(
            not any(n[:k].endswith(_NAME_HEADS) and re.fullmatch(r"[0-9A-Za-z\u4e00-\u9fff]+", n[:k])
                    for k in range(1, len(n) + 1)) for n in nexts)
    return not state.alone[label]


def _enumeration(state: _State, enum: Enumeration, add: Callable[..., NodeId], source: str) -> None:
    """File the items of one enumeration by what its head says they are."""
    kind = head_type(enum)
    items = list(enum.items)
    if kind == "Organization":
        if re.search(r"高耗能|高污染|高排放|落后|小型", enum.head):
            return  # 钢铁、冶炼等高耗能企业: kinds of enterprise, not firms
        for m in items:
            if _short_name(m.label, 2, 12) and not re.search(r"[和及与]", m.label) \
                    and not m.label.endswith(("工程", "项目")):  # 电机和轮胎翻新: two kinds; …化纤公司工程: a work
                add(m, "Organization")
    elif kind == "Industry":
        named = "“" in enum.head  # the parts of a named group (“6+1”产业链) are read as printed
        nids = [add(m, "Industry") for m in items
                if _short_name(m.label, 2, 14, generic_ok=True) and (named or not not_an_industry(m.label))]
        if "“" in enum.head and nids:
            group = add(Mention("Strategy", enum.head, items[-1].end, items[-1].end), "Strategy")
            for nid in nids:
                state.reg.relate(group, "includes", nid, source)
    elif kind == "Place":
        for m in items:
            if _short_name(m.label, 2, 6):
                add(m, "Place")
    elif not enum.closed and (_FACILITY_END.search(items[-1].label) or _COUNTED_FACILITY.match(enum.tail)):
        # 新建黄江源、石坝仔、猫儿岩、何仙观水厂; 富家桥、邮亭圩、河西、珠山四个客运站场: the items are sites
        sites = items[:-1] if _FACILITY_END.search(items[-1].label) else items
        for m in sites:
            if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", m.label) and not GENERIC_START.match(m.label) \
                    and not is_common_word(m.label, 1000):
                add(m, "Place")
    elif (len(items) >= 2 and any(_is_place(m.label) for m in items)
          and sum(bool(_PLACE_HINT.search(m.label)) for m in items) * 2 >= len(items)):
        for m in items:  # 湘江、潇水: a list of mostly rivers and towns is a list of places
            if _is_place(m.label) or _PLACE_HINT.search(m.label) and _short_name(m.label, 2, 4):
                add(m, "Place")


@lru_cache(maxsize=4096)
def _is_place(label: str) -> bool:
    return any(m.start == 0 and m.end == len(label) for m in find_places(label))


def _short_name(label: str, lo: int, hi: int, *, generic_ok: bool = False) -> bool:
    """Whether an enumerated item can be a name: short, no verb phrase, not a generic phrase."""
    if not lo <= len(label) <= hi or re.search(r"[0-9%]|等|方面|领域", label):
        return False
    if generic_ok:  # an industry: a noun phrase, not a clause (商贸企业广泛推行连锁经营) nor a mode (集约)
        if re.search(r"推行|面向|覆盖|广泛|以及|升级$|产业链$", label) or (len(label) == 2 and label.startswith("集")):
            return False
        return not GENERIC_START.match(label) or label.startswith(("现代", "新", "高端"))
    return not GENERIC_START.match(label) and not is_common_word(label, 50) and not is_all_common(label)


def _nearest_works(state: _State, p: Paragraph, pos: int) -> NodeId | None:
    """The works named last before ``pos`` in the same sentence."""
    sentence_start = clause_start(p.text, pos, "。；;！？!?")
    best = None
    for start, end, nid in state.mentions.get(p.id, []):
        if sentence_start <= start < pos and state.reg.nodes.get(nid) and \
                state.reg.nodes[nid].type in ("Project", "Park"):
            if best is None or start > best[0]:
                best = (start, nid)
    return best[1] if best else None


def _clause_quantities(state: _State, p: Paragraph) -> Iterator[tuple[NodeId, Quantity]]:
    """Figures paired with the works, enterprise or industry their clause is about."""
    for at, q in _located(p.text, p.id):
        if at < 0 or not_of_the_work(p.text, at, q.raw, q.unit):
            continue
        if q.unit in ("%", "‰", "pp"):
            continue  # 公办幼儿园占比50%: a rate is a target of a measure (kg.extract.targets), not a work's figure
        begins = clause_start(p.text, at, "，,。；;！？!?")
        owner = None
        for start, end, nid in state.mentions.get(p.id, []):
            node = state.reg.nodes.get(nid)
            if node and node.type in ("Project", "Park", "Organization", "Industry") and begins <= start and end <= at:
                if owner is None or start > owner[0]:
                    owner = (start, nid)
        if owner:
            yield owner[1], q


# -------------------------------------------------------------------- targets

_OWNER_TYPES = ("Park", "Project", "Place", "Organization", "Industry")
# A list item's marker: "- ", "1．", "（1）".
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·]\s|\d{1,2}[.．、)）]|[（(]\d{1,2}[)）])")


def _targets(state: _State) -> None:
    """Targets of every paragraph and of the indicator table, each filed under its owner."""
    period = plan_period(state.doc.title)
    region = _own_region(state)
    for ind_target in indicator_targets(state.doc):
        state.reg.add_target(region, ind_target)
    lead_in = ""  # the sentence leading in the list the paragraph is an item of (…投资分配如下：)
    for p in state.doc.paragraphs():
        item = bool(_LIST_ITEM.match(p.text))
        lead_in, p_lead = (p.text if p.text.rstrip().endswith(("：", ":")) else lead_in if item else ""), \
            lead_in if item else ""
        if p.kind in _SKIP_KINDS or p.kind == "title":
            continue
        labels = p.path.labels()
        review = any(is_review_heading(label) for label in labels)
        goals = bool(labels) and is_goal_heading(labels[-1])
        fallback = state.item_nodes.get(p.id) or _headline_park(state, p) or region
        topic: tuple[int, NodeId] | None = None  # the owner named earlier in the same sentence
        found = find_targets(p.text, source=p.id, period=period, review=review, need_frame=p.kind == "box_item",
                             goals=goals, lead_in=p_lead)
        for n, t in enumerate(found, 1):
            owner, measure = _target_owner(state, p, t)
            if owner is None and t.subject[1] > t.at and t.direction in ("建成", "新建"):
                owner = _work_set_going(state, p, t.at)  # 推进X二期工程，建成300个教学班: X's classrooms
            sentence = len(re.findall(r"[。；;！？!?]", p.text[:t.at]))
            if owner is None and topic is not None and topic[0] == sentence:
                owner = topic[1]
            elif owner is not None:
                topic = (sentence, owner)
            year, period_name, implied = _time_frame(t, period, review)
            state.reg.add_target(owner or fallback, Target(
                id=f"{p.id}-t{n:02d}", measure=measure,
                measure_name=normalise_measure(t.named if t.named and measure == t.measure else measure),
                quantity=t.quantity, source=p.id, status=t.status, direction=t.direction, year=year,
                period=period_name, base_year=t.base_year, aggregation=t.aggregation, implied=implied,
                start=t.start, start_year=t.start_year,
            ))


def _time_frame(t: TargetMention, period: PlanPeriod | None, review: bool) -> tuple[int | None, str | None, bool]:
    """The year and period of a target; when none is printed, the plan's own (implied, and marked so).

    A five-year plan's targets are for its period unless a sentence says
    otherwise (「单位地区生产总值能耗累计降低14%左右」 is for 十四五); a review
    paragraph's figures are the previous period's results. A plan dated by
    years only (2021—2030年) gives its end year.
    """
    if t.year is not None or t.period is not None or period is None:
        return t.year, t.period, False
    if t.status == "actual":
        name = period.name(-1) if review else None
        return None, name, name is not None
    name = period.name()
    return (None, name, True) if name else (period.end, None, True)


def _work_set_going(state: _State, p: Paragraph, at: int) -> NodeId | None:
    """The project the clause just before ``at`` sets going (启动/推进/实施/建设 X，…), else None.

    What a clause without a subject builds next (…，建成300个教学班) is that work's.
    """
    clauses = [m.end() for m in re.finditer(r"[，,。；;：:]", p.text[:at])]
    if not clauses or p.text[clauses[-1] - 1] not in "，,":
        return None
    start = clauses[-2] if len(clauses) >= 2 else 0
    lead = p.text[start:clauses[-1]]
    if not re.match(r"(?:启动|推进|实施|建设|新建|续建)", lead):
        return None
    named = [(m_start, nid) for m_start, m_end, nid in state.mentions.get(p.id, [])
             if start <= m_start and m_end < clauses[-1] and state.reg.nodes.get(nid)
             and state.reg.nodes[nid].type == "Project"]
    return max(named)[1] if named else None


def _own_region(state: _State) -> NodeId | None:
    """The plan's own region: of the region places, the one named last before the title's 国民经济/规划."""
    best: tuple[int, NodeId] | None = None
    for nid in state.region:
        if nid not in state.reg.nodes:
            continue
        for name in state.reg.nodes[nid].labels:
            at = state.doc.title.find(name)
            if at >= 0 and (best is None or at + len(name) > best[0]):
                best = (at + len(name), nid)
    return best[1] if best else None


def _headline_park(state: _State, p: Paragraph) -> NodeId | None:
    """The park a paragraph is headed by (「循环经济产业园。项目选址…」)."""
    lead = lead_phrase(p.text)
    head = clean_name(lead) if lead else ""
    if head and is_park_name(head):
        nid = state.reg.node_id("Park", head)
        return nid if nid in state.reg.nodes else None
    return None


def _target_owner(state: _State, p: Paragraph, t) -> tuple[NodeId | None, str]:
    """The owner a target's clause names (or its distributive item names) and the measure without it."""
    reg = state.reg
    if t.owner_name:
        for type_ in ("Park", "Place", "Project"):
            nid = reg.node_id(type_, t.owner_name)
            if nid in reg.nodes:
                return nid, t.measure
        if is_park_name(t.owner_name):
            return reg.add("Park", t.owner_name, source=p.id), t.measure
        return None, t.measure
    start, measure_at = t.subject
    measure_end = measure_at + len(t.measure)
    best = None
    for m_start, m_end, nid in state.mentions.get(p.id, []):
        node = reg.nodes.get(nid)
        if node is None or node.type not in _OWNER_TYPES:
            continue
        if start <= m_start <= measure_at + 2 and m_end <= measure_end and (best is None or m_start < best[0]):
            best = (m_start, m_end, nid)
    if best is None:  # a park named by a form the mention finder misses (河西工业园产值): its longest name
        parks = next(([(name, nid)] for name in (t.measure[:i] for i in range(len(t.measure), 3, -1))
                      for nid in reg.labelled(name, "Park")[:1]), [])
        if not parks:  # a park name the finders missed: the longest park-named lead of the measure
            lead = next((t.measure[:i] for i in range(len(t.measure) - 2, 3, -1) if is_park_name(t.measure[:i])), None)
            if lead is None:
                return None, t.measure
            parks = [(lead, reg.add("Park", lead, source=p.id))]
        name, nid = max(parks, key=lambda x: len(x[0]))
        best = (measure_at, measure_at + len(name), nid)
    rest = p.text[best[1]:measure_end].lstrip("的")
    if p.text[measure_at:measure_end] != t.measure or len(rest) < 2:
        return None, t.measure  # 新建幼儿园3所: the mention is what is counted, not whose
    return best[2], rest
