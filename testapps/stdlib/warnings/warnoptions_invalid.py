# Invalid -W options are reported on stderr and skipped; valid ones around them still apply.
import json  # the dotted categories below name json's classes
import sys

sys.modules.pop("warnings", None)
sys.warnoptions[:] = ["bogus", "ignore::NoSuchWarning", "ignore::int", "error:::x:y", "error:::x:-1",
                      "ignore:a:b:c:d:e", "error::json.NoSuch", " error :: UserWarning : here ",
                      "ignore::json.JSONDecodeError"]
import warnings

print(len(warnings.filters))
print(warnings.filters[0])
