pytest_plugins = ["kennispunt.core.testing.fixtures"]
