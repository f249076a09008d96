"""Only the page `lessonpress serve` opened may drive it, and only inside its folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from lessonpress.serve.app import MAX_UPLOAD_BYTES
from lessonpress.serve.guard import TOKEN_COOKIE, TOKEN_HEADER, Session
from lessonpress.serve.theme_files import UPLOADS
from web.serving import ORIGIN


def test_a_request_without_the_token_is_refused(stranger: TestClient) -> None:
    for response in (
        stranger.get("/"),
        stranger.get("/api/folder"),
        stranger.get("/api/lessons/minimal.yaml"),
        stranger.put("/api/lessons/minimal.yaml", content="title: x", headers={"Origin": ORIGIN}),
    ):
        assert response.status_code == 403, response.text
        assert "token" in response.text


def test_a_request_with_a_wrong_token_is_refused(stranger: TestClient) -> None:
    response = stranger.get("/api/folder", headers={TOKEN_HEADER: "guessed"})
    assert response.status_code == 403


def test_the_start_address_hands_over_the_token_as_a_strict_cookie(
    stranger: TestClient, session: Session
) -> None:
    response = stranger.get(f"/?token={session.token}", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = response.headers["set-cookie"]
    assert f"{TOKEN_COOKIE}={session.token}" in cookie
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert stranger.get("/api/folder").status_code == 200  # the cookie now proves it


def test_a_request_from_another_origin_is_refused_even_with_the_token(
    client: TestClient, folder: Path
) -> None:
    before = (folder / "minimal.yaml").read_text()
    for origin in ("https://evil.example", "http://127.0.0.1:9999", "null"):
        response = client.put(
            "/api/lessons/minimal.yaml", content="title: Taken over", headers={"Origin": origin}
        )
        assert response.status_code == 403
        assert "other sites" in response.text
    assert (folder / "minimal.yaml").read_text() == before


def test_a_change_without_an_origin_is_refused(
    stranger: TestClient, session: Session, folder: Path
) -> None:
    headers = {TOKEN_HEADER: session.token}  # the token, but no Origin header at all
    response = stranger.put("/api/lessons/minimal.yaml", content="title: x", headers=headers)
    assert response.status_code == 403
    assert "must name its origin" in response.text
    assert stranger.get("/api/folder", headers=headers).status_code == 200  # reading may


def test_another_host_name_is_refused(folder: Path, session: Session) -> None:
    from lessonpress.serve import create_app

    rebound = TestClient(create_app(folder, session), base_url="http://rebound.example:8765")
    response = rebound.get("/api/folder", headers={TOKEN_HEADER: session.token})
    assert response.status_code == 403


@pytest.mark.parametrize(
    "name",
    [
        "%2E%2E/outside.yaml",  # encoded, as clients drop a plain "../" before sending
        "sub/%2E%2E/%2E%2E/outside.yaml",
        "%2E%2E%2Foutside.yaml",
        "/etc/outside.yaml",
        ".hidden.yaml",
        "minimal.txt",
        "link-out.yaml",
    ],
)
def test_a_path_outside_the_folder_is_refused(client: TestClient, folder: Path, name: str) -> None:
    outside = folder.parent / "outside.yaml"
    outside.write_text("title: Outside\n")
    (folder / "link-out.yaml").symlink_to(outside)
    assert client.get(f"/api/lessons/{name}").status_code == 400
    response = client.put(f"/api/lessons/{name}", content="title: Written\n")
    assert response.status_code == 400
    assert outside.read_text() == "title: Outside\n"
    assert not (folder.parent / "outside.txt").exists()


def test_a_lesson_naming_a_picture_outside_the_folder_is_a_problem_at_its_line(
    client: TestClient, folder: Path
) -> None:
    (folder.parent / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    text = (
        "title: T\nevents:\n  - title: E\n    date: 1969\n"
        "    image: {src: ../secret.png, alt: A picture}\n"
    )
    problems = client.post("/api/check", json={"name": "minimal.yaml", "text": text}).json()[
        "problems"
    ]
    assert [p["line"] for p in problems if p["severity"] == "error"] == [5]
    assert "outside the folders" in problems[0]["message"]


def test_an_oversized_upload_is_refused_unread(client: TestClient, folder: Path) -> None:
    big = "x" * (MAX_UPLOAD_BYTES + 1)
    response = client.post("/api/import?format=text", content=big)
    assert response.status_code == 413
    response = client.put("/api/lessons/big.yaml", content=big)
    assert response.status_code == 413
    huge_logo = b"\x89PNG\r\n\x1a\n" + bytes(UPLOADS["logo"].max_bytes)
    response = client.post("/api/theme/logo?name=minimal.yaml&base=classic", content=huge_logo)
    assert response.status_code == 413
    assert sorted(p.name for p in folder.iterdir()) == ["minimal.yaml"]


def test_an_upload_that_is_not_text_is_refused(client: TestClient, folder: Path) -> None:
    response = client.post("/api/import?format=timelinejs-csv", content=b"\xff\xfe\x00binary")
    assert response.status_code == 400
    assert "UTF-8" in response.json()["error"]
    assert sorted(p.name for p in folder.iterdir()) == ["minimal.yaml"]
