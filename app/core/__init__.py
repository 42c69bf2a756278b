"""The Qt-free heart of Copydesk: model, store, analysis, import and export."""
