"""The typed frame of a figure question: which measures, which unit, which year.

:func:`parse_frame` reads a question such as 「到2010年货物贸易和服务贸易进出口总额分别要达到多少？」
into what is asked (``value``), about what (the measures 货物贸易进出口总额 and
服务贸易进出口总额), in which unit (none named) and for which year (2010). The
answerers execute the frame against the plan and :mod:`qa.checks.verify` checks what they
found against it (a year the plan does not give → not found).

Years are read in every way the genre writes them: 2025年, 到二〇〇〇年, and five-year
periods (“十四五”期间 → the period's last year, 2025).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .asked_time import short_years
from .intent import ATTRIBUTE_CUES, Intent, classify_intent, normalise_question
from .link import ABBREVIATIONS
from .paired import spell_paired

__all__ = [
    "Frame", "parse_frame", "years_in", "periods_in", "period_end", "MEASURE_UNITS", "split_measures", "MEASURE_SYNONYMS",
    "measure_variants", "asked_aspect", "SPOKEN_MEASURES", "counted_after_verb", "spoken_measures", "as_printed", "as_asked", "measure_core", "NARROWING", "CUE_PRINTED", "spoken_attributes",
    "phase_agrees", "asks_start", "spoken_years", "MEASURE_HEAD", "YEAR_TEXT", "PERIOD_TEXT", "PRICE_BASIS", "price_bases",
    "digit_years",
]

def _asked_as_printed() -> dict[str, tuple[str, ...]]:
    """:data:`qa.question.link.ABBREVIATIONS` read backwards (固投 → 固定资产投资), plus printed names a plan may shorten
    itself (地区生产总值 → 生产总值, 能源消耗 → 能耗) and spoken words for printed ones."""
    table: dict[str, list[str]] = {}
    for full, shorts in ABBREVIATIONS.items():
        for short in shorts:
            if short not in full:  # 生产总值 is a tail of the full name: asked as the short form, read as the whole
                table.setdefault(short, []).append(full)
        table.setdefault(full, []).extend(shorts)  # plans print their own 简称 too (生态红线面积约465平方公里)
    for spoken, printed in _SPOKEN_WORDS.items():
        table.setdefault(spoken, []).extend(printed)
    return {k: tuple(dict.fromkeys(v)) for k, v in table.items() if v}


#: Words users say for what plans print that are no abbreviation of it (vocabulary, not code paths: add a pair).
_SPOKEN_WORDS: dict[str, tuple[str, ...]] = {
    "经济总量": ("地区生产总值", "国内生产总值", "生产总值"),
    # A county or city prints its own output as 全区/全市生产总值 as often as 地区生产总值.
    "国内生产总值": ("地区生产总值",),
    "GDP": ("生产总值",),
    "物价": ("价格",),
    # a share is printed 比重 more often than asked so (kg.extract.units.SHARE_WORDS); 「X方面投资」 is X's 投资
    "比例": ("比重",),
    "占比": ("比重",),
    "方面投资": ("投资",),
    # 「平均每天非法倾倒的暴露垃圾」 is printed 「平均每日…」: the day said as spoken
    "每天": ("每日",),
    "能耗强度": ("单位国内生产总值能源消耗", "单位地区生产总值能源消耗", "单位地区生产总值能耗", "单位GDP能耗"),
    "碳排放强度": ("单位国内生产总值二氧化碳排放", "单位地区生产总值二氧化碳排放", "单位GDP二氧化碳排放"),
    # older reports print a per-head income 每人收入 and a yield per mu 每亩平均年产量 (「粮食每亩平均年产量…四百斤」)
    "人均收入": ("人均可支配收入", "每人收入", "平均每人收入"),
    "亩产": ("每亩平均年产量", "每亩产量", "亩产量"),
    # 「制造业占GDP比重」: an industry's (or 数字经济's) share is its 增加值's.
    "业占": ("业增加值占",),
    "经济占": ("经济增加值占",),
    "全市": ("市域",),
    "全县": ("县域",),
    "老百姓收入": ("居民人均可支配收入",),
    "群众收入": ("居民人均可支配收入",),
    "居民收入": ("居民人均可支配收入",),
    # older plans print a per-head income 平均每个农民的纯收入
    "农民人均纯收入": ("平均每个农民纯收入", "每个农民纯收入"),
    # a plant's 日处理能力 is printed by what it handles each day (日处理污水4万吨, 日处理垃圾500吨)
    "日处理能力": ("日处理污水", "日处理垃圾", "日处理",),
    # 「城镇新增就业人数」: plans print the count after the measure (城镇新增就业4500万人).
    "就业人数": ("就业",),
    # a bound of 1亿元 is printed 过亿元, 超亿元 or 1亿元以上 alike (「年产值过亿元的企业」)
    "过亿元": ("超亿元", "1亿元以上"),
    "超亿元": ("过亿元", "1亿元以上"),
    "1亿元以上": ("过亿元", "超亿元"),
    "一亿元以上": ("过亿元", "超亿元", "1亿元以上"),
}
#: Words users write → what plans print (:data:`qa.question.link.ABBREVIATIONS` both ways, and spoken words).
MEASURE_SYNONYMS: dict[str, tuple[str, ...]] = _asked_as_printed()

#: Words that, standing just before a measure, make another measure of it (head-final Chinese):
#: 占GDP is a share, 单位GDP能耗 an intensity, 城镇居民人均可支配收入 a part of 居民人均可支配收入.
NARROWING = re.compile(r"(?:占|单位|人均|万元|国民|城镇|农村|城市|乡村|城区|乡镇|农民|工业|农业|服务业|规模以上|男性|女性)$")

#: How plans print an attribute a question names (长度 as 全长/长约…, 宽度 as 宽…); 增长 and 延长 are no length.
CUE_PRINTED: dict[str, tuple[re.Pattern, ...]] = {
    "长度": (re.compile(r"全长|总长|(?<![增延成生助擅专])长(?=约|\d|为|达|[一二三四五六七八九十]|度)"),),
    "宽度": (re.compile(r"(?<![拓加放])宽(?=约|\d|为|达|[一二三四五六七八九十]|度)"),),
}
#: Spoken forms of those attributes in questions (「长多少米」「有多宽」) → the attribute word.
_SPOKEN_ATTRIBUTES = (
    # 全长/总长 are how plans print a length (CUE_PRINTED): 「全长多少公里」 asks 长度, never a 「全长度」.
    (re.compile(r"有?多长|(?<![增延成生助擅专])(?:全|总)?长(?:度)?(?:约|是|为|有)*(?=多少|几)"), "长度"),
    (re.compile(r"有?多宽|(?<![拓加放])宽(?:度)?(?:约|是|为|有)*(?=多少|几)"), "宽度"),
)

#: 「永零高速有多少公里」: a works' length asked by its unit alone — never in a clause building it (「新建…一共多少公里」
#: asks the length built) nor of a measure of its own (里程).
_LENGTH_BY_UNIT = re.compile(r"(?<=[\u4e00-\u9fff”\"）)])(?<![建修造增加到达扩延成改铺通程长度量模有是全总大约一共概])"
                r"(?:有|是|全长|总长|大概|大约|一共|总共)*(?:多少|几)(?:公里|千米|km)(?=[？?，,、；;]|$)")
_BUILDS = re.compile(r"新建|建设|修建|改建|扩建|改造|铺设|硬化|治理|疏浚|新增|完成")
#: Acts that count what they act on (「每年要筛选」「五年内引进」), said after the things counted.
_COUNTING_ACT = r"((?:每年|一年|全年|五年内?)?(?:要|将|计划|拟|力争|争取|需要)?(?:筛选|遴选|培育|引进|认定|扶持|评选|新建|建设|实施|打造))"
#: The end of a question, or a purpose after the count (「…实行一对一帮扶」): no other thing counted.
_NOTHING_AFTER = r"(?=[？?]?$|(?:来|去|用来)?(?:实行|实施|开展|进行|给予|予以))"
#: 「产业链企业每年要筛选多少家实行一对一帮扶」: the things counted asked before the verb counting them, the unit agreeing
#: (家 of 企业, 个 of 项目), nothing else counted after — printed after the verb (「每年在全区筛选20家…产业链企业」).
_COUNTED_BEFORE_VERB = (
    re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,10}?(?:企业|公司|合作社|农场))" + _COUNTING_ACT + r"((?:多少|几)家)" + _NOTHING_AFTER),
    re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,10}?项目)" + _COUNTING_ACT + r"((?:多少|几)个)" + _NOTHING_AFTER),
)


def counted_after_verb(question: str) -> str:
    """``question`` with the things counted asked before their verb put after it, as plans print them; unchanged
    when it asks none so. A reading tried when the words asked find nothing (「“小巨人”企业超800家」 is printed
    before its count too).

    >>> counted_after_verb("产业链企业每年要筛选多少家实行一对一帮扶？"), counted_after_verb("重点项目每年要新建多少个？")
    ('每年要筛选多少家产业链企业实行一对一帮扶？', '每年要新建多少个重点项目？')
    >>> counted_after_verb("零陵工业园每年要引进多少家企业？")
    '零陵工业园每年要引进多少家企业？'
    """
    for pattern in _COUNTED_BEFORE_VERB:
        question = pattern.sub(r"\2\3\1", question)
    return question


#: Spoken wordings of what plans print (vocabulary, not code paths: add a row): (pattern, printed words, a word the
#: question must hold for the reading to apply, or None). 「每天供水多少」 is a plant's 供水规模, 「一天能处理」 its 日处理,
#: 「能供多少人」 a water works' 供水人口, 「花多少钱」 an investment.
SPOKEN_MEASURES: tuple[tuple[re.Pattern, str, str | None], ...] = (
    (re.compile(r"(?:每天|每日|一天|一日|日)(?:能|可以?|要|将)?供水(?:量|能力)?(?:有|是|为|能)?(?=多少|几)"), "供水规模", None),
    (re.compile(r"(?:每天|每日|一天|一日|日)(?:能|可以?|要|将)?供(?:应)?((?:多少|几)(?:万)?(?:吨|立方米|方)?)水"), r"供水规模\1", None),
    (re.compile(r"(?:每天|每日|一天|一日)(?:能|可以?|要|将)?(?=处理|处置|焚烧|供气|发电|生产|产|接待|运送|吞吐)"), "日", None),
    (re.compile(r"(?:一年|每年)(?:能|可以?|要|将)?(?=处理|处置|生产|产(?!值)|接待|吞吐|进出口|发电|出栏)"), "年", None),
    # 「优良天数一年要超过多少天」: a count per year the plan prints as 「大于330天/年」; 每年增长 is a rate, kept.
    (re.compile(r"(?:一年|每年|全年)(?=(?:要|将|能|可以?)?(?:超过|达到|不少于|多于|有|是|为)?(?:多少|几))"), "", None),
    (re.compile(r"(?:能|可以?|要|将)?(?:供|供应)(?:给)?((?:多少|几)(?:万)?人)(?:用水|饮水|吃水)?"), r"供水人口\1", "水"),
    # 「盘活处置多少低效产业用地」: two acts asked before their object, printed after it (「低效产业用地盘活处置75平方公里」)
    (re.compile(r"((?:盘活|处置|收储|腾退|拆除|复垦|修复|整治|改造|修缮|更新|提升|整理|治理|保护|利用){2})(多少|几)"
                r"([\u4e00-\u9fff]{4,12})(?=[？?]?$)"), r"\3\1\2", None),
    # 「能管多少人喝水」「解决几万人吃水」: the people a water works serves, printed 供水人口
    (re.compile(r"(?:能|可以?|要|将)?(?:管|解决|保障|满足)(?:了)?((?:多少|几)(?:万)?人)(?:的)?(?:喝水|饮水|吃水|用水)"), r"供水人口\1", None),
    # 「X全区要建几家」: a scope said after the thing, before the act, is the question's scope — said first, as plans
    # print it (「全区建立4家以上有核酸检测能力的医疗机构」), never a word of the thing's name.
    (re.compile(r"^([\u4e00-\u9fff]{4,}?)(全区|全市|全县|全省|全镇)(?=(?:要|将|计划|力争|争取|共)?(?:建|新建|建成|建设|打造|培育|引进|达到|实现|完成|储备))"), r"\2\1", None),
    # 「一年要储备多少亩地」: 土地 acted on, said after the act, is the 土地储备 (流转, 整理 …) plans print; the spoken 地
    # may be gone already (qa.question.wording reads 多少亩地 as 多少亩). (the figure before the name, as printed:
    # 「完成1500亩以上土地储备」)
    (re.compile(r"(储备|收储|流转|整理|整治|复垦|征收)((?:多少|几)(?:万)?亩)(?:土)?地?"), r"\2土地\1", None),
    # 「能停多少台车」: a car park's 停车位, as plans print them (「规划共布置724个停车位」).
    (re.compile(r"(?:能|可以?|可供)?停(?:放)?(多少|几)(?:台|辆|个)?(?:车|汽车)"), r"停车位\1个", None),
    # 「一年能卖多少钱」 is a 年销售收入 (before 「多少钱」 reads as an investment).
    (re.compile(r"(?:一年|每年|年)(?:能|可以?|要)?(?:卖|销售)(?:多少|几)(?:个)?(?:亿)?(?:钱|元)"), "年销售收入多少", None),
    # 「脱贫了多少户」: households lifted out of poverty, as plans print them (「12187户贫困户…全部脱贫」).
    (re.compile(r"(?<!贫困户)(?:实现|完成)?脱贫(?:了)?(多少|几)(万)?户"), r"有\1\2贫困户脱贫", None),
    # 「十三五脱贫攻坚一共脱贫了多少人」: the campaign names the time of what is asked, not its measure
    (re.compile(r"脱贫攻坚(?:战)?(?:中|里|期间|以来)?(?=[^？?，,]*脱贫)"), "", None),
    # 「财政总收入有多少钱」「信息消费规模要到多少钱」: 多少钱 after a measure of money asks that measure, no investment.
    (re.compile(r"((?:投资|收入|产值|规模|总额|额|利税|利润|收益|税收|营收|资金)(?:(?:19|20)\d\d年)?(?:有|是|为|能有|要到|能到|达到|要达到|能达到|到)?)(多少)钱"), r"\1\2", None),
    # 「总共投多少个亿」「要投几个亿」: 投 alone said of money is the investment plans print (「计划总投资22.8亿元」).
    (re.compile(r"(?:总共|一共|共计|总计)(?:要|需要|得|计划|打算)?投(?:了|入)?(?=(?:多少|几)(?:个)?[亿万])"), "总投资", None),
    (re.compile(r"(?<![总资])(?:要|需要|得|计划|打算)?投(?:了)?(?=(?:多少|几)(?:个)?[亿万])"), "投资", None),
    # 「一共投入了多少钱」: 投入 is the measure printed (「全市水务投入约720亿元」), 了 no part of it.
    (re.compile(r"(投入|投资)了(多少|几)(?:个)?钱"), r"\1\2", None),
    (re.compile(r"(?<![资入])(?:要|需要|得|能)?(?:花|投入|投)?(?:多少|几)(?:个)?钱"), "投资多少", None),
    (re.compile(r"(?<=[资入])(多少)钱"), r"\1", None),
    (re.compile(r"有?多高(?![速铁])"), "高度多少", None),
    # 「从A到B开车要多长时间」: a travel time by road, as plans print it (「A至B车程缩短至25分钟」).
    (re.compile(r"(?:开车|驾车|坐车|乘车|行车)(?:要|需要|只要|得)?(?:花)?(?:多长时间|多久|多少时间|多少分钟|几分钟)"), "车程多少", None),
    # 「钢1957年计划产多少」: what a plan produces is its 产量 (一年产多少 is read above as 年产).
    (re.compile(r"(?<![年生投])产(?=(?:多少|几))"), "产量", None),
    # (「一年平均长了多少」: the spoken 长 after a yearly word is a growth too)
    (re.compile(r"(?:上涨|涨|(?<=每年|年均|一年)长|(?<=平均)长)(?=了?(?:多少|几))"), "增长", None),
    (re.compile(r"的(?=比重|比例|占比)"), "", None),  # 「占GDP的比重」: the share as tables name it
    (re.compile(r"(每[百千万]人)(?![口次])"), r"\1口", None),  # 每万人发明专利 is printed 每万人口…
    (re.compile(r"(?:能|可以?|可|要)?灌(?:溉)?(?=(?:多少|几)(?:万)?亩)"), "灌溉面积", None),
    # 「由多少提高到多少」 asks the clause 「由A提高到B」: its target, quoted with where it starts.
    (re.compile(r"(?:从|由)(?:多少|几)(?:[%％])?(?=(?:提高|提升|增加|增长|上升|下降|降低|减少|降)(?:到|至)(?:多少|几))"), "", None),
    (re.compile(r"(?:能|可以?|可|要)?停(?:放)?(?:多少|几)(?:个|辆)?车"), "停车位多少个", None),
    # 「装多少千瓦」 is a plant's 装机 (装几台风机 keeps its things counted).
    (re.compile(r"(?<!安)装(?:了)?(?=(?:多少|几)(?:万|百万)?(?:千瓦|兆瓦|MW|kW|瓦))"), "装机", None),
    # 「规划多少亩地」「要用多少亩地」「规划了多少亩」: a site's 规划用地 (征/流转/复垦多少亩地 keep their verb).
    (re.compile(r"(?:规划了?|占用?了?|要用|用了?|需要)((?:多少|几)万?亩)(?:土?地|(?![\u4e00-\u9fff]))"), r"规划用地\1", None),
    # 「零陵这边」「城区那块」: a place said with a spoken locative is the place itself.
    (re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:这边|那边|这块|那块|这一块)(?=[\u4e00-\u9fff])"), "", None),
    # 「25年定了多少」「目标定的是多少」: what a plan sets is its target.
    (re.compile(r"(?:目标)?(?:(?<![稳固决规鉴])定|订|设定|确定|定为|设为)(?:了|的|在)?(?:是|为)?(?=多少)"), "目标是", None),
    # 「面积定了多大」「长度定的是多长」: the manner a plan sets a size is no part of the size asked.
    (re.compile(r"(?:(?<![稳固决规鉴])定|确定|定为|设定)(?:了|的|在)?(?:是|为)?(?=多[大长宽高深])"), "", None),
    # 「园区要建的X」「我们要新建的X」: who builds it, said before the thing, is no part of its name.
    (re.compile(r"^(?:园区|我们|咱们|政府|区里|县里|市里)?(?:要|将|计划|准备|打算)(?:新建|建设|修建|建|修|打造)的(?=[\u4e00-\u9fff]{4})"), "", None),
    # 「那四个水厂」「这座桥」 point back at the named thing: no part of what is asked of it.
    (re.compile(r"(?:那|这)[一二三四五六七八九十两几]*[个座家所条处项]?[\u4e00-\u9fff]{0,3}?(?:厂|站|所|馆|园|库|桥|港|场|校|院)(?=[^\u4e00-\u9fff]|每|能|可|要|的|供|建|有|一共|总共)"), "", None),
)

_CN_DIGIT = dict(zip("〇零一二三四五六七八九", "0012345678" "9"))
_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
#: Words that count things after 多少/几 (「多少公里铁路」, 「多少张床位」): the unit the answer must carry.
MEASURE_UNITS = (
    "万公里", "公里", "千米", "平方公里", "平方米", "万平方米", "万亩", "亩", "公顷", "万吨", "吨", "万千瓦", "千瓦",
    "立方米", "亿立方米", "万亿元", "亿元", "万元", "元", "万亿美元", "亿美元", "美元", "亿吨", "亿千瓦", "亿亩", "亿人", "万套", "套", "万人", "人", "个", "张", "件", "所", "家", "座", "条", "岁", "处", "项",
    "辆", "户", "次", "床", "台", "亿度", "度", "兆瓦", "天",
    # older plans count grain in 斤 and cotton in 担, livestock in 头, shoes in 双
    "亿斤", "万斤", "斤", "万担", "担", "万头", "头", "万双", "双",
    # people counted by 名 (社员, 技术人员)
    "万名", "名",
    # goods counted by their own word (手表450万只, 缝纫机140万架, 卷烟200万箱, 棉纺47万锭): a question asking 多少只
    # wants that word, never another thing's 两个 (an unknown word was read into the measure: 「表生产只」)
    "万只", "只", "万架", "架", "万箱", "箱", "万锭", "锭", "艘", "匹", "株", "棵", "枚", "颗", "盏", "册",
    # buildings (「税收亿元楼要达到多少幢」: 幢 was read into the measure, 「税收亿元楼幢」)
    "幢", "栋",
    # trains run (「全年开行多少列」)
    "列", "趟",
    # posts and poles (「新增多少根充电桩」: 根 was read into the measure, 「新增根充电桩」)
    "根",
)
#: What a figure question asks of its measure: a yearly rate (年均增长多少), a change (降低多少) or a level
#: (达到多少). None: any figure the plan states. Checked in this order; the first that matches wins.
_ASPECTS = (
    ("growth", re.compile(r"平均每年(?:要|将)?(?:增长|递增|提高|下降|降低|减少)|年均(?:分别)?(?:要|将)?(?:增长|增速|提高|递增|下降|降低|减少|降幅)|(?<!自然)增长率|增速|增幅|每年(?:平均)?(?:增长|下降)")),
    # 「累计…达到多少」 asks the period's sum (累计引进外资达到多少), not a level.
    ("total", re.compile(r"(?:累计|合计|共计|总计)[^，,。？?]{0,12}?(?:达到|达|为)(?:了)?(?:多少|几)|[五十]年(?:内|间|里)?(?:一共|总共|加起来|合起来)")),
    ("level", re.compile(r"(?:达到|搞到|做到|提高到|提到|提升到|增加到|降到|降至|降低到|下降到|控制在|保持在|稳定在|维持在|突破|到)(?:了)?(?:多少|几|什么水平)")),  # 搞到/做到: spoken 达到; 「寿命到多少」 asks the level too
    ("change", re.compile(r"(?:提高|提升|降低|下降|减少|增加|增长|压减|缩短|扩大)(?:了)?(?:多少|几)|翻(?:几|多少)番")),
    # 「五年合计」「累计」: a sum over a period, which no level in one year answers (nor it them).
    ("total", re.compile(r"合计|累计|共计|总计")),  # 「一共有多少个」 counts things, over no period
)
#: A question asking the sum of the things it names (一共, 合计 …), not a figure each.
_SUM_ASKED = re.compile(r"一共|总共|合计|共计|总计|加起来|总数|总和")
_ASPECT_WORDS = re.compile(r"(?:年均|平均每年|每年)?(?:(?<!自然)增长率|增速|增幅|(?<!自然)增长|递增|提高|(?<=.{4})新增)$|(?:平均)?每年$|(?:五年)?(?:合计|累计|共计|总计)$")  # 自然增长率 is a measure of its own
#: A year as plans and questions print it (2025年, 二〇〇〇年), and a five-year period's name (“十四五”, 九五):
#: pattern text for other readers to build on.
YEAR_TEXT = r"(?:(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})年"
#: A comparison's base year as a plan prints it before the change (较2025年, 比2020年末, 与2025年相比, 由2020年的…):
#: the year is group 1.
BASE_YEAR_PRINTED = re.compile(rf"(?:比|较|相比|相较|与|同|由|从)(?:于)?({YEAR_TEXT})(?:末|底)?(?:的水平)?(?:相比|而言)?")
#: The number of a five-year period (十四 of 十四五, 十 of 第十个五年): one alternation, grouped by its user.
PERIOD_NUMERAL = r"十[一二三四五六七八九]?|[一二三四五六七八九]"
#: A five-year period's name, quoted or not (“十四五”, 十三五).
PERIOD_TEXT = rf"[“\"]?(?:{PERIOD_NUMERAL})五[”\"]?"
#: When a figure is for, as a clause prints it before the measure (「到2030年」「2025年底」「到“十五五”期末」「规划期内」).
TIME_SAID = rf"(?:到|至|截至|截止到?|在)?(?:{YEAR_TEXT}(?:底|末|内)?|{PERIOD_TEXT}(?:期末|末期|末|期间|时期|期内)?|规划期(?:末|内)?)"
_PERIOD = re.compile(rf"[“\"]?({PERIOD_NUMERAL})五[”\"]?(?:规划)?(?:期间|时期末?|末期|末|期末|规划期|的时候|以来)?")
#: A period said with the preposition dating a figure by it (「到十五五末」「截至“十四五”末」), as years are (_MEASURE_NOISE).
_PERIOD_SAID = re.compile(r"(?:截至|截止到?|到|至)?" + _PERIOD.pattern)
_PLAN_NO = re.compile(rf"第({PERIOD_NUMERAL})个五年")
_YEAR = re.compile(r"((?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})年")
#: A price basis (「按1990年价格计算」「以2000年不变价计算的…」「按照1980年不变价格」): the year prices are taken at,
#: never the year a figure is for nor part of the measure's name (:func:`price_bases` reads it, the checks compare it).
PRICE_BASIS = re.compile(r"(?:按照?|以)(?:(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})年(?:的)?(?:不变|可比)?(?:价格?)(?:来)?(?:计算|算)?(?:的)?")
#: 「第一个五年国防和行政的费用…」: a plan's number as older texts print it is the question's period, no part of a measure.
_PLAN_NO_SAID = re.compile(rf"第(?:{PERIOD_NUMERAL})个五年(?:计划)?(?:时期|期间|的时候|内)?")
_MEASURE_NOISE = re.compile(
    r"(?:19|20)\d\d年?(?:至|到|-|—|－)(?:19|20)\d\d年|[“”\"'‘’「」《》？?！!。，,]|请问|(?:国家|全国|全省|全市|全区|全县|本省|本市|本区|本县|这个|本|该)?(?:规划纲要|纲要|规划|方案)(?:中|里)?(?:所?(?:说|讲|写|提到)的?)?|(?:^|(?<=年))(?:建议|报告)(?:中|里)(?:所?(?:说|讲|写|提到)的?)?|提出|明确|预计|预测|原来|原先|起初|(?:的)?基期值?|^[一二三四五六七八九十]五计划|^计划(?=(?:今后|未来)?[五十]年)|(?:今后|未来)?(?:五|十)年(?:内|里|间|中)|(?:要|将)?(?:比|较)(?:现在|目前|当前|现有水平)|(?:和|与|及|、)(?=(?:19|20)\d\d年|[一二][〇零一二三四五六七八九]{3}年)|(?:截至|截止到?|到|至|在|(?<!占)比|较)?(?:(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})年(?:底|末)?"
)
_ASK_TAIL = re.compile(
    # 「供应多少建设用地」: 应 closing 供应/响应/适应 is the verb's, not a modal's
    r"(?:要|将|需要|需|(?<![供响适反对相])应|计划|预计|力争|争取|预期)?(?:分别)?(?:要|将)?"
    r"(?:提高|提升|达到|降低|下降|降到|降至|减少|增长|增加|超过|控制|保持|稳定|维持|建设|新建|建成|实现|完成|突破|压减|累计|搞|做|降|提"
    # 「优良天数要大于多少天」: a bound the value must keep (plans print 大于330天) is the asking verb, no part of the measure
    # — only after a measure's name (「到2025年要低于多少」 names none: 低于 then stands for the measure asked before)
    r"|(?<=[\u4e00-\u9fff]{3})(?:不(?:低|少|高|超过|小|大)于|不超过|[大小高低多少]于))?"
    r"(?:到|至|在)?(?:了)?(?:多少|几)"
)


@dataclass(frozen=True)
class Frame:
    """What a figure question asks.

    ``ask`` is ``value`` (a figure), ``count``/``sum`` (over a box), or the intent kind
    for other questions. ``measures`` are the asked measures (one per part of 「A和B分别」
    or of two sentences), ``unit`` the counting word after 多少 (公里, 张) or None,
    ``year`` the year the question constrains the answer to (None: any).
    """

    ask: str
    measures: tuple[str, ...]
    unit: str | None = None
    year: int | None = None
    aspect: str | None = None
    #: Whether ``year`` ends a five-year period the question names as a whole (“十三五”期间).
    period: bool = False
    #: Each measure's own counting word (``unit`` is the first of them).
    units: tuple[str | None, ...] = ()
    #: Each measure's own aspect, read in its own sentence (「GDP年均增长多少？城镇新增就业多少人？」: growth, any).
    aspects: tuple[str | None, ...] = ()

    def unit_of(self, index: int) -> str | None:
        """The counting word asked with the ``index``-th measure."""
        return self.units[index] if index < len(self.units) else self.unit

    def aspect_of(self, index: int) -> str | None:
        """What is asked of the ``index``-th measure: ``growth``, ``change``, ``level``, ``total`` or None (any)."""
        return self.aspects[index] if index < len(self.aspects) else self.aspect


def spoken_years(question: str) -> str:
    """The question with a spoken two-digit year written out (25年 → 2025年). For questions only: plan text
    keeps its own years (:func:`years_in`).

    >>> spoken_years("最终消费对GDP的贡献率，25年定了多少？"), spoken_years("30年的目标呢？")
    ('最终消费对GDP的贡献率，2025年定了多少？', '2030年的目标呢？')
    >>> spoken_years("近20年来增长多少？"), spoken_years("2025年是多少？"), spoken_years("30年内建成")
    ('近20年来增长多少？', '2025年是多少？', '30年内建成')
    """
    return short_years(question)  # read with no plan known (qa.question.asked_time; the engine reads them in the plan's era first)


def spoken_attributes(question: str) -> str:
    """The question with spoken lengths and widths (长多少米, 有多宽) as the attribute words 长度/宽度 + 多少.

    Examples
    --------
    >>> spoken_attributes("香零山大桥长多少米、宽多少米？"), spoken_attributes("大桥有多长多宽？")
    ('香零山大桥长度多少、宽度多少？', '大桥长度多少宽度多少？')
    >>> spoken_attributes("年均增长多少？"), spoken_attributes("长度和宽度分别是多少？")
    ('年均增长多少？', '长度和宽度分别是多少？')
    >>> spoken_attributes("安澜大道全长多少公里"), spoken_attributes("大道总长是多少公里？")
    ('安澜大道长度多少', '大道长度多少？')
    """
    for pattern, word in _SPOKEN_ATTRIBUTES:
        question = pattern.sub(word, question)
    question = _LENGTH_BY_UNIT.sub(
        lambda m: m.group(0) if _BUILDS.search(re.split(r"[，,。；;？?]", m.string[: m.start()])[-1]) else "长度多少", question)
    question = re.sub(r"(长度|宽度)(?=宽度|长度|[？?、，,]|$)", r"\1多少", question)
    return re.sub(r"((?:长度|宽度)多少)(?:米|公里|千米|km|m)", r"\1", question)


def spoken_measures(question: str) -> str:
    """The question with its spoken wordings as the words plans print (:data:`SPOKEN_MEASURES`).

    Examples
    --------
    >>> spoken_measures("那四个水厂每天供水多少、能供多少人？")
    '供水规模多少、供水人口多少人？'
    >>> spoken_measures("一天能处理多少污水？"), spoken_measures("这条路要花多少钱？")
    ('日处理多少污水？', '这条路投资多少？')
    >>> spoken_measures("医疗保险覆盖多少人？"), spoken_measures("总投资多少钱？")
    ('医疗保险覆盖多少人？', '总投资多少？')
    >>> spoken_measures("总共投多少个亿？"), spoken_measures("要投几个亿"), spoken_measures("生猪一年出栏多少")
    ('总投资多少个亿？', '投资几个亿', '生猪年出栏多少')
    >>> spoken_measures("停车场能停多少台车？"), spoken_measures("投资多少亿")
    ('停车场停车位多少个？', '投资多少亿')
    >>> spoken_measures("有核酸检测能力的医疗机构全区要建几家以上？"), spoken_measures("园区一年要储备多少亩地？")
    ('全区有核酸检测能力的医疗机构要建几家以上？', '园区一年要多少亩土地储备？')
    >>> spoken_measures("园区一年要储备多少亩？")
    '园区一年要多少亩土地储备？'
    """
    for pattern, printed, needs in SPOKEN_MEASURES:
        if needs is None or needs in question:
            question = pattern.sub(printed, question)
    return question


def as_printed(question: str, intent: Intent) -> tuple[str, Intent]:
    """The question in the plan's words (:func:`spoken_measures`), with the attribute cues read there (its kind kept).

    >>> from qa.question.intent import classify_intent
    >>> q = "农村饮水安全工程每天供水多少？"
    >>> printed, intent = as_printed(q, classify_intent(q)); printed, intent.cue_words
    ('农村饮水安全工程供水规模多少？', ('供水规模',))
    """
    printed = spoken_measures(question)
    if printed == question:
        return question, intent
    cues = classify_intent(printed)
    return printed, replace(intent, attributes=cues.attributes, cue_words=cues.cue_words)


#: A question asking where a change starts (原来是多少, 基期值) or both its ends (从多少提高到多少).
_START_ASKED = re.compile(r"原来|原先|起初|基期|起点|(?:从|由)多少")
_BOTH_ASKED = re.compile(r"(?:从|由)多少[^，,。？?]{0,8}?(?:到|至)了?多少")


def asks_start(question: str) -> str | None:
    """``"both"`` for 「从多少提高到多少」, ``"start"`` for 「原来是多少」, else None.

    >>> asks_start("城镇化率要从多少提高到多少？"), asks_start("城镇化率原来是多少？"), asks_start("城镇化率要提高到多少？")
    ('both', 'start', None)
    """
    return "both" if _BOTH_ASKED.search(question) else "start" if _START_ASKED.search(question) else None


#: A works' phase (一期投资50亿元, 大唐风力发电站（二期）); 首期 is 一期. Not 期间/期末 (“十四五”期间).
_PHASE = re.compile(r"([一二三四五六七八九首])期(?![间末限初中])")


def _phases(text: str) -> set[str]:
    return {"一" if m.group(1) == "首" else m.group(1) for m in _PHASE.finditer(text)}


def phase_agrees(question: str, clause: str, owner: str = "") -> bool:
    """Whether a figure printed in ``clause`` of a thing named ``owner`` is of the phase the question asks.

    A question naming a phase (「一期投资多少」) takes only a figure of that phase, stated in the clause or the
    owner's name, and none of another; a question naming none (「投资多少」「总投资多少」) asks the whole, which
    a phase's figure (「其中，一期投资50亿元」) is not — unless the thing itself is that phase (大唐风力发电站（二期）).

    Examples
    --------
    >>> phase_agrees("电镀中心一期投资多少", "一期投资50亿元"), phase_agrees("电镀中心投资多少", "一期投资50亿元")
    (True, False)
    >>> phase_agrees("电镀中心总投资多少", "总投资160亿元"), phase_agrees("电镀中心二期投资多少", "总投资160亿元")
    (True, False)
    >>> phase_agrees("风电站装机多少", "装机3万千瓦", "大唐风力发电站（二期）"), phase_agrees("风电站一期装机多少", "装机3万千瓦", "大唐风力发电站（二期）")
    (True, False)
    >>> phase_agrees("首期投资多少", "一期投资50亿元"), phase_agrees("“十四五”期间投资多少", "投资8亿元")
    (True, True)
    """
    asked, printed, owned = _phases(question), _phases(clause), _phases(owner)
    if asked:
        return bool(asked & (printed | owned)) and printed <= asked
    return printed <= owned


def as_asked(measure: str, question: str) -> str:
    """The measure as the question words it, or 所问的数值 when reading the question left a residue no reader would
    recognise (「按级公路标准修」 from 按几级公路标准修, 「产业投资占固投比重和」): a not-found answer names the measure
    cleanly or not at all. A part sharing the next part's tail (「货物贸易和服务贸易进出口总额」) is the question's too.

    Examples
    --------
    >>> as_asked("货物贸易进出口总额", "货物贸易和服务贸易进出口总额分别是多少？"), as_asked("森林覆盖率", "森林覆盖率的目标是多少？")
    ('货物贸易进出口总额', '森林覆盖率')
    >>> as_asked("按级公路标准修", "有多长，按几级公路标准修？"), as_asked("产业投资占固投比重和", "产业投资占固投的比重，2020年和2025年各是多少？")
    ('所问的数值', '所问的数值')
    """
    q = normalise_question(question).replace("的", "")
    if measure in q:
        return measure
    for k in range(2, len(measure) - 1):
        head, tail = measure[:k], measure[k:]
        at = q.find(head)
        end = q.find(tail, at + k) if at >= 0 else -1
        if end >= 0 and re.fullmatch(r"(?:和|与|及|、)[^？?，,。；;]*", q[at + k : end]):
            return measure
    return "所问的数值"


def measure_core(measure: str) -> str:
    """The measure without its head word (森林覆盖率 → 森林, 私人汽车拥有量 → 私人汽车拥有): where a hint for a measure
    the plan does not state must come from — its subject, never another subject's 覆盖率 or 收入.

    >>> measure_core("森林覆盖率"), measure_core("私人汽车拥有量"), measure_core("城镇居民人均可支配收入")
    ('森林', '私人汽车拥有', '城镇居民')
    >>> measure_core("财政性教育经费占国内生产总值比例")
    '财政性教育经费'
    """
    core = MEASURE_HEAD.sub("", measure) or measure
    return re.sub(r"(?<=.{2})占.*$", "", core)  # 「A占GDP比重」 is A's: GDP is its denominator, not its subject


#: The head words that name what kind of figure a measure is (率, 比重, 收入 …), read off its end.
MEASURE_HEAD = re.compile(
    r"(?:(?:人均)?(?:可支配)?收入|覆盖率|普及率|增长率|达标率|利用率|参保率|占有率|比重|比例|占比|总额|总量|总值|增加值|"
    r"人口|人数|面积|规模|产量|产值|率|量|值|数|额)$")


def asked_aspect(text: str) -> str | None:
    """Whether a question asks for a yearly rate, a change or a level (see :data:`_ASPECTS`).

    Examples
    --------
    >>> asked_aspect("“十三五”期间GDP年均增长多少？"), asked_aspect("能耗要降低多少？"), asked_aspect("要达到多少岁？")
    ('growth', 'change', 'level')
    >>> asked_aspect("森林覆盖率的目标是多少？") is None
    True
    """
    name = next((name for name, pat in _ASPECTS if pat.search(text)), None)
    if name == "growth" and _ONE_YEARS_RATE.search(text) and not _YEARLY_RATE.search(text) \
            and len(set(years_in(text))) == 1 and not periods_in(text):
        return "change"  # 「2021年生产总值增速」: one year's rate is its rise over the year before, printed 增长8%
    return name


#: A rate asked bare (增速, 增幅, 增长率) — of one year when the question names one year and no period.
_ONE_YEARS_RATE = re.compile(r"(?<!自然)增长率|增速|增幅")
#: A rate said yearly over a span (年均增速, 平均每年增长): a period's, whatever year is named beside it.
_YEARLY_RATE = re.compile(r"年均|平均每年|每年|[五十]年")


def period_end(name: str) -> int | None:
    """The last year of a five-year period named like 十四五 / 九五.

    Examples
    --------
    >>> period_end("十四五"), period_end("九五"), period_end("十一五")
    (2025, 2000, 2010)
    >>> period_end("一五"), period_end("二五"), period_end("三五")
    (1957, 1962, 1970)
    """
    m = re.fullmatch(rf"({PERIOD_NUMERAL})五", name)
    if not m:
        return None
    word = m.group(1)
    n = 10 + _CN_NUM.get(word[1:], 0) if word.startswith("十") else _CN_NUM[word]
    # The first two plans ran 1953–1957 and 1958–1962; after the 1963–1965 adjustment years the
    # third began in 1966, and every plan since ends in a year ending in 0 or 5.
    return {1: 1957, 2: 1962}.get(n, 1955 + 5 * n)


def years_in(text: str) -> list[int]:
    """Years a text states: 2025年, 二〇〇〇年, “十四五”期间 (as the period's end), in order.

    Examples
    --------
    >>> years_in("到2025年，“十四五”期间，到二〇〇〇年")
    [2025, 2025, 2000]
    >>> years_in("第十二个五年规划纲要"), years_in("在第一个五年内"), years_in("我国的第一个五年计划")
    ([2015], [1957], [1957])
    >>> years_in("向第二个百年奋斗目标进军的第一个五年")
    []
    >>> years_in("“十三五”初期为19.1%")
    [2016]
    """
    found: list[tuple[int, int]] = []
    bases = [b.span() for b in PRICE_BASIS.finditer(text)]
    for m in _YEAR.finditer(text):
        if any(a <= m.start() < b for a, b in bases):
            continue  # 「按1990年价格计算」: the prices' year, not the figure's
        digits = "".join(_CN_DIGIT.get(c, c) for c in m.group(1))
        found.append((m.start(), int(digits)))
    found.extend(_periods(text))
    return [y for _, y in sorted(found)]


def digit_years(text: str) -> str:
    """``text`` with years in Chinese numerals written in digits, so a title and a question match however each prints
    a year (a heading 「二〇三五年远景目标」 asked as 2035年远景目标, or the reverse).

    >>> digit_years("第2节 二〇三五年远景目标"), digit_years("2035年远景目标是什么"), digit_years("三五年内建成")
    ('第2节 2035年远景目标', '2035年远景目标是什么', '三五年内建成')
    """
    return _YEAR.sub(lambda m: "".join(_CN_DIGIT.get(c, c) for c in m.group(1)) + "年", text)


def price_bases(text: str) -> set[int]:
    """The years a text takes prices at (「按1990年价格计算」 → 1990), none where it names no basis.

    >>> price_bases("按2000年价格算，到2005年全省国内生产总值要达到多少"), price_bases("到2005年达到2900亿元")
    ({2000}, set())
    >>> years_in("以1990年价格计算的国民生产总值到2000年达到31000亿元")
    [2000]
    """
    return {int("".join(_CN_DIGIT.get(c, c) for c in m.group(1))) for b in PRICE_BASIS.finditer(text)
            for m in _YEAR.finditer(b.group(0))}


def _periods(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _PERIOD.finditer(text):
        end = period_end(m.group(1) + "五")
        # 「五年」「一五」 inside other words are not periods: require quotes or a period word.
        if end and (m.group(0)[0] in "“\"" or m.group(0).endswith(("期间", "时期", "末", "规划期", "规划"))):
            # 「“十三五”初期为19.1%」: the period's first year, not its end
            found.append((m.start(), end - 4 if text.startswith(("初期", "期初"), m.end()) else end))
    for m in _PLAN_NO.finditer(text):
        if text[: m.start()].endswith("的") and not text.startswith(("计划", "规划"), m.end()):
            continue  # 「向第二个百年奋斗目标进军的第一个五年」: five years counted from a milestone, not the 一五 plan
        if end := period_end(m.group(1) + "五"):
            found.append((m.start(), end))
    return found


def periods_in(text: str) -> list[int]:
    """The last years of the five-year periods a text names (“十三五”时期 → 2020), bare years left out.

    Examples
    --------
    >>> periods_in("“十三五”时期对于零陵区发展是极具历史意义的五年"), periods_in("锚定二〇三五年远景目标")
    ([2020], [])
    """
    return [y for _, y in sorted(_periods(text))]


def measure_variants(measure: str) -> list[str]:
    """The measure as asked, then as the plan may print it (:data:`MEASURE_SYNONYMS`).

    Examples
    --------
    >>> measure_variants("单位GDP能耗")[:3]
    ['单位GDP能耗', '单位国内生产总值能耗', '单位地区生产总值能耗']
    >>> "永久基本农田面积占市域总面积比例" in measure_variants("永久基本农田面积占总面积比例")
    True
    >>> measure_variants("引进投资5000万元以上产业链项目")
    ['引进投资5000万元以上产业链项目', '引进5000万元以上产业链项目']
    """
    out = [measure]
    for word, plan_words in MEASURE_SYNONYMS.items():
        for m in list(out):
            if word in m:
                out.extend(m.replace(word, w) for w in plan_words)
    for m in list(out):
        # 「投资5000万元以上的产业链项目」: a project's money threshold is its investment, which plans print with 投资 or
        # without it (「引进5000万元以上的产业链项目20个」)
        if _INVESTMENT_THRESHOLD.search(m):
            out.append(_INVESTMENT_THRESHOLD.sub("", m))
    for m in list(out):
        # 「占总面积的比例」: the whole a plan's own area is, said bare; plans print it with the area's scope word
        # (「占市域总面积的13.4%」「占国土面积」)
        if _BARE_AREA_WHOLE.search(m):
            out.extend(_BARE_AREA_WHOLE.sub("占" + w, m) for w in _AREA_WHOLES)
    return list(dict.fromkeys(out))


#: 投资 said before a money threshold (投资5000万元以上).
_INVESTMENT_THRESHOLD = re.compile(r"(?:总)?投资(?:额)?(?=\d+(?:\.\d+)?(?:万|亿)?元(?:及)?以上)")
#: The whole of a plan's own area said bare after 占, and the scoped names plans print for it.
_BARE_AREA_WHOLE = re.compile(r"占(?:土地)?总面积")
_AREA_WHOLES = ("市域总面积", "县域总面积", "区域总面积", "全区总面积", "全县总面积", "全市总面积", "国土总面积", "国土面积",
                "土地总面积")


#: Verbs of reaching a bound that plans join into one predicate (达到和超过, 保持与提高): one measure, never two.
_BOUND_VERBS = r"(?:达到|超过|超出|保持|提高|突破|接近|巩固)"
_BOUND_VERB_END = re.compile(_BOUND_VERBS + r"$")
_BOUND_VERB_START = re.compile(_BOUND_VERBS)


def split_measures(measure: str, shared: str | None = None) -> tuple[str, ...]:
    """「A和B」 → (A, B), giving a short first part the tail it shares with the second.

    Examples
    --------
    >>> split_measures("孕产妇死亡率和婴儿死亡率")
    ('孕产妇死亡率', '婴儿死亡率')
    >>> split_measures("货物贸易和服务贸易进出口总额")
    ('货物贸易进出口总额', '服务贸易进出口总额')
    >>> split_measures("烟尘和工业粉尘排放量"), split_measures("小学和初中入学率")
    (('烟尘排放量', '工业粉尘排放量'), ('小学入学率', '初中入学率'))
    >>> split_measures("人和三路长度")
    ('人和三路长度',)
    >>> split_measures("某某光源和某某超算中心总投资", shared="总投资")
    ('某某光源总投资', '某某超算中心总投资')
    >>> split_measures("达到和超过规定标准的乡镇"), split_measures("保持与提高水平的学校")
    (('达到和超过规定标准的乡镇',), ('保持与提高水平的学校',))
    """
    pieces = re.split(r"(和|与|以及|及|、)", measure)
    parts = [pieces[0]]
    for sep, text in zip(pieces[1::2], pieces[2::2]):
        if len(parts[-1]) < 2 or len(text) < 2:
            parts[-1] += sep + text  # 「人和三路」「和平路」: a 和 inside a name
        elif _BOUND_VERB_END.search(parts[-1]) and _BOUND_VERB_START.match(text):
            parts[-1] += sep + text  # 「达到和超过纲要规定的县」: two verbs of one bound are one predicate, not two owners
        else:
            parts.append(text)
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return (measure,)
    last = parts[-1]
    if shared and last.endswith(shared):
        # 「A和B的总投资」: named things sharing the attribute after 的.
        return tuple(p if p.endswith(shared) else p + shared for p in parts[:-1]) + (last,)
    out = []
    for p in parts[:-1]:
        # 「烟尘和工业粉尘排放量」: the first part names a thing of the kind the second's modifier ends in (烟尘, 粉尘),
        # so the tail they share starts after that word (排放量), whatever the modifiers' lengths.
        kind = last.find(p[-1], 1) if len(p) <= 4 else -1
        if kind > 0 and len(last) - kind - 1 >= 2:
            out.append(p + last[kind + 1:])
        # 「货物贸易和服务贸易进出口总额」: the first part shares the second's head length, then its tail.
        elif len(p) <= 4 and len(last) > len(p) + 2:
            out.append(p + last[len(p):])
        else:
            out.append(p)
    return tuple(out + [last])


#: Words of a spoken question that are no part of its measure: a modal before the asking verb (能达到, 可以有,
#: never the 能 of 产能/节能) and the time of a work's completion (建成后有多少个学位 asks the 学位).
_SPOKEN_NOISE = re.compile(r"(?<![产功效动技性节储热光风核体智职潜势赋])(?:能够|能|可以)(?=(?:有|达到|到|搞到|做到|实现|提供|突破|容纳|新增|增加)(?:多少|几))"
                           r"|(?:建成|完工|竣工|投产|投运)(?:以?后)(?=[一-鿿])")


def _measure_and_unit(text: str) -> tuple[str, str | None]:
    unit = None
    text = PRICE_BASIS.sub("", _SPOKEN_NOISE.sub("", text))  # 「按1990年价格算，…」: how it is reckoned, no part of a name
    text = re.sub(r"翻(?:几|多少)番", "多少", text)  # 「产值要翻几番」: a change asked (the frame's aspect), no part of a name
    text = re.sub(r"(?:在|到)?规划期(?:内|间|末)?", "", text)  # 「规划期内要增长多少」: the plan's span, no part of a name
    # 「阳明大道规划研究东移多少」: the plan's stage for a work (plans: 「规划研究将阳明大道东移2-3km」) comes before its
    # name there, after it here — no part of the measure.
    text = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:要|将)?(?:规划研究|计划研究|谋划研究)(?:将|把)?(?=[\u4e00-\u9fff])", "", text)
    # 「城区一年空气优良天数」: the year a count of days runs over (printed 330天/年) is no part of its name; elsewhere
    # 每年 is printed with the figure (「每年建设标准厂房20万平方米」) and stays.
    text = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:一年|每年)(?=[\u4e00-\u9fff]{0,8}天数)", "", text)
    text = re.sub(r"[那这](?:几|些)年(?:里|间|中|来)?", "", text)  # 「十三五那几年…」: the years of the period said, nothing asked
    text = re.sub(r"(?:多少|几)年(?![底末])", "多少", text)
    if size := re.search(r"(?:多大|多少)的?面积的(?=[\u4e00-\u9fff]{2})", text):
        # 「多大面积的建成区要达到…」: an area asked before the things it measures is printed as its square metres or
        # kilometres before them (「约1000平方公里建成区达到…」): asked as their 面积, which qa.values.measures reads so
        text = text[: size.start()] + re.sub(r"[？?。]+$", "", text[size.end():]) + "面积多少"
    text = re.sub(r"(?:的)?(?:百分之|百分比)(?:几|多少)?(?:是)?(?:多少)?", "多少", text)  # 「占市域面积的百分之几」 asks a share  # 「受教育年限要增加到几年」: the years are the value's own unit
    m = re.search(r"(?:多少|几)(" + "|".join(sorted(MEASURE_UNITS, key=len, reverse=True)) + ")", text) or _GROUP_COUNT.search(text)
    if m:
        unit = m.group(1)
        text = text[: m.start()] + "多少" + text[m.end() :]
    # 「…产业园主要规划建设几大功能服务区」: 主要 before the verb says what the works chiefly are, no part of the measure
    # (its 要 read as a modal left 主 in it); 主要 before a noun (主要农作物) names one and stays.
    text = re.sub(r"主要(?=(?:规划|计划)?(?:建设|新建|打造|发展|引进|培育|实施))", "", text)
    text = _MEASURE_NOISE.sub("", _SEVERAL_SCOPES.sub("", text))
    # 「应用比例要求是多少」: the level required is the figure the plan prints (「应用比例不低于85%」), 要求 no part of its
    # name (read as a modal 要, it left 求 in the measure)
    # (nor before a verb of reaching or a bound: 「数据正常率要求提到多少」「利用小时要求不少于多少」)
    text = re.sub(r"(?<=[\u4e00-\u9fff]{2})的?要求(?=(?:是|为|在|达到|提到|提高到|提升到|升到|不少于|不低于|至少)?(?:多少|几))",
                  "", text)
    text = _PLAN_NO_SAID.sub("", _PERIOD_SAID.sub("", text))
    head, _, tail = text.partition("多少") if "多少" in text else text.partition("几")
    head = _ASK_TAIL.sub("", head + "多少") if "多少" not in head else head
    # 「…比例最低要到多少」: a bound asked before a verb of reaching prints nothing of the measure (plans: 「比例不低于10%」)
    # (「每个项目至少投多少」 keeps it: the bound on an investment is what qa.values.prenominal reads)
    head = _BOUND_REACHED.sub("", head)
    if _OBJECT_AFTER.search(tail):
        # 「…计划至少要拿出多少新增建设用地指标给乡村」: a bound asked (至少) and a spoken verb of giving (拿出) print
        # nothing of the measure, nor does the recipient after its object (给乡村; qa.checks.recipient checks it).
        head = _BOUND_ASKED.sub("", head)
        head = _GIVING.sub("安排", head)  # (plans print the allotting verb as 安排: 「计划安排至少5%…指标」)
        tail = _RECIPIENT.sub("", tail)
        # 「要修复多少亩矿山损毁土地」: the verb before the question word takes the object after it (修复矿山损毁土地).
        head = re.sub(r"(?<!年度|工作|行动|专项)" + _MODAL + r"(?=[\u4e00-\u9fff]{1,2}$)", "", head)  # (年度计划 is a noun)
        head = re.sub(r"^(?:建|修|搞)$", "", head)  # 「要建多少公里铁路新线」: a bare spoken verb names nothing
    else:
        # 「…加工企业要新增多少家」: a verb of making after the things counted is no part of their name (征地 is).
        # (「国家级绿色工厂累计创建多少家」: 累计 before the verb says a total, the frame's aspect, as a modal would)
        # (a spoken one-character verb too: 「老旧小区要改多少个」 for the plan's 改造, 「要建几个」 for 建设)
        # (and a verb of placing: 「重大科技基础设施…总共要布局到几个」 of 「累计布局…总数达12个」)
        # (and a bound before it: 「示范线路至少建几条」 of 「至少建成2条…示范线路」 — plans print the bound with the value)
        head = re.sub(rf"(?:{_MODAL}|准备|打算|累计|共计|一共|总共|至少|最少|起码)+" + r"(?:新增|新建|培育|引进|建设|建成|打造|创建|组建|增设|扶持|发展|改造|修复|完成|实现|布局|布设|设立|改|建|修|搞|弄|整)$", "", head)
        head = re.sub(_MODAL + r"(?=[\u4e00-\u9fff]{2}$)", "", head)  # 「…项目要征地多少亩」: 征地 is asked, 要 is not
        # 「积累率安排在多少」「投资五年合计安排多少」: how the plan disposes of a figure, and a total asked (the frame's
        # aspect), no printed part of the measure (plans: 「积累率为29%左右」「投资合计为26000亿元」).
        head = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:(?:要|将|计划)?(?:合计|累计|共计|总计))?(?:要|将|计划)?安排(?:在|为|到)?$|(?<=[\u4e00-\u9fff]{2})(?:合计|累计|共计|总计)$", "", head)
    # 「联合奖惩要覆盖多少个领域」: a verb of reach before the things counted (覆盖, 涉及) is the asker's way of relating
    # them to what precedes — plans print 「实现40个领域以上的联合奖惩」 — no part of the measure.
    # (the plan's own whole said after the verb — 「要覆盖全区多少个行政村」 — is the scope of the things counted, printed
    # 「全面完成全区316个行政村…」 after its own verb: no part of the measure either)
    # (the things counted may carry a bracketed alternative: 行政村（社区）)
    if re.fullmatch(r"[\u4e00-\u9fff]{2,8}(?:[（(][\u4e00-\u9fff]{1,6}[)）])?", tail.strip("？?。")):
        head = re.sub(rf"(?<=[\u4e00-\u9fff]{{2}}){_MODAL}?(?:覆盖|涉及|涵盖|惠及|辐射)(?:到)?(?:全[区市县省镇乡])?$", "", head)
    # (「到底」「究竟」: the asker's stress, no part of a measure — 「高标准农田到底要建多少亩」)
    head = re.sub(r"(?:要|将|分别|各|年均|是|为|有|呢|吗|一共|总共|共|加起来|合起来|到底|究竟)+$", "", head)
    # 「…分别覆盖多少人」: the verb after 分别 is no part of a measure (各类/各级/各项 before a noun names the things:
    # 「各类绿地要建多少」 asks the plan's 「建设各类绿地…」)
    head = re.sub(r"(?:分别|各(?![类种级项]))[^和与及、]{1,4}$", "", head)
    head = re.sub(r"(?:是|为|有)$", "", head)
    # 「固定资产投资年均增长是多少」: the rate asked is the frame's aspect, not part of the measure.
    # (「每年的土地储备任务是多少亩」: a yearly 任务 asked is the target itself, as 目标 is — 任务 after a measure, never
    # alone: 「重点任务有几项」 counts tasks)
    before_target = head
    # (「…的约束性目标」: the target's property, as the table's 属性 column prints it, names no part of the measure)
    head = re.sub(r"(?:的)?(?:(?:约束性|预期性)的?)?目标(?:值)?$|(?<=[\u4e00-\u9fff]{2})(?:的)?任务$|(?:大约|大概|(?<![签预合节制契条履])约)$", "", head)  # 签约 is a verb, not 约  # 「城镇化率目标是多少」 asks for the 城镇化率
    # 「能耗强度累计下降的目标」: a total or yearly fall said before the target named is the aspect (total, growth),
    # as in 「累计下降多少」
    head = re.sub(r"(?<=[\u4e00-\u9fff]{4})(?:五年)?(?:累计|年均|平均每年|每年)(?:下降|降低|减少)(?:的)?$", "", head) if head != before_target else head
    # 「小巨人企业的培育目标是多少家」: the verb of making said as a noun after 的 names the things made, no part of them
    head = re.sub(r"(?<=[\u4e00-\u9fff]{2})的(?:新增|新建|培育|引进|建设|建成|打造|创建)$", "", head)
    # 「粮食总产量应该有多少」「59年实际是多少」「二五打算提到多少」: what the speaker expects or contrasts, no printed word.
    head = re.sub(r"(?:应该|应当|实际上?|打算|准备|大概|大约|一般)+(?:要|将|是|为|有|在)?$", "", head)  # 「年降水量一般在多少」: a hedge
    head = re.sub(r"(?<=.{2})(?:的)?(?:大概|大约)(?=[\u4e00-\u9fff])", "", head)  # 「…靠进口的大概占多少」
    # 「生产总值的预期增速」「工业增加值的目标增长」: a rate said as expected or aimed at is the year's target the plan
    # prints (「生产总值增长8%左右」), 预期/目标 no part of the measure (人均预期寿命 keeps its 预期: no rate after it)
    if (bare := _ASPECT_WORDS.sub("", head)) != head:
        bare = re.sub(r"(?<=[\u4e00-\u9fff]{2})的?(?:预期|预计|目标|计划)$", "", bare)
    head = re.sub(r"(?:要|将|分别|年均|是|为|有|计划)+$", "", bare)  # 工业总产值计划平均每年递增
    head = re.sub(r"(?<=..)(?:[五十]年(?:内|间|里|中)?)(?:要|将|一共|共)?(?:新增|增加|减少|新建)?$", "", head)  # 「病床五年增加多少张」: the span, no part of it
    # 「建设多少公里铁路新线」: the measure continues after the question word.
    tail = re.sub(r"^(?:的)?", "", re.sub(r"^(?:以内|以上|以下|左右)", "", tail))
    tail = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:了|啦|呀|啊|呢|吧)+$", "", tail)  # 「传播到多少个国家和地区了」: a spoken end, no part of the noun
    tail = re.sub(r"^(?:了|啦|呀|啊|呢|吧)+$", "", tail)  # 「…现在达到多少了」: the spoken end alone
    # 「森林覆盖率现在达到…」: the time of the asking said after the measure, as before it (MEASURE_LEAD), is no part of it
    head = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:现在|目前|当前|如今|现阶段)(?:已经|已)?$", "", head)
    # 「每年筛选多少家产业链企业实行一对一帮扶」: what the counted things are for, said after them, is printed in a
    # clause of its own (「筛选20家…产业链企业，实行“一对一”帮扶」) — no part of the measure when enough names it.
    if (purpose := _PURPOSE.search(tail)) and len((head + tail[: purpose.start()]).replace("的", "")) >= 4:
        tail = tail[: purpose.start()]
    measure = re.sub(r"百分点$", "", (head + tail).replace("的", ""))
    measure = re.sub(r"(?<=.{2})(?:一共|总共)(?=.{2})", "", measure)  # 「示范区一共签约多少个项目」: a sum said, no part of a name  # 「提高几个百分点」: 个 is the unit
    measure = MEASURE_LEAD.sub("", measure)
    # 「基本建设投资里工业投资的比重」: the whole a share is of is said as its container (plans: 「在投资总额中，…所占的比重」).
    measure = _SHARE_CONTAINER.sub("", measure)
    # 「要让/使X比重达到多少」: the causative verb is the sentence's, no part of the measure.
    measure = re.sub(r"^(?:让|使得|使|把|推动|促进|力争|争取)(?=.{4})", "", measure)
    return _money_units(measure), unit


#: 「全面下放几大权力」「要实施几大工程」: 大 counts the things named after it as 个 does (plans print the count as a
#: name, 「全面下放“八大权力”」「七大工程」), so it is the value's counting word, no part of the measure (「下放大权力」
#: was printed nowhere). 几大类/几大方面/几大块 ask how a whole is sorted, which the heading and table answerers read.
_GROUP_COUNT = re.compile(r"几(大)(?![类块项部方板])(?=[\u4e00-\u9fff“\"]{2})")

#: Words leading a measure's name that name no part of it: the whole place said for itself (全区, 我市), a span (五年内),
#: a sum said (累计), a modal, and the time of the text (「现在有多少个人民公社」: 现在, 目前, 截至目前, 至今).
MEASURE_LEAD = re.compile(r"^(?:全国|全区|全市|全省|全县|我国|我省|我市|我区|期间|时期|要求|要|将|[五十]年(?:内|里|中|间)?|合计|累计|共计|总计|对于|对(?![外口内])"
                          r"|(?:截至|截止到?|到)?(?:现在|目前|当前|如今|现阶段)|至今)+")
#: Several scopes a measure is asked over (「在三类地区分别达到多少」「在不同的情况下」): the answer's run, no part of the
#: measure's name (qa.values.measures gives the whole run a clause prints over them).
_SEVERAL_SCOPES = re.compile(r"(?:在|按照?)[^，,]{0,8}?(?:[两二三四五六七八九几多]种|[两二三四五六七八九几多]类|不同)[^，,]{0,6}?(?:地区|情况下?|条件下)")

#: The whole a share is of, said as its container before the part (「财政支出里国防费用的比重」).
_SHARE_CONTAINER = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:里面|当中|里|中)(?=[\u4e00-\u9fff]{2,}(?:所占)?(?:比重|比例|占比|份额)$)")
#: 「按纲要的水平算」「按照不变价格来算」: how a figure is reckoned, said short.
_RECKONING = re.compile(r"^按(?:照)?([^，,。？?]{2,12}?)(?:来)?(?<!计)算")
#: A bound asked and a spoken verb of giving before the question word (「至少要拿出多少」「最少要留出多少」).
_BOUND_ASKED = re.compile(r"(?:至少|最少|起码|最低)(?=(?:要|得|需要|应)?[\u4e00-\u9fff]{0,2}$)")
_BOUND_REACHED = re.compile(r"(?:至少|最少|起码|最低)(?=(?:要|得|需要|应)?(?:达到|提高到|提升到|到|达|为|是|在)?$)")
_GIVING = re.compile(r"(?:要|得|需要|应)?(?:拿出|拿|留出|划出|腾出|给出)$")
#: Who a figure is given to, said after its object (「…新增建设用地指标给乡村」「…资金用于农村」).
RECIPIENT = r"(?:给|留给|分给|用于|投向)([\u4e00-\u9fff]{2,8}?)(?:的)?(?:呢|吗)?$"
_RECIPIENT = re.compile(r"(?<=[\u4e00-\u9fff]{2})" + RECIPIENT)
#: What things counted are for, said after them (「…实行一对一帮扶」「…开展试点」): a verb of treatment and its object.
_PURPOSE = re.compile(r"(?:来|去|用来|用以)?(?:实行|实施|开展|进行|给予|予以|享受|接受)[\u4e00-\u9fff“”\"]{2,10}$")
#: Modal words before a verb in a question (要修复, 将新增).
_MODAL = r"(?:要|将|需要|需|拟|计划|预计|力争|争取)"
#: A question word followed by its object (「多少亩矿山损毁土地」), not by a mere particle.
_OBJECT_AFTER = re.compile(r"^(?![呢吗啊呀的了])[\u4e00-\u9fff]")
#: Words of money: an amount after them written 2000万 or 过亿 is in 元 (万元, 亿元), as plans print it.
_MONEY = re.compile(r"产值|投资|收入|营收|销售|利税|税收|资金|营业额")


def _money_units(measure: str) -> str:
    """The measure with a money amount written short (2000万, 过亿) in the unit plans print (2000万元, 过亿元).

    >>> _money_units("年加工产值2000万以上农产品加工企业"), _money_units("年产值过亿企业"), _money_units("人口过亿国家")
    ('年加工产值2000万元以上农产品加工企业', '年产值过亿元企业', '人口过亿国家')
    >>> _money_units("投资5000万元以上项目"), _money_units("产值达到10万吨企业")
    ('投资5000万元以上项目', '产值达到10万吨企业')
    """
    at = _MONEY.search(measure)
    if not at:
        return measure
    head, rest = measure[: at.end()], measure[at.end():]
    return head + re.sub(r"(?<=[0-9一二三四五六七八九两十百千过超])([万亿])(?![元美人吨亩千瓦平立公米户个家台辆件套头斤担])", r"\1元", rest)


def parse_frame(question: str, intent: Intent) -> Frame:
    """The frame of ``question`` given its classified intent.

    Examples
    --------
    >>> from qa.question.intent import classify_intent
    >>> q = "到2010年货物贸易和服务贸易进出口总额分别要达到多少？"
    >>> f = parse_frame(q, classify_intent(q)); f.measures, f.year
    (('货物贸易进出口总额', '服务贸易进出口总额'), 2010)
    >>> q = "“十一五”期间要建设多少公里铁路新线？"
    >>> f = parse_frame(q, classify_intent(q)); f.measures, f.unit, f.year
    (('铁路新线',), '公里', 2010)
    >>> q = "装配式建筑占新建建筑面积的比例最低要到多少？"
    >>> parse_frame(q, classify_intent(q)).measures
    ('装配式建筑占新建建筑面积比例',)
    """
    q = spell_paired(re.sub(r"有?多[大高深]", "多少", spoken_attributes(normalise_question(question))))
    q = re.sub(r"(?:的)?(?:百分之|百分比)(?:几|多少)?(?:是)?(?:多少)?", "多少", q)  # 「占市域面积的百分之几」 asks a share
    # 「按纲要的水平算，…」: a reckoning said short, as plans print it (按照…计算).
    q = _RECKONING.sub(r"按照\1计算", q)
    # 「比2020年提高多少」: the year a change is measured from is no year the answer is for.
    years = years_in(re.sub(r"(?:(?<!占)比|较|由|从)" + _YEAR.pattern, "", q))  # 「占比2020年是多少」 asks 2020
    ask = {"fact": "value", "aggregate": "count" if not intent.attributes else "sum"}.get(intent.kind, intent.kind)
    parts: dict[str, str | None] = {}
    aspects: dict[str, str | None] = {}
    sentences = [s for s in re.split(r"[？?；;]|(?<=长度多少|宽度多少)[、，,和]?", q) if s]
    # 「…要达到多少人，国内生产总值年均增长多少」: a comma between two asked parts ends a sentence too.
    sentences = [p for s in sentences for p in (re.split(r"[，,](?=[^，,]*(?:多少|几))", s) if re.search(r"(?:多少|几)[^，,]*[，,]", s) else [s])]
    # 「长度多少、宽度多少」: each spoken attribute is a part of its own.
    for sentence in sentences:
        measure, unit = _measure_and_unit(sentence)
        if len(measure) < 2:
            continue
        shared = re.search(r"(?:和|与|及|、)[^的]+的(" + "|".join(sorted(ATTRIBUTE_CUES, key=len, reverse=True)) + r")(?:分别|各)?(?:是|为|有|要)?(?:多少|几)", sentence)
        # 「干线和支线一共多少公里」 asks one sum, not a figure each.
        whole = ("分别" in sentence or "和" in measure or "、" in measure) and not _SUM_ASKED.search(sentence)
        for part in split_measures(measure, shared and shared.group(1)) if whole else (measure,):
            parts.setdefault(part, unit)  # a sentence's counting word is its own parts' (「…多少个？入社率呢？」)
            aspects.setdefault(part, asked_aspect(sentence) if len(sentences) > 1 else asked_aspect(q))
    units = tuple(parts.values())
    year = years[0] if years else None
    period = bool(year and periods_in(q)[:1] == [year] and not _YEAR.search(q))
    return Frame(ask, _share_subject(tuple(parts)), next((u for u in units if u), None), year, asked_aspect(q), period, units,
                 tuple(aspects.values()))


def _share_subject(measures: tuple[str, ...]) -> tuple[str, ...]:
    """「优速物流的总投资和用地分别是多少」: a later part that is only an attribute word is the first part's subject's.

    The first part must end in a known attribute word (:data:`qa.question.intent.ATTRIBUTE_CUES`); a later
    part is an attribute when it is one too or a short word of its own (「供水规模和供水人口」), not a
    sibling measure sharing the subject's head (「发电装机总容量和发电量」).

    Examples
    --------
    >>> _share_subject(("优速物流总投资", "用地")), _share_subject(("森林覆盖率", "城镇化率"))
    (('优速物流总投资', '优速物流用地'), ('森林覆盖率', '城镇化率'))
    >>> _share_subject(("农村饮水安全工程供水规模", "供水人口")), _share_subject(("发电装机总容量", "发电量"))
    (('农村饮水安全工程供水规模', '农村饮水安全工程供水人口'), ('发电装机总容量', '发电量'))
    """
    if len(measures) < 2:
        return measures
    first = measures[0]
    cue = next((c for c in sorted(ATTRIBUTE_CUES, key=len, reverse=True) if first.endswith(c)), None)
    if cue is None or len(first) - len(cue) < 2:
        return measures
    subject = first[: -len(cue)]
    # A later part is the same thing's attribute when it is an attribute word, or a short word the subject does
    # not already hold (发电量 is a sibling of 发电装机总容量, not an attribute of 发电装机总).
    # A measure of its own (社零, GDP: :data:`MEASURE_SYNONYMS`) is no attribute of the subject.
    return (first,) + tuple(subject + m if m in ATTRIBUTE_CUES or (len(m) <= 4 and m[:2] not in subject and m not in MEASURE_SYNONYMS
                                                                  and not _owns_attribute(m, subject))
                            else m for m in measures[1:])


def _owns_attribute(part: str, subject: str) -> bool:
    """Whether ``part`` names a subject of its own before an attribute word (「谷物面积和粮食产能」: 粮食 owns 产能),
    one the first part's subject does not hold, so it is a sibling measure and borrows no subject.

    >>> _owns_attribute("粮食产能", "谷物"), _owns_attribute("用地", "优速物流")
    (True, False)
    """
    cue = next((c for c in sorted(ATTRIBUTE_CUES, key=len, reverse=True) if part.endswith(c)), None)
    head = part[: -len(cue)] if cue else ""
    return len(head) >= 2 and head not in subject
