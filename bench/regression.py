"""Score plankg on the seen regression sets (bench/regression/): one score line per set.

    python bench/regression.py [--only SET ...] [--out DIR]

Seed sets (``seed/*.jsonl``) run through ``../shared/eval/score.py`` against one fresh build of
the embedded plan; plan sets (a folder with ``qa.jsonl`` and ``plans/``) through
``../shared/eval/score_corpus.py --docs``, each plan in its own build folder. Builds and the
scorers' full output go to ``--out`` (default ``bench/out/regression``). Needs the evaluation
kit beside the checkout (``../shared/eval``); exits 2 without it, 1 when a scorer failed to run.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SETS = BENCH / "regression"
SEED_PLAN = ROOT / "data" / "lingling-14th-five-year-plan.txt"


def eval_kit() -> Path | None:
    """``shared/eval`` beside the checkout (or beside a worktree's parent), or None."""
    for shared in (Path(os.environ.get("PLANKG_SHARED", ROOT.parent / "shared")), ROOT.parents[1] / "shared"):
        if (shared / "eval" / "score.py").is_file():
            return shared / "eval"
    return None


def score_line(text: str) -> str:
    """The last ``score: …`` line a scorer printed, or a note that it printed none."""
    lines = re.findall(r"^\s*score:? .*$", text, flags=re.M)
    return lines[-1].strip() if lines else "no score line (see the log)"


def main(argv: list[str] | None = None) -> int:
    seed_sets = sorted((SETS / "seed").glob("*.jsonl"))
    plan_sets = sorted(p for p in SETS.iterdir() if (p / "qa.jsonl").is_file())
    names = [p.stem for p in seed_sets] + [p.name for p in plan_sets]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", choices=names, help="score these sets only")
    ap.add_argument("--out", type=Path, default=BENCH / "out" / "regression")
    a = ap.parse_args(argv)
    kit = eval_kit()
    if kit is None:
        print("需要评测工具 ../shared/eval（score.py、score_corpus.py）；请把 shared/ 放在检出目录旁，"
              "或设 PLANKG_SHARED", file=sys.stderr)
        return 2
    env = dict(os.environ, PYTHONPATH=str(ROOT), PLANKG_HOME=str(a.out / "seed-home"))
    plankg = [sys.executable, "-m", "cli"]
    a.out.mkdir(parents=True, exist_ok=True)
    failed = False
    chosen = [p for p in seed_sets if not a.only or p.stem in a.only]
    if chosen:
        build = subprocess.run([*plankg, "build", str(SEED_PLAN)], env=env, cwd=ROOT, capture_output=True, text=True)
        if build.returncode:
            print(build.stderr, file=sys.stderr)
            return 1
    for qa in chosen:
        run = subprocess.run([sys.executable, str(kit / "score.py"), str(qa), "--", *plankg, "ask", "--json", "--file"],
                             env=env, cwd=ROOT, capture_output=True, text=True)
        (a.out / f"{qa.stem}.txt").write_text(run.stdout + run.stderr, encoding="utf-8")
        failed |= run.returncode not in (0, 1)
        print(f"{qa.stem:22} {score_line(run.stdout)}", flush=True)
    for folder in plan_sets:
        if a.only and folder.name not in a.only:
            continue
        run = subprocess.run([sys.executable, str(kit / "score_corpus.py"), str(folder / "qa.jsonl"),
                              "--docs", str(folder / "plans"), "--build-root", str(a.out / folder.name)],
                             env=env, cwd=ROOT, capture_output=True, text=True)
        (a.out / f"{folder.name}.txt").write_text(run.stdout + run.stderr, encoding="utf-8")
        failed |= run.returncode not in (0, 1)
        print(f"{folder.name:22} {score_line(run.stdout)}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
