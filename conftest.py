pytest_plugins = [
    "kennispunt.core.testing.fixtures",
    "kennispunt.knowledge.testing",
    "kennispunt.elections.testing",
]
