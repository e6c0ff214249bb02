"""Question kinds from wording alone.

:func:`classify_intent` reads the question's interrogative pattern (什么是…,
第N篇包括哪些章, 在哪些章节…提到, 有几个, 多长 …) and returns an :class:`Intent`:
the kind, the *topic* (the question with its question words stripped) and
cues (which attribute, which heading level, which box). The engine combines
this with entity linking: 「X有哪些项目」 is a location question when X is a
place and a list question when X is a park.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["read_part_word", "read_spoken", "xref_phrase", "Intent", "ATTRIBUTE_CUES", "classify_intent", "normalise_question", "parse_cn_number", "cn_numeral", "quoted_phrase", "PLAN_SAYS"]

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

#: Attribute cue words → quantity kinds they ask for (kinds as produced by kg.extract.units).
ATTRIBUTE_CUES: dict[str, tuple[str, ...]] = {
    "总库容": ("storage",),
    "库容": ("storage",),
    "装机": ("capacity",),
    "容量": ("capacity",),
    "总投资": ("investment",),
    "投资": ("investment",),
    "停车位": ("parking_spaces",),
    "车位": ("parking_spaces",),
    "床位": ("beds",),
    "建筑面积": ("floor_area",),
    "用地": ("land_area",),
    "征地": ("land_area",),
    "占地": ("land_area",),
    "面积": ("land_area", "floor_area", "area", "irrigated_area"),
    "灌溉面积": ("irrigated_area",),
    "多长": ("length",),
    "长度": ("length",),
    "全长": ("length",),
    "总长": ("length",),
    "多宽": ("width",),
    "宽度": ("width",),
    "产值": ("output_value",),
    "产能": ("production",),
    "年产": ("production",),
    "供水规模": ("supply",),
    "规模": ("capacity", "production", "supply", "storage", "land_area"),
}

_GENERIC_CUES = {"规模", "面积"}
_TOTAL = r"合计|一共|总共|共计|加起来|所有|全部|各项"

#: What a numbered heading asks of its own parts (第21章包括哪些内容, 下面有哪几节, 有哪些重点任务): words of the outline.
_HEADING_PARTS = re.compile(r"(?:主要|重点|具体|各|每一?|所有|全部)*(?:篇|章|节|小节|部分|方面|内容|专栏|层次|类|条|项|标题|题目|"
                            r"任务|举措|措施|工作|要点|板块)*")
#: A numbered heading, where in it, the verb of holding and the question words around the things asked.
_IN_HEADING = re.compile(r"第\s*[0-9一二三四五六七八九十百〇零两]+\s*(?:篇|章|节|部分)(?:第\s*[0-9一二三四五六七八九十百〇零两]+\s*节)?"
                         r"|里面|里|中|内(?!容)|下面|下分|下设|下有|下(?![设分])|的|都|一共|总共|共|有|包括|包含|由|分为|分成|分了|下设|列了|列出|提出了?|安排了?|组成|构成"
                         r"|哪些|哪几[个项条类大]?|几[个项条类大]|多少个?|什么|是|分别|各自|[？?。，,！!\s]")


def things_in_heading(question: str) -> str:
    """The things a 「第N章…有哪些X」 question asks to be listed inside the heading, or "" when it asks the heading's
    own parts (its sections, 内容, 专栏 or tasks) — then it is the outline's question.

    >>> things_in_heading("第21章里有哪些重点项目"), things_in_heading("第5篇的重大项目有哪些"), things_in_heading("第26章中有哪些风电场")
    ('重点项目', '重大项目', '风电场')
    >>> things_in_heading("第21章包括哪些内容"), things_in_heading("第21章下面有哪几节"), things_in_heading("第26章有哪些专栏")
    ('', '', '')
    >>> things_in_heading("第3章第2节有哪些重点任务"), things_in_heading("第5篇由哪些章组成"), things_in_heading("打造试验区这部分有几项任务")
    ('', '', '')
    >>> things_in_heading("第三章的各节标题分别是什么？"), things_in_heading("第26章中的风电场分别有哪些")
    ('', '风电场')
    >>> things_in_heading("第二章所有节的题目是什么？"), things_in_heading("白河县规划第三章包括哪些节？")
    ('', '')
    """
    if not (m := re.search(r"第\s*[0-9一二三四五六七八九十百〇零两]+\s*(?:篇|章|节|部分)", question)):
        return ""  # 「这部分有几项任务」: a heading pointed at, not numbered — the outline's question
    # (the plan named before the heading — 白河县规划第三章 — asks nothing inside it; 所有 keeps its 有)
    left = _IN_HEADING.sub("", question[m.start():].replace("所有", "各"))
    return "" if not left or _HEADING_PARTS.fullmatch(left) else left


#: What a heading says, asked in a chat's words (讲了什么, 讲的什么, 说了什么, 是关于什么的).
_SAYS_WHAT = r"(?:讲|说|写)(?:了|的是|的)?(?:什么|些什么)|(?:是)?关于什么"

_KINDS = (
    # (kind, pattern) in priority order; the first that matches wins.
    ("structure_count", r"(共|一共|总共|总计)?有?(?<![第哪])(多少|几)(个)?大?(篇|章|节|专栏|部分|[一二三]级标题)"
                        r"|(?<![第\d])(篇|章|节|专栏)(?:一共|总共|共计|共|总计)有?(多少|几)个?(?:[？?]|$)"),
    ("structure_children", r"第\s*[0-9一二三四五六七八九十百〇零两]+\s*(篇|章|节|部分).{0,6}(包括|包含|有哪些|有哪几|由哪些|分为|下设|下有|下分|分(?:了|成)?(?:哪些|哪几)|(几|多少)个?(方面|层次|小节|类))"
                           r"|这一?(篇|章|节|部分).{0,4}(包括|包含|有哪些|分为|分成|下分|下设|下有|有几|分几|分哪几)"
                           # 「第三章的各节标题分别是什么」: the titles of its parts, not its own
                           r"|第\s*[0-9一二三四五六七八九十百〇零两]+\s*(篇|章|节|部分)的?(各|每一?|所有|全部)(篇|章|节|小节|部分|项)"),
    # 「第44章讲了什么」「专栏26.5讲的是什么」「专栏2是关于什么的」: a numbered heading asked what it says is its title and parts;
    # 「第三章第一节的（三）叫什么」: the part so numbered.
    ("structure_title", r"第\s*[0-9一二三四五六七八九十百〇零两]+\s*(篇|章|节|部分)(的?第?[（(][0-9一二三四五六七八九十]+[)）](项|条|部分|个?方面)?)?.{0,4}(标题|题目|名称|叫什么|是什么|讲什么|讲的是|主要讲|内容"
                        r"|" + _SAYS_WHAT + r")"
                        r"|专栏\s*[0-9]+(?:[.．][0-9]+)?的?(标题|题目|名称|叫什么|" + _SAYS_WHAT + r"|(?:主要)?内容是|是什么内容)"
                        r"|最后一个?(篇|章|节|部分).{0,4}(标题|题目|名称|叫什么|是什么|讲什么|讲的是|主要讲|内容)"
                        # 「第（十二）条的标题是什么」: a heading asked by the bracketed numeral it is printed with
                        r"|^第?[（(](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）](?:项|条|部分|节|点|个?方面)?(?:这一?(?:项|条|部分|节))?的?"
                        r"(标题|题目|名称|叫什么|是什么|讲什么|讲的是|主要讲|内容|" + _SAYS_WHAT + r")"),
    ("multihop", r"(在|属于|位于|出自|来自|列在|列入)(规划|纲要)?(中|里)?的?(哪一|哪个|哪|第几)(篇|章|节|部分|个?专栏)|是.{0,8}第几(篇|章|节|部分)|(是|排在|列在).{0,16}[里中的]第几(篇|章|节|部分|项|条|个方面|方面|块)|排在?第几(项|条|个方面|方面|节|部分|位|(?=[？?]*$))"
                 r"|是(规划|纲要)?(中|里)?的?(哪一|哪个|哪)(篇|章|节|部分|个?专栏)"),
    ("parent", r"(属于|隶属于?|归属于?|服务于|支撑)(哪个|哪一个|哪些|什么|哪)(园区|产业园|产业|项目|专栏|战略|地方|平台)?"),
    ("structure_topic", r"(哪一|哪个|哪些|哪|第几)(篇|章|节|部分)(讲|是关于|涉及|论述|部署|介绍|说|写|谈|专门)"),
    ("xref", r"(哪些|哪几个?)(章节|章|小节|节|篇|地方|部分|段落|块|板块|方面|处|条目|条款|条(?![件例])|项(?!目))(中|里)?.{0,4}(提到|提及|出现|涉及|被提到|说到|讲到|写到|谈到)"
             r"|(在哪里|在哪儿|哪里|何处).{0,4}(提到|提及|出现|说到|讲到|写到|谈到)|被提到|被提及"
             r"|(提到|提及|出现)(在|于)(哪|何处)|(提到|提及|出现)(了|过)?(几|多少)次"
             r"|^(提到|提及|涉及|出现).{1,20}的(有)?(是)?(哪些|哪几个?)(章节|章|节|篇|部分|地方)"),
    ("glossary", r"^(什么是|何谓|何为|请?解释(一下)?)|^[“\"「][^”\"」]{1,20}[”\"」](是什么|是啥)[?？]?$|(指的是什么|是指什么|指什么|是什么意思|什么意思|的含义|的定义|的内涵|是指哪|指的是哪|指哪|是指什么样)"),
    ("aggregate", r"(有|共|一共|总共|合计|总计)?(?<!哪)(几|多少)(个|项|座|条|家|处|所)(项目|工程)?|总(装机|投资|规模|容量|长度)|合计|加起来|一共|总共"),
    ("list", r"哪些|有什么|包括|包含|列举|列出|有哪几|(分为|分成)哪几|分哪几|(包含|包括|分为|分成|有)?哪几(个|类|种|部分|方面|大类|块)"
             r"|哪[0-9几二三四五六七八九十两]+[个类种项条座所家处大点件段]"
             # 「哪一项是约束性指标」: an indicator table's rows of one attribute, as 「约束性指标有哪些」
             r"|哪一?[个项]?(?:指标)?(?:是|属于|为)(?:约束性|预期性)"
             # 「八大能力分别是什么」: the members of a counted group, not a figure.
             r"|(?<![第0-9])[0-9一二三四五六七八九十两]+(?:大|个|项|类|种|条)[\u4e00-\u9fff]{1,6}分别是(?:什么|哪些)"),
    # 「数据流通利用设施底座要怎么建」: a how-question asking no figure is no figure question for a word it names (数据, 目标).
    ("semantic", r"^(?!.*(?:多少|多长|多宽|多大|多高|几|数值|增速)).*(?:如何|怎样|怎么)"),
    # 「开车要多久」: a travel time is a figure (the plan's 车程), as 多长时间 is
    ("fact", r"多少|多长|多宽|多大|多高|几个|是多少|规模|目标|几|数值|数据|属性|增速|(?:开车|驾车|坐车|乘车|行车)[^，,？?]{0,3}多久"
             r"|(?:按照?|是|执行|采用)(?:什么|哪种|哪个|哪一?)(?:等级|级别|标准)(?:修建|建设|改建|改造|新建|建|修)?(?:的(?:道路|公路))?[？?]?$"),
    ("semantic", r"如何|怎样|怎么|为什么|为何|措施|举措|做法|路径|思路|重点|任务"),
)

#: 「规划倡导的…」, 「纲要中提出的…」: the plan itself speaking, no part of what is asked about.
PLAN_SAYS = r"(?:规划|纲要)(?:中|里)?所?(?:倡导|提倡|提出|提到|说|讲|写)的"

#: 「规划中」 is where the plan says it — unless its 中 starts a word of the topic (规划中期评估, 规划中心城区, 规划中部).
_STRIP = re.compile(
    r"(请问|请|一下|" + PLAN_SAYS + r"|规划中(?![期心长央部])|规划里|规划|纲要|本|的是|哪些|什么|多少|是否|有没有|是|有|吗|呢|么|？|\?|！|。|，|,|、|“|”|\"|'|‘|’|《|》)"
)


@dataclass(frozen=True)
class Intent:
    """A question's kind and cues.

    ``kind`` is one of ``structure_count``, ``structure_children``,
    ``structure_title``, ``structure_topic``, ``multihop``, ``parent``, ``xref``,
    ``glossary``, ``aggregate``, ``list``, ``fact``, ``semantic``.
    ``level`` is the heading level asked about (篇/章/节/专栏), ``number`` a
    heading or box number named in the question, ``attributes`` the quantity
    kinds the question asks for, ``cue_words`` the words that named them.
    """

    kind: str
    topic: str
    level: str | None = None
    number: str | None = None
    box: str | None = None
    attributes: tuple[str, ...] = ()
    cue_words: tuple[str, ...] = field(default_factory=tuple)


def normalise_question(text: str) -> str:
    """NFKC, no whitespace: full-width digits and letters become ASCII.

    Examples
    --------
    >>> normalise_question("专栏３１．１ 有哪些 项目？")
    '专栏31.1有哪些项目?'
    """
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def parse_cn_number(text: str) -> int | None:
    """Arabic or Chinese numerals up to the hundreds.

    Examples
    --------
    >>> parse_cn_number("二十三"), parse_cn_number("12"), parse_cn_number("十"), parse_cn_number("一百零五")
    (23, 12, 10, 105)
    """
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(c not in _CN_DIGITS and c not in "十百" for c in text):
        return None
    total, current = 0, 0
    for c in text:
        if c == "百":
            total += (current or 1) * 100
            current = 0
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_DIGITS[c]
    return total + current


def cn_numeral(n: int) -> str:
    """The Chinese numeral plans print in headings (1–999).

    Examples
    --------
    >>> cn_numeral(3), cn_numeral(10), cn_numeral(38), cn_numeral(105), cn_numeral(120)
    ('三', '十', '三十八', '一百零五', '一百二十')
    """
    digits = "零一二三四五六七八九"
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = f"{digits[hundreds]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    if ones:
        out += digits[ones]
    return out or "零"


_QUOTED = re.compile(r"[“\"「『‘]([^”\"」』’]{1,40})[”\"」』’]")
_OPENS, _CLOSES = "“「『‘", "”」』’"


def _quotations(question: str):
    """Each outermost quotation's text, in order: a title quoting a name inside it (「“关于“十四五”规划…纲要”」) is one
    quotation, its inner quotes kept; ASCII quotes, which cannot nest, pair as they come."""
    depth, start, spans = 0, 0, []
    for i, ch in enumerate(question):
        if ch in _OPENS:
            start = i + 1 if depth == 0 else start
            depth += 1
        elif ch in _CLOSES and depth:
            depth -= 1
            if depth == 0 and 1 <= i - start <= 40:
                spans.append((start, question[start:i]))
    spans += [(m.start(1), m.group(1)) for m in _QUOTED.finditer(question) if m.group(0)[0] == '"']
    return [text for _, text in sorted(spans)]


def quoted_phrase(question: str) -> str | None:
    """The phrase a question quotes (“…”「…」), period names such as “十四五” left out; a quotation holding a quoted
    name inside it is one phrase.

    Examples
    --------
    >>> quoted_phrase("“十四五”时期“构建一流营商环境”是第几节？")
    '构建一流营商环境'
    >>> quoted_phrase("“关于“十四五”规划和远景目标纲要”是报告的第几部分？")
    '关于“十四五”规划和远景目标纲要'
    """
    for text in _quotations(question):
        phrase = normalise_question(text)
        if not re.fullmatch(r"[一二三四五六七八九十]+五", phrase):
            return phrase
    return None


#: 编 used as a plan's top level (第二编, 共分几编, 属于哪一编), not in 编制/编写/汇编.
_PART_WORD = re.compile(r"(第[0-9一二三四五六七八九十百〇零两]+|[几多少哪这那每一个]|分为?|下设)编(?![制写号辑排织纂码])")


def read_part_word(question: str) -> str:
    """The question with 编 read as 篇 where it names a plan's top level (older plans print 第一编 for 第一篇).

    Examples
    --------
    >>> read_part_word("第十七章属于第几编？"), read_part_word("计划摘要共分几编？")
    ('第十七章属于第几篇？', '计划摘要共分几篇？')
    >>> read_part_word("规划编制的依据是什么？")
    '规划编制的依据是什么？'
    """
    return _PART_WORD.sub(lambda m: m.group(1) + "篇", question)


#: Spoken words and what a plan's reader means by them: 啥 → 什么, 咋 → 怎么, and tails that ask nothing (来着).
_SPOKEN = ((re.compile(r"来着|(?:呀|啊|哈|嘛|啦)(?=[？?。！!]*$)"), ""), (re.compile(r"啥"), "什么"), (re.compile(r"咋(?=样)"), "怎"),
           (re.compile(r"咋"), "怎么"),
           # 「东盟那边重点吸引…」「园区这块要…」: a spoken locative after what is talked about is that thing itself
           # (a topic said before a comma is qa.question.topic's; 「珠山镇那边规划了哪些…」 asks what is placed there —
           # qa.enumerations.related reads the locative — and keeps it)
           (re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:这边|那边|这块|那块|这一块|那一块)(?=[\u4e00-\u9fff])"
                       r"(?!(?:都|还|主要)?(?:规划|安排|布局|建设|部署|谋划|要建|要上|有)?了?些?(?:哪些|什么))"), ""),
           # 「现代金融那一节点名支持哪家机构」: the part pointed at by its topic is the topic, and 点名 (names) asks nothing
           # (only before a verb of saying: 「垃圾综合治理那一部分部署了哪几项任务」 asks about the part itself, a heading)
           (re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:这|那)一?(?:节|章|篇|部分)(?:里|中)?(?=(?:规划|文件|纲要)?点名|提到|说到|讲到)"), ""),
           (re.compile(r"(?:规划|文件|纲要|里|中)?点名(?=(?:要|将)?[\u4e00-\u9fff])"), ""))
#: Kinds of thing a question points at with 那个/这个 (「…的那个指标叫啥」「优速物流那个项目」).
DEICTIC_KINDS = r"(?:项目|工程|园区|产业园|园|企业|产业|指标|地方|专栏|灌区|水库|港口|港)"
#: 「2020年是62.5的那个指标叫什么」: the one the clause before it describes, asked for its name.
_WHICH_ONE = re.compile(r"的(?:那|这)个?(" + DEICTIC_KINDS + r")(?:叫什么(?:名字)?|是什么|是哪个|是哪一个|的名称是什么|名称是什么|名字是什么)")


#: Where a definition question says the term is printed (名词解释里说的, 文中提到的): no part of the term asked.
_TERM_LEAD = re.compile(r"^(?:请问)?(?:名词解释|文中|文件|正文|规划|纲要)(?:中|里)?所?(?:说|讲|写|提到|提出|用|出现|解释)?(?:的|了)(?=[“\"「‘])")


def read_spoken(question: str) -> str:
    """The question in the words a plan's reader writes: spoken tails dropped, 啥/咋 read, 「…的那个X叫啥」 as 「…的是哪个X」.

    Examples
    --------
    >>> read_spoken("2020年的基数是多少来着？"), read_spoken("这个灌区咋样了？"), read_spoken("“双减”是什么意思啊？")
    ('2020年的基数是多少？', '这个灌区怎样了？', '“双减”是什么意思？')
    >>> read_spoken("珠山镇那边都规划了些什么？")
    '珠山镇那边都规划了些什么？'
    >>> read_spoken("东盟那边重点吸引哪几个国家的企业？"), read_spoken("现代金融那一节点名支持哪家机构？")
    ('东盟重点吸引哪几个国家的企业？', '现代金融支持哪家机构？')
    >>> read_spoken("指标表里2020年是62.5的那个指标叫啥？"), read_spoken("名词解释里说的“双减”指的是啥？")
    ('指标表里2020年是62.5的是哪个指标？', '“双减”指的是什么？')
    """
    for pattern, said in _SPOKEN:
        question = pattern.sub(said, question)
    question = _TERM_LEAD.sub("", question)
    return _WHICH_ONE.sub(r"的是哪个\1", question)


#: The frame of a question asking where a phrase occurs, in units: where (在规划中), which parts (哪几章), the verb (被提到过), a count (几次).
_XREF_UNIT = (r"(?:规划|纲要|方案|文中|文件|全文|哪里|哪儿|何处|(?:哪些|哪几个?|哪个|哪一|几个|哪)(?:章节|章|小节|节|篇|部分|地方|段落|处|块|板块|方面|条目|条款|条(?![件例])|项(?!目))"
              r"|被?(?:提到|提及|出现|涉及|说到|讲到|写到|谈到)|一共|总共|(?:几|多少)次)")
_XREF_FRAME_TAIL = re.compile(r"(?:在|于|被|的[有是]*(?=" + _XREF_UNIT + r")|" + _XREF_UNIT + r")(?:" + _XREF_UNIT + r"|[中里的在于都了过被])*[?？。！]*$")
# (a work report or notice said by what it is, 「报告里哪几个部分提到了X」, only before the verb: 「…评价报告在哪几章」 keeps it)
_XREF_FRAME_HEAD = re.compile(r"^(?:请问|在)?(?:" + _XREF_UNIT + r"|报告|通知|意见|[中里的都])*?(?:被?(?:提到|提及|出现|涉及|说到|讲到|写到|谈到))(?:了|过)?")


def xref_phrase(question: str) -> str:
    """The phrase a question asks the places of: the question's frame removed by its units, never inside the phrase.

    Examples
    --------
    >>> xref_phrase("物流中心在哪些章节中被提到？"), xref_phrase("哪里提到在线教育？"), xref_phrase("锰在纲要里出现了几次？")
    ('物流中心', '在线教育', '锰')
    >>> xref_phrase("龙舟节在规划中出现在哪几章？"), xref_phrase("规划的哪几个章节提到青港码头？")
    ('龙舟节', '青港码头')
    >>> xref_phrase("湘江港在规划哪几章提到了？"), xref_phrase("物流园在纲要里的哪几节提到过？")
    ('湘江港', '物流园')
    >>> xref_phrase("东盟一共被提到几次？"), xref_phrase("提到东盟的有哪些章节？")
    ('东盟', '东盟')
    >>> xref_phrase("数字这个词在方案哪些条里出现过？"), xref_phrase("铝字出现在哪里？")
    ('数字', '铝')
    >>> xref_phrase("报告里哪几个部分提到了全运？"), xref_phrase("环境影响评价报告在哪几章提到？")
    ('全运', '环境影响评价报告')
    """
    q = re.sub(r"[“”\"'‘’「」]", "", normalise_question(question))
    q = _XREF_FRAME_TAIL.sub("", q)
    q = _XREF_FRAME_HEAD.sub("", q)
    q = re.sub(r"[?？。！]", "", q).strip()
    # 「数字这个词」 is 数字 (said so, the word is kept whole); 「铝字」 the character 铝
    said = re.sub(r"(这个|这一|一|二)(字|词|字眼)$", "", q)
    return said if said != q else re.sub(r"(字|词|字眼)$", "", q)


def classify_intent(question: str) -> Intent:
    """Classify a question by its wording.

    Examples
    --------
    >>> classify_intent("第5篇包括哪些章？").kind, classify_intent("第5篇包括哪些章？").number
    ('structure_children', '5')
    >>> classify_intent("第16章下面分了哪几节？").kind
    'structure_children'
    >>> classify_intent("何仙观水库的总库容是多少？").attributes
    ('storage',)
    >>> classify_intent("专栏26.3里的能源项目有几个？").box
    '26.3'
    >>> classify_intent("什么是“三高四新”战略？").kind
    'glossary'
    """
    q = normalise_question(question)
    kind = next((k for k, pat in _KINDS if re.search(pat, q)), "semantic")
    if kind == "structure_children" and things_in_heading(q):
        # 「第21章里有哪些重点项目」: things listed inside the chapter, not its sections
        kind = next((k for k, pat in _KINDS if k != "structure_children" and re.search(pat, q)), "list")
    level = number = None
    m = re.search(r"第([0-9一二三四五六七八九十百〇零两]+)(篇|章|节|部分)", q)
    if m:
        n = parse_cn_number(m.group(1))
        number = str(n) if n is not None else None
        level = m.group(2)
    m_level = re.search(r"(篇|章|节|专栏|(?<=[个一那哪大])部分|[一二三]级标题)", q)
    if level is None and m_level:
        level = m_level.group(1)
    box = None
    m = re.search(r"专栏\s*([0-9]+(?:[.．][0-9]+)?)", q)
    if m:
        box = m.group(1).replace("．", ".")
    cues = tuple(c for c in ATTRIBUTE_CUES if c in q)
    if "占地" in cues and not re.search(r"占地(?!方)", q):
        cues = tuple(c for c in cues if c != "占地")  # 「占地方财政支出多少」: 占 + 地方, no land area asked
    # The longest cue wins where one contains another (总库容 over 库容).
    cues = tuple(c for c in cues if not any(c != o and c in o for o in cues))
    if any(c not in _GENERIC_CUES for c in cues):
        cues = tuple(c for c in cues if c not in _GENERIC_CUES)
    attributes: tuple[str, ...] = tuple(dict.fromkeys(a for c in cues for a in ATTRIBUTE_CUES[c]))
    if kind == "aggregate" and cues and box is None and not re.search(_TOTAL, q):
        # 「有多少个停车位」「计划总投资多少」 ask for one figure, not a count or a sum.
        kind = "fact"
    topic = _STRIP.sub("", q)
    return Intent(kind, topic, level, number, box, attributes, cues)
