"""The station's outbox file after a crash: a last line cut off inside a letter (a name in an
action's parameters) is skipped, and what was whole is still sent."""

from __future__ import annotations

import json
from pathlib import Path

from trainer.classroom.station import Outbox
from trainer.scoring.protocol import ActionKind


def test_a_line_torn_inside_a_letter_is_skipped(tmp_path: Path) -> None:
    whole = {"seq": 1, "kind": ActionKind.CLOSE_INCIDENT.value, "sim_time_s": 12.0, "track": None,
             "params": {"log": "Zoë heeft de drone gemeld"}}  # fmt: skip
    torn = json.dumps({**whole, "seq": 2}, ensure_ascii=False).encode("utf-8")
    cut = torn[: torn.index("ë".encode()) + 1]  # the first of ë's two bytes
    path = tmp_path / "outbox.jsonl"
    path.write_bytes(json.dumps(whole, ensure_ascii=False).encode("utf-8") + b"\n" + cut)
    outbox = Outbox(path)
    assert sorted(outbox.waiting) == [1]
    assert outbox.waiting[1].params == {"log": "Zoë heeft de drone gemeld"}
