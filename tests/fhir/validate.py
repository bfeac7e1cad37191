"""Validates FHIR R4 Bundles with fhir.resources 6.1.0 (pydantic models of R4, from PyPI;
unknown fields are errors). Prints one JSON line per file: {"file", "errors": [...]}."""
import json
import sys

from fhir.resources.bundle import Bundle
from pydantic import ValidationError

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    errors = []
    try:
        Bundle.parse_obj(data)
    except ValidationError as e:
        errors = [" -> ".join(str(p) for p in err["loc"]) + ": " + err["msg"] for err in e.errors()]
    print(json.dumps({"file": path, "errors": errors}))
