"""Freelance Desk: an offline desktop app for a solo freelancer's business."""

__version__ = "0.1.0"
APP_NAME = "Freelance Desk"
APP_ID = "freelance-desk"
