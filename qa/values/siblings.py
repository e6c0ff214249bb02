"""A part of a several-figure question read in the clause its sibling part was found in.

The genre prints an owner's figures together: 「续建双牌灌区零陵区支渠7条，长55km，灌溉面积8.6万亩，
石坝仔水库灌区渠道21.5km，灌溉面积5.96万亩…」, 「新建线路10千伏高压46km，低压线路214km，变压器120台」,
「1990年国家财政收入达到2,567亿元。五年合计为11,194亿元…」. A part that no answerer finds alone
(its wording, an owner left out) is read in the sentence where its sibling's figure stands — the
segment (between commas) printing the part's noun beside a value of the unit asked — and only
within the sibling owner's run: no segment between them names another owner or states the
sibling's measure again (the next owner's run), and a segment of the next sentence counts only
when it opens with the part's noun (a sentence going on about the same subject). The figure is
then checked as every figure is (:func:`qa.checks.verify.checked_figures`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ..answer import Answer, Item
from ..index.bm25 import tokenize
from ..question.frame import PERIOD_TEXT, YEAR_TEXT, spoken_measures, years_in
from .items import asked_nouns, noun_value
from ..index.kb import normalise_text
from .runmembers import one_member
from .pairing import BOUND, run_member
from ..question.ngrams import bigrams
from ..checks.verify import checked_figures
from ..trace import check

__all__ = ["attribute_beside", "own_run_member", "sibling_figure"]

_SENTENCE = re.compile(r"[^。；;！？!?]+[。；;！？!?]?")
#: A comma between clauses, not one grouping digits (2,567亿元).
_COMMA = re.compile(r"[，,](?!\d{3})|(?<!\d)[，,]")
_TIME = re.compile(rf"(?:到|至|在)?(?:{YEAR_TEXT}|{PERIOD_TEXT})(?:期间|时期|末)?")


#: Words a question says around the noun that a plan never prints (「零陵这边要续建几条支渠」).
_SPOKEN = re.compile(r"这边|那边|这里|那里|这块|那块|要|将|能|可以|的")


def _nouns(text: str, owner_of: Callable[[str], str | None]) -> list[tuple[str, str, str]]:
    """(noun, unit, kind of works) a part asks, without its year and spoken words (「零陵这边要续建支渠」 → 零陵续建支渠)."""
    text = _TIME.sub("", spoken_measures(text))
    return [(_SPOKEN.sub("", noun), unit, works) for noun, unit, works in asked_nouns(text, owner_of(text) or "")
            if len(_SPOKEN.sub("", noun)) >= 2]


#: Verbs of works a question puts between the owner and the noun (「电网提质改造要新建…线路」).
_VERBS = re.compile(r"新建|续建|扩建|改建|修建|建设|建成|改造|实施|完成|推进")


def _tails(nouns: list[tuple[str, str, str]], lead: str) -> list[tuple[str, str, str]]:
    """Each noun, then its tails whose words left out the paragraph's lead (the item's title, the words before the
    sentence's first figure) names — the owner said in the question (「电网改造升级新建35千伏高压线路」 under 「城乡电网改造升级工程。」:
    35千伏高压线路); never a tail leaving out what sets the noun apart (35千伏高压 of 低压线路)."""
    out = []
    for noun, unit, works in nouns:
        out.append((noun, unit, works))
        for i in range(2, len(noun) - 1):
            # every word left out, verbs aside, is the lead's (电网提质 of 电网提质改造新建; never 35千伏 nor 高压)
            left = [w for w in tokenize(noun[:i]) if not _VERBS.fullmatch(w)]
            if left and all(w in lead for w in left):
                out.append((noun[i:], unit, works))
    return out


def _modifies(segment: str, owner: str, noun: str, asked: str) -> bool:
    """Whether ``owner`` is printed as part of the noun's own name, the words between them the question's
    (「建设“粤港澳大湾区菜篮子”生产基地20个」 asked 菜篮子生产基地: 粤港澳大湾区 names no other owner's run).

    >>> _modifies("建设“粤港澳大湾区菜篮子”生产基地20个", "粤港澳大湾区", "生产基地", "菜篮子生产基地要建几个")
    True
    >>> _modifies("乙灌区支渠9条", "乙灌区", "支渠", "甲灌区有几条支渠"), _modifies("建设“长三角鲜食直供”蔬菜基地12个", "长三角", "鲜食直供蔬菜基地", "鲜食直供蔬菜基地要建几个")
    (False, True)
    """
    bare = re.sub(r"[“”\"‘’「」]", "", segment)
    at, end = bare.find(owner), bare.find(noun)
    if 0 <= at and 0 <= end and at < end + len(noun) and end < at + len(owner):
        return True  # the owner's name runs into the noun's (长三角鲜食直供|蔬菜基地 for 鲜食直供蔬菜基地)
    gap = bare[at + len(owner) : end]
    # the question's own words between them, or a noun qualified by words of its own (鲜食直供蔬菜基地) right after
    # it — never a bare kind (乙灌区支渠 for 甲灌区's 支渠)
    return 0 <= at and at + len(owner) <= end and all(c in asked for c in gap) and (len(gap) >= 2 or len(noun) >= 6)


def _segments(text: str, at: int) -> list[tuple[int, str]]:
    """(sentence offset from ``at``, segment) of sentence ``at`` and the first segment of the next one."""
    sentences = _SENTENCE.findall(text)
    out = [(0, s) for s in _COMMA.split(sentences[at].rstrip("。；;！？!?")) if s]
    if at + 1 < len(sentences):
        out.append((1, _COMMA.split(sentences[at + 1])[0]))
    return out


#: A counting word asked after the question word, ending a part (「…脱贫了多少户」).
_COUNTER_ASKED = re.compile(r"(?:多少|几)(?:万|亿)?([个户人家所座条处项名台辆套])$")


def _in_other_counter(part_text: str, sibling_text: str, segment: str, value: str) -> str | None:
    """The figure of the part asking the sibling's question in another counting word (「…脱贫了多少户」 beside
    「…脱贫了多少人」): the one value printed in that counting word in the sibling value's own segment
    (「12187户贫困户43054人全部脱贫」 → 12187户); None when the parts ask more than the counting word apart, or the
    segment prints no such value or several.

    >>> _in_other_counter("脱贫了多少户", "脱贫了多少人", "12187户贫困户43054人全部脱贫", "43054人")
    '12187户'
    >>> _in_other_counter("修了多少公里", "修了多少条", "新建道路5条长12km", "5条") is None
    True
    """
    mine, theirs = _COUNTER_ASKED.search(part_text), _COUNTER_ASKED.search(sibling_text)
    if not mine or not theirs or mine.group(1) == theirs.group(1) or part_text[: mine.start()] != sibling_text[: theirs.start()]:
        return None
    found = [m.group(0) for m in re.finditer(r"(?<![\d.])\d[\d.,]*(?:万|亿)?" + mine.group(1), segment) if m.group(0) != value]
    return found[0] if len(found) == 1 else None


@check("siblings")
def own_run_member(question: str, answer: Answer) -> Answer:
    """``answer`` with its one figure made the asked member's own when its clause is a 分别 run and the figure is
    another member's (「…占全区比重」 answered 40% from 「占乙商务区、全区税收比重分别不低于40%、35%」 → 35%).

    >>> from qa.answer import Item
    >>> a = Answer("q", "占全区比重：不低于40%（原文：“甲占乙商务区、全区比重分别不低于40%、35%”）", True,
    ...            [Item("不低于40%", None, detail="甲占乙商务区、全区比重分别不低于40%、35%")], [])
    >>> own_run_member("甲占全区比重不低于多少", a).answer[:12]
    '占全区比重：不低于35%'
    >>> b = Answer("q", "乙收入年均增长：9.3%", True, [Item("9.3%", None, detail="甲和乙收入分别达到38200元、17600元，年均分别增长8.1%、9.3%")], [])
    >>> own_run_member("乙收入年均增长多少", b).answer
    '乙收入年均增长：9.3%'
    """
    if not answer.found or len(answer.items) != 1 or "分别" not in (answer.items[0].detail or ""):
        # (Of two 分别 runs in one clause — 「…收入分别达到38200元、17600元，年均分别增长8.1%、9.3%」 — the one printing the
        # figure is read: qa.values.pairing.run_holding.)
        return answer
    item = answer.items[0]
    member = run_member(normalise_text(question), normalise_text(item.detail), normalise_text(item.label))
    if member is None or BOUND.sub("", normalise_text(member)) in normalise_text(item.label) or item.label not in answer.answer:
        return answer
    return replace(answer, answer=answer.answer.replace(item.label, member, 1), items=[replace(item, label=member)])


def sibling_figure(part_text: str, label: str, sibling_text: str, sibling: Item,
                   owner_of: Callable[[str], str | None]) -> Answer | None:
    """The part's figure read beside its sibling's, or None.

    Parameters
    ----------
    part_text, label : str
        The part as a question of its own, and how the answer names it.
    sibling_text : str
        The sibling part as a question of its own.
    sibling : Item
        The figure the sibling part was answered with: ``label`` the value, ``detail`` its clause, ``citation`` the
        paragraph (its text read whole).
    owner_of : callable
        ``owner_of(text)``: the thing owning figures a text names (a park, a work, a place), or None.

    Returns
    -------
    Answer or None
        A found figure answer (one item, the sibling's citation) that passed :func:`qa.checks.verify.checked_figures`.
    """
    cite = sibling.citation
    if cite is None or not sibling.detail:
        return None
    text, value, clause = normalise_text(cite.text), normalise_text(sibling.label), normalise_text(sibling.detail)
    if (member := run_member(part_text, clause, value)) is not None and normalise_text(member) != value:
        # 「A占B和占C的比重分别…」: each part the value of its own member of the run the sibling's clause prints
        answer = Answer(part_text, f"{label}：{member}（原文：“{sibling.detail}”）", True,
                        [Item(member, cite, detail=sibling.detail)], [cite], kind="fact")
        checked = checked_figures(part_text, answer)
        return checked if checked.found else None
    sentences = _SENTENCE.findall(text)
    # The sentence printing the value (its clause may be quoted in pieces: 「龙口灌区本县支渠9条，灌溉面积6.3万亩」).
    holding = [k for k, s in enumerate(sentences) if value in s]
    if not holding:
        return None
    at = max(holding, key=lambda k: (clause in sentences[k], len(bigrams(clause) & bigrams(sentences[k]))))
    asked_years = set(years_in(part_text))
    if asked_years - set(years_in(sentences[at])) - set(years_in(sibling_text)):
        return None  # the part asks another year than the sibling's sentence is of
    segments = _segments(text, at)
    holding = [k for k, (n, s) in enumerate(segments) if not n and value in s]
    if not holding:
        return None
    own = max(holding, key=lambda k: (segments[k][1] in clause or clause in segments[k][1], -k))
    if (counted := _in_other_counter(part_text, sibling_text, segments[own][1], value)) is not None:
        answer = Answer(part_text, f"{label}：{counted}（原文：“{segments[own][1]}”）", True,
                        [Item(counted, cite, detail=segments[own][1])], [cite], kind="fact")
        checked = checked_figures(part_text, answer)
        return checked if checked.found else None
    asked = part_text + sibling_text
    theirs = _nouns(sibling_text, owner_of)[:1]
    # Where the owner is named: the sentences before and the sentence's opening words before its first figure
    # (「城区、农村电网提质改造，新建线路…」).
    opening = next((k for k, (n, s) in enumerate(segments) if re.search(r"\d", s)), 0)
    lead = "".join(sentences[:at]) + "".join(s for _, s in segments[:opening]) + segments[own][1]
    for noun, unit, works in _tails(_nouns(part_text, owner_of), lead):
        # the sibling's own segment first: an enumeration between commas (「总干渠1条长20.35km、干渠3条…、支渠29条」)
        # prints the part's noun beside its own value (the sibling's value itself is never taken)
        for k in sorted(range(len(segments)), key=lambda k: abs(k - own)):
            nxt, segment = segments[k]
            between = [s for _, s in segments[min(k, own) + 1 : max(k, own)]]
            # Another owner named, or the sibling's measure stated again: the next owner's run, not the part's.
            if any((o := owner_of(s)) and o[:2] not in asked for s in between) or (
                    (o := owner_of(segment)) and o[:2] not in asked and not _modifies(segment, o, noun, asked)):
                continue
            if any(noun_value(s, *n) for s in between for n in theirs):
                continue
            if nxt and not segment.startswith(noun[:2]):
                continue  # a later sentence goes on about the same subject only when it opens with the noun
            printed = noun
            if not all(w in segment for w in tokenize(noun)):
                # 「牛羊肉总产量达到1300万吨，奶类达到4100万吨」: the head the sibling's noun prints (产量) is left out
                # of the next member's own segment, which opens with the part's own words (奶类).
                printed = _head_elided(noun, theirs[0][0] if theirs else "", segment)
                if printed is None:
                    continue  # every word of the noun printed (高压线路 is no 低压线路, 35千伏 no 10千伏)
            fig = noun_value(segment, printed, unit, works, counts=True)
            if fig and one_member(fig.segment, fig.value, noun):
                continue  # 「完成废渣堆场、回填区、尾砂库…3000亩」: the run's total, no one member's
            if fig and normalise_text(fig.value) != value:
                answer = Answer(part_text, f"{label}：{fig.value}（原文：“{fig.segment}”）", True,
                                [Item(fig.value, cite, detail=fig.segment)], [cite], kind="fact")
                checked = checked_figures(part_text, answer)
                return checked if checked.found else None
    return None


def attribute_beside(part_text: str, label: str, sibling: Item) -> Answer | None:
    """The attribute a part asks (面积, 长度, 投资) printed without its noun right after the sibling's count, or None:
    「完成12个既有公共建筑节能改造项目，共163.41万平方米」 gives those projects' 面积 — a figure of that unit elsewhere
    (a garden's 总面积) is no answer beside it. Checked as every figure is."""
    cite = sibling.citation
    if cite is None or not sibling.detail:
        return None
    text, value = normalise_text(cite.text), normalise_text(sibling.label)
    at = next((k for k, sentence in enumerate(_SENTENCE.findall(text)) if value in sentence), None)
    if at is None:
        return None
    segments = _segments(text, at)
    own = next((k for k, (n, segment) in enumerate(segments) if not n and value in segment), None)
    if own is None or (unprinted := _unprinted_attribute(part_text, segments, own, value)) is None:
        return None
    value_said, segment = unprinted
    answer = Answer(part_text, f"{label}：{value_said}（原文：“{segment}”）", True,
                    [Item(value_said, cite, detail=segment)], [cite], kind="fact")
    checked = checked_figures(part_text, answer)
    return checked if checked.found else None


#: An attribute a part asks by its noun alone, which the genre leaves out after its owner's count, the unit saying which
#: (「完成12个既有公共建筑节能改造项目，共163.41万平方米」: those projects' 面积).
_ATTRIBUTE_UNITS = {"面积": ("平方公里", "平方米", "公顷", "亩"), "长度": ("公里", "千米", "米", "km"),
                    "里程": ("公里", "千米", "km"), "投资": ("元",)}
_UNPRINTED = r"(?:共计?|合计|总计|累计|总)?(?:约|近|超过?)?(\d[\d.,]*(?:万|亿)?(?:{units}))"


def _unprinted_attribute(part_text: str, segments: list[tuple[int, str]], own: int, value: str) -> tuple[str, str] | None:
    """(value, segment) of the attribute the part asks, printed without its noun after the sibling's ``value``: opening
    the next segment (「，共163.41万平方米」) or after 共 in the sibling's own (「完成3个超低能耗建筑项目共4.29万平方米」);
    None otherwise.

    >>> _unprinted_attribute("改造项目面积一共多少", [(0, "完成12个改造项目"), (0, "共163.41万平方米")], 0, "12个")
    ('163.41万平方米', '共163.41万平方米')
    >>> _unprinted_attribute("项目面积多少", [(0, "完成3个超低能耗建筑项目共4.29万平方米")], 0, "3个")
    ('4.29万平方米', '完成3个超低能耗建筑项目共4.29万平方米')
    >>> _unprinted_attribute("改造项目面积一共多少", [(0, "完成12个改造项目"), (0, "新建步道5.12公里")], 0, "12个") is None
    True
    """
    attr = next((a for a in _ATTRIBUTE_UNITS if a in part_text), None)
    if attr is None:
        return None
    figure = _UNPRINTED.format(units="|".join(sorted(_ATTRIBUTE_UNITS[attr], key=len, reverse=True)))
    mine = segments[own][1]
    tail = mine[mine.find(value) + len(value):]
    if (m := re.match(rf"[^\d]*?(?=共|合计|总计){figure}", tail)) is not None:
        return m.group(1), mine
    if own + 1 < len(segments) and not segments[own + 1][0] and (m := re.match(figure, segments[own + 1][1])):
        return m.group(1), segments[own + 1][1]
    return None


def _head_elided(noun: str, theirs: str, segment: str) -> str | None:
    """The part's own words when ``segment`` prints them without the head noun its sibling's noun ends in: 「奶类产量」
    beside 「牛羊肉总产量」 read in 「奶类达到4100万吨以上」 → 奶类; None when the segment does not open so.

    >>> _head_elided("奶类产量", "牛羊肉总产量", "奶类达到4100万吨以上")
    '奶类'
    >>> _head_elided("奶类产量", "牛羊肉总产量", "禽蛋产量达到300万吨") is None
    True
    """
    for k in range(len(noun) - 2, 1, -1):
        stem, head = noun[:k], noun[k:]
        if len(head) >= 2 and theirs.endswith(head) and segment.startswith(stem) and head not in segment:
            return stem
    return None
