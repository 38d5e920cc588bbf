"""Trainees in the training record: added, found, renamed, retired and merged.

Nothing about a trainee is ever deleted: their runs are the record. A retired trainee keeps
their history and is offered in no pick list; a merge moves one trainee's runs to another
and retires the one merged away (the usual fix for a name typed twice, or two imports).
"""

from __future__ import annotations

from trainer.i18n import Message, msg
from trainer.records import rows
from trainer.records.models import TraineeRecord
from trainer.records.rows import short as _short
from trainer.records.store import Store, new_id

_ACTIVE = "retired_utc IS NULL"


class TraineeStore(Store):
    """The trainee part of the Repository (which supplies the clock)."""

    def _now_stamp(self) -> str:
        raise NotImplementedError  # the Repository's clock

    def add_trainee(
        self, name: str, external_id: str | None = None, group: str | None = None
    ) -> int:
        """A new trainee; the name is stored exactly as typed. Returns the trainee id."""
        doing = msg("records.doing.add_trainee", name=_short(name))
        if not name.strip():
            raise self._error(msg("records.doing.add_a_trainee"), msg("records.name_empty"))
        with self._sql(doing), self._transaction(doing):
            if external_id:
                self._refuse_used_id(external_id, None, doing)
            cursor = self._db.execute(
                "INSERT INTO trainees (name, external_id, group_name, created_utc) "
                "VALUES (?, ?, ?, ?)",
                [name, external_id or None, group or None, self._now_stamp()],
            )
        return new_id(cursor)

    def trainee(self, trainee_id: int) -> TraineeRecord:
        doing = msg("records.doing.read_trainee", trainee=trainee_id)
        with self._sql(doing):
            return rows.trainee(self._require("trainees", trainee_id, doing))

    def trainees(self, *, include_retired: bool = False) -> list[TraineeRecord]:
        """The trainees, by name: those still training, or everyone who ever was."""
        where = "" if include_retired else f"WHERE {_ACTIVE} "
        with self._sql(msg("records.doing.list_trainees")):
            found = self._all(f"SELECT * FROM trainees {where}ORDER BY name, id")
            return [rows.trainee(row) for row in found]

    def find_trainee(self, name: str) -> TraineeRecord | None:
        """The trainee still training with exactly this name; None if there is none, an error
        if several (rename, merge or retire them in the roster to tell them apart)."""
        doing = msg("records.doing.find_trainee", name=_short(name))
        with self._sql(doing):
            found = self._all(
                f"SELECT * FROM trainees WHERE name = ? AND {_ACTIVE} ORDER BY id", [name]
            )
        if len(found) > 1:
            ids = ", ".join(str(row["id"]) for row in found)
            raise self._error(doing, msg("records.name_shared", count=len(found), ids=ids))
        return rows.trainee(found[0]) if found else None

    def update_trainee(
        self,
        trainee_id: int,
        *,
        name: str | None = None,
        external_id: str | None = None,
        group: str | None = None,
    ) -> TraineeRecord:
        """Rename a trainee, or change their roster id or group ('' clears those two).

        Past runs follow: they name the trainee by id, so sheets show the new name.
        """
        doing = msg("records.doing.change_trainee", trainee=trainee_id)
        with self._sql(doing), self._transaction(doing):
            row = self._require("trainees", trainee_id, doing)
            new_name = row["name"] if name is None else name
            if not new_name.strip():
                raise self._error(doing, msg("records.name_empty"))
            new_id_ = row["external_id"] if external_id is None else (external_id or None)
            new_group = row["group_name"] if group is None else (group or None)
            if new_id_ and new_id_ != row["external_id"]:
                self._refuse_used_id(new_id_, trainee_id, doing)
            self._db.execute(
                "UPDATE trainees SET name = ?, external_id = ?, group_name = ? WHERE id = ?",
                [new_name, new_id_, new_group, trainee_id],
            )
        return self.trainee(trainee_id)

    def retire_trainee(self, trainee_id: int) -> None:
        """Off every pick list, history kept. Retiring a retired trainee changes nothing."""
        doing = msg("records.doing.retire_trainee", trainee=trainee_id)
        with self._sql(doing), self._transaction(doing):
            self._require("trainees", trainee_id, doing)
            self._db.execute(
                f"UPDATE trainees SET retired_utc = ? WHERE id = ? AND {_ACTIVE}",
                [self._now_stamp(), trainee_id],
            )

    def restore_trainee(self, trainee_id: int) -> None:
        """Back on the pick lists; a trainee merged away stays merged (their runs moved)."""
        doing = msg("records.doing.restore_trainee", trainee=trainee_id)
        with self._sql(doing), self._transaction(doing):
            row = self._require("trainees", trainee_id, doing)
            if row["merged_into"] is not None:
                merged = msg("records.merged_away", trainee=trainee_id, into=row["merged_into"])
                raise self._error(doing, merged)
            self._db.execute("UPDATE trainees SET retired_utc = NULL WHERE id = ?", [trainee_id])

    def merge_trainees(self, keep_id: int, merge_id: int) -> int:
        """Move every run of `merge_id` to `keep_id` and retire `merge_id`, in one transaction.

        The kept trainee takes the other's roster id and group when it has none. Returns how
        many runs moved.
        """
        doing = msg("records.doing.merge_trainees", gone=merge_id, keep=keep_id)
        if keep_id == merge_id:
            raise self._error(doing, msg("records.merge_self"))
        with self._sql(doing), self._transaction(doing):
            keep = self._require("trainees", keep_id, doing)
            gone = self._require("trainees", merge_id, doing)
            if keep["merged_into"] is not None:
                merged = msg("records.keep_merged", trainee=keep_id, into=keep["merged_into"])
                raise self._error(doing, merged)
            moved = self._db.execute(
                "UPDATE runs SET trainee_id = ? WHERE trainee_id = ?", [keep_id, merge_id]
            ).rowcount
            taken_id = gone["external_id"] if not keep["external_id"] else None
            self._db.execute(
                "UPDATE trainees SET merged_into = ?, retired_utc = COALESCE(retired_utc, ?), "
                "external_id = CASE WHEN ? IS NULL THEN external_id END WHERE id = ?",
                [keep_id, self._now_stamp(), taken_id, merge_id],
            )
            self._db.execute(  # anyone merged into the one merged away now points at keep
                "UPDATE trainees SET merged_into = ? WHERE merged_into = ?", [keep_id, merge_id]
            )
            self._db.execute(
                "UPDATE trainees SET external_id = COALESCE(external_id, ?), "
                "group_name = COALESCE(group_name, ?) WHERE id = ?",
                [taken_id, gone["group_name"], keep_id],
            )
        return int(moved)

    def assign_run(self, run_id: int, trainee_id: int) -> None:
        """Give a run with nothing on it yet to another trainee: a class station that joined
        under a typed name and then picked its own roster entry, the exercise started
        meanwhile. A run with actions keeps its trainee."""
        doing = msg("records.doing.assign_run", run=run_id, trainee=trainee_id)
        with self._sql(doing), self._transaction(doing):
            self._require("runs", run_id, doing)
            self._require("trainees", trainee_id, doing)
            if self._one("SELECT 1 FROM actions WHERE run_id = ? LIMIT 1", [run_id]):
                raise self._error(doing, msg("records.run_has_actions"))
            self._db.execute("UPDATE runs SET trainee_id = ? WHERE id = ?", [trainee_id, run_id])

    def _refuse_used_id(self, external_id: str, own_id: int | None, doing: Message) -> None:
        clash = self._one("SELECT id, name FROM trainees WHERE external_id = ?", [external_id])
        if clash is not None and clash["id"] != own_id:
            taken = msg(
                "records.id_taken",
                external_id=_short(external_id),
                trainee=clash["id"],
                name=_short(clash["name"]),
            )
            raise self._error(doing, taken)
