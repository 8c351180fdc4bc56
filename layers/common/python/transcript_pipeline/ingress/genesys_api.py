"""The Genesys Cloud REST calls the listener makes: OAuth client credentials, notification
channels and subscriptions. Errors name what to fix (credentials, a missing permission), never
a secret."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

import httpx
from pydantic import SecretStr

from transcript_pipeline.core.errors import GenesysAuthError

TOKEN_MARGIN = 300  # renew the token this many seconds before it expires
MAX_RETRY_AFTER = 60
CHANNEL_LIFETIME = 24 * 3600  # what Genesys gives a channel when `expires` is missing


@dataclass
class Channel:
    id: str
    connect_uri: str
    expires: float  # wall-clock seconds (time.time()) after which Genesys closes the channel


def _expiry(value: object) -> float:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            pass
    return time.time() + CHANNEL_LIFETIME


class GenesysApi:
    """`login_url`/`api_url` default to the region's hosts (`login.{region}`, `api.{region}`)."""

    def __init__(self, region: str, client_id: str, client_secret: SecretStr,
                 login_url: str | None = None, api_url: str | None = None,
                 http: httpx.Client | None = None) -> None:
        self.login_url = login_url or f"https://login.{region}"
        self.api_url = api_url or f"https://api.{region}"
        self.client_id = client_id
        self.client_secret = client_secret
        self.http = http or httpx.Client(timeout=httpx.Timeout(15.0, connect=5.0))
        self._token: str | None = None
        self._expires = 0.0

    def token(self) -> str:
        """A valid access token, fetched again shortly before the cached one expires."""
        if self._token and time.monotonic() < self._expires - TOKEN_MARGIN:
            return self._token
        for _ in range(5):
            response = self.http.post(
                f"{self.login_url}/oauth/token", data={"grant_type": "client_credentials"},
                auth=(self.client_id, self.client_secret.get_secret_value()))
            if response.status_code != 429:
                break
            _wait_retry_after(response)
        if response.status_code in (400, 401, 403):
            raise GenesysAuthError(
                f"Genesys refused the OAuth client credentials (HTTP {response.status_code}): "
                "check the client id and secret in the Genesys credentials secret")
        response.raise_for_status()
        body = response.json()
        self._token = body["access_token"]
        self._expires = time.monotonic() + float(body.get("expires_in", 3600))
        return self._token

    def forget_token(self) -> None:
        """The token was refused (expired or revoked): the next call fetches a new one."""
        self._token = None

    def _call(self, method: str, path: str, json: object = None) -> httpx.Response:
        for _ in range(5):
            response = self.http.request(method, f"{self.api_url}{path}", json=json,
                                         headers={"Authorization": f"Bearer {self.token()}"})
            if response.status_code == 429:
                _wait_retry_after(response)
                continue
            if response.status_code == 401:  # expired or revoked: a fresh token, then give up
                self.forget_token()
                continue
            if response.status_code == 403:
                raise GenesysAuthError(
                    f"Genesys denied {method} {path} (HTTP 403): the OAuth client lacks a "
                    "permission (notifications need the role that grants them)")
            response.raise_for_status()
            return response
        raise GenesysAuthError(f"Genesys kept refusing {method} {path} "
                               f"(HTTP {response.status_code})")

    def create_channel(self) -> Channel:
        body = self._call("POST", "/api/v2/notifications/channels").json()
        return Channel(body["id"], body["connectUri"], _expiry(body.get("expires")))

    def unsubscribe_all(self, channel: Channel) -> None:
        """Stop a channel we are leaving from delivering anything more."""
        self._call("DELETE", f"/api/v2/notifications/channels/{channel.id}/subscriptions")

    def subscribe(self, channel: Channel, topics: list[str], replace: bool = False) -> None:
        """Add (or, with `replace`, set) topics; a rejected topic names the missing permission."""
        if not topics and not replace:
            return
        response = self._call("PUT" if replace else "POST",
                              f"/api/v2/notifications/channels/{channel.id}/subscriptions",
                              json=[{"id": t} for t in topics])
        rejected = [e for e in response.json().get("entities", [])
                    if e.get("state") == "Rejected"]
        if rejected:
            missing = sorted({p for e in rejected for p in e.get("missingPermissions", [])})
            raise GenesysAuthError(
                f"Genesys rejected {len(rejected)} subscription(s): "
                f"{rejected[0].get('rejectionReason', 'rejected')}; missing permission(s): "
                f"{', '.join(missing) or 'unknown'}")


def _wait_retry_after(response: httpx.Response) -> None:
    """Honour a 429's Retry-After (capped), never spin."""
    try:
        delay = float(response.headers.get("Retry-After", "1"))
    except ValueError:
        delay = 1.0
    time.sleep(min(max(delay, 0.0), MAX_RETRY_AFTER))
