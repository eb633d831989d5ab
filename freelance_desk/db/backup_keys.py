"""The settings that say where backups go and how many rotation keeps: their keys in the ``setting``
table and their defaults, shared by ``db/backups.py`` (which reads them straight from a file) and
``services/settings/store.py`` (which declares them), without either importing the backups code at
startup."""

FOLDER_KEY = "backup_folder"  # "" means the default folder
KEEP_DAILY_KEY, KEEP_WEEKLY_KEY, KEEP_MONTHLY_KEY = "backup_keep_daily", "backup_keep_weekly", "backup_keep_monthly"
KEEP_DEFAULTS = {"daily": 7, "weekly": 5, "monthly": 12}
