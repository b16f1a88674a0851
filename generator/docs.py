"""The docstrings of the generated code, in this project's own words (the overlay).

The generator wrapper (generator/generate.py) loads openapi.yaml into this module (``load``) and
hands it to the templates as ``DOCS``. The tables below are hand-written text keyed by names from
the spec; every one is optional. A name without an entry gets text built from the spec's structure
(an operation's method, path, parameters, body and answer; a neutral line for a tag), generation
lists those names (``missing``) as a warning, and ``stale`` lists entries the spec no longer has
(reported by make spec). The rest of each docstring (arguments, return type, errors, pagination)
is always put together from the spec, so it cannot drift from the signature.
"""

from __future__ import annotations

import textwrap
from typing import Any

import naming  # generator/ is on sys.path wherever this module is imported

TAGS = {
    "api_keys": "API keys of the calling user.",
    "billing": "Billing accounts, their payment methods, credit, spend, invoices and permissions.",
    "clusters": "Bare-metal clusters, their machines and the machine types they can use.",
    "disks": "Storage disks of a project.",
    "images": "Private VM images of a project, and the public images every project can boot.",
    "machines": "Bare-metal machines of a project, their types and operating systems.",
    "networks": "Private networks and security groups of a project.",
    "object_storage": "S3-compatible object storage: buckets, users and their access keys.",
    "projects": "Projects, their SSH keys and who may use them.",
    "resources": "Search across the resources the caller can see.",
    "ssh_keys": "SSH keys of the calling user.",
    "users": "The calling user's own account.",
    "virtual_machines": "Virtual machines: their lifecycle, settings, data centers, machine types and GPU models.",
    "volumes": "Shared network volumes of a project, and their prices.",
}

OPERATIONS = {
    "list_api_keys": "List the caller's API keys (names and dates; never the secret).",
    "generate_api_key": "Make a new API key; the answer is the only time its secret is shown.",
    "delete_api_key": "Revoke an API key by its name; calls made with it fail from then on.",
    "list_billing_accounts": "List the billing accounts the caller can see.",
    "create_billing_account": "Open a new billing account.",
    "get_billing_account_spend_details": "Break down what a billing account spent between two times.",
    "delete_billing_account": "Close a billing account (it can be restored with undelete_billing_account).",
    "get_billing_account": "Read one billing account.",
    "update_billing_account": "Change a billing account's name, address or other settings.",
    "add_billing_account_permission": "Give a user a role on a billing account.",
    "get_billing_account_permissions": "List who holds which role on a billing account.",
    "remove_billing_account_permission": "Take a user's role on a billing account away.",
    "undelete_billing_account": "Restore a billing account that was closed.",
    "create_billing_account_credit_payment": "Buy prepaid credit for a billing account with a stored payment method.",
    "list_billing_account_credit_balance_transactions": "List the movements of a billing account's credit balance.",
    "create_billing_account_credit_checkout_session": "Start a hosted checkout page for buying credit.",
    "get_billing_account_details": "Read a billing account with its payment and tax details.",
    "get_billing_account_payment_methods": "List the cards and other payment methods stored on a billing account.",
    "remove_billing_account_payment_method": "Remove a stored payment method from a billing account.",
    "set_billing_account_default_payment_method": "Make a stored payment method the one a billing account charges first.",
    "list_billing_account_projects": "List the projects a billing account pays for.",
    "get_billing_account_setup_intent": "Get what a payment form needs to store a new payment method.",
    "list_billing_account_transactions": "List the charges and payments of a billing account.",
    "list_outstanding_invoices": "List the invoices that are still unpaid.",
    "list_invoices": "List invoices, optionally one by id or those in one status.",
    "get_cluster_machine_type": "Read one cluster machine type in a data center, with its prices.",
    "list_cluster_machine_types": "List the machine types a cluster can be built from.",
    "delete_cluster_machine": "Remove one machine from a cluster.",
    "update_cluster_machine": "Change the settings of one cluster machine.",
    "reboot_cluster_machine": "Restart one cluster machine.",
    "rename_cluster_machine": "Give a cluster machine a new id.",
    "list_clusters": "List the clusters of a project.",
    "create_cluster": "Create a cluster; it is ready once its state says so.",
    "delete_cluster": "Delete a cluster and its machines.",
    "get_cluster": "Read one cluster.",
    "update_cluster": "Change the settings of a cluster.",
    "list_disks": "List the storage disks of a project, optionally in one data center.",
    "create_storage_disk": "Create a storage disk that can later be attached to a VM.",
    "delete_storage_disk": "Delete a storage disk; it must not be attached.",
    "get_disk": "Read one storage disk.",
    "resize_vm_disk": "Grow one of a VM's disks to a new size in GiB.",
    "list_private_vm_images": "List the private images a project made from its VMs.",
    "create_private_vm_image": "Make a private image from a VM's boot disk.",
    "delete_private_vm_image": "Delete a private image.",
    "get_private_vm_image": "Read one private image.",
    "update_private_vm_image": "Change a private image's description.",
    "list_public_vm_images": "List the operating system images every project can boot a VM from.",
    "list_machine_types": "List the bare-metal machine types on offer.",
    "list_machine_operating_systems": "List the operating systems a bare-metal machine can be deployed with.",
    "list_machines": "List the bare-metal machines of a project.",
    "create_machine": "Order a bare-metal machine.",
    "delete_machine": "Release a bare-metal machine.",
    "get_machine": "Read one bare-metal machine.",
    "update_machine": "Change the settings of a bare-metal machine.",
    "deploy_machine_os": "Install an operating system on a bare-metal machine.",
    "list_networks": "List the private networks of a project.",
    "create_network": "Create a private network in a data center.",
    "delete_network": "Delete a private network; no VM may use it.",
    "get_network": "Read one private network.",
    "start_network": "Start a stopped network's router.",
    "stop_network": "Stop a network's router (and stop paying for it).",
    "list_security_groups": "List the security groups of a project, optionally in one data center.",
    "create_security_group": "Create a security group: firewall rules that VMs can share.",
    "delete_security_group": "Delete a security group.",
    "get_security_group": "Read one security group with its rules.",
    "update_security_group": "Replace a security group's rules or description.",
    "list_object_storage_buckets": "List the object storage buckets of a project.",
    "get_object_storage_bucket": "Read one bucket in a data center.",
    "get_object_storage_session_key": "Get short-lived S3 credentials for a project's storage in a data center.",
    "list_object_storage_users": "List the object storage users of a project.",
    "create_object_storage_user": "Create an object storage user in a data center.",
    "delete_object_storage_user": "Delete an object storage user and its keys.",
    "get_object_storage_user": "Read one object storage user with its keys.",
    "generate_object_storage_key": "Make a new S3 access key for an object storage user; its secret is shown once.",
    "delete_object_storage_key": "Revoke one S3 access key of an object storage user.",
    "list_project_ssh_keys": "List the SSH keys every VM of a project accepts.",
    "list_projects": "List the projects the caller can see.",
    "create_project": "Create a project under a billing account.",
    "delete_project": "Delete a project; it must hold no resources.",
    "get_project": "Read one project.",
    "update_project": "Change a project's settings, such as its billing account.",
    "add_project_permission": "Give a user a role on a project.",
    "get_project_permissions": "List who holds which role on a project.",
    "remove_project_permission": "Take a user's role on a project away.",
    "search_resources": "Find resources (VMs, disks, networks and more) by a search text.",
    "list_ssh_keys": "List the caller's SSH keys.",
    "create_ssh_key": "Store a public SSH key for the caller.",
    "delete_ssh_key": "Delete one of the caller's SSH keys.",
    "get_ssh_key": "Read one of the caller's SSH keys.",
    "delete_user": "Delete the caller's own user account.",
    "get_profile": "Read the caller's own profile: name, email address and picture.",
    "count_vms": "Count the VMs of a project, without listing them.",
    "attach_storage_disk": "Attach a storage disk to a VM.",
    "detach_storage_disk": "Detach a storage disk from the VM that uses it.",
    "create_vm": "Create a VM; it boots in the background (see AsyncCudo.wait_for_vm).",
    "update_vm_authorized_ssh_keys": "Replace the SSH keys a running VM accepts.",
    "commit_vm": "Commit a VM to a longer term for a lower price.",
    "update_vm_expire_time": "Set when a VM is deleted by itself.",
    "update_vm_metadata": "Replace the key/value metadata of a VM.",
    "update_vm_password": "Set a new root password on a VM.",
    "attach_security_group": "Apply a security group to a VM.",
    "detach_security_group": "Remove a security group from a VM.",
    "list_vms": "List the VMs of a project, optionally those on one network (not paginated).",
    "get_vm": "Read one VM with its state, addresses and price.",
    "connect_vm": "Get the address of a VM's web console.",
    "monitor_vm": "Read a VM's recent CPU, memory, disk and network use.",
    "reboot_vm": "Restart a running VM.",
    "resize_vm": "Change a VM's vCPU count and memory (GiB); it restarts.",
    "start_vm": "Start a stopped VM.",
    "stop_vm": "Stop a running VM; its disks are kept and still billed.",
    "terminate_vm": "Delete a VM and its boot disk.",
    "list_vm_data_centers": "List the data centers VMs can run in.",
    "get_vm_machine_type": "Read one VM machine type in a data center, with its prices.",
    "list_vm_gpu_models": "List the GPU models VMs can have.",
    "list_vm_machine_types": "List the VM machine types with their CPU, GPU and prices.",
    "list_vm_machine_types_legacy": "List the VM machine types (an older twin of list_vm_machine_types).",
    "list_volumes": "List the network volumes of a project.",
    "create_volume": "Create a network volume that VMs in one data center can share.",
    "delete_volume": "Delete a network volume.",
    "get_volume": "Read one network volume.",
    "update_volume": "Change a network volume's size or settings.",
    "list_volume_prices": "List what network volumes cost in each data center.",
}

#: For a deprecated operation: what to call instead.
REPLACEMENTS = {"list_vm_machine_types_legacy": "use list_vm_machine_types, which answers the same"}

#: What a parameter means, by its Python name.
PARAMETERS = {
    "project_id": "The project's id.",
    "vm_id": "The VM's id.",
    "disk_id": "The storage disk's id.",
    "network_id": "The network's id.",
    "security_group_id": "The security group's id.",
    "image_id": "The private image's id.",
    "machine_id": "The bare-metal machine's id.",
    "cluster_id": "The cluster's id.",
    "cluster_machine_id": "The cluster machine's id.",
    "volume_id": "The volume's id.",
    "billing_account_id": "The billing account's id.",
    "payment_method_id": "The stored payment method's id.",
    "ssh_key_id": "The SSH key's id.",
    "api_key_name": "The API key's name.",
    "data_center_id": "The data center's id, e.g. ``gb-bournemouth-1``.",
    "machine_type_id": "The machine type's id.",
    "bucket_id": "The bucket's id (its name).",
    "user_id": "The object storage user's id.",
    "access_key": "The S3 access key id.",
    "page_number": "Which page to read; AsyncCudo.paginate reads them all.",
    "page_size": "How many items a page holds at most.",
    "page_token": "Where to continue, from the previous page; AsyncCudo.paginate follows it.",
    "starting_after": "The id of the last item already read; AsyncCudo.paginate follows it.",
    "start_time": "Start of the period.",
    "end_time": "End of the period.",
    "size_gib": "The new size in GiB.",
    "memory_gib": "Memory in GiB.",
    "vcpus": "Number of virtual CPUs.",
    "amount_value": "The amount, as a decimal string in the account's currency.",
    "return_url": "Where the checkout page sends the buyer afterwards.",
    "payment_method": "The stored payment method to charge.",
    "radar_session_id": "The fraud-check session of the payment form, if any.",
    "new_id": "The new id.",
    "description": "A free-text description.",
    "id": "The id to give the new resource, or to look for.",
    "status": "Only items in this status.",
    "query": "The text to search for.",
    "connection_id": "The console connection to resume, if any.",
    "body": "What to create or change.",
}


#: Units of fields whose names do not say them, by wire name (the suffix rule in ``units`` covers the rest).
FIELD_UNITS = {
    "vcpus": "A count of virtual CPUs.",
    "gpus": "A count of GPUs.",
    "cpuCores": "A count of CPU cores.",
    "totalCpuCores": "A count of CPU cores.",
    "threads": "A count of CPU threads.",
    "hourlySpendLimit": "An amount per hour, in the billing account's currency.",
    "hourlySpendRate": "An amount per hour, in the billing account's currency.",
    "billingThreshold": "An amount in the billing account's currency.",
}

_STYLES = {
    "page_number": "numbered pages (``page_number``/``page_size``)",
    "page_token": "a page token (``page_token``)",
    "starting_after": "a cursor (``starting_after`` the last id, while ``has_more``)",
}

_HTTP = ("get", "put", "post", "delete", "patch")
#: openapi.yaml as loaded by ``load``: operations by name, the tags and the schemas.
_OPS: dict[str, dict[str, Any]] = {}
_TAG_NAMES: list[str] = []
_SCHEMAS: dict[str, Any] = {}


def load(spec: dict[str, Any]) -> None:
    """Read the structure the fallbacks are built from (generate.py calls this before rendering)."""
    _OPS.clear()
    _TAG_NAMES.clear()
    _SCHEMAS.clear()
    _SCHEMAS.update((spec.get("components") or {}).get("schemas") or {})
    for path, item in (spec.get("paths") or {}).items():
        for method, op in (item or {}).items():
            if method in _HTTP and isinstance(op, dict) and op.get("operationId"):
                _OPS[str(op["operationId"])] = {**op, "method": method.upper(), "path": path}
                for tag_name in op.get("tags") or []:
                    if tag_name not in _TAG_NAMES:
                        _TAG_NAMES.append(tag_name)


def _python(wire: str) -> str:
    """The Python name of a parameter's wire name, by the project's naming rule (as the generator makes it)."""
    return naming.python_name(wire, "parameter")


def _parameter_names() -> set[str]:
    names = {
        _python(str(p.get("name", "")))
        for op in _OPS.values()
        for p in op.get("parameters") or []
        if isinstance(p, dict) and p.get("in") in ("path", "query", "header")
    }
    return names | {"body"} if any("requestBody" in op for op in _OPS.values()) else names


def missing() -> dict[str, list[str]]:
    """Names of the loaded spec that have no hand-written text (they get the structural fallback)."""
    return {
        "operations": sorted(set(_OPS) - set(OPERATIONS)),
        "tags": sorted(set(_TAG_NAMES) - set(TAGS)),
        "parameters": sorted(_parameter_names() - set(PARAMETERS)),
    }


def stale(spec: dict[str, Any]) -> dict[str, list[str]]:
    """Hand-written entries whose name ``spec`` no longer has (harmless; reported by make spec)."""
    load(spec)
    models = {_pascal(name) for name in _SCHEMAS} | {"StatusDetail"}
    wires = {str(f) for s in _SCHEMAS.values() if isinstance(s, dict) for f in s.get("properties") or {}}
    return {
        "operations": sorted(set(OPERATIONS) - set(_OPS)),
        "tags": sorted(set(TAGS) - set(_TAG_NAMES)),
        "replacements": sorted(set(REPLACEMENTS) - set(_OPS)),
        "parameters": sorted(set(PARAMETERS) - _parameter_names()),
        "models": sorted(set(MODELS) - models),
        "field units": sorted(set(FIELD_UNITS) - wires),
        "fields": sorted(
            key for key in FIELDS
            if key.rpartition(".")[2] not in wires or ("." in key and _pascal(key.partition(".")[0]) not in models)
        ),
    }


def _pascal(name: str) -> str:
    return naming.pascal(name)


def _text(value: object) -> str:
    """The generator hands some names over wrapped (an "untrusted" string); unwrap them."""
    unwrap = getattr(value, "get_untrusted_value", None)
    return str(unwrap() if callable(unwrap) else value)


def tag(name: str) -> str:
    return TAGS.get(name) or f"The {name.replace('_', ' ')} operations of the API."


def replacement(name: str) -> str:
    return REPLACEMENTS.get(name, "see the API's changelog")


def _words(name: str) -> str:
    return name.replace("_", " ")


def _ref_name(schema: Any) -> str:
    ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
    return _pascal(str(ref).rsplit("/", 1)[-1]) if ref else ""


def title(name: str) -> str:
    """``snapshot_vm`` -> ``Snapshot VM``: an operation's name as the first words of its docstring."""
    words = [naming.ACRONYMS.get(w, w) for w in name.split("_")]
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


def summary(name: str, method: str, path: object, has_body: bool, returns: str) -> str:
    """An operation's first line: the overlay's, else built from its structure."""
    return OPERATIONS.get(name) or _summary(name, method, _text(path), has_body, returns)


def paging(style: str) -> str:
    """How a pagination style asks for the next page, in words."""
    return _STYLES.get(style, style)


def plain(value: object) -> str:
    """A name or path as the spec spells it (the generator hands some over wrapped)."""
    return _text(value)


def _summary(name: str, method: str, path: str, has_body: bool, returns: str) -> str:
    """The first line of an operation the overlay does not know, from its structure (the
    method and path follow on the next line)."""
    body = (((_OPS.get(name) or {}).get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    sent = _ref_name(body.get("schema")) if has_body else ""
    sends = f"a ``{sent}``" if sent else "a JSON body" if has_body else "no body"
    answers = "nothing" if returns in ("Empty", "None") else f"a ``{returns}``"
    return f"{title(name)}: sends {sends}, answers {answers}."


def _parameter(python_name: str, wire: str, where: str) -> str:
    """What a parameter the overlay does not know means, from where it goes and its type."""
    if where == "path" and python_name.endswith(("_id", "_name")):
        noun, _, what = python_name.rpartition("_")
        return f"The {_words(noun)}'s {what}."
    schema: dict[str, Any] = {}
    for op in _OPS.values():
        for p in op.get("parameters") or []:
            if isinstance(p, dict) and p.get("name") == wire and p.get("in") == where:
                schema = p.get("schema") or {}
    kind = str(schema.get("format") or schema.get("type") or "value")
    return f"The ``{wire}`` {where} parameter ({kind}); its meaning is in the API reference."


def _body(meaning: str, body_type: str, required: list[str]) -> str:
    """The ``body`` argument: its model and the fields the API requires of it."""
    if not body_type:
        return meaning
    if body_type.startswith(("list[", "dict[")) or body_type in ("Any", "str", "int", "float", "bool"):
        return f"{meaning} A ``{body_type}``, given by keyword (``body=``)."
    fields = ", ".join(f"``{name}``" for name in required)
    needs = f"it requires {fields}; the other fields are optional" if fields else "every field is optional"
    return f"{meaning} A ``models.{body_type}`` (or a mapping of its wire form), given by keyword (``body=``): {needs}."


def parameter_range(operation_name: str, wire: object, where: str) -> tuple[float | None, float | None, bool, bool]:
    """The range the spec documents for a numeric parameter: (minimum, maximum, minimum excluded,
    maximum excluded); None for a bound it does not give (a parameter without one is not checked)."""
    wire, operation_name = _text(wire), _text(operation_name)
    op = _OPS.get(operation_name) or next(
        (o for key, o in _OPS.items() if naming.python_name(key, "operation") == operation_name), {}
    )
    schema: Any = {}
    for p in op.get("parameters") or []:
        if isinstance(p, dict) and p.get("name") == wire and p.get("in") == where:
            schema = p.get("schema") or {}
    for _ in range(10):  # a schema given by reference
        if not isinstance(schema, dict) or "$ref" not in schema:
            break
        schema = _SCHEMAS.get(str(schema["$ref"]).rsplit("/", 1)[-1]) or {}
    if not isinstance(schema, dict) or schema.get("type") not in ("integer", "number"):
        return None, None, False, False

    def bound(key: str, flag: str) -> tuple[float | None, bool]:
        value, excluded = schema.get(key), schema.get(flag)
        if isinstance(excluded, int | float) and not isinstance(excluded, bool):  # OpenAPI 3.1: the bound itself
            return excluded, True
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value, excluded is True
        return None, False

    low, low_out = bound("minimum", "exclusiveMinimum")
    high, high_out = bound("maximum", "exclusiveMaximum")
    return low, high, low_out, high_out


def range_text(bounds: tuple[float | None, float | None, bool, bool]) -> str:
    """``from 1 to 100``, ``at least 1``, ``less than 100``... ("" for no bound)."""
    low, high, low_out, high_out = bounds

    def shown(value: float) -> str:
        return str(int(value)) if float(value).is_integer() else str(value)

    parts = []
    if low is not None:
        parts.append(f"{'more than' if low_out else 'at least'} {shown(low)}")
    if high is not None:
        parts.append(f"{'less than' if high_out else 'at most'} {shown(high)}")
    if low is not None and high is not None and not low_out and not high_out:
        return f"from {shown(low)} to {shown(high)}"
    return " and ".join(parts)


def _addresses_a_resource(path: str) -> bool:
    return "{" in path


def _is_create(name: str, method: str) -> bool:
    op = _OPS.get(name) or {}
    return method == "POST" and (
        bool(op.get("x-cudo-safe-to-repeat")) or name.split("_", 1)[0] in ("create", "generate", "add")
    )


def raises(name: str, method: str, path: str, has_body: bool, has_query: bool) -> list[str]:
    """The API errors an operation can meet, from its structure (not one list per HTTP method)."""
    found: list[str] = []
    if has_body or has_query:
        found.append("InvalidArgumentError: an argument is refused (``field_violations`` says which).")
    if _addresses_a_resource(path):
        found.append("NotFoundError: what the path names does not exist, or the key cannot see it.")
    if _is_create(name, method):
        found.append("AlreadyExistsError: a resource with that id exists already.")
    if method == "DELETE":
        found.append("FailedPreconditionError: it is still in use.")
    elif method != "GET" and _addresses_a_resource(path):
        found.append("FailedPreconditionError: its state does not allow this now.")
    return [
        *found,
        "PermissionDeniedError: the key may not do this.",
        "UnauthenticatedError: the key is missing, wrong or revoked.",
        "ResourceExhaustedError: rate limited, once the retries give up.",
        "APIConnectionError: no answer came (APITimeoutError: not in time).",
    ]


def operation(
    name: str,
    method: str,
    path: str,
    params: list[list[object]],
    has_body: bool,
    returns: str,
    page_style: str | None,
    deprecated: bool,
    body_type: str = "",
    body_required: list[str] | None = None,
) -> str:
    path = _text(path)
    first = summary(name, method, path, has_body, returns)
    lines = [first, "", f"``{method} {path}``"]
    if deprecated:
        lines += ["", f"Deprecated by the API ({replacement(name)}); calling it warns with DeprecationWarning."]
    args = [(str(p[0]), _text(p[1]), str(p[2]), bool(p[3])) for p in params]
    if has_body:
        args.insert(sum(1 for a in args if a[2] == "path"), ("body", "body", "body", True))
    if args:
        lines += ["", "Args:"]
        for python_name, wire, where, required in args:
            meaning = PARAMETERS.get(python_name) or _parameter(python_name, wire, where)
            if where == "body":
                meaning = _body(meaning, body_type, body_required or [])
            bounds = range_text(parameter_range(name, wire, where)) if where != "body" else ""
            if bounds:
                meaning += f" The API takes {bounds}; other values are refused before sending."
            if where in ("query", "header") and not required:
                meaning += " Optional; left out when None."
            lines.append(textwrap.fill(f"    {python_name}: {meaning}", 92, subsequent_indent=" " * 8))
    lines += ["", "Returns:", f"    {returns}" + (": an empty answer." if returns in ("Empty", "None") else ".")]
    if page_style:
        lines += ["", f"Paginated by {paging(page_style)}: ``AsyncCudo.paginate`` yields every item."]
    errors = raises(name, method, path, has_body, any(a[2] == "query" for a in args))
    lines += ["", "Raises:", *(f"    {e}" for e in errors), "", "Every error named here is in ``cudo_async.errors``."]
    return "\n".join(lines)


MODELS = {
    "VM": "A virtual machine as the API reports it.",
    "Disk": "A storage disk: a VM's boot disk or an attachable one.",
    "Network": "A private network in one data center.",
    "SecurityGroup": "A named set of firewall rules that VMs share.",
    "SecurityGroupRule": "One firewall rule of a security group.",
    "Rule": "One firewall rule.",
    "Project": "A project: the unit that holds resources and is billed to one account.",
    "BillingAccount": "A billing account: who pays, and how.",
    "Cluster": "A bare-metal cluster.",
    "ClusterMachine": "One machine of a cluster.",
    "Machine": "A bare-metal machine.",
    "Volume": "A network volume that VMs in one data center can share.",
    "Image": "A public operating system image.",
    "PrivateImage": "A private image made from a VM.",
    "APIKey": "An API key's record (never its secret, except when just generated).",
    "SSHKey": "A public SSH key.",
    "Profile": "The calling user's profile.",
    "Status": "An error answer in the AIP-193 form: code, message and details.",
    "StatusDetail": "One error detail, identified by its ``@type``.",
    "Empty": "An answer with no fields: the call succeeded.",
    "Decimal": "A decimal number carried as a string, to keep every digit of a price.",
    "VMDataCenter": "A data center where VMs can run.",
    "VMMachineType": "A VM machine type in a data center, with its prices.",
    "VMPrice": "What a VM costs, by part, per hour.",
    "GPUModel": "A GPU model that VMs can have.",
    "ObjectStorageBucket": "An S3-compatible bucket.",
    "ObjectStorageUser": "A user of object storage, with its access keys.",
    "ObjectStorageKey": "An S3 access key; the secret only when just generated.",
    "Invoice": "An invoice of a billing account.",
    "Transaction": "A charge or payment on a billing account.",
}


def model(name: str, fields: list[str]) -> str:
    if name in MODELS:
        return MODELS[name]
    for suffix, text in (
        ("Response", "The answer of an operation."),
        ("Body", "The request body of an operation; a field left at its zero value is not sent."),
        ("Request", "The request body of an operation; a field left at its zero value is not sent."),
    ):
        if name.endswith(suffix):
            return text
    if not fields:
        return "A map of string keys to values; read and write it like a dict."
    return f"A {name} record of the API."


#: Unit words a field name may carry, and how a docstring spells them.
_UNITS = {"gib": "GiB", "gb": "GB", "mib": "MiB", "mb": "MB", "tib": "TiB", "bytes": "bytes", "mhz": "MHz"}


def units(wire: str, python_name: str) -> str:
    """The unit a field carries: the hand-written table first, else the words of its name
    (``memory_gib`` in GiB, ``vcpu_price_hr`` a price per hour, ``memory_gib_price_hr`` per GiB per hour)."""
    if wire in FIELD_UNITS:
        return FIELD_UNITS[wire]
    words = python_name.split("_")
    size = next((_UNITS[w] for w in words if w in _UNITS), "")
    hourly = words[-1] == "hr" or words[0] == "hourly"
    if "price" in words:
        per = [f"per {size}" if size and words.index("price") > 0 else "", "per hour" if hourly else ""]
        return " ".join(["A price", *[p for p in per if p]]) + ", in the billing account's currency."
    if size:
        return f"In {size}." + (" Per hour." if hourly else "")
    return "Per hour." if hourly else ""


#: What a field holds, in words, keyed by ``Model.wireName`` or by the wire name alone (any model);
#: a field without an entry gets a line built from its name, its model and its type (``holds``).
FIELDS: dict[str, str] = {
    "createTime": "When it was created.",
    "createBy": "Who created it.",
    "displayName": "The name shown to people.",
    "description": "A free-text description.",
    "totalCount": "How many items the whole listing holds (every page).",
    "pageNumber": "Which page this is.",
    "pageSize": "How many items a page holds at most.",
    "pageToken": "Where the next page starts: pass it back to read it; empty on the last page.",
    "hasMore": "Whether more items follow this page.",
}

#: Words of a field name that its unit sentence already says (``units``).
_UNIT_WORDS = {*_UNITS, "hr"}
#: Model names that end so are an operation's body (named ``<Verb><Noun>Body``: its fields are the
#: noun's) or its answer (its fields are the answer's own).
_BODY_SUFFIXES = ("Body", "Request")
_ANSWER_SUFFIXES = ("Response",)


def _spoken(word: str) -> str:
    """A word as a docstring writes it: acronyms upper-case (``VM``, ``GPU``), the rest lower-case."""
    lower = word.lower()
    if lower in naming.ACRONYMS:
        return naming.ACRONYMS[lower]
    if lower.endswith("s") and lower[:-1] in naming.ACRONYMS:  # nics -> NICs
        return naming.ACRONYMS[lower[:-1]] + "s"
    return word if len(word) > 1 and word.isupper() else lower


def _noun(words: list[str]) -> str:
    return " ".join(_spoken(w) for w in words)


def _owner(model_name: str) -> str:
    """``VMMachineType`` -> ``the VM machine type's``, ``CreateVMBody`` -> ``the VM's``; "" for an answer."""
    words = naming.words(model_name)
    if model_name.endswith(_ANSWER_SUFFIXES) or not words:
        return ""
    if model_name.endswith(_BODY_SUFFIXES):
        words = words[1:-1]  # the operation's verb and the suffix
    return f"the {_noun(words)}'s" if words else ""


def holds(model_name: str, python_name: str, kind: str, type_name: str = "") -> str:
    """What a field holds, from its name, its model and its type: ``VM.boot_disk`` -> "The VM's
    boot disk: a ``Disk``."; ``CreateVMBody.data_center_id`` -> "The data center's id."."""
    words = [w for w in python_name.rstrip("_").split("_") if w]
    while len(words) > 1 and words[-1] in _UNIT_WORDS:
        words.pop()
    owner = _owner(model_name)
    if len(words) > 1 and words[-1] in ("id", "ids", "name", "names") and kind in ("str", "list", "uuid"):
        noun, what = _noun(words[:-1]), words[-1]
        return f"The {what} of the {noun}s." if what.endswith("s") else f"The {noun}'s {what}."
    subject = f"{owner} {_noun(words)}" if owner else f"the {_noun(words)}"
    subject = subject[:1].upper() + subject[1:]
    inner = type_name.removesuffix(" | None")
    if kind in ("message", "decimal") and inner:
        return f"{subject}: a ``{inner}``."
    if kind == "map":
        return f"{subject}: a map (``{inner}``), read and written like a dict."
    if kind == "enum":
        return f"{subject}: one of the ``{inner}`` members."
    if kind == "list":
        item = inner.removeprefix("list[").removesuffix("]")
        return f"{subject}: a list of ``{item}``." if item else f"{subject}: a list."
    if kind == "bool":
        return f"{subject} (a flag)."
    return f"{subject}."


def field(model_name: str, wire: str, python_name: str, kind: str, required: bool, type_name: str = "") -> str:
    meaning = FIELDS.get(f"{model_name}.{wire}") or FIELDS.get(wire) or holds(model_name, python_name, kind, type_name)
    notes = [meaning, f"``{wire}`` on the wire."]
    unit = units(wire, python_name)
    if unit:
        notes.append(unit)
    if kind == "datetime":
        notes.append("RFC 3339 on the wire; a timezone-aware datetime, None when absent.")
    elif kind == "message" and not required:
        notes.append("None when absent.")
    elif kind == "list":
        notes.append("Empty when absent.")
    elif kind == "enum":
        notes.append("The first member when absent.")
    if required:
        notes.append("Required by the API.")
    return " ".join(notes)
