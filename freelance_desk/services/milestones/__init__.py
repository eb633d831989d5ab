"""Milestones: the lifecycle from planned to paid, reordering, the board (lifecycle); when submitted work approves itself (auto_release)."""
