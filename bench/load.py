"""Load test: 20 simultaneous chat sessions against ``plankg serve`` on 127.0.0.1.

    python bench/load.py [--build-dir DIR] [--sessions 20] [--turns 5] [--repeats 3] [--deadline 600]

Starts ``plankg serve`` on a free local port in its own process group against
a prepared build folder (the seed is built there first if nothing is), waits
until the app answers, then runs ``--sessions`` chat sessions at once from one
asyncio process speaking Gradio's queue protocol over httpx (:class:`LightSession`),
each session with its own session hash: every session asks ``--turns``
questions in turn through the chat's submit event, carrying its history, so
follow-ups (「它的…」) resolve against its own earlier questions. Everything is bounded: per-request timeout, an overall
deadline, a fixed number of requests. The server is always stopped at the end.

An error is any request that raises, times out, returns no new assistant
message, or returns the UI's generic failure note; the server log is also
scanned for tracebacks. One unmeasured session warms the server up first (the
first open question loads the encoder once per process; its latencies are
printed apart). A one-session run in the same server is the baseline: the 20-session latencies are also given as a ratio to it (the
difference is queueing). Each configuration runs ``--repeats`` times; latencies
are pooled. Prints a Markdown table and writes ``bench/out/load.json``.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
sys.path[:0] = [str(ROOT), str(BENCH)]

from scale import DEV_QA, percentile  # noqa: E402

__all__ = ["free_port", "Server", "session_questions", "AppEvent", "app_events", "LightSession", "run_sessions", "summarise", "main"]

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
# checks from the server.
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


@dataclass(frozen=True)
class AppEvent:
    """One event of the app as its ``/config`` describes it to the page."""

    fn_index: int
    api_name: str
    trigger: int | None
    queued: bool  # through the queue (join + event stream), or one direct POST
    defaults: list  # input values of a page that just loaded (for the chat: question, history, plan scope)


def app_events(config: dict) -> tuple[AppEvent, list[AppEvent]]:
    """The chat's submit event (Enter in the question box) and the events a page fires when it loads."""
    values = {c["id"]: c.get("props", {}).get("value") for c in config["components"]}
    chat, loads = None, []
    for i, dep in enumerate(config["dependencies"]):
        for target, kind in dep.get("targets", []):
            event = AppEvent(dep.get("id", i), dep.get("api_name") or str(i), target, dep.get("queue") is not False,
                             [values.get(c) for c in dep["inputs"]])
            if kind == "load":
                loads.append(event)
            elif kind == "submit" and chat is None and "chat" in str(dep.get("api_name")):
                chat = event
    if chat is None:
        raise RuntimeError("No chat submit event in the app's config")
    return chat, loads


class LightSession:
    """One browser tab's traffic, spoken to Gradio's HTTP API directly over httpx.

    :meth:`open` fires the events the page fires when it loads; :meth:`ask`
    sends a question with this session's own history (the Chatbot value the
    server returned last, as the page sends it back). A queued event
    (``sse_v3``) is ``POST {api}/queue/join`` and then the session's event
    stream ``GET {api}/queue/data?session_hash=…`` up to that event's
    ``process_completed`` (the server then closes the stream); an event
    outside the queue is one ``POST {api}/run/{api_name}``. ``gradio_client``
    does the same with a thread, a heartbeat and a result queue per session
    and spent 107 ms of CPU per answer against the server's 28 ms, so on a
    shared machine it measured its own load.
    """

    def __init__(self, http, api: str, chat: AppEvent, loads: list[AppEvent]):
        self.http, self.api, self.chat, self.loads = http, api, chat, loads
        self.session_hash = uuid.uuid4().hex[:11]
        self.history: list = []

    async def open(self) -> str | None:
        """Fire the page's load events; an error message, or None."""
        for event in self.loads:
            output = await self._call(event, event.defaults)
            if "error" in output:
                return f"load event {event.api_name}: {output['error']}"[:300]
        return None

    async def ask(self, question: str) -> tuple[bool, str | None]:
        """Ask ``question`` with this session's history; (ok, error). The history grows only on success."""
        scope = self.chat.defaults[2] if len(self.chat.defaults) > 2 else None
        output = await self._call(self.chat, [question, self.history, scope])
        if "error" in output:
            return False, str(output["error"])[:300]
        new_history, _box, status = output["data"]
        reply = new_history[-1] if new_history else {}
        if len(new_history) != len(self.history) + 2 or reply.get("role") != "assistant" or _GENERIC_MARK in str(status):
            return False, f"bad reply: status={str(status)[:200]!r}"
        self.history = new_history
        return True, None

    async def _call(self, event: AppEvent, data: list) -> dict:
        """The event's output, ``{"data": [...]}``, or ``{"error": ...}``."""
        body = {"data": data, "event_data": None, "fn_index": event.fn_index, "trigger_id": event.trigger,
                "session_hash": self.session_hash}
        if not event.queued:
            response = await self.http.post(f"{self.api}/run/{event.api_name}", json=body)
            return response.json() if response.status_code == 200 else {"error": f"HTTP {response.status_code}: {response.text[:200]}"}
        joined = await self.http.post(f"{self.api}/queue/join", json=body)
        joined.raise_for_status()
        event_id = joined.json()["event_id"]
        async with self.http.stream("GET", f"{self.api}/queue/data", params={"session_hash": self.session_hash}) as stream:
            async for line in stream.aiter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("msg") == "unexpected_error":
                    return {"error": f"unexpected_error: {message.get('message')!r}"}
                if message.get("msg") == "process_completed" and message.get("event_id") == event_id:
                    return message["output"] if message.get("success") else {"error": f"failed: {message.get('output')}"}
        return {"error": "stream closed before the answer"}


async def _one_session(session: LightSession, questions: list[str], *, start: asyncio.Event,
                       timeout: float, stop_at: float) -> list[dict]:
    await start.wait()
    records = []
    for q in questions:
        if time.monotonic() > stop_at:
            records.append({"q": q, "ok": False, "error": "deadline", "seconds": 0.0})
            continue
        t = time.perf_counter()
        try:
            ok, error = await asyncio.wait_for(session.ask(q), timeout)
        except Exception as e:  # any failure of the request is a load-test error, recorded
            ok, error = False, repr(e)[:300]
        records.append({"q": q, "ok": ok, "seconds": time.perf_counter() - t, "error": error})
    return records


async def _opened(session: LightSession, timeout: float) -> tuple[float, str | None]:
    t = time.perf_counter()
    try:
        error = await asyncio.wait_for(session.open(), timeout)
    except Exception as e:  # a session that cannot open is an error; it still asks
        error = f"open: {e!r}"[:300]
    return time.perf_counter() - t, error


async def _run_sessions(url: str, *, sessions: int, turns: int, questions: list[str],
                        timeout: float, deadline: float, cpu: Callable[[], float]) -> dict:
    import httpx  # Gradio's own HTTP client, installed with it

    # A queued event holds its session's event stream open while others post: two connections per session.
    limits = httpx.Limits(max_connections=2 * sessions + 2, max_keepalive_connections=2 * sessions + 2)
    async with httpx.AsyncClient(base_url=url, timeout=timeout, limits=limits, trust_env=False) as http:
        config = (await http.get("config")).json()  # one page load's config serves every session
        chat, loads = app_events(config)
        api = config.get("api_prefix", "/gradio_api")
        tabs = [LightSession(http, api, chat, loads) for _ in range(sessions)]
        # The pages load first (as users open the app before they type), then everyone asks at once.
        opened = await asyncio.gather(*(_opened(tab, timeout) for tab in tabs))
        start, stop_at = asyncio.Event(), time.monotonic() + deadline
        tasks = [asyncio.create_task(_one_session(tab, session_questions(i, turns, questions), start=start,
                                                  timeout=timeout, stop_at=stop_at)) for i, tab in enumerate(tabs)]
        cpu0, own0, t0 = cpu(), _own_cpu_seconds(), time.perf_counter()
        start.set()
        per_session = await asyncio.gather(*tasks)
        wall, server_cpu, client_cpu = time.perf_counter() - t0, cpu() - cpu0, _own_cpu_seconds() - own0
    records = [r for s in per_session for r in s]
    return {
        "endpoint": chat.api_name,
        "queued": chat.queued,
        "load_events": [e.api_name for e in loads],
        "sessions": sessions,
        "turns": turns,
        "wall_seconds": wall,
        "open_seconds": [seconds for seconds, _ in opened],
        "server_cpu_seconds": server_cpu,
        "client_cpu_seconds": client_cpu,
        "errors": [error for _, error in opened if error] + [r["error"] for r in records if not r["ok"]],
        "seconds": [r["seconds"] for r in records if r["ok"]],
    }


def run_sessions(url: str, *, sessions: int, turns: int, questions: list[str],
                 timeout: float = 120, deadline: float = 600, cpu: Callable[[], float] = lambda: 0.0) -> dict:
    """Run ``sessions`` concurrent chat sessions of ``turns`` questions; return counts, latencies and CPU.

    Each session first opens as a page does (its load events; ``open_seconds``),
    then all ask at once. ``cpu`` reads the server's CPU seconds; it and this
    process's own are read around the asking only, so they are costs per answer.
    """
    return asyncio.run(_run_sessions(url, sessions=sessions, turns=turns, questions=questions,
                                     timeout=timeout, deadline=deadline, cpu=cpu))


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
        # CPU the server and this load generator spend per answer: where the time goes, whatever else runs.
        "server_cpu_ms_per_answer": 1000 * sum(r["server_cpu_seconds"] for r in runs) / max(1, len(ok)),
        "client_cpu_ms_per_answer": 1000 * sum(r["client_cpu_seconds"] for r in runs) / max(1, len(ok)),
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
    load_before = os.getloadavg()
    with Server(args.build_dir, port=free_port(), log=log, recheck=not args.no_recheck) as server:
        # One unmeasured session first: the first open question loads the encoder, a plan's postings
        # and jieba's words once per process (reported apart, as the first answers' latency).
        warm = run_sessions(server.url, sessions=1, turns=args.turns, questions=questions,
                            timeout=args.timeout, deadline=args.deadline)
        # Baseline, in the same server: one session alone, so the table can show what
        # concurrency costs a request (queueing) against what a request costs by itself.
        rows = []
        for n in (1, args.sessions):
            rows.append(summarise([run_sessions(server.url, sessions=n, turns=args.turns, questions=questions,
                                                timeout=args.timeout, deadline=args.deadline, cpu=server.cpu_seconds)
                                   for _ in range(args.repeats)]))
        ready, config_bytes = server.ready_seconds, server.config_bytes
    tracebacks = log.read_text("utf-8", errors="replace").count("Traceback")
    load_after = os.getloadavg()
    result = {"build_dir": str(args.build_dir), "recheck": not args.no_recheck, "server_ready_seconds": ready,
              "config_bytes": config_bytes, "server_tracebacks": tracebacks, "load_average": [load_before, load_after],
              "warm_up": {"seconds": warm["seconds"], "errors": warm["errors"]}, "configurations": rows}
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    print(_table(rows))
    print(f"\nserver ready after {ready:.0f} s; first answers (warm-up, unmeasured): "
          f"{', '.join(f'{t:.2f}' for t in warm['seconds'])} s; app config {config_bytes / 1e6:.1f} MB; "
          f"tracebacks in the server log: {tracebacks}; load average (1 min) {load_before[0]:.1f} before, "
          f"{load_after[0]:.1f} after, on {os.cpu_count()} cores")
    for r in rows:
        if r["error_samples"]:
            print("errors:", *r["error_samples"], sep="\n  ")
    sys.exit(1 if tracebacks or warm["errors"] or any(r["errors"] for r in rows) else 0)


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
