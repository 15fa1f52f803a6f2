# -W / PYTHONWARNINGS options: sys.warnoptions is read when the warnings module is (re)loaded.
import sys

sys.modules.pop("warnings", None)
sys.warnoptions[:] = ["error::UserWarning", "ignore:some text:RuntimeWarning:mod.name:7",
                      "d", "all::DeprecationWarning", "i::Warning", "once::FutureWarning"]
import warnings

for entry in warnings.filters[:6]:
    print(entry)
try:
    warnings.warn("boom")
except UserWarning as e:
    print(type(e).__name__, e)
warnings.warn("ignored", SyntaxWarning)
print("done")
