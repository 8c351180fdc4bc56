"""The local moto server's speed-ups (infra/local/moto_server.py) change no answer: the same
UpdateItem requests, valid and invalid, and reads of items holding every kind of attribute, get
the same responses and errors from moto with and without them (each side in a process of its
own: the patches cannot be undone in one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r'''
import json, os, sys
os.environ.update(AWS_DEFAULT_REGION="us-east-1", AWS_ACCESS_KEY_ID="t", AWS_SECRET_ACCESS_KEY="t")
os.environ.pop("AWS_ENDPOINT_URL", None)  # moto in this process, not a server left configured
if sys.argv[1] == "patched":
    from infra.local import moto_server
import boto3
from moto import mock_aws

EXPRESSIONS = [
    "SET a = :v SET b = :v", "ADD n :one ADD m :one", "REMOVE a REMOVE b",
    "SET a = :v, a = :v", "SET a = :v REMOVE b, c", "SET pk = :v",
    "SET l = list_append(if_not_exists(l, :empty), :list), c = :v ADD n :one",
    "SET l = list_append(if_not_exists(l, :empty), :list) REMOVE l[0], l[1] ADD n :one",
    "SET #missing = :v", "SET a = :undefined", "SET a = ", "DELETE n :one",
]
with mock_aws():
    ddb = boto3.client("dynamodb")
    ddb.create_table(TableName="t", BillingMode="PAY_PER_REQUEST",
                     AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
                     KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}])
    values = {":v": {"S": "1"}, ":one": {"N": "1"}, ":empty": {"L": []},
              ":list": {"L": [{"S": "x"}, {"S": "y"}]}}
    answers = []
    for expression in EXPRESSIONS * 2:  # the second time from the parse cache
        used = {k: v for k, v in values.items() if k in expression}
        kwargs = {"ExpressionAttributeValues": used} if used else {}
        try:
            answers.append(ddb.update_item(TableName="t", Key={"pk": {"S": "x"}},
                                           UpdateExpression=expression, ReturnValues="ALL_NEW",
                                           **kwargs).get("Attributes"))
        except Exception as exc:
            answers.append(str(exc))
    item = {"pk": {"S": "y"}, "m": {"M": {"n": {"N": "2"}, "b": {"BOOL": True},
                                          "z": {"NULL": True}, "l": {"L": [{"S": "a"}]}}},
            "ss": {"SS": ["p", "q"]}, "ns": {"NS": ["1", "2"]}}
    ddb.put_item(TableName="t", Item=item)
    answers.append(ddb.get_item(TableName="t", Key={"pk": {"S": "y"}})["Item"])
    answers.append(ddb.scan(TableName="t")["Items"])
    answers.append(ddb.get_item(TableName="t", Key={"pk": {"S": "absent"}}).get("Item"))
if sys.argv[1] == "patched":
    assert moto_server._parsed.cache_info().hits > 0, "the speed-ups were not used"
    assert moto_server._possible_keys, "the serializer's speed-up was not used"
print(json.dumps(answers))
'''


def answers(mode: str) -> list:
    env = {k: v for k, v in os.environ.items() if k != "AWS_ENDPOINT_URL"}
    out = subprocess.run([sys.executable, "-c", PROBE, mode], cwd=ROOT, check=True,
                         capture_output=True, text=True, env=env).stdout
    return json.loads(out)


def test_the_speed_ups_give_the_answers_moto_gives() -> None:
    plain, patched = answers("plain"), answers("patched")
    assert patched == plain
    assert sum(isinstance(a, str) for a in plain) >= 12  # the errors were exercised too
