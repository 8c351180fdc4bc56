"""template.yaml: lint-clean, translatable offline, and creatable on the moto server with the
resources declared as declared. What moto cannot create (alarms, secrets, schedules, query
definitions, dashboards) is checked in the translated template instead."""

from __future__ import annotations

import json
from collections.abc import Iterator
from fnmatch import fnmatch
from typing import Any

import pytest

from infra.local.cloudformation import TEMPLATE, MotoServer, Stack, create_stack, translate
from transcript_pipeline.core.entities import ENTITY_TYPES

pytestmark = pytest.mark.integration
PARAMETERS = {"GatewayUrl": "https://gateway.example/v1/chat/completions",
              "GatewayApiKey": "deploy-time-secret"}


@pytest.fixture(scope="module")
def deployed() -> Iterator[tuple[MotoServer, Stack]]:
    server = MotoServer()
    try:
        yield server, create_stack(server, "tp", PARAMETERS)
    finally:
        server.stop()


def resources_of(stack: Stack, kind: str) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in stack.translated["Resources"].items() if v["Type"] == kind}


def test_cfn_lint_is_clean() -> None:
    from cfnlint.api import lint_all

    matches = [m for m in lint_all(TEMPLATE.read_text(encoding="utf-8"))
               if m.rule.id[0] in "EW"]  # errors and warnings, as `cfn-lint template.yaml`
    assert not matches, "\n".join(str(m) for m in matches)


def test_default_entity_policy_redacts_every_type(deployed: tuple[MotoServer, Stack]) -> None:
    default = deployed[1].translated["Parameters"]["EntityPolicy"]["Default"]
    assert default.split(",") == list(ENTITY_TYPES)


def test_queues_and_redrive(deployed: tuple[MotoServer, Stack]) -> None:
    server, stack = deployed
    sqs = server.client("sqs")

    def attrs(output: str) -> dict[str, str]:
        return sqs.get_queue_attributes(QueueUrl=stack.outputs[output],
                                        AttributeNames=["All"])["Attributes"]

    events, events_dlq = attrs("EventsQueueUrl"), attrs("EventsDeadLetterQueueUrl")
    flush, flush_dlq = attrs("FlushQueueUrl"), attrs("FlushDeadLetterQueueUrl")
    assert events["FifoQueue"] == "true" and events_dlq["FifoQueue"] == "true"
    redrive = json.loads(events["RedrivePolicy"])
    assert redrive["deadLetterTargetArn"] == events_dlq["QueueArn"]
    assert int(redrive["maxReceiveCount"]) == 5
    assert json.loads(flush["RedrivePolicy"])["deadLetterTargetArn"] == flush_dlq["QueueArn"]
    for queue in (events, events_dlq, flush, flush_dlq):
        assert queue.get("KmsMasterKeyId"), "every queue is encrypted with the pipeline key"
    # Raw text is kept no longer than an outage of the redact side needs (4 days by default,
    # the EventsRetentionSeconds parameter), and the oldest-message alarm fires long before;
    # visibility is at least six times the consumer's timeout.
    assert int(events["MessageRetentionPeriod"]) <= 4 * 86400
    retention = stack.translated["Parameters"]["EventsRetentionSeconds"]
    assert retention["Default"] == 4 * 86400 and retention["MinValue"] >= 3600
    assert int(events["MessageRetentionPeriod"]) == retention["Default"]
    alarm_after = int(stack.translated["Parameters"]["OldestMessageAlarmSeconds"]["Default"])
    assert alarm_after * 100 <= int(events["MessageRetentionPeriod"])
    assert int(events_dlq["MessageRetentionPeriod"]) <= 2 * 86400
    functions = resources_of(stack, "AWS::Lambda::Function")
    assert int(events["VisibilityTimeout"]) >= 6 * functions["RedactFunction"]["Properties"][
        "Timeout"]
    assert int(flush["VisibilityTimeout"]) >= 6 * functions["FlushFunction"]["Properties"][
        "Timeout"]


def test_every_queue_refuses_requests_without_tls(deployed: tuple[MotoServer, Stack]) -> None:
    stack = deployed[1]
    queues = {name for name in resources_of(stack, "AWS::SQS::Queue")}
    covered: set[str] = set()
    for policy in resources_of(stack, "AWS::SQS::QueuePolicy").values():
        for statement in policy["Properties"]["PolicyDocument"]["Statement"]:
            if (statement["Effect"] == "Deny" and statement["Action"] == "sqs:*"
                    and statement["Principal"] == "*"
                    and statement["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}):
                denied = {arn["Fn::GetAtt"][0] for arn in statement["Resource"]}
                assert {ref["Ref"] for ref in policy["Properties"]["Queues"]} >= denied
                covered |= denied
    assert covered == queues


def test_eventbridge_may_dead_letter_into_each_dlq_it_is_given(
    deployed: tuple[MotoServer, Stack],
) -> None:
    """A rule's DeadLetterConfig needs a queue policy that lets that rule send, or EventBridge
    drops the events it could not deliver."""
    stack = deployed[1]
    grants = {
        (statement["Resource"]["Fn::GetAtt"][0],
         statement["Condition"]["ArnEquals"]["aws:SourceArn"]["Fn::GetAtt"][0])
        for policy in resources_of(stack, "AWS::SQS::QueuePolicy").values()
        for statement in policy["Properties"]["PolicyDocument"]["Statement"]
        if statement["Effect"] == "Allow"
        and statement["Principal"] == {"Service": "events.amazonaws.com"}
        and statement["Action"] == "sqs:SendMessage"
    }
    wanted = {(target["DeadLetterConfig"]["Arn"]["Fn::GetAtt"][0], rule)
              for rule, props in resources_of(stack, "AWS::Events::Rule").items()
              for target in props["Properties"]["Targets"] if "DeadLetterConfig" in target}
    assert wanted and wanted <= grants


def test_the_flush_timing_fits_together(deployed: tuple[MotoServer, Stack]) -> None:
    """Each flush request is bounded by the invocation's remaining time, so the worst case
    (every record of the batch slow) ends unsent rather than cut off; what must still hold is
    that one full request fits in an invocation, that no second flush takes a conversation
    while the first may still be sending, and that SQS never redelivers a request in flight."""
    from transcript_pipeline.core.config import Settings
    from transcript_pipeline.lambdas.flush import FINISH_MARGIN_SECONDS

    stack = deployed[1]
    function = resources_of(stack, "AWS::Lambda::Function")["FlushFunction"]["Properties"]
    env = function["Environment"]["Variables"]

    def setting(name: str) -> float:
        return float(env.get(name.upper(), Settings.model_fields[name].default))

    timeout = function["Timeout"]
    assert setting("gateway_timeout_seconds") + FINISH_MARGIN_SECONDS <= timeout
    assert setting("lease_seconds") >= timeout
    mapping = next(v["Properties"] for v in resources_of(
        stack, "AWS::Lambda::EventSourceMapping").values()
        if v["Properties"]["FunctionName"] == {"Ref": "FlushFunction"})
    assert mapping["FunctionResponseTypes"] == [
        "ReportBatchItemFailures"]  # records left unsent go back alone, not the whole batch


def test_session_table(deployed: tuple[MotoServer, Stack]) -> None:
    server, stack = deployed
    ddb = server.client("dynamodb")
    table = ddb.describe_table(TableName=stack.outputs["SessionTableName"])["Table"]
    assert table["KeySchema"] == [{"AttributeName": "pk", "KeyType": "HASH"}]
    assert table["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"
    (index,) = table["GlobalSecondaryIndexes"]
    assert index["IndexName"] == "pending"
    props = stack.translated["Resources"]["SessionTable"]["Properties"]
    assert props["TimeToLiveSpecification"] == {"AttributeName": "ttl", "Enabled": True}
    assert props["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"] is True
    assert props["SSESpecification"]["SSEType"] == "KMS"


def test_functions_and_event_source_mappings(deployed: tuple[MotoServer, Stack]) -> None:
    server, stack = deployed
    lam = server.client("lambda")
    declared_functions = resources_of(stack, "AWS::Lambda::Function")
    for logical in ("RedactFunction", "FlushFunction"):
        config = lam.get_function_configuration(FunctionName=stack.resources[logical])
        assert config["Runtime"] == "python3.12"
        assert config["Environment"]["Variables"]["TABLE_NAME"] == "tp-sessions"
        # moto keeps neither the tracing mode nor the layers: check them as declared.
        props = declared_functions[logical]["Properties"]
        assert props["TracingConfig"] == {"Mode": "Active"}
        assert props["Layers"], "the shared library comes from the layer"
    mappings = {m["EventSourceArn"].rsplit(":", 1)[-1]: m
                for m in lam.list_event_source_mappings()["EventSourceMappings"]}
    declared = resources_of(stack, "AWS::Lambda::EventSourceMapping")
    assert len(declared) == 2 and set(mappings) == {"tp-events.fifo", "tp-flush"}
    parameters = stack.translated["Parameters"]
    for mapping in declared.values():
        props = mapping["Properties"]
        assert props["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
        cap = props["ScalingConfig"]["MaximumConcurrency"]  # a parameter, sized in the README
        assert parameters[cap["Ref"]]["MinValue"] >= 2 and parameters[cap["Ref"]]["Default"] >= 2
        size = parameters[props["BatchSize"]["Ref"]]  # batch sizes are parameters too
        assert 1 <= size["MinValue"] <= size["Default"] <= size["MaxValue"] <= 10
    assert {m["ScalingConfig"]["MaximumConcurrency"] for m in mappings.values()} == {20, 150}
    assert mappings["tp-events.fifo"]["BatchSize"] == 10
    assert mappings["tp-events.fifo"].get("MaximumBatchingWindowInSeconds", 0) == 0  # FIFO
    assert mappings["tp-flush"]["BatchSize"] == 5
    assert mappings["tp-flush"]["MaximumBatchingWindowInSeconds"] == 1


def test_policies_are_least_privilege(deployed: tuple[MotoServer, Stack]) -> None:
    _, stack = deployed
    roles = resources_of(stack, "AWS::IAM::Role")
    assert roles
    for name, role in roles.items():
        for policy in role["Properties"].get("Policies", []):
            for statement in policy["PolicyDocument"]["Statement"]:
                actions = statement["Action"]
                actions = actions if isinstance(actions, list) else [actions]
                assert all("*" not in a for a in actions), (name, actions)
                assert statement["Resource"] != "*", (name, actions)


def test_what_moto_cannot_create_is_declared(deployed: tuple[MotoServer, Stack]) -> None:
    _, stack = deployed
    alarms = resources_of(stack, "AWS::CloudWatch::Alarm")
    metrics = {(a["Properties"]["MetricName"], json.dumps(a["Properties"]["Dimensions"]))
               for a in alarms.values()}
    assert sum(m == "ApproximateNumberOfMessagesVisible" for m, _ in metrics) == 3  # DLQs
    assert sum(m == "ApproximateAgeOfOldestMessage" for m, _ in metrics) == 2
    secrets = resources_of(stack, "AWS::SecretsManager::Secret")
    assert {"GatewayApiKeySecret", "GenesysCredentialsSecret", "RedactionKeySecret"} <= set(
        secrets)
    text = TEMPLATE.read_text(encoding="utf-8")
    assert "deploy-time-secret" not in text  # values come as NoEcho parameters
    assert stack.translated["Parameters"]["GatewayApiKey"]["NoEcho"] is True
    rules = resources_of(stack, "AWS::Events::Rule")
    assert any(r["Properties"].get("ScheduleExpression") == "rate(1 minute)"
               for r in rules.values())
    assert len(resources_of(stack, "AWS::Logs::QueryDefinition")) == 2
    assert resources_of(stack, "AWS::CloudWatch::Dashboard")
    groups = resources_of(stack, "AWS::Logs::LogGroup")
    assert all("RetentionInDays" in g["Properties"] for g in groups.values())
    key = stack.translated["Resources"]["PipelineKey"]["Properties"]
    assert key["EnableKeyRotation"] is True
    outputs = set(stack.translated["Outputs"])
    assert {"EventsQueueUrl", "FlushQueueUrl", "SessionTableName"} <= outputs


def test_eventbridge_ingress_is_a_parameter(deployed: tuple[MotoServer, Stack]) -> None:
    server, stack = deployed
    assert "IngestFunction" not in stack.resources  # listener mode by default
    bus = "aws.partner/genesys.com/cloud/9d3e1f20/agent-assist"
    translated = translate({**PARAMETERS, "IngressMode": "eventbridge",
                            "GenesysEventBusName": bus}, server.client("iam"))
    resources = translated["Resources"]
    assert resources["IngestFunction"]["Condition"] == "UseEventBridge"
    (rule,) = [r for r in resources.values() if r["Type"] == "AWS::Events::Rule"
               and "EventPattern" in r["Properties"]]
    assert rule["Properties"]["EventPattern"] == {
        "detail-type": [{"wildcard": "v2.conversations.*.transcription"}]}
    assert rule["Properties"]["EventBusName"] == {"Ref": "GenesysEventBusName"}
    config = resources["IngestFunction"]["Properties"]["DeadLetterConfig"]
    assert config["TargetArn"] == {"Fn::GetAtt": ["IngestDeadLetterQueue", "Arn"]}


def test_listener_service_is_declared_least_privilege(deployed: tuple[MotoServer, Stack]) -> None:
    server, stack = deployed
    assert "ListenerService" not in stack.resources  # no image given: no service
    translated = translate({**PARAMETERS, "ListenerImageUri": "123.dkr.ecr/listener:1",
                            "GenesysQueueIds": "q-1"}, server.client("iam"))
    resources = translated["Resources"]
    task = resources["ListenerTaskDefinition"]["Properties"]
    assert task["RequiresCompatibilities"] == ["FARGATE"]
    (container,) = task["ContainerDefinitions"]
    assert container["HealthCheck"]["Command"][0] == "CMD-SHELL"
    assert container["StopTimeout"] >= 30  # time to drain on SIGTERM
    (policy,) = resources["ListenerTaskRole"]["Properties"]["Policies"]
    statements = policy["PolicyDocument"]["Statement"]
    def names(resource: dict | list) -> set[str]:
        if isinstance(resource, list):
            return set().union(*(names(r) for r in resource))
        return {resource["Fn::GetAtt"][0] if "Fn::GetAtt" in resource else resource["Ref"]}

    assert set().union(*(names(s["Resource"]) for s in statements)) == {
        "EventsQueue", "EventsDeadLetterQueue", "GenesysCredentialsSecret", "PipelineKey",
        "RawDataKey"}
    assert statements[0]["Action"] == ["sqs:SendMessage"]
    assert names(statements[0]["Resource"]) == {"EventsQueue", "EventsDeadLetterQueue"}


def test_stateful_resources_are_kept_and_logs_encrypted(deployed: tuple[MotoServer, Stack]
                                                        ) -> None:
    resources = deployed[1].translated["Resources"]
    for name in ("SessionTable", "PipelineKey"):
        assert resources[name].get("DeletionPolicy") == "Retain", name
        assert resources[name].get("UpdateReplacePolicy") == "Retain", name
    log_groups = resources_of(deployed[1], "AWS::Logs::LogGroup")
    assert log_groups and all("KmsKeyId" in group["Properties"]
                              for group in log_groups.values())
    alarms = resources_of(deployed[1], "AWS::CloudWatch::Alarm")
    assert any(a["Properties"]["MetricName"] == "StalledConversations" for a in alarms.values())


def test_operations_are_alarmed_and_event_rules_retry(deployed: tuple[MotoServer, Stack]
                                                      ) -> None:
    stack = deployed[1]
    metrics = {(a["Properties"]["Namespace"], a["Properties"]["MetricName"])
               for a in resources_of(stack, "AWS::CloudWatch::Alarm").values()}
    assert {("AWS/Lambda", "Errors"), ("AWS/Lambda", "Throttles"),
            ("ECS/ContainerInsights", "RunningTaskCount")} <= metrics
    targets = [t for rule in resources_of(stack, "AWS::Events::Rule").values()
               for t in rule["Properties"].get("Targets", [])]
    assert targets and all("RetryPolicy" in t for t in targets)


RAW_SIDE = {"EventsQueue", "EventsDeadLetterQueue", "IngestDeadLetterQueue"}
READS = ("sqs:ReceiveMessage", "sqs:DeleteMessage")
DECRYPTS = ("kms:Decrypt",)


def _allows(actions: set[str], wanted: tuple[str, ...]) -> bool:
    """Does any action pattern ("sqs:Receive*", "kms:*", "*") grant one of `wanted`?"""
    return any(fnmatch(w.lower(), a.lower()) for a in actions for w in wanted)


def _logical_ids(resource: Any) -> set[str]:
    """The resources a policy statement names (GetAtt / Ref / Sub), or {"*"} for anything
    broader: a literal ARN with a wildcard, a Sub or a Join (the test errs towards failing)."""
    if isinstance(resource, list):
        return set().union(*(_logical_ids(r) for r in resource))
    if isinstance(resource, str):
        return {"*"} if "*" in resource else set()
    if "Fn::GetAtt" in resource:
        return {resource["Fn::GetAtt"][0]}
    if "Ref" in resource:
        return {resource["Ref"]}
    return {"*"}  # a Sub or Join: counted as anything, so the test errs towards failing


def _grants(role: dict[str, Any]) -> list[tuple[set[str], set[str]]]:
    """(actions, resources) of every inline statement that allows."""
    found = []
    for policy in role["Properties"].get("Policies", []):
        for statement in policy["PolicyDocument"]["Statement"]:
            if statement["Effect"] != "Allow":
                continue
            actions = statement["Action"]
            found.append((set(actions if isinstance(actions, list) else [actions]),
                          _logical_ids(statement["Resource"])))
    return found


def test_only_the_redact_function_can_read_the_raw_side(deployed: tuple[MotoServer, Stack]
                                                       ) -> None:
    """The raw side (events queue, its DLQ, the ingest DLQ) has a key of its own; the function
    that talks to the external gateway can neither receive from those queues nor decrypt with
    that key. Every role of both ingress modes is checked, managed policies included."""
    server = deployed[0]
    resources: dict[str, Any] = {}
    for mode in ({"ListenerImageUri": "123.dkr.ecr/listener:1", "GenesysQueueIds": "q-1"},
                 {"IngressMode": "eventbridge", "GenesysEventBusName": "aws.partner/x"}):
        resources.update(translate({**PARAMETERS, **mode}, server.client("iam"))["Resources"])
    for name in RAW_SIDE:
        assert resources[name]["Properties"]["KmsMasterKeyId"] == {"Ref": "RawDataKey"}
    for name in ("FlushQueue", "FlushDeadLetterQueue"):
        assert resources[name]["Properties"]["KmsMasterKeyId"] == {"Ref": "PipelineKey"}
    roles = {k: v for k, v in resources.items() if v["Type"] == "AWS::IAM::Role"}
    readers, decrypters = set(), set()
    for name, role in roles.items():
        managed = [json.dumps(arn) for arn in role["Properties"].get("ManagedPolicyArns", [])]
        assert not any("SQS" in arn or "FullAccess" in arn for arn in managed), (name, managed)
        for actions, targets in _grants(role):
            if _allows(actions, READS) and targets & (RAW_SIDE | {"*"}):
                readers.add(name)
            if _allows(actions, DECRYPTS) and targets & {"RawDataKey", "*"}:
                decrypters.add(name)
    functions = {k: v["Properties"] for k, v in resources.items()
                 if v["Type"] == "AWS::Lambda::Function"}
    role_of = {k: p["Role"]["Fn::GetAtt"][0] for k, p in functions.items()}
    assert readers == {role_of["RedactFunction"]}
    # Senders to a KMS-encrypted queue need Decrypt as well; they hold the raw text anyway.
    assert decrypters == {role_of["RedactFunction"], role_of["IngestFunction"],
                          "ListenerTaskRole"}
    assert role_of["FlushFunction"] not in decrypters | readers
    for key in ("RawDataKey", "PipelineKey"):  # services act for this account only
        for statement in resources[key]["Properties"]["KeyPolicy"]["Statement"]:
            service = json.dumps(statement["Principal"].get("Service", ""))
            if any(s in service for s in ("sqs", "events", "sns")):
                assert statement["Condition"]["StringEquals"]["aws:SourceAccount"]


def test_each_role_may_make_the_calls_its_code_makes(deployed: tuple[MotoServer, Stack]
                                                    ) -> None:
    """moto checks no IAM: what the flush and redact code call on the session table must be
    granted here (the flush function writes a delivery record per batch with PutItem)."""
    resources = deployed[1].translated["Resources"]
    needs = {"FlushRole": ("dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:PutItem",
                           "dynamodb:Query", "sqs:SendMessage", "events:PutEvents"),
             "RedactRole": ("dynamodb:GetItem", "dynamodb:UpdateItem", "sqs:SendMessage",
                            "sqs:ReceiveMessage")}
    for role, actions in needs.items():
        granted = set().union(*(a for a, _ in _grants(resources[role])))
        missing = [a for a in actions if not _allows(granted, (a,))]
        assert not missing, (role, missing)
