# A pure-Python third-party package installed in a virtual environment's site-packages
# (.venv next to the app): found by the analysis as CPython finds it on sys.path.
import tinyfmt
from tinyfmt import box, banner

print(banner(" tinyfmt " + tinyfmt.__version__ + " "))
print(box("hello"))
print(box("styled", tinyfmt.get_style("double")))
print(tinyfmt.core.__name__, tinyfmt.styles.plain.__name__)
print(tinyfmt.__doc__)
print(tinyfmt.__file__)
