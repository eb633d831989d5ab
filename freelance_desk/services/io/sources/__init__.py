"""Other tools' exports read into one shape (``base.SourceEntry``, ``base.SourcePayment``).

One module a format, each exposing ``FORMAT`` (a :class:`base.Format`); ``registry`` lists
them and detects which one a file is. Reading writes nothing: ``services/io/moving_in``
plans the import (contracts, zone, overlaps, duplicates) and writes it in one transaction.
"""
