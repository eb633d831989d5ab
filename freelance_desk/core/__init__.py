"""The base of the app: errors, money, durations, the calendar and the vocabulary.

Plain Python: nothing here imports Peewee or Qt, and nothing here imports the
layers above it (``db``, ``services``, ``ui``).
"""
