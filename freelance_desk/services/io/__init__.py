"""Files brought in whole: another tool's export or this app's own CSV (``sources``: one module a format;
``lines``: a text file read and checked a line at a time), planned and written by ``moving_in``."""
