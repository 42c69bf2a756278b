"""The review layer in the window: suggest mode, the review panel, banners, live updates."""
