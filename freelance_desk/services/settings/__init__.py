"""Settings stored in the database (home currency, week start, limits, working hours)."""
