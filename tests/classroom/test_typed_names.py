"""Whatever a trainee types as their name, the console takes it as one clean line: on its
dashboard, in its questions, on the roster and on the record."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.classroom.conftest import Class
from tests.conftest import examples
from trainer.classroom.station import StationLink
from trainer.text import single_line

BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_any_typed_name_joins_as_one_clean_line(a_class: Callable[..., Class]) -> None:
    group = a_class()
    console = group.console
    console.start()  # a run is started on joining: each name reaches the roster and record

    @settings(max_examples=examples(40), deadline=None)
    @given(st.text(max_size=120) | st.sampled_from(["\u202e", "<b>x</b>\n\u202eevil", " \t\n "]))
    def joins(typed: str) -> None:
        link = StationLink(group.endpoint, console.code, typed, outbox=None)
        try:
            group.pump_until(lambda: bool(link.pump()) or link.joined or link.refused is not None)
            if link.refused is not None:  # the same name as a station still in the class
                assert link.refusal is not None and link.refusal.key == "name_taken"
                return
            station = console.stations[link.station_id]
            name = station.trainee
            assert name == (single_line(typed) or name)  # a blank name: "anonymous trainee"
            assert name.strip() and "\n" not in name and "\t" not in name
            assert not BIDI_CONTROLS & set(name)
            assert not any(unicodedata.category(c) == "Cc" for c in name)
            assert station.run_id is not None
            trainee = group.repository.run(station.run_id).trainee_id
            assert group.repository.trainee(trainee or 0).name == name
        finally:
            link.close()

    joins()
