"""Reading and writing the JSON package and claims CSV (reference.md §3)."""
from .claims_csv import read_claims_csv, write_claims_csv
from .errors import InterchangeError
from .package_json import package_dict, parse_package, read_json, read_package, write_package
from .proposals_json import Proposals, is_proposals, parse_proposals

__all__ = ["InterchangeError", "Proposals", "is_proposals", "package_dict", "parse_package",
           "parse_proposals", "read_claims_csv", "read_json", "read_package", "write_claims_csv",
           "write_package"]
