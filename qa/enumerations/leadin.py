"""Lists a plan announces with a lead-in sentence, and the items printed after it.

Plans print many lists as a lead-in sentence followed by its items: lines after a
colon (「1985年主要产品的生产量为：」 then 「- 自行车3300万辆，…」 lines), items after
「以下几个方面」 (「（1）农业技术，…」), items inside one paragraph after a colon
(「主要工农业产品产量：原油…；汽车…。」) or after 「主要是，」. :func:`lead_ins` reads
them from the paragraphs (no extraction step stores them); :func:`answer_lead_in_list`
answers 「有哪些/包括哪些」 with the items of the lead-in the question restates, in
document order, each cited to its own line.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kg.ingest.markers import LIST_MARK, NUMBER_OF

from ..question.frame import PERIOD_NUMERAL, PERIOD_TEXT
from ..answer import Answer, Item
from ..question.intent import Intent, parse_cn_number, quoted_phrase
from ..index.home import home_titles
from ..values.prose import CLASSIFIERS
from ..index.kb import KB, normalise_text, plan_of
from ..index.perkb import per_kb
from ..question.link import Link

__all__ = ["LeadIn", "lead_ins", "numbered_inline", "inline_items", "as_printed", "WHOLE_CHARS", "count_asked_note", "count_asked", "single_best", "list_line_name", "numbered_run", "is_title_line", "under_title_line", "answer_lead_in_list", "answer_lead_in_figure"]

#: The count a lead-in announces (「主要的有以下八条」「如下三个方面」).
_ANNOUNCED_COUNT = re.compile(r"(?:以下|如下)的?([一二三四五六七八九十两\d]{1,3})(?:条|项|个|件|点|类|种|大|方面)")
#: A short line without a sentence's punctuation (「（四）实现农业生产计划的措施」): a title, not a member's detail.
_TITLE_LINE = re.compile(r"^[^。;；,，]{2,30}$")
#: A count a lead-in states of its parts (「重点抓好十个方面工作」「做好以下十个方面工作」「抓好三件事」).
_STATED_COUNT = re.compile(r"([一二三四五六七八九十两\d]{1,3})(?:个|大|项|条)?(?:方面|件事)")


def stated_count(sentence: str) -> int | None:
    """The number of parts a lead-in sentence says it has, or None.

    >>> stated_count("重点做好以下十个方面工作："), stated_count("重点抓好十个方面工作"), stated_count("主要任务")
    (10, 10, None)
    """
    m = _STATED_COUNT.search(sentence)
    return parse_cn_number(m.group(1).replace("两", "二")) if m else None


#: A lead-in announcing what follows: ends with a colon, or says 以下/如下 (「重点围绕以下几个方面」).
_ANNOUNCES = re.compile(r"[:：]$|(?<![0-9一二三四五六七八九十百千万岁级])(?:以下|如下)[^，,。]{0,12}$")
#: The things a sentence counts (「通过8个重点工程项目的推进实施」): group 1 the number.
_COUNTS_THINGS = re.compile(r"(?<![0-9.．第])([1-9][0-9]?|[一二三四五六七八九十两]{1,3})(?:[" + CLASSIFIERS + r"]|大|类)(?=[\u4e00-\u9fff])")
#: Inside a paragraph, the words after which its list begins (「…的工程。主要是，继续建设…」).
_INLINE_START = re.compile(r"(?:^|[。；;])((?:主要|重点)(?:是|有|包括)|具体(?:是|包括)|包括)[，,:：]")
#: A figure in an item line (「自行车3300万辆」「原油一亿五千五百万吨」): the name is what precedes it.
_FIGURE = re.compile(r"\d|[一二三四五六七八九十两〇零][一二三四五六七八九十两百千万亿〇零～~]+[万亿千百]?")
#: A clause ends at a comma, except one grouping a figure's digits (2，275万吨, NFKC 2,275).
_CLAUSE_END = r"[；;。:：]|(?<!\d)[,，]|[,，](?!\d{3}(?!\d))"
#: Words a clause leads to a figure with (到1985年, 比1980年, 共3项): what precedes them is no name.
# A task's verb before its quantity (实施18公里…, 认定启动3个…) ends no name either: the figure is the object's.
_NOT_NAME_END = re.compile(r"(?:到|至|达|为|在|于|比|共|约|了|年|均|以|从|由|和|及"
                           r"|实施|完成|推进|启动|新建|开展|新增|打造|培育|建成|实现|推动|创建|引进|打通|开工|落实|改建|扩建|续建)$"
                           r"|^(?:力争|争取|计划|预计|要|将|使|把|在|到)")
#: Most unnumbered paragraphs a numbered member goes on in before the next member.
_MAX_GAP = 6
#: A work named, then said to be something (「…的铁路线是关内外另一交通要道」): group 1 the name.
_SAID_OF_WORK = re.compile(r"^(.{4,}?(?:铁路线|铁路|公路|线|工程|项目|基地|园区|港|站|水库|大桥))是.{2,}$")
#: A bracketed aside (「原材料工业（包括钢铁、有色…）」「(也是…的地区)」).
_ASIDE = re.compile(r"\([^()]*\)|（[^（）]*）")
#: Length above which an item's first clause loses its bracketed asides.
_ASIDE_ABOVE = 20
#: How a clause saying on what grounds or for what a member is done opens: it names no member.
_CIRCUMSTANCE = re.compile(r"(?:应该|应当|必须)?(?:根据|按照|依照|为着|为了|随着|由于|鉴于)|在.{0,20}(?:期间|时期|时候|以前|以后|地区|方面|州|同时|下|基础上|前提下)$")
#: Longest unmarked line read as an item (a sentence-long paragraph is prose, not a list line).
_ITEM_CHARS = 120


@dataclass(frozen=True)
class LeadIn:
    """A lead-in sentence and its items.

    ``para`` is the paragraph node holding the lead-in, ``sentence`` the lead-in
    (normalised text), ``items`` (label, detail, paragraph node) in document order:
    the label is the item's name, the detail its figure or first clause's rest.
    """

    para: str
    sentence: str
    items: tuple[tuple[str, str, str], ...]
    #: The items' whole text when the paragraph numbers them inside itself (「：(1)继续…;(2)…」), else empty.
    whole: tuple[str, ...] = ()
    #: The sentences of the paragraph right before an inline lead-in (「要实现这个前途，必须具备必要的条件。」).
    preamble: str = ""


def list_line_name(text: str) -> tuple[str, str]:
    """(name, detail) of one list line: the marker dropped, the first clause split before its figure.

    Examples
    --------
    >>> list_line_name("- 自行车3300万辆，比1980年增长1.5倍。")
    ('自行车', '3300万辆')
    >>> list_line_name("原油一亿五千五百万吨，比一九九五年增加。")
    ('原油', '一亿五千五百万吨')
    >>> list_line_name("肉类总产量2,275万吨，比1985年增长19.7％。")
    ('肉类总产量', '2,275万吨')
    >>> list_line_name("第八,由北京到承德的铁路线是关内外另一交通要道,原有路基部分可用")
    ('由北京到承德的铁路线', '')
    >>> list_line_name("- 燃料动力,1113亿元,占 25.4%;")
    ('燃料动力', '1113亿元,占 25.4%')
    >>> list_line_name("- 原材料工业(包括钢铁、有色、化工、建材),812亿元,占 18.5%;")[1]
    '812亿元,占 18.5%'
    >>> list_line_name("(3)大型成套设备研制，主要是2000万吨级大型露天矿成套设备")
    ('大型成套设备研制', '')
    >>> list_line_name("第一,主要在北方平原地区(也是合作化发展最快的地区)推广双轮双铧犁、双轮单铧犁。")
    ('主要在北方平原地区推广双轮双铧犁、双轮单铧犁', '')
    >>> list_line_name("第二,根据当地的实际需要和群众的自愿原则,采取群众自办的办法,广泛地组织…")
    ('采取群众自办的办法', '')
    >>> list_line_name("在发展农业生产的基础上,进一步地发展轻工业")
    ('进一步地发展轻工业', '')
    >>> list_line_name("9.实施24公里老旧供水管道改造。（牵头单位：区水务局）")
    ('实施24公里老旧供水管道改造', '')
    """
    clauses = re.split(_CLAUSE_END, LIST_MARK.sub("", text.strip()), maxsplit=3)
    # 「第二，根据当地的实际需要…，广泛地组织…」: a clause saying on what grounds names nothing; the next one does.
    while len(clauses) > 1 and _CIRCUMSTANCE.match(clauses[0]):
        clauses = clauses[1:]
    clause = clauses[0].strip()
    if len(clause) > _ASIDE_ABOVE:
        # 「主要在北方平原地区(也是…最快的地区)人力地推广…」: an aside in brackets is no part of a long item's name.
        clause = _ASIDE.sub("", clause)
    said = _SAID_OF_WORK.match(clause)
    if said:
        # 「由北京到承德的铁路线是关内外另一交通要道」: what the work is said to be is no part of its name.
        clause = said.group(1)
    m = _FIGURE.search(clause)
    # A name before its figure (自行车3300万辆), not a clause leading to a date or amount (力争到1985年).
    if m and 1 <= m.start() <= 12 and not _NOT_NAME_END.search(clause[: m.start()]):
        return clause[: m.start()], clause[m.start():]
    sentence = re.split(r"[；;。]", LIST_MARK.sub("", text.strip()))[0]
    if not m and len(_ASIDE.sub("", clause)) <= 12 and len(clauses) > 1 and _FIGURE.match(clauses[1].strip()) and sentence.startswith(clause):
        # 「燃料动力，1113亿元，占25.4%；」: a short name set off by a comma, its figures after it.
        return clause, sentence[len(clause):].lstrip(",，").strip()
    return clause, ""


def _is_item(text: str, marked: bool) -> bool:
    if marked:
        return bool(LIST_MARK.match(text))
    # An unmarked run's lines are short, each closed by ；(the last by 。).
    return len(text) <= _ITEM_CHARS and text.endswith((";", "；", "。"))


def _following(kb: KB, paras: list[str], i: int) -> list[str]:
    """The item paragraphs after ``paras[i]``: marked lines while they last, unmarked lines closed by ；,
    or unmarked lines each naming a figure (「肉类总产量2，275万吨，比1985年增长19.7％。」)."""
    ordinal = _ordinal_run(kb, paras, i)
    if ordinal:
        return ordinal
    run: list[str] = []
    marked = figures = None
    parallel = _parallel(kb, paras[i + 1:])
    if len(parallel) >= 2:
        return parallel
    for nxt in paras[i + 1:]:
        text = kb.norm_text[nxt]
        if kb.parent(nxt) != kb.parent(paras[i]) or not text:
            break
        is_marked = bool(LIST_MARK.match(text))
        has_figure = bool(list_line_name(text)[1]) and len(text) <= _ITEM_CHARS
        if marked is None:
            marked, figures = is_marked, has_figure
        if is_marked != marked or not (_is_item(text, marked) or figures and has_figure) or figures and not has_figure:
            break
        run.append(nxt)
        if not marked and not figures and text.endswith("。"):
            break
    return run if len(run) >= 2 else []


def _ordinal(text: str) -> tuple[int, int] | None:
    """(numbering family, number) of a paragraph opening a numbered member (「第三，…」 → (0, 3)), else None."""
    m = NUMBER_OF.match(text)
    if not m:
        return None
    family = next(k for k, g in enumerate(m.groups()) if g)
    return family, parse_cn_number(m.group(family + 1)) or 0


def _ordinal_run(kb: KB, paras: list[str], i: int) -> list[str]:
    """The members of a numbered run of paragraphs after a lead-in (「主要的有以下八条：」 then 「第一，是…」…「第八，…」).

    A member may go on in unnumbered paragraphs (「五年内，准备供应…」 after 「第一，…推广双轮双铧犁…」):
    they are read past, not listed. The run ends at the next heading, a number out of sequence,
    a title line of another numbering (「（五）…」), or a paragraph of another heading.
    """
    first = paras[i + 1] if i + 1 < len(paras) else None
    opened = _ordinal(kb.norm_text[first]) if first else None
    if opened is None or opened[1] != 1 or i >= 0 and kb.parent(first) != kb.parent(paras[i]):
        return []
    family, run, number, gap = opened[0], [], 0, 0
    for nxt in paras[i + 1:]:
        text = kb.norm_text[nxt]
        if kb.parent(nxt) != kb.parent(first) or not text:
            break
        at = _ordinal(text)
        if at and at[0] == family:
            if at[1] != number + 1:
                break
            run.append(nxt)
            number, gap = at[1], 0
            continue
        gap += 1
        if gap > _MAX_GAP or (at or LIST_MARK.match(text)) and _TITLE_LINE.match(text):
            break
    return run if len(run) >= 2 else []


def _counted_run(kb: KB, paras: list[str], i: int, text: str) -> list[str]:
    """The numbered paragraphs after ``paras[i]`` when the paragraph counts exactly that many things and nothing else
    (「“十五五”期间，通过8个重点工程项目的推进实施，…」 then 「1.…」…「8.…」): a lead-in with no colon. Any other
    number of members, or a second count in the paragraph, leaves the run unannounced ([] then)."""
    count = things_counted(text)
    run = _ordinal_run(kb, paras, i) if count else []
    return run if len(run) == count else []


def things_counted(text: str) -> int | None:
    """The one count of things ``text`` states (8 of 「通过8个重点工程项目的推进实施」), or None when it states none or
    several.

    >>> things_counted("通过8个重点工程项目的推进实施"), things_counted("新建3所高中、2所初中"), things_counted("主要任务")
    (8, None, None)
    """
    counts = {parse_cn_number(m.group(1).replace("两", "二")) for m in _COUNTS_THINGS.finditer(text)}
    return counts.pop() if len(counts) == 1 else None


def numbered_run(kb: KB, paras: list[str]) -> tuple[tuple[str, str, str], ...]:
    """(name, detail, paragraph) of the first numbered run of paragraphs among ``paras`` (one heading's, in reading
    order), announced or not (「第一，坚持以粮为纲…」…「第六，发展社队企业…」 under 「四、大力加强农业基础」)."""
    for i in range(-1, len(paras) - 2):
        run = _ordinal_run(kb, paras, i)
        if run:
            return _items_of(kb, run)
    return ()


def _parallel(kb: KB, paras: list[str]) -> list[str]:
    """Paragraphs opening alike with a short sentence (「坚持把发展作为主题。…」「坚持把结构调整作为主线。…」)."""
    run: list[str] = []
    for p in paras:
        text = kb.norm_text[p]
        first = text.split("。", 1)[0]
        if LIST_MARK.match(text) or not 4 <= len(first) <= 30 or first == text or run and (
                kb.parent(p) != kb.parent(run[0]) or text[:2] != kb.norm_text[run[0]][:2]):
            break
        run.append(p)
    return run


def _one_paragraph_list(kb: KB, paras: list[str], i: int) -> list[str]:
    """The next paragraph when it holds the announced items itself, two or more closed by ；."""
    nxt = paras[i + 1] if i + 1 < len(paras) else None
    if nxt is None or kb.parent(nxt) != kb.parent(paras[i]):
        return []
    clauses = [c for c in re.split(r"[；;]", kb.norm_text[nxt]) if c]
    return [nxt] if len(clauses) >= 2 and all(list_line_name(c)[1] for c in clauses) else []


def _announced_sections(kb: KB, paras: list[str], i: int, count: int | None) -> tuple[tuple[str, str, str], ...]:
    """The sections a chapter's last preamble paragraph announces by count (「重点做好以下十个方面工作：」 then
    （一）…（十）): (title, "", first paragraph) of each, when the chapter has exactly that many; else ()."""
    chapter = kb.parent(paras[i])
    if count is None or chapter is None or kb.type(chapter) != "Chapter":
        return ()
    firsts: dict[str, str] = {}
    for nxt in paras[i + 1:]:
        node = kb.parent(nxt)
        if node == chapter:
            return ()  # more of the preamble: the announcement is not right before the sections
        if node is None or kb.type(node) != "Section" or kb.parent(node) != chapter:
            break
        firsts.setdefault(node, nxt)
    if len(firsts) != count:
        return ()
    return tuple((str(kb.attrs(node).get("title") or ""), "", first) for node, first in firsts.items())


def _items_of(kb: KB, run: list[str]) -> tuple[tuple[str, str, str], ...]:
    """(name, detail, paragraph) of a run's lines; one paragraph of ；-closed items (「钢…；钢材…；化肥…」) is split."""
    if len(run) == 1:
        return tuple((*list_line_name(c), run[0]) for c in re.split(r"[；;]", kb.norm_text[run[0]]) if list_line_name(c)[0])
    return tuple(i for i in ((*list_line_name(kb.norm_text[p]), p) for p in run) if i[0])


def _inline(text: str) -> tuple[str, list[str]] | None:
    """(lead-in, item clauses) of a paragraph that lists inside itself, after a colon or 主要是, or as 一是…二是…."""
    counted = _counted(text)
    if counted:
        return counted
    m = _INLINE_START.search(text)
    if m:
        lead = re.split(r"[。；;]", text[: m.start() + 1].rstrip("。；;"))[-1]
        rest = text[m.end():]
    else:
        at = max(text.rfind(":", 0, len(text) - 1), -1)
        if at <= 0:
            return None
        lead = re.split(r"[。；;！？]", text[:at])[-1]
        rest = text[at + 1:]
    if re.search(r"[；;]", rest) or rest.count("。") >= 2:
        clauses = [c for c in re.split(r"[；;。]", rest) if len(c) >= 2]
    elif not re.search(r"[，,]", rest.split("。")[0]):
        # 「重点发展以下产业：新材料、电子信息、生物医药。」: a run of names, no clause in it.
        clauses = [c for c in re.split(r"[、。]", rest.split("。")[0]) if len(c) >= 2]
    else:
        return None
    return (lead, clauses) if len(lead) >= 4 and len(clauses) >= 2 else None


#: An item number printed inside a paragraph (NFKC): (1) (2) …, ① ②.
_INLINE_NUMBER = re.compile(r"\((\d{1,2})\)|([①-⑳])")
#: Sentences of a paragraph before its inline lead-in read with it (what the list is of may be said there).
_PREAMBLE_SENTENCES = 2


def numbered_inline(text: str) -> tuple[str, list[str]] | None:
    """(lead-in, whole items) of a paragraph numbering its items inside itself after a colon, or None.

    The numbers must run 1, 2, 3… (two at least); each item runs to the next number, the last to
    the end of its sentence.

    >>> numbered_inline("基本任务应该是:(1)继续进行工业建设,推进技术改造;(2)继续完成社会主义改造;(3)增强国防力量。上面说明了。")
    ('基本任务应该是', ['继续进行工业建设,推进技术改造', '继续完成社会主义改造', '增强国防力量'])
    >>> numbered_inline("应该实行以下的原则:①明确管理权;②由中央管理。")[1]
    ['明确管理权', '由中央管理']
    >>> numbered_inline("第(1)项和第(3)项不变。") is None
    True
    """
    run: list[re.Match] = []
    for m in _INLINE_NUMBER.finditer(text):
        n = int(m.group(1)) if m.group(1) else ord(m.group(2)) - ord("①") + 1
        if n == len(run) + 1:
            run.append(m)
        elif n == 1 and len(run) < 2:
            run = [m]
    if len(run) < 2:
        return None
    head = text[: run[0].start()]
    if not head.endswith((":", "：")):
        # 「第(1)项和第(3)项」: numbers cited in prose, not items a lead-in announces.
        return None
    lead = re.split(r"[。；;！？]", head.rstrip(":："))[-1]
    last_end = text.find("。", run[-1].end())
    ends = [m.start() for m in run[1:]] + [last_end if last_end >= 0 else len(text)]
    items = [text[m.end(): e].strip().rstrip(",，;；。") for m, e in zip(run, ends)]
    return (lead, items) if len(lead) >= 4 and all(items) else None


def inline_items(kb: KB, para: str) -> tuple[str, list[str]] | None:
    """:func:`numbered_inline` of a paragraph, read on its normalised text with ①② kept (NFKC makes them bare digits)."""
    raw = re.sub(r"\s+", "", str(kb.attrs(para).get("text") or ""))
    if not re.search(r"[①-⑳]", raw):
        return numbered_inline(kb.norm_text[para])
    return numbered_inline("".join(c if "①" <= c <= "⑳" else unicodedata.normalize("NFKC", c) for c in raw))


def _preamble(text: str, lead: str) -> str:
    """The sentences of ``text`` right before ``lead`` (at most :data:`_PREAMBLE_SENTENCES`)."""
    at = text.find(lead)
    if at <= 0:
        return ""
    before = [s for s in re.findall(r"[^。！？]+[。！？]?", text[:at]) if s][-_PREAMBLE_SENTENCES:]
    # A sentence holding a list of its own (「义务教育：新建…4所，即A、B…；」) says what that list is of, not this one.
    while before and re.search(r"[:：、;；]", before[0]):
        before = before[1:]
    return "" if any(re.search(r"[:：、;；]", s) for s in before) else "".join(before)


#: 「一是…，二是…，三是…」「第一，…；第二，…」: items counted in words inside one sentence.
_COUNTED = re.compile(r"(?:^|(?<=[:：,，;；。]))(?:(?:[一二三四五六七八九]|[二三四五六七八九]?十[一二三四五六七八九]?)是"
                      r"|第[一二三四五六七八九十][,，])")


def _counted(text: str) -> tuple[str, list[str]] | None:
    """(lead-in, items) of 「…要抓好三件事：一是整治山坪塘，二是修复小型灌区，三是推广…。」, or None.

    >>> _counted("农田水利要抓好三件事:一是整治山坪塘,二是修复小型灌区,三是推广高效节水灌溉。")
    ('农田水利要抓好三件事', ['整治山坪塘', '修复小型灌区', '推广高效节水灌溉'])
    >>> _counted("就达标的条件来说,第一,收入达到二百元;第二,穷队赶上了富队。为了创造这些条件,要坚持制度。")
    ('就达标的条件来说', ['收入达到二百元', '穷队赶上了富队'])
    >>> len(_counted("重点任务:" + "；".join(n + "是做好第" + n + "件事" for n in "一二三四五六七八九十")
    ...              + "；十一是加强领导；十二是强化保障。")[1])
    12
    """
    marks = list(_COUNTED.finditer(text))
    if len(marks) < 2 or not marks[0].group(0).lstrip("第").startswith("一"):
        return None
    lead = re.split(r"[。；;！？]", text[: marks[0].start()].rstrip(":：,，;；。"))[-1]
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = [re.split(r"[。；;]", text[m.end(): e].rstrip(":：,，;；。"))[0] for m, e in zip(marks, ends)]
    return (lead, items) if len(lead) >= 4 and all(items) else None


#: A framing phrase an item clause opens with before what it says (「作为国际化大都市，上海的水安全保障仍存在薄弱环节」).
_FRAMING = re.compile(r"^(?:作为|对于|就|在)[^，,:：；;]{2,14}?(?:来说|而言|方面)?[，,]")


def _clause_name(clause: str) -> tuple[str, str]:
    """(name, detail) of an item clause listed inside a paragraph, its framing phrase left out (the item is what
    follows it: 「上海的水安全保障仍存在薄弱环节」, never 「作为国际化大都市」).

    >>> _clause_name("作为国际化大都市,上海的水安全保障仍存在薄弱环节")[0]
    '上海的水安全保障仍存在薄弱环节'
    >>> _clause_name("整治山坪塘")[0]
    '整治山坪塘'
    """
    m = _FRAMING.match(clause)
    return list_line_name(clause[m.end():] if m and len(clause) - m.end() >= 4 else clause)


#: Paragraph kinds that never lead in a list: table rows (indicator), glossary entries, titles.
_NOT_PROSE = {"indicator", "term", "title"}

@per_kb
def lead_ins(kb: KB) -> list[LeadIn]:
    """Every lead-in list of the served plans, in reading order (computed once per KB)."""
    out: list[LeadIn] = []
    paras = kb.paragraph_nodes
    for i, para in enumerate(paras):
        text = kb.norm_text[para]
        if kb.attrs(para).get("kind") in _NOT_PROSE:
            continue
        last = [s for s in re.split(r"(?<=[。！？])", text) if s][-1:] or [""]
        if _ANNOUNCES.search(last[0].rstrip("。")):
            run = _following(kb, paras, i) or _one_paragraph_list(kb, paras, i)
            if run:
                out.append(LeadIn(para, last[0], _items_of(kb, run)))
                continue
            if sections := _announced_sections(kb, paras, i, stated_count(last[0])):
                out.append(LeadIn(para, last[0], sections))
                continue
        elif run := _counted_run(kb, paras, i, text):
            out.append(LeadIn(para, text, _items_of(kb, run)))
            continue
        # A numbered label (「1开展产业建链行动：…」) names a task, it lists nothing.
        inline = None if re.match(r"\d|[一二三四五六七八九十]+、", text) else _inline(text)
        if inline is None and _COUNTED.match(text) and i and kb.parent(paras[i - 1]) == kb.parent(para):
            # 「一是…；二是…」 opening a paragraph: the lead-in is the paragraph before (「…仍面临一些突出问题和困难。」).
            before = [x for x in re.split(r"[。！？]", kb.norm_text[paras[i - 1]]) if x]
            inline = _counted(before[-1] + ":" + text) if before else None
        elif inline is None and _COUNTED.match(text) and (title := kb.attrs(kb.parent(para) or "").get("title")):
            # 「（三）基本原则。一是坚持党的全面领导；二是…」: a heading's first paragraph listing so is led by the heading.
            inline = _counted(normalise_text(str(title)) + ":" + text)
        numbered = inline_items(kb, para)
        if numbered:
            # 「基本任务应该是：（1）继续…；（2）…」: the numbers mark the items, each read whole (a ； may sit inside one).
            lead, whole = numbered
            names = [(*list_line_name(w), para) for w in whole]
            if all(n[0] for n in names):
                out.append(LeadIn(para, lead, tuple(names), tuple(whole), _preamble(text, lead)))
                continue
        if inline:
            lead, clauses = inline
            out.append(LeadIn(para, lead, tuple((*_clause_name(c), para) for c in clauses if _clause_name(c)[0]),
                              preamble=_preamble(text, lead)))
    return out


#: Words every chapter of a plan uses (政策, 措施, 建设, 项目): no list is asked for by these alone.
_GENERIC_WORDS = frozenset("""
发展 建设 项目 工程 政策 措施 任务 重点 主要 工作 内容 方面 问题 要求 目标 情况 方针 原则 加强 推进 实施 提高 加快 实现 国家
""".split())

#: Period names (八五, “十四五”) and the words of a list question that say it is a list, not what it is about.
_PERIOD = re.compile(rf"(?:{PERIOD_NUMERAL})五|期间|时期|规划|纲要|计划")
_PERIOD_NAME = re.compile(rf"{PERIOD_TEXT}|第[一二三四五六七八九十]{{1,3}}个五年计划")
_ASKED_OF_PLAN = re.compile(r"(?:提|列|讲|说|写)了|(?:提出|提到|列出|明确)了")
_LIST_WORDS = re.compile(r"(?:包括|包含|分为|分成|有)?哪(?:些|几[个项类种条方面]*)(?:产品|项目|方面|内容)?[？?。]?$|"
                         r"(?:完成|实现|满足|达到)(?=哪)|"
                         r"(?<!第)哪?[0-9一二三四五六七八九十两]{1,2}(?:大类|大|个方面|个|项|条|类|种|点)(?![\u4e00-\u9fff]{0,1}[年月日元])|有哪些|包括哪些|包含哪些|哪些|哪几个?|哪几[类种项方面]|都有什么|有什么|是什么|分别是|主要|具体|重点")


def _context(kb: KB, lead: LeadIn) -> str:
    """The lead-in paragraph read with the title of the heading it sits under (「耐用消费品工业」 names 「主要产品」).

    Only the nearest heading: a part's title (「…科学技术…」) says too little about one list far below it.
    """
    # A list inside its own paragraph is read with its lead-in and the sentences before it, not the whole paragraph
    # (「义务教育：新建…4所，即A、B…。学前教育：…；…」 holds another list before this one).
    inside = any(p == lead.para for _, _, p in lead.items)
    short = len(kb.norm_text[lead.para]) <= _ITEM_CHARS and not inside
    titles = [kb.norm_text[lead.para] if short else lead.preamble + lead.sentence]
    node = kb.parent(lead.para)
    if node and kb.type(node) in ("Section", "Chapter", "Part", "Box"):
        # 「铁　路」: a title letter-spaced in print reads as one word.
        titles.append(re.sub(r"\s+", "", str(kb.attrs(node).get("title") or "")))
    line = _title_line_above(kb, lead.para)
    if line:
        titles.append(line)
    return "|".join(titles)


@per_kb
def _positions(kb: KB) -> dict[str, int]:
    """Each paragraph's place in reading order."""
    return {p: k for k, p in enumerate(kb.paragraph_nodes)}


def is_title_line(text: str) -> bool:
    """Whether a normalised paragraph is a numbered title line (「(四)实现农业生产计划的措施」), not prose."""
    return bool((LIST_MARK.match(text) or NUMBER_OF.match(text)) and _TITLE_LINE.match(text))


def under_title_line(kb: KB, para: str) -> list[str]:
    """The paragraphs a title line heads: those after it in its heading, up to the next title line."""
    paras = kb.paragraph_nodes
    out = []
    for other in paras[_positions(kb).get(para, len(paras)) + 1:]:
        if kb.parent(other) != kb.parent(para) or is_title_line(kb.norm_text[other]):
            break
        out.append(other)
    return out
#: Paragraphs looked back over for the title line a paragraph sits under.
_TITLE_LOOKBACK = 40


def _title_line_above(kb: KB, para: str) -> str | None:
    """The numbered title line a paragraph sits under inside its heading (「（二）建筑新的铁路」), if any.

    Old plans print their sub-headings as plain numbered lines, not as headings the tree
    reads; the nearest one above in the same heading names what the paragraph is about.
    """
    paras = kb.paragraph_nodes
    at = _positions(kb).get(para, -1)
    for other in reversed(paras[max(at - _TITLE_LOOKBACK, 0): max(at, 0)]):
        if kb.parent(other) != kb.parent(para):
            break
        if is_title_line(kb.norm_text[other]):
            return LIST_MARK.sub("", kb.norm_text[other])
    return None


def _content_words(question: str) -> set[str]:
    """The question's words of two characters or more, function words, list words and period names left out."""
    from ..index.bm25 import STOPWORDS, tokenize

    # 「十三五纲要提了哪几条…」: the period's name (jieba cuts 十三|五) and the plan's speaking verb are not what is asked.
    # 「今年要做好哪五个方面」: 今年 points at the report's own year, which a lead-in under 「2023年工作安排」 never prints.
    question = _ASKED_OF_PLAN.sub("|", _PERIOD_NAME.sub("|", re.sub(r"今年|本年度?", "|", question)))
    words = {w for w in tokenize(_LIST_WORDS.sub("|", question)) if len(w) >= 2 and w not in STOPWORDS
             and not _PERIOD.fullmatch(w)}
    # jieba's search mode also gives the compound of two words (产品产量): the two words are what is asked.
    return {w for w in words if not any(w[:k] in words and w[k:] in words for k in range(2, len(w) - 1))}


def word_cover(question: str, context: str) -> float:
    """Share of the question's content words (jieba, two characters or more) that ``context`` holds.

    Words, not bigrams: a bigram across two words (「量预」 of 「产量预测」) is no content of
    the question. A year counts in arabic or Chinese digits (2000 ↔ 二〇〇〇).

    Examples
    --------
    >>> word_cover("2000年主要产品产量预测包括哪些产品", "预测到二〇〇〇年主要产品的产量是：")
    1.0
    >>> word_cover("2000年原油产量", "原油十亿吨")
    0.3333333333333333
    """
    words = _content_words(question)
    if not words:
        return 0.0
    quoted = quoted_phrase(question)
    if quoted and quoted not in context:
        # 「“6+1”产业链包括哪些」: the quoted name is what is asked about; a lead-in without it is another list.
        return 0.0
    years = _years(context)
    return sum(w in context or w in years for w in words) / len(words)


def single_best(scored: list[tuple[tuple, object]], same) -> object | None:
    """The best-scored candidate of ``scored`` ((score, candidate) pairs), or None when there is none or the
    best-scored ones differ in ``same(candidate)`` (two lists fitting alike: the question does not say which)."""
    if not scored:
        return None
    top = max(score for score, _ in scored)
    best = [c for score, c in scored if score == top]
    return best[0] if len({same(c) for c in best}) == 1 else None


#: What kind of statement a list question asks for (表现, 原因, 成就 …): a lead-in that says no such thing lists other things.
_ASPECT = re.compile(r"表现|体现|原因|困难|成就|形势")


def answer_lead_in_list(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None,
                        threshold: float = 0.75, own: bool = False) -> Answer | None:
    """「1985年耐用消费品要生产哪些产品？」: the items of the lead-in the question restates, in order, cited.

    The lead-in must hold (with its headings' titles; with ``own`` by itself) at least
    ``threshold`` of the question's content words (:func:`word_cover`). The question must
    name something beyond the genre's every-chapter words (政策, 措施, 建设, 项目 …), and one
    lead-in must fit it best: several fitting alike mean the question does not say which
    list it asks for (「主要政策和措施有哪些」), and nothing is answered here.
    """
    asked_in = {}  # plan → (the question without that plan's own region, its single head word, the count asked)
    for pid in dict.fromkeys(plan_of(lead.para) for lead in lead_ins(kb) if not plan or plan_of(lead.para) == plan):
        read = _asked_reading(_without_home(kb, question, links, pid))
        if read is not None:
            asked_in[pid] = read
    # A list asked of a work or park named whole (partial links score at most 0.8) is that thing's: a lead-in printing
    # no name of it is another's (「澜瑞循经产业园有哪些重点项目」 is not answered by a 物流产业园's 「…三大功能服务区：」).
    owners = [l for l in links if l.type in ("Project", "Park") and l.score > 0.8 and len(l.mention) >= 3]
    scored = []
    for lead in lead_ins(kb):
        if plan_of(lead.para) not in asked_in or len(lead.items) < 2:
            continue
        asked, single, counted = asked_in[plan_of(lead.para)]
        if counted is not None and not ((stated_count(lead.sentence) or things_counted(lead.sentence)) == counted == len(lead.items)):
            continue
        context = _context(kb, lead)
        if owners and not any(l.mention in context or normalise_text(l.label) in context for l in owners):
            continue
        sentence = context.split("|")[0]
        if single and single not in sentence:
            continue
        if any(word_cover(asked, title) >= threshold for title in context.split("|")[1:]) and \
                word_cover(asked, lead.sentence) < 1.0:
            # 「宏观调控目标和政策包括哪些方面」 restates a heading above the lead-in: the heading's own parts answer it.
            continue
        if any(w not in context for w in _ASPECT.findall(asked)):
            # 「…问题主要表现在哪些方面」 asks how problems show: a lead-in of measures naming the same problems is no answer.
            continue
        score = word_cover(asked, sentence if own else context)
        # Ties go to the lead-in that says more of the question itself (主要畜产品的产量指标, not the chapter's 主要指标).
        if score >= threshold:
            scored.append(((score, word_cover(asked, sentence)), lead))
    lead = single_best(scored, lambda lead: lead.items)
    if lead is None:
        return None
    items = [Item(name, kb.citation(p), detail=detail or None) for name, detail, p in lead.items]
    body = "；".join(f"{i.label}（{i.detail}）" if i.detail else i.label for i in items)
    if lead.whole and len("".join(lead.whole)) <= WHOLE_CHARS:
        # Items numbered inside one paragraph are said whole (their name is only their first clause).
        body = "；".join(f"（{k}）{as_printed(kb, lead.para, w)}" for k, w in enumerate(lead.whole, 1))
    elif len(body) > 280:
        body = "；".join(i.label for i in items)
    text = f"规划列出{len(items)}项：{body}。" + (count_asked_note(question, len(items)) or _count_note(lead.sentence, len(items)))
    cites = list(dict.fromkeys([kb.citation(lead.para)] + [i.citation for i in items]))
    return Answer(question, text, True, items, cites[:12], kind="list")


def _without_home(kb: KB, question: str, links: list[Link], plan: str) -> str:
    """``question`` with the places that are ``plan``'s own region left out (松江 of 「松江要推进的8个重点工程项目」
    over 《松江区绿化市容规划》): the whole plan is that region's, so its lead-ins need not print it."""
    home = normalise_text(home_titles(kb, plan))
    for link in links:
        if link.type == "Place" and len(link.mention) >= 2 and (link.mention in home or normalise_text(link.label) in home):
            question = question.replace(link.mention, "|")
    return question


def _asked_reading(question: str) -> tuple[str, str | None, int | None] | None:
    """(question, the one word beyond the genre's every-chapter words it names or None, the count it asks when it names
    no such word), or None when the question names nothing a lead-in could be picked by."""
    words = _content_words(question)
    heads = {w for w in words if not any(w != o and w in o for o in words) and w not in _GENERIC_WORDS}
    single = next(iter(heads)) if len(heads) == 1 else None
    if single and len(single) < 3:
        # One short word (「如何发展农业」) restates too many lead-ins to pick one; the phrase it stands in
        # (基本 of 「二五计划的基本任务有哪几条」 → 基本任务) must then be the lead-in's own.
        single = _asked_phrase(question, single)
    counted = None
    if not heads or len(heads) == 1 and not single:
        # 「要重点做好哪十个方面的工作」: every word generic, but the count asked picks the lead-in that states it
        # (「重点做好以下十个方面工作：」) — and only one that has that many items.
        counted = count_asked(question)
        if counted is None or not words:
            return None
    return question, single, counted


#: Longest run of whole items a list answer quotes (beyond it, the items' names).
WHOLE_CHARS = 700
#: What a list question's words around the asked phrase are (period names, list words, 的).
_PHRASE_CUT = re.compile(r"[的之|,，、？?。！!\s]|" + _PERIOD_NAME.pattern + "|" + _LIST_WORDS.pattern)


def as_printed(kb: KB, para: str, norm: str) -> str:
    """``norm`` (a normalised span of the paragraph) as printed, full-width punctuation kept, where the two align
    character by character; else ``norm``."""
    raw = re.sub(r"\s+", "", str(kb.attrs(para).get("text") or ""))
    folded = "".join(unicodedata.normalize("NFKC", c)[:1] or c for c in raw)
    at = folded.find(norm)
    return raw[at: at + len(norm)] if at >= 0 else norm


def _asked_phrase(question: str, word: str) -> str | None:
    """The phrase of ``question`` holding ``word`` (four characters at least), period names and list words cut off.

    >>> _asked_phrase("二五计划的基本任务有哪几条？", "基本")
    '基本任务'
    >>> _asked_phrase("二五计划要完成哪几项基本任务？", "基本")
    '基本任务'
    >>> _asked_phrase("如何发展农业？", "农业") is None
    True
    """
    for part in _PHRASE_CUT.split(question):
        part = re.sub(r"^(?:如何|怎样|怎么|要|将|的|[项个条类种])|(?:如何|怎样|怎么|要|有)$", "", part or "")
        # 「发展农业」: a verb every chapter uses before the word says nothing more of which list.
        part = re.sub(r"^(?:" + "|".join(sorted(_GENERIC_WORDS, key=len, reverse=True)) + ")+", "", part)
        if word in part and len(part) >= 4:
            return part
    return None


#: The count a list question asks for (哪六大类, 哪三条, 五项基本任务).
_COUNT_ASKED = re.compile(r"(?<![第0-9一二三四五六七八九十两])哪?([0-9一二三四五六七八九十两]{1,2})(?:大类|大|个方面|个|项|条|类|种|点)(?!五年)")


def count_asked_note(question: str, found: int) -> str:
    """What to say when a list question names a count (「按哪五大类来分」) the plan's items do not make.

    >>> count_asked_note("特色小城镇按哪五大类来分？", 6)
    '（问题说“五大类”，规划列出的是6项。）'
    >>> count_asked_note("特色小城镇按哪六大类来分？", 6)
    ''
    >>> count_asked_note("十三五期间有哪些项目？", 4), count_asked_note("第三个五年计划的基本任务是什么？", 5)
    ('', '')
    """
    m = _COUNT_ASKED.search(question)
    if not m or count_asked(question) in (None, found):
        return ""
    return f"（问题说“{m.group(0).lstrip('哪')}”，规划列出的是{found}项。）"


def count_asked(question: str) -> int | None:
    """The count a list question names (四 of 「四大历史文化风貌区是哪四个」), or None.

    >>> count_asked("四大风貌区是哪四个？"), count_asked("有哪些项目？")
    (4, None)
    """
    m = _COUNT_ASKED.search(question)
    return parse_cn_number(m.group(1).replace("两", "二")) if m else None


def _count_note(sentence: str, found: int) -> str:
    """What to say when a lead-in announces a count (「以下八条」) its items do not make: the reader checks the rest.

    >>> _count_note("主要的有以下八条:", 7)
    '（引语称“以下八条”，这里读出7项，其余请查原文。）'
    >>> _count_note("主要的有以下八条:", 8)
    ''
    """
    m = _ANNOUNCED_COUNT.search(sentence)
    if not m or parse_cn_number(m.group(1).replace("两", "二")) in (None, found):
        return ""
    return f"（引语称“{m.group(0)}”，这里读出{found}项，其余请查原文。）"


#: Words of a figure question that ask for the figure, not what it is of.
_ASKS_FIGURE = re.compile(r"(?:预计|预测|计划|规划|纲要|要求|要|将|能|会)?(?:达到|达|增加到|提高到|为|是|有)?(?:多少|几)[\u4e00-\u9fff]?[？?。]?$")
_OUTPUT = re.compile(r"年?生?产量")
_OUTPUT_TAIL = re.compile(r"总?生?产量$")
#: How a plan hedges a figure (预计, 预测, 力争): the question's hedge need not be the lead-in's.
_HEDGES = r"预计|预测|计划|规划|要求|力争|争取|届时"
_CN_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _years(text: str) -> set[str]:
    """Years a text names, arabic or in Chinese digits (二〇〇〇年 → 2000)."""
    out = set(re.findall(r"((?:19|20)\d\d)年", text))
    out |= {y.translate(_CN_YEAR_DIGITS) for y in re.findall(r"([〇零一二三四五六七八九]{4})年", text)}
    return out


def _unit_of(question: str) -> str | None:
    m = re.search(r"多少([\u4e00-\u9fff])[？?。]?$", question)
    return m.group(1) if m and m.group(1) not in "亿万千百" else None


def answer_lead_in_figure(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「1985年自行车产量要达到多少？」: the figure on the list line the question names, under its lead-in.

    Given only when verified: the line's name is in the question, every other content
    word of the question is in the lead-in, its headings or the line (产量 in
    「主要产品的生产量为：」), an asked year is the lead-in's or the line's, and a unit
    asked (多少辆) is the figure's.
    """
    from ..passages.extractive import content_bigrams

    years = _years(question)
    unit = _unit_of(question)
    found = []
    for lead in lead_ins(kb):
        if plan and plan_of(lead.para) != plan:
            continue
        for name, detail, para in lead.items:
            # 「肉类总产量2,275万吨」 is asked as 肉类产量 too: the name without its measure, the measure then checked.
            # 「原材料工业（包括钢铁…）」 is asked as 原材料工业: the aside is no part of the name asked.
            bare = _ASIDE.sub("", name)
            named = bare if bare in question else _OUTPUT_TAIL.sub("", bare)
            if not detail or not named or named not in question:
                continue
            if len(named) < 2 and not re.search(re.escape(named) + r"的?(?:年?产量|生产量)", question):
                # One character (钢, 表) is a name only right before the measure asked (钢产量), not inside a word (钢材).
                continue
            line = kb.norm_text[para]
            context = _context(kb, lead) + "|" + line
            if years and not years <= _years(context):
                continue
            if unit and unit not in detail:
                continue
            rest = re.sub(r"(?:19|20)\d\d年|[〇零一二三四五六七八九]{4}年|" + _HEDGES, "|", _ASKS_FIGURE.sub("", question.replace(named, "|")))
            # 年产量 and 生产量 are the 产量 a lead-in names.
            if word_cover(_OUTPUT.sub("产量", rest), _OUTPUT.sub("产量", context)) < 1.0 and content_bigrams(rest):
                continue
            found.append((name, detail, para, lead))
    if len({(f[0], f[1]) for f in found}) != 1:
        # None, or two lines giving the name different figures: no single verified answer.
        return None
    name, detail, para, lead = found[0]
    cite = kb.citation(para)
    year = "、".join(sorted(_years(_context(kb, lead) + kb.norm_text[para]) & years)) if years else ""
    # The line's own piece of its paragraph: a lead-in and its items printed in one paragraph
    # (「主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%左右」) quote the item, not the opening sentence.
    pieces = re.split(r"[。；;]", LIST_MARK.sub("", kb.norm_text[para]))
    own = next((p for p in pieces if name in p and detail in p), pieces[0])
    printed = LIST_MARK.sub("", kb.printed(para, own.split("：")[-1] if name in own.split("：")[-1] else own))
    text = f"{name}：{detail}" + (f"（{year}年）" if year else "") + f"。原文：“{printed}”"
    return Answer(question, text, True, [Item(name, cite, detail=detail)], [kb.citation(lead.para), cite], kind="fact")
