"""Schema versions, oldest first by their revision ids."""
