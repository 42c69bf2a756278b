"""Provenance: is this copy a rewrite of material the desk holds, and what did it change?"""
