"""Hand verdicts per batch (R right, W wrong, D denied, P partial), 1-based, with a note where not right."""
def run(spec: str, n: int) -> list[str]:
    v = ["R"] * n
    for tok in spec.split():
        k, mark = tok[:-1], tok[-1]
        v[int(k) - 1] = mark
    return v

BEFORE = {
    "seed": run("13P 25D 44W 59P 70P", 71),
    "seed2": run("3D 4P 5P 13W 18P 20P 26W 33P 34P 35D 38D", 44),
    "n14": run("21D 22D 25P 26P 32P 38D 41P 44D", 44),
    "n15": run("34D", 34),
    "n11": run("2P 4P 6W 16P 37D", 38),
    "n12": run("", 35),
    "n9": run("6D 8P 15D 19W", 20),
    "mbx": run("2D 8P 13P 18P 19W 23W 25D 26D", 26),
    "de": run("10D", 13),
    "dg": run("8D 11D 12D 13D 15W", 15),
}
NOTES = {
    ("seed", 13): "yes/no with a wrong figure: row given, no 不是",
    ("seed", 25): "电子信息产业园 (printed 永州市电子信息产业园暨电镀中心) 总投资/一期 denied",
    ("seed", 44): "乡镇呢 read alone as 乡镇多少 → 100% of 乡镇卫生厕所覆盖率 (another measure's figure)",
    ("seed", 59): "占比 13.4% denied",
    ("seed", 70): "PM2.5 = 细颗粒物 not read",
    ("seed2", 3): "yes/no, 6亿 is the neighbour 航空航天新材料产业园's: answer echoes a name",
    ("seed2", 4): "yes/no: passage pasted, no 不是",
    ("seed2", 5): "物流园 fits 零陵火车站工业物流园 and 智慧物流产业园: one picked (owner named in the quote)",
    ("seed2", 13): "零陵灌区工程 灌溉面积 → 8.6万亩, the first member 灌区's (three members, six areas)",
    ("seed2", 18): "占地 (总面积约90亩) denied",
    ("seed2", 20): "妇幼保健及计划生育服务中心 split in two names",
    ("seed2", 26): "look-up by a value no passage prints (380亩) → passage with 300亩 as found",
    ("seed2", 33): "46家 (2020) given only inside the refusal of the 2025 part",
    ("seed2", 34): "5% given only inside the refusal of the 2025 part",
    ("seed2", 35): "六大功能服务区 denied",
    ("seed2", 38): "规划实际开发面积3700亩 denied (short name)",
    ("n14", 21): "再延长30年 denied", ("n14", 22): "300万以下 denied",
    ("n14", 25): "地级及以上 split at 及", ("n14", 26): "化学需氧量和氨氮…分别 8%: first denied",
    ("n14", 32): "yes/no: 90%以上 given, no 不是", ("n14", 38): "哪一年实现X (time asked first) denied",
    ("n14", 41): "强国: every 强国 mentioned (12, 学习强国 included), not the 加快建设 ones",
    ("n14", 44): "「…是哪一年的目标」 denied (undated, plan period 2025)",
    ("n15", 34): "再延长30年试点 denied",
    ("n11", 2): "各4500万人: second denied", ("n11", 4): "研究与试验发展 split at 与",
    ("n11", 6): "单位农业增加值用水量 → 30% of 单位工业增加值用水量 (near name)",
    ("n11", 16): "新建和改造 split", ("n11", 37): "中西部 50% 农村教师 denied",
    ("n9", 6): "油料 denied (1995 list line)", ("n9", 8): "1995 天然气 denied",
    ("n9", 15): "其中技术改造投资 denied", ("n9", 19): "新增多少 → 2000年 总容量达到二亿九千万千瓦 (a level for an increment)",
    ("mbx", 2): "分别 second member 83.2% denied", ("mbx", 8): "2020 目标 突破30% denied",
    ("mbx", 13): "其中国家标准95项 denied", ("mbx", 18): "yes/no: passage pasted",
    ("mbx", 19): "下降多少 → 减少70万吨 again (the 减少 value, not 下降16%)",
    ("mbx", 23): "排名前10家 → 前15家's 突破60% (a number inside the name)",
    ("mbx", 25): "较十二五下降30%以上 (table row) refused", ("mbx", 26): "2011年33家 denied",
    ("de", 10): "「…是哪年的目标」 denied",
    ("dg", 8): "关键技术 (plan: 主要包括…技术路线) denied", ("dg", 11): "2024年12月 under the title denied",
    ("dg", 12): "2—3年 denied", ("dg", 13): "东中西部地区 denied",
    ("dg", 15): "国内标准化组织 → the run of 国际标准化组织 (ISO、IEC…)",
}

PLANS = {
    "seed": "零陵 seed (data/lingling-14th-five-year-plan.txt)",
    "seed2": "零陵 seed, traps (简称, look-ups, neighbours)",
    "n14": "十四五 2021 (shared/corpus)",
    "n15": "十五五 2026 (heldout3/plans)",
    "n11": "十一五 2006 (shared/corpus)",
    "n12": "十二五 2011 (shared/corpus)",
    "n9": "九五 1996 (shared/corpus)",
    "mbx": "民爆 2016 (exam7/plans)",
    "de": "数字经济 2021 (exam7/plans)",
    "dg": "数据基础设施指引 2024 (plans-dev)",
}

AFTER = {k: list(v) for k, v in BEFORE.items()}
for (name, i), mark in {
    ("seed", 44): "P",   # 乡镇 part now 规划中未找到 (no other measure's 100%)
    ("seed2", 13): "R",  # refused, naming each member's 灌溉面积 (the plan gives no total)
    ("seed2", 26): "R",  # 380亩: not found
    ("n14", 38): "R",    # 2027年
    ("n14", 44): "P",    # restates the 65% sentence, no year
    ("n11", 6): "R",     # refused: 单位工业增加值用水量's
    ("n9", 19): "D",     # the 2000 level refused; 八五's 新增七千五百万千瓦 not given
    ("mbx", 19): "R",    # 下降16%
    ("mbx", 23): "R",    # refused: 前15家's
    ("de", 10): "R",     # 2025年
    ("dg", 15): "P",     # the 国际 sentence as a passage, no list of 国内 organisations
}.items():
    AFTER[name][i - 1] = mark
NOTES.update({
    ("n14", 44): NOTES[("n14", 44)] + "; after: the 65% sentence restated, no year",
    ("dg", 15): NOTES[("dg", 15)] + "; after: the sentence as a passage (says 国际)",
})
