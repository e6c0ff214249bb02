"""Write ../findings.md from the batches (q_*.txt / *.tsv), answers before (a_*.jsonl) and after (r_*.jsonl), and verdicts.py."""
import json
from pathlib import Path

from verdicts import AFTER, BEFORE, NOTES, PLANS

HERE = Path(__file__).parent


def load(name, prefix):
    p = HERE / f"{prefix}_{name}.jsonl"
    return [json.loads(l) for l in p.read_text(encoding="utf-8").splitlines() if l.strip()] if p.exists() else []


def short(a, n=90):
    t = a.get("answer", "").replace("\n", " ").replace("|", "｜")
    return ("✓ " if a.get("found") else "✗ ") + (t[:n] + "…" if len(t) > n else t)


rows, tally = [], {}
for name, plan in PLANS.items():
    qs = [l.split("\t") for l in (HERE / f"{name}.tsv").read_text(encoding="utf-8").splitlines() if l.strip()]
    before, after = load(name, "a"), load(name, "r")
    for i, q in enumerate(qs, 1):
        b, a = BEFORE[name][i - 1], AFTER[name][i - 1]
        tally.setdefault(plan, [0] * 8)
        t = tally[plan]
        t["RWDP".index(b)] += 1
        t[4 + "RWDP".index(a)] += 1
        if b != "R" or a != "R":
            note = NOTES.get((name, i), "")
            rows.append(f"| {name}#{i} | {q[0].replace('|', '｜')} | {short(before[i - 1])} | {b} | {short(after[i - 1]) if after else ''} | {a} | {note} |")
head = ["| plan | asked | R | W | D | P | R after | W after | D after | P after |", "|---|---|---|---|---|---|---|---|---|---|"]
total = [0] * 8
for plan, t in tally.items():
    head.append(f"| {plan} | {sum(t[:4])} | " + " | ".join(map(str, t)) + " |")
    total = [x + y for x, y in zip(total, t)]
head.append(f"| **total** | **{sum(total[:4])}** | " + " | ".join(f"**{x}**" for x in total) + " |")
print("\n".join(head))
print()
print("| # | question | answer before | verdict | answer after | verdict | why |")
print("|---|---|---|---|---|---|---|")
print("\n".join(rows))
