"""Read-only summaries across domains: the dashboard, counts and the first-run check, progress reports."""
