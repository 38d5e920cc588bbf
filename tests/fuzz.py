"""Long fuzzing: run the fuzz tests (tests/unit/test_fuzz_*.py) with many examples until time is up.

    python tests/fuzz.py --minutes 10 [--examples 2000]

Each round runs pytest once with FUZZ_EXAMPLES examples per test and a new hypothesis seed, so
every round explores new inputs; a round still running when the time is up is stopped and does
not count as a finding. Prints each round, then every failure with the command that repeats it.
The full output of failed rounds is kept in a log folder named at the end.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FUZZ_TESTS = "tests/unit/test_fuzz_*.py"
FAILED_LINE = re.compile(r"^FAILED (\S+)", re.MULTILINE)
# hypothesis prints the input it shrank a failure to after one of these words
FALSIFYING = re.compile(
    r"^E\s+(?:Falsifying|Failing) (?:explicit )?(?:example|test case):.*?^E\s+\)$", re.M | re.S
)
EXCEPTION_LINE = re.compile(r"^E\s+([\w.]+(?:Error|Exception|Failed)\b.*)$", re.MULTILINE)


@dataclass
class Finding:
    test: str
    seed: int
    examples: int
    exceptions: list[str] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)

    def repeat_command(self) -> str:
        return (
            f"FUZZ_EXAMPLES={self.examples} QT_QPA_PLATFORM=offscreen python -m pytest -q "
            f"-p no:cacheprovider --hypothesis-seed={self.seed} '{self.test}'"
        )


@dataclass
class Round:
    seed: int
    seconds: float
    outcome: str  # "passed", "failed", "cut short" or "error"
    findings: list[Finding]


def fuzz_files() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in ROOT.glob(FUZZ_TESTS))


def run_round(files: list[str], examples: int, seed: int, seconds_left: float, log: Path) -> Round:
    """One pytest run of the fuzz files; stopped (as 'cut short') when the time runs out."""
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        f"--hypothesis-seed={seed}",
        *files,
    ]
    environment = {**os.environ, "FUZZ_EXAMPLES": str(examples), "QT_QPA_PLATFORM": "offscreen"}
    start = time.monotonic()
    # A session of its own, so that stopping it at the deadline stops only what it started.
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        output, _ = process.communicate(timeout=max(seconds_left, 1.0))
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGTERM)
        process.communicate()
        return Round(seed, time.monotonic() - start, "cut short", [])
    seconds = time.monotonic() - start
    if process.returncode == 0:
        return Round(seed, seconds, "passed", [])
    (log / f"round-seed-{seed}.txt").write_text(output, encoding="utf-8")
    findings = [
        Finding(test, seed, examples) for test in dict.fromkeys(FAILED_LINE.findall(output))
    ]
    exceptions = EXCEPTION_LINE.findall(output)
    inputs = [re.sub(r"^E {0,11}", "", block, flags=re.M) for block in FALSIFYING.findall(output)]
    if not findings:  # collection error, crash of pytest itself
        tail = "\n".join(output.splitlines()[-15:])
        return Round(seed, seconds, "error", [Finding(tail, seed, examples)])
    for finding in findings:
        finding.exceptions = exceptions
        finding.inputs = inputs
    return Round(seed, seconds, "failed", findings)


def report(rounds: list[Round], log: Path, files: list[str], examples: int) -> int:
    finished = [r for r in rounds if r.outcome != "cut short"]
    findings = [f for r in rounds for f in r.findings]
    print()
    print(f"fuzzed {', '.join(files)}")
    print(
        f"{len(finished)} full round(s) of {examples} examples per test "
        f"({len(rounds) - len(finished)} cut short at the deadline); "
        f"{sum(r.outcome == 'failed' for r in rounds)} round(s) found failures"
    )
    if not findings:
        print("nothing found: every input was read or refused with the reader's typed error")
        return 0
    seen: set[tuple[str, str]] = set()
    for finding in findings:
        first = finding.exceptions[0] if finding.exceptions else "(see the log)"
        if (finding.test, first) in seen:
            continue  # the same failure again under another seed
        seen.add((finding.test, first))
        print(f"\nFOUND in {finding.test}\n  {first}")
        for text in finding.inputs[:2]:
            print("  " + text.replace("\n", "\n  ")[:1500])
        print(f"  repeat: {finding.repeat_command()}")
    print(f"\nfull output of failed rounds: {log}")
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to fuzz")
    parser.add_argument("--examples", type=int, default=2000, help="examples per test per round")
    arguments = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # rounds show as they end
    files = fuzz_files()
    if not files:
        print(f"no fuzz tests found ({FUZZ_TESTS})")
        return 2
    log = Path(tempfile.mkdtemp(prefix="trainer-fuzz-"))
    deadline = time.monotonic() + arguments.minutes * 60
    seeds = random.SystemRandom()
    rounds: list[Round] = []
    print(f"fuzzing {len(files)} file(s) for {arguments.minutes:g} min, seeds at random")
    while (left := deadline - time.monotonic()) > 1.0:
        seed = seeds.randrange(2**32)
        result = run_round(files, arguments.examples, seed, left, log)
        rounds.append(result)
        print(f"  round {len(rounds)}: seed {seed}, {result.outcome} in {result.seconds:.0f} s")
        if result.outcome == "error":
            break  # the tests themselves do not run; more rounds would say the same
    return report(rounds, log, files, arguments.examples)


if __name__ == "__main__":
    sys.exit(main())
