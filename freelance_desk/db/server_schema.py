"""The schema on a PostgreSQL server, and its version.

SQLite files reach today's schema step by step (``db/steps.py``, ``PRAGMA user_version``). A server
database starts at schema 7, the version of the day the second backend shipped, written here as that
day's SQL (frozen like the file's steps: a later step adds its own server statements beside its
SQLite ones, it never edits these). The version is the one row of ``freelance_desk_schema``.

What SQLite does with its own features is done here with the server's:

- the ``daily_time`` summary is kept by one PL/pgSQL trigger function on ``time_entry``, with the
  same rules as the file's triggers (``db/daily_time.py``): an entry counts for the local day of its
  start at the offset it was recorded with (``entry_day``), a day left with no entries has no row;
- "at most one running timer" is the partial unique index ``time_entry_one_running`` on a constant,
  so two computers on one server cannot both run a timer: the database refuses the second;
- booleans are BOOLEAN, integers BIGINT (money in minor units, instants in seconds), ids BIGSERIAL.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from freelance_desk.core.errors import DatabaseTooNew, DomainError
from freelance_desk.core.i18n import QT_TRANSLATE_NOOP
from freelance_desk.db.steps import SCHEMA_1_SETTINGS

log = logging.getLogger(__name__)

VERSION_TABLE = "freelance_desk_schema"
FIRST_VERSION = 7  # the file schema a new server database starts at

# --- 7: the schema of the day the server backend shipped (the tables, in the order their keys need) ---

SCHEMA_7 = (
    'CREATE TABLE "platform" ("id" BIGSERIAL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "fee_bps" BIGINT NOT NULL, "review_days" BIGINT, "connect_price_minor" BIGINT NOT NULL, "connect_currency" VARCHAR(3) NOT NULL, "archived" BOOLEAN NOT NULL)',
    'CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    'CREATE TABLE "client" ("id" BIGSERIAL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "company" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "platform_id" BIGINT, "timezone" VARCHAR(255) NOT NULL, "currency" VARCHAR(3) NOT NULL, "notes" TEXT NOT NULL, "archived_at" BIGINT, "created_at" BIGINT NOT NULL, FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE SET NULL)',
    'CREATE TABLE "contract" ("id" BIGSERIAL PRIMARY KEY, "client_id" BIGINT NOT NULL, "platform_id" BIGINT, "title" VARCHAR(255) NOT NULL, "kind" VARCHAR(8) NOT NULL, "status" VARCHAR(12) NOT NULL, "currency" VARCHAR(3) NOT NULL, "budget_minor" BIGINT, "rate_minor" BIGINT, "weekly_limit_minutes" BIGINT, "fee_bps" BIGINT NOT NULL, "start_date" DATE, "end_date" DATE, "notes" TEXT NOT NULL, "created_at" BIGINT NOT NULL, "last_used_at" BIGINT, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE RESTRICT, FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE SET NULL)',
    'CREATE TABLE "milestone" ("id" BIGSERIAL PRIMARY KEY, "contract_id" BIGINT NOT NULL, "position" BIGINT NOT NULL, "title" VARCHAR(255) NOT NULL, "description" TEXT NOT NULL, "amount_minor" BIGINT NOT NULL, "due_date" DATE, "status" VARCHAR(20) NOT NULL, "funded_at" BIGINT, "submitted_at" BIGINT, "changes_requested_at" BIGINT, "approved_at" BIGINT, "paid_at" BIGINT, "cancelled_at" BIGINT, "created_at" BIGINT NOT NULL, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "time_entry" ("id" BIGSERIAL PRIMARY KEY, "contract_id" BIGINT NOT NULL, "milestone_id" BIGINT, "start" BIGINT NOT NULL, "end" BIGINT, "timezone" VARCHAR(255) NOT NULL, "utc_offset_minutes" BIGINT NOT NULL, "note" TEXT NOT NULL, "billable" BOOLEAN NOT NULL, "source" VARCHAR(8) NOT NULL, import_source VARCHAR(16), import_key VARCHAR(80), FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE RESTRICT, FOREIGN KEY ("milestone_id") REFERENCES "milestone" ("id") ON DELETE SET NULL)',
    'CREATE TABLE "daily_time" ("day" VARCHAR(10) NOT NULL, "contract_id" BIGINT NOT NULL, "seconds" BIGINT NOT NULL, "billable_seconds" BIGINT NOT NULL, "entries" BIGINT NOT NULL, billable_entries BIGINT NOT NULL DEFAULT 0, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "payment" ("id" BIGSERIAL PRIMARY KEY, "contract_id" BIGINT NOT NULL, "milestone_id" BIGINT, "received_on" DATE NOT NULL, "kind" VARCHAR(10) NOT NULL, "gross_minor" BIGINT NOT NULL, "fee_minor" BIGINT NOT NULL, "net_minor" BIGINT NOT NULL, "currency" VARCHAR(3) NOT NULL, "rate" TEXT NOT NULL, "home_currency" VARCHAR(3) NOT NULL, "gross_home_minor" BIGINT NOT NULL, "fee_home_minor" BIGINT NOT NULL, "net_home_minor" BIGINT NOT NULL, "period_start" DATE, "period_end" DATE, "note" TEXT NOT NULL, "created_at" BIGINT NOT NULL, import_source VARCHAR(16), import_key VARCHAR(80), FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE RESTRICT, FOREIGN KEY ("milestone_id") REFERENCES "milestone" ("id") ON DELETE SET NULL)',
    'CREATE TABLE "proposal" ("id" BIGSERIAL PRIMARY KEY, "platform_id" BIGINT, "job_title" VARCHAR(255) NOT NULL, "client_id" BIGINT, "client_name" VARCHAR(255) NOT NULL, "sent_on" DATE NOT NULL, "connects" BIGINT NOT NULL, "connects_refunded" BIGINT NOT NULL, "connect_price_minor" BIGINT NOT NULL, "connect_currency" VARCHAR(3) NOT NULL, "bid_minor" BIGINT, "currency" VARCHAR(3) NOT NULL, "status" VARCHAR(14) NOT NULL, "answered_on" DATE, "contract_id" BIGINT, "notes" TEXT NOT NULL, "created_at" BIGINT NOT NULL, FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE SET NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE SET NULL, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE SET NULL)',
    'CREATE TABLE "service_template" ("id" BIGSERIAL PRIMARY KEY, "title" VARCHAR(255) NOT NULL, "platform_id" BIGINT, "kind" VARCHAR(8) NOT NULL, "price_minor" BIGINT NOT NULL, "currency" VARCHAR(3) NOT NULL, "delivery_days" BIGINT NOT NULL, "milestone_split" TEXT NOT NULL, "notes" TEXT NOT NULL, "archived" BOOLEAN NOT NULL, FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE SET NULL)',
    'CREATE TABLE "import_mapping" ("id" BIGSERIAL PRIMARY KEY, "source" VARCHAR(16) NOT NULL, "name" TEXT NOT NULL, "contract_id" BIGINT NOT NULL, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "connects_purchase" ("id" BIGSERIAL PRIMARY KEY, "platform_id" BIGINT, "bought_on" DATE NOT NULL, "connects" BIGINT NOT NULL, "cost_minor" BIGINT NOT NULL, "currency" VARCHAR(3) NOT NULL, "note" TEXT NOT NULL, "import_source" VARCHAR(16), "import_key" VARCHAR(80), FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE SET NULL)',
    'CREATE TABLE "connects_grant" ("id" BIGSERIAL PRIMARY KEY, "platform_id" BIGINT NOT NULL, "kind" VARCHAR(8) NOT NULL, "starts_on" DATE NOT NULL, "connects" BIGINT NOT NULL, "note" TEXT NOT NULL, "created_at" BIGINT NOT NULL, FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "invoice" ("id" BIGSERIAL PRIMARY KEY, "client_id" BIGINT NOT NULL, "number" VARCHAR(255) NOT NULL, "status" VARCHAR(8) NOT NULL, "issued_on" DATE NOT NULL, "due_on" DATE NOT NULL, "currency" VARCHAR(3) NOT NULL, "language" VARCHAR(5) NOT NULL, "paper" VARCHAR(8) NOT NULL, "subtotal_minor" BIGINT NOT NULL, "tax_minor" BIGINT NOT NULL, "withheld_minor" BIGINT NOT NULL, "total_minor" BIGINT NOT NULL, "notes" TEXT NOT NULL, "payment_instructions" TEXT NOT NULL, "sent_at" BIGINT, "voided_at" BIGINT, "void_reason" TEXT NOT NULL, "created_at" BIGINT NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE RESTRICT)',
    'CREATE TABLE "invoice_line" ("id" BIGSERIAL PRIMARY KEY, "invoice_id" BIGINT NOT NULL, "position" BIGINT NOT NULL, "description" TEXT NOT NULL, "quantity" TEXT NOT NULL, "unit" VARCHAR(8) NOT NULL, "unit_price_minor" BIGINT NOT NULL, "amount_minor" BIGINT NOT NULL, "contract_id" BIGINT, "milestone_id" BIGINT, FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE CASCADE, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE SET NULL, FOREIGN KEY ("milestone_id") REFERENCES "milestone" ("id") ON DELETE SET NULL)',
    'CREATE TABLE "invoice_payment" ("id" BIGSERIAL PRIMARY KEY, "invoice_id" BIGINT NOT NULL, "payment_id" BIGINT NOT NULL, FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE CASCADE, FOREIGN KEY ("payment_id") REFERENCES "payment" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "invoice_tax" ("id" BIGSERIAL PRIMARY KEY, "invoice_id" BIGINT NOT NULL, "position" BIGINT NOT NULL, "name" VARCHAR(255) NOT NULL, "rate_bps" BIGINT NOT NULL, "withheld" BOOLEAN NOT NULL, "amount_minor" BIGINT NOT NULL, FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "invoiced_time" ("id" BIGSERIAL PRIMARY KEY, "time_entry_id" BIGINT NOT NULL, "line_id" BIGINT NOT NULL, FOREIGN KEY ("time_entry_id") REFERENCES "time_entry" ("id") ON DELETE CASCADE, FOREIGN KEY ("line_id") REFERENCES "invoice_line" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "client_archived_at" ON "client" ("archived_at")',
    'CREATE INDEX "client_platform_id" ON "client" ("platform_id")',
    'CREATE INDEX "connects_grant_platform_id" ON "connects_grant" ("platform_id")',
    'CREATE INDEX "connects_purchase_bought_on" ON "connects_purchase" ("bought_on")',
    'CREATE UNIQUE INDEX "connects_purchase_import" ON "connects_purchase" ("import_source", "import_key") WHERE import_key IS NOT NULL',
    'CREATE INDEX "contract_client_id" ON "contract" ("client_id")',
    'CREATE INDEX "contract_platform_id" ON "contract" ("platform_id")',
    'CREATE INDEX "contract_status" ON "contract" ("status")',
    'CREATE INDEX daily_time_contract_day ON daily_time (contract_id, day)',
    'CREATE UNIQUE INDEX "daily_time_day_contract_id" ON "daily_time" ("day", "contract_id")',
    'CREATE UNIQUE INDEX "import_mapping_source_name" ON "import_mapping" ("source", "name")',
    'CREATE INDEX "invoice_client_id" ON "invoice" ("client_id")',
    'CREATE INDEX "invoice_due_on" ON "invoice" ("due_on")',
    'CREATE INDEX "invoice_line_contract_id" ON "invoice_line" ("contract_id")',
    'CREATE INDEX "invoice_line_invoice_id" ON "invoice_line" ("invoice_id")',
    'CREATE INDEX "invoice_line_milestone_id" ON "invoice_line" ("milestone_id") WHERE milestone_id IS NOT NULL',
    'CREATE UNIQUE INDEX "invoice_number" ON "invoice" ("number")',
    'CREATE INDEX "invoice_payment_invoice_id" ON "invoice_payment" ("invoice_id")',
    'CREATE UNIQUE INDEX "invoice_payment_payment_id" ON "invoice_payment" ("payment_id")',
    'CREATE INDEX "invoice_status" ON "invoice" ("status")',
    'CREATE INDEX "invoice_tax_invoice_id" ON "invoice_tax" ("invoice_id")',
    'CREATE INDEX "invoiced_time_line_id" ON "invoiced_time" ("line_id")',
    'CREATE UNIQUE INDEX "invoiced_time_time_entry_id_line_id" ON "invoiced_time" ("time_entry_id", "line_id")',
    'CREATE INDEX "milestone_contract_id" ON "milestone" ("contract_id")',
    'CREATE INDEX "milestone_contract_id_position" ON "milestone" ("contract_id", "position")',
    'CREATE INDEX "milestone_due_date" ON "milestone" ("due_date")',
    'CREATE INDEX "milestone_status" ON "milestone" ("status")',
    'CREATE INDEX "payment_contract_id" ON "payment" ("contract_id")',
    'CREATE INDEX payment_contract_received ON payment (contract_id, received_on)',
    'CREATE UNIQUE INDEX "payment_import" ON "payment" ("import_source", "import_key") WHERE import_key IS NOT NULL',
    'CREATE INDEX "payment_milestone_id" ON "payment" ("milestone_id")',
    'CREATE INDEX "payment_received_on" ON "payment" ("received_on")',
    'CREATE UNIQUE INDEX "platform_name" ON "platform" ("name")',
    'CREATE INDEX "proposal_client_id" ON "proposal" ("client_id")',
    'CREATE INDEX "proposal_contract_id" ON "proposal" ("contract_id")',
    'CREATE INDEX "proposal_platform_id" ON "proposal" ("platform_id")',
    'CREATE INDEX "proposal_sent_on" ON "proposal" ("sent_on")',
    'CREATE INDEX "proposal_status" ON "proposal" ("status")',
    'CREATE INDEX "service_template_platform_id" ON "service_template" ("platform_id")',
    'CREATE INDEX "time_entry_contract_id_start" ON "time_entry" ("contract_id", "start")',
    'CREATE UNIQUE INDEX "time_entry_import" ON "time_entry" ("import_source", "import_key") WHERE import_key IS NOT NULL',
    'CREATE INDEX "time_entry_milestone_id" ON "time_entry" ("milestone_id") WHERE milestone_id IS NOT NULL',
    'CREATE UNIQUE INDEX time_entry_one_running ON time_entry ((true)) WHERE "end" IS NULL',
    'CREATE INDEX "time_entry_start" ON "time_entry" ("start")',
)

# The local day an entry counts for (as DAY_OF in db/daily_time.py): its start at its recorded offset.
ENTRY_DAY_7 = (
    "CREATE FUNCTION entry_day(start BIGINT, offset_minutes BIGINT) RETURNS VARCHAR(10) "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN "
    "to_char(DATE '1970-01-01' + floor((start + offset_minutes * 60) / 86400.0)::integer, 'YYYY-MM-DD')"
)

DAILY_TIME_7 = (
    """CREATE FUNCTION time_entry_daily() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."end" IS NOT NULL THEN
        UPDATE daily_time SET seconds = seconds - (OLD."end" - OLD.start),
            billable_seconds = billable_seconds - (CASE WHEN OLD.billable THEN OLD."end" - OLD.start ELSE 0 END),
            entries = entries - 1,
            billable_entries = billable_entries - (CASE WHEN OLD.billable THEN 1 ELSE 0 END)
        WHERE day = entry_day(OLD.start, OLD.utc_offset_minutes) AND contract_id = OLD.contract_id;
        DELETE FROM daily_time
        WHERE entries <= 0 AND day = entry_day(OLD.start, OLD.utc_offset_minutes) AND contract_id = OLD.contract_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."end" IS NOT NULL THEN
        INSERT INTO daily_time (day, contract_id, seconds, billable_seconds, entries, billable_entries)
        VALUES (entry_day(NEW.start, NEW.utc_offset_minutes), NEW.contract_id, NEW."end" - NEW.start,
                CASE WHEN NEW.billable THEN NEW."end" - NEW.start ELSE 0 END, 1, CASE WHEN NEW.billable THEN 1 ELSE 0 END)
        ON CONFLICT (day, contract_id) DO UPDATE SET seconds = daily_time.seconds + excluded.seconds,
            billable_seconds = daily_time.billable_seconds + excluded.billable_seconds,
            entries = daily_time.entries + 1,
            billable_entries = daily_time.billable_entries + excluded.billable_entries;
    END IF;
    RETURN NULL;
END
$$""",
    'CREATE TRIGGER time_entry_daily AFTER INSERT OR DELETE OR UPDATE OF start, "end", contract_id, billable, '
    "utc_offset_minutes ON time_entry FOR EACH ROW EXECUTE FUNCTION time_entry_daily()",
)

# The rows a new database holds (the platforms and settings a new file gets from its steps 1-7).
PLATFORMS_7 = (("Upwork", 1000, 14, 15), ("Fiverr", 2000, 3, 0))
SETTINGS_7 = SCHEMA_1_SETTINGS  # step 1's rows, as a new file has them still

# Later versions: {version: function(database)} run in order, each in one transaction with its bump.
STEPS: dict = {}


def latest_version() -> int:
    return max([FIRST_VERSION, *STEPS])


def schema_version(database) -> int:
    """The server database's version; 0 when it holds none of the app's tables yet."""
    exists = database.execute_sql("SELECT to_regclass(%s) IS NOT NULL", (VERSION_TABLE,)).fetchone()[0]
    if not exists:
        return 0
    row = database.execute_sql(f"SELECT version FROM {VERSION_TABLE}").fetchone()
    return int(row[0]) if row else 0


def _create(database) -> None:
    database.execute_sql(f"CREATE TABLE {VERSION_TABLE} (version INTEGER NOT NULL)")
    for sql in (*SCHEMA_7, ENTRY_DAY_7, *DAILY_TIME_7):
        database.execute_sql(sql)
    for name, fee, review, connect in PLATFORMS_7:
        database.execute_sql(
            "INSERT INTO platform (name, fee_bps, review_days, connect_price_minor, connect_currency, archived) "
            "VALUES (%s, %s, %s, %s, 'USD', false)", (name, fee, review, connect))
    for key, value in SETTINGS_7:
        database.execute_sql("INSERT INTO setting (key, value) VALUES (%s, %s)", (key, value))
    database.execute_sql(f"INSERT INTO {VERSION_TABLE} (version) VALUES (%s)", (FIRST_VERSION,))


def refusal(database, current: int) -> DomainError | None:
    """Why ``migrate_server`` would refuse this database at version ``current`` (nothing read but its tables'
    names): written by a newer app, or holding another program's tables; None when the app may use it."""
    latest = latest_version()
    if current > latest:
        return DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "services",
                "This database was written by a newer version of Freelance Desk (schema {found}, "
                "this app knows {known}). Update the app; nothing on the server has been changed.",
            ),
            found=current,
            known=latest,
        )
    if current == 0:
        others = database.execute_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "ORDER BY table_name LIMIT 3").fetchall()
        if others:  # another program's tables: the app's would clash with them or sit among them
            return DomainError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "This database on the server already holds tables of another program ({tables}); give "
                    "Freelance Desk an empty database of its own. Nothing on the server has been changed.",
                ),
                tables=", ".join(name for (name,) in others),
            )
    return None


def migrate_server(database) -> int:
    """Bring a server database to the latest schema (made whole when it holds none of it yet); one that a
    newer app wrote is refused untouched. Returns the version reached."""
    current, latest = schema_version(database), latest_version()
    problem = refusal(database, current)
    if problem is not None:
        raise problem
    if current == 0:
        with database.atomic():
            _create(database)
        log.info("created the schema v%s on the server", FIRST_VERSION)
        current = FIRST_VERSION
    for version in range(current + 1, latest + 1):
        with database.atomic():
            STEPS[version](database)
            database.execute_sql(f"UPDATE {VERSION_TABLE} SET version = %s", (version,))
        log.info("migrated the server database to schema v%s", version)
    return latest


@dataclass(frozen=True)
class Looked:
    """What a connection test found on a server: its version, and the app's schema there (0: none yet)."""

    server_version: str
    schema: int


def look_at(target) -> Looked:
    """File ▸ Open database…'s connection test: connect to ``target`` on a connection of its own that only
    reads, and say what is there. Raises DomainError: unreachable, refused (``refusal``)."""
    from freelance_desk.db.server import connect

    database = connect(target, read_only=True)
    try:
        current = schema_version(database)
        problem = refusal(database, current)
        if problem is not None:
            raise problem
        shown = database.execute_sql("SHOW server_version").fetchone()[0].split()[0]
        return Looked(shown, current)
    finally:
        database.close()


_KEPT = "SELECT day, contract_id, seconds, billable_seconds, entries, billable_entries FROM daily_time"


def check() -> str | None:
    """``freelance-desk check`` on the open server database: the rules the app keeps that the server does not
    (its own pages, keys and constraints it keeps itself): the day summary is the entries' sum, day by day.
    None when whole, else what is wrong (English, a line)."""
    from freelance_desk.db.connection import db
    from freelance_desk.db.daily_time import summed

    entries = summed(server=True)
    (differing,) = db.execute_sql(
        f"SELECT COUNT(DISTINCT (day, contract_id)) FROM (({_KEPT} EXCEPT {entries}) UNION ALL "
        f"({entries} EXCEPT {_KEPT})) AS differing"
    ).fetchone()
    if differing:
        return (f"the day summary differs from the time entries on {differing} day(s) and contract(s); nothing "
                "was changed (copying the database to a file and back with `freelance-desk copy` makes it anew)")
    return None
