"""The suite's costly shared builds rely on pytest-xdist's ``--dist loadgroup`` sending
every test of one ``xdist_group`` to one worker; this fails when a pytest or xdist
release stops it from doing so."""

from __future__ import annotations

import pytest

GROUP = "xdist-groups"


@pytest.mark.xdist_group(GROUP)
def test_a_grouped_test_carries_its_group_to_the_scheduler(request: pytest.FixtureRequest) -> None:
    if not request.config.getvalue("loadgroup"):
        pytest.skip("not run by xdist with --dist loadgroup")
    assert request.node.nodeid.endswith(f"@{GROUP}")
