"""Business rules and queries. Plain Python: nothing here imports Qt."""
