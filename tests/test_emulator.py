"""The emulator: auth and key rotation, the VM lifecycle, errors, pagination, rate limiting, faults.

Every answer it gives in these tests is validated against openapi.yaml (see emulator_support).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import anyio
import httpx2
import pytest

from cudo_async import RetryPolicy, errors, models
from cudo_async.testing import Emulator
from tests.emulator_support import check_conforms, emu, zero_fields_sent
from tests.helpers import ON_VIRTUAL_CLOCK_WITH_SOCKETS, vm_body

pytestmark = pytest.mark.anyio
__all__ = ["emu"]

NO_RETRY = RetryPolicy(max_retries=0)


async def test_catalogue(emu: Emulator) -> None:
    async with emu.client() as cudo:
        dcs = await cudo.virtual_machines.list_vm_data_centers()
        types = await cudo.virtual_machines.list_vm_machine_types()
        images = await cudo.images.list_public_vm_images()
    assert {dc.id for dc in dcs.data_centers} == {"gb-bournemouth-1", "no-kristiansand-1"}
    assert {t.machine_type for t in types.machine_types} == {"epyc-milan", "epyc-milan-a40"}
    assert [i.id for i in images.images] == ["ubuntu-2204", "debian-12"]


async def test_missing_wrong_and_revoked_keys_are_unauthenticated(emu: Emulator) -> None:
    async with httpx2.AsyncClient() as raw:
        answer = await raw.get(f"{emu.base_url}/v1/vms/data-centers")
    assert answer.status_code == 401
    if emu.wire == "gateway":  # google.rpc.Status: the gRPC number, no name
        assert answer.json()["code"] == 16 and "status" not in answer.json()
    else:
        assert answer.json()["code"] == 401 and answer.json()["status"] == "UNAUTHENTICATED"
    async with emu.client(api_key="emu-wrong", retry=NO_RETRY) as cudo:
        with pytest.raises(errors.UnauthenticatedError) as info:
            await cudo.virtual_machines.list_vm_data_centers()
    assert info.value.reason == "API_KEY_INVALID"


async def test_key_rotation_end_to_end(emu: Emulator) -> None:
    async with emu.client() as old:
        new_key = await old.api_keys.generate_api_key(body=models.GenerateAPIKeyRequest(apikey_id="rotated"))
        assert isinstance(new_key.key, str) and new_key.key
        listed = await old.api_keys.list_api_keys()
        assert {k.id for k in listed.api_keys} == {"emulator", "rotated"}
        assert all(not k.key for k in listed.api_keys)  # shown once only
        async with emu.client(api_key=new_key.key) as new:
            await new.virtual_machines.list_vm_data_centers()  # deploy + verify the new key
            await new.api_keys.delete_api_key("emulator")  # revoke the old one
            with pytest.raises(errors.UnauthenticatedError):
                await old.virtual_machines.list_vm_data_centers()
            await new.virtual_machines.list_vm_data_centers()
            await new.api_keys.delete_api_key("rotated")
            with pytest.raises(errors.UnauthenticatedError):
                await new.virtual_machines.list_vm_data_centers()


async def test_vm_lifecycle(emu: Emulator) -> None:
    p = emu.project_id
    async with emu.client() as cudo:
        created = await cudo.virtual_machines.create_vm(p, body=vm_body())
        assert created.id == "vm-1" and created.vm and created.vm.state == models.VMState.PENDING
        vm = await cudo.wait_for_vm(p, "vm-1", until={"ACTIVE"}, timeout=5, poll_interval=0.02)
        assert vm.state == "ACTIVE" and vm.vcpus == 2 and vm.memory == 4
        await cudo.virtual_machines.stop_vm(p, "vm-1")
        assert (await cudo.wait_for_vm(p, "vm-1", until={"STOPPED"}, timeout=5, poll_interval=0.02)).state == "STOPPED"
        await cudo.virtual_machines.start_vm(p, "vm-1")
        await cudo.wait_for_vm(p, "vm-1", timeout=5, poll_interval=0.02)
        await cudo.virtual_machines.reboot_vm(p, "vm-1")
        assert (await cudo.virtual_machines.get_vm(p, "vm-1")).vm.state == "STARTING"  # type: ignore[union-attr]
        await cudo.wait_for_vm(p, "vm-1", timeout=5, poll_interval=0.02)
        assert [v.id for v in (await cudo.virtual_machines.list_vms(p)).vms] == ["vm-1"]
        await cudo.virtual_machines.terminate_vm(p, "vm-1")
        assert (await cudo.wait_for_vm(p, "vm-1", until={"DELETED"}, timeout=5, poll_interval=0.02)).state == "DELETED"
        assert (await cudo.virtual_machines.list_vms(p)).vms == []


async def test_wait_for_vm_failure_state_and_timeout(emu: Emulator) -> None:
    p = emu.project_id
    async with emu.client() as cudo:
        await cudo.virtual_machines.create_vm(p, body=vm_body())
        await cudo.wait_for_vm(p, "vm-1", timeout=5, poll_interval=0.02)
        await cudo.virtual_machines.terminate_vm(p, "vm-1")
        with pytest.raises(errors.WaitError) as info:
            await cudo.wait_for_vm(p, "vm-1", until={"ACTIVE"}, timeout=5, poll_interval=0.02)
        assert info.value.state in ("DELETING", "DELETED") and not isinstance(info.value, errors.WaitTimeoutError)
        slow = Emulator(boot_seconds=60, rate_limit=None)
        async with slow, slow.client() as other:
            await other.virtual_machines.create_vm(slow.project_id, body=vm_body())
            with pytest.raises(errors.WaitTimeoutError) as timeout_info:  # not the VM's 60 s boot
                await other.wait_for_vm(slow.project_id, "vm-1", timeout=0.3, poll_interval=0.05)
            assert timeout_info.value.state == "PENDING"
        with pytest.raises(errors.NotFoundError):
            await cudo.wait_for_vm(p, "missing", timeout=1)


async def test_each_error_kind(emu: Emulator) -> None:
    p = emu.project_id
    async with emu.client(retry=NO_RETRY) as cudo:
        with pytest.raises(errors.NotFoundError) as nf:
            await cudo.virtual_machines.get_vm(p, "nope")
        assert nf.value.details and isinstance(nf.value.details[0], errors.ResourceInfo)
        with pytest.raises(errors.NotFoundError):
            await cudo.virtual_machines.list_vms("no-such-project")
        await cudo.virtual_machines.create_vm(p, body=vm_body())
        with pytest.raises(errors.AlreadyExistsError):
            await cudo.virtual_machines.create_vm(p, body=vm_body())
        with pytest.raises(errors.InvalidArgumentError) as bad:
            await cudo.virtual_machines.create_vm(p, body=vm_body("Bad Id", vcpus=0, data_center_id="mars-1"))
        assert {v.field for v in bad.value.field_violations} == {"vmId", "vcpus", "dataCenterId"}
        with pytest.raises(errors.FailedPreconditionError) as pre:
            await cudo.virtual_machines.start_vm(p, "vm-1")  # not STOPPED
        assert pre.value.details
        assert (await cudo.billing.list_billing_accounts()).billing_accounts  # served from the spec


async def test_disks_networks_security_groups_ssh_keys_projects(emu: Emulator) -> None:
    p = emu.project_id
    async with emu.client(retry=NO_RETRY) as cudo:
        await cudo.virtual_machines.create_vm(p, body=vm_body())
        await cudo.disks.create_storage_disk(
            p, body=models.CreateStorageDiskBody(id="data-1", data_center_id="gb-bournemouth-1", size_gib=20)
        )
        await cudo.virtual_machines.attach_storage_disk(p, "data-1", vm_id="vm-1")
        disk = (await cudo.disks.get_disk(p, "data-1")).disk
        assert disk and disk.vm_id == "vm-1" and disk.disk_state == "ATTACHED"
        with pytest.raises(errors.FailedPreconditionError):
            await cudo.disks.delete_storage_disk(p, "data-1")
        await cudo.virtual_machines.detach_storage_disk(p, "data-1")
        await cudo.disks.delete_storage_disk(p, "data-1")
        with pytest.raises(errors.NotFoundError):
            await cudo.disks.get_disk(p, "data-1")

        net = await cudo.networks.create_network(
            p, body=models.CreateNetworkBody(id="net-1", data_center_id="gb-bournemouth-1", ip_range="10.1.0.0/24")
        )
        assert net.gateway == "10.1.0.1"
        await cudo.networks.stop_network(p, "net-1")
        assert (await cudo.networks.get_network(p, "net-1")).state == "STOPPED"
        await cudo.networks.delete_network(p, "net-1")

        group = await cudo.networks.create_security_group(
            p, body=models.CreateSecurityGroupBody(id="web", data_center_id="gb-bournemouth-1", description="web")
        )
        assert group.id == "web"
        updated = await cudo.networks.update_security_group(
            p, "web", body=models.UpdateSecurityGroupBody(data_center_id="gb-bournemouth-1", description="new")
        )
        assert updated.description == "new"
        await cudo.networks.delete_security_group(p, "web")

        key = await cudo.ssh_keys.create_ssh_key(body=models.SSHKey(public_key="ssh-ed25519 AAAAC3Nza me@host"))
        assert key.id and (await cudo.ssh_keys.get_ssh_key(key.id)).comment == "me@host"
        await cudo.ssh_keys.delete_ssh_key(key.id)

        await cudo.projects.create_project(body=models.Project(id="second", billing_account_id="demo-billing"))
        assert (await cudo.projects.get_project("second")).billing_account_id == "demo-billing"
        await cudo.projects.delete_project("second")


async def test_the_three_pagination_styles(emu: Emulator) -> None:
    p = emu.project_id
    async with emu.client(retry=NO_RETRY) as cudo:
        for i in range(7):
            await cudo.disks.create_storage_disk(
                p, body=models.CreateStorageDiskBody(id=f"d-{i}", data_center_id="gb-bournemouth-1", size_gib=1)
            )
            await cudo.projects.create_project(body=models.Project(id=f"p-{i}", billing_account_id="demo-billing"))
        page = await cudo.disks.list_disks(p, page_number=2, page_size=3)
        assert (page.total_count, page.page_number, [d.id for d in page.disks]) == (7, 2, ["d-3", "d-4", "d-5"])
        first = await cudo.projects.list_projects(page_size=5)
        second = await cudo.projects.list_projects(page_size=5, page_token=first.page_token)
        assert len(first.projects) == 5 and len(second.projects) == 3 and second.page_token == ""
        invoices = await cudo.billing.list_invoices(id="demo-billing", page_size=10)
        more = await cudo.billing.list_invoices(
            id="demo-billing", page_size=10, starting_after=invoices.invoices[-1].id
        )
        assert invoices.has_more and more.invoices[0].id == "in_0011"


@ON_VIRTUAL_CLOCK_WITH_SOCKETS
async def test_rate_limit_answers_429_with_retry_info_and_retry_after() -> None:
    # 2 per second after a burst of 3: of ten calls made at once (on the virtual clock, no time
    # passes between them), the burst passes and the other seven are refused
    async with Emulator(rate_limit=2, burst=3) as emu:
        async with emu.client(retry=NO_RETRY) as cudo:
            outcomes: list[object] = []

            async def call() -> None:
                try:
                    outcomes.append(await cudo.virtual_machines.list_vm_data_centers())
                except errors.ResourceExhaustedError as exc:
                    outcomes.append(exc)

            async with anyio.create_task_group() as tg:
                for _ in range(10):
                    tg.start_soon(call)
        limited = [o for o in outcomes if isinstance(o, errors.ResourceExhaustedError)]
        assert len(limited) == 7
        assert limited[0].retry_delay is not None and limited[0].reason == "RATE_LIMIT_EXCEEDED"
        assert limited[0].response is not None and limited[0].response.headers["retry-after"] == "1"
        async with emu.client(retry=RetryPolicy(deadline=20)) as patient:
            async with anyio.create_task_group() as tg:
                for _ in range(5):
                    tg.start_soon(patient.virtual_machines.list_vm_data_centers)
        assert check_conforms(list(emu.exchanges)) == len(emu.exchanges)


async def test_faults_status_and_non_json(emu: Emulator) -> None:
    async with emu.client(retry=NO_RETRY) as cudo:
        emu.inject("list_vm_data_centers", status=503)
        with pytest.raises(errors.UnavailableError):
            await cudo.virtual_machines.list_vm_data_centers()
        emu.inject(
            "list_vm_data_centers", status=502, body=b"<html>bad gateway</html>", headers={"content-type": "text/html"}
        )
        with pytest.raises(errors.UnavailableError) as html:
            await cudo.virtual_machines.list_vm_data_centers()
        assert "bad gateway" in html.value.message
        emu.inject("list_vm_data_centers", body=b"<html>oops</html>")
        with pytest.raises(errors.InvalidResponseError):
            await cudo.virtual_machines.list_vm_data_centers()
        await cudo.virtual_machines.list_vm_data_centers()  # faults are used up
    async with emu.client() as cudo:
        emu.inject("list_vm_data_centers", times=2, status=503)
        raw = await cudo.raw(cudo.virtual_machines.list_vm_data_centers)
        assert raw.attempts == 3


async def test_faults_latency_drop_and_truncate(emu: Emulator) -> None:
    p = emu.project_id
    async with emu.client(timeout=0.2, retry=NO_RETRY) as cudo:
        emu.inject("list_vms", latency=1.0)
        with pytest.raises(errors.APITimeoutError):
            await cudo.virtual_machines.list_vms(p)
        emu.inject("list_vms", latency=0.05)
        await cudo.virtual_machines.list_vms(p)
        emu.inject("list_vms", drop="before")
        with pytest.raises(errors.APIConnectionError):
            await cudo.virtual_machines.list_vms(p)
        emu.inject("list_vms", truncate=True)
        with pytest.raises(errors.APIConnectionError):
            await cudo.virtual_machines.list_vms(p)
    async with emu.client(retry=RetryPolicy(initial_delay=0.01)) as cudo:
        emu.inject("create_vm", drop="after")  # applied, then the answer is lost
        with pytest.raises(errors.AlreadyExistsError) as again:  # the create names its VM: safe to repeat
            await cudo.virtual_machines.create_vm(p, body=vm_body())
        assert again.value.attempts == 2 and emu.side_effects["create_vm", "vm-1"] == 1  # created once
        assert (await cudo.wait_for_vm(p, "vm-1", timeout=10)) is not None
        emu.inject("reboot_vm", drop="after")  # applied, then the answer is lost
        with pytest.raises(errors.APIConnectionError) as lost:
            await cudo.virtual_machines.reboot_vm(p, "vm-1")
        assert lost.value.attempts == 1 and emu.side_effects["reboot_vm", "vm-1"] == 1  # not repeated
        assert "may have been applied" in str(lost.value)
        emu.inject("list_vms", drop="before")  # a GET is safely retried
        assert (await cudo.raw(cudo.virtual_machines.list_vms, p)).attempts == 2


@pytest.mark.parametrize("wire", ["gateway", "aip193"])
async def test_both_wire_forms_validate_and_only_the_gateway_leaves_out_zero_values(wire: str) -> None:
    async with Emulator(wire=wire, boot_seconds=0, rate_limit=None) as emu, emu.client(retry=NO_RETRY) as cudo:  # type: ignore[arg-type]
        await cudo.virtual_machines.create_vm(emu.project_id, body=vm_body("zero-gpus", gpus=0))
        got = await cudo.virtual_machines.get_vm(emu.project_id, "zero-gpus")
        await cudo.disks.list_disks(emu.project_id)
        with pytest.raises(errors.NotFoundError) as info:
            await cudo.virtual_machines.get_vm(emu.project_id, "nope")
    assert got.vm is not None and got.vm.gpu_quantity == 0 and got.vm.id == "zero-gpus"
    assert info.value.status == "NOT_FOUND" and info.value.http_status == 404
    assert check_conforms(emu.exchanges) == len(emu.exchanges) == 4
    vm_answer = emu.exchanges[1].reply.body.decode()
    missing = emu.exchanges[3].reply
    if wire == "gateway":
        assert zero_fields_sent(emu.exchanges) == [] and '"gpuQuantity"' not in vm_answer
        body = json.loads(missing.body)  # google.rpc.Status: the gRPC number, no status name
        assert missing.status == 404 and body["code"] == 5 and set(body) == {"code", "message", "details"}
    else:
        assert "get_vm.VM.gpuQuantity" in zero_fields_sent(emu.exchanges)
        assert json.loads(missing.body)["code"] == 404 and json.loads(missing.body)["status"] == "NOT_FOUND"


def test_the_wire_form_comes_from_the_environment_and_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CUDO_EMULATOR_WIRE", raising=False)
    assert Emulator().wire == "gateway"
    monkeypatch.setenv("CUDO_EMULATOR_WIRE", "aip193")
    assert Emulator().wire == "aip193" and Emulator(wire="gateway").wire == "gateway"
    monkeypatch.setenv("CUDO_EMULATOR_WIRE", "grpc")
    with pytest.raises(errors.ConfigurationError, match="CUDO_EMULATOR_WIRE must be 'gateway' or 'aip193'"):
        Emulator()
    with pytest.raises(errors.ConfigurationError, match="wire must be"):
        Emulator(wire="json")  # type: ignore[arg-type]


def test_runs_as_a_module_and_prints_url_and_key() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "cudo_async.testing", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(3)]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert lines[0].startswith("CUDO emulator at http://127.0.0.1:")
    assert lines[2].startswith("export CUDO_API_KEY=emu-")


def test_standalone_emulator_takes_limits_and_reports_what_it_answered() -> None:
    """Shared by several processes: a known key, a per-key limit, boot times, and its counts."""
    command = [sys.executable, "-m", "cudo_async.testing", "--port", "0", "--rate-limit", "0.05", "--burst", "1",
               "--boot-seconds", "5", "--api-key", "shared-key", "--stats-every", "0.2"]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(4)]
        base_url = lines[1].strip().split("=", 1)[1]
        assert lines[2].strip() == "export CUDO_API_KEY=shared-key"
        headers = {"Authorization": "Bearer shared-key"}
        statuses = [httpx2.get(f"{base_url}/v1/vms/data-centers", headers=headers, timeout=5).status_code for _ in "ab"]
        assert statuses == [200, 429]
        stats = ""
        for _ in range(50):  # bounded: a line every 0.2 s
            stats = proc.stdout.readline().strip()
            if stats == "answered 2, rate-limited 1":
                break
        assert stats == "answered 2, rate-limited 1"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


async def test_boot_times_drawn_from_a_range() -> None:
    from cudo_async.testing.__main__ import _seconds_or_range

    assert _seconds_or_range("20-180") == (20.0, 180.0) and _seconds_or_range("5") == 5.0
    async with Emulator(boot_seconds=(0.05, 0.3), rate_limit=None) as emulator, emulator.client() as cudo:
        times = [emulator._boot_time() for _ in range(50)]
        assert min(times) >= 0.05 and max(times) <= 0.3 and len(set(times)) == 50
        await cudo.virtual_machines.create_vm(emulator.project_id, body=vm_body())
        vm = await cudo.wait_for_vm(emulator.project_id, "vm-1", timeout=5, poll_interval=0.02)
    assert vm.state == "ACTIVE"


def test_every_handler_names_an_operation_of_the_spec() -> None:
    from cudo_async_api.api import ROUTES

    from cudo_async.testing._store import HANDLERS, STALE_HANDLERS, handles

    operations = {op for _tag, op, _method, _path in ROUTES}
    assert set(HANDLERS) <= operations
    core = {"create_vm", "get_vm", "list_vms", "reboot_vm", "create_storage_disk", "list_invoices"}
    assert core & operations <= set(HANDLERS)
    # A handler for an operation the spec no longer has is left out, not fatal: the emulator
    # still imports after a spec change, and make spec lists the handler as stale.
    try:
        handler = handles("create_virtual_machine")(lambda *_a, **_k: {})
        assert callable(handler) and "create_virtual_machine" not in HANDLERS
        assert "create_virtual_machine" in STALE_HANDLERS
    finally:
        STALE_HANDLERS.discard("create_virtual_machine")


@ON_VIRTUAL_CLOCK_WITH_SOCKETS
async def test_the_emulator_runs_on_the_event_loops_clock() -> None:
    """A VM that takes two minutes to boot, waited for under trio's MockClock: it is ACTIVE after
    two virtual minutes (on the real clock it would still be PENDING when the wait timed out)."""
    async with Emulator(boot_seconds=120, rate_limit=None) as emu, emu.client() as cudo:
        clock_start = anyio.current_time()
        await cudo.virtual_machines.create_vm(emu.project_id, body=vm_body("slow-boot"))
        vm = await cudo.wait_for_vm(emu.project_id, "slow-boot", timeout=600)
        assert vm.state == "ACTIVE" and 120 <= anyio.current_time() - clock_start < 135  # the boot, and a poll


def test_options_given_to_the_fixtures_marker_by_position_are_a_usage_error(tmp_path: Path) -> None:
    # They would be lost (the marker passes its keyword options to Emulator): said, not ignored.
    (tmp_path / "test_marked.py").write_text(
        "import pytest\n\n"
        "@pytest.mark.cudo_emulator({'project_id': 'mine'})\n"
        "def test_it(cudo_emulator):\n"
        "    assert cudo_emulator.project_id == 'mine'\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path / "test_marked.py")],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode != 0
    assert "takes the Emulator's options by name" in run.stdout + run.stderr, run.stdout[-2000:]
