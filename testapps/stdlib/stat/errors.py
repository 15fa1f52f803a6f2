# What the stat functions accept: ints (and bools) in C's mode_t range; other types and
# out-of-range values raise _stat's TypeError and OverflowErrors.
import stat


class Index:
    def __index__(self):
        return 0o40755


for value in [0o100644, True, False, 0, 2 ** 32 - 1, None, 'x', 1.5, 0o644 + 0j, Index(), -1,
              -2 ** 70, 2 ** 32, 2 ** 40, 2 ** 64 - 1, 2 ** 64, 2 ** 70]:
    results = []
    for f in (stat.S_IMODE, stat.S_IFMT, stat.S_ISDIR, stat.S_ISREG, stat.S_ISDOOR, stat.filemode):
        try:
            results.append(f(value))
        except Exception as e:
            results.append(f'{type(e).__name__}: {e}')
    print(repr(value) if not isinstance(value, Index) else 'Index()', results)
