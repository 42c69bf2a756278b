"""Copydesk: an offline editorial workstation for newsrooms."""

__version__ = "0.1.0"
APP_ID = "org.copydesk.Copydesk"
APP_NAME = "Copydesk"
