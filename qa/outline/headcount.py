"""How many parts one heading has, asked in any wording: 「主要任务一共分了几个方面？」「“四、主要任务”下面有几节？」
「发展原则有几条？」「规划提出了几项重点任务？」.

The heading is the one the question names by its words — quoted or not, its enumerator (四、, （一）, 第四章)
dropped — found by its title: the whole title first, then the genre's other words for it (发展原则 for 基本原则,
:data:`qa.enumerations.lists.HEADING_SYNONYMS`), then a title ending with the words (「“十四五”时期主要任务」). Its parts are its
sub-headings, else what it lists (:func:`qa.enumerations.lists.heading_items`: numbered lines, lead phrases). A heading the
plan does not have gives ``found: false`` naming it — never the whole plan's count nor another heading's.
:func:`answer_nth_part` reads the same parts for 「主要任务的第三个方面是什么？」.
"""
from __future__ import annotations

import re

from kg.ingest.markers import LIST_MARK, member_levels

from ..answer import Answer, Item
from ..question.frame import digit_years
from ..question.intent import PLAN_SAYS, Intent, quoted_phrase
from ..index.kb import KB, normalise_text, plan_of
from ..question.link import Link
from ..question.ngrams import bigrams
from ..enumerations.leadin import answer_lead_in_list, lead_ins
from ..enumerations.lists import HEADING_SYNONYMS, heading_items, numbered_members
from ..enumerations.numbered import item_title, numbered_items
from .itemsections import numbers_items
from .structure import BRACKETED, bracketed_child, heading_item, numbered_heading, title_lines

__all__ = ["CHILD_WORDS", "count_frame", "headings_named", "NAMES_HEADING", "answer_heading_count", "answer_listed_count", "NTH_ASKED", "answer_nth_part", "NTH_ITEM_ASKED", "answer_nth_item", "TOTAL_ITEMS_ASKED", "answer_items_total", "items_counted",
           "CATEGORIES_ASKED", "answer_box_categories"]

#: Words a count question uses for a heading's parts (几个方面, 几节, 几条); the answer counts in the same word.
CHILD_WORDS = ("专栏", "方面", "小节", "节", "章", "篇", "部分", "块", "大类", "类", "层次", "项", "条", "点", "个")

_COUNT = re.compile(
    r"(?:一共|总共|共计|总计|合计|共)?(?:分了|分为了?|分成了?|(?<![规计])划分为?|分|包括了?|包含了?|含|有|列了|列出了?|提出了?|提了|讲了|写了|明确了?"
    r"|下设了?|设了?|设置了?|安排了?|部署了?|涉及)?(?<![哪第])(?:几|多少)(?P<m>个|项|条|大|点|类|块)?(?P<noun>[\u4e00-\u9fff]{0,8}?|[“\"][^”\"]{1,8}[”\"][\u4e00-\u9fff]{1,8}?)"
    r"(?:呢|吗|啊)?[？?。!！]*$")
#: Words around the heading's name that are not part of it (下面, 这一部分, 里).
_AROUND = re.compile(r"(?:下面|下边|之下|以下|下|里面|里边|里头|里|之中|中|内|[这那该]一?(?:篇|章|节|部分|块|方面)|部分|板块|一块|方面|分别|具体|的)+$")
_LEAD = re.compile(r"^(?:请问)?(?:" + PLAN_SAYS + r"|(?:规划|纲要|本规划)(?:在|中|里|的)+)?")
#: A heading's own enumerator, written with its name (四、主要任务, （一）, 第四章, 4.).
_ENUMERATOR = re.compile(r"^(?:第[0-9一二三四五六七八九十百〇零两]+[篇章节部分]|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[)）]|\d+[、．.])")
#: The plan itself named where a heading would be (规划正文, 这个十年规划纲要, “七五”计划（摘要）, 这个报告 — the genre's
#: words for the document itself, whatever it is called): a whole-plan count.
_PLAN = re.compile(r"(?:规划|纲要|计划|方案|报告|建议|意见|摘要|正文|全文|文件|文本|本规划)(?:[（(][^）)]{0,6}[)）])?$")
#: A heading's title after the plan's own name (八五计划的基本任务, 本规划的主要任务): the title is group 1.
_OF_PLAN = re.compile(r"^.{0,10}?(?:规划|纲要|计划|方案)(?:[（(][^）)]{0,6}[)）])?的(.{2,})$")
#: What a plan lists rather than counts by a figure: a count of these in 项/条 asks a list's members.
_LISTED_NOUN = re.compile(r"(?:部署|举措|措施|任务|方针|原则|要求|重点|目标|方面|内容|工作|政策|领域|途径|路径)$")
#: Words placing the counted parts below a heading the question names.
_UNDER = re.compile(r"(?:下面|下边|之下|底下)(?:一共|总共|共|具体)?(?:有|分了?|列了?|包括)?(?:几|多少)")
#: What a count of numbered items is asked in when it names no heading (「方案一共列了多少条具体任务」).
_TASK_NOUN = re.compile(r"^(?:具体|主要|重点)?(?:任务|举措|措施|工作)(?:事项)?$")
_LEVEL_ONLY = re.compile(r"^(?:篇|章|节|专栏|部分|[一二三]级标题|标题)$")
_QUOTES = re.compile(r"[“”\"'‘’「」『』]")
#: Count words only a heading's parts are counted in.
_PART_WORDS = ("方面", "部分", "节", "小节", "章", "篇", "块", "专栏", "层次")
#: Most headings one count answer gives (each named); more and the question is asked back.
_MOST_NAMED = 3
#: A count of a heading's deepest items (「一共列了多少条具体任务」「主要任务有几条」): the numbered items under its
#: sub-headings (1.…20. under （一）…（五）), not the sub-headings — the genre counts 方面/部分 in these, 条 in those.
_DEEP = re.compile(r"具体|细项|小项|分项|条目")


def count_frame(question: str) -> tuple[list[str], str | None] | None:
    """(the phrases a count question may name its heading by, the word it counts in), or None for no count question.

    Examples
    --------
    >>> count_frame("主要任务一共分了几个方面？")
    (['主要任务'], '个方面')
    >>> count_frame("“四、主要任务”下面有几节？")
    (['主要任务'], '节')
    >>> count_frame("有几项重点任务？")
    (['重点任务'], '项')
    >>> count_frame("发展原则有几条？")
    (['发展原则'], '条')
    >>> count_frame("规划正文一共分了几个部分？")
    (['规划正文'], '个部分')
    >>> count_frame("“七五”计划（摘要）一共有多少章？")
    (['七五计划(摘要)'], '章')
    >>> count_frame("加强高标准农田建设多少亩？") is None
    True
    >>> count_frame("东部片区涉及几个镇？") is None, count_frame("规划提出了几项重点任务？")
    (True, (['规划', '重点任务'], '项'))
    >>> count_frame("重点任务有多少个？"), count_frame("主要任务有哪几个方面？")
    ((['重点任务'], '项'), None)
    >>> count_frame("“八五”计划的基本任务一共列了几条？")
    (['八五计划的基本任务', '基本任务'], '条')
    >>> count_frame("这个消防规划分为几个部分？")  # 规划 + 分为, not 规 + 划分为
    (['这个消防规划'], '个部分')
    """
    q = normalise_text(question)
    m = _COUNT.search(q)
    if not m:
        return None
    # (a noun quoting a term, 「几条“十四五”面临的困难和挑战」, is named without its quotes)
    noun, measure = re.sub(r"的?内容$", "", _QUOTES.sub("", m["noun"])), m["m"] or ""  # 几部分内容: 部分
    word = next((w for w in CHILD_WORDS if noun.endswith(w)), None) if noun else None
    if word is None and not measure:
        return None  # 「高标准农田建设多少亩」: a unit counts no heading's parts
    phrases = []
    if quoted := quoted_phrase(question):
        phrases.append(quoted)
    before = _AROUND.sub("", _LEAD.sub("", _QUOTES.sub("", q[: m.start()])))
    if noun and word is None and len(before) >= 2 and not _PLAN.search(before) and not _TASK_NOUN.match(noun) \
            and not _ENUMERATOR.match(_LEAD.sub("", _QUOTES.sub("", q[: m.start()]))) and not bigrams(noun) & bigrams(before):
        # 「北方片区涉及几个省区」: a thing counted inside what is named (its text prints it), not its parts; a heading
        # named by its number (「第三部分讲了几个问题」) is counted in any word.
        return None
    phrases.append(before)
    if noun and word is None:
        # 「有几项重点任务」: the noun counted is the heading named (its parts counted in 项).
        phrases.append(noun)
    if word is None or word == "个":
        word = measure if measure and measure != "个" else "项"
    elif measure and measure not in ("大",) and word != measure:
        word = measure + word  # 几个方面 → 个方面
    elif word in ("专栏", "方面", "部分"):
        word = "个" + word  # 多少专栏 → 2个专栏
    # 「“八五”计划的基本任务」「规划的主要任务」: the plan named before its heading's title, which is then tried alone
    phrases += [m[1] for p in phrases if (m := _OF_PLAN.match(p))]
    phrases = [p for p in dict.fromkeys(_ENUMERATOR.sub("", p) for p in phrases) if len(p) >= 2]
    return phrases, word


def _title(kb: KB, node: str) -> str:
    # an outline heading's title keeps its enumerator (（一）基本任务): the words are what a question names it by;
    # a year in digits, as :func:`headings_named` reads the phrase (二〇三五年远景目标 named as 2035年远景目标)
    return digit_years(_ENUMERATOR.sub("", _QUOTES.sub("", normalise_text(str(kb.attrs(node).get("title") or ""))).rstrip("。.")))


def _halves(kb: KB, node: str) -> list[str]:
    """The halves of a heading's title printed apart by a space (坚持工业强区 打造全市先进制造业新高地), as normalised."""
    return [h for h in map(normalise_text, str(kb.attrs(node).get("title") or "").split()) if h]


def _quoted(kb: KB, node: str) -> list[str]:
    """The terms a heading's title quotes (全面推进“健康零陵”建设: 健康零陵), as normalised."""
    return [normalise_text(q) for q in re.findall(r"[“\"「]([^”\"」]{2,20})[”\"」]", str(kb.attrs(node).get("title") or ""))]


#: The genre's verbs for what a plan faces, printed before 的 in a heading (「“十四五”存在的困难和挑战」) and asked by
#: any of them (「面临的困难和挑战」): one word where a title is compared.
_FACED = re.compile(r"(?:面临|存在|面对|遇到)(?=的)")


def _faced(title: str) -> str:
    return _FACED.sub("面临", title)


def headings_named(kb: KB, phrase: str, *, plan: str | None = None, loose: bool = True, inside: bool = False) -> list[str]:
    """The chapters and sections (篇 included) titled by ``phrase``, in printed order: the whole title, else the genre's
    other words for it, else (with ``loose``) a title ending with it (four characters or more), else (with ``inside``,
    for a question that itself says it names a heading: 「X那一部分」) the one title printing it inside (four characters
    or more); an inner heading over one holding it."""
    nodes = [n for t in ("Part", "Chapter", "Section") for n in kb.by_type.get(t, []) if not plan or plan_of(n) == plan]
    phrase = digit_years(phrase)
    others = HEADING_SYNONYMS.get(phrase, ())
    tiers = (
        lambda n: _faced(_title(kb, n)) == _faced(phrase),
        lambda n: _title(kb, n) in others,
        lambda n: loose and len(phrase) >= 4 and any(_title(kb, n).endswith(p) for p in (phrase, *others)),
        # 「工业强区那一篇」 of 第2篇 坚持工业强区 打造全市先进制造业新高地: a title printed in two halves is named by
        # one half, as by a whole title (its end, four characters or more, with ``loose``).
        lambda n: len(halves := _halves(kb, n)) > 1 and (phrase in halves or loose and len(phrase) >= 4
                                                          and any(h.endswith(phrase) for h in halves)),
        # 「健康零陵那一章」 of 第31章 全面推进“健康零陵”建设: the term its title quotes names a heading (four
        # characters or more, lest a short quoted word name many).
        lambda n: len(phrase) >= 4 and phrase in _quoted(kb, n),
        # 「垃圾综合治理那一部分」 of 四、提升全程管理实效，开创垃圾综合治理新局面: the genre wraps a part's topic in what is
        # done to it (开创…新局面, 绘就…新画卷); the asker names the topic and says it names a part.
        lambda n: inside and len(phrase) >= 4 and phrase in _title(kb, n),
    )
    for fits in tiers[:-1]:
        found = [n for n in nodes if fits(n)]
        found = [n for n in found if not kb.descendants(n) & set(found)]
        if found:
            return sorted(found, key=lambda n: (plan_of(n) or "", int(kb.attrs(n).get("line") or 0)))
    # a phrase inside several titles (a chapter's and its section's alike) names none of them
    return found if len(found := [n for n in nodes if tiers[-1](n)]) == 1 else []


#: Words saying the phrase before them names a heading (「X那一部分」「X这一章」「X部分」), not a thing or a topic.
NAMES_HEADING = re.compile(r"^(?:[这那该]一?(?:篇|章|节|部分|块)|部分|一节|一章)")
_SAYS_HEADING = re.compile(r"[这那该]一?(?:篇|章|节|部分|块)")


def _numbered_heading(kb: KB, node: str | None, label: str) -> bool:
    """Whether ``node`` is a 篇, 章 or 节 printed with a number whose heading (number, then title) says ``label``."""
    return bool(node) and kb.type(node) in ("Part", "Chapter", "Section") and kb.attrs(node).get("number") is not None \
        and kb.heading(node).endswith(label) and kb.heading(node) != label


def _parts(kb: KB, node: str, word: str) -> list | None:
    """The parts of ``node`` a count question asks for: its boxes when it counts 专栏, else its sub-headings or listed
    items; None when it lists nothing that can be counted (its own paragraphs not all led by an item)."""
    if word.endswith("专栏"):
        return [d for d in sorted(kb.descendants(node), key=kb._reading_order) if kb.type(d) == "Box"]
    if lines := title_lines(kb, node):
        return [item for _, item in lines]  # （一）… title lines inside a 第N节, each with its text below it
    items = heading_items(kb, node)
    if any(i.entity for i in items):
        return items
    own = sorted((u for u, _ in kb.inn(node, "partOf") if kb.type(u) == "Paragraph"), key=kb._reading_order)
    cited = {i.citation.id for i in items if i.citation}
    led = "".join("1" if kb.attrs(p).get("pid") in cited else "0" for p in own).strip("0")
    # Lead phrases count as parts only as one unbroken run of paragraphs: an intro may lead them in, a note follow
    # them; a paragraph without one among them means the heading is prose, not a list.
    if len(items) >= 2 and "0" not in led:
        return items
    # Numbered members (第一，…第六，) are parts however many paragraphs each goes on in: their numbers are the evidence.
    if len(items) >= 2 and {kb.attrs(p).get("pid") for p in numbered_members(kb, own)} == cited:
        return items
    # 「…面临不少困难和问题。一是…；二是…；三是…」: the one list a heading's own paragraph counts inside itself.
    inside = [lead for lead in lead_ins(kb) if lead.para in own and len(lead.items) >= 2]
    if len(inside) == 1:
        return [Item(name, kb.citation(para), detail=detail or None) for name, detail, para in inside[0].items]
    return None


def answer_heading_count(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None,
                         strict: bool = False) -> Answer | None:
    """「主要任务一共分了几个方面？」: the number of parts of the heading the question names, each part listed and cited.

    None when the question numbers its heading (第四章: the numbered answerers) or names none, names the plan
    itself (规划正文一共几个部分), or (unless ``strict``, for questions asking structure words) names no heading
    of the plan; with ``strict`` a named heading the plan lacks gives ``found: false``.
    """
    note, found = "", None
    if intent.box:
        return None
    if (listed := _title_line_count(kb, question, plan=plan)) is not None:
        return listed
    if (marked := _MARKED_LEVEL.search(normalise_text(question))) and count_frame(question) is not None:
        return _marked_count(kb, question, "(" if marked.group("bracket") else "、", plan=plan)
    if intent.number:
        # 「第十章“建设协同创新平台体系”有几节」: the number and the title must name one heading; when they do not,
        # the title decides (the number is the likelier slip) and the answer says what the number names.
        numbered, phrase = numbered_heading(kb, question, plan=plan), quoted_phrase(question)
        if numbered and (inner := BRACKETED.search(normalise_text(question))):
            # 「第五部分（三）下面有几条任务」: the （三） of the numbered heading is the one counted, never the part
            numbered = bracketed_child(kb, numbered, inner.group(1))
            if numbered is None:
                return None
        named = headings_named(kb, _ENUMERATOR.sub("", phrase), plan=plan) if phrase else []
        if numbered and (numbered in named or not named and digit_years(_ENUMERATOR.sub("", phrase or "")) in _title(kb, numbered)) \
                and (m := _COUNT.search(normalise_text(question))) \
                and (not m["noun"] or m["noun"] in _title(kb, numbered) or _TASK_NOUN.match(m["noun"])
                     or m["noun"] == "部分" and kb.type(numbered) == "Section"  # 「第三章第一节分了几个部分」: its （一） lines
                     or m["noun"] in ("方面", "块", "层次")
                     and _title(kb, numbered) in digit_years(normalise_text(question))):
            # 「第三部分“若干主要问题”一共列了几个」「第三部分讲了几个问题」: a numbered heading's parts counted in a bare
            # 个/项/条 or in its own title's noun, which no level word answers; its quoted words (the end of its title,
            # or none) agree with the number; 「第五部分主要任务下面分了几个方面」: its unquoted title restated, its parts
            # counted in a word for parts no level answers.
            found = [numbered]
        elif not named or numbered in named:
            return None
        else:
            said = re.search(r"第[0-9一二三四五六七八九十百〇零两]+[篇章节部分]", normalise_text(question)).group(0)
            note = f"（题中的{said}是{kb.heading(numbered)}）" if numbered else f"（规划中没有{said}）"
    frame = count_frame(question)
    if frame is None:
        return None
    phrases, word = frame
    if found:
        return _counted(kb, found, question, word, note, deep=False)
    titles = [kb.label(n) for n in kb.by_type.get("Plan", []) if not plan or plan_of(n + "/") == plan]
    # 「零陵区“十四五”规划一共几章」「这个纲要有几篇」: the plan itself, by its own words or its title's.
    phrases = [p for p in phrases if not _LEVEL_ONLY.match(p) and not _PLAN.search(p) and not any(p in t for t in titles)]
    deep = word == "条" or bool(_DEEP.search(question))
    if deep and all(_TASK_NOUN.match(p) for p in phrases) and (found := _holding_items(kb, plan)):
        # 「方案一共列了多少条具体任务」 names no heading: the headings whose sub-headings number the tasks.
        pass
    elif not phrases or (not strict and word.lstrip("个大") not in CHILD_WORDS):
        return None
    else:
        # A count in words that only headings have (几节, 几个方面) may name a heading by the end of its title; one in
        # 个/项/条 (「特色小镇有几个」) only by its whole title, lest a thing counted be read as a heading ending in its name.
        # 「“技能强企”行动下面有几条」: 下面 says a heading is named, however its parts are counted.
        loose = strict or word.lstrip("个") in _PART_WORDS or bool(_UNDER.search(normalise_text(question)))
        inside = bool(_SAYS_HEADING.search(normalise_text(question)))
        for phrase in phrases:
            found = headings_named(kb, phrase, plan=plan, loose=loose, inside=inside)
            if found:
                break
        else:
            return Answer(question, f"规划中没有标题为“{phrases[0]}”的章节，无法给出其下的数目。", False, kind="structure") if strict else None
    if len(found) > _MOST_NAMED:
        # 「产业发展有几节」 where many titles end so: which one is meant, never one picked.
        shown = "、".join(kb.heading(n) for n in found[:_MOST_NAMED])
        return Answer(question, f"规划中有{len(found)}个标题与“{phrase}”相合（{shown}等），请写出完整标题再问。", False, kind="clarify")
    return _counted(kb, found, question, word, note, deep=deep)


#: 「必要措施的第八条下面又列了几项」: the members printed under one member of a title line's list.
_MEMBER_UNDER = re.compile(r"^(?P<x>.+?)的?第(?P<n>[0-9一二三四五六七八九十]+)(?:条|项|点)(?:下面|下边|里|中)?(?:又|还)?$")


def _title_line_count(kb: KB, question: str, *, plan: str | None) -> Answer | None:
    """「实现工业基本建设计划的必要措施一共有多少条」: the members 第一，…第十一， printed under a numbered title line
    (「（四）实现工业基本建设计划的必要措施」, a part of its 第N节 printed as a line) titled by the question's words, counted
    and named; 「必要措施的第八条下面又列了几项」: the members one level below member 8 (（1）…（3）). Levels are read by
    the order the numbering families appear under the line (:func:`kg.ingest.markers.member_levels`). None when no title
    line is so titled."""
    from ..question.intent import parse_cn_number

    frame = count_frame(question)
    if frame is None:
        return None
    for phrase in frame[0]:
        under = _MEMBER_UNDER.match(phrase)
        x = under["x"] if under else phrase
        n = parse_cn_number(under["n"]) if under else None
        if len(x) < 4 or (found := _title_line_members(kb, x, plan)) is None:
            continue
        title, paras, levels = found
        if n is None:
            members = [(p, m) for p, m in zip(paras, levels) if m and m.level == 1]
            what = f"“{title}”"
        else:
            at = next((k for k, m in enumerate(levels) if m and m.level == 1 and m.number == n), None)
            if at is None:
                return Answer(question, f"“{title}”下没有第{under['n']}条。", False, kind="structure")
            end = next((k for k in range(at + 1, len(levels)) if levels[k] and levels[k].level == 1), len(levels))
            members = [(p, m) for p, m in zip(paras[at + 1:end], levels[at + 1:end]) if m and m.level == 2]
            what = f"“{title}”的第{under['n']}条下"
        if len(members) < 2:
            continue
        items = [Item(item_title(kb, p), kb.citation(p)) for p, _ in members]
        word = frame[1] or "条"
        return Answer(question, f"{what}共列{len(items)}{word}：" + "；".join(i.label for i in items) + "。", True, items,
                      [i.citation for i in items if i.citation], kind="structure")
    return None


def _title_line_members(kb: KB, phrase: str, plan: str | None) -> tuple[str, list[str], list] | None:
    """(the title, the paragraphs printed under it up to the next title line, their member levels) of the one numbered
    title line titled by ``phrase`` (whole, or ending so); None when there is not exactly one."""
    found = []
    for node in (n for t in ("Chapter", "Section") for n in kb.by_type.get(t, []) if not plan or plan_of(n) == plan):
        lines = title_lines(kb, node)
        if not lines:
            continue
        own = sorted((c for c in kb.children(node) if kb.type(c) == "Paragraph"), key=kb._reading_order)
        pids = [kb.attrs(p).get("pid") for p in own]
        starts = [pids.index(item.citation.id) for _, item in lines if item.citation and item.citation.id in pids]
        for (_, item), start, end in zip(lines, starts, [*starts[1:], len(own)]):
            title = normalise_text(item.label).rstrip("。")
            if title == phrase or title.endswith(phrase):
                paras = own[start + 1:end]
                found.append((title, paras, member_levels([kb.norm_text.get(p, "") for p in paras])))
    return found[0] if len(found) == 1 else None


def answer_listed_count(kb: KB, question: str, intent: Intent, links: list[Link], *, plan: str | None = None) -> Answer | None:
    """「“十五”期间要突出贯彻的重要指导方针一共几条」 where no heading bears the name: the members of the list a lead-in
    announces (「…要突出贯彻以下重要指导方针：」 and the run-in heads after it), counted in the word asked and named —
    the same list 「…有哪些」 is answered with (:func:`qa.enumerations.leadin.answer_lead_in_list`)."""
    frame, m = count_frame(question), _COUNT.search(asked := normalise_text(question))
    if m is None or m.start() < 2:
        return None
    if frame is None:
        # 「作了几项主要部署」: what a plan lists (部署, 措施, 原则 …) counted in 项/条 — never things a figure counts (家企业)
        if m["m"] not in ("项", "条", "点") or not _LISTED_NOUN.search(m["noun"]):
            return None
        frame = ([], m["m"])
    for wording in (question, asked[: m.start()] + "有哪些？"):
        listed = answer_lead_in_list(kb, wording, intent, links, plan=plan)
        if listed is not None and listed.found and len(listed.items) >= 2:
            labels = [i.label for i in listed.items]
            return Answer(question, f"共{len(labels)}{frame[1]}：" + "；".join(labels) + "。", True, listed.items,
                          listed.citations, kind="structure")
    return None


#: A level named by how it is numbered (「带括号编号的任务」「（一）（二）这一级」「一、二、这样的大标题」), not by a word.
_MARKED_LEVEL = re.compile(r"(?P<bracket>括号|[(（][一二三][)）](?:[(（][一二三][)）])?(?:这|那|一级|这样|那样))"
                           r"|(?P<comma>顿号|[一二三]、(?:[一二三]、)?(?:这|那|一级|这样|那样))")


def _marked_count(kb: KB, question: str, mark: str, *, plan: str | None) -> Answer:
    """The headings (of ``plan``) numbered the way the question describes — （一） (``mark`` 「(」) or 一、 — counted
    across the whole text, with the headings above them they fall under; none → ``found: false``."""
    from ..question.intent import parse_cn_number

    nodes = [n for t in ("Part", "Chapter", "Section") for n in kb.by_type.get(t, []) if not plan or plan_of(n) == plan]
    printed = re.compile(r"^[（(][一二三四五六七八九十百]+[)）]" if mark == "(" else r"^[一二三四五六七八九十百]+、")
    marked = sorted((n for n in nodes if printed.match(kb.label(n))),
                    key=lambda n: (plan_of(n) or "", int(kb.attrs(n).get("line") or 0)))
    style = "（一）（二）" if mark == "(" else "一、二、"
    if not marked:
        return Answer(question, f"规划正文中没有以{style}编号的标题。", False, kind="structure")
    parents = list(dict.fromkeys(kb.parent(n) for n in marked if kb.parent(n)))
    first, last = (printed.match(kb.label(n)).group(0) for n in (marked[0], marked[-1]))
    # numbered on through the text (（一）…（三十四）): say the run; restarting under each parent it is no one run
    span = f"（{first}至{last}）" if parse_cn_number(last.strip("（()）、")) == len(marked) else ""
    under = f"，分属{len(parents)}个上级标题" if parents and kb.type(marked[0]) != "Chapter" else ""
    text = f"规划正文中以{style}编号的标题共{len(marked)}项{span}{under}。"
    return Answer(question, text, True, [heading_item(kb, n) for n in marked],
                  [c for n in marked[:3] for c in [heading_item(kb, n).citation] if c], kind="structure")


def _counted(kb: KB, found: list[str], question: str, word: str, note: str, *, deep: bool) -> Answer:
    """The parts of each heading in ``found`` counted in ``word`` (its numbered items when ``deep`` asks them), listed
    and cited; ``note`` said after."""
    lines, items, cites = [], [], []
    if word.lstrip("个") == "节" and numbers_items(kb, plan_of(found[0])):
        word = "条"  # a 建议's sections are its numbered items, 条 to its readers (「“四、…”下有几条」, read as 几节)
    for node in found:
        if numbered := numbered_items(kb, node):
            line, its = items_counted(kb, node, numbered, question, deep=deep and not word.endswith("专栏"),
                                       unit="项" if word == "项" else "条")
            if its:
                lines.append(line)
                items += its
                cites += [i.citation for i in its if i.citation and i.citation not in cites]
                continue
            note += line
        parts = _parts(kb, node, word)
        if parts is None:
            lines.append(f"{kb.heading(node)}下没有再分节或分条列出")
            continue
        if not parts:
            lines.append(f"{kb.heading(node)}下没有{word.lstrip('个')}（0{word}）")
            cites += [c for c in [heading_item(kb, node).citation] if c]
            continue
        # a numbered sub-heading is said with its number (「第38章 加强社会主义精神文明建设」): 第几章 is what the asker
        # goes on to look up, and the count's evidence
        labels = [kb.heading(p) if isinstance(p, str) else kb.heading(p.entity) if _numbered_heading(kb, p.entity, p.label)
                  else p.label for p in parts]
        if (m := _COUNT.search(normalise_text(question))) and len(noun := m["noun"]) >= 2 and \
                sum(noun in label for label in labels) * 2 > len(labels):
            word = "个" + noun  # 「主要任务下面有几个行动」: the parts are titled so (实施“技能提升”行动 …)
        # ； between parts: a part's own title may hold 、 (「坚持创新引领、融合发展」).
        lines.append(f"{kb.heading(node)}下分{len(parts)}{word}：" + "；".join(labels))
        for p in parts:
            item = heading_item(kb, p) if isinstance(p, str) else p
            items.append(item)
            if item.citation and item.citation not in cites:
                cites.append(item.citation)
    return Answer(question, "。".join(lines) + "。" + note, bool(cites), items, cites[:12], kind="structure")


def _holding_items(kb: KB, plan: str | None) -> list[str]:
    """The outermost headings (of ``plan``) whose sub-headings number items, in printed order."""
    # the plan itself holds them when its parts number their items straight through (1.…28. over 一、…五、)
    nodes = [n for t in ("Plan", "Part", "Chapter") for n in kb.by_type.get(t, [])
             if (not plan or plan_of(n) == plan or plan_of(n + "/") == plan) and numbered_items(kb, n)]
    return sorted((n for n in nodes if not any(n in kb.descendants(o) for o in nodes if o != n)),
                  key=lambda n: (plan_of(n) or "", int(kb.attrs(n).get("line") or 0)))


def items_counted(kb: KB, node: str, numbered: list, question: str, *, deep: bool, unit: str = "条") -> tuple[str, list[Item]]:
    """(the count of ``node``'s numbered items said by its sub-headings, the items cited) when ``deep`` asks them; else
    (a note giving that count beside its sub-headings' count, no items). Counted in ``unit`` (条, or 项 when asked so)."""
    m = _COUNT.search(normalise_text(question))
    noun = m["noun"] if m and m["noun"] and not m["noun"].endswith(CHILD_WORDS) else ""
    groups: dict[str, list] = {}
    for it in numbered:
        groups.setdefault(it.heading, []).append(it)
    if not deep:
        return f"各{'部分' if len(groups) > 1 else ''}下共列{len(numbered)}条。", []
    runs = "；".join(f"{kb.heading(h)}（第{its[0].number}" + (f"—{its[-1].number}条）" if len(its) > 1 else "条）")
                    for h, its in groups.items())
    # the whole plan counted (its parts numbering straight through) is said so, not by its notice's title
    line = f"{'全文' if kb.type(node) == 'Plan' else kb.heading(node) + '下'}共列{len(numbered)}{unit}{noun}，分在{len(groups)}个部分：{runs}"
    return line, [Item(f"{it.number}.{item_title(kb, it.paragraph)}", kb.citation(it.paragraph)) for it in numbered]


#: 「主要任务的第三个方面是什么」「基本原则第二条讲的啥」: a heading named by its words, then which of its parts.
NTH_ASKED = re.compile(r"^(?:请问)?(?:规划|纲要)?(?:中|里|的)*[“\"「]?(?P<x>[^“”\"「」？?，,第]{2,30}?)[”\"」]?(?:这一?(?:部分|块|章|节|篇))?(?:里|中|下面?)?的?"
                       r"第(?P<n>[0-9一二三四五六七八九十两]+)(?P<m>个|项|条|点|块|大)?(?P<noun>[\u4e00-\u9fff]{0,4}?)"
                       r"(?:是什么|是哪个|是哪一?[个项条点块]|是啥|叫什么|讲了?什么|讲的是什么|的?内容是什么|说了?什么|是)[？?。]?$")


def answer_nth_part(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「主要任务的第三个方面是什么？」: the part at that place among the named heading's parts, cited; a place past its
    last part → ``found: false`` saying how many it has."""
    from ..question.intent import parse_cn_number

    m = NTH_ASKED.match(normalise_text(question))
    if not m or _LEVEL_ONLY.match(m["x"]) or (n := parse_cn_number(m["n"])) is None or n < 1:
        return None
    word = next((w for w in CHILD_WORDS if m["noun"].endswith(w)), None) or m["m"] or "项"
    if box := re.fullmatch(r"专栏\s*([0-9]+(?:[.．][0-9]+)?)", m["x"]):
        # 「专栏2的第一项是什么」: the box's items in printed order.
        node = kb.box(box.group(1).replace("．", "."), plan=plan)
        if node is None:
            return Answer(question, f"规划中未找到{m['x']}。", False, kind="structure")
        parts = [Item(LIST_MARK.sub("", str(kb.attrs(p).get("text") or "").strip()).rstrip("。"), kb.citation(p))
                 for _, ps in kb.box_groups(node) for p in ps]
    else:
        found = headings_named(kb, _ENUMERATOR.sub("", _AROUND.sub("", m["x"])), plan=plan)
        if len(found) != 1:
            return None
        node = found[0]
        parts = _parts(kb, node, "个专栏" if word == "专栏" else word)
        if word == "条" and (numbered := numbered_items(kb, node)):
            # 「主要任务第9条讲的是什么」: the plan's 9. item, numbered through its sub-headings.
            parts = [Item(f"{it.number}.{item_title(kb, it.paragraph)}", kb.citation(it.paragraph)) for it in numbered]
    if not parts:
        return None
    if n > len(parts):
        return Answer(question, f"{kb.heading(node)}下只有{len(parts)}{word}，没有第{m['n']}{word}。", False,
                      [], [c for c in [heading_item(kb, node).citation] if c], kind="structure")
    part = parts[n - 1]
    item = heading_item(kb, part) if isinstance(part, str) else part
    return Answer(question, f"{kb.heading(node)}的第{m['n']}{m['m'] or ''}{m['noun']}是：{item.label.rstrip('。')}。", True, [item],
                  [c for c in [item.citation] if c], kind="structure")


#: 「第12项任务是什么」「第3条讲了什么」: an item asked by its printed number alone, no heading named before it.
NTH_ITEM_ASKED = re.compile(r"^(?:请问)?(?:这份|该|本)?(?:规划|纲要|方案|计划|实施计划|行动计划|行动方案)?(?:中|里|的)*"
                            r"第(?P<n>[0-9一二三四五六七八九十两]+)(?P<m>项|条)(?P<noun>任务|工作|措施|举措|内容)?"
                            r"(?:是什么|是啥|是哪一?[项条]|讲了?什么|讲的是什么|说了?什么|的?内容是什么|具体是什么)[？?。]?$")


#: Most items a count's answer names in its text (more are its items only: the answer stays short).
_LISTED_ITEMS = 8
#: 「这份实施计划一共列了多少项任务」: the tasks of the whole text counted, no heading named.
TOTAL_ITEMS_ASKED = re.compile(r"^(?:请问)?(?:这份|该|本)?(?:规划|纲要|方案|计划|实施计划|行动计划|行动方案)?(?:中|里)?"
                               r"(?:一共|总共|共|总计)(?:列了|列出了?|安排了?|提出了?|部署了?|有|包括)?(?:多少|几)(?P<m>项|条)"
                               r"(?P<noun>(?:重点|具体)?(?:任务|工作|措施|举措))[？?。]?$")


def _straight_items(kb: KB, plan: str | None) -> tuple[str, list] | None:
    """(the one heading whose sub-headings number items 1.…N straight through, its items), or None."""
    holders = _holding_items(kb, plan)
    if len(holders) != 1:
        return None
    numbered = numbered_items(kb, holders[0])
    if [it.number for it in numbered] != list(range(1, len(numbered) + 1)):
        return None  # numbered afresh under each sub-heading: no one run
    return holders[0], numbered


def answer_items_total(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「一共列了多少项任务」: the items the one heading numbering them straight through prints (1.…22. over （一）…（六）),
    counted, listed and cited; ``None`` when no single heading numbers items so."""
    m = TOTAL_ITEMS_ASKED.match(normalise_text(question))
    if not m or (held := _straight_items(kb, plan)) is None:
        return None
    node, numbered = held
    # the count and each sub-heading's run of numbers are said; the items themselves are the answer's items
    line, items = items_counted(kb, node, numbered, question, deep=True, unit=m["m"])
    if len(items) <= _LISTED_ITEMS:
        line += "：" + "；".join(i.label for i in items)
    return Answer(question, line + "。", True, items, [i.citation for i in items[:12] if i.citation], kind="structure")


def answer_nth_item(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """「第12项任务是什么」: the item printed with that number in the one heading that numbers its items straight
    through its sub-headings (a 实施计划's 1.…22. over （一）…（六）), cited; a number past its last item →
    ``found: false`` saying how many it prints; ``None`` when no single heading numbers items so."""
    from ..question.intent import parse_cn_number

    m = NTH_ITEM_ASKED.match(normalise_text(question))
    if not m or (n := parse_cn_number(m["n"])) is None or n < 1:
        return None
    if (held := _straight_items(kb, plan)) is None:
        return None
    holders, numbered = [held[0]], held[1]
    if n > len(numbered):
        return Answer(question, f"{kb.heading(holders[0])}下共列{len(numbered)}{m['m']}{m['noun'] or ''}，没有第{m['n']}{m['m']}。",
                      False, [], [c for c in [heading_item(kb, holders[0]).citation] if c], kind="structure")
    it = numbered[n - 1]
    item = Item(item_title(kb, it.paragraph), kb.citation(it.paragraph))
    text = LIST_MARK.sub("", str(kb.attrs(it.paragraph).get("text") or "").strip())
    return Answer(question, f"第{m['n']}{m['m']}{m['noun'] or ''}，在{kb.heading(it.heading)}下：{text}", True, [item],
                  [item.citation], kind="structure")


#: 「专栏1分几类」「专栏1有哪几大类」: the categories a box sorts its items into.
CATEGORIES_ASKED = re.compile(r"(?:分|有|包括|包含|分为|分成|列了?)?(?:几|多少|哪几|哪些)个?大?(?:类别|类|种类)")
#: A box table's category cell as its rows are read (「工业炸药：类别为产品，重点任务为…」, kg.ingest.boxtable).
_CATEGORY_CELL = re.compile(r"(?:类别|分类|类型|大类)为(?P<value>[^,，;；。]+)")


def answer_box_categories(kb: KB, question: str, intent: Intent, *, plan: str | None = None) -> Answer | None:
    """「专栏1分几类？」: the box's categories — its （一） item groups, else the values of its table's 类别 column — each
    with the items under it, cited; None when the box sorts its items into fewer than two."""
    if not intent.box or not CATEGORIES_ASKED.search(normalise_text(question)):
        return None
    box = kb.box(intent.box, plan=plan)
    if box is None:
        return None
    groups = [(LIST_MARK.sub("", g), ps) for g, ps in kb.box_groups(box) if g]
    if len(groups) < 2:
        by_cell: dict[str, list[str]] = {}
        for _, ps in kb.box_groups(box):
            for p in ps:
                if cell := _CATEGORY_CELL.search(kb.norm_text.get(p, "")):
                    by_cell.setdefault(cell["value"], []).append(p)
        groups = list(by_cell.items())
    if len(groups) < 2:
        return None
    items = [Item(name, kb.citation(ps[0]), detail="、".join(re.split(r"[:：]", kb.norm_text[p], maxsplit=1)[0] for p in ps))
             for name, ps in groups]
    text = f"{kb.label(box)}分{len(items)}类：" + "；".join(f"{i.label}（{i.detail}）" for i in items) + "。"
    return Answer(question, text, True, items, [i.citation for i in items if i.citation], kind="structure")
