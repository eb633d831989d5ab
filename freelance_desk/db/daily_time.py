"""The ``daily_time`` summary: tracked seconds and entries per local day and contract.

SQLite triggers on ``time_entry`` keep it exact on every insert, update and delete,
whoever writes (the app, an import, a bulk load), so hour totals never read the
entries themselves. This module holds today's definition: the day an entry counts
for, the triggers, and a rebuild from the entries. Migration steps that change the
summary drop and recreate the triggers and rebuild.
"""

from __future__ import annotations

from peewee import SqliteDatabase

# The local day an entry counts for: its start at the UTC offset it was recorded with.
DAY_OF = "date({row}.start + {row}.utc_offset_minutes * 60, 'unixepoch')"
SECONDS_OF = '({row}."end" - {row}.start)'
BILLABLE_OF = '(CASE WHEN {row}.billable THEN {row}."end" - {row}.start ELSE 0 END)'
BILLABLE_ONE = "(CASE WHEN {row}.billable THEN 1 ELSE 0 END)"
TRIGGER_NAMES = ("time_entry_daily_insert", "time_entry_daily_delete", "time_entry_daily_update")


def _add(row: str) -> str:
    return (
        "INSERT INTO daily_time (day, contract_id, seconds, billable_seconds, entries, billable_entries) "
        f"SELECT {DAY_OF.format(row=row)}, {row}.contract_id, {SECONDS_OF.format(row=row)}, "
        f"{BILLABLE_OF.format(row=row)}, 1, {BILLABLE_ONE.format(row=row)} WHERE {row}.\"end\" IS NOT NULL "
        "ON CONFLICT (day, contract_id) DO UPDATE SET seconds = seconds + excluded.seconds, "
        "billable_seconds = billable_seconds + excluded.billable_seconds, entries = entries + 1, "
        "billable_entries = billable_entries + excluded.billable_entries;"
    )


def _remove(row: str) -> str:
    return (
        f"UPDATE daily_time SET seconds = seconds - {SECONDS_OF.format(row=row)}, "
        f"billable_seconds = billable_seconds - {BILLABLE_OF.format(row=row)}, entries = entries - 1, "
        f"billable_entries = billable_entries - {BILLABLE_ONE.format(row=row)} "
        f"WHERE {row}.\"end\" IS NOT NULL AND day = {DAY_OF.format(row=row)} "
        f"AND contract_id = {row}.contract_id; "
        # A day left with no entries has no row, exactly as rebuild() makes it.
        f"DELETE FROM daily_time WHERE entries <= 0 AND day = {DAY_OF.format(row=row)} "
        f"AND contract_id = {row}.contract_id;"
    )


TRIGGERS = (
    f"CREATE TRIGGER time_entry_daily_insert AFTER INSERT ON time_entry BEGIN {_add('NEW')} END",
    f"CREATE TRIGGER time_entry_daily_delete AFTER DELETE ON time_entry BEGIN {_remove('OLD')} END",
    "CREATE TRIGGER time_entry_daily_update AFTER UPDATE OF start, \"end\", contract_id, billable, "
    f"utc_offset_minutes ON time_entry BEGIN {_remove('OLD')} {_add('NEW')} END",
)


def drop_triggers(database: SqliteDatabase) -> None:
    for name in TRIGGER_NAMES:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def create_triggers(database: SqliteDatabase) -> None:
    for sql in TRIGGERS:
        database.execute_sql(sql)


def rebuild(database: SqliteDatabase) -> None:
    """Recompute the summary from the entries (after a bulk load or a change of its definition)."""
    database.execute_sql("DELETE FROM daily_time")
    database.execute_sql(
        "INSERT INTO daily_time (day, contract_id, seconds, billable_seconds, entries, billable_entries) " + summed())


def summed(where: str = "TRUE", sign: str = "", server: bool = False) -> str:
    """The stopped entries matching ``where`` (on ``t``) summed per local day and contract, in the summary's
    columns (``sign`` "-": taken away); ``server``: in PostgreSQL's words (its ``entry_day``)."""
    day = "entry_day(t.start, t.utc_offset_minutes)" if server else DAY_OF.format(row="t")
    return (f"SELECT {day}, t.contract_id, {sign}SUM({SECONDS_OF.format(row='t')}), "
            f"{sign}SUM({BILLABLE_OF.format(row='t')}), {sign}COUNT(*), {sign}SUM({BILLABLE_ONE.format(row='t')}) "
            f"FROM time_entry t WHERE t.\"end\" IS NOT NULL AND ({where}) GROUP BY 1, 2")


SERVER_TRIGGER = "time_entry_daily"  # the server's one trigger keeping the summary (db/server_schema.py)


def _bulk(where: str, sign: str, server: bool = False) -> tuple[str, ...]:
    """Add (``+``) or take away (``-``) the entries matching ``where`` (on ``t``) in one grouped statement;
    ``server``: in PostgreSQL's words (its ``entry_day``, the summary's row named in the upsert)."""
    kept = "daily_time." if server else ""
    upsert = (
        "INSERT INTO daily_time (day, contract_id, seconds, billable_seconds, entries, billable_entries) "
        f"{summed(where, sign, server)} "
        f"ON CONFLICT (day, contract_id) DO UPDATE SET seconds = {kept}seconds + excluded.seconds, "
        f"billable_seconds = {kept}billable_seconds + excluded.billable_seconds, "
        f"entries = {kept}entries + excluded.entries, "
        f"billable_entries = {kept}billable_entries + excluded.billable_entries"
    )
    return (upsert, "DELETE FROM daily_time WHERE entries <= 0") if sign == "-" else (upsert,)


class bulk:  # noqa: N801 (used as a context manager, like a function)
    """Many entries written at once: the per-row triggers off, the summary brought up to date in one grouped
    statement, on the file and on a server alike. Use inside the write's transaction (the triggers come back
    before it commits, so no other connection ever sees them missing)::

        with daily_time.bulk(db, "t.id > 41") as summary:  # entries that will be inserted
            insert(...)
        with daily_time.bulk(db, "t.id IN (...)", removing=True):  # entries about to be deleted
            delete(...)

    ``whole`` (removing): contracts every entry of which is among those going (an import's own contracts,
    undone). Their days are dropped from the summary as they are, without adding up what goes; only the
    other contracts' entries are summed and taken away.
    """

    def __init__(self, database: SqliteDatabase, where: str, params: tuple = (), removing: bool = False,
                 whole: tuple[int, ...] = ()):
        self.database, self.where, self.params, self.removing = database, where, params, removing
        self.whole = tuple(int(contract) for contract in whole)
        # On a server the trigger is switched off for the transaction (ALTER TABLE: other computers still read,
        # their writes wait for the commit) and switched on again before it commits, the summary grouped here.
        self.server = not isinstance(getattr(database, "obj", database), SqliteDatabase)

    def _run(self, sql: str, params: tuple = ()):
        """A statement written with ``?`` placeholders run on the database (a server's are ``%s``); its cursor."""
        return self.database.execute_sql(sql.replace("?", "%s") if self.server else sql, params)

    def _count(self, sql: str, params: tuple = ()):
        return self._run(sql, params).fetchone()[0]

    def _triggers_off(self) -> None:
        if self.server:
            self._run(f"ALTER TABLE time_entry DISABLE TRIGGER {SERVER_TRIGGER}")
        else:
            drop_triggers(self.database)

    def _triggers_on(self) -> None:
        if self.server:
            self._run(f"ALTER TABLE time_entry ENABLE TRIGGER {SERVER_TRIGGER}")
        else:
            create_triggers(self.database)

    def __enter__(self):
        self._triggers_off()
        if self.removing:
            total = self._count("SELECT COUNT(*) FROM time_entry")
            going = self._count(f"SELECT COUNT(*) FROM time_entry t WHERE {self.where}", self.params)
            if going == total:  # every entry there is (an import into a new file, undone): nothing is left to sum
                self._run("DELETE FROM daily_time")
                return self
            where = self.where
            if self.whole:
                listed = ", ".join(map(str, self.whole))
                self._run(f"DELETE FROM daily_time WHERE contract_id IN ({listed})")
                where = f"({where}) AND t.contract_id NOT IN ({listed})"
                if not self._count(f"SELECT EXISTS (SELECT 1 FROM time_entry t WHERE {where})", self.params):
                    return self
            for sql in _bulk(where, "-", self.server):
                self._run(sql, self.params if "?" in sql else ())
        return self

    def __exit__(self, kind, error, trace):
        if kind is None:
            if not self.removing:
                for sql in _bulk(self.where, "+", self.server):
                    self._run(sql, self.params)
            self._triggers_on()
            return False
        try:  # the transaction is rolled back (and the triggers with it) once this error leaves it
            self._triggers_on()
        except Exception:  # noqa: BLE001 (SQLite already rolled back, the server's transaction aborted: as they were)
            pass
        return False
