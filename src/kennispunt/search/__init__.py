"""Dutch-language site search: stemming backends for Wagtail and highlighted snippets."""
