"""Office wordings of a question read as the plan's reader writes it, before any answerer sees it.

New staff ask in a chat: a polite lead-in (请问, 帮我查一下, 我想知道), a trailing remark on where to look
(……，规划里怎么说的？), a year written short in Chinese numerals (三〇年, 二五年), a box or chapter number in
Chinese numerals (专栏二十八点一, 二十五章第二节), a five-year period without its quotes (十三五), money counted in
亿 (多少个亿). Each is vocabulary here — a
pattern and what it means — as are a question without a question word (「说一下X的总投资」「X的长度和宽度？」), a
size asked unit first (多少米长), a year in brackets after the question, 「哪个专栏里有X」, a yearly figure said 一年,
「都是啥」, 「怎么解释的」, 「X那一节」, 「按什么等级」,
「按多少来把握」, 「X在主要任务哪一块」, a spoken tail (来着) and a heading's title asked unquoted where it sits
(:func:`quote_heading`) — so the answerers see one wording; what is asked, about what and for which year
is unchanged (a year read from 三〇年 is 2030, never dropped: the check of the year stays the answerers').
"""
from __future__ import annotations

import re

from .asked_time import short_years
from .intent import parse_cn_number
from ..vocabulary import ASKS

__all__ = ["read_wording", "box_by_title", "quote_heading", "share_as_printed", "LEAD_INS", "TRAILERS"]

#: A polite lead-in that asks nothing itself (请问, 帮我查一下, 我想知道, 麻烦问下); group ``look`` when it
#: asks to look something up, so a bare noun phrase after it (「帮我查一下X的总投资」) asks X's figure.
#: The verbs of looking a thing up or checking it (查, 核对, 核实, 确认 …): after 帮我/想 they ask nothing themselves.
_LOOK_VERBS = r"(?:查询|查证|查找|查|核对|核实|核查|确认|了解|知道|看|找|问|打听|请教|咨询)"
LEAD_INS = re.compile(
    r"^(?:(?:你好|您好|老师|同事|哈喽|嗨|[Hh]i|[Hh]ello|在吗|亲)[，,！!～~]?)?"
    rf"(?:(?:请|麻烦(?:你|您)?)?(?P<look>(?:帮(?:我|忙)?|给我){_LOOK_VERBS}(?:一下|下|一查|查)?|"
    r"(?:查|看|找|核对|核实|核查|确认)(?:一下|一查)|"
    rf"(?<=[烦你您]){_LOOK_VERBS}(?:一下|下)|"  # 麻烦核对下, 麻烦您确认一下
    rf"(?:我|我这边|这边)?(?:想|要|需要)(?:帮忙)?{_LOOK_VERBS}(?:一下|下)?)|请问(?:一下)?|请(?![假求示愿柬教客])|问一下|问下"
    r"|(?:你|您)?(?:能不能|能否|可不可以|可否|能|可以)(?:帮我|给我)?(?:告诉我|说一下|说说|讲讲|查一下|查查|问一下))"
    r"(?:[，,：:]|(?=[\u4e00-\u9fff\"“0-9A-Za-z]))"
)
#: The plan named as the source the asker goes by, before a comma (根据规划，… 按照《纲要》要求，… 在规划中，…): every
#: question asks what the plan says, so it asks nothing itself — left in, 「根据规划」 reads as the subject's first words.
_DOCUMENT = r"(?:《[^》]{1,40}》|规划纲要|规划|纲要|方案|计划|文件|意见|建议|报告)"
_PER_PLAN = re.compile(rf"^(?:(?:根据|按照|依据|依照|按|照)(?:本|这份|该|这个)?{_DOCUMENT}的?(?:要求|安排|部署|内容|来看|看)?"
                       rf"(?:里面|里|中|上)?|(?:在|从)?(?:本|这份|该|这个)?{_DOCUMENT}(?:里面|里|中|上)"
                       # 「虹口垃圾分类三年计划里，」「静安这个垃圾分类方案里，」: the plan said by a short name of its own
                       rf"|(?:在|从)?[\u4e00-\u9fff]{{2,12}}?(?:计划|方案|规划)(?:里面|里|中|上))[，,：:]")
#: The plan named as the source after the subject, right before what is asked (「园区产值规划里要达到多少」「…改造，
#: 纲要中要新建多少公里线路」): it asks nothing, as before a comma. Kept after a word that makes it another plan's name
#: (国土空间规划, “十四五”规划, 产业规划, 市级规划, 规划纲要). A 在 of 现在/正在 stays: 「虹口现在规划里有多少」 asks now.
_PLAN_MID = re.compile(r"(?<=[\u4e00-\u9fff，,）)])(?<![间五展纲划业市县镇乡省级项])(?:(?<![现正所存实自])在)?(?:规划|纲要|方案)(?:里面|里|中|上)"
                       r"(?=要|将|是|为|有|定|计划|预期|预计|力争|争取|达到|新建|建设|打算|准备)")
#: 「预期目标是多少」: the target asked in the words of a 预期性 indicator — the plan's target (目标), not a word of the subject.
_EXPECTED_TARGET = re.compile(r"预期(?=目标值?(?:是|为|定|要|又|多少))")
#: 「多少亩地」: land counted in 亩 with the spoken 地 after it, as plans print 亩 — except after a verb whose object it
#: is (「要征多少亩地」: plans print 征地45亩, 占地, 用地, 租地), where 地 goes back to the verb.
_MU_OF_LAND = re.compile(r"(?<![征占用租])((?:多少|几)万?亩)地(?![块区方])")
_VERB_MU_OF_LAND = re.compile(r"([征占用租])((?:多少|几)万?亩)地(?![块区方])")
#: 「在规划的什么章里提到」「纲要里什么地方提到X」: 什么 before the parts where a phrase occurs asks them all (哪些).
_WHAT_PARTS = re.compile(r"什么(?=(?:章节|章|篇|部分|地方)(?:里|中)?都?(?:出现|提到|提及|写到|说到|讲到))")
#: A trailing remark on where or how the plan says it (……，规划里怎么说的？ ……，规划里有吗？ ……，文件里写了吗):
#: the question before it is the question.
TRAILERS = re.compile(
    r"[，,](?:在|按)?(?:规划|纲要|文件|计划|方案|里面|上面)?(?:里|中|上|里面)?(?:是|有)?"
    r"(?:(?:怎么|如何|咋)(?:说|讲|写|定|规定|安排)(?:的|了)?(?:呢)?|有(?:没有)?(?:写|提|说)?(?:吗|没有)|写了吗|提了吗|说了吗)"
    r"[？?。！!]*$"
)
#: 「一共签了多少个项目」: 签 said short for the plans' 签约 before the things signed (项目, 合同, 协议).
_SIGNED = re.compile(r"签(?:了|下|订了?)?(?=(?:多少|几)(?:个|份|项)?(?:项目|合同|协议))")
_CN_DIGIT = dict(zip("〇零一二三四五六七八九", "0012345678" "9"))
#: A year written in full in Chinese numerals (二〇二五年): in digits, as the answerers pair years (「二〇二〇年和二〇二五年各是多少」).
_FULL_CN_YEAR = re.compile(r"(?<![〇零一二三四五六七八九十])([一二][〇零一二三四五六七八九]{3})(?=年)")
#: 「钢1957年计划产量是多少」: a short subject before the question's only year reads after it (1957年钢计划产量…),
#: as a table row is asked.
_SUBJECT_THEN_YEAR = re.compile(r"^([\u4e00-\u9fff]{1,4}?)(?<![到至在于的比较从由前后末底和与及、])((?:19|20)\d\d年)(?=[\u4e00-\u9fff])")
#: A box's number in Chinese numerals (专栏二十八点一 → 专栏28.1, 专栏五 → 专栏5).
_CN_BOX = re.compile(r"专栏([一二三四五六七八九十百两]+)(?:点([一二三四五六七八九十]+))?(?![共些下样般起直定切同并旦律道齐个])")
#: A chapter, part or section number said without its 第 at the start (二十五章第二节 → 第二十五章第二节).
_BARE_LEVEL = re.compile(r"^([一二三四五六七八九十百]+|\d{1,3})(?=[篇章节](?:第|的|叫|标题|讲|说|是|下面|里|中|有|分|包括))")
#: A quotation, a quoted name inside it kept (「“关于“十四五”规划…纲要”」).
_QUOTATION = re.compile(r"“(?:[^“”]|“[^“”]*”)*”")
#: A name in single quotes (「“关于‘十四五’规划…”」, a quotation inside a quotation): plans print it in double quotes.
_SINGLE_QUOTED = re.compile(r"‘([^‘’“”]{1,12})’")
#: A five-year period named without its quotes (十三五期间, 十四五单位GDP能耗, 十三五零陵GDP): quoted as plans print
#: it, so it reads as the period whatever follows; never a number (第十三五个, 十三五万).
_BARE_PERIOD = re.compile(r"(?<![“\"第〇零一二三四五六七八九十百千万两几0-9])(十[一二三四五六七八九])五(?![”\"个万千百亿倍%％分点十])")
#: A sector said short (一产, 二产, 三产 → 第一产业 …) at a word's start (after 年, 的, 和, 、 or a break), never
#: inside 一二三产融合, 第一产业 or 统一产品.
#: 「十三五这几年」「“十四五”那五年里」: the period's span, as the plan says it (期间).
_PERIOD_SPAN = re.compile(r"(?<=五”)(?:这|那)(?:几|些|五)年(?:来|里|间|中)?")
#: 「黄山区现在有多少…」: a short name said before 现在/目前 — the time word first, as for a year (「现在黄山区有…」).
_SUBJECT_THEN_NOW = re.compile(r"^([\u4e00-\u9fff]{2,5}?)(?<![的到至在于比较从由和与及、])(现在|目前|当前|如今)(?=有|是|[\u4e00-\u9fff]{2})")
#: 「崇明全区」「甲山区全区」「全甲山区的」 at a question's lead: the place said whole is the place (甲山区), as its plan prints
#: its measures (全区…) — never a verb before 全区 (「推进全区…」), nor 全面/全力… (「全面提升城市管理水平」).
_PLACE_WHOLE = re.compile(r"(?:^|(?<=[年，,到至在]))(?!推进|实现|完成|建设|覆盖|提高|保持|达到|争取|力争|确保|要|将|对|为|使|让|把|现在|目前|当前|如今|今后|未来|期间|时期|[一二三四五六七八九十两\d]+年)"
                          r"([\u4e00-\u9fff]{2,4}?)(区|县|市|省)?全(区|县|市|省)(?![域内外])")
_WHOLE_PLACE = re.compile(r"(?:^|(?<=[年，,到至在]))全(?![面力部体民年新])([\u4e00-\u9fff]{2,4}?(?:区|县|市|省))的?")
#: 「咱区要新建哪几个风电场」「十四五咱们县能耗降多少」「我区的…」: the asker's own area said by a pronoun is the plan's
#: own, which every figure and list of the plan is about unless it names another owner — a word that says nothing to match
#: (a list answerer would look for 咱区 in the text, a figure's owner check for a place 咱区). Dropped, with 这边/这里/里
#: and a 的 after it; kept before 和/与/跟/比 (the own area compared with another), before 规划/纲要 (「本县规划承接了
#: 市级规划的哪些…」 names the plan against another's) and inside 本区域, 自我区分.
_OWN_AREA = re.compile(r"(?:咱们|我们|俺们|咱|俺|(?<![^年间期，,。？?！!、：:在对把让使\s])[我本])(?:这个)?[区县市省镇乡旗]"
                       r"(?![域划分别间段位块长委政]|规划|纲要)(?:这边|这里|这儿|里)?的?(?![和与跟比同及、])")
#: 「…，到时候分别是多少」「届时要达到多少」: the time the plan's targets are for, said by pointing at it — the plan's own
#: horizon, which a question naming no year asks anyway; left in, it reads as part of the last measure's name.
_THEN = re.compile(r"(?:[，,]|(?<=[？?])|^)(?:到时候|到那时候?|到时|届时)(?:的话)?[，,]?")
_SECTOR_SHORT = re.compile(r"(?<![^年的和、及与，,？?：:“\"（(])([一二三])产(?![业品值量能生出权地])")
#: Money counted in 亿 (多少个亿, 几个亿, 多少亿 with no unit after it) is 亿元.
_YI = re.compile(r"(多少|几)个?亿(?![元美斤吨千度立平人亩方瓦张件头只双辆台套户次株公米A-Za-z])")
#: A size asked with its unit first (多少米长, 几公里宽 → 长多少米): the attribute before its question word.
_UNIT_FIRST = re.compile(r"(多少|几)(米|公里|千米|km|m)?(长|宽|高|深)(?![度江城河沙])")
#: A length counted with 几 (宽几米, 长几公里): 多少, as sizes are asked.
_SIZE_JI = re.compile(r"(长|宽|高|深)(度)?(?:有|是|约)?几(米|公里|千米|km|m)")
#: 「多少米范围内全覆盖」「几公里以内可达」: a radius asked, read as plans print it (「500m内全覆盖」「1公里内」); 范围
#: and 以/之 say nothing the figure's own clause must print.
_WITHIN_DISTANCE = re.compile(r"(多少|几)(米|公里|千米|km|m)的?(?:范围)?(?:以|之)?内")
#: 「办学规模是多少个教学班」「建设规模为多少张床位」: a size asked in the units it counts, read as the count of those
#: units (有多少个教学班) — the plan prints 「96个教学班…的教育规模」 or 「规模为200张床位」, in the units either way.
_SIZE_IN_UNITS = re.compile(r"的?(?:办学|建设|教育|招生|服务|接待)?规模(?:是|为|有)?(?=(?:多少|几)[个张所座间套户家名][\u4e00-\u9fff])")
#: 「单个项目门槛是多大投资」「投资门槛是多少」: the least a thing must reach, as plans print the bound (投资5000万元以上的
#: 项目), read as 至少投资多少 (qa.values.prenominal reads the bound).
_THRESHOLD = re.compile(r"的?(投资)?(?:的)?门槛(?:是|为|有)?(?:多大|多少)(?:的)?(投资)?")
#: 「…是按多少平方公里算的」「按多少人计」: the figure a plan reckons by (「按照100.9平方公里计」), asked as any figure.
_RECKONED = re.compile(r"(?:是|要)?按(?:照)?(多少|几)([^\s，,？?。\d]{0,6}?)(?:来)?(?:计|算|计算|核算|测算)的?(?=[？?。]|$)")
#: Square metres said short (多少平米, 多少平方, 多少平): 平方米 as plans print them.
_SQUARE_METRES = re.compile(r"(多少|几)(?:个)?(万)?(?:平米|平方(?![米公千])|平(?![方均台安稳]))")
#: 「每月几号搞」「每个月的几号」: a day of the month asked (plans print 「每月5日开展…」), which day — no count.
_DAY_OF_MONTH = re.compile(r"(每月|每个月|每月的|每个月的)(?:几号|几日|哪号)")
#: 「已经建成的」: plans print 已 (「已建成的52个…」); 「已经在搞」「正在搞」: a task under way, printed 开展.
_ALREADY = re.compile(r"已经(?=[\u4e00-\u9fff])")
_ALREADY_DOING = re.compile(r"(?:已在|正在|在)搞(?=[\u4e00-\u9fff]{2})")
#: A present asked by its own word, and 已 before a verb after it, which says the same again.
_NOW_ASKED = re.compile(r"现有|现在|目前|如今")
_ALREADY_THEN_VERB = re.compile(r"(?<=[\u4e00-\u9fff])已(?=开展|实行|推行|实现|建成|完成|建立|形成|设立|配置)")
#: 「说一下X」「告诉我X」: an imperative lead-in asking for what follows.
_TELL = re.compile(r"^(?:请)?(?:说一?下|讲一?下|告诉我|列一下|介绍一下)[，,：:]?")
#: A year put in brackets after the question (「园区产值目标是多少（2025年）？」): the question's year.
_BRACKET_YEAR = re.compile(r"[（(]((?:19|20)\d\d年)[）)]")
#: 「哪个专栏里有X」「哪个专栏列了X」「X是第几个专栏里的」「X是第几号专栏」: X's box asked, as the answerers read it
#: (X在哪个专栏里); a box is numbered, so 几号 asks which one as 几个 does.
_WHICH_BOX_IS = re.compile(r"[是在](?:第几个|第几号|几号|哪号|哪个|哪一个)专栏(?:里|中)?(?:的(?:项目|工程|内容)?)?(?=[？?]?$)")
_WHICH_BOX_HAS = re.compile(r"^(?:在)?(哪个|哪一个|第几个|第几号|几号|哪号)专栏(?:里|中|里面)?(?:有|列了|列有|列出了?|提到了?|收录了?|包括了?|放了)([^？?，,]{2,40})[？?]*$")
#: A question ending in what it asks of a thing (「X的长度和宽度？」「X的规划用地面积？」) with no question word.
_ASKED_NOUN = re.compile(r"(?:长度|宽度|总长|全长|面积|投资|总投资|用地|规模|产值|容量|库容|装机|产能|床位|学位|人口|收入|总量|比重|比例|占比|率|数)[？?]*$")
#: 「X出现在规划的哪几章」「X提到在哪些章」: the verb after the parts asked, as the xref reader takes it (X在规划的哪几章出现).
_VERB_BEFORE_WHERE = re.compile(r"(出现|提到|提及|写到|说到)(?:在|于)((?:规划|纲要|文中|全文)?(?:里|中)?的?(?:哪些|哪几个?|哪个|哪一|哪)(?:章节|章|篇|节|部分|地方))")
#: 「放在报告哪一节」「在本建议的哪部分」: the document named by the genre's words for itself (报告, 建议, 方案, 计划,
#: 意见, with 这个/本, and the kind said before them: 这个行动计划, 本工作方案, 该三年行动计划) where a part of it is asked —
#: the plan itself, as the answerers read it (规划).
_SELF_WHERE = re.compile(r"(?<=[在于])(?:这个|这份|这部|本|该|整个)?(?:[\u4e00-\u9fff]{0,2}?(?:行动|工作|实施|专项))?(?:报告|建议|方案|计划|意见|文件)"
                         r"(?=(?:里|中)?的?(?:第几|哪)(?:一|个|些|几个?)?(?:篇|章|节|部分|块|方面|地方))")
#: 「X写在规划的哪一章」: the plan named before the one part asked is the plan itself, as 「X在哪一章」 asks it
#: (never 哪些/哪几, which ask where a phrase occurs and keep their words).
#: The plan may be said by its place or period first (「放在虹口纲要的哪一部分」「在十四五规划的第几章」).
_PLAN_THEN_PART = re.compile(r"(?<=在)[\u4e00-\u9fff“”\"]{0,8}?(?:规划|纲要)(?:里|中)?的(?=(?:第几|哪一|哪个|哪)(?:篇|章|节|部分))")
#: 「智能制造产业，五年要引进多少家企业」: the firms counted are the industry's said first, as plans print them
#: (引进智能制造企业N家) — 企业 alone names no one's firms. A place owning the industry (「虹口的智能检测产业，…」) stays
#: first, where a place asked is read (the plan's own region dropped, another kept).
_INDUSTRY_FIRMS = re.compile(r"^(?P<own>[\u4e00-\u9fff]{2,8}?的)?(?P<a>[\u4e00-\u9fff]{2,10}?(?:产业|行业))[，,]?(?P<rest>[^，,？?]{0,20}?(?:多少|几)家)(?P<firm>企业|公司)")
#: 「按哪六大类来分」「按照哪几类划分」: the classes a thing is sorted into, asked as the list answerers read it (分为哪六大类).
_SORTED_BY = re.compile(r"按照?(哪[0-9一二三四五六七八九十两几]*(?:个|大)?(?:类|种|方面))(?:来|进行)?(?:分|划分|分类|区分)(?:的)?(?=[？?]?$)")
#: 「要新建什么」「引进什么产业」: 什么 after a verb of works asks the things listed (哪些), never 是什么.
_WHAT_AFTER_VERB = re.compile(r"(?<=新建|建设|引进|发展|打造|培育|实施|推进|开展|修建|建成|布局|扶持|帮扶|采取)(?:些)?什么(?=[\u4e00-\u9fff]{0,6}[？?]?$)")
#: 「是什么文件」「指哪五料」: a definition asked in office words (指的是什么, 是指).
_DEFINITION = ((re.compile(r"(?:是|指)(?:什么|哪个|哪一个|哪份)(?:文件|政策|文)(?=[？?]?$)"), "指的是什么"),
               (re.compile(r"(?<![是的])指(?=哪|什么)"), "是指"))
#: 「专栏28.1是什么标题」「第十篇是什么名字」: a heading's title asked in office words.
_TITLE_ASKED = re.compile(r"(?:是(?:什么|哪个)(?:标题|名字|名称|题目)|叫什么标题)(?=[？?]?$)")
#: What names a heading or box (a title asked of anything else, 「…的那个指标叫什么名字」, is no title).
_HEADING_NAMED = re.compile(r"专栏|第[^，,？?]{1,6}[篇章节编]|^[^，,？?]{1,6}[篇章节]")
#: 「含“锰”字的内容在哪些章」: the string looked for, without the words around it.
_CONTAINING = re.compile(r"^(?:含有?|包含|带有?)([“\"][^”\"]{1,20}[”\"]字?)(?:这个字|这个词)?(?:的(?:内容|段落|地方|句子|表述))?(?=在|出现)")
#: 「“锰”字在规划哪些章？」: a quoted string asked where with no verb is asked where it occurs (出现).
_WHERE_NO_VERB = re.compile(r"([”\"]字?)在((?:规划|纲要|文中|全文)?(?:里|中)?的?(?:哪些|哪几个?)(?:章节|章|篇|部分))[？?]*$")
#: 「风电方面的项目都有哪些」: what is related to X (qa.enumerations.related reads 相关的).
_ASPECT_OF = re.compile(r"^([\u4e00-\u9fff]{2,8})方面的(项目|企业|工程|园区)(?=(?:都|还)?有哪些|是哪些)")
#: 「分几类？分别是什么？」: the kinds a box or heading groups its items in, listed (the list says how many);
#: 「分了几个方面」 alone asks a heading's count (qa.outline.headcount), listed only when 「分别是什么」 asks the parts too.
_KINDS_COUNTED = re.compile(r"(?:一共|总共|共)?分(?:了)?(?:为|成)?(?:了)?哪?几(?:个)?(?:(类|大类)(?:[？?，,]?(?:分别|各|都)是(?:什么|哪些|啥)的?)?"
                            r"|(个方面|方面)[？?，,]?(?:分别|各|都)是(?:什么|哪些|啥)的?)")
#: 「约束性指标都是啥」「那几条线路都是啥主题」: the members of a plural asked (有哪些), never one thing defined.
_ALL_ARE_WHAT = re.compile(r"都(?:是|有)(?:啥|什么)(?=[\u4e00-\u9fff]{0,4}[？?]?$)")
#: 「“数字农业”怎么解释的」「X如何定义」: a definition asked (是什么意思).
_EXPLAINED = re.compile(r"(?:是)?(?:怎么|如何|怎样)(?:解释|定义|理解)(?:的)?(?=[？?]?$)")
#: 「发展目标那一节在哪部分」「社保那一章」: a heading pointed at with 那/这 before the level word is the heading itself.
_HEADING_DEIXIS = re.compile(r"(?<=[\u4e00-\u9fff”\"])(?:那|这)一?(?:节|章|篇|部分)(?=在|是|属于|放在|写在|位于|(?:讲|说)(?![了的]?[，,：:]))")
# (「园区强基那一章说，…多少」 points at where to read the rest: qa.question.topic.split_heading keeps it whole)
#: 「按什么等级的公路修」「是哪个等级的公路」: a grade asked (按几级公路修), as qa.values.figures reads grades.
_GRADE_WORDS = re.compile(r"(?:什么|哪个|哪一个?|哪种)(?:等级|级别)的?(?=[\u4e00-\u9fff]{0,4}(?:公路|道路|航道|标准|医院|港|站))")
#: 「园区一年要建多少标准厂房」: a yearly figure asked as plans print it (每年), never a count of years (十一年, 第一年, 一年内).
_A_YEAR = re.compile(r"(?<![0-9〇零一二三四五六七八九十第前后近这那哪某每同当去今明上下])一年(?![内来里间以前后多半级度中初底末])(?=[\u4e00-\u9fff])")
#: 「城镇新建建筑里绿色建筑占比」「技能人才在就业人员里的占比」: a share asked container first (read by
#: :func:`share_as_printed`).
_SHARE_IN = re.compile(r"^(?:在)?([\u4e00-\u9fff]{2,12}?)(?:里|中|里面|当中)的?([\u4e00-\u9fff]{2,12}?)的?(?:占比|所占比重|所占比例|占的比重|占的比例)")
_SHARE_OF_IN = re.compile(r"([\u4e00-\u9fff]{2,12}?)在([\u4e00-\u9fff]{2,12}?)(?:里|中|里面|当中)的?(?:占比|所占比重|所占比例|占的比重|占的比例)")
#: 「新建建筑里绿色建筑要占多少」: a share asked with 占 as the verb, its container first — the share (占比) asked, as
#: :func:`share_as_printed` then reads it.
#: 「创新与产业投资在全部投资里的占比」: the whole a share is of, said by the asker — the plan prints the share bare
#: (「创新与产业投资占比达到…」) or 「占…比重」, so the whole said with 在…里 is no part of the measure.
_SHARE_IN_WHOLE = re.compile(r"(?<=[\u4e00-\u9fff])在(?:全部|全市|全区|全县|全省|总|所有|整个|全社会)?[\u4e00-\u9fff]{1,6}?(?:里面|里|中|当中)的?(?=占比|比重)")
_SHARE_SPOKEN = re.compile(r"((?:里|中|里面|当中)的?[\u4e00-\u9fff]{2,12}?)(?:要|能|得|应该?)?占(?:多少|几成|百分之几|多大(?:的)?(?:比例|比重))")
#: 「规划里对农民工返乡创业有哪些支持」: how the plan supports X (如何), never a list of things named 支持.
#: 「有哪几个具体举措」「举措有哪几项」: measures are no things the plan counts — 哪几 asks them as 哪些 does (how many
#: there are is for the answer to say).
_WHICH_MEASURES = re.compile(r"哪几(?:个|项|条|种)(?=(?:具体|主要|重点|重要)?(?:举措|措施|办法|途径|对策)[？?]*$)"
                             r"|(?<=(?:举措|措施|办法|途径|对策)[有是])哪几(?:个|项|条|种)(?=[？?]*$)")
_SUPPORT_FOR = re.compile(r"^(?:规划|纲要|方案)?(?:里|中)?对([^？?，,]{2,20}?)有(?:哪些|什么)(支持|扶持|帮扶)(?:措施|政策|举措)?(?=[？?]?$)")
#: 「固定资产投资率按多少把握」: the figure a plan sets a measure at (「按百分之三十来把握」), asked as its value.
_SET_AT = re.compile(r"按(?:照)?(多少|百分之几)(?:来|去)?(?:把握|掌握|考虑|安排|确定|控制)(?:的)?(?=[？?]?$)")
#: 「主要任务里的那几个行动都是啥」: 那几个/这些 after 的 points at what the heading lists — the things themselves.
_THOSE = re.compile(r"(?<=[的里中])(?:那|这)(?:几(?:个|条|项|类|大)?|些)(?=[\u4e00-\u9fff])")
#: 「专栏2在主要任务哪一块」: where a box or heading sits under a named heading, as the position answerer reads it
#: (放在主要任务的哪一块里).
_SITS_UNDER = re.compile(r"(?<=[\u4e00-\u9fff0-9”\"？?，,])(?<![放写列位])在([^？?，,在]{2,12}?)的?(哪一块|哪块|哪个方面|哪一个方面)(?:里|中)?(?=[？?]?$)")
#: 「…长多少来着？」: a spoken tail asks nothing (dropped before a question is cut into its parts); 「那个X…」 at the
#: start points at the X named (「那个项目…」 with no name after it stays: it asks which one).
_SPOKEN_TAIL = re.compile(r"来着(?=[？?，,。！!]|$)")
#: 「…要达到多少呢？」: a 呢 closing a question that asks already is a spoken tail; 「“十四五”期间呢？」 asks by its 呢
#: alone (the last question again, of another year or thing), so a 呢 after no asking word is kept.
_NE_TAIL = re.compile(r"呢(?=[？?。！!]*$)")
_ASKING_WORD = re.compile(r"多少|几|哪|什么|啥|怎|如何|是否|有没有|谁|多[大长宽高深重远久]|是不是")
_LEADING_THAT = re.compile(r"^那个(?!项目|工程|园|企业|产业|指标|地方|专栏|灌区|水库|港|路|桥|学校|医院|站|厂|村|镇|县|区|市|东西|事)"
                           r"(?=[\u4e00-\u9fff“\"][^？?，,]{3})")
#: 「图书馆那批要修缮的古籍」: 那批/这批 after a noun points at that noun's lot (图书馆的…), never a thing to resolve.
_THAT_LOT = re.compile(r"(?<=[\u4e00-\u9fff])(?<![的里中是有在和与及把对])(?:那|这)一?批(?=[\u4e00-\u9fff])")
#: 「要干到多少」「弄到多少」「整到几个」「做到多少」「搞到多少」: spoken verbs of reaching a figure, read as the plan
#: prints a target (达到); only before the question word, so 「做到两个维护」 is untouched.
_SPOKEN_REACH = re.compile(r"(?:(?:干|弄|整|做|搞|争取|推动|推进)到|(?<=要)(?:弄|搞|整)|(?<=打算)(?:弄|搞|整))(?:了)?(?=多少|几|什么水平)")
#: 「产业集群要做到年产值多少」「园区要搞到产值多少」: the spoken verb of reaching said before the attribute asked, read
#: as the plan prints a target (年产值要达到多少); only a short attribute right before the question word.
_REACH_BEFORE = re.compile(r"(?:要|能)?(?:干到|弄到|整到|做到|搞到|争取到|力争到)([\u4e00-\u9fff]{2,4}?)(?=多少|几)")
#: 「财政总收入一年平均涨多少」「每年平均增长多少」: a yearly average said with 平均 after the year, as plans print it
#: the other way round (平均每年); read after 一年 is read as 每年.
_YEAR_THEN_AVERAGE = re.compile(r"每年平均(?=涨|增|提|降|下|减|上|多|长(?!度))")
#: 「电子信息那个产业集群」「园区这个担保公司」: 那个/这个 inside a name points at the thing the words around it name
#: (电子信息产业集群); at the start (「这个园区…」) it refers back and stays for the follow-up reader, and before a
#: kind word (「高端装备园那个园区」) it says the name is of that kind (qa.question.link reads it).
_THAT_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![的是有在和与及把对说问讲到了])(?:那|这)个"
                          r"(?!项目|工程|园区|园|企业|指标|专栏|地方|东西|事)(?=[\u4e00-\u9fff]{2})")
#: 「每个床位面积最多多大」「上限是多少」: the most a plan allows, as it prints it (不超过50平米).
_AT_MOST = re.compile(r"(?:最多(?:能|可以)?|最大|上限(?:是|为)?)(?:有|是)?(?:多大|多少)(?![个家所座条处项件张户])")
#: 「X在哪几个专栏里出现」「X出现在哪些专栏」「哪些专栏提到了X」: every box naming X asked, as the position answerer reads
#: it (X都在哪个专栏里: 都 asks them all), never a list of the boxes' contents.
_BOXES_WHERE = re.compile(r"^(?P<x>[^，,？?]{2,30}?)(?:都)?(?:出现|列|写|提到)?在(?:规划)?(?:的|里)?(?:哪几个|哪些|哪几)专栏"
                          r"(?:里|中)?(?:出现|提到|列|写)?(?:了|过)?[？?]*$")
_BOXES_NAMING = re.compile(r"^(?:哪几个|哪些)专栏(?:里|中)?(?:提到|列|写|出现)(?:了|过)?(?P<x>[^，,？?]{2,30}?)[？?]*$")
#: 「化学需氧量、二氧化硫这些排放量」「废渣堆场、尾砂库那些地方」: 这些/那些 after a run of names points back at the
#: names, no thing of its own to resolve (a follow-up's 那些 at the start stays).
_RUN_THOSE = re.compile(r"(、[\u4e00-\u9fff]{1,12}?)(?:这些|那些|这几个|那几个|这几项|那几项)(?:地方)?(?=[\u4e00-\u9fff])")
#: 「打算建几所」「准备建多少个」「想要建多少」: a spoken intention before a figure asked is the plan's 要 (「打算怎么…」
#: asks no figure and stays).
_INTEND = re.compile(r"(?:打算|准备|想要|预备)要?(?!金|工作|期|阶段)(?=[^，,？?怎如]{0,10}?(?:多少|几))")
#: 「开通里程达到了多少公里」「新增了几家」: 了 after a verb of level or change asks nothing more — the verb as printed
#: (达到多少); 「投入了多少钱」 keeps it (read as money put in).
_VERB_DONE = re.compile(r"(?<=达到|增长|增加|下降|降低|提高|减少|突破|超过|新增|开行|建成)了(?=多少|几)")
#: 「“十四五”时期末，也就是到2025年，经济总量…」: a time said again plainer (也就是/即) — the second saying is the one asked.
_SAID_AGAIN = re.compile(r"^[^，,？?多少几]{2,14}[，,](?:也就是说?|也即|即|就是)(?=[^，,？?]{2,14}[，,])")
#: 「迁建以后有多少个学位」「建成之后能有几个教学班」: a time word after the thing asks nothing of it — no part of the measure.
_AFTER_DONE = re.compile(r"(?<=[\u4e00-\u9fff])(?:以后|之后)(?=[，,]?(?:能|可以?|会|将|就|要)?(?:有|达到|形成|容纳|提供|新增|增加)[^，,？?]{0,8}?(?:多少|几))")
#: 「雨污混接整治完了以后，排水用户…达标率要超过多少」: a lead clause saying after what work the figures hold, followed
#: by a thing of its own, sets when — no part of the measure (「学校建成以后，能有几个学位」 keeps it: nothing named after).
_DONE_LEAD = re.compile(r"^[^，,？?]{2,24}?(?:完了|完成|建成|做完|搞完|结束|整治完|实施完)(?:以后|之后|后)[，,]"
                        r"(?![能可会将就要有还])(?=[\u4e00-\u9fff]{2})")
#: 「过亿的企业」: 亿 after 过/超 is money, as the plan prints it (过亿元), like 多少个亿.
_OVER_YI = re.compile(r"(?<=[过超])亿(?![元美斤吨千度立平人亩方瓦张件头只双辆台套户次株公米A-Za-z])")
#: 「到2025年要建成高标准农田多少亩」: the verb before its object and the count after it, read as the plan's answerers
#: read a count asked of a thing (高标准农田要建成多少亩); a source named before it (正文说) stays in front. Only after
#: 要/将: 「建设用地多少亩」「建成区面积多少」 are nouns of their own.
_VERB_THEN_COUNT = re.compile(r"^((?:到|至|在)?(?:19|20)\d\d年(?:底|末)?[，,]?)?((?:正文|专栏[\d.]*|指标表)(?:中|里)?(?:说|提到)?的?)?"
                              r"(?:要|将|计划|还要)(新建|建成|建设|修建|改造)((?:(?![是第的哪])[\u4e00-\u9fff]){2,12}?)((?:多少|几)(?![章节篇])[\u4e00-\u9fff]{0,3}[？?]?)$")
#: 「专栏21.1说高标准农田要建多少亩」: a box said to say a figure is the box the figure is looked up in (专栏21.1里).
_BOX_SAYS = re.compile(r"(专栏[0-9]+(?:\.[0-9]+)?)(?:里|中|里面)?(?:说|提到|写)(?:的|了)?(?=[\u4e00-\u9fff])")
#: 「挑几个乡村振兴重点项目说说」「举几个X的例子」「列几个X」: a few of the things named asked for — their list (X有哪些).
_PICK_SOME = re.compile(r"^(?:请)?(?:你)?(?:挑|举|列|说|选)(?:出)?(?:几个|一些|些|几项|几条|几样)([^？?，,]{2,30}?)的?(?:例子)?"
                        r"(?:说说|讲讲|说一说|讲一讲|看看|介绍一下|来看看|出来)?(?:吧|呗)?[？?。!！]*$")
#: 「规划里提没提X，是多少」「有没有提到X？多少」: whether the plan names X, then its figure — the figure is what is asked.
_MENTIONED_THEN = re.compile(r"^(?:规划|纲要|文件)?(?:里|中|里面)?(?:有)?(?:提没提|提没提到|有没有提到?|有没有写|提到了?没有|写没写)(?:到)?"
                             r"([^，,？?]{2,30}?)[，,？?]\s*(?:是|有|要到|要达到)?(多少|几[个项家]?)[？?]*$")
#: 「宽度具体数是多少」「具体数字是多少」「具体是多少」: the figure itself asked, as any figure question asks it.
_EXACT_FIGURE = re.compile(r"(?:的)?具体(?:的)?(?:数字|数据|数值|数目|数)?(?=(?:是|有|为)?(?:多少|几))")
#: 「能告诉我X多少亩吗」: a 吗 after the question word of a figure asks nothing more (the figure is asked).
_FIGURE_THEN_MA = re.compile(r"(?:(?<=多少)|(?<=几))([^？?，,。吗]{0,4})吗(?=[？?]?$)")
#: A question word or mark; a looked-up noun phrase without any asks its figure (「帮我查一下X」).
_ASKS = re.compile(rf"{ASKS.pattern}|[？?]")


def read_wording(question: str) -> str:
    """``question`` with the office wordings above read as the plan's reader writes them.

    Parameters
    ----------
    question : str
        The question as asked (already stripped and checked).

    Returns
    -------
    str
        The same question, lead-in and trailing remark dropped, short Chinese years, box numbers and 个亿 written
        as the answerers read them; unchanged when none applies.

    Examples
    --------
    >>> read_wording("请问香零山大桥长多少、宽多少")
    '香零山大桥长多少、宽多少'
    >>> read_wording("根据规划，城区空气优良天数要大于多少天？"), read_wording("请问按照《纲要》要求，园区产值要达到多少？")
    ('城区空气优良天数要大于多少天？', '园区产值要达到多少？')
    >>> read_wording("营造一流营商环境有哪几个具体举措"), read_wording("营商环境的举措是哪几条？"), read_wording("有哪几个项目")
    ('营造一流营商环境有哪些具体举措', '营商环境的举措是哪些？', '有哪几个项目')
    >>> read_wording("零陵人才倍增计划是第几号专栏呢？")
    '零陵人才倍增计划在哪个专栏里？'
    >>> read_wording("园区产值要达到多少呢？"), read_wording("“十四五”期间呢？"), read_wording("哪一年呢？")
    ('园区产值要达到多少？', '“十四五”期间呢？', '哪一年？')
    >>> read_wording("园区产值到2025年要达到多少，规划里怎么说的？")
    '园区产值到2025年要达到多少？'
    >>> read_wording("帮我查一下大庆坪风电场新建风机数量")
    '大庆坪风电场新建风机数量是多少？'
    >>> read_wording("帮我查一下县城第三水厂何时建成")  # 何时 asks already: no figure asked after it
    '县城第三水厂何时建成'
    >>> read_wording("居民人均可支配收入到三〇年要达到多少？"), read_wording("“十三五”年均增长多少？")
    ('居民人均可支配收入到2030年要达到多少？', '“十三五”年均增长多少？')
    >>> read_wording("规划里专栏一共几个？")
    '规划里专栏一共几个？'
    >>> read_wording("专栏二十八点一叫啥名字？"), read_wording("二十五章第二节的标题是啥？")
    ('专栏28.1叫什么名字？', '第二十五章第二节的标题是什么？')
    >>> read_wording("十三五零陵GDP年均增速多少？"), read_wording("“十四五”期间呢？")
    ('“十三五”零陵GDP年均增速多少？', '“十四五”期间呢？')
    >>> read_wording("说一下优速物流的总投资"), read_wording("潇湘大道零陵段的长度和宽度？")
    ('优速物流的总投资是多少？', '潇湘大道零陵段的长度和宽度是多少？')
    >>> read_wording("潇湘大道零陵段道路宽度和总长"), read_wording("何仙观水库总库容")
    ('潇湘大道零陵段道路宽度和总长是多少？', '何仙观水库总库容是多少？')
    >>> read_wording("香零山大桥多少米长、多少米宽？"), read_wording("园区产值目标是多少（2025年）？")
    ('香零山大桥长多少米、宽多少米？', '2025年园区产值目标是多少？')
    >>> read_wording("哪个专栏里有光荣院项目？"), read_wording("专栏5叫什么？")
    ('光荣院项目在哪个专栏里？', '专栏5叫什么？')
    >>> read_wording("北海港出现在规划哪几章？"), read_wording("怀素书法艺术产业园要新建什么？")
    ('北海港在规划哪几章出现？', '怀素书法艺术产业园要新建哪些？')
    >>> read_wording("“水十条”是什么文件？"), read_wording("秸秆五料化指哪五料？"), read_wording("这是什么？")
    ('“水十条”指的是什么？', '秸秆五料化是指哪五料？', '这是什么？')
    >>> read_wording("专栏28.1是什么标题？"), read_wording("含“锰”字的内容在规划哪些章？"), read_wording("风电方面的项目都有哪些？")
    ('专栏28.1的标题是什么？', '“锰”字在规划哪些章出现？', '风电相关的项目都有哪些？')
    >>> read_wording("湘江西路宽几米？"), read_wording("建筑面积多少平米？"), read_wording("平均每年增长多少？")
    ('湘江西路宽多少米？', '建筑面积多少平方米？', '平均每年增长多少？')
    >>> read_wording("优速物流是第几个专栏里的？"), read_wording("失业率二〇二〇年和二〇二五年各是多少？")
    ('优速物流在哪个专栏里？', '失业率2020年和2025年各是多少？')
    >>> read_wording("到六〇年原煤产量要到多少？"), read_wording("钢产量八〇年、85年的目标各是多少？")
    ('到1960年原煤产量要到多少？', '钢产量1980年、1985年的目标各是多少？')
    >>> read_wording("钢1957年计划产多少？"), read_wording("原油1952年产量和1957年计划产量各是多少？")
    ('1957年钢计划产多少？', '原油1952年产量和1957年计划产量各是多少？')
    >>> read_wording("2005年一产增加值占GDP比重是多少？三产呢？")
    '2005年第一产业增加值占GDP比重是多少？第三产业呢？'
    >>> read_wording("推进一二三产融合发展"), read_wording("第一产业增加值多少"), read_wording("唯一产地在哪")
    ('推进一二三产融合发展', '第一产业增加值多少', '唯一产地在哪')
    >>> read_wording("粮食到1985年要达到多少斤？")
    '粮食到1985年要达到多少斤？'
    >>> read_wording("“八五”期间呢？"), read_wording("60年代"), read_wording("三五年内")
    ('“八五”期间呢？', '60年代', '三五年内')
    >>> read_wording("专栏37.1分几类？分别是什么？"), read_wording("专栏21.1的重点项目分成了几类？")
    ('专栏37.1分为哪几类？', '专栏21.1的重点项目分为哪几类？')
    >>> read_wording("发电量多少亿kWh？"), read_wording("请示制度在哪一章？")
    ('发电量多少亿kWh？', '请示制度在哪一章？')
    >>> read_wording("2025年目标为3.2的那个指标叫什么名字？"), read_wording("第十篇是什么名字？")
    ('2025年目标为3.2的那个指标叫什么名字？', '第十篇的标题是什么？')
    >>> read_wording("十三五这几年累计引进外资多少？"), read_wording("“十二五”那五年里新增就业多少人？")
    ('“十三五”期间累计引进外资多少？', '“十二五”期间新增就业多少人？')
    >>> read_wording("甲山区现在有多少处优秀历史建筑？"), read_wording("乙县目前有几个国家级园区？"), read_wording("到现在有多少？")
    ('现在甲山区有多少处优秀历史建筑？', '目前乙县有几个国家级园区？', '到现在有多少？')
    >>> read_wording("档案馆那批要修复的档案有多少卷？")
    '档案馆的要修复的档案有多少卷？'
    >>> read_wording("用地面积要求是按多少平方公里算的？"), read_wording("服务人口按多少万人计？")
    ('用地面积要求是多少平方公里？', '服务人口是多少万人？')
    >>> read_wording("开发区一共签了多少个项目？"), read_wording("签下几份合同？"), read_wording("签名多少个？")
    ('开发区一共签约多少个项目？', '签约几份合同？', '签名多少个？')
    >>> read_wording("土地储备每年要干到多少亩？"), read_wording("产值要弄到多少？"), read_wording("做到两个维护")
    ('土地储备每年要达到多少亩？', '产值要达到多少？', '做到两个维护')
    >>> read_wording("挑几个乡村振兴重点项目说说"), read_wording("举几个数字经济的例子"), read_wording("列几个重点工程？")
    ('乡村振兴重点项目有哪些？', '数字经济有哪些？', '重点工程有哪些？')
    >>> read_wording("能不能告诉我X项目规划用地多大？"), read_wording("规划里提没提农民合作社入社率，是多少")
    ('X项目规划用地多大？', '农民合作社入社率是多少？')
    >>> read_wording("香零山大桥宽度具体数是多少"), read_wording("具体措施有哪些")
    ('香零山大桥宽度是多少', '具体措施有哪些')
    >>> read_wording("你能告诉我园区每年土地储备多少亩吗"), read_wording("知道吗")
    ('园区每年土地储备多少亩', '知道吗')
    >>> read_wording("电子信息产业园投资多少个亿？"), read_wording("请把第三章的标题告诉我")
    ('电子信息产业园投资多少亿元？', '把第三章的标题告诉我')
    >>> read_wording("到2025年甲山全区污水处理率要达到多少？"), read_wording("甲山区全区污水处理率多少？")
    ('到2025年甲山区污水处理率要达到多少？', '甲山区污水处理率多少？')
    >>> read_wording("2025年全甲山区的污水处理率是多少？"), read_wording("全区GDP多少？"), read_wording("推进全区覆盖了吗")
    ('2025年甲山区污水处理率是多少？', '全区GDP多少？', '推进全区覆盖了吗')
    >>> read_wording("电子信息产业集群要做到年产值多少"), read_wording("财政总收入一年平均涨多少")
    ('电子信息产业集群年产值要达到多少', '财政总收入平均每年涨多少')
    >>> read_wording("电子信息那个产业集群年产值多少"), read_wording("这个园区产值多少"), read_wording("规划里说的那个园区呢")
    ('电子信息产业集群年产值多少', '这个园区产值多少', '规划里说的那个园区呢')
    >>> read_wording("高端装备园那个园区规划面积多少？")
    '高端装备园那个园区规划面积多少？'
    >>> read_wording("创新与产业投资在全部投资里的占比要推动到多少？"), read_wording("民营经济在GDP中的比重是多少？")
    ('创新与产业投资占比要达到多少？', '民营经济在GDP中的比重是多少？')
    >>> read_wording("哈喽，想问下特殊教育入学率要稳定在多少"), read_wording("每个床位面积最多多大")
    ('特殊教育入学率要稳定在多少', '每个床位面积不超过多少')
    >>> read_wording("健康零陵重点建设项目是第几个专栏"), read_wording("最多建几个？")
    ('健康零陵重点建设项目在哪个专栏里', '最多建几个？')
    >>> read_wording("湘江流域综合治理项目在哪几个专栏里出现"), read_wording("哪些专栏提到了优速物流？")
    ('湘江流域综合治理项目都在哪个专栏里？', '优速物流都在哪个专栏里？')
    >>> read_wording("优速物流出现在哪些专栏"), read_wording("哪些专栏有几个项目")
    ('优速物流都在哪个专栏里？', '哪些专栏有几个项目')
    >>> read_wording("化学需氧量、二氧化硫这些排放量要削减多少"), read_wording("那些项目呢")
    ('化学需氧量、二氧化硫排放量要削减多少', '那些项目呢')
    >>> read_wording("公交站点要做到多少米范围内全覆盖？"), read_wording("几公里以内可达"), read_wording("服务范围内有多少人")
    ('公交站点要达到多少米内全覆盖？', '几公里内可达', '服务范围内有多少人')
    >>> read_wording("一中迁建后办学规模是多少个教学班？"), read_wording("建设规模为多少张床位"), read_wording("规模是多少亩")
    ('一中迁建后有多少个教学班？', '有多少张床位', '规模是多少亩')
    >>> read_wording("单个项目门槛是多大投资？"), read_wording("项目投资门槛是多少"), read_wording("门槛多大")
    ('单个项目至少投资多少？', '项目至少投资多少', '至少多少')
    >>> read_wording("全区现在有多少处优秀历史建筑？"), read_wording("目前全区有几个公园？")
    ('现在全区有多少处优秀历史建筑？', '目前全区有几个公园？')
    >>> read_wording("十四五期间咱区要新建哪几个风电场？"), read_wording("到2025年咱们县的粮食产量要达到多少？")
    ('“十四五”期间要新建哪几个风电场？', '到2025年粮食产量要达到多少？')
    >>> read_wording("老旧小区改造这块，我区十四五要改多少个？"), read_wording("本区域内有几个水厂？"), read_wording("咱区和冷水滩区谁的GDP高？")
    ('老旧小区改造这块，“十四五”要改多少个？', '本区域内有几个水厂？', '咱区和冷水滩区谁的GDP高？')
    >>> read_wording("秸秆综合利用率和畜禽粪污综合利用率，到时候分别是多少？"), read_wording("届时森林覆盖率要达到多少？")
    ('秸秆综合利用率和畜禽粪污综合利用率分别是多少？', '森林覆盖率要达到多少？')
    >>> read_wording("新建建筑里绿色建筑要占多少？"), read_wording("财政支出中教育能占几成")
    ('新建建筑里绿色建筑占比是多少？', '财政支出中教育占比是多少')
    >>> read_wording("园区产值规划里要达到多少？"), read_wording("电网改造，纲要中要新建多少公里线路？")
    ('园区产值要达到多少？', '电网改造，要新建多少公里线路？')
    >>> read_wording("国土空间规划里要划定多少亩耕地？"), read_wording("“十四五”规划中有几个专栏？")
    ('国土空间规划里要划定多少亩耕地？', '“十四五”规划中有几个专栏？')
    >>> read_wording("担保额度预期目标是多少？"), read_wording("每年储备多少亩地？"), read_wording("预期寿命是多少？")
    ('担保额度目标是多少？', '每年储备多少亩？', '预期寿命是多少？')
    >>> read_wording("迁建项目要征多少亩地？"), read_wording("园区占多少亩地？")
    ('迁建项目要征地多少亩？', '园区占地多少亩？')
    >>> read_wording("“柳子街”在规划的什么章里提到？"), read_wording("纲要里什么地方提到X？"), read_wording("建在什么地方？")
    ('“柳子街”在规划的哪些章里提到？', '纲要里哪些地方提到X？', '建在什么地方？')
    """
    said = question.strip()
    # the 呢 tail first: the readings below match a question's ending (「是第几号专栏呢？」 is 「…专栏？」)
    if (ne := _NE_TAIL.search(said)) and _ASKING_WORD.search(re.split(r"[？?，,。；;！!]", said[:ne.start()])[-1]):
        said = said[:ne.start()] + said[ne.end():]
    lead = LEAD_INS.match(said)
    if lead and len(said) - lead.end() >= 4:
        said = said[lead.end():]
        if lead.group("look") and not _ASKS.search(said):
            said = said.rstrip("。.！!") + "是多少？"
    if (per_plan := _PER_PLAN.match(said)) and len(said) - per_plan.end() >= 4:
        said = said[per_plan.end():]
    said = _outside_quotations(lambda part: _PLAN_MID.sub("", part), said)
    said = _WHAT_PARTS.sub("哪些", _MU_OF_LAND.sub(r"\1", _VERB_MU_OF_LAND.sub(r"\1地\2", _EXPECTED_TARGET.sub("", said))))
    said = _OWN_AREA.sub("", said) if len(_OWN_AREA.sub("", said)) >= 4 else said
    said = _SHARE_SPOKEN.sub(r"\1占比是多少", _THEN.sub("", _SHARE_IN_WHOLE.sub("", said)))
    said = _MENTIONED_THEN.sub(r"\1是\2？", _PICK_SOME.sub(r"\1有哪些？", said))
    tell = _TELL.match(said)
    if tell and len(said) - tell.end() >= 4:
        said = said[tell.end():]
    if (tell or _ASKED_NOUN.search(said)) and not _ASKS.search(said.rstrip("？?")):
        said = said.rstrip("？?。.！!") + "是多少？"  # 「说一下X的总投资」「X的规划用地面积？」
    said = TRAILERS.sub("？", _FIGURE_THEN_MA.sub(r"\1", _EXACT_FIGURE.sub("", said)))
    if year := _BRACKET_YEAR.search(said):
        said = year.group(1) + _BRACKET_YEAR.sub("", said, count=1)
    said = _SIZE_JI.sub(lambda m: m.group(1) + (m.group(2) or "") + "多少" + m.group(3), said)
    said = _WITHIN_DISTANCE.sub(r"\1\2内", said)
    said = _SIZE_IN_UNITS.sub("有", said)
    said = _THRESHOLD.sub(lambda m: "至少投资多少" if m.group(1) or m.group(2) else "至少多少", said)
    said = _SQUARE_METRES.sub(lambda m: m.group(1) + (m.group(2) or "") + "平方米", said)
    said = _DAY_OF_MONTH.sub(r"\1哪一天", said)
    said = _ALREADY_DOING.sub("开展", _ALREADY.sub("已", said))
    if _NOW_ASKED.search(said):
        said = _ALREADY_THEN_VERB.sub("", said)  # 「现有多少个X已开展Y」: the present is asked once, as printed (现有N个X开展Y)
    said = _RECKONED.sub(r"是\1\2", said)
    said = _UNIT_FIRST.sub(lambda m: m.group(3) + m.group(1) + (m.group(2) or ""), said)
    said = _WHICH_BOX_IS.sub("在哪个专栏里", _WHICH_BOX_HAS.sub(r"\2在\1专栏里？", said))
    said = _BOXES_NAMING.sub(r"\g<x>都在哪个专栏里？", _BOXES_WHERE.sub(r"\g<x>都在哪个专栏里？", said))
    said = _VERB_BEFORE_WHERE.sub(r"在\2\1", _SELF_WHERE.sub("规划", _SORTED_BY.sub(r"分为\1", said)))
    said = _INDUSTRY_FIRMS.sub(r"\g<own>\g<rest>\g<a>\g<firm>", _PLAN_THEN_PART.sub("", said))
    said = _WHAT_AFTER_VERB.sub("哪些", said.replace("啥", "什么"))  # 啥 is 什么 (as qa.question.intent.read_spoken reads it)
    if _HEADING_NAMED.search(said):
        said = _TITLE_ASKED.sub("的标题是什么", said)
    said = _WHERE_NO_VERB.sub(r"\1在\2出现？", _CONTAINING.sub(r"\1", said))
    said = _ASPECT_OF.sub(r"\1相关的\2", said)
    said = _LEADING_THAT.sub("", _SPOKEN_TAIL.sub("", said))
    said = _RUN_THOSE.sub(r"\1", said)
    said = _AT_MOST.sub("不超过多少", _THAT_INSIDE.sub("", _REACH_BEFORE.sub(r"\1要达到", said)))
    said = _SET_AT.sub(r"是\1", _SIGNED.sub("签约", _SPOKEN_REACH.sub("达到", said)))
    said = _AFTER_DONE.sub("", _INTEND.sub("要", _DONE_LEAD.sub("", _VERB_DONE.sub("", _SAID_AGAIN.sub("", said)))))
    said = _VERB_THEN_COUNT.sub(lambda m: (m[1] or "") + (m[2] or "") + m[4] + "要" + m[3] + m[5], _OVER_YI.sub("亿元", said))
    said = _SUPPORT_FOR.sub(r"规划打算怎么\2\1", _WHICH_MEASURES.sub("哪些", said))
    said = _SITS_UNDER.sub(r"放在\1的\2里", _THOSE.sub("", _THAT_LOT.sub("的", said)))
    said = _ALL_ARE_WHAT.sub("有哪些", _EXPLAINED.sub("是什么意思", said))
    said = _HEADING_DEIXIS.sub("", _GRADE_WORDS.sub("几级", _YEAR_THEN_AVERAGE.sub("平均每年", _A_YEAR.sub("每年", said))))
    said = _KINDS_COUNTED.sub(lambda m: "分为哪几" + (m.group(1) or m.group(2)), said)
    for pattern, words in _DEFINITION:
        said = pattern.sub(words, said)
    said = _outside_quotations(
        lambda part: _FULL_CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(1)), part), said)
    said = short_years(said)  # 三〇年, 八五年, 85年 (qa.question.asked_time: the engine reads them in the plan's century first)
    if len(re.findall(r"(?:19|20)\d\d年", said)) == 1 and not re.match(r"^(?:到|至|在|截至)", said):
        said = _SUBJECT_THEN_YEAR.sub(r"\2\1", said)
    said = _SUBJECT_THEN_NOW.sub(r"\2\1", said)
    said = _PLACE_WHOLE.sub(lambda m: m.group(0) if m.group(2) not in (None, m.group(3)) else m.group(1) + m.group(3), said)
    said = _WHOLE_PLACE.sub(r"\1", said)
    said = _PERIOD_SPAN.sub("期间", _BARE_PERIOD.sub(r"“\1五”", _SINGLE_QUOTED.sub(r"“\1”", said)))
    said = _BOX_SAYS.sub(r"\1里", _CN_BOX.sub(_box_number, said))
    said = _BARE_LEVEL.sub(r"第\1", said)
    said = _SECTOR_SHORT.sub(r"第\1产业", said)  # 「一产增加值」「三产呢」: the sector as printed
    return _YI.sub(r"\1亿元", said)


def _outside_quotations(read, said: str) -> str:
    """``read`` applied to ``said`` outside its quotations: a quotation is the plan's own words, to be found as
    printed (「“关于“十四五”规划和二〇三五年远景目标纲要”是第几部分」 keeps 二〇三五年)."""
    out, at = [], 0
    for m in _QUOTATION.finditer(said):
        out += [read(said[at:m.start()]), m.group(0)]
        at = m.end()
    return "".join(out) + read(said[at:])


def _box_number(m: re.Match) -> str:
    whole, part = parse_cn_number(m.group(1)), m.group(2) and parse_cn_number(m.group(2))
    if whole is None or (m.group(2) and part is None):
        return m.group(0)
    return f"专栏{whole}" + (f".{part}" if part is not None else "")


#: What a question asks of a box named by its title (「乡村振兴重点项目专栏里列了哪些项目」「…分几类」).
_OF_BOX = r"(?:里|中|里面)?(?:列了|列有|列出了?|有|包括|包含|分(?:为|成)?|都有)"


def box_by_title(question: str, titles: dict[str, str]) -> str:
    """``question`` with a box named by its printed title written as the plan numbers it (专栏23.1).

    ``titles`` maps each box title a plan prints (乡村振兴重点项目) to its number; a title several boxes share is
    left out by the caller. The title must be named whole with the word 专栏 beside it, or followed by what a
    box is asked (有哪些, 分几类); a question already naming a box's number is unchanged.

    Examples
    --------
    >>> t = {"乡村振兴重点项目": "23.1", "生态环保重点项目": "37.1"}
    >>> box_by_title("乡村振兴重点项目专栏里列了哪些项目？", t), box_by_title("专栏“生态环保重点项目”分几类？", t)
    ('专栏23.1里列了哪些项目？', '专栏37.1分几类？')
    >>> box_by_title("生态环保重点项目分几类？", t), box_by_title("专栏37.1生态环保重点项目分为哪几类？", t)
    ('专栏37.1分几类？', '专栏37.1生态环保重点项目分为哪几类？')
    >>> box_by_title("乡村振兴重点项目有多少亩？", t)
    '乡村振兴重点项目有多少亩？'
    >>> box_by_title("健康零陵有哪些重点建设项目？", {"“健康零陵”重点建设项目": "31.1"})
    '专栏31.1有哪些重点建设项目？'
    """
    if re.search(r"专栏\s*[0-9]", question):
        return question
    if split := _SPLIT_TITLE.match(question):
        # 「健康零陵有哪些重点建设项目」: the title 「“健康零陵”重点建设项目」 said around the slot that asks its items.
        said, slot, kind = split.groups()
        for title, number in titles.items():
            plain = re.sub(r"[“”\"]", "", title)
            if len(kind) >= 2 and plain.endswith(kind) and len(plain) - len(kind) >= 2 and said.endswith(plain[: -len(kind)]):
                return said[: len(said) - len(plain) + len(kind)] + f"专栏{number}{slot}{kind}？"
    for title, number in _box_names(titles):
        if title not in question:
            continue
        t = re.escape(title)
        named = re.search(r"专栏[“\"]?" + t + r"[”\"]?|[“\"]?" + t + r"[”\"]?(?:这个|那个)?专栏", question)
        if named:
            return question[: named.start()] + f"专栏{number}" + question[named.end():]
        asked = re.search(r"[“\"]?" + t + r"[”\"]?(?=" + _OF_BOX + r"(?:哪|几|什么))", question)
        if asked:
            return question[: asked.start()] + f"专栏{number}" + question[asked.end():]
    return question


#: A list question saying a title around its slot (「健康零陵有哪些重点建设项目」): what comes before, the slot, the rest.
_SPLIT_TITLE = re.compile(r"^[“\"]?(.+?)[”\"]?((?:都|主要|一共)?(?:有|包括|包含|列了|列出了?|安排了?)哪些)(.+?)[？?。]?$")


def _box_names(titles: dict[str, str]) -> list[tuple[str, str]]:
    """The names a question may call a box by, longest first: its whole title (four characters or more), and the
    tail of a title after its lead verb or place (「实施零陵人才倍增计划」 asked as 「人才倍增计划」), six characters or
    more and ending no other box's title — a tail two boxes share (重点建设工程) names neither."""
    names = {t: n for t, n in titles.items() if len(t) >= 4}
    tails: dict[str, set[str]] = {}
    for title, number in titles.items():
        for cut in range(1, len(title) - 5):
            tails.setdefault(title[cut:], set()).add(number)
    for tail, numbers in tails.items():
        if len(numbers) == 1 and tail not in names:
            names[tail] = next(iter(numbers))
    return sorted(names.items(), key=lambda tn: len(tn[0]), reverse=True)


#: Where a heading is asked to sit (是第几章第几节, 在哪一章, 属于哪一篇, 放在规划的哪部分).
_SITS_ASKED = re.compile(r"(?:是|在|属于|放在|位于|写在|列在)(?:规划|纲要|方案)?的?(?:第几|哪一|哪个|哪)(?:篇|章|节|部分)")


def quote_heading(question: str, titles: set[str]) -> str:
    """``question`` with a heading's whole title, asked unquoted where it sits, quoted as the plan prints it.

    ``titles`` are the heading titles the plans print (篇, 章, 节). Only a title of six characters or more that is
    the whole subject before the question of where it sits is quoted; a question quoting anything is unchanged.

    Examples
    --------
    >>> t = {"打造永州对接东盟自贸区开放合作先行区", "发展目标"}
    >>> quote_heading("打造永州对接东盟自贸区开放合作先行区是第几章第几节？", t)
    '“打造永州对接东盟自贸区开放合作先行区”是第几章第几节？'
    >>> quote_heading("发展目标在哪一章？", t), quote_heading("打造永州对接东盟自贸区开放合作先行区有哪些项目？", t)
    ('发展目标在哪一章？', '打造永州对接东盟自贸区开放合作先行区有哪些项目？')
    """
    if re.search(r"[“\"「]", question) or not (asked := _SITS_ASKED.search(question)):
        return question
    subject = question[: asked.start()]
    return f"“{subject}”{question[asked.start():]}" if len(subject) >= 6 and subject in titles else question


def share_as_printed(question: str) -> str:
    """``question`` with a share asked container first written as plans mostly print it (A占B比重); a reading to try
    when the words asked are not printed (a plan may print 「A在B中占比」 itself).

    Examples
    --------
    >>> share_as_printed("城镇新建建筑里绿色建筑占比要到多少？"), share_as_printed("技能人才在就业人员里的占比要到多少？")
    ('绿色建筑占城镇新建建筑比重要到多少？', '技能人才占就业人员比重要到多少？')
    >>> share_as_printed("绿色建筑占城镇新建建筑面积的比例要到多少？")
    '绿色建筑占城镇新建建筑面积的比例要到多少？'
    """
    return _SHARE_OF_IN.sub(r"\1占\2比重", _SHARE_IN.sub(r"\2占\1比重", question))
