"""Persistence: Peewee models on SQLite. Nothing here imports Qt."""
