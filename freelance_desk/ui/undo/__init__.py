"""Undo for writes that already happened (add, edit, delete, archive…): push after doing.

One QUndoCommand class per undoable write, by domain: time.py (time entries), io.py (the CSV
import), money.py (payments), clients.py, milestones.py, pipeline.py (proposals, gigs).
base.py holds what they share. A page does the write, then builds a command from plain values
(ids, snapshots) and the text it translated, and pushes it; the command's ``after`` callback
lets the page reload and select.
"""
