"""Files in and out: time entries from CSV (time_csv: the transaction and undo; time_csv_lines: reading and checking lines)."""
