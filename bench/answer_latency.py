"""Answer latency after load: median and p95 over every dev question, several runs.

    python bench/answer_latency.py [--runs 5] [--questions ../shared/eval/dev_qa.jsonl]

Builds the embedded plan if needed (default encoder), loads the engine once, then
times ``Engine.ask`` per question. The first pass warms caches and is not counted.
Prints a Markdown table row set for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from pipeline import build_plans
from qa.engine import Engine

DEFAULT_QUESTIONS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev_qa.jsonl"


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    ap.add_argument("--build-dir", type=Path, default=None)
    args = ap.parse_args()
    questions = [json.loads(l)["q"] for l in args.questions.read_text("utf-8").splitlines() if l.strip()]
    build_plans(home=args.build_dir)
    t0 = time.perf_counter()
    engine = Engine.from_home(args.build_dir)
    load = time.perf_counter() - t0
    for q in questions:  # warm-up pass
        engine.ask(q)
    times: list[float] = []
    per_run: list[float] = []
    for _ in range(args.runs):
        run = []
        for q in questions:
            t = time.perf_counter()
            engine.ask(q)
            run.append(time.perf_counter() - t)
        times.extend(run)
        per_run.append(statistics.median(run))
    ms = [t * 1000 for t in times]
    print(f"engine load: {load:.2f} s; {len(questions)} questions x {args.runs} runs")
    print("| measure | ms |\n|---|---|")
    print(f"| median | {statistics.median(ms):.1f} |")
    print(f"| p95 | {percentile(ms, 0.95):.1f} |")
    print(f"| max | {max(ms):.1f} |")
    print(f"| spread of run medians | {min(per_run) * 1000:.1f}–{max(per_run) * 1000:.1f} |")


if __name__ == "__main__":
    main()
