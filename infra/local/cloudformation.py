"""AWS on loopback: the moto server, and the stack from template.yaml created on it.

The resources come from the template itself, the same path a deployment takes: the SAM
template is translated to plain CloudFormation offline (aws-sam-translator, with a managed
policy loader over the moto server's IAM) and created through the moto server's CloudFormation.
Nothing here lists queues or tables by hand.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
from samtranslator.translator.managed_policy_translator import ManagedPolicyLoader
from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "template.yaml"
REGION = "us-east-1"
CODE_BUCKET = "transcript-pipeline-local-code"
CODE_KEY = "code.zip"
# moto cannot create these; they are checked in the translated template instead.
UNSUPPORTED_BY_MOTO = {"AWS::Logs::QueryDefinition", "AWS::CloudWatch::Dashboard"}


def local_credentials() -> None:
    """Fake credentials and a region, so no boto3 client can reach a real account."""
    os.environ["AWS_ACCESS_KEY_ID"] = "testing"
    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
    os.environ["AWS_SESSION_TOKEN"] = "testing"
    os.environ["AWS_DEFAULT_REGION"] = REGION
    os.environ.pop("AWS_PROFILE", None)


class MotoServer:
    """The moto server in its own process on a free loopback port (its own GIL, its own
    state: every stack starts from nothing), one request at a time (see moto_server.py)."""

    def __init__(self) -> None:
        local_credentials()
        self._process = subprocess.Popen(
            [sys.executable, "-m", "infra.local.moto_server", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT, text=True,
        )
        assert self._process.stdout is not None
        port = self._process.stdout.readline().strip()  # it binds, then says where
        self._process.stdout.close()
        if not port.isdigit():
            self.stop()
            raise RuntimeError("the moto server did not start")
        self.endpoint = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{self.endpoint}/moto-api/", timeout=1).close()
                return
            except OSError:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("the moto server did not start") from None
                time.sleep(0.1)

    def reset(self) -> None:
        """Every backend back to nothing, as a new server would start (moto's reset API)."""
        request = urllib.request.Request(f"{self.endpoint}/moto-api/reset", method="POST")
        urllib.request.urlopen(request, timeout=30).close()

    def client(self, service: str) -> Any:
        return boto3.client(service, endpoint_url=self.endpoint, region_name=REGION)

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()


def translate(parameters: dict[str, str], iam: Any, template: Path = TEMPLATE) -> dict[str, Any]:
    """The SAM template as plain CloudFormation, code URIs pointing at the local code object."""
    sam = yaml_parse(template.read_text(encoding="utf-8"))
    for resource in sam["Resources"].values():
        props = resource.get("Properties", {})
        if resource["Type"] == "AWS::Serverless::Function":
            props["CodeUri"] = f"s3://{CODE_BUCKET}/{CODE_KEY}"
        elif resource["Type"] == "AWS::Serverless::LayerVersion":
            props["ContentUri"] = f"s3://{CODE_BUCKET}/{CODE_KEY}"
    os.environ.setdefault("AWS_DEFAULT_REGION", REGION)
    return transform(sam, parameters, ManagedPolicyLoader(iam))


def _code_zip() -> bytes:
    """A placeholder deployment package: Lambdas run locally from the working tree."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("app.py", "def handler(event, context):\n    return None\n")
    return buffer.getvalue()


@dataclass
class Stack:
    """A created stack: its outputs and physical resource ids."""

    name: str
    outputs: dict[str, str]
    resources: dict[str, str]  # logical id -> physical id
    translated: dict[str, Any]


def create_stack(server: MotoServer, name: str, parameters: dict[str, str]) -> Stack:
    """Translate template.yaml and create it on the moto server; wait until it is complete."""
    s3 = server.client("s3")
    s3.create_bucket(Bucket=CODE_BUCKET)
    s3.put_object(Bucket=CODE_BUCKET, Key=CODE_KEY, Body=_code_zip())
    translated = translate(parameters, server.client("iam"))
    created = {k: v for k, v in translated["Resources"].items()
               if v["Type"] not in UNSUPPORTED_BY_MOTO}
    body = {**translated, "Resources": created}
    cfn = server.client("cloudformation")
    cfn.create_stack(
        StackName=name, TemplateBody=json.dumps(body),
        Parameters=[{"ParameterKey": k, "ParameterValue": v} for k, v in parameters.items()],
        Capabilities=["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"],
    )
    described = cfn.describe_stacks(StackName=name)["Stacks"][0]
    if described["StackStatus"] != "CREATE_COMPLETE":
        raise RuntimeError(f"stack {name} ended in {described['StackStatus']}")
    outputs = {o["OutputKey"]: o["OutputValue"] for o in described.get("Outputs", [])}
    resources = {
        r["LogicalResourceId"]: r["PhysicalResourceId"]
        for r in cfn.list_stack_resources(StackName=name)["StackResourceSummaries"]
    }
    return Stack(name, outputs, resources, translated)
