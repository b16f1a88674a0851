"""What the SDK's hand-written features use from this spec, resolved when this package was
generated (the declaration is ``cudo_async._needs``): the models and enums they name, and
``MISSING``, what each feature needs that this spec lacks. Such a feature raises
``cudo_async.errors.FeatureUnavailableError`` before it calls anything. A model or enum this
spec has without everything the features need of it is ``Any`` to type checkers, and one it
does not have is a stand-in, so that the hand-written code type-checks and imports whatever
the spec says."""

from .models.generate_api_key_request import GenerateAPIKeyRequest
from .models.vm import VM
from .models.vm_state import VMState

#: SDK feature -> what it needs that this spec lacks (empty when the spec has all of it).
MISSING: dict[str, tuple[str, ...]] = {}

__all__ = [
    "MISSING",
    "GenerateAPIKeyRequest",
    "VM",
    "VMState",
]
