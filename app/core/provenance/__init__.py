"""Provenance: is this copy a rewrite of material the desk holds, and what did the rewrite change?
"""
