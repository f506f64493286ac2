"""Anonymous public pages served from the Django cache, invalidated when content changes."""
