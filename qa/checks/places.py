"""A figure asked of a place the plan is not of: 「冷水滩区2025年地区生产总值目标是多少」 over the 零陵区 plan.

A plan's figures are its own region's. A question led by an administrative place (a county, district, city,
province) that is not the plan's own region asks another place's figure: the plan's figure of the same measure
is never that place's, unless the figure's own paragraph names the place (「冷水滩区新增…」 printed in the plan).
Places leading up to the plan's own region (「湖南省永州市零陵区」) only say where the region lies, and ask the
region's own figures.
"""
from __future__ import annotations

import re

from kg.graph.rdf import shared_place

from ..answer import Answer, Item
from ..index.home import home_titles
from ..index.kb import KB, normalise_text, plan_of
from ..question.frame import YEAR_TEXT
from ..trace import check, rejects

__all__ = ["lead_places", "asked_places", "names_place", "foreign_place", "own_place", "part_of_area", "larger_scope"]

_PLACE = re.compile(r"[\u4e00-\u9fff]{2,5}?(?:自治区|自治州|自治县|省|市|县|区|旗|盟)")
#: What may stand before a clause's place: 到/在, a year, a comma (「到2025年，冷水滩区…」).
#: A span said first (「五年内全县…」「“八五”期间全省…」) leads like a year, and so does the time of the asking
#: (「目前全区…」: 目前 is no part of a place 「目前区」).
_LEAD = re.compile(r"(?:到|至|在|截至)?(?:" + YEAR_TEXT + r"(?:底|末)?|(?:今后)?[五十]年(?:内|间|里|中)?|[“\"]?[一二三四五六七八九十]{1,2}五[”\"]?(?:期间|时期)"
                   r"|(?:截至)?(?:目前|现在|当前|如今|现阶段))?[，,]?")
#: A place said with 全 before its unit (上海全市, 青山全县): the place itself, whole.
_WHOLE_OF = re.compile(r"^([\u4e00-\u9fff]{2,})全([省市县区])$")
#: Place-like words of the genre that are no administrative unit (大中城市, 农村地区, 产粮大县).
_NOT_UNIT = re.compile(r"(?:城市|地区|山区|库区|矿区|[大强]县|[大强]市|示范|试点|重点|贫困)$")
#: The asker's own place said by a pronoun (咱们区, 我们县, 本市, 全区) is the plan's, no other place; one asked
#: by a question word (哪个区, 哪些县; 「哪个区域…最高」) names none.
_DEICTIC = re.compile(r"^(?:咱们|我们|你们|本|我|全|该|这个?|那个?|各|此|其|哪)")
#: A unit character that opens a longer word (区域, 区划, 市场, 县域) names no place: 「第一区域」 is no 「第一区」.
_WORD_GOES_ON = set("域划间块场级")
#: A district's name is short (冷水滩区, 浦东新区); a longer 「…区」 or one of directions names a zone of a plan's
#: layout (青藏高寒区, 南方区), not an administrative unit.
_ZONE = re.compile(r"^(?:[\u4e00-\u9fff]{4,}|[东南西北中][方部])(?<!自治)区$")


#: A verb of moving or a 的 inside a place-like run (「上传到市平台」) says where something goes: no place's name.
_MOVING = re.compile(r"[到向往的]")


def lead_places(clause: str) -> list[tuple[str, int, int]]:
    """The administrative places leading ``clause``, in order (a chain such as 永州市零陵区 gives each).

    >>> [p for p, _, _ in lead_places("冷水滩区2025年地区生产总值目标是多少")]
    ['冷水滩区']
    >>> [p for p, _, _ in lead_places("到2025年，湖南省永州市零陵区常住人口多少")]
    ['湖南省', '永州市', '零陵区']
    >>> lead_places("到2025年城区人口多少"), lead_places("大中城市数量多少"), lead_places("农村地区自来水普及率多少")
    ([], [], [])
    >>> lead_places("咱们区GDP多少"), lead_places("全县粮食产量多少"), lead_places("青藏高寒区草原面积有多少"), lead_places("南方区年降水量")
    ([], [], [], [])
    >>> lead_places("五年内全县要增加多少张医院病床"), [p for p, _, _ in lead_places("“八五”期间东山县财政收入多少")]
    ([], ['东山县'])
    >>> [p for p, _, _ in lead_places("青州全市生产总值多少")]
    ['青州市']
    >>> lead_places("目前全区市级以上龙头企业有多少家"), [p for p, _, _ in lead_places("现在东山县有几家医院")]
    ([], ['东山县'])
    >>> lead_places("上传到市平台的数据正常率要求提到多少")
    []
    """
    at = _LEAD.match(clause).end()
    out = []
    while m := _PLACE.match(clause, at):
        name = _WHOLE_OF.sub(r"\1\2", m.group(0))  # 「上海全市」 is 上海市 said whole
        if not shared_place(name) or _NOT_UNIT.search(name) or _DEICTIC.match(name) or _ZONE.match(name) \
                or _MOVING.search(name[1:-1]) \
                or clause[m.end():m.end() + 1] in _WORD_GOES_ON:
            break
        out.append((name, m.start(), m.end()))
        at = m.end()
    return out


def home_place(kb: KB, plan: str | None) -> str:
    """The plan's own region as its title (or issuer) names it, or "" when it names none."""
    titles = normalise_text(home_titles(kb, plan))
    for start in range(len(titles)):
        if (m := _PLACE.match(titles, start)) and shared_place(m.group(0)) and not _NOT_UNIT.search(m.group(0)):
            # 「上海市长宁区…纲要」 is 长宁区's plan: the last of the places chained at the title's head is its own
            # (exam set 12's e12-u06 said 上海市 owned 长宁区's figure).
            while (inner := _PLACE.match(titles, m.end())) and shared_place(inner.group(0)) and not _NOT_UNIT.search(inner.group(0)):
                m = inner
            return m.group(0)
    return ""


def asked_places(kb: KB, question: str, plan: str | None) -> list[str]:
    """The administrative places leading a clause of ``question`` that are neither ``plan``'s own region nor one it
    lies in (named just before it), in order: 「福田区要持续提升哪些功能」 over the 深圳市 plan gives ['福田区'].

    Places up to the last one the plan is of say where it lies (永州市 of 永州市零陵区) and are not returned.
    """
    titles = normalise_text(home_titles(kb, plan))
    out: list[str] = []
    for clause in re.split(r"[？?；;。！!，,]", normalise_text(question)):
        places = lead_places(clause)
        own = [k for k, (name, _, _) in enumerate(places) if name in titles or name[:-1] in titles and len(name) >= 3]
        out += [name for name, _, _ in (places[own[-1] + 1:] if own else places)]
    return out


def names_place(name: str, text: str) -> bool:
    """Whether normalised ``text`` prints the place ``name``, whole or without its unit (冷水滩 of 冷水滩区)."""
    stem = name[:-1]
    return name in text or len(stem) >= 2 and stem in text


#: Administrative units from the smallest: a whole said of a larger one than the plan's own (全市 of a 区's plan) is
#: the larger place's.
_RANKS = {"乡": 1, "镇": 1, "街道": 1, "区": 2, "县": 2, "旗": 2, "市": 3, "州": 3, "盟": 3, "省": 4, "自治区": 4, "国": 5}
#: A whole said by 全/本/我 and its unit at a clause's lead (「全市2026年…」「2026年，本市…」), never a longer word (全市场).
_WHOLE_SAID = re.compile(r"(?:全|本|我)(国|省|市|区|县|镇|乡)(?![域场级面部])")


def larger_whole(kb: KB, question: str, plan: str | None) -> str | None:
    """The whole a clause of ``question`` leads with when it is larger than ``plan``'s own region (「全市…」 asked of
    静安区's plan: the city's, not the district's), or None.

    >>> _WHOLE_SAID.match("全市场"), _WHOLE_SAID.match("全市2026年").group(0)
    (None, '全市')
    """
    home = home_place(kb, plan) or titled_place(kb, plan)
    unit = next((u for u in sorted(_RANKS, key=len, reverse=True) if home.endswith(u)), None)
    if unit is None:
        return None
    for clause in re.split(r"[？?；;。！!，,]", normalise_text(question)):
        at = _LEAD.match(clause).end()
        if (m := _WHOLE_SAID.match(clause, at)) and _RANKS[m.group(1)] > _RANKS[unit]:
            return m.group(0)
    return None


#: A place opening a title or its quoted plan name (「关于印发《甲山区2027年…》的通知」), known or not.
_TITLED_PLACE = re.compile(r"(?:^|《|\s)([\u4e00-\u9fff]{2,4}?(?:新区|区|县|市|省))")


def titled_place(kb: KB, plan: str | None) -> str:
    """The place a plan's title opens with, whether or not the place list knows it, or ""."""
    m = _TITLED_PLACE.search(normalise_text(home_titles(kb, plan)))
    return m.group(1) if m else ""


def foreign_place(kb: KB, question: str, item: Item) -> str | None:
    """Why ``item``'s figure is not the asked place's: the question is led by a place that is neither the plan's own
    region nor one it lies in (named just before it), or by a whole larger than the plan's own region (全市 of a
    district's plan), and the figure's paragraph does not name that place (or that whole)."""
    if not item.citation:
        return None
    plan = item.citation.plan
    text = normalise_text(item.citation.text or "")
    if (whole := larger_whole(kb, question, plan)) and not re.search(r"(?:全|本|我)" + whole[-1], text):
        home = home_place(kb, plan) or titled_place(kb, plan)
        return f"问的是{whole}，规划给出的是{home}的{normalise_text(item.label or '数值')}，不是{whole}的"
    for name in asked_places(kb, question, plan):
        if not names_place(name, text):
            home = home_place(kb, plan)
            whose = f"{home}的" if home and home != name else "本规划所辖地区的"
            return f"问的是{name}，规划给出的是{whose}{normalise_text(item.label or '数值')}，不是{name}的"
    return None


@check("places")
def own_place(kb: KB, question: str, answer: Answer) -> Answer:
    """``answer`` itself, or found False saying whose figures the plan gives when every figure is another place's
    than the one ``question`` asks (a table row or a prose figure alike)."""
    if not answer.found or answer.kind not in ("fact", "indicator") or not answer.items:
        return answer
    reasons = [foreign_place(kb, question, i) for i in answer.items]
    if not all(reasons):
        return answer
    return Answer(answer.question, f"规划中未能确定所问的数值（{reasons[0]}）。以下段落可能相关，仅供参考。", False,
                  citations=answer.citations, kind=answer.kind)


#: What may lead a measure and say no part of the plan's area: its place said by a pronoun, 的.
_NO_PART = re.compile(r"^(?:(?:咱们|我们|你们|本|我|全|该|这个?|此)?(?:省|市|县|区|州|旗)?|城乡|全域)(?:的)?$")


def part_of_area(kb: KB, plan: str | None, lead: str, row: str) -> str | None:
    """The part of the plan's area (an island, a town, 农村) a question names before a measure an indicator row
    gives for the whole plan — printed in the plan, neither the plan's own region nor a pronoun for it, and no
    part of the row's name — or None.

    A plan's indicator table states its measures for its whole area: 「横沙岛主海塘达标率」 is not the row
    主海塘达标率 (the district's), whatever the island's own clauses say. 城乡 (town and country together) is the whole.
    """
    lead = normalise_text(lead).strip("的")
    if len(lead) < 2 or _NO_PART.match(lead) or lead in normalise_text(row):
        return None
    titles = normalise_text(home_titles(kb, plan))
    if lead in titles or (len(lead) >= 3 and lead[:-1] in titles and lead[-1] in "省市县区州旗"):
        return None
    printed = any(lead in kb.norm_text[p] for p in kb.paragraph_nodes if not plan or plan_of(p) == plan)
    # a 新区 the plan never prints (浦东新区 of a city-wide plan) is a part of the area as much as one it prints (other
    # places it never prints — 红石区, 江南省 — are told apart as another place's by the home-place check)
    return lead if printed or _NEW_AREA.fullmatch(lead) else None


#: A new area named as a part of a city (浦东新区, 滨江新区).
_NEW_AREA = re.compile(r"[\u4e00-\u9fff]{2,6}新区")


#: A whole larger than a county said as a clause's scope, right before what is done in it (「在全省建设100个园区、
#: …引进5000家企业」): the figures are that whole's. 「在全省率先…」「全市首个」 rank the plan's own deed instead.
_WHOLE_SCOPE = re.compile(r"(?:在|于)?全(国|省|市)(?:范围内)?(?=建设|建成|新建|引进|培育|打造|创建|布局|认定|遴选|支持|扶持|实施|推广|选树|命名)")
#: A larger whole the value's own clause opens with as its subject (「到2025年末，全市7座…设施均全量投产」「全市需完成35座
#: …」「确定2025年全市打造55个…」): a district plan quoting the city's notes prints the city's figure. A title led by
#: the word (全国重点文物保护单位, 全市文明单位) or a rank (全市首个, 全省率先) is no scope, nor is 全市场.
_CLAUSE_WHOLE = re.compile(r"^[^，,；;：:。]{0,8}?(?:在|于)?全(国|省|市)(?:范围内)?"
                           r"(?!场|性|重点|文明|示范|优秀|先进|百强|首|率先|领先|前列|第一|排名|平均|水平|同步|统一|一盘棋)")
#: How large an administrative unit is, by its last character (a 区 or 县 is the least).
_RANK = {"国": 4, "省": 3, "市": 2, "州": 2, "盟": 2, "区": 1, "县": 1, "旗": 1}


#: The plan's own area said by a word of the asker's (全区, 本县, 我市, 咱们区).
_OWN_AREA = re.compile(r"(?:全|本|我|咱们|我们)[省市县区州旗]")


@rejects("places.larger_scope")
def larger_scope(kb: KB, plan: str | None, question: str, clause: str) -> str | None:
    """Why a figure printed at the end of ``clause`` is not the plan's own area's: the question asks the plan's own
    area (by its name or 全区, 本县 …) and the clause sets the figure for a whole larger than it (全省 in a district's
    plan, as a provincial programme's 名词解释 defines it), which the question does not ask — or None.

    >>> _WHOLE_SCOPE.search("指通过三年的努力在全省建设100个创新创业产业园区、引进").group(1), _WHOLE_SCOPE.search("在全省率先建成")
    ('省', None)
    >>> _CLAUSE_WHOLE.match("全市需完成").group(1), _CLAUSE_WHOLE.match("确定2025年全市打造").group(1)
    ('市', '市')
    >>> _CLAUSE_WHOLE.match("新增全国重点文物保护单位"), _CLAUSE_WHOLE.match("建成全市首个")
    (None, None)
    """
    scopes = [m.group(1) for m in _WHOLE_SCOPE.finditer(clause)]
    subject = not scopes and (own := _CLAUSE_WHOLE.match(re.split(r"[，,；;：:。]", clause)[-1]))
    if subject:
        scopes = [own.group(1)]
    home = home_place(kb, plan)
    if not scopes or not home or _RANK.get(scopes[-1], 0) <= _RANK.get(home[-1], 0):
        return None
    q = normalise_text(question)
    # a question naming no place asks the plan's own area: the whole its clause opens with is another's (「到2025年新能源
    # 环卫车要配置多少辆」 of a district's 「2025年全市…总量达到2105辆」)
    if not (home in q or home[:-1] in q and len(home) >= 3 or _OWN_AREA.search(q) or subject and not lead_places(q)):
        return None  # 「“246”工程要引进多少家企业」 asks the programme's own figure, as its definition prints it
    if "全" + scopes[-1] in q or any(name[-1] == scopes[-1] and name not in home for name, _, _ in lead_places(q)):
        return None
    return f"原文中的数值是全{scopes[-1]}的，不是{home}的"
