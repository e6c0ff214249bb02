"""Load test: 20 simultaneous chat sessions against ``plankg serve`` on 127.0.0.1.

    python bench/load.py [--build-dir DIR] [--sessions 20] [--turns 5] [--repeats 3] [--deadline 600]

Starts ``plankg serve`` on a free local port in its own process group against
a prepared build folder (the seed is built there first if nothing is), waits
until the app answers, then runs ``--sessions`` chat sessions at once, each in
its own thread with its own ``gradio_client.Client`` (its own Gradio session):
every session asks ``--turns`` questions in turn through the chat endpoint,
carrying its history, so follow-ups (「它的…」) resolve against its own
earlier questions. Everything is bounded: per-request timeout, an overall
deadline, a fixed number of requests. The server is always stopped at the end.

An error is any request that raises, times out, returns no new assistant
message, or returns the UI's generic failure note; the server log is also
scanned for tracebacks. A one-session run in the same server is the
baseline: the 20-session latencies are also given as a ratio to it (the
difference is queueing). Each configuration runs ``--repeats`` times; latencies
are pooled. Prints a Markdown table and writes ``bench/out/load.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
sys.path[:0] = [str(ROOT), str(BENCH)]

from scale import DEV_QA, percentile  # noqa: E402

__all__ = ["free_port", "Server", "session_questions", "run_sessions", "summarise", "main"]

HOST = "127.0.0.1"
# Follow-ups exercise the per-session history (resolve_follow_up in ui.py).
_FOLLOW_UPS = ("它的总投资是多少？", "它在规划的哪一篇？")
_GENERIC_MARK = "Something went wrong"
# What `plankg serve` runs after its startup re-check of the built plans (which rebuilds
# every stale plan first: a long wait for 100 plans after any code change).
_APP_ONLY = (
    "import sys; from qa.engine import Engine; from ui import build_ui; "
    "build_ui(Engine.from_home(sys.argv[1])).launch(server_name=sys.argv[2], server_port=int(sys.argv[3]), show_error=False)"
)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


# Traffic stays on this machine: no proxy for loopback, and no telemetry or version
# checks from the server or from gradio_client (whose Client phones home unless told).
_LOCAL_ENV = {
    "NO_PROXY": f"{HOST},localhost",
    "no_proxy": f"{HOST},localhost",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_OFFLINE": "1",
}


class Server:
    """``plankg serve`` (or, without ``recheck``, the same app over the builds as they are) in its own
    process group; a context manager that always stops it."""

    def __init__(self, build_dir: Path, *, port: int, log: Path, start_timeout: float = 600, recheck: bool = True):
        self.build_dir, self.port, self.log, self.start_timeout = build_dir, port, log, start_timeout
        self.recheck = recheck
        self.proc: subprocess.Popen | None = None
        self.url = f"http://{HOST}:{port}/"

    def __enter__(self) -> "Server":
        if self.recheck:
            exe = Path(sys.executable).with_name("plankg")
            cmd = [str(exe), "serve", "--build-dir", str(self.build_dir), "--host", HOST, "--port", str(self.port)]
        else:
            cmd = [sys.executable, "-c", _APP_ONLY, str(self.build_dir), HOST, str(self.port)]
        self._log = open(self.log, "w")
        # The checkout goes on the path: the editable install does not list every top-level package.
        path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
        self.proc = subprocess.Popen(cmd, stdout=self._log, stderr=subprocess.STDOUT, cwd=ROOT,
                                     env={**os.environ, **_LOCAL_ENV, "PYTHONPATH": path}, start_new_session=True)
        self.started = time.perf_counter()
        deadline = time.monotonic() + self.start_timeout
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.stop()
                raise RuntimeError(f"plankg serve exited with {self.proc.returncode}; see {self.log}")
            try:
                with opener.open(self.url + "gradio_api/info", timeout=5) as r:
                    if r.status == 200:
                        self.ready_seconds = time.perf_counter() - self.started
                        with opener.open(self.url + "config", timeout=self.start_timeout) as c:
                            self.config_bytes = len(c.read())  # what every new session downloads
                        return self
            except OSError:
                pass
            time.sleep(1)
        self.stop()
        raise TimeoutError(f"plankg serve did not answer within {self.start_timeout:.0f} s; see {self.log}")

    def __exit__(self, *exc) -> None:
        self.stop()

    def cpu_seconds(self) -> float:
        """User + system CPU seconds of the server process so far (all its threads)."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)  # the group: Gradio's worker threads and any children
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=20)
        self._log.close()


def session_questions(session: int, turns: int, questions: list[str]) -> list[str]:
    """The questions session ``session`` asks: a rotation of the dev set, with follow-ups mixed in.

    Examples
    --------
    >>> session_questions(1, 4, ["a", "b", "c"])
    ['b', 'c', '它在规划的哪一篇？', 'a']
    """
    out = []
    for t in range(turns):
        if t % 3 == 2:
            out.append(_FOLLOW_UPS[(session + t) % len(_FOLLOW_UPS)])
        else:
            out.append(questions[(session + t - t // 3) % len(questions)])
    return out


def _client(url: str, *, timeout: float):
    from gradio_client import Client

    # Opening a session downloads the app's config, which grows with the plans served.
    return Client(url, verbose=False, download_files=False, httpx_kwargs={"timeout": timeout})


def _chat_endpoint(client) -> str:
    api = client.view_api(return_format="dict", print_info=False)
    names = [n for n in api.get("named_endpoints", {}) if "chat" in n]
    if not names:
        raise RuntimeError(f"No chat endpoint in the app's API: {sorted(api.get('named_endpoints', {}))}")
    return sorted(names, key=len)[0]


def _one_session(url: str, endpoint: str, questions: list[str], *, start: threading.Barrier,
                 timeout: float, stop_at: float) -> tuple[float | None, list[dict]]:
    t = time.perf_counter()
    try:
        client = _client(url, timeout=timeout)
        opened: float | None = time.perf_counter() - t
    except Exception as e:  # a session that cannot open fails every question it would have asked
        start.abort()
        return None, [{"q": q, "ok": False, "seconds": 0.0, "error": f"open: {e!r}"[:300]} for q in questions]
    history: list = []
    records = []
    try:
        start.wait(timeout=timeout)
    except threading.BrokenBarrierError:
        pass  # another session failed to open, or opened late: ask anyway
    for q in questions:
        if time.monotonic() > stop_at:
            records.append({"q": q, "ok": False, "error": "deadline", "seconds": 0.0})
            continue
        t = time.perf_counter()
        try:
            job = client.submit(q, history, api_name=endpoint)
            new_history, _box, status = job.result(timeout=timeout)
            seconds = time.perf_counter() - t
            reply = new_history[-1] if new_history else {}
            ok = (len(new_history) == len(history) + 2 and reply.get("role") == "assistant"
                  and _GENERIC_MARK not in str(status))
            records.append({"q": q, "ok": ok, "seconds": seconds,
                            "error": None if ok else f"bad reply: status={str(status)[:200]!r}"})
            if ok:
                history = new_history
        except Exception as e:  # any failure of the request is a load-test error, recorded
            records.append({"q": q, "ok": False, "seconds": time.perf_counter() - t, "error": repr(e)[:300]})
    client.close()
    return opened, records


def run_sessions(url: str, *, sessions: int, turns: int, questions: list[str],
                 timeout: float = 120, deadline: float = 600) -> dict:
    """Run ``sessions`` concurrent chat sessions of ``turns`` questions; return counts and latencies."""
    probe = _client(url, timeout=timeout)
    endpoint = _chat_endpoint(probe)
    probe.close()
    barrier = threading.Barrier(sessions)
    stop_at = time.monotonic() + deadline
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=sessions) as pool:
        futures = [
            pool.submit(_one_session, url, endpoint, session_questions(i, turns, questions),
                        start=barrier, timeout=timeout, stop_at=stop_at)
            for i in range(sessions)
        ]
        per_session = [f.result(timeout=deadline + timeout) for f in futures]
    records = [r for _, s in per_session for r in s]
    return {
        "endpoint": endpoint,
        "sessions": sessions,
        "turns": turns,
        "wall_seconds": time.perf_counter() - t0,
        "open_seconds": [o for o, _ in per_session if o is not None],
        "errors": [r["error"] for r in records if not r["ok"]],
        "seconds": [r["seconds"] for r in records if r["ok"]],
    }


def summarise(runs: list[dict]) -> dict:
    """Pool repeated runs of one configuration: request and error counts, latency median/p95/max."""
    ok = [t for r in runs for t in r["seconds"]]
    wall = sum(r["wall_seconds"] for r in runs)
    errors = [e for r in runs for e in r["errors"]]
    return {
        "sessions": runs[0]["sessions"],
        "turns": runs[0]["turns"],
        "repeats": len(runs),
        "requests": len(ok) + len(errors),
        "errors": len(errors),
        "error_samples": errors[:5],
        "answers_per_s": len(ok) / wall if wall else 0.0,
        "median_s": statistics.median(ok) if ok else None,
        "p95_s": percentile(ok, 0.95) if ok else None,
        "max_s": max(ok) if ok else None,
        "run_medians_s": [statistics.median(r["seconds"]) for r in runs if r["seconds"]],
        "session_open_median_s": statistics.median(opens) if (opens := [o for r in runs for o in r["open_seconds"]]) else None,
    }


def _own_cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


def _prepare(build_dir: Path) -> None:
    from kg.store.buildfolder import list_builds
    from pipeline import build_plans

    if not list_builds(build_dir):
        build_plans(home=build_dir)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build-dir", type=Path, default=OUT / "builds" / "n1")
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--turns", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3, help="Runs of each configuration (latencies are pooled).")
    ap.add_argument("--timeout", type=float, default=120, help="Seconds allowed per request.")
    ap.add_argument("--deadline", type=float, default=600, help="Seconds allowed for the whole test.")
    ap.add_argument("--out", type=Path, default=OUT / "load.json")
    ap.add_argument("--no-recheck", action="store_true",
                    help="Serve the builds as they are (the app without `plankg serve`'s startup re-check and rebuild).")
    args = ap.parse_args()
    os.environ.update(_LOCAL_ENV)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    _prepare(args.build_dir)
    questions = [json.loads(l)["q"] for l in DEV_QA.read_text("utf-8").splitlines() if l.strip()]
    log = args.out.with_suffix(".server.log")
    with Server(args.build_dir, port=free_port(), log=log, recheck=not args.no_recheck) as server:
        # Baseline first, in the same server: one session alone, so the table can show what
        # concurrency costs a request (queueing) against what a request costs by itself.
        rows = []
        for n in (1, args.sessions):
            # CPU seconds the server and this load generator spend per answer: where the time goes.
            cpu0, own0 = server.cpu_seconds(), _own_cpu_seconds()
            row = summarise([run_sessions(server.url, sessions=n, turns=args.turns, questions=questions,
                                          timeout=args.timeout, deadline=args.deadline) for _ in range(args.repeats)])
            answers = max(1, row["requests"] - row["errors"])
            row["server_cpu_ms_per_answer"] = 1000 * (server.cpu_seconds() - cpu0) / answers
            row["client_cpu_ms_per_answer"] = 1000 * (_own_cpu_seconds() - own0) / answers
            rows.append(row)
        ready, config_bytes = server.ready_seconds, server.config_bytes
    tracebacks = log.read_text("utf-8", errors="replace").count("Traceback")
    result = {"build_dir": str(args.build_dir), "recheck": not args.no_recheck, "server_ready_seconds": ready,
              "config_bytes": config_bytes, "server_tracebacks": tracebacks, "configurations": rows}
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    print(_table(rows))
    print(f"\nserver ready after {ready:.0f} s; app config {config_bytes / 1e6:.1f} MB; "
          f"tracebacks in the server log: {tracebacks}")
    for r in rows:
        if r["error_samples"]:
            print("errors:", *r["error_samples"], sep="\n  ")
    sys.exit(1 if tracebacks or any(r["errors"] for r in rows) else 0)


def _table(rows: list[dict]) -> str:
    base = rows[0]["median_s"] or float("nan")
    lines = ["| sessions × turns × repeats | requests | errors | answers/s | median s | p95 s | max s | "
             "median vs 1 session | run medians s | session open s | CPU ms/answer server · client |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        med = r["median_s"] or float("nan")
        spread = "–".join(f"{m:.2f}" for m in (min(r["run_medians_s"]), max(r["run_medians_s"]))) if r["run_medians_s"] else "–"
        lines.append(
            f"| {r['sessions']} × {r['turns']} × {r['repeats']} | {r['requests']} | {r['errors']} | "
            f"{r['answers_per_s']:.2f} | {med:.2f} | {r['p95_s'] or float('nan'):.2f} | "
            f"{r['max_s'] or float('nan'):.2f} | {med / base:.1f}× | {spread} | {r['session_open_median_s'] or float('nan'):.2f} | "
            f"{r['server_cpu_ms_per_answer']:.0f} · {r['client_cpu_ms_per_answer']:.0f} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
