"""The settings read top to bottom: one list of apps and middleware, and reading has no effects."""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[4]
SETTINGS = REPO / "src" / "kennispunt" / "settings" / "__init__.py"


def _assignments(name: str) -> list[ast.AST]:
    tree = ast.parse(SETTINGS.read_text())
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                found.append(node)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id == name:  # INSTALLED_APPS.append(...)
                found.append(node)
    return found


def test_installed_apps_and_middleware_are_each_one_literal_list() -> None:
    for name in ("INSTALLED_APPS", "MIDDLEWARE"):
        (assignment,) = _assignments(name)
        assert isinstance(assignment, ast.Assign), name
        assert isinstance(assignment.value, ast.List), name
        assert all(isinstance(item, ast.Constant) for item in assignment.value.elts), name


def test_importing_the_settings_makes_no_folders_and_sets_no_environment(tmp_path) -> None:
    var = tmp_path / "var"
    script = (
        "import json, os, sys; before = dict(os.environ); import kennispunt.settings; "
        "changed = sorted(k for k in os.environ if os.environ.get(k) != before.get(k)); "
        "import django; django.setup(); "
        "print(json.dumps({'changed': changed, "
        "'metrics': os.environ.get('PROMETHEUS_MULTIPROC_DIR')}))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kennispunt.settings",
        "KENNISPUNT_VAR_DIR": str(var),
        "DATABASE_URL": "",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(REPO / "src"),
    }
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    probe = (
        "import os, sys; import kennispunt.settings; "
        f"sys.exit(1 if os.path.exists({str(var)!r}) else 0)"
    )
    # Importing alone: nothing on disk.
    subprocess.run([sys.executable, "-c", probe], env=env, check=True)  # noqa: S603
    assert not var.exists()
    # Starting Django (CoreConfig.ready) makes the folders and tells prometheus_client.
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["changed"] == []
    assert report["metrics"] == str(var / "metrics")
    assert (var / "metrics").is_dir() and (var / "static").is_dir()
