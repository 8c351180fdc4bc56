"""The Genesys emulator in a process of its own, for the listener benchmark.

Genesys is remote in production: a listener does not share its interpreter (and its GIL) with
the server that feeds it. Run as `python bench/genesys_process.py CALLS`: it replays the first
CALLS conversations of the dev corpus, prints one JSON line (base URL, queue id, credentials)
and serves until its standard input closes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pydantic import SecretStr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from transcript_pipeline.ingress.genesys_api import GenesysApi  # noqa: E402


class EmulatorProcess:
    """Start the emulator in a child process; `api()` points a listener at it."""

    def __init__(self, calls: int, per_message: int = 10) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, __file__, str(calls), str(per_message)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._proc.stdout is not None
        self.info = json.loads(self._proc.stdout.readline())
        self.queue_id: str = self.info["queue_id"]

    def api(self) -> GenesysApi:
        return GenesysApi("local", self.info["client_id"], SecretStr(self.info["client_secret"]),
                          login_url=self.info["base_url"], api_url=self.info["base_url"])

    def stop(self) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        self._proc.wait(timeout=30)


def main() -> None:
    from corpus import first_calls

    from infra.local.emulators.genesys import GenesysEmulator

    emulator = GenesysEmulator(first_calls(int(sys.argv[1])), per_message=int(sys.argv[2]),
                               interval=0)
    print(json.dumps({"base_url": emulator.base_url, "queue_id": emulator.queue_id,
                      "client_id": emulator.client_id,
                      "client_secret": emulator.client_secret}), flush=True)
    sys.stdin.read()  # until the benchmark closes our input
    emulator.stop()


if __name__ == "__main__":
    main()
