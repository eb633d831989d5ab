"""Files in and out. Brought in whole by ``moving_in``: another tool's export, or this app's own CSV (``sources``:
one module a format; ``lines``: a text file read and checked a line at a time)."""
