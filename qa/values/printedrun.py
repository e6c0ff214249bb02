"""Names joined by 、 or 和 that a plan prints as one owner of one figure (「农业、水利和林业部门为三二·六亿元」).

Questions split an enumeration into its members (「A和B分别是多少」), but the genre also prints one department,
one group of trades or one budget line as a run of names (农业、水利和林业部门; 国防工业、国防科研、军事工程;
教育、科学、文化、卫生事业费) with a single value after it. Split, each member gets no figure of its own — or worse,
another measure's (农业 → 农业总产值). A run the question says that a paragraph prints verbatim, a value right after
it, is read as one name: :func:`shielded` hides its joins while a question is cut into parts or measures, and
:func:`restored` puts them back.
"""
from __future__ import annotations

import re
from typing import Iterable

__all__ = ["printed_run", "shielded", "restored", "SHIELD"]

#: A run of names in a question: two or more CJK words joined by 、 (and maybe a last 和/及/与), or two by 和.
_RUN = re.compile(r"[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{1,12})+|[\u4e00-\u9fff]{2,12}(?:和|及|与)[\u4e00-\u9fff]{2,12}")
#: A value printed right after the run (「…部门为三二·六亿元」「…军事工程203.5亿元」), a copula allowed.
#: A share may follow after a comma (「国防和行政的费用，约占财政支出的百分之三十二左右」), never a 分别 run of values.
_VALUE_AFTER = re.compile(r"^(?:的)?(?:[\u4e00-\u9fff]{0,4}?(?:投资|支出|事业费|费用|经费|拨款))?"
                          r"(?:[，,]?(?:约|大约|共)?占(?:(?!分别|各)[^，,。；;、和]){1,12}?的?)?(?:为|是|共|达到|达)?[0-9〇零一二三四五六七八九十百千]")
#: A period or year opening a run (第一个五年, 一五, 1957年): it dates the figure asked, it names no owner.
_TIME_HEAD = re.compile(r"第?[一二三四五六七八九十]+个五年|[一二三四五六七八九十]五(?:时期|期间|的时候)?|(?:19|20)\d\d年|[一二][〇零一二三四五六七八九]{3}年")
#: A count printed right before a run (「196个国家和地区」「37个县（团、场）」): the run is the one noun it counts.
_COUNT_BEFORE = re.compile(r"(?<![第0-9.])[0-9][0-9.]*(?:万|亿)?(?:个|家|所|座|处)$")
#: A share printed right before a run of parallel names (「90%以上的中心村和特色村达到…」): the share of them together.
_SHARE_BEFORE = re.compile(r"(?<![0-9.])[0-9][0-9.]*%(?:以上|左右)?的$")
#: Where such a run ends: a clause mark, a bracket or the end of the text (not a longer name going on).
_RUN_ENDS = re.compile(r"$|[，,。；;、（(）)]|的")
#: A works' item titled by the run (「03 青江治理和东河综合治理工程。治理河道共45公里，新建堤防20公里。」): the figures
#: its sentences print with no subject of their own are the joint works'.
_TITLE_BEFORE = re.compile(r"^(?:[0-9]+[.、．]?|[（(][0-9一二三四五六七八九十]+[)）])?$")
_TITLED_VALUE = re.compile(r"^[。：:][^。]*?[0-9]")
#: A verb of doing printed right before a run (「完成废渣堆场、回填区、尾砂库植被恢复面积3000亩以上」, 「推动创新与产业投资
#: 占比达到…」): the run is its object and starts after it, so the whole run is printed — never only its tail after a
#: 、 or 与 read as the run.
_VERB_BEFORE = re.compile(r"(?:完成|实施|实现|开展|推进|推动|新建|建设|建成|加快|开工|启动|新增|改造|确保|力争|促进|提高|提升|保持|争取|使|让)$")
#: The rest of a clause the run opens with one value in it (「乡土和适生树种在新造林中的应用比例不低于85%，」): the
#: measure the run owns jointly, printed after it with no other name joined and no 分别/各 sharing values out.
_ONE_VALUE_CLAUSE = re.compile(r"^[^，,。；;：:、和及与分各0-9]{1,16}?[0-9〇零一二三四五六七八九十百千][^，,。；;、和及与]*(?:$|[，,。；;])")
#: 等 and the first words of the kind after it ending a run (「…和保税维修等外贸」): the run has closed at 等, so the
#: words after are no member's (高等, 平等, 同等 are words of their own).
_ETC_INSIDE = re.compile(r"(?<![高平同对相均中初超次特优上下])等[\u4e00-\u9fff]{0,6}$")
#: A run closed by 等 and its kind, then the group's one value in the same clause (「…等外贸新业态进出口规模达5000亿元」).
_ETC_VALUE = re.compile(r"^等[^，,。；;、]{1,20}?(?:达到|达|为|是|突破|超过|超|共)?[0-9]")
#: Stands in for a shielded run: CJK, so name patterns keep it, with no join in it (no 、和及与).
SHIELD = _SHIELD = "囗囗囗囗"


def printed_run(question: str, texts: Iterable[str]) -> str | None:
    """The longest run of names in ``question`` that one of ``texts`` prints verbatim with a value right after it.

    Parameters
    ----------
    question : str
        The question, normalised as the texts are (NFKC, no whitespace).
    texts : iterable of str
        The plan's paragraph texts, normalised alike.

    Returns
    -------
    str or None
        The run as the question (and the plan) prints it, at least two names joined by 、/和/及/与.

    Examples
    --------
    >>> printed_run("农业、水利和林业部门基本建设投资多少亿元", ["农业、水利和林业部门为三二·六亿元，占百分之七·六"])
    '农业、水利和林业部门'
    >>> printed_run("农业、水利和林业部门基本建设投资多少亿元", ["农业总产值五九六·六亿元；水利投资十亿元"]) is None
    True
    >>> printed_run("一五的时候国防和行政的费用占财政支出多少", ["第一个五年国防和行政的费用，约占财政支出的百分之三十二左右"])
    '国防和行政的费用'
    >>> printed_run("第一个五年国防和行政的费用占财政支出多少", ["第一个五年国防和行政的费用，约占财政支出的百分之三十二左右"])
    '国防和行政的费用'
    >>> printed_run("甲和乙的费用占支出多少", ["甲的费用约占支出的百分之十，乙的费用占百分之五"]) is None
    True
    >>> printed_run("第一、二、三产业增加值占国内生产总值的比重分别是多少", ["第一、二、三产业增加值占国内生产总值的比重分别为13%、51%和36%"]) is None
    True
    >>> printed_run("地方戏曲推广到多少个国家和地区", ["地方戏曲已推广到42个国家和地区，"])
    '国家和地区'
    >>> printed_run("青江治理和东河综合治理工程一共治理多少公里河道", ["03青江治理和东河综合治理工程。治理河道共45公里，新建堤防20公里。"])
    '青江治理和东河综合治理工程'
    >>> printed_run("青江治理和东河综合治理工程分别新建堤防多少公里", ["03青江治理和东河综合治理工程。新建堤防20公里。"]) is None
    True
    >>> printed_run("中心村和特色村达到美丽宜居村庄要求的比例是多少", ["90%以上的中心村和特色村达到美丽宜居村庄要求，80%的乡镇"])
    '中心村和特色村'
    >>> printed_run("行政村、中心村和特色村、乡镇分别要达到多大比例", ["95%的行政村达到…，90%以上的中心村和特色村达到…"])
    '中心村和特色村'
    >>> printed_run("乡土和适生树种的应用比例是多少", ["优化林相结构，乡土和适生树种在新造林中的应用比例不低于85%，营造生境"])
    '乡土和适生树种'
    >>> printed_run("乡土和适生树种分别占多少", ["优化林相结构，乡土和适生树种在新造林中的应用比例不低于85%，营造生境"]) is None
    True
    >>> printed_run("创新与产业投资占比要达到多少", ["推动创新与产业投资占比达到25%-30%。"])
    '创新与产业投资占比'
    >>> printed_run("跨境电商、市场采购和保税维修等外贸新业态进出口规模要达到多少", ["到2030年，跨境电商、市场采购和保税维修等外贸新业态进出口规模达5000亿元。"])
    '跨境电商、市场采购和保税维修'
    >>> printed_run("跨境电商和市场采购进出口规模分别是多少", ["跨境电商、市场采购和保税维修等外贸新业态进出口规模达5000亿元。"]) is None
    True
    >>> printed_run("孕产妇死亡率和婴儿死亡率分别是多少", ["孕产妇死亡率下降到14.5/10万，婴儿死亡率下降到7.5‰"]) is None
    True
    >>> printed_run("废渣堆场、回填区、尾砂库植被恢复面积一共多少亩", ["完成废渣堆场、回填区、尾砂库植被恢复面积3000亩以上"])
    '废渣堆场、回填区、尾砂库植被恢复面积'
    >>> printed_run("河道治理工程治理湘江、潇水多长", ["零陵区河道治理工程。湘江、潇水治理69.5km，综合治理贤水、石期河长度共计210km。"])
    '湘江、潇水'
    >>> printed_run("排土场、临时料场要恢复多少亩植被", ["完成弃土场、排土场、临时料场植被恢复面积1200亩以上"]) is None
    True
    >>> printed_run("婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别降为多少", ["婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别降为7.5‰、9.5‰、18/10万"]) is None
    True
    """
    texts = list(texts)
    best = None
    each = bool(re.search(r"分别|各", question))  # 「A和B分别…」 asks each member's own, never the joint title's
    for m in _RUN.finditer(question):
        run = m.group(0)
        first = re.search(r"、|和|及|与", run).start()
        # (a start inside the first name drops words before it; one after a 、 reads a joint inside a longer run:
        # 「行政村、中心村和特色村、乡镇分别…」)
        last = re.search(r"(?:、|和|及|与)[^、和及与]*$", run).start()
        for start in [*range(0, first - 1), *(k + 1 for k, c in enumerate(run) if c == "、" and k < last)]:
            inner = re.compile(r"、|和|及|与").search(run, start).start() if start > first else last
            for end in range(len(run), inner + 1, -1):
                cand = run[start:end]
                if best and len(cand) <= len(best):
                    break
                if _TIME_HEAD.match(cand):
                    continue  # 「第一个五年交通和邮电的费用」: the period asked is the question's, no part of the name
                if re.search(r"分别|各|[为是到在达降升增减]$", cand):
                    continue  # 「A、B分别降为…」: a run whose figures are each member's, or a verb, not a name
                # 「A、B和C等外贸新业态进出口规模…」 asked with the plan's own 等: the group the plan gives one figure of
                etc = question.startswith("等", m.start() + end)
                if any(_printed_with_value(cand, t, titled=not each, etc=etc) for t in texts):
                    best = cand
                    break
    return best


def _printed_with_value(run: str, text: str, *, titled: bool = True, etc: bool = False) -> bool:
    at = text.find(run)
    while at >= 0:
        if etc and _ETC_VALUE.match(text[at + len(run) :]):
            return True  # 「跨境电商、市场采购和保税维修等外贸新业态进出口规模达5000亿元」: the group's one figure
        before = text[at - 1 : at]
        if not re.match(r"[\u4e00-\u9fff]", before) or before in "对于在和及、将为年" or _VERB_BEFORE.search(text[:at]):
            if _VALUE_AFTER.match(text[at + len(run) :]):
                return True
        if _COUNT_BEFORE.search(text[:at]) and _RUN_ENDS.match(text[at + len(run) :]):
            return True  # 「已传播到196个国家和地区，」: one count of the pair the genre prints as one noun
        if _SHARE_BEFORE.search(text[:at]) and _parallel_names(run):
            return True  # 「90%以上的中心村和特色村达到…」: one share of the pair, never each member's
        if titled and _ONE_VALUE_CLAUSE.match(text[at + len(run) :]) and (not before or not re.match(r"[\u4e00-\u9fff、]", before)) \
                and not _ETC_INSIDE.search(run):
            # (a run printed whole, its clause's subject: never the tail of a longer 、-run — 「排土场、临时料场」 of
            # 「弃土场、排土场、临时料场」 — whose figure is the whole run's)
            return True  # 「…；乡土和适生树种在新造林中的应用比例不低于85%，」「。湘江、潇水治理69.5km，」: one figure of the run
        if titled and _TITLE_BEFORE.match(text[:at]) and _TITLED_VALUE.match(text[at + len(run) :]):
            return True  # 「青江治理和东河综合治理工程。治理河道共45公里」: the joint works titling its item
        at = text.find(run, at + 1)
    return False


def _parallel_names(run: str) -> bool:
    """Whether the names of ``run`` are parallel — one last character, lengths within one (中心村和特色村) — so the run
    ends where its names do: what the plan prints after it (达到…要求) is what they do, no part of the last name.

    >>> _parallel_names("中心村和特色村"), _parallel_names("中心村和特色村达到美丽宜居村")
    (True, False)
    """
    names = re.split(r"、|和|及|与", run)
    return len(names) >= 2 and all(len(n) >= 2 and n[-1] == names[0][-1] and abs(len(n) - len(names[0])) <= 1 for n in names)


def shielded(text: str, run: str | None) -> str:
    """``text`` with ``run`` written as one word (no 、 or 和 to cut at); unchanged when ``run`` is None.

    >>> shielded("农业、水利和林业部门投资多少？1957年呢？", "农业、水利和林业部门")
    '囗囗囗囗投资多少？1957年呢？'
    """
    return text.replace(run, _SHIELD) if run else text


def restored(text: str, run: str | None) -> str:
    """``text`` with the shielded ``run`` printed again.

    >>> restored("囗囗囗囗投资多少", "农业、水利和林业部门")
    '农业、水利和林业部门投资多少'
    """
    return text.replace(_SHIELD, run) if run else text
