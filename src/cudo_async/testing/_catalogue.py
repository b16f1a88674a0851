"""The emulator's handlers for the catalogue, projects, API keys, SSH keys and billing."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from ._store import (
    DATA_CENTERS,
    MACHINE_TYPES,
    ApiFailure,
    Store,
    _bad_request,
    _dec,
    _exists,
    _not_found,
    _now,
    handles,
)


class Catalogue(Store):
    """Read-mostly resources: what can be ordered, and who may order it."""

    @handles("list_vm_data_centers")
    def _list_vm_data_centers(self, **_: Any) -> Any:
        return {
            "dataCenters": [
                {
                    "id": dc,
                    "supplierName": "emulator",
                    "renewableEnergy": True,
                    "ipv4Free": 100,
                    "s3Endpoint": f"https://{dc}.s3.emulator.invalid",
                    "location": {"latitude": lat, "longitude": lng},
                    "ipv4PriceHr": _dec(0.005),
                }
                for dc, lat, lng in DATA_CENTERS
            ]
        }

    @handles("list_vm_machine_types")
    def _list_vm_machine_types(self, **_: Any) -> Any:
        types = []
        for dc, _lat, _lng in DATA_CENTERS:
            for name, cpu, gpu, gpus in MACHINE_TYPES:
                types.append(
                    {
                        "dataCenterId": dc,
                        "machineType": name,
                        "cpuModel": cpu,
                        "gpuModel": gpu,
                        "gpuModelId": gpu.lower().replace(" ", "-"),
                        "minVcpuPerMemoryGib": 0.25,
                        "maxVcpuPerMemoryGib": 1.0,
                        "minVcpuPerGpu": 1.0 if gpus else 0.0,
                        "maxVcpuPerGpu": 16.0 if gpus else 0.0,
                        "vcpuPriceHr": _dec(0.002),
                        "memoryGibPriceHr": _dec(0.003),
                        "gpuPriceHr": _dec(0.8 if gpus else 0),
                        "minStorageGibPriceHr": _dec(0.0001),
                        "ipv4PriceHr": _dec(0.005),
                        "renewableEnergy": True,
                        "maxVcpuFree": 64,
                        "totalVcpuFree": 512,
                        "maxMemoryGibFree": 256,
                        "totalMemoryGibFree": 2048,
                        "maxGpuFree": gpus,
                        "totalGpuFree": gpus * 8,
                        "maxStorageGibFree": 2000,
                        "totalStorageGibFree": 20000,
                        "minVcpu": 1.0,
                        "minMemoryGib": 1.0,
                        "prices": [],
                    }
                )
        return {"machineTypes": types}

    @handles("list_public_vm_images")
    def _list_public_vm_images(self, **_: Any) -> Any:
        return {
            "images": [
                {
                    "id": image,
                    "name": image,
                    "description": f"{label} (emulated)",
                    "displayName": label,
                    "platform": "linux",
                    "sizeGib": 10,
                    "installedPackages": [{"name": "openssh", "description": "ssh server", "version": "9"}],
                }
                for image, label in (("ubuntu-2204", "Ubuntu 22.04"), ("debian-12", "Debian 12"))
            ]
        }

    # ------------------------------------------------------------------ projects

    @handles("list_projects")
    def _list_projects(self, **_: Any) -> Any:
        return {"projects": list(self._projects.values())}

    @handles("create_project")
    def _create_project(self, body: dict[str, Any], **_: Any) -> Any:
        project_id = self._check_id("id", body.get("id"))
        if project_id in self._projects:
            raise _exists("project", project_id)
        self.side_effects["create_project", project_id] += 1
        if not body.get("billingAccountId"):
            raise _bad_request(("billingAccountId", "is required"))
        return self._add_project(project_id, str(body["billingAccountId"]))

    @handles("get_project")
    def _get_project(self, params: dict[str, str], **_: Any) -> Any:
        return self._project(params["project_id"])

    @handles("delete_project")
    def _delete_project(self, params: dict[str, str], **_: Any) -> Any:
        self._project(params["project_id"])
        if any(p == params["project_id"] and vm.state() != "DELETED" for (p, _), vm in self._vms.items()):
            raise ApiFailure("FAILED_PRECONDITION", "project still has virtual machines")
        del self._projects[params["project_id"]]
        for store in (self._vms, self._disks, self._networks, self._groups):  # what lived in it goes too
            for key in [k for k in store if k[0] == params["project_id"]]:
                del store[key]
        return {}

    # ------------------------------------------------------------------ API keys

    @handles("list_api_keys")
    def _list_api_keys(self, **_: Any) -> Any:
        return {"apiKeys": list(self._keys.values())}

    @handles("generate_api_key")
    def _generate_api_key(self, body: dict[str, Any], **_: Any) -> Any:
        key_id = self._check_id("apikeyId", body.get("apikeyId"))
        if key_id in self._keys:
            raise _exists("api key", key_id)
        self.side_effects["generate_api_key", key_id] += 1
        key = "emu-" + secrets.token_urlsafe(24)
        self._keys[key_id] = {"id": key_id, "createTime": _now()}
        self._key_ids[key] = key_id
        return {**self._keys[key_id], "key": key}  # the key is shown this once

    @handles("delete_api_key")
    def _delete_api_key(self, params: dict[str, str], **_: Any) -> Any:
        key_id = params["api_key_name"]
        if key_id not in self._keys:
            raise _not_found("api key", key_id)
        del self._keys[key_id]
        for key in [k for k, i in self._key_ids.items() if i == key_id]:
            del self._key_ids[key]
        return {}

    # ------------------------------------------------------------------ SSH keys

    @handles("list_ssh_keys")
    def _list_ssh_keys(self, **_: Any) -> Any:
        return {"sshKeys": list(self._ssh_keys.values())}

    @handles("create_ssh_key")
    def _create_ssh_key(self, body: dict[str, Any], **_: Any) -> Any:
        public = body.get("publicKey")
        parts = public.split() if isinstance(public, str) else []
        if len(parts) < 2 or not parts[0].startswith(("ssh-", "ecdsa-")):
            raise _bad_request(("publicKey", "must be an OpenSSH public key"))
        digest = hashlib.sha256(parts[1].encode()).hexdigest()[:32]
        key_id = f"ssh-{digest[:12]}"
        if key_id in self._ssh_keys:
            raise _exists("ssh key", key_id)
        self.side_effects["create_ssh_key", key_id] += 1
        self._ssh_keys[key_id] = {
            "id": key_id,
            "publicKey": public,
            "type": parts[0],
            "comment": " ".join(parts[2:]),
            "fingerprint": digest,
            "createTime": _now(),
        }
        return self._ssh_keys[key_id]

    @handles("get_ssh_key")
    def _get_ssh_key(self, params: dict[str, str], **_: Any) -> Any:
        if params["ssh_key_id"] not in self._ssh_keys:
            raise _not_found("ssh key", params["ssh_key_id"])
        return self._ssh_keys[params["ssh_key_id"]]

    @handles("delete_ssh_key")
    def _delete_ssh_key(self, params: dict[str, str], **_: Any) -> Any:
        self._get_ssh_key(params=params)
        del self._ssh_keys[params["ssh_key_id"]]
        return {}

    @handles("list_project_ssh_keys")
    def _list_project_ssh_keys(self, params: dict[str, str], **_: Any) -> Any:
        self._project(params["project_id"])
        return {"sshKeys": list(self._ssh_keys.values())}

    # ------------------------------------------------------------------ billing (read-only)

    @handles("list_invoices")
    def _list_invoices(self, **_: Any) -> Any:
        return {"invoices": self._invoices}
