"""Business rules and queries, a package per domain. Plain Python: nothing here imports Qt."""
