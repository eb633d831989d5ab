"""Work to win and to offer: proposals and their figures, gigs (ready-made offers), workload against the limits."""
