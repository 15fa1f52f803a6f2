"""from __future__ import annotations: annotations stay text, nothing in them is evaluated."""
from __future__ import annotations, division
from __future__ import print_function as pf, generator_stop
import __future__

def f(x: int | None, *args: "list[str]", **kw: dict[str, Undefined]) -> Missing[int]:
    return x

class C:
    a: int | Nope = 1
    b: "quoted"
    def m(self) -> C: return self

print(f.__annotations__)
print(C.__annotations__, C().m() is not None)
print(annotations, division, pf, generator_stop)
print(__future__.all_feature_names == __future__.__all__[1:], __future__.annotations.getMandatoryRelease())
print(__future__.nested_scopes.getOptionalRelease(), __future__.CO_FUTURE_ANNOTATIONS)
x: list[Unknown] = [1]
print(__annotations__, x)
