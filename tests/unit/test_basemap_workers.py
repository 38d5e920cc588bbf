"""The background map's worker threads: bounded, droppable, self-ending, never stopped by a job."""

from __future__ import annotations

import threading
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from trainer.basemap.workers import Workers


def wait_for(condition, timeout_s: float = 5.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.005)
    return condition()


def test_jobs_run_off_the_calling_thread_on_at_most_count_threads() -> None:
    workers = Workers(3, "test")
    seen: set[str] = set()
    done = threading.Semaphore(0)
    release = threading.Event()

    def job() -> None:
        seen.add(threading.current_thread().name)
        release.wait(5)
        done.release()

    for _ in range(10):
        workers.submit(job)
    assert workers.running == 3
    release.set()
    for _ in range(10):
        assert done.acquire(timeout=5)
    assert len(seen) == 3 and threading.current_thread().name not in seen
    assert all(thread.daemon for thread in threading.enumerate() if thread.name in seen)


def test_jobs_not_yet_taken_are_dropped_by_clear() -> None:
    workers = Workers(1, "test")
    started, release = threading.Event(), threading.Event()
    ran: list[int] = []
    workers.submit(lambda: (started.set(), release.wait(5)))
    assert started.wait(5)
    for number in range(5):
        workers.submit(lambda number=number: ran.append(number))
    assert workers.clear() == 5
    release.set()
    workers.submit(lambda: ran.append(99))
    assert wait_for(lambda: ran == [99])


def test_a_failing_job_does_not_stop_its_worker() -> None:
    workers = Workers(1, "test")
    ran: list[str] = []

    def broken() -> None:
        raise RuntimeError("a bad tile")

    workers.submit(broken)
    workers.submit(lambda: ran.append("next"))
    assert wait_for(lambda: ran == ["next"])
    assert workers.running == 1


def test_idle_threads_end_and_new_work_starts_them_again() -> None:
    workers = Workers(2, "test", idle_s=0.05)
    ran: list[int] = []
    workers.submit(lambda: ran.append(1))
    assert wait_for(lambda: ran == [1])
    assert wait_for(lambda: workers.running == 0)
    workers.submit(lambda: ran.append(2))
    assert wait_for(lambda: ran == [1, 2])


@settings(max_examples=examples(20), deadline=None)
@given(pauses=st.lists(st.sampled_from([0.0, 0.001, 0.004]), min_size=1, max_size=30))
def test_no_job_is_lost_while_threads_come_and_go(pauses: list[float]) -> None:
    # Threads end after 2 ms idle: submissions race the ending; every job must still run.
    workers = Workers(2, "test", idle_s=0.002)
    ran: list[int] = []
    lock = threading.Lock()

    def job(number: int) -> None:
        with lock:
            ran.append(number)

    for number, pause in enumerate(pauses):
        workers.submit(lambda number=number: job(number))
        time.sleep(pause)
    assert wait_for(lambda: len(ran) == len(pauses))
    assert sorted(ran) == list(range(len(pauses)))
