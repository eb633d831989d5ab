"""Contracts: fixed-price and hourly rules and totals (contracts), the list and detail rows (listing), one contract's history (activity)."""
