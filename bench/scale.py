"""Scale benchmark: build time, peak memory, engine load and answer latency at 1, 10, 100 and 1,000 plans.

    python bench/scale.py                       # build, then query, sizes 1 10 100
    python bench/scale.py --sizes 1 10 100 1000 --encoder hash:512
    python bench/scale.py --stage query --runs 5 --profile

A corpus of N plans is the seed plus N-1 synthetic plans (``bench/synth.py``).
All sizes share one build folder (``bench/out/builds/all``), grown in steps:
the step to size N builds the plans after the previous size, in a fresh
subprocess, so its wall time and peak RSS (``os.wait4``) belong to that step
alone; the build time of N plans is the sum of the steps up to N, which shows
directly whether building stays linear. Each size is then loaded by a fresh
subprocess that times ``Engine.from_home`` over the first N plans and answers
a fixed question set:

* ``dev``: the dev questions as written (about the seed), unscoped;
* ``scoped``: the same questions with ``plan=<seed>``;
* ``synth``: the dev questions reworded for synth-001 (``synth.map_question``),
  unscoped (only when that plan is in the corpus);
* ``spread``: one question about each of up to :data:`SPREAD` other plans, more
  than a PlanSet keeps loaded;
* ``cold``: :data:`COLD` questions per pass about plans no earlier question
  touched — every pass asks about other plans, so each answer loads its plan's
  engine (only when the corpus has plans enough for every pass).

One warm-up pass, then ``--runs`` timed passes; median and p95 are over every
timed answer. Ratios are against the 1-plan row of the same run; the growth
exponent *k* in t ∝ N^k is read between 10 and 100 plans. ``--profile`` adds a
cProfile of loading and of one answering pass at the largest size
(``bench/out/profile-*.txt``). Results: ``bench/out/scale.json`` and a
Markdown table on stdout (also ``bench/out/scale.md``).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
sys.path[:0] = [str(ROOT), str(BENCH)]

from bench.kit import shared_dir  # noqa: E402

DEV_QA = shared_dir() / "eval" / "dev_qa.jsonl"

__all__ = ["question_set", "percentile", "wait_child", "run_child", "main"]

_SEED_ID = "lingling-14th-five-year-plan"
#: Plans the ``spread`` questions visit (one question each), beyond what a PlanSet caches (qa.planset.CACHED_PLANS).
SPREAD = 40
#: Questions per pass about plans not asked about before (the ``cold`` group).
COLD = 12


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..1) of ``values``.

    Examples
    --------
    >>> percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)
    10
    >>> percentile([3, 1, 2], 0.5)
    2
    """
    s = sorted(values)
    return s[max(0, math.ceil(q * len(s)) - 1)]


def question_set(plans: int, runs: int = 0) -> list[dict]:
    """The fixed questions for a corpus of ``plans`` plans: ``{"q", "plan", "group"}`` rows.

    ``cold`` rows also carry ``"pass"``: asked only in that pass (0: the warm-up, then 1..``runs``).
    """
    from kg.ingest.read import read_source
    from synth import SEED, map_question, synthesise

    dev = [json.loads(line)["q"] for line in DEV_QA.read_text("utf-8").splitlines() if line.strip()]
    rows = [{"q": q, "plan": None, "group": "dev"} for q in dev]
    rows += [{"q": q, "plan": _SEED_ID, "group": "scoped"} for q in dev]
    if plans >= 2:
        seed = read_source(SEED).text
        s1 = synthesise(seed, 1)
        rows += [{"q": map_question(q, s1), "plan": None, "group": "synth"} for q in dev]
        # One question about each of up to SPREAD other plans: more plans than a PlanSet keeps loaded.
        spread = dev[2]  # 何仙观水库的总库容是多少？ — a project every synthetic plan renames
        rows += [{"q": map_question(spread, synthesise(seed, n)), "plan": None, "group": "spread"}
                 for n in range(2, min(plans, SPREAD + 2))]
        first = SPREAD + 2
        if plans >= first + (runs + 1) * COLD:
            rows += [{"q": map_question(spread, synthesise(seed, first + i * COLD + j)), "plan": None, "group": "cold",
                      "pass": i} for i in range(runs + 1) for j in range(COLD)]
    return rows


def _corpus(n: int, *, synth_dir: Path) -> list[Path]:
    from synth import SEED, write_plans

    return [SEED, *write_plans(n - 1, synth_dir)] if n > 1 else [SEED]


# ----------------------------------------------------------------- children


def _rss_kib() -> dict[str, int]:
    status = Path("/proc/self/status").read_text()
    return {k: int(line.split()[1]) for line in status.splitlines() for k in ("VmRSS", "VmHWM") if line.startswith(k + ":")}


def _child_build(home: Path, paths: list[str], encoder: str | None) -> dict:
    from pipeline import build_plans

    t0 = time.perf_counter()
    reports = build_plans(paths, home=home, encoder=encoder, force=True)
    total = time.perf_counter() - t0
    return {
        "seconds": total,
        "per_plan": [r.seconds for r in reports],
        "triples": sum(r.build.manifest["counts"]["triples"] for r in reports),
        "passages": sum(r.build.manifest["counts"]["passages"] for r in reports),
        "encodings": sorted({r.build.manifest["encoding"] for r in reports}),
    }


def _child_catalogue(home: Path, plans: list[str]) -> dict:
    # Builds made before catalogues existed get them here, as `plankg build` now writes them.
    from kg.store.buildfolder import current_build
    from qa.index.catalogue import CATALOGUE_FILE, load_catalogue

    t0 = time.perf_counter()
    derived = 0
    for p in plans:
        b = current_build(home, p)
        derived += not (b.dir / CATALOGUE_FILE).exists()
        load_catalogue(b)
    return {"seconds": time.perf_counter() - t0, "derived": derived}


def _child_query(home: Path, plans: list[str], questions: list[dict], runs: int) -> dict:
    from kg.errors import KGQAError
    from qa.engine import Engine

    load_avg = [os.getloadavg()[0]]
    rss0 = _rss_kib()["VmRSS"]
    t0 = time.perf_counter()
    engine = Engine.from_home(home, plans=plans)
    load = time.perf_counter() - t0
    # Before any question: how much the start-up read (a PlanSet has not loaded any plan yet).
    mode = type(engine).__name__
    rss_loaded = _rss_kib()["VmRSS"]

    def ask(row: dict) -> tuple[float, bool, str | None]:
        t = time.perf_counter()
        try:
            a = engine.ask(row["q"], plan=row["plan"])
            ok, plan = a.found, (a.citations[0].plan if a.citations else None)
        except KGQAError:
            ok, plan = False, None
        return time.perf_counter() - t, ok, plan

    def in_pass(n: int) -> list[dict]:
        return [r for r in questions if r.get("pass", n) == n]

    warm = in_pass(0)
    first = [ask(r) for r in warm]  # warm-up pass, not counted
    times: dict[str, list[float]] = {}
    for n in range(1, runs + 1):
        for r in in_pass(n):
            times.setdefault(r["group"], []).append(ask(r)[0])
    load_avg.append(os.getloadavg()[0])
    return {
        "plans": len(engine.plan_ids),
        "mode": mode,
        "load_average": load_avg,
        "rss_end_mib": _rss_kib()["VmRSS"] / 1024,
        "load_seconds": load,
        "rss_before_load_mib": rss0 / 1024,
        "rss_loaded_mib": rss_loaded / 1024,
        "rss_peak_mib": _rss_kib()["VmHWM"] / 1024,
        # From the manifests: reading engine.graph would load the rdflib graph the engine keeps lazy.
        "triples": sum(b.manifest["counts"]["triples"] for b in engine.builds),
        "passages": sum(b.manifest["counts"]["passages"] for b in engine.builds),
        "loaded_at_end": [list(k) for k in getattr(engine, "loaded", [])],
        "first_pass_seconds": [t for t, _, _ in first],
        "found": {g: sum(ok for (_, ok, _), r in zip(first, warm) if r["group"] == g) for g in times},
        "cited_plans": {g: sorted({p for (_, _, p), r in zip(first, warm) if r["group"] == g and p}) for g in times},
        "times": times,
    }


def _child_profile(home: Path, plans: list[str], questions: list[dict], out: Path) -> dict:
    import cProfile
    import io
    import pstats

    from qa.engine import Engine

    def dump(prof: cProfile.Profile, path: Path) -> None:
        buf = io.StringIO()
        st = pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("cumulative")
        st.print_stats(40)
        st.sort_stats("tottime").print_stats(25)
        path.write_text(buf.getvalue(), "utf-8")

    prof = cProfile.Profile()
    engine = prof.runcall(Engine.from_home, home, plans=plans)
    dump(prof, out.with_name(out.name + "-load.txt"))
    for r in questions:  # warm-up, as in the timed child
        engine.ask(r["q"], plan=r["plan"])
    prof = cProfile.Profile()
    prof.enable()
    for r in questions:
        engine.ask(r["q"], plan=r["plan"])
    prof.disable()
    dump(prof, out.with_name(out.name + "-ask.txt"))
    # Slowest questions, one pass, so the profile can be read against them.
    slow = []
    for r in questions:
        t = time.perf_counter()
        engine.ask(r["q"], plan=r["plan"])
        slow.append((time.perf_counter() - t, r["q"], r["plan"]))
    return {"slowest": sorted(slow, reverse=True)[:8]}


def _child(argv: list[str]) -> None:
    job = json.loads(Path(argv[0]).read_text("utf-8"))
    home = Path(job["home"])
    if job["kind"] == "build":
        result = _child_build(home, job["paths"], job.get("encoder"))
    elif job["kind"] == "catalogue":
        result = _child_catalogue(home, job["plans"])
    elif job["kind"] == "query":
        result = _child_query(home, job["plans"], job["questions"], job["runs"])
    else:
        result = _child_profile(home, job["plans"], job["questions"], Path(job["out"]))
    print(json.dumps(result))


# ----------------------------------------------------------------- parent


def wait_child(proc: subprocess.Popen, *, timeout: float, what: str, poll: float = 0.5) -> tuple[int, Any]:
    """Wait for ``proc`` at most ``timeout`` seconds (then kill it and raise TimeoutError).

    Returns its wait status and its own resource usage (``os.wait4``: peak RSS of that child alone).
    """
    deadline = time.monotonic() + timeout
    while True:  # poll so the wait is bounded
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            return status, usage
        if time.monotonic() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            raise TimeoutError(f"{what} ran over {timeout:.0f} s")
        time.sleep(poll)


def run_child(job: dict, *, timeout: float, log: Path) -> tuple[dict, float, float]:
    """Run one job in a fresh Python; return (its JSON result, wall seconds, peak RSS in MiB)."""
    job_file = log.with_suffix(".job.json")
    job_file.write_text(json.dumps(job, ensure_ascii=False), "utf-8")
    with open(log, "w") as err, open(log.with_suffix(".stdout"), "w+") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", str(job_file)],
            stdout=out, stderr=err, cwd=ROOT,
        )
        status, usage = wait_child(proc, timeout=timeout, what=f"{job['kind']} job (see {log})")
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise RuntimeError(f"{job['kind']} job failed (exit {proc.returncode}); see {log}")
        out.seek(0)
        result = json.loads(out.read().strip().splitlines()[-1])
    return result, wall, usage.ru_maxrss / 1024


def _build_step(home: Path, paths: list[str], args: argparse.Namespace, *, log: Path) -> tuple[dict, float, float]:
    """Build ``paths`` in ``args.jobs`` concurrent children (contiguous slices); wall of the step, peak RSS of one child."""
    from concurrent.futures import ThreadPoolExecutor

    jobs = max(1, min(args.jobs, len(paths)))
    slices = [paths[i * len(paths) // jobs:(i + 1) * len(paths) // jobs] for i in range(jobs)]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        done = list(pool.map(
            lambda ip: run_child({"kind": "build", "home": str(home), "paths": ip[1], "encoder": args.encoder},
                                 timeout=args.timeout, log=log.with_name(f"{log.stem}-j{ip[0]}.log")),
            enumerate(slices)))
    wall = time.perf_counter() - t0
    res = {"seconds": wall, "jobs": jobs, "per_plan": [s for r, _, _ in done for s in r["per_plan"]],
           "triples": sum(r["triples"] for r, _, _ in done), "passages": sum(r["passages"] for r, _, _ in done),
           "encodings": sorted({e for r, _, _ in done for e in r["encodings"]})}
    return res, wall, max(rss for _, _, rss in done)


def _load(path: Path) -> dict:
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def _save(path: Path, data: dict) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    os.replace(tmp, path)


def _exponent(a: float, b: float, na: int, nb: int) -> float | None:
    return math.log(b / a) / math.log(nb / na) if a > 0 and b > 0 and nb != na else None


def _ms(values: list[float] | None) -> str:
    return f"{statistics.median(values) * 1000:.1f} / {percentile(values, 0.95) * 1000:.1f}" if values else "–"


def _table(data: dict, sizes: list[int]) -> str:
    builds, queries, cats = data.get("builds", {}), data.get("queries", {}), data.get("catalogues", {})
    base_b, base_q = builds.get("1"), queries.get("1")
    lines = [
        "| plans | engine | build s | s/plan (median) | catalogues s | build peak RSS MiB | ready s | RSS ready MiB | "
        "peak RSS MiB | dev+scoped median / p95 ms | synth median / p95 ms | spread median / p95 ms | "
        "cold plan median / p95 ms | found dev·scoped·synth·cold | load avg |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]

    def ratio(v: float, base: float | None) -> str:
        return f" ({v / base:.1f}×)" if base else ""

    for n in sizes:
        b, q, c = builds.get(str(n)), queries.get(str(n)), cats.get(str(n))
        cells = [str(n), (q or {}).get("mode", "–")]
        if b:
            cells += [f"{b['wall']:.0f}{ratio(b['wall'], base_b and base_b['wall'])}",
                      f"{statistics.median(b['per_plan']):.1f}"]
        else:
            cells += ["–"] * 2
        cells.append(f"{c['seconds']:.1f} ({c['derived']} new)" if c else "–")
        cells.append(f"{b['peak_rss_mib']:.0f}" if b else "–")
        if q:
            t = q["times"]
            common = t["dev"] + t["scoped"]
            found = q["found"]
            cells += [
                f"{q['load_seconds']:.2f}{ratio(q['load_seconds'], base_q and base_q['load_seconds'])}",
                f"{q['rss_loaded_mib']:.0f}{ratio(q['rss_loaded_mib'], base_q and base_q['rss_loaded_mib'])}",
                f"{q['rss_peak_mib']:.0f}",
                _ms(common), _ms(t.get("synth")), _ms(t.get("spread")), _ms(t.get("cold")),
                "·".join(str(found.get(g, "–")) for g in ("dev", "scoped", "synth", "cold")),
                "–".join(f"{x:.1f}" for x in q.get("load_average", [])),
            ]
        else:
            cells += ["–"] * 9
        lines.append("| " + " | ".join(cells) + " |")
    both = [n for n in sizes if n >= 10 and str(n) in builds and str(n) in queries]
    if len(both) >= 2:
        lo, hi = both[-2], both[-1]
        bl, bh, ql, qh = builds[str(lo)], builds[str(hi)], queries[str(lo)], queries[str(hi)]
        growth = [f"build time ∝ N^{_exponent(bl['wall'], bh['wall'], lo, hi):.2f}"]
        for name, key in (("ready", "load_seconds"), ("RSS ready", "rss_loaded_mib")):
            growth.append(f"{name} ∝ N^{_exponent(ql[key], qh[key], lo, hi):.2f}")
        lines.append("")
        lines.append(f"Growth between {lo} and {hi} plans: " + "; ".join(growth) + ".")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        _child(sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--stage", choices=["build", "query", "all"], default="all")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--encoder", default=None, help="Default: the project's default encoder (honest figures).")
    ap.add_argument("--profile", action="store_true", help="Also profile loading and answering at the largest size.")
    ap.add_argument("--out", type=Path, default=OUT, help="Where builds, logs and results go.")
    ap.add_argument("--start", type=int, default=0,
                    help="The first START plans are already built in the folder (by an earlier run): grow from there.")
    ap.add_argument("--jobs", type=int, default=1,
                    help="Build each step in this many concurrent processes (the step's wall time is then shared).")
    ap.add_argument("--timeout", type=float, default=3 * 3600, help="Seconds allowed per step.")
    args = ap.parse_args()
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    result_path = out / "scale.json"
    data = _load(result_path)
    data["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
    from kg.ingest.parse import plan_id_from_path

    home = out / "builds" / "all"
    corpus = _corpus(max(args.sizes), synth_dir=OUT / "synth")
    ids = [plan_id_from_path(p) for p in corpus]
    previous, built_seconds = args.start, data.get("builds", {}).get(str(args.start), {}).get("wall", 0.0)
    for n in sorted(x for x in args.sizes if x > args.start):
        if args.stage in ("build", "all"):
            paths = [str(p) for p in corpus[previous:n]]
            res, wall, rss = _build_step(home, paths, args, log=out / f"build-n{n}.log")
            built_seconds += wall
            data.setdefault("builds", {})[str(n)] = {**res, "step_wall": wall, "wall": built_seconds,
                                                     "peak_rss_mib": rss, "encoder": args.encoder}
            _save(result_path, data)
            print(f"built plans {previous + 1}–{n} in {wall:.0f} s ({built_seconds:.0f} s in all), "
                  f"peak RSS {rss:.0f} MiB", file=sys.stderr)
        previous = n
        if args.stage in ("query", "all"):
            # Only published plans (a build still running has published some of each slice): N is what exists.
            served = [i for i in ids if (home / "plans" / i / "current").is_symlink()][:n]
            if len(served) < n:
                print(f"only {len(served)} of {n} plans are built: querying those", file=sys.stderr)
                n = len(served)
            res, _, _ = run_child({"kind": "catalogue", "home": str(home), "plans": served},
                                  timeout=args.timeout, log=out / f"catalogue-n{n}.log")
            data.setdefault("catalogues", {})[str(n)] = res
            questions = question_set(n, args.runs)
            job = {"kind": "query", "home": str(home), "plans": served, "questions": questions, "runs": args.runs}
            res, wall, rss = run_child(job, timeout=args.timeout, log=out / f"query-n{n}.log")
            data.setdefault("queries", {})[str(n)] = {**res, "wall": wall, "peak_rss_mib": rss}
            _save(result_path, data)
            print(f"queried {n} plans: load {res['load_seconds']:.1f} s, RSS {res['rss_loaded_mib']:.0f} MiB", file=sys.stderr)
    if args.profile and args.stage in ("query", "all"):
        n = max(args.sizes)
        job = {"kind": "profile", "home": str(home), "plans": ids[:n],
               "questions": question_set(n), "out": str(out / f"profile-n{n}")}
        res, _, _ = run_child(job, timeout=args.timeout, log=out / f"profile-n{n}.log")
        data.setdefault("profiles", {})[str(n)] = res
        _save(result_path, data)
    table = _table(data, sorted(int(k) for k in data.get("builds", {}) | data.get("queries", {})))
    (out / "scale.md").write_text(table + "\n", "utf-8")
    print(table)


if __name__ == "__main__":
    main()
