import platform

major, minor, patch = platform.python_version_tuple()
print(major, minor, int(major) >= 3, int(minor) >= 8)
print(platform.python_version().startswith(major + "." + minor))
if platform.system() == "Windows":
    print("windows")
elif platform.system() == "Darwin":
    print("mac")
else:
    print("other:", platform.system())
bits, linkage = platform.architecture()
print(bits in ("32bit", "64bit"), linkage)
print(platform.machine() in ("x86_64", "aarch64", "arm64", "AMD64"))
