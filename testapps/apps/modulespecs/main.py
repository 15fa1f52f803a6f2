# Module specs and loaders as the import system records them, and __import__ with relative levels.
import sys
import shop
import shop.cart
from shop.util import money

print("main spec:", __spec__)
print("loaders:", __loader__.name, shop.__loader__.name, shop.__loader__.is_package("shop"), shop.cart.__loader__.is_package("shop.cart"))
print("filename:", shop.cart.__loader__.get_filename("shop.cart"))
try:
    shop.__loader__.is_package("shop.cart")
except ImportError as e:
    print("ImportError", e)
print("loader path:", shop.cart.__loader__.path)
for module in (shop, shop.cart, money):
    spec = module.__spec__
    print(spec.name, "| parent:", repr(spec.parent), "| origin:", spec.origin, "| has_location:", spec.has_location)
    print("  search locations:", spec.submodule_search_locations)
    print("  loader same as module's:", spec.loader is module.__loader__)
print("spec type:", type(shop.__spec__).__name__)
print(sys.modules["shop.cart"].__spec__.name)

# __import__ with a relative level resolves against the globals it is given.
print(shop.cart.relative_imports())

def attempt(label, call):
    try:
        result = call()
        print(label, "->", getattr(result, "__name__", result))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("no package", lambda: __import__("cart", {"__name__": "toplevel"}, None, [], 1))
attempt("globals None", lambda: __import__("cart", None, None, [], 1))
attempt("package not str", lambda: __import__("cart", {"__package__": 3}, None, [], 1))
attempt("name not str", lambda: __import__("cart", {"__name__": 3}, None, [], 1))
attempt("too far up", lambda: __import__("cart", {"__package__": "shop"}, None, [], 3))
attempt("negative", lambda: __import__("cart", {"__package__": "shop"}, None, [], -1))
attempt("from package", lambda: __import__("cart", {"__package__": "shop"}, None, [], 1))
attempt("with fromlist", lambda: __import__("util", {"__package__": "shop"}, None, ["money"], 1))
attempt("dotted", lambda: __import__("util.money", {"__package__": "shop"}, None, [], 1))
attempt("empty name", lambda: __import__("", {"__package__": "shop.util"}, None, ["money"], 1))
