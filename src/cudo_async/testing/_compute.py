"""The emulator's handlers for VMs, disks, networks and security groups."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._store import (
    _ID,
    DATA_CENTERS,
    MACHINE_TYPES,
    ApiFailure,
    Store,
    T,
    _bad_request,
    _dec,
    _exists,
    _not_found,
    _now,
    _Vm,
    handles,
)


class Compute(Store):
    """VMs with their lifecycle, and the disks, networks and security groups around them."""

    def _find(self, store: Mapping[tuple[str, str], Any], kind: str, params: dict[str, str], key: str) -> Any:
        """The project's resource named in the path by ``key``, or NOT_FOUND (for the project or the resource)."""
        self._project(params["project_id"])
        found = store.get((params["project_id"], params[key]))
        if found is None:
            raise _not_found(kind, params[key])
        return found

    def has_vm(self, project_id: str, vm_id: str) -> bool:
        """Whether the emulator holds this VM (in any state)."""
        return (project_id, vm_id) in self._vms

    def _vm(self, params: dict[str, str]) -> _Vm:
        vm: _Vm = self._find(self._vms, "virtual machine", params, "vm_id")
        vm.state()
        return vm

    def _vm_price(self, data: dict[str, Any]) -> dict[str, Any]:
        vcpu, mem, gpu = 0.002 * data["vcpus"], 0.003 * data["memory"], 0.8 * data["gpuQuantity"]
        return {
            "vcpuPriceHr": _dec(0.002),
            "totalVcpuPriceHr": _dec(vcpu),
            "memoryGibPriceHr": _dec(0.003),
            "totalMemoryPriceHr": _dec(mem),
            "gpuPriceHr": _dec(0.8),
            "totalGpuPriceHr": _dec(gpu),
            "storageGibPriceHr": _dec(0.0001),
            "totalStoragePriceHr": _dec(0.0001 * data["bootDiskSizeGib"]),
            "ipv4AddressPriceHr": _dec(0.005),
            "totalPriceHr": _dec(vcpu + mem + gpu + 0.005),
        }

    @handles("create_vm")
    def _create_vm(self, params: dict[str, str], body: dict[str, Any], **_: Any) -> Any:
        project_id = params["project_id"]
        self._project(project_id)
        violations = [
            (f, "is required") for f in ("vmId", "dataCenterId", "machineType", "bootDiskImageId") if not body.get(f)
        ]
        for field in ("vcpus", "memoryGib"):
            if not isinstance(body.get(field), int) or body[field] < 1:
                violations.append((field, "must be a positive integer"))
        if not isinstance(body.get("gpus", 0), int) or body.get("gpus", 0) < 0:
            violations.append(("gpus", "must be zero or more"))
        if body.get("vmId") and not _ID.match(str(body["vmId"])):
            violations.append(("vmId", "must be 1-63 characters: lowercase letters, digits and '-'"))
        if body.get("dataCenterId") and body["dataCenterId"] not in {dc for dc, _, _ in DATA_CENTERS}:
            violations.append(("dataCenterId", "unknown data center"))
        if body.get("machineType") and body["machineType"] not in {name for name, *_ in MACHINE_TYPES}:
            violations.append(("machineType", "unknown machine type (list_vm_machine_types lists them)"))
        if violations:
            raise _bad_request(*violations)
        vm_id = str(body["vmId"])
        if (project_id, vm_id) in self._vms:
            raise _exists("virtual machine", vm_id)
        self.side_effects["create_vm", vm_id] += 1
        if body.get("validateOnly"):
            return {"id": vm_id}
        data: dict[str, Any] = {
            "id": vm_id,
            "projectId": project_id,
            "datacenterId": body["dataCenterId"],
            "machineType": body["machineType"],
            "vcpus": body["vcpus"],
            "memory": body["memoryGib"],
            "gpuQuantity": body.get("gpus", 0),
            "bootDiskSizeGib": body.get("bootDiskSizeGib") or 10,
            "imageId": body["bootDiskImageId"],
            "publicImageId": body["bootDiskImageId"],
            "commitmentTerm": body.get("commitmentTerm") or "COMMITMENT_TERM_NONE",
            "metadata": dict(body.get("metadata") or {}),
            "createTime": _now(),
            "createBy": "emulator",
            "internalIpAddress": f"10.0.0.{len(self._vms) % 250 + 2}",
            "storageDisks": [],
            "securityGroupIds": list(body.get("securityGroupIds") or []),
            "nics": [  # the network each interface joins (list_vms filters by it)
                {k: nic[k] for k in ("networkId", "securityGroupIds") if k in nic}
                for nic in body.get("nics") or []
                if isinstance(nic, dict)
            ],
        }
        data["price"] = self._vm_price(data)
        vm = _Vm(data)
        vm.move("PENDING", "ACTIVE", self._boot_time())
        self._vms[project_id, vm_id] = vm
        return {"id": vm_id, "vm": vm.data}

    @handles("list_vms")
    def _list_vms(self, params: dict[str, str], **_: Any) -> Any:
        self._project(params["project_id"])
        vms = [vm for (p, _), vm in self._vms.items() if p == params["project_id"]]
        return {"VMs": [vm.data for vm in vms if vm.state() != "DELETED"]}

    @handles("get_vm")
    def _get_vm(self, params: dict[str, str], **_: Any) -> Any:
        vm = self._vm(params)
        price = {k: v for k, v in vm.data["price"].items() if k != "ipv4AddressPriceHr"}
        return {"VM": vm.data, **price, "ipv4PriceHr": vm.data["price"]["ipv4AddressPriceHr"]}

    def _transition(self, params: dict[str, str], allowed: set[str], now_state: str, then_state: str, op: str) -> Any:
        vm = self._vm(params)
        if vm.state() not in allowed:
            raise ApiFailure(
                "FAILED_PRECONDITION",
                f"cannot {op.split('_', maxsplit=1)[0]} a VM that is {vm.state()}",
                {
                    "@type": T + "PreconditionFailure",
                    "violations": [{"type": "VM_STATE", "subject": params["vm_id"], "description": vm.state()}],
                },
            )
        self.side_effects[op, params["vm_id"]] += 1
        vm.move(now_state, then_state, self.transition_seconds)
        return {}

    @handles("start_vm")
    def _start_vm(self, params: dict[str, str], **_: Any) -> Any:
        return self._transition(params, {"STOPPED"}, "STARTING", "ACTIVE", "start_vm")

    @handles("stop_vm")
    def _stop_vm(self, params: dict[str, str], **_: Any) -> Any:
        return self._transition(params, {"ACTIVE"}, "STOPPING", "STOPPED", "stop_vm")

    @handles("reboot_vm")
    def _reboot_vm(self, params: dict[str, str], **_: Any) -> Any:
        return self._transition(params, {"ACTIVE"}, "STARTING", "ACTIVE", "reboot_vm")

    @handles("terminate_vm")
    def _terminate_vm(self, params: dict[str, str], **_: Any) -> Any:
        result = self._transition(
            params, {"ACTIVE", "STOPPED", "PENDING", "FAILED"}, "DELETING", "DELETED", "terminate_vm"
        )
        for disk in self._disks.values():
            if disk["projectId"] == params["project_id"] and disk.get("vmId") == params["vm_id"]:
                disk.pop("vmId", None)
                disk["diskState"] = "READY"
        return result

    @handles("count_vms")
    def _count_vms(self, params: dict[str, str], **_: Any) -> Any:
        return {"count": len(self._list_vms(params=params)["VMs"])}

    # ------------------------------------------------------------------ disks

    def _disk(self, params: dict[str, str]) -> dict[str, Any]:
        disk: dict[str, Any] = self._find(self._disks, "disk", params, "disk_id")
        return disk

    @handles("create_storage_disk")
    def _create_storage_disk(self, params: dict[str, str], body: dict[str, Any], **_: Any) -> Any:
        self._project(params["project_id"])
        disk_id = self._check_id("id", body.get("id"))
        if not isinstance(body.get("sizeGib"), int) or body["sizeGib"] < 1:
            raise _bad_request(("sizeGib", "must be a positive integer"))
        if not body.get("dataCenterId"):
            raise _bad_request(("dataCenterId", "is required"))
        if (params["project_id"], disk_id) in self._disks:
            raise _exists("disk", disk_id)
        self.side_effects["create_storage_disk", disk_id] += 1
        self._disks[params["project_id"], disk_id] = {
            "id": disk_id,
            "projectId": params["project_id"],
            "dataCenterId": body["dataCenterId"],
            "sizeGib": body["sizeGib"],
            "diskState": "READY",
            "diskType": "DISK_TYPE_STORAGE",
            "createTime": _now(),
        }
        return {}

    @handles("list_disks")
    def _list_disks(self, params: dict[str, str], **_: Any) -> Any:
        self._project(params["project_id"])
        return {"disks": [d for (p, _), d in self._disks.items() if p == params["project_id"]]}

    @handles("get_disk")
    def _get_disk(self, params: dict[str, str], **_: Any) -> Any:
        return {"disk": self._disk(params)}

    @handles("delete_storage_disk")
    def _delete_storage_disk(self, params: dict[str, str], **_: Any) -> Any:
        disk = self._disk(params)
        if disk.get("vmId"):
            raise ApiFailure("FAILED_PRECONDITION", f"disk {params['disk_id']!r} is attached to {disk['vmId']!r}")
        del self._disks[params["project_id"], params["disk_id"]]
        return {}

    @handles("attach_storage_disk")
    def _attach_storage_disk(self, params: dict[str, str], query: Mapping[str, str], **_: Any) -> Any:
        disk = self._disk(params)
        vm_id = query.get("vmId")
        if not vm_id:
            raise _bad_request(("vmId", "is required"))
        vm = self._vm({"project_id": params["project_id"], "vm_id": vm_id})
        if disk.get("vmId"):
            raise ApiFailure("FAILED_PRECONDITION", f"disk {params['disk_id']!r} is already attached")
        disk["vmId"], disk["diskState"] = vm_id, "ATTACHED"
        vm.data["storageDisks"] = [*vm.data["storageDisks"], disk]
        return {}

    @handles("detach_storage_disk")
    def _detach_storage_disk(self, params: dict[str, str], **_: Any) -> Any:
        disk = self._disk(params)
        vm_id = disk.pop("vmId", None)
        if not vm_id:
            raise ApiFailure("FAILED_PRECONDITION", f"disk {params['disk_id']!r} is not attached")
        disk["diskState"] = "READY"
        vm = self._vms.get((params["project_id"], vm_id))
        if vm is not None:
            vm.data["storageDisks"] = [d for d in vm.data["storageDisks"] if d["id"] != params["disk_id"]]
        return {}

    # ------------------------------------------------------------------ networks and security groups

    def _network(self, params: dict[str, str]) -> dict[str, Any]:
        network: dict[str, Any] = self._find(self._networks, "network", params, "network_id")
        return network

    @handles("create_network")
    def _create_network(self, params: dict[str, str], body: dict[str, Any], **_: Any) -> Any:
        self._project(params["project_id"])
        network_id = self._check_id("id", body.get("id"))
        if not re.match(r"^\d{1,3}(\.\d{1,3}){3}/\d{1,2}\Z", str(body.get("ipRange", ""))):
            raise _bad_request(("ipRange", "must be an IPv4 CIDR range"))
        if not body.get("dataCenterId"):
            raise _bad_request(("dataCenterId", "is required"))
        if (params["project_id"], network_id) in self._networks:
            raise _exists("network", network_id)
        self.side_effects["create_network", network_id] += 1
        self._networks[params["project_id"], network_id] = {
            "id": network_id,
            "projectId": params["project_id"],
            "dataCenterId": body["dataCenterId"],
            "ipRange": body["ipRange"],
            "gateway": body["ipRange"].rsplit(".", 1)[0] + ".1",
            "state": "ACTIVE",
            "priceHr": _dec(0.01),
            "createTime": _now(),
        }
        return self._networks[params["project_id"], network_id]

    @handles("list_networks")
    def _list_networks(self, params: dict[str, str], **_: Any) -> Any:
        self._project(params["project_id"])
        return {"networks": [n for (p, _), n in self._networks.items() if p == params["project_id"]]}

    @handles("get_network")
    def _get_network(self, params: dict[str, str], **_: Any) -> Any:
        return self._network(params)

    @handles("delete_network")
    def _delete_network(self, params: dict[str, str], **_: Any) -> Any:
        self._network(params)
        del self._networks[params["project_id"], params["network_id"]]
        return {}

    @handles("start_network")
    def _start_network(self, params: dict[str, str], **_: Any) -> Any:
        self._network(params)["state"] = "ACTIVE"
        return {}

    @handles("stop_network")
    def _stop_network(self, params: dict[str, str], **_: Any) -> Any:
        self._network(params)["state"] = "STOPPED"
        return {}

    def _group(self, params: dict[str, str]) -> dict[str, Any]:
        group: dict[str, Any] = self._find(self._groups, "security group", params, "security_group_id")
        return group

    @handles("create_security_group")
    def _create_security_group(self, params: dict[str, str], body: dict[str, Any], **_: Any) -> Any:
        self._project(params["project_id"])
        group_id = self._check_id("id", body.get("id"))
        if not body.get("dataCenterId"):
            raise _bad_request(("dataCenterId", "is required"))
        if (params["project_id"], group_id) in self._groups:
            raise _exists("security group", group_id)
        self.side_effects["create_security_group", group_id] += 1
        self._groups[params["project_id"], group_id] = {
            "id": group_id,
            "projectId": params["project_id"],
            "dataCenterId": body["dataCenterId"],
            "description": str(body.get("description", "")),
            "rules": list(body.get("rules") or []),
        }
        return self._groups[params["project_id"], group_id]

    @handles("list_security_groups")
    def _list_security_groups(self, params: dict[str, str], **_: Any) -> Any:
        self._project(params["project_id"])
        return {"securityGroups": [g for (p, _), g in self._groups.items() if p == params["project_id"]]}

    @handles("get_security_group")
    def _get_security_group(self, params: dict[str, str], **_: Any) -> Any:
        return self._group(params)

    @handles("update_security_group")
    def _update_security_group(self, params: dict[str, str], body: dict[str, Any], **_: Any) -> Any:
        group = self._group(params)
        if "description" in body:
            group["description"] = str(body["description"])
        if "rules" in body:
            group["rules"] = list(body["rules"] or [])
        return group

    @handles("delete_security_group")
    def _delete_security_group(self, params: dict[str, str], **_: Any) -> Any:
        self._group(params)
        del self._groups[params["project_id"], params["security_group_id"]]
        return {}
