"""Every test in this folder is a hypothesis property test, marked ``property``."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "geoquote", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("geoquote")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/property/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.property)
