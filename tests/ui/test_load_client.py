"""The load test's light client (``bench/load.py``) speaks the running app's HTTP API as a page does."""
from __future__ import annotations

import asyncio
import importlib.util
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PARK = "新材料百亿产业园"


def _bench_load():
    """``bench/load.py`` as a module (it puts ``bench/`` on the path for its own imports)."""
    spec = importlib.util.spec_from_file_location("plankg_bench_load", ROOT / "bench" / "load.py")
    module = sys.modules.setdefault(spec.name, importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


def _in_thread(fn, *args, **kwargs):
    """``fn`` run in a thread of its own: the browser tests leave an event loop running in this one."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn, *args, **kwargs).result()


def test_a_light_session_opens_like_a_page_and_keeps_its_own_history(app_url):
    import httpx

    load = _bench_load()

    async def talk() -> tuple[list, list]:
        async with httpx.AsyncClient(base_url=app_url, timeout=60, trust_env=False) as http:
            config = (await http.get("config")).json()
            chat, loads = load.app_events(config)
            assert not chat.queued and loads  # chat answers skip the queue; the page refreshes its plan list
            one, other = (load.LightSession(http, config["api_prefix"], chat, loads) for _ in range(2))
            assert await one.open() is None and await other.open() is None
            assert await one.ask(f"{PARK}有哪些项目？") == (True, None)
            assert await other.ask("何仙观水库的总库容是多少？") == (True, None)
            assert await one.ask("它在规划的哪一篇？") == (True, None)  # resolved against this session's history only
            return one.history, other.history

    one, other = _in_thread(asyncio.run, talk())
    assert len(one) == 4 and len(other) == 2
    assert PARK in str(one[-1]["content"])  # the follow-up was understood as a question about the park


def test_run_sessions_counts_answers_and_cpu(app_url):
    load = _bench_load()
    result = _in_thread(load.run_sessions, app_url, sessions=3, turns=2, questions=["本规划有几篇？", f"{PARK}有哪些项目？"],
                        timeout=60, deadline=120)
    assert result["errors"] == [] and len(result["seconds"]) == 6 and len(result["open_seconds"]) == 3
    assert result["client_cpu_seconds"] > 0
