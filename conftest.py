pytest_plugins = [
    "kennispunt.core.testing.fixtures",
    "kennispunt.core.testing.url_coverage",
    "kennispunt.knowledge.testing",
    "kennispunt.elections.testing",
]
