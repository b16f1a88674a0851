"""Operations of the API: one subpackage per tag, loaded on first use."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .api_keys import ApiKeysApi
    from .billing import BillingApi
    from .clusters import ClustersApi
    from .disks import DisksApi
    from .images import ImagesApi
    from .machines import MachinesApi
    from .networks import NetworksApi
    from .object_storage import ObjectStorageApi
    from .projects import ProjectsApi
    from .resources import ResourcesApi
    from .ssh_keys import SshKeysApi
    from .users import UsersApi
    from .virtual_machines import VirtualMachinesApi
    from .volumes import VolumesApi

R = TypeVar("R")


class Namespaces:
    """One attribute per tag. A subclass supplies ``_send``, which runs an operation."""

    def _send(self, operation: str, request: dict[str, Any], decode: Callable[[Any], R], /) -> Awaitable[R]:
        raise NotImplementedError

    @cached_property
    def api_keys(self) -> ApiKeysApi:
        from .api_keys import ApiKeysApi

        return ApiKeysApi(self._send)

    @cached_property
    def billing(self) -> BillingApi:
        from .billing import BillingApi

        return BillingApi(self._send)

    @cached_property
    def clusters(self) -> ClustersApi:
        from .clusters import ClustersApi

        return ClustersApi(self._send)

    @cached_property
    def disks(self) -> DisksApi:
        from .disks import DisksApi

        return DisksApi(self._send)

    @cached_property
    def images(self) -> ImagesApi:
        from .images import ImagesApi

        return ImagesApi(self._send)

    @cached_property
    def machines(self) -> MachinesApi:
        from .machines import MachinesApi

        return MachinesApi(self._send)

    @cached_property
    def networks(self) -> NetworksApi:
        from .networks import NetworksApi

        return NetworksApi(self._send)

    @cached_property
    def object_storage(self) -> ObjectStorageApi:
        from .object_storage import ObjectStorageApi

        return ObjectStorageApi(self._send)

    @cached_property
    def projects(self) -> ProjectsApi:
        from .projects import ProjectsApi

        return ProjectsApi(self._send)

    @cached_property
    def resources(self) -> ResourcesApi:
        from .resources import ResourcesApi

        return ResourcesApi(self._send)

    @cached_property
    def ssh_keys(self) -> SshKeysApi:
        from .ssh_keys import SshKeysApi

        return SshKeysApi(self._send)

    @cached_property
    def users(self) -> UsersApi:
        from .users import UsersApi

        return UsersApi(self._send)

    @cached_property
    def virtual_machines(self) -> VirtualMachinesApi:
        from .virtual_machines import VirtualMachinesApi

        return VirtualMachinesApi(self._send)

    @cached_property
    def volumes(self) -> VolumesApi:
        from .volumes import VolumesApi

        return VolumesApi(self._send)


TAGS: tuple[str, ...] = (
    "api_keys",
    "billing",
    "clusters",
    "disks",
    "images",
    "machines",
    "networks",
    "object_storage",
    "projects",
    "resources",
    "ssh_keys",
    "users",
    "virtual_machines",
    "volumes",
)
