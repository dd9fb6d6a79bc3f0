"""Reading and writing the JSON package and claims CSV (reference.md §3)."""
from .claims_csv import read_claims_csv, write_claims_csv
from .errors import InterchangeError
from .package_json import package_dict, parse_package, read_package, write_package

__all__ = ["InterchangeError", "package_dict", "parse_package", "read_claims_csv",
           "read_package", "write_claims_csv", "write_package"]
