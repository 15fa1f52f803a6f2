import sys

print(sys.platform, sys.byteorder, sys.maxsize)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel)
print(sys.version_info >= (3, 8), sys.version_info < (3, 12), (3, 11) <= sys.version_info)
print(type(sys.version_info).__name__, len(sys.version_info))
major, minor, micro, level, serial = sys.version_info
print(major, minor, level, serial)
print(sys.version.startswith("3.11"))
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.maxunicode, sys.hexversion >> 16 == 0x30B)
print(sys.implementation.name)
print(isinstance(sys.argv, list), len(sys.argv) >= 1, isinstance(sys.argv[0], str))
print(isinstance(sys.path, list))
print("sys" in sys.modules, "__main__" in sys.modules, "nothere" in sys.modules)
print(sys.modules["sys"] is sys, sys.modules.get("nothere"))
print(sys.modules["__main__"].__name__)
try:
    sys.getdefaultencoding(1)
except TypeError as e:
    print("TypeError", e)
try:
    sys.modules["nothere"]
except KeyError as e:
    print("KeyError", e)
print(sys.intern("abc"))
# sys.flags: what `python3 app.py` reports (tests run with PYTHONHASHSEED=0).
f = sys.flags
print(type(f).__name__, len(f), f.optimize, f.debug, f.verbose, f.dev_mode, f.safe_path, f.int_max_str_digits)
print(f.hash_randomization, f.isolated, f.utf8_mode, f.quiet, f.bytes_warning, f.no_site, f.inspect)
print(f[3] == f.optimize, f.optimize == 0 and __debug__)
