"""The schema steps, each frozen as the SQL of the day it shipped.

A step never builds today's models: what it creates stays what that version of
the app created, so every file at version N has the same schema whatever app
version made it. Each registers itself in ``MIGRATIONS`` under the version it brings the schema
to; the runner (``migrations.py``) runs each in one transaction with its version bump, after a
backup of the file.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from freelance_desk.db import daily_time

MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {}


def migration(version: int):
    """Register ``fn`` as the step that brings the schema to ``version``."""

    def register(fn):
        if version in MIGRATIONS:
            raise RuntimeError(f"migration {version} registered twice")
        MIGRATIONS[version] = fn
        return fn

    return register


# --- 1: the first schema (tables, indexes, the one-running-timer index, daily_time triggers) ---

SCHEMA_1 = (
    'CREATE TABLE "platform" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "fee_bps" INTEGER NOT NULL, "review_days" INTEGER, "connect_price_minor" INTEGER NOT NULL, "connect_currency" VARCHAR(3) NOT NULL, "archived" INTEGER NOT NULL)',
    'CREATE UNIQUE INDEX "platform_name" ON "platform" ("name")',
    'CREATE TABLE "client" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "company" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "platform_id" INTEGER, "timezone" VARCHAR(255) NOT NULL, "currency" VARCHAR(3) NOT NULL, "notes" TEXT NOT NULL, "archived_at" INTEGER, "created_at" INTEGER NOT NULL, FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "client_platform_id" ON "client" ("platform_id")',
    'CREATE INDEX "client_archived_at" ON "client" ("archived_at")',
    'CREATE TABLE "contract" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "platform_id" INTEGER, "title" VARCHAR(255) NOT NULL, "kind" VARCHAR(8) NOT NULL, "status" VARCHAR(12) NOT NULL, "currency" VARCHAR(3) NOT NULL, "budget_minor" INTEGER, "rate_minor" INTEGER, "weekly_limit_minutes" INTEGER, "fee_bps" INTEGER NOT NULL, "start_date" DATE, "end_date" DATE, "notes" TEXT NOT NULL, "created_at" INTEGER NOT NULL, "last_used_at" INTEGER, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE RESTRICT, FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "contract_client_id" ON "contract" ("client_id")',
    'CREATE INDEX "contract_platform_id" ON "contract" ("platform_id")',
    'CREATE INDEX "contract_status" ON "contract" ("status")',
    'CREATE TABLE "daily_time" ("day" VARCHAR(10) NOT NULL, "contract_id" INTEGER NOT NULL, "seconds" INTEGER NOT NULL, "billable_seconds" INTEGER NOT NULL, "entries" INTEGER NOT NULL, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "daily_time_contract_id" ON "daily_time" ("contract_id")',
    'CREATE UNIQUE INDEX "daily_time_day_contract_id" ON "daily_time" ("day", "contract_id")',
    'CREATE TABLE "milestone" ("id" INTEGER NOT NULL PRIMARY KEY, "contract_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "title" VARCHAR(255) NOT NULL, "description" TEXT NOT NULL, "amount_minor" INTEGER NOT NULL, "due_date" DATE, "status" VARCHAR(20) NOT NULL, "funded_at" INTEGER, "submitted_at" INTEGER, "changes_requested_at" INTEGER, "approved_at" INTEGER, "paid_at" INTEGER, "cancelled_at" INTEGER, "created_at" INTEGER NOT NULL, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "milestone_contract_id" ON "milestone" ("contract_id")',
    'CREATE INDEX "milestone_due_date" ON "milestone" ("due_date")',
    'CREATE INDEX "milestone_status" ON "milestone" ("status")',
    'CREATE INDEX "milestone_contract_id_position" ON "milestone" ("contract_id", "position")',
    'CREATE TABLE "payment" ("id" INTEGER NOT NULL PRIMARY KEY, "contract_id" INTEGER NOT NULL, "milestone_id" INTEGER, "received_on" DATE NOT NULL, "kind" VARCHAR(10) NOT NULL, "gross_minor" INTEGER NOT NULL, "fee_minor" INTEGER NOT NULL, "net_minor" INTEGER NOT NULL, "currency" VARCHAR(3) NOT NULL, "rate" TEXT NOT NULL, "home_currency" VARCHAR(3) NOT NULL, "gross_home_minor" INTEGER NOT NULL, "fee_home_minor" INTEGER NOT NULL, "net_home_minor" INTEGER NOT NULL, "period_start" DATE, "period_end" DATE, "note" TEXT NOT NULL, "created_at" INTEGER NOT NULL, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE RESTRICT, FOREIGN KEY ("milestone_id") REFERENCES "milestone" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "payment_contract_id" ON "payment" ("contract_id")',
    'CREATE INDEX "payment_milestone_id" ON "payment" ("milestone_id")',
    'CREATE INDEX "payment_received_on" ON "payment" ("received_on")',
    'CREATE TABLE "proposal" ("id" INTEGER NOT NULL PRIMARY KEY, "platform_id" INTEGER, "job_title" VARCHAR(255) NOT NULL, "client_id" INTEGER, "client_name" VARCHAR(255) NOT NULL, "sent_on" DATE NOT NULL, "connects" INTEGER NOT NULL, "connects_refunded" INTEGER NOT NULL, "connect_price_minor" INTEGER NOT NULL, "connect_currency" VARCHAR(3) NOT NULL, "bid_minor" INTEGER, "currency" VARCHAR(3) NOT NULL, "status" VARCHAR(14) NOT NULL, "answered_on" DATE, "contract_id" INTEGER, "notes" TEXT NOT NULL, "created_at" INTEGER NOT NULL, FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE SET NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE SET NULL, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "proposal_platform_id" ON "proposal" ("platform_id")',
    'CREATE INDEX "proposal_client_id" ON "proposal" ("client_id")',
    'CREATE INDEX "proposal_sent_on" ON "proposal" ("sent_on")',
    'CREATE INDEX "proposal_status" ON "proposal" ("status")',
    'CREATE INDEX "proposal_contract_id" ON "proposal" ("contract_id")',
    'CREATE TABLE "service_template" ("id" INTEGER NOT NULL PRIMARY KEY, "title" VARCHAR(255) NOT NULL, "platform_id" INTEGER, "kind" VARCHAR(8) NOT NULL, "price_minor" INTEGER NOT NULL, "currency" VARCHAR(3) NOT NULL, "delivery_days" INTEGER NOT NULL, "milestone_split" TEXT NOT NULL, "notes" TEXT NOT NULL, "archived" INTEGER NOT NULL, FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "service_template_platform_id" ON "service_template" ("platform_id")',
    'CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    'CREATE TABLE "time_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "contract_id" INTEGER NOT NULL, "milestone_id" INTEGER, "start" INTEGER NOT NULL, "end" INTEGER, "timezone" VARCHAR(255) NOT NULL, "utc_offset_minutes" INTEGER NOT NULL, "note" TEXT NOT NULL, "billable" INTEGER NOT NULL, "source" VARCHAR(8) NOT NULL, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE RESTRICT, FOREIGN KEY ("milestone_id") REFERENCES "milestone" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "time_entry_contract_id" ON "time_entry" ("contract_id")',
    'CREATE INDEX "time_entry_milestone_id" ON "time_entry" ("milestone_id")',
    'CREATE INDEX "time_entry_start" ON "time_entry" ("start")',
    'CREATE INDEX "time_entry_contract_id_start" ON "time_entry" ("contract_id", "start")',
    'CREATE UNIQUE INDEX time_entry_one_running ON time_entry ((1)) WHERE "end" IS NULL',
    'CREATE INDEX payment_contract_received ON payment (contract_id, received_on)',
    'CREATE INDEX daily_time_contract_day ON daily_time (contract_id, day)',
    'CREATE TRIGGER time_entry_daily_insert AFTER INSERT ON time_entry BEGIN INSERT INTO daily_time (day, contract_id, seconds, billable_seconds, entries) SELECT date(NEW.start + NEW.utc_offset_minutes * 60, \'unixepoch\'), NEW.contract_id, (NEW."end" - NEW.start), (CASE WHEN NEW.billable THEN NEW."end" - NEW.start ELSE 0 END), 1 WHERE NEW."end" IS NOT NULL ON CONFLICT (day, contract_id) DO UPDATE SET seconds = seconds + excluded.seconds, billable_seconds = billable_seconds + excluded.billable_seconds, entries = entries + 1; END',
    'CREATE TRIGGER time_entry_daily_delete AFTER DELETE ON time_entry BEGIN UPDATE daily_time SET seconds = seconds - (OLD."end" - OLD.start), billable_seconds = billable_seconds - (CASE WHEN OLD.billable THEN OLD."end" - OLD.start ELSE 0 END), entries = entries - 1 WHERE OLD."end" IS NOT NULL AND day = date(OLD.start + OLD.utc_offset_minutes * 60, \'unixepoch\') AND contract_id = OLD.contract_id; DELETE FROM daily_time WHERE entries <= 0 AND day = date(OLD.start + OLD.utc_offset_minutes * 60, \'unixepoch\') AND contract_id = OLD.contract_id; END',
    'CREATE TRIGGER time_entry_daily_update AFTER UPDATE OF start, "end", contract_id, billable, utc_offset_minutes ON time_entry BEGIN UPDATE daily_time SET seconds = seconds - (OLD."end" - OLD.start), billable_seconds = billable_seconds - (CASE WHEN OLD.billable THEN OLD."end" - OLD.start ELSE 0 END), entries = entries - 1 WHERE OLD."end" IS NOT NULL AND day = date(OLD.start + OLD.utc_offset_minutes * 60, \'unixepoch\') AND contract_id = OLD.contract_id; DELETE FROM daily_time WHERE entries <= 0 AND day = date(OLD.start + OLD.utc_offset_minutes * 60, \'unixepoch\') AND contract_id = OLD.contract_id; INSERT INTO daily_time (day, contract_id, seconds, billable_seconds, entries) SELECT date(NEW.start + NEW.utc_offset_minutes * 60, \'unixepoch\'), NEW.contract_id, (NEW."end" - NEW.start), (CASE WHEN NEW.billable THEN NEW."end" - NEW.start ELSE 0 END), 1 WHERE NEW."end" IS NOT NULL ON CONFLICT (day, contract_id) DO UPDATE SET seconds = seconds + excluded.seconds, billable_seconds = billable_seconds + excluded.billable_seconds, entries = entries + 1; END',
)

# Data a new file starts with: (name, fee in basis points, review days, connect price in USD cents).
SCHEMA_1_PLATFORMS = (
    ("Upwork", 1000, 14, 15),
    ("Fiverr", 2000, 3, 0),
    ("Direct", 0, None, 0),
)
# The settings rows version 1 wrote. Today's defaults are declared in services/settings/store.py;
# a missing row reads as its default there.
SCHEMA_1_SETTINGS = (
    ("home_currency", "USD"),
    ("week_start", "monday_utc"),
    ("workload_max_contracts", "5"),
    ("workload_max_weekly_hours", ""),
    ("forgotten_timer_hours", "10"),
    ("working_hours", "09:00-17:00"),
)


@migration(1)
def _initial_schema(database: SqliteDatabase) -> None:
    for sql in SCHEMA_1:
        database.execute_sql(sql)
    for name, fee, review, connect in SCHEMA_1_PLATFORMS:
        database.execute_sql(
            "INSERT INTO platform (name, fee_bps, review_days, connect_price_minor, connect_currency, archived) "
            "VALUES (?, ?, ?, ?, 'USD', 0)",
            (name, fee, review, connect),
        )
    for key, value in SCHEMA_1_SETTINGS:
        database.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?)", (key, value))


# --- 2: the day summary also counts billable entries (the Time page lays out any filter from it) ---


@migration(2)
def _billable_entry_counts(database: SqliteDatabase) -> None:
    # A plain ALTER: SQLite adds a NOT NULL column with a default in place, where
    # playhouse.migrate's add_column would copy the table to add the constraint.
    columns = {column.name for column in database.get_columns("daily_time")}
    if "billable_entries" not in columns:
        database.execute_sql("ALTER TABLE daily_time ADD COLUMN billable_entries INTEGER NOT NULL DEFAULT 0")
    daily_time.drop_triggers(database)
    daily_time.create_triggers(database)
    daily_time.rebuild(database)


# --- 3: "Direct" is no platform, not a platform called "Direct" ---
# Version 1 seeded a platform row named "Direct" beside "no platform" (NULL), two names for one
# thing. Work on the untouched seed row moves to NULL (no fee, no review days, no connects either
# way) and the row goes; a row someone gave a fee or review days is left as a platform of its own.
# A gig on it becomes a gig without a platform of its own (it takes the client's).
SCHEMA_3_DIRECT = (
    "SELECT id FROM platform WHERE name = 'Direct' AND fee_bps = 0 AND review_days IS NULL "
    "AND connect_price_minor = 0"
)


@migration(3)
def _direct_is_no_platform(database: SqliteDatabase) -> None:
    for table in ("client", "contract", "proposal", "service_template"):
        database.execute_sql(f"UPDATE {table} SET platform_id = NULL WHERE platform_id IN ({SCHEMA_3_DIRECT})")
    database.execute_sql(f"DELETE FROM platform WHERE id IN ({SCHEMA_3_DIRECT})")


# --- 4: imported history remembers where it came from (issue 12) ---
# An entry or payment brought in from another tool keeps the tool's name and the row's own id
# (or a stable hash of the row), so importing the same export again, or a later one that
# overlaps it, adds nothing twice. How a source's project/client/tag was mapped onto a
# contract is remembered for the next import.
SCHEMA_4 = (
    "ALTER TABLE time_entry ADD COLUMN import_source VARCHAR(16)",
    "ALTER TABLE time_entry ADD COLUMN import_key VARCHAR(80)",
    'CREATE UNIQUE INDEX "time_entry_import" ON "time_entry" ("import_source", "import_key") '
    "WHERE import_key IS NOT NULL",
    "ALTER TABLE payment ADD COLUMN import_source VARCHAR(16)",
    "ALTER TABLE payment ADD COLUMN import_key VARCHAR(80)",
    'CREATE UNIQUE INDEX "payment_import" ON "payment" ("import_source", "import_key") WHERE import_key IS NOT NULL',
    'CREATE TABLE IF NOT EXISTS "import_mapping" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"source" VARCHAR(16) NOT NULL, "name" TEXT NOT NULL, '
    '"contract_id" INTEGER NOT NULL, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "import_mapping_source_name" ON "import_mapping" ("source", "name")',
    # Proposal credits bought on a platform (an Upwork statement's "Connects" rows): what they cost.
    'CREATE TABLE IF NOT EXISTS "connects_purchase" ("id" INTEGER NOT NULL PRIMARY KEY, "platform_id" INTEGER, '
    '"bought_on" DATE NOT NULL, "connects" INTEGER NOT NULL, "cost_minor" INTEGER NOT NULL, '
    '"currency" VARCHAR(3) NOT NULL, "note" TEXT NOT NULL, "import_source" VARCHAR(16), "import_key" VARCHAR(80), '
    'FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "connects_purchase_bought_on" ON "connects_purchase" ("bought_on")',
    'CREATE UNIQUE INDEX "connects_purchase_import" ON "connects_purchase" ("import_source", "import_key") '
    "WHERE import_key IS NOT NULL",
)


@migration(4)
def _import_sources(database: SqliteDatabase) -> None:
    if "import_key" in {column.name for column in database.get_columns("time_entry")}:
        return  # a file set back to an older version by hand (the tests do) keeps its columns
    for sql in SCHEMA_4:
        database.execute_sql(sql)


# --- 5: no index twice (each one is written with every entry an import or the timer stores) ---
# ``time_entry_contract_id`` and ``daily_time_contract_id`` repeat the first column of the two-column indexes
# beside them, which answer the same searches (and the foreign keys' checks); entries on a milestone are
# few, so its index keeps only them (``milestone_id = ?`` and ON DELETE SET NULL still search it).
SCHEMA_5 = (
    'DROP INDEX IF EXISTS "time_entry_contract_id"',
    'DROP INDEX IF EXISTS "daily_time_contract_id"',
    'DROP INDEX IF EXISTS "time_entry_milestone_id"',
    'CREATE INDEX "time_entry_milestone_id" ON "time_entry" ("milestone_id") WHERE milestone_id IS NOT NULL',
)


@migration(5)
def _no_index_twice(database: SqliteDatabase) -> None:
    for sql in SCHEMA_5:
        database.execute_sql(sql)


# --- 6: invoices (lines, taxes, the time they bill, the payments recorded against them; the numbers given are
# settings rows "invoice_counter:YEAR") ---
SCHEMA_6 = (
    'CREATE TABLE "invoice" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "number" VARCHAR(255) NOT NULL, "status" VARCHAR(8) NOT NULL, "issued_on" DATE NOT NULL, "due_on" DATE NOT NULL, "currency" VARCHAR(3) NOT NULL, "language" VARCHAR(5) NOT NULL, "paper" VARCHAR(8) NOT NULL, "subtotal_minor" INTEGER NOT NULL, "tax_minor" INTEGER NOT NULL, "withheld_minor" INTEGER NOT NULL, "total_minor" INTEGER NOT NULL, "notes" TEXT NOT NULL, "payment_instructions" TEXT NOT NULL, "sent_at" INTEGER, "voided_at" INTEGER, "void_reason" TEXT NOT NULL, "created_at" INTEGER NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "invoice_client_id" ON "invoice" ("client_id")',
    'CREATE UNIQUE INDEX "invoice_number" ON "invoice" ("number")',
    'CREATE INDEX "invoice_status" ON "invoice" ("status")',
    'CREATE INDEX "invoice_due_on" ON "invoice" ("due_on")',
    'CREATE TABLE "invoice_line" ("id" INTEGER NOT NULL PRIMARY KEY, "invoice_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "description" TEXT NOT NULL, "quantity" TEXT NOT NULL, "unit" VARCHAR(8) NOT NULL, "unit_price_minor" INTEGER NOT NULL, "amount_minor" INTEGER NOT NULL, "contract_id" INTEGER, "milestone_id" INTEGER, FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE CASCADE, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE SET NULL, FOREIGN KEY ("milestone_id") REFERENCES "milestone" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "invoice_line_invoice_id" ON "invoice_line" ("invoice_id")',
    'CREATE INDEX "invoice_line_contract_id" ON "invoice_line" ("contract_id")',
    'CREATE INDEX "invoice_line_milestone_id" ON "invoice_line" ("milestone_id") WHERE milestone_id IS NOT NULL',
    'CREATE TABLE "invoice_tax" ("id" INTEGER NOT NULL PRIMARY KEY, "invoice_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL, "rate_bps" INTEGER NOT NULL, "withheld" INTEGER NOT NULL, "amount_minor" INTEGER NOT NULL, FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "invoice_tax_invoice_id" ON "invoice_tax" ("invoice_id")',
    'CREATE TABLE "invoiced_time" ("id" INTEGER NOT NULL PRIMARY KEY, "time_entry_id" INTEGER NOT NULL, "line_id" INTEGER NOT NULL, FOREIGN KEY ("time_entry_id") REFERENCES "time_entry" ("id") ON DELETE CASCADE, FOREIGN KEY ("line_id") REFERENCES "invoice_line" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "invoiced_time_time_entry_id_line_id" ON "invoiced_time" ("time_entry_id", "line_id")',
    'CREATE INDEX "invoiced_time_line_id" ON "invoiced_time" ("line_id")',
    'CREATE TABLE "invoice_payment" ("id" INTEGER NOT NULL PRIMARY KEY, "invoice_id" INTEGER NOT NULL, "payment_id" INTEGER NOT NULL, FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE CASCADE, FOREIGN KEY ("payment_id") REFERENCES "payment" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "invoice_payment_invoice_id" ON "invoice_payment" ("invoice_id")',
    'CREATE UNIQUE INDEX "invoice_payment_payment_id" ON "invoice_payment" ("payment_id")',
)


@migration(6)
def _invoices(database: SqliteDatabase) -> None:
    if database.table_exists("invoice"):
        return  # a file set back to an older version by hand (the tests do) keeps its tables
    for sql in SCHEMA_6:
        database.execute_sql(sql)


# --- 7: connects held without a purchase (a starting balance, monthly free connects, corrections) ---
SCHEMA_7 = (
    'CREATE TABLE "connects_grant" ("id" INTEGER NOT NULL PRIMARY KEY, "platform_id" INTEGER NOT NULL, "kind" VARCHAR(8) NOT NULL, "starts_on" DATE NOT NULL, "connects" INTEGER NOT NULL, "note" TEXT NOT NULL, "created_at" INTEGER NOT NULL, FOREIGN KEY ("platform_id") REFERENCES "platform" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "connects_grant_platform_id" ON "connects_grant" ("platform_id")',
)


@migration(7)
def _connects_grants(database: SqliteDatabase) -> None:
    if database.table_exists("connects_grant"):
        return  # a file set back to an older version by hand (the tests do) keeps its table
    for sql in SCHEMA_7:
        database.execute_sql(sql)
