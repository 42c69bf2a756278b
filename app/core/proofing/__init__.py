"""Proofing: spelling and house style over the plain-text view of a story, as findings."""
