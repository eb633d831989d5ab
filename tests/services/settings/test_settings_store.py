"""Settings kept in the database: declared once, a missing or unreadable value reads as its default."""

from datetime import time

import pytest

from freelance_desk.core.errors import ValidationError
from freelance_desk.db.models import Setting
from freelance_desk.services.settings import store

# The freelancer's details (none yet) and invoice numbering: INV-2026-0001, starting again each year, 14 days.
INVOICE_DEFAULTS = ["", "", "", "", "", "", "INV-{year}-", 4, True, 14]


def test_a_missing_row_reads_as_the_declared_default(database):
    Setting.delete().execute()
    assert [store.value(s) for s in store.ALL] == ["USD", "monday_utc", 5, None, 10, (time(9), time(17)), 2000,
                                                  "", 7, 5, 12, "off", None, 0, *INVOICE_DEFAULTS]


@pytest.mark.parametrize(
    ("setting", "text", "expected"),
    [
        (store.WEEK_START, "tuesday", "monday_utc"),
        (store.FORGOTTEN_TIMER_HOURS, "ten", 10),
        (store.WORKLOAD_MAX_CONTRACTS, "", None),  # stored empty: no limit
        (store.WORKING_HOURS, "09:00-09:00", (time(9), time(17))),
        (store.HOME_CURRENCY, "", "USD"),
        (store.TAX_SCHEME, "pp23", "off"),
        (store.TAX_RATE_BPS, "0", None),  # nothing set aside is not a rate
        (store.TAX_RATE_BPS, "10001", None),
        (store.TAX_EXEMPT_MINOR, "-5", 0),
    ],
)
def test_text_that_does_not_read_gives_the_default(database, setting, text, expected):
    store.put(setting.key, text)
    assert store.value(setting) == expected


def test_the_settings_form_saves_all_or_nothing(database):
    form = store.SettingsForm("IDR", "sunday_local", 3, "40", 12, time(8), time(8))  # a day that ends at its start
    with pytest.raises(ValidationError) as error:
        store.save_settings(form)
    assert error.value.field == "working_hours"
    assert (store.home_currency(), store.week_start(), store.value(store.WORKLOAD_MAX_CONTRACTS)) == ("USD", "monday_utc", 5)
    store.save_settings(store.SettingsForm("IDR", "sunday_local", 3, "40", 12, time(8), time(16)))
    assert [store.value(s) for s in store.ALL] == ["IDR", "sunday_local", 3, 40, 12, (time(8), time(16)), 2000,
                                                  "", 7, 5, 12, "off", None, 0, *INVOICE_DEFAULTS]  # backups and tax left as they were


def test_several_settings_read_in_one_go_as_each_alone(database):
    store.set_week_start("sunday_local")
    Setting.update(value="many").where(Setting.key == store.WORKLOAD_MAX_CONTRACTS.key).execute()  # unreadable
    wanted = (store.WEEK_START, store.HOME_CURRENCY, store.WORKLOAD_MAX_CONTRACTS, store.WORKING_HOURS)
    assert store.values(*wanted) == tuple(store.value(s) for s in wanted) == (
        "sunday_local", "USD", 5, store.WORKDAY)


@pytest.mark.parametrize("hours", ["\u00b2", "\u0661\u0662", "\uff14\uff10", "4_0", "40.5", "-5", "0", "169"])
def test_weekly_hours_are_whole_ascii_hours_or_refused_at_the_field(database, hours):
    with pytest.raises(ValidationError, match="whole hours") as error:
        store.set_workload_limits(None, hours)
    assert error.value.field == "workload_max_weekly_hours"
    assert store.value(store.WORKLOAD_MAX_WEEKLY_HOURS) is None


def test_the_earliest_year_is_kept_and_bounded(database):
    from datetime import date

    store.set_earliest_year(2012, date(2026, 3, 10))
    assert store.earliest_year() == 2012
    for year in (1979, 2027):
        with pytest.raises(ValidationError, match="from 1980 to 2026") as error:
            store.set_earliest_year(year, date(2026, 3, 10))
        assert error.value.field == "earliest_year"
    assert store.earliest_year() == 2012


def test_backup_settings_default_to_the_data_folder_and_a_folder_must_be_writable(database, tmp_path, isolated_home):
    got = store.backup_settings()
    assert got.folder == isolated_home / "backups" and (got.keep.daily, got.keep.weekly, got.keep.monthly) == (7, 5, 12)
    store.set_backup_settings(str(tmp_path / "new" / "folder"), 3, 0, 24)
    got = store.backup_settings()
    assert got.folder == tmp_path / "new" / "folder" and got.folder.is_dir()
    assert (got.keep.daily, got.keep.weekly, got.keep.monthly) == (3, 0, 24)
    (tmp_path / "plain").write_text("a file")
    with pytest.raises(ValidationError) as error:
        store.set_backup_settings(str(tmp_path / "plain" / "inside"), 7, 5, 12)
    assert error.value.field == "backup_folder"
    with pytest.raises(ValidationError) as error:
        store.set_backup_settings("", 0, 5, 12)
    assert error.value.field == "backup_keep"
    assert store.backup_settings().folder == tmp_path / "new" / "folder"  # unchanged
    store.set_backup_settings(str(isolated_home / "backups"), 7, 5, 12)
    assert store.value(store.BACKUP_FOLDER) == ""  # the default's own path is stored as "the default"
