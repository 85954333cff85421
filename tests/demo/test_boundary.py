"""The demo is tooling: no product module imports it (STYLE.md, "Tools are not the product")."""

import ast
from pathlib import Path

from django.conf import settings

PRODUCT_APPS = [
    "portal",
    "notify",
    "cms",
    "courses",
    "jobs",
    "search",
    "staffarea",
    "partners",
    "programme",
]


def _imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
    return modules


def test_no_product_module_imports_the_demo():
    root = Path(settings.BASE_DIR)
    imports = {
        path.relative_to(root): _imported_modules(path)
        for app in PRODUCT_APPS
        for path in sorted((root / app).rglob("*.py"))
    }
    offenders = [
        f"{path}: {module}"
        for path, modules in imports.items()
        for module in modules
        if module == "demo" or module.startswith("demo.")
    ]
    assert offenders == []
    # the scan does see the apps' imports (the calendar is a product module the demo uses)
    assert any("courses.calendar" in modules for modules in imports.values())
