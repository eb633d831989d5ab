"""Invoices and receipts for direct clients: numbering, lines drafted from the work, payments against them."""
