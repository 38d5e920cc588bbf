"""What an item added in the editor's forms starts with (trainer/ui/editor/new_items.py)."""

from __future__ import annotations

from trainer.ui.editor.new_items import filled_in

SITE = (52.27583, 6.88917)


def test_an_id_of_its_own_the_first_drone_and_the_site_for_nowhere() -> None:
    item = {"id": "", "drone": "", "start": {"lat": -90, "lon": -180, "alt_agl_m": 20}}
    done = filled_in(item, "birds", ["flock-1", "flock-3"], ["hobby-1", "hobby-2"], SITE)
    assert done == {
        "id": "flock-2",
        "drone": "hobby-1",
        "start": {"lat": SITE[0], "lon": SITE[1], "alt_agl_m": 20},
    }


def test_what_has_a_value_is_left_alone() -> None:
    item = {"id": "mine", "drone": "x", "centre": {"lat": 52.3, "lon": 6.9}, "kind": "circuit"}
    assert filled_in(dict(item), "manned", ["mine"], ["hobby-1"], SITE) == item
    assert filled_in({"drone": ""}, "events", [], [], None) == {"drone": ""}  # no drone yet
    assert filled_in({"id": ""}, "sightings", [], [], None) == {"id": "sightings-1"}
