"""Whole-process CLI benchmark: what a user waits for, from ``plankg …`` to its last line.

    python bench/oneshot.py [--runs 5] [--build-dir DIR] [--baseline "python bench/baseline_bm25.py"]

Each command runs as a fresh process, the way a user or a script calls it;
wall time, CPU time (user + system) and peak RSS (``os.wait4``) are the
child's own. CPU time hardly depends on what else the machine runs, so it is
the figure to compare across runs on a shared machine; the load average is
printed with the table. Commands:

* ``ask`` one question the graph answers and one open question (passages);
* ``ask --json --file`` with 40 questions (the dev questions, then our own
  retrieval questions), and the same through the jieba-BM25 baseline
  (``bench/baseline_bm25.py``, a top-passage answerer over the same passages)
  — the ratio of the two is the figure the issue asks for;
* ``search --mode bm25``, ``stats`` and ``sparql``.

The seed is built first (default encoder) if the build folder holds nothing.
Every command runs once unmeasured (Python writes its bytecode cache, the OS
its file cache; bytecode goes to ``bench/out/pycache`` via
``PYTHONPYCACHEPREFIX``, as an installed package would have it), then the
commands run round-robin ``--runs`` times, so load from other work on the
machine falls on all of them alike. Medians are reported. Prints a Markdown
table and writes ``bench/out/cli.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
sys.path[:0] = [str(ROOT), str(BENCH)]

from scale import DEV_QA, wait_child  # noqa: E402

__all__ = ["questions_40", "timed", "main"]

_GRAPH_Q = "何仙观水库的总库容是多少？"
_OPEN_Q = "如何改善营商环境？"
_SPARQL = "SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n) LIMIT 5"


def questions_40() -> list[str]:
    """The dev questions, then our own retrieval questions, 40 in all."""
    rows = DEV_QA.read_text("utf-8").splitlines() + (BENCH / "data" / "retrieval_questions.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line)["q"] for line in rows if line.strip()][:40]


def timed(argv: list[str], *, env: dict[str, str], timeout: float = 300) -> tuple[float, float, float]:
    """Run ``argv`` to completion; (wall seconds, peak RSS MiB, CPU seconds). Raises on failure or timeout."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    status, usage = wait_child(proc, timeout=timeout, what=str(argv), poll=0.005)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{argv} failed: {proc.stderr.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--build-dir", type=Path, default=OUT / "cli-home")
    ap.add_argument("--baseline", default=f"{sys.executable} {BENCH / 'baseline_bm25.py'}",
                    help="Command of the BM25 baseline (takes `ask --json --file F`).")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PLANKG_HOME=str(args.build_dir), PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(OUT / "pycache"),
               HF_HUB_OFFLINE="1")
    env.pop("PLANKG_ENCODER", None)
    plankg = [sys.executable, "-m", "cli"]
    subprocess.run(plankg + ["build"], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    qfile = OUT / "cli-questions.txt"
    qfile.write_text("\n".join(questions_40()) + "\n", "utf-8")
    commands = {
        "ask (graph answer)": plankg + ["ask", _GRAPH_Q],
        "ask (open question)": plankg + ["ask", _OPEN_Q],
        "ask --json --file (40 questions)": plankg + ["ask", "--json", "--file", str(qfile)],
        "baseline: jieba-BM25 top passage, 40 questions": shlex.split(args.baseline) + ["ask", "--json", "--file", str(qfile)],
        "search --mode bm25": plankg + ["search", "--mode", "bm25", "营商环境"],
        "stats": plankg + ["stats"],
        "sparql": plankg + ["sparql", _SPARQL],
    }
    for argv in commands.values():  # bytecode and file caches
        timed(argv, env=env)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    rss: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    load_before = os.getloadavg()
    for _ in range(args.runs):
        for name, argv in commands.items():
            wall, peak, seconds = timed(argv, env=env)
            walls[name].append(wall)
            rss[name].append(peak)
            cpu[name].append(seconds)
    load_after = os.getloadavg()
    baseline = "baseline: jieba-BM25 top passage, 40 questions"
    base, base_cpu = statistics.median(walls[baseline]), statistics.median(cpu[baseline])
    result = {name: {"walls": walls[name], "median": statistics.median(walls[name]), "cpu_median": statistics.median(cpu[name]),
                     "rss_mib": statistics.median(rss[name])} for name in commands}
    (OUT / "cli.json").write_text(json.dumps({"runs": args.runs, "load_average": [load_before, load_after], "commands": result},
                                             ensure_ascii=False, indent=1), "utf-8")
    print(f"| command | median wall s (min–max of {args.runs}) | median CPU s | peak RSS MiB | vs baseline: wall · CPU |")
    print("|---|---|---|---|---|")
    for name, r in result.items():
        print(f"| `{name}` | {r['median']:.2f} ({min(r['walls']):.2f}–{max(r['walls']):.2f}) | {r['cpu_median']:.2f} | "
              f"{r['rss_mib']:.0f} | {r['median'] / base:.2f}× · {r['cpu_median'] / base_cpu:.2f}× |")
    print(f"\nload average (1 min) {load_before[0]:.1f} before, {load_after[0]:.1f} after, on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
