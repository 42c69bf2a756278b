"""Text as a reader sees it: the stored Markdown body turned into plain paragraphs with offsets."""
