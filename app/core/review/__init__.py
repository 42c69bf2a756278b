"""The desk's review layer: suggestions (CriticMarkup), comments, sign-off rules."""
