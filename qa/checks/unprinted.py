"""A named road, river, bridge or village the plan never prints: 「真北路积水改善工程是怎么安排的」 over a plan naming
交通西路、同普路… but no 真北路.

The genre names a place by its proper words and a kind word (真北路, 桃浦河, 杨家村). When the proper words are
printed nowhere in the plan, nothing it says is about that place: passages about the same works on other roads
are no answer, only what the plan lists instead (said as not the asked). A kind word after a generic word (道路,
乡镇, 农村) names no place.
"""
from __future__ import annotations

import re

from ..answer import Answer
from ..index.kb import KB, normalise_text, plan_of
from ..question.ngrams import bigrams
from ..vocabulary import WORK_HEADS
from ..trace import check

__all__ = ["unprinted_place", "refuse_unprinted", "unprinted_thing", "printed_kin", "place_names", "proper_words", "without_place", "DONE_TO", "printing_short", "THING_HEAD"]

#: Kind words that end a place's name; before them the two characters of its proper words.
#: (not a generic word the kind word begins: 桥梁, 河道, 河湖, 村庄, 路网, 街道, 镇区, 河口/路口)
_KINDED = re.compile(r"(?=([\u4e00-\u9fff]{2})(路|街|桥|河|浜|村|镇|泵站|隧道|水库)(?![梁道网长湖流堤庄级民面灯段线径区域口]))")
#: A kind word after these is a generic word (道路, 公路, 城镇, 农村, 江河, 车站, 古镇), no proper name.
_GENERIC = set("道公铁马线水管支干思出网电航运江内小山城乡集农泵车基驿大老古步渠个各每全本该等此某几条座处所家的之")
#: Function words, which are no part of a proper name (「跟桃浦河有关」, 「白溪到河口」, 「讲古镇旅游的」; 「哪些镇」 asks).
_BEFORE = set("跟和与及的在把对有是了那这个为从向到让给被将要讲哪些")
#: A town or village named by one proper character and its kind word, said first as the question's topic
#: (「北桥的城中村改造」「马桥那边」): too short for ``_KINDED`` anywhere else in a question.
_TOPIC = re.compile(r"^([\u4e00-\u9fff])(桥|镇|村|港|湾|泾|浜|塘)(?=的|那边|这边|那里|这里|地区|片区|一带|街道)")


def unprinted_place(kb: KB, question: str, plan: str | None = None) -> str | None:
    """The first place ``question`` names by proper words the plan prints nowhere, or None.

    >>> _KINDED.findall("真北路积水改善工程是怎么安排的"), _KINDED.findall("跟桃浦河有关的工程")
    ([('真北', '路')], [('桃浦', '河')])
    >>> _KINDED.findall("月湖隧道哪年建成"), _KINDED.findall("石门水库扩容多少")
    ([('月湖', '隧道')], [('石门', '水库')])
    >>> _TOPIC.match("北桥的城中村改造什么时候完成").group(0), _TOPIC.match("大桥的限高是多少").group(1)
    ('北桥', '大')
    """
    q = normalise_text(question)
    candidates = [m for m in _KINDED.finditer(q)
                  if m.group(1)[-1] not in _GENERIC and not any(c in _BEFORE for c in m.group(1))]
    topic = m.group(0) if (m := _TOPIC.match(q)) and m.group(1) not in _GENERIC | _BEFORE else None
    if not candidates and not topic:
        return None  # most questions name no place: the plan's text is not read for them (this runs on every answer)
    texts = [kb.norm_text[p] for p in kb.paragraph_nodes if not plan or plan_of(p) == plan]
    # headings and 专栏 titles print names too (专栏2.1 “幸福滨河”重点工程)
    texts += [normalise_text(h.title) for h in kb.headings.rows if h.title and (not plan or plan_of(h.node) == plan)]
    if topic and not any(topic in t for t in texts):
        return topic
    for m in candidates:
        proper, kind = m.group(1), m.group(2)
        if any(proper in t for t in texts):
            continue
        start = m.start()
        while start > max(0, m.start() - 2) and re.match(r"[\u4e00-\u9fff]", q[start - 1]) and q[start - 1] not in _BEFORE:
            start -= 1  # the whole proper name said (政通六路, not 通六路)
        return q[start : m.start()] + proper + kind
    return None


@check("unprinted")
def refuse_unprinted(kb: KB, question: str, answer: Answer, plan: str | None = None) -> Answer:
    """``answer`` itself, or found False when the question names a place the plan never prints; what the plan gives
    on the same works elsewhere is said as such (its passages cited as hints, never as the asked place's)."""
    if not answer.found or (place := unprinted_place(kb, question, plan)) is None:
        return answer
    others = "；".join(i.label.rstrip("。；;") for i in answer.items[:3])[:150]
    text = f"规划中没有提到{place}。" + (f"规划写到的是其他地方的相关内容（不是{place}的）：{others}" if others else "")
    return Answer(answer.question, text.rstrip("；") + ("" if text.endswith("。") else "。"), False,
                  citations=answer.citations, kind=answer.kind)


#: How the name of a facility, site, body or area ends (机场, 体育中心, 物流园, 森林公园, 档案馆, 商务区, 实验室): a
#: question naming one asks about that thing, not about the words it shares with printed names (零陵, 机场).
THING_HEAD = re.compile(rf"(?:{WORK_HEADS}|机场|园区|产业园|物流园|公园|园|医院|学校|大学|学院|中学|小学|水库|大道|公路|高速|铁路"
                         r"|大桥|隧道|码头|广场|商务区|新区|新城|小镇|实验室|博物馆|枢纽)$")
#: Words after a thing's name that say what is done to it or asked of it (建设, 规划, 的保护), no part of the name.
DONE_TO = re.compile(r"(?:的?(?:建设|规划|布局|新建|改造|扩建|保护|工作|内容|相关内容|情况|安排))*的?$")
#: Words a question leads a thing with when it asks where the plan treats it (「讲零陵区体育中心的是哪一章」).
_ASKING_LEAD = re.compile(r"^(?:讲|关于|涉及|论述|部署|介绍)")
#: A short term a where-question may name with nothing linked (氢能, 低空经济, 元宇宙): CJK only, no word of asking,
#: joining or treating (「如何让农民增收」「城乡融合和乡村振兴」 are topics the passages place).
_TERM = re.compile(r"(?:(?![的和与及或等如何怎么哪什么讲关于方面问题])[\u4e00-\u9fffA-Za-z]){2,10}")
#: Kind words an asker adds after a thing's name (X项目, X工程, X建设项目).
_ASKERS_KIND = re.compile(r"(?:建设|重点|重大)?(?:项目|工程)$")
#: Most characters a short form may leave out between two of its own (永零高速 of 永州至零陵高速公路, 混改 of
#: 混合所有制改革).
_GAP = 4


def _short_form(name: str) -> re.Pattern:
    return re.compile(f".{{0,{_GAP}}}".join(re.escape(c) for c in name))


def place_names(kb: KB) -> tuple[str, ...]:
    """The served plans' place names, each also without its level word (零陵区 and 零陵), normalised."""
    names = {normalise_text(kb.label(n)) for n in kb.by_type.get("Place", [])}
    return tuple(sorted(names | {n[:-1] for n in names if len(n) >= 3 and n[-1] in "省市区县镇乡"}))


def without_place(name: str, places: tuple[str, ...]) -> str:
    """``name`` without the longest of ``places`` it leads with (零陵区体育中心 → 体育中心), two characters left at least."""
    for place in sorted(places, key=len, reverse=True):
        if name.startswith(place) and len(name) - len(place) >= 2:
            return name[len(place):]
    return name


def unprinted_thing(kb: KB, words: str, *, plan: str | None = None, places: tuple[str, ...] = (),
                    any_term: bool = False) -> str | None:
    """The thing ``words`` (a where-question's subject) name when its name ends with a kind head and the plan prints
    it nowhere, whole or as a clear short form (its characters in order, a few left out between); else None.

    ``places`` are place names the question's words may lead with (零陵区, 普陀区): 「零陵区生活垃圾焚烧发电项目」 is
    the printed 生活垃圾焚烧发电项目, 「零陵通用机场」 no printed thing, the plan naming only 黄花机场 and 零陵.
    Words naming no kind of thing (「营商环境」「修复矿山损毁土地面积28000亩」) are the passages' to place: None —
    unless ``any_term`` (the question links no name of the plan's), when a short term (氢能, 低空经济: at most ten
    characters, no word of asking or joining) is checked the same way.

    >>> DONE_TO.sub("", "零陵通用机场规划"), DONE_TO.sub("", "柳子庙的保护"), bool(THING_HEAD.search("零陵区档案馆"))
    ('零陵通用机场', '柳子庙', True)
    >>> bool(_short_form("永零高速").search("永州至零陵高速公路")), bool(_short_form("森林公园").search("湿地公园"))
    (True, False)
    """
    name = DONE_TO.sub("", _ASKING_LEAD.sub("", normalise_text(words)))
    if re.search(r"[0-9%]", name):
        return None
    if not (len(name) >= 3 and THING_HEAD.search(name)) and not (any_term and _TERM.fullmatch(name)):
        return None
    bare = without_place(name, places)
    # 「综合保税仓库项目列在哪个专栏」: 项目 or 工程 the asker adds to a printed name (综合保税仓库。项目选址…) is no part of it
    own = _ASKERS_KIND.sub("", bare)
    if printing_short(kb, bare, plan=plan) or (len(own) >= 3 and own != bare and printing_short(kb, own, plan=plan)):
        return None
    titles = [normalise_text(h.title) for h in kb.headings.rows if h.title and (not plan or plan_of(h.node) == plan)]
    short = _short_form(bare)
    if any(bare in t or short.search(t) for t in titles):
        return None
    if not THING_HEAD.search(bare) and _printed_turned(kb, bare, plan=plan):
        return None  # 「政府职能转变」 of a plan printing 转变政府职能: a term's words said in another order
    if _printed_apart(kb, bare, plan=plan):
        return None
    return name


#: Most characters a sentence may print between a thing's owner and its kind-headed part (洛湛铁路在零陵设立货运车站).
_APART = 8


def _printed_apart(kb: KB, name: str, *, plan: str | None) -> bool:
    """Whether one sentence prints ``name`` in two parts, its owner (two characters at least) and then, a few characters
    on, the part ending in its kind head: 「洛湛铁路货运车站」 of 「积极争取洛湛铁路在零陵设立货运车站」.

    >>> bool(re.search(f"洛湛铁路[^。；]{{0,{_APART}}}货运车站", "积极争取洛湛铁路在零陵设立货运车站"))
    True
    """
    for cut in range(2, len(name) - 1):
        left, right = name[:cut], name[cut:]
        if len(right) < 2 or not THING_HEAD.search(right):
            continue
        apart = re.compile(f"{re.escape(left)}[^。；;]{{0,{_APART}}}{re.escape(right)}")
        if any(apart.search(kb.norm_text[p]) for p in kb.printing(left, plan=plan)):
            return True
    return False


def _printed_turned(kb: KB, term: str, *, plan: str | None) -> bool:
    """Whether one paragraph prints both halves (two characters each at least) of ``term`` split somewhere."""
    for cut in range(2, len(term) - 1):
        left, right = term[:cut], term[cut:]
        if any(left in t and right in t for t in (kb.norm_text[p] for p in kb.printing(left, plan=plan))):
            return True
    return False


def printing_short(kb: KB, name: str, *, plan: str | None = None) -> list[str]:
    """The paragraphs printing ``name`` whole, else as a clear short form (its characters in order, at most a few
    left out between two: 中医院 in 区级中医医院), in reading order."""
    if whole := kb.printing(name, plan=plan):
        return whole
    short = _short_form(name)
    return [p for p in kb.paragraph_nodes if (not plan or plan_of(p) == plan) and short.search(kb.norm_text[p])]


#: Characters a printed name is made of (no punctuation: 「、黄花机场等」 starts it after 、).
_NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9“”]")
_BEFORE_NAME = set("和与及的在对有是了为从向到让给被将要等以")
#: Verbs of effort a clause opens with before a name (建设零陵区中心, 依托黄花机场): no part of it.
_LEAD_VERB = re.compile(r"^(?:持续|积极|大力|着力|全力|加快|推进|推动|建设|新建|打造|实施|依托|完善|提升|支持|引进|争取|开工|启动|包含|包括)+")
#: Heads too general to make two names kin by themselves (托育中心 is nothing near 体育中心).
_LOOSE_HEADS = {"中心", "项目", "工程", "基地", "园", "馆", "站", "场", "厂", "港"}


def printed_kin(kb: KB, thing: str, *, plan: str | None = None, limit: int = 2) -> list[tuple[str, str]]:
    """Up to ``limit`` (printed name, paragraph) pairs near ``thing``, which the plan never prints: names printed with its
    kind head (黄花机场 for 零陵通用机场; with a loose head such as 中心 or 馆, only those sharing its other words), those
    sharing more of its words first; [] when none is near. Said to the asker as not the thing, never as its place."""
    if not (m := THING_HEAD.search(thing)):
        return []
    head, grams = m.group(0), bigrams(thing[: m.start()])
    out: dict[str, tuple[int, str]] = {}
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text[para]
        for hit in re.finditer(re.escape(head), text):
            start = hit.start()
            while start > max(0, hit.start() - 10) and _NAME_CHARS.match(text[start - 1]) and text[start - 1] not in _BEFORE_NAME:
                start -= 1
            name = _LEAD_VERB.sub("", text[start : hit.end()])
            shared = len(grams & bigrams(name[: -len(head)]))
            if len(name) > len(head) + 1 and name not in out and (shared or head not in _LOOSE_HEADS):
                out[name] = (shared, para)
    ranked = sorted(out.items(), key=lambda kv: (-kv[1][0], kb._reading_order(kv[1][1])))
    # (工业物流园 inside 零陵火车站工业物流园 is the same name, cut short)
    kept = [(name, para) for name, (_, para) in ranked if not any(name != other and name in other for other in out)]
    return kept[:limit]


def proper_words(thing: str) -> str:
    """``thing``'s words before its kind head (体育 of 零陵区体育中心 after its place), for headings near it."""
    return thing[: m.start()] if (m := THING_HEAD.search(thing)) else thing
