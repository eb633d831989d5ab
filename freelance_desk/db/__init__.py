"""Persistence: Peewee models on SQLite. Nothing here imports Qt."""

# The schema this app writes: migrations.latest_version(), known here without importing peewee (the
# launcher reads a file's version from its header before the data layer is imported; a test keeps the two equal).
SCHEMA_VERSION = 7
