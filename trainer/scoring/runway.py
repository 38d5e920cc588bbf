"""Runway operations on the score sheet: warranted suspensions, resumes, reopening too early and
needless suspensions, judged on the intervals the trainee's suspend and resume actions made."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from trainer.i18n import Message
from trainer.scoring import reasons
from trainer.scoring.cases import Case
from trainer.scoring.protocol import ActionKind
from trainer.scoring.rules import timeliness
from trainer.scoring.run_facts import Interval, Timeline
from trainer.scoring.sheet import Due, ItemCategory, ScoreItem, scored
from trainer.scoring.tracks import TrackMap

INF = float("inf")


@dataclass(frozen=True)
class Warrant:
    """When a case warrants suspended operations: anticipation may start at `anticipated`,
    the threat starts at `start_s` and lasts until `until_s` (None: to the end of the run)."""

    anticipated_s: float
    start_s: float
    until_s: float | None


def item(
    gained: float,
    of: float,
    reason: Message,
    case: Case,
    category: ItemCategory = ItemCategory.EXPECTED,
    time_s: float | None = None,
    sequence: int | None = None,
    due: Due | None = None,
) -> ScoreItem:
    return scored(gained, of, category, reason, case.incident.id, time_s, sequence, due)


class RunwayJudge:
    def __init__(
        self,
        cases: Sequence[Case],
        timeline: Timeline,
        tracks: TrackMap,
        intervals: Sequence[Interval],
        end_s: float,
        eur_per_minute: float,
        joined_s: float = 0.0,
        running: bool = False,
    ) -> None:
        self.cases = cases
        self.timeline = timeline
        self.tracks = tracks
        self.intervals = intervals
        self.end_s = end_s
        self.rate = eur_per_minute
        self.joined_s = joined_s  # a late class joiner's start (cases open then at the earliest)
        self.running = running  # a live score: what has not happened yet still may

    def warrant(self, case: Case) -> Warrant | None:
        """Nobody can act on a threat before its drone is seen: the warrant (and the room for
        anticipation) starts no earlier than the case opens."""
        suspension = case.incident.suspension
        if not suspension.warranted or suspension.warranted_from is None:
            return None
        start = self.timeline.clock_start(suspension.warranted_from, case.drone)
        if start is None or case.opens_s is None:
            return None
        start = max(start, case.opens_s)
        until = None
        if suspension.resume is not None:
            until = self.timeline.clock_start(suspension.resume.after, case.drone)
            until = None if until is None else max(until, start)
        anticipated = max(start - (suspension.window_s or 0.0), case.opens_s)
        return Warrant(anticipated, start, until)

    # -- a warranted case: suspend in time, resume when it is over -----------------------------

    def case_items(self, case: Case) -> list[ScoreItem]:
        suspension = case.incident.suspension
        if not suspension.warranted or suspension.warranted_from is None:
            return []
        window, of = suspension.window_s or 0.0, suspension.points or 0.0
        label = reasons.clock_label(suspension.warranted_from)
        words = reasons.did(ActionKind.SUSPEND_OPERATIONS, None, {})
        warrant = self.warrant(case)
        if warrant is None:
            if case.opens_s is None:
                return [item(0, 0, reasons.never_seen(words, self.running), case)]
            return [item(0, 0, reasons.not_due(words, label, self.running), case)]
        required = ItemCategory.MISSED if suspension.required else ItemCategory.EXPECTED
        warranted_s = self.timeline.clock_start(suspension.warranted_from, case.drone)
        label = reasons.joined_label(label, warranted_s, warrant.start_s, self.joined_s)
        due = Due(warrant.start_s, window, words)
        if warrant.start_s > self.end_s:
            reason = reasons.ended_before(of, words, self.end_s, label, warrant.start_s)
            ended = [item(0, of, reason, case, required, warrant.start_s, due=due)]
            if suspension.resume is not None:
                resume = suspension.resume
                resume_words = reasons.did(ActionKind.RESUME_OPERATIONS, None, {})
                resume_label = reasons.clock_label(resume.after)
                due_s = warrant.until_s if warrant.until_s is not None else warrant.start_s
                reason = reasons.ended_before(
                    resume.points, resume_words, self.end_s, resume_label, due_s
                )
                category = ItemCategory.MISSED if resume.required else ItemCategory.EXPECTED
                resume_due = (
                    None
                    if warrant.until_s is None
                    else Due(warrant.until_s, resume.window_s, resume_words)
                )
                ended.append(item(0, resume.points, reason, case, category, due_s, due=resume_due))
            return ended
        limit = warrant.until_s if warrant.until_s is not None else INF
        covering = [
            iv for iv in self.intervals if iv.end_s > warrant.start_s and iv.start_s < limit
        ]
        items: list[ScoreItem] = []
        if not covering:
            if self.intervals:  # suspended at some time, but not while this threat lasted
                reason = reasons.not_while_due(of, label, warrant.start_s, window)
            else:
                reason = reasons.never(of, words, label, warrant.start_s, window, self.running)
            items.append(item(0, of, reason, case, required, warrant.start_s, due=due))
        else:
            first = covering[0]
            delay = first.start_s - warrant.start_s
            gained = round(of * timeliness(delay, window), 1)
            reason = reasons.timely(gained, of, words, delay, label, window)
            items.append(item(gained, of, reason, case, time_s=first.start_s,
                              sequence=first.start.sequence, due=due))  # fmt: skip
        early = [iv for iv in covering if iv.end is not None and iv.end_s < limit]
        if suspension.resume is not None:
            resume_item, judged = self._resume(case, warrant, covering)
            items.append(resume_item)
            early = [iv for iv in early if iv is not judged]  # one fault, one deduction
        # Reopening while the threat lasts is a safety error, not just a late resume.
        cost = suspension.resume.points if suspension.resume is not None else of
        until_label = reasons.clock_label(suspension.resume.after) if suspension.resume else None
        about = self.tracks.drone_label(case.drone)
        for iv in early:
            assert iv.end is not None
            reason = reasons.early_resume(cost, iv.end_s, about, until_label, warrant.until_s)
            items.append(item(-cost, 0, reason, case, ItemCategory.PENALTY, iv.end_s,
                              iv.end.sequence))  # fmt: skip
        return items

    def _resume(
        self, case: Case, warrant: Warrant, covering: list[Interval]
    ) -> tuple[ScoreItem, Interval | None]:
        """The resume item, judged on the last suspension that covered the threat, and the
        interval whose early end it already accounts for (if any)."""
        resume = case.incident.suspension.resume
        assert resume is not None
        label = reasons.clock_label(resume.after)
        words = reasons.did(ActionKind.RESUME_OPERATIONS, None, {})
        category = ItemCategory.MISSED if resume.required else ItemCategory.EXPECTED
        until = warrant.until_s
        if until is None:
            return item(0, 0, reasons.not_due(words, label, self.running), case), None
        due = Due(until, resume.window_s, words)
        if until > self.end_s:
            reason = reasons.ended_before(resume.points, words, self.end_s, label, until)
            return item(0, resume.points, reason, case, category, until, due=due), None
        last = covering[-1] if covering else None
        if last is None:
            if self.intervals:
                reason = reasons.resume_not_suspended_when_due(resume.points, words)
            else:
                reason = reasons.resume_never_suspended(resume.points, words, self.running)
            return item(0, resume.points, reason, case, category, until, due=due), None
        if last.end is None:
            reason = reasons.never(
                resume.points, words, label, until, resume.window_s, self.running
            )
            return item(0, resume.points, reason, case, category, until, due=due), None
        if last.end_s >= until:
            delay = last.end_s - until
            gained = round(resume.points * timeliness(delay, resume.window_s), 1)
            reason = reasons.timely(gained, resume.points, words, delay, label, resume.window_s)
            return item(gained, resume.points, reason, case, time_s=last.end_s,
                        sequence=last.end.sequence, due=due), None  # fmt: skip
        about = self.tracks.drone_label(case.drone)
        reason = reasons.resumed_too_early(resume.points, last.end_s, about, label, until)
        return item(0, resume.points, reason, case, category, last.end_s,
                    last.end.sequence, due=due), last  # fmt: skip

    # -- suspensions nothing warranted ---------------------------------------------------------

    def needless(self) -> list[tuple[int, ScoreItem]]:
        """(case index, penalty) for each suspension, or its premature part, that no case
        warranted when it began."""
        warrants = [(i, self.warrant(case)) for i, case in enumerate(self.cases)]
        found: list[tuple[int, ScoreItem]] = []
        for iv in self.intervals:
            touching = [
                (i, w)
                for i, w in warrants
                if w is not None
                and iv.end_s > w.anticipated_s
                and (w.until_s is None or iv.start_s < w.until_s)
            ]
            if touching:
                index, warrant = min(touching, key=lambda t: t[1].start_s)
                if iv.start_s >= warrant.anticipated_s:
                    continue  # suspended in time for a warranted threat
                suspension = self.cases[index].incident.suspension
                assert suspension.warranted_from is not None
                reason = reasons.premature_suspension(
                    suspension.penalty,
                    warrant.start_s - iv.start_s,
                    reasons.clock_label(suspension.warranted_from),
                    warrant.start_s,
                    min(iv.end_s, warrant.start_s) - iv.start_s,
                    self.rate,
                )
            else:
                index, reason = self._unwarranted(iv)
            case = self.cases[index]
            penalty = case.incident.suspension.penalty
            found.append((index, item(-penalty, 0, reason, case, ItemCategory.PENALTY,
                                      iv.start_s, iv.start.sequence)))  # fmt: skip
        return found

    def _unwarranted(self, iv: Interval) -> tuple[int, Message]:
        """The case a needless suspension is booked to (the first one on the trainee's picture
        then), and the reason naming it as the trainee saw it."""
        seen = [
            i
            for i, case in enumerate(self.cases)
            if case.opens_s is not None
            and case.opens_s <= iv.start_s
            and self.timeline.present(case.drone, iv.start_s)
        ]
        index = seen[0] if seen else 0
        about = self.tracks.drone_label(self.cases[index].drone) if seen else None
        authorised = bool(seen) and self.cases[index].authorised
        penalty = self.cases[index].incident.suspension.penalty
        return index, reasons.needless_suspension(
            penalty, about, authorised, iv.duration_s, self.rate
        )
