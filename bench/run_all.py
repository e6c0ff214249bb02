"""Run the benchmarks one after another (what `make bench` does); each prints its own tables.

    python bench/run_all.py [--only NAME ...] [--list]

Each benchmark runs as a fresh process with its defaults, so its timings are its own; the
figures for docs/benchmarks.md are read off their output (median of several runs, ratios
against a baseline measured in the same run, load average printed). The 100- and 1,000-plan
scale steps take hours and are run by hand (``bench/scale.py --sizes 1 10 100 1000``).
Exits non-zero when any benchmark failed, after running the rest.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
CLI_HOME = BENCH / "out" / "cli-home"

#: name → arguments after the script; in this order (oneshot builds the seed that compare_load reads).
BENCHMARKS: dict[str, list[str]] = {
    "retrieval_eval": [],
    "answer_latency": [],
    "oneshot": ["--build-dir", str(CLI_HOME)],
    "compare_load": ["--home", str(CLI_HOME)],
    "measure_matching": [],
    "shacl": [],
    "scale": ["--sizes", "1", "10"],
    "load": [],
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", choices=list(BENCHMARKS), help="run these benchmarks only")
    ap.add_argument("--list", action="store_true", help="print the commands and stop")
    a = ap.parse_args(argv)
    failed = []
    for name, args in BENCHMARKS.items():
        if a.only and name not in a.only:
            continue
        cmd = [sys.executable, str(BENCH / f"{name}.py"), *args]
        print(f"\n## {name}: {' '.join(cmd[1:])}", flush=True)
        if a.list:
            continue
        start = time.monotonic()
        rc = subprocess.call(cmd, cwd=BENCH.parent)
        load = os.getloadavg()[0]
        print(f"## {name}: exit {rc} after {time.monotonic() - start:.0f} s (load {load:.1f})", flush=True)
        if rc:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
