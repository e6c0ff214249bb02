"""Score plankg on the seen regression sets (bench/regression/) and check how its answers read.

    python bench/regression.py [--only SET ...] [--out DIR] [--twice]

Every set's questions are asked once per plan (``plankg ask --json --file``, each plan built in its
own folder under ``--out``, default ``bench/out/regression``) and the saved answers are scored
by ``../shared/eval/score.py``. Seed sets are ``seed/*.jsonl``; a plan set is a folder with
``qa.jsonl`` (rows name their plan in ``doc``) and ``plans/``. Prints one line per set: the
score and the presentation faults found in its answers (issue 11, class 11) — an internal id
in the answer, an item whose citation is not among ``citations``, an answer that repeats the
question; with ``--twice`` also answers that differ between two runs. Needs the evaluation kit
beside the checkout (``../shared/eval``); exits 2 without it, 1 when a build or a run failed.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SETS = BENCH / "regression"
SEED_PLAN = ROOT / "data" / "lingling-14th-five-year-plan.txt"
PLANKG = [sys.executable, "-m", "cli"]
if str(ROOT) not in sys.path:  # run as a script: the checkout is not on the path
    sys.path.insert(0, str(ROOT))

from bench.kit import eval_kit  # noqa: E402

#: Ids the graph and index use (ch04-s1-p03, box26.3-i01, ind-03, https://plankg.org/...), which a reader never needs.
INTERNAL_ID = re.compile(r"https?://plankg|(?<![A-Za-z])(?:ch|pt|box|ind|gl)[\d.]*(?:-[a-z]*[\d.]+)+(?![A-Za-z])")


def load_sets() -> dict[str, tuple[list[dict], Path]]:
    """Set name → (rows, folder holding the plans the rows name); rows about the seed name none."""
    sets = {qa.stem: (_rows(qa), SEED_PLAN.parent) for qa in sorted((SETS / "seed").glob("*.jsonl"))}
    sets |= {qa.parent.name: (_rows(qa), qa.parent / "plans") for qa in sorted(SETS.glob("*/qa.jsonl"))}
    return sets


def _rows(qa: Path) -> list[dict]:
    return [json.loads(line) for line in qa.read_text("utf-8").splitlines() if line.strip()]


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def presentation_faults(row: dict, out: dict) -> list[str]:
    """What a reader should never see in one answer (empty when it reads right)."""
    faults = []
    answer = out.get("answer", "")
    if INTERNAL_ID.search(answer):
        faults.append("internal id in the answer")
    cited = {c.get("id") for c in out.get("citations") or []}
    if any((i.get("citation") or {}).get("id") not in cited for i in out.get("items") or [] if i.get("citation")):
        faults.append("an item's citation is missing from citations")
    question = _norm(row["q"]).rstrip("？?")
    if len(question) > 6 and question in _norm(answer):
        faults.append("the answer repeats the question")
    return faults


def ask(questions: list[str], plan: Path, home: Path, env: dict) -> list[dict]:
    """Build ``plan`` into ``home`` (unchanged plans are kept) and answer ``questions`` there, in order."""
    env = dict(env, PLANKG_HOME=str(home))
    build = subprocess.run([*PLANKG, "build", str(plan)], env=env, cwd=ROOT, capture_output=True, text=True)
    if build.returncode:
        raise RuntimeError(f"build of {plan.name} failed:\n{build.stderr[-2000:]}")
    qfile = home / "questions.txt"
    qfile.write_text("".join(q.replace("\n", " ") + "\n" for q in questions), encoding="utf-8")
    run = subprocess.run([*PLANKG, "ask", "--json", "--file", str(qfile)], env=env, cwd=ROOT,
                         capture_output=True, text=True)
    outs = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    if len(outs) != len(questions):
        raise RuntimeError(f"{plan.name}: {len(outs)} answers for {len(questions)} questions:\n{run.stderr[-2000:]}")
    return outs


def score(kit: Path, rows: list[dict], outs: list[dict], work: Path) -> str:
    """score.py's line for ``rows`` against the saved ``outs`` (replayed by a command that prints them)."""
    qa, saved = work / "rows.jsonl", work / "answers.jsonl"
    qa.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    saved.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in outs), encoding="utf-8")
    # score.py appends its question file to the command; `cat` prints the saved answers and that file is $0.
    run = subprocess.run([sys.executable, str(kit / "score.py"), str(qa), "--", "sh", "-c", f'cat "{saved}"'],
                         capture_output=True, text=True)
    (work / "score.txt").write_text(run.stdout + run.stderr, encoding="utf-8")
    lines = re.findall(r"^score: .*$", run.stdout, flags=re.M)
    return lines[-1] if lines else "no score line (see score.txt)"


def run_set(name: str, rows: list[dict], plans: Path, out: Path, kit: Path, twice: bool) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    by_plan: dict[str, list[dict]] = {}
    for row in rows:
        by_plan.setdefault(row.get("doc") or "", []).append(row)
    answered: list[tuple[dict, dict]] = []
    unstable = 0
    for doc, plan_rows in by_plan.items():
        plan = plans / doc if doc else SEED_PLAN  # rows naming no plan are about the seed
        home = out / re.sub(r"[^A-Za-z0-9_.-]+", "-", plan.stem)
        questions = [r["q"] for r in plan_rows]
        outs = ask(questions, plan, home, env)
        if twice:
            unstable += sum(a != b for a, b in zip(outs, ask(questions, plan, home, env)))
        answered += zip(plan_rows, outs)
    work = out / name
    work.mkdir(parents=True, exist_ok=True)
    line = score(kit, [r for r, _ in answered], [o for _, o in answered], work)
    faults = [(r["id"], f) for r, o in answered for f in presentation_faults(r, o)]
    (work / "presentation.txt").write_text("".join(f"{i}: {f}\n" for i, f in faults), encoding="utf-8")
    tail = f"; presentation faults {len(faults)}" + (f"; differ between runs {unstable}" if twice else "")
    return f"{name:22} {line}{tail}"


def main(argv: list[str] | None = None) -> int:
    sets = load_sets()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", choices=list(sets), help="score these sets only")
    ap.add_argument("--out", type=Path, default=BENCH / "out" / "regression")
    ap.add_argument("--twice", action="store_true", help="ask every question twice and count answers that differ")
    a = ap.parse_args(argv)
    kit = eval_kit()
    if kit is None:
        print("需要评测工具 ../shared/eval（score.py）；请把 shared/ 放在检出目录旁，或设 PLANKG_SHARED", file=sys.stderr)
        return 2
    failed = False
    for name, (rows, plans) in sets.items():
        if a.only and name not in a.only:
            continue
        try:
            print(run_set(name, rows, plans, a.out, kit, a.twice), flush=True)
        except RuntimeError as err:
            print(f"{name:22} failed: {err}", file=sys.stderr, flush=True)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
