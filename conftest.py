pytest_plugins = [
    "kennispunt_testing.fixtures",
    "kennispunt_testing.url_coverage",
    "kennispunt_testing.knowledge",
    "kennispunt_testing.elections",
]
