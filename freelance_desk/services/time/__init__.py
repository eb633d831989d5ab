"""Tracked time: the one running timer and manual entries (tracking); what the Time page and the timer bar read (queries)."""
