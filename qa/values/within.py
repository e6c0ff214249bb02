"""「新建绿地要搞多少？其中公园绿地呢？」「公园建设项目一共几个？其中嘉定新城几个？」: a share of the figure before it;
「生态红线面积多少，占多大比例？」: the share the figure before it is of a whole.

A plan prints a figure's share right after it, in the same clause: 「新建绿地35万平方米，其中公园绿地17.5万平方米」,
「公园建设项目共计9个（嘉定新城5个、其他区域4个）」. A part asked with 「其中X」 is that share, read in the clause
the part before it was answered from — never a figure of X printed anywhere else (a 其中 part asked alone loses the
thing it is a share of). Likewise a plan prints what share a figure is of its whole right after it:
「生态红线面积约465平方公里，占全县总面积23.7%」「贫困村41个，占行政村总数的12%」; a part asking only 「占多大比例」
「占比多少」 is that share, read in the earlier part's clause (:func:`ratio_after`).
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..index.kb import normalise_text
from ..question.ngrams import bigrams

__all__ = ["ratio_after", "share_within", "within_name"]

#: The asking words after the share's name: 「呢」「几个」「有多少」「是多少」「要到多少」.
#: A bound and a spoken verb of spending said before the question word (「其中仓储物流部分至少投多少」 of 「其中仓储物流
#: 部分投资不低于10亿元」) are the asker's, no part of the share's name.
_ASK_TAIL = re.compile(r"(?:呢|吗)?(?:分别)?(?:至少|最少|起码|最多|大概|大约)?(?:有|是|要|得|占|达到|为|能)?(?:投资|投入|投|花)?(?:到|达)?(?:几|多少).*$|(?:呢|吗)$")
#: A count printed before the share's name (「37个…，其中15个被认定为国家…」): the number and its counting word only.
_COUNTED = r"\d+(?:\.\d+)?(?:万|亿)?[个项处家所座名人条家%]"
#: A value with its unit as printed: 17.5万平方米, 5个, 30%.
_VALUE = r"\d+(?:\.\d+)?(?:万|亿)?[^\d\s，,；;。、（）()]{0,5}"


def within_name(text: str) -> str | None:
    """The share a part asks (「…其中公园绿地要搞多少」 → 公园绿地), or None when it asks no 其中 share.

    >>> within_name("其中仓储物流部分至少投多少"), within_name("其中公园绿地呢")
    ('仓储物流部分', '公园绿地')
    """
    at = text.find("其中")
    if at < 0:
        return None
    name = _ASK_TAIL.sub("", normalise_text(text[at + 2:])).strip("的，,")
    return name if len(name) >= 2 else None


def _core(name: str) -> str:
    """The share's name as a plan prints it after its count: 国家级 → 国家 (其中15个被认定为国家…); a name left one
    character long is kept whole (区级 stays 区级)."""
    core = name.rstrip("级")
    return core if len(core) >= 2 else name


def share_within(text: str, label: str, before: Answer) -> Answer | None:
    """The share ``text`` asks, read after the figure ``before`` gave, in the clause it was cited from.

    Parameters
    ----------
    text : str
        One part of a question, holding 「其中X」.
    label : str
        The part's label (what the joined answer calls it).
    before : Answer
        The answer to the part before it.

    Returns
    -------
    Answer or None
        ``found: true`` with the share's value and the citation of the clause printing it; None when the part asks
        no share, the part before found nothing, or its clause prints no 「其中X v」/「(X v、…)」 after its figure.
    """
    name = within_name(text)
    if name is None or not before.found:
        return None
    for item in before.items:
        citation = item.citation
        for source in (item.detail or "", citation.text if citation else ""):
            source = normalise_text(source)
            value = normalise_text(item.label or "").split("(")[0]
            at = source.find(value) if value else -1
            if at < 0:
                continue
            # Only the same sentence, after the figure: 「…35万平方米,其中公园绿地17.5万平方米」「9个(嘉定新城5个、…)」.
            rest = re.split(r"[。；;]", source[at + len(value):], maxsplit=1)[0]
            esc = re.escape(name)
            m = re.search(rf"^[,，]?其中[^，,；;。\d]*?{esc}[^\d，,；;。]{{0,6}}?(?P<v>{_VALUE})", rest) \
                or re.search(rf"^\((?:[^)]*?、)?{esc}(?P<v>{_VALUE})", rest) \
                or re.search(rf"^[^，,；;。]*[,，]其中(?P<v>{_COUNTED})[^，,；;。\d]{{0,8}}?{re.escape(_core(name))}", rest)
            if m:
                share = Item(m["v"], citation, detail=source[max(0, at - 20): at + len(value) + m.end()])
                return Answer(text, f"其中{name}：{m['v']}", True, [share], [citation] if citation else [], kind="fact")
    return None


#: A part asking only the share the earlier figure is of a whole: 「占多大比例」「占比多少」「占百分之几」「比例是多少」
#: 「占全县多少」 — no measure of its own beyond 占 and the whole.
_RATIO_ASKED = re.compile(r"^(?:那)?(?:它|其)?(?:占|占到|所占)(?:[^\d，,？?。多几]{0,10}?)(?:的)?(?:比例|比重|份额)?(?:是|为|有)?"
                          r"(?:多大|多少|百分之几|几成|多高)(?:的)?(?:比例|比重|百分比)?(?:呢|吗)?[？?]*$"
                          r"|^(?:那)?(?:它|其)?(?:占比|比例|比重|所占比例|所占比重)(?:是|为|有)?(?:多少|多大|多高|百分之几)(?:呢)?[？?]*$")
#: The share printed after a figure in its clause: 「，占全县总面积23.7%」「（占12%）」「，占比30%」.
_RATIO_PRINTED = re.compile(r"^[^。；;，,\d]{0,4}[，,（(]\s*(?:约)?(?:占|占到|占比)(?P<whole>[^，,；;。\d]{0,14}?)(?:的)?(?:比例|比重)?"
                            r"(?:为|达|达到)?(?:约)?(?P<v>\d+(?:\.\d+)?\s*[%％])")


def ratio_after(text: str, before: Answer) -> Answer | None:
    """The share ``text`` asks (「占多大比例」) read right after the figure ``before`` gave, in the clause it was cited
    from (「…465平方公里，占全县总面积23.7%」); None when the part asks something else, the part before found
    nothing, or no share is printed right after that figure — never a share printed for anything else."""
    asked = normalise_text(text)
    if not before.found or not _RATIO_ASKED.search(_ask_only(asked)):
        return None
    subject = asked[: asked.find("占")] if asked.find("占") > 0 else ""
    # (a part restates its subject in its own words: 「全区划定的永久基本农田…」's later part asks 划定永久基本农田占…,
    # 「生态保护红线划了多大面积」's asks 生态保护红线划面积占比 — printed in the earlier part once the asking words are gone,
    # or its word pairs the earlier part's, all but one)
    earlier = normalise_text(before.question or "")
    pairs = bigrams(subject)
    restated = bool(pairs) and len(pairs - bigrams(earlier)) <= max(1, len(pairs) // 8)
    if subject and _named(subject) not in _named(earlier) and not restated:
        return None  # 「…，永久基本农田占多大比例」: a share of another subject, asked of that subject alone
    asked_whole = _whole_of(asked)
    for item in before.items:
        citation = item.citation
        value = normalise_text(item.label or "").split("(")[0]
        value = re.sub(r"^(?:约|近|超过|达|达到)", "", value)
        for source in (item.detail or "", citation.text if citation else ""):
            source = normalise_text(source)
            at = source.find(value) if value else -1
            if at < 0:
                continue
            m = _RATIO_PRINTED.search(source[at + len(value):])
            if m and _whole_agrees(asked_whole, m["whole"]):
                whole = m["whole"].strip()
                share = Item(m["v"], citation, detail=source[max(0, at - 20): at + len(value) + m.end()])
                said = f"占{whole}比例：{m['v']}" if whole else f"所占比例：{m['v']}"
                return Answer(text, said, True, [share], [citation] if citation else [], kind="fact")
    return None


#: The whole a share part names after its 占 (「占总面积的比例」: 总面积), its asking words left out; 占比 names none.
_WHOLE_ASKED = re.compile(r"^(?:占|占到|所占)(?!比)(?P<whole>[^\d，,？?。多几]{0,10}?)(?:的)?(?:比例|比重|份额)?(?:是|为|有)?(?:多大|多少|百分之几|几成|多高)")
#: Words asking a figure, and 的, which name nothing of a part's subject (「划定的永久基本农田有多大面积」).
_ASKING_WORDS = re.compile(r"的|(?:是|为|有)?(?:多少|几)|有?多[大长宽高深]|[？?]")


def _named(text: str) -> str:
    """What ``text`` names once its asking words and 的 are gone (「全区划定的永久基本农田有多大面积」 →
    全区划定永久基本农田面积), so a part restating the earlier part's subject (划定永久基本农田面积) is found in it."""
    return _ASKING_WORDS.sub("", text)


def _whole_agrees(asked: str, printed: str) -> bool:
    """Whether the whole a share is printed of (市域总面积) is the whole asked: none asked, or the asked words printed
    in order with a qualifier left out (总面积 of 市域总面积) — never another whole (耕地面积 is no 总面积).

    >>> _whole_agrees("总面积", "市域总面积"), _whole_agrees("", "全县总面积"), _whole_agrees("耕地面积", "市域总面积")
    (True, True, False)
    >>> _whole_agrees("全市总面积", "全县总面积")  # the plan's own region, said with another level's word
    True
    """
    asked = _OWN_REGION.sub("", asked.strip().removesuffix("的"))
    printed = _OWN_REGION.sub("", printed.strip())
    return not asked or printed.endswith(asked) or asked in printed


#: The plan's own region leading a whole (全县总面积, 市域总面积, 我区): an asker says it with their own level's word.
_OWN_REGION = re.compile(r"^(?:全|本|我)[省市县区]|^[省市县区]域")


def _whole_of(part: str) -> str:
    """The whole a share part asks of, "" when it names none (「占比是多少」 asks a share of what the plan prints).

    >>> _whole_of("占总面积的比例是多少"), _whole_of("占比是多少"), _whole_of("占多大比例")
    ('总面积', '', '')
    """
    m = _WHOLE_ASKED.match(_ask_only(part))
    return m["whole"] if m else ""


def _ask_only(asked: str) -> str:
    """A part with the earlier part's subject repeated before 占 (parts restate their subject: 「生态红线面积占多大比例」)
    read from its 占, so what it asks is its share alone."""
    at = asked.find("占")
    return asked[at:] if at > 0 else asked
