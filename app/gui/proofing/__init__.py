"""Spelling and house style in the editor: underlines as you type, hover messages, fixes."""
