"""matplotlib lives here only, imported when a chart is first shown."""
