"""The scorer: a pure function of scenario (its answer key), event log and actions -> ScoreSheet."""

# The rules are explained for scenario authors in scenarios/README.md ("How a run is scored").
# Trainees act on track ids; the key names drones. tracks.TrackMap reads from the event log which
# drone each track followed, and "first detection" is a drone's first track (run_facts.Timeline).

from __future__ import annotations

from collections.abc import Mapping, Sequence

from trainer.errors import TrainerError
from trainer.scenario.answer_key import AnswerKey, Incident
from trainer.scenario.model import Scenario
from trainer.scoring import reasons
from trainer.scoring.protocol import Action, ActionKind
from trainer.scoring.run_facts import (
    Interval,
    Timeline,
    effective_actions,
    in_order,
    runway_intervals,
)
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet
from trainer.scoring.tracks import TrackMap
from trainer.sim.events import Event

LATE_WINDOWS = 3  # points reach zero this many windows after the window closes


class NoAnswerKey(TrainerError):
    def __init__(self, scenario_id: str) -> None:
        super().__init__(f"scenario {scenario_id!r} has no answer key, so runs cannot be scored")


def timeliness(delay_s: float, window_s: float) -> float:
    """Fraction of the points earned `delay_s` after the clock starts: all of them within the
    window (early counts as on time), then linearly less until none at LATE_WINDOWS windows past
    the window's end (4 x window_s after the clock starts)."""
    late = delay_s - window_s
    if late <= 0:
        return 1.0
    return max(0.0, 1.0 - late / (LATE_WINDOWS * window_s))


def params_match(wanted: Mapping[str, str | list[str]], given: Mapping[str, str]) -> bool:
    return all(
        given.get(name) in ([value] if isinstance(value, str) else value)
        for name, value in wanted.items()
    )


def score(
    scenario: Scenario,
    events: Sequence[Event],
    actions: Sequence[Action],
    *,
    seed: int | None = None,
    run_end_s: float | None = None,
) -> ScoreSheet:
    """Judge a run. `seed` (default: the scenario's) is recorded on the sheet; `run_end_s`
    (default: the scenario's duration) is when a suspension never resumed stops costing."""
    key = scenario.answer_key
    if key is None:
        raise NoAnswerKey(scenario.id)
    end_s = scenario.duration_s if run_end_s is None else run_end_s
    events = list(events)
    tracks = TrackMap((d.id for d in scenario.drones), events)
    judge = _Judge(scenario, key, Timeline(events), tracks, effective_actions(actions), end_s)
    items = judge.items()
    total = round(sum(i.points for i in items), 1)
    maximum = round(sum(i.max_points for i in items), 1)
    percent = 100.0 if maximum <= 0 else round(min(100.0, max(0.0, 100 * total / maximum)), 1)
    suspended_s = sum(i.duration_s for i in judge.intervals)
    return ScoreSheet(
        scenario_id=scenario.id,
        seed=scenario.seed if seed is None else seed,
        items=tuple(items),
        total=total,
        maximum=maximum,
        percent=percent,
        pass_mark_percent=key.pass_percent,
        # A MISSED item is a required action left undone: it fails the run whatever the total.
        passed=percent >= key.pass_percent
        and not any(i.category is ItemCategory.MISSED for i in items),
        disruption_minutes=round(suspended_s / 60, 2),
        disruption_eur=round(suspended_s / 60 * key.disruption.eur_per_minute, 2),
    )


class _Judge:
    """One scoring pass; holds what the separate rules share (which actions already earned)."""

    def __init__(
        self,
        scenario: Scenario,
        key: AnswerKey,
        timeline: Timeline,
        tracks: TrackMap,
        effective: list[Action],
        end_s: float,
    ) -> None:
        self.scenario = scenario
        self.key = key
        self.timeline = timeline
        self.tracks = tracks
        self.effective = effective
        self.intervals = runway_intervals(effective, end_s)
        self.earned: set[int] = set()  # sequences of actions that earned an expected item
        self.authorised = {d.id for d in scenario.drones if d.authorisation is not None}

    def items(self) -> list[ScoreItem]:
        incidents = self.key.incidents
        expected = [self._expected(i) for i in incidents]
        runway = [self._suspension(i) for i in incidents]
        penalties: list[list[ScoreItem]] = [[] for _ in incidents]
        for index, item in self._needless_suspensions():
            penalties[index].append(item)
        for index, item in self._penalised_actions():
            penalties[index].append(item)
        result: list[ScoreItem] = []
        for index, incident in enumerate(incidents):
            result += expected[index] + runway[index]
            result += sorted(penalties[index], key=lambda i: (i.time_s or 0.0, i.action_sequence))
            result += self._order_rules(incident)
        return result

    # -- tracks: trainees act on track ids, the key speaks of drones -------------------------

    def belongs(self, action: Action, incident: Incident) -> bool:
        """Whether an action is about the incident: it names no track (a radio call may serve
        any incident), or one of the incident's drone's tracks (or the drone's own id)."""
        return action.track is None or self.tracks.drone_of(action.track) == incident.drone

    def about(self, action: Action, incident: Incident) -> str:
        """The track an action is about, for a reason: the one it names, else the incident's."""
        if action.track is None:
            return self.tracks.drone_label(incident.drone)
        return self.tracks.label(action.track)

    # -- expected actions ------------------------------------------------------------------

    def _expected(self, incident: Incident) -> list[ScoreItem]:
        items: list[ScoreItem] = []
        used: set[int] = set()
        track = self.tracks.drone_label(incident.drone)
        for expected in incident.expected:
            clock = expected.clock or incident.clock
            label = reasons.clock_label(clock)
            words = reasons.did(expected.kind, track, expected.params)
            start = self.timeline.clock_start(clock, incident.drone)
            if start is None:
                items.append(self._item(0, 0, reasons.not_due(words, label), incident))
                continue
            match = next(
                (
                    a
                    for a in self.effective
                    if a.kind == expected.kind
                    and a.sequence not in used
                    and self.belongs(a, incident)
                    and params_match(expected.params, a.params)
                ),
                None,
            )
            if match is None:
                reason = reasons.never(expected.points, words, label, start, expected.window_s)
                category = ItemCategory.MISSED if expected.required else ItemCategory.EXPECTED
                items.append(
                    self._item(0, expected.points, reason, incident, category, time_s=start)
                )
                continue
            used.add(match.sequence)
            self.earned.add(match.sequence)
            delay = match.sim_time_s - start  # negative when early; timeliness takes it as on time
            gained = round(expected.points * timeliness(delay, expected.window_s), 1)
            words = reasons.did(match.kind, self.about(match, incident), match.params)
            reason = reasons.timely(gained, expected.points, words, delay, label, expected.window_s)
            items.append(self._item(gained, expected.points, reason, incident, match=match))
        return items

    # -- runway operations -----------------------------------------------------------------

    def _warrant(self, incident: Incident) -> tuple[float, float, float | None] | None:
        """(anticipation start, warranted from, warranted until) of a warranted incident."""
        suspension = incident.suspension
        if not suspension.warranted or suspension.warranted_from is None:
            return None
        start = self.timeline.clock_start(suspension.warranted_from, incident.drone)
        if start is None:
            return None
        until = None
        if suspension.resume is not None:
            until = self.timeline.clock_start(suspension.resume.after, incident.drone)
        return start - (suspension.window_s or 0.0), start, until

    def _suspension(self, incident: Incident) -> list[ScoreItem]:
        suspension = incident.suspension
        if not suspension.warranted or suspension.warranted_from is None:
            return []
        window, of = suspension.window_s or 0.0, suspension.points or 0.0
        label = reasons.clock_label(suspension.warranted_from)
        warrant = self._warrant(incident)
        if warrant is None:
            return [self._item(0, 0, reasons.not_due("runway suspension", label), incident)]
        _, start, until = warrant
        limit = until if until is not None else float("inf")
        covering = [iv for iv in self.intervals if iv.end_s > start and iv.start_s < limit]
        items: list[ScoreItem] = []
        if not covering:
            words = "suspended runway operations"
            category = ItemCategory.MISSED if suspension.required else ItemCategory.EXPECTED
            reason = reasons.never(of, words, label, start, window)
            items.append(self._item(0, of, reason, incident, category, time_s=start))
        else:
            first = covering[0]
            delay = first.start_s - start
            gained = round(of * timeliness(delay, window), 1)
            reason = reasons.timely(gained, of, "suspended runway operations", delay, label, window)
            items.append(self._item(gained, of, reason, incident, match=first.start))
        if suspension.resume is not None:
            items.append(self._resume(incident, covering[-1] if covering else None, until))
        # Reopening while the threat lasts is a safety error, not just a late resume.
        cost = suspension.resume.points if suspension.resume is not None else of
        until_label = reasons.clock_label(suspension.resume.after) if suspension.resume else None
        for early in (iv for iv in covering if iv.end is not None and iv.end_s < limit):
            reason = reasons.early_resume(cost, early.end_s, incident.drone, until_label, until)
            items.append(self._item(-cost, 0, reason, incident, ItemCategory.PENALTY, early.end))
        return items

    def _resume(self, incident: Incident, last: Interval | None, until: float | None) -> ScoreItem:
        """The resume item, judged on the last suspension that covered the warranted time."""
        resume = incident.suspension.resume
        assert resume is not None
        label = reasons.clock_label(resume.after)
        words = "resumed runway operations"
        if until is None:
            return self._item(0, 0, reasons.not_due(words, label), incident)
        if last is not None and last.end is not None and last.end_s >= until:
            delay = last.end_s - until
            gained = round(resume.points * timeliness(delay, resume.window_s), 1)
            reason = reasons.timely(gained, resume.points, words, delay, label, resume.window_s)
            return self._item(gained, resume.points, reason, incident, match=last.end)
        if last is None:
            reason = f"0/{resume.points:g} never {words}: they were never suspended"
        elif last.end is None:
            reason = reasons.never(resume.points, words, label, until, resume.window_s)
        else:
            before = reasons.seconds(until - last.end_s)
            reason = f"0/{resume.points:g} {words} {before} before {label}"
        category = ItemCategory.MISSED if resume.required else ItemCategory.EXPECTED
        return self._item(0, resume.points, reason, incident, category, time_s=until)

    def _needless_suspensions(self) -> list[tuple[int, ScoreItem]]:
        incidents = self.key.incidents
        warrants = [(i, self._warrant(incident)) for i, incident in enumerate(incidents)]
        rate = self.key.disruption.eur_per_minute
        found: list[tuple[int, ScoreItem]] = []
        for iv in self.intervals:
            touching = [
                (i, w)
                for i, w in warrants
                if w is not None and iv.end_s > w[0] and (w[2] is None or iv.start_s < w[2])
            ]
            if touching:
                index, (anticipated, start, _) = min(touching, key=lambda t: t[1][1])
                if iv.start_s >= anticipated:
                    continue  # suspended in time for a warranted threat
                suspension = incidents[index].suspension
                assert suspension.warranted_from is not None
                reason = reasons.premature_suspension(
                    suspension.penalty,
                    start - iv.start_s,
                    reasons.clock_label(suspension.warranted_from),
                    start,
                    min(iv.end_s, start) - iv.start_s,
                    rate,
                )
            else:
                up = [
                    i for i, c in enumerate(incidents) if self.timeline.present(c.drone, iv.start_s)
                ]
                index = up[0] if up else 0
                drone = incidents[index].drone if up else None
                reason = reasons.needless_suspension(
                    incidents[index].suspension.penalty,
                    drone,
                    drone in self.authorised,
                    iv.duration_s,
                    rate,
                )
            penalty = incidents[index].suspension.penalty
            item = self._item(-penalty, 0, reason, incidents[index], ItemCategory.PENALTY, iv.start)
            found.append((index, item))
        return found

    # -- penalised actions and order -------------------------------------------------------

    def _penalised_actions(self) -> list[tuple[int, ScoreItem]]:
        """Each action that earned nothing, against the first penalised entry it matches."""
        found: list[tuple[int, ScoreItem]] = []
        for action in self.effective:
            if action.sequence in self.earned:
                continue
            hit = next(
                (
                    (index, incident, rule)
                    for index, incident in enumerate(self.key.incidents)
                    if self.belongs(action, incident)
                    for rule in incident.penalised
                    if rule.kind == action.kind and params_match(rule.params, action.params)
                ),
                None,
            )
            if hit is None:
                continue
            index, incident, rule = hit
            right = next((e for e in incident.expected if e.kind == action.kind and e.params), None)
            reason = reasons.penalised(
                rule.points,
                reasons.did(action.kind, self.about(action, incident), action.params),
                action.sim_time_s,
                reasons.judged_value(right.params) if right else None,
                rule.reason,
            )
            item = self._item(-rule.points, 0, reason, incident, ItemCategory.PENALTY, action)
            found.append((index, item))
        return found

    def _order_rules(self, incident: Incident) -> list[ScoreItem]:
        items: list[ScoreItem] = []
        for rule in incident.order:
            first = self._first_of(rule.first, incident)
            then = self._first_of(rule.then, incident)
            if first is None or then is None or in_order(then) > in_order(first):
                continue
            reason = reasons.out_of_order(
                rule.points,
                reasons.did(then.kind, self.about(then, incident), then.params),
                then.sim_time_s,
                reasons.did(first.kind, self.about(first, incident), first.params),
                first.sim_time_s,
            )
            items.append(self._item(-rule.points, 0, reason, incident, ItemCategory.ORDER, then))
        return items

    def _first_of(self, kind: ActionKind, incident: Incident) -> Action | None:
        return next(
            (a for a in self.effective if a.kind == kind and self.belongs(a, incident)), None
        )

    @staticmethod
    def _item(
        gained: float,
        of: float,
        reason: str,
        incident: Incident,
        category: ItemCategory = ItemCategory.EXPECTED,
        match: Action | None = None,
        time_s: float | None = None,
    ) -> ScoreItem:
        """An item about `match` (an action) or, without one, about the moment `time_s`."""
        return ScoreItem(
            points=gained,
            max_points=of,
            category=category,
            reason=reason,
            incident=incident.id,
            time_s=match.sim_time_s if match is not None else time_s,
            action_sequence=match.sequence if match is not None else None,
        )
