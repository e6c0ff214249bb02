"""Figures whose own clause names the asked measure's head, its owner stated once before it.

Plans name a thing once and then list its figures by their own short measures: 「城区、农村电网提质改造，
新建线路…46km，低压线路214km」, 「成立一个服务园区的担保公司，力争担保额度达到2亿元以上」, 「永州某血站整体搬迁
项目。预计征地20亩…」, or print a count before its noun: 「建设2个千吨级码头」, 「98个2000年以前的城镇老旧小区改造」,
「开工建设甲、乙、丙、丁四个客运站场」. A question names the owner and the measure together (「城区农村电网新建低压
线路多少公里」), so no clause holds the whole of it.

A figure is read here only when

- the words printed right before the value (the clause's own measure, leading verbs and linking words left out)
  are the *end* of the asked measure (低压线路 of 城区农村电网新建低压线路) — or the asked noun follows a count
  within its clause (「2个千吨级码头」); and
- every other asked word (the owner: 城区, 农村电网, 新建) stands before it: in the clauses of its sentence
  before it, in earlier sentences of its paragraph that print no figure, in the paragraph's title line, or in
  its section's or box's title.

So a neighbour's figure (「梁山岐风电场，建设装机10万千瓦」 for 富家桥风电场装机) or another measure's (46km of
新建线路 for 低压线路) is never read: the owner asked must be named before the figure, the measure asked must be
the figure's own.
"""
from __future__ import annotations

import re

from ..index.kb import KB, plan_of
from ..index.home import home_titles
from ..question.ngrams import bigrams
from .prose import CLASSIFIERS, VALUE, WORKS_AFTER, Figure, context_years, evidence_years, unit_agrees, value_aspect, values_in

__all__ = ["own_clause_figures", "asked_words"]

_SENTENCE = re.compile(r"[^。；;！？\n]+")
_CLAUSE = re.compile(r"[^，,：:；;。]+")
#: Words of a question that name no part of the measure: where to look (专栏里), modal and linking words.
_FILLER = re.compile(r"专栏里|专栏中|专栏|规划里|规划中|规划|一共|总共|需要|大约|要(?![求素点])|需|将|计划|(?<!公)共(?![同享])|(?<![签预合节制契条履])约|的|等|里|(?<![达得收遇做办提])到|至|、|\s")
#: Verbs a question puts around the measure that any building verb of the plan answers (要建几个, 修多长, 搞到多少).
_GENERIC_VERB = re.compile(r"^(?:建设|建成|修建|搞到|达到|实现|完成|打造|提出|申报|续建|建|修|搞|提升)|(?:建设|建成|修建|搞到|达到|实现|完成|打造|提出|申报|续建|建|修|搞)$")
#: Verbs a question prints after the noun it counts (企业新增几家, 小区改造多少个).
_VERBS_AFTER = ("新增", "新建", "改扩建", "续建", "改造", "提质")
_TRAILING_VERB = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:{'|'.join(_VERBS_AFTER)})$")
#: Attribute words a unit already asks (多长 → 长度) and units a question's frame leaves in the measure (出栏万只): the plan prints the value with its unit instead (轻轨35km).
_UNIT_WORD = re.compile(r"(?:长度|宽度|面积|规模|数量|总量|个数|数|装机容量|装机)?(?:万?(?:[只头羽株棵册]|公顷|平方公里)|[A-Za-z]+)?$")
#: Words that name a whole field, no countable thing, once a quantity word (总量, 规模) is left out of the measure.
_GENERIC_HEAD = re.compile(r"经济|产业|社会|发展|建设|事业|行业|领域")
#: A share asked of the things named after it (多少比例的, 百分之几的) and the values that state one.
_SHARE_ASKED = re.compile(r"^(?:比例|比重|占比|百分比|百分之几)")
_PERCENT = re.compile(r"%|百分之")
#: What an attribute word asks is stated in these units only (a length in km or m, never 5亿元).
_KIND_UNITS = {"长度": re.compile(r"(?:km|m|公里|千米|米)$"), "宽度": re.compile(r"(?:m|米)$"),
               "面积": re.compile(r"(?:亩|公顷|平方米|平方公里|平方千米|m²|m2|㎡|km²)(?:以上|左右)?$"),
               "装机": re.compile(r"(?:瓦|W)$")}
#: Words before a clause's own measure that are no part of it (力争担保额度…, 完成…植被恢复面积…).
_LEAD = re.compile(r"^(?:力争|争取|预计|计划|规划|确保|其中|全面|重点|积极|加快|新增|新建|续建|建设|建成|完成|实现|开工建设|启动|累计|共计|共|总计|全区|全县|全市|全省|再|并|还|同时)+")
#: A place's name at the head of a clause's own measure (零陵区, 白溪县).
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,5}?[省市区县]")
#: Linking words between a clause's own measure and its value (「规模超600亿元」「规模可达到1100亿元」 too).
_LINK = re.compile(r"(?:分别)?(?:可望|有望|可|达到|达|为|约|共|计|超过|超|突破|不低于|不少于|控制在|保持在|提高到|增加到|增至|提升到)*"
                   r"(?:分别)?(?:约|近)?$")
#: A quantity asked of a thing named before it (「数字广告产业规模」「…产业总量」), which :func:`asked_words` leaves out,
#: and a clause's own measure saying that quantity only (「预计产业规模总量超600亿元」「预计规模可达到1100亿元」): the
#: thing's own figure when the whole thing asked is named before the clause.
_QUANTITY_ASKED = re.compile(r"(?:规模|总量|体量)$")
_QUANTITY_OWN = re.compile(r"(?:产业)?(?:规模|总量|体量)+")
#: An amount's unit word printed in the plan's own measure (植被恢复面积3000亩) where the question leaves it out.
_OWN_UNIT_WORD = re.compile(r"(?:面积|长度|规模|总量|数量)$")
#: A count printed before its noun (「四个客运站场」「八大特色农业」「1-2所」).
_CN_COUNT = re.compile(rf"(?<![第〇零一二三四五六七八九十两百])[一二两三四五六七八九十]{{1,3}}(?:[{CLASSIFIERS}]|大(?=[\u4e00-\u9fff]))"
                       rf"|(?<![第0-9.])\d+[{CLASSIFIERS}](?![0-9])")
#: The number of a printed value, Arabic or Chinese (2000 of 2000万元, 六千 of 六千万吨).
_NUMBER = re.compile(r"[0-9.,]+|[〇零一二三四五六七八九十百千万亿两点·、]+|")
#: Counting words after 万/亿 the value pattern leaves out (90万头).
_MORE_UNITS = frozenset("头只羽册株棵台套人户吨")
#: Units a question and a plan write differently (公里 and km).
_SAME_UNIT = {"公里": ("km", "千米"), "千米": ("km", "公里"), "米": ("m",), "平方米": ("m²", "㎡", "m2"), "平方公里": ("km²", "km2")}
_RANGE = re.compile(rf"\d+(?:\.\d+)?\s*[-—－~～至]\s*(?={VALUE.pattern})")
#: A value bounding the things after it (「5000万元以上的项目」), no count of them.
_BOUNDING = re.compile(r"(?:及)?(?:以上|以下|以内)?的")
#: A bound sorting the things a count is of, printed inside the clause's own measure with the attribute it bounds
#: (「引进投资5000万元以上的项目」「年产值亿元以上的企业」).
_BOUND_IN_OWN = re.compile(rf"(?:总?投资|年?产值|年?(?:营业|销售|主营业务)收入|规模|面积)?(?:{VALUE.pattern})(?:及)?(?:以上|以下|以内)的")
_BOUNDING_YEAR = re.compile(r"(?:19|20)\d\d年(?:以前|以后|之前|之后|前|后)")
#: A sentence naming what the one before it set (「达到和超过纲要这个规定的，已经有五百零四个县」): that sentence is its owner.
_BACK_REFERENCE = re.compile(r"(?:这个|这一|这些|这项|上述)(?:规定|要求|目标|标准|指标)")
_SETTING = re.compile(r"规定|要求|目标|标准|指标")
#: Kinds of place older reports count by one character (「五百零四个县」「三百二十个乡」).
_ONE_CHARACTER_UNITS = frozenset("省市县乡镇村社区旗")
#: Longest stretch of modifiers printed between a count and its noun (「2000年以前的城镇」).
_MAX_BETWEEN = 24


def asked_words(measure: str, *, plan_title: str = "") -> list[str]:
    """The asked measure as words: filler and generic verbs left out, the plan's own place dropped; the last is the head.

    >>> asked_words("城区农村电网新建低压线路"), asked_words("永州某中心血站搬迁要征地")
    (['城区农村电网新建低压线路'], ['永州某中心血站搬迁', '征地'])
    >>> asked_words("专栏里高标准农田要建"), asked_words("甲县到乙县轻轨长度", plan_title="甲县规划")
    (['高标准农田'], ['乙县轻轨'])
    >>> asked_words("加工企业新增"), asked_words("老旧小区要改造")
    (['新增', '加工企业'], ['改造', '老旧小区'])
    >>> asked_words("开发区签约项目"), asked_words("大约占地")  # 签约 is a verb, 约 alone is about
    (['开发区签约项目'], ['占地'])
    >>> asked_words("亩产达到要求县")  # 达到 and 要求 are words of their own, not 达 + 到, 要 + 求
    ['亩产达到要求县']
    >>> asked_words("镇区要建公共厕所"), asked_words("共同富裕示范村")  # 公共, 共同: words of their own, no 一共
    (['镇区', '公共厕所'], ['共同富裕示范村'])
    """
    out = []
    for word in _FILLER.split(measure):
        word = _GENERIC_VERB.sub("", _UNIT_WORD.sub("", _GENERIC_VERB.sub("", word)))
        if len(word) >= 2 and word in plan_title:
            continue  # 「零陵到冷水滩」: the plan's own place names nothing narrower
        if verb := _TRAILING_VERB.search(word):
            # 「农产品加工企业新增几家」: the verb after the noun asked is asked of it, the noun is the head
            out.append(verb.group(0))
            word = word[: verb.start()]
        if word:
            out.append(word)
    if len(out) >= 2 and out[-1] in _VERBS_AFTER:
        out[-2:] = out[-1:-3:-1]
    return out


#: Characters a question puts between the words it asks that name nothing (给, 为, 的), and the one-character verbs of
#: works said between an owner and its noun (「乡镇镇区建公共厕所」 printed 「镇区最少建设2—3个公共厕所」): any
#: building verb of the plan answers them, as :data:`_GENERIC_VERB` reads them at a measure's ends.
_FUNCTION_CHARS = frozenset("给为对向在把的于建修搞")
#: Of those, the verbs: skipped only where the text prints a building verb of that character (建设, 修建) — 「产业建链
#: 行动」 is no 「产业…链行动」 built, 建链 being a word of its own the text does not print.
_VERB_CHARS = frozenset("建修")


def _covered(word: str, text: str) -> bool:
    """Whether ``text`` names ``word``: the word is pieced together from runs of two characters or more that
    ``text`` prints (「园区担保公司」 from 「服务园区的担保公司」, 「城乡配电网新建」 from 「城乡配电网改造，新建…」; never
    「某园再生铜」 from 再生 alone). A one-character word must be printed.

    >>> _covered("园区担保公司", "成立一个服务园区的担保公司"), _covered("某园再生铜", "某园年产再生铝"), _covered("建", "新建")
    (True, False, True)
    >>> _covered("城乡电网", "城区、农村电网提质改造"), _covered("城乡电网", "城区电网提质改造")
    (True, False)
    >>> _covered("乡镇镇区建", "每个乡镇镇区最少建设2—3个"), _covered("乡镇建", "每个村最少建设")
    (True, False)
    >>> _covered("产业建链行动", "开展产业补链行动:开展产业链招商"), _covered("产业补链行动", "开展产业补链行动:开展产业链招商")
    (False, True)
    """
    text = text.replace("、", "")
    if "城乡" in word and "城乡" not in text and re.search(r"城[区镇市]", text) and re.search(r"[乡村]", text):
        word = word.replace("城乡", "")  # 「城乡电网」 printed 「城区、农村电网」: the genre's 城乡 is both
        if not word:
            return True
    if len(word) == 1:
        return word in text
    reach = [True] + [False] * len(word)  # reach[i]: word[:i] is pieced together
    for i in range(len(word)):
        if reach[i] and word[i] in _FUNCTION_CHARS and (word[i] not in _VERB_CHARS or word[i] in text):
            reach[i + 1] = True  # 「给农村初中建…」: a preposition names nothing
        if reach[i]:
            for j in range(i + 2, len(word) + 1):
                if word[i:j] in text:
                    reach[j] = True
    return reach[-1]


def _own_measure(before: str, titles: str = "") -> str:
    """The clause's own measure: the words right before its value, leading verbs, linking words and the plan's own
    place (「续建零陵区城区…闭合圈18.7km」 in 零陵区's plan) left out."""
    own = _LEAD.sub("", _LINK.sub("", before))
    place = _PLACE.match(own)
    return _LEAD.sub("", own[place.end():]) if place and place.group(0) in titles else own


def _enumerated_own(own: str, value_index: int, values: int) -> str | None:
    """「生猪、肉牛年出栏分别达到90万头、2.8万头」: the part of an enumerated measure the value at ``value_index``
    is, with the tail the parts share (生猪年出栏); ``own`` when nothing is enumerated; None when parts and values
    do not pair."""
    parts = re.split(r"[、和及与]", own)
    if len(parts) < 2:
        return own
    if values == 1:
        # 「废渣堆场、回填区、尾砂库植被恢复面积3000亩」: sub-kinds listed before one head, the head is the measure.
        return parts[-1]
    if values != len(parts) or value_index >= len(parts):
        return None
    last = parts[-1]
    tail = last[2:] if len(last) > 2 else ""
    part = parts[value_index]
    return part if part == last else part + tail


def _matches_head(own: str, head: str, *, sub_kinds: bool = False, asked: str = "") -> str | None:
    """The form of the clause's own measure that ends the asked head word (年出栏 read as 出栏, 面积 left out), or None.

    With ``sub_kinds`` the own measure follows a list of sub-kinds (「废渣堆场、回填区、尾砂库植被恢复面积」): its last
    words (three characters at least) are the measure, the sub-kind before them narrows nothing asked — but a list of
    whole measures (「封山育林、湿地保护、黑土滩治理80万公顷」) has one value for them all, none of them alone. Words of
    its own before the head's end are the question's too (``asked``: 「年产值过亿元的企业」 for 年产值过亿的企业) — never
    words it does not ask (户籍人口城镇化率 for 常住人口城镇化率).

    >>> _matches_head("低压线路", "电网新建低压线路"), _matches_head("年产值过亿元的企业", "企业", asked="年产值过亿企业")
    ('低压线路', '企业')
    >>> _matches_head("户籍人口城镇化率", "常住人口城镇化率", asked="常住人口城镇化率") is None
    True
    >>> _matches_head("尾砂库植被恢复面积", "矿区植被恢复", sub_kinds=True), _matches_head("黑土滩治理", "黑土滩治理", sub_kinds=True)
    ('植被恢复', None)
    """
    own = own.replace("的", "")  # (a question's 的 is left out of its words too)
    # 「地下综合管廊建设约23km」: the work's length, 建设 said of it
    bare = re.sub(r"(?<=[\u4e00-\u9fff]{2})建设$", "", _OWN_UNIT_WORD.sub("", own))
    for form in dict.fromkeys((own, _OWN_UNIT_WORD.sub("", own), own.replace("年", ""), _OWN_UNIT_WORD.sub("", own).replace("年", ""), bare)):
        if len(form) >= 2 and head.endswith(form):
            # 「封山育林、…、黑土滩治理80万公顷」: one value for the things listed, none of them alone
            return None if sub_kinds else form
        tails = [(form[:k], form[k:]) for k in range(1, len(form) - 1) if head.endswith(form[k:])]
        if sub_kinds and tails and len(tails[0][1]) >= 3:
            return tails[0][1]
        if asked and tails and _covered(re.sub(r"[的元]", "", tails[0][0]), asked):
            return tails[0][1]
    return None


#: Things whose names own the figures printed after them.
_OWNERS = ("Park", "Project", "Organization", "Place")


def _named_inside_another(kb: KB, word: str, text: str, question: str) -> bool:
    """Whether ``word``, a thing's own name (新材料产业园), stands in ``text`` only inside another thing's longer name
    the question does not give (航空航天新材料产业园): that thing's figures are not the one asked."""
    if not any(l.mention == word and l.type in _OWNERS for l in kb.index.exact(word)):
        return False
    mentions = [l.mention for l in kb.index.exact(text) if l.type in _OWNERS]
    return word not in mentions and any(word in m and m not in question for m in mentions)


def _title_line(text: str) -> str:
    """A paragraph's title line (「老旧小区改造。…」): its first sentence when short and without a figure — its item
    number left out (「9.区城管执法局：负责…，结案率达到100%」: a duty list's unit, numbered, owns the figures after it).

    >>> _title_line("9.区城管执法局：负责执法工作，结案率达到100%。"), _title_line("（二）区商务委：负责…")
    ('区城管执法局', '区商务委')
    """
    text = _ITEM_NUMBER.sub("", text, count=1)
    m = re.match(r"([^。；:：]{2,30})[。:：]", text)
    return m.group(1) if m and not values_in(m.group(1), 0) else ""


#: An item's own number opening its paragraph (9., 3、, （二）, (1)): no figure of the item.
_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])")


#: Link types naming a thing of its own (a works, a park, a body) that a sentence's figures may be of.
_NAMED_THINGS = ("Project", "Park", "Organization")


def _names_own_thing(kb: KB, text: str, question: str) -> bool:
    """Whether ``text`` names a works, park or body the question does not name: 「结合86街坊商办项目，…保护修缮15幢…」
    speaks of 86街坊商办项目, so a thing named in the sentence before (大中华造船机器厂旧址) owns none of its figures."""
    q = question.replace(" ", "")
    return any(link.type in _NAMED_THINGS and link.mention not in q for link in kb.index.exact(text))


def _before(kb: KB, para: str, sentences: list[str], s: int, clauses: list[str], c: int, question: str = "") -> str:
    """What is printed before clause ``c`` of sentence ``s`` about the same thing (see the module's docstring).

    Earlier sentences are read only while the figure's own sentence names no thing of its own the question does not
    (:func:`_names_own_thing`): a sentence opening on another works owns its figures."""
    a = kb.attrs(para)
    text = [str(a.get("box") or ""), str(a.get("section") or ""), _title_line(kb.norm_text[para])]
    pointed = _BACK_REFERENCE.search(sentences[s])
    if question and not pointed and _names_own_thing(kb, "".join(clauses[: c + 1]), question):
        return "。".join(text + clauses[: c + 1])
    for k, earlier in enumerate(reversed(sentences[:s])):
        if pointed and k < 3:
            # 「…纲要要求：…分别达到四百斤…。这是…。达到和超过纲要这个规定的，已经有…」: the sentence it points back
            # at (the nearest setting a 规定/要求…) is its owner, figures and all
            text.append(earlier)
            if _SETTING.search(earlier):
                break
            continue
        if values_in(earlier, 0):
            break  # an earlier sentence with figures of its own speaks of another thing
        text.append(earlier)
    return "。".join(text + clauses[: c + 1])


#: A run-in label opening a sentence (「智能装备产业：…」): the thing the sentence's figures are of.
_LABEL = re.compile(r"(?:^|[。；;])([^，,。；;:：]{2,16})[:：]")


def _label_since(text: str, name: str) -> str | None:
    """Another thing's run-in label standing between the last mention of ``name`` in ``text`` and its end (the last
    such), or None: the figures after it are that thing's, not ``name``'s.

    >>> _label_since("两大主导产业。绿色能源产业：聚焦风电。", "主导产业"), _label_since("智能装备产业：聚焦机器人。", "智能装备产业")
    ('绿色能源产业', None)
    """
    at = text.rfind(name)
    labels = [label for label in _LABEL.findall(text[at + len(name):]) if name not in label] if at >= 0 else []
    return labels[-1] if labels else None


def _values(clause: str, unit: str | None) -> list[tuple[int, int, str]]:
    """Values of ``clause`` (start, end, as printed) carrying ``unit``, Chinese-numeral counts included (四个, 八大)."""
    out = [(m.start(), m.end(), m.group(0)) for m in values_in(clause, 0)]
    out += [(m.start(), m.end(), m.group(0)) for m in _CN_COUNT.finditer(clause)
            if not any(s <= m.start() < e for s, e, _ in out)]
    out = [(s, e, v) for s, e, v in sorted(out) if _unit_fits(unit, v, clause[e : e + 2])]
    out = [x for x in out if x[2]]
    # 「90万头」「2.6万余册」: a unit the value pattern does not know stays with it
    out = [(s, e + 1, v + clause[e]) if re.search(r"[万亿]余?$", v) and clause[e : e + 1] in _MORE_UNITS else (s, e, v) for s, e, v in out]
    # 「1-2所」「2—3个」: a range is one value
    return [((r.start(), e, r.group(0) + v) if (r := _RANGE.search(clause[:s] + v)) and r.end() == s else (s, e, v))
            for s, e, v in out]


def _unit_fits(unit: str | None, value: str, after: str) -> bool:
    """Whether a value printed as ``value`` (then ``after``) carries ``unit`` (km for 公里, 90万 then 头 for 万头).

    >>> _unit_fits("公里", "214km", ""), _unit_fits("万头", "90万", "头、"), _unit_fits("亩", "20亩", ""), _unit_fits("个", "20亩", "")
    (True, True, True, False)
    """
    if not unit or unit_agrees(unit, value) or (unit == "大" and value.endswith("大")):
        return True
    if any(value.endswith(u) and re.match(r"[0-9.]", value[-len(u) - 1 : -len(u)] or "x") for u in _SAME_UNIT.get(unit, ())):
        return True
    return len(unit) >= 2 and unit[0] in "万亿" and value.endswith(unit[0]) and after.startswith(unit[1:])


def own_clause_figures(kb: KB, measure: str, question: str, *, unit: str | None = None, aspect: str | None = None,
                       plan: str | None = None) -> list[Figure]:
    """Figures whose own clause names the end of ``measure``, every other asked word printed before them.

    Parameters
    ----------
    measure : str
        The measure as the question's frame names it (「城区农村电网新建低压线路」, 「零陵要建千吨级码头」).
    question : str
        The question (「专栏」 in it keeps only box items).
    unit : str, optional
        A counting word or unit the value must carry (公里, 个, 亩); 「大」 for 「几大」.
    aspect : str, optional
        ``growth``, ``change``, ``level`` or ``total``: only values stating it.

    Returns
    -------
    list of Figure
        In reading order, scored below the figures :func:`qa.values.prose.find_figures` reads whole; empty when the
        measure has no head of two characters or no clause names it.
    """
    titles = home_titles(kb)
    # 「多少比例的行政村达到…」: the share of the things named after it (「实现95%的行政村达到…」)
    share = _SHARE_ASKED.match(measure)
    # (a share's things are a clause of their own, 「自然村达到…要求」: one word, its 到/要 no filler)
    words = [measure[share.end():].replace("的", "")] if share else asked_words(measure, plan_title=titles)
    if not words or len(words[-1]) < 2:
        return []
    head, boxed = words[-1], "专栏" in question
    if _GENERIC_HEAD.fullmatch(head) and not measure.endswith(head):
        # 「经济总量」「产业总量」: 总量 asked of a whole sector; 经济 alone names no thing a count printed before it
        # (「三大经济发展带」「2个…产业集群」) is the number of.
        return []
    kind = _PERCENT if share else next((_KIND_UNITS[k] for k in _KIND_UNITS if k in measure[-6:]), None)
    out: list[Figure] = []
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan or kb.G.nodes[para].get("kind") == "indicator":
            continue
        if boxed and not kb.attrs(para).get("box"):
            continue
        norm = kb.norm_text[para]
        if head[-2:] not in norm and not (head[-1] in _ONE_CHARACTER_UNITS and head[-1] in norm):
            continue
        sentences = _SENTENCE.findall(norm)
        for s, sentence in enumerate(sentences):
            clauses = _CLAUSE.findall(sentence)
            for c, clause in enumerate(clauses):
                for found in _clause_figures(clause, words, head, unit, titles, question, share=bool(share),
                                             quantity=bool(_QUANTITY_ASKED.search(measure))):
                    value, own, start = found
                    if kind and not kind.search(value):
                        continue  # 「…多长」 answered by a length only
                    rest = words[:-1] + [head[: len(head) - len(own)]]
                    before = _before(kb, para, sentences, s, clauses, c, question)
                    if not own and _label_since(norm[: norm.find(clause)], head):
                        continue  # 「两大主导产业。绿色能源产业：…规模…」: the quantity is the member's, not the group's
                    if not all(_covered(w, before) and not _named_inside_another(kb, w, before, question) for w in rest if w):
                        continue
                    said = value_aspect(clause[:start])
                    if aspect is not None and said != aspect and not (aspect == "change" and said == "growth"):
                        continue
                    # 「98个2000年以前的城镇老旧小区」: a year bounding the things counted dates no figure
                    dated = _BOUNDING_YEAR.sub("", sentence)
                    # (a change's start year, 「由2020年的62%提高到75%」, dates no figure either: evidence_years drops it)
                    years = evidence_years("", _BOUNDING_YEAR.sub("", clause[:start])) or evidence_years(_BOUNDING_YEAR.sub("", norm), dated) \
                        or context_years(kb, para)
                    out.append(Figure(value, clause, sentence, para, years, 0.6, said, measure))
    return out


#: 「由2020年的62%提高到」: the start of a change printed before the value it goes to.
_FROM_TO_SPAN = re.compile(r"(?:由|从)[^，,；;。]{0,16}?(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|缩小|缩减|压减|降)(?:到|至)"
                           r"(?:(?:19|20)\d\d年的?)?")


def _clause_figures(clause: str, words: list[str], head: str, unit: str | None, titles: str = "", question: str = "", *,
                    share: bool = False, quantity: bool = False) -> list[tuple[str, str, int]]:
    """(value, the clause's own measure matched, where the value starts) for each value of the clause whose own
    measure is the head's end: the words before it, or the noun after a count — or, a quantity asked, a clause
    measuring that quantity only (matched as ``""``: the whole head must then be named before it)."""
    out = []
    values = _values(clause, unit)
    # 「猪的存栏头数…，出栏率由2020年的62%提高到75%以上」: a change printed 由…到 is of the words before 由; the value
    # it starts from is no figure of those words (qa.values.fromto reads both ends).
    change = _FROM_TO_SPAN.search(clause)
    if change:
        values = [v for v in values if not change.start() < v[0] < change.end()]
    previous_end = 0
    for k, (start, end, value) in enumerate(values):
        lead = change.start() if change and previous_end <= change.start() and start >= change.end() else start
        own = _own_measure(clause[previous_end:lead], titles)
        if quantity and _QUANTITY_OWN.fullmatch(own):
            out.append((value, "", start))
            previous_end = end
            continue
        if k == 0 and re.search(r"[、和及与]", own) and len(values) > 1 and re.search(r"分别|[、和及与]", clause[values[0][1]:values[-1][0]]):
            run = [v for v in values if v[0] >= start]
            for i, (s2, _, v2) in enumerate(run):
                part = _enumerated_own(own, i, len(run))
                if part and (form := _matches_head(part, head, asked="".join(words))):
                    out.append((v2, form, s2))
            return out
        # 「新增年加工产值2000万元以上的农产品加工企业10家」: a value bounding the things counted is the measure's own
        # words, when the question prints it too
        if own and all(_NUMBER.match(v.group(0)).group(0) in "".join(words) for v in values_in(own, 0)):
            part = _enumerated_own(own, 0, 1)
            # 「市、区级文保单位达95处」 asked as 市区级文保单位: the things listed are all asked, the value is theirs
            listed = part != own and not all(p in question for p in re.split(r"[、和及与]", own)[:-1])
            if part and (form := _matches_head(part, head, sub_kinds=listed, asked="".join(words))):
                out.append((value, form, start))
                previous_end = end
                continue
        # 「每年引进投资5000万元以上的项目20个以上」 asked 「每年要引进多少个项目」: the bound sorts the things counted
        # and the question may leave it out — only where the clause prints one value of the unit asked (「10亿元以上
        # 项目5个、亿元以上项目20个」 counts two sorts, neither the projects asked).
        if len(values) == 1 and (unbound := _BOUND_IN_OWN.sub("", own)) != own \
                and (form := _matches_head(unbound, head, asked="".join(words))):
            out.append((value, form, start))
            previous_end = end
            continue
        # 「建设2个千吨级码头」「98个2000年以前的城镇老旧小区改造」: the noun the count is of follows it — unless the
        # value bounds the things meant (「投资5000万元以上的项目」).
        # (a term quoted right after its count, 「8个“500强”企业」, is read as asked: 500强企业)
        after = re.sub(r'^[“"]([^”"]{1,12})[”"]', r"\1", clause[end:])
        # (a count, the asked unit, or a physical unit: 「建设100MW…太阳能光伏电站」; never a bare number or a share)
        counted = re.search(rf"[{CLASSIFIERS}大]$|[\u4e00-\u9fffA-Za-z²]$", value) and not re.search(r"%|百分|元$", value) \
            or (unit and unit_agrees(unit, value)) or (share and _PERCENT.search(value) and clause[end:].startswith(("的", "以上的")))
        # 「10亿元以上项目3个、亿元以上项目12个」: a count printed after the noun asked is that noun's own; the noun after
        # it is the next member's
        counted = counted and not (len(head) >= 2 and own.replace("的", "").endswith(head[-2:]) and after[:1] in "、和及与")
        # 「科技金融产业规模」: a quantity asked is no count of the things after a number (「…四大重点产业」)
        counted = counted and not quantity
        for k2 in range(len(head), 0, -1):
            at = after.find(head[-k2:])
            if k2 == 1 and not (at == 0 and head[-1] in _ONE_CHARACTER_UNITS and re.search(rf"[{CLASSIFIERS}]$", value)):
                break  # 「五百零四个县」: a one-character noun only right after its count, and only a place's kind
            if counted and 0 <= at <= _MAX_BETWEEN and not values_in(after[:at], 0) and not _CN_COUNT.search(after[:at]) \
                    and (share or not _BOUNDING.match(after)) and (not share or k2 == len(head) and at <= 3) \
                    and not WORKS_AFTER.match(after[at + k2:]):
                out.append((value, head[-k2:], start))
                break
        previous_end = end
    return out
